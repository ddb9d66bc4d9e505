/* test-coverage.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

/* Both headers in one unit: their link types once shared the name RtPointLink. */
#include "rt-coverage-painter.h"
#include "rt-store-private.h"
#include "rt-test-util.h"
#include "rt-committee.h"
#include "rt-committee-private.h"

typedef struct
{
  char        *tmpdir;
  RtCommittee *committee;
  gint64       framework_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rt_test_make_sample (&fixture->tmpdir);
  g_autoptr(RtFramework) framework = NULL;

  fixture->committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  framework = g_list_model_get_item (rt_committee_get_frameworks (fixture->committee), 0);
  fixture->framework_id = rt_framework_get_id (framework);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->committee);
  rt_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static int
column_named (RtCoverage *coverage,
              const char *label)
{
  for (guint c = 0; c < coverage->n_columns; c++)
    if (g_str_equal (coverage->column_labels[c], label))
      return c;

  g_assert_not_reached ();
}

/* In the sample, 論点1 gathers the 3 条例化 cards (linked directly and through
 * their theme) and the 3 協働事業の課題 cards; 論点9 the 4 センターに必要なこと
 * cards through their theme; 論点2 nothing. */
static void
test_coverage_speakers (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCoverage) coverage = rt_coverage_new (fixture->committee, fixture->framework_id,
                                                    RT_COVERAGE_BY_SPEAKER, &error);
  guint sum = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_rows, ==, 9);
  g_assert_cmpuint (coverage->n_columns, ==, 13);

  g_assert_cmpint (coverage->row_numbers[0], ==, 1);
  g_assert_cmpuint (coverage->row_totals[0], ==, 6);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, column_named (coverage, "降旗委員")), ==, 2);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, column_named (coverage, "玉山委員")), ==, 2);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, column_named (coverage, "金尾委員長")), ==, 1);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, column_named (coverage, "事務局")), ==, 1);
  g_assert_cmpuint (coverage->row_totals[1], ==, 0);
  g_assert_cmpuint (coverage->row_totals[8], ==, 4);
  g_assert_cmpuint (rt_coverage_get (coverage, 8, column_named (coverage, "準備室")), ==, 4);

  for (guint r = 0; r < coverage->n_rows; r++)
    sum += coverage->row_totals[r];
  g_assert_cmpuint (sum, ==, 6 + 1 + 5 + 4);
  g_assert_cmpuint (rt_coverage_get_max (coverage), ==, 4);
  /* 論点1: 4 speakers, 論点4: 1, 論点7: 5, 論点9: 1. */
  g_assert_cmpuint (rt_coverage_n_empty (coverage), ==, 9 * 13 - 11);
}

static void
test_coverage_meetings (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCoverage) coverage = rt_coverage_new (fixture->committee, fixture->framework_id,
                                                    RT_COVERAGE_BY_MEETING, &error);
  g_autofree char *tsv = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (coverage->n_columns, ==, 3);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, 0), ==, 3);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, 1), ==, 3);
  g_assert_cmpuint (rt_coverage_get (coverage, 0, 2), ==, 0);
  g_assert_cmpuint (coverage->column_totals[2], ==, 0);

  tsv = rt_coverage_to_tsv (coverage);
  g_assert_true (g_str_has_prefix (tsv, "point\t"));
  g_assert_nonnull (strstr (tsv, "\n1\t3\t3\t0\t6\n"));
  g_assert_nonnull (strstr (tsv, "\n2\t0\t0\t0\t0\n"));
}

/* A new link shows up, and a card reached twice (directly and through its
 * theme) still counts once. */
static void
test_coverage_update (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCoverage) before = NULL;
  g_autoptr(RtCoverage) after = NULL;
  g_autoptr(GListModel) points = rt_committee_list_points (fixture->committee, fixture->framework_id);
  g_autoptr(RtPoint) point2 = g_list_model_get_item (points, 1);
  g_autoptr(RtTheme) theme = g_list_model_get_item (rt_committee_get_themes (fixture->committee), 1);
  g_autoptr(GListModel) cards = rt_committee_list_cards (fixture->committee, rt_theme_get_id (theme));
  RtCardDraft draft = { .text = "担い手を育てる研修の場が必要。", .theme_id = rt_theme_get_id (theme) };
  gint64 card;

  before = rt_coverage_new (fixture->committee, fixture->framework_id, RT_COVERAGE_BY_SPEAKER, &error);
  g_assert_no_error (error);
  card = rt_committee_add_card (fixture->committee, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (card, >, 0);

  /* Card totals count cards without a speaker too. */
  {
    g_autoptr(RtStore) store = g_object_ref (rt_committee_get_store (fixture->committee));
    g_autofree char *sql = g_strdup_printf ("INSERT INTO theme_points (theme_id, point_id) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ");"
                                            "INSERT INTO card_points (card_id, point_id) VALUES (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ");",
                                            rt_theme_get_id (theme), rt_point_get_id (point2),
                                            card, rt_point_get_id (point2));
    char *message = NULL;

    g_assert_cmpint (sqlite3_exec (_rt_store_get_db (store), sql, NULL, NULL, &message), ==, SQLITE_OK);
    rt_store_touch (store, RT_TABLE_CARD_POINTS);
  }

  after = rt_coverage_new (fixture->committee, fixture->framework_id, RT_COVERAGE_BY_SPEAKER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->row_totals[1], ==, 0);
  g_assert_cmpuint (after->row_totals[1], ==, g_list_model_get_n_items (cards));
}

static void
test_coverage_paint (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCoverage) coverage = rt_coverage_new (fixture->committee, fixture->framework_id,
                                                    RT_COVERAGE_BY_SPEAKER, &error);
  g_autofree char *png = NULL;
  RtCoverageStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint row, column;

  rt_coverage_style_init_light (&style);
  rt_coverage_measure (coverage, &style, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)width, (int)height);
  cr = cairo_create (surface);
  rt_coverage_paint (coverage, &style, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);

  /* Each column's header is centred on its column, and the corner of the
   * totals holds the grand total: dark pixels, looked for in the picture. */
  {
    double cw = style.font_size * 5.8, ch = style.font_size * 2.4;
    double left = width - (coverage->n_columns + 1) * cw;
    double top = height - (coverage->n_rows + 1) * ch;
    guchar *pixels;
    int stride;

    cairo_surface_flush (surface);
    pixels = cairo_image_surface_get_data (surface);
    stride = cairo_image_surface_get_stride (surface);

    for (guint c = 0; c <= coverage->n_columns; c++)
      {
        int x0 = (int)(left + c * cw), x1 = (int)(left + (c + 1) * cw);
        int min_x = G_MAXINT, max_x = -1;

        for (int y = 0; y < (int)top - 1; y++)
          for (int x = x0; x < x1 && x < (int)width; x++)
            {
              guint32 p = *(guint32 *)(pixels + y * stride + x * 4);
              guint lum = (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3;

              if (lum < 128)
                {
                  min_x = MIN (min_x, x);
                  max_x = MAX (max_x, x);
                }
            }
        g_assert_cmpint (max_x, >=, 0);
        g_assert_cmpfloat (ABS ((min_x + max_x) / 2.0 - (x0 + x1) / 2.0), <=, 3);
      }

    {
      int x0 = (int)(left + coverage->n_columns * cw), y0 = (int)(top + coverage->n_rows * ch);
      guint dark = 0;

      for (int y = y0; y < y0 + (int)ch && y < (int)height; y++)
        for (int x = x0; x < x0 + (int)cw && x < (int)width; x++)
          {
            guint32 p = *(guint32 *)(pixels + y * stride + x * 4);

            dark += ((((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3) < 160;
          }
      g_assert_cmpuint (dark, >, 10);
    }
  }

  png = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", "test-coverage.png", NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  /* The middle of the first cell is row 0, column 0; the row headers are no cell. */
  g_assert_true (rt_coverage_hit (coverage, &style, width - (coverage->n_columns + 1) * style.font_size * 5.8 + 3,
                                  height - (coverage->n_rows + 1) * style.font_size * 2.4 + 3, &row, &column));
  g_assert_cmpuint (row, ==, 0);
  g_assert_cmpuint (column, ==, 0);
  g_assert_false (rt_coverage_hit (coverage, &style, 2, height / 2, &row, &column));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ronten/coverage/speakers", Fixture, NULL, fixture_set_up, test_coverage_speakers, fixture_tear_down);
  g_test_add ("/ronten/coverage/meetings", Fixture, NULL, fixture_set_up, test_coverage_meetings, fixture_tear_down);
  g_test_add ("/ronten/coverage/update", Fixture, NULL, fixture_set_up, test_coverage_update, fixture_tear_down);
  g_test_add ("/ronten/coverage/paint", Fixture, NULL, fixture_set_up, test_coverage_paint, fixture_tear_down);

  return g_test_run ();
}
