/* rt-card-table.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-committee.h"
#include "rt-sheet.h"

G_BEGIN_DECLS

/* The cards as a table, one row a card in board order (label by label, theme
 * by theme, then the 未分類 inbox), for Excel: an .xlsx workbook written with
 * libxlsxwriter (one sheet, or one a meeting; a frozen header row, set
 * widths, wrapped text, meeting dates as dates), or a CSV file (RFC 4180
 * quoting, CRLF line ends; UTF-8 with a BOM, or Shift_JIS).
 *
 * Shift_JIS is written as CP932, Windows' Shift_JIS. Seven characters that
 * look the same in both are written as CP932 has them (〜 as ～, ‖ as ∥,
 * − as －, — as ―, ¢ £ ¬ as ￠ ￡ ￢); any other character CP932 cannot
 * hold is an error that names the row, the column and the character: nothing
 * is replaced silently.
 *
 * A CSV field that starts with = + - @ is written with an apostrophe in
 * front, so that Excel takes it as text and not as a formula; Ronten's own
 * table reader takes that apostrophe away again.
 */

typedef enum
{
  RT_CARD_TABLE_XLSX,
  RT_CARD_TABLE_CSV,
} RtCardTableFormat;

typedef enum
{
  RT_CSV_ENCODING_UTF8,   /* with a BOM, as Excel wants it */
  RT_CSV_ENCODING_CP932,
} RtCsvEncoding;

typedef enum
{
  RT_CARD_COLUMN_NUMBER,
  RT_CARD_COLUMN_TEXT,
  RT_CARD_COLUMN_SPEAKER,
  RT_CARD_COLUMN_MEETING,
  RT_CARD_COLUMN_MEETING_DATE,
  RT_CARD_COLUMN_THEME,
  RT_CARD_COLUMN_LABEL,
  RT_CARD_COLUMN_POINTS,
  RT_CARD_COLUMN_VISIBILITY,
  RT_CARD_COLUMN_STATUS,
  RT_CARD_COLUMN_RESPONSE_KIND,
  RT_CARD_COLUMN_RESPONSE,
  RT_CARD_COLUMN_VERBATIM,
  RT_CARD_COLUMN_CREATED,
  RT_CARD_COLUMN_MODIFIED,
  RT_CARD_COLUMN_ID,
  RT_CARD_N_COLUMNS,
} RtCardColumn;

typedef struct
{
  RtCardTableFormat  format;
  gboolean       sheet_per_meeting;  /* .xlsx: one sheet a meeting */
  RtCsvEncoding  encoding;           /* CSV */
} RtCardTableOptions;

typedef struct _RtCardTable RtCardTable;

const char  *rt_card_column_get_title   (RtCardColumn                 column);
RtCardTableFormat rt_card_table_format_for_path  (const char                  *path);

RtCardTable *rt_card_table_new          (RtCommittee                 *committee,
                                         gboolean                     public_only,
                                         GError                     **error);
RtCardTable *rt_card_table_new_for_output (RtCommittee               *committee,
                                         gboolean                     public_only,
                                         RtOutput                     output,
                                         RtSpeakerDisplay             display,
                                         GError                     **error);
RtCardTable *rt_card_table_ref          (RtCardTable                 *table);
void         rt_card_table_unref        (RtCardTable                 *table);
guint        rt_card_table_get_n_rows   (RtCardTable                 *table);
const char  *rt_card_table_get          (RtCardTable                 *table,
                                         guint                        row,
                                         RtCardColumn                 column);

GBytes      *rt_card_table_to_csv       (RtCardTable                 *table,
                                         RtCsvEncoding                encoding,
                                         GError                     **error);
gboolean     rt_card_table_write        (RtCardTable                 *table,
                                         const RtCardTableOptions  *options,
                                         const char                  *path,
                                         GCancellable                *cancellable,
                                         GError                     **error);
void         rt_card_table_write_async  (RtCardTable                 *table,
                                         const RtCardTableOptions  *options,
                                         const char                  *path,
                                         GCancellable                *cancellable,
                                         GAsyncReadyCallback          callback,
                                         gpointer                     user_data);
gboolean     rt_card_table_write_finish (GAsyncResult                *result,
                                         GError                     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtCardTable, rt_card_table_unref)

G_END_DECLS
