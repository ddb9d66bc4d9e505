/* rt-table-import-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-table-import.h"

G_BEGIN_DECLS

#define RT_TYPE_TABLE_IMPORT_DIALOG (rt_table_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtTableImportDialog, rt_table_import_dialog, RT, TABLE_IMPORT_DIALOG, AdwWindow)

RtTableImportDialog *rt_table_import_dialog_new      (GtkWindow           *parent,
                                                      RtCommittee         *committee);
void                 rt_table_import_dialog_set_file (RtTableImportDialog *self,
                                                      GFile               *file);
RtSheet             *rt_table_import_dialog_get_sheet (RtTableImportDialog *self);

G_END_DECLS
