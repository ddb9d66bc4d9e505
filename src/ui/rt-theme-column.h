/* rt-theme-column.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_THEME_COLUMN (rt_theme_column_get_type ())

G_DECLARE_FINAL_TYPE (RtThemeColumn, rt_theme_column, RT, THEME_COLUMN, GtkWidget)

GtkWidget  *rt_theme_column_new       (RtCommittee   *committee,
                                       RtTheme       *theme);
RtTheme    *rt_theme_column_get_theme (RtThemeColumn *self);
GListModel *rt_theme_column_get_cards (RtThemeColumn *self);

G_END_DECLS
