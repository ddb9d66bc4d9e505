/* rt-handout-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_HANDOUT_DIALOG (rt_handout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtHandoutDialog, rt_handout_dialog, RT, HANDOUT_DIALOG, AdwWindow)

RtHandoutDialog *rt_handout_dialog_new       (GtkWindow       *parent,
                                              RtCommittee     *committee);
guint            rt_handout_dialog_get_n_pages (RtHandoutDialog *self);
void             rt_handout_dialog_set_document (RtHandoutDialog *self,
                                              guint            kinds,
                                              int              meeting_number,
                                              int              outline_version);

G_END_DECLS
