/* rt-minutes-format.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What kind of file a minutes file is, told by its content rather than by
 * its name: a text, an HTML page saved from a city's site, a Word .docx or a
 * PDF. Pure GLib. The readers of each kind are rt-html-text.h and
 * rt-docx-text.h here, and rt-pdf-text.h in the render layer (poppler pulls
 * in cairo); rt-minutes-file.h in the render layer reads any of them.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * RtMinutesFormat:
 * @RT_MINUTES_FORMAT_TEXT: plain text, UTF-8, Shift_JIS or UTF-16
 * @RT_MINUTES_FORMAT_HTML: a web page
 * @RT_MINUTES_FORMAT_DOCX: a Word document (Office Open XML)
 * @RT_MINUTES_FORMAT_PDF: a PDF
 * @RT_MINUTES_FORMAT_ZIP: a zip file that is not a Word document
 * @RT_MINUTES_FORMAT_DOC: an old binary Word (or Excel) file
 */
typedef enum
{
  RT_MINUTES_FORMAT_TEXT,
  RT_MINUTES_FORMAT_HTML,
  RT_MINUTES_FORMAT_DOCX,
  RT_MINUTES_FORMAT_PDF,
  RT_MINUTES_FORMAT_ZIP,
  RT_MINUTES_FORMAT_DOC,
} RtMinutesFormat;

RtMinutesFormat rt_minutes_sniff_format     (const guint8  *data,
                                             gsize          len,
                                             const char    *name);
const char     *rt_minutes_format_to_string (RtMinutesFormat format);

/* Converts @len bytes in @charset to UTF-8, replacing what cannot be
 * converted by U+FFFD instead of failing: web pages often hold a stray
 * byte. Returns NUL-terminated UTF-8 without NUL characters, or %NULL when
 * @charset is unknown to iconv. @n_bad, if not %NULL, receives the number of
 * replaced characters. */
char           *rt_minutes_convert_lossy    (const char    *data,
                                             gsize          len,
                                             const char    *charset,
                                             guint         *n_bad);

G_END_DECLS
