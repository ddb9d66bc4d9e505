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

#include "rt-handout-export.h"
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
  return rt_handout_export (data, options, RT_HANDOUT_FORMAT_PDF, path, n_pages, cancellable, error);
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
  rt_handout_export_async (data, options, RT_HANDOUT_FORMAT_PDF, path, cancellable, callback, user_data);
}

gboolean
rt_pdf_export_finish (GAsyncResult  *result,
                      guint         *n_pages,
                      GError       **error)
{
  return rt_handout_export_finish (result, n_pages, error);
}
