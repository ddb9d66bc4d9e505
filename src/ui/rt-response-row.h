/* rt-response-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_RESPONSE_ROW (rt_response_row_get_type ())

G_DECLARE_FINAL_TYPE (RtResponseRow, rt_response_row, RT, RESPONSE_ROW, GObject)

RtResponseRow *rt_response_row_new            (RtCard        *card);
RtCard        *rt_response_row_get_card       (RtResponseRow *self);
RtResponse    *rt_response_row_get_response   (RtResponseRow *self);
gboolean       rt_response_row_get_answered   (RtResponseRow *self);
gboolean       rt_response_row_get_listed     (RtResponseRow *self);
guint          rt_response_row_get_theme_order (RtResponseRow *self);
guint          rt_response_row_get_kind_order (RtResponseRow *self);
void           rt_response_row_update         (RtResponseRow *self,
                                               RtCommittee   *committee,
                                               GHashTable    *theme_order,
                                               GHashTable    *kind_order);

G_END_DECLS
