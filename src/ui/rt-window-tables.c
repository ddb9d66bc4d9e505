/* rt-window-tables.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-window-tables"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-card-table.h"
#include "rt-speaker-policy.h"
#include "rt-file-chooser.h"
#include "rt-sheet-import-dialog.h"
#include "rt-window-private.h"

/* The cards as tables, for Excel: export as a workbook or as CSV (written in
 * a worker thread from a table read on the main thread), and opinions
 * imported from a table. */

typedef struct
{
  RtWindow *window;
  char     *basename;
} Export;

static void
export_free (Export *export)
{
  g_object_unref (export->window);
  g_free (export->basename);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!rt_card_table_write_finish (result, &error))
    {
      rt_feedback_error (GTK_WIDGET (export->window), _("Could Not Export the Cards"), error);
      return;
    }

  message = g_strdup_printf (_("Exported the cards as “%s”"), export->basename);
  rt_feedback_toast (GTK_WIDGET (export->window), message);
}

static void
table_chosen (RtWindow          *self,
              GFile             *file,
              RtCardTableFormat  format,
              const char        *choice)
{
  RtCommittee *committee = rt_window_get_committee (self);
  g_autoptr(RtCardTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  RtCardTableOptions options = { format, FALSE, RT_CSV_ENCODING_UTF8 };
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  RtOutput output;
  Export *export;

  if (file == NULL || committee == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The cards can only be exported to a local file"));
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Export the Cards"), error);
      return;
    }

  options.sheet_per_meeting = g_strcmp0 (choice, "meeting") == 0;
  options.encoding = g_strcmp0 (choice, "cp932") == 0 ? RT_CSV_ENCODING_CP932 : RT_CSV_ENCODING_UTF8;

  /* Speakers named as the committee set it for this export; pseudonyms
   * shown are kept from then on. */
  output = format == RT_CARD_TABLE_XLSX ? RT_OUTPUT_XLSX : RT_OUTPUT_CSV;
  if (!(table = rt_card_table_new_for_output (committee, FALSE, output, RT_SPEAKER_DISPLAY_DEFAULT, &error)))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Export the Cards"), error);
      return;
    }
  if (rt_committee_get_speaker_display (committee, output) == RT_SPEAKER_DISPLAY_PSEUDONYM &&
      (!(policy = rt_speaker_policy_new (committee, &error)) || !rt_speaker_policy_keep (policy, committee, &error)))
    g_debug ("Pseudonyms not kept: %s", error->message);

  export = g_new0 (Export, 1);
  export->window = g_object_ref (self);
  export->basename = g_file_get_basename (file);
  rt_card_table_write_async (table, &options, path, NULL, export_done, export);
}

static void
xlsx_chosen (GFile      *file,
             const char *choice,
             gpointer    user_data)
{
  g_autoptr(RtWindow) self = user_data;

  table_chosen (self, file, RT_CARD_TABLE_XLSX, choice);
}

static void
csv_chosen (GFile      *file,
            const char *choice,
            gpointer    user_data)
{
  g_autoptr(RtWindow) self = user_data;

  table_chosen (self, file, RT_CARD_TABLE_CSV, choice);
}

static char *
suggested_name (RtWindow   *self,
                const char *extension)
{
  RtCommittee *committee = rt_window_get_committee (self);
  const char *name = rt_committee_get_name (committee);

  /* Translators: the suggested name of the cards' table: the committee, then the extension. */
  return g_strdup_printf (_("%s cards%s"), name[0] != '\0' ? name : _("Committee"), extension);
}

static void
export_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  gboolean csv = g_str_equal (action_name, "win.export-csv");
  g_autofree char *name = NULL;

  if (rt_window_get_committee (self) == NULL)
    return;

  name = suggested_name (self, csv ? ".csv" : ".xlsx");
  rt_file_chooser_save_table (GTK_WINDOW (self), name, csv, csv ? csv_chosen : xlsx_chosen, g_object_ref (self));
}

static void
table_imported (RtSheetImportDialog *dialog,
                guint                n_cards,
                RtWindow            *self)
{
  g_autofree char *message = g_strdup_printf (ngettext ("Imported %u opinion from the table",
                                                        "Imported %u opinions from the table", n_cards),
                                              n_cards);

  rt_feedback_toast (GTK_WIDGET (self), message);
}

static void
import_file_chosen (GFile    *file,
                    gpointer  user_data)
{
  g_autoptr(RtWindow) self = user_data;

  if (file != NULL && rt_window_get_committee (self) != NULL)
    rt_window_import_table (self, file);
}

/**
 * rt_window_import_table:
 * @file: (nullable): the table to read; %NULL to choose one in the dialog
 *
 * Returns: (transfer none): the dialog
 */
RtSheetImportDialog *
rt_window_import_table (RtWindow *self,
                        GFile    *file)
{
  RtSheetImportDialog *dialog;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (rt_window_get_committee (self) != NULL, NULL);

  dialog = rt_sheet_import_dialog_new (GTK_WINDOW (self), rt_window_get_committee (self));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (table_imported), self, 0);
  if (file != NULL)
    rt_sheet_import_dialog_set_file (dialog, file);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
import_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (rt_window_get_committee (self) == NULL)
    return;

  rt_file_chooser_open_table (GTK_WINDOW (self), import_file_chosen, g_object_ref (self));
}

void
rt_window_tables_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-xlsx", NULL, export_table_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_table_action);
  gtk_widget_class_install_action (widget_class, "win.import-table", NULL, import_table_action);
}
