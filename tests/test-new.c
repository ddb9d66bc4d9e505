/* test-new.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * New committee files: empty (with or without the national discussion
 * points) and from the sample committee.
 */

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-test-util.h"
#include "rt-committee.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ronten-test-new-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "新しい委員会.ronten", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  rt_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_no_part (Fixture *fixture)
{
  g_autofree char *part = g_strconcat (fixture->path, ".part", NULL);

  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

typedef struct
{
  gboolean with_points;
  guint    frameworks;
  guint    points;
} EmptyCase;

static const EmptyCase empty_cases[] = {
  { TRUE, 1, 9 },
  { FALSE, 0, 0 },
};

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  const EmptyCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  RtCommitteeStats stats;

  committee = rt_committee_create_empty (fixture->path, "第1回 準備委員会", c->with_points, &error);
  g_assert_no_error (error);
  g_assert_nonnull (committee);
  assert_no_part (fixture);

  g_assert_cmpstr (rt_committee_get_name (committee), ==, "第1回 準備委員会");
  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.frameworks, ==, c->frameworks);
  g_assert_cmpuint (stats.points, ==, c->points);
  g_assert_cmpuint (stats.cards, ==, 0);
  g_assert_cmpuint (stats.inbox, ==, 0);
  g_assert_cmpuint (stats.themes, ==, 0);
  g_assert_cmpuint (stats.labels, ==, 0);
  g_assert_cmpuint (stats.meetings, ==, 0);
  g_assert_cmpuint (stats.speakers, ==, 0);
  g_assert_cmpuint (stats.sources, ==, 0);
  g_assert_cmpuint (stats.perspectives, ==, 0);
  g_assert_cmpuint (stats.card_point_links, ==, 0);
  g_assert_cmpuint (stats.theme_point_links, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (committee)), ==, 0);

  if (c->with_points)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (rt_committee_get_frameworks (committee), 0);
      g_autoptr(GListModel) points = rt_committee_list_points (committee, rt_framework_get_id (framework));
      g_autoptr(RtPoint) first = g_list_model_get_item (points, 0);
      g_autoptr(RtPoint) last = g_list_model_get_item (points, 8);

      g_assert_cmpuint (g_list_model_get_n_items (points), ==, 9);
      g_assert_cmpint (rt_point_get_number (first), ==, 1);
      g_assert_cmpstr (rt_point_get_title (first), ==, "協働制度の見直しと働きかけ");
      g_assert_cmpint (rt_point_get_status (first), ==, RT_POINT_STATUS_UNDISCUSSED);
      g_assert_cmpuint (g_strv_length ((GStrv)rt_point_get_proposals (first)), ==, 5);
      g_assert_cmpstr (rt_point_get_proposals (first)[0], ==, "協働専担課の設置、専門担当職員の配置");
      g_assert_cmpint (rt_point_get_number (last), ==, 9);
    }

  g_assert_finalize_object (g_steal_pointer (&committee));

  /* Reopened, it is an ordinary committee file. */
  committee = rt_committee_open (fixture->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_committee_get_name (committee), ==, "第1回 準備委員会");
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  RtCommitteeStats stats;

  committee = rt_committee_create_sample (fixture->path, "練習用の委員会", &error);
  g_assert_no_error (error);
  assert_no_part (fixture);

  g_assert_cmpstr (rt_committee_get_name (committee), ==, "練習用の委員会");
  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_cmpuint (stats.cards, ==, 46);
  g_assert_cmpuint (stats.themes, ==, 8);
  g_assert_cmpuint (stats.points, ==, 9);
  g_clear_object (&committee);
  g_unlink (fixture->path);

  /* Without a name, the sample keeps its own. */
  committee = rt_committee_create_sample (fixture->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (rt_committee_get_name (committee), "再検討委員会"));
}

static void
test_existing (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  RtCommittee *committee;

  g_assert_true (g_file_set_contents (fixture->path, "not a committee", -1, &error));

  committee = rt_committee_create_empty (fixture->path, "x", TRUE, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (committee);
  g_clear_error (&error);

  committee = rt_committee_create_sample (fixture->path, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_null (committee);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "not a committee");
  assert_no_part (fixture);
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "missing", "a.ronten", NULL);
  RtCommittee *committee;

  committee = rt_committee_create_empty (path, NULL, TRUE, &error);
  g_assert_nonnull (error);
  g_assert_null (committee);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ronten/new/empty-with-points", Fixture, &empty_cases[0],
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/ronten/new/empty-without-points", Fixture, &empty_cases[1],
              fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/ronten/new/sample", Fixture, NULL, fixture_set_up, test_sample, fixture_tear_down);
  g_test_add ("/ronten/new/existing", Fixture, NULL, fixture_set_up, test_existing, fixture_tear_down);
  g_test_add ("/ronten/new/unwritable", Fixture, NULL, fixture_set_up, test_unwritable, fixture_tear_down);

  return g_test_run ();
}
