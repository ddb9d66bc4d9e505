/* rt-text-change-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-outline-draft.h"

G_BEGIN_DECLS

#define RT_TYPE_TEXT_CHANGE_ROW (rt_text_change_row_get_type ())

G_DECLARE_FINAL_TYPE (RtTextChangeRow, rt_text_change_row, RT, TEXT_CHANGE_ROW, GtkBox)

GtkWidget *rt_text_change_row_new (const RtTextChange *change);

G_END_DECLS
