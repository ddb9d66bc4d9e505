/* rt-committee-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-map"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rt-map-positions.h"
#include "rt-store-private.h"

/* What the issue map reads and writes in a committee: where its nodes stand,
 * and the links and proposals it draws. Positions are written one transaction
 * per user action (a drag, a relayout). */

static const char * const kind_names[RT_MAP_N_NODE_KINDS] = {
  [RT_MAP_NODE_POINT] = "point",
  [RT_MAP_NODE_PROPOSAL] = "proposal",
  [RT_MAP_NODE_PERSPECTIVE] = "perspective",
  [RT_MAP_NODE_THEME] = "theme",
  [RT_MAP_NODE_CARD] = "card",
};

const char *
rt_map_node_kind_to_string (RtMapNodeKind kind)
{
  g_return_val_if_fail (kind < RT_MAP_N_NODE_KINDS, NULL);

  return kind_names[kind];
}

gboolean
rt_map_node_kind_from_string (const char    *string,
                              RtMapNodeKind *kind)
{
  for (guint i = 0; i < RT_MAP_N_NODE_KINDS; i++)
    if (g_strcmp0 (string, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

void
rt_map_proposal_free (RtMapProposal *proposal)
{
  if (proposal == NULL)
    return;

  g_free (proposal->text);
  g_free (proposal);
}

/**
 * rt_committee_get_map_positions:
 *
 * Returns: (transfer full) (element-type RtMapPosition): the saved positions,
 *   by kind and id, or %NULL with @error set
 */
GArray *
rt_committee_get_map_positions (RtCommittee  *self,
                                GError      **error)
{
  g_autoptr(GArray) positions = NULL;
  RtStore *store;
  sqlite3_stmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store,
                                 "SELECT kind, item_id, x, y, pinned FROM map_positions"
                                 " ORDER BY kind, item_id",
                                 error)))
    return NULL;

  positions = g_array_new (FALSE, TRUE, sizeof (RtMapPosition));

  for (;;)
    {
      RtMapPosition position;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      /* The schema's CHECK makes an unknown kind impossible; skip it anyway. */
      if (!rt_map_node_kind_from_string (rt_stmt_get_text (stmt, 0), &position.kind))
        continue;

      position.item_id = sqlite3_column_int64 (stmt, 1);
      position.x = sqlite3_column_double (stmt, 2);
      position.y = sqlite3_column_double (stmt, 3);
      position.pinned = sqlite3_column_int (stmt, 4) != 0;
      g_array_append_val (positions, position);
    }

  return g_steal_pointer (&positions);
}

static gboolean
set_positions_locked (RtCommittee          *self,
                      const RtMapPosition  *positions,
                      guint                 n_positions,
                      gboolean              replace_all,
                      GError              **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (replace_all && !rt_store_exec (store, "DELETE FROM map_positions", error))
    return FALSE;

  for (guint i = 0; i < n_positions; i++)
    {
      const RtMapPosition *p = &positions[i];

      if (p->kind >= RT_MAP_N_NODE_KINDS || !isfinite (p->x) || !isfinite (p->y))
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                       _("Invalid map position for item %lld"), (long long)p->item_id);
          return FALSE;
        }

      if (!(stmt = rt_store_prepare (store,
                                     "INSERT INTO map_positions (kind, item_id, x, y, pinned)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)"
                                     " ON CONFLICT (kind, item_id) DO UPDATE SET"
                                     " x = excluded.x, y = excluded.y, pinned = excluded.pinned",
                                     error)))
        return FALSE;

      rt_stmt_bind_text (stmt, 1, kind_names[p->kind]);
      sqlite3_bind_int64 (stmt, 2, p->item_id);
      sqlite3_bind_double (stmt, 3, p->x);
      sqlite3_bind_double (stmt, 4, p->y);
      sqlite3_bind_int (stmt, 5, p->pinned ? 1 : 0);

      if (!rt_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * rt_committee_set_map_positions:
 * @replace_all: whether positions not in @positions are forgotten
 *
 * Saves positions in one transaction: a drag saves the nodes it moved, a
 * relayout every node.
 */
gboolean
rt_committee_set_map_positions (RtCommittee          *self,
                                const RtMapPosition  *positions,
                                guint                 n_positions,
                                gboolean              replace_all,
                                GError              **error)
{
  RtStore *store;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (positions != NULL || n_positions == 0, FALSE);

  store = rt_committee_get_store (self);

  if (!rt_store_begin (store, error))
    return FALSE;

  if (!set_positions_locked (self, positions, n_positions, replace_all, error))
    {
      rt_store_rollback (store);
      return FALSE;
    }

  return rt_store_commit (store, error);
}

gboolean
rt_committee_clear_map_positions (RtCommittee  *self,
                                  GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_committee_set_map_positions (self, NULL, 0, TRUE, error);
}

/**
 * rt_committee_get_proposals:
 *
 * Returns: (transfer full) (element-type RtMapProposal): every local proposal,
 *   point by point, in order
 */
GPtrArray *
rt_committee_get_proposals (RtCommittee  *self,
                            GError      **error)
{
  g_autoptr(GPtrArray) proposals = NULL;
  RtStore *store;
  sqlite3_stmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store,
                                 "SELECT pr.id, pr.point_id, pr.text FROM proposals pr"
                                 " JOIN points pt ON pt.id = pr.point_id"
                                 " ORDER BY pt.framework_id, pt.position, pt.number, pt.id,"
                                 " pr.position, pr.id",
                                 error)))
    return NULL;

  proposals = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_map_proposal_free);

  for (;;)
    {
      RtMapProposal *proposal;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      proposal = g_new0 (RtMapProposal, 1);
      proposal->id = sqlite3_column_int64 (stmt, 0);
      proposal->point_id = sqlite3_column_int64 (stmt, 1);
      proposal->text = g_strdup (rt_stmt_get_text (stmt, 2));
      g_ptr_array_add (proposals, proposal);
    }

  return g_steal_pointer (&proposals);
}

static GArray *
get_links (RtCommittee  *self,
           const char   *sql,
           GError      **error)
{
  g_autoptr(GArray) links = NULL;
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return NULL;

  links = g_array_new (FALSE, FALSE, sizeof (RtMapLink));

  for (;;)
    {
      RtMapLink link;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      link.from_id = sqlite3_column_int64 (stmt, 0);
      link.to_id = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (links, link);
    }

  return g_steal_pointer (&links);
}

/**
 * rt_committee_get_card_point_links:
 *
 * Returns: (transfer full) (element-type RtMapLink): card id → point id
 */
GArray *
rt_committee_get_card_point_links (RtCommittee  *self,
                                   GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return get_links (self, "SELECT card_id, point_id FROM card_points ORDER BY card_id, point_id", error);
}

/**
 * rt_committee_get_theme_point_links:
 *
 * Returns: (transfer full) (element-type RtMapLink): theme id → point id
 */
GArray *
rt_committee_get_theme_point_links (RtCommittee  *self,
                                    GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return get_links (self, "SELECT theme_id, point_id FROM theme_points ORDER BY theme_id, point_id", error);
}
