/* rt-preferences-window.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RT_TYPE_PREFERENCES_WINDOW (rt_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RtPreferencesWindow, rt_preferences_window, RT, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *rt_preferences_window_new (GtkWindow *parent,
                                      GSettings *settings);

G_END_DECLS
