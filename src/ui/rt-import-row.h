/* rt-import-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-import.h"

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_ROW (rt_import_row_get_type ())

G_DECLARE_FINAL_TYPE (RtImportRow, rt_import_row, RT, IMPORT_ROW, GtkWidget)

GtkWidget     *rt_import_row_new       (void);
void           rt_import_row_bind      (RtImportRow   *self,
                                        RtImport      *import,
                                        RtImportEntry *entry);
void           rt_import_row_unbind    (RtImportRow   *self);
RtImportEntry *rt_import_row_get_entry (RtImportRow   *self);

G_END_DECLS
