/* rt-minutes.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cutting a minutes text (議事録) into statements. Pure GLib: no GTK, no cairo, no SQLite.
 *
 * rt_minutes_decode() turns the bytes of a file into UTF-8; rt_minutes_parse()
 * cuts that text into statements (one opinion card each, with its speaker,
 * its kind and its byte range), headings (suggested themes), the header
 * block and unused spans. Every byte of the text ends in exactly one of
 * them, or in whitespace between them: the ranges are within the text, in
 * increasing order, do not overlap, and leave only whitespace
 * (rt_minutes_is_space()) uncovered.
 *
 * The parser first learns the document's conventions — which speaker marks
 * recur at the start of lines or inside lines that a web page flattened,
 * where the header ends, which names the attendance list gives, whether the
 * text is a verbatim record, a summary or a table of public comments — and
 * then cuts with what it learnt (rt_minutes_get_convention()).
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

#include "rt-enums.h"

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
 * @kind: what the statement is: opinion, question, request, the
 *   secretariat's explanation or answer, or the chair's procedure (see
 *   rt_minutes_classify())
 * @answer: for a submitted public comment, the city's answer to it (市の
 *   考え方), which lies within [@start, @end) after the comment; else %NULL
 *
 * One statement, normally one opinion card. All strings are valid UTF-8.
 */
typedef struct
{
  char            *label;
  char            *name;
  char            *role;
  char            *text;
  gsize            start;
  gsize            end;
  int              heading;
  RtStatementKind  kind;
  char            *answer;
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

/**
 * RtMinutesConvention:
 * @RT_MINUTES_CONVENTION_AUTO: as an input only: find the convention
 * @RT_MINUTES_CONVENTION_MARK: a mark and the speaker at the start of a
 *   line: ○林委員　…, ◎委員長　…
 * @RT_MINUTES_CONVENTION_BRACKET: the speaker in brackets at the start:
 *   【林委員】…, 〔事務局〕…
 * @RT_MINUTES_CONVENTION_PAREN: the speaker in parentheses at the start:
 *   （委員）…, (事務局)…
 * @RT_MINUTES_CONVENTION_COLON: the speaker and a colon: 林委員：…
 * @RT_MINUTES_CONVENTION_NAME: the speaker's name or role and a blank,
 *   with no mark: 委員長　…, 2 石井委員長 …, 川村委員長)…
 * @RT_MINUTES_CONVENTION_LABEL_LINE: the speaker alone on a line, the
 *   statement on the lines that follow
 * @RT_MINUTES_CONVENTION_END: the speaker in parentheses after the
 *   statement: …と考える。(林委員)
 * @RT_MINUTES_CONVENTION_SUMMARY: a summary without speakers (議事要旨,
 *   要点筆記): each bullet or paragraph is a statement
 * @RT_MINUTES_CONVENTION_COMMENTS: public comments (パブリックコメント):
 *   each submitted opinion is a statement, with the city's answer
 *
 * How a minutes text writes who said what: its main speaker convention.
 * The parser finds it (rt_minutes_parse()); a caller may force another
 * (rt_minutes_parse_full()) when the text was misread.
 */
typedef enum
{
  RT_MINUTES_CONVENTION_AUTO,
  RT_MINUTES_CONVENTION_MARK,
  RT_MINUTES_CONVENTION_BRACKET,
  RT_MINUTES_CONVENTION_PAREN,
  RT_MINUTES_CONVENTION_COLON,
  RT_MINUTES_CONVENTION_NAME,
  RT_MINUTES_CONVENTION_LABEL_LINE,
  RT_MINUTES_CONVENTION_END,
  RT_MINUTES_CONVENTION_SUMMARY,
  RT_MINUTES_CONVENTION_COMMENTS,
} RtMinutesConvention;

#define RT_MINUTES_N_CONVENTIONS (RT_MINUTES_CONVENTION_COMMENTS + 1)

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

/* Takes the blanks out of the lines of @text (valid UTF-8, @len bytes) that
 * a PDF spaced out character by character (今 日 は 素 晴 ら し い → 今日は
 * 素晴らしい); a run of two blanks or more, a column's edge, stays. Returns
 * the new text, or %NULL when no line is spaced out. Linear time.
 */
char              *rt_minutes_unspace         (const char    *text,
                                               gsize          len);

/* Parses @len bytes of @text (-1: NUL-terminated). @text should be UTF-8, but
 * need not be: a line that is not valid UTF-8 or holds a NUL byte becomes one
 * unused span. Never fails; the ranges refer to @text, which is not kept.
 * Linear time.
 */
RtMinutes         *rt_minutes_parse           (const char    *text,
                                               gssize         len);
/* Parses with @convention, or finds it with RT_MINUTES_CONVENTION_AUTO. */
RtMinutes         *rt_minutes_parse_full      (const char          *text,
                                               gssize               len,
                                               RtMinutesConvention  convention);
void               rt_minutes_free            (RtMinutes     *minutes);

/* The convention the text was cut with: found, or forced; never AUTO. */
RtMinutesConvention rt_minutes_get_convention (const RtMinutes *minutes);
/* Whether the convention was found in the text rather than forced. */
gboolean           rt_minutes_get_convention_found (const RtMinutes *minutes);
/* The convention in words, for the review page and the command line:
 * 「発言者: 行頭の○名前」 in Japanese. Translated. */
const char        *rt_minutes_convention_describe (RtMinutesConvention convention);
/* Its stable name for scripts: "mark", "bracket", … */
const char        *rt_minutes_convention_to_nick  (RtMinutesConvention convention);
gboolean           rt_minutes_convention_from_nick (const char          *nick,
                                                    RtMinutesConvention *convention);

/* The header block of the minutes — title, date and place, attendance,
 * agenda and handouts — as one span of the text, which is neither a
 * statement, a heading nor unused. Returns %FALSE, with both set to 0, when
 * the text has no header. */
gboolean           rt_minutes_get_header      (const RtMinutes *minutes,
                                               gsize           *start,
                                               gsize           *end);
/* The names the attendance list of the header gives (林, 山本花子), which
 * the parser used to recognise bare names as speakers; %NULL-terminated,
 * owned by @minutes. */
const char * const *rt_minutes_get_attendees  (const RtMinutes *minutes);

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

/* What a statement is, by clear rules, in this order: a procedural phrase
 * of the chair (開会, 閉会, 休憩, 異議なし, 〜を議題とします, ほかにありません
 * か) or a lone 異議なし is procedure; a speaker of the secretariat or the
 * city (事務局, 課長, 部長, 市長 …) explains or answers; a request (〜てほ
 * しい, 〜していただきたい, お願いしたい, 要望) is a request; a question (〜か。,
 * 〜でしょうか, ？) is a question; anything else is an opinion. @role is the
 * role of rt_minutes_split_speaker(), @label the label as written; both may
 * be %NULL. */
RtStatementKind    rt_minutes_classify        (const char    *label,
                                               const char    *role,
                                               const char    *text);

/* Whether a heading is the structure of the minutes rather than a theme:
 * the heading of their body (議事の経過, 会議の内容) or an item of the agenda
 * (開会, 報告事項, 意見交換). */
gboolean           rt_minutes_heading_is_structure (const char *text);

/* The whitespace of the invariant: ASCII whitespace, U+00A0, U+3000 and U+FEFF. */
gboolean           rt_minutes_is_space        (gunichar       c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMinutes, rt_minutes_free)

G_END_DECLS
