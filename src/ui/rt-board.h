/* rt-board.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"
#include "rt-search.h"

G_BEGIN_DECLS

#define RT_TYPE_BOARD (rt_board_get_type ())

G_DECLARE_FINAL_TYPE (RtBoard, rt_board, RT, BOARD, GtkWidget)

RtCommittee   *rt_board_get_committee      (RtBoard       *self);
void           rt_board_set_committee      (RtBoard       *self,
                                            RtCommittee   *committee);
guint          rt_board_get_n_columns      (RtBoard       *self);
GPtrArray     *rt_board_get_columns        (RtBoard       *self);
GtkWidget     *rt_board_get_column         (RtBoard       *self,
                                            gint64         theme_id);
RtSearchModel *rt_board_get_search         (RtBoard       *self);
void           rt_board_set_search         (RtBoard       *self,
                                            RtSearchModel *search);
GArray        *rt_board_get_selected_cards (RtBoard       *self);
void           rt_board_select_cards       (RtBoard       *self,
                                            GArray        *ids);
gint64       rt_board_get_focus_card     (RtBoard       *self);
gboolean     rt_board_focus_card         (RtBoard       *self,
                                          gint64         card_id);
GtkWidget     *rt_board_new_move_popover   (RtBoard       *self);

G_END_DECLS
