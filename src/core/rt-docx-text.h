/* rt-docx-text.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a Word .docx (Office Open XML), for the minutes parser: the
 * export of transcription services and the city's own drafts. libzip and
 * libxml2, with limits against zip bombs and no DTD, entity or network.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most the main part (word/document.xml) may unpack to, in bytes, and
 * how many times larger than its packed size it may be when it is over a
 * megabyte: Word's own files stay far below both. */
#define RT_DOCX_TEXT_MAX_XML   ((gsize) 64 * 1024 * 1024)
#define RT_DOCX_TEXT_MAX_RATIO 200

/* Reads the paragraphs of the document's body, one per line, in order; a
 * line break inside a paragraph starts a new line; a paragraph of a bulleted
 * or numbered list starts with 「・」; a table row is one line, its cells
 * separated by tabs. Headers, footers, footnotes, deleted text and field
 * codes are left out. Returns UTF-8 text ending in a newline, or %NULL with
 * @error set (RT_MINUTES_ERROR). */
char *rt_docx_text_read (const guint8  *data,
                         gsize          len,
                         GError       **error);

G_END_DECLS
