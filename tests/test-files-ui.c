/* test-files-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files of a window, driven through its actions and its drop target,
 * with a real RtApplication (its settings in memory): a new committee, the
 * recent committees of the main menu, files dropped on the window, and the
 * style preference. Needs a display (exits 77 without one).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-application.h"
#include "rt-file-chooser.h"
#include "rt-handout-dialog.h"
#include "rt-import-dialog.h"
#include "rt-new-committee-dialog.h"
#include "rt-print-operation.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"
#include "rt-settings.h"

static RtApplication *app;

typedef struct
{
  char *dir;
  char *sample;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->sample = rt_test_make_sample (&fixture->dir);
  g_settings_reset (rt_settings_get (), "recent-files");
  g_settings_reset (rt_settings_get (), "last-file");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows;

  while ((windows = gtk_window_list_toplevels ()) != NULL)
    {
      for (GList *l = windows; l != NULL; l = l->next)
        gtk_window_destroy (l->data);
      g_list_free (windows);
      rt_test_iterate_for (20);
    }

  rt_test_remove_tree (fixture->dir);
  g_free (fixture->sample);
  g_free (fixture->dir);
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Windows are not added to the application, which would look for a session
 * bus; they find it as the default application. */
static RtWindow *
new_window (void)
{
  RtWindow *window = rt_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  rt_test_iterate_until (rt_test_is_mapped, window);

  return window;
}

static guint
count_items (RtCommittee *committee,
             RtKind       kind)
{
  RtCommitteeStats stats;
  g_autoptr(GError) error = NULL;

  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_no_error (error);

  switch (kind)
    {
    case RT_KIND_CARD: return stats.cards;
    case RT_KIND_POINT: return stats.points;
    case RT_KIND_THEME: return stats.themes;
    case RT_KIND_MEETING:
    case RT_KIND_PERSON:
    case RT_KIND_LABEL:
    case RT_KIND_FRAMEWORK:
    case RT_KIND_PERSPECTIVE:
    case RT_KIND_AGENDA_ITEM:
    case RT_KIND_MATERIAL:
    case RT_KIND_FOLLOWUP:
    case RT_KIND_SUMMARY:
    case RT_KIND_CORRECTION:
    case RT_KIND_OUTLINE:
    case RT_KIND_RESPONSE_KIND:
    case RT_KIND_RESPONSE:
    case RT_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Ctrl+N asks what the committee starts from and its name; creating it
 * opens it in the window if that shows none, else in a new window. */
static void
test_new_committee (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *empty_path = g_build_filename (fixture->dir, "準備委員会.ronten", NULL);
  g_autofree char *copy_path = g_build_filename (fixture->dir, "練習.ronten", NULL);
  RtWindow *window = new_window ();
  RtNewCommitteeDialog *dialog;
  RtWindow *shown;
  RtCommittee *committee;

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (window), "<Control>n"), ==, 1);
  dialog = find_toplevel (RT_TYPE_NEW_COMMITTEE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* An empty committee needs a name; the sample has its own. */
  g_assert_false (rt_new_committee_dialog_get_from_sample (dialog));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  rt_new_committee_dialog_set_from_sample (dialog, TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  rt_new_committee_dialog_set_from_sample (dialog, FALSE);
  rt_new_committee_dialog_set_name (dialog, "準備委員会");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  g_assert_cmpstr (rt_new_committee_dialog_get_name (dialog), ==, "準備委員会");

  /* Cancelling creates nothing. (A button's click also closes the dialog.) */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  rt_test_iterate_for (50);
  g_assert_null (rt_window_get_committee (window));

  /* The file chooser is native; what it leads to is called directly. */
  shown = rt_window_create_committee (window, empty_path, "準備委員会", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (shown == window);
  committee = rt_window_get_committee (window);
  g_assert_cmpstr (rt_committee_get_name (committee), ==, "準備委員会");
  g_assert_cmpuint (count_items (committee, RT_KIND_POINT), ==, 9);
  g_assert_cmpuint (count_items (committee, RT_KIND_CARD), ==, 0);
  g_assert_cmpuint (count_items (committee, RT_KIND_THEME), ==, 0);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "準備委員会");

  /* The window shows a committee now: the next one gets a window of its own. */
  shown = rt_window_create_committee (window, copy_path, NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (shown != window);
  g_assert_true (rt_window_shows_path (shown, copy_path));
  g_assert_cmpuint (count_items (rt_window_get_committee (shown), RT_KIND_CARD), ==, 46);
  g_assert_true (rt_window_shows_path (window, empty_path));

  /* A file open in a window is not replaced. */
  g_assert_null (rt_window_create_committee (window, copy_path, "x", FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_true (rt_window_shows_path (shown, copy_path));
}

static GMenuModel *
recent_menu (RtWindow *window)
{
  return G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), RT_TYPE_WINDOW, "recent_section"));
}

static char *
item_string (GMenuModel *menu,
             int         index,
             const char *attribute)
{
  char *value = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, index, attribute, "s", &value));
  return value;
}

/* The recent committees are in the main menu; one that is gone is dropped
 * from the list when chosen. */
static void
test_recent (Fixture       *fixture,
             gconstpointer  data)
{
  GSettings *settings = rt_settings_get ();
  g_autofree char *missing = g_build_filename (fixture->dir, "消えた委員会.ronten", NULL);
  g_autofree char *other_dir = g_build_filename (fixture->dir, "other", NULL);
  g_autofree char *other = g_build_filename (other_dir, "sample.ronten", NULL);
  g_autofree char *label = NULL;
  g_autofree char *target = NULL;
  g_auto(GStrv) recent = NULL;
  const char *paths[] = { fixture->sample, missing, other, NULL };
  RtWindow *window;
  GMenuModel *menu;

  g_assert_cmpint (g_mkdir (other_dir, 0700), ==, 0);
  {
    g_autoptr(GFile) from = g_file_new_for_path (fixture->sample);
    g_autoptr(GFile) to = g_file_new_for_path (other);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  }
  g_settings_set_strv (settings, "recent-files", paths);

  window = new_window ();
  menu = recent_menu (window);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);

  /* Two files named alike are told apart by their folders. */
  label = item_string (menu, 1, G_MENU_ATTRIBUTE_LABEL);
  g_assert_cmpstr (label, ==, "消えた委員会");
  g_clear_pointer (&label, g_free);
  label = item_string (menu, 2, G_MENU_ATTRIBUTE_LABEL);
  g_assert_cmpstr (label, ==, "sample (other)");
  target = item_string (menu, 2, G_MENU_ATTRIBUTE_TARGET);
  g_assert_cmpstr (target, ==, other);

  /* A committee that is gone leaves the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", missing));
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_assert_false (g_strv_contains ((const char * const *)recent, missing));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_null (rt_window_get_committee (window));

  /* Opening one puts it first, and the window's own file is not listed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", other));
  g_assert_true (rt_window_shows_path (window, other));
  g_clear_pointer (&recent, g_strfreev);
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, other);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_clear_pointer (&target, g_free);
  target = item_string (menu, 0, G_MENU_ATTRIBUTE_TARGET);
  g_assert_cmpstr (target, ==, fixture->sample);
}

static gboolean
drop_files (RtWindow   *window,
            const char *path)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSList) files = g_slist_prepend (NULL, file);
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target = NULL;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), GDK_TYPE_FILE_LIST));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);

  return accepted;
}

static gboolean
import_read (gpointer data)
{
  RtImportDialog *dialog = data;

  return rt_import_dialog_get_import (dialog) != NULL && !rt_import_dialog_get_busy (dialog);
}

/* Minutes dropped on the window open the import dialog on them; a committee
 * file dropped on it opens the committee. */
static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *minutes = g_build_filename (fixture->dir, "第4回議事録.txt", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.ronten", NULL);
  RtWindow *window = new_window ();
  RtImportDialog *dialog;
  RtImportSummary summary;

  g_assert_true (g_file_set_contents (minutes,
                                      "意見交換\n\n"
                                      "林委員：協働相手として市民をどう捉えるか、企業も含めて考えたい。\n"
                                      "降旗委員：ステークホルダーは拡大している。垣根を低くしていきたい。\n",
                                      -1, &error));
  g_assert_no_error (error);

  /* With no committee, minutes have nowhere to go. */
  g_assert_true (drop_files (window, minutes));
  g_assert_null (find_toplevel (RT_TYPE_IMPORT_DIALOG));

  g_assert_true (drop_files (window, fixture->sample));
  g_assert_true (rt_window_shows_path (window, fixture->sample));

  g_assert_true (drop_files (window, minutes));
  dialog = find_toplevel (RT_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  rt_test_iterate_until (import_read, dialog);
  rt_import_get_summary (rt_import_dialog_get_import (dialog), &summary);
  g_assert_cmpuint (summary.n_statements, ==, 2);
  g_assert_cmpuint (summary.n_cards, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Another committee replaces the one shown, as Open does. */
  {
    g_autoptr(RtCommittee) committee = NULL;
    g_autofree char *json = rt_sample_committee_json (NULL, &error);

    committee = rt_committee_create_from_json (other, json, -1, &error);
    g_assert_no_error (error);
  }
  g_assert_true (drop_files (window, other));
  g_assert_true (rt_window_shows_path (window, other));
}

static gboolean
is_dark (gpointer data)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ()) == GPOINTER_TO_INT (data);
}

/* Each style of the preferences applies at once and warns of nothing. */
static void
test_style (Fixture       *fixture,
            gconstpointer  data)
{
  GSettings *settings = rt_settings_get ();
  AdwStyleManager *manager = adw_style_manager_get_default ();
  RtWindow *window = new_window ();

  g_settings_set_string (settings, "style", "dark");
  rt_test_iterate_until (is_dark, GINT_TO_POINTER (TRUE));
  g_settings_set_string (settings, "style", "high-contrast");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  rt_test_iterate_for (50);
  g_settings_set_string (settings, "style", "light");
  rt_test_iterate_until (is_dark, GINT_TO_POINTER (FALSE));
  g_settings_set_string (settings, "style", "high-contrast");
  rt_test_iterate_for (50);
  g_settings_reset (settings, "style");
  rt_test_iterate_for (50);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
}

static gboolean
file_dialog_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

/* Activates @action on @widget and returns the folder the file dialog it
 * opens starts in; cancels the dialog. */
static char *
dialog_folder (GtkWidget  *widget,
               const char *action)
{
  GtkWidget *dialog;
  g_autoptr(GFile) folder = NULL;

  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  rt_test_iterate_until (file_dialog_shown, NULL);
  dialog = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  rt_test_iterate_for (100);
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (folder);

  return g_file_get_path (folder);
}

/* File dialogs start beside the committee, or in Documents: never in the
 * folder Ronten was started from. Printing to a file writes beside the
 * committee too. */
static void
test_dialog_folders (Fixture       *fixture,
                     gconstpointer  data)
{
  RtWindow *window = new_window ();
  g_autoptr(GError) error = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *folder = NULL;
  g_autoptr(GFile) start = NULL;
  GtkWidget *dialog;

  /* No committee yet: not the working directory. */
  folder = dialog_folder (GTK_WIDGET (window), "win.open");
  g_test_message ("without a committee: %s (working directory %s)", folder, cwd);
  g_assert_cmpstr (folder, !=, cwd);
  g_clear_pointer (&folder, g_free);

  g_assert_true (rt_window_open_path (window, fixture->sample, &error));
  g_assert_no_error (error);

  folder = dialog_folder (GTK_WIDGET (window), "win.open");
  g_assert_cmpstr (folder, ==, fixture->dir);
  g_clear_pointer (&folder, g_free);
  folder = dialog_folder (GTK_WIDGET (window), "win.save-copy");
  g_assert_cmpstr (folder, ==, fixture->dir);
  g_clear_pointer (&folder, g_free);

  /* The dialogs of a dialog: minutes to import, a PDF to export. */
  rt_window_import_minutes (window);
  rt_test_iterate_for (100);
  dialog = find_toplevel (RT_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  folder = dialog_folder (dialog, "import.open-file");
  g_assert_cmpstr (folder, ==, fixture->dir);
  g_clear_pointer (&folder, g_free);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.handouts", NULL));
  rt_test_iterate_for (200);
  dialog = find_toplevel (RT_TYPE_HANDOUT_DIALOG);
  g_assert_nonnull (dialog);
  folder = dialog_folder (dialog, "handout.export");
  g_assert_cmpstr (folder, ==, fixture->dir);
  g_clear_pointer (&folder, g_free);

  /* Print to File: beside the committee, not ./output.pdf. */
  {
    g_autoptr(RtHandoutData) handout = rt_handout_data_new (rt_window_get_committee (window), &error);
    g_auto(RtHandoutOptions) options;
    g_autoptr(RtPrintOperation) operation = NULL;
    g_autoptr(GFile) file = NULL;
    g_autoptr(GFile) parent = NULL;
    const char *uri;

    rt_handout_options_init (&options);
    operation = rt_print_operation_new (handout, &options);
    start = rt_file_chooser_get_start_folder (GTK_WINDOW (dialog));
    file = g_file_get_child (start, "資料.pdf");
    rt_print_operation_set_output_file (operation, file);
    uri = gtk_print_settings_get (gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)),
                                  GTK_PRINT_SETTINGS_OUTPUT_URI);
    g_assert_nonnull (uri);
    g_clear_object (&file);
    file = g_file_new_for_uri (uri);
    parent = g_file_get_parent (file);
    g_assert_cmpstr (g_file_peek_path (parent), ==, fixture->dir);
    /* A printer, not the file printer, was "chosen": nothing to report. */
    g_assert_null (rt_print_operation_dup_output_file (operation));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  GLogLevelFlags fatal;
  int status;

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }

  /* A registered application has its settings and actions. */
  app = rt_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  /* GtkApplication warns when it finds no session bus; it works without. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_log_set_always_fatal (fatal);
  g_assert_no_error (error);
  g_assert_nonnull (rt_settings_get ());

  g_test_add ("/ronten/files-ui/new-committee", Fixture, NULL, fixture_set_up, test_new_committee, fixture_tear_down);
  g_test_add ("/ronten/files-ui/recent", Fixture, NULL, fixture_set_up, test_recent, fixture_tear_down);
  g_test_add ("/ronten/files-ui/drop", Fixture, NULL, fixture_set_up, test_drop, fixture_tear_down);
  g_test_add ("/ronten/files-ui/style", Fixture, NULL, fixture_set_up, test_style, fixture_tear_down);
  g_test_add ("/ronten/files-ui/dialog-folders", Fixture, NULL, fixture_set_up, test_dialog_folders, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
