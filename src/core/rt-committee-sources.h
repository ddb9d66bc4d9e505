/* rt-committee-sources.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* The imported minutes (出典), kept verbatim: read back so that a card can be
 * shown at its place in them. */
char *rt_committee_get_source_text (RtCommittee  *self,
                                    gint64        source_id,
                                    char        **title,
                                    GError      **error);

G_END_DECLS
