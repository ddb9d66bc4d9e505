/* rt-theme-column.h
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

#define RT_TYPE_THEME_COLUMN (rt_theme_column_get_type ())

G_DECLARE_FINAL_TYPE (RtThemeColumn, rt_theme_column, RT, THEME_COLUMN, GtkWidget)

GtkWidget         *rt_theme_column_new             (RtCommittee   *committee,
                                                    RtTheme       *theme);
RtTheme           *rt_theme_column_get_theme       (RtThemeColumn *self);
GListModel        *rt_theme_column_get_cards       (RtThemeColumn *self);
GtkSelectionModel *rt_theme_column_get_selection   (RtThemeColumn *self);
GtkAdjustment     *rt_theme_column_get_vadjustment (RtThemeColumn *self);
void               rt_theme_column_set_search      (RtThemeColumn *self,
                                                    RtSearchModel *search);
void               rt_theme_column_add_selected    (RtThemeColumn *self,
                                                    GArray        *ids);
void               rt_theme_column_unselect_all    (RtThemeColumn *self);
gboolean           rt_theme_column_select_cards    (RtThemeColumn *self,
                                                    GArray        *ids);
gboolean           rt_theme_column_drop_value      (RtThemeColumn *self,
                                                    const GValue  *value,
                                                    double         y);

G_END_DECLS
