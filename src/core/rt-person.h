/* rt-person.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_PERSON (rt_person_get_type ())

G_DECLARE_FINAL_TYPE (RtPerson, rt_person, RT, PERSON, GObject)

gint64              rt_person_get_id           (RtPerson *self);
const char *        rt_person_get_name         (RtPerson *self);
const char *        rt_person_get_role         (RtPerson *self);
int                 rt_person_get_position     (RtPerson *self);
const char *        rt_person_get_display_name (RtPerson *self);
const char * const *rt_person_get_aliases      (RtPerson *self);
RtPersonKind rt_person_get_kind (RtPerson *self);

G_END_DECLS
