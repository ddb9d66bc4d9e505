/* rt-direction-item.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_DIRECTION_ITEM (rt_direction_item_get_type ())

G_DECLARE_FINAL_TYPE (RtDirectionItem, rt_direction_item, RT, DIRECTION_ITEM, GtkWidget)

GtkWidget *rt_direction_item_new (RtCommittee       *committee,
                                  gint64             point_id,
                                  const RtPointText *direction);

G_END_DECLS
