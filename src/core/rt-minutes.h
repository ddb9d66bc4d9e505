/* rt-minutes.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cutting a minutes text (議事録) into statements. Pure GLib: no GTK, no cairo, no SQLite.
 *
 * rt_minutes_decode() turns the bytes of a file into UTF-8; rt_minutes_parse()
 * cuts that text into statements (one opinion card each, with its speaker and
 * its byte range), headings (suggested themes) and unused spans. Every byte of
 * the text ends in exactly one of them, or in whitespace between them:
 * the ranges of the three lists are within the text, in increasing order, do
 * not overlap, and leave only whitespace (rt_minutes_is_space()) uncovered.
 *
 * Speakers are recognised
 *  - at the end, in parentheses: …と考えている。(降旗委員), …必要。（準備室）;
 *  - at the start: 林委員：…, 林委員:…, ○林委員　… (also ◯ ● ◎ 〇 ◆ ■),
 *    【林委員】…, 〔事務局〕…, 委員長　…, （事務局）…;
 *  - alone on a line, taking the paragraphs that follow (Q&A blocks: 委員 / 事務局).
 * A speaker at the start opens a turn that takes the following paragraphs
 * until the next speaker or heading. Lines broken inside a sentence (by a PDF
 * export, even with a blank line between the halves) are joined; page numbers
 * (- 3 -) and running headers (the same short line three times or more) are
 * unused; bullets (・ - •) without a speaker become statements without one.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RT_MINUTES_ERROR (rt_minutes_error_quark ())

/**
 * RtMinutesError:
 * @RT_MINUTES_ERROR_ENCODING: the text is in no encoding Ronten reads
 * @RT_MINUTES_ERROR_TOO_LARGE: the file is too large, or unpacks to too much
 * @RT_MINUTES_ERROR_DAMAGED: the file is truncated or damaged
 * @RT_MINUTES_ERROR_UNSAFE: the file holds what no genuine document of its
 *   kind holds (a document type declaration in a Word file, a zip bomb)
 * @RT_MINUTES_ERROR_ENCRYPTED: the PDF is protected by a password
 * @RT_MINUTES_ERROR_NO_TEXT: the document has no text (a scanned PDF)
 * @RT_MINUTES_ERROR_UNSUPPORTED: a kind of file Ronten does not read
 *   (an old .doc, a spreadsheet)
 */
typedef enum
{
  RT_MINUTES_ERROR_ENCODING,
  RT_MINUTES_ERROR_TOO_LARGE,
  RT_MINUTES_ERROR_DAMAGED,
  RT_MINUTES_ERROR_UNSAFE,
  RT_MINUTES_ERROR_ENCRYPTED,
  RT_MINUTES_ERROR_NO_TEXT,
  RT_MINUTES_ERROR_UNSUPPORTED,
} RtMinutesError;

/* The largest input rt_minutes_decode() accepts, in bytes. */
#define RT_MINUTES_MAX_INPUT ((gsize) 256 * 1024 * 1024)

/**
 * RtStatement:
 * @label: the speaker as written ("降旗委員", "事務局（佐藤課長）"), or %NULL when unknown
 * @name: the person's name ("降旗"), or %NULL
 * @role: the role ("委員", "委員長", "事務局" …), or %NULL
 * @text: the statement, with PDF hard line breaks joined, the speaker marker or
 *   parenthesis and a bullet removed, trimmed; paragraphs of one speaker's turn
 *   are separated by "\n"
 * @start: first byte of the statement in the parsed text, speaker marker included
 * @end: one past its last byte
 * @heading: index of its suggested theme in the headings, or -1
 *
 * One statement, normally one opinion card. All strings are valid UTF-8.
 */
typedef struct
{
  char  *label;
  char  *name;
  char  *role;
  char  *text;
  gsize  start;
  gsize  end;
  int    heading;
} RtStatement;

/**
 * RtHeading:
 * @text: the heading, lines joined, enclosing 【】〔〕［］ removed
 * @start: first byte in the parsed text
 * @end: one past its last byte
 *
 * A short line without sentence end (or a bracketed 【資料 1-2】), offered as a
 * suggested theme for the statements around it.
 */
typedef struct
{
  char  *text;
  gsize  start;
  gsize  end;
} RtHeading;

/**
 * RtSpan:
 *
 * A byte range [@start, @end) of the parsed text that went into no statement
 * and no heading: page numbers, repeated page headers, dates, stray markers,
 * lines with invalid UTF-8. Never whitespace only.
 */
typedef struct
{
  gsize start;
  gsize end;
} RtSpan;

typedef struct _RtMinutes RtMinutes;

GQuark             rt_minutes_error_quark     (void);

/* Detects the encoding of @data — UTF-8 with or without a BOM, UTF-16LE/BE
 * (BOM, or the NUL bytes of ASCII characters), else Shift_JIS (CP932, then
 * SHIFT_JIS) — strips the BOM and returns NUL-terminated UTF-8 without NUL
 * characters inside. CRLF is kept: the offsets of rt_minutes_parse() refer to
 * the returned text. @encoding, if not %NULL, receives "UTF-8", "UTF-16LE",
 * "UTF-16BE", "CP932" or "SHIFT_JIS". On failure returns %NULL and sets @error
 * (RT_MINUTES_ERROR_ENCODING, or RT_MINUTES_ERROR_TOO_LARGE above
 * RT_MINUTES_MAX_INPUT) with a translated message.
 */
char              *rt_minutes_decode          (const guint8  *data,
                                               gsize          len,
                                               char         **encoding,
                                               GError       **error);

/* Parses @len bytes of @text (-1: NUL-terminated). @text should be UTF-8, but
 * need not be: a line that is not valid UTF-8 or holds a NUL byte becomes one
 * unused span. Never fails; the ranges refer to @text, which is not kept.
 * Linear time.
 */
RtMinutes         *rt_minutes_parse           (const char    *text,
                                               gssize         len);
void               rt_minutes_free            (RtMinutes     *minutes);

/* Accessors. The returned structs belong to @minutes. Statements, headings
 * and unused spans are each in text order.
 */
guint              rt_minutes_get_n_statements (const RtMinutes *minutes);
const RtStatement *rt_minutes_get_statement    (const RtMinutes *minutes,
                                                guint            i);
guint              rt_minutes_get_n_headings   (const RtMinutes *minutes);
const RtHeading   *rt_minutes_get_heading      (const RtMinutes *minutes,
                                                guint            i);
guint              rt_minutes_get_n_unused     (const RtMinutes *minutes);
const RtSpan      *rt_minutes_get_unused       (const RtMinutes *minutes,
                                                guint            i);
/* The number of distinct speaker labels, and of statements without a speaker. */
guint              rt_minutes_get_n_speakers   (const RtMinutes *minutes);
guint              rt_minutes_get_n_unattributed (const RtMinutes *minutes);

/* Splits a speaker label into name and role, for mapping labels to people:
 * 金尾委員長 → 金尾 + 委員長 (the longest known role suffix wins: 副委員長
 * before 委員長 before 委員), 委員長 → NULL + 委員長, 事務局（佐藤課長）→
 * 佐藤 + 事務局, 委員A → A + 委員, 林さん → 林 + NULL. Known roles: 委員,
 * 委員長, 副委員長, 会長, 副会長, 市長, 副市長, 事務局, 準備室, 部長, 課長 and
 * others (議長, 座長, 係長, 室長, センター長, 説明員 …). Returns %FALSE, with
 * both set to %NULL, when @label does not look like a speaker. @name and
 * @role are optional; free them with g_free().
 */
gboolean           rt_minutes_split_speaker   (const char    *label,
                                               char         **name,
                                               char         **role);

/* The whitespace of the invariant: ASCII whitespace, U+00A0, U+3000 and U+FEFF. */
gboolean           rt_minutes_is_space        (gunichar       c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMinutes, rt_minutes_free)

G_END_DECLS
