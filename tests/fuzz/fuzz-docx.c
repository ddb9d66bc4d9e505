/* fuzz-docx.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the Word .docx reader.
 *
 * An input whose first byte is even is read as a .docx file; one whose
 * first byte is odd is the main part of a .docx (word/document.xml), zipped
 * here, so that the XML reader is reached as often as the zip reader. Either
 * the reader returns UTF-8 text that the parser cuts with its invariants
 * holding, or an error of RT_MINUTES_ERROR with a UTF-8 message.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <zip.h>

#include "rt-docx-text.h"
#include "rt-minutes.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond) G_STMT_START { if (!(cond)) { g_printerr ("CHECK failed: %s\n", #cond); abort (); } } G_STMT_END

/* A .docx of one member, word/document.xml, holding @data. */
static GBytes *
zip_document (const guint8 *data,
              gsize         size)
{
  zip_error_t zerror;
  zip_source_t *out, *member;
  zip_t *archive;
  zip_stat_t st;
  void *bytes;

  zip_error_init (&zerror);
  out = zip_source_buffer_create (NULL, 0, 0, &zerror);
  CHECK (out != NULL);
  zip_source_keep (out);
  archive = zip_open_from_source (out, ZIP_TRUNCATE, &zerror);
  CHECK (archive != NULL);
  member = zip_source_buffer (archive, data, size, 0);
  CHECK (member != NULL);
  CHECK (zip_file_add (archive, "word/document.xml", member, ZIP_FL_OVERWRITE) >= 0);
  CHECK (zip_close (archive) == 0);
  CHECK (zip_source_stat (out, &st) == 0);
  CHECK (zip_source_open (out) == 0);
  bytes = g_malloc (st.size + 1);
  CHECK (zip_source_read (out, bytes, st.size) == (zip_int64_t)st.size);
  zip_source_close (out);
  zip_source_free (out);
  zip_error_fini (&zerror);

  return g_bytes_new_take (bytes, st.size);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (size == 0)
    return 0;

  if (data[0] & 1)
    docx = zip_document (data + 1, size - 1);
  else
    docx = g_bytes_new_static (data, size);

  text = rt_docx_text_read (g_bytes_get_data (docx, NULL), g_bytes_get_size (docx), &error);
  if (text == NULL)
    {
      CHECK (error != NULL && error->domain == RT_MINUTES_ERROR);
      CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  CHECK (error == NULL);
  CHECK (g_utf8_validate (text, -1, NULL));
  {
    g_autoptr(RtMinutes) m = rt_minutes_parse (text, -1);

    CHECK (m != NULL);
    for (guint i = 0; i < rt_minutes_get_n_statements (m); i++)
      CHECK (g_utf8_validate (rt_minutes_get_statement (m, i)->text, -1, NULL));
  }

  return 0;
}
