/* rt-committee-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_COMMITTEE_DIALOG (rt_committee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtCommitteeDialog, rt_committee_dialog, RT, COMMITTEE_DIALOG, AdwPreferencesWindow)

RtCommitteeDialog *rt_committee_dialog_new (GtkWindow   *parent,
                                            RtCommittee *committee);

G_END_DECLS
