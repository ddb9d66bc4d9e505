/* rt-perspective.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_PERSPECTIVE (rt_perspective_get_type ())

G_DECLARE_FINAL_TYPE (RtPerspective, rt_perspective, RT, PERSPECTIVE, GObject)

gint64      rt_perspective_get_id       (RtPerspective *self);
int         rt_perspective_get_number   (RtPerspective *self);
const char *rt_perspective_get_title    (RtPerspective *self);
const char *rt_perspective_get_body     (RtPerspective *self);
int         rt_perspective_get_position (RtPerspective *self);

G_END_DECLS
