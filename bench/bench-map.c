/* bench-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Issue map figures: layout time and quality for 5,000 cards, compared with
 * Graphviz sfdp on the same graph, and the cost of drawing a 1920×1080 view
 * showing about 200 cards out of 5,000 against a map holding only those.
 *
 * The comparison needs the `sfdp` program (Debian package graphviz, used by
 * this benchmark only; without it that part is skipped). Run:
 *
 *   build/bench/bench-map [N_CARDS]
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rt-map.h"
#include "rt-test-map.h"

typedef struct
{
  double  *half;
  guint   *edges;
  guint    n_nodes;
  guint    n_edges;
} Graph;

static Graph
graph_of (RtMap *map)
{
  Graph g;

  g.n_nodes = rt_map_get_n_nodes (map);
  g.half = g_new (double, 2 * g.n_nodes);
  for (guint i = 0; i < g.n_nodes; i++)
    {
      RtMapRect r;

      rt_map_get_node_rect (map, i, &r);
      g.half[2 * i] = r.width / 2;
      g.half[2 * i + 1] = r.height / 2;
    }

  g.n_edges = rt_map_get_n_edges (map);
  g.edges = g_new (guint, 2 * g.n_edges);
  for (guint e = 0; e < g.n_edges; e++)
    rt_map_get_edge (map, e, &g.edges[2 * e], &g.edges[2 * e + 1]);

  return g;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
percentile (double *values,
            guint   n,
            double  p)
{
  qsort (values, n, sizeof (double), compare_double);
  return values[MIN (n - 1, (guint)(p * n))];
}

/* Overlaps counted on the boxes as the map shows them: @xy set on @map
 * (the cards docked in their themes' blocks move with them), every box
 * shown; without @map (sfdp's layout, every node a box of its own), on the
 * graph's boxes at @xy. Edge-length CV on the graph as given. */
static void
report_quality (const char   *what,
                RtMap        *map,
                const double *xy,
                const Graph  *g,
                double        ms)
{
  g_autofree double *half = g_new (double, 2 * g->n_nodes);
  g_autofree double *centres = g_new (double, 2 * g->n_nodes);
  guint m = 0, overlaps;

  if (map != NULL)
    {
      rt_map_set_layout_positions (map, xy, g->n_nodes);
      for (guint i = 0; i < g->n_nodes; i++)
        {
          RtMapRect r;

          if (!rt_map_get_node_visible (map, i))
            continue;
          rt_map_get_node_rect (map, i, &r);
          half[2 * m] = r.width / 2;
          half[2 * m + 1] = r.height / 2;
          centres[2 * m] = r.x + r.width / 2;
          centres[2 * m + 1] = r.y + r.height / 2;
          m++;
        }
      overlaps = rt_map_layout_count_overlaps (centres, half, m);
    }
  else
    overlaps = rt_map_layout_count_overlaps (xy, g->half, g->n_nodes);

  g_print ("  %-28s %8.0f ms   edge-length CV %.3f   overlapping pairs %u\n",
           what, ms, rt_map_layout_measure_edge_cv (xy, g->edges, g->n_edges), overlaps);
}

/* Writes the graph as DOT, runs sfdp -Tplain and reads the positions back,
 * in map units (sfdp's inches × 72). */
static double *
run_sfdp (const Graph *g,
          double      *ms)
{
  g_autofree char *dir = g_dir_make_tmp ("ronten-bench-XXXXXX", NULL);
  g_autofree char *dot_path = g_build_filename (dir, "map.dot", NULL);
  g_autoptr(GString) dot = g_string_new ("graph map {\n  graph [overlap=prism];\n  node [shape=box, fixedsize=true, label=\"\"];\n");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { "sfdp", "-Tplain", dot_path, NULL };
  double *xy;
  gint64 start;
  int status;

  for (guint i = 0; i < g->n_nodes; i++)
    g_string_append_printf (dot, "  n%u [width=%.4f, height=%.4f];\n", i,
                            2 * g->half[2 * i] / 72, 2 * g->half[2 * i + 1] / 72);
  for (guint e = 0; e < g->n_edges; e++)
    g_string_append_printf (dot, "  n%u -- n%u;\n", g->edges[2 * e], g->edges[2 * e + 1]);
  g_string_append (dot, "}\n");
  g_file_set_contents (dot_path, dot->str, dot->len, NULL);

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_remove (dot_path);
      g_rmdir (dir);
      return NULL;
    }
  *ms = (g_get_monotonic_time () - start) / 1000.0;

  xy = g_new0 (double, 2 * g->n_nodes);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      guint n;
      double x, y;

      if (sscanf (lines[i], "node n%u %lf %lf", &n, &x, &y) == 3 && n < g->n_nodes)
        {
          xy[2 * n] = x * 72;
          xy[2 * n + 1] = -y * 72;
        }
    }

  g_remove (dot_path);
  g_rmdir (dir);
  return xy;
}

static void
bench_layout (RtMap *map)
{
  static const double marks[] = { 250, 500, 1000, 2000 };
  g_autoptr(RtMapLayout) layout = rt_map_create_layout (map, 1, FALSE);
  double *snapshots[G_N_ELEMENTS (marks)] = { NULL, };
  double snapshot_ms[G_N_ELEMENTS (marks)] = { 0, };
  guint snapshot_iterations[G_N_ELEMENTS (marks)] = { 0, };
  g_autofree double *sfdp = NULL;
  Graph g = graph_of (map);
  double total_ms, sfdp_ms = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  /* Like the window: a few iterations, then the positions so far. */
  while (rt_map_layout_step (layout, 2))
    {
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      /* BENCH_MAP_TRACE: overlaps every ten iterations (slows the run). */
      if (g_getenv ("BENCH_MAP_TRACE") != NULL && rt_map_layout_get_iteration (layout) % 10 == 0)
        g_print ("  iteration %3u  %7.0f ms  overlapping pairs %u\n", rt_map_layout_get_iteration (layout), ms,
                 rt_map_layout_count_overlaps (rt_map_layout_get_positions (layout), g.half, g.n_nodes));

      for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
        if (snapshots[m] == NULL && ms >= marks[m])
          {
            snapshots[m] = g_memdup2 (rt_map_layout_get_positions (layout), sizeof (double) * 2 * g.n_nodes);
            snapshot_ms[m] = ms;
            snapshot_iterations[m] = rt_map_layout_get_iteration (layout);
          }
    }
  total_ms = (g_get_monotonic_time () - start) / 1000.0;

  g_print ("Layout of %u nodes, %u edges (Barnes–Hut, one thread):\n", g.n_nodes, g.n_edges);
  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (snapshots[m] != NULL)
      {
        g_autofree char *what = g_strdup_printf ("at %.2f s, %u iterations", marks[m] / 1000, snapshot_iterations[m]);

        report_quality (what, map, snapshots[m], &g, snapshot_ms[m]);
        g_free (snapshots[m]);
      }
  {
    g_autofree char *what = g_strdup_printf ("converged, %u iterations", rt_map_layout_get_iteration (layout));

    report_quality (what, map, rt_map_layout_get_positions (layout), &g, total_ms);
  }

  if (g_getenv ("BENCH_MAP_NO_SFDP") == NULL && (sfdp = run_sfdp (&g, &sfdp_ms)) != NULL)
    {
      report_quality ("sfdp -Tplain (whole run)", NULL, sfdp, &g, sfdp_ms);
      g_print ("  time ratio Ronten/sfdp %.2f; edge CV ratio %.2f\n", total_ms / sfdp_ms,
               rt_map_layout_measure_edge_cv (rt_map_layout_get_positions (layout), g.edges, g.n_edges) /
               MAX (1e-9, rt_map_layout_measure_edge_cv (sfdp, g.edges, g.n_edges)));
    }
  else if (g_getenv ("BENCH_MAP_NO_SFDP") == NULL)
    g_print ("  sfdp not found: install the Debian package graphviz for the comparison\n");

  rt_map_set_layout_positions (map, rt_map_layout_get_positions (layout), g.n_nodes);
  g_free (g.half);
  g_free (g.edges);
}

/* Frames of a 1920×1080 view at @viewport, panned a little each frame. */
static double
time_frames (RtMap               *map,
             const RtMapViewport *viewport,
             guint                n_frames,
             double              *p50,
             double              *p95,
             double              *first)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  g_autofree double *times = g_new (double, n_frames);
  cairo_t *cr = cairo_create (surface);

  for (guint f = 0; f < n_frames + 1; f++)
    {
      RtMapViewport v = *viewport;
      gint64 start;
      double ms;

      v.x += (f % 10) * 2.0;
      start = g_get_monotonic_time ();
      cairo_set_source_rgb (cr, 0.98, 0.976, 0.969);
      cairo_paint (cr);
      rt_map_paint (map, cr, &v);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (f == 0)
        *first = ms;
      else
        times[f - 1] = ms;
    }

  *p50 = percentile (times, n_frames, 0.5);
  *p95 = percentile (times, n_frames, 0.95);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return times[0];
}

static guint
count_cards_in (RtMap               *map,
                const RtMapViewport *v)
{
  guint n = 0;

  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    {
      RtMapRect r;

      rt_map_get_node_rect (map, i, &r);
      if (rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD &&
          r.x + r.width >= v->x && r.x <= v->x + v->width / v->scale &&
          r.y + r.height >= v->y && r.y <= v->y + v->height / v->scale)
        n++;
    }

  return n;
}

static void
bench_draw (RtMap *map)
{
  g_autoptr(RtMap) small = rt_map_new ();
  g_autofree int *mapping = g_new (int, rt_map_get_n_nodes (map));
  RtMapViewport v = { 0, 0, 1.0, 1920, 1080 };
  double cx, cy, lo = 0.05, hi = 2.0;
  double full50, full95, full_first, small50, small95, small_first, over50, over95, over_first;
  guint visible;
  int card = rt_map_find_node (map, RT_MAP_NODE_CARD, 1);

  /* A view on a crowd of cards, zoomed so that about 200 are visible. */
  rt_map_get_node_position (map, card, &cx, &cy);
  for (int k = 0; k < 40; k++)
    {
      v.scale = (lo + hi) / 2;
      v.x = cx - 960 / v.scale;
      v.y = cy - 540 / v.scale;
      if (count_cards_in (map, &v) > 200)
        lo = v.scale;
      else
        hi = v.scale;
    }
  visible = count_cards_in (map, &v);

  /* The same view on a map holding only what it shows: the visible nodes,
   * the far ends of the edges that reach into the view, and those edges. */
  {
    g_autofree gboolean *keep = g_new0 (gboolean, rt_map_get_n_nodes (map));

    for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
      {
        RtMapRect r;

        rt_map_get_node_rect (map, i, &r);
        keep[i] = r.x + r.width >= v.x && r.x <= v.x + v.width / v.scale &&
                  r.y + r.height >= v.y && r.y <= v.y + v.height / v.scale;
      }
    for (guint e = 0; e < rt_map_get_n_edges (map); e++)
      {
        guint a, b;

        rt_map_get_edge (map, e, &a, &b);
        if (keep[a] == 1 || keep[b] == 1)
          {
            keep[a] = keep[a] ? keep[a] : 2;
            keep[b] = keep[b] ? keep[b] : 2;
          }
      }
    for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
      {
        mapping[i] = -1;
        if (keep[i])
          {
            RtColor color;
            double x, y;

            rt_color_for_index (rt_map_get_node_item_id (map, i), &color);
            mapping[i] = rt_map_add_node (small, rt_map_get_node_kind (map, i), rt_map_get_node_item_id (map, i),
                                          "論点", rt_map_get_node_text (map, i), "林委員", &color);
            rt_map_get_node_position (map, i, &x, &y);
            rt_map_move_node (small, mapping[i], x, y);
          }
      }
    for (guint e = 0; e < rt_map_get_n_edges (map); e++)
      {
        guint a, b;

        rt_map_get_edge (map, e, &a, &b);
        if (mapping[a] >= 0 && mapping[b] >= 0)
          rt_map_add_edge (small, mapping[a], mapping[b]);
      }
  }

  /* BENCH_MAP_PNG=prefix: write the benchmark's view and the fitted map, to
   * look at. */
  if (g_getenv ("BENCH_MAP_PNG") != NULL)
    {
      for (guint k = 0; k < 3; k++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
          cairo_t *cr = cairo_create (surface);
          RtMapViewport w = v;
          g_autofree char *path = g_strdup_printf ("%s-%s.png", g_getenv ("BENCH_MAP_PNG"),
                                                   k == 0 ? "view" : k == 1 ? "fit" : "mid");

          if (k == 1)
            rt_map_fit (map, &w, 1920, 1080, 20);
          else if (k == 2)
            {
              w.scale = 0.3;
              w.x = cx - 960 / w.scale;
              w.y = cy - 540 / w.scale;
            }
          cairo_set_source_rgb (cr, 0.98, 0.976, 0.969);
          cairo_paint (cr);
          rt_map_paint (map, cr, &w);
          cairo_surface_write_to_png (surface, path);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
    }

  /* BENCH_MAP_FRAMES=n: how many frames in those modes (30 by default);
   * their times are printed, the lowest too, the best guess of a quiet core. */
  if (g_strcmp0 (g_getenv ("BENCH_MAP_DRAW"), "full") == 0 ||
      g_strcmp0 (g_getenv ("BENCH_MAP_DRAW"), "visible") == 0 ||
      g_strcmp0 (g_getenv ("BENCH_MAP_DRAW"), "fit") == 0)
    {
      const char *frames = g_getenv ("BENCH_MAP_FRAMES");
      guint n_frames = frames ? MAX (1, (guint)g_ascii_strtoull (frames, NULL, 10)) : 30;
      RtMap *which = g_strcmp0 (g_getenv ("BENCH_MAP_DRAW"), "visible") == 0 ? small : map;
      double lowest;

      if (g_strcmp0 (g_getenv ("BENCH_MAP_DRAW"), "fit") == 0)
        rt_map_fit (map, &v, 1920, 1080, 20);
      lowest = time_frames (which, &v, n_frames, &full50, &full95, &full_first);
      if (frames != NULL)
        g_print ("%s: %u frames, p50 %.2f ms  p95 %.2f ms  lowest %.2f ms  first %.1f ms\n",
                 g_getenv ("BENCH_MAP_DRAW"), n_frames, full50, full95, lowest, full_first);
      return;
    }

  time_frames (map, &v, 300, &full50, &full95, &full_first);
  time_frames (small, &v, 300, &small50, &small95, &small_first);

  g_print ("\nDrawing a 1920×1080 view at zoom %.2f showing %u cards (cairo image surface):\n", v.scale, visible);
  g_print ("  map of %5u nodes: p50 %.2f ms  p95 %.2f ms  (first frame, making text layouts: %.1f ms; %u nodes drawn)\n",
           rt_map_get_n_nodes (map), full50, full95, full_first, rt_map_get_n_painted (map));
  g_print ("  map of %5u nodes: p50 %.2f ms  p95 %.2f ms  (first frame %.1f ms)\n",
           rt_map_get_n_nodes (small), small50, small95, small_first);
  g_print ("  cost ratio all/visible only: p50 %.2f  p95 %.2f\n", full50 / small50, full95 / small95);

  rt_map_fit (map, &v, 1920, 1080, 20);
  time_frames (map, &v, 60, &over50, &over95, &over_first);
  g_print ("  whole map fitted (zoom %.3f, cards as blocks): p50 %.2f ms  p95 %.2f ms\n", v.scale, over50, over95);
}

int
main (int   argc,
      char *argv[])
{
  guint n_cards = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 5000;
  g_autoptr(RtMap) map = rt_test_make_map (MAX (n_cards, 50));

  /* BENCH_MAP_DRAW=full|visible: only lay out (quietly) and draw 30 frames of
   * one of the two maps, for instruction counts under callgrind with
   * --toggle-collect=time_frames. */
  if (g_getenv ("BENCH_MAP_DRAW") != NULL)
    {
      /* BENCH_MAP_POSITIONS=file: keep the layout between runs, so that
       * runs under callgrind do not spend minutes laying out. */
      const char *cache = g_getenv ("BENCH_MAP_POSITIONS");
      g_autofree char *contents = NULL;
      gsize length = 0;
      guint n = rt_map_get_n_nodes (map);

      if (cache != NULL && g_file_get_contents (cache, &contents, &length, NULL) &&
          length == sizeof (double) * 2 * n)
        {
          rt_map_layout_free (rt_map_create_layout (map, 1, FALSE));  /* pins the framework */
          rt_map_set_layout_positions (map, (const double *)(gpointer)contents, n);
        }
      else
        {
          rt_map_layout_now (map, 1, FALSE);
          if (cache != NULL)
            {
              g_autofree double *xy = g_new (double, 2 * n);

              for (guint i = 0; i < n; i++)
                rt_map_get_node_position (map, i, &xy[2 * i], &xy[2 * i + 1]);
              g_file_set_contents (cache, (const char *)xy, sizeof (double) * 2 * n, NULL);
            }
        }
      bench_draw (map);
      return 0;
    }

  bench_layout (map);
  bench_draw (map);

  return 0;
}
