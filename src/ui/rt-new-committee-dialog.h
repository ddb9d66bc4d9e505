/* rt-new-committee-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RT_TYPE_NEW_COMMITTEE_DIALOG (rt_new_committee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtNewCommitteeDialog, rt_new_committee_dialog, RT, NEW_COMMITTEE_DIALOG, AdwMessageDialog)

RtNewCommitteeDialog *rt_new_committee_dialog_new             (GtkWindow            *parent);
const char           *rt_new_committee_dialog_get_name        (RtNewCommitteeDialog *self);
void                  rt_new_committee_dialog_set_name        (RtNewCommitteeDialog *self,
                                                               const char           *name);
gboolean              rt_new_committee_dialog_get_from_sample (RtNewCommitteeDialog *self);
void                  rt_new_committee_dialog_set_from_sample (RtNewCommitteeDialog *self,
                                                               gboolean              from_sample);

G_END_DECLS
