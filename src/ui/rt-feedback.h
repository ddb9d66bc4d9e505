/* rt-feedback.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How any widget tells the user something. Toasts go through the window's
 * "win.toast" and "win.toast-undo" actions (RtWindow provides them, and so
 * does every dialog with a toast overlay of its own); an error that needs
 * reading is a message dialog over the widget's window. A child never looks
 * for the board or the window to do either. */

void rt_feedback_toast      (GtkWidget    *widget,
                             const char   *message);
void rt_feedback_toast_undo (GtkWidget    *widget,
                             const char   *message);
void rt_feedback_error      (GtkWidget    *widget,
                             const char   *heading,
                             const GError *error);
void rt_feedback_install    (GtkWidgetClass *widget_class,
                             GType           overlay_owner,
                             gsize           overlay_offset);
void rt_feedback_install_undo (GtkWidgetClass *widget_class,
                               GType           committee_owner,
                               gsize           committee_offset);

G_END_DECLS
