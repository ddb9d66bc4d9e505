/* rt-handout-export.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-handout.h"

G_BEGIN_DECLS

/* Writing the handouts to a file, in a worker thread or not: the document
 * model is built once and written as a PDF (through the page writer) or as
 * a Word file. */

typedef enum
{
  RT_HANDOUT_FORMAT_PDF,
  RT_HANDOUT_FORMAT_DOCX,
} RtHandoutFormat;

RtHandoutFormat rt_handout_format_for_path (const char              *path);

gboolean        rt_handout_export          (RtHandoutData           *data,
                                            const RtHandoutOptions  *options,
                                            RtHandoutFormat          format,
                                            const char              *path,
                                            guint                   *count,
                                            GCancellable            *cancellable,
                                            GError                 **error);
void            rt_handout_export_async    (RtHandoutData           *data,
                                            const RtHandoutOptions  *options,
                                            RtHandoutFormat          format,
                                            const char              *path,
                                            GCancellable            *cancellable,
                                            GAsyncReadyCallback      callback,
                                            gpointer                 user_data);
gboolean        rt_handout_export_finish   (GAsyncResult            *result,
                                            guint                   *count,
                                            GError                 **error);

G_END_DECLS
