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

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The column list of the JSON format (rt-table.h). */

static const RtField position_fields[] = {
  { "kind", "kind", RT_FIELD_ENUM, rt_map_node_kind_get_type },
  { "id", "item_id", RT_FIELD_ID },
  { "x", "x", RT_FIELD_REAL },
  { "y", "y", RT_FIELD_REAL },
  { "pinned", "pinned", RT_FIELD_BOOL },
};

const RtTableSpec rt_map_positions_table = {
  "map_positions", "map_positions", RT_ROW_OBJECT, position_fields, G_N_ELEMENTS (position_fields),
  NULL, "x.kind, x.item_id",
};

/* What the issue map reads and writes in a committee: where its nodes stand,
 * and the links and proposals it draws. Positions are written one transaction
 * per user action (a drag, a relayout). */

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
  RtStmt *stmt;
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

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      /* The schema's CHECK makes an unknown kind impossible; skip it anyway. */
      if (!rt_enum_from_nick (RT_TYPE_MAP_NODE_KIND, rt_stmt_get_text (stmt, 0), (int *)&position.kind))
        continue;

      position.item_id = rt_stmt_get_int64 (stmt, 1);
      position.x = rt_stmt_get_double (stmt, 2);
      position.y = rt_stmt_get_double (stmt, 3);
      position.pinned = rt_stmt_get_int (stmt, 4) != 0;
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
  RtStmt *stmt;

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

      rt_stmt_bind_text (stmt, 1, rt_enum_to_nick (RT_TYPE_MAP_NODE_KIND, p->kind));
      rt_stmt_bind_int64 (stmt, 2, p->item_id);
      rt_stmt_bind_double (stmt, 3, p->x);
      rt_stmt_bind_double (stmt, 4, p->y);
      rt_stmt_bind_int (stmt, 5, p->pinned ? 1 : 0);

      if (!rt_stmt_run (stmt, error))
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
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (positions != NULL || n_positions == 0, FALSE);

  if (!rt_committee_begin_change (self, NULL, error))
    return FALSE;

  return rt_committee_end_change (self, set_positions_locked (self, positions, n_positions, replace_all, error),
                                  error);
}

gboolean
rt_committee_clear_map_positions (RtCommittee  *self,
                                  GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_committee_set_map_positions (self, NULL, 0, TRUE, error);
}
