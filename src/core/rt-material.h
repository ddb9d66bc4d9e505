/* rt-material.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_MATERIAL (rt_material_get_type ())

G_DECLARE_FINAL_TYPE (RtMaterial, rt_material, RT, MATERIAL, GObject)

gint64         rt_material_get_id             (RtMaterial *self);
gint64         rt_material_get_meeting_id     (RtMaterial *self);
gint64         rt_material_get_agenda_item_id (RtMaterial *self);
const char *   rt_material_get_number         (RtMaterial *self);
const char *   rt_material_get_title          (RtMaterial *self);
RtMaterialKind rt_material_get_kind           (RtMaterial *self);
gboolean       rt_material_get_restricted     (RtMaterial *self);
const char *   rt_material_get_handout        (RtMaterial *self);
int            rt_material_get_position       (RtMaterial *self);

G_END_DECLS
