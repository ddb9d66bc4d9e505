/* rt-map-paint.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-paint"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <math.h>
#include <string.h>

#include "rt-map-private.h"

/* Painting the issue map with cairo and Pango, the same on screen, on paper
 * and in files. Only the nodes and edges the spatial index finds in view are
 * drawn; zoomed out, cards lose their text and become blocks of colour. */

#define FONT_FAMILY      "Noto Sans CJK JP"
#define DETAIL_SCALE     0.45  /* device units per map unit from which card text is drawn */
#define BLOCK_SCALE      0.12  /* below this, card links are no longer drawn */
#define LABEL_SCALE      0.55  /* below this, themes and points get labels of a readable size */
#define DIM_ALPHA        0.13
#define PAGE_LEGEND      24.0
#define PAGE_MIN_SCALE   0.42  /* the smallest scale at which a printed card stays legible */
#define PRINT_DETAIL     0.28  /* paper resolves finer text than a screen */
#define PNG_DPI          150.0

static const RtColor ink = { 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0 };
static const RtColor grey = { 0x5e / 255.0, 0x5c / 255.0, 0x64 / 255.0 };
static const RtColor cream = { 1.0, 0xfc / 255.0, 0xf0 / 255.0 };
static const RtColor point_blue = { 0x1c / 255.0, 0x4f / 255.0, 0x9c / 255.0 };
static const RtColor purple = { 0x61 / 255.0, 0x35 / 255.0, 0x83 / 255.0 };
static const RtColor lilac = { 0xf3 / 255.0, 0xea / 255.0, 0xfa / 255.0 };
static const RtColor background = { 0xfa / 255.0, 0xf9 / 255.0, 0xf7 / 255.0 };

typedef enum
{
  FONT_CARD,
  FONT_SPEAKER,
  FONT_THEME,
  FONT_POINT_NUMBER,
  FONT_POINT_TITLE,
  FONT_PROPOSAL,
  FONT_PERSPECTIVE,
  FONT_LEGEND,
  N_FONTS
} Font;

static const char * const font_specs[N_FONTS] = {
  [FONT_CARD] = FONT_FAMILY " 9",
  [FONT_SPEAKER] = FONT_FAMILY " 7.5",
  [FONT_THEME] = FONT_FAMILY " Bold 12",
  [FONT_POINT_NUMBER] = FONT_FAMILY " Bold 22",
  [FONT_POINT_TITLE] = FONT_FAMILY " Bold 10.5",
  [FONT_PROPOSAL] = FONT_FAMILY " 8.5",
  [FONT_PERSPECTIVE] = FONT_FAMILY " 9.5",
  [FONT_LEGEND] = FONT_FAMILY " 8",
};

static PangoFontDescription *
get_font (Font font)
{
  static PangoFontDescription *fonts[N_FONTS];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < N_FONTS; i++)
        fonts[i] = pango_font_description_from_string (font_specs[i]);
      g_once_init_leave (&initialized, 1);
    }

  return fonts[font];
}

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

/* One Pango context for the map, at 72 dpi so that a 9 pt font is 9 map
 * units tall, without hinting so that text scales smoothly with the zoom and
 * measures the same on screen and on paper. */
static PangoContext *
get_pango (RtMap *self)
{
  if (self->pango == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (self->pango, 72);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->pango, options);
      pango_context_set_language (self->pango, pango_language_from_string ("ja"));
      pango_context_set_round_glyph_positions (self->pango, FALSE);
      cairo_font_options_destroy (options);
    }

  return self->pango;
}

static PangoLayout *
make_layout (RtMap          *self,
             const char     *text,
             Font            font,
             double          width,
             int             max_lines,
             PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (get_pango (self));

  pango_layout_set_font_description (layout, get_font (font));
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

void
_rt_map_clear_layouts (RtMap *self)
{
  for (guint i = 0; self->nodes != NULL && i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      g_clear_object (&n->title_layout);
      g_clear_object (&n->text_layout);
      g_clear_object (&n->detail_layout);
    }

  for (guint i = 0; i < G_N_ELEMENTS (self->legend); i++)
    g_clear_object (&self->legend[i]);
  g_clear_object (&self->tile_label);
}

static void
ensure_layouts (RtMap     *self,
                RtMapNode *n)
{
  if (n->text_layout != NULL)
    return;

  switch (n->kind)
    {
    case RT_MAP_NODE_CARD:
      n->text_layout = make_layout (self, n->text, FONT_CARD, 2 * n->hw - 16, 4, PANGO_ALIGN_LEFT);
      n->detail_layout = make_layout (self, n->detail, FONT_SPEAKER, 2 * n->hw - 30, 1, PANGO_ALIGN_LEFT);
      break;

    case RT_MAP_NODE_THEME:
      n->text_layout = make_layout (self, n->text, FONT_THEME, 2 * n->hw - 20, 2, PANGO_ALIGN_CENTER);
      break;

    case RT_MAP_NODE_POINT:
      n->title_layout = make_layout (self, n->title, FONT_POINT_NUMBER, 2 * n->hw - 20, 1, PANGO_ALIGN_CENTER);
      n->text_layout = make_layout (self, n->text, FONT_POINT_TITLE, 2 * n->hw - 34, 3, PANGO_ALIGN_CENTER);
      break;

    case RT_MAP_NODE_PROPOSAL:
      n->text_layout = make_layout (self, n->text, FONT_PROPOSAL, 2 * n->hw - 16, 2, PANGO_ALIGN_CENTER);
      break;

    case RT_MAP_NODE_PERSPECTIVE:
      {
        g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", n->title, n->text);

        n->text_layout = make_layout (self, "", FONT_PERSPECTIVE, 2 * n->hw - 36, 2, PANGO_ALIGN_CENTER);
        pango_layout_set_markup (n->text_layout, markup, -1);
      }
      break;

    case RT_MAP_N_NODE_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Draws @layout centred vertically on @cy, starting at @x. */
static void
show_layout_centered (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       cy)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x, cy - h / (2.0 * PANGO_SCALE));
  pango_cairo_show_layout (cr, layout);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

typedef struct
{
  double   scale;   /* device units per map unit */
  double   px;      /* one device unit in map units */
  gboolean detail;
  gboolean labels;
} Paint;

/* The outline of a card: a rectangle with its bottom right corner cut. */
static void
card_path (cairo_t *cr,
           double   x,
           double   y,
           double   w,
           double   h,
           double   fold)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + w, y);
  cairo_line_to (cr, x + w, y + h - fold);
  cairo_line_to (cr, x + w - fold, y + h);
  cairo_line_to (cr, x, y + h);
  cairo_close_path (cr);
}

/* Text smaller than this many device pixels cannot be read: its lines are
 * drawn as bars of their length instead, as on a sketch. Used for the
 * speaker's name under a card, a byline rather than the card's content. */
#define LEGIBLE_PX 5.0

/* The bars of @layout drawn at (@x, @y), @size map units high; filled by the
 * caller. */
static void
greek_layout (cairo_t     *cr,
              PangoLayout *layout,
              double       x,
              double       y,
              double       size)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if (logical.width > 0)
        cairo_rectangle (cr, x + logical.x / (double)PANGO_SCALE,
                         y + (logical.y + logical.height / 2.0) / PANGO_SCALE - size / 2,
                         logical.width / (double)PANGO_SCALE, size);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
paint_card (RtMap           *self,
            cairo_t         *cr,
            RtMapNode       *n,
            double           alpha,
            const Paint     *paint)
{
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  const double fold = 12;
  const RtColor black = { 0, 0, 0 };
  /* Opaque colours let cairo write spans in place. */
  gboolean solid = alpha >= 1 && !self->printing;
  /* The card's text whenever cards show detail, as it may still be made
   * out; the speaker's name, smaller and grey, only from a legible size. */
  gboolean detail = self->printing || 7.5 * paint->scale >= LEGIBLE_PX;
  RtColor paper;

  if (!paint->detail)
    {
      RtColor block = mix (&n->color, &cream, paint->scale < BLOCK_SCALE ? 0.1 : 0.45);

      set_color (cr, &block, alpha);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill (cr);
      return;
    }

  ensure_layouts (self, n);
  paper = mix (&n->color, &cream, 0.84);

  /* A sticky note: a soft shadow, a folded corner and a band in the
   * colour of its theme. */
  if (solid)
    {
      /* The shadow where it shows, below and right of the card, opaque:
       * black at 7 % over the map's background. */
      RtColor shadow = mix (&background, &black, 0.07);

      set_color (cr, &shadow, 1);
      cairo_rectangle (cr, x + w, y + 2.5, 1.5, h - fold - 2.5);
      cairo_rectangle (cr, x + 1.5, y + h, w - fold - 1.5, 2.5);
      /* and in the cut corner */
      cairo_rectangle (cr, x + w - fold, y + h - fold, fold + 1.5, fold + 2.5);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_source_rgba (cr, 0, 0, 0, 0.07 * alpha);
      cairo_rectangle (cr, x + 1.5, y + 2.5, w, h);
      cairo_fill (cr);
    }

  if (solid)
    {
      /* The hairline outline as fills: the card half a pixel larger in
       * the outline's colour (black at 16 % over the paper), the paper half a
       * pixel smaller over it. Rectangles, except at the fold: cairo fills
       * boxes whole, but anything with a slanted edge row by row, and a
       * stroke costs more again. */
      RtColor outline = mix (&paper, &black, 0.16), corner = mix (&n->color, &cream, 0.55);
      double d = paint->px / 2, k = d * (G_SQRT2 - 1);

      set_color (cr, &outline, 1);
      cairo_rectangle (cr, x - d, y - d, w + 2 * d, h - fold + d);
      cairo_rectangle (cr, x - d, y + h - fold, w - fold + d, fold + d);
      cairo_fill (cr);
      cairo_move_to (cr, x + w - fold, y + h - fold);
      cairo_line_to (cr, x + w + d, y + h - fold);
      cairo_line_to (cr, x + w + d, y + h - fold + k);
      cairo_line_to (cr, x + w - fold + k, y + h + d);
      cairo_line_to (cr, x + w - fold, y + h + d);
      cairo_close_path (cr);
      cairo_fill (cr);

      set_color (cr, &paper, 1);
      cairo_rectangle (cr, x + d, y + d, w - 2 * d, h - fold - d);
      cairo_rectangle (cr, x + d, y + h - fold, w - fold - d, fold - d);
      cairo_fill (cr);

      cairo_move_to (cr, x + w, y + h - fold);
      cairo_line_to (cr, x + w - fold, y + h - fold);
      cairo_line_to (cr, x + w - fold, y + h);
      cairo_close_path (cr);
      set_color (cr, &corner, 1);
      cairo_fill (cr);
    }
  else
    {
      RtColor corner = mix (&n->color, &cream, 0.55);

      card_path (cr, x, y, w, h, fold);
      set_color (cr, &paper, alpha);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, 0, 0, 0, 0.16 * alpha);
      cairo_set_line_width (cr, paint->px);
      cairo_stroke (cr);

      cairo_move_to (cr, x + w, y + h - fold);
      cairo_line_to (cr, x + w - fold, y + h - fold);
      cairo_line_to (cr, x + w - fold, y + h);
      cairo_close_path (cr);
      set_color (cr, &corner, alpha);
      cairo_fill (cr);
    }

  set_color (cr, &n->color, alpha);
  cairo_rectangle (cr, x, y, w, 5);
  cairo_fill (cr);

  set_color (cr, &ink, alpha);
  cairo_move_to (cr, x + 8, y + 10);
  pango_cairo_show_layout (cr, n->text_layout);

  if (detail)
    {
      set_color (cr, &grey, alpha);
      cairo_move_to (cr, x + 8, y + h - 16);
      pango_cairo_show_layout (cr, n->detail_layout);
    }
  else
    {
      /* A bar the colour of the name at a third of its strength. */
      RtColor bar = mix (&paper, &grey, 0.3);

      greek_layout (cr, n->detail_layout, x + 8, y + h - 16, 3.5);
      set_color (cr, &bar, alpha);
      cairo_fill (cr);
    }
}

/* A label that stays readable when zoomed out: drawn at @size device units
 * whatever the zoom, on a pill of @fill. */
static void
paint_overview_label (cairo_t       *cr,
                      PangoLayout   *layout,
                      double         cx,
                      double         cy,
                      double         size,
                      double         font_size,
                      const RtColor *fill,
                      const RtColor *text,
                      double         alpha,
                      const Paint   *paint)
{
  double k = size * paint->px / font_size;
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  cairo_save (cr);
  cairo_translate (cr, cx, cy);
  cairo_scale (cr, k, k);
  {
    double lw = pango_layout_get_width (layout) / (double)PANGO_SCALE;

    rounded_rect (cr, -lw / 2 + logical.x / (double)PANGO_SCALE - 6,
                  -logical.height / (2.0 * PANGO_SCALE) - 3,
                  logical.width / (double)PANGO_SCALE + 12,
                  logical.height / (double)PANGO_SCALE + 6, 6);
  }
  set_color (cr, fill, 0.92 * alpha);
  cairo_fill (cr);
  set_color (cr, text, alpha);
  show_layout_centered (cr, layout, -pango_layout_get_width (layout) / (2.0 * PANGO_SCALE), 0);
  cairo_restore (cr);
}

static void
paint_theme (RtMap       *self,
             cairo_t     *cr,
             RtMapNode   *n,
             double       alpha,
             const Paint *paint)
{
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  RtColor border = mix (&n->color, &ink, 0.25);
  const RtColor *text = rt_color_wants_dark_text (&n->color) ? &ink : &(RtColor) { 1, 1, 1 };

  rounded_rect (cr, x, y, w, h, 14);
  set_color (cr, &n->color, alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &border, alpha);
  cairo_set_line_width (cr, 1.5 * paint->px);
  cairo_stroke (cr);

  ensure_layouts (self, n);
  if (paint->scale >= (self->printing ? PRINT_DETAIL : LABEL_SCALE))
    {
      set_color (cr, text, alpha);
      show_layout_centered (cr, n->text_layout, x + 10, n->y);
    }
}

static void
paint_point (RtMap       *self,
             cairo_t     *cr,
             RtMapNode   *n,
             double       alpha,
             const Paint *paint)
{
  const RtColor white = { 1, 1, 1 };
  RtColor halo = mix (&point_blue, &white, 0.75);

  cairo_arc (cr, n->x, n->y, n->hw + 6, 0, 2 * G_PI);
  set_color (cr, &halo, 0.6 * alpha);
  cairo_fill (cr);

  cairo_arc (cr, n->x, n->y, n->hw, 0, 2 * G_PI);
  set_color (cr, &point_blue, alpha);
  cairo_fill (cr);

  ensure_layouts (self, n);
  if (paint->scale >= 0.3)
    {
      int w, h;

      set_color (cr, &white, alpha);
      pango_layout_get_size (n->title_layout, &w, &h);
      cairo_move_to (cr, n->x - n->hw + 10, n->y - 8 - h / (double)PANGO_SCALE);
      pango_cairo_show_layout (cr, n->title_layout);
      set_color (cr, &white, 0.92 * alpha);
      cairo_move_to (cr, n->x - n->hw + 17, n->y - 2);
      pango_cairo_show_layout (cr, n->text_layout);
    }
}

/* Zoomed out, themes and points get labels of a readable size, above
 * everything else so that cards do not hide them. */
static void
paint_label (RtMap       *self,
             cairo_t     *cr,
             RtMapNode   *n,
             const Paint *paint)
{
  double alpha = (self->focus >= 0 && !n->lit) ? DIM_ALPHA : 1.0;
  const RtColor white = { 1, 1, 1 };

  if (n->kind == RT_MAP_NODE_THEME && paint->scale < (self->printing ? PRINT_DETAIL : LABEL_SCALE))
    {
      const RtColor *text = rt_color_wants_dark_text (&n->color) ? &ink : &white;

      ensure_layouts (self, n);
      paint_overview_label (cr, n->text_layout, n->x, n->y, 10.5, 12, &n->color, text, alpha, paint);
    }
  else if (n->kind == RT_MAP_NODE_POINT && paint->scale < 0.3)
    {
      ensure_layouts (self, n);
      paint_overview_label (cr, n->title_layout, n->x, n->y, 12, 22, &point_blue, &white, alpha, paint);
    }
}

static void
paint_proposal (RtMap       *self,
                cairo_t     *cr,
                RtMapNode   *n,
                double       alpha,
                const Paint *paint)
{
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  const double dash[] = { 3 * paint->px, 2 * paint->px };

  rounded_rect (cr, x, y, w, h, 8);
  cairo_set_source_rgba (cr, 1, 1, 1, alpha);
  cairo_fill_preserve (cr);
  set_color (cr, &point_blue, 0.55 * alpha);
  cairo_set_line_width (cr, paint->px);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  if (paint->detail)
    {
      ensure_layouts (self, n);
      set_color (cr, &ink, alpha);
      show_layout_centered (cr, n->text_layout, x + 8, n->y);
    }
}

static void
paint_perspective (RtMap       *self,
                   cairo_t     *cr,
                   RtMapNode   *n,
                   double       alpha,
                   const Paint *paint)
{
  double x = n->x - n->hw, y = n->y - n->hh, w = 2 * n->hw, h = 2 * n->hh;
  const double tip = 16;

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
  cairo_set_line_width (cr, 1.5 * paint->px);
  cairo_stroke (cr);

  if (paint->detail || paint->scale >= 0.3)
    {
      ensure_layouts (self, n);
      set_color (cr, &purple, alpha);
      show_layout_centered (cr, n->text_layout, x + 18, n->y);
    }
}

static void
paint_node (RtMap       *self,
            cairo_t     *cr,
            RtMapNode   *n,
            const Paint *paint)
{
  double alpha = (self->focus >= 0 && !n->lit) ? DIM_ALPHA : 1.0;

  switch (n->kind)
    {
    case RT_MAP_NODE_CARD:
      paint_card (self, cr, n, alpha, paint);
      break;

    case RT_MAP_NODE_THEME:
      paint_theme (self, cr, n, alpha, paint);
      break;

    case RT_MAP_NODE_POINT:
      paint_point (self, cr, n, alpha, paint);
      break;

    case RT_MAP_NODE_PROPOSAL:
      paint_proposal (self, cr, n, alpha, paint);
      break;

    case RT_MAP_NODE_PERSPECTIVE:
      paint_perspective (self, cr, n, alpha, paint);
      break;

    case RT_MAP_N_NODE_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
paint_selection (RtMap       *self,
                 cairo_t     *cr,
                 RtMapNode   *n,
                 const Paint *paint)
{
  cairo_set_source_rgb (cr, 0xe6 / 255.0, 0x61 / 255.0, 0x00);
  cairo_set_line_width (cr, 3 * paint->px);
  if (n->kind == RT_MAP_NODE_POINT)
    cairo_arc (cr, n->x, n->y, n->hw + 4 * paint->px, 0, 2 * G_PI);
  else
    rounded_rect (cr, n->x - n->hw - 3 * paint->px, n->y - n->hh - 3 * paint->px,
                  2 * n->hw + 6 * paint->px, 2 * n->hh + 6 * paint->px, 6 * paint->px);
  cairo_stroke (cr);
}

typedef struct
{
  double red, green, blue, alpha;
  double width;
  double dash;
} EdgeStyle;

static const EdgeStyle edge_styles[RT_MAP_N_EDGE_KINDS] = {
  [RT_MAP_EDGE_CARD_THEME] = { 0.37, 0.36, 0.39, 0.30, 0.8, 0 },
  [RT_MAP_EDGE_THEME_POINT] = { 0.11, 0.31, 0.61, 0.50, 1.6, 0 },
  [RT_MAP_EDGE_CARD_POINT] = { 0.11, 0.31, 0.61, 0.35, 0.9, 4 },
  [RT_MAP_EDGE_PROPOSAL_POINT] = { 0.11, 0.31, 0.61, 0.40, 0.9, 2 },
  [RT_MAP_EDGE_OTHER] = { 0.37, 0.36, 0.39, 0.30, 0.8, 0 },
};

/* Cuts the segment to @r (Liang–Barsky): cairo would clip it too, but only
 * after stroking it whole. */
static gboolean
clip_segment (const RtMapRect *r,
              double          *x0,
              double          *y0,
              double          *x1,
              double          *y1)
{
  double t0 = 0, t1 = 1, dx = *x1 - *x0, dy = *y1 - *y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *x0 - r->x, r->x + r->width - *x0, *y0 - r->y, r->y + r->height - *y0 };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }

  *x1 = *x0 + t1 * dx;
  *y1 = *y0 + t1 * dy;
  *x0 = *x0 + t0 * dx;
  *y0 = *y0 + t0 * dy;
  return TRUE;
}

/* Thin links straight into the pixels of an image surface.
 *
 * cairo 1.16 scan-converts a stroke on a subsample grid, touching every
 * active edge on every subrow: with a few hundred long links crossing the
 * view that was most of a frame, antialiased or not (and without
 * antialiasing, links thinner than a pixel break up). A link is a straight
 * line a pixel or two wide, so it is drawn here a column (or, if steep, a
 * row) at a time: each pixel gets the part of the link's cross-section that
 * falls in it, as a box filter would, and is blended towards the link's
 * opaque colour, as cairo's own opaque spans are, minus the grid.
 * Only for image surfaces drawn with a scale and a translation and clipped
 * to at most one rectangle; anything else (paper, SVG, PDF, the recording
 * surfaces of GTK) gets cairo strokes. */
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

  /* User space to the surface's pixels: the matrix, then the surface's
   * device scale and offset. */
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  r->xx = m.xx * sx;
  r->yy = m.yy * sy;
  r->x0 = m.x0 * sx + ox;
  r->y0 = m.y0 * sy + oy;

  /* Only whole pixels inside the clip: a clip that cuts pixels falls back. */
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

  /* u runs along the link's main direction, v across it. */
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
      /* floor() without the libm call: lo + 1 and hi are above -1. */
      int j0 = MAX ((int)(lo + 1) - 1, vmin), j1 = MIN ((int)(hi + 1) - 1, vmax - 1);
      guint32 *p;
      gsize step;

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

/* On screen links are drawn in an opaque colour, the style's colour over
 * the map's background: where links cross or meet at a theme they no longer
 * darken each other, and their pixels can be written in place. Paper and
 * vector files keep the translucent colours, the fine antialiasing grid and
 * the dashes. */
static void
paint_edges (RtMap           *self,
             cairo_t         *cr,
             GArray          *edges,
             const RtMapRect *view,
             const Paint     *paint)
{
  gboolean screen = !self->printing;
  Raster raster = { 0 };
  gboolean direct = screen && raster_begin (cr, &raster);

  if (screen && !direct)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (int dimmed = 1; dimmed >= 0; dimmed--)
    for (guint kind = 0; kind < RT_MAP_N_EDGE_KINDS; kind++)
      {
        const EdgeStyle *style = &edge_styles[kind];
        const RtColor color = { style->red, style->green, style->blue };
        double alpha = style->alpha * (dimmed ? DIM_ALPHA * 1.5 : 1.0);
        RtColor flat = mix (&background, &color, alpha);
        guint32 pixel = 0xff000000u | ((guint32)(flat.red * 255 + 0.5) << 16) |
                        ((guint32)(flat.green * 255 + 0.5) << 8) | (guint32)(flat.blue * 255 + 0.5);
        guint n_segments = 0;

        if (dimmed && self->focus < 0)
          continue;
        if ((kind == RT_MAP_EDGE_CARD_THEME || kind == RT_MAP_EDGE_CARD_POINT) && paint->scale < BLOCK_SCALE)
          continue;

        for (guint k = 0; k < edges->len; k++)
          {
            const RtMapEdge *edge = RT_MAP_EDGE (self, g_array_index (edges, guint, k));
            const RtMapNode *a, *b;
            double x0, y0, x1, y1;

            if (edge->kind != kind)
              continue;
            a = RT_MAP_NODE (self, edge->source);
            b = RT_MAP_NODE (self, edge->target);
            if (self->focus >= 0 && (gboolean)dimmed == (a->lit && b->lit))
              continue;
            x0 = a->x, y0 = a->y, x1 = b->x, y1 = b->y;
            if (!clip_segment (view, &x0, &y0, &x1, &y1))
              continue;

            if (direct)
              {
                raster_line (&raster, x0, y0, x1, y1, style->width * paint->px * raster.xx, pixel);
                continue;
              }

            if (n_segments++ == 0)
              {
                cairo_set_line_width (cr, style->width * paint->px);
                if (screen)
                  set_color (cr, &flat, 1);
                else
                  {
                    cairo_set_source_rgba (cr, style->red, style->green, style->blue, alpha);
                    /* Dashes tell links apart on paper; on screen colour and width do. */
                    if (style->dash > 0)
                      {
                        const double dash[] = { style->dash * paint->px, style->dash * 0.75 * paint->px };

                        cairo_set_dash (cr, dash, 2, 0);
                      }
                  }
              }

            cairo_move_to (cr, x0, y0);
            cairo_line_to (cr, x1, y1);
            /* On paper one stroke per link, so that crossing links darken
             * as they always did. */
            if (!screen)
              cairo_stroke (cr);
          }

        if (screen && n_segments > 0)
          cairo_stroke (cr);
        else if (n_segments > 0)
          cairo_set_dash (cr, NULL, 0, 0);
      }

  if (direct)
    raster_end (cr, &raster);
  else if (screen)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

/**
 * rt_map_paint:
 * @cr: a cairo context whose user space is the view's device space
 * @viewport: the part of the map to paint and its scale
 *
 * Paints the nodes and edges of the map that fall in @viewport onto the
 * rectangle (0, 0, width, height) of @cr. The background is not painted.
 */
void
rt_map_paint (RtMap               *self,
              cairo_t             *cr,
              const RtMapViewport *viewport)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (guint));
  RtMapRect rect;
  Paint paint;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (viewport != NULL && viewport->scale > 0);

  paint.scale = viewport->scale;
  paint.px = 1 / viewport->scale;
  paint.detail = viewport->scale >= (self->printing ? PRINT_DETAIL : DETAIL_SCALE);
  paint.labels = TRUE;

  /* A little margin for shadows and selection outlines. */
  rect.x = viewport->x - 8 * paint.px;
  rect.y = viewport->y - 8 * paint.px;
  rect.width = viewport->width / viewport->scale + 16 * paint.px;
  rect.height = viewport->height / viewport->scale + 16 * paint.px;
  _rt_map_query (self, &rect, nodes, edges);

  cairo_save (cr);
  cairo_scale (cr, viewport->scale, viewport->scale);
  cairo_translate (cr, -viewport->x, -viewport->y);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  paint_edges (self, cr, edges, &rect, &paint);

  /* The coarser antialiasing grid for shapes on screen: the same at the
   * edges of boxes and circles, and cheaper. Text is antialiased by its
   * font options, not by this. */
  if (!self->printing)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);

  for (guint k = 0; k < nodes->len; k++)
    paint_node (self, cr, RT_MAP_NODE (self, g_array_index (nodes, guint, k)), &paint);

  if (paint.labels)
    for (guint k = 0; k < nodes->len; k++)
      paint_label (self, cr, RT_MAP_NODE (self, g_array_index (nodes, guint, k)), &paint);

  if (self->selected >= 0)
    paint_selection (self, cr, RT_MAP_NODE (self, self->selected), &paint);

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
  RtMapRect bounds;
  double w = MAX (width - 2 * margin, 1), h = MAX (height - 2 * margin, 1);

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (viewport != NULL);

  rt_map_get_bounds (self, &bounds);
  viewport->scale = MIN (w / MAX (bounds.width, 1), h / MAX (bounds.height, 1));
  viewport->width = width;
  viewport->height = height;
  viewport->x = bounds.x + bounds.width / 2 - width / 2 / viewport->scale;
  viewport->y = bounds.y + bounds.height / 2 - height / 2 / viewport->scale;
}

/**
 * rt_map_paint_legend:
 * @x: left edge, in @cr's user units
 * @y: top edge
 * @width: the width available
 *
 * Paints the legend of node kinds on one line, as large on paper as on
 * screen.
 *
 * Returns: the height painted
 */
double
rt_map_paint_legend (RtMap   *self,
                     cairo_t *cr,
                     double   x,
                     double   y,
                     double   width)
{
  const char *labels[] = {
    N_("Point"), N_("Proposal"), N_("Perspective"), N_("Theme"), N_("Card"),
  };
  const RtColor white = { 1, 1, 1 };
  RtColor sample = { 0x35 / 255.0, 0x84 / 255.0, 0xe4 / 255.0 };
  RtColor paper = mix (&sample, &cream, 0.84);
  const double h = 16, sw = 22;
  double cx = x + 8;

  g_return_val_if_fail (RT_IS_MAP (self), 0);

  cairo_save (cr);

  rounded_rect (cr, x, y, MIN (width, 470), h + 8, 5);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.88);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double sy = y + 4;
      int lw, lh;

      if (self->legend[i] == NULL)
        self->legend[i] = make_layout (self, _(labels[i]), FONT_LEGEND, -1, 1, PANGO_ALIGN_LEFT);

      switch (i)
        {
        case RT_MAP_NODE_POINT:
          cairo_arc (cr, cx + sw / 2, sy + h / 2, h / 2, 0, 2 * G_PI);
          set_color (cr, &point_blue, 1);
          cairo_fill (cr);
          break;

        case RT_MAP_NODE_PROPOSAL:
          rounded_rect (cr, cx, sy + 2, sw, h - 4, 3);
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_fill_preserve (cr);
          set_color (cr, &point_blue, 0.55);
          cairo_set_line_width (cr, 0.75);
          cairo_set_dash (cr, (const double[]) { 2, 1.5 }, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          break;

        case RT_MAP_NODE_PERSPECTIVE:
          cairo_move_to (cr, cx + 4, sy + 2);
          cairo_line_to (cr, cx + sw - 4, sy + 2);
          cairo_line_to (cr, cx + sw, sy + h / 2);
          cairo_line_to (cr, cx + sw - 4, sy + h - 2);
          cairo_line_to (cr, cx + 4, sy + h - 2);
          cairo_line_to (cr, cx, sy + h / 2);
          cairo_close_path (cr);
          set_color (cr, &lilac, 1);
          cairo_fill_preserve (cr);
          set_color (cr, &purple, 1);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
          break;

        case RT_MAP_NODE_THEME:
          rounded_rect (cr, cx, sy + 2, sw, h - 4, 4);
          set_color (cr, &sample, 1);
          cairo_fill (cr);
          break;

        case RT_MAP_NODE_CARD:
          cairo_rectangle (cr, cx + 3, sy, sw - 6, h);
          set_color (cr, &paper, 1);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
          cairo_set_line_width (cr, 0.5);
          cairo_stroke (cr);
          cairo_rectangle (cr, cx + 3, sy, sw - 6, 2.5);
          set_color (cr, &sample, 1);
          cairo_fill (cr);
          break;

        default:
          break;
        }

      set_color (cr, &ink, 1);
      pango_layout_get_size (self->legend[i], &lw, &lh);
      cairo_move_to (cr, cx + sw + 5, sy + h / 2 - lh / (2.0 * PANGO_SCALE));
      pango_cairo_show_layout (cr, self->legend[i]);
      cx += sw + 5 + lw / (double)PANGO_SCALE + 16;
      (void)white;
    }

  cairo_restore (cr);

  return h + 8;
}

/* How a map is cut into pages of @width × @height: one page when it fits at
 * a legible scale, otherwise an overview followed by tiles. */
static void
page_geometry (RtMap     *self,
               double     width,
               double     height,
               guint     *cols,
               guint     *rows,
               double    *tile_scale,
               RtMapRect *bounds)
{
  double aw = width, ah = MAX (height - PAGE_LEGEND - 6, 1);
  double fit;

  rt_map_get_bounds (self, bounds);
  bounds->x -= 12;
  bounds->y -= 12;
  bounds->width += 24;
  bounds->height += 24;

  fit = MIN (aw / bounds->width, ah / bounds->height);
  if (fit >= PAGE_MIN_SCALE)
    {
      *cols = *rows = 1;
      *tile_scale = fit;
      return;
    }

  *cols = (guint)ceil (bounds->width * PAGE_MIN_SCALE / aw);
  *rows = (guint)ceil (bounds->height * PAGE_MIN_SCALE / ah);
  *tile_scale = MIN (*cols * aw / bounds->width, *rows * ah / bounds->height);
}

/**
 * rt_map_get_n_pages:
 * @width: the width of the page's map area, in points
 * @height: its height
 *
 * Returns: how many pages rt_map_paint_page() paints for this size: 1 when
 *   the map fits at a legible scale, otherwise an overview and the tiles
 */
guint
rt_map_get_n_pages (RtMap  *self,
                    double  width,
                    double  height)
{
  RtMapRect bounds;
  guint cols, rows;
  double scale;

  g_return_val_if_fail (RT_IS_MAP (self), 0);

  page_geometry (self, width, height, &cols, &rows, &scale, &bounds);

  return cols * rows == 1 ? 1 : 1 + cols * rows;
}

static void
paint_tile_label (RtMap      *self,
                  cairo_t    *cr,
                  const char *text,
                  double      right,
                  double      y)
{
  int w, h;

  if (self->tile_label == NULL)
    self->tile_label = make_layout (self, "", FONT_LEGEND, -1, 1, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (self->tile_label, text, -1);
  pango_layout_get_size (self->tile_label, &w, &h);
  set_color (cr, &grey, 1);
  cairo_move_to (cr, right - w / (double)PANGO_SCALE, y);
  pango_cairo_show_layout (cr, self->tile_label);
}

/**
 * rt_map_paint_page:
 * @cr: a cairo context in points, its origin at the top left of the area
 * @page: the page, from 0 to rt_map_get_n_pages() - 1
 * @width: the width of the area, in points
 * @height: its height
 *
 * Paints one page of the issue map into (0, 0, @width, @height): the map
 * (the whole map on page 0; on a tiled map, one tile on each later page) and
 * the legend along the bottom edge. Headers, page numbers and margins are the
 * caller's. The PDF, SVG and PNG export and the handouts all paint through
 * this function.
 */
void
rt_map_paint_page (RtMap   *self,
                   cairo_t *cr,
                   guint    page,
                   double   width,
                   double   height)
{
  double ah = MAX (height - PAGE_LEGEND - 6, 1);
  RtMapViewport viewport;
  RtMapRect bounds;
  guint cols, rows, n_tiles;
  double scale;
  g_autofree char *label = NULL;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (cr != NULL);

  page_geometry (self, width, height, &cols, &rows, &scale, &bounds);
  n_tiles = cols * rows;

  viewport.width = width;
  viewport.height = ah;

  if (page == 0 || n_tiles == 1)
    {
      viewport.scale = MIN (width / bounds.width, ah / bounds.height);
      viewport.x = bounds.x + bounds.width / 2 - width / 2 / viewport.scale;
      viewport.y = bounds.y + bounds.height / 2 - ah / 2 / viewport.scale;
    }
  else
    {
      guint tile = MIN (page, n_tiles) - 1;
      double tw = width / scale, th = ah / scale;
      double ox = bounds.x + bounds.width / 2 - cols * tw / 2;
      double oy = bounds.y + bounds.height / 2 - rows * th / 2;

      viewport.scale = scale;
      viewport.x = ox + (tile % cols) * tw;
      viewport.y = oy + (tile / cols) * th;
      /* TRANSLATORS: which tile of a map cut over several pages */
      label = g_strdup_printf (_("Part %u of %u (row %u, column %u)"),
                               tile + 1, n_tiles, tile / cols + 1, tile % cols + 1);
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, ah);
  cairo_clip (cr);
  self->printing = TRUE;
  rt_map_paint (self, cr, &viewport);
  self->printing = FALSE;

  /* On the overview of a tiled map, show how the tiles cut it. */
  if (page == 0 && n_tiles > 1)
    {
      double tw = width / scale, th = ah / scale;
      double ox = bounds.x + bounds.width / 2 - cols * tw / 2;
      double oy = bounds.y + bounds.height / 2 - rows * th / 2;
      const double dash[] = { 4, 3 };

      cairo_set_source_rgba (cr, 0.37, 0.36, 0.39, 0.7);
      cairo_set_line_width (cr, 0.75);
      cairo_set_dash (cr, dash, 2, 0);
      for (guint t = 0; t < n_tiles; t++)
        {
          double tx = (ox + (t % cols) * tw - viewport.x) * viewport.scale;
          double ty = (oy + (t / cols) * th - viewport.y) * viewport.scale;
          g_autofree char *number = g_strdup_printf ("%u", t + 1);

          cairo_rectangle (cr, tx, ty, tw * viewport.scale, th * viewport.scale);
          cairo_stroke (cr);
          paint_tile_label (self, cr, number, tx + tw * viewport.scale - 4, ty + 2);
          cairo_set_source_rgba (cr, 0.37, 0.36, 0.39, 0.7);
        }
      cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_restore (cr);

  rt_map_paint_legend (self, cr, 0, height - PAGE_LEGEND, width);
  if (label != NULL)
    paint_tile_label (self, cr, label, width, height - PAGE_LEGEND + 6);
}

void
rt_map_get_paper_size (RtMapPaper  paper,
                       double     *width,
                       double     *height)
{
  /* Landscape, in points. */
  switch (paper)
    {
    case RT_MAP_PAPER_A3:
      *width = 420 / 25.4 * 72;
      *height = 297 / 25.4 * 72;
      break;

    case RT_MAP_PAPER_A4:
    default:
      *width = 297 / 25.4 * 72;
      *height = 210 / 25.4 * 72;
      break;
    }
}

#define PAGE_MARGIN 28.0
#define PAGE_HEADER 22.0

static void
paint_sheet (RtMap      *self,
             cairo_t    *cr,
             guint       page,
             guint       n_pages,
             double      width,
             double      height,
             const char *title)
{
  PangoLayout *layout;
  g_autofree char *heading = NULL;

  cairo_save (cr);
  set_color (cr, &background, 1);
  cairo_paint (cr);

  if (n_pages > 1)
    heading = g_strdup_printf ("%s    %u / %u", title ? title : _("Issue Map"), page + 1, n_pages);
  else
    heading = g_strdup (title ? title : _("Issue Map"));

  layout = make_layout (self, heading, FONT_THEME, width - 2 * PAGE_MARGIN, 1, PANGO_ALIGN_LEFT);
  set_color (cr, &ink, 1);
  cairo_move_to (cr, PAGE_MARGIN, PAGE_MARGIN - 6);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);

  cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN + PAGE_HEADER);
  rt_map_paint_page (self, cr, page, width - 2 * PAGE_MARGIN, height - 2 * PAGE_MARGIN - PAGE_HEADER);
  cairo_restore (cr);
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, RT_MAP_ERROR, RT_MAP_ERROR_FAILED,
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/**
 * rt_map_export:
 * @path: a file ending in .png, .svg or .pdf
 * @paper: the paper size, always landscape
 * @title: (nullable): the heading of each page, such as the committee's name
 *
 * Writes the map: a PDF of every page (an overview then tiles for a large
 * map), an SVG of the first page, or a PNG of the first page at 150 dpi. The
 * file is written beside @path and renamed into place only when complete.
 * Nodes without a position are laid out first.
 */
gboolean
rt_map_export (RtMap       *self,
               const char  *path,
               RtMapPaper   paper,
               const char  *title,
               GError     **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface = NULL;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (RT_IS_MAP (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, RT_MAP_ERROR, RT_MAP_ERROR_UNKNOWN_FORMAT,
                   _("“%s” does not end in .png, .svg or .pdf"), path);
      return FALSE;
    }

  if (!rt_map_get_complete (self))
    rt_map_layout_now (self, 1, TRUE);

  rt_map_get_paper_size (paper, &width, &height);
  n_pages = rt_map_get_n_pages (self, width - 2 * PAGE_MARGIN, height - 2 * PAGE_MARGIN - PAGE_HEADER);
  tmp = g_strdup_printf ("%s.tmp-%u", path, (guint)g_random_int ());

  if (g_str_has_suffix (lower, ".pdf"))
    {
      surface = cairo_pdf_surface_create (tmp, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : _("Issue Map"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ronten " PACKAGE_VERSION);
      cr = cairo_create (surface);
      for (guint page = 0; page < n_pages; page++)
        {
          paint_sheet (self, cr, page, n_pages, width, height, title);
          cairo_show_page (cr);
        }
    }
  else if (g_str_has_suffix (lower, ".svg"))
    {
      surface = cairo_svg_surface_create (tmp, width, height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      cr = cairo_create (surface);
      paint_sheet (self, cr, 0, 1, width, height, title);
      cairo_show_page (cr);
    }
  else
    {
      double k = PNG_DPI / 72.0;

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)ceil (width * k), (int)ceil (height * k));
      cr = cairo_create (surface);
      cairo_scale (cr, k, k);
      paint_sheet (self, cr, 0, 1, width, height, title);
    }

  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, path, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}
