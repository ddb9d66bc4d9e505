/* rt-list.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RT_TYPE_LIST (rt_list_get_type ())

G_DECLARE_FINAL_TYPE (RtList, rt_list, RT, LIST, GObject)

gint64   rt_list_get_parent_id (RtList *self);
gboolean rt_list_refresh       (RtList  *self,
                                GError **error);

G_END_DECLS
