/* rt-file-chooser.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-file-chooser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-file-chooser.h"
#include "rt-window.h"

/* GTK 4.8 has no GtkFileDialog; every file dialog of Ronten goes through this
 * one file, so moving to GtkFileDialog later touches nothing else.
 *
 * A dialog starts beside the committee shown in the window it belongs to
 * (or the window of the dialog it belongs to), else in the folder last
 * chosen in this session, else in Documents: never in the folder Ronten
 * happened to be started from. */

static GFile *last_folder;

typedef struct
{
  RtFileChosenFunc callback;
  RtFileChoiceFunc choice_callback;
  gpointer         user_data;
} Chooser;

/* The extension a filter stands for: its first pattern of the form "*.ext".
 * Read from the filter itself, so nothing is stored beside it. */
static char *
filter_extension (GtkFileFilter *filter)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (gtk_file_filter_to_gvariant (filter));
  g_autoptr(GVariantIter) rules = NULL;
  const char *name, *pattern;
  guint32 type;

  g_variant_get (variant, "(&sa(us))", &name, &rules);
  while (g_variant_iter_next (rules, "(u&s)", &type, &pattern))
    if (type == 0 && g_str_has_prefix (pattern, "*.") && strchr (pattern + 2, '*') == NULL)
      return g_strdup (pattern + 1);

  return NULL;
}

/* A name typed without an extension gets the chosen filter's. */
static GFile *
with_extension (GtkFileChooser *chooser,
                GFile          *file)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autofree char *extension = filter ? filter_extension (filter) : NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *named = NULL;
  g_autoptr(GFile) parent = NULL;

  if (extension == NULL || basename == NULL || strchr (basename, '.') != NULL)
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  named = g_strconcat (basename, extension, NULL);
  return parent ? g_file_get_child (parent, named) : g_object_ref (file);
}

static void
on_response (GtkNativeDialog *native,
             int              response,
             gpointer         data)
{
  Chooser *chooser = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (chosen != NULL)
        file = with_extension (GTK_FILE_CHOOSER (native), chosen);
    }

  /* The next dialog starts where this one ended. */
  if (file != NULL)
    {
      g_clear_object (&last_folder);
      last_folder = g_file_get_parent (file);
    }

  if (chooser->choice_callback != NULL)
    chooser->choice_callback (file, file ? gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "rt-choice") : NULL,
                              chooser->user_data);
  else
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

/**
 * rt_file_chooser_get_start_folder:
 * @parent: (nullable): the window a dialog is for
 *
 * Returns: (transfer full): the folder a file dialog for @parent starts in
 */
GFile *
rt_file_chooser_get_start_folder (GtkWindow *parent)
{
  const char *documents;

  for (GtkWindow *window = parent; window != NULL; window = gtk_window_get_transient_for (window))
    if (RT_IS_WINDOW (window) && rt_window_get_committee (RT_WINDOW (window)) != NULL)
      {
        g_autoptr(GFile) file = g_file_new_for_path (rt_committee_get_path (rt_window_get_committee (RT_WINDOW (window))));

        return g_file_get_parent (file);
      }

  if (last_folder != NULL)
    return g_object_ref (last_folder);

  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

/* Suggests @suggested_name, if not NULL, shows @native, and calls @callback
 * with the chosen file, or NULL, when it is answered. */
static void
show_dialog (GtkFileChooserNative *native,
             const char           *suggested_name,
             RtFileChosenFunc      callback,
             gpointer              user_data)
{
  g_autoptr(GFile) folder = rt_file_chooser_get_start_folder (gtk_native_dialog_get_transient_for (GTK_NATIVE_DIALOG (native)));
  Chooser *chooser;

  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
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

/* The handouts as PDF or as Word: the filter chosen gives a name typed
 * without an extension its extension, and the extension the format. */
void
rt_file_chooser_save_handouts (GtkWindow        *parent,
                               const char       *suggested_name,
                               gboolean          word,
                               RtFileChosenFunc  callback,
                               gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GListModel) filters = NULL;

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Export Handouts"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  add_filter (native, _("PDF documents"), "*.pdf", "application/pdf");
  add_filter (native, _("Word documents"), "*.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (native));
  if (word)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, 1);

      gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), filter);
    }
  show_dialog (native, suggested_name, callback, user_data);
}

/* The issue map as a picture or a document; the file's ending says which. */
void
rt_file_chooser_save_map (GtkWindow        *parent,
                          const char       *suggested_name,
                          RtFileChosenFunc  callback,
                          gpointer          user_data)
{
  GtkFileChooserNative *native;

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Export the Issue Map"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
  add_filter (native, _("PDF documents"), "*.pdf", "application/pdf");
  add_filter (native, _("PNG images"), "*.png", "image/png");
  add_filter (native, _("SVG images"), "*.svg", "image/svg+xml");
  show_dialog (native, suggested_name, callback, user_data);
}

/* The cards as a table: an Excel workbook, one sheet or one a meeting, or
 * CSV in UTF-8 or Shift_JIS; the callback gets the option chosen. */
void
rt_file_chooser_save_table (GtkWindow        *parent,
                            const char       *suggested_name,
                            gboolean          csv,
                            RtFileChoiceFunc  callback,
                            gpointer          user_data)
{
  static const char *sheet_ids[] = { "one", "meeting", NULL };
  static const char *encoding_ids[] = { "utf-8", "cp932", NULL };
  const char *labels[3] = { NULL, };
  GtkFileChooserNative *native;
  Chooser *chooser;

  g_return_if_fail (callback != NULL);

  if (csv)
    {
      native = new_dialog (parent, _("Export Cards as CSV"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
      add_filter (native, _("CSV files"), "*.csv", "text/csv");
      labels[0] = _("UTF-8 (Excel)");
      labels[1] = _("Shift_JIS");
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "rt-choice", _("Encoding"), encoding_ids, labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "rt-choice", "utf-8");
    }
  else
    {
      native = new_dialog (parent, _("Export Cards as Excel"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
      add_filter (native, _("Excel workbooks"), "*.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      labels[0] = _("All cards in one sheet");
      labels[1] = _("One sheet per meeting");
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "rt-choice", _("Sheets"), sheet_ids, labels);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "rt-choice", "one");
    }

  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  chooser = g_new0 (Chooser, 1);
  chooser->choice_callback = callback;
  chooser->user_data = user_data;
  g_signal_connect (native, "response", G_CALLBACK (on_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Opinions in a table: CSV (any encoding) or an Excel workbook. */
void
rt_file_chooser_open_table (GtkWindow        *parent,
                            RtFileChosenFunc  callback,
                            gpointer          user_data)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) tables = gtk_file_filter_new ();

  g_return_if_fail (callback != NULL);

  native = new_dialog (parent, _("Import Opinions from a Table"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  gtk_file_filter_set_name (tables, _("Tables (CSV, Excel)"));
  gtk_file_filter_add_pattern (tables, "*.csv");
  gtk_file_filter_add_pattern (tables, "*.CSV");
  gtk_file_filter_add_pattern (tables, "*.xlsx");
  gtk_file_filter_add_pattern (tables, "*.XLSX");
  gtk_file_filter_add_pattern (tables, "*.tsv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), tables);
  add_filter (native, _("All files"), "*", NULL);
  show_dialog (native, NULL, callback, user_data);
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
