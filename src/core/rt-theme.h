/* rt-theme.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_THEME (rt_theme_get_type ())

G_DECLARE_FINAL_TYPE (RtTheme, rt_theme, RT, THEME, GObject)

gint64      rt_theme_get_id       (RtTheme *self);
gint64      rt_theme_get_label_id (RtTheme *self);
const char *rt_theme_get_name     (RtTheme *self);
const char *rt_theme_get_color    (RtTheme *self);
int         rt_theme_get_position (RtTheme *self);
int         rt_theme_get_n_cards  (RtTheme *self);

G_END_DECLS
