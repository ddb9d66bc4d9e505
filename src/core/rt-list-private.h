/* rt-list-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"
#include "rt-list.h"

G_BEGIN_DECLS

RtList *rt_list_new (RtCommittee *committee,
                     RtKind       kind,
                     const char  *sql,
                     gint64       parent_id,
                     guint        depends);

G_END_DECLS
