/* test-table-import.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opinions imported from a table (rt-table-import.h): the preview, speakers
 * matched or created, themes found or created, dates and meetings, one
 * transaction and one undo step, nothing stored on a bad mapping, and the
 * round trip of the card table through an empty committee.
 */

#include "config.h"

#include <string.h>

#include "rt-card-table.h"
#include "rt-committee.h"
#include "rt-history.h"
#include "rt-table-import.h"
#include "rt-test-util.h"

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
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

static const char comments[] =
  "No.,ご意見,提出者,分類,受付日\n"
  "1,図書館の開館時間を延長してほしい,林委員,施設の運営,令和8年2月20日\n"
  "2,センターの相談窓口を土日も開けてほしい,山田 花子,センターに必要なこと,2026/3/1\n"
  "3,,林委員,施設の運営,2026-03-02\n"
  "4,駐輪場を増やしてほしい,山田 花子,施設の運営,いつか\n"
  "5,イベント情報をまとめて発信してほしい,事務局,,R8.3.5\n";

static RtSheet *
read_comments (void)
{
  g_autoptr(GError) error = NULL;
  RtSheet *sheet = rt_sheet_read_csv ((const guint8 *)comments, strlen (comments), &error);

  g_assert_no_error (error);
  return sheet;
}

static void
map_comments (RtTableMapping *mapping)
{
  rt_table_mapping_init (mapping);
  mapping->text = 1;
  mapping->speaker = 2;
  mapping->category = 3;
  mapping->date = 4;
}

static GListModel *
inbox (RtCommittee *committee)
{
  return rt_committee_list_cards (committee, 0);
}

static gint64
theme_named (RtCommittee *committee,
             const char  *name)
{
  GListModel *themes = rt_committee_get_themes (committee);

  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

      if (g_str_equal (rt_theme_get_name (theme), name))
        return rt_theme_get_id (theme);
    }
  return 0;
}

static RtCard *
card_with_text (RtCommittee *committee,
                const char  *text)
{
  GListModel *cards = rt_committee_get_cards (committee);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      RtCard *card = g_list_model_get_item (cards, i);

      if (g_str_equal (rt_card_get_text (card), text))
        return card;
      g_object_unref (card);
    }
  return NULL;
}

static void
test_parse_date (void)
{
  static const struct {
    const char *text;
    const char *iso;
  } cases[] = {
    { "2026-02-20", "2026-02-20" },
    { "2026/2/20", "2026-02-20" },
    { "2026/02/20 10:30", "2026-02-20" },
    { "2026.2.20", "2026-02-20" },
    { "2026年2月20日", "2026-02-20" },
    { "２０２６年２月２０日", "2026-02-20" },
    { "令和8年2月20日", "2026-02-20" },
    { "令和元年5月1日", "2019-05-01" },
    { "平成31年4月30日", "2019-04-30" },
    { "R8.2.20", "2026-02-20" },
    { "2026-02-30", NULL },
    { "いつか", NULL },
    { "20260220", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = rt_table_parse_date (cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(RtSheet) sheet = read_comments ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  RtTableMapping mapping;
  RtTableEntry *e;
  guint n_cards = g_list_model_get_n_items (rt_committee_get_cards (f->committee));

  map_comments (&mapping);
  entries = rt_table_import_preview (f->committee, sheet, &mapping, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 3);

  e = entries->pdata[0];
  g_assert_cmpuint (e->line, ==, 2);
  g_assert_cmpstr (e->text, ==, "図書館の開館時間を延長してほしい");
  g_assert_cmpstr (e->speaker, ==, "林委員");
  g_assert_false (e->speaker_is_new);
  g_assert_true (e->category_is_new);
  g_assert_cmpstr (e->iso_date, ==, "2026-02-20");

  e = entries->pdata[1];
  g_assert_true (e->speaker_is_new);
  g_assert_false (e->category_is_new);   /* a theme of the sample */
  g_assert_cmpstr (e->iso_date, ==, "2026-03-01");

  e = entries->pdata[2];
  g_assert_cmpstr (e->text, ==, "");

  /* A preview stores nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (f->committee)), ==, n_cards);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(RtSheet) sheet = read_comments ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCard) library = NULL;
  g_autoptr(RtCard) desk = NULL;
  g_autoptr(RtCard) bikes = NULL;
  g_autoptr(RtCard) events = NULL;
  g_autoptr(GListModel) unsorted = NULL;
  RtTableImportResult result;
  RtTableMapping mapping;
  GListModel *people = rt_committee_get_people (f->committee);
  guint n_cards = g_list_model_get_n_items (rt_committee_get_cards (f->committee));
  guint n_people = g_list_model_get_n_items (people);
  guint n_themes = g_list_model_get_n_items (rt_committee_get_themes (f->committee));
  gint64 hayashi = 0, center = theme_named (f->committee, "センターに必要なこと");

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (g_str_equal (rt_person_get_display_name (person), "林委員"))
        hayashi = rt_person_get_id (person);
    }
  g_assert_cmpint (hayashi, >, 0);
  g_assert_cmpint (center, >, 0);

  map_comments (&mapping);
  mapping.meeting_number = 4;
  g_assert_true (rt_committee_import_table (f->committee, sheet, &mapping, "comments.csv", &result, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (result.n_rows, ==, 5);
  g_assert_cmpuint (result.n_cards, ==, 4);
  g_assert_cmpuint (result.n_skipped, ==, 1);
  g_assert_cmpuint (result.n_new_people, ==, 1);     /* 山田 花子; 林委員 and 事務局 exist */
  g_assert_cmpuint (result.n_new_themes, ==, 1);     /* 施設の運営 */
  g_assert_cmpuint (result.n_new_meetings, ==, 1);   /* 第4回 */
  g_assert_cmpuint (result.n_bad_dates, ==, 1);      /* いつか */
  g_assert_cmpint (result.source_id, >, 0);

  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (f->committee)), ==, n_cards + 4);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, n_people + 1);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_themes (f->committee)), ==, n_themes + 1);

  library = card_with_text (f->committee, "図書館の開館時間を延長してほしい");
  desk = card_with_text (f->committee, "センターの相談窓口を土日も開けてほしい");
  bikes = card_with_text (f->committee, "駐輪場を増やしてほしい");
  events = card_with_text (f->committee, "イベント情報をまとめて発信してほしい");
  g_assert_nonnull (library);
  g_assert_cmpint (rt_card_get_speaker_id (library), ==, hayashi);
  g_assert_cmpint (rt_card_get_theme_id (library), ==, theme_named (f->committee, "施設の運営"));
  g_assert_cmpint (rt_card_get_theme_id (bikes), ==, rt_card_get_theme_id (library));
  g_assert_cmpint (rt_card_get_position (bikes), ==, rt_card_get_position (library) + 1);
  g_assert_true (g_str_has_prefix (rt_card_get_created (library), "2026-02-20T00:00:00"));
  g_assert_cmpint (rt_card_get_meeting_number (library), ==, 4);
  g_assert_cmpint (rt_card_get_source_id (library), ==, result.source_id);
  g_assert_cmpint (rt_card_get_source_offset (library), >, 0);

  /* An existing theme: at its end. */
  g_assert_cmpint (rt_card_get_theme_id (desk), ==, center);
  g_assert_cmpstr (rt_card_get_speaker (desk), ==, "山田 花子");
  /* No category: the inbox. */
  g_assert_cmpint (rt_card_get_theme_id (events), ==, 0);
  g_assert_cmpstr (rt_card_get_speaker (events), ==, "事務局");
  unsorted = inbox (f->committee);
  g_assert_cmpuint (g_list_model_get_n_items (unsorted), >=, 1);
}

/* One transaction, one undo step: undo takes everything back. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(RtSheet) sheet = read_comments ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rt_test_export (f->committee, NULL);
  g_autofree char *after = NULL;
  RtHistory *history = rt_committee_get_history (f->committee);
  RtTableMapping mapping;

  map_comments (&mapping);
  g_assert_true (rt_committee_import_table (f->committee, sheet, &mapping, "comments.csv", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Import Opinions from a Table");

  g_assert_true (rt_history_undo (history, &error));
  g_assert_no_error (error);
  after = rt_test_export (f->committee, NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_nothing_stored (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RtSheet) sheet = read_comments ();
  g_autofree char *before = rt_test_export (f->committee, NULL);
  RtTableMapping mapping;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      RtSheetError code = RT_SHEET_ERROR_COLUMN;

      map_comments (&mapping);
      if (i == 0)
        mapping.speaker = 9;          /* a column the table lacks */
      else if (i == 1)
        mapping.text = -1;            /* no text column */
      else if (i == 2)
        {
          mapping.text = 0;           /* a column without any text below the header */
          mapping.speaker = 1;
          mapping.category = -1;
          mapping.date = -1;
          code = RT_SHEET_ERROR_EMPTY;
        }
      else
        mapping.meeting_number = -3;

      if (i == 2)
        {
          g_autoptr(RtSheet) empty = rt_sheet_read_csv ((const guint8 *)"意見,氏名\n,林委員\n , 山田\n", 27, &error);

          g_assert_no_error (error);
          g_assert_false (rt_committee_import_table (f->committee, empty, &mapping, "x", NULL, &error));
        }
      else
        g_assert_false (rt_committee_import_table (f->committee, sheet, &mapping, "x", NULL, &error));
      g_assert_error (error, RT_SHEET_ERROR, code);

      after = rt_test_export (f->committee, NULL);
      g_assert_cmpstr (after, ==, before);
    }
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(RtSheet) sheet = read_comments ();
  g_autoptr(RtCommittee) reader = NULL;
  g_autoptr(GError) error = NULL;
  RtTableMapping mapping;

  /* The file is opened by one program at a time. */
  g_assert_finalize_object (g_steal_pointer (&f->committee));
  reader = rt_committee_open (f->path, RT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  map_comments (&mapping);
  g_assert_false (rt_committee_import_table (reader, sheet, &mapping, "x", NULL, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  f->committee = g_steal_pointer (&reader);
}

/* The card table, written and read back, imported into an empty committee:
 * the same cards in the same order, with the same speakers, themes,
 * labels and meetings. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(RtCardTable) out = NULL;
  g_autoptr(RtCardTable) back = NULL;
  g_autoptr(RtSheet) sheet = NULL;
  g_autoptr(RtCommittee) empty = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->tmpdir, "cards.xlsx", NULL);
  g_autofree char *other = g_build_filename (f->tmpdir, "empty.ronten", NULL);
  RtCardTableOptions options = { RT_CARD_TABLE_XLSX, TRUE, RT_CSV_ENCODING_UTF8 };
  RtTableImportResult result;
  RtTableMapping mapping;
  static const RtCardColumn same[] = {
    RT_CARD_COLUMN_TEXT, RT_CARD_COLUMN_SPEAKER, RT_CARD_COLUMN_MEETING, RT_CARD_COLUMN_THEME, RT_CARD_COLUMN_LABEL,
  };

  out = rt_card_table_new (f->committee, FALSE, &error);
  g_assert_no_error (error);
  options.sheet_per_meeting = FALSE;
  g_assert_true (rt_card_table_write (out, &options, xlsx, NULL, &error));
  g_assert_no_error (error);

  file = g_file_new_for_path (xlsx);
  sheet = rt_sheet_load (file, NULL, NULL, &error);
  g_assert_no_error (error);

  empty = rt_committee_create_empty (other, NULL, TRUE, &error);
  g_assert_no_error (error);

  rt_table_mapping_init (&mapping);
  mapping.text = rt_sheet_find_column (sheet, "意見", &error);
  mapping.speaker = rt_sheet_find_column (sheet, "発言者", &error);
  mapping.category = rt_sheet_find_column (sheet, "テーマ", &error);
  mapping.label = rt_sheet_find_column (sheet, "資料ラベル", &error);
  mapping.meeting = rt_sheet_find_column (sheet, "会議", &error);
  mapping.date = rt_sheet_find_column (sheet, "会議日", &error);
  g_assert_no_error (error);

  g_assert_true (rt_committee_import_table (empty, sheet, &mapping, "cards.xlsx", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_cards, ==, 46);
  g_assert_cmpuint (result.n_new_people, ==, 13);
  g_assert_cmpuint (result.n_new_themes, ==, 8);
  g_assert_cmpuint (result.n_new_labels, ==, 2);

  back = rt_card_table_new (empty, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_card_table_get_n_rows (back), ==, rt_card_table_get_n_rows (out));
  for (guint r = 0; r < rt_card_table_get_n_rows (out); r++)
    for (guint c = 0; c < G_N_ELEMENTS (same); c++)
      g_assert_cmpstr (rt_card_table_get (back, r, same[c]), ==, rt_card_table_get (out, r, same[c]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/table-import/parse-date", test_parse_date);

#define ADD(path, func) \
  g_test_add ("/ronten/table-import/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("preview", test_preview);
  ADD ("import", test_import);
  ADD ("undo", test_undo);
  ADD ("nothing-stored", test_nothing_stored);
  ADD ("read-only", test_read_only);
  ADD ("round-trip", test_round_trip);

#undef ADD

  return g_test_run ();
}
