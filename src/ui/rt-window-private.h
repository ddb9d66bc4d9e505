/* rt-window-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-window.h"

G_BEGIN_DECLS

/* rt-window-files.c: new committees, recent committees and dropped files. */
void rt_window_files_class_init (GtkWidgetClass *widget_class);
void rt_window_files_init       (RtWindow       *self);

/* rt-window-tables.c: the cards to Excel and CSV, opinions from a table. */
void rt_window_tables_class_init (GtkWidgetClass *widget_class);

/* rt-window-meetings.c: the meetings and the people of the committee. */
void rt_window_meetings_class_init (GtkWidgetClass *widget_class);

/* Dialogs that work on the committee shown, closed when another is shown. */
GtkWindow *rt_window_track_dialog (RtWindow  *self,
                                   GtkWindow *dialog);
GtkWindow *rt_window_find_dialog  (RtWindow  *self,
                                   GType      type);

G_END_DECLS
