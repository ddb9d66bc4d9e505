/* rt-slide-painter.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-slide-painter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "rt-draw.h"
#include "rt-slide.h"

/* Slides are read from the back of a room on a washed-out projector: one
 * typeface, few sizes, strong contrast, cards as calm white (or dark) boxes
 * with a theme-coloured edge. Everything is measured from the base size, so
 * a slide looks the same at 1024×768 and 1920×1080, only larger. When cards
 * do not fit, the type shrinks down to a floor that still reads; below it
 * the oldest cards give way, so that what was just said is always shown. */

#define FONT "Noto Sans CJK JP"

typedef struct
{
  double bg[3], card[3], border[3], fg[3], muted[3], accent[3], fresh[3], panel[3];
} Palette;

static const Palette light = {
  .bg = { 0.965, 0.961, 0.941 },
  .card = { 1, 1, 1 },
  .border = { 0.78, 0.77, 0.74 },
  .fg = { 0.07, 0.07, 0.08 },
  .muted = { 0.33, 0.33, 0.35 },
  .accent = { 0.10, 0.37, 0.71 },
  .fresh = { 0.90, 0.38, 0.0 },
  .panel = { 0.93, 0.925, 0.90 },
};

static const Palette dark = {
  .bg = { 0.07, 0.07, 0.08 },
  .card = { 0.15, 0.15, 0.16 },
  .border = { 0.30, 0.30, 0.32 },
  .fg = { 0.97, 0.97, 0.96 },
  .muted = { 0.74, 0.74, 0.76 },
  .accent = { 0.47, 0.68, 0.93 },
  .fresh = { 1.0, 0.64, 0.28 },
  .panel = { 0.11, 0.11, 0.12 },
};

typedef struct
{
  cairo_t       *cr;
  const Palette *p;
  double         base;
  guint          page;      /* the page asked for */
  guint          n_pages;   /* how many the slide has at this size */
  GArray        *card_ids;  /* nullable: the cards painted */
} Ctx;

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

static PangoLayout *
text_layout (Ctx        *c,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (c->cr);
  PangoFontDescription *desc = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (desc, MAX (1.0, size) * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_text (layout, text ? text : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

/* Draws @text at (x, y) and returns its height. */
static double
draw_text (Ctx          *c,
           const char   *text,
           double        x,
           double        y,
           double        size,
           gboolean      bold,
           double        width,
           const double  rgb[3])
{
  g_autoptr(PangoLayout) layout = text_layout (c, text, size, bold, width);
  double h = layout_height (layout);

  set_rgb (c->cr, rgb);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);

  return h;
}

/* The kicker, title and subtitle; returns the y below them. */
static double
paint_header (Ctx     *c,
              RtSlide *slide,
              double   x,
              double   y,
              double   width)
{
  if (slide->kicker != NULL && slide->kicker[0] != '\0')
    y += draw_text (c, slide->kicker, x, y, c->base * 0.62, TRUE, width, c->p->accent) + c->base * 0.1;
  if (slide->title != NULL && slide->title[0] != '\0')
    y += draw_text (c, slide->title, x, y, c->base * 1.3, TRUE, width, c->p->fg);
  if (slide->subtitle != NULL && slide->subtitle[0] != '\0')
    y += c->base * 0.2 + draw_text (c, slide->subtitle, x, y + c->base * 0.2, c->base * 0.72, FALSE, width, c->p->muted);

  /* A short rule in the accent colour separates the title from the body. */
  y += c->base * 0.45;
  set_rgb (c->cr, c->p->accent);
  cairo_rectangle (c->cr, x, y, c->base * 2.4, MAX (2.0, c->base * 0.09));
  cairo_fill (c->cr);

  return y + c->base * 0.7;
}

static void
paint_centered_message (Ctx        *c,
                        const char *message,
                        double      x,
                        double      y,
                        double      w,
                        double      h)
{
  g_autoptr(PangoLayout) layout = text_layout (c, message, c->base * 0.8, FALSE, w * 0.8);
  double th = layout_height (layout);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  set_rgb (c->cr, c->p->muted);
  cairo_move_to (c->cr, x + w * 0.1, y + (h - th) / 2);
  pango_cairo_show_layout (c->cr, layout);
}

/* Cards */

typedef struct
{
  double font;
  double pad;
  double gap;
  double width;
} CardMetrics;

static void
card_metrics (CardMetrics *m,
              double       font,
              double       width)
{
  m->font = font;
  m->pad = font * 0.55;
  m->gap = font * 0.5;
  m->width = width;
}

static double
card_height (Ctx               *c,
             RtSlideCard       *card,
             const CardMetrics *m)
{
  double inner = m->width - 2 * m->pad - m->font * 0.2;
  g_autoptr(PangoLayout) text = text_layout (c, card->text, m->font, FALSE, inner);
  double h = 2 * m->pad + layout_height (text);

  if (card->speaker != NULL)
    {
      g_autoptr(PangoLayout) speaker = text_layout (c, card->speaker, m->font * 0.72, FALSE, inner);

      h += m->font * 0.25 + layout_height (speaker);
    }

  if (card->response != NULL)
    {
      g_autoptr(PangoLayout) response = text_layout (c, card->response, m->font * 0.8, FALSE, inner - m->font * 0.5);

      h += m->font * 0.5 + layout_height (response);
    }

  return h;
}

static void
paint_card (Ctx               *c,
            RtSlideCard       *card,
            const CardMetrics *m,
            double             x,
            double             y,
            double             h)
{
  cairo_t *cr = c->cr;
  double r = m->font * 0.3;
  double stripe = m->font * 0.2;
  double inner = m->width - 2 * m->pad - stripe;
  double ty;

  rt_draw_rounded_rect (cr, x, y, m->width, h, r);
  set_rgb (cr, c->p->card);
  cairo_fill_preserve (cr);
  set_rgb (cr, c->p->border);
  cairo_set_line_width (cr, MAX (1.0, m->font * 0.05));
  cairo_stroke (cr);

  /* The theme's colour, as a stripe on the left edge. */
  if (card->has_color)
    {
      cairo_save (cr);
      rt_draw_rounded_rect (cr, x, y, m->width, h, r);
      cairo_clip (cr);
      cairo_set_source_rgb (cr, card->color.red, card->color.green, card->color.blue);
      cairo_rectangle (cr, x, y, stripe, h);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  if (c->card_ids != NULL)
    g_array_append_val (c->card_ids, card->card_id);

  ty = y + m->pad;
  ty += draw_text (c, card->text, x + stripe + m->pad, ty, m->font, FALSE, inner, c->p->fg);
  if (card->speaker != NULL)
    ty += m->font * 0.25 + draw_text (c, card->speaker, x + stripe + m->pad, ty + m->font * 0.25,
                                      m->font * 0.72, FALSE, inner, c->p->muted);
  /* The answer, set off by a rule in the accent colour. */
  if (card->response != NULL)
    {
      double rx = x + stripe + m->pad;
      double rh;

      ty += m->font * 0.5;
      rh = draw_text (c, card->response, rx + m->font * 0.5, ty, m->font * 0.8, FALSE,
                      inner - m->font * 0.5, c->p->accent);
      cairo_rectangle (cr, rx, ty + m->font * 0.1, MAX (2.0, m->font * 0.12), rh - m->font * 0.2);
      set_rgb (cr, c->p->accent);
      cairo_fill (cr);
    }

  if (card->highlight > 0)
    {
      double lw = MAX (3.0, m->font * 0.16);

      rt_draw_rounded_rect (cr, x - lw / 2, y - lw / 2, m->width + lw, h + lw, r + lw / 2);
      cairo_set_source_rgba (cr, c->p->fresh[0], c->p->fresh[1], c->p->fresh[2], CLAMP (card->highlight, 0, 1));
      cairo_set_line_width (cr, lw);
      cairo_stroke (cr);
    }
}

/* Lays out @cards[first…] in @columns columns of the area, each card in the
 * shortest column, until one does not fit; with @paint FALSE only measures.
 * Returns how many were laid out; the first is, even if it does not fit. */
static guint
masonry (Ctx        *c,
         GPtrArray  *cards,
         guint       first,
         double      font,
         guint       columns,
         double      x,
         double      y,
         double      w,
         double      h,
         gboolean    paint)
{
  g_autofree double *bottom = g_new0 (double, columns);
  CardMetrics m;
  double gap = font * 0.5;
  guint i;

  card_metrics (&m, font, (w - gap * (columns - 1)) / columns);

  for (i = first; i < cards->len; i++)
    {
      RtSlideCard *card = g_ptr_array_index (cards, i);
      double ch = card_height (c, card, &m);
      guint col = 0;

      for (guint k = 1; k < columns; k++)
        if (bottom[k] < bottom[col] - 0.5)
          col = k;

      if (bottom[col] + ch > h + 0.5 && i > first)
        break;

      if (paint)
        paint_card (c, card, &m, x + col * (m.width + gap), y + bottom[col], ch);
      bottom[col] += ch + gap;
    }

  return i - first;
}

static guint
columns_for (double width,
             double font)
{
  return CLAMP ((guint)(width / (font * 12.5)), 1, 6);
}

/* "2 / 3 ▸" at the bottom right of the area: the slide goes on with → before
 * the next scene. */
static void
paint_page_indicator (Ctx    *c,
                      guint   page,
                      guint   n_pages,
                      double  x,
                      double  y,
                      double  w,
                      double  font)
{
  /* Translators: a page of a projected scene; → shows the next page. */
  g_autofree char *text = g_strdup_printf (page + 1 < n_pages ? _("%u / %u  → more") : _("%u / %u"),
                                           page + 1, n_pages);
  g_autoptr(PangoLayout) layout = text_layout (c, text, c->base * 0.55, TRUE, -1);
  int tw, th;

  pango_layout_get_pixel_size (layout, &tw, &th);
  set_rgb (c->cr, c->p->accent);
  cairo_move_to (c->cr, x + w - tw, y);
  pango_cairo_show_layout (c->cr, layout);
}

/* Paints the cards as large as they fit; when even the smallest size does
 * not hold them all, they go on several pages, in order, and the slide shows
 * page @c->page of them with the page and how many there are. */
static void
paint_cards (Ctx       *c,
             GPtrArray *cards,
             double     x,
             double     y,
             double     w,
             double     h)
{
  static const double scales[] = { 1.0, 0.9, 0.8, 0.72, 0.64, 0.57 };
  double font = c->base * scales[G_N_ELEMENTS (scales) - 1];
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint columns, page;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      double f = c->base * scales[i];

      if (masonry (c, cards, 0, f, columns_for (w, f), x, y, w, h, FALSE) == cards->len)
        {
          masonry (c, cards, 0, f, columns_for (w, f), x, y, w, h, TRUE);
          return;
        }
    }

  /* The floor: pages, each as many cards as fit above the page number. */
  columns = columns_for (w, font);
  h -= c->base * 1.0;
  for (guint start = 0; start < cards->len; )
    {
      g_array_append_val (starts, start);
      start += masonry (c, cards, start, font, columns, x, y, w, h, FALSE);
    }

  page = MIN (c->page, starts->len - 1);
  c->n_pages = MAX (c->n_pages, starts->len);
  masonry (c, cards, g_array_index (starts, guint, page), font, columns, x, y, w, h, TRUE);
  paint_page_indicator (c, page, starts->len, x, y + h + c->base * 0.2, w, font);
}

/* Themes of a label side by side: a heading per column, its cards below,
 * on as many pages as the fullest column needs at @font. Paints page
 * @c->page if @paint; returns the number of pages. */
static guint
paint_groups_at (Ctx      *c,
                 RtSlide  *slide,
                 double    font,
                 double    x,
                 double    y,
                 double    w,
                 double    h,
                 gboolean  paint)
{
  guint n = slide->groups->len;
  double gap = font * 0.7;
  double col_w = (w - gap * (n - 1)) / n;
  double bottom = y + h - c->base * 1.0;
  guint n_pages = 1;
  CardMetrics m;

  card_metrics (&m, font, col_w);

  for (guint g = 0; g < n; g++)
    {
      RtSlideGroup *group = g_ptr_array_index (slide->groups, g);
      double cx = x + g * (col_w + gap), top = y;
      g_autoptr(PangoLayout) heading = text_layout (c, group->title, font * 0.9, TRUE, col_w);
      double hh = layout_height (heading);
      guint page = 0;
      double cy;

      if (paint)
        {
          cairo_set_source_rgb (c->cr, group->color.red, group->color.green, group->color.blue);
          cairo_rectangle (c->cr, cx, top, col_w, MAX (3.0, font * 0.18));
          cairo_fill (c->cr);
          set_rgb (c->cr, c->p->fg);
          cairo_move_to (c->cr, cx, top + font * 0.35);
          pango_cairo_show_layout (c->cr, heading);
        }
      top += font * 0.35 + hh + font * 0.45;
      cy = top;

      for (guint i = 0; i < slide->cards->len; i++)
        {
          RtSlideCard *card = g_ptr_array_index (slide->cards, i);
          double ch;

          if (card->group != (int)g)
            continue;
          ch = card_height (c, card, &m);
          /* The column goes on on the next page. */
          if (cy + ch > bottom && cy > top)
            {
              page++;
              cy = top;
            }
          if (paint && page == c->page)
            paint_card (c, card, &m, cx, cy, ch);
          cy += ch + font * 0.45;
        }

      n_pages = MAX (n_pages, page + 1);
    }

  return n_pages;
}

static void
paint_groups (Ctx     *c,
              RtSlide *slide,
              double   x,
              double   y,
              double   w,
              double   h)
{
  static const double scales[] = { 0.9, 0.8, 0.72, 0.64, 0.57, 0.5 };
  double font = c->base * scales[G_N_ELEMENTS (scales) - 1];
  guint n_pages;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    if (paint_groups_at (c, slide, c->base * scales[i], x, y, w, h, FALSE) == 1)
      {
        font = c->base * scales[i];
        break;
      }

  n_pages = paint_groups_at (c, slide, font, x, y, w, h, FALSE);
  c->page = MIN (c->page, n_pages - 1);
  c->n_pages = MAX (c->n_pages, n_pages);
  paint_groups_at (c, slide, font, x, y, w, h, TRUE);
  if (n_pages > 1)
    paint_page_indicator (c, c->page, n_pages, x, y + h - c->base * 0.8, w, font);
}

/* Points */

static void
status_colour (RtPointStatus status,
               const Palette *p,
               double        rgb[3])
{
  static const double discussing[3] = { 0.90, 0.47, 0.0 };
  static const double converged[3] = { 0.15, 0.55, 0.25 };
  static const double parallel[3] = { 0.45, 0.30, 0.65 };
  static const double undiscussed[3] = { 0.36, 0.39, 0.45 };
  const double *src = undiscussed;

  if (status == RT_POINT_STATUS_DISCUSSING)
    src = discussing;
  else if (status == RT_POINT_STATUS_CONVERGED)
    src = converged;
  else if (status == RT_POINT_STATUS_PARALLEL)
    src = parallel;
  memcpy (rgb, src, sizeof (double) * 3);
}

/* The widest status badge at @font. */
static double
badge_width (Ctx    *c,
             double  font)
{
  double width = 0;

  for (int s = RT_POINT_STATUS_UNDISCUSSED; s <= RT_POINT_STATUS_PARALLEL; s++)
    {
      g_autoptr(PangoLayout) layout = text_layout (c, rt_point_status_to_label (s), font, TRUE, -1);
      int tw, th;

      pango_layout_get_pixel_size (layout, &tw, &th);
      width = MAX (width, tw + 2 * font * 0.55);
    }

  return width;
}

/* A status as a filled badge, white on its colour, read from the back of
 * the room; @x is its left edge, or its right edge if @right. Returns its
 * width. */
static double
paint_badge (Ctx           *c,
             RtPointStatus  status,
             double         x,
             double         y,
             double         font,
             gboolean       right)
{
  g_autoptr(PangoLayout) layout = text_layout (c, rt_point_status_to_label (status), font, TRUE, -1);
  int tw, th;
  double rgb[3], pad = font * 0.55, bw;

  pango_layout_get_pixel_size (layout, &tw, &th);
  bw = tw + 2 * pad;
  if (right)
    x -= bw;
  status_colour (status, c->p, rgb);
  rt_draw_rounded_rect (c->cr, x, y, bw, th + pad * 0.5, (th + pad * 0.5) / 2);
  set_rgb (c->cr, rgb);
  cairo_fill (c->cr);
  cairo_set_source_rgb (c->cr, 1, 1, 1);
  cairo_move_to (c->cr, x + pad, y + pad * 0.25);
  pango_cairo_show_layout (c->cr, layout);

  return bw;
}

static void
paint_point (Ctx     *c,
             RtSlide *slide,
             double   x,
             double   y,
             double   w,
             double   h)
{
  double left_w = w * 0.4, gap = c->base * 1.0;
  double rx = x + left_w + gap, rw = w - left_w - gap;
  double ly = y, font = c->base * 0.8;
  g_autofree char *opinions = NULL;

  cairo_save (c->cr);
  cairo_rectangle (c->cr, x, y, left_w, h);
  cairo_clip (c->cr);

  ly += draw_text (c, _("Committee direction"), x, ly, c->base * 0.62, TRUE, left_w, c->p->accent) + c->base * 0.3;

  if (slide->directions->len == 0)
    ly += draw_text (c, _("Not yet recorded"), x, ly, font, FALSE, left_w, c->p->muted) + c->base * 0.5;

  for (guint i = 0; i < slide->directions->len; i++)
    {
      const char *text = g_ptr_array_index (slide->directions, i);
      g_autoptr(PangoLayout) layout = text_layout (c, text, font, TRUE, left_w - font * 1.4);
      double th = layout_height (layout);

      set_rgb (c->cr, c->p->accent);
      cairo_rectangle (c->cr, x, ly, MAX (3.0, font * 0.2), th + font * 0.6);
      cairo_fill (c->cr);
      rt_draw_rounded_rect (c->cr, x + font * 0.2, ly, left_w - font * 0.2, th + font * 0.6, font * 0.2);
      set_rgb (c->cr, c->p->card);
      cairo_fill (c->cr);
      set_rgb (c->cr, c->p->fg);
      cairo_move_to (c->cr, x + font * 0.8, ly + font * 0.3);
      pango_cairo_show_layout (c->cr, layout);
      ly += th + font * 0.6 + c->base * 0.35;
    }

  if (slide->proposals->len > 0)
    {
      ly += c->base * 0.4;
      ly += draw_text (c, _("Local proposals"), x, ly, c->base * 0.55, TRUE, left_w, c->p->muted) + c->base * 0.2;
      for (guint i = 0; i < slide->proposals->len && ly < y + h; i++)
        {
          g_autofree char *line = g_strconcat ("・", (char *)g_ptr_array_index (slide->proposals, i), NULL);

          ly += draw_text (c, line, x, ly, c->base * 0.55, FALSE, left_w, c->p->muted) + c->base * 0.12;
        }
    }
  cairo_restore (c->cr);

  paint_badge (c, slide->status, x + w, y - c->base * 0.35, c->base * 0.7, TRUE);

  /* Translators: the heading of the opinions linked to a point, with their count. */
  opinions = g_strdup_printf (_("Opinions (%u)"), slide->cards->len);
  draw_text (c, opinions, rx, y, c->base * 0.62, TRUE, rw * 0.6, c->p->accent);

  if (slide->cards->len == 0)
    draw_text (c, _("No opinions linked yet"), rx, y + c->base * 1.2, font, FALSE, rw, c->p->muted);
  else
    paint_cards (c, slide->cards, rx, y + c->base * 1.2, rw, h - c->base * 1.2);
}

/* The point table */

static gboolean
paint_table_at (Ctx      *c,
                RtSlide  *slide,
                double    font,
                double    x,
                double    y,
                double    w,
                double    h,
                gboolean  paint)
{
  double pad = font * 0.35;
  double c_num = font * 2.6, c_status = badge_width (c, font * 0.85) + font, c_count = font * 4.4;
  double c_title = (w - c_num - c_status - c_count) * 0.45;
  double c_dir = w - c_num - c_status - c_count - c_title;
  double cols[5] = { c_num, c_title, c_status, c_count, c_dir };
  const char *headings[5] = { _("No."), _("Point"), _("Status"), _("Opinions"), _("Committee direction") };
  double cy = y, cx;

  /* The heading row. */
  cx = x;
  for (guint k = 0; k < 5; k++)
    {
      if (paint)
        draw_text (c, headings[k], cx + pad, cy, font * 0.7, TRUE, cols[k] - 2 * pad, c->p->muted);
      cx += cols[k];
    }
  cy += font * 1.3;
  if (paint)
    {
      set_rgb (c->cr, c->p->fg);
      cairo_rectangle (c->cr, x, cy - font * 0.15, w, MAX (1.5, font * 0.08));
      cairo_fill (c->cr);
    }

  for (guint i = 0; i < slide->rows->len; i++)
    {
      RtSlideRow *row = g_ptr_array_index (slide->rows, i);
      g_autofree char *number = g_strdup_printf ("%d", row->number);
      g_autofree char *count = g_strdup_printf ("%u", row->n_opinions);
      const char *texts[5] = { number, row->title, rt_point_status_to_label (row->status), count,
                               row->directions[0] ? row->directions : "—" };
      double rh = 0;

      for (guint k = 0; k < 5; k++)
        {
          g_autoptr(PangoLayout) layout = text_layout (c, texts[k], k == 2 ? font * 0.85 : font, k <= 1, cols[k] - 2 * pad);

          rh = MAX (rh, layout_height (layout) + (k == 2 ? font * 0.45 : 0));
        }
      rh += 2 * pad;

      if (cy + rh > y + h + 0.5)
        return FALSE;

      if (paint)
        {
          if (i % 2 == 1)
            {
              set_rgb (c->cr, c->p->panel);
              cairo_rectangle (c->cr, x, cy, w, rh);
              cairo_fill (c->cr);
            }
          cx = x;
          for (guint k = 0; k < 5; k++)
            {
              const double *colour = k == 4 && !row->directions[0] ? c->p->muted : c->p->fg;

              if (k == 2)
                paint_badge (c, row->status, cx + pad, cy + pad, font * 0.85, FALSE);
              else
                draw_text (c, texts[k], cx + pad, cy + pad, font, k <= 1, cols[k] - 2 * pad, colour);
              cx += cols[k];
            }
        }
      cy += rh;
    }

  return TRUE;
}

static void
paint_table (Ctx     *c,
             RtSlide *slide,
             double   x,
             double   y,
             double   w,
             double   h)
{
  double font = c->base * 0.45;

  for (double s = 0.9; s >= 0.45; s -= 0.05)
    if (paint_table_at (c, slide, c->base * s, x, y, w, h, FALSE))
      {
        font = c->base * s;
        break;
      }

  paint_table_at (c, slide, font, x, y, w, h, TRUE);
}

/* Text */

static void
paint_text (Ctx        *c,
            const char *text,
            double      x,
            double      y,
            double      w,
            double      h)
{
  double font = c->base * 0.5;

  for (double s = 1.35; s >= 0.5; s -= 0.05)
    {
      g_autoptr(PangoLayout) layout = text_layout (c, text, c->base * s, FALSE, w);

      pango_layout_set_spacing (layout, (int)(c->base * s * 0.55 * PANGO_SCALE));
      if (layout_height (layout) <= h)
        {
          font = c->base * s;
          break;
        }
    }

  {
    g_autoptr(PangoLayout) layout = text_layout (c, text, font, FALSE, w);

    pango_layout_set_spacing (layout, (int)(font * 0.55 * PANGO_SCALE));
    set_rgb (c->cr, c->p->fg);
    cairo_move_to (c->cr, x, y);
    pango_cairo_show_layout (c->cr, layout);
  }
}

/* The map */

/* A map slide gives the map all it can: the kicker, title and committee
 * on one line at the top, the map below, edge to edge. The map's panel is
 * white on a dark slide too: its colours are made for paper. Its text is
 * never smaller than the room's readable size; a map too large for it folds
 * its themes (see rt_map_paint()). A map of one point or theme is arranged
 * in columns for the frame's shape, and not blown up past twice that size. */
static void
paint_map_slide (Ctx     *c,
                 RtSlide *slide,
                 double   width,
                 double   height)
{
  /* The room's smallest readable text, larger with the projector-scale
   * setting, as the rest of the slide is. */
  double margin = MAX (12.0, c->base * 0.6);
  double min_text = rt_slide_min_text_for_height (height) * c->base / rt_slide_base_size_for_height (height, 1.0);
  double line = c->base * 0.8, x = margin, y = margin, w = width - 2 * margin, h, pad;
  RtMapViewport viewport = { 0 };
  RtMapRect bounds, area;
  g_autofree char *heading = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  int fw, fh, tw, th;

  /* The committee on the right, the kicker and title on the left. */
  footer = text_layout (c, slide->footer, c->base * 0.5, FALSE, -1);
  pango_layout_get_pixel_size (footer, &fw, &fh);
  if (slide->kicker != NULL && slide->kicker[0] != '\0')
    heading = g_markup_printf_escaped ("<span foreground=\"#%02x%02x%02x\">%s</span>　%s",
                                       (int)(c->p->accent[0] * 255), (int)(c->p->accent[1] * 255),
                                       (int)(c->p->accent[2] * 255), slide->kicker, slide->title ? slide->title : "");
  else
    heading = g_markup_escape_text (slide->title ? slide->title : "", -1);
  title = text_layout (c, "", line, TRUE, MAX (w - fw - c->base, w * 0.5));
  pango_layout_set_markup (title, heading, -1);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (title, -1);
  pango_layout_get_pixel_size (title, &tw, &th);
  set_rgb (c->cr, c->p->fg);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, title);
  set_rgb (c->cr, c->p->muted);
  cairo_move_to (c->cr, x + w - fw, y + th - fh);
  pango_cairo_show_layout (c->cr, footer);

  y += th + margin * 0.6;
  h = height - y - margin;
  if (h <= 0)
    return;

  rt_draw_rounded_rect (c->cr, x, y, w, h, c->base * 0.3);
  cairo_set_source_rgb (c->cr, 1, 1, 1);
  cairo_fill (c->cr);
  slide->map_area = (RtMapRect) { x, y, w, h };

  if (slide->map == NULL || rt_map_get_n_nodes (slide->map) == 0)
    {
      Ctx paper = *c;

      paper.p = &light;
      paint_centered_message (&paper, _("The issue map is empty"), x, y, w, h);
      return;
    }

  if (slide->map_arranged && fabs (slide->map_aspect - w / h) > 1e-3)
    {
      rt_map_arrange_structured (slide->map, w / h);
      slide->map_aspect = w / h;
    }

  pad = min_text * 0.6;
  area = (RtMapRect) { pad, pad, w - 2 * pad, h - 2 * pad };
  rt_map_get_bounds (slide->map, &bounds);
  rt_map_fit_rect (slide->map, &viewport, &area, &bounds);
  if (viewport.scale * RT_MAP_TEXT_SIZE > 2 * min_text)
    {
      viewport.scale = 2 * min_text / RT_MAP_TEXT_SIZE;
      viewport.x = bounds.x + bounds.width / 2 - w / 2 / viewport.scale;
      viewport.y = bounds.y + bounds.height / 2 - h / 2 / viewport.scale;
    }
  viewport.width = w;
  viewport.height = h;
  viewport.min_text = min_text;

  cairo_save (c->cr);
  rt_draw_rounded_rect (c->cr, x, y, w, h, c->base * 0.3);
  cairo_clip (c->cr);
  cairo_translate (c->cr, x, y);
  rt_map_paint (slide->map, c->cr, &viewport);
  cairo_restore (c->cr);
}

/**
 * rt_slide_paint:
 *
 * Paints the first page of @slide over the whole of (0, 0, @width, @height).
 */
void
rt_slide_paint (RtSlide            *slide,
                const RtSlideStyle *style,
                cairo_t            *cr,
                double              width,
                double              height)
{
  rt_slide_paint_page (slide, style, 0, cr, width, height, NULL);
}

/**
 * rt_slide_paint_page:
 * @page: the page to paint; past the last, the last
 * @info: (out caller-allocates) (nullable): receives how many pages the
 *   slide has at this size, and in @info->card_ids, if not %NULL, the ids
 *   of the cards painted
 *
 * Paints page @page of @slide over the whole of (0, 0, @width, @height).
 * A slide whose cards do not fit at the smallest size that reads from the
 * back of a room has several pages.
 */
void
rt_slide_paint_page (RtSlide            *slide,
                     const RtSlideStyle *style,
                     guint               page,
                     cairo_t            *cr,
                     double              width,
                     double              height,
                     RtSlidePaintInfo   *info)
{
  Ctx c = { .cr = cr, .p = style->dark ? &dark : &light, .page = page, .n_pages = 1,
            .card_ids = info != NULL ? info->card_ids : NULL };
  double margin, x, y, w, h, footer;

  g_return_if_fail (style != NULL);
  g_return_if_fail (cr != NULL);

  if (info != NULL)
    info->n_pages = 1;

  cairo_save (cr);

  if (style->black || slide == NULL)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
      return;
    }

  c.base = style->base_size > 0 ? style->base_size : rt_slide_base_size_for_height (height, 1.0);
  margin = MIN (c.base * 1.6, width * 0.06);

  set_rgb (cr, c.p->bg);
  cairo_paint (cr);

  if (slide->kind == RT_SLIDE_MAP)
    {
      paint_map_slide (&c, slide, width, height);
      cairo_restore (cr);
      return;
    }

  x = margin;
  w = width - 2 * margin;
  y = paint_header (&c, slide, x, margin * 0.8, w);

  /* The committee, small, at the bottom left. */
  footer = c.base * 0.45;
  if (slide->footer != NULL && slide->footer[0] != '\0')
    draw_text (&c, slide->footer, x, height - margin * 0.5 - footer * 1.4, footer, FALSE, w, c.p->muted);

  h = height - y - margin * 0.5 - footer * 2.2;
  if (h <= 0)
    {
      cairo_restore (cr);
      return;
    }

  switch (slide->kind)
    {
    case RT_SLIDE_CARDS:
      if (slide->cards->len == 0)
        paint_centered_message (&c, slide->empty, x, y, w, h);
      else
        paint_cards (&c, slide->cards, x, y, w, h);
      break;

    case RT_SLIDE_GROUPS:
      if (slide->groups->len == 0)
        paint_centered_message (&c, slide->empty, x, y, w, h);
      else
        paint_groups (&c, slide, x, y, w, h);
      break;

    case RT_SLIDE_POINT:
      paint_point (&c, slide, x, y, w, h);
      break;

    case RT_SLIDE_TABLE:
      paint_table (&c, slide, x, y, w, h);
      break;

    case RT_SLIDE_TEXT:
      paint_text (&c, slide->text, x, y, w, h);
      break;

    case RT_SLIDE_MAP:      /* painted above */
    case RT_SLIDE_MISSING:
    default:
      paint_centered_message (&c, slide->empty, x, y, w, h);
      break;
    }

  if (info != NULL)
    info->n_pages = c.n_pages;
  cairo_restore (cr);
}
