/* rt-response.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_RESPONSE (rt_response_get_type ())

G_DECLARE_FINAL_TYPE (RtResponse, rt_response, RT, RESPONSE, GObject)

gint64        rt_response_get_id             (RtResponse *self);
gint64        rt_response_get_theme_id       (RtResponse *self);
gint64        rt_response_get_kind_id        (RtResponse *self);
const char   *rt_response_get_kind           (RtResponse *self);
const char   *rt_response_get_text           (RtResponse *self);
const char   *rt_response_get_reflected      (RtResponse *self);
gint64        rt_response_get_point_id       (RtResponse *self);
int           rt_response_get_point_number   (RtResponse *self);
gint64        rt_response_get_meeting_id     (RtResponse *self);
int           rt_response_get_meeting_number (RtResponse *self);
const char   *rt_response_get_created        (RtResponse *self);
const char   *rt_response_get_modified       (RtResponse *self);
guint         rt_response_get_n_cards        (RtResponse *self);
const gint64 *rt_response_get_card_ids       (RtResponse *self,
                                              guint      *n_cards);
gboolean      rt_response_has_card           (RtResponse *self,
                                              gint64      card_id);
char         *rt_response_dup_where          (RtResponse *self);

G_END_DECLS
