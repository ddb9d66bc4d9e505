/* rt-handout-data.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* Queries the handouts need that the model objects do not answer: which
 * cards and themes are linked to which point (by id, not by number), and the
 * committee's directions with the date each was recorded. Read on the main
 * thread into plain arrays that the handout painters may use in a thread.
 */

typedef struct
{
  gint64 from_id;   /* a card or a theme */
  gint64 point_id;
} RtPointLinkRow;

typedef struct
{
  gint64  id;
  gint64  point_id;
  gint64  meeting_id;
  int     position;
  char   *text;
  char   *created;
} RtDirectionRow;

GArray    *rt_committee_list_card_point_links  (RtCommittee  *self,
                                                GError      **error);
GArray    *rt_committee_list_theme_point_links (RtCommittee  *self,
                                                GError      **error);
GPtrArray *rt_committee_list_directions        (RtCommittee  *self,
                                                GError      **error);
void       rt_direction_row_free               (RtDirectionRow *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtDirectionRow, rt_direction_row_free)

G_END_DECLS
