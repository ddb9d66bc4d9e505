/* rt-attendance-item.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_ATTENDANCE_ITEM (rt_attendance_item_get_type ())

G_DECLARE_FINAL_TYPE (RtAttendanceItem, rt_attendance_item, RT, ATTENDANCE_ITEM, GObject)

/* Not recorded: neither present nor absent. */
#define RT_ATTENDANCE_UNKNOWN (-1)

RtAttendanceItem *rt_attendance_item_new        (RtPerson         *person);
RtPerson         *rt_attendance_item_get_person (RtAttendanceItem *self);
int               rt_attendance_item_get_status (RtAttendanceItem *self);
void              rt_attendance_item_set_status (RtAttendanceItem *self,
                                                 int               status);

G_END_DECLS
