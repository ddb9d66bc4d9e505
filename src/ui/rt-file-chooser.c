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

void
rt_file_chooser_save_pdf (GtkWindow        *parent,
                          const char       *suggested_name,
                          RtFileChosenFunc  callback,
                          gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  Chooser *chooser;

  g_return_if_fail (callback != NULL);

  native = gtk_file_chooser_native_new (_("Export Handouts as PDF"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), pdf);

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;

  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
save_committee (GtkWindow        *parent,
                const char       *title,
                const char       *accept,
                const char       *suggested_name,
                RtFileChosenFunc  callback,
                gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) committees = gtk_file_filter_new ();
  Chooser *chooser;

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (committees, _("Committee files"));
  gtk_file_filter_add_pattern (committees, "*.ronten");
  gtk_file_filter_add_mime_type (committees, "application/x-ronten");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), committees);

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;

  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
rt_file_chooser_save_committee (GtkWindow        *parent,
                                const char       *suggested_name,
                                RtFileChosenFunc  callback,
                                gpointer          user_data)
{
  g_return_if_fail (callback != NULL);

  save_committee (parent, _("Save a Copy of the Committee"), _("_Save"),
                  suggested_name, callback, user_data);
}

/* Where a new committee file goes. */
void
rt_file_chooser_new_committee (GtkWindow        *parent,
                               const char       *suggested_name,
                               RtFileChosenFunc  callback,
                               gpointer          user_data)
{
  g_return_if_fail (callback != NULL);

  save_committee (parent, _("Save the New Committee"), _("C_reate"),
                  suggested_name, callback, user_data);
}

/* Minutes as text: UTF-8, Shift_JIS or UTF-16, decoded by the caller. */
void
rt_file_chooser_open_text (GtkWindow        *parent,
                           RtFileChosenFunc  callback,
                           gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) texts = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  Chooser *chooser;

  g_return_if_fail (callback != NULL);

  native = gtk_file_chooser_native_new (_("Open Minutes"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (texts, _("Text files"));
  gtk_file_filter_add_mime_type (texts, "text/plain");
  gtk_file_filter_add_pattern (texts, "*.txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), texts);

  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;

  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
