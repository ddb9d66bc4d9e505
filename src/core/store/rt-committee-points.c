/* rt-committee-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-points"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

#define FRAMEWORK_SELECT \
  "SELECT id AS id, name AS name, description AS description, position AS position FROM frameworks"
#define POINT_SELECT \
  "SELECT pt.id AS id, pt.framework_id AS framework_id, pt.number AS number, pt.title AS title," \
  " pt.question AS question, pt.note AS note, pt.status AS status, pt.position AS position," \
  " (SELECT group_concat(text, char(31)) FROM (SELECT text FROM proposals" \
  "   WHERE point_id = pt.id ORDER BY position, id)) AS proposals," \
  " (SELECT group_concat(text, char(31)) FROM (SELECT text FROM directions" \
  "   WHERE point_id = pt.id ORDER BY position, id)) AS directions," \
  " (SELECT count(*) FROM card_points cp WHERE cp.point_id = pt.id) AS n_cards" \
  " FROM points pt"
#define PERSPECTIVE_SELECT \
  "SELECT id AS id, number AS number, title AS title, body AS body, position AS position FROM perspectives"

const RtKindInfo rt_framework_kind_info = {
  rt_framework_get_type, (gpointer)_rt_framework_load,
  FRAMEWORK_SELECT, FRAMEWORK_SELECT " WHERE id = ?1",
  "SELECT id FROM frameworks ORDER BY position, id",
  RT_T (FRAMEWORKS), RT_T (FRAMEWORKS),
};

const RtKindInfo rt_point_kind_info = {
  rt_point_get_type, (gpointer)_rt_point_load,
  POINT_SELECT, POINT_SELECT " WHERE pt.id = ?1",
  "SELECT id FROM points ORDER BY framework_id, position, number, id",
  RT_T (POINTS) | RT_T (PROPOSALS) | RT_T (DIRECTIONS) | RT_T (CARD_POINTS), RT_T (POINTS),
};

const RtKindInfo rt_perspective_kind_info = {
  rt_perspective_get_type, (gpointer)_rt_perspective_load,
  PERSPECTIVE_SELECT, PERSPECTIVE_SELECT " WHERE id = ?1",
  "SELECT id FROM perspectives ORDER BY position, number, id",
  RT_T (PERSPECTIVES), RT_T (PERSPECTIVES),
};

/* The column lists of the JSON format (rt-table.h). */

static const RtField proposal_fields[] = {
  { NULL, "point_id", RT_FIELD_PARENT },
  { NULL, "text", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

static const RtTableSpec proposals_table = {
  "proposals", "proposals", RT_ROW_TEXT, proposal_fields, G_N_ELEMENTS (proposal_fields),
  NULL, "x.position, x.id",
};

static const RtField direction_fields[] = {
  { NULL, "point_id", RT_FIELD_PARENT },
  { "text", "text", RT_FIELD_TEXT },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "created", "created", RT_FIELD_STAMP },
  { NULL, "position", RT_FIELD_POSITION },
};

static const RtTableSpec directions_table = {
  "directions", "directions", RT_ROW_OBJECT, direction_fields, G_N_ELEMENTS (direction_fields),
  NULL, "x.position, x.id",
};

static const RtTableSpec * const point_children[] = { &proposals_table, &directions_table, NULL };

static const RtField point_fields[] = {
  { NULL, "framework_id", RT_FIELD_PARENT },
  { "id", "id", RT_FIELD_ID },
  { "number", "number", RT_FIELD_NUMBER },
  { "title", "title", RT_FIELD_TEXT },
  { "question", "question", RT_FIELD_TEXT },
  { "note", "note", RT_FIELD_TEXT },
  { "status", "status", RT_FIELD_ENUM, rt_point_status_get_type },
  { NULL, "position", RT_FIELD_POSITION },
};

static const RtTableSpec points_table = {
  "points", "points", RT_ROW_OBJECT, point_fields, G_N_ELEMENTS (point_fields),
  NULL, "x.position, x.number, x.id", point_children,
};

static const RtTableSpec * const framework_children[] = { &points_table, NULL };

static const RtField framework_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "name", "name", RT_FIELD_TEXT },
  { "description", "description", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_frameworks_table = {
  "frameworks", "frameworks", RT_ROW_OBJECT, framework_fields, G_N_ELEMENTS (framework_fields),
  NULL, "x.position, x.id", framework_children,
};

static const RtField perspective_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "number", "number", RT_FIELD_NUMBER },
  { "title", "title", RT_FIELD_TEXT },
  { "body", "body", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_perspectives_table = {
  "perspectives", "perspectives", RT_ROW_OBJECT, perspective_fields, G_N_ELEMENTS (perspective_fields),
  NULL, "x.position, x.number, x.id",
};

static const RtField card_point_fields[] = {
  { NULL, "card_id", RT_FIELD_REF },
  { NULL, "point_id", RT_FIELD_REF },
};

const RtTableSpec rt_card_points_table = {
  "card_points", "card_points", RT_ROW_PAIR, card_point_fields, G_N_ELEMENTS (card_point_fields),
  NULL, "x.id",
};

static const RtField theme_point_fields[] = {
  { NULL, "theme_id", RT_FIELD_REF },
  { NULL, "point_id", RT_FIELD_REF },
};

const RtTableSpec rt_theme_points_table = {
  "theme_points", "theme_points", RT_ROW_PAIR, theme_point_fields, G_N_ELEMENTS (theme_point_fields),
  NULL, "x.id",
};

/* The edits of frameworks, points, proposals and directions, each one
 * transaction and one undo step. They write SQL only; RtFramework and RtPoint
 * follow through RtStore::changed. */

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

static GArray *
select_ids (RtCommittee  *self,
            const char   *sql,
            gint64        id,
            GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return NULL;
  rt_stmt_bind_int64 (stmt, 1, id);

  for (;;)
    {
      gint64 value;

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;
      value = rt_stmt_get_int64 (stmt, 0);
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
  RtStmt *stmt;
  gboolean has_row;
  guint from = G_MAXUINT;

  if (!(stmt = rt_store_prepare (store, select, error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, id);
  for (;;)
    {
      gint64 row_id;
      int row_position;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      row_id = rt_stmt_get_int64 (stmt, 0);
      row_position = rt_stmt_get_int (stmt, 1);
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
      rt_stmt_bind_int64 (stmt, 1, row_id);
      rt_stmt_bind_int (stmt, 2, i);
      if (!rt_stmt_run (stmt, error))
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
  if (!rt_committee_run_id_text (self,
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
    return rt_committee_invalid (error, _("A framework needs a name"));

  if (!rt_committee_begin_change (self, _("Add framework"), error))
    return 0;
  id = add_framework_locked (self, name, error);
  if (!rt_committee_end_change (self, id != 0, error))
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
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store,
                                 "INSERT INTO points (framework_id, number, title, question, position)"
                                 " VALUES (?1,"
                                 "  CASE WHEN ?2 > 0 THEN ?2 ELSE"
                                 "   (SELECT coalesce(max(number) + 1, 1) FROM points WHERE framework_id = ?1) END,"
                                 "  ?3, ?4,"
                                 "  (SELECT coalesce(max(position) + 1, 0) FROM points WHERE framework_id = ?1))",
                                 error)))
    return 0;
  rt_stmt_bind_int64 (stmt, 1, framework_id);
  rt_stmt_bind_int (stmt, 2, number);
  rt_stmt_bind_text (stmt, 3, title);
  rt_stmt_bind_text (stmt, 4, question != NULL ? question : "");
  if (!rt_stmt_run (stmt, error))
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
    return rt_committee_invalid (error, _("The committee has no perspectives"));

  if (is_blank (name))
    name = _("The committee’s perspectives");

  if (!rt_committee_begin_change (self, _("Add framework from perspectives"), error))
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

  if (!rt_committee_end_change (self, id != 0, error))
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
    return rt_committee_invalid (error, _("A framework needs a name"));

  if (!rt_committee_begin_change (self, _("Rename framework"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_framework (self, framework_id, error) &&
                 rt_committee_run_id_text (self, "UPDATE frameworks SET name = ?2 WHERE id = ?1 AND name != ?2",
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

      if (!rt_committee_run_id (self, sql, id, error))
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

  if (!rt_committee_begin_change (self, _("Delete framework"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_framework (self, framework_id, error) &&
                 delete_points_where (self, "framework_id = ?1", framework_id, error) &&
                 rt_committee_run_id (self, "DELETE FROM frameworks WHERE id = ?1", framework_id, error),
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
    return rt_committee_invalid (error, _("A point needs a title"));

  if (!rt_committee_begin_change (self, _("Add point"), error))
    return 0;
  if (check_framework (self, framework_id, error))
    id = insert_point (self, framework_id, 0, title, question, error);
  if (!rt_committee_end_change (self, id != 0, error))
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
  RtStmt *stmt;

  if (!(existing = select_ids (self, "SELECT id FROM proposals WHERE point_id = ?1", point_id, error)))
    return FALSE;

  for (guint i = 0; i < existing->len; i++)
    {
      gint64 id = g_array_index (existing, gint64, i);
      gboolean kept = FALSE;

      for (guint j = 0; j < edit->n_proposals && !kept; j++)
        kept = edit->proposal_ids != NULL && edit->proposal_ids[j] == id;
      if (!kept &&
          (!rt_committee_run_id (self, "DELETE FROM map_positions WHERE kind = 'proposal' AND item_id = ?1", id, error) ||
           !rt_committee_run_id (self, "DELETE FROM proposals WHERE id = ?1", id, error)))
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
        return rt_committee_invalid (error, _("A proposal cannot be empty"));

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
        rt_stmt_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, edit->proposals[j]);
      rt_stmt_bind_int (stmt, 3, j);
      if (id == 0)
        rt_stmt_bind_int64 (stmt, 4, point_id);
      if (!rt_stmt_run (stmt, error))
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
      !rt_committee_run_id_text (self, "UPDATE points SET title = ?2 WHERE id = ?1 AND title != ?2", point_id, edit->title, error))
    return FALSE;
  if (edit->question != NULL &&
      !rt_committee_run_id_text (self, "UPDATE points SET question = ?2 WHERE id = ?1 AND question != ?2", point_id, edit->question, error))
    return FALSE;
  if (edit->note != NULL &&
      !rt_committee_run_id_text (self, "UPDATE points SET note = ?2 WHERE id = ?1 AND note != ?2", point_id, edit->note, error))
    return FALSE;
  if (edit->number > 0)
    {
      RtStore *store = rt_committee_get_store (self);
      RtStmt *stmt;

      if (!(stmt = rt_store_prepare (store, "UPDATE points SET number = ?2 WHERE id = ?1 AND number != ?2", error)))
        return FALSE;
      rt_stmt_bind_int64 (stmt, 1, point_id);
      rt_stmt_bind_int (stmt, 2, edit->number);
      if (!rt_stmt_run (stmt, error))
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
    return rt_committee_invalid (error, _("A point needs a title"));

  if (!rt_committee_begin_change (self, _("Edit point"), error))
    return FALSE;

  return rt_committee_end_change (self, edit_point_locked (self, point_id, edit, error), error);
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
    return rt_committee_invalid (error, _("Unknown point status"));

  if (!rt_committee_begin_change (self, _("Change point status"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_point (self, point_id, error) &&
                 rt_committee_run_id_text (self, "UPDATE points SET status = ?2 WHERE id = ?1 AND status != ?2", point_id, nick, error),
                 error);
}

gboolean
rt_committee_move_point (RtCommittee  *self,
                         gint64        point_id,
                         int           position,
                         GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move point"), error))
    return FALSE;

  return rt_committee_end_change (self,
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

  if (!rt_committee_begin_change (self, _("Delete point"), error))
    return FALSE;

  return rt_committee_end_change (self,
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
    return rt_committee_invalid (error, _("A proposal cannot be empty"));

  if (!rt_committee_begin_change (self, _("Add proposal"), error))
    return 0;
  if (check_point (self, point_id, error) &&
      rt_committee_run_id_text (self,
                                "INSERT INTO proposals (point_id, text, position)"
                                " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM proposals WHERE point_id = ?1))",
                                point_id, text, error))
    id = rt_store_last_insert (rt_committee_get_store (self));
  if (!rt_committee_end_change (self, id != 0, error))
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
    return rt_committee_invalid (error, _("A proposal cannot be empty"));

  if (!rt_committee_begin_change (self, _("Edit proposal"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_proposal (self, proposal_id, error) &&
                 rt_committee_run_id_text (self, "UPDATE proposals SET text = ?2 WHERE id = ?1 AND text != ?2", proposal_id, text, error),
                 error);
}

gboolean
rt_committee_move_proposal (RtCommittee  *self,
                            gint64        proposal_id,
                            int           position,
                            GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move proposal"), error))
    return FALSE;

  return rt_committee_end_change (self,
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

  if (!rt_committee_begin_change (self, _("Delete proposal"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_proposal (self, proposal_id, error) &&
                 rt_committee_run_id (self, "DELETE FROM map_positions WHERE kind = 'proposal' AND item_id = ?1",
                                      proposal_id, error) &&
                 rt_committee_run_id (self, "DELETE FROM proposals WHERE id = ?1", proposal_id, error),
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
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, id);
  rt_stmt_bind_id (stmt, 2, meeting_id);
  rt_stmt_bind_text (stmt, 3, text);
  rt_stmt_bind_text (stmt, 4, now);

  return rt_stmt_run (stmt, error);
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
    return rt_committee_invalid (error, _("A direction cannot be empty"));

  if (!rt_committee_begin_change (self, _("Add direction"), error))
    return 0;
  if (check_point (self, point_id, error) &&
      check_meeting (self, meeting_id, error) &&
      write_direction (self,
                       "INSERT INTO directions (point_id, meeting_id, text, created, position)"
                       " VALUES (?1, ?2, ?3, ?4,"
                       "  (SELECT coalesce(max(position) + 1, 0) FROM directions WHERE point_id = ?1))",
                       point_id, meeting_id, text, error))
    id = rt_store_last_insert (rt_committee_get_store (self));
  if (!rt_committee_end_change (self, id != 0, error))
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
    return rt_committee_invalid (error, _("A direction cannot be empty"));

  if (!rt_committee_begin_change (self, _("Edit direction"), error))
    return FALSE;

  /* ?4 is unused here: the recording date of a direction stays. */
  return rt_committee_end_change (self,
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

  if (!rt_committee_begin_change (self, _("Delete direction"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_direction (self, direction_id, error) &&
                 rt_committee_run_id (self, "DELETE FROM directions WHERE id = ?1", direction_id, error),
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
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (point_ids != NULL || n_points == 0, FALSE);

  if (!rt_committee_begin_change (self, _("Link card to points"), error))
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

      rt_stmt_bind_int64 (stmt, 1, card_id);
      rt_stmt_bind_int64 (stmt, 2, framework_id);
      rt_stmt_bind_text (stmt, 3, json->str);
      ok = rt_stmt_run (stmt, error);
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
          rt_stmt_bind_int64 (stmt, 1, card_id);
          rt_stmt_bind_int64 (stmt, 2, point_ids[i]);
          ok = rt_stmt_run (stmt, error);
        }
      else
        ok = FALSE;
    }

  return rt_committee_end_change (self, ok, error);
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
  RtStmt *stmt;
  gboolean has_row;
  gboolean ok;

  if (!(stmt = rt_store_prepare (store, "SELECT id, text FROM proposals WHERE point_id = ?1 ORDER BY position, id", error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_stmt_step (stmt, &has_row, error)) && has_row)
    {
      RtPointText *text = g_new0 (RtPointText, 1);

      text->id = rt_stmt_get_int64 (stmt, 0);
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
  rt_stmt_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_stmt_step (stmt, &has_row, error)) && has_row)
    {
      RtPointText *text = g_new0 (RtPointText, 1);

      text->id = rt_stmt_get_int64 (stmt, 0);
      text->meeting_id = rt_stmt_get_int64 (stmt, 1);
      text->meeting_number = rt_stmt_get_int (stmt, 2);
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
  rt_stmt_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_stmt_step (stmt, &has_row, error)) && has_row)
    {
      RtPointTheme *theme = g_new0 (RtPointTheme, 1);

      theme->theme_id = rt_stmt_get_int64 (stmt, 0);
      theme->name = g_strdup (rt_stmt_get_text (stmt, 1));
      theme->n_cards = rt_stmt_get_int (stmt, 2);
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
  rt_stmt_bind_int64 (stmt, 1, row->point_id);
  while ((ok = rt_stmt_step (stmt, &has_row, error)) && has_row)
    {
      RtPointOpinion *opinion = g_new0 (RtPointOpinion, 1);

      opinion->card_id = rt_stmt_get_int64 (stmt, 0);
      opinion->theme_id = rt_stmt_get_int64 (stmt, 1);
      opinion->theme_name = g_strdup (rt_stmt_get_text (stmt, 2));
      opinion->text = g_strdup (rt_stmt_get_text (stmt, 3));
      opinion->speaker = g_strdup (rt_stmt_get_text (stmt, 4));
      opinion->meeting_number = rt_stmt_get_int (stmt, 5);
      opinion->direct = rt_stmt_get_int (stmt, 6) != 0;
      opinion->via_theme = rt_stmt_get_int (stmt, 7) != 0;
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

/* Links of cards and themes to points */

static gboolean
exists (RtStore     *store,
        const char  *sql,
        gint64       id,
        gboolean    *found,
        GError     **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, id);
  if (!rt_stmt_step (stmt, found, error))
    return FALSE;
  rt_stmt_reset (stmt);
  return TRUE;
}

/* Adds or removes one link inside the current transaction. Linking twice
 * or unlinking what is not linked changes nothing and is not an error; a
 * missing card, theme or point is. */
static gboolean
change_link_locked (RtStore      *store,
                    gboolean      card,
                    gint64        from_id,
                    gint64        point_id,
                    gboolean      link,
                    GError      **error)
{
  RtStmt *stmt;
  gboolean found;
  const char *sql;

  if (link)
    {
      if (!exists (store, card ? "SELECT 1 FROM cards WHERE id = ?1" : "SELECT 1 FROM themes WHERE id = ?1",
                   from_id, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       card ? _("The card %lld does not exist") : _("The theme %lld does not exist"),
                       (long long)from_id);
          return FALSE;
        }
      if (!exists (store, "SELECT 1 FROM points WHERE id = ?1", point_id, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       _("The point %lld does not exist"), (long long)point_id);
          return FALSE;
        }
    }

  if (link)
    sql = card ? "INSERT OR IGNORE INTO card_points (card_id, point_id) VALUES (?1, ?2)"
               : "INSERT OR IGNORE INTO theme_points (theme_id, point_id) VALUES (?1, ?2)";
  else
    sql = card ? "DELETE FROM card_points WHERE card_id = ?1 AND point_id = ?2"
               : "DELETE FROM theme_points WHERE theme_id = ?1 AND point_id = ?2";

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, from_id);
  rt_stmt_bind_int64 (stmt, 2, point_id);
  return rt_stmt_run (stmt, error);
}

static gboolean
change_link (RtCommittee  *self,
             gboolean      card,
             gint64        from_id,
             gint64        point_id,
             gboolean      link,
             GError      **error)
{
  if (!rt_committee_begin_change (self, NULL, error))
    return FALSE;

  return rt_committee_end_change (self,
                                  change_link_locked (rt_committee_get_store (self), card, from_id,
                                                      point_id, link, error),
                                  error);
}

gboolean
rt_committee_link_card_point (RtCommittee  *self,
                              gint64        card_id,
                              gint64        point_id,
                              GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, TRUE, card_id, point_id, TRUE, error);
}

gboolean
rt_committee_unlink_card_point (RtCommittee  *self,
                                gint64        card_id,
                                gint64        point_id,
                                GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, TRUE, card_id, point_id, FALSE, error);
}

gboolean
rt_committee_link_theme_point (RtCommittee  *self,
                               gint64        theme_id,
                               gint64        point_id,
                               GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, FALSE, theme_id, point_id, TRUE, error);
}

gboolean
rt_committee_unlink_theme_point (RtCommittee  *self,
                                 gint64        theme_id,
                                 gint64        point_id,
                                 GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, FALSE, theme_id, point_id, FALSE, error);
}

static gint64
apply_change_locked (RtCommittee          *self,
                     const RtThemeChange  *change,
                     GError              **error)
{
  RtStore *store = rt_committee_get_store (self);
  gint64 theme_id = change->theme_id;

  if (theme_id == 0)
    {
      if (change->name == NULL || change->name[0] == '\0')
        {
          g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                               _("A new theme needs a name"));
          return 0;
        }
      if (!(theme_id = rt_committee_add_theme (self, change->label_id, change->name, change->color, error)))
        return 0;
    }
  else
    {
      gboolean found;

      if (!exists (store, "SELECT 1 FROM themes WHERE id = ?1", theme_id, &found, error))
        return 0;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       _("The theme %lld does not exist"), (long long)theme_id);
          return 0;
        }

      if (change->name != NULL && change->name[0] != '\0')
        {
          RtStmt *stmt;

          if (!(stmt = rt_store_prepare (store, "UPDATE themes SET name = ?2 WHERE id = ?1 AND name != ?2", error)))
            return 0;
          rt_stmt_bind_int64 (stmt, 1, theme_id);
          rt_stmt_bind_text (stmt, 2, change->name);
          if (!rt_stmt_run (stmt, error))
            return 0;
        }
    }

  if (change->n_cards > 0 &&
      !rt_committee_move_cards (self, change->card_ids, change->n_cards, theme_id, -1, error))
    return 0;

  return theme_id;
}

/**
 * rt_committee_apply_suggestions:
 * @changes: (array length=n_changes): accepted theme suggestions
 * @links: (array length=n_links): accepted point links; a link whose
 *   theme_id is negative means the new theme of changes[-theme_id - 1]
 * @theme_ids: (out caller-allocates) (optional) (element-type gint64): the
 *   theme of each change, new or existing
 *
 * Applies what the user accepted in one transaction: all of it or, on
 * error, none of it.
 */
gboolean
rt_committee_apply_suggestions (RtCommittee          *self,
                                const RtThemeChange  *changes,
                                guint                 n_changes,
                                const RtPointLink    *links,
                                guint                 n_links,
                                GArray               *theme_ids,
                                GError              **error)
{
  RtStore *store;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (changes != NULL || n_changes == 0, FALSE);
  g_return_val_if_fail (links != NULL || n_links == 0, FALSE);

  /* Everything the user accepted in the review is one undo step. */
  store = rt_committee_get_store (self);
  if (!rt_committee_begin_change (self, _("Apply suggestions"), error))
    return FALSE;

  for (guint i = 0; i < n_changes; i++)
    {
      gint64 id = apply_change_locked (self, &changes[i], error);

      if (id == 0)
        goto fail;
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < n_links; i++)
    {
      const RtPointLink *link = &links[i];
      gint64 theme_id = link->theme_id;

      if (theme_id < 0)
        {
          /* -(theme_id + 1) cannot overflow, unlike -theme_id for G_MININT64. */
          guint64 slot = (guint64)-(theme_id + 1);

          if (slot >= ids->len)
            {
              g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                                   _("A link refers to a theme that is not being created"));
              goto fail;
            }
          theme_id = g_array_index (ids, gint64, slot);
        }

      if (!change_link_locked (store, link->card_id != 0, link->card_id != 0 ? link->card_id : theme_id,
                               link->point_id, TRUE, error))
        goto fail;
    }

  if (!rt_committee_end_change (self, TRUE, error))
    return FALSE;

  if (theme_ids != NULL)
    g_array_append_vals (theme_ids, ids->data, ids->len);

  return TRUE;

fail:
  return rt_committee_end_change (self, FALSE, error);
}

/**
 * rt_committee_apply_theme_suggestion:
 *
 * Moves the cards of @change into its theme, creating or renaming the
 * theme, in one transaction.
 *
 * Returns: the theme's id, or 0 with @error set
 */
gint64
rt_committee_apply_theme_suggestion (RtCommittee          *self,
                                     const RtThemeChange  *change,
                                     GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (change != NULL, 0);

  if (!rt_committee_apply_suggestions (self, change, 1, NULL, 0, ids, error))
    return 0;

  return g_array_index (ids, gint64, 0);
}

/**
 * rt_committee_get_point_links:
 *
 * Every link to a point: the cards' links (theme_id 0), then the themes'
 * (card_id 0), each point by point in the order they were made.
 *
 * Returns: (transfer full) (element-type RtPointLink): the links
 */
GArray *
rt_committee_get_point_links (RtCommittee  *self,
                              GError      **error)
{
  static const char * const queries[] = {
    "SELECT card_id AS card_id, 0 AS theme_id, point_id AS point_id FROM card_points ORDER BY point_id, id",
    "SELECT 0 AS card_id, theme_id AS theme_id, point_id AS point_id FROM theme_points ORDER BY point_id, id",
  };
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (RtPointLink));
  RtStore *store;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      RtStmt *stmt;

      if (!(stmt = rt_store_prepare (store, queries[q], error)))
        return NULL;

      for (;;)
        {
          RtPointLink link;
          gboolean has_row;

          if (!rt_stmt_step (stmt, &has_row, error))
            return NULL;
          if (!has_row)
            break;

          link.card_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "card_id"));
          link.theme_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "theme_id"));
          link.point_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "point_id"));
          g_array_append_val (links, link);
        }
    }

  return g_steal_pointer (&links);
}

/* Reads the proposals or directions of @sql into RtPointText. */
static GPtrArray *
read_point_texts (RtCommittee  *self,
                  const char   *sql,
                  GError      **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_point_text_free);
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self), sql, error)))
    return NULL;

  for (;;)
    {
      RtPointText *text;
      gboolean has_row;

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      text = g_new0 (RtPointText, 1);
      text->id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "id"));
      text->point_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "point_id"));
      text->meeting_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id"));
      text->meeting_number = rt_stmt_get_int (stmt, RT_COL (stmt, "meeting_number"));
      text->text = g_strdup (rt_stmt_get_text (stmt, RT_COL (stmt, "text")));
      text->created = g_strdup (rt_stmt_get_text (stmt, RT_COL (stmt, "created")));
      g_ptr_array_add (texts, text);
    }

  return g_steal_pointer (&texts);
}

/**
 * rt_committee_get_proposals:
 *
 * Returns: (transfer full) (element-type RtPointText): every local proposal,
 *   point by point in the committee's order
 */
GPtrArray *
rt_committee_get_proposals (RtCommittee  *self,
                            GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return read_point_texts (self,
                           "SELECT pr.id AS id, pr.point_id AS point_id, 0 AS meeting_id,"
                           " 0 AS meeting_number, pr.text AS text, '' AS created"
                           " FROM proposals pr JOIN points pt ON pt.id = pr.point_id"
                           " ORDER BY pt.framework_id, pt.position, pt.number, pt.id, pr.position, pr.id",
                           error);
}

/**
 * rt_committee_get_directions:
 *
 * Returns: (transfer full) (element-type RtPointText): every direction,
 *   point by point in their order
 */
GPtrArray *
rt_committee_get_directions (RtCommittee  *self,
                             GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return read_point_texts (self,
                           "SELECT d.id AS id, d.point_id AS point_id, coalesce(d.meeting_id, 0) AS meeting_id,"
                           " coalesce(m.number, 0) AS meeting_number, d.text AS text, d.created AS created"
                           " FROM directions d LEFT JOIN meetings m ON m.id = d.meeting_id"
                           " ORDER BY d.point_id, d.position, d.id",
                           error);
}

/**
 * rt_committee_list_points:
 *
 * Returns: (transfer full): the points of @framework_id, in order
 */
GListModel *
rt_committee_list_points (RtCommittee *self,
                          gint64       framework_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_POINT,
                                    "SELECT id FROM points WHERE framework_id = ?1"
                                    " ORDER BY position, number, id",
                                    framework_id, RT_T (POINTS)));
}
