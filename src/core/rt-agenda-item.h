/* rt-agenda-item.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_AGENDA_ITEM (rt_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (RtAgendaItem, rt_agenda_item, RT, AGENDA_ITEM, GObject)

gint64       rt_agenda_item_get_id         (RtAgendaItem *self);
gint64       rt_agenda_item_get_meeting_id (RtAgendaItem *self);
const char * rt_agenda_item_get_title      (RtAgendaItem *self);
RtAgendaKind rt_agenda_item_get_kind       (RtAgendaItem *self);
int          rt_agenda_item_get_position   (RtAgendaItem *self);

G_END_DECLS
