/* rt-committee-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-handout"

#include "config.h"

#include "rt-handout-data.h"
#include "rt-store-private.h"

static GArray *
list_links (RtCommittee  *self,
            const char   *sql,
            GError      **error)
{
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (RtPointLinkRow));
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return NULL;

  for (;;)
    {
      RtPointLinkRow link;
      gboolean has_row;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      link.from_id = sqlite3_column_int64 (stmt, 0);
      link.point_id = sqlite3_column_int64 (stmt, 1);
      g_array_append_val (links, link);
    }

  return g_steal_pointer (&links);
}

/**
 * rt_committee_list_card_point_links:
 *
 * Returns: (transfer full): an array of #RtPointLinkRow, point by point in link order
 */
GArray *
rt_committee_list_card_point_links (RtCommittee  *self,
                                    GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return list_links (self, "SELECT card_id, point_id FROM card_points ORDER BY point_id, id", error);
}

/**
 * rt_committee_list_theme_point_links:
 *
 * Returns: (transfer full): an array of #RtPointLinkRow from themes to points
 */
GArray *
rt_committee_list_theme_point_links (RtCommittee  *self,
                                     GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return list_links (self, "SELECT theme_id, point_id FROM theme_points ORDER BY point_id, id", error);
}

void
rt_direction_row_free (RtDirectionRow *row)
{
  if (row == NULL)
    return;

  g_free (row->text);
  g_free (row->created);
  g_free (row);
}

/**
 * rt_committee_list_directions:
 *
 * Returns: (transfer full) (element-type RtDirectionRow): every direction,
 *   point by point in their order
 */
GPtrArray *
rt_committee_list_directions (RtCommittee  *self,
                              GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_direction_row_free);
  RtStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store,
                                 "SELECT id, point_id, coalesce(meeting_id, 0), position, text, created"
                                 " FROM directions ORDER BY point_id, position, id",
                                 error)))
    return NULL;

  for (;;)
    {
      RtDirectionRow *row;
      gboolean has_row;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      row = g_new0 (RtDirectionRow, 1);
      row->id = sqlite3_column_int64 (stmt, 0);
      row->point_id = sqlite3_column_int64 (stmt, 1);
      row->meeting_id = sqlite3_column_int64 (stmt, 2);
      row->position = sqlite3_column_int (stmt, 3);
      row->text = g_strdup (rt_stmt_get_text (stmt, 4));
      row->created = g_strdup (rt_stmt_get_text (stmt, 5));
      g_ptr_array_add (rows, row);
    }

  return g_steal_pointer (&rows);
}
