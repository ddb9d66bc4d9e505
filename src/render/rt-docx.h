/* rt-docx.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-doc.h"

G_BEGIN_DECLS

/* The Word writer: an RtDoc as an editable .docx (Office Open XML
 * WordprocessingML). Each section of the model (one handout) becomes a Word
 * section on its own pages, with the 資料番号 and the committee in its
 * header and a PAGE field in its footer; headings, body text, list items and
 * tables use named styles (見出し 1, 見出し 2, 本文, 箇条書き, 表 (格子) …)
 * so that the secretariat can restyle the whole document; images are
 * painted to PNG at RT_DOCX_IMAGE_DPI and embedded. */

#define RT_DOCX_IMAGE_DPI 200

GBytes   *rt_docx_build      (RtDoc         *doc,
                              GCancellable  *cancellable,
                              GError       **error);
gboolean  rt_docx_write      (RtDoc         *doc,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
