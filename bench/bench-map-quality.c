/* bench-map-quality.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How readable the issue map is, measured on what the painter drew: the
 * sample committee, a generated committee of 500 opinions in 20 themes, and
 * committees made from real public material (the JSON files given), each laid
 * out three ways (Ronten's force layout, its structured arrangement, and
 * Graphviz sfdp on the same graph), each drawn by the same painter on a
 * 1920×1080 and a 1024×768 projector (the map scene of a presentation) and
 * on A3 and A4 landscape paper (the map's pages). For each: the opinions
 * whose words are shown, the smallest text drawn, the pairs of boxes or
 * texts drawn over each other, what runs past the frame, and crossings of
 * the links as drawn and of the graph's edges as straight segments between
 * centres. The force layout and sfdp run with seeds 1…N (--seeds, default
 * 5): their figures are means, with the range.
 *
 *   build/bench/bench-map-quality [--seeds=N] [--png=DIR] [--save-generated=FILE.json] [FILE.json…]
 *
 * Needs `sfdp` (Debian package graphviz) for the comparison. */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-map.h"
#include "rt-slide.h"

typedef enum
{
  METHOD_FORCE,
  METHOD_STRUCTURED,
  METHOD_SFDP,
  N_METHODS
} Method;

static const char * const method_names[N_METHODS] = { "Ronten force", "Ronten columns", "sfdp" };

typedef enum
{
  OUT_1920,
  OUT_1024,
  OUT_A3,
  OUT_A4,
  N_OUTPUTS
} Output;

static const char * const output_names[N_OUTPUTS] = { "1920×1080", "1024×768", "A3", "A4" };

typedef struct
{
  double shown;
  double opinions;
  double min_text;
  double overlaps;
  double outside;
  double crossings;
  double edge_crossings;
  double pages;
  double ms;
} Figures;

static const char *png_dir;
static const char *json_out;
static guint n_seeds = 5;

/* Committees */

static RtCommittee *
open_json (const char  *json,
           gssize       length,
           char       **tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  RtCommittee *committee;

  *tmpdir = g_dir_make_tmp ("ronten-quality-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*tmpdir, "committee.ronten", NULL);
  committee = rt_committee_create_from_json (path, json, length, &error);
  if (committee == NULL)
    g_error ("Could not read the committee: %s", error->message);

  return committee;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

/* 500 opinions in 20 themes: the sample's points, perspectives, people and
 * meetings; themes of uneven size in two handout labels; the sample's
 * opinions' words, in turn, so that their lengths are real ones. */
static char *
generated_json (guint   n_cards,
                guint   n_themes,
                gsize  *length)
{
  static const char * const names[] = {
    "活動拠点", "情報発信と広報", "活動資金と助成", "担い手の育成", "若い世代の参加",
    "防災と地域のつながり", "高齢者の居場所", "子育て支援の連携", "多文化共生", "環境と公園",
    "地域自治と町会・自治会", "企業との連携", "大学・学生との連携", "行政の役割と庁内体制", "評価の仕組み",
    "条例と指針", "センターの運営", "相談機能と伴走支援", "団体同士のネットワーク", "協働事業の進め方",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = rt_sample_committee_json (NULL, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root;
  JsonArray *texts, *labels, *themes, *cards, *card_points, *theme_points;
  guint64 rng = 12345;
  double total = 0;
  g_autofree double *weight = g_new (double, n_themes);
  g_autofree guint *size = g_new0 (guint, n_themes);
  guint id = 1, assigned = 0;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, sample, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  texts = json_object_get_array_member (root, "cards");

  labels = json_array_new ();
  for (guint l = 0; l < 2; l++)
    {
      JsonObject *label = json_object_new ();

      json_object_set_int_member (label, "id", l + 1);
      json_object_set_string_member (label, "name", l == 0 ? "資料1-1" : "資料1-2");
      json_array_add_object_element (labels, label);
    }

  /* Sizes like a real committee's: a few large themes, many small. */
  for (guint t = 0; t < n_themes; t++)
    total += weight[t] = 1.0 / pow (t + 2, 0.8);
  for (guint t = 0; t < n_themes; t++)
    assigned += size[t] = MAX (3, (guint)floor (n_cards * weight[t] / total));
  for (guint t = 0; assigned < n_cards; t = (t + 1) % n_themes, assigned++)
    size[t]++;
  while (assigned > n_cards)
    for (guint t = n_themes; t > 0 && assigned > n_cards; t--)
      if (size[t - 1] > 3)
        size[t - 1]--, assigned--;

  themes = json_array_new ();
  theme_points = json_array_new ();
  for (guint t = 0; t < n_themes; t++)
    {
      JsonObject *theme = json_object_new ();
      JsonArray *link = json_array_new ();
      char color[8];

      json_object_set_int_member (theme, "id", t + 1);
      json_object_set_int_member (theme, "label", t < n_themes / 2 ? 1 : 2);
      json_object_set_string_member (theme, "name", names[t % G_N_ELEMENTS (names)]);
      g_snprintf (color, sizeof color, "#%06x", (guint)((t * 0x9e3779u) & 0xffffff) | 0x404040);
      json_object_set_string_member (theme, "color", color);
      json_array_add_object_element (themes, theme);

      json_array_add_int_element (link, t + 1);
      json_array_add_int_element (link, t % 9 + 1);
      json_array_add_array_element (theme_points, link);
      if (t % 3 == 0)
        {
          link = json_array_new ();
          json_array_add_int_element (link, t + 1);
          json_array_add_int_element (link, (t * 7 + 4) % 9 + 1);
          json_array_add_array_element (theme_points, link);
        }
    }

  cards = json_array_new ();
  card_points = json_array_new ();
  for (guint t = 0; t < n_themes; t++)
    for (guint k = 0; k < size[t]; k++, id++)
      {
        JsonObject *source = json_array_get_object_element (texts, (id * 7) % json_array_get_length (texts));
        JsonObject *card = json_object_new ();

        json_object_set_int_member (card, "id", id);
        json_object_set_string_member (card, "text", json_object_get_string_member (source, "text"));
        json_object_set_string_member (card, "verbatim", json_object_get_string_member (source, "text"));
        json_object_set_int_member (card, "speaker", id % 13 + 1);
        json_object_set_int_member (card, "meeting", id % 3 + 1);
        json_object_set_null_member (card, "source");
        json_object_set_null_member (card, "offset");
        json_object_set_null_member (card, "length");
        json_object_set_int_member (card, "theme", t + 1);
        json_object_set_string_member (card, "status", "reviewed");
        json_object_set_string_member (card, "visibility", "public");
        json_object_set_string_member (card, "created", "2026-02-13T09:00:00+09:00");
        json_object_set_string_member (card, "modified", "2026-02-13T09:00:00+09:00");
        json_array_add_object_element (cards, card);

        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        if ((rng >> 33) % 8 == 0)
          {
            JsonArray *link = json_array_new ();

            json_array_add_int_element (link, id);
            json_array_add_int_element (link, (rng >> 40) % 9 + 1);
            json_array_add_array_element (card_points, link);
          }
      }

  json_object_set_array_member (root, "labels", labels);
  json_object_set_array_member (root, "themes", themes);
  json_object_set_array_member (root, "cards", cards);
  json_object_set_array_member (root, "card_points", card_points);
  json_object_set_array_member (root, "theme_points", theme_points);
  json_object_set_array_member (root, "map_positions", json_array_new ());
  json_object_set_array_member (root, "scenes", json_array_new ());
  json_object_set_array_member (root, "sources", json_array_new ());
  {
    JsonObject *committee = json_object_get_object_member (root, "committee");

    json_object_set_string_member (committee, "name", "生成した委員会（意見500件・テーマ20）");
  }

  json_generator_set_root (generator, json_parser_get_root (parser));
  return json_generator_to_data (generator, length);
}

/* Layouts */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* Runs sfdp on the visible nodes of @map, as boxes of their own size (cards
 * on their own, not in their theme's block), and puts them where it says,
 * pinned. Returns FALSE without sfdp. */
static gboolean
apply_sfdp (RtMap   *map,
            guint32  seed,
            double  *ms)
{
  g_autofree char *dir = g_dir_make_tmp ("ronten-sfdp-XXXXXX", NULL);
  g_autofree char *dot_path = g_build_filename (dir, "map.dot", NULL);
  g_autofree char *start = g_strdup_printf ("-Gstart=%u", seed);
  g_autoptr(GString) dot = g_string_new ("graph map {\n  graph [overlap=prism, sep=\"+7\", outputorder=edgesfirst];\n"
                                         "  node [shape=box, fixedsize=true, label=\"\"];\n");
  const char *argv[] = { "sfdp", "-Tplain", start, dot_path, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = rt_map_get_n_nodes (map);
  double t0;
  int status;

  /* Cards out of their blocks, so that each is a box of its own. */
  for (guint i = 0; i < n; i++)
    if (rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD)
      rt_map_set_node_pinned (map, i, TRUE);

  for (guint i = 0; i < n; i++)
    {
      RtMapRect r;

      if (!rt_map_get_node_visible (map, i))
        continue;
      rt_map_get_node_extent (map, i, &r);
      g_string_append_printf (dot, "  n%u [width=%.4f, height=%.4f];\n", i, r.width / 72, r.height / 72);
    }
  for (guint e = 0; e < rt_map_get_n_edges (map); e++)
    {
      guint a, b;

      rt_map_get_edge (map, e, &a, &b);
      if (rt_map_get_node_visible (map, a) && rt_map_get_node_visible (map, b))
        g_string_append_printf (dot, "  n%u -- n%u;\n", a, b);
    }
  g_string_append (dot, "}\n");
  g_file_set_contents (dot_path, dot->str, dot->len, NULL);

  t0 = now_ms ();
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_remove (dot_path);
      g_rmdir (dir);
      return FALSE;
    }
  *ms = now_ms () - t0;

  lines = g_strsplit (out, "\n", -1);
  for (guint k = 0; lines[k]; k++)
    {
      guint i;
      double x, y;

      if (sscanf (lines[k], "node n%u %lf %lf", &i, &x, &y) == 3 && i < n)
        {
          rt_map_move_node (map, i, x * 72, -y * 72);
          rt_map_set_node_pinned (map, i, TRUE);
        }
    }

  g_remove (dot_path);
  g_rmdir (dir);
  return TRUE;
}

/* Puts @map in shape for @method; returns the time it took, or -1. A
 * sheet's columns are arranged for its pages (@width × @height points). */
static double
arrange (RtMap   *map,
         Method   method,
         guint32  seed,
         double   width,
         double   height)
{
  double t0 = now_ms (), ms;

  switch (method)
    {
    case METHOD_FORCE:
      rt_map_layout_now (map, seed, FALSE);
      return now_ms () - t0;

    case METHOD_STRUCTURED:
      rt_map_arrange_for_sheet (map, width, height);
      return now_ms () - t0;

    case METHOD_SFDP:
      return apply_sfdp (map, seed, &ms) ? ms : -1;

    case N_METHODS:
    default:
      g_assert_not_reached ();
    }
}

/* Crossings of the graph's edges as straight segments between the centres
 * of their nodes, for every edge between visible nodes. */
static guint
edge_crossings (RtMap *map)
{
  guint n_edges = rt_map_get_n_edges (map), count = 0;
  g_autofree double *seg = g_new (double, 4 * n_edges + 4);
  g_autofree guint *ends = g_new (guint, 2 * n_edges + 2);
  guint m = 0;

  for (guint e = 0; e < n_edges; e++)
    {
      guint a, b;

      rt_map_get_edge (map, e, &a, &b);
      if (!rt_map_get_node_visible (map, a) || !rt_map_get_node_visible (map, b))
        continue;
      rt_map_get_node_position (map, a, &seg[4 * m], &seg[4 * m + 1]);
      rt_map_get_node_position (map, b, &seg[4 * m + 2], &seg[4 * m + 3]);
      ends[2 * m] = a;
      ends[2 * m + 1] = b;
      m++;
    }

  for (guint i = 0; i < m; i++)
    for (guint j = i + 1; j < m; j++)
      {
        const double *p = &seg[4 * i], *q = &seg[4 * j];
        double d1x = p[2] - p[0], d1y = p[3] - p[1], d2x = q[2] - q[0], d2y = q[3] - q[1];
        double den = d1x * d2y - d1y * d2x, t, u;

        if (ends[2 * i] == ends[2 * j] || ends[2 * i] == ends[2 * j + 1] ||
            ends[2 * i + 1] == ends[2 * j] || ends[2 * i + 1] == ends[2 * j + 1] || fabs (den) < 1e-12)
          continue;
        t = ((q[0] - p[0]) * d2y - (q[1] - p[1]) * d2x) / den;
        u = ((q[0] - p[0]) * d1y - (q[1] - p[1]) * d1x) / den;
        count += t > 1e-9 && t < 1 - 1e-9 && u > 1e-9 && u < 1 - 1e-9;
      }

  return count;
}

/* Drawing and measuring */

static void
write_png (cairo_surface_t *surface,
           const char      *committee,
           Output           output,
           Method           method,
           guint            page)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (png_dir == NULL)
    return;
  name = g_strdup_printf ("quality-%s-%s-%s%s%u.png", committee,
                          output == OUT_1920 ? "1920" : output == OUT_1024 ? "1024" : output == OUT_A3 ? "a3" : "a4",
                          method == METHOD_FORCE ? "force" : method == METHOD_STRUCTURED ? "columns" : "sfdp",
                          page > 0 ? "-p" : "", page);
  path = g_build_filename (png_dir, name, NULL);
  cairo_surface_write_to_png (surface, path);
}

/* Whether @r lies in @frame (to half a pixel, the report's slack). */
static gboolean
within (const RtMapRect *r,
        const RtMapRect *frame)
{
  return r->x >= frame->x - 0.5 && r->y >= frame->y - 0.5 &&
         r->x + r->width <= frame->x + frame->width + 0.5 &&
         r->y + r->height <= frame->y + frame->height + 0.5;
}

static void
count_shown (RtMapReport     *report,
             const RtMapRect *frame,
             gboolean        *shown,
             guint            n_nodes)
{
  for (guint k = 0; k < rt_map_report_get_n_texts (report); k++)
    {
      const RtMapReportText *t = rt_map_report_get_text (report, k);

      if (t->opinion && t->node >= 0 && (guint)t->node < n_nodes && within (&t->rect, frame))
        shown[t->node] = TRUE;
    }
}

/* With BENCH_MAP_QUALITY_WHY set: what runs past the frame of a page. */
static void
explain (RtMapReport     *report,
         RtMap           *map,
         const RtMapRect *frame,
         const char      *name,
         guint            page)
{
  for (guint k = 0; k < rt_map_report_get_n_boxes (report); k++)
    {
      const RtMapReportBox *b = rt_map_report_get_box (report, k);
      const RtMapRect *r = &b->rect;

      if (!within (r, frame))
        g_printerr ("%s page %u: box of node %d (%s) at %.0f,%.0f %.0f×%.0f is past the frame %.0f×%.0f\n",
                    name, page, b->node, b->node >= 0 ? rt_map_get_node_title (map, b->node) : "-",
                    r->x, r->y, r->width, r->height, frame->width, frame->height);
    }
  for (guint k = 0; k < rt_map_report_get_n_texts (report); k++)
    {
      const RtMapReportText *t = rt_map_report_get_text (report, k);
      const RtMapRect *r = &t->rect;

      if (!within (r, frame))
        g_printerr ("%s page %u: text of node %d at %.0f,%.0f %.0f×%.0f is past the frame\n",
                    name, page, t->node, r->x, r->y, r->width, r->height);
    }
}

static gboolean
measure_slide (RtCommittee   *committee,
               const char    *name,
               Output         output,
               Method         method,
               guint32        seed,
               Figures       *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSlide) slide = NULL;
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  RtScene scene = { .kind = RT_SCENE_MAP, .title = (char *)"", .text = (char *)"" };
  RtSlideStyle style = { 0 };
  int width = output == OUT_1920 ? 1920 : 1024, height = output == OUT_1920 ? 1080 : 768;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  RtMapReportSummary summary;
  RtMap *map;
  double ms;

  if (method == METHOD_STRUCTURED)
    scene.text = (char *)"structured";
  slide = rt_slide_new_for_scene (committee, &scene, NULL, &error);
  g_assert_no_error (error);
  map = slide->map;

  /* A first paint sets the map's frame; columns are arranged by it. */
  if (method != METHOD_STRUCTURED)
    {
      if ((ms = arrange (map, method, seed, 16, 9)) < 0)
        {
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
          return FALSE;
        }
    }
  else
    {
      double t0 = now_ms ();

      rt_slide_paint (slide, &style, cr, width, height);
      ms = now_ms () - t0;
    }

  rt_map_set_report (map, report);
  rt_slide_paint (slide, &style, cr, width, height);
  rt_map_set_report (map, NULL);
  rt_map_report_summarize (report, map, &slide->map_area, &summary);

  *f = (Figures) { summary.opinions_shown, summary.opinions, summary.min_text, summary.overlaps,
                   summary.outside, summary.crossings, edge_crossings (map), 1, ms };
  if (seed == 1)
    write_png (surface, name, output, method, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

static gboolean
measure_paper (RtCommittee   *committee,
               const char    *name,
               Output         output,
               Method         method,
               guint32        seed,
               Figures       *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = rt_map_new_for_audience (committee, RT_MAP_CONTENT_PUBLIC_ONLY, &error);
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  RtMapPaper paper = output == OUT_A3 ? RT_MAP_PAPER_A3 : RT_MAP_PAPER_A4;
  g_autofree gboolean *shown = NULL;
  double pw, ph, w, h, ms;
  guint n_pages, n;

  g_assert_no_error (error);
  n = rt_map_get_n_nodes (map);
  shown = g_new0 (gboolean, n + 1);

  /* The area of the map on a sheet exported by render-map (28 pt margins, a
   * heading line), landscape. */
  rt_map_get_paper_size (paper, &pw, &ph);
  w = pw - 56;
  h = ph - 56 - 22;
  rt_map_set_min_text_size (map, rt_map_get_paper_min_text (paper));
  if ((ms = arrange (map, method, seed, w, h)) < 0)
    return FALSE;

  n_pages = rt_map_get_n_pages (map, w, h);
  *f = (Figures) { 0 };
  f->pages = n_pages;
  f->ms = ms;
  f->edge_crossings = edge_crossings (map);

  for (guint page = 0; page < n_pages; page++)
    {
      double k = seed == 1 && png_dir != NULL ? 150.0 / 72 : 1;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)ceil (w * k), (int)ceil (h * k));
      cairo_t *cr = cairo_create (surface);
      RtMapRect frame = { 0, 0, w * k, h * k };
      RtMapReportSummary summary;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, k, k);
      rt_map_report_clear (report);
      rt_map_set_report (map, report);
      rt_map_paint_page (map, cr, page, w, h);
      rt_map_set_report (map, NULL);
      rt_map_report_summarize (report, map, &frame, &summary);
      count_shown (report, &frame, shown, n);
      if (g_getenv ("BENCH_MAP_QUALITY_WHY") != NULL)
        explain (report, map, &frame, name, page);

      if (summary.min_text > 0 && (f->min_text == 0 || summary.min_text / k < f->min_text))
        f->min_text = summary.min_text / k;
      f->overlaps += summary.overlaps;
      f->outside += summary.outside;
      if (page == 0)
        {
          f->crossings = summary.crossings;
          f->opinions = summary.opinions;
        }
      if (seed == 1)
        write_png (surface, name, output, method, page);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  for (guint i = 0; i < n; i++)
    f->shown += shown[i];

  return TRUE;
}

/* Reporting */

typedef struct
{
  Figures sum;
  Figures lo;
  Figures hi;
  guint   n;
} Stats;

static void
stats_add (Stats         *s,
           const Figures *f)
{
  const double *v = (const double *)f;
  double *sum = (double *)&s->sum, *lo = (double *)&s->lo, *hi = (double *)&s->hi;

  for (guint k = 0; k < sizeof (Figures) / sizeof (double); k++)
    {
      sum[k] += v[k];
      lo[k] = s->n == 0 ? v[k] : MIN (lo[k], v[k]);
      hi[k] = s->n == 0 ? v[k] : MAX (hi[k], v[k]);
    }
  s->n++;
}

static char *
cell (const Stats *s,
      gsize        offset,
      int          decimals)
{
  double mean = *(const double *)((const char *)&s->sum + offset) / s->n;
  double lo = *(const double *)((const char *)&s->lo + offset);
  double hi = *(const double *)((const char *)&s->hi + offset);
  g_autofree char *m = g_strdup_printf ("%.*f", decimals, mean);

  if (s->n > 1 && hi - lo > 1e-9)
    {
      g_autofree char *l = g_strdup_printf ("%.*f", decimals, lo);
      g_autofree char *h = g_strdup_printf ("%.*f", decimals, hi);

      return g_strdup_printf ("%s (%s–%s)", m, l, h);
    }
  return g_steal_pointer (&m);
}

static void
print_row (const char  *output,
           const char  *method,
           const Stats *s,
           const char  *unit)
{
  g_autofree char *shown = cell (s, G_STRUCT_OFFSET (Figures, shown), 0);
  g_autofree char *min_text = cell (s, G_STRUCT_OFFSET (Figures, min_text), 1);
  g_autofree char *overlaps = cell (s, G_STRUCT_OFFSET (Figures, overlaps), 1);
  g_autofree char *outside = cell (s, G_STRUCT_OFFSET (Figures, outside), 1);
  g_autofree char *crossings = cell (s, G_STRUCT_OFFSET (Figures, crossings), 1);
  g_autofree char *edges = cell (s, G_STRUCT_OFFSET (Figures, edge_crossings), 0);
  g_autofree char *pages = cell (s, G_STRUCT_OFFSET (Figures, pages), 0);
  g_autofree char *ms = cell (s, G_STRUCT_OFFSET (Figures, ms), 0);

  g_print ("  %-10s %-15s %9s/%-4.0f %9s %-2s %13s %9s %17s %17s %6s %12s\n",
           output, method, shown, s->sum.opinions / s->n, min_text, unit, overlaps, outside,
           crossings, edges, pages, ms);
}

static void
measure_committee (RtCommittee *committee,
                   const char  *name)
{
  g_print ("\n%s — %s\n", name, rt_committee_get_name (committee));
  g_print ("  %-10s %-15s %14s %12s %13s %9s %17s %17s %6s %12s\n",
           "output", "layout", "with words", "min text", "overlaps", "outside",
           "crossings drawn", "crossings edges", "pages", "layout ms");

  for (Output output = 0; output < N_OUTPUTS; output++)
    for (Method method = 0; method < N_METHODS; method++)
      {
        Stats stats = { { 0 } };
        guint seeds = method == METHOD_STRUCTURED ? 1 : n_seeds;
        gboolean ok = TRUE;

        for (guint seed = 1; seed <= seeds && ok; seed++)
          {
            Figures f;

            if (output == OUT_1920 || output == OUT_1024)
              ok = measure_slide (committee, name, output, method, seed, &f);
            else
              ok = measure_paper (committee, name, output, method, seed, &f);
            if (ok)
              stats_add (&stats, &f);
          }

        if (!ok)
          g_print ("  %-10s %-15s (sfdp not found: install the Debian package graphviz)\n",
                   output_names[output], method_names[method]);
        else
          print_row (output_names[output], method_names[method], &stats,
                     output == OUT_1920 || output == OUT_1024 ? "px" : "pt");
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autofree char *sample = NULL;
  g_autofree char *generated = NULL;
  gsize length = 0;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--seeds="))
        n_seeds = MAX (1, (guint)g_ascii_strtoull (argv[i] + 8, NULL, 10));
      else if (g_str_has_prefix (argv[i], "--png="))
        png_dir = argv[i] + 6;
      else if (g_str_has_prefix (argv[i], "--save-generated="))
        json_out = argv[i] + 17;
      else
        g_ptr_array_add (files, argv[i]);
    }

  g_print ("Issue map readability, measured on the drawing (means over seeds 1–%u, range in brackets).\n"
           "Targets: every opinion with words on the projector and on A3, text at least 18 px (1920×1080),\n"
           "14 px (1024×768), 7 pt (A3), 6.5 pt (A4); no overlaps; nothing past the frame; crossings no\n"
           "more than sfdp's. Crossings drawn: of the links as painted (a theme's links to one point are\n"
           "one); crossings edges: every edge as a straight line between node centres.\n", n_seeds);

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *tmpdir = NULL;
    g_autoptr(RtCommittee) committee = NULL;

    sample = rt_sample_committee_json (&length, &error);
    g_assert_no_error (error);
    committee = open_json (sample, length, &tmpdir);
    measure_committee (committee, "sample");
    g_clear_object (&committee);
    remove_tree (tmpdir);
  }

  {
    g_autofree char *tmpdir = NULL;
    g_autoptr(RtCommittee) committee = NULL;

    generated = generated_json (500, 20, &length);
    if (json_out != NULL)
      g_file_set_contents (json_out, generated, length, NULL);
    committee = open_json (generated, length, &tmpdir);
    measure_committee (committee, "generated");
    g_clear_object (&committee);
    remove_tree (tmpdir);
  }

  for (guint k = 0; k < files->len; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *tmpdir = NULL;
      g_autofree char *base = g_path_get_basename (files->pdata[k]);
      g_autoptr(RtCommittee) committee = NULL;

      if (!g_file_get_contents (files->pdata[k], &contents, &length, &error))
        g_error ("%s", error->message);
      if (strrchr (base, '.'))
        *strrchr (base, '.') = '\0';
      committee = open_json (contents, length, &tmpdir);
      measure_committee (committee, base);
      g_clear_object (&committee);
      remove_tree (tmpdir);
    }

  return 0;
}
