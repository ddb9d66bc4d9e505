/* rt-pdf.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "rt-pdf.h"

/* The PDF writer: cairo embeds the subset of each font that the pages use.
 * The file is written in memory and then replaced in one step, so a failed
 * or cancelled export never leaves half a PDF behind. */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *bytes,
              unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
rt_pdf_write_document (RtHandoutDocument  *document,
                       const char         *path,
                       GError            **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autofree char *creator = g_strdup_printf ("Ronten %s", PACKAGE_VERSION);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  guint n_pages;

  g_return_val_if_fail (document != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rt_handout_document_get_size (document, &width, &height);
  n_pages = rt_handout_document_get_n_pages (document);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, rt_handout_document_get_title (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, rt_handout_document_get_author (document));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      rt_handout_document_draw_page (document, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RT_HANDOUT_ERROR, RT_HANDOUT_ERROR_FAILED,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return g_file_set_contents (path, (const char *)bytes->data, bytes->len, error);
}

/**
 * rt_pdf_export:
 * @n_pages: (out) (optional): the number of pages written
 *
 * Lays out and writes the handouts of @options. Safe in any thread.
 */
gboolean
rt_pdf_export (RtHandoutData           *data,
               const RtHandoutOptions  *options,
               const char              *path,
               guint                   *n_pages,
               GCancellable            *cancellable,
               GError                 **error)
{
  g_autoptr(RtHandoutDocument) document = NULL;

  if (!(document = rt_handout_document_new (data, options, cancellable, error)))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !rt_pdf_write_document (document, path, error))
    return FALSE;

  if (n_pages != NULL)
    *n_pages = rt_handout_document_get_n_pages (document);

  return TRUE;
}

typedef struct
{
  RtHandoutData    *data;
  RtHandoutOptions  options;
  char             *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  rt_handout_data_unref (job->data);
  rt_handout_options_clear (&job->options);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  if (!rt_pdf_export (job->data, &job->options, job->path, &n_pages, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, n_pages);
}

/**
 * rt_pdf_export_async:
 * @data: a snapshot taken on the main thread with rt_handout_data_new()
 *
 * Writes the handouts in a worker thread.
 */
void
rt_pdf_export_async (RtHandoutData           *data,
                     const RtHandoutOptions  *options,
                     const char              *path,
                     GCancellable            *cancellable,
                     GAsyncReadyCallback      callback,
                     gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (data != NULL);
  g_return_if_fail (options != NULL);
  g_return_if_fail (path != NULL);

  job = g_new0 (ExportJob, 1);
  job->data = rt_handout_data_ref (data);
  rt_handout_options_copy (options, &job->options);
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_pdf_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
rt_pdf_export_finish (GAsyncResult  *result,
                      guint         *n_pages,
                      GError       **error)
{
  gssize pages;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  pages = g_task_propagate_int (G_TASK (result), error);
  if (pages < 0)
    return FALSE;

  if (n_pages != NULL)
    *n_pages = pages;

  return TRUE;
}
