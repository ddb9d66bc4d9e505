/* test-handout-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-handout-dialog.h"
#include "rt-print-operation.h"
#include "rt-test-util.h"

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The dialog previews every handout; unticking one relays the pages out. */
static void
test_dialog_preview (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtHandoutDialog *dialog;
  GtkWidget *check;
  guint all;

  g_assert_no_error (error);
  dialog = rt_handout_dialog_new (NULL, committee);
  gtk_window_present (GTK_WINDOW (dialog));
  all = rt_handout_dialog_get_n_pages (dialog);
  g_assert_cmpuint (all, >=, 6);

  check = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), RT_TYPE_HANDOUT_DIALOG, "kind_opinions"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  wait_ms (400);
  g_assert_cmpuint (rt_handout_dialog_get_n_pages (dialog), <, all);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "handout.next-page", NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  rt_test_remove_tree (tmpdir);
}

/* GtkPrintOperation, exporting to a file, draws through the same painter. */
static void
test_print_operation (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autofree char *out = g_build_filename (tmpdir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(RtHandoutData) data = NULL;
  g_autoptr(RtPrintOperation) operation = NULL;
  g_auto(RtHandoutOptions) options;
  GtkPrintOperationResult result;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  data = rt_handout_data_new (committee, &error);
  g_assert_no_error (error);

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_POINTS;
  operation = rt_print_operation_new (data, &options);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), out);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_assert_true (g_file_get_contents (out, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

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

  g_test_add_func ("/ronten/handout-ui/dialog-preview", test_dialog_preview);
  g_test_add_func ("/ronten/handout-ui/print-operation", test_print_operation);

  return g_test_run ();
}
