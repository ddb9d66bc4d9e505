/* rt-minutes-file.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-minutes-file"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-docx-text.h"
#include "rt-html-text.h"
#include "rt-minutes-file.h"
#include "rt-minutes.h"
#include "rt-pdf-text.h"

/**
 * rt_minutes_file_read_bytes:
 * @data: the bytes of a minutes file
 * @len: their number
 * @name: (nullable): the file name, a hint for web pages only
 * @format: (out) (optional): what the file was found to be
 * @error: a #GError
 *
 * Reads minutes of any kind into text: see rt-minutes-file.h.
 *
 * Returns: (transfer full): NUL-terminated UTF-8 text, or %NULL with @error
 *   set, in the RT_MINUTES_ERROR domain, with a translated message
 */
static char *read_bytes (const guint8     *data,
                         gsize             len,
                         const char       *name,
                         RtMinutesFormat  *format,
                         GError          **error);

char *
rt_minutes_file_read_bytes (const guint8     *data,
                            gsize             len,
                            const char       *name,
                            RtMinutesFormat  *format,
                            GError          **error)
{
  char *text = read_bytes (data, len, name, format, error);
  char *unspaced;

  /* 今 日 は 素 晴 ら し い: the blanks a PDF put between characters, in
   * the file or in text copied from a PDF into it. */
  if (text != NULL && (unspaced = rt_minutes_unspace (text, strlen (text))) != NULL)
    {
      g_free (text);
      text = unspaced;
    }
  return text;
}

static char *
read_bytes (const guint8     *data,
            gsize             len,
            const char       *name,
            RtMinutesFormat  *format,
            GError          **error)
{
  RtMinutesFormat found;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  found = rt_minutes_sniff_format (data, len, name);
  if (format != NULL)
    *format = found;

  switch (found)
    {
    case RT_MINUTES_FORMAT_PDF:
      return rt_pdf_text_read (data, len, error);

    case RT_MINUTES_FORMAT_DOCX:
      return rt_docx_text_read (data, len, error);

    case RT_MINUTES_FORMAT_HTML:
      return rt_html_text_read (data, len, error);

    case RT_MINUTES_FORMAT_ZIP:
      g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED,
                           _("The file is a zip archive but not a Word document (.docx). Minutes "
                             "can be read from text, PDF, .docx and web pages."));
      return NULL;

    case RT_MINUTES_FORMAT_DOC:
      g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED,
                           _("The file is an old Word (.doc) or Excel file, or a document protected "
                             "by a password. Save it as .docx without a password, or as PDF, and try again."));
      return NULL;

    case RT_MINUTES_FORMAT_TEXT:
    default:
      break;
    }

  {
    g_autoptr(GError) local = NULL;
    char *text = rt_minutes_decode (data, len, NULL, &local);
    static const struct {
      const char *suffix;
      const char *kind;
    } named[] = {
      { ".docx", N_("a Word document (.docx)") },
      { ".pdf", N_("a PDF") },
      { ".xlsx", N_("an Excel workbook (.xlsx)") },
    };

    if (text != NULL)
      return text;

    /* Not text either: a file named .docx or .pdf that is not one (cut
     * short, or something else renamed) is said to be so. */
    for (guint i = 0; name != NULL && i < G_N_ELEMENTS (named); i++)
      if (strlen (name) >= strlen (named[i].suffix) &&
          g_ascii_strcasecmp (name + strlen (name) - strlen (named[i].suffix), named[i].suffix) == 0)
        {
          g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED,
                       _("The file is named as %s but is not one: it may be damaged or cut short. "
                         "Open it in the program that made it and save it again."),
                       _(named[i].kind));
          return NULL;
        }

    g_propagate_error (error, g_steal_pointer (&local));
    return NULL;
  }
}

/**
 * rt_minutes_file_read:
 * @file: a minutes file
 * @format: (out) (optional): what the file was found to be
 *
 * Reads @file, blocking, and turns it into text; see
 * rt_minutes_file_read_async() for the window.
 *
 * Returns: (transfer full): UTF-8 text, or %NULL with @error set
 */
char *
rt_minutes_file_read (GFile            *file,
                      RtMinutesFormat  *format,
                      GCancellable     *cancellable,
                      GError          **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A huge file is refused before it is loaded. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64)g_file_info_get_size (info) > RT_MINUTES_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *max = g_format_size (RT_MINUTES_MAX_INPUT);

      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                   _("The file is too large (%s); minutes of up to %s can be imported."),
                   size, max);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  name = g_file_get_basename (file);
  return rt_minutes_file_read_bytes ((const guint8 *)contents, length, name, format, error);
}

typedef struct
{
  char            *text;
  RtMinutesFormat  format;
} ReadResult;

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_free (result->text);
  g_free (result);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  ReadResult *result = g_new0 (ReadResult, 1);

  result->text = rt_minutes_file_read (file, &result->format, cancellable, &error);
  if (result->text == NULL)
    {
      read_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, read_result_free);
}

/**
 * rt_minutes_file_read_async:
 *
 * Like rt_minutes_file_read(), but loading and reading (unpacking a
 * .docx, laying out a PDF) run in a thread.
 */
void
rt_minutes_file_read_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_minutes_file_read_async);
  g_task_set_name (task, "[ronten] read minutes file");
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

/**
 * rt_minutes_file_read_finish:
 * @format: (out) (optional): what the file was found to be
 *
 * Returns: (transfer full): UTF-8 text, or %NULL with @error set
 */
char *
rt_minutes_file_read_finish (GAsyncResult     *result,
                             RtMinutesFormat  *format,
                             GError          **error)
{
  ReadResult *read;
  char *text;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rt_minutes_file_read_async, NULL);

  read = g_task_propagate_pointer (G_TASK (result), error);
  if (read == NULL)
    return NULL;

  if (format != NULL)
    *format = read->format;
  text = g_steal_pointer (&read->text);
  read_result_free (read);

  return text;
}
