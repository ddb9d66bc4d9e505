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

/* Lists are made and refreshed by their committee (rt_committee_new_list()). */
RtList *_rt_list_new         (RtCommittee *committee,
                              RtKind       kind,
                              const char  *sql,
                              gint64       parent_id,
                              guint        depends);
guint   _rt_list_get_depends (RtList      *self);

G_END_DECLS
