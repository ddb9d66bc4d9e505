/* rt-pdf-text.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a PDF of minutes, with poppler-glib. In the render layer:
 * poppler's header pulls in cairo, which the core may not use.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads the text of every page in reading order, one line per line of
 * print, with what a page adds around the minutes taken out: running
 * headers and footers (the same line, numbers aside, at the top or the
 * bottom of many pages) and page numbers. A line that fills the width of
 * the text and is continued on the next line, or on the next page, is
 * joined to it, so that a paragraph is one line as in the document it was
 * printed from. Returns UTF-8 text ending in a newline, or %NULL with
 * @error set (RT_MINUTES_ERROR): a damaged or truncated PDF, one protected
 * by a password, or one with no text (a scan). */
char *rt_pdf_text_read (const guint8  *data,
                        gsize          len,
                        GError       **error);

G_END_DECLS
