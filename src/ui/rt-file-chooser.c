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

/* A new modal dialog with @title, @action and the button @accept. */
static GtkFileChooserNative *
new_dialog (GtkWindow            *parent,
            const char           *title,
            GtkFileChooserAction  action,
            const char           *accept)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent, action, accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  return native;
}

/* Adds a filter named @name that matches @pattern or, if not NULL, @mime_type. */
static void
add_filter (GtkFileChooserNative *native,
            const char           *name,
            const char           *pattern,
            const char           *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
}

/* Suggests @suggested_name, if not NULL, shows @native, and calls @callback
 * with the chosen file, or NULL, when it is answered. */
static void
show_dialog (GtkFileChooserNative *native,
             const char           *suggested_name,
             RtFileChosenFunc      callback,
             gpointer              user_data)
{
  Chooser *chooser;

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  chooser = g_new0 (Chooser, 1);
  chooser->callback = callback;
  chooser->user_data = user_data;

  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
rt_file_chooser_open_committee (GtkWindow        *parent,
                                RtFileChosenFunc  callback,
                                gpointer          user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Open a Committee"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  add_filter (native, _("Committee files"), "*.ronten", "application/x-ronten");
  add_filter (native, _("All files"), "*", NULL);
  show_dialog (native, NULL, callback, user_data);
}

void
rt_file_chooser_save_pdf (GtkWindow        *parent,
                          const char       *suggested_name,
                          RtFileChosenFunc  callback,
                          gpointer          user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Export Handouts as PDF"), GTK_FILE_CHOOSER_ACTION_SAVE,
                       _("_Export"));
  add_filter (native, _("PDF documents"), "*.pdf", "application/pdf");
  show_dialog (native, suggested_name, callback, user_data);
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

  native = new_dialog (parent, title, GTK_FILE_CHOOSER_ACTION_SAVE, accept);
  add_filter (native, _("Committee files"), "*.ronten", "application/x-ronten");
  show_dialog (native, suggested_name, callback, user_data);
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

/**
 * rt_file_chooser_open_minutes:
 *
 * Asks for minutes to import: text, PDF, Word .docx or a saved web page.
 */
void
rt_file_chooser_open_minutes (GtkWindow        *parent,
                              RtFileChosenFunc  callback,
                              gpointer          user_data)
{
  static const char * const patterns[] = {
    "*.txt", "*.TXT", "*.pdf", "*.PDF", "*.docx", "*.DOCX", "*.html", "*.htm", "*.HTML", "*.HTM",
  };
  static const char * const mime_types[] = {
    "text/plain", "application/pdf", "text/html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  };
  g_autoptr(GtkFileFilter) all_minutes = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Open Minutes"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  gtk_file_filter_set_name (all_minutes, _("Minutes (text, PDF, Word, web page)"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (all_minutes, patterns[i]);
  for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (all_minutes, mime_types[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_minutes);

  add_filter (native, _("Text files"), "*.txt", "text/plain");
  add_filter (native, _("PDF documents"), "*.pdf", "application/pdf");
  add_filter (native, _("Word documents"), "*.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  add_filter (native, _("Web pages"), "*.html", "text/html");
  add_filter (native, _("All files"), "*", NULL);
  show_dialog (native, NULL, callback, user_data);
}
