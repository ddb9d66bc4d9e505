/* test-map-readable.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "rt-map.h"
#include "rt-slide.h"
#include "rt-test-map.h"
#include "rt-test-util.h"

/* The issue map as people read it, measured on what the painter drew (its
 * report): every opinion shows words, no text under the readable size,
 * nothing drawn over anything, nothing past the frame, on the projector,
 * on paper, on a focused map; and the report itself sees what is wrong. */

typedef RtTestSample Fixture;

/* Paints the map scene @text (a target, flags) at @width × @height and sums
 * up the drawing. */
static void
measure_slide (Fixture            *f,
               gint64              target,
               const char         *text,
               int                 width,
               int                 height,
               RtMapReportSummary *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSlide) slide = NULL;
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  RtScene scene = { .kind = RT_SCENE_MAP, .target_id = target, .title = (char *)"", .text = (char *)text };
  RtSlideStyle style = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  slide = rt_slide_new_for_scene (f->committee, &scene, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slide->kind, ==, RT_SLIDE_MAP);

  rt_slide_paint (slide, &style, cr, width, height);   /* arranges a focused map */
  rt_map_set_report (slide->map, report);
  rt_slide_paint (slide, &style, cr, width, height);
  rt_map_set_report (slide->map, NULL);
  rt_map_report_summarize (report, slide->map, &slide->map_area, summary);

  g_test_message ("map scene %s %dx%d: %u/%u opinions with words, smallest text %.1f, "
                  "%u overlaps, %u outside, %u crossings",
                  text, width, height, summary->opinions_shown, summary->opinions,
                  summary->min_text, summary->overlaps, summary->outside, summary->crossings);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_readable (const RtMapReportSummary *s,
                 double                    min_text)
{
  g_assert_cmpuint (s->opinions, >, 0);
  g_assert_cmpuint (s->opinions_shown, ==, s->opinions);
  g_assert_cmpfloat (s->min_text, >=, min_text - 0.01);
  g_assert_cmpuint (s->overlaps, ==, 0);
  g_assert_cmpuint (s->outside, ==, 0);
}

/* The whole map on a 1920×1080 and a 1024×768 projector, as arranged and
 * in columns: every opinion with words, at 18 and 14 px at least. */
static void
test_projector (Fixture       *f,
                gconstpointer  data)
{
  const char *arrangements[] = { "", "structured" };

  for (guint k = 0; k < G_N_ELEMENTS (arrangements); k++)
    {
      RtMapReportSummary s;

      measure_slide (f, 0, arrangements[k], 1920, 1080, &s);
      assert_readable (&s, 18);
      g_assert_cmpuint (s.opinions, ==, 46);

      measure_slide (f, 0, arrangements[k], 1024, 768, &s);
      assert_readable (&s, 14);
    }
}

/* The map of one point and of one theme: their opinions at full size,
 * never folded, larger than the room's minimum. */
static void
test_focus (Fixture       *f,
            gconstpointer  data)
{
  RtMapReportSummary s;

  /* 論点1: 3 opinions of 条例化の方向性, 3 of 協働事業の課題 linked to it. */
  measure_slide (f, 1, "", 1920, 1080, &s);
  assert_readable (&s, 18);
  g_assert_cmpuint (s.opinions, ==, 6);
  g_assert_cmpfloat (s.min_text, >, 18 * 1.2);

  /* A theme of nine opinions. */
  measure_slide (f, 1, "theme", 1024, 768, &s);
  assert_readable (&s, 14);
  g_assert_cmpuint (s.opinions, ==, 9);
  g_assert_cmpfloat (s.min_text, >, 14 * 1.2);
}

/* Pages of @map on paper: the union of the opinions with words, the
 * smallest text, and overlaps and outside summed over the pages. */
static guint
measure_pages (RtMap              *map,
               RtMapPaper          paper,
               RtMapReportSummary *total)
{
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  guint n = rt_map_get_n_nodes (map), n_pages;
  g_autofree gboolean *shown = g_new0 (gboolean, n + 1);
  double w, h;

  rt_map_get_paper_size (paper, &w, &h);
  w -= 56;
  h -= 78;
  rt_map_set_min_text_size (map, rt_map_get_paper_min_text (paper));
  n_pages = rt_map_get_n_pages (map, w, h);
  *total = (RtMapReportSummary) { 0 };

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
      cairo_t *cr = cairo_create (surface);
      RtMapRect frame = { 0, 0, w, h };
      RtMapReportSummary s;

      rt_map_report_clear (report);
      rt_map_set_report (map, report);
      rt_map_paint_page (map, cr, page, w, h);
      rt_map_set_report (map, NULL);
      rt_map_report_summarize (report, map, &frame, &s);

      for (guint k = 0; k < rt_map_report_get_n_texts (report); k++)
        {
          const RtMapReportText *t = rt_map_report_get_text (report, k);

          if (t->opinion && t->node >= 0)
            shown[t->node] = TRUE;
        }
      total->opinions = s.opinions;
      if (total->min_text == 0 || s.min_text < total->min_text)
        total->min_text = s.min_text;
      total->overlaps += s.overlaps;
      total->outside += s.outside;

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  for (guint i = 0; i < n; i++)
    total->opinions_shown += shown[i];

  return n_pages;
}

/* The whole map of the sample on A3 and A4: every opinion with words at
 * 7 and 6.5 pt at least, nothing over anything, nothing past the sheet; on
 * A3 one page. */
static void
test_paper (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = rt_map_new_for_audience (f->committee, RT_MAP_CONTENT_PUBLIC_ONLY, &error);
  RtMapReportSummary s;

  g_assert_no_error (error);
  rt_map_tidy (map);

  g_assert_cmpuint (measure_pages (map, RT_MAP_PAPER_A3, &s), ==, 1);
  assert_readable (&s, 7);
  measure_pages (map, RT_MAP_PAPER_A4, &s);
  assert_readable (&s, 6.5);
}

/* A map too large for a sheet: an overview and the tiles it announces,
 * each box whole on some tile, every opinion with words on some page. */
static void
test_tiles (void)
{
  g_autoptr(RtMap) map = rt_test_make_map (1500);
  RtMapReportSummary s;
  guint n_pages;

  rt_map_layout_now (map, 1, FALSE);
  n_pages = measure_pages (map, RT_MAP_PAPER_A4, &s);
  g_test_message ("%u pages, %u/%u opinions, %u overlaps, %u outside", n_pages,
                  s.opinions_shown, s.opinions, s.overlaps, s.outside);
  g_assert_cmpuint (n_pages, >, 2);
  assert_readable (&s, 6.5);
}

/* A theme too large for any page (240 opinions) beside small ones, on A4,
 * as laid out and in columns: it is cut at the tiles' edges, each of its
 * cards whole on some tile, nothing else cut, nothing over anything. */
static void
test_large_theme (void)
{
  for (guint arranged = 0; arranged < 2; arranged++)
    {
      g_autoptr(RtMap) map = rt_map_new ();
      guint point = rt_map_add_node (map, RT_MAP_NODE_POINT, 1, "論点1", "協働制度の見直しと働きかけ", NULL, NULL);
      guint themes[5];
      RtMapReportSummary s;
      guint n_pages;

      for (guint t = 0; t < 5; t++)
        {
          g_autofree char *name = g_strdup_printf ("テーマ%u", t + 1);
          RtColor color;

          rt_color_for_index (t, &color);
          themes[t] = rt_map_add_node (map, RT_MAP_NODE_THEME, t + 1, NULL, name, NULL, &color);
          rt_map_add_edge (map, themes[t], point);
        }
      for (guint c = 0; c < 320; c++)
        {
          guint t = c < 240 ? 0 : 1 + (c - 240) / 20;
          g_autofree char *text = g_strdup_printf ("意見%u　若い世代の担い手を増やすために、参加の入口を広げる仕組みを考えたい。", c + 1);
          RtColor color;

          rt_color_for_index (t, &color);
          rt_map_add_edge (map, rt_map_add_node (map, RT_MAP_NODE_CARD, c + 1, NULL, text, NULL, &color), themes[t]);
        }

      rt_map_set_min_text_size (map, rt_map_get_paper_min_text (RT_MAP_PAPER_A4));
      if (arranged)
        {
          double w, h;

          rt_map_get_paper_size (RT_MAP_PAPER_A4, &w, &h);
          rt_map_arrange_for_sheet (map, w - 56, h - 78);
        }
      else
        rt_map_layout_now (map, 1, FALSE);
      n_pages = measure_pages (map, RT_MAP_PAPER_A4, &s);
      g_test_message ("%s: %u pages, %u/%u opinions, %u overlaps, %u outside", arranged ? "columns" : "force",
                      n_pages, s.opinions_shown, s.opinions, s.overlaps, s.outside);
      g_assert_cmpuint (n_pages, >, 2);
      assert_readable (&s, 6.5);
    }
}

/* On the laptop's screen, zoomed out: the themes fold, their words stay
 * at 12 px; zoomed in, the cards show theirs at the map's own size. */
static void
test_fold (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = rt_map_new_from_committee (f->committee, &error);
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 500);
  cairo_t *cr = cairo_create (surface);
  RtMapViewport viewport = { 0 };
  RtMapReportSummary s;
  RtMapRect frame = { 0, 0, 800, 500 };

  g_assert_no_error (error);
  rt_map_layout_now (map, 1, FALSE);
  rt_map_fit (map, &viewport, 800, 500, 10);
  viewport.min_text = 12;
  g_assert_true (rt_map_get_folded (map, &viewport));

  rt_map_set_report (map, report);
  rt_map_paint (map, cr, &viewport);
  rt_map_set_report (map, NULL);
  rt_map_report_summarize (report, map, &frame, &s);
  g_assert_cmpfloat (s.min_text, >=, 12 - 0.01);
  g_assert_cmpuint (s.overlaps, ==, 0);
  g_assert_cmpuint (s.opinions_shown, >, 0);

  viewport.scale = 2;
  {
    double x, y;

    rt_map_get_node_position (map, rt_map_find_node (map, RT_MAP_NODE_CARD, 1), &x, &y);
    viewport.x = x - 200;
    viewport.y = y - 125;
  }
  g_assert_false (rt_map_get_folded (map, &viewport));
  rt_map_report_clear (report);
  rt_map_set_report (map, report);
  rt_map_paint (map, cr, &viewport);
  rt_map_set_report (map, NULL);
  rt_map_report_summarize (report, map, NULL, &s);
  g_assert_cmpfloat (s.min_text, ==, 2 * RT_MAP_TEXT_SIZE);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The report sees what is wrong: boxes moved onto each other, a box out
 * of the frame, text too small for the view. */
static void
test_report_catches (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = rt_map_new_from_committee (f->committee, &error);
  g_autoptr(RtMapReport) report = rt_map_report_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 1000);
  cairo_t *cr = cairo_create (surface);
  int a = rt_map_find_node (map, RT_MAP_NODE_POINT, 1), b = rt_map_find_node (map, RT_MAP_NODE_POINT, 2);
  RtMapRect frame = { 0, 0, 1600, 1000 };
  RtMapViewport viewport = { 0 };
  RtMapReportSummary s;
  double x, y;

  g_assert_no_error (error);
  rt_map_layout_now (map, 1, FALSE);
  rt_map_fit (map, &viewport, 1600, 1000, 10);
  viewport.scale = MAX (viewport.scale, 1.3);

  rt_map_get_node_position (map, a, &x, &y);
  rt_map_move_node (map, b, x + 5, y + 5);
  rt_map_set_report (map, report);
  rt_map_paint (map, cr, &viewport);
  rt_map_set_report (map, NULL);
  rt_map_report_summarize (report, map, &frame, &s);
  g_assert_cmpuint (s.overlaps, >, 0);

  /* A frame smaller than the drawing. */
  frame.width = 300;
  rt_map_report_summarize (report, map, &frame, &s);
  g_assert_cmpuint (s.outside, >, 0);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A card's words: at most three lines, cut after a word (never before a
 * mark that cannot begin a line) and ended with …; the map's words are the
 * committee's, in Japanese whatever the interface's language. */
static void
test_words (void)
{
  static const char japanese[] =
    "協働相手として「市民」としているが、どういう範囲でステークホルダーを捉えているか。当時は市民・NPOと行政との"
    "協働でよかったかもしれないが、企業は市民に位置付けられるのか。";
  static const char english[] =
    "The centre should reach out to the groups that do not come to it, and ask them what they need "
    "before it plans its programme for the coming year.";
  g_autoptr(RtMap) map = rt_map_new ();
  guint ja = rt_map_add_node (map, RT_MAP_NODE_CARD, 1, NULL, japanese, NULL, NULL);
  guint en = rt_map_add_node (map, RT_MAP_NODE_CARD, 2, NULL, english, NULL, NULL);
  guint short_card = rt_map_add_node (map, RT_MAP_NODE_CARD, 3, NULL, "短い意見。", NULL, NULL);
  g_autofree char *ja_words = rt_map_dup_node_words (map, ja);
  g_autofree char *en_words = rt_map_dup_node_words (map, en);
  g_autofree char *short_words = rt_map_dup_node_words (map, short_card);
  RtMapRect one, three;
  gsize cut;

  g_assert_true (g_str_has_suffix (ja_words, "…"));
  cut = strlen (ja_words) - strlen ("…");
  g_assert_true (strncmp (ja_words, japanese, cut) == 0);
  g_assert_false (g_str_has_prefix (japanese + cut, "。") || g_str_has_prefix (japanese + cut, "、") ||
                  g_str_has_prefix (japanese + cut, "」"));

  g_assert_true (g_str_has_suffix (en_words, "…"));
  cut = strlen (en_words) - strlen ("…");
  g_assert_true (strncmp (en_words, english, cut) == 0);
  g_assert_true (english[cut] == ' ');

  g_assert_cmpstr (short_words, ==, "短い意見。");

  /* Sized from their words: three lines are taller than one. */
  rt_map_get_node_rect (map, short_card, &one);
  rt_map_get_node_rect (map, ja, &three);
  g_assert_cmpfloat (three.height, >, one.height + 2 * RT_MAP_TEXT_SIZE);
  g_assert_cmpfloat (three.height, <, one.height + 3 * RT_MAP_TEXT_SIZE * 1.3);
}

static void
test_committee_words (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = rt_map_new_from_committee (f->committee, &error);

  g_assert_no_error (error);
  /* The tests run in the C locale: an interface string would be English. */
  g_assert_cmpstr (rt_map_get_node_title (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 1)), ==, "論点1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, rt_test_sample_set_up, func, rt_test_sample_tear_down)

  ADD ("/ronten/map-readable/projector", test_projector);
  ADD ("/ronten/map-readable/focus", test_focus);
  ADD ("/ronten/map-readable/paper", test_paper);
  ADD ("/ronten/map-readable/fold", test_fold);
  ADD ("/ronten/map-readable/report-catches", test_report_catches);
  ADD ("/ronten/map-readable/committee-words", test_committee_words);
  g_test_add_func ("/ronten/map-readable/tiles", test_tiles);
  g_test_add_func ("/ronten/map-readable/large-theme", test_large_theme);
  g_test_add_func ("/ronten/map-readable/words", test_words);

  return g_test_run ();
}
