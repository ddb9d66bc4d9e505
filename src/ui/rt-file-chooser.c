/* rt-file-chooser.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-file-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-file-chooser.h"

/* GTK 4.8 has no GtkFileDialog; every file dialog of Ronten goes through this
 * one file, so moving to GtkFileDialog later touches nothing else. */

typedef struct
{
  RtFileChosenFunc callback;
  gpointer         user_data;
} Chooser;

static void
on_response (GtkNativeDialog *native,
             int              response,
             gpointer         data)
{
  Chooser *chooser = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

  chooser->callback (file, chooser->user_data);

  g_free (chooser);
  g_object_unref (native);
}

void
rt_file_chooser_open_committee (GtkWindow        *parent,
                                RtFileChosenFunc  callback,
                                gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) committees = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  Chooser *chooser;

  g_return_if_fail (callback != NULL);

  native = gtk_file_chooser_native_new (_("Open a Committee"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (committees, _("Committee files"));
  gtk_file_filter_add_pattern (committees, "*.ronten");
  gtk_file_filter_add_mime_type (committees, "application/x-ronten");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), committees);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;

  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
