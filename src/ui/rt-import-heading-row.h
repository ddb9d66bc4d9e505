/* rt-import-heading-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-import.h"

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_HEADING_ROW (rt_import_heading_row_get_type ())

G_DECLARE_FINAL_TYPE (RtImportHeadingRow, rt_import_heading_row, RT, IMPORT_HEADING_ROW, AdwEntryRow)

GtkWidget *rt_import_heading_row_new (RtImport        *import,
                                      RtImportHeading *heading);

G_END_DECLS
