/* rt-committee-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* Shared by the files that change a committee (rt-committee-*.c). A change
 * is rt_committee_begin_step(), its SQL, then rt_committee_finish_step():
 * one transaction, one undo step named @label. */
gboolean rt_committee_begin_step  (RtCommittee  *self,
                                   const char   *label,
                                   GError      **error);
gboolean rt_committee_finish_step (RtCommittee  *self,
                                   gboolean      ok,
                                   GError      **error);
gboolean rt_committee_check_row (RtCommittee  *self,
                                 const char   *table,
                                 gint64        id,
                                 GError      **error,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
