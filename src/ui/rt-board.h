/* rt-board.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_BOARD (rt_board_get_type ())

G_DECLARE_FINAL_TYPE (RtBoard, rt_board, RT, BOARD, GtkWidget)

RtCommittee *rt_board_get_committee  (RtBoard     *self);
void         rt_board_set_committee  (RtBoard     *self,
                                      RtCommittee *committee);
guint        rt_board_get_n_columns  (RtBoard     *self);

G_END_DECLS
