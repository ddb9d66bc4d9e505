/* rt-suggest-dialog.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_SUGGEST_DIALOG (rt_suggest_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RtSuggestDialog, rt_suggest_dialog, RT, SUGGEST_DIALOG, AdwWindow)

RtSuggestDialog *rt_suggest_dialog_new      (GtkWindow       *parent,
                                             RtCommittee     *committee);
gboolean         rt_suggest_dialog_get_busy (RtSuggestDialog *self);

G_END_DECLS
