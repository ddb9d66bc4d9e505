/* test-table-import-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog that imports opinions from a table, driven through its
 * widgets and actions: a Shift_JIS CSV is read in a worker thread, its
 * columns guessed from their titles, its rows previewed; Import stores
 * them and closes the dialog; a broken file leaves Import off and the
 * committee as it was. The handout dialog offers Word beside PDF.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-handout-dialog.h"
#include "rt-sheet-import-dialog.h"
#include "rt-test-util.h"

static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
sheet_read (gpointer data)
{
  return rt_sheet_import_dialog_get_sheet (data) != NULL;
}

static gboolean
spinner_stopped (gpointer data)
{
  GtkWidget *spinner = GTK_WIDGET (gtk_widget_get_template_child (data, RT_TYPE_SHEET_IMPORT_DIALOG, "spinner"));
  gboolean spinning;

  g_object_get (spinner, "spinning", &spinning, NULL);
  return !spinning;
}

static GFile *
write_file (const char *dir,
            const char *name,
            const char *utf8,
            const char *charset)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  bytes = g_convert (utf8, -1, charset, "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, bytes, length, &error));
  return g_file_new_for_path (path);
}

static const char comments[] =
  "番号,ご意見の内容,提出者,分類,受付日\r\n"
  "1,図書館の開館時間を延長してほしい,山田 花子,施設,令和8年2月20日\r\n"
  "2,センターの相談窓口を土日も開けてほしい,林委員,センターに必要なこと,2026/3/1\r\n"
  "3,\"駐輪場を増やしてほしい。\r\n自転車で来る人が多い。\",匿名,施設,2026/3/2\r\n";

static void
test_import (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GFile) file = write_file (tmpdir, "comments.csv", comments, "CP932");
  RtSheetImportDialog *dialog;
  GListModel *preview;
  GtkWidget *text_row, *speaker_row, *category_row, *file_row, *summary;
  guint n_cards;

  g_assert_no_error (error);
  n_cards = g_list_model_get_n_items (rt_committee_get_cards (committee));

  dialog = rt_sheet_import_dialog_new (NULL, committee);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                                       RT_TYPE_SHEET_IMPORT_DIALOG,
                                                                                       "import_button"))));

  rt_sheet_import_dialog_set_file (dialog, file);
  wait_for (sheet_read, dialog);
  g_assert_nonnull (rt_sheet_import_dialog_get_sheet (dialog));

#define CHILD(name) GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RT_TYPE_SHEET_IMPORT_DIALOG, name))
  text_row = CHILD ("text_row");
  speaker_row = CHILD ("speaker_row");
  category_row = CHILD ("category_row");
  file_row = CHILD ("file_row");
  summary = CHILD ("summary_label");
  preview = G_LIST_MODEL (gtk_widget_get_template_child (GTK_WIDGET (dialog), RT_TYPE_SHEET_IMPORT_DIALOG, "preview_store"));
#undef CHILD

  /* The columns are guessed from their titles; the encoding is shown. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (text_row)), ==, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (speaker_row)), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (category_row)), ==, 4);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (file_row)), "Shift_JIS"));
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==, 3);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (summary)), "3"));

  /* No speaker column: the preview follows. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (speaker_row), 0);
  g_assert_cmpuint (g_list_model_get_n_items (preview), ==, 3);
  adw_combo_row_set_selected (ADW_COMBO_ROW (speaker_row), 3);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "table-import.import", NULL);
  while (dialog != NULL && g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);

  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (committee)), ==, n_cards + 3);

  rt_test_remove_tree (tmpdir);
}

static void
test_broken (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GFile) file = write_file (tmpdir, "broken.csv", "意見,氏名\n\"閉じない,林\n", "UTF-8");
  g_autofree char *before = rt_test_export (committee, NULL);
  g_autofree char *after = NULL;
  RtSheetImportDialog *dialog;

  g_assert_no_error (error);
  dialog = rt_sheet_import_dialog_new (NULL, committee);
  gtk_window_present (GTK_WINDOW (dialog));
  rt_sheet_import_dialog_set_file (dialog, file);
  wait_for (spinner_stopped, dialog);

  g_assert_null (rt_sheet_import_dialog_get_sheet (dialog));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "table-import.import", NULL);
  after = rt_test_export (committee, NULL);
  g_assert_cmpstr (after, ==, before);

  gtk_window_destroy (GTK_WINDOW (dialog));
  rt_test_remove_tree (tmpdir);
}

/* The export button of the handouts offers Word in its menu. */
static void
test_handout_word (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtHandoutDialog *dialog;
  GObject *button;
  GMenuModel *menu;
  gboolean word = FALSE;

  g_assert_no_error (error);
  dialog = rt_handout_dialog_new (NULL, committee);
  gtk_window_present (GTK_WINDOW (dialog));

  button = gtk_widget_get_template_child (GTK_WIDGET (dialog), RT_TYPE_HANDOUT_DIALOG, "export_button");
  g_assert_true (ADW_IS_SPLIT_BUTTON (button));
  menu = adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (button));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            word |= g_str_equal (action, "handout.export-word");
        }
      g_clear_object (&section);
    }
  g_assert_true (word);

  gtk_window_destroy (GTK_WINDOW (dialog));
  rt_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/ronten/table-import-ui/import", test_import);
  g_test_add_func ("/ronten/table-import-ui/broken", test_broken);
  g_test_add_func ("/ronten/table-import-ui/handout-word", test_handout_word);

  return g_test_run ();
}
