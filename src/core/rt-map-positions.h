/* rt-map-positions.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* The kinds of node on the issue map, as stored in map_positions.kind. */
typedef enum
{
  RT_MAP_NODE_POINT,
  RT_MAP_NODE_PROPOSAL,
  RT_MAP_NODE_PERSPECTIVE,
  RT_MAP_NODE_THEME,
  RT_MAP_NODE_CARD,
  RT_MAP_N_NODE_KINDS
} RtMapNodeKind;

/* Where one node of the map stands, in map units (1 unit = 1 pt at 100 %). */
typedef struct
{
  RtMapNodeKind kind;
  gint64        item_id;
  double        x;
  double        y;
  gboolean      pinned;
} RtMapPosition;

/* A local proposal of a point: the map needs its id, which RtPoint hides. */
typedef struct
{
  gint64  id;
  gint64  point_id;
  char   *text;
} RtMapProposal;

/* A link between two rows: a card or a theme (from) and a point (to). */
typedef struct
{
  gint64 from_id;
  gint64 to_id;
} RtMapLink;

const char *rt_map_node_kind_to_string       (RtMapNodeKind         kind);
gboolean    rt_map_node_kind_from_string     (const char           *string,
                                              RtMapNodeKind        *kind);

GArray     *rt_committee_get_map_positions   (RtCommittee          *self,
                                              GError              **error);
gboolean    rt_committee_set_map_positions   (RtCommittee          *self,
                                              const RtMapPosition  *positions,
                                              guint                 n_positions,
                                              gboolean              replace_all,
                                              GError              **error);
gboolean    rt_committee_clear_map_positions (RtCommittee          *self,
                                              GError              **error);

GPtrArray  *rt_committee_get_proposals       (RtCommittee          *self,
                                              GError              **error);
GArray     *rt_committee_get_card_point_links  (RtCommittee        *self,
                                                GError            **error);
GArray     *rt_committee_get_theme_point_links (RtCommittee        *self,
                                                GError            **error);

void        rt_map_proposal_free             (RtMapProposal        *proposal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMapProposal, rt_map_proposal_free)

G_END_DECLS
