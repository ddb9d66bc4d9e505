/* rt-points-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_POINTS_VIEW (rt_points_view_get_type ())

G_DECLARE_FINAL_TYPE (RtPointsView, rt_points_view, RT, POINTS_VIEW, GtkWidget)

void       rt_points_view_set_committee     (RtPointsView *self,
                                             RtCommittee  *committee);
gint64     rt_points_view_get_framework_id  (RtPointsView *self);
void       rt_points_view_set_framework_id  (RtPointsView *self,
                                             gint64        framework_id);
GtkWidget *rt_points_view_get_coverage_view (RtPointsView *self);

G_END_DECLS
