/* rt-direction-popover.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_DIRECTION_POPOVER (rt_direction_popover_get_type ())

G_DECLARE_FINAL_TYPE (RtDirectionPopover, rt_direction_popover, RT, DIRECTION_POPOVER, GtkPopover)

GtkWidget *rt_direction_popover_new (RtCommittee       *committee,
                                     gint64             point_id,
                                     const RtPointText *direction);

G_END_DECLS
