/* rt-card-editor.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_CARD_EDITOR (rt_card_editor_get_type ())

G_DECLARE_FINAL_TYPE (RtCardEditor, rt_card_editor, RT, CARD_EDITOR, AdwWindow)

RtCardEditor *rt_card_editor_new           (GtkWindow    *parent,
                                            RtCommittee  *committee,
                                            RtCard       *card);
RtCard       *rt_card_editor_get_card      (RtCardEditor *self);
void          rt_card_editor_set_card      (RtCardEditor *self,
                                            RtCard       *card);
GtkTextView  *rt_card_editor_get_text_view (RtCardEditor *self);
gboolean      rt_card_editor_save          (RtCardEditor *self);
gint64        rt_card_editor_split         (RtCardEditor *self);
GtkWindow    *rt_card_editor_show_source   (RtCardEditor *self);

G_END_DECLS
