/* test-history.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo: every edit of the board, then undo gives back exactly the
 * committee as it was (compared through its JSON export) and redo exactly the
 * edited one; in the file too, across several steps, savepoints and reopening.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-import.h"
#include "rt-store-private.h"
#include "rt-table-import.h"
#include "rt-test-util.h"

typedef struct
{
  char        *dir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->committee = rt_test_create_sample ("ronten-test-history-XXXXXX", &fixture->dir,
                                              &fixture->path, NULL, NULL);

  g_assert_true (rt_history_get_enabled (rt_committee_get_history (fixture->committee)));
  g_assert_false (rt_history_get_can_undo (rt_committee_get_history (fixture->committee)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->committee != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->committee));

  rt_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static void
assert_export (RtCommittee *committee,
               const char  *expected)
{
  g_autofree char *json = rt_test_export (committee, NULL);

  g_assert_cmpstr (json, ==, expected);
}

static gint64
nth_id (GListModel *model,
        guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);
  gint64 id = 0;

  g_assert_nonnull (item);
  g_object_get (item, "id", &id, NULL);

  return id;
}

/* The first theme that has at least @n cards. */
static gint64
theme_with_cards (RtCommittee *committee,
                  guint        n)
{
  GListModel *themes = rt_committee_get_themes (committee);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      g_autoptr(GListModel) cards = rt_committee_list_cards (committee, rt_theme_get_id (theme));

      if (g_list_model_get_n_items (cards) >= n)
        return rt_theme_get_id (theme);
    }

  g_assert_not_reached ();
}

static void
card_ids (RtCommittee *committee,
          gint64       theme_id,
          gint64      *ids,
          guint        n)
{
  g_autoptr(GListModel) cards = rt_committee_list_cards (committee, theme_id);

  g_assert_cmpuint (g_list_model_get_n_items (cards), >=, n);
  for (guint i = 0; i < n; i++)
    ids[i] = nth_id (cards, i);
}

/* @n cards of one theme with the same speaker and meeting. */
static void
same_speaker_ids (RtCommittee *committee,
                  gint64      *ids,
                  guint        n)
{
  GListModel *themes = rt_committee_get_themes (committee);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, t);
      g_autoptr(GListModel) cards = rt_committee_list_cards (committee, rt_theme_get_id (theme));
      guint found = 0;

      for (guint i = 0; i < g_list_model_get_n_items (cards) && found < n; i++)
        {
          g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
          RtCard *first = found > 0 ? rt_committee_lookup (committee, RT_KIND_CARD, ids[0]) : NULL;

          if (first == NULL || (rt_card_get_speaker_id (card) == rt_card_get_speaker_id (first) &&
                                rt_card_get_meeting_id (card) == rt_card_get_meeting_id (first)))
            ids[found++] = rt_card_get_id (card);
        }

      if (found == n && rt_card_get_speaker_id (rt_committee_lookup (committee, RT_KIND_CARD, ids[0])) > 0)
        return;
    }

  g_assert_not_reached ();
}

static gint64
first_point (RtCommittee *committee,
             guint        n)
{
  GListModel *frameworks = rt_committee_get_frameworks (committee);
  g_autoptr(GListModel) points = rt_committee_list_points (committee, nth_id (frameworks, 0));

  return nth_id (points, n);
}

/* The edits. Each makes exactly one undo step. */

static void
edit_capture (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  GListModel *meetings = rt_committee_get_meetings (c);
  GListModel *people = rt_committee_get_people (c);
  gint64 id;

  id = rt_committee_capture_card (c, nth_id (meetings, 0), nth_id (people, 1), "　いま言われた意見です。 ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, id)), ==, "いま言われた意見です。");
  g_assert_cmpint (rt_card_get_theme_id (rt_committee_lookup (c, RT_KIND_CARD, id)), ==, 0);
}

static void
edit_add_card (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  RtCardDraft draft = { .text = "新しいカード", .theme_id = theme_with_cards (c, 1) };

  g_assert_cmpint (rt_committee_add_card (c, &draft, &error), >, 0);
  g_assert_no_error (error);
}

static void
edit_text (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = nth_id (rt_committee_get_cards (c), 3);

  g_assert_true (rt_committee_set_card_text (c, id, "書き直した要旨", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, id)), ==, "書き直した要旨");
}

static void
edit_move (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 from = theme_with_cards (c, 3);
  gint64 ids[3];

  card_ids (c, from, ids, 3);
  g_assert_true (rt_committee_move_cards (c, ids, 3, 0, 0, &error));
  g_assert_no_error (error);
}

static void
edit_delete_card (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_delete_cards (c, (gint64[]) { nth_id (rt_committee_get_cards (c), 0) }, 1, &error));
  g_assert_no_error (error);
}

static void
edit_delete_cards (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[2];
  gint64 point = first_point (c, 0);

  card_ids (c, theme_with_cards (c, 2), ids, 2);
  /* A linked card takes its links along, and undo brings them back. */
  g_assert_true (rt_committee_link_card_point (c, ids[0], point, &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  g_assert_true (rt_committee_delete_cards (c, ids, 2, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_lookup (c, RT_KIND_CARD, ids[0]));
}

static void
edit_speaker (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  card_ids (c, theme_with_cards (c, 2), ids, 2);
  g_assert_true (rt_committee_set_cards_speaker (c, ids, 2, nth_id (rt_committee_get_people (c), 2), &error));
  g_assert_no_error (error);
}

static void
edit_meeting (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  card_ids (c, theme_with_cards (c, 2), ids, 2);
  g_assert_true (rt_committee_set_cards_meeting (c, ids, 2, 0, &error));
  g_assert_no_error (error);
}

static void
edit_status (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  card_ids (c, theme_with_cards (c, 2), ids, 2);
  g_assert_true (rt_committee_set_cards_status (c, ids, 2, RT_CARD_STATUS_HOLD, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_card_get_status (rt_committee_lookup (c, RT_KIND_CARD, ids[1])), ==, RT_CARD_STATUS_HOLD);
}

static void
edit_visibility (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[1];

  card_ids (c, theme_with_cards (c, 1), ids, 1);
  g_assert_true (rt_committee_set_cards_visibility (c, ids, 1, RT_VISIBILITY_ANONYMOUS, &error));
  g_assert_no_error (error);
}

static void
edit_split (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 theme = theme_with_cards (c, 2);
  gint64 ids[2];
  g_autofree char *text = NULL;
  const char *cut;
  gint64 new_id;

  card_ids (c, theme, ids, 2);
  g_assert_true (rt_committee_link_card_point (c, ids[0], first_point (c, 1), &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  text = g_strdup (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[0])));
  cut = g_utf8_offset_to_pointer (text, g_utf8_strlen (text, -1) / 2);

  new_id = rt_committee_split_card (c, ids[0], cut - text, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, 0);

  /* The new card comes right after the old one, with the rest of the text. */
  {
    gint64 after[3];
    g_autofree char *joined = NULL;

    card_ids (c, theme, after, 3);
    g_assert_cmpint (after[0], ==, ids[0]);
    g_assert_cmpint (after[1], ==, new_id);
    g_assert_cmpint (after[2], ==, ids[1]);
    joined = g_strconcat (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[0])),
                          rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, new_id)), NULL);
    g_assert_cmpstr (joined, ==, text);
    g_assert_cmpstr (rt_card_get_points (rt_committee_lookup (c, RT_KIND_CARD, new_id)), ==,
                     rt_card_get_points (rt_committee_lookup (c, RT_KIND_CARD, ids[0])));
  }
}

static void
edit_merge (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 ids[3];
  g_autofree char *expected = NULL;

  same_speaker_ids (c, ids, 3);
  g_assert_true (rt_committee_link_card_point (c, ids[1], first_point (c, 2), &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  expected = g_strjoin ("\n",
                        rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[0])),
                        rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[1])),
                        rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[2])),
                        NULL);

  g_assert_true (rt_committee_merge_cards (c, ids, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, ids[0])), ==, expected);
  g_assert_null (rt_committee_lookup (c, RT_KIND_CARD, ids[1]));
  g_assert_null (rt_committee_lookup (c, RT_KIND_CARD, ids[2]));
  g_assert_nonnull (strstr (rt_card_get_points (rt_committee_lookup (c, RT_KIND_CARD, ids[0])), "3"));
}

static void
edit_add_theme (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rt_committee_add_theme (c, nth_id (rt_committee_get_labels (c), 0), "新テーマ", "#3465a4", &error), >, 0);
  g_assert_no_error (error);
}

static void
edit_rename_theme (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 id = nth_id (rt_committee_get_themes (c), 1);

  g_assert_true (rt_committee_rename_theme (c, id, "改名したテーマ", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_theme_get_name (rt_committee_lookup (c, RT_KIND_THEME, id)), ==, "改名したテーマ");
}

static void
edit_color_theme (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_set_theme_color (c, nth_id (rt_committee_get_themes (c), 0), "#c01c28", &error));
  g_assert_no_error (error);
}

static void
edit_move_theme (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  GListModel *labels = rt_committee_get_labels (c);
  gint64 theme = nth_id (rt_committee_get_themes (c), 0);
  gint64 label = nth_id (labels, g_list_model_get_n_items (labels) - 1);
  g_autoptr(GListModel) themes = rt_committee_list_themes (c, label);

  g_assert_true (rt_committee_move_theme (c, theme, label, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nth_id (themes, 1), ==, theme);
}

static void
edit_delete_theme (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 theme = theme_with_cards (c, 2);
  g_autoptr(GListModel) inbox = rt_committee_list_cards (c, 0);
  guint n_inbox = g_list_model_get_n_items (inbox);
  g_autoptr(GListModel) cards = rt_committee_list_cards (c, theme);
  guint n_cards = g_list_model_get_n_items (cards);

  g_assert_true (rt_committee_link_theme_point (c, theme, first_point (c, 0), &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  g_assert_true (rt_committee_delete_theme (c, theme, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_lookup (c, RT_KIND_THEME, theme));
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n_inbox + n_cards);
}

static void
edit_add_label (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (rt_committee_add_label (c, "資料9", &error), >, 0);
  g_assert_no_error (error);
}

static void
edit_rename_label (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_rename_label (c, nth_id (rt_committee_get_labels (c), 0), "資料1-9", &error));
  g_assert_no_error (error);
}

static void
edit_move_label (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  GListModel *labels = rt_committee_get_labels (c);
  gint64 first = nth_id (labels, 0);

  g_assert_true (rt_committee_move_label (c, first, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nth_id (labels, g_list_model_get_n_items (labels) - 1), ==, first);
}

static void
edit_delete_label (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  guint n_themes = g_list_model_get_n_items (rt_committee_get_themes (c));

  g_assert_true (rt_committee_delete_label (c, nth_id (rt_committee_get_labels (c), 0), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_themes (c)), ==, n_themes);
}

static void
edit_link (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_link_card_point (c, nth_id (rt_committee_get_cards (c), 5), first_point (c, 4), &error));
  g_assert_no_error (error);
}

static void
edit_unlink (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  gint64 card = nth_id (rt_committee_get_cards (c), 5);
  gint64 point = first_point (c, 4);

  g_assert_true (rt_committee_link_card_point (c, card, point, &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));
  g_assert_true (rt_committee_unlink_card_point (c, card, point, &error));
  g_assert_no_error (error);
}

static void
edit_rename_committee (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_set_name (c, "別の委員会", &error));
  g_assert_no_error (error);
}

static void
edit_json_replace (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 ids[2];
  gsize length;

  /* Make the committee differ from the sample, then replace it by the sample. */
  card_ids (c, theme_with_cards (c, 2), ids, 2);
  g_assert_true (rt_committee_delete_cards (c, ids, 2, &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  json = rt_sample_committee_json (&length, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_import_json (c, json, length, RT_JSON_IMPORT_REPLACE, &error));
  g_assert_no_error (error);
}

static void
edit_import_minutes (RtCommittee *c)
{
  static const char minutes[] =
    "○林委員　協働の相手をもっと広く考えるべきだと思う。\n"
    "○事務局　次回までに資料を用意します。\n"
    "○降旗委員　センターの専門性を高める必要がある。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtImport) import = NULL;

  import = rt_import_new (c, minutes, -1, nth_id (rt_committee_get_meetings (c), 0), NULL, &error);
  g_assert_no_error (error);
  rt_import_set_title (import, "第4回議事録");
  g_assert_true (rt_import_commit (import, &error));
  g_assert_no_error (error);
}

/* A public comment's results: the cards are one batch in the undo log, and
 * the answers that point at them come after it. */
static void
edit_import_comments (RtCommittee *c)
{
  static const char results[] =
    "意見の概要\t市の考え方\n"
    "駐輪場を増やしてほしい。\t計画に反映します。\n"
    "開館時間を延ばしてほしい。\t今後検討します。\n"
    "図書館の座席を増やしてほしい。\t今後検討します。\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtImport) import = NULL;

  import = rt_import_new (c, results, -1, 0, NULL, &error);
  g_assert_no_error (error);
  rt_import_set_new_meeting_number (import, 9);
  g_assert_true (rt_import_commit (import, &error));
  g_assert_no_error (error);
}

/* Opinions from a table, with new themes between the cards. */
static void
edit_import_table (RtCommittee *c)
{
  static const char csv[] =
    "番号,意見,氏名,分類\n"
    "1,協働の窓口を一本化してほしい,市民A,窓口\n"
    "2,相談の時間を延ばしてほしい,市民B,相談\n"
    "3,窓口の場所がわかりにくい,市民C,窓口\n"
    "4,分類のない意見,市民D,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = rt_sheet_read_csv ((const guint8 *)csv, strlen (csv), &error);
  RtTableMapping mapping;

  g_assert_no_error (error);
  rt_table_mapping_init (&mapping);
  mapping.text = 1;
  mapping.speaker = 2;
  mapping.category = 3;
  g_assert_true (rt_committee_import_table (c, sheet, &mapping, "opinions.csv", NULL, &error));
  g_assert_no_error (error);
}

/* The newest card deleted first (its number is free again), then an import
 * whose cards take numbers from there. */
static void
edit_delete_newest_then_import (RtCommittee *c)
{
  GListModel *cards = rt_committee_get_cards (c);
  g_autoptr(GError) error = NULL;
  gint64 newest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      newest = MAX (newest, rt_card_get_id (card));
    }
  g_assert_true (rt_committee_delete_cards (c, &newest, 1, &error));
  g_assert_no_error (error);
  rt_history_clear (rt_committee_get_history (c));

  edit_import_minutes (c);
}

typedef struct
{
  const char *name;
  void      (*edit) (RtCommittee *committee);
  const char *label;
} EditCase;

static const EditCase edit_cases[] = {
  { "capture", edit_capture, "Capture opinion" },
  { "add-card", edit_add_card, "Add card" },
  { "edit-text", edit_text, "Edit card" },
  { "move-cards", edit_move, "Move 3 cards" },
  { "delete-card", edit_delete_card, "Delete card" },
  { "delete-cards", edit_delete_cards, "Delete 2 cards" },
  { "speaker", edit_speaker, "Change speaker" },
  { "meeting", edit_meeting, "Change meeting" },
  { "status", edit_status, "Change status" },
  { "visibility", edit_visibility, "Change visibility" },
  { "split", edit_split, "Split card" },
  { "merge", edit_merge, "Merge 3 cards" },
  { "add-theme", edit_add_theme, "Add theme" },
  { "rename-theme", edit_rename_theme, "Rename theme" },
  { "color-theme", edit_color_theme, "Change theme colour" },
  { "move-theme", edit_move_theme, "Move theme" },
  { "delete-theme", edit_delete_theme, "Delete theme" },
  { "add-label", edit_add_label, "Add label" },
  { "rename-label", edit_rename_label, "Rename label" },
  { "move-label", edit_move_label, "Move label" },
  { "delete-label", edit_delete_label, "Delete label" },
  { "link", edit_link, NULL },
  { "unlink", edit_unlink, NULL },
  { "rename-committee", edit_rename_committee, "Rename committee" },
  { "json-replace", edit_json_replace, NULL },
  { "import-minutes", edit_import_minutes, "Import minutes" },
  { "import-comments", edit_import_comments, "Import minutes" },
  { "import-table", edit_import_table, "Import Opinions from a Table" },
  { "delete-newest-then-import", edit_delete_newest_then_import, "Import minutes" },
};

static void
undo (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = rt_committee_undo (c, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
redo (RtCommittee *c)
{
  g_autoptr(GError) error = NULL;

  gboolean ok = rt_committee_redo (c, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->committee));
  fixture->committee = rt_committee_open (fixture->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  const EditCase *edit = data;
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *reopened = NULL;
  guint n_cards;

  /* Preparations an edit makes (links to test with) are not part of the step. */
  edit->edit (c);
  after = rt_test_export (c, NULL);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 1);
  undo (c);
  before = rt_test_export (c, NULL);
  n_cards = g_list_model_get_n_items (rt_committee_get_cards (c));
  redo (c);
  assert_export (c, after);

  g_assert_cmpstr (before, !=, after);
  g_assert_true (rt_history_get_can_undo (history));
  g_assert_false (rt_history_get_can_redo (history));
  if (edit->label != NULL)
    g_assert_cmpstr (rt_history_get_undo_label (history), ==, edit->label);
  else
    g_assert_nonnull (rt_history_get_undo_label (history));

  undo (c);
  undone = rt_test_export (c, NULL);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (rt_history_get_can_undo (history));
  g_assert_true (rt_history_get_can_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c)), ==, n_cards);

  redo (c);
  redone = rt_test_export (c, NULL);
  g_assert_cmpstr (redone, ==, after);
  g_assert_true (rt_history_get_can_undo (history));
  g_assert_false (rt_history_get_can_redo (history));

  /* Undo is written to the file, not just to memory. */
  undo (c);
  reopen (fixture);
  reopened = rt_test_export (fixture->committee, NULL);
  g_assert_cmpstr (reopened, ==, before);
  g_assert_false (rt_history_get_can_undo (rt_committee_get_history (fixture->committee)));
}

/* An import undone is the committee as it was before it, to the byte of the
 * export: the new cards are logged as one batch, and the batch must cover
 * them all and nothing else. */
static void
test_import_undone (Fixture       *fixture,
                    gconstpointer  data)
{
  void (*imports[]) (RtCommittee *) = { edit_import_minutes, edit_import_comments, edit_import_table };

  for (guint i = 0; i < G_N_ELEMENTS (imports); i++)
    {
      RtCommittee *c = fixture->committee;
      g_autofree char *before = rt_test_export (c, NULL);
      g_autofree char *after = NULL;
      guint n_cards = g_list_model_get_n_items (rt_committee_get_cards (c));

      imports[i] (c);
      after = rt_test_export (c, NULL);
      g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c)), >, n_cards + 1);

      undo (c);
      assert_export (c, before);
      g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c)), ==, n_cards);
      redo (c);
      assert_export (c, after);
      undo (c);
      assert_export (c, before);

      /* The next import starts from the committee as it was. */
      rt_history_clear (rt_committee_get_history (c));
    }
}

/* A batch of cards whose change fails half-way leaves nothing behind: not
 * the cards written before the failure, and not a history that has stopped
 * logging new cards (the batch drops the insert trigger until its end). */
static void
test_failed_batch (Fixture       *fixture,
                   gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rt_test_export (c, NULL);
  g_autofree char *now = rt_now_iso8601 ();
  RtCardDraft good = { .text = "先に書かれるカード" };
  RtCardDraft bad = { .text = "ないテーマのカード", .theme_id = 99999 };
  gboolean ok;

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (rt_committee_begin_change (c, NULL, &error));
      g_assert_true (rt_committee_begin_card_batch (c, &error));
      g_assert_cmpint (rt_committee_insert_card (c, &good, -1, now, &error), >, 0);
      g_assert_no_error (error);
      ok = rt_committee_insert_card (c, &bad, -1, now, &error) > 0;
      g_assert_false (ok);
      g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
      g_clear_error (&error);
      /* The first round ends the batch before the rollback, the second
       * leaves it to the rollback. */
      if (round == 0)
        g_assert_true (rt_committee_end_card_batch (c, &error));
      g_assert_false (rt_committee_end_change (c, FALSE, &error));
      if (round == 1)
        g_assert_true (rt_committee_end_card_batch (c, &error));
      g_assert_no_error (error);
      assert_export (c, before);
    }

  /* New cards are logged again, one by one and in a batch. */
  g_assert_cmpint (rt_committee_add_card (c, &good, &error), >, 0);
  g_assert_no_error (error);
  undo (c);
  assert_export (c, before);
  edit_import_minutes (c);
  undo (c);
  assert_export (c, before);
}

static void
test_several_steps (Fixture       *fixture,
                    gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);
  g_autofree char *s0 = rt_test_export (c, NULL);
  g_autofree char *s1 = NULL, *s2 = NULL, *s3 = NULL;

  edit_move (c);
  s1 = rt_test_export (c, NULL);
  edit_text (c);
  s2 = rt_test_export (c, NULL);
  edit_capture (c);
  s3 = rt_test_export (c, NULL);

  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 3);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Capture opinion");

  undo (c);
  assert_export (c, s2);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Edit card");
  g_assert_cmpstr (rt_history_get_redo_label (history), ==, "Capture opinion");
  undo (c);
  assert_export (c, s1);
  undo (c);
  assert_export (c, s0);
  g_assert_false (rt_history_get_can_undo (history));
  g_assert_cmpuint (rt_history_get_n_redo (history), ==, 3);

  /* Undo with nothing to undo does nothing. */
  undo (c);
  assert_export (c, s0);

  redo (c);
  assert_export (c, s1);
  redo (c);
  assert_export (c, s2);
  redo (c);
  assert_export (c, s3);
  g_assert_false (rt_history_get_can_redo (history));
}

static void
test_new_change_clears_redo (Fixture       *fixture,
                             gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);
  g_autofree char *s1 = NULL;

  edit_move (c);
  edit_text (c);
  undo (c);
  g_assert_true (rt_history_get_can_redo (history));

  edit_add_label (c);
  s1 = rt_test_export (c, NULL);
  g_assert_false (rt_history_get_can_redo (history));
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 2);
  redo (c);
  assert_export (c, s1);

  undo (c);
  undo (c);
  g_assert_false (rt_history_get_can_undo (history));
}

/* A change the application makes by itself is kept out of the history: it
 * is no step, and it neither clears redo nor gets undone with the user's. */
static void
test_skip_step (Fixture       *fixture,
                gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCard) card = g_list_model_get_item (rt_committee_get_cards (c), 0);
  g_autofree char *skipped = NULL;

  edit_move (c);
  edit_text (c);
  undo (c);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 1);
  g_assert_cmpuint (rt_history_get_n_redo (history), ==, 1);

  rt_history_skip_next_step (history);
  g_assert_true (rt_committee_set_card_text (c, rt_card_get_id (card), "自動で書き換えた本文", &error));
  g_assert_no_error (error);
  skipped = rt_test_export (c, NULL);

  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 1);
  g_assert_cmpuint (rt_history_get_n_redo (history), ==, 1);

  /* Only the next transaction is skipped. */
  edit_add_label (c);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 2);
  undo (c);
  assert_export (c, skipped);
  g_assert_cmpstr (rt_card_get_text (card), ==, "自動で書き換えた本文");
}

/* A savepoint rolled back inside a step takes its log entries with it. */
static void
test_savepoint (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  RtStore *store = rt_committee_get_store (c);
  RtHistory *history = rt_committee_get_history (c);
  g_autofree char *s0 = rt_test_export (c, NULL);
  g_autofree char *s1 = NULL;
  gint64 first = nth_id (rt_committee_get_cards (c), 0);
  gint64 second = nth_id (rt_committee_get_cards (c), 1);

  rt_history_label_next_step (history, "Outer");
  g_assert_true (rt_store_begin (store, &error));
  g_assert_true (rt_committee_set_card_text (c, first, "残る変更", &error));
  g_assert_no_error (error);
  g_assert_true (rt_store_begin (store, &error));
  g_assert_true (rt_committee_set_card_text (c, second, "取り消される変更", &error));
  g_assert_no_error (error);
  rt_store_rollback (store);
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  s1 = rt_test_export (c, NULL);

  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Outer");
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, first)), ==, "残る変更");
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, second)), !=, "取り消される変更");

  undo (c);
  assert_export (c, s0);
  redo (c);
  assert_export (c, s1);
}

/* A failed edit leaves no step, and its label does not stick to the next. */
static void
test_failed_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  RtStore *store = rt_committee_get_store (c);
  RtHistory *history = rt_committee_get_history (c);
  gint64 missing[] = { nth_id (rt_committee_get_cards (c), 0), 999999 };
  gint64 card = nth_id (rt_committee_get_cards (c), 0);
  g_autofree char *s0 = rt_test_export (c, NULL);

  g_assert_false (rt_committee_delete_cards (c, missing, 2, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  assert_export (c, s0);

  g_assert_cmpint (rt_committee_split_card (c, card, 0, &error), ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A change that changes nothing is no step either. */
  g_assert_true (rt_committee_set_card_text (c, card, rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, card)), &error));
  g_assert_no_error (error);
  g_assert_false (rt_history_get_can_undo (history));

  /* An unnamed change gets a label of its own. */
  g_assert_true (rt_store_begin (store, &error));
  g_assert_true (rt_store_exec (store, "UPDATE cards SET status = 'hold' WHERE id IN (SELECT id FROM cards LIMIT 2)", &error));
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Edit cards");
  undo (c);
  assert_export (c, s0);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  RtHistory *history = rt_committee_get_history (fixture->committee);
  guint can_undo = 0, can_redo = 0, undo_label = 0;

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (history, "notify::can-redo", G_CALLBACK (count_notify), &can_redo);
  g_signal_connect (history, "notify::undo-label", G_CALLBACK (count_notify), &undo_label);

  edit_text (fixture->committee);
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (undo_label, ==, 1);
  edit_move (fixture->committee);
  g_assert_cmpuint (can_undo, ==, 1);
  g_assert_cmpuint (undo_label, ==, 2);
  undo (fixture->committee);
  g_assert_cmpuint (can_redo, ==, 1);
  g_assert_cmpuint (undo_label, ==, 3);
  undo (fixture->committee);
  g_assert_cmpuint (can_undo, ==, 2);
  g_assert_cmpuint (undo_label, ==, 4);

  g_signal_handlers_disconnect_by_func (history, count_notify, &can_undo);
  g_signal_handlers_disconnect_by_func (history, count_notify, &can_redo);
  g_signal_handlers_disconnect_by_func (history, count_notify, &undo_label);
}

static void
test_limit (Fixture       *fixture,
            gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);
  g_autoptr(GError) error = NULL;
  gint64 card = nth_id (rt_committee_get_cards (c), 0);

  rt_history_set_limit (history, 3);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *text = g_strdup_printf ("版%u", i);

      g_assert_true (rt_committee_set_card_text (c, card, text, &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 3);
  undo (c);
  undo (c);
  undo (c);
  g_assert_false (rt_history_get_can_undo (history));
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (c, RT_KIND_CARD, card)), ==, "版1");
}

/* Models follow undo like any change. */
static void
test_models_follow (Fixture       *fixture,
                    gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GListModel) inbox = rt_committee_list_cards (c, 0);
  guint n = g_list_model_get_n_items (inbox);
  gint64 id;

  edit_capture (c);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n + 1);
  id = nth_id (inbox, n);
  undo (c);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n);
  g_assert_null (rt_committee_lookup (c, RT_KIND_CARD, id));
  redo (c);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, n + 1);
  g_assert_nonnull (rt_committee_lookup (c, RT_KIND_CARD, id));
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) ro = NULL;
  RtHistory *history;

  g_assert_finalize_object (g_steal_pointer (&fixture->committee));
  ro = rt_committee_open (fixture->path, RT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  history = rt_committee_get_history (ro);
  g_assert_nonnull (history);
  g_assert_false (rt_history_get_enabled (history));
  g_assert_false (rt_history_get_can_undo (history));
  g_assert_true (rt_committee_undo (ro, &error));
  g_assert_no_error (error);
}

static void
test_disable (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  RtHistory *history = rt_committee_get_history (c);

  edit_text (c);
  g_assert_true (rt_history_set_enabled (history, FALSE, &error));
  g_assert_false (rt_history_get_can_undo (history));
  edit_move (c);
  g_assert_false (rt_history_get_can_undo (history));
  g_assert_true (rt_history_set_enabled (history, TRUE, &error));
  g_assert_no_error (error);
  edit_capture (c);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, 1);
}

/* A card has one speaker and one meeting: merging the words of two
 * speakers, or of two meetings, would print the second one's words under
 * the first one's name or meeting. Such a merge is refused with the
 * reason, and changes nothing. */
static void
test_merge_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  GListModel *cards = rt_committee_get_cards (c);
  g_autofree char *before = rt_test_export (c, NULL);
  gint64 ids[2] = { 0, 0 }, other_meeting[2] = { 0, 0 };

  /* Two cards of two speakers, and two of one speaker at two meetings. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    for (guint j = 0; j < i; j++)
      {
        g_autoptr(RtCard) a = g_list_model_get_item (cards, j);
        g_autoptr(RtCard) b = g_list_model_get_item (cards, i);

        if (rt_card_get_speaker_id (a) <= 0 || rt_card_get_speaker_id (b) <= 0)
          continue;
        if (ids[0] == 0 && rt_card_get_speaker_id (a) != rt_card_get_speaker_id (b))
          {
            ids[0] = rt_card_get_id (a);
            ids[1] = rt_card_get_id (b);
          }
        if (other_meeting[0] == 0 && rt_card_get_speaker_id (a) == rt_card_get_speaker_id (b) &&
            rt_card_get_meeting_id (a) != rt_card_get_meeting_id (b))
          {
            other_meeting[0] = rt_card_get_id (a);
            other_meeting[1] = rt_card_get_id (b);
          }
      }
  g_assert_cmpint (ids[0], >, 0);
  g_assert_cmpint (other_meeting[0], >, 0);

  {
    g_autoptr(GError) error = NULL;
    RtCard *a = rt_committee_lookup (c, RT_KIND_CARD, ids[0]);
    RtCard *b = rt_committee_lookup (c, RT_KIND_CARD, ids[1]);

    g_assert_false (rt_committee_merge_cards (c, ids, 2, &error));
    g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
    /* The reason names both speakers. */
    g_assert_nonnull (strstr (error->message, rt_card_get_speaker (a)));
    g_assert_nonnull (strstr (error->message, rt_card_get_speaker (b)));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (rt_committee_merge_cards (c, other_meeting, 2, &error));
    g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  }

  g_assert_false (rt_history_get_can_undo (rt_committee_get_history (c)));
  assert_export (c, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ronten/history/edit/%s", edit_cases[i].name);

      g_test_add (path, Fixture, &edit_cases[i], fixture_set_up, test_edit, fixture_tear_down);
    }

  ADD ("/ronten/history/several-steps", test_several_steps);
  ADD ("/ronten/history/import-undone", test_import_undone);
  ADD ("/ronten/history/failed-batch", test_failed_batch);
  ADD ("/ronten/history/new-change-clears-redo", test_new_change_clears_redo);
  ADD ("/ronten/history/savepoint", test_savepoint);
  ADD ("/ronten/history/skip-step", test_skip_step);
  ADD ("/ronten/history/failed-edit", test_failed_edit);
  ADD ("/ronten/history/notify", test_notify);
  ADD ("/ronten/history/limit", test_limit);
  ADD ("/ronten/history/models-follow", test_models_follow);
  ADD ("/ronten/history/read-only", test_read_only);
  ADD ("/ronten/history/disable", test_disable);
  ADD ("/ronten/history/merge-refused", test_merge_refused);

  return g_test_run ();
}
