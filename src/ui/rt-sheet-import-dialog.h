/* rt-sheet-import-dialog.h
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

#define RT_TYPE_SHEET_IMPORT_DIALOG (rt_sheet_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtSheetImportDialog, rt_sheet_import_dialog, RT, SHEET_IMPORT_DIALOG, AdwWindow)

RtSheetImportDialog *rt_sheet_import_dialog_new      (GtkWindow           *parent,
                                                      RtCommittee         *committee);
void                 rt_sheet_import_dialog_set_file (RtSheetImportDialog *self,
                                                      GFile               *file);
RtSheet             *rt_sheet_import_dialog_get_sheet (RtSheetImportDialog *self);

G_END_DECLS
