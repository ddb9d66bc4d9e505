/* rt-sheet.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A table read from outside: public comments, survey answers, a member's
 * written opinions, as CSV or as an Excel workbook. Pure GLib, libzip and
 * libxml2: no SQLite, no GTK, no cairo.
 *
 * CSV: RFC 4180 (fields separated by commas, or by tabs when the first line
 * has tabs and no comma; quoted fields may hold separators, line breaks and
 * doubled quotes; CRLF, LF or CR line ends). A quoted field that is not
 * closed, or a closing quote followed by anything but a separator or a line
 * end, is an error naming its line; a quote inside an unquoted field is kept
 * as it is, as Excel does; an apostrophe before = + - @ (Excel's mark for
 * text that looks like a formula, which Ronten's CSV export writes) is taken
 * away. The encoding is detected by rt_minutes_decode():
 * UTF-8 with or without a BOM, UTF-16 with or without a BOM, Shift_JIS
 * (CP932).
 *
 * .xlsx: the first sheet, or the one named; shared strings (furigana left
 * out), inline strings, numbers, booleans and dates (cells whose number
 * format is a date, in the 1900 or 1904 system) as ISO dates. Zip bombs are
 * refused (rt-zip.h); the XML is parsed with no DTD, no entities and no
 * network: a document type declaration is an error.
 *
 * Every cell is valid UTF-8 text without NUL. Rows are as long as the
 * longest; missing cells are "".
 */

#define RT_SHEET_ERROR (rt_sheet_error_quark ())

typedef enum
{
  RT_SHEET_ERROR_INVALID,          /* broken quoting, a damaged workbook */
  RT_SHEET_ERROR_ENCODING,         /* neither UTF-8, UTF-16 nor Shift_JIS */
  RT_SHEET_ERROR_TOO_LARGE,        /* the file, its rows or columns, a zip bomb */
  RT_SHEET_ERROR_NO_SHEET,         /* a workbook without (that) sheet */
  RT_SHEET_ERROR_EMPTY,            /* no row at all */
  RT_SHEET_ERROR_COLUMN,           /* a mapping names a column the table lacks */
  RT_SHEET_ERROR_UNREPRESENTABLE,  /* a character the chosen encoding cannot hold */
  RT_SHEET_ERROR_FAILED,
} RtSheetError;

/* The largest table file Ronten reads, and the most rows and columns. */
#define RT_SHEET_MAX_INPUT ((gsize) 32 * 1000 * 1000)
#define RT_SHEET_MAX_ROWS 200000
#define RT_SHEET_MAX_COLUMNS 1024
/* The most any one part of a workbook may take once uncompressed. */
#define RT_SHEET_MAX_XML ((gsize) 128 * 1024 * 1024)

typedef struct _RtTable RtSheet;

GQuark       rt_sheet_error_quark       (void);

RtSheet     *rt_sheet_read_csv          (const guint8  *data,
                                         gsize          length,
                                         GError       **error);
RtSheet     *rt_sheet_read_xlsx         (const guint8  *data,
                                         gsize          length,
                                         const char    *sheet,
                                         GError       **error);
RtSheet     *rt_sheet_read              (const guint8  *data,
                                         gsize          length,
                                         const char    *sheet,
                                         GError       **error);
RtSheet     *rt_sheet_load              (GFile         *file,
                                         const char    *sheet,
                                         GCancellable  *cancellable,
                                         GError       **error);
void         rt_sheet_load_async        (GFile               *file,
                                         const char          *sheet,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
RtSheet     *rt_sheet_load_finish       (GAsyncResult        *result,
                                         GError             **error);

RtSheet     *rt_sheet_ref               (RtSheet       *table);
void         rt_sheet_unref             (RtSheet       *table);

guint        rt_sheet_get_n_rows        (const RtSheet *table);
guint        rt_sheet_get_n_columns     (const RtSheet *table);
const char  *rt_sheet_get_cell          (const RtSheet *table,
                                         guint          row,
                                         guint          column);
const char  *rt_sheet_get_encoding      (const RtSheet *table);
const char * const *rt_sheet_get_sheet_names (const RtSheet *table);
const char  *rt_sheet_get_sheet_name         (const RtSheet *table);
guint        rt_sheet_get_line          (const RtSheet *table,
                                         guint          row);

char        *rt_sheet_to_text           (const RtSheet *table,
                                         GArray       **row_offsets);

int          rt_sheet_find_column       (const RtSheet *table,
                                         const char    *spec,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSheet, rt_sheet_unref)

G_END_DECLS
