/* rt-followups-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_FOLLOWUPS_VIEW (rt_followups_view_get_type ())

G_DECLARE_FINAL_TYPE (RtFollowupsView, rt_followups_view, RT, FOLLOWUPS_VIEW, GtkWidget)

void          rt_followups_view_set_committee (RtFollowupsView *self,
                                               RtCommittee     *committee);
void          rt_followups_view_select     (RtFollowupsView *self,
                                            gint64           followup_id);

G_END_DECLS
