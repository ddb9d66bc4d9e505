/* rt-point.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_POINT (rt_point_get_type ())

G_DECLARE_FINAL_TYPE (RtPoint, rt_point, RT, POINT, GObject)

gint64              rt_point_get_id           (RtPoint *self);
gint64              rt_point_get_framework_id (RtPoint *self);
int                 rt_point_get_number       (RtPoint *self);
const char *        rt_point_get_title        (RtPoint *self);
const char *        rt_point_get_question     (RtPoint *self);
const char *        rt_point_get_note         (RtPoint *self);
RtPointStatus       rt_point_get_status       (RtPoint *self);
int                 rt_point_get_position     (RtPoint *self);
const char * const *rt_point_get_proposals    (RtPoint *self);
const char * const *rt_point_get_directions   (RtPoint *self);
int                 rt_point_get_n_cards      (RtPoint *self);

G_END_DECLS
