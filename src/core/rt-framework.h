/* rt-framework.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_FRAMEWORK (rt_framework_get_type ())

G_DECLARE_FINAL_TYPE (RtFramework, rt_framework, RT, FRAMEWORK, GObject)

gint64      rt_framework_get_id          (RtFramework *self);
const char *rt_framework_get_name        (RtFramework *self);
const char *rt_framework_get_description (RtFramework *self);
int         rt_framework_get_position    (RtFramework *self);

G_END_DECLS
