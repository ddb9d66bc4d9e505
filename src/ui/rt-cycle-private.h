/* rt-cycle-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-feedback.h"

G_BEGIN_DECLS

/* Shared by the views of the meeting cycle (rt-cycle-view.c and its pages:
 * the 次第, the 宿題, the 議事要旨 and the 答申 outline). */

/* A meeting as the drop-downs show it: 第3回 令和8年2月20日（金）. */
char       *rt_cycle_meeting_label          (RtMeeting     *meeting);
/* Shows the committee's meetings in @dropdown, each by its label, kept up to
 * date; the last meeting is chosen at first. */
void        rt_cycle_bind_meetings          (GtkDropDown   *dropdown,
                                             RtCommittee   *committee);
RtMeeting  *rt_cycle_get_meeting            (GtkDropDown   *dropdown);
void        rt_cycle_select_meeting         (GtkDropDown   *dropdown,
                                             gint64         meeting_id);
/* Opens the handouts window on a document of the cycle, through the
 * window's win.cycle-document. */
void        rt_cycle_open_document          (GtkWidget     *widget,
                                             guint          kinds,
                                             int            meeting_number,
                                             int            outline_version);
char       *rt_cycle_get_text               (GtkTextView   *view);
/* Sets @view's text unless it is the same, without moving the cursor more
 * than it must. */
void        rt_cycle_set_text               (GtkTextView   *view,
                                             const char    *text);

G_END_DECLS
