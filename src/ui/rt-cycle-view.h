/* rt-cycle-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_CYCLE_VIEW (rt_cycle_view_get_type ())

G_DECLARE_FINAL_TYPE (RtCycleView, rt_cycle_view, RT, CYCLE_VIEW, GtkWidget)

void         rt_cycle_view_set_committee (RtCycleView *self,
                                          RtCommittee *committee);
/* "agenda", "followups", "summary" or "outline" */
void         rt_cycle_view_show_page     (RtCycleView *self,
                                          const char  *name);
GtkWidget   *rt_cycle_view_get_page      (RtCycleView *self,
                                          const char  *name);

G_END_DECLS
