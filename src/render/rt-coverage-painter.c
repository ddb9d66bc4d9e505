/* rt-coverage-painter.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-coverage-painter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "rt-coverage-painter.h"

/* The coverage matrix as a heat map: points down the side, speakers or
 * meetings across the top, a count in each cell shaded by how often the
 * point was taken up. Cells nobody has filled are tinted and marked, since
 * they are what the committee is looking for. The screen and files share
 * this painter. */

#define DEFAULT_FONT_SIZE 13.0

typedef struct
{
  double font;
  double row_header;
  double column_header;
  double cell_width;
  double cell_height;
} Geometry;

void
rt_coverage_style_init_light (RtCoverageStyle *style)
{
  *style = (RtCoverageStyle) {
    .font_size = DEFAULT_FONT_SIZE,
    .foreground = { 0.13, 0.13, 0.15 },
    .background = { 1, 1, 1 },
    .accent = { 0.11, 0.44, 0.85 },
    .empty = { 0.99, 0.91, 0.86 },
  };
}

void
rt_coverage_style_init_dark (RtCoverageStyle *style)
{
  *style = (RtCoverageStyle) {
    .font_size = DEFAULT_FONT_SIZE,
    .foreground = { 0.92, 0.92, 0.93 },
    .background = { 0.14, 0.14, 0.15 },
    .accent = { 0.47, 0.68, 0.98 },
    .empty = { 0.36, 0.20, 0.16 },
  };
}

static PangoLayout *
new_layout (cairo_t    *cr,
            double      size,
            gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string ("Noto Sans CJK JP");

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  return layout;
}

/* The matrix at its natural size or, with a max_width, narrower: the
 * titles of the points give way first, then the columns, whose labels then
 * take two lines; never narrower than the compact size, where a label is
 * three or four characters. */
static void
geometry (const RtCoverage      *coverage,
          const RtCoverageStyle *style,
          Geometry              *g)
{
  double n_cells = coverage->n_columns + 1;
  double min_row_header, min_cell;

  g->font = style->font_size > 0 ? style->font_size : DEFAULT_FONT_SIZE;
  g->row_header = g->font * 18;
  g->column_header = g->font * 3.2;
  g->cell_width = g->font * 5.8;
  g->cell_height = g->font * 2.4;

  if (style->max_width <= 0 || g->row_header + n_cells * g->cell_width <= style->max_width)
    return;

  min_row_header = g->font * 10;
  min_cell = g->font * 3.4;
  g->row_header = MAX (min_row_header, style->max_width - n_cells * g->cell_width);
  if (g->row_header + n_cells * g->cell_width > style->max_width)
    g->cell_width = MAX (min_cell, (style->max_width - g->row_header) / n_cells);
  g->column_header = g->font * 4.4;
}

void
rt_coverage_measure (const RtCoverage      *coverage,
                     const RtCoverageStyle *style,
                     double                *width,
                     double                *height)
{
  Geometry g;

  g_return_if_fail (coverage != NULL && style != NULL);

  geometry (coverage, style, &g);
  /* One more column and row for the totals. */
  *width = g.row_header + (coverage->n_columns + 1) * g.cell_width;
  *height = g.column_header + (coverage->n_rows + 1) * g.cell_height;
}

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3],
         double        alpha)
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], alpha);
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       height,
           double       xalign)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* A centred layout already puts its lines in the middle of its width: the
   * logical rectangle's x says where, and is taken back before aligning. */
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_move_to (cr, x + (width - logical.width) * xalign - logical.x, y + (height - logical.height) / 2);
  pango_cairo_show_layout (cr, layout);
}

void
rt_coverage_paint (const RtCoverage      *coverage,
                   const RtCoverageStyle *style,
                   cairo_t               *cr)
{
  g_autoptr(GObject) header_layout = NULL;
  g_autoptr(GObject) cell_layout = NULL;
  guint max;
  Geometry g;
  double width, height;

  g_return_if_fail (coverage != NULL && style != NULL && cr != NULL);

  geometry (coverage, style, &g);
  rt_coverage_measure (coverage, style, &width, &height);
  max = MAX (1, rt_coverage_get_max (coverage));

  header_layout = G_OBJECT (new_layout (cr, g.font, TRUE));
  cell_layout = G_OBJECT (new_layout (cr, g.font, FALSE));

  set_rgb (cr, style->background, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  /* Column headers, then the totals column. */
  set_rgb (cr, style->foreground, 1);
  for (guint c = 0; c <= coverage->n_columns; c++)
    {
      const char *label = c < coverage->n_columns ? coverage->column_labels[c] : _("Total");

      /* Up to two lines: 「金尾委員長」 as 金尾委員 / 長 rather than 金尾…. */
      pango_layout_set_wrap (PANGO_LAYOUT (header_layout), PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (PANGO_LAYOUT (header_layout), PANGO_ALIGN_CENTER);
      pango_layout_set_height (PANGO_LAYOUT (header_layout), -2);
      show_text (cr, PANGO_LAYOUT (header_layout), label,
                 g.row_header + c * g.cell_width + 2, 0, g.cell_width - 4, g.column_header, 0.5);
    }
  pango_layout_set_height (PANGO_LAYOUT (header_layout), -1);
  pango_layout_set_alignment (PANGO_LAYOUT (header_layout), PANGO_ALIGN_LEFT);

  for (guint r = 0; r <= coverage->n_rows; r++)
    {
      double y = g.column_header + r * g.cell_height;
      g_autofree char *row_label = NULL;

      if (r < coverage->n_rows)
        /* TRANSLATORS: a discussion point and its title in the coverage matrix: 論点1 協働制度の見直し */
        row_label = g_strdup_printf (_("Point %d %s"), coverage->row_numbers[r], coverage->row_titles[r]);
      else
        row_label = g_strdup (_("Total"));

      set_rgb (cr, style->foreground, 1);
      show_text (cr, PANGO_LAYOUT (header_layout), row_label, 4, y, g.row_header - 8, g.cell_height, 0);

      for (guint c = 0; c <= coverage->n_columns; c++)
        {
          double x = g.row_header + c * g.cell_width;
          gboolean total = (r == coverage->n_rows || c == coverage->n_columns);
          guint value;
          g_autofree char *text = NULL;

          if (r == coverage->n_rows && c == coverage->n_columns)
            {
              value = 0;
              for (guint k = 0; k < coverage->n_rows; k++)
                value += coverage->row_totals[k];
            }
          else if (r == coverage->n_rows)
            value = coverage->column_totals[c];
          else if (c == coverage->n_columns)
            value = coverage->row_totals[r];
          else
            value = rt_coverage_get (coverage, r, c);

          if (!total && value == 0)
            {
              set_rgb (cr, style->empty, 1);
              cairo_rectangle (cr, x + 1, y + 1, g.cell_width - 2, g.cell_height - 2);
              cairo_fill (cr);
              set_rgb (cr, style->foreground, 0.35);
              show_text (cr, PANGO_LAYOUT (cell_layout), "—", x, y, g.cell_width, g.cell_height, 0.5);
              continue;
            }

          if (!total)
            {
              set_rgb (cr, style->accent, 0.15 + 0.75 * value / max);
              cairo_rectangle (cr, x + 1, y + 1, g.cell_width - 2, g.cell_height - 2);
              cairo_fill (cr);
            }

          text = g_strdup_printf ("%u", value);
          if (!total && value * 2 > max)
            set_rgb (cr, style->background, 1);
          else
            set_rgb (cr, style->foreground, total ? 0.7 : 1);
          show_text (cr, PANGO_LAYOUT (total ? header_layout : cell_layout), text,
                     x, y, g.cell_width, g.cell_height, 0.5);
        }
    }

  /* Thin rules between the headers and the cells, and before the totals. */
  set_rgb (cr, style->foreground, 0.3);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, g.column_header + 0.5);
  cairo_line_to (cr, width, g.column_header + 0.5);
  cairo_move_to (cr, 0, g.column_header + coverage->n_rows * g.cell_height + 0.5);
  cairo_line_to (cr, width, g.column_header + coverage->n_rows * g.cell_height + 0.5);
  cairo_move_to (cr, g.row_header - 0.5, 0);
  cairo_line_to (cr, g.row_header - 0.5, height);
  cairo_move_to (cr, g.row_header + coverage->n_columns * g.cell_width - 0.5, 0);
  cairo_line_to (cr, g.row_header + coverage->n_columns * g.cell_width - 0.5, height);
  cairo_stroke (cr);
}

/**
 * rt_coverage_cell_area:
 *
 * Gets where a cell is, in the painter's units.
 */
void
rt_coverage_cell_area (const RtCoverage      *coverage,
                       const RtCoverageStyle *style,
                       guint                  row,
                       guint                  column,
                       double                *x,
                       double                *y,
                       double                *width,
                       double                *height)
{
  Geometry g;

  g_return_if_fail (coverage != NULL && style != NULL);

  geometry (coverage, style, &g);
  *x = g.row_header + column * g.cell_width;
  *y = g.column_header + row * g.cell_height;
  *width = g.cell_width;
  *height = g.cell_height;
}

/**
 * rt_coverage_hit:
 *
 * Returns: whether (@x, @y), in the painter's units, lies on a cell, and which
 */
gboolean
rt_coverage_hit (const RtCoverage      *coverage,
                 const RtCoverageStyle *style,
                 double                 x,
                 double                 y,
                 guint                 *row,
                 guint                 *column)
{
  Geometry g;
  double c, r;

  g_return_val_if_fail (coverage != NULL && style != NULL, FALSE);

  geometry (coverage, style, &g);
  c = (x - g.row_header) / g.cell_width;
  r = (y - g.column_header) / g.cell_height;

  if (c < 0 || r < 0 || c >= coverage->n_columns || r >= coverage->n_rows)
    return FALSE;

  *row = (guint)r;
  *column = (guint)c;
  return TRUE;
}
