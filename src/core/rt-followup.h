/* rt-followup.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_FOLLOWUP (rt_followup_get_type ())

G_DECLARE_FINAL_TYPE (RtFollowup, rt_followup, RT, FOLLOWUP, GObject)

gint64           rt_followup_get_id                      (RtFollowup *self);
gint64           rt_followup_get_card_id                 (RtFollowup *self);
const char *     rt_followup_get_card_text               (RtFollowup *self);
const char *     rt_followup_get_card_speaker            (RtFollowup *self);
int              rt_followup_get_card_meeting_number     (RtFollowup *self);
const char *     rt_followup_get_question                (RtFollowup *self);
const char *     rt_followup_get_assignee                (RtFollowup *self);
gint64           rt_followup_get_due_meeting_id          (RtFollowup *self);
int              rt_followup_get_due_meeting_number      (RtFollowup *self);
RtFollowupStatus rt_followup_get_status                  (RtFollowup *self);
const char *     rt_followup_get_answer                  (RtFollowup *self);
gint64           rt_followup_get_answered_meeting_id     (RtFollowup *self);
int              rt_followup_get_answered_meeting_number (RtFollowup *self);
const char *     rt_followup_get_created                 (RtFollowup *self);
const char *     rt_followup_get_modified                (RtFollowup *self);

G_END_DECLS
