/* rt-label.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_LABEL (rt_label_get_type ())

G_DECLARE_FINAL_TYPE (RtLabel, rt_label, RT, LABEL, GObject)

gint64      rt_label_get_id       (RtLabel *self);
const char *rt_label_get_name     (RtLabel *self);
int         rt_label_get_position (RtLabel *self);

G_END_DECLS
