/* rt-theme-popover.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

GtkWidget *rt_theme_popover_new        (RtCommittee  *committee,
                                        RtTheme      *theme);
GtkWidget *rt_label_popover_new        (RtCommittee  *committee,
                                        RtLabel      *label);
GtkWidget *rt_add_popover_new          (RtCommittee  *committee,
                                        gint64        label_id);
gboolean   rt_theme_popover_move_theme (RtCommittee  *committee,
                                        RtTheme      *theme,
                                        int           direction,
                                        GError      **error);

G_END_DECLS
