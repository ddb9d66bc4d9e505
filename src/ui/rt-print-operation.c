/* rt-print-operation.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-print-operation"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-print-operation.h"

/* Printing the handouts: the pages are laid out by the same code as the PDF
 * export, and draw_page calls the same page painter. The unit is the point
 * and the whole sheet is used, as in the PDF; margins are the handout's. */

struct _RtPrintOperation
{
  GtkPrintOperation  parent_instance;

  RtHandoutData     *data;
  RtHandoutOptions   options;
  RtHandoutDocument *document;
};

G_DEFINE_FINAL_TYPE (RtPrintOperation, rt_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
rt_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  RtPrintOperation *self = RT_PRINT_OPERATION (operation);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->document, rt_handout_document_free);
  self->document = rt_handout_document_new (self->data, &self->options, NULL, &error);

  if (self->document == NULL)
    {
      g_warning ("Could not lay out the handouts: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }

  gtk_print_operation_set_n_pages (operation, rt_handout_document_get_n_pages (self->document));
}

static void
rt_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  RtPrintOperation *self = RT_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width;

  g_return_if_fail (self->document != NULL);

  /* The printer's sheet may differ a little from ours: fit the width. */
  rt_handout_document_get_size (self->document, &width, NULL);
  cairo_save (cr);
  cairo_scale (cr, gtk_print_context_get_width (context) / width, gtk_print_context_get_width (context) / width);
  rt_handout_document_draw_page (self->document, cr, page_nr);
  cairo_restore (cr);
}

static void
rt_print_operation_end_print (GtkPrintOperation *operation,
                              GtkPrintContext   *context)
{
  RtPrintOperation *self = RT_PRINT_OPERATION (operation);

  g_clear_pointer (&self->document, rt_handout_document_free);
}

static void
rt_print_operation_finalize (GObject *object)
{
  RtPrintOperation *self = (RtPrintOperation *)object;

  g_clear_pointer (&self->document, rt_handout_document_free);
  g_clear_pointer (&self->data, rt_handout_data_unref);
  rt_handout_options_clear (&self->options);

  G_OBJECT_CLASS (rt_print_operation_parent_class)->finalize (object);
}

static void
rt_print_operation_class_init (RtPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = rt_print_operation_finalize;
  operation_class->begin_print = rt_print_operation_begin_print;
  operation_class->draw_page = rt_print_operation_draw_page;
  operation_class->end_print = rt_print_operation_end_print;
}

static void
rt_print_operation_init (RtPrintOperation *self)
{
  rt_handout_options_init (&self->options);
}

/**
 * rt_print_operation_set_output_file:
 * @file: where "Print to File" writes, unless the user says otherwise
 *
 * Without it, GTK's print dialog would print to output.pdf in the folder
 * Ronten happened to be started from.
 */
void
rt_print_operation_set_output_file (RtPrintOperation *self,
                                    GFile            *file)
{
  GtkPrintSettings *settings;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *folder_uri = NULL;
  g_autofree char *basename = NULL;

  g_return_if_fail (RT_IS_PRINT_OPERATION (self));
  g_return_if_fail (G_IS_FILE (file));

  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  if (settings == NULL)
    {
      g_autoptr(GtkPrintSettings) fresh = gtk_print_settings_new ();

      gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), fresh);
      settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
    }

  uri = g_file_get_uri (file);
  folder = g_file_get_parent (file);
  folder_uri = folder != NULL ? g_file_get_uri (folder) : NULL;
  basename = g_file_get_basename (file);
  if (g_str_has_suffix (basename, ".pdf"))
    basename[strlen (basename) - strlen (".pdf")] = '\0';

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR, folder_uri);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
}

/**
 * rt_print_operation_dup_output_file:
 *
 * Returns: (transfer full) (nullable): the file printed to, when the user
 *   chose "Print to File" rather than a printer
 */
GFile *
rt_print_operation_dup_output_file (RtPrintOperation *self)
{
  GtkPrintSettings *settings;
  const char *printer, *uri;

  g_return_val_if_fail (RT_IS_PRINT_OPERATION (self), NULL);

  settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  if (settings == NULL)
    return NULL;

  printer = gtk_print_settings_get_printer (settings);
  uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
  /* GTK's file printer, under its own (translated) name. */
  if (uri == NULL || printer == NULL || g_strcmp0 (printer, g_dgettext ("gtk40", "Print to File")) != 0)
    return NULL;

  return g_file_new_for_uri (uri);
}

RtPrintOperation *
rt_print_operation_new (RtHandoutData          *data,
                        const RtHandoutOptions *options)
{
  RtPrintOperation *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (RT_TYPE_PRINT_OPERATION, NULL);
  self->data = rt_handout_data_ref (data);
  rt_handout_options_clear (&self->options);
  rt_handout_options_copy (options, &self->options);

  paper = gtk_paper_size_new (options->paper == RT_PAPER_A3 ? GTK_PAPER_NAME_A3 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, options->landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                            : GTK_PAGE_ORIENTATION_PORTRAIT);

  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("Handouts"));

  return self;
}
