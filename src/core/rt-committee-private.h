/* rt-committee-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* Shared by the files that change a committee (rt-committee-*.c). */
gboolean rt_committee_check_row (RtCommittee  *self,
                                 const char   *table,
                                 gint64        id,
                                 GError      **error,
                                 const char   *format,
                                 ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
