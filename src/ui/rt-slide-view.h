/* rt-slide-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-slide.h"

G_BEGIN_DECLS

#define RT_TYPE_SLIDE_VIEW (rt_slide_view_get_type ())

G_DECLARE_FINAL_TYPE (RtSlideView, rt_slide_view, RT, SLIDE_VIEW, GtkWidget)

GtkWidget *rt_slide_view_new             (void);
RtSlide   *rt_slide_view_get_slide       (RtSlideView *self);
void       rt_slide_view_set_slide       (RtSlideView *self,
                                          RtSlide     *slide,
                                          gboolean     highlight_changes);
void       rt_slide_view_set_dark        (RtSlideView *self,
                                          gboolean     dark);
void       rt_slide_view_set_black       (RtSlideView *self,
                                          gboolean     black);
gboolean   rt_slide_view_get_black       (RtSlideView *self);
void       rt_slide_view_set_base_size   (RtSlideView *self,
                                          double       base_size);
void         rt_slide_view_set_reference_height (RtSlideView *self,
                                                 double       height);
double     rt_slide_view_get_highlight   (RtSlideView *self,
                                          gint64       card_id);
guint      rt_slide_view_get_n_pages     (RtSlideView *self);
guint      rt_slide_view_get_page        (RtSlideView *self);
void       rt_slide_view_set_page        (RtSlideView *self,
                                          guint        page);

G_END_DECLS
