/* rt-point-editor.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_POINT_EDITOR (rt_point_editor_get_type ())

G_DECLARE_FINAL_TYPE (RtPointEditor, rt_point_editor, RT, POINT_EDITOR, AdwWindow)

RtPointEditor *rt_point_editor_new  (GtkWindow     *parent,
                                     RtCommittee   *committee,
                                     gint64         point_id);
gboolean       rt_point_editor_save (RtPointEditor *self,
                                     GError       **error);

G_END_DECLS
