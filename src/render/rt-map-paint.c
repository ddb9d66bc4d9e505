/* rt-map-paint.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-paint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rt-draw.h"
#include "rt-map-private.h"

/* Painting the issue map with cairo and Pango, the same on screen, on paper
 * and in files. Only the nodes and links the spatial index finds in view are
 * drawn. Every word is drawn at RT_MAP_TEXT_SIZE map units; when that is
 * smaller on the device than the view's smallest readable text, the map
 * folds: each theme's block shows its name, its count and as many of its
 * first opinions as fit, at the readable size, and the points and other
 * nodes get labels of that size, placed where they cover nothing. Text is
 * never drawn smaller than that. */

#define SCREEN_MIN_TEXT  12.0  /* device pixels */
#define DIM_ALPHA        0.13
#define CURVE_SEGMENTS   12

static const RtColor ink = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 };
static const RtColor grey = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0 };
static const RtColor white = { 1, 1, 1 };
static const RtColor point_blue = { 0x1c / 255.0, 0x4f / 255.0, 0x9c / 255.0 };
static const RtColor purple = { 0x61 / 255.0, 0x35 / 255.0, 0x83 / 255.0 };
static const RtColor lilac = { 0xf3 / 255.0, 0xea / 255.0, 0xfa / 255.0 };
static const RtColor background = { 0xfa / 255.0, 0xf9 / 255.0, 0xf7 / 255.0 };



static void
set_color (cairo_t       *cr,
           const RtColor *color,
           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static RtColor
mix (const RtColor *a,
     const RtColor *b,
     double         t)
{
  return (RtColor) {
    a->red + (b->red - a->red) * t,
    a->green + (b->green - a->green) * t,
    a->blue + (b->blue - a->blue) * t,
  };
}

void
_rt_map_clear_layouts (RtMap *self)
{
  for (guint i = 0; self->nodes != NULL && i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      g_clear_object (&n->fold_layout);
      g_clear_object (&n->fold_header);
    }

  for (guint i = 0; i < G_N_ELEMENTS (self->legend); i++)
    g_clear_object (&self->legend[i]);
}

typedef struct
{
  double    scale;     /* device units per map unit */
  double    px;        /* one device unit in map units */
  double    min_text;  /* the smallest text, device units */
  gboolean  folded;
  double    fold;      /* the size of folded text, map units */
  RtMapRect view;      /* map units */
  RtMapRect frame;     /* the view without the margin, for labels */
  GArray   *placed;    /* RtMapRect: labels and boxes labels must not cover */
  double    link_alpha;
} Paint;

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (logical.x + logical.width) / (double)PANGO_SCALE;
}

/* Draws @layout with its top left at (@x, @y) and reports it, line by line:
 * a line's words are what a reader sees. */
static void
show_layout (RtMap       *self,
             cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       size,
             int          node,
             gboolean     opinion)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  if (_rt_map_reporting (self))
    {
      PangoLayoutIter *iter = pango_layout_get_iter (layout);

      do
        {
          PangoRectangle ink_rect, logical;

          pango_layout_iter_get_line_extents (iter, &ink_rect, &logical);
          if (ink_rect.width > 0)
            _rt_map_report_text (self, cr, x + ink_rect.x / (double)PANGO_SCALE,
                                 y + ink_rect.y / (double)PANGO_SCALE,
                                 ink_rect.width / (double)PANGO_SCALE,
                                 ink_rect.height / (double)PANGO_SCALE, size, node, opinion);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

static void
report_node_box (RtMap   *self,
                 cairo_t *cr,
                 guint    i)
{
  RtMapRect r;

  if (!_rt_map_reporting (self))
    return;
  _rt_map_get_block (self, i, &r);
  /* A block larger than a tile of a page is cut at the tile's edges (see
   * rt_map_paint_page()): what is drawn is the part on the tile. */
  if (self->whole_only != NULL && RT_MAP_NODE (self, i)->parent < 0 &&
      (r.width > self->whole_only->width || r.height > self->whole_only->height))
    {
      const RtMapRect *t = self->whole_only;
      double x0 = MAX (r.x, t->x), y0 = MAX (r.y, t->y);
      double x1 = MIN (r.x + r.width, t->x + t->width), y1 = MIN (r.y + r.height, t->y + t->height);

      r = (RtMapRect) { x0, y0, MAX (x1 - x0, 0), MAX (y1 - y0, 0) };
    }
  _rt_map_report_box (self, cr, &r, i, RT_MAP_NODE (self, i)->parent);
}

/* Nodes */

static void
paint_card (RtMap       *self,
            cairo_t     *cr,
            guint        i,
            double       alpha,
            const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  gboolean docked = n->parent >= 0;
  RtColor paper = docked ? white : mix (&n->color, &white, 0.88);
  RtColor edge = mix (&paper, &ink, 0.22);
  double ty = y + RT_MAP_PAD_TOP;

  report_node_box (self, cr, i);

  /* On its own, a card is a note in its theme's colour; in its theme's
   * block it is white, the block gives the colour. */
  set_color (cr, &edge, alpha);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
  set_color (cr, &paper, alpha);
  cairo_rectangle (cr, x + paint->px * 0.75, y + paint->px * 0.75, w - paint->px * 1.5, h - paint->px * 1.5);
  cairo_fill (cr);
  if (!docked)
    {
      set_color (cr, &n->color, alpha);
      cairo_rectangle (cr, x, y, w, 3);
      cairo_fill (cr);
    }

  if (paint->folded)
    return;

  if (n->links_layout != NULL)
    {
      set_color (cr, &point_blue, alpha);
      show_layout (self, cr, n->links_layout, x + RT_MAP_PAD_X, ty, RT_MAP_TEXT_SIZE, i, FALSE);
      ty += _rt_map_layout_height (n->links_layout);
    }
  set_color (cr, &ink, alpha);
  show_layout (self, cr, n->text_layout, x + RT_MAP_PAD_X, ty, RT_MAP_TEXT_SIZE, i, TRUE);
  ty += _rt_map_layout_height (n->text_layout);
  if (n->detail_layout != NULL)
    {
      set_color (cr, &grey, alpha);
      show_layout (self, cr, n->detail_layout, x + RT_MAP_PAD_X, ty, RT_MAP_TEXT_SIZE, i, FALSE);
    }
}

/* How many lines of @line fit in @room: none in no room, and never more
 * than a count holds, however small the lines of a far-off zoom are. */
static guint
lines_in (double room,
          double line)
{
  double n = line > 0 ? floor (room / line + 1e-6) : 0;

  return n <= 0 ? 0 : n >= G_MAXUINT ? G_MAXUINT : (guint)n;
}

/* The body of a folded theme: its first opinions, one line each, as many as
 * the block holds at @size, and how many more there are. */
static void
ensure_fold (RtMap     *self,
             RtMapNode *n,
             double     size,
             double     width,
             double     height)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *header = NULL;
  g_autofree char *count = NULL;
  double line, room;
  guint n_kids = n->kids != NULL ? n->kids->len : 0, shown;

  if (n->fold_header != NULL && fabs (n->fold_size - size) < size * 0.02 &&
      fabs (n->fold_width - width) < 0.5 && fabs (n->fold_height - height) < 0.5)
    return;

  g_clear_object (&n->fold_header);
  g_clear_object (&n->fold_layout);
  g_clear_pointer (&n->fold_lines, g_array_unref);
  n->fold_size = size;
  n->fold_width = width;
  n->fold_height = height;
  n->fold_lines = g_array_new (FALSE, FALSE, sizeof (int));

  if (n->kind == RT_MAP_NODE_THEME)
    {
      count = _rt_map_count (n->n_cards);
      header = g_markup_printf_escaped ("　<span weight=\"normal\">%s</span>", count);
      n->fold_header = _rt_map_make_fitted_layout (self, NULL, n->text, header, size, TRUE, width, 2);
    }
  else if (n->kind == RT_MAP_NODE_POINT)
    {
      header = g_markup_printf_escaped ("<b>%s</b>　", n->title);
      n->fold_header = _rt_map_make_fitted_layout (self, header, n->text, NULL, size, TRUE, width, 2);
    }
  else if (n->kind == RT_MAP_NODE_PERSPECTIVE)
    {
      header = g_markup_printf_escaped ("<b>%s</b> ", n->title);
      n->fold_header = _rt_map_make_fitted_layout (self, header, n->text, NULL, size, FALSE, width, 2);
    }
  else
    n->fold_header = _rt_map_make_fitted_layout (self, NULL, n->text, NULL, size, FALSE, width, 2);

  if (n->kind != RT_MAP_NODE_THEME || n_kids == 0)
    return;

  line = _rt_map_line_height (self, size);
  room = height - _rt_map_layout_height (n->fold_header) - size * 0.4;
  shown = lines_in (room, line);

  /* A name on one line, cut, if that makes room for every opinion. */
  if (shown < n_kids && pango_layout_get_line_count (n->fold_header) > 1 &&
      lines_in (room + _rt_map_layout_height (n->fold_header) - line, line) >= n_kids)
    {
      g_clear_object (&n->fold_header);
      n->fold_header = _rt_map_make_fitted_layout (self, NULL, n->text, header, size, TRUE, width, 1);
      room = height - _rt_map_layout_height (n->fold_header) - size * 0.4;
      shown = lines_in (room, line);
    }
  if (shown == 0)
    return;

  /* Every opinion if they fit, with as many lines each (up to three) as
   * the block holds; otherwise the first ones on a line each. */
  if (shown >= n_kids)
    {
      for (int lines = 3; lines >= 1; lines--)
        {
          g_autoptr(GString) all = g_string_new (NULL);

          for (guint k = 0; k < n_kids; k++)
            {
              if (k > 0)
                g_string_append_c (all, '\n');
              g_string_append (all, "・");
              g_string_append (all, RT_MAP_NODE (self, g_array_index (n->kids, guint, k))->text);
            }
          g_clear_object (&n->fold_layout);
          n->fold_layout = _rt_map_make_layout (self, "", size, FALSE, width, -1);
          pango_layout_set_text (n->fold_layout, all->str, -1);
          pango_layout_set_height (n->fold_layout, -lines);
          pango_layout_set_ellipsize (n->fold_layout, PANGO_ELLIPSIZE_END);
          if (lines == 1 || _rt_map_layout_height (n->fold_layout) <= room)
            {
              for (guint k = 0; k < n_kids; k++)
                {
                  int card = (int)g_array_index (n->kids, guint, k);

                  g_array_append_val (n->fold_lines, card);
                }
              n->fold_lines_per = lines;
              return;
            }
        }
    }
  shown--;

  text = g_string_new (NULL);
  for (guint k = 0; k < MIN (shown, n_kids); k++)
    {
      guint c = g_array_index (n->kids, guint, k);
      int card = (int)c;

      if (k > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, "・");
      g_string_append (text, RT_MAP_NODE (self, c)->text);
      g_array_append_val (n->fold_lines, card);
    }
  if (shown < n_kids)
    {
      /* "ほか" only after opinions listed: alone, the block says how many. */
      g_autofree char *more = shown > 0 ? g_strdup_printf (C_("handout", "ほか%u件"), n_kids - shown)
                                        : g_strdup_printf (C_("handout", "意見%u件"), n_kids);
      int none = -1;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, more);
      g_array_append_val (n->fold_lines, none);
    }

  /* One line per opinion: Pango cuts each paragraph to one line. */
  n->fold_layout = _rt_map_make_layout (self, "", size, FALSE, width, -1);
  pango_layout_set_text (n->fold_layout, text->str, -1);
  pango_layout_set_height (n->fold_layout, -1);
  pango_layout_set_ellipsize (n->fold_layout, PANGO_ELLIPSIZE_END);
  n->fold_lines_per = 1;
}

/* The inside of a folded block at a fold size. */
static void
fold_geometry (RtMap     *self,
               guint      i,
               double     fold,
               RtMapRect *block,
               double    *pad,
               double    *inner_w,
               double    *inner_h)
{
  _rt_map_get_block (self, i, block);
  *pad = MAX (RT_MAP_PAD_X, fold * 0.4);
  *inner_w = block->width - 2 * *pad;
  *inner_h = block->height - 2 * *pad;
}

/**
 * _rt_map_fold_shows_all:
 * @fold: the size of folded text, in map units
 *
 * Returns: whether the map folded at @fold still shows the words of every
 *   opinion: each block holds its name and all its opinions, and no card
 *   stands on its own (those show no words when folded)
 */
gboolean
_rt_map_fold_shows_all (RtMap  *self,
                        double  fold)
{
  _rt_map_ensure_blocks (self);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect block;
      double pad, inner_w, inner_h;

      if (n->hidden)
        continue;
      if (n->kind == RT_MAP_NODE_CARD && n->parent < 0)
        return FALSE;
      if (n->kind != RT_MAP_NODE_THEME || n->n_docked == 0)
        continue;

      fold_geometry (self, i, fold, &block, &pad, &inner_w, &inner_h);
      if (inner_w < fold * 4)
        return FALSE;
      ensure_fold (self, n, fold, inner_w, inner_h);
      if (_rt_map_layout_height (n->fold_header) > inner_h || n->fold_lines->len < n->n_docked)
        return FALSE;
      for (guint k = 0; k < n->fold_lines->len; k++)
        if (g_array_index (n->fold_lines, int, k) < 0)
          return FALSE;
    }

  return TRUE;
}

static void
paint_theme (RtMap       *self,
             cairo_t     *cr,
             guint        i,
             double       alpha,
             const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  RtMapRect block;
  RtColor panel = mix (&n->color, &white, 0.8), border = mix (&n->color, &ink, 0.25);
  const RtColor *text = rt_color_wants_dark_text (&n->color) ? &ink : &white;
  double hx = n->x - n->hw, hy = n->y - n->hh;

  _rt_map_get_block (self, i, &block);
  report_node_box (self, cr, i);

  /* The block: a panel of the theme's colour, its header a band of it. */
  rt_draw_rounded_rect (cr, block.x, block.y, block.width, block.height, 6);
  set_color (cr, &panel, alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &border, alpha);
  cairo_set_line_width (cr, MAX (paint->px, 0.6));
  cairo_stroke (cr);

  /* A block cut at the edges of a tile (see rt_map_paint_page()) shows its
   * header only on the tile that holds it whole; the others name it. */
  if (self->whole_only != NULL &&
      (hx < self->whole_only->x - 1e-6 || hy < self->whole_only->y - 1e-6 ||
       hx + 2 * n->hw > self->whole_only->x + self->whole_only->width + 1e-6 ||
       hy + 2 * n->hh > self->whole_only->y + self->whole_only->height + 1e-6))
    return;

  if (!paint->folded)
    {
      cairo_save (cr);
      rt_draw_rounded_rect (cr, block.x, block.y, block.width, block.height, 6);
      cairo_clip (cr);
      set_color (cr, &n->color, alpha);
      cairo_rectangle (cr, hx, hy, 2 * n->hw, 2 * n->hh);
      cairo_fill (cr);
      cairo_restore (cr);

      set_color (cr, text, alpha);
      show_layout (self, cr, n->text_layout, hx + RT_MAP_PAD_X, hy + RT_MAP_PAD_TOP, RT_MAP_TEXT_SIZE, i, FALSE);
      return;
    }

  /* Folded: the name and the first opinions at the readable size, if the
   * block has the room; otherwise a label placed later. */
  {
    double pad, inner_w, inner_h, header_h;

    fold_geometry (self, i, paint->fold, &block, &pad, &inner_w, &inner_h);

    ensure_fold (self, n, paint->fold, inner_w, inner_h);
    header_h = _rt_map_layout_height (n->fold_header) + pad;
    if (inner_w < paint->fold * 4 || _rt_map_layout_height (n->fold_header) > inner_h)
      return;

    cairo_save (cr);
    rt_draw_rounded_rect (cr, block.x, block.y, block.width, block.height, 6);
    cairo_clip (cr);
    set_color (cr, &n->color, alpha);
    cairo_rectangle (cr, block.x, block.y, block.width, header_h + pad * 0.5);
    cairo_fill (cr);
    cairo_restore (cr);

    set_color (cr, text, alpha);
    show_layout (self, cr, n->fold_header, block.x + pad, block.y + pad, paint->fold, i, FALSE);

    if (n->fold_layout != NULL)
      {
        double bx = block.x + pad, by = block.y + pad + header_h;

        set_color (cr, &ink, alpha);
        cairo_move_to (cr, bx, by);
        pango_cairo_show_layout (cr, n->fold_layout);

        /* Each paragraph is one opinion's words (or how many more there
         * are): a line's paragraph is counted by the new lines before it. */
        if (_rt_map_reporting (self))
          {
            PangoLayoutIter *iter = pango_layout_get_iter (n->fold_layout);
            const char *words = pango_layout_get_text (n->fold_layout);
            guint paragraph = 0;
            int b = 0;

            do
              {
                PangoRectangle ink_rect, logical;
                PangoLayoutLine *l = pango_layout_iter_get_line_readonly (iter);
                int card;

                for (; b < l->start_index; b++)
                  paragraph += words[b] == '\n';
                card = paragraph < n->fold_lines->len ? g_array_index (n->fold_lines, int, paragraph) : -1;
                pango_layout_iter_get_line_extents (iter, &ink_rect, &logical);
                if (ink_rect.width > 0)
                  _rt_map_report_text (self, cr, bx + ink_rect.x / (double)PANGO_SCALE,
                                       by + ink_rect.y / (double)PANGO_SCALE,
                                       ink_rect.width / (double)PANGO_SCALE,
                                       ink_rect.height / (double)PANGO_SCALE,
                                       paint->fold, card >= 0 ? card : (int)i, card >= 0);
              }
            while (pango_layout_iter_next_line (iter));
            pango_layout_iter_free (iter);
          }
      }
  }
}

static void
paint_point (RtMap       *self,
             cairo_t     *cr,
             guint        i,
             double       alpha,
             const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double x = n->x - n->hw, y = n->y - n->hh;

  if (_rt_map_reporting (self))
    {
      RtMapRect r = { x, y, 2 * n->hw, 2 * n->hh };

      _rt_map_report_box (self, cr, &r, i, -1);
    }

  rt_draw_rounded_rect (cr, x, y, 2 * n->hw, 2 * n->hh, 9);
  set_color (cr, &point_blue, alpha);
  cairo_fill (cr);

  if (!paint->folded)
    {
      set_color (cr, &white, alpha);
      show_layout (self, cr, n->text_layout, x + RT_MAP_PAD_X, n->y - _rt_map_layout_height (n->text_layout) / 2 + 0.5,
                   RT_MAP_TEXT_SIZE, i, FALSE);
    }
}

static void
paint_proposal (RtMap       *self,
                cairo_t     *cr,
                guint        i,
                double       alpha,
                const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double x = n->x - n->hw, y = n->y - n->hh;
  const double dash[] = { 3, 2 };

  report_node_box (self, cr, i);
  rt_draw_rounded_rect (cr, x, y, 2 * n->hw, 2 * n->hh, 5);
  set_color (cr, &white, alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &point_blue, 0.7 * alpha);
  cairo_set_line_width (cr, MAX (paint->px, 0.8));
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (!paint->folded)
    {
      set_color (cr, &ink, alpha);
      show_layout (self, cr, n->text_layout, x + RT_MAP_PAD_X, y + RT_MAP_PAD_TOP, RT_MAP_TEXT_SIZE, i, FALSE);
    }
}

static void
paint_perspective (RtMap       *self,
                   cairo_t     *cr,
                   guint        i,
                   double       alpha,
                   const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  const double tip = 9;

  report_node_box (self, cr, i);

  /* A long hexagon, like a signpost: the committee's own axes. */
  cairo_move_to (cr, x + tip, y);
  cairo_line_to (cr, x + w - tip, y);
  cairo_line_to (cr, x + w, y + h / 2);
  cairo_line_to (cr, x + w - tip, y + h);
  cairo_line_to (cr, x + tip, y + h);
  cairo_line_to (cr, x, y + h / 2);
  cairo_close_path (cr);
  set_color (cr, &lilac, alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &purple, alpha);
  cairo_set_line_width (cr, MAX (1.2 * paint->px, 0.8));
  cairo_stroke (cr);

  if (!paint->folded)
    {
      set_color (cr, &purple, alpha);
      show_layout (self, cr, n->text_layout, x + RT_MAP_PAD_X + tip, n->y - _rt_map_layout_height (n->text_layout) / 2 + 0.5,
                   RT_MAP_TEXT_SIZE, i, FALSE);
    }
}

static double
node_alpha (RtMap           *self,
            const RtMapNode *n)
{
  return (self->focus >= 0 && !n->lit) ? DIM_ALPHA : 1.0;
}

static void
paint_node (RtMap       *self,
            cairo_t     *cr,
            guint        i,
            const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double alpha = node_alpha (self, n);

  switch (n->kind)
    {
    case RT_MAP_NODE_CARD:
      /* A folded block shows its cards' words itself. */
      if (paint->folded && n->parent >= 0)
        return;
      paint_card (self, cr, i, alpha, paint);
      break;

    case RT_MAP_NODE_THEME:
      paint_theme (self, cr, i, alpha, paint);
      break;

    case RT_MAP_NODE_POINT:
      paint_point (self, cr, i, alpha, paint);
      break;

    case RT_MAP_NODE_PROPOSAL:
      paint_proposal (self, cr, i, alpha, paint);
      break;

    case RT_MAP_NODE_PERSPECTIVE:
      paint_perspective (self, cr, i, alpha, paint);
      break;

    case RT_MAP_N_NODE_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Labels of a folded map */

static gboolean
rect_overlaps (const RtMapRect *a,
               const RtMapRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
rect_inside (const RtMapRect *a,
             const RtMapRect *frame)
{
  return a->x >= frame->x && a->y >= frame->y &&
         a->x + a->width <= frame->x + frame->width && a->y + a->height <= frame->y + frame->height;
}

static gboolean
label_fits (const Paint     *paint,
            const RtMapRect *r,
            const RtMapRect *own)
{
  if (!rect_inside (r, &paint->frame))
    return FALSE;

  for (guint k = 0; k < paint->placed->len; k++)
    {
      const RtMapRect *o = &g_array_index (paint->placed, RtMapRect, k);

      if (own != NULL && memcmp (o, own, sizeof *o) == 0)
        continue;
      if (rect_overlaps (r, o))
        return FALSE;
    }

  return TRUE;
}

/* A label for a node whose words do not fit in it at the readable size: on
 * a pill of the node's colour, centred on it, or beside it, wherever it
 * covers neither another label nor another node; none if nowhere. */
static void
paint_label (RtMap       *self,
             cairo_t     *cr,
             guint        i,
             const Paint *paint)
{
  RtMapNode *n = RT_MAP_NODE (self, i);
  double alpha = node_alpha (self, n);
  RtMapRect own, box;
  const RtColor *fill = &point_blue, *text = &white;
  double pad = paint->fold * 0.15, w, h;
  gboolean found = FALSE;

  _rt_map_get_block (self, i, &own);

  /* In the node if its words fit there, the whole or the number; beside
   * it otherwise, the whole or the number. */
  for (int attempt = 0; attempt < 4 && !found; attempt++)
    {
      gboolean inside = attempt < 2, whole = attempt % 2 == 0;
      double width = inside ? own.width - 2 * pad : paint->fold * 12;

      if (width < paint->fold * 2)
        continue;
      g_clear_object (&n->fold_header);
      n->fold_size = -1;
      if (whole)
        ensure_fold (self, n, paint->fold, width, G_MAXDOUBLE);
      else if (n->kind == RT_MAP_NODE_POINT)
        n->fold_header = _rt_map_make_fitted_layout (self, NULL, n->title, NULL, paint->fold, TRUE, width, 1);
      else
        {
          /* A perspective keeps its number, the rest as much as fits. */
          g_autofree char *number = g_markup_printf_escaped ("<b>%s</b> ", n->title);

          n->fold_header = _rt_map_make_fitted_layout (self, n->title[0] ? number : NULL, n->text, NULL,
                                                       paint->fold, FALSE, width, 1);
        }
      w = layout_width (n->fold_header) + 2 * pad;
      h = _rt_map_layout_height (n->fold_header) + 2 * pad;

      if (inside)
        {
          box = (RtMapRect) { own.x + (own.width - w) / 2, own.y + (own.height - h) / 2, w, h };
          found = w <= own.width + 0.01 && h <= own.height + 0.01 && label_fits (paint, &box, &own);
          continue;
        }

      {
        double cx = own.x + own.width / 2, cy = own.y + own.height / 2, gap = paint->fold * 0.3;
        const double spots[][2] = {
          { cx - w / 2, own.y - gap - h },
          { cx - w / 2, own.y + own.height + gap },
          { own.x + own.width + gap, cy - h / 2 },
          { own.x - gap - w, cy - h / 2 },
          { own.x, own.y - gap - h },
          { own.x + own.width - w, own.y + own.height + gap },
        };

        for (guint k = 0; k < G_N_ELEMENTS (spots) && !found; k++)
          {
            box = (RtMapRect) { spots[k][0], spots[k][1], w, h };
            found = label_fits (paint, &box, &own);
          }
      }
    }

  if (!found)
    return;

  g_array_append_val (paint->placed, box);

  if (n->kind == RT_MAP_NODE_THEME)
    {
      fill = &n->color;
      text = rt_color_wants_dark_text (&n->color) ? &ink : &white;
    }
  else if (n->kind == RT_MAP_NODE_PERSPECTIVE)
    {
      fill = &lilac;
      text = &purple;
    }
  else if (n->kind != RT_MAP_NODE_POINT)
    {
      fill = &white;
      text = &ink;
    }

  rt_draw_rounded_rect (cr, box.x, box.y, box.width, box.height, pad * 1.5);
  set_color (cr, fill, 0.95 * alpha);
  cairo_fill_preserve (cr);
  set_color (cr, text, 0.5 * alpha);
  cairo_set_line_width (cr, paint->px);
  cairo_stroke (cr);
  set_color (cr, text, alpha);
  show_layout (self, cr, n->fold_header, box.x + pad, box.y + pad, paint->fold, i, FALSE);
}

static gboolean
needs_label (RtMap       *self,
             guint        i,
             const Paint *paint)
{
  const RtMapNode *n = RT_MAP_NODE (self, i);
  RtMapRect block;
  double pad, inner_w, inner_h;

  if (!paint->folded || n->hidden)
    return FALSE;
  if (n->kind == RT_MAP_NODE_CARD)
    return FALSE;
  if (n->kind != RT_MAP_NODE_THEME)
    return TRUE;

  /* A theme whose block was too small for its folded header. */
  _rt_map_get_block (self, i, &block);
  pad = MAX (RT_MAP_PAD_X, paint->fold * 0.4);
  inner_w = block.width - 2 * pad;
  inner_h = block.height - 2 * pad;
  return inner_w < paint->fold * 4 || n->fold_header == NULL || _rt_map_layout_height (n->fold_header) > inner_h;
}

/* Links */

typedef struct
{
  double red, green, blue, alpha;
  double width;     /* device units at weight 1 */
  double dash;
} LinkStyle;

static const LinkStyle link_styles[RT_MAP_N_EDGE_KINDS] = {
  [RT_MAP_EDGE_CARD_THEME] = { 0.37, 0.36, 0.39, 0.45, 1.0, 0 },
  [RT_MAP_EDGE_THEME_POINT] = { 0.11, 0.31, 0.61, 0.65, 1.6, 0 },
  [RT_MAP_EDGE_CARD_POINT] = { 0.11, 0.31, 0.61, 0.5, 1.1, 4 },
  [RT_MAP_EDGE_PROPOSAL_POINT] = { 0.11, 0.31, 0.61, 0.45, 1.0, 2 },
  [RT_MAP_EDGE_OTHER] = { 0.37, 0.36, 0.39, 0.4, 1.0, 0 },
};

/* Thin links straight into the pixels of an image surface.
 *
 * cairo 1.16 scan-converts a stroke on a subsample grid, touching every
 * active edge on every subrow: with a few hundred long links crossing the
 * view that was most of a frame, antialiased or not. A link is drawn here
 * as short straight pieces a pixel or two wide, a column (or, if steep, a
 * row) at a time: each pixel gets the part of the link's cross-section that
 * falls in it, as a box filter would, and is blended towards the link's
 * opaque colour. Only for image surfaces drawn with a scale and a
 * translation and clipped to at most one rectangle; anything else (paper,
 * SVG, PDF, the recording surfaces of GTK) gets cairo strokes. */
typedef struct
{
  guint8  *data;
  int      stride;
  double   xx, x0, yy, y0;  /* device = xx × user + x0 */
  int      clip_x0, clip_y0, clip_x1, clip_y1;
  gboolean used;
} Raster;

static gboolean
raster_begin (cairo_t *cr,
              Raster  *r)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clips;
  cairo_matrix_t m;
  double sx, sy, ox, oy, cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
  gboolean ok;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_get_group_target (cr) != target ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER ||
      (cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32 &&
       cairo_image_surface_get_format (target) != CAIRO_FORMAT_RGB24))
    return FALSE;

  cairo_get_matrix (cr, &m);
  if (m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.yy <= 0)
    return FALSE;

  clips = cairo_copy_clip_rectangle_list (cr);
  ok = clips->status == CAIRO_STATUS_SUCCESS && clips->num_rectangles == 1;
  if (ok)
    {
      const cairo_rectangle_t *c = &clips->rectangles[0];

      cx0 = c->x, cy0 = c->y, cx1 = c->x + c->width, cy1 = c->y + c->height;
    }
  cairo_rectangle_list_destroy (clips);
  if (!ok)
    return FALSE;

  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  r->xx = m.xx * sx;
  r->yy = m.yy * sy;
  r->x0 = m.x0 * sx + ox;
  r->y0 = m.y0 * sy + oy;

  cx0 = cx0 * r->xx + r->x0, cx1 = cx1 * r->xx + r->x0;
  cy0 = cy0 * r->yy + r->y0, cy1 = cy1 * r->yy + r->y0;
  r->clip_x0 = (int)MAX (0, ceil (cx0 - 1e-6));
  r->clip_y0 = (int)MAX (0, ceil (cy0 - 1e-6));
  r->clip_x1 = (int)MIN (cairo_image_surface_get_width (target), floor (cx1 + 1e-6));
  r->clip_y1 = (int)MIN (cairo_image_surface_get_height (target), floor (cy1 + 1e-6));
  if (fabs (cx0 - round (cx0)) > 1e-6 || fabs (cy0 - round (cy0)) > 1e-6 ||
      fabs (cx1 - round (cx1)) > 1e-6 || fabs (cy1 - round (cy1)) > 1e-6)
    return FALSE;

  cairo_surface_flush (target);
  r->data = cairo_image_surface_get_data (target);
  r->stride = cairo_image_surface_get_stride (target);
  r->used = FALSE;

  return r->data != NULL;
}

static void
raster_end (cairo_t *cr,
            Raster  *r)
{
  if (r->used)
    cairo_surface_mark_dirty (cairo_get_target (cr));
}

/* dst = color × a + dst × (1 - a), a in 0..256, on premultiplied pixels. */
static inline void
blend_pixel (guint32 *p,
             guint32  color,
             guint    a)
{
  guint32 d = *p;
  guint32 rb = ((color & 0x00ff00ff) * a + (d & 0x00ff00ff) * (256 - a)) >> 8;
  guint32 ag = (((color >> 8) & 0x00ff00ff) * a + ((d >> 8) & 0x00ff00ff) * (256 - a)) >> 8;

  *p = (rb & 0x00ff00ff) | ((ag & 0x00ff00ff) << 8);
}

static void
raster_line (Raster  *r,
             double   ax,
             double   ay,
             double   bx,
             double   by,
             double   width,
             guint32  color)
{
  double u0, v0, u1, v1, slope, half;
  int umin, umax, vmin, vmax, i0, i1;
  gboolean steep;

  ax = ax * r->xx + r->x0, bx = bx * r->xx + r->x0;
  ay = ay * r->yy + r->y0, by = by * r->yy + r->y0;
  steep = fabs (by - ay) > fabs (bx - ax);

  if (steep)
    {
      u0 = ay, v0 = ax, u1 = by, v1 = bx;
      umin = r->clip_y0, umax = r->clip_y1, vmin = r->clip_x0, vmax = r->clip_x1;
    }
  else
    {
      u0 = ax, v0 = ay, u1 = bx, v1 = by;
      umin = r->clip_x0, umax = r->clip_x1, vmin = r->clip_y0, vmax = r->clip_y1;
    }
  if (u1 < u0)
    {
      double t;

      t = u0, u0 = u1, u1 = t;
      t = v0, v0 = v1, v1 = t;
    }
  if (u1 - u0 < 1e-9)
    return;

  slope = (v1 - v0) / (u1 - u0);
  half = width / 2 * sqrt (1 + slope * slope);
  i0 = (int)MAX (floor (u0), umin);
  i1 = (int)MIN (ceil (u1), umax) - 1;

  for (int i = i0; i <= i1; i++)
    {
      double along = MIN (i + 1, u1) - MAX (i, u0);
      double vc = v0 + (i + 0.5 - u0) * slope;
      double lo = vc - half, hi = vc + half;
      int j0, j1;
      guint32 *p;
      gsize step;

      if (lo < vmin - 1 || hi > vmax + 1)
        {
          lo = MAX (lo, vmin - 1);
          hi = MIN (hi, vmax + 1);
          if (lo >= hi)
            continue;
        }
      j0 = MAX ((int)(lo + 1) - 1, vmin);
      j1 = MIN ((int)(hi + 1) - 1, vmax - 1);
      if (j0 > j1)
        continue;
      if (steep)
        p = (guint32 *)(gpointer)(r->data + (gsize)i * r->stride) + j0, step = 1;
      else
        p = (guint32 *)(gpointer)(r->data + (gsize)j0 * r->stride) + i, step = r->stride / 4;

      for (int j = j0; j <= j1; j++, p += step)
        {
          double cover = (MIN (hi, j + 1) - MAX (lo, j)) * along;
          guint a = cover >= 1 ? 256 : (guint)(cover * 256 + 0.5);

          if (a > 0)
            blend_pixel (p, color, a);
        }
    }

  r->used = TRUE;
}

static double
curve_width (const RtMapCurve *curve)
{
  /* Heavier for more edges, slowly. */
  return link_styles[curve->kind].width * (1 + 0.6 * log2 (MAX (curve->weight, 1)));
}

/* Links under the nodes, as curves; on screen in an opaque colour, the
 * style's over the map's background, so that they can be written straight
 * into the pixels; on paper translucent, with dashes for links of cards
 * and proposals. Many links on view are drawn lighter. */
static void
paint_curves (RtMap       *self,
              cairo_t     *cr,
              GArray      *curves,
              const Paint *paint)
{
  gboolean screen = !self->printing;
  Raster raster = { 0 };
  gboolean direct = screen && raster_begin (cr, &raster);
  double p[2 * (CURVE_SEGMENTS + 1)];

  for (int dimmed = 1; dimmed >= 0; dimmed--)
    for (guint k = 0; k < curves->len; k++)
      {
        const RtMapCurve *curve = RT_MAP_CURVE (self, g_array_index (curves, guint, k));
        const LinkStyle *style = &link_styles[curve->kind];
        const RtColor color = { style->red, style->green, style->blue };
        gboolean lit = RT_MAP_NODE (self, curve->source)->lit && RT_MAP_NODE (self, curve->target)->lit;
        double alpha = style->alpha * paint->link_alpha * (self->focus >= 0 && !lit ? DIM_ALPHA * 1.5 : 1.0);
        double width = curve_width (curve) * paint->px;

        if ((self->focus >= 0 && !lit) != dimmed)
          continue;
        if (self->focus < 0 && dimmed)
          continue;

        _rt_map_flatten_curve (curve, p, CURVE_SEGMENTS + 1);
        if (_rt_map_reporting (self))
          _rt_map_report_link (self, cr, p, CURVE_SEGMENTS + 1, curve->source, curve->target);

        if (direct)
          {
            RtColor flat = mix (&background, &color, alpha);
            guint32 pixel = 0xff000000u | ((guint32)(flat.red * 255 + 0.5) << 16) |
                            ((guint32)(flat.green * 255 + 0.5) << 8) | (guint32)(flat.blue * 255 + 0.5);

            for (guint s = 0; s < CURVE_SEGMENTS; s++)
              raster_line (&raster, p[2 * s], p[2 * s + 1], p[2 * s + 2], p[2 * s + 3],
                           width * raster.xx, pixel);
            continue;
          }

        cairo_set_line_width (cr, width);
        if (screen)
          {
            RtColor flat = mix (&background, &color, alpha);

            set_color (cr, &flat, 1);
          }
        else
          {
            cairo_set_source_rgba (cr, style->red, style->green, style->blue, alpha);
            if (style->dash > 0)
              {
                const double dash[] = { style->dash * paint->px, style->dash * 0.75 * paint->px };

                cairo_set_dash (cr, dash, 2, 0);
              }
          }
        /* The quadratic curve as the cubic cairo draws. */
        cairo_move_to (cr, curve->ax, curve->ay);
        cairo_curve_to (cr,
                        curve->ax + 2.0 / 3 * (curve->cx - curve->ax), curve->ay + 2.0 / 3 * (curve->cy - curve->ay),
                        curve->bx + 2.0 / 3 * (curve->cx - curve->bx), curve->by + 2.0 / 3 * (curve->cy - curve->by),
                        curve->bx, curve->by);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }

  if (direct)
    raster_end (cr, &raster);
}

static void
paint_selection (RtMap       *self,
                 cairo_t     *cr,
                 guint        i,
                 const Paint *paint)
{
  RtMapRect r;

  _rt_map_get_block (self, i, &r);
  cairo_set_source_rgb (cr, 0xe6 / 255.0, 0x61 / 255.0, 0x00);
  cairo_set_line_width (cr, 3 * paint->px);
  rt_draw_rounded_rect (cr, r.x - 3 * paint->px, r.y - 3 * paint->px,
                r.width + 6 * paint->px, r.height + 6 * paint->px, 6 * paint->px);
  cairo_stroke (cr);
}

static double
default_min_text (RtMap               *self,
                  const RtMapViewport *viewport)
{
  if (viewport->min_text > 0)
    return viewport->min_text;
  return self->printing ? self->print_min_text : SCREEN_MIN_TEXT;
}

/**
 * rt_map_get_folded:
 *
 * Returns: whether the map drawn in @viewport folds its themes: its text
 *   would be smaller than the view's smallest readable text
 */
gboolean
rt_map_get_folded (RtMap               *self,
                   const RtMapViewport *viewport)
{
  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  return viewport->scale * RT_MAP_TEXT_SIZE < default_min_text (self, viewport) - 1e-6;
}

/**
 * rt_map_paint:
 * @cr: a cairo context whose user space is the view's device space
 * @viewport: the part of the map to paint and its scale
 *
 * Paints the nodes and links of the map that fall in @viewport onto the
 * rectangle (0, 0, width, height) of @cr. The background is not painted.
 */
void
rt_map_paint (RtMap               *self,
              cairo_t             *cr,
              const RtMapViewport *viewport)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) curves = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (RtMapRect));
  Paint paint = { 0 };

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (viewport != NULL && viewport->scale > 0);

  paint.scale = viewport->scale;
  paint.px = 1 / viewport->scale;
  paint.min_text = default_min_text (self, viewport);
  paint.folded = rt_map_get_folded (self, viewport);
  paint.fold = paint.min_text / viewport->scale;
  paint.placed = placed;
  paint.frame = (RtMapRect) { viewport->x, viewport->y, viewport->width / viewport->scale,
                              viewport->height / viewport->scale };

  /* A little margin for shadows and selection outlines. */
  paint.view.x = viewport->x - 8 * paint.px;
  paint.view.y = viewport->y - 8 * paint.px;
  paint.view.width = viewport->width / viewport->scale + 16 * paint.px;
  paint.view.height = viewport->height / viewport->scale + 16 * paint.px;
  _rt_map_query (self, &paint.view, nodes, curves);

  /* A tile of a page shows the nodes it holds whole; its neighbours show
   * the others (see rt-map-page.c). */
  if (self->whole_only != NULL)
    {
      const RtMapRect *t = self->whole_only;
      guint out = 0;

      for (guint k = 0; k < nodes->len; k++)
        {
          guint i = g_array_index (nodes, guint, k);
          const RtMapNode *n = RT_MAP_NODE (self, i);
          RtMapRect r;

          /* A block larger than a tile is on every tile it touches, cut
           * at its edges, with the cards the tile holds whole. */
          _rt_map_get_block (self, n->parent >= 0 ? (guint)n->parent : i, &r);
          if (r.width > t->width || r.height > t->height)
            {
              if (n->parent >= 0)
                r = (RtMapRect) { n->x - n->hw, n->y - n->hh, 2 * n->hw, 2 * n->hh };
              else
                {
                  g_array_index (nodes, guint, out++) = i;
                  continue;
                }
            }
          if (r.x >= t->x - 1e-6 && r.y >= t->y - 1e-6 &&
              r.x + r.width <= t->x + t->width + 1e-6 && r.y + r.height <= t->y + t->height + 1e-6)
            g_array_index (nodes, guint, out++) = i;
        }
      g_array_set_size (nodes, out);
    }

  /* Many links at once: each lighter, so the crowd stays a shade. */
  paint.link_alpha = CLAMP (sqrt (24.0 / MAX (curves->len, 1)), 0.45, 1.0);

  cairo_save (cr);
  cairo_scale (cr, viewport->scale, viewport->scale);
  cairo_translate (cr, -viewport->x, -viewport->y);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  paint_curves (self, cr, curves, &paint);

  for (guint k = 0; k < nodes->len; k++)
    paint_node (self, cr, g_array_index (nodes, guint, k), &paint);

  /* Labels of a folded map go where they cover nothing: every box on view
   * is in their way but their own. */
  if (paint.folded)
    {
      for (guint k = 0; k < nodes->len; k++)
        {
          guint i = g_array_index (nodes, guint, k);
          const RtMapNode *n = RT_MAP_NODE (self, i);
          RtMapRect r;

          if (n->hidden || (n->parent >= 0 && n->kind == RT_MAP_NODE_CARD))
            continue;
          _rt_map_get_block (self, i, &r);
          g_array_append_val (placed, r);
        }
      /* Points first: they hold the map together. */
      for (int pass = 0; pass < 2; pass++)
        for (guint k = 0; k < nodes->len; k++)
          {
            guint i = g_array_index (nodes, guint, k);

            if ((RT_MAP_NODE (self, i)->kind == RT_MAP_NODE_POINT) == (pass == 0) &&
                needs_label (self, i, &paint))
              paint_label (self, cr, i, &paint);
          }
    }

  if (self->selected >= 0)
    paint_selection (self, cr, self->selected, &paint);

  cairo_restore (cr);

  self->n_painted = nodes->len;
}

/**
 * rt_map_get_n_painted:
 *
 * Returns: how many nodes the last rt_map_paint() drew
 */
guint
rt_map_get_n_painted (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);

  return self->n_painted;
}

/**
 * rt_map_fit:
 * @margin: device units to leave free on each side
 *
 * Sets @viewport to show the whole map in @width × @height device units.
 */
void
rt_map_fit (RtMap         *self,
            RtMapViewport *viewport,
            double         width,
            double         height,
            double         margin)
{
  RtMapRect area = { margin, margin, MAX (width - 2 * margin, 1), MAX (height - 2 * margin, 1) };
  RtMapRect bounds;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (viewport != NULL);

  rt_map_get_bounds (self, &bounds);
  rt_map_fit_rect (self, viewport, &area, &bounds);
  viewport->width = width;
  viewport->height = height;
}

/**
 * rt_map_fit_rect:
 * @area: where to show it, in device units of a view whose top left is 0, 0
 * @content: the part of the map to show, in map units
 *
 * Sets @viewport so that @content fills @area, centred; the viewport's size
 * is left to the caller.
 */
void
rt_map_fit_rect (RtMap           *self,
                 RtMapViewport   *viewport,
                 const RtMapRect *area,
                 const RtMapRect *content)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (viewport != NULL);

  viewport->scale = MIN (area->width / MAX (content->width, 1), area->height / MAX (content->height, 1));
  viewport->x = content->x + content->width / 2 - (area->x + area->width / 2) / viewport->scale;
  viewport->y = content->y + content->height / 2 - (area->y + area->height / 2) / viewport->scale;
}

/**
 * rt_map_paint_legend:
 * @x: left edge, in @cr's user units
 * @y: top edge
 * @width: the width available
 * @text_size: the size of its words, in @cr's units
 *
 * Paints the legend of node kinds on one line, in the committee's words.
 *
 * Returns: the height painted
 */
double
rt_map_paint_legend (RtMap   *self,
                     cairo_t *cr,
                     double   x,
                     double   y,
                     double   width,
                     double   text_size)
{
  const RtMapWord words[] = {
    RT_MAP_WORD_POINT, RT_MAP_WORD_PROPOSAL, RT_MAP_WORD_PERSPECTIVE, RT_MAP_WORD_THEME, RT_MAP_WORD_CARD,
  };
  RtColor sample = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 };
  RtColor panel = mix (&sample, &white, 0.8);
  double h = text_size * 1.6, sw = text_size * 2.2, cx = x + text_size * 0.8;
  double total = text_size * 0.8;

  g_return_val_if_fail (RT_IS_MAP (self), 0);

  if (fabs (self->legend_size - text_size) > 1e-6)
    {
      for (guint i = 0; i < G_N_ELEMENTS (self->legend); i++)
        g_clear_object (&self->legend[i]);
      self->legend_size = text_size;
    }

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      if (self->legend[i] == NULL)
        self->legend[i] = _rt_map_make_layout (self, "", text_size, FALSE, -1, 1);
      pango_layout_set_text (self->legend[i], _rt_map_word (words[i]), -1);
      total += sw + text_size * 0.5 + layout_width (self->legend[i]) + text_size * 1.4;
    }

  cairo_save (cr);

  rt_draw_rounded_rect (cr, x, y, MIN (width, total), h + text_size * 0.8, text_size * 0.5);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.92);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
  if (_rt_map_reporting (self))
    _rt_map_report_box (self, cr, &(RtMapRect) { x, y, MIN (width, total), h + text_size * 0.8 }, -1, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      double sy = y + text_size * 0.4;

      switch (words[i])
        {
        case RT_MAP_WORD_POINT:
          rt_draw_rounded_rect (cr, cx, sy + h * 0.1, sw, h * 0.8, h * 0.25);
          set_color (cr, &point_blue, 1);
          cairo_fill (cr);
          break;

        case RT_MAP_WORD_PROPOSAL:
          rt_draw_rounded_rect (cr, cx, sy + h * 0.15, sw, h * 0.7, 3);
          set_color (cr, &white, 1);
          cairo_fill_preserve (cr);
          set_color (cr, &point_blue, 0.7);
          cairo_set_line_width (cr, 0.75);
          cairo_set_dash (cr, (const double[]) { 2, 1.5 }, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        case RT_MAP_WORD_PERSPECTIVE:
          cairo_move_to (cr, cx + 4, sy + h * 0.15);
          cairo_line_to (cr, cx + sw - 4, sy + h * 0.15);
          cairo_line_to (cr, cx + sw, sy + h / 2);
          cairo_line_to (cr, cx + sw - 4, sy + h * 0.85);
          cairo_line_to (cr, cx + 4, sy + h * 0.85);
          cairo_line_to (cr, cx, sy + h / 2);
          cairo_close_path (cr);
          set_color (cr, &lilac, 1);
          cairo_fill_preserve (cr);
          set_color (cr, &purple, 1);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          break;

        case RT_MAP_WORD_THEME:
          rt_draw_rounded_rect (cr, cx, sy + h * 0.1, sw, h * 0.8, 3);
          set_color (cr, &panel, 1);
          cairo_fill (cr);
          cairo_rectangle (cr, cx, sy + h * 0.1, sw, h * 0.3);
          set_color (cr, &sample, 1);
          cairo_fill (cr);
          break;

        case RT_MAP_WORD_CARD:
          cairo_rectangle (cr, cx + 3, sy, sw - 6, h);
          set_color (cr, &white, 1);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          break;

        case RT_MAP_WORD_MAP:
        case RT_MAP_N_WORDS:
        default:
          break;
        }

      set_color (cr, &ink, 1);
      cairo_move_to (cr, cx + sw + text_size * 0.5, sy + h / 2 - _rt_map_layout_height (self->legend[i]) / 2);
      pango_cairo_show_layout (cr, self->legend[i]);
      if (_rt_map_reporting (self))
        _rt_map_report_text (self, cr, cx + sw + text_size * 0.5, sy + h / 2 - _rt_map_layout_height (self->legend[i]) / 2,
                             layout_width (self->legend[i]), _rt_map_layout_height (self->legend[i]), text_size, -1, FALSE);
      cx += sw + text_size * 0.5 + layout_width (self->legend[i]) + text_size * 1.4;
    }

  cairo_restore (cr);

  return h + text_size * 0.8;
}
