/* rt-minutes-file.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One way in for every minutes file: text, web page, Word .docx or PDF,
 * told apart by content (rt_minutes_sniff_format()), read into UTF-8 text
 * for rt_minutes_parse() and rt_import_new(). The command line and the
 * window both read minutes through here.
 */

#pragma once

#include <gio/gio.h>

#include "rt-minutes-format.h"

G_BEGIN_DECLS

char  *rt_minutes_file_read_bytes  (const guint8         *data,
                                    gsize                 len,
                                    const char           *name,
                                    RtMinutesFormat      *format,
                                    GError              **error);
char  *rt_minutes_file_read        (GFile                *file,
                                    RtMinutesFormat      *format,
                                    GCancellable         *cancellable,
                                    GError              **error);
void   rt_minutes_file_read_async  (GFile                *file,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
char  *rt_minutes_file_read_finish (GAsyncResult         *result,
                                    RtMinutesFormat      *format,
                                    GError              **error);

G_END_DECLS
