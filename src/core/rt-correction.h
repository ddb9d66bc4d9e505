/* rt-correction.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_CORRECTION (rt_correction_get_type ())

G_DECLARE_FINAL_TYPE (RtCorrection, rt_correction, RT, CORRECTION, GObject)

gint64       rt_correction_get_id         (RtCorrection *self);
gint64       rt_correction_get_summary_id (RtCorrection *self);
gint64       rt_correction_get_person_id  (RtCorrection *self);
const char * rt_correction_get_person     (RtCorrection *self);
const char * rt_correction_get_text       (RtCorrection *self);
gboolean     rt_correction_get_done       (RtCorrection *self);
const char * rt_correction_get_created    (RtCorrection *self);

G_END_DECLS
