/* rt-agenda-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_AGENDA_ROW (rt_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (RtAgendaRow, rt_agenda_row, RT, AGENDA_ROW, AdwEntryRow)

GtkWidget    *rt_agenda_row_new        (RtCommittee  *committee,
                                        RtAgendaItem *item);
RtAgendaItem *rt_agenda_row_get_item   (RtAgendaRow  *self);
void          rt_agenda_row_set_number (RtAgendaRow  *self,
                                        const char   *number);

G_END_DECLS
