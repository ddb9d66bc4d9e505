/* rt-link-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RT_TYPE_LINK_ROW (rt_link_row_get_type ())

G_DECLARE_FINAL_TYPE (RtLinkRow, rt_link_row, RT, LINK_ROW, GtkListBoxRow)

GtkWidget      *rt_link_row_new          (const char *text,
                                          const char *detail,
                                          gboolean    active,
                                          gint64      card_id,
                                          gint64      theme_id);
gint64          rt_link_row_get_card_id  (RtLinkRow  *self);
gint64          rt_link_row_get_theme_id (RtLinkRow  *self);
gboolean        rt_link_row_matches      (RtLinkRow  *self,
                                          const char *needle);
GtkCheckButton *rt_link_row_get_check    (RtLinkRow  *self);

G_END_DECLS
