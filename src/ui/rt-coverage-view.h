/* rt-coverage-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-coverage.h"

G_BEGIN_DECLS

#define RT_TYPE_COVERAGE_VIEW (rt_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (RtCoverageView, rt_coverage_view, RT, COVERAGE_VIEW, GtkWidget)

GtkWidget        *rt_coverage_view_new              (void);
RtCommittee      *rt_coverage_view_get_committee    (RtCoverageView *self);
void              rt_coverage_view_set_committee    (RtCoverageView *self,
                                                     RtCommittee    *committee);
gint64            rt_coverage_view_get_framework_id (RtCoverageView *self);
void              rt_coverage_view_set_framework_id (RtCoverageView *self,
                                                     gint64          framework_id);
RtCoverageAxis    rt_coverage_view_get_axis         (RtCoverageView *self);
void              rt_coverage_view_set_axis         (RtCoverageView *self,
                                                     RtCoverageAxis  axis);
const RtCoverage *rt_coverage_view_get_coverage     (RtCoverageView *self);
void              rt_coverage_view_show_cell        (RtCoverageView *self,
                                                     guint           row,
                                                     guint           column);
GtkWidget        *rt_coverage_view_get_cell_popover (RtCoverageView *self);
gboolean          rt_coverage_view_get_cell_area    (RtCoverageView  *self,
                                                     guint            row,
                                                     guint            column,
                                                     graphene_rect_t *area);

G_END_DECLS
