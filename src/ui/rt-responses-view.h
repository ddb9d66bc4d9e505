/* rt-responses-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"
#include "rt-response-editor.h"

G_BEGIN_DECLS

#define RT_TYPE_RESPONSES_VIEW (rt_responses_view_get_type ())

G_DECLARE_FINAL_TYPE (RtResponsesView, rt_responses_view, RT, RESPONSES_VIEW, GtkWidget)

void               rt_responses_view_set_committee    (RtResponsesView *self,
                                                       RtCommittee     *committee);
RtResponseEditor  *rt_responses_view_get_editor       (RtResponsesView *self);
GtkSelectionModel *rt_responses_view_get_model        (RtResponsesView *self);
GtkAdjustment     *rt_responses_view_get_vadjustment  (RtResponsesView *self);
void               rt_responses_view_select           (RtResponsesView *self,
                                                       guint            position);
void               rt_responses_view_set_state_filter (RtResponsesView *self,
                                                       guint            state);

G_END_DECLS
