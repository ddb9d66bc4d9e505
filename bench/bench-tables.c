/* bench-tables.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt-card-table.h"
#include "rt-committee.h"
#include "rt-table-import.h"

/* Tables out and in, at 10,000 cards: a CSV of public comments (varied
 * opinions, 300 submitters, 12 categories, dates) imported into an empty
 * committee — reading the file, preview of the first 200 rows, and the one
 * transaction — then that committee's cards written as .xlsx and as CSV.
 * The goals: the import within 1.5 s, the .xlsx within 1 s. The median of
 * RUNS runs, each on a fresh committee.
 *
 * Usage: bench-tables [ROWS] */

#define RUNS 5
#define IMPORT_GOAL 1.5
#define XLSX_GOAL 1.0

static const char * const phrases[] = {
  "公共施設の予約をインターネットでできるようにしてほしい",
  "図書館の開館時間を平日の夜まで延長してほしい",
  "市民活動団体の情報を一か所にまとめて発信してほしい",
  "子育て世代が参加しやすい時間帯に講座を開いてほしい",
  "協働事業の成果を市民に分かりやすく報告してほしい",
  "駐輪場が足りないので増やしてほしい",
  "高齢者の見守り活動に若い世代が関われる仕組みが必要",
  "センターの相談窓口を土日も開けてほしい",
};

static const char * const categories[] = {
  "施設", "情報発信", "子育て", "高齢者", "協働", "交通", "防災", "環境", "文化", "スポーツ", "財政", "その他",
};

static char *
make_csv (guint rows)
{
  GString *s = g_string_new ("番号,ご意見,提出者,分類,受付日\r\n");

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (s, "%u,\"%s（意見%u）。%sとの意見もある。\",市民%u,%s,2026/%u/%u\r\n",
                            i + 1, phrases[i % G_N_ELEMENTS (phrases)], i + 1,
                            phrases[(i * 7 + 3) % G_N_ELEMENTS (phrases)], i % 300,
                            categories[(i * 5) % G_N_ELEMENTS (categories)], 1 + i % 12, 1 + i % 28);

  return g_string_free (s, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("ronten-bench-tables-XXXXXX", &error);
  g_autofree char *csv_path = g_build_filename (tmpdir, "comments.csv", NULL);
  g_autofree char *xlsx_out = g_build_filename (tmpdir, "cards.xlsx", NULL);
  g_autofree char *csv_out = g_build_filename (tmpdir, "cards.csv", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GFile) file = NULL;
  guint rows = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  double read[RUNS], preview[RUNS], store[RUNS], total[RUNS], xlsx[RUNS], csv_times[RUNS];
  guint n_cards = 0;
  gboolean ok;

  g_assert_no_error (error);
  csv = make_csv (rows);
  g_assert_true (g_file_set_contents (csv_path, csv, -1, &error));
  file = g_file_new_for_path (csv_path);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autofree char *path = g_strdup_printf ("%s/empty-%u.ronten", tmpdir, run);
      g_autoptr(RtCommittee) committee = rt_committee_create_empty (path, "ベンチマーク", TRUE, &error);
      g_autoptr(RtSheet) sheet = NULL;
      g_autoptr(GPtrArray) entries = NULL;
      g_autoptr(RtCardTable) table = NULL;
      RtCardTableOptions xlsx_options = { RT_CARD_TABLE_XLSX, FALSE, RT_CSV_ENCODING_UTF8 };
      RtCardTableOptions csv_options = { RT_CARD_TABLE_CSV, FALSE, RT_CSV_ENCODING_UTF8 };
      RtTableImportResult result;
      RtTableMapping mapping;
      gint64 t0, t1, t2, t3, t4;

      g_assert_no_error (error);

      t0 = g_get_monotonic_time ();
      sheet = rt_sheet_load (file, NULL, NULL, &error);
      g_assert_no_error (error);
      t1 = g_get_monotonic_time ();

      rt_table_mapping_init (&mapping);
      mapping.text = 1;
      mapping.speaker = 2;
      mapping.category = 3;
      mapping.date = 4;
      mapping.meeting_number = 1;
      entries = rt_table_import_preview (committee, sheet, &mapping, 200, &error);
      g_assert_no_error (error);
      t2 = g_get_monotonic_time ();

      if (!rt_committee_import_table (committee, sheet, &mapping, "comments.csv", &result, &error))
        g_error ("%s", error->message);
      t3 = g_get_monotonic_time ();
      n_cards = result.n_cards;

      read[run] = (t1 - t0) / 1e6;
      preview[run] = (t2 - t1) / 1e6;
      store[run] = (t3 - t2) / 1e6;
      total[run] = (t3 - t0) / 1e6;

      t3 = g_get_monotonic_time ();
      table = rt_card_table_new (committee, FALSE, &error);
      if (!rt_card_table_write (table, &xlsx_options, xlsx_out, NULL, &error))
        g_error ("%s", error->message);
      t4 = g_get_monotonic_time ();
      xlsx[run] = (t4 - t3) / 1e6;

      t3 = g_get_monotonic_time ();
      if (!rt_card_table_write (table, &csv_options, csv_out, NULL, &error))
        g_error ("%s", error->message);
      csv_times[run] = (g_get_monotonic_time () - t3) / 1e6;

      g_object_unref (g_steal_pointer (&committee));
      g_unlink (path);
    }

  ok = median (total) <= IMPORT_GOAL && median (xlsx) <= XLSX_GOAL && n_cards == rows;

  g_print ("rows: %u, cards imported: %u, CSV of %.1f MB\n", rows, n_cards, strlen (csv) / 1e6);
  g_print ("import (median of %d): %.3f s (goal <= %.1f s) = read %.3f + preview %.3f + store %.3f\n",
           RUNS, median (total), IMPORT_GOAL, median (read), median (preview), median (store));
  g_print ("xlsx of %u cards (median of %d): %.3f s (goal <= %.1f s)\n", n_cards, RUNS, median (xlsx), XLSX_GOAL);
  g_print ("csv of %u cards (median of %d): %.3f s\n", n_cards, RUNS, median (csv_times));
  g_print ("%s\n", ok ? "PASS" : "FAIL");

  g_unlink (csv_path);
  g_unlink (xlsx_out);
  g_unlink (csv_out);
  g_rmdir (tmpdir);

  return ok ? 0 : 1;
}
