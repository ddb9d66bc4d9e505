/* rt-presentation-window.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"
#include "rt-slide-view.h"

G_BEGIN_DECLS

#define RT_TYPE_PRESENTATION_WINDOW (rt_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (RtPresentationWindow, rt_presentation_window, RT, PRESENTATION_WINDOW, GtkWindow)

RtPresentationWindow *rt_presentation_window_new         (RtCommittee          *committee);
GdkMonitor  *rt_presentation_choose_monitor               (GtkWindow            *console,
                                                           const char           *connector);
void         rt_presentation_window_start                 (RtPresentationWindow *self,
                                                           GdkMonitor           *monitor,
                                                           guint                 scene);
void         rt_presentation_window_start_windowed        (RtPresentationWindow *self,
                                                           guint                 scene);
void         rt_presentation_window_fullscreen            (RtPresentationWindow *self,
                                                           GdkMonitor           *monitor);
gboolean     rt_presentation_window_get_windowed          (RtPresentationWindow *self);
RtCommittee *rt_presentation_window_get_committee         (RtPresentationWindow *self);
RtSlideView *rt_presentation_window_get_slide_view        (RtPresentationWindow *self);
guint        rt_presentation_window_get_n_scenes          (RtPresentationWindow *self);
guint        rt_presentation_window_get_current           (RtPresentationWindow *self);
void         rt_presentation_window_set_current           (RtPresentationWindow *self,
                                                           guint                 scene);
char        *rt_presentation_window_dup_scene_title       (RtPresentationWindow *self,
                                                           guint                 scene);
gboolean     rt_presentation_window_get_black             (RtPresentationWindow *self);
void         rt_presentation_window_set_black             (RtPresentationWindow *self,
                                                           gboolean              black);
gboolean     rt_presentation_window_get_dark              (RtPresentationWindow *self);
void         rt_presentation_window_set_dark              (RtPresentationWindow *self,
                                                           gboolean              dark);
void         rt_presentation_window_set_hide_speakers     (RtPresentationWindow *self,
                                                           gboolean              hide);
void         rt_presentation_window_set_scale             (RtPresentationWindow *self,
                                                           double                scale);
gint64       rt_presentation_window_get_started           (RtPresentationWindow *self);
void         rt_presentation_window_refresh               (RtPresentationWindow *self);

G_END_DECLS
