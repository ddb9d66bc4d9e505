/* rt-response-editor.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_RESPONSE_EDITOR (rt_response_editor_get_type ())

G_DECLARE_FINAL_TYPE (RtResponseEditor, rt_response_editor, RT, RESPONSE_EDITOR, GtkWidget)

GtkWidget   *rt_response_editor_new               (void);
void         rt_response_editor_set_committee     (RtResponseEditor *self,
                                                   RtCommittee      *committee);
void         rt_response_editor_set_cards         (RtResponseEditor *self,
                                                   const gint64     *card_ids,
                                                   guint             n_cards);
guint        rt_response_editor_get_n_cards       (RtResponseEditor *self);
void         rt_response_editor_set_theme_visible (RtResponseEditor *self,
                                                   gboolean          visible);
gboolean     rt_response_editor_get_dirty         (RtResponseEditor *self);
gboolean     rt_response_editor_save              (RtResponseEditor *self);
gboolean     rt_response_editor_remove            (RtResponseEditor *self);
void         rt_response_editor_focus_text        (RtResponseEditor *self);
GtkTextView *rt_response_editor_get_text_view     (RtResponseEditor *self);
GtkDropDown *rt_response_editor_get_kind_dropdown (RtResponseEditor *self);

G_END_DECLS
