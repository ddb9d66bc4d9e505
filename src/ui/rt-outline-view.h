/* rt-outline-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_OUTLINE_VIEW (rt_outline_view_get_type ())

G_DECLARE_FINAL_TYPE (RtOutlineView, rt_outline_view, RT, OUTLINE_VIEW, GtkWidget)

void          rt_outline_view_set_committee (RtOutlineView *self,
                                             RtCommittee   *committee);
GtkTextView  *rt_outline_view_get_text_view (RtOutlineView *self);
gboolean      rt_outline_view_flush        (RtOutlineView *self);

G_END_DECLS
