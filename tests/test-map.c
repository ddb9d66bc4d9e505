/* test-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-map.h"
#include "rt-map-private.h"
#include "rt-test-map.h"
#include "rt-test-util.h"

typedef RtTestSample Fixture;

static RtMap *
sample_map (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  RtMap *map = rt_map_new_from_committee (f->committee, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  return map;
}

static char *
build_path (const char *name)
{
  const char *dir = g_getenv ("RT_BUILD_DIR");

  return g_build_filename (dir ? dir : ".", name, NULL);
}

static void
test_graph (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  guint kinds[RT_MAP_N_NODE_KINDS] = { 0 };

  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    kinds[rt_map_get_node_kind (map, i)]++;

  /* The sample: 9 points, 4 perspectives, 8 themes, 46 cards; proposals and
   * links as in 資料2 (46 cards → themes, 3 theme → point, 9 card → point). */
  g_assert_cmpuint (kinds[RT_MAP_NODE_POINT], ==, 9);
  g_assert_cmpuint (kinds[RT_MAP_NODE_PERSPECTIVE], ==, 4);
  g_assert_cmpuint (kinds[RT_MAP_NODE_THEME], ==, 8);
  g_assert_cmpuint (kinds[RT_MAP_NODE_CARD], ==, 46);
  g_assert_cmpuint (kinds[RT_MAP_NODE_PROPOSAL], >, 9);
  g_assert_cmpuint (rt_map_get_n_edges (map), ==, kinds[RT_MAP_NODE_PROPOSAL] + 46 + 3 + 9);
  g_assert_false (rt_map_get_complete (map));
}

static guint
count_cards (RtMap *map)
{
  guint n = 0;

  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    n += rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD;
  return n;
}

/* Unsorted cards (a fresh import is all 未分類) stay off the map: without a
 * theme they would scatter over it and pull it apart. One linked to a point
 * is part of the discussion, and is on it. */
static void
test_inbox_left_off (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      ids[i] = rt_committee_capture_card (f->committee, 3, 0, "未分類の意見です。", &error);
      g_assert_no_error (error);
      g_assert_cmpint (ids[i], >, 0);
    }
  {
    g_autoptr(RtMap) map = sample_map (f);

    g_assert_cmpuint (count_cards (map), ==, 46);
    g_assert_cmpint (rt_map_find_node (map, RT_MAP_NODE_CARD, ids[0]), <, 0);
  }

  g_assert_true (rt_committee_link_card_point (f->committee, ids[1], 1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RtMap) map = sample_map (f);

    g_assert_cmpuint (count_cards (map), ==, 47);
    g_assert_cmpint (rt_map_find_node (map, RT_MAP_NODE_CARD, ids[1]), >=, 0);
  }
}

/* In columns, the points stand one over the other: no link runs through a
 * point's box on its way (links leave by the sides facing each other). */
static void
test_structured_links (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  double p[2 * 33];
  guint n_checked = 0;

  rt_map_arrange_structured (map, 1.6);
  _rt_map_ensure_curves (map);
  g_assert_cmpuint (map->curves->len, >, 0);

  for (guint k = 0; k < map->curves->len; k++)
    {
      const RtMapCurve *curve = RT_MAP_CURVE (map, k);

      _rt_map_flatten_curve (curve, p, 33);
      for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
        {
          RtMapRect r;

          if (rt_map_get_node_kind (map, i) != RT_MAP_NODE_POINT || i == curve->source || i == curve->target)
            continue;
          _rt_map_get_block (map, i, &r);
          for (guint j = 0; j < 33; j++)
            g_assert_false (p[2 * j] > r.x + 1 && p[2 * j] < r.x + r.width - 1 &&
                            p[2 * j + 1] > r.y + 1 && p[2 * j + 1] < r.y + r.height - 1);
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_layout_deterministic (void)
{
  g_autoptr(RtMap) a = rt_test_make_map (600);
  g_autoptr(RtMap) b = rt_test_make_map (600);
  g_autoptr(RtMap) c = rt_test_make_map (600);
  guint n = rt_map_get_n_nodes (a), differ = 0;

  rt_map_layout_now (a, 42, FALSE);
  rt_map_layout_now (b, 42, FALSE);
  rt_map_layout_now (c, 43, FALSE);

  for (guint i = 0; i < n; i++)
    {
      double ax, ay, bx, by, cx, cy;

      rt_map_get_node_position (a, i, &ax, &ay);
      rt_map_get_node_position (b, i, &bx, &by);
      rt_map_get_node_position (c, i, &cx, &cy);
      g_assert_true (isfinite (ax) && isfinite (ay));
      /* Bit for bit, not approximately. */
      g_assert_true (memcmp (&ax, &bx, sizeof ax) == 0 && memcmp (&ay, &by, sizeof ay) == 0);
      differ += ax != cx || ay != cy;
    }

  g_assert_cmpuint (differ, >, n / 2);
}

static void
test_layout_converges (void)
{
  g_autoptr(RtMap) map = rt_test_make_map (1000);
  g_autoptr(RtMapLayout) layout = rt_map_create_layout (map, 1, FALSE);
  g_autofree double *half = NULL;
  g_autofree double *xy = NULL;
  guint n = rt_map_get_n_nodes (map), m = 0;
  guint overlaps;

  rt_map_layout_run (layout);
  g_assert_true (rt_map_layout_is_converged (layout));
  rt_map_set_layout_positions (map, rt_map_layout_get_positions (layout), n);

  /* Every box shown, the cards in their themes' blocks: none overlaps
   * another (a theme's header is its box; its cards are under it). */
  half = g_new (double, 2 * n);
  xy = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      RtMapRect rect;

      if (!rt_map_get_node_visible (map, i))
        continue;
      rt_map_get_node_rect (map, i, &rect);
      half[2 * m] = rect.width / 2;
      half[2 * m + 1] = rect.height / 2;
      xy[2 * m] = rect.x + rect.width / 2;
      xy[2 * m + 1] = rect.y + rect.height / 2;
      m++;
    }
  overlaps = rt_map_layout_count_overlaps (xy, half, m);
  g_test_message ("%u nodes shown, %u iterations, %u overlapping pairs", m,
                  rt_map_layout_get_iteration (layout), overlaps);
  g_assert_cmpuint (overlaps, ==, 0);
}

static void
test_layout_pinned (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autoptr(GArray) before = NULL;
  int card = rt_map_find_node (map, RT_MAP_NODE_CARD, 5);
  guint n = rt_map_get_n_nodes (map);
  double cx, cy;

  g_assert_cmpint (card, >=, 0);
  rt_map_layout_now (map, 1, FALSE);
  g_assert_true (rt_map_get_complete (map));
  g_assert_cmpint (rt_map_get_node_parent (map, card), >=, 0);

  /* A card dragged by hand is pinned and leaves its theme's block; a
   * relayout keeps it, and a point pinned by hand. */
  rt_map_move_node (map, card, 1234.5, -678.25);
  rt_map_set_node_pinned (map, card, TRUE);
  g_assert_cmpint (rt_map_get_node_parent (map, card), ==, -1);
  rt_map_set_node_pinned (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 2), TRUE);
  before = rt_map_get_positions (map);

  rt_map_layout_now (map, 99, FALSE);

  for (guint i = 0; i < before->len; i++)
    {
      const RtMapPosition *p = &g_array_index (before, RtMapPosition, i);
      int node = rt_map_find_node (map, p->kind, p->item_id);
      double x, y;

      rt_map_get_node_position (map, node, &x, &y);
      if (p->pinned)
        {
          g_assert_cmpfloat (x, ==, p->x);
          g_assert_cmpfloat (y, ==, p->y);
        }
    }
  (void)n;

  rt_map_get_node_position (map, card, &cx, &cy);
  g_assert_cmpfloat (cx, ==, 1234.5);
  g_assert_cmpfloat (cy, ==, -678.25);
}

static void
count_progress (const double *xy,
                guint         n,
                guint         iteration,
                gpointer      user_data)
{
  (*(guint *)user_data)++;
}

static void
keep_result (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (res);
}

static void
test_layout_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autoptr(RtMap) sync = sample_map (f);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RtMapLayout) done = NULL;
  g_autoptr(GError) error = NULL;
  guint reports = 0;

  rt_map_layout_run_async (rt_map_create_layout (map, 5, FALSE), 5, NULL,
                           count_progress, &reports, NULL, keep_result, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  done = rt_map_layout_run_finish (result, &error);
  g_assert_no_error (error);
  g_assert_true (rt_map_layout_is_converged (done));
  g_assert_cmpuint (reports, >, 0);

  /* The thread gives the same positions as a run in the caller's thread. */
  rt_map_layout_now (sync, 5, FALSE);
  rt_map_set_layout_positions (map, rt_map_layout_get_positions (done), rt_map_get_n_nodes (map));
  for (guint i = 0; i < rt_map_get_n_nodes (sync); i++)
    {
      double x, y, ax, ay;

      rt_map_get_node_position (sync, i, &x, &y);
      rt_map_get_node_position (map, i, &ax, &ay);
      g_assert_cmpfloat (x, ==, ax);
      g_assert_cmpfloat (y, ==, ay);
    }
}

static void
test_hit (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  RtMapRect bounds;

  rt_map_layout_now (map, 1, FALSE);

  /* Every node shown is found at its centre; the proposals of the whole
   * map are not shown (they are on the map of their point). */
  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    {
      double x, y;

      if (!rt_map_get_node_visible (map, i))
        {
          g_assert_cmpint (rt_map_get_node_kind (map, i), ==, RT_MAP_NODE_PROPOSAL);
          continue;
        }
      rt_map_get_node_position (map, i, &x, &y);
      g_assert_cmpint (rt_map_hit_test (map, x, y), ==, i);
    }

  rt_map_get_bounds (map, &bounds);
  g_assert_cmpint (rt_map_hit_test (map, bounds.x - 10, bounds.y - 10), ==, -1);
  g_assert_cmpint (rt_map_hit_test (map, bounds.x + bounds.width + 500, 0), ==, -1);

  /* The panel of a theme's block, between its cards, is the theme's. */
  {
    int theme = rt_map_find_node (map, RT_MAP_NODE_THEME, 1);
    RtMapRect block, header;

    rt_map_get_node_extent (map, theme, &block);
    rt_map_get_node_rect (map, theme, &header);
    g_assert_cmpfloat (block.height, >, header.height);
    g_assert_cmpint (rt_map_hit_test (map, block.x + 1, block.y + block.height - 1), ==, theme);
  }
}

static void
test_positions_saved (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autoptr(RtMap) again = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GArray) read = NULL;
  g_autoptr(GError) error = NULL;

  rt_map_layout_now (map, 3, FALSE);
  positions = rt_map_get_positions (map);
  /* Every node shown; not the proposals, which the whole map hides. */
  {
    guint n_visible = 0;

    for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
      n_visible += rt_map_get_node_visible (map, i);
    g_assert_cmpuint (positions->len, ==, n_visible);
  }

  g_assert_true (rt_committee_set_map_positions (f->committee, (RtMapPosition *)(gpointer)positions->data,
                                                 positions->len, TRUE, &error));
  g_assert_no_error (error);

  read = rt_committee_get_map_positions (f->committee, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, positions->len);

  again = sample_map (f);
  g_assert_true (rt_map_get_complete (again));
  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    {
      double x, y, ax, ay;

      rt_map_get_node_position (map, i, &x, &y);
      rt_map_get_node_position (again, i, &ax, &ay);
      g_assert_cmpfloat (x, ==, ax);
      g_assert_cmpfloat (y, ==, ay);
      g_assert_cmpint (rt_map_get_node_pinned (map, i), ==, rt_map_get_node_pinned (again, i));
    }

  /* One drag: one row changes. */
  {
    RtMapPosition moved = g_array_index (positions, RtMapPosition, 20);

    moved.x += 10;
    moved.pinned = TRUE;
    g_assert_true (rt_committee_set_map_positions (f->committee, &moved, 1, FALSE, &error));
    g_assert_no_error (error);
    g_clear_pointer (&read, g_array_unref);
    read = rt_committee_get_map_positions (f->committee, &error);
    g_assert_cmpuint (read->len, ==, positions->len);
  }

  g_assert_true (rt_committee_clear_map_positions (f->committee, &error));
  g_clear_pointer (&read, g_array_unref);
  read = rt_committee_get_map_positions (f->committee, &error);
  g_assert_cmpuint (read->len, ==, 0);
}

static void
test_culling (void)
{
  g_autoptr(RtMap) map = rt_test_make_map (5000);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (surface);
  RtMapViewport viewport = { 0, 0, 1.0, 800, 600 };
  double x, y;

  rt_map_layout_now (map, 1, FALSE);

  /* A view around the first card. */
  rt_map_get_node_position (map, rt_map_find_node (map, RT_MAP_NODE_CARD, 1), &x, &y);
  viewport.x = x - 400;
  viewport.y = y - 300;
  rt_map_paint (map, cr, &viewport);
  g_assert_cmpuint (rt_map_get_n_painted (map), >, 0);
  g_assert_cmpuint (rt_map_get_n_painted (map), <, 200);

  /* Far away from everything: nothing. */
  viewport.x = 1e7;
  rt_map_paint (map, cr, &viewport);
  g_assert_cmpuint (rt_map_get_n_painted (map), ==, 0);

  /* The whole map, zoomed out. */
  rt_map_fit (map, &viewport, 800, 600, 10);
  rt_map_paint (map, cr, &viewport);
  {
    guint n_visible = 0;

    for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
      n_visible += rt_map_get_node_visible (map, i);
    g_assert_cmpuint (rt_map_get_n_painted (map), ==, n_visible);
  }

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
write_view (RtMap      *map,
            const char *name,
            int         width,
            int         height,
            double      zoom)
{
  g_autofree char *path = build_path (name);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  RtMapViewport viewport = { 0 };

  rt_map_fit (map, &viewport, width, height, 24);
  if (zoom != 1.0)
    {
      double cx = viewport.x + width / 2 / viewport.scale, cy = viewport.y + height / 2 / viewport.scale;

      viewport.scale *= zoom;
      viewport.x = cx - width / 2 / viewport.scale;
      viewport.y = cy - height / 2 / viewport.scale;
    }
  cairo_set_source_rgb (cr, 0.98, 0.976, 0.969);
  cairo_paint (cr);
  rt_map_paint (map, cr, &viewport);
  rt_map_paint_legend (map, cr, 12, height - 36, width - 24, 12);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("view written to %s", path);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_screenshot (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);

  rt_map_layout_now (map, 1, FALSE);
  rt_map_set_selected (map, rt_map_find_node (map, RT_MAP_NODE_CARD, 1));
  write_view (map, "map-sample-view.png", 1920, 1080, 1.0);
  write_view (map, "map-sample-zoom.png", 1920, 1080, 2.2);

  rt_map_set_focus (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 1));
  write_view (map, "map-sample-focus.png", 1920, 1080, 1.0);
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autofree char *a3 = build_path ("map-sample.png");
  g_autofree char *a4 = g_build_filename (f->tmpdir, "map-a4.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_assert_true (rt_map_export (map, a3, RT_MAP_PAPER_A3, rt_committee_get_name (f->committee), &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (a3);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  /* A3 landscape at 150 dpi. */
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2481);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1754);
  cairo_surface_destroy (image);

  g_assert_true (rt_map_export (map, a4, RT_MAP_PAPER_A4, NULL, &error));
  image = cairo_image_surface_create_from_png (a4);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1754);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1241);
  cairo_surface_destroy (image);

  g_assert_false (rt_map_export (map, "map.jpeg", RT_MAP_PAPER_A4, NULL, &error));
  g_assert_error (error, RT_MAP_ERROR, RT_MAP_ERROR_UNKNOWN_FORMAT);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;

  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
check_pdf (const char *path,
           guint       min_pages)
{
  const char *fonts_argv[] = { "pdffonts", path, NULL };
  const char *info_argv[] = { "pdfinfo", path, NULL };
  g_autofree char *fonts = run (fonts_argv);
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;
  const char *pages;

  if (fonts == NULL)
    {
      g_test_skip ("pdffonts (poppler-utils) is not installed");
      return;
    }

  /* name type encoding emb sub uni object ID: every font embedded. */
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;
      guint n = 0;

      if (lines[i][0] == '\0')
        continue;
      cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      for (guint k = 0; cols[k]; k++)
        {
          if (cols[k][0] != '\0')
            cols[n++] = cols[k];
          else
            g_free (cols[k]);
        }
      cols[n] = NULL;
      g_assert_cmpuint (n, >=, 7);
      g_assert_cmpstr (cols[n - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));

  info = run (info_argv);
  g_assert_nonnull (info);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpuint (g_ascii_strtoull (pages + 6 + strspn (pages + 6, " "), NULL, 10), >=, min_pages);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autofree char *path = build_path ("map-sample.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_map_export (map, path, RT_MAP_PAPER_A3, rt_committee_get_name (f->committee), &error));
  g_assert_no_error (error);
  check_pdf (path, 1);
}

static void
test_export_tiled (void)
{
  g_autoptr(RtMap) map = rt_test_make_map (1500);
  g_autofree char *path = build_path ("map-tiled.pdf");
  g_autoptr(GError) error = NULL;
  double w, h;

  rt_map_get_paper_size (RT_MAP_PAPER_A4, &w, &h);
  g_assert_true (rt_map_export (map, path, RT_MAP_PAPER_A4, "タイル", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_map_get_n_pages (map, w - 56, h - 78), >, 2);
  check_pdf (path, rt_map_get_n_pages (map, w - 56, h - 78));
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  if (*(char **)user_data == NULL)
    *(char **)user_data = g_strdup (element);
}

static void
test_export_svg (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RtMap) map = sample_map (f);
  g_autofree char *path = build_path ("map-sample.svg");
  g_autofree char *contents = NULL;
  g_autofree char *root = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { start_element, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  gsize length;

  g_assert_true (rt_map_export (map, path, RT_MAP_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));

  /* GMarkup is a strict XML parser; the declaration is skipped for it. */
  context = g_markup_parse_context_new (&parser, 0, &root, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_markup_parse_context_free (context);
  g_assert_cmpstr (root, ==, "svg");
}

static void
test_focus (void)
{
  g_autoptr(RtMap) map = rt_test_make_map (200);
  int point = rt_map_find_node (map, RT_MAP_NODE_POINT, 1);
  int theme = rt_map_find_node (map, RT_MAP_NODE_THEME, 1);

  rt_map_set_focus (map, point);
  g_assert_cmpint (rt_map_get_focus (map), ==, point);
  rt_map_set_focus (map, theme);
  g_assert_cmpint (rt_map_get_focus (map), ==, theme);
  rt_map_set_focus (map, -1);
  g_assert_cmpint (rt_map_get_focus (map), ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ronten/map/graph", Fixture, NULL, rt_test_sample_set_up, test_graph, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/structured-links", Fixture, NULL, rt_test_sample_set_up, test_structured_links, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/inbox-left-off", Fixture, NULL, rt_test_sample_set_up, test_inbox_left_off, rt_test_sample_tear_down);
  g_test_add_func ("/ronten/map/layout/deterministic", test_layout_deterministic);
  g_test_add_func ("/ronten/map/layout/converges", test_layout_converges);
  g_test_add ("/ronten/map/layout/pinned", Fixture, NULL, rt_test_sample_set_up, test_layout_pinned, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/layout/async", Fixture, NULL, rt_test_sample_set_up, test_layout_async, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/hit", Fixture, NULL, rt_test_sample_set_up, test_hit, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/positions", Fixture, NULL, rt_test_sample_set_up, test_positions_saved, rt_test_sample_tear_down);
  g_test_add_func ("/ronten/map/culling", test_culling);
  g_test_add_func ("/ronten/map/focus", test_focus);
  g_test_add ("/ronten/map/screenshot", Fixture, NULL, rt_test_sample_set_up, test_screenshot, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/export/png", Fixture, NULL, rt_test_sample_set_up, test_export_png, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/export/pdf", Fixture, NULL, rt_test_sample_set_up, test_export_pdf, rt_test_sample_tear_down);
  g_test_add ("/ronten/map/export/svg", Fixture, NULL, rt_test_sample_set_up, test_export_svg, rt_test_sample_tear_down);
  g_test_add_func ("/ronten/map/export/tiled", test_export_tiled);

  return g_test_run ();
}
