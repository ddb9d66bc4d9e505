/* rt-correction-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_CORRECTION_ROW (rt_correction_row_get_type ())

G_DECLARE_FINAL_TYPE (RtCorrectionRow, rt_correction_row, RT, CORRECTION_ROW, AdwActionRow)

GtkWidget    *rt_correction_row_new            (RtCorrection    *correction);
RtCorrection *rt_correction_row_get_correction (RtCorrectionRow *self);

G_END_DECLS
