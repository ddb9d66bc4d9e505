/* rt-html-text.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of a web page saved from a city's site, for the minutes parser.
 * libxml2's HTML parser, with no network and no entity loading.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest page rt_html_text_read() takes, in bytes. */
#define RT_HTML_TEXT_MAX_INPUT ((gsize) 64 * 1024 * 1024)

/* Reads an HTML page: the charset from a BOM, a <meta> or the bytes (UTF-8,
 * Shift_JIS/CP932, EUC-JP, ISO-2022-JP); scripts, styles, forms and
 * navigation dropped; only the <main> element when the page has one. Each
 * paragraph, heading, list item and table row becomes one line; list items
 * start with 「・」; the cells of a row are separated by tabs. Returns UTF-8
 * text ending in a newline, or %NULL with @error set (RT_MINUTES_ERROR). */
char *rt_html_text_read (const guint8  *data,
                         gsize          len,
                         GError       **error);

G_END_DECLS
