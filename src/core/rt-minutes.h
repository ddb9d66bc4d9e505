/* rt-minutes.h — cutting a minutes text (議事録) into statements
 *
 * Pure GLib: no GTK, no cairo, no SQLite.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RT_MINUTES_ERROR (rt_minutes_error_quark ())

typedef enum
{
  RT_MINUTES_ERROR_ENCODING,
  RT_MINUTES_ERROR_TOO_LARGE,
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

char              *rt_minutes_decode          (const guint8  *data,
                                               gsize          len,
                                               char         **encoding,
                                               GError       **error);

RtMinutes         *rt_minutes_parse           (const char    *text,
                                               gssize         len);
void               rt_minutes_free            (RtMinutes     *minutes);

guint              rt_minutes_get_n_statements (const RtMinutes *minutes);
const RtStatement *rt_minutes_get_statement    (const RtMinutes *minutes,
                                                guint            i);
guint              rt_minutes_get_n_headings   (const RtMinutes *minutes);
const RtHeading   *rt_minutes_get_heading      (const RtMinutes *minutes,
                                                guint            i);
guint              rt_minutes_get_n_unused     (const RtMinutes *minutes);
const RtSpan      *rt_minutes_get_unused       (const RtMinutes *minutes,
                                                guint            i);
guint              rt_minutes_get_n_speakers   (const RtMinutes *minutes);
guint              rt_minutes_get_n_unattributed (const RtMinutes *minutes);

gboolean           rt_minutes_split_speaker   (const char    *label,
                                               char         **name,
                                               char         **role);

gboolean           rt_minutes_is_space        (gunichar       c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMinutes, rt_minutes_free)

G_END_DECLS
