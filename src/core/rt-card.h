/* rt-card.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_CARD (rt_card_get_type ())

G_DECLARE_FINAL_TYPE (RtCard, rt_card, RT, CARD, GObject)

gint64       rt_card_get_id             (RtCard *self);
const char * rt_card_get_text           (RtCard *self);
const char * rt_card_get_verbatim       (RtCard *self);
gint64       rt_card_get_speaker_id     (RtCard *self);
const char * rt_card_get_speaker        (RtCard *self);
gint64       rt_card_get_meeting_id     (RtCard *self);
int          rt_card_get_meeting_number (RtCard *self);
gint64       rt_card_get_theme_id       (RtCard *self);
int          rt_card_get_position       (RtCard *self);
RtCardStatus rt_card_get_status         (RtCard *self);
RtVisibility rt_card_get_visibility     (RtCard *self);
RtStatementKind rt_card_get_kind        (RtCard *self);
gint64       rt_card_get_source_id      (RtCard *self);
gint64       rt_card_get_source_offset  (RtCard *self);
gint64       rt_card_get_source_length  (RtCard *self);
const char * rt_card_get_points         (RtCard *self);
const char * rt_card_get_created        (RtCard *self);
const char * rt_card_get_modified       (RtCard *self);

G_END_DECLS
