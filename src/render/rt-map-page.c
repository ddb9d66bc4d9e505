/* rt-map-page.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-page"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <math.h>

#include "rt-map-private.h"

/* The map on paper and in files. A map that fits its page with its text at
 * the paper's smallest readable size is one page. A larger one is an
 * overview page, folded, showing how it is cut, then the tiles it announces,
 * each at the readable size, with the numbers of its neighbours at its
 * edges. The handouts, the PDF, SVG and PNG export and printing all paint
 * through rt_map_paint_page(). */

#define PNG_DPI      150.0
#define TILE_OVERLAP 0.06   /* of a tile, shown again on the next */

typedef struct
{
  RtMapRect bounds;     /* the map, with a margin, in map units */
  double    min_text;   /* points */
  double    area_h;     /* the height above the legend, in points */
  double    legend_h;
  double    fit;        /* the overview's scale */
  double    scale;      /* the tiles' scale */
  double    band_x;     /* room for the neighbours' numbers, in points */
  double    band_y;
  double    tw;         /* a tile's content, in map units */
  double    th;
  double    step_x;
  double    step_y;
  double    ox;
  double    oy;
  guint     cols;
  guint     rows;
  GArray   *tiles;      /* Tile: each tile printed, in order */
} Pages;

typedef struct
{
  RtMapRect rect;       /* map units */
  int       col;        /* in the grid, or -1 for a tile of its own */
  int       row;
} Tile;

static void
pages_clear (Pages *p)
{
  g_clear_pointer (&p->tiles, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Pages, pages_clear)

static gboolean
inside (const RtMapRect *r,
        const RtMapRect *t)
{
  return r->x >= t->x - 1e-6 && r->y >= t->y - 1e-6 &&
         r->x + r->width <= t->x + t->width + 1e-6 && r->y + r->height <= t->y + t->height + 1e-6;
}

static void
grid_rect (const Pages *p,
           guint        col,
           guint        row,
           RtMapRect   *rect)
{
  *rect = (RtMapRect) { p->ox + col * p->step_x, p->oy + row * p->step_y, p->tw, p->th };
}

/* How a map is cut into pages of @width × @height points. */
static void
pages_compute (RtMap  *self,
               double  width,
               double  height,
               Pages  *p)
{
  g_autoptr(GArray) units = NULL;
  double need, span_x, span_y;

  *p = (Pages) { { 0 } };
  p->tiles = g_array_new (FALSE, FALSE, sizeof (Tile));
  p->min_text = self->print_min_text;
  p->legend_h = p->min_text * 2.4;
  p->area_h = MAX (height - p->legend_h - 6, 1);

  rt_map_get_bounds (self, &p->bounds);
  p->bounds.x -= 4;
  p->bounds.y -= 4;
  p->bounds.width += 8;
  p->bounds.height += 8;

  p->fit = MIN (width / p->bounds.width, p->area_h / p->bounds.height);
  need = p->min_text / RT_MAP_TEXT_SIZE;
  /* One page when the map's text is readable on it, or when, folded, it
   * still shows the words of every opinion. */
  if (p->fit >= need - 1e-9 || _rt_map_fold_shows_all (self, p->min_text / p->fit))
    {
      p->cols = p->rows = 1;
      p->scale = p->fit;
      return;
    }

  /* Tiles at the readable size, a little of each shown again on the next,
   * with room at their edges for their neighbours' numbers. */
  p->scale = need;
  p->band_x = p->min_text * 6.4;
  p->band_y = p->min_text * 2.2;
  p->tw = MAX (width - 2 * p->band_x, 1) / need;
  p->th = MAX (p->area_h - 2 * p->band_y, 1) / need;
  /* What a tile must show whole: each box, or, of a block larger than a
   * tile, each of its cards. */
  units = g_array_new (FALSE, FALSE, sizeof (RtMapRect));
  for (guint i = 0; i < rt_map_get_n_nodes (self); i++)
    {
      RtMapRect r;

      if (!rt_map_get_node_visible (self, i) || rt_map_get_node_parent (self, i) >= 0)
        continue;
      rt_map_get_node_extent (self, i, &r);
      if (r.width <= p->tw && r.height <= p->th)
        {
          g_array_append_val (units, r);
          continue;
        }
      for (guint j = 0; j < rt_map_get_n_nodes (self); j++)
        {
          const RtMapNode *c = RT_MAP_NODE (self, j);

          if (c->parent != (int)i || !rt_map_get_node_visible (self, j))
            continue;
          r = (RtMapRect) { c->x - c->hw, c->y - c->hh, 2 * c->hw, 2 * c->hh };
          g_array_append_val (units, r);
        }
    }

  /* Neighbouring tiles share a strip as wide as the largest of them, so
   * that each lies whole on some tile (up to a quarter of a tile). */
  {
    double wide = 0, high = 0;

    for (guint k = 0; k < units->len; k++)
      {
        const RtMapRect *r = &g_array_index (units, RtMapRect, k);

        wide = MAX (wide, r->width);
        high = MAX (high, r->height);
      }
    p->step_x = p->tw - CLAMP (wide + RT_MAP_SPACE, p->tw * TILE_OVERLAP, p->tw * 0.25);
    p->step_y = p->th - CLAMP (high + RT_MAP_SPACE, p->th * TILE_OVERLAP, p->th * 0.25);
  }
  p->cols = p->bounds.width <= p->tw ? 1 : (guint)ceil ((p->bounds.width - p->tw) / p->step_x - 1e-9) + 1;
  p->rows = p->bounds.height <= p->th ? 1 : (guint)ceil ((p->bounds.height - p->th) / p->step_y - 1e-9) + 1;
  span_x = p->step_x * (p->cols - 1) + p->tw;
  span_y = p->step_y * (p->rows - 1) + p->th;
  p->ox = p->bounds.x + p->bounds.width / 2 - span_x / 2;
  p->oy = p->bounds.y + p->bounds.height / 2 - span_y / 2;

  /* Only the tiles that show something whole are printed, and announced;
   * what no grid tile holds whole gets a tile of its own, centred on it. */
  {
    g_autofree gboolean *covered = g_new0 (gboolean, units->len + 1);

    /* A grid tile is printed when it shows whole something that no tile
     * printed before it shows whole. */
    for (guint row = 0; row < p->rows; row++)
      for (guint col = 0; col < p->cols; col++)
        {
          Tile tile = { { 0 }, col, row };
          gboolean news = FALSE;

          grid_rect (p, col, row, &tile.rect);
          for (guint k = 0; k < units->len && !news; k++)
            if (!covered[k] && inside (&g_array_index (units, RtMapRect, k), &tile.rect))
              news = TRUE;
          if (!news)
            continue;
          for (guint k = 0; k < units->len; k++)
            if (inside (&g_array_index (units, RtMapRect, k), &tile.rect))
              covered[k] = TRUE;
          g_array_append_val (p->tiles, tile);
        }

    for (guint k = 0; k < units->len; k++)
      {
        const RtMapRect *r = &g_array_index (units, RtMapRect, k);
        Tile tile = { { 0 }, -1, -1 };

        if (covered[k] || r->width > p->tw || r->height > p->th)
          continue;
        tile.rect = (RtMapRect) { r->x + r->width / 2 - p->tw / 2, r->y + r->height / 2 - p->th / 2, p->tw, p->th };
        g_array_append_val (p->tiles, tile);
        /* It may hold others no grid tile held. */
        for (guint j = k; j < units->len; j++)
          if (inside (&g_array_index (units, RtMapRect, j), &tile.rect))
            covered[j] = TRUE;
      }
  }
}

/* A tile is known by the page it is printed on: the overview is the first,
 * the tiles follow it. */
static int
tile_number (const Pages *p,
             int          col,
             int          row)
{
  if (col < 0 || row < 0)
    return 0;
  for (guint k = 0; k < p->tiles->len; k++)
    {
      const Tile *t = &g_array_index (p->tiles, Tile, k);

      if (t->col == col && t->row == row)
        return k + 2;
    }
  return 0;
}

/**
 * rt_map_get_n_pages:
 * @width: the width of the page's map area, in points
 * @height: its height
 *
 * Returns: how many pages rt_map_paint_page() paints for this size: 1 when
 *   the map fits with its text at the smallest readable size (see
 *   rt_map_set_min_text_size()), otherwise an overview and the tiles
 */
guint
rt_map_get_n_pages (RtMap  *self,
                    double  width,
                    double  height)
{
  g_auto(Pages) p = { { 0 } };

  g_return_val_if_fail (RT_IS_MAP (self), 0);

  pages_compute (self, width, height, &p);

  return p.cols * p.rows == 1 ? 1 : 1 + p.tiles->len;
}

static void
paint_note (RtMap       *self,
            cairo_t     *cr,
            const char  *text,
            double       x,
            double       y,
            double       size,
            double       align)
{
  g_autoptr(PangoLayout) layout = _rt_map_make_layout (self, "", size, TRUE, -1, 1);
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x - align * logical.width / (double)PANGO_SCALE, y);
  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  pango_cairo_show_layout (cr, layout);
  if (_rt_map_reporting (self))
    _rt_map_report_text (self, cr, x - align * logical.width / (double)PANGO_SCALE, y,
                         logical.width / (double)PANGO_SCALE, logical.height / (double)PANGO_SCALE,
                         size, -1, FALSE);
}

/**
 * rt_map_set_min_text_size:
 * @points: the smallest text a page of this map may show
 *
 * 7 pt on A3 and 6.5 pt on A4 read at arm's length (the default is 6.5).
 */

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
 * caller's.
 */
void
rt_map_paint_page (RtMap   *self,
                   cairo_t *cr,
                   guint    page,
                   double   width,
                   double   height)
{
  g_auto(Pages) p = { { 0 } };
  RtMapViewport viewport = { 0 };
  g_autofree char *label = NULL;
  gboolean tiled;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (cr != NULL);

  pages_compute (self, width, height, &p);
  tiled = p.cols * p.rows > 1;
  viewport.min_text = p.min_text;
  viewport.width = width;
  viewport.height = p.area_h;

  cairo_save (cr);
  self->printing = TRUE;

  if (page == 0 || !tiled || page > p.tiles->len)
    {
      RtMapRect area = { 0, 0, width, p.area_h };

      rt_map_fit_rect (self, &viewport, &area, &p.bounds);
      /* A small map (of one point, say) is not blown up past twice the
       * readable size: the page shows it as a page of text would. */
      if (viewport.scale * RT_MAP_TEXT_SIZE > 2 * p.min_text)
        {
          viewport.scale = 2 * p.min_text / RT_MAP_TEXT_SIZE;
          viewport.x = p.bounds.x + p.bounds.width / 2 - width / 2 / viewport.scale;
          viewport.y = p.bounds.y - 0.0;
        }
      cairo_rectangle (cr, 0, 0, width, p.area_h);
      cairo_clip (cr);
      rt_map_paint (self, cr, &viewport);

      /* How the tiles that follow cut the map, each with its page's number. */
      for (guint k = 0; tiled && k < p.tiles->len; k++)
        {
          RtMapRect r;
          g_autofree char *number = g_strdup_printf (C_("handout", "%uページ"), k + 2);
          double x, y, w, h;
          const double dash[] = { 4, 3 };

          r = g_array_index (p.tiles, Tile, k).rect;
          x = (r.x - viewport.x) * viewport.scale;
          y = (r.y - viewport.y) * viewport.scale;
          w = r.width * viewport.scale;
          h = r.height * viewport.scale;
          cairo_set_source_rgba (cr, 0.37, 0.36, 0.39, 0.8);
          cairo_set_line_width (cr, 0.75);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_rectangle (cr, x, y, w, h);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          {
            RtMapReport *report = self->report;

            /* The numbers are marks on the sheet, not part of the map. */
            self->report = NULL;
            paint_note (self, cr, number, x + 3, y + 2, p.min_text * 1.4, 0);
            self->report = report;
          }
        }
      if (tiled)
        /* TRANSLATORS: on the overview of a map printed over several pages */
        label = g_strdup_printf (C_("handout", "全体図（続く%u〜%uページに分割）"), 2, p.tiles->len + 1);
    }
  else
    {
      const Tile *tile = &g_array_index (p.tiles, Tile, page - 1);
      int col = tile->col, row = tile->row, n;
      RtMapRect r = tile->rect;
      double cw = width - 2 * p.band_x, ch = p.area_h - 2 * p.band_y;

      viewport.scale = p.scale;
      viewport.x = r.x - p.band_x / p.scale;
      viewport.y = r.y - p.band_y / p.scale;

      cairo_save (cr);
      cairo_rectangle (cr, p.band_x, p.band_y, cw, ch);
      cairo_clip (cr);
      self->whole_only = &r;
      rt_map_paint (self, cr, &viewport);
      self->whole_only = NULL;
      cairo_restore (cr);

      cairo_set_source_rgba (cr, 0.37, 0.36, 0.39, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, p.band_x, p.band_y, cw, ch);
      cairo_stroke (cr);

      /* The neighbours, where they join. */
      if ((n = tile_number (&p, col, row - 1)) > 0)
        {
          g_autofree char *text = g_strdup_printf (C_("handout", "↑ %dページ"), n);

          paint_note (self, cr, text, width / 2, p.band_y - p.min_text * 1.7, p.min_text, 0.5);
        }
      if ((n = tile_number (&p, col, row + 1)) > 0)
        {
          g_autofree char *text = g_strdup_printf (C_("handout", "↓ %dページ"), n);

          paint_note (self, cr, text, width / 2, p.band_y + ch + p.min_text * 0.3, p.min_text, 0.5);
        }
      if ((n = tile_number (&p, col - 1, row)) > 0)
        {
          g_autofree char *text = g_strdup_printf (C_("handout", "← %dページ"), n);

          paint_note (self, cr, text, p.band_x - p.min_text * 0.4, p.band_y + ch / 2, p.min_text, 1);
        }
      if ((n = tile_number (&p, col + 1, row)) > 0)
        {
          g_autofree char *text = g_strdup_printf (C_("handout", "%dページ →"), n);

          paint_note (self, cr, text, width - p.band_x + p.min_text * 0.4, p.band_y + ch / 2, p.min_text, 0);
        }

      if (col >= 0)
        /* TRANSLATORS: which tile of a map cut over several pages */
        label = g_strdup_printf (C_("handout", "全体図の%uページ（%u段目・%u列目）"),
                                 page + 1, row + 1, col + 1);
      else
        /* TRANSLATORS: a tile of a map cut over several pages, around one box */
        label = g_strdup_printf (C_("handout", "全体図の%uページ"), page + 1);

      /* The themes too large for a tile whose name is on another. */
      for (guint i = 0; i < rt_map_get_n_nodes (self); i++)
        {
          const RtMapNode *theme = RT_MAP_NODE (self, i);
          RtMapRect b;

          if (theme->kind != RT_MAP_NODE_THEME || !rt_map_get_node_visible (self, i) || theme->parent >= 0)
            continue;
          _rt_map_get_block (self, i, &b);
          if ((b.width <= r.width && b.height <= r.height) ||
              b.x >= r.x + r.width || b.x + b.width <= r.x || b.y >= r.y + r.height || b.y + b.height <= r.y)
            continue;
          if (b.x >= r.x && b.x < r.x + r.width && b.y >= r.y && b.y + 2 * theme->hh <= r.y + r.height)
            continue;
          {
            /* TRANSLATORS: after the tile's name: the theme whose block
             * goes on from another page */
            char *more = g_strdup_printf (C_("handout", "%s　（続き）%s"), label, theme->text);

            g_free (label);
            label = more;
          }
        }
    }

  self->printing = FALSE;
  cairo_restore (cr);

  rt_map_paint_legend (self, cr, 0, height - p.legend_h, width * 0.7, p.min_text);
  if (label != NULL)
    paint_note (self, cr, label, width, height - p.legend_h + p.min_text * 0.6, p.min_text, 1);
}

/**
 * rt_map_arrange_for_sheet:
 * @width: the width of the page's map area, in points
 * @height: its height
 *
 * Arranges the map in columns for pages of this size at the map's smallest
 * readable text (rt_map_set_min_text_size()): shaped like the page, with no
 * block taller than a tile, should the map need tiles.
 */
void
rt_map_arrange_for_sheet (RtMap  *self,
                          double  width,
                          double  height)
{
  double min_text = self->print_min_text, legend_h = min_text * 2.4;
  double area_h = MAX (height - legend_h - 6, 1);
  double need = min_text / RT_MAP_TEXT_SIZE;
  /* A tile's content, as pages_compute() cuts it. */
  double tile_w = MAX (width - 2 * min_text * 6.4, 1) / need;
  double tile_h = MAX (area_h - 2 * min_text * 2.2, 1) / need;

  g_return_if_fail (RT_IS_MAP (self));

  rt_map_arrange_structured_for_page (self, width / area_h, tile_w * 0.95, tile_h * 0.9);
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

/**
 * rt_map_get_paper_min_text:
 *
 * Returns: the smallest text, in points, that reads on @paper at arm's
 *   length: 7 pt on A3, 6.5 pt on A4
 */
double
rt_map_get_paper_min_text (RtMapPaper paper)
{
  return paper == RT_MAP_PAPER_A3 ? 7.0 : 6.5;
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
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *markup = NULL;
  const char *name = title ? title : _rt_map_word (RT_MAP_WORD_MAP);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  if (n_pages > 1)
    heading = g_strdup_printf ("%s    %u / %u", name, page + 1, n_pages);
  else
    heading = g_strdup (name);

  markup = g_markup_printf_escaped ("<b>%s</b>", heading);
  layout = _rt_map_make_layout (self, markup, 12, TRUE, width - 2 * PAGE_MARGIN, 1);
  cairo_set_source_rgb (cr, 0x24 / 255.0, 0x1f / 255.0, 0x31 / 255.0);
  cairo_move_to (cr, PAGE_MARGIN, PAGE_MARGIN - 6);
  pango_cairo_show_layout (cr, layout);

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
 * text is never smaller than the paper's readable size. The file is written
 * beside @path and renamed into place only when complete. Nodes without a
 * position are laid out first. May run in a worker thread on a map no other
 * thread uses (see rt_map_copy()).
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

  rt_map_set_min_text_size (self, rt_map_get_paper_min_text (paper));
  rt_map_get_paper_size (paper, &width, &height);
  n_pages = rt_map_get_n_pages (self, width - 2 * PAGE_MARGIN, height - 2 * PAGE_MARGIN - PAGE_HEADER);
  tmp = g_strdup_printf ("%s.tmp-%u", path, (guint)g_random_int ());

  if (g_str_has_suffix (lower, ".pdf"))
    {
      surface = cairo_pdf_surface_create (tmp, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title ? title : _rt_map_word (RT_MAP_WORD_MAP));
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
