/* rt-summary.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_SUMMARY (rt_summary_get_type ())

G_DECLARE_FINAL_TYPE (RtSummary, rt_summary, RT, SUMMARY, GObject)

gint64       rt_summary_get_id                 (RtSummary *self);
gint64       rt_summary_get_meeting_id         (RtSummary *self);
int          rt_summary_get_meeting_number     (RtSummary *self);
const char * rt_summary_get_text               (RtSummary *self);
gboolean     rt_summary_get_final              (RtSummary *self);
const char * rt_summary_get_generated          (RtSummary *self);
const char * rt_summary_get_modified           (RtSummary *self);
int          rt_summary_get_n_corrections      (RtSummary *self);
int          rt_summary_get_n_open_corrections (RtSummary *self);

G_END_DECLS
