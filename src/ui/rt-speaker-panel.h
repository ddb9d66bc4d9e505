/* rt-speaker-panel.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_SPEAKER_PANEL (rt_speaker_panel_get_type ())

G_DECLARE_FINAL_TYPE (RtSpeakerPanel, rt_speaker_panel, RT, SPEAKER_PANEL, GtkWidget)

void       rt_speaker_panel_set_committee  (RtSpeakerPanel *self,
                                            RtCommittee    *committee);
gint64     rt_speaker_panel_get_meeting_id (RtSpeakerPanel *self);
void       rt_speaker_panel_set_meeting_id (RtSpeakerPanel *self,
                                            gint64          meeting_id);
guint      rt_speaker_panel_get_n_speakers (RtSpeakerPanel *self);
GtkWidget *rt_speaker_panel_get_row        (RtSpeakerPanel *self,
                                            gint64          speaker_id);
guint      rt_speaker_panel_get_total      (RtSpeakerPanel *self,
                                            gint64          speaker_id);
guint      rt_speaker_panel_get_count      (RtSpeakerPanel *self,
                                            gint64          speaker_id,
                                            gint64          theme_id);
const char *rt_speaker_panel_get_summary   (RtSpeakerPanel *self);

G_END_DECLS
