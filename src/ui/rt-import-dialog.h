/* rt-import-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-import.h"

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_DIALOG (rt_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtImportDialog, rt_import_dialog, RT, IMPORT_DIALOG, AdwWindow)

RtImportDialog *rt_import_dialog_new        (GtkWindow      *parent,
                                             RtCommittee    *committee);
void            rt_import_dialog_set_text   (RtImportDialog *self,
                                             const char     *text);
void            rt_import_dialog_read_text  (RtImportDialog *self,
                                             const char     *text,
                                             gssize          length,
                                             const char     *title);
void            rt_import_dialog_load_file  (RtImportDialog *self,
                                             GFile          *file);
RtImport       *rt_import_dialog_get_import (RtImportDialog *self);
gboolean        rt_import_dialog_get_busy   (RtImportDialog *self);
GtkDropDown    *rt_import_dialog_get_convention_dropdown (RtImportDialog *self);

G_END_DECLS
