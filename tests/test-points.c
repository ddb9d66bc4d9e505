/* test-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-committee.h"
#include "rt-coverage.h"
#include "rt-test-util.h"

/* The discussion points on the sample committee: the 資料2 table, linking
 * and unlinking, the edits of frameworks, points, proposals and directions,
 * each one undo step, and the coverage matrix following the links. */

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtCommittee *committee;
  gint64       framework_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtFramework) framework = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  framework = g_list_model_get_item (rt_committee_get_frameworks (f->committee), 0);
  f->framework_id = rt_framework_get_id (framework);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static RtPoint *
point_by_number (Fixture *f,
                 int      number)
{
  g_autoptr(GListModel) points = rt_committee_list_points (f->committee, f->framework_id);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);

      if (rt_point_get_number (point) == number)
        return point;  /* the committee keeps it alive */
    }

  g_assert_not_reached ();
}

static RtPointTableRow *
row_of (Fixture *f,
        int      number)
{
  g_autoptr(GError) error = NULL;
  RtPointTableRow *row = rt_committee_get_point_row (f->committee, rt_point_get_id (point_by_number (f, number)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) table = rt_committee_get_point_table (f->committee, f->framework_id, &error);
  static const char *speakers[] = { "金尾委員長", "降旗委員", "玉山委員", "事務局" };
  RtPointTableRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (table->len, ==, 9);

  /* 論点1 as in 資料2: its question, its five proposals of the 平成24年度答申. */
  row = g_ptr_array_index (table, 0);
  g_assert_cmpint (row->number, ==, 1);
  g_assert_cmpstr (row->title, ==, "協働制度の見直しと働きかけ");
  g_assert_true (g_str_has_prefix (row->question, "協働を進める制度"));
  g_assert_cmpuint (row->proposals->len, ==, 5);
  g_assert_cmpstr (((RtPointText *)g_ptr_array_index (row->proposals, 0))->text, ==, "協働専担課の設置、専門担当職員の配置");
  g_assert_cmpint (row->status, ==, RT_POINT_STATUS_UNDISCUSSED);
  g_assert_cmpuint (row->directions->len, ==, 0);

  /* 条例化の方向性 is linked as a theme; its three cards come first, then
   * the three of 協働事業の課題 linked one by one. */
  g_assert_cmpuint (row->themes->len, ==, 1);
  g_assert_cmpstr (((RtPointTheme *)g_ptr_array_index (row->themes, 0))->name, ==, "条例化の方向性");
  g_assert_cmpuint (row->opinions->len, ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      RtPointOpinion *opinion = g_ptr_array_index (row->opinions, i);

      g_assert_cmpstr (opinion->theme_name, ==, i < 3 ? "条例化の方向性" : "協働事業の課題");
      g_assert_true (opinion->via_theme == (i < 3));
      g_assert_true (opinion->direct);
    }
  g_assert_cmpuint (row->speakers->len, ==, G_N_ELEMENTS (speakers));
  for (guint i = 0; i < G_N_ELEMENTS (speakers); i++)
    g_assert_cmpstr (g_ptr_array_index (row->speakers, i), ==, speakers[i]);

  /* 論点9 only through its theme センターに必要なこと; 論点2 has nothing. */
  row = g_ptr_array_index (table, 8);
  g_assert_cmpint (row->number, ==, 9);
  g_assert_cmpuint (row->themes->len, ==, 1);
  g_assert_cmpstr (((RtPointTheme *)g_ptr_array_index (row->themes, 0))->name, ==, "センターに必要なこと");
  g_assert_cmpuint (row->opinions->len, ==, 4);
  g_assert_cmpuint (row->proposals->len, ==, 3);
  row = g_ptr_array_index (table, 1);
  g_assert_cmpuint (row->opinions->len, ==, 0);
  g_assert_cmpuint (row->speakers->len, ==, 0);
}

static void
test_link_unlink_undo (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtPoint *point = point_by_number (f, 2);
  gint64 point_id = rt_point_get_id (point);
  RtCard *card = rt_committee_lookup (f->committee, RT_KIND_CARD, 1);
  g_autoptr(RtPointTableRow) row = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_nonnull (card);
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 0);

  g_assert_true (rt_committee_link_card_point (f->committee, 1, point_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 1);
  g_assert_cmpstr (rt_card_get_points (card), ==, "2");

  /* A card may link to several points. */
  g_assert_true (rt_committee_link_card_point (f->committee, 1, rt_point_get_id (point_by_number (f, 3)), &error));
  g_assert_cmpstr (rt_card_get_points (card), ==, "2,3");
  ids = rt_committee_get_card_point_ids (f->committee, 1, &error);
  g_assert_cmpuint (ids->len, ==, 2);

  row = row_of (f, 2);
  g_assert_cmpuint (row->opinions->len, ==, 1);
  g_assert_cmpint (((RtPointOpinion *)g_ptr_array_index (row->opinions, 0))->card_id, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (row->speakers, 0), ==, "林委員");
  g_clear_pointer (&row, rt_point_table_row_free);

  /* Undo takes back the second link only. */
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_card_get_points (card), ==, "2");

  g_assert_true (rt_committee_unlink_card_point (f->committee, 1, point_id, &error));
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 0);
  g_assert_cmpstr (rt_card_get_points (card), ==, "");
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 1);
  g_assert_true (rt_committee_redo (f->committee, &error));
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 0);

  /* A theme brings all its cards. */
  g_assert_true (rt_committee_link_theme_point (f->committee, 1, point_id, &error));
  row = row_of (f, 2);
  g_assert_cmpuint (row->themes->len, ==, 1);
  g_assert_cmpuint (row->opinions->len, ==, rt_theme_get_n_cards (rt_committee_lookup (f->committee, RT_KIND_THEME, 1)));
  g_clear_pointer (&row, rt_point_table_row_free);
  g_assert_true (rt_committee_unlink_theme_point (f->committee, 1, point_id, &error));
  row = row_of (f, 2);
  g_assert_cmpuint (row->opinions->len, ==, 0);
  g_clear_pointer (&row, rt_point_table_row_free);

  /* The chooser's call sets the links of one framework at once: one step. */
  {
    gint64 want[] = { rt_point_get_id (point_by_number (f, 5)), rt_point_get_id (point_by_number (f, 6)) };
    guint n_undo = rt_history_get_n_undo (rt_committee_get_history (f->committee));

    g_assert_true (rt_committee_set_card_points (f->committee, 1, f->framework_id, want, 2, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (rt_card_get_points (card), ==, "5,6");
    g_assert_cmpuint (rt_history_get_n_undo (rt_committee_get_history (f->committee)), ==, n_undo + 1);
    g_assert_true (rt_committee_undo (f->committee, &error));
    g_assert_cmpstr (rt_card_get_points (card), ==, "");
  }

  /* Links to what does not exist are refused. */
  g_assert_false (rt_committee_link_card_point (f->committee, 9999, point_id, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
}

static void
test_status_and_directions (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtPoint *point = point_by_number (f, 1);
  gint64 point_id = rt_point_get_id (point);
  g_autoptr(RtPointTableRow) row = NULL;
  gint64 first, second;

  g_assert_true (rt_committee_set_point_status (f->committee, point_id, RT_POINT_STATUS_PARALLEL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_point_get_status (point), ==, RT_POINT_STATUS_PARALLEL);
  g_assert_cmpstr (rt_history_get_undo_label (rt_committee_get_history (f->committee)), ==, "Change point status");

  /* Directions stand side by side, each with its meeting. */
  first = rt_committee_add_direction (f->committee, point_id, 3, "センター設置条例を制定する", &error);
  g_assert_no_error (error);
  second = rt_committee_add_direction (f->committee, point_id, 3, "市民参加条例第25条を根拠とする", &error);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, >, first);
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 2);
  row = row_of (f, 1);
  g_assert_cmpuint (row->directions->len, ==, 2);
  g_assert_cmpint (((RtPointText *)g_ptr_array_index (row->directions, 1))->meeting_number, ==, 3);
  g_assert_nonnull (((RtPointText *)g_ptr_array_index (row->directions, 1))->created);
  g_clear_pointer (&row, rt_point_table_row_free);

  g_assert_true (rt_committee_set_direction (f->committee, second, 2, "第25条を根拠とする", &error));
  g_assert_cmpstr (rt_point_get_directions (point)[1], ==, "第25条を根拠とする");
  g_assert_true (rt_committee_delete_direction (f->committee, first, &error));
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 1);

  g_assert_false (rt_committee_add_direction (f->committee, point_id, 0, "　 ", &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (rt_committee_add_direction (f->committee, point_id, 999, "x", &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo, step by step, back to the sample. */
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 2);
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpstr (rt_point_get_directions (point)[1], ==, "市民参加条例第25条を根拠とする");
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_null (rt_point_get_directions (point) != NULL ? rt_point_get_directions (point)[0] : NULL);
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpint (rt_point_get_status (point), ==, RT_POINT_STATUS_UNDISCUSSED);
}

static void
test_edit_points (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtPointTableRow) row = NULL;
  g_autoptr(GListModel) points = rt_committee_list_points (f->committee, f->framework_id);
  RtPoint *point = point_by_number (f, 4);
  gint64 point_id = rt_point_get_id (point);
  gint64 new_id, proposal_id;
  gint64 keep[3];
  const char *texts[3];
  RtPointEdit edit = { 0 };

  /* Edit the title, question and proposals at once: keep the second, reword
   * the first, drop none, add one. */
  row = row_of (f, 4);
  g_assert_cmpuint (row->proposals->len, ==, 2);
  keep[0] = ((RtPointText *)g_ptr_array_index (row->proposals, 1))->id;
  keep[1] = ((RtPointText *)g_ptr_array_index (row->proposals, 0))->id;
  keep[2] = 0;
  texts[0] = "市民活動団体のリスト化";
  texts[1] = "市職員の協働意識の向上";
  texts[2] = "職員研修の実施";
  edit.title = "行政の市民活動への認識（改）";
  edit.question = "職員は市民活動の現場を知っているか";
  edit.set_proposals = TRUE;
  edit.proposal_ids = keep;
  edit.proposals = texts;
  edit.n_proposals = 3;
  g_assert_true (rt_committee_edit_point (f->committee, point_id, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_point_get_title (point), ==, "行政の市民活動への認識（改）");
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_proposals (point)), ==, 3);
  g_assert_cmpstr (rt_point_get_proposals (point)[0], ==, "市民活動団体のリスト化");
  g_assert_cmpstr (rt_point_get_proposals (point)[2], ==, "職員研修の実施");
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpstr (rt_point_get_title (point), ==, "行政の市民活動への認識");
  g_assert_cmpstr (rt_point_get_proposals (point)[0], ==, "市職員の協働意識の向上");
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_proposals (point)), ==, 2);

  /* Proposals one by one. */
  proposal_id = rt_committee_add_proposal (f->committee, point_id, "研修", &error);
  g_assert_cmpint (proposal_id, >, 0);
  g_assert_true (rt_committee_move_proposal (f->committee, proposal_id, 0, &error));
  g_assert_cmpstr (rt_point_get_proposals (point)[0], ==, "研修");
  g_assert_true (rt_committee_set_proposal_text (f->committee, proposal_id, "職員研修", &error));
  g_assert_cmpstr (rt_point_get_proposals (point)[0], ==, "職員研修");
  g_assert_true (rt_committee_delete_proposal (f->committee, proposal_id, &error));
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_proposals (point)), ==, 2);

  /* Add a point at the end, move it first, delete it, undo the deletion. */
  new_id = rt_committee_add_point (f->committee, f->framework_id, "本委員会の論点", "センターの位置づけ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 10);
  g_assert_cmpint (rt_point_get_number (rt_committee_lookup (f->committee, RT_KIND_POINT, new_id)), ==, 10);
  g_assert_true (rt_committee_move_point (f->committee, new_id, 0, &error));
  {
    g_autoptr(RtPoint) first = g_list_model_get_item (points, 0);
    g_autoptr(RtPoint) second = g_list_model_get_item (points, 1);

    g_assert_cmpint (rt_point_get_id (first), ==, new_id);
    g_assert_cmpint (rt_point_get_number (second), ==, 1);
  }
  g_assert_true (rt_committee_link_card_point (f->committee, 2, new_id, &error));
  g_assert_true (rt_committee_delete_point (f->committee, new_id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 9);
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 10);
  g_assert_cmpint (rt_point_get_n_cards (rt_committee_lookup (f->committee, RT_KIND_POINT, new_id)), ==, 1);

  g_assert_false (rt_committee_add_point (f->committee, f->framework_id, "", NULL, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
}

static void
test_frameworks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *frameworks = rt_committee_get_frameworks (f->committee);
  g_autoptr(GListModel) points = NULL;
  g_autoptr(RtPoint) first = NULL;
  gint64 id, own;

  /* One point per perspective (1)–(4). */
  id = rt_committee_add_perspective_framework (f->committee, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (frameworks), ==, 2);
  points = rt_committee_list_points (f->committee, id);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 4);
  first = g_list_model_get_item (points, 0);
  g_assert_cmpint (rt_point_get_number (first), ==, 1);
  g_assert_true (g_str_has_suffix (rt_point_get_title (first), "市民活動団体との関係性"));

  g_assert_true (rt_committee_rename_framework (f->committee, id, "本委員会の視点", &error));
  g_assert_cmpstr (rt_framework_get_name (rt_committee_lookup (f->committee, RT_KIND_FRAMEWORK, id)), ==, "本委員会の視点");

  own = rt_committee_add_framework (f->committee, "独自の論点", &error);
  g_assert_cmpint (own, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (frameworks), ==, 3);

  /* Deleting a framework takes its points and links; undo brings them back. */
  g_assert_true (rt_committee_link_card_point (f->committee, 5, rt_point_get_id (first), &error));
  g_assert_true (rt_committee_delete_framework (f->committee, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (frameworks), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 0);
  g_assert_cmpstr (rt_card_get_points (rt_committee_lookup (f->committee, RT_KIND_CARD, 5)), ==, "");
  g_assert_true (rt_committee_undo (f->committee, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (frameworks), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 4);
  g_assert_cmpstr (rt_card_get_points (rt_committee_lookup (f->committee, RT_KIND_CARD, 5)), ==, "1");
}

static void
test_coverage_follows_links (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCoverage) before = NULL;
  g_autoptr(RtCoverage) after = NULL;
  g_autoptr(RtCoverage) meetings = NULL;
  gint64 point_id = rt_point_get_id (point_by_number (f, 2));
  guint hayashi = G_MAXUINT;

  before = rt_coverage_new (f->committee, f->framework_id, RT_COVERAGE_BY_SPEAKER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->n_rows, ==, 9);
  g_assert_cmpuint (before->row_totals[0], ==, 6);
  g_assert_cmpuint (before->row_totals[1], ==, 0);
  for (guint c = 0; c < before->n_columns; c++)
    if (g_strcmp0 (before->column_labels[c], "林委員") == 0)
      hayashi = c;
  g_assert_cmpuint (hayashi, !=, G_MAXUINT);
  g_assert_cmpuint (rt_coverage_get (before, 1, hayashi), ==, 0);

  /* Card 1 is 林委員's, at the first meeting. */
  g_assert_true (rt_committee_link_card_point (f->committee, 1, point_id, &error));
  after = rt_coverage_new (f->committee, f->framework_id, RT_COVERAGE_BY_SPEAKER, &error);
  g_assert_cmpuint (rt_coverage_get (after, 1, hayashi), ==, 1);
  g_assert_cmpuint (rt_coverage_n_empty (after), ==, rt_coverage_n_empty (before) - 1);

  meetings = rt_coverage_new (f->committee, f->framework_id, RT_COVERAGE_BY_MEETING, &error);
  g_assert_cmpuint (meetings->n_columns, ==, 3);
  g_assert_cmpuint (rt_coverage_get (meetings, 0, 0), ==, 3);
  g_assert_cmpuint (rt_coverage_get (meetings, 1, 0), ==, 1);
  g_assert_cmpuint (rt_coverage_get (meetings, 8, 1), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ronten/points/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("table", test_table);
  ADD ("link-unlink-undo", test_link_unlink_undo);
  ADD ("status-directions", test_status_and_directions);
  ADD ("edit-points", test_edit_points);
  ADD ("frameworks", test_frameworks);
  ADD ("coverage", test_coverage_follows_links);

  return g_test_run ();
}
