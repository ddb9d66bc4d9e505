/* rt-material-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_MATERIAL_ROW (rt_material_row_get_type ())

G_DECLARE_FINAL_TYPE (RtMaterialRow, rt_material_row, RT, MATERIAL_ROW, AdwExpanderRow)

GtkWidget    *rt_material_row_new      (RtCommittee  *committee,
                                        RtMaterial   *material,
                                        GListModel   *agenda_items);
RtMaterial   *rt_material_row_get_material (RtMaterialRow *self);

G_END_DECLS
