/* rt-response-kind.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_RESPONSE_KIND (rt_response_kind_get_type ())

G_DECLARE_FINAL_TYPE (RtResponseKind, rt_response_kind, RT, RESPONSE_KIND, GObject)

gint64      rt_response_kind_get_id       (RtResponseKind *self);
const char *rt_response_kind_get_name     (RtResponseKind *self);
int         rt_response_kind_get_position (RtResponseKind *self);

G_END_DECLS
