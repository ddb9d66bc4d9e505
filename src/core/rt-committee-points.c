/* rt-committee-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-points"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-edit.h"
#include "rt-committee-points.h"
#include "rt-committee-private.h"
#include "rt-store-private.h"

/* The edits of frameworks, points, proposals and directions, each one
 * transaction and one undo step. They write SQL only; RtFramework and RtPoint
 * follow through RtStore::changed. */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000)
        return FALSE;
    }

  return TRUE;
}

#define check_framework(self, id, error) \
  rt_committee_check_row ((self), "frameworks", (id), (error), _("The framework %lld does not exist"), (long long)(id))
#define check_point(self, id, error) \
  rt_committee_check_row ((self), "points", (id), (error), _("The point %lld does not exist"), (long long)(id))
#define check_proposal(self, id, error) \
  rt_committee_check_row ((self), "proposals", (id), (error), _("The proposal %lld does not exist"), (long long)(id))
#define check_direction(self, id, error) \
  rt_committee_check_row ((self), "directions", (id), (error), _("The direction %lld does not exist"), (long long)(id))

static gboolean
check_meeting (RtCommittee  *self,
               gint64        meeting_id,
               GError      **error)
{
  if (meeting_id == 0)
    return TRUE;

  return rt_committee_check_row (self, "meetings", meeting_id, error, _("The meeting %lld does not exist"), (long long)meeting_id);
}

static gboolean
run (RtCommittee  *self,
     const char   *sql,
     gint64        id,
     const char   *text,
     GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    rt_stmt_bind_text (stmt, 2, text);

  return rt_store_step_done (store, stmt, error);
}

static GArray *
select_ids (RtCommittee  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  for (;;)
    {
      gint64 value;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      value = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, value);
    }

  return g_steal_pointer (&ids);
}

/* Moves @id among the rows of @table that share its @parent, renumbering
 * their positions 0, 1, 2 …; only rows whose position changes are written. */
static gboolean
reorder (RtCommittee  *self,
         const char   *table,
         const char   *parent,
         gint64        id,
         int           position,
         GError      **error)
{
  g_autofree char *select = g_strdup_printf ("SELECT id, position FROM %s WHERE %s = (SELECT %s FROM %s WHERE id = ?1)"
                                             " ORDER BY position, id", table, parent, parent, table);
  g_autofree char *update = g_strdup_printf ("UPDATE %s SET position = ?2 WHERE id = ?1", table);
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) old = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) all = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row;
  guint from = G_MAXUINT;

  if (!(stmt = rt_store_prepare (store, select, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  for (;;)
    {
      gint64 row_id;
      int row_position;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      row_id = sqlite3_column_int64 (stmt, 0);
      row_position = sqlite3_column_int (stmt, 1);
      if (row_id == id)
        from = ids->len;
      g_array_append_val (ids, row_id);
      g_array_append_val (old, row_position);
    }

  g_assert (from != G_MAXUINT);
  all = g_array_copy (ids);
  g_array_remove_index (ids, from);
  if (position < 0 || (guint)position > ids->len)
    position = ids->len;
  g_array_insert_val (ids, position, id);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 row_id = g_array_index (ids, gint64, i);
      gboolean same = FALSE;

      for (guint j = 0; j < all->len; j++)
        if (g_array_index (all, gint64, j) == row_id)
          same = g_array_index (old, int, j) == (int)i;
      if (same)
        continue;

      if (!(stmt = rt_store_prepare (store, update, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, row_id);
      sqlite3_bind_int (stmt, 2, i);
      if (!rt_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Frameworks */

static gint64
add_framework_locked (RtCommittee  *self,
                      const char   *name,
                      GError      **error)
{
  if (!run (self,
            "INSERT INTO frameworks (name, position)"
            " VALUES (?2, (SELECT coalesce(max(position) + 1, 0) FROM frameworks WHERE ?1 = ?1))",
            0, name, error))
    return 0;

  return rt_store_last_insert (rt_committee_get_store (self));
}

gint64
rt_committee_add_framework (RtCommittee  *self,
                            const char   *name,
                            GError      **error)
{
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (is_blank (name))
    return invalid (error, _("A framework needs a name"));

  if (!rt_committee_begin_step (self, _("Add framework"), error))
    return 0;
  id = add_framework_locked (self, name, error);
  if (!rt_committee_finish_step (self, id != 0, error))
    return 0;

  return id;
}

static gint64
insert_point (RtCommittee  *self,
              gint64        framework_id,
              int           number,
              const char   *title,
              const char   *question,
              GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store,
                                 "INSERT INTO points (framework_id, number, title, question, position)"
                                 " VALUES (?1,"
                                 "  CASE WHEN ?2 > 0 THEN ?2 ELSE"
                                 "   (SELECT coalesce(max(number) + 1, 1) FROM points WHERE framework_id = ?1) END,"
                                 "  ?3, ?4,"
                                 "  (SELECT coalesce(max(position) + 1, 0) FROM points WHERE framework_id = ?1))",
                                 error)))
    return 0;
  sqlite3_bind_int64 (stmt, 1, framework_id);
  sqlite3_bind_int (stmt, 2, number);
  rt_stmt_bind_text (stmt, 3, title);
  rt_stmt_bind_text (stmt, 4, question != NULL ? question : "");
  if (!rt_store_step_done (store, stmt, error))
    return 0;

  return rt_store_last_insert (store);
}

/**
 * rt_committee_add_perspective_framework:
 * @name: (nullable): the name of the new framework, or %NULL for the default
 *
 * Adds a framework with one point per perspective of the committee: its
 * number, its title, and its text as the question.
 *
 * Returns: the id of the new framework, or 0 with @error set
 */
gint64
rt_committee_add_perspective_framework (RtCommittee  *self,
                                        const char   *name,
                                        GError      **error)
{
  GListModel *perspectives;
  gint64 id;
  guint n;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  perspectives = rt_committee_get_perspectives (self);
  n = g_list_model_get_n_items (perspectives);
  if (n == 0)
    return invalid (error, _("The committee has no perspectives"));

  if (is_blank (name))
    name = _("The committee’s perspectives");

  if (!rt_committee_begin_step (self, _("Add framework from perspectives"), error))
    return 0;

  id = add_framework_locked (self, name, error);
  for (guint i = 0; id != 0 && i < n; i++)
    {
      g_autoptr(RtPerspective) perspective = g_list_model_get_item (perspectives, i);

      if (!insert_point (self, id,
                         rt_perspective_get_number (perspective),
                         rt_perspective_get_title (perspective),
                         rt_perspective_get_body (perspective),
                         error))
        id = 0;
    }

  if (!rt_committee_finish_step (self, id != 0, error))
    return 0;

  return id;
}

gboolean
rt_committee_rename_framework (RtCommittee  *self,
                               gint64        framework_id,
                               const char   *name,
                               GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (is_blank (name))
    return invalid (error, _("A framework needs a name"));

  if (!rt_committee_begin_step (self, _("Rename framework"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_framework (self, framework_id, error) &&
                 run (self, "UPDATE frameworks SET name = ?2 WHERE id = ?1 AND name != ?2",
                      framework_id, name, error),
                 error);
}

/* Deletes what hangs off the points selected by @where (bound to ?1), child
 * rows first, so that the history and the change tracking see every row. */
static gboolean
delete_points_where (RtCommittee  *self,
                     const char   *where,
                     gint64        id,
                     GError      **error)
{
  static const struct {
    const char *head;
    const char *tail;
  } children[] = {
    { "DELETE FROM map_positions WHERE kind = 'proposal' AND item_id IN"
      " (SELECT id FROM proposals WHERE point_id IN (SELECT id FROM points WHERE ", "))" },
    { "DELETE FROM map_positions WHERE kind = 'point' AND item_id IN (SELECT id FROM points WHERE ", ")" },
    { "DELETE FROM proposals WHERE point_id IN (SELECT id FROM points WHERE ", ")" },
    { "DELETE FROM directions WHERE point_id IN (SELECT id FROM points WHERE ", ")" },
    { "DELETE FROM card_points WHERE point_id IN (SELECT id FROM points WHERE ", ")" },
    { "DELETE FROM theme_points WHERE point_id IN (SELECT id FROM points WHERE ", ")" },
    { "DELETE FROM points WHERE ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      g_autofree char *sql = g_strconcat (children[i].head, where, children[i].tail, NULL);

      if (!run (self, sql, id, NULL, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
rt_committee_delete_framework (RtCommittee  *self,
                               gint64        framework_id,
                               GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete framework"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_framework (self, framework_id, error) &&
                 delete_points_where (self, "framework_id = ?1", framework_id, error) &&
                 run (self, "DELETE FROM frameworks WHERE id = ?1", framework_id, NULL, error),
                 error);
}

/* Points */

gint64
rt_committee_add_point (RtCommittee  *self,
                        gint64        framework_id,
                        const char   *title,
                        const char   *question,
                        GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (is_blank (title))
    return invalid (error, _("A point needs a title"));

  if (!rt_committee_begin_step (self, _("Add point"), error))
    return 0;
  if (check_framework (self, framework_id, error))
    id = insert_point (self, framework_id, 0, title, question, error);
  if (!rt_committee_finish_step (self, id != 0, error))
    return 0;

  return id;
}

static gboolean
set_proposals_locked (RtCommittee        *self,
                      gint64              point_id,
                      const RtPointEdit  *edit,
                      GError            **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GArray) existing = NULL;
  sqlite3_stmt *stmt;

  if (!(existing = select_ids (self, "SELECT id FROM proposals WHERE point_id = ?1", point_id, error)))
    return FALSE;

  for (guint i = 0; i < existing->len; i++)
    {
      gint64 id = g_array_index (existing, gint64, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < edit->n_proposals && !kept; j++)
        kept = edit->proposal_ids != NULL && edit->proposal_ids[j] == id;
      if (!kept &&
          (!run (self, "DELETE FROM map_positions WHERE kind = 'proposal' AND item_id = ?1", id, NULL, error) ||
           !run (self, "DELETE FROM proposals WHERE id = ?1", id, NULL, error)))
        return FALSE;
    }

  for (guint j = 0; j < edit->n_proposals; j++)
    {
      gint64 id = edit->proposal_ids != NULL ? edit->proposal_ids[j] : 0;
      gboolean known = FALSE;

      for (guint i = 0; i < existing->len && !known; i++)
        known = g_array_index (existing, gint64, i) == id;

      if (id != 0 && !known)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       _("The proposal %lld does not exist"), (long long)id);
          return FALSE;
        }

      if (is_blank (edit->proposals[j]))
        return invalid (error, _("A proposal cannot be empty"));

      if (id != 0)
        stmt = rt_store_prepare (store,
                                 "UPDATE proposals SET text = ?2, position = ?3"
                                 " WHERE id = ?1 AND (text != ?2 OR position != ?3)", error);
      else
        stmt = rt_store_prepare (store,
                                 "INSERT INTO proposals (point_id, text, position) VALUES (?4, ?2, ?3)", error);
      if (stmt == NULL)
        return FALSE;
      if (id != 0)
        sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, edit->proposals[j]);
      sqlite3_bind_int (stmt, 3, j);
      if (id == 0)
        sqlite3_bind_int64 (stmt, 4, point_id);
      if (!rt_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
edit_point_locked (RtCommittee        *self,
                   gint64              point_id,
                   const RtPointEdit  *edit,
                   GError            **error)
{
  if (!check_point (self, point_id, error))
    return FALSE;

  if (edit->title != NULL &&
      !run (self, "UPDATE points SET title = ?2 WHERE id = ?1 AND title != ?2", point_id, edit->title, error))
    return FALSE;
  if (edit->question != NULL &&
      !run (self, "UPDATE points SET question = ?2 WHERE id = ?1 AND question != ?2", point_id, edit->question, error))
    return FALSE;
  if (edit->note != NULL &&
      !run (self, "UPDATE points SET note = ?2 WHERE id = ?1 AND note != ?2", point_id, edit->note, error))
    return FALSE;
  if (edit->number > 0)
    {
      RtStore *store = rt_committee_get_store (self);
      sqlite3_stmt *stmt;

      if (!(stmt = rt_store_prepare (store, "UPDATE points SET number = ?2 WHERE id = ?1 AND number != ?2", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, point_id);
      sqlite3_bind_int (stmt, 2, edit->number);
      if (!rt_store_step_done (store, stmt, error))
        return FALSE;
    }

  if (edit->set_proposals && !set_proposals_locked (self, point_id, edit, error))
    return FALSE;

  return TRUE;
}

/**
 * rt_committee_edit_point:
 *
 * Changes a point's title, question, note, number and proposals at once, as
 * the point editor saves them: one undo step.
 */
gboolean
rt_committee_edit_point (RtCommittee        *self,
                         gint64              point_id,
                         const RtPointEdit  *edit,
                         GError            **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (!edit->set_proposals || edit->proposals != NULL || edit->n_proposals == 0, FALSE);

  if (edit->title != NULL && is_blank (edit->title))
    return invalid (error, _("A point needs a title"));

  if (!rt_committee_begin_step (self, _("Edit point"), error))
    return FALSE;

  return rt_committee_finish_step (self, edit_point_locked (self, point_id, edit, error), error);
}

gboolean
rt_committee_set_point_status (RtCommittee    *self,
                               gint64          point_id,
                               RtPointStatus   status,
                               GError        **error)
{
  const char *nick;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!(nick = rt_enum_to_nick (RT_TYPE_POINT_STATUS, status)))
    return invalid (error, _("Unknown point status"));

  if (!rt_committee_begin_step (self, _("Change point status"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_point (self, point_id, error) &&
                 run (self, "UPDATE points SET status = ?2 WHERE id = ?1 AND status != ?2", point_id, nick, error),
                 error);
}

gboolean
rt_committee_move_point (RtCommittee  *self,
                         gint64        point_id,
                         int           position,
                         GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Move point"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_point (self, point_id, error) &&
                 reorder (self, "points", "framework_id", point_id, position, error),
                 error);
}

gboolean
rt_committee_delete_point (RtCommittee  *self,
                           gint64        point_id,
                           GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete point"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_point (self, point_id, error) &&
                 delete_points_where (self, "id = ?1", point_id, error),
                 error);
}

/* Proposals */

gint64
rt_committee_add_proposal (RtCommittee  *self,
                           gint64        point_id,
                           const char   *text,
                           GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (is_blank (text))
    return invalid (error, _("A proposal cannot be empty"));

  if (!rt_committee_begin_step (self, _("Add proposal"), error))
    return 0;
  if (check_point (self, point_id, error) &&
      run (self,
           "INSERT INTO proposals (point_id, text, position)"
           " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM proposals WHERE point_id = ?1))",
           point_id, text, error))
    id = rt_store_last_insert (rt_committee_get_store (self));
  if (!rt_committee_finish_step (self, id != 0, error))
    return 0;

  return id;
}

gboolean
rt_committee_set_proposal_text (RtCommittee  *self,
                                gint64        proposal_id,
                                const char   *text,
                                GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (is_blank (text))
    return invalid (error, _("A proposal cannot be empty"));

  if (!rt_committee_begin_step (self, _("Edit proposal"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_proposal (self, proposal_id, error) &&
                 run (self, "UPDATE proposals SET text = ?2 WHERE id = ?1 AND text != ?2", proposal_id, text, error),
                 error);
}

gboolean
rt_committee_move_proposal (RtCommittee  *self,
                            gint64        proposal_id,
                            int           position,
                            GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Move proposal"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_proposal (self, proposal_id, error) &&
                 reorder (self, "proposals", "point_id", proposal_id, position, error),
                 error);
}

gboolean
rt_committee_delete_proposal (RtCommittee  *self,
                              gint64        proposal_id,
                              GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete proposal"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_proposal (self, proposal_id, error) &&
                 run (self, "DELETE FROM map_positions WHERE kind = 'proposal' AND item_id = ?1",
                      proposal_id, NULL, error) &&
                 run (self, "DELETE FROM proposals WHERE id = ?1", proposal_id, NULL, error),
                 error);
}

/* Directions */

static gboolean
write_direction (RtCommittee  *self,
                 const char   *sql,
                 gint64        id,
                 gint64        meeting_id,
                 const char   *text,
                 GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *now = rt_now_iso8601 ();
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rt_stmt_bind_id (stmt, 2, meeting_id);
  rt_stmt_bind_text (stmt, 3, text);
  rt_stmt_bind_text (stmt, 4, now);

  return rt_store_step_done (store, stmt, error);
}

gint64
rt_committee_add_direction (RtCommittee  *self,
                            gint64        point_id,
                            gint64        meeting_id,
                            const char   *text,
                            GError      **error)
{
  gint64 id = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (is_blank (text))
    return invalid (error, _("A direction cannot be empty"));

  if (!rt_committee_begin_step (self, _("Add direction"), error))
    return 0;
  if (check_point (self, point_id, error) &&
      check_meeting (self, meeting_id, error) &&
      write_direction (self,
                       "INSERT INTO directions (point_id, meeting_id, text, created, position)"
                       " VALUES (?1, ?2, ?3, ?4,"
                       "  (SELECT coalesce(max(position) + 1, 0) FROM directions WHERE point_id = ?1))",
                       point_id, meeting_id, text, error))
    id = rt_store_last_insert (rt_committee_get_store (self));
  if (!rt_committee_finish_step (self, id != 0, error))
    return 0;

  return id;
}

gboolean
rt_committee_set_direction (RtCommittee  *self,
                            gint64        direction_id,
                            gint64        meeting_id,
                            const char   *text,
                            GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (is_blank (text))
    return invalid (error, _("A direction cannot be empty"));

  if (!rt_committee_begin_step (self, _("Edit direction"), error))
    return FALSE;

  /* ?4 is unused here: the recording date of a direction stays. */
  return rt_committee_finish_step (self,
                 check_direction (self, direction_id, error) &&
                 check_meeting (self, meeting_id, error) &&
                 write_direction (self,
                                  "UPDATE directions SET meeting_id = ?2, text = ?3"
                                  " WHERE id = ?1 AND (text != ?3 OR meeting_id IS NOT ?2 OR ?4 IS NULL)",
                                  direction_id, meeting_id, text, error),
                 error);
}

gboolean
rt_committee_delete_direction (RtCommittee  *self,
                               gint64        direction_id,
                               GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete direction"), error))
    return FALSE;

  return rt_committee_finish_step (self,
                 check_direction (self, direction_id, error) &&
                 run (self, "DELETE FROM directions WHERE id = ?1", direction_id, NULL, error),
                 error);
}

/* Links */

/**
 * rt_committee_get_card_point_ids:
 *
 * Returns: (transfer full): the ids of the points @card_id is linked to
 *   directly, in framework order
 */
GArray *
rt_committee_get_card_point_ids (RtCommittee  *self,
                                 gint64        card_id,
                                 GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return select_ids (self,
                     "SELECT cp.point_id FROM card_points cp JOIN points pt ON pt.id = cp.point_id"
                     " JOIN frameworks f ON f.id = pt.framework_id WHERE cp.card_id = ?1"
                     " ORDER BY f.position, f.id, pt.position, pt.number, pt.id",
                     card_id, error);
}

GArray *
rt_committee_get_theme_point_ids (RtCommittee  *self,
                                  gint64        theme_id,
                                  GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return select_ids (self,
                     "SELECT tp.point_id FROM theme_points tp JOIN points pt ON pt.id = tp.point_id"
                     " JOIN frameworks f ON f.id = pt.framework_id WHERE tp.theme_id = ?1"
                     " ORDER BY f.position, f.id, pt.position, pt.number, pt.id",
                     theme_id, error);
}

/**
 * rt_committee_set_card_points:
 * @framework_id: the framework whose points are set, or 0 for all
 *
 * Links @card_id to exactly @point_ids among the points of @framework_id, as
 * ticked in a point chooser: one undo step.
 */
gboolean
rt_committee_set_card_points (RtCommittee   *self,
                              gint64         card_id,
                              gint64         framework_id,
                              const gint64  *point_ids,
                              guint          n_points,
                              GError       **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (point_ids != NULL || n_points == 0, FALSE);

  if (!rt_committee_begin_step (self, _("Link card to points"), error))
    return FALSE;

  ok = rt_committee_check_row (self, "cards", card_id, error, _("The card %lld does not exist"), (long long)card_id);

  if (ok && (stmt = rt_store_prepare (store,
                                      "DELETE FROM card_points WHERE card_id = ?1 AND (?2 = 0 OR point_id IN"
                                      " (SELECT id FROM points WHERE framework_id = ?2))"
                                      " AND point_id NOT IN (SELECT value FROM json_each(?3))",
                                      error)))
    {
      g_autoptr(GString) json = g_string_new ("[");

      for (guint i = 0; i < n_points; i++)
        g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", point_ids[i]);
      g_string_append_c (json, ']');

      sqlite3_bind_int64 (stmt, 1, card_id);
      sqlite3_bind_int64 (stmt, 2, framework_id);
      rt_stmt_bind_text (stmt, 3, json->str);
      ok = rt_store_step_done (store, stmt, error);
    }
  else
    ok = FALSE;

  for (guint i = 0; ok && i < n_points; i++)
    {
      ok = check_point (self, point_ids[i], error);
      if (ok && (stmt = rt_store_prepare (store,
                                          "INSERT OR IGNORE INTO card_points (card_id, point_id) VALUES (?1, ?2)",
                                          error)))
        {
          sqlite3_bind_int64 (stmt, 1, card_id);
          sqlite3_bind_int64 (stmt, 2, point_ids[i]);
          ok = rt_store_step_done (store, stmt, error);
        }
      else
        ok = FALSE;
    }

  return rt_committee_finish_step (self, ok, error);
}

/* The table */

void
rt_point_text_free (RtPointText *text)
{
  if (text == NULL)
    return;

  g_free (text->text);
  g_free (text->created);
  g_free (text);
}

static void
opinion_free (RtPointOpinion *opinion)
{
  g_free (opinion->theme_name);
  g_free (opinion->text);
  g_free (opinion->speaker);
  g_free (opinion);
}

static void
theme_free (RtPointTheme *theme)
{
  g_free (theme->name);
  g_free (theme);
}

void
rt_point_table_row_free (RtPointTableRow *row)
{
  if (row == NULL)
    return;

  g_free (row->title);
  g_free (row->question);
  g_free (row->note);
  g_clear_pointer (&row->proposals, g_ptr_array_unref);
  g_clear_pointer (&row->directions, g_ptr_array_unref);
  g_clear_pointer (&row->themes, g_ptr_array_unref);
  g_clear_pointer (&row->opinions, g_ptr_array_unref);
  g_clear_pointer (&row->speakers, g_ptr_array_unref);
  g_free (row);
}

#define BOARD_ORDER \
  " ORDER BY t.id IS NULL, l.id IS NULL, l.position, l.id, t.position, t.id"

static gboolean
read_row (RtCommittee  *self,
          RtPointTableRow   *row,
          GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GHashTable) speakers = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  gboolean has_row;
  gboolean ok;

  if (!(stmt = rt_store_prepare (store, "SELECT id, text FROM proposals WHERE point_id = ?1 ORDER BY position, id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_store_step_row (store, stmt, &has_row, error)) && has_row)
    {
      RtPointText *text = g_new0 (RtPointText, 1);

      text->id = sqlite3_column_int64 (stmt, 0);
      text->text = g_strdup (rt_stmt_get_text (stmt, 1));
      g_ptr_array_add (row->proposals, text);
    }
  if (!ok)
    return FALSE;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT d.id, coalesce(d.meeting_id, 0), coalesce(m.number, 0), d.text, d.created"
                                 " FROM directions d LEFT JOIN meetings m ON m.id = d.meeting_id"
                                 " WHERE d.point_id = ?1 ORDER BY d.position, d.id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_store_step_row (store, stmt, &has_row, error)) && has_row)
    {
      RtPointText *text = g_new0 (RtPointText, 1);

      text->id = sqlite3_column_int64 (stmt, 0);
      text->meeting_id = sqlite3_column_int64 (stmt, 1);
      text->meeting_number = sqlite3_column_int (stmt, 2);
      text->text = g_strdup (rt_stmt_get_text (stmt, 3));
      text->created = g_strdup (rt_stmt_get_text (stmt, 4));
      g_ptr_array_add (row->directions, text);
    }
  if (!ok)
    return FALSE;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT t.id, t.name, (SELECT count(*) FROM cards c WHERE c.theme_id = t.id)"
                                 " FROM theme_points tp JOIN themes t ON t.id = tp.theme_id"
                                 " LEFT JOIN labels l ON l.id = t.label_id"
                                 " WHERE tp.point_id = ?1" BOARD_ORDER, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_store_step_row (store, stmt, &has_row, error)) && has_row)
    {
      RtPointTheme *theme = g_new0 (RtPointTheme, 1);

      theme->theme_id = sqlite3_column_int64 (stmt, 0);
      theme->name = g_strdup (rt_stmt_get_text (stmt, 1));
      theme->n_cards = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (row->themes, theme);
    }
  if (!ok)
    return FALSE;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT c.id, coalesce(c.theme_id, 0), coalesce(t.name, ''), c.text,"
                                 " coalesce(p.name || p.role, ''), coalesce(m.number, 0),"
                                 " EXISTS (SELECT 1 FROM card_points cp WHERE cp.card_id = c.id AND cp.point_id = ?1),"
                                 " EXISTS (SELECT 1 FROM theme_points tp WHERE tp.theme_id = c.theme_id AND tp.point_id = ?1)"
                                 " FROM cards c LEFT JOIN themes t ON t.id = c.theme_id"
                                 " LEFT JOIN labels l ON l.id = t.label_id"
                                 " LEFT JOIN people p ON p.id = c.speaker_id"
                                 " LEFT JOIN meetings m ON m.id = c.meeting_id"
                                 " WHERE c.id IN (SELECT card_id FROM card_points WHERE point_id = ?1)"
                                 "  OR c.theme_id IN (SELECT theme_id FROM theme_points WHERE point_id = ?1)"
                                 BOARD_ORDER ", c.position, c.id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_store_step_row (store, stmt, &has_row, error)) && has_row)
    {
      RtPointOpinion *opinion = g_new0 (RtPointOpinion, 1);

      opinion->card_id = sqlite3_column_int64 (stmt, 0);
      opinion->theme_id = sqlite3_column_int64 (stmt, 1);
      opinion->theme_name = g_strdup (rt_stmt_get_text (stmt, 2));
      opinion->text = g_strdup (rt_stmt_get_text (stmt, 3));
      opinion->speaker = g_strdup (rt_stmt_get_text (stmt, 4));
      opinion->meeting_number = sqlite3_column_int (stmt, 5);
      opinion->direct = sqlite3_column_int (stmt, 6) != 0;
      opinion->via_theme = sqlite3_column_int (stmt, 7) != 0;
      g_ptr_array_add (row->opinions, opinion);
    }
  if (!ok)
    return FALSE;

  /* The speakers in the committee's order, as the coverage matrix has them. */
  for (guint i = 0; i < row->opinions->len; i++)
    {
      RtPointOpinion *opinion = g_ptr_array_index (row->opinions, i);

      if (opinion->speaker[0] != '\0')
        g_hash_table_add (speakers, opinion->speaker);
    }
  if (g_hash_table_size (speakers) > 0)
    {
      GListModel *people = rt_committee_get_people (self);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
          const char *name = rt_person_get_display_name (person);

          if (g_hash_table_remove (speakers, name))
            g_ptr_array_add (row->speakers, g_strdup (name));
        }
    }

  return TRUE;
}

static RtPointTableRow *
new_row (RtPoint *point)
{
  RtPointTableRow *row = g_new0 (RtPointTableRow, 1);

  row->point_id = rt_point_get_id (point);
  row->number = rt_point_get_number (point);
  row->title = g_strdup (rt_point_get_title (point));
  row->question = g_strdup (rt_point_get_question (point));
  row->note = g_strdup (rt_point_get_note (point));
  row->status = rt_point_get_status (point);
  row->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_point_text_free);
  row->directions = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_point_text_free);
  row->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)theme_free);
  row->opinions = g_ptr_array_new_with_free_func ((GDestroyNotify)opinion_free);
  row->speakers = g_ptr_array_new_with_free_func (g_free);

  return row;
}

/**
 * rt_committee_get_point_row:
 *
 * Returns: (transfer full): the row of the point table for @point_id
 */
RtPointTableRow *
rt_committee_get_point_row (RtCommittee  *self,
                            gint64        point_id,
                            GError      **error)
{
  g_autoptr(RtPointTableRow) row = NULL;
  RtPoint *point;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!(point = rt_committee_lookup (self, RT_KIND_POINT, point_id)))
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                   _("The point %lld does not exist"), (long long)point_id);
      return NULL;
    }

  row = new_row (point);
  if (!read_row (self, row, error))
    return NULL;

  return g_steal_pointer (&row);
}

/**
 * rt_committee_get_point_table:
 *
 * Returns: (transfer full) (element-type RtPointTableRow): the point table of
 *   @framework_id, in the framework's order
 */
GPtrArray *
rt_committee_get_point_table (RtCommittee  *self,
                              gint64        framework_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_point_table_row_free);
  g_autoptr(GListModel) points = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  points = rt_committee_list_points (self, framework_id);
  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);
      RtPointTableRow *row = new_row (point);

      g_ptr_array_add (table, row);
      if (!read_row (self, row, error))
        return NULL;
    }

  return g_steal_pointer (&table);
}
