/* rt-committee-new.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

RtCommittee *rt_committee_create_empty  (const char  *path,
                                         const char  *name,
                                         gboolean     with_national_points,
                                         GError     **error);
RtCommittee *rt_committee_create_sample (const char  *path,
                                         const char  *name,
                                         GError     **error);

G_END_DECLS
