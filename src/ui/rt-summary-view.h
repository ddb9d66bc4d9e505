/* rt-summary-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_SUMMARY_VIEW (rt_summary_view_get_type ())

G_DECLARE_FINAL_TYPE (RtSummaryView, rt_summary_view, RT, SUMMARY_VIEW, GtkWidget)

void          rt_summary_view_set_committee (RtSummaryView *self,
                                             RtCommittee   *committee);
void          rt_summary_view_select_meeting (RtSummaryView *self,
                                             gint64         meeting_id);
GtkTextView  *rt_summary_view_get_text_view (RtSummaryView *self);
gboolean      rt_summary_view_flush        (RtSummaryView *self);

G_END_DECLS
