/* rt-capture-bar.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_CAPTURE_BAR (rt_capture_bar_get_type ())

G_DECLARE_FINAL_TYPE (RtCaptureBar, rt_capture_bar, RT, CAPTURE_BAR, GtkWidget)

void       rt_capture_bar_set_committee     (RtCaptureBar *self,
                                             RtCommittee  *committee);
gboolean   rt_capture_bar_get_revealed      (RtCaptureBar *self);
void       rt_capture_bar_set_revealed      (RtCaptureBar *self,
                                             gboolean      revealed);
void       rt_capture_bar_start             (RtCaptureBar *self);
gint64     rt_capture_bar_get_meeting_id    (RtCaptureBar *self);
void       rt_capture_bar_set_meeting_id    (RtCaptureBar *self,
                                             gint64        meeting_id);
gint64     rt_capture_bar_get_speaker_id    (RtCaptureBar *self);
void       rt_capture_bar_set_speaker_id    (RtCaptureBar *self,
                                             gint64        speaker_id);
GtkWidget *rt_capture_bar_get_text_entry    (RtCaptureBar *self);
GtkWidget *rt_capture_bar_get_speaker_entry (RtCaptureBar *self);
const char *rt_capture_bar_get_status_text  (RtCaptureBar *self);

G_END_DECLS
