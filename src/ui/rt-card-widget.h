/* rt-card-widget.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-card.h"

G_BEGIN_DECLS

#define RT_TYPE_CARD_WIDGET (rt_card_widget_get_type ())

G_DECLARE_FINAL_TYPE (RtCardWidget, rt_card_widget, RT, CARD_WIDGET, GtkWidget)

GtkWidget *rt_card_widget_new      (void);
RtCard    *rt_card_widget_get_card (RtCardWidget *self);
void       rt_card_widget_set_card (RtCardWidget *self,
                                    RtCard       *card);
void       rt_card_widget_set_highlights  (RtCardWidget *self,
                                           const GArray *ranges);
gboolean   rt_card_widget_get_highlighted (RtCardWidget *self);

G_END_DECLS
