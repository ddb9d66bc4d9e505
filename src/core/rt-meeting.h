/* rt-meeting.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-date.h"

G_BEGIN_DECLS

#define RT_TYPE_MEETING (rt_meeting_get_type ())

G_DECLARE_FINAL_TYPE (RtMeeting, rt_meeting, RT, MEETING, GObject)

gint64      rt_meeting_get_id     (RtMeeting *self);
int         rt_meeting_get_number (RtMeeting *self);
const char *rt_meeting_get_title  (RtMeeting *self);
const char *rt_meeting_get_date   (RtMeeting *self);
const char *rt_meeting_get_place  (RtMeeting *self);
const char *rt_meeting_get_agenda (RtMeeting *self);
const char *rt_meeting_get_start_time (RtMeeting *self);
const char *rt_meeting_get_end_time (RtMeeting *self);
int rt_meeting_get_observers (RtMeeting *self);
gboolean rt_meeting_get_public (RtMeeting *self);
int rt_meeting_get_n_present (RtMeeting *self);
int rt_meeting_get_n_absent (RtMeeting *self);
char *rt_meeting_dup_label (RtMeeting   *self,
                            gboolean     with_date,
                            RtDateStyle  style);

G_END_DECLS
