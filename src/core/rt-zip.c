/* rt-zip.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-zip"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <zip.h>

#include "rt-zip.h"

G_DEFINE_QUARK (rt-zip-error-quark, rt_zip_error)

struct _RtZipWriter
{
  GPtrArray *names;  /* char * */
  GPtrArray *parts;  /* GBytes, alive until the archive is written */
  GArray    *compress;
};

struct _RtZipReader
{
  GBytes     *data;
  zip_t      *archive;
  gsize       max_entry_size;
};

/* Writer */

RtZipWriter *
rt_zip_writer_new (void)
{
  RtZipWriter *writer = g_new0 (RtZipWriter, 1);

  writer->names = g_ptr_array_new_with_free_func (g_free);
  writer->parts = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  writer->compress = g_array_new (FALSE, FALSE, sizeof (gboolean));

  return writer;
}

void
rt_zip_writer_free (RtZipWriter *writer)
{
  if (writer == NULL)
    return;

  g_ptr_array_unref (writer->names);
  g_ptr_array_unref (writer->parts);
  g_array_unref (writer->compress);
  g_free (writer);
}

/**
 * rt_zip_writer_add:
 * @compress: %FALSE to store an entry already compressed (a PNG)
 *
 * Adds an entry; entries are written in the order they are added.
 */
void
rt_zip_writer_add (RtZipWriter *writer,
                   const char  *name,
                   GBytes      *bytes,
                   gboolean     compress)
{
  g_return_if_fail (writer != NULL && name != NULL && bytes != NULL);

  g_ptr_array_add (writer->names, g_strdup (name));
  g_ptr_array_add (writer->parts, g_bytes_ref (bytes));
  g_array_append_val (writer->compress, compress);
}

/* Adds @text, compressed, and frees it. */
void
rt_zip_writer_add_string (RtZipWriter *writer,
                          const char  *name,
                          GString     *text)
{
  g_autoptr(GBytes) bytes = g_string_free_to_bytes (text);

  rt_zip_writer_add (writer, name, bytes, TRUE);
}

/* Adds the entries of @other after those of @writer. */
void
rt_zip_writer_append (RtZipWriter *writer,
                      RtZipWriter *other)
{
  g_return_if_fail (writer != NULL && other != NULL);

  for (guint i = 0; i < other->names->len; i++)
    rt_zip_writer_add (writer, other->names->pdata[i], other->parts->pdata[i],
                       g_array_index (other->compress, gboolean, i));
}

static gboolean
set_zip_error (GError      **error,
               zip_error_t  *zip_error)
{
  g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_FAILED, _("Could not write the archive: %s"),
               zip_error_strerror (zip_error));
  return FALSE;
}

/**
 * rt_zip_writer_finish:
 *
 * Returns: (transfer full): the archive, or %NULL with @error set
 */
GBytes *
rt_zip_writer_finish (RtZipWriter  *writer,
                      GError      **error)
{
  zip_error_t zip_error;
  zip_source_t *source;
  zip_t *archive;
  zip_int64_t size;
  guint8 *data;

  g_return_val_if_fail (writer != NULL, NULL);

  zip_error_init (&zip_error);
  if (!(source = zip_source_buffer_create (NULL, 0, 0, &zip_error)))
    {
      set_zip_error (error, &zip_error);
      zip_error_fini (&zip_error);
      return NULL;
    }

  if (!(archive = zip_open_from_source (source, ZIP_TRUNCATE, &zip_error)))
    {
      set_zip_error (error, &zip_error);
      zip_error_fini (&zip_error);
      zip_source_free (source);
      return NULL;
    }
  zip_source_keep (source);

  for (guint i = 0; i < writer->names->len; i++)
    {
      GBytes *bytes = writer->parts->pdata[i];
      gsize length;
      gconstpointer part = g_bytes_get_data (bytes, &length);
      zip_source_t *entry = zip_source_buffer (archive, part, length, 0);
      zip_int64_t index;

      if (entry == NULL ||
          (index = zip_file_add (archive, writer->names->pdata[i], entry, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)) < 0)
        {
          if (entry != NULL)
            zip_source_free (entry);
          set_zip_error (error, zip_get_error (archive));
          zip_discard (archive);
          zip_source_free (source);
          return NULL;
        }

      if (!g_array_index (writer->compress, gboolean, i))
        zip_set_file_compression (archive, index, ZIP_CM_STORE, 0);
    }

  if (zip_close (archive) < 0)
    {
      set_zip_error (error, zip_get_error (archive));
      zip_discard (archive);
      zip_source_free (source);
      return NULL;
    }

  if (zip_source_open (source) < 0 ||
      zip_source_seek (source, 0, SEEK_END) < 0 ||
      (size = zip_source_tell (source)) < 0 ||
      zip_source_seek (source, 0, SEEK_SET) < 0)
    {
      set_zip_error (error, zip_source_error (source));
      zip_source_free (source);
      return NULL;
    }

  data = g_malloc (MAX (size, 1));
  if (zip_source_read (source, data, size) != size)
    {
      set_zip_error (error, zip_source_error (source));
      g_free (data);
      zip_source_close (source);
      zip_source_free (source);
      return NULL;
    }
  zip_source_close (source);
  zip_source_free (source);

  return g_bytes_new_take (data, size);
}

/* Reader */

static void
set_invalid (GError     **error,
             zip_error_t *zip_error)
{
  g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_INVALID,
               _("The file is not a valid zip archive (%s)."), zip_error_strerror (zip_error));
}

/**
 * rt_zip_reader_new:
 * @data: the archive
 * @max_entry_size: the largest entry that may be read, once inflated
 *
 * Opens an archive from outside. Refuses it when it has more than
 * %RT_ZIP_MAX_ENTRIES entries, or when an entry declares more than
 * @max_entry_size bytes or inflates more than %RT_ZIP_MAX_RATIO times.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
RtZipReader *
rt_zip_reader_new (GBytes  *data,
                   gsize    max_entry_size,
                   GError **error)
{
  g_autoptr(RtZipReader) reader = g_new0 (RtZipReader, 1);
  zip_error_t zip_error;
  zip_source_t *source;
  zip_int64_t n;
  gsize length;
  gconstpointer bytes;

  g_return_val_if_fail (data != NULL, NULL);

  reader->data = g_bytes_ref (data);
  reader->max_entry_size = max_entry_size;
  bytes = g_bytes_get_data (data, &length);

  zip_error_init (&zip_error);
  if (!(source = zip_source_buffer_create (length > 0 ? bytes : "", length, 0, &zip_error)))
    {
      set_invalid (error, &zip_error);
      zip_error_fini (&zip_error);
      return NULL;
    }

  if (!(reader->archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error)))
    {
      set_invalid (error, &zip_error);
      zip_error_fini (&zip_error);
      zip_source_free (source);
      return NULL;
    }

  n = zip_get_num_entries (reader->archive, 0);
  if (n > RT_ZIP_MAX_ENTRIES)
    {
      g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_TOO_LARGE,
                   _("The archive has too many entries (more than %d); it is not read."), RT_ZIP_MAX_ENTRIES);
      return NULL;
    }

  for (zip_int64_t i = 0; i < n; i++)
    {
      zip_stat_t st;

      if (zip_stat_index (reader->archive, i, 0, &st) < 0)
        {
          set_invalid (error, zip_get_error (reader->archive));
          return NULL;
        }

      if ((st.valid & ZIP_STAT_SIZE) && st.size > max_entry_size)
        {
          g_autofree char *size = g_format_size (st.size);
          g_autofree char *max = g_format_size (max_entry_size);

          g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_TOO_LARGE,
                       _("An entry of the archive (%s) would take %s once uncompressed; at most %s is read. "
                         "The file may be a zip bomb."),
                       st.name ? st.name : "?", size, max);
          return NULL;
        }

      if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) &&
          st.size > 1024 * 1024 && st.size / MAX (st.comp_size, 1) > RT_ZIP_MAX_RATIO)
        {
          g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_TOO_LARGE,
                       _("An entry of the archive (%s) is compressed more than %d times; "
                         "the file may be a zip bomb."),
                       st.name ? st.name : "?", RT_ZIP_MAX_RATIO);
          return NULL;
        }
    }

  return g_steal_pointer (&reader);
}

gboolean
rt_zip_reader_has (RtZipReader *reader,
                   const char  *name)
{
  g_return_val_if_fail (reader != NULL && name != NULL, FALSE);

  return zip_name_locate (reader->archive, name, 0) >= 0;
}

/**
 * rt_zip_reader_read:
 *
 * Inflates the entry @name, at most the reader's maximum entry size,
 * whatever the entry's header says.
 *
 * Returns: (transfer full): its bytes, NUL-terminated beyond their length,
 *   or %NULL with @error set
 */
GBytes *
rt_zip_reader_read (RtZipReader  *reader,
                    const char   *name,
                    GError      **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  zip_file_t *file;
  zip_int64_t index;
  guint8 buffer[16384];

  g_return_val_if_fail (reader != NULL && name != NULL, NULL);

  if ((index = zip_name_locate (reader->archive, name, 0)) < 0)
    {
      g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_NOT_FOUND,
                   _("The archive has no entry “%s”."), name);
      return NULL;
    }

  if (!(file = zip_fopen_index (reader->archive, index, 0)))
    {
      set_invalid (error, zip_get_error (reader->archive));
      return NULL;
    }

  bytes = g_byte_array_new ();
  for (;;)
    {
      zip_int64_t n = zip_fread (file, buffer, sizeof buffer);

      if (n < 0)
        {
          set_invalid (error, zip_file_get_error (file));
          zip_fclose (file);
          return NULL;
        }
      if (n == 0)
        break;

      if (bytes->len + n > reader->max_entry_size)
        {
          g_autofree char *max = g_format_size (reader->max_entry_size);

          g_set_error (error, RT_ZIP_ERROR, RT_ZIP_ERROR_TOO_LARGE,
                       _("An entry of the archive (%s) is larger than %s once uncompressed; "
                         "the file may be a zip bomb."),
                       name, max);
          zip_fclose (file);
          return NULL;
        }
      g_byte_array_append (bytes, buffer, n);
    }
  zip_fclose (file);

  /* A NUL after the data, for parsers that want a string. */
  g_byte_array_append (bytes, (const guint8 *)"", 1);
  g_byte_array_set_size (bytes, bytes->len - 1);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

void
rt_zip_reader_free (RtZipReader *reader)
{
  if (reader == NULL)
    return;

  if (reader->archive != NULL)
    zip_discard (reader->archive);
  g_bytes_unref (reader->data);
  g_free (reader);
}
