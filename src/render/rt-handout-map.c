/* rt-handout-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <math.h>

#include "rt-handout-private.h"

/* The issue map handout (資料3): the map painter of the screen (rt-map.c),
 * with public cards only, its text never smaller than the paper reads (7 pt
 * on A3, 6.5 pt on A4). A map that does not fit its page at that size comes
 * as an overview followed by the tiles it announces, one image a page, all
 * of one size so that the overview and the tiles agree. Then, if asked, the
 * map of each point with themes or opinions linked to it, and of each theme. */

/* A map printed over pages of one size: each page an image of the
 * document, painted from any thread, one at a time. */
typedef struct
{
  gatomicrefcount  ref_count;
  GMutex           lock;
  RtMap           *map;
  double           width;   /* the size the pages are cut for, points */
  double           height;
} MapSheet;

typedef struct
{
  MapSheet *sheet;
  guint     page;
} MapPage;

static MapSheet *
map_sheet_new (RtMap  *map,
               double  width,
               double  height)
{
  MapSheet *sheet = g_new0 (MapSheet, 1);

  g_atomic_ref_count_init (&sheet->ref_count);
  g_mutex_init (&sheet->lock);
  sheet->map = g_object_ref (map);
  sheet->width = width;
  sheet->height = height;

  return sheet;
}

static void
map_sheet_unref (MapSheet *sheet)
{
  if (!g_atomic_ref_count_dec (&sheet->ref_count))
    return;
  g_mutex_clear (&sheet->lock);
  g_object_unref (sheet->map);
  g_free (sheet);
}

static void
map_page_free (MapPage *page)
{
  map_sheet_unref (page->sheet);
  g_free (page);
}

/* The page as cut for its sheet, scaled to the rectangle given (the same
 * on the PDF's page; a Word picture may be drawn at another size). */
static void
paint_map_page (gpointer  user_data,
                cairo_t  *cr,
                double    width,
                double    height)
{
  MapPage *page = user_data;
  MapSheet *sheet = page->sheet;
  double k = MIN (width / sheet->width, height / sheet->height);

  g_mutex_lock (&sheet->lock);
  cairo_save (cr);
  cairo_scale (cr, k, k);
  rt_map_paint_page (sheet->map, cr, page->page, sheet->width, sheet->height);
  cairo_restore (cr);
  g_mutex_unlock (&sheet->lock);
}

/* The pages of @map, @width × @height points each: an overview and its
 * tiles when it needs them, each on a page of its own. */
static void
add_map_pages (RtWriter *w,
               RtMap    *map,
               gboolean  arrange,
               double    width,
               double    height)
{
  MapSheet *sheet;
  guint n_pages;

  if (arrange)
    rt_map_arrange_for_sheet (map, width, height);
  n_pages = rt_map_get_n_pages (map, width, height);
  sheet = map_sheet_new (map, width, height);

  for (guint k = 0; k < n_pages; k++)
    {
      MapPage *page = g_new0 (MapPage, 1);

      page->sheet = sheet;
      g_atomic_ref_count_inc (&sheet->ref_count);
      page->page = k;
      if (k > 0)
        rt_doc_add_page_break (_rt_writer_get_doc (w));
      rt_doc_add_image (_rt_writer_get_doc (w), width, height, 0, rt_handout_kind_get_title (RT_HANDOUT_MAP),
                        paint_map_page, page, (GDestroyNotify)map_page_free);
    }
  map_sheet_unref (sheet);
}

/* Whether the map of one point or theme holds more than its subject: a
 * point with nothing linked has no page of its own. */
static gboolean
has_links (RtMap *map)
{
  guint n = 0;

  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    n += rt_map_get_node_kind (map, i) == RT_MAP_NODE_THEME || rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD;

  return n > 0;
}

static void
add_focus_pages (RtWriter   *w,
                 RtMap      *map,
                 int         node,
                 const char *heading,
                 double      min_text,
                 double      width,
                 double      height)
{
  g_autoptr(RtMap) focused = NULL;

  if (node < 0)
    return;

  focused = rt_map_new_focused (map, node);
  if (!has_links (focused))
    return;
  rt_map_set_min_text_size (focused, min_text);

  rt_doc_add_page_break (_rt_writer_get_doc (w));
  _rt_writer_heading (w, heading);
  _rt_writer_space (w, 4);
  add_map_pages (w, focused, TRUE, width, height);
}

/* How many lines @text takes at @size points in @width: CJK characters a
 * full em, others half. */
static double
estimate_lines (const char *text,
                double      size,
                double      width)
{
  double ems = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    ems += g_utf8_get_char (p) < 0x2000 ? 0.55 : 1.0;

  return ceil (ems * size / MAX (width, size));
}

void
_rt_handout_build_map (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  const char *note = C_("handout", "論点（青）と、テーマごとにまとめた意見カード、その結び付き。カードの「→論点」はその意見が結び付く論点です。"
                                   "提言は論点ごとの図に載せています。非公開の意見は載せていません。");
  double width, height, min_text;

  _rt_writer_begin_section (w, _rt_handout_label (_rt_writer_get_data (w), _rt_writer_get_meeting (w), "map",
                                                 C_("handout", "資料3")),
                            rt_handout_kind_get_title (RT_HANDOUT_MAP));
  /* Every page of the map is as large as what is left on the first, under
   * the page's header (資料番号, committee and date, rule: 48 pt), the
   * section's title and the note, so that the overview and its tiles are
   * cut alike. An estimate, on the generous side: a line more than the note
   * needs; the page writer (rt-doc-pages.c) moves an image that does not
   * fit to the next page. */
  width = _rt_writer_get_width (w);
  height = rt_doc_get_text_height (_rt_writer_get_doc (w)) - 48 -
           (14 * 1.45 + 14) - (estimate_lines (note, 9, width) + 1) * 9 * 1.45 - 6 - 6;

  /* The paper decides the smallest text; a copy of the map keeps the
   * snapshot's own map untouched for other documents. */
  {
    g_autoptr(RtMap) map = rt_map_copy (_rt_handout_data_get_map (data, _rt_writer_get_display (w)));

    min_text = options->paper == RT_PAPER_A3 ? 7.0 : 6.5;
    rt_map_set_min_text_size (map, min_text);

    _rt_writer_note (w, note);
    _rt_writer_space (w, 6);
    add_map_pages (w, map, options->map_structured, width, height);

    if (options->map_focus & RT_HANDOUT_MAP_FOCUS_POINTS)
      for (guint i = 0; i < data->points->len; i++)
        {
          HPoint *point = data->points->pdata[i];
          g_autofree char *heading = g_strdup_printf (C_("handout", "論点%d　%s"), point->number, point->title);

          add_focus_pages (w, map, rt_map_find_node (map, RT_MAP_NODE_POINT, point->id), heading, min_text,
                           width, height);
        }

    if (options->map_focus & RT_HANDOUT_MAP_FOCUS_THEMES)
      for (guint i = 0; i < data->themes->len; i++)
        {
          HTheme *theme = data->themes->pdata[i];
          g_autofree char *heading = g_strdup_printf (C_("handout", "テーマ「%s」"), theme->name);

          add_focus_pages (w, map, rt_map_find_node (map, RT_MAP_NODE_THEME, theme->id), heading, min_text,
                           width, height);
        }
  }
}
