/* rt-point-chooser.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_POINT_CHOOSER (rt_point_chooser_get_type ())

G_DECLARE_FINAL_TYPE (RtPointChooser, rt_point_chooser, RT, POINT_CHOOSER, GtkWidget)

GtkWidget   *rt_point_chooser_new              (RtCommittee    *committee,
                                                gint64          framework_id,
                                                gint64          card_id);
RtCommittee *rt_point_chooser_get_committee    (RtPointChooser *self);
void         rt_point_chooser_set_committee    (RtPointChooser *self,
                                                RtCommittee    *committee);
gint64       rt_point_chooser_get_framework_id (RtPointChooser *self);
void         rt_point_chooser_set_framework_id (RtPointChooser *self,
                                                gint64          framework_id);
gint64       rt_point_chooser_get_card_id      (RtPointChooser *self);
void         rt_point_chooser_set_card_id      (RtPointChooser *self,
                                                gint64          card_id);

G_END_DECLS
