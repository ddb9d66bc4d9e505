/* rt-meetings-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_MEETINGS_DIALOG (rt_meetings_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtMeetingsDialog, rt_meetings_dialog, RT, MEETINGS_DIALOG, AdwWindow)

RtMeetingsDialog *rt_meetings_dialog_new            (GtkWindow        *parent,
                                                     RtCommittee      *committee);
RtCommittee      *rt_meetings_dialog_get_committee  (RtMeetingsDialog *self);
gint64            rt_meetings_dialog_get_meeting_id (RtMeetingsDialog *self);
void              rt_meetings_dialog_set_meeting_id (RtMeetingsDialog *self,
                                                     gint64            meeting_id);
GListModel       *rt_meetings_dialog_get_attendance (RtMeetingsDialog *self);

G_END_DECLS
