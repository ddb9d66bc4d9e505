/* rt-point-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_POINT_ROW (rt_point_row_get_type ())

G_DECLARE_FINAL_TYPE (RtPointRow, rt_point_row, RT, POINT_ROW, GtkWidget)

GtkWidget   *rt_point_row_new           (RtCommittee *committee,
                                         RtPoint     *point);
RtPoint     *rt_point_row_get_point     (RtPointRow  *self);
void         rt_point_row_refresh       (RtPointRow  *self);

GtkSizeGroup *rt_point_row_get_status_size_group (void);

G_END_DECLS
