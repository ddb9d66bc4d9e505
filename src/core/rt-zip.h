/* rt-zip.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Zip archives in memory, with libzip: the Office Open XML files Ronten
 * writes (.docx, through the Word writer) and reads (.xlsx). The reader is
 * for files from outside: it refuses archives with too many entries, entries
 * larger than a cap once inflated, and entries that inflate more than a
 * ratio — the shapes of a zip bomb — before inflating anything, and it stops
 * inflating any entry at its cap whatever its header claims. */

#define RT_ZIP_ERROR (rt_zip_error_quark ())

typedef enum
{
  RT_ZIP_ERROR_INVALID,    /* not a zip archive, or a damaged one */
  RT_ZIP_ERROR_TOO_LARGE,  /* too many entries, or an entry too large once inflated */
  RT_ZIP_ERROR_NOT_FOUND,  /* no entry of that name */
  RT_ZIP_ERROR_FAILED,
} RtZipError;

/* Limits of the reader. */
#define RT_ZIP_MAX_ENTRIES 10000
#define RT_ZIP_MAX_RATIO 200       /* inflated size / compressed size, for entries over 1 MB */

typedef struct _RtZipWriter RtZipWriter;
typedef struct _RtZipReader RtZipReader;

GQuark       rt_zip_error_quark       (void);

RtZipWriter *rt_zip_writer_new        (void);
void         rt_zip_writer_add        (RtZipWriter  *writer,
                                       const char   *name,
                                       GBytes       *bytes,
                                       gboolean      compress);
void         rt_zip_writer_add_string (RtZipWriter  *writer,
                                       const char   *name,
                                       GString      *text);
void         rt_zip_writer_append     (RtZipWriter  *writer,
                                       RtZipWriter  *other);
GBytes      *rt_zip_writer_finish     (RtZipWriter  *writer,
                                       GError      **error);
void         rt_zip_writer_free       (RtZipWriter  *writer);

RtZipReader *rt_zip_reader_new        (GBytes       *data,
                                       gsize         max_entry_size,
                                       GError      **error);
gboolean     rt_zip_reader_has        (RtZipReader  *reader,
                                       const char   *name);
GBytes      *rt_zip_reader_read       (RtZipReader  *reader,
                                       const char   *name,
                                       GError      **error);
void         rt_zip_reader_free       (RtZipReader  *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtZipWriter, rt_zip_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtZipReader, rt_zip_reader_free)

G_END_DECLS
