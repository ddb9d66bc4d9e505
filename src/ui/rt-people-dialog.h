/* rt-people-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_PEOPLE_DIALOG (rt_people_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtPeopleDialog, rt_people_dialog, RT, PEOPLE_DIALOG, AdwWindow)

RtPeopleDialog     *rt_people_dialog_new           (GtkWindow      *parent,
                                                    RtCommittee    *committee);
GtkSelectionModel  *rt_people_dialog_get_selection (RtPeopleDialog *self);
void                rt_people_dialog_select        (RtPeopleDialog *self,
                                                    const gint64   *person_ids,
                                                    guint           n_people);

G_END_DECLS
