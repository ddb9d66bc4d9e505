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

G_END_DECLS
