/* rt-window.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_WINDOW (rt_window_get_type ())

G_DECLARE_FINAL_TYPE (RtWindow, rt_window, RT, WINDOW, AdwApplicationWindow)

RtWindow    *rt_window_new           (GtkApplication *application);
RtCommittee *rt_window_get_committee (RtWindow       *self);
GtkWidget   *rt_window_get_board     (RtWindow       *self);
GtkWindow   *rt_window_edit_card     (RtWindow       *self,
                                      RtCard         *card);
void         rt_window_set_committee (RtWindow       *self,
                                      RtCommittee    *committee);
gboolean     rt_window_open_path     (RtWindow       *self,
                                      const char     *path,
                                      GError        **error);
gboolean     rt_window_shows_path    (RtWindow       *self,
                                      const char     *path);
void         rt_window_show_error    (RtWindow       *self,
                                      const char     *heading,
                                      const GError   *error);

G_END_DECLS
