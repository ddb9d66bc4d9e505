/* rt-followup-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_FOLLOWUP_ROW (rt_followup_row_get_type ())

G_DECLARE_FINAL_TYPE (RtFollowupRow, rt_followup_row, RT, FOLLOWUP_ROW, GtkWidget)

RtFollowup   *rt_followup_row_get_followup (RtFollowupRow *self);
void          rt_followup_row_set_followup (RtFollowupRow *self,
                                            RtFollowup    *followup);

G_END_DECLS
