/* rt-import-speaker-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-import.h"

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_SPEAKER_ROW (rt_import_speaker_row_get_type ())

G_DECLARE_FINAL_TYPE (RtImportSpeakerRow, rt_import_speaker_row, RT, IMPORT_SPEAKER_ROW, AdwComboRow)

GtkWidget *rt_import_speaker_row_new (RtImport        *import,
                                      RtImportSpeaker *speaker);

G_END_DECLS
