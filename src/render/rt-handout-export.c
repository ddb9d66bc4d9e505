/* rt-handout-export.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-docx.h"
#include "rt-handout-export.h"
#include "rt-pdf.h"

/* One path for both formats: the snapshot, taken on the main thread, goes to
 * a worker thread that builds the model and writes it; each writer replaces
 * the file in one step, so a failed or cancelled export leaves nothing. */

/* PDF unless the name ends with .docx. */
RtHandoutFormat
rt_handout_format_for_path (const char *path)
{
  g_autofree char *lower = path ? g_ascii_strdown (path, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".docx") ? RT_HANDOUT_FORMAT_DOCX : RT_HANDOUT_FORMAT_PDF;
}

/**
 * rt_handout_export:
 * @count: (out) (optional): the pages written for a PDF; for a Word file,
 *   the handouts (sections), since Word lays out its own pages
 *
 * Builds and writes the handouts of @options. Safe in any thread.
 */
gboolean
rt_handout_export (RtHandoutData           *data,
                   const RtHandoutOptions  *options,
                   RtHandoutFormat          format,
                   const char              *path,
                   guint                   *count,
                   GCancellable            *cancellable,
                   GError                 **error)
{
  g_autoptr(RtDoc) doc = NULL;
  guint n = 0;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(doc = rt_handout_build_doc (data, options, cancellable, error)))
    return FALSE;

  if (format == RT_HANDOUT_FORMAT_DOCX)
    {
      if (!rt_docx_write (doc, path, cancellable, error))
        return FALSE;

      for (guint i = 0; i < doc->blocks->len; i++)
        n += ((RtDocBlock *)doc->blocks->pdata[i])->kind == RT_DOC_BLOCK_SECTION;
    }
  else
    {
      g_autoptr(RtHandoutDocument) document = rt_handout_document_new_for_doc (doc, cancellable, error);

      if (document == NULL ||
          g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !rt_pdf_write_document (document, path, error))
        return FALSE;

      n = rt_handout_document_get_n_pages (document);
    }

  if (count != NULL)
    *count = n;

  return TRUE;
}

typedef struct
{
  RtHandoutData    *data;
  RtHandoutOptions  options;
  RtHandoutFormat   format;
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
  guint count = 0;

  if (!rt_handout_export (job->data, &job->options, job->format, job->path, &count, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, count);
}

/**
 * rt_handout_export_async:
 * @data: a snapshot taken on the main thread with rt_handout_data_new()
 *
 * Writes the handouts in a worker thread.
 */
void
rt_handout_export_async (RtHandoutData           *data,
                         const RtHandoutOptions  *options,
                         RtHandoutFormat          format,
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
  job->format = format;
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_handout_export_async);
  g_task_set_task_data (task, job, (GDestroyNotify)export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
rt_handout_export_finish (GAsyncResult  *result,
                          guint         *count,
                          GError       **error)
{
  gssize n;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  n = g_task_propagate_int (G_TASK (result), error);
  if (n < 0)
    return FALSE;

  if (count != NULL)
    *count = n;

  return TRUE;
}
