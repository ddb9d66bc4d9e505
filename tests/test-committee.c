/* test-committee.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of RtCommittee on the sample committee: what it holds, the order of
 * its lists, how lists and model objects announce changes, and lifetimes.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-list.h"
#include "rt-store-private.h"
#include "rt-test-util.h"

/* Helpers */

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
  fixture->committee = rt_test_create_sample ("ronten-test-committee-XXXXXX", &fixture->dir,
                                              &fixture->path, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Every test leaves the committee with no other owner. */
  if (fixture->committee != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->committee));

  rt_test_remove_tree (fixture->dir);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* The ids of the items of @model, in order. */
static GArray *
list_ids (GListModel *model)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 id = 0;

      g_assert_nonnull (item);
      g_object_get (item, "id", &id, NULL);
      g_array_append_val (ids, id);
    }

  g_assert_null (g_list_model_get_item (model, n));

  return ids;
}

static char *
format_ids (const gint64 *ids,
            guint         n)
{
  GString *s = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", ids[i]);
  g_string_append_c (s, ']');

  return g_string_free (s, FALSE);
}

static void
assert_ids (GListModel   *model,
            const gint64 *expected,
            guint         n_expected)
{
  g_autoptr(GArray) ids = list_ids (model);
  g_autofree char *actual_str = format_ids ((const gint64 *)(gpointer)ids->data, ids->len);
  g_autofree char *expected_str = format_ids (expected, n_expected);

  g_assert_cmpstr (actual_str, ==, expected_str);
}

/* Positions within a theme follow the order of the list. */
static void
assert_positions_ordered (GListModel *model)
{
  int last = -1;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);

      g_assert_cmpint (rt_card_get_position (card), >, last);
      last = rt_card_get_position (card);
    }
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
} ListChange;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  ListChange change = { position, removed, added };

  g_assert_cmpuint (position + added, <=, g_list_model_get_n_items (model));
  g_array_append_val (changes, change);
}

static GArray *
watch_items (GListModel *model)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (ListChange));

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), changes);

  return changes;
}

static void
unwatch_items (GListModel *model,
               GArray     *changes)
{
  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (model, changes), ==, 1);
  g_array_unref (changes);
}

static void
assert_one_change (GArray *changes,
                   guint   position,
                   guint   removed,
                   guint   added)
{
  const ListChange *change;

  g_assert_cmpuint (changes->len, ==, 1);
  change = &g_array_index (changes, ListChange, 0);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
  g_array_set_size (changes, 0);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GPtrArray  *names)
{
  /* Property names are static strings. */
  g_ptr_array_add (names, (gpointer)pspec->name);
}

static GPtrArray *
watch_notify (gpointer object)
{
  GPtrArray *names = g_ptr_array_new ();

  g_signal_connect (object, "notify", G_CALLBACK (on_notify), names);

  return names;
}

static void
unwatch_notify (gpointer   object,
                GPtrArray *names)
{
  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (object, names), ==, 1);
  g_ptr_array_unref (names);
}

static guint
count_name (GPtrArray  *names,
            const char *name)
{
  guint n = 0;

  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      n++;

  return n;
}

static void
on_store_changed (RtStore *store,
                  guint    tables,
                  guint   *n_emissions)
{
  (*n_emissions)++;
}

static gint64
theme_by_name (RtCommittee *committee,
               const char  *name)
{
  GListModel *themes = rt_committee_get_themes (committee);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

      if (g_str_equal (rt_theme_get_name (theme), name))
        return rt_theme_get_id (theme);
    }

  g_assert_not_reached ();
  return 0;
}

static gint64
card_at (GListModel *model,
         guint       position)
{
  g_autoptr(RtCard) card = g_list_model_get_item (model, position);

  g_assert_nonnull (card);
  return rt_card_get_id (card);
}

/* What the sample holds */

static void
test_stats (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommitteeStats stats;

  g_assert_true (rt_committee_get_stats (fixture->committee, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.meetings, ==, 3);
  g_assert_cmpuint (stats.speakers, ==, 13);
  g_assert_cmpuint (stats.sources, ==, 0);
  g_assert_cmpuint (stats.cards, ==, 46);
  g_assert_cmpuint (stats.inbox, ==, 0);
  g_assert_cmpuint (stats.themes, ==, 8);
  g_assert_cmpuint (stats.labels, ==, 2);
  g_assert_cmpuint (stats.frameworks, ==, 1);
  g_assert_cmpuint (stats.points, ==, 9);
  g_assert_cmpuint (stats.perspectives, ==, 4);
  g_assert_cmpuint (stats.card_point_links, ==, 9);
  g_assert_cmpuint (stats.theme_point_links, ==, 3);

  /* The lists agree with the counts. */
  {
    RtCommittee *c = fixture->committee;

    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_meetings (c)), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_people (c)), ==, 13);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_labels (c)), ==, 2);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_themes (c)), ==, 8);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c)), ==, 46);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_frameworks (c)), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_perspectives (c)), ==, 4);
  }

  g_assert_cmpstr (rt_committee_get_name (fixture->committee), ==,
                   "令和7年度 小金井市市民協働支援センター再検討委員会");
  g_assert_false (rt_committee_get_read_only (fixture->committee));
}

static const char * const theme_names[] = {
  "協働相手の範囲(ステークホルダー)",
  "参加の促進・包摂・担い手を増やす",
  "協働の理念",
  "条例化の方向性",
  "センターに必要なこと",
  "センターと他機関の連携",
  "市民活動団体の変化",
  "協働事業の課題",
};

static void
test_labels_and_themes (Fixture       *fixture,
                        gconstpointer  data)
{
  GListModel *labels = rt_committee_get_labels (fixture->committee);
  GListModel *themes = rt_committee_get_themes (fixture->committee);
  g_autoptr(RtLabel) first_label = NULL;
  g_autoptr(RtLabel) second_label = NULL;

  g_assert_true (g_list_model_get_item_type (labels) == RT_TYPE_LABEL);
  g_assert_true (g_list_model_get_item_type (themes) == RT_TYPE_THEME);

  g_assert_cmpuint (g_list_model_get_n_items (labels), ==, 2);
  first_label = g_list_model_get_item (labels, 0);
  second_label = g_list_model_get_item (labels, 1);
  g_assert_cmpstr (rt_label_get_name (first_label), ==, "資料1-1");
  g_assert_cmpstr (rt_label_get_name (second_label), ==, "資料1-2");
  g_assert_cmpint (rt_label_get_position (first_label), <, rt_label_get_position (second_label));

  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, G_N_ELEMENTS (theme_names));
  for (guint i = 0; i < G_N_ELEMENTS (theme_names); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      RtLabel *label = i < 4 ? first_label : second_label;

      g_assert_cmpstr (rt_theme_get_name (theme), ==, theme_names[i]);
      g_assert_cmpint (rt_theme_get_label_id (theme), ==, rt_label_get_id (label));
      g_assert_cmpint (rt_theme_get_position (theme), ==, i % 4);
      g_assert_true (g_str_has_prefix (rt_theme_get_color (theme), "#"));

      /* The shared list hands out the committee's one object per row. */
      g_assert_true (rt_committee_lookup (fixture->committee, RT_KIND_THEME,
                                          rt_theme_get_id (theme)) == theme);
    }

  for (guint l = 0; l < 2; l++)
    {
      RtLabel *label = l == 0 ? first_label : second_label;
      g_autoptr(GListModel) of_label = rt_committee_list_themes (fixture->committee,
                                                                 rt_label_get_id (label));

      g_assert_cmpint (rt_list_get_parent_id (RT_LIST (of_label)), ==, rt_label_get_id (label));
      g_assert_cmpuint (g_list_model_get_n_items (of_label), ==, 4);
      for (guint i = 0; i < 4; i++)
        {
          g_autoptr(RtTheme) theme = g_list_model_get_item (of_label, i);

          g_assert_cmpstr (rt_theme_get_name (theme), ==, theme_names[l * 4 + i]);
        }
      g_assert_finalize_object (g_steal_pointer (&of_label));
    }

  {
    g_autoptr(GListModel) unlabelled = rt_committee_list_themes (fixture->committee, 0);

    g_assert_cmpuint (g_list_model_get_n_items (unlabelled), ==, 0);
  }
}

static const guint cards_per_theme[] = { 9, 8, 7, 3, 4, 5, 7, 3 };

static void
test_cards_per_theme (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *themes = rt_committee_get_themes (fixture->committee);
  g_autoptr(GListModel) inbox = rt_committee_list_cards (fixture->committee, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint total = 0;

  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, G_N_ELEMENTS (cards_per_theme));

  for (guint i = 0; i < G_N_ELEMENTS (cards_per_theme); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      g_autoptr(GListModel) cards = rt_committee_list_cards (fixture->committee,
                                                             rt_theme_get_id (theme));

      g_assert_true (g_list_model_get_item_type (cards) == RT_TYPE_CARD);
      g_assert_cmpuint (g_list_model_get_n_items (cards), ==, cards_per_theme[i]);
      g_assert_cmpint (rt_theme_get_n_cards (theme), ==, cards_per_theme[i]);
      assert_positions_ordered (cards);

      for (guint j = 0; j < cards_per_theme[i]; j++)
        {
          g_autoptr(RtCard) card = g_list_model_get_item (cards, j);
          gint64 *id = g_new (gint64, 1);

          g_assert_cmpint (rt_card_get_theme_id (card), ==, rt_theme_get_id (theme));
          *id = rt_card_get_id (card);
          g_assert_false (g_hash_table_contains (seen, id));
          g_hash_table_add (seen, id);
        }
      total += cards_per_theme[i];
    }

  g_assert_cmpuint (total, ==, 46);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 46);
  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, 0);

  /* All cards, by id. */
  {
    GListModel *all = rt_committee_get_cards (fixture->committee);
    g_autoptr(GArray) ids = list_ids (all);

    g_assert_cmpuint (ids->len, ==, 46);
    for (guint i = 0; i < ids->len; i++)
      g_assert_cmpint (g_array_index (ids, gint64, i), ==, i + 1);
  }
}

static void
test_card_properties (Fixture       *fixture,
                      gconstpointer  data)
{
  RtCard *card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, 1);
  g_autofree char *speaker = NULL;
  g_autoptr(GListModel) ordinance = NULL;
  RtPerson *person;
  RtMeeting *meeting;
  RtPoint *point;
  int meeting_number = 0;

  g_assert_nonnull (card);
  g_assert_cmpint (rt_card_get_id (card), ==, 1);
  g_assert_cmpstr (rt_card_get_speaker (card), ==, "林委員");
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, 2);
  g_assert_cmpint (rt_card_get_meeting_id (card), ==, 1);
  g_assert_cmpint (rt_card_get_meeting_number (card), ==, 1);
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 1);
  g_assert_cmpint (rt_card_get_position (card), ==, 0);
  g_assert_cmpint (rt_card_get_status (card), ==, RT_CARD_STATUS_REVIEWED);
  g_assert_cmpint (rt_card_get_visibility (card), ==, RT_VISIBILITY_PUBLIC);
  g_assert_cmpint (rt_card_get_source_id (card), ==, 0);
  g_assert_cmpstr (rt_card_get_points (card), ==, "");
  g_assert_cmpstr (rt_card_get_created (card), ==, "2026-02-13T09:00:00+09:00");
  g_assert_true (g_str_has_prefix (rt_card_get_text (card), "協働相手として「市民」としているが"));
  g_assert_true (g_str_has_suffix (rt_card_get_verbatim (card), "(林委員)"));

  /* The same values through properties, as views bind them. */
  g_object_get (card, "speaker", &speaker, "meeting-number", &meeting_number, NULL);
  g_assert_cmpstr (speaker, ==, "林委員");
  g_assert_cmpint (meeting_number, ==, 1);

  /* Cards of the second meeting. */
  card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, 33);
  g_assert_cmpint (rt_card_get_meeting_number (card), ==, 2);
  g_assert_cmpstr (rt_card_get_points (card), ==, "7");
  g_assert_cmpstr (rt_card_get_speaker (card), ==, "金尾委員長");

  /* Every card about the ordinance is linked to point 1. */
  ordinance = rt_committee_list_cards (fixture->committee,
                                       theme_by_name (fixture->committee, "条例化の方向性"));
  g_assert_cmpuint (g_list_model_get_n_items (ordinance), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(RtCard) c = g_list_model_get_item (ordinance, i);

      g_assert_cmpstr (rt_card_get_points (c), ==, "1");
      g_assert_cmpint (rt_card_get_meeting_number (c), ==, 1);
      g_assert_cmpint (rt_card_get_id (c), ==, 25 + i);
    }

  card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, 28);
  g_assert_cmpstr (rt_card_get_points (card), ==, "4");
  g_assert_cmpstr (rt_card_get_speaker (card), ==, "準備室");

  /* Other kinds of rows. */
  person = rt_committee_lookup (fixture->committee, RT_KIND_PERSON, 2);
  g_assert_cmpstr (rt_person_get_name (person), ==, "林");
  g_assert_cmpstr (rt_person_get_role (person), ==, "委員");
  g_assert_cmpstr (rt_person_get_display_name (person), ==, "林委員");
  g_assert_cmpuint (g_strv_length ((char **)rt_person_get_aliases (person)), ==, 1);
  g_assert_cmpstr (rt_person_get_aliases (person)[0], ==, "林委員");

  meeting = rt_committee_lookup (fixture->committee, RT_KIND_MEETING, 3);
  g_assert_cmpint (rt_meeting_get_number (meeting), ==, 3);
  g_assert_cmpstr (rt_meeting_get_date (meeting), ==, "2026-02-20");
  g_assert_cmpstr (rt_meeting_get_title (meeting), ==, "第3回");

  point = rt_committee_lookup (fixture->committee, RT_KIND_POINT, 1);
  g_assert_cmpint (rt_point_get_number (point), ==, 1);
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 6);
  g_assert_cmpint (rt_point_get_status (point), ==, RT_POINT_STATUS_UNDISCUSSED);
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_proposals (point)), ==, 5);

  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_CARD, 47));
  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_CARD, 0));
  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_PERSON, 14));
}

/* Changes and what they announce */

static void
test_notifications (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  g_autoptr(GListModel) inbox = rt_committee_list_cards (committee, 0);
  g_autoptr(GListModel) column = rt_committee_list_cards (committee, 1);
  g_autoptr(GListModel) other_column = rt_committee_list_cards (committee, 2);
  GListModel *all = rt_committee_get_cards (committee);
  g_autoptr(RtCard) first = g_list_model_get_item (column, 0);
  g_autoptr(RtCard) elsewhere = g_list_model_get_item (other_column, 0);
  g_autoptr(RtCard) card = NULL;
  g_autoptr(RtCard) item = NULL;
  RtTheme *theme = rt_committee_lookup (committee, RT_KIND_THEME, 1);
  RtTheme *other_theme = rt_committee_lookup (committee, RT_KIND_THEME, 2);
  GArray *inbox_changes = watch_items (inbox);
  GArray *column_changes = watch_items (column);
  GArray *other_changes = watch_items (other_column);
  GArray *all_changes = watch_items (all);
  GPtrArray *first_notes = watch_notify (first);
  GPtrArray *elsewhere_notes = watch_notify (elsewhere);
  GPtrArray *theme_notes = watch_notify (theme);
  GPtrArray *other_theme_notes = watch_notify (other_theme);
  GPtrArray *card_notes;
  gint64 card_id, second_id;

  g_assert_cmpuint (g_list_model_get_n_items (inbox), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 9);

  /* A new card lands at the end of the inbox, and nowhere else. */
  card_id = rt_committee_add_card (committee,
                                   &(RtCardDraft) {
                                     .text = "新しい意見",
                                     .speaker_id = 2,
                                     .meeting_id = 3,
                                   },
                                   &error);
  g_assert_no_error (error);
  assert_one_change (inbox_changes, 0, 0, 1);
  assert_one_change (all_changes, 46, 0, 1);
  g_assert_cmpuint (column_changes->len, ==, 0);

  second_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "二つ目の意見" }, &error);
  g_assert_no_error (error);
  assert_one_change (inbox_changes, 1, 0, 1);
  assert_one_change (all_changes, 47, 0, 1);
  g_assert_cmpuint (column_changes->len, ==, 0);
  g_assert_cmpint (card_at (inbox, 0), ==, card_id);
  g_assert_cmpint (card_at (inbox, 1), ==, second_id);

  card = g_object_ref (rt_committee_lookup (committee, RT_KIND_CARD, second_id));
  item = g_list_model_get_item (inbox, 1);
  g_assert_true (item == card);
  g_clear_object (&item);
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 0);
  g_assert_cmpstr (rt_card_get_text (card), ==, "二つ目の意見");
  g_assert_cmpint (rt_card_get_status (card), ==, RT_CARD_STATUS_NEW);

  item = rt_committee_lookup (committee, RT_KIND_CARD, card_id);
  g_assert_cmpstr (rt_card_get_speaker (item), ==, "林委員");
  g_assert_cmpint (rt_card_get_meeting_number (item), ==, 3);
  item = NULL;

  /* Nothing else moved. */
  g_assert_cmpuint (first_notes->len, ==, 0);
  g_assert_cmpuint (theme_notes->len, ==, 0);
  g_assert_cmpuint (other_theme_notes->len, ==, 0);

  /* Into the first theme, at its top. */
  card_notes = watch_notify (card);
  g_assert_true (rt_committee_move_cards (committee, &second_id, 1, 1, 0, &error));
  g_assert_no_error (error);
  assert_one_change (inbox_changes, 1, 1, 0);
  assert_one_change (column_changes, 0, 0, 1);
  g_assert_cmpuint (other_changes->len, ==, 0);
  g_assert_cmpuint (all_changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 10);
  item = g_list_model_get_item (column, 0);
  g_assert_true (item == card);
  g_clear_object (&item);
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 1);
  g_assert_cmpint (rt_card_get_position (card), ==, 0);
  g_assert_cmpuint (count_name (card_notes, "theme-id"), ==, 1);
  g_assert_cmpuint (count_name (card_notes, "position"), ==, 1);
  assert_positions_ordered (column);

  g_assert_cmpint (rt_theme_get_n_cards (theme), ==, 10);
  g_assert_cmpuint (count_name (theme_notes, "n-cards"), ==, 1);
  g_assert_cmpuint (theme_notes->len, ==, 1);
  g_assert_cmpuint (other_theme_notes->len, ==, 0);

  /* The card that was first moved down by one, and only that changed. */
  g_assert_cmpint (rt_card_get_position (first), ==, 1);
  g_assert_cmpuint (first_notes->len, ==, 1);
  g_assert_cmpuint (count_name (first_notes, "position"), ==, 1);
  g_ptr_array_set_size (first_notes, 0);
  g_ptr_array_set_size (card_notes, 0);
  g_ptr_array_set_size (theme_notes, 0);

  /* A new text changes the object, not the lists. */
  g_assert_true (rt_committee_set_card_text (committee, second_id, "書き直した意見", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_name (card_notes, "text"), ==, 1);
  g_assert_cmpstr (rt_card_get_text (card), ==, "書き直した意見");
  g_assert_cmpuint (inbox_changes->len, ==, 0);
  g_assert_cmpuint (column_changes->len, ==, 0);
  g_assert_cmpuint (other_changes->len, ==, 0);
  g_assert_cmpuint (all_changes->len, ==, 0);
  g_assert_cmpuint (first_notes->len, ==, 0);
  g_assert_cmpuint (elsewhere_notes->len, ==, 0);
  g_assert_cmpuint (theme_notes->len, ==, 0);
  g_ptr_array_set_size (card_notes, 0);

  /* Deleting takes it out of its theme; the caller's reference stays valid. */
  g_assert_true (rt_committee_delete_cards (committee, (gint64[]) { second_id }, 1, &error));
  g_assert_no_error (error);
  assert_one_change (column_changes, 0, 1, 0);
  assert_one_change (all_changes, 47, 1, 0);
  g_assert_cmpuint (inbox_changes->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 9);
  g_assert_null (rt_committee_lookup (committee, RT_KIND_CARD, second_id));
  g_assert_cmpstr (rt_card_get_text (card), ==, "書き直した意見");
  g_assert_cmpint (rt_theme_get_n_cards (theme), ==, 9);
  g_assert_cmpuint (count_name (theme_notes, "n-cards"), ==, 1);
  g_assert_cmpuint (elsewhere_notes->len, ==, 0);
  g_assert_cmpuint (other_theme_notes->len, ==, 0);

  unwatch_notify (card, card_notes);
  unwatch_notify (first, first_notes);
  unwatch_notify (elsewhere, elsewhere_notes);
  unwatch_notify (theme, theme_notes);
  unwatch_notify (other_theme, other_theme_notes);
  unwatch_items (inbox, inbox_changes);
  unwatch_items (column, column_changes);
  unwatch_items (other_column, other_changes);
  unwatch_items (all, all_changes);

  /* The deleted card is no longer the committee's: ours is the last reference. */
  g_assert_finalize_object (g_steal_pointer (&card));
}

static void
test_theme_n_cards (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtTheme *themes[8];
  GPtrArray *notes[8];
  RtCard *card;
  gint64 card_id;

  for (guint i = 0; i < 8; i++)
    {
      themes[i] = rt_committee_lookup (fixture->committee, RT_KIND_THEME, i + 1);
      notes[i] = watch_notify (themes[i]);
    }

  /* A card added straight into the fourth theme. */
  card_id = rt_committee_add_card (fixture->committee,
                                   &(RtCardDraft) { .text = "条例について", .theme_id = 4 },
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_theme_get_n_cards (themes[3]), ==, 4);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpuint (notes[i]->len, ==, i == 3 ? 1 : 0);
  g_assert_cmpuint (count_name (notes[3], "n-cards"), ==, 1);
  card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, card_id);
  g_assert_cmpint (rt_card_get_position (card), ==, 3);

  /* Moved to the eighth: one down, one up. */
  g_assert_true (rt_committee_move_cards (fixture->committee, &card_id, 1, 8, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_theme_get_n_cards (themes[3]), ==, 3);
  g_assert_cmpint (rt_theme_get_n_cards (themes[7]), ==, 4);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpuint (notes[i]->len, ==, i == 3 ? 2 : i == 7 ? 1 : 0);

  for (guint i = 0; i < 8; i++)
    unwatch_notify (themes[i], notes[i]);
}

static void
test_move_several (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  g_autoptr(GListModel) source = rt_committee_list_cards (committee, 2);
  g_autoptr(GListModel) target = rt_committee_list_cards (committee, 3);
  g_autoptr(GListModel) inbox = rt_committee_list_cards (committee, 0);
  g_autoptr(GArray) a = list_ids (source);
  g_autoptr(GArray) b = list_ids (target);
  RtCommitteeStats stats;
  RtCard *card;
  gint64 moving[3];

#define A(i) g_array_index (a, gint64, i)
#define B(i) g_array_index (b, gint64, i)

  g_assert_cmpuint (a->len, ==, 8);
  g_assert_cmpuint (b->len, ==, 7);

  /* Three cards, in an order unlike their own, into the middle of a theme. */
  moving[0] = A (5);
  moving[1] = A (1);
  moving[2] = A (3);
  g_assert_true (rt_committee_move_cards (committee, moving, 3, 3, 2, &error));
  g_assert_no_error (error);
  {
    const gint64 expected_target[] = {
      B (0), B (1), A (5), A (1), A (3), B (2), B (3), B (4), B (5), B (6),
    };
    const gint64 expected_source[] = { A (0), A (2), A (4), A (6), A (7) };

    assert_ids (target, expected_target, G_N_ELEMENTS (expected_target));
    assert_ids (source, expected_source, G_N_ELEMENTS (expected_source));
  }
  assert_positions_ordered (target);
  g_assert_cmpint (rt_theme_get_n_cards (rt_committee_lookup (committee, RT_KIND_THEME, 2)), ==, 5);
  g_assert_cmpint (rt_theme_get_n_cards (rt_committee_lookup (committee, RT_KIND_THEME, 3)),
                   ==, 10);

  /* Within one theme: the last and the first, to the top, in that order. */
  moving[0] = B (6);
  moving[1] = B (0);
  g_assert_true (rt_committee_move_cards (committee, moving, 2, 3, 0, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = {
      B (6), B (0), B (1), A (5), A (1), A (3), B (2), B (3), B (4), B (5),
    };

    assert_ids (target, expected, G_N_ELEMENTS (expected));
  }
  assert_positions_ordered (target);

  /* To the end, with -1 and with a position past the end. */
  moving[0] = A (5);
  g_assert_true (rt_committee_move_cards (committee, moving, 1, 2, -1, &error));
  g_assert_no_error (error);
  moving[0] = B (1);
  g_assert_true (rt_committee_move_cards (committee, moving, 1, 2, 100, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { A (0), A (2), A (4), A (6), A (7), A (5), B (1) };

    assert_ids (source, expected, G_N_ELEMENTS (expected));
  }
  assert_positions_ordered (source);

  /* To the inbox. */
  moving[0] = A (7);
  moving[1] = A (0);
  g_assert_true (rt_committee_move_cards (committee, moving, 2, 0, 0, &error));
  g_assert_no_error (error);
  {
    const gint64 expected[] = { A (7), A (0) };

    assert_ids (inbox, expected, G_N_ELEMENTS (expected));
  }
  card = rt_committee_lookup (committee, RT_KIND_CARD, A (7));
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 0);

  /* Moving nothing is allowed and changes nothing. */
  g_assert_true (rt_committee_move_cards (committee, NULL, 0, 1, 0, &error));
  g_assert_no_error (error);

  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_cmpuint (stats.cards, ==, 46);
  g_assert_cmpuint (stats.inbox, ==, 2);

  /* The order is kept in the file, not only in the lists. */
  g_assert_finalize_object (g_steal_pointer (&source));
  g_assert_finalize_object (g_steal_pointer (&target));
  g_assert_finalize_object (g_steal_pointer (&inbox));
  g_assert_finalize_object (g_steal_pointer (&fixture->committee));
  fixture->committee = rt_committee_open (fixture->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  target = rt_committee_list_cards (fixture->committee, 3);
  {
    const gint64 expected[] = { B (6), B (0), A (1), A (3), B (2), B (3), B (4), B (5) };

    assert_ids (target, expected, G_N_ELEMENTS (expected));
  }

#undef A
#undef B
}

typedef struct
{
  const char   *name;
  gint64        cards[3];
  guint         n_cards;
  gint64        theme_id;
  RtStoreError  code;
} BadMove;

static const BadMove bad_moves[] = {
  { "missing-card", { 9999 }, 1, 3, RT_STORE_ERROR_NOT_FOUND },
  { "missing-after-real", { 10, 9999 }, 2, 3, RT_STORE_ERROR_NOT_FOUND },
  { "missing-before-real", { 9999, 10, 11 }, 3, 1, RT_STORE_ERROR_NOT_FOUND },
  { "missing-into-inbox", { 1, 9999 }, 2, 0, RT_STORE_ERROR_NOT_FOUND },
  { "missing-theme", { 10 }, 1, 999, RT_STORE_ERROR_INVALID },
};

static void
test_move_invalid (Fixture       *fixture,
                   gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  RtStore *store = rt_committee_get_store (committee);
  g_autoptr(GListModel) inbox = rt_committee_list_cards (committee, 0);
  g_autoptr(GListModel) first = rt_committee_list_cards (committee, 1);
  g_autoptr(GListModel) second = rt_committee_list_cards (committee, 2);
  g_autoptr(GListModel) third = rt_committee_list_cards (committee, 3);
  GListModel *lists[] = { inbox, first, second, third };
  g_autofree char *before = rt_test_export (committee, NULL);
  guint n_emissions = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &n_emissions);

  for (guint i = 0; i < G_N_ELEMENTS (bad_moves); i++)
    {
      const BadMove *m = &bad_moves[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      GArray *changes[G_N_ELEMENTS (lists)];
      RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, 10);
      GPtrArray *notes = watch_notify (card);

      g_test_message ("case %s", m->name);

      for (guint j = 0; j < G_N_ELEMENTS (lists); j++)
        changes[j] = watch_items (lists[j]);

      g_assert_false (rt_committee_move_cards (committee, m->cards, m->n_cards, m->theme_id, 0,
                                               &error));
      g_assert_error (error, RT_STORE_ERROR, (int)m->code);
      g_assert_false (rt_store_in_transaction (store));

      after = rt_test_export (committee, NULL);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (n_emissions, ==, 0);
      g_assert_cmpuint (notes->len, ==, 0);
      for (guint j = 0; j < G_N_ELEMENTS (lists); j++)
        {
          g_assert_cmpuint (changes[j]->len, ==, 0);
          unwatch_items (lists[j], changes[j]);
        }
      unwatch_notify (card, notes);
    }

  g_assert_cmpuint (g_signal_handlers_disconnect_by_data (store, &n_emissions), ==, 1);
}

static void
test_name (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *notes = watch_notify (fixture->committee);
  g_autofree char *name = NULL;

  g_assert_true (rt_committee_set_name (fixture->committee, "市民協働推進委員会", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpuint (count_name (notes, "name"), ==, 1);
  g_assert_cmpstr (rt_committee_get_name (fixture->committee), ==, "市民協働推進委員会");
  g_object_get (fixture->committee, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "市民協働推進委員会");

  /* The same name again is no change. */
  g_assert_true (rt_committee_set_name (fixture->committee, "市民協働推進委員会", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);

  /* Nor does a change elsewhere touch the name. */
  rt_committee_add_label (fixture->committee, "資料3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);

  g_assert_true (rt_committee_set_name (fixture->committee, "", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpstr (rt_committee_get_name (fixture->committee), ==, "");

  unwatch_notify (fixture->committee, notes);
}

/* The committee re-reads only the card rows a change touched. To see that,
 * one card is changed behind the committee's back: a row the committee
 * re-read would show that change, a row it kept would not. The store locks
 * its file against other connections, so the change goes through the
 * store's own connection outside any rt_store_begin(): the next transaction
 * forgets what the update hook saw of it, and RtStore::changed never
 * announces it. */
static void
test_refresh_changed_rows (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtCard *untouched = rt_committee_lookup (committee, RT_KIND_CARD, 1);
  RtCard *edited = rt_committee_lookup (committee, RT_KIND_CARD, 10);
  g_autofree char *original = g_strdup (rt_card_get_text (untouched));
  GPtrArray *untouched_notes = watch_notify (untouched);
  GPtrArray *edited_notes = watch_notify (edited);
  sqlite3 *db = NULL;

  /* A second connection cannot even read the file while the store has it. */
  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READWRITE, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE cards SET text = '外から変えた' WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_BUSY);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  db = _rt_store_get_db (rt_committee_get_store (committee));
  g_assert_cmpint (sqlite3_exec (db, "UPDATE cards SET text = '外から変えた' WHERE id = 1",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_true (rt_committee_set_card_text (committee, 10, "委員会で変えた", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count_name (edited_notes, "text"), ==, 1);
  g_assert_cmpstr (rt_card_get_text (edited), ==, "委員会で変えた");
  g_assert_true (rt_committee_lookup (committee, RT_KIND_CARD, 10) == edited);

  g_assert_cmpuint (untouched_notes->len, ==, 0);
  g_assert_cmpstr (rt_card_get_text (untouched), ==, original);
  g_assert_true (rt_committee_lookup (committee, RT_KIND_CARD, 1) == untouched);

  /* A change to another kind of row leaves the cards alone too. */
  rt_committee_add_label (committee, "資料3", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (untouched_notes->len, ==, 0);

  /* A full reload finds the outside change, on the same object. */
  g_assert_true (rt_committee_reload (committee, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_name (untouched_notes, "text"), ==, 1);
  g_assert_cmpstr (rt_card_get_text (untouched), ==, "外から変えた");
  g_assert_true (rt_committee_lookup (committee, RT_KIND_CARD, 1) == untouched);

  unwatch_notify (untouched, untouched_notes);
  unwatch_notify (edited, edited_notes);
}

/* Lifetimes */

static void
test_lifetime (Fixture       *fixture,
               gconstpointer  data)
{
  RtCommittee *committee = g_steal_pointer (&fixture->committee);
  RtStore *store = rt_committee_get_store (committee);
  GListModel *themes = rt_committee_list_themes (committee, 1);
  GListModel *cards = rt_committee_list_cards (committee, 1);
  GListModel *all = rt_committee_get_cards (committee);
  RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, 1);
  RtTheme *theme = rt_committee_lookup (committee, RT_KIND_THEME, 1);

  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 46);

  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *)&store);
  g_object_add_weak_pointer (G_OBJECT (all), (gpointer *)&all);
  g_object_add_weak_pointer (G_OBJECT (card), (gpointer *)&card);
  g_object_add_weak_pointer (G_OBJECT (theme), (gpointer *)&theme);

  /* Lists do not keep the committee alive. */
  g_assert_finalize_object (themes);
  g_assert_finalize_object (cards);
  g_assert_finalize_object (committee);

  g_assert_null (store);
  g_assert_null (all);
  g_assert_null (card);
  g_assert_null (theme);
}

static void
test_list_outlives_committee (Fixture       *fixture,
                              gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      RtCommittee *committee = g_steal_pointer (&fixture->committee);
      RtStore *store = g_object_ref (rt_committee_get_store (committee));
      GListModel *cards = rt_committee_list_cards (committee, 1);
      GListModel *all = g_object_ref (rt_committee_get_cards (committee));
      GArray *changes = watch_items (cards);
      g_autoptr(RtCard) card = NULL;

      g_assert_finalize_object (committee);

      /* The lists still hold what they held, and changes reach no one. */
      g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 9);
      g_assert_cmpuint (g_list_model_get_n_items (all), ==, 46);
      card = g_list_model_get_item (cards, 0);
      g_assert_true (RT_IS_CARD (card));
      g_assert_cmpstr (rt_card_get_speaker (card), ==, "林委員");

      rt_store_touch (store, RT_TABLE_CARDS);
      g_assert_true (rt_list_refresh (RT_LIST (cards), &error));
      g_assert_no_error (error);
      g_assert_cmpuint (changes->len, ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (cards), ==, 9);

      unwatch_items (cards, changes);
      g_assert_finalize_object (cards);
      g_assert_finalize_object (all);
      g_assert_finalize_object (store);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}


/* Counts emissions; connected swapped, so the first argument is the counter. */
static void
count_notify (guint *count)
{
  (*count)++;
}

static RtPerson *
person_named (RtCommittee *committee,
              const char  *display)
{
  GListModel *people = rt_committee_get_people (committee);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (rt_person_get_display_name (person), display))
        return rt_committee_lookup (committee, RT_KIND_PERSON, rt_person_get_id (person));
    }

  return NULL;
}

static guint
count_cards_of (RtCommittee *committee,
                gint64       speaker_id)
{
  GListModel *cards = rt_committee_get_cards (committee);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      n += rt_card_get_speaker_id (card) == speaker_id;
    }

  return n;
}

/* A meeting's number, date, times, place and attendance can be set; a
 * number another meeting has is refused. */
static void
test_meetings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) attendance = NULL;
  RtCommittee *committee = fixture->committee;
  g_autoptr(RtMeeting) meeting = g_list_model_get_item (rt_committee_get_meetings (committee), 0);
  RtPerson *hayashi = person_named (committee, "林委員");
  RtPerson *chair = person_named (committee, "金尾委員長");
  RtMeetingEdit edit = {
    .number = 4, .title = "第4回", .date = "2026-03-19", .start_time = "18:30", .end_time = "20:30",
    .place = "市役所第一会議室", .observers = 3, .is_public = TRUE,
  };
  RtAttendee attendees[2];
  guint notified = 0;

  g_assert_nonnull (hayashi);
  g_assert_nonnull (chair);
  g_signal_connect_swapped (meeting, "notify::n-present", G_CALLBACK (count_notify), &notified);

  g_assert_true (rt_committee_edit_meeting (committee, rt_meeting_get_id (meeting), &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_meeting_get_number (meeting), ==, 4);
  g_assert_cmpstr (rt_meeting_get_date (meeting), ==, "2026-03-19");
  g_assert_cmpstr (rt_meeting_get_start_time (meeting), ==, "18:30");
  g_assert_cmpstr (rt_meeting_get_place (meeting), ==, "市役所第一会議室");
  g_assert_cmpint (rt_meeting_get_observers (meeting), ==, 3);

  /* 第2回 exists: a second one is refused, and nothing changes. */
  edit.number = 2;
  g_assert_false (rt_committee_edit_meeting (committee, rt_meeting_get_id (meeting), &edit, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_clear_error (&error);
  g_assert_cmpint (rt_meeting_get_number (meeting), ==, 4);

  attendees[0] = (RtAttendee) { rt_person_get_id (hayashi), RT_ATTENDANCE_PRESENT };
  attendees[1] = (RtAttendee) { rt_person_get_id (chair), RT_ATTENDANCE_ABSENT };
  g_assert_true (rt_committee_set_attendance (committee, rt_meeting_get_id (meeting), attendees, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_meeting_get_n_present (meeting), ==, 1);
  g_assert_cmpint (rt_meeting_get_n_absent (meeting), ==, 1);
  g_assert_cmpuint (notified, ==, 1);
  attendance = rt_committee_get_attendance (committee, rt_meeting_get_id (meeting), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendance->len, ==, 2);

  /* Undo takes the attendance back, as one step. */
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpint (rt_meeting_get_n_present (meeting), ==, 0);
}

/* People: renamed with their kind, reordered, merged (their cards, aliases
 * and name go to the one who stays), deleted (cards keep, without speaker). */
static void
test_people (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtPerson *hayashi = person_named (committee, "林委員");
  RtPerson *tamayama = person_named (committee, "玉山委員");
  g_autoptr(RtPerson) first = NULL;
  gint64 hayashi_id, tamayama_id;
  guint hayashi_cards, tamayama_cards;
  gint64 mayor;

  g_assert_nonnull (hayashi);
  g_assert_nonnull (tamayama);
  hayashi_id = rt_person_get_id (hayashi);
  tamayama_id = rt_person_get_id (tamayama);
  hayashi_cards = count_cards_of (committee, hayashi_id);
  tamayama_cards = count_cards_of (committee, tamayama_id);
  g_assert_cmpuint (hayashi_cards, >, 0);
  g_assert_cmpuint (tamayama_cards, >, 0);

  /* A new person's kind comes from the role. */
  mayor = rt_committee_add_person (committee, "", "市長", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_person_get_kind (rt_committee_lookup (committee, RT_KIND_PERSON, mayor)), ==,
                   RT_PERSON_KIND_OFFICIAL);

  g_assert_true (rt_committee_edit_person (committee, hayashi_id, "林", "副委員長", RT_PERSON_KIND_MEMBER, &error));
  g_assert_cmpstr (rt_person_get_display_name (hayashi), ==, "林副委員長");
  g_assert_false (rt_committee_edit_person (committee, hayashi_id, "", "", RT_PERSON_KIND_MEMBER, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (rt_committee_move_person (committee, tamayama_id, 0, &error));
  first = g_list_model_get_item (rt_committee_get_people (committee), 0);
  g_assert_cmpint (rt_person_get_id (first), ==, tamayama_id);

  g_assert_true (rt_committee_merge_people (committee, hayashi_id, tamayama_id, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_lookup (committee, RT_KIND_PERSON, tamayama_id));
  g_assert_cmpuint (count_cards_of (committee, hayashi_id), ==, hayashi_cards + tamayama_cards);
  g_assert_true (g_strv_contains (rt_person_get_aliases (hayashi), "玉山委員"));
  g_assert_false (rt_committee_merge_people (committee, hayashi_id, hayashi_id, &error));
  g_clear_error (&error);

  /* One undo brings 玉山委員 back with every card. */
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_cards_of (committee, tamayama_id), ==, tamayama_cards);
  g_assert_cmpuint (count_cards_of (committee, hayashi_id), ==, hayashi_cards);

  g_assert_true (rt_committee_delete_person (committee, tamayama_id, &error));
  g_assert_cmpuint (count_cards_of (committee, tamayama_id), ==, 0);
  g_assert_cmpuint (count_cards_of (committee, 0), >=, tamayama_cards);

  g_assert_true (rt_committee_add_alias (committee, hayashi_id, " 林委員長 ", &error));
  g_assert_true (g_strv_contains (rt_person_get_aliases (hayashi), "林委員長"));
  g_assert_true (rt_committee_remove_alias (committee, hayashi_id, "林委員長", &error));
  g_assert_false (g_strv_contains (rt_person_get_aliases (hayashi), "林委員長"));
}

/* Which meeting a new one, live opinions and imported minutes go to by
 * default: never an older meeting whose minutes are already in. */
static void
test_meeting_defaults (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  gint64 fourth, fifth;

  /* The sample: 第1回 and 第2回 have their opinions; 第3回 (2026-02-20)
   * is waiting for its minutes. */
  g_assert_cmpint (rt_committee_next_meeting_number (committee), ==, 4);
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-03-01", &error), ==, 3);
  g_assert_no_error (error);
  /* Before 第3回 was held, its minutes cannot be in: new minutes are of
   * another meeting, not of 第2回, whose opinions are in. */
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-02-19", &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (rt_committee_find_current_meeting (committee, "2026-02-20"), ==, 3);
  g_assert_cmpint (rt_committee_find_current_meeting (committee, "2026-03-01"), ==, 3);

  /* Once 第3回 has an opinion, the next minutes are of a new meeting. */
  g_assert_cmpint (rt_committee_capture_card (committee, 3, 2, "次回までに事例を集めてほしい。", &error), >, 0);
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-03-01", &error), ==, 0);
  g_assert_no_error (error);

  /* 第4回, registered with its date: its minutes go to it once it is held,
   * and opinions typed on its day too. */
  fourth = rt_committee_add_meeting (committee, rt_committee_next_meeting_number (committee), "第4回", "2026-03-19",
                                     &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-03-18", &error), ==, 0);
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-03-19", &error), ==, fourth);
  g_assert_cmpint (rt_committee_find_current_meeting (committee, "2026-03-19"), ==, fourth);
  g_assert_cmpint (rt_committee_next_meeting_number (committee), ==, 5);

  /* A meeting planned ahead does not hide the one being recorded. */
  fifth = rt_committee_add_meeting (committee, 5, "第5回", "2026-05-21", &error);
  g_assert_cmpint (fifth, >, 0);
  g_assert_cmpint (rt_committee_find_minutes_meeting (committee, "2026-04-01", &error), ==, fourth);
  g_assert_cmpint (rt_committee_find_current_meeting (committee, "2026-05-21"), ==, fifth);
  /* On no meeting's day, the latest is the one going on. */
  g_assert_cmpint (rt_committee_find_current_meeting (committee, "2026-04-01"), ==, fifth);

  /* Renumbered, the next number follows. */
  g_assert_true (rt_committee_edit_meeting (committee, fifth, &(RtMeetingEdit) { .number = 7, .observers = -1 }, &error));
  g_assert_cmpint (rt_committee_next_meeting_number (committee), ==, 8);

  g_assert_cmpuint (rt_committee_count_cards_of (committee, 2, &error), ==, count_cards_of (committee, 2));
  g_assert_cmpuint (rt_committee_count_cards_of (committee, 2, &error), >, 0);
  g_assert_cmpuint (rt_committee_count_cards_of (committee, 999, &error), ==, 0);
  g_assert_cmpuint (rt_committee_count_cards_of (committee, 0, &error), ==, count_cards_of (committee, 0));
  g_assert_no_error (error);
}

/* A card moved within its column is one removal and one insertion, not the
 * column replaced; editing a card's text tells item-changed::card once and
 * no list. */
static void
test_precise_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cards = rt_committee_list_cards (fixture->committee, 1);
  GArray *changes = watch_items (cards);
  g_autoptr(RtCard) moving = NULL;
  guint n = g_list_model_get_n_items (cards);
  guint item_changed = 0, committee_changed = 0, links_changed = 0;
  gint64 id;

  g_assert_cmpuint (n, >=, 5);
  moving = g_list_model_get_item (cards, 1);
  id = rt_card_get_id (moving);
  g_signal_connect_swapped (fixture->committee, "item-changed::card", G_CALLBACK (count_notify), &item_changed);
  g_signal_connect_swapped (fixture->committee, "changed", G_CALLBACK (count_notify), &committee_changed);
  g_signal_connect_swapped (fixture->committee, "links-changed", G_CALLBACK (count_notify), &links_changed);

  g_assert_true (rt_committee_move_cards (fixture->committee, &id, 1, 1, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  for (guint i = 0; i < changes->len; i++)
    {
      ListChange *c = &g_array_index (changes, ListChange, i);

      g_assert_cmpuint (c->removed + c->added, ==, 1);
    }
  {
    g_autoptr(RtCard) now = g_list_model_get_item (cards, 4);

    g_assert_cmpint (rt_card_get_id (now), ==, id);
  }
  g_assert_cmpuint (committee_changed, ==, 1);
  g_assert_cmpuint (links_changed, ==, 0);

  g_array_set_size (changes, 0);
  item_changed = 0;
  g_assert_true (rt_committee_set_card_text (fixture->committee, id, "書き直した意見", &error));
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpuint (item_changed, ==, 1);

  g_assert_true (rt_committee_link_card_point (fixture->committee, id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (links_changed, ==, 1);
  unwatch_items (cards, changes);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/committee/stats", test_stats);
  ADD ("/ronten/committee/labels-and-themes", test_labels_and_themes);
  ADD ("/ronten/committee/cards-per-theme", test_cards_per_theme);
  ADD ("/ronten/committee/card-properties", test_card_properties);
  ADD ("/ronten/committee/notifications", test_notifications);
  ADD ("/ronten/committee/theme-n-cards", test_theme_n_cards);
  ADD ("/ronten/committee/move-several", test_move_several);
  ADD ("/ronten/committee/move-invalid", test_move_invalid);
  ADD ("/ronten/committee/name", test_name);
  ADD ("/ronten/committee/refresh-changed-rows", test_refresh_changed_rows);
  ADD ("/ronten/committee/lifetime", test_lifetime);
  ADD ("/ronten/committee/list-outlives-committee", test_list_outlives_committee);
  ADD ("/ronten/committee/meetings", test_meetings);
  ADD ("/ronten/committee/people", test_people);
  ADD ("/ronten/committee/meeting-defaults", test_meeting_defaults);
  ADD ("/ronten/committee/precise-changes", test_precise_changes);

#undef ADD

  return g_test_run ();
}
