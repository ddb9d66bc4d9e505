/* rt-outline.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE (rt_outline_get_type ())

G_DECLARE_FINAL_TYPE (RtOutline, rt_outline, RT, OUTLINE, GObject)

gint64       rt_outline_get_id      (RtOutline *self);
int          rt_outline_get_version (RtOutline *self);
const char * rt_outline_get_stage   (RtOutline *self);
const char * rt_outline_get_date    (RtOutline *self);
const char * rt_outline_get_text    (RtOutline *self);
const char * rt_outline_get_created (RtOutline *self);

G_END_DECLS
