/* rt-agenda-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_AGENDA_VIEW (rt_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (RtAgendaView, rt_agenda_view, RT, AGENDA_VIEW, GtkWidget)

void          rt_agenda_view_set_committee (RtAgendaView *self,
                                            RtCommittee  *committee);
void          rt_agenda_view_select_meeting (RtAgendaView *self,
                                            gint64        meeting_id);

G_END_DECLS
