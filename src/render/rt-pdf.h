/* rt-pdf.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-handout.h"

G_BEGIN_DECLS

gboolean rt_pdf_write_document (RtHandoutDocument       *document,
                                const char              *path,
                                GError                 **error);
gboolean rt_pdf_export         (RtHandoutData           *data,
                                const RtHandoutOptions  *options,
                                const char              *path,
                                guint                   *n_pages,
                                GCancellable            *cancellable,
                                GError                 **error);
void     rt_pdf_export_async   (RtHandoutData           *data,
                                const RtHandoutOptions  *options,
                                const char              *path,
                                GCancellable            *cancellable,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data);
gboolean rt_pdf_export_finish  (GAsyncResult            *result,
                                guint                   *n_pages,
                                GError                 **error);

G_END_DECLS
