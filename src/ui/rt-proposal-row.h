/* rt-proposal-row.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RT_TYPE_PROPOSAL_ROW (rt_proposal_row_get_type ())

G_DECLARE_FINAL_TYPE (RtProposalRow, rt_proposal_row, RT, PROPOSAL_ROW, GtkListBoxRow)

GtkWidget  *rt_proposal_row_new       (gint64         proposal_id,
                                       const char    *text);
gint64      rt_proposal_row_get_id    (RtProposalRow *self);
char       *rt_proposal_row_dup_text  (RtProposalRow *self);
void        rt_proposal_row_focus     (RtProposalRow *self);

G_END_DECLS
