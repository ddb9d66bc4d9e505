/* rt-committee-agenda.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* A meeting's 次第: its agenda items, and its 配布資料 with their 資料番号.
 *
 * The numbers of the materials are not typed: they follow the order of the
 * list, and every change that can move one (adding, moving, deleting, a
 * material given another kind or agenda item, an agenda item moved or
 * deleted) numbers the meeting's materials again in the same transaction,
 * so the numbers stored are always those of the list. */

#define AGENDA_SELECT \
  "SELECT a.id AS id, a.meeting_id AS meeting_id, a.title AS title, a.kind AS kind," \
  " a.position AS position FROM agenda_items a"
#define MATERIAL_SELECT \
  "SELECT x.id AS id, x.meeting_id AS meeting_id, coalesce(x.agenda_item_id, 0) AS agenda_item_id," \
  " x.number AS number, x.title AS title, x.kind AS kind, x.restricted AS restricted," \
  " x.handout AS handout, x.position AS position FROM materials x"

const RtKindInfo rt_agenda_item_kind_info = {
  rt_agenda_item_get_type, (gpointer)_rt_agenda_item_load,
  AGENDA_SELECT, AGENDA_SELECT " WHERE a.id = ?1",
  "SELECT a.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id ORDER BY m.number, a.position, a.id",
  RT_T (AGENDA_ITEMS), RT_T (AGENDA_ITEMS) | RT_T (MEETINGS),
};

const RtKindInfo rt_material_kind_info = {
  rt_material_get_type, (gpointer)_rt_material_load,
  MATERIAL_SELECT, MATERIAL_SELECT " WHERE x.id = ?1",
  "SELECT x.id FROM materials x JOIN meetings m ON m.id = x.meeting_id ORDER BY m.number, x.position, x.id",
  RT_T (MATERIALS), RT_T (MATERIALS) | RT_T (MEETINGS),
};

/* The column lists of the JSON format (rt-table.h). */

static const RtField agenda_item_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "title", "title", RT_FIELD_TEXT },
  { "kind", "kind", RT_FIELD_ENUM, rt_agenda_kind_get_type },
  { NULL, "position", RT_FIELD_POSITION, NULL, "meeting" },
};

const RtTableSpec rt_agenda_items_table = {
  "agenda_items", "agenda_items", RT_ROW_OBJECT, agenda_item_fields, G_N_ELEMENTS (agenda_item_fields),
  "JOIN meetings m ON m.id = x.meeting_id", "m.number, m.id, x.position, x.id",
};

/* Materials come in kinds the file names with the nicks of RtMaterialKind:
 * the first kind of the enum, "material", is what a missing member means. */
static const RtField material_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "agenda_item", "agenda_item_id", RT_FIELD_REF },
  { "number", "number", RT_FIELD_TEXT },
  { "title", "title", RT_FIELD_TEXT },
  { "kind", "kind", RT_FIELD_ENUM, rt_material_kind_get_type },
  { "restricted", "restricted", RT_FIELD_BOOL },
  { "handout", "handout", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION, NULL, "meeting" },
};

const RtTableSpec rt_materials_table = {
  "materials", "materials", RT_ROW_OBJECT, material_fields, G_N_ELEMENTS (material_fields),
  "JOIN meetings m ON m.id = x.meeting_id", "m.number, m.id, x.position, x.id",
};

#define check_meeting(self, id, error) \
  rt_committee_check_row ((self), "meetings", (id), (error), _("The meeting %lld does not exist"), (long long)(id))
#define check_agenda_item(self, id, error) \
  rt_committee_check_row ((self), "agenda_items", (id), (error), _("The agenda item %lld does not exist"), (long long)(id))
#define check_material(self, id, error) \
  rt_committee_check_row ((self), "materials", (id), (error), _("The material %lld does not exist"), (long long)(id))

/* Numbering */

/**
 * rt_material_number_for:
 * @kind: the material's kind
 * @group: for 資料, the number of its group (1, 2 …); for the other kinds,
 *   its index among the materials of its kind, from 1
 * @index: for 資料, its index within its group, from 1
 * @group_size: for 資料, the size of its group; for the other kinds, how
 *   many materials of its kind the meeting has
 *
 * Returns: (transfer full): the 資料番号: 資料2, 資料1-1, 参考資料, 参考資料2,
 *   当日配布資料 …
 */
char *
rt_material_number_for (RtMaterialKind kind,
                        guint          group,
                        guint          index,
                        guint          group_size)
{
  /* The numbers are the words of the documents, whatever the language of
   * the interface. */
  switch (kind)
    {
    case RT_MATERIAL_KIND_REFERENCE:
      return group_size > 1 ? g_strdup_printf ("参考資料%u", group) : g_strdup ("参考資料");
    case RT_MATERIAL_KIND_DAY:
      return group_size > 1 ? g_strdup_printf ("当日配布資料%u", group) : g_strdup ("当日配布資料");
    case RT_MATERIAL_KIND_MATERIAL:
    default:
      return group_size > 1 ? g_strdup_printf ("資料%u-%u", group, index) : g_strdup_printf ("資料%u", group);
    }
}

typedef struct
{
  gint64          id;
  RtMaterialKind  kind;
  gint64          agenda_item_id;
} MaterialRow;

/* Inside a change: gives the materials of @meeting_id the numbers of their
 * place in the list. 資料 are numbered 1, 2, 3 …, and consecutive 資料 of one
 * agenda item share a number (資料1-1, 資料1-2); 参考資料 and 当日配布資料 are
 * numbered among themselves, and a lone one has no number. */
static gboolean
renumber_materials (RtCommittee  *self,
                    gint64        meeting_id,
                    GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (MaterialRow));
  guint n_of_kind[3] = { 0 };
  guint seen_of_kind[3] = { 0 };
  guint group = 0;
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT id AS id, kind AS kind, coalesce(agenda_item_id, 0) AS agenda_item_id"
                                 " FROM materials WHERE meeting_id = ?1 ORDER BY position, id",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, meeting_id);
  for (;;)
    {
      MaterialRow row = { 0 };
      gboolean has_row;
      int kind = 0;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      row.id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "id"));
      rt_enum_from_nick (RT_TYPE_MATERIAL_KIND, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), &kind);
      row.kind = CLAMP (kind, 0, 2);
      row.agenda_item_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "agenda_item_id"));
      n_of_kind[row.kind]++;
      g_array_append_val (rows, row);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      MaterialRow *row = &g_array_index (rows, MaterialRow, i);
      g_autofree char *number = NULL;

      if (row->kind == RT_MATERIAL_KIND_MATERIAL)
        {
          guint first = i, last = i, size;

          /* The group: the run of 資料 of the same agenda item around this one,
           * skipping the other kinds, which are numbered apart. */
          if (row->agenda_item_id != 0)
            {
              for (guint j = i; j-- > 0;)
                {
                  MaterialRow *other = &g_array_index (rows, MaterialRow, j);

                  if (other->kind != RT_MATERIAL_KIND_MATERIAL)
                    continue;
                  if (other->agenda_item_id != row->agenda_item_id)
                    break;
                  first = j;
                }
              for (guint j = i + 1; j < rows->len; j++)
                {
                  MaterialRow *other = &g_array_index (rows, MaterialRow, j);

                  if (other->kind != RT_MATERIAL_KIND_MATERIAL)
                    continue;
                  if (other->agenda_item_id != row->agenda_item_id)
                    break;
                  last = j;
                }
            }

          size = 0;
          for (guint j = first; j <= last; j++)
            size += g_array_index (rows, MaterialRow, j).kind == RT_MATERIAL_KIND_MATERIAL;

          if (first == i)
            {
              group++;
              seen_of_kind[RT_MATERIAL_KIND_MATERIAL] = 0;
            }
          number = rt_material_number_for (row->kind, group, ++seen_of_kind[RT_MATERIAL_KIND_MATERIAL], size);
        }
      else
        number = rt_material_number_for (row->kind, ++seen_of_kind[row->kind], 0, n_of_kind[row->kind]);

      if (!rt_committee_run_id_text (self, "UPDATE materials SET number = ?2 WHERE id = ?1 AND number IS NOT ?2",
                                     row->id, number, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_meeting_of (RtCommittee  *self,
                 const char   *table,
                 gint64        id,
                 gint64       *meeting_id,
                 GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = g_strdup_printf ("SELECT meeting_id FROM %s WHERE id = ?1", table);

  if (!rt_committee_read_ids (self, sql, id, ids, error))
    return FALSE;

  *meeting_id = ids->len > 0 ? g_array_index (ids, gint64, 0) : 0;
  return TRUE;
}

/* Agenda items */

/**
 * rt_committee_list_agenda_items:
 *
 * Returns: (transfer full): the items of a meeting's 次第, in order
 */
GListModel *
rt_committee_list_agenda_items (RtCommittee *self,
                                gint64       meeting_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_AGENDA_ITEM,
                                              "SELECT id FROM agenda_items WHERE meeting_id = ?1"
                                              " ORDER BY position, id",
                                              meeting_id, RT_T (AGENDA_ITEMS)));
}

static gint64
insert_agenda_item (RtCommittee   *self,
                    gint64         meeting_id,
                    RtAgendaKind   kind,
                    const char    *title,
                    int            position,
                    GError       **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  RtStmt *stmt;
  gint64 id;

  if (!rt_committee_read_ids (self, "SELECT id FROM agenda_items WHERE meeting_id = ?1 ORDER BY position, id",
                              meeting_id, order, error) ||
      !(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO agenda_items (meeting_id, title, kind, position) VALUES (?1, ?2, ?3, 0)",
                                 error)))
    return 0;

  rt_stmt_bind_int64 (stmt, 1, meeting_id);
  rt_stmt_bind_text (stmt, 2, title);
  rt_stmt_bind_text (stmt, 3, rt_enum_to_nick (RT_TYPE_AGENDA_KIND, kind));
  if ((id = rt_stmt_insert (stmt, error)) == 0)
    return 0;

  if (position < 0 || (guint)position > order->len)
    position = order->len;
  g_array_insert_val (order, position, id);

  if (!rt_committee_write_order (self, "UPDATE agenda_items SET position = ?3 WHERE id = ?1 AND position != ?3",
                                 order, 0, error))
    return 0;

  return id;
}

/**
 * rt_committee_add_agenda_item:
 * @position: the new item's index in the 次第; -1 for the end
 *
 * Returns: the id of the new item, or 0 with @error set
 */
gint64
rt_committee_add_agenda_item (RtCommittee   *self,
                              gint64         meeting_id,
                              RtAgendaKind   kind,
                              const char    *title,
                              int            position,
                              GError       **error)
{
  g_autofree char *stripped = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (title != NULL, 0);

  stripped = rt_committee_strip (title);
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("An agenda item needs a title")), 0;

  if (!rt_committee_begin_change (self, _("Add agenda item"), error))
    return 0;

  ok = check_meeting (self, meeting_id, error) &&
       (id = insert_agenda_item (self, meeting_id, kind, stripped, position, error)) != 0;

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_add_usual_agenda:
 *
 * Gives a meeting without a 次第 the items every 次第 has: 開会, その他 and
 * 閉会, so that the secretariat only adds its 議事 between them.
 */
gboolean
rt_committee_add_usual_agenda (RtCommittee  *self,
                               gint64        meeting_id,
                               GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Add the usual agenda"), error))
    return FALSE;

  ok = check_meeting (self, meeting_id, error) &&
       rt_committee_read_ids (self, "SELECT id FROM agenda_items WHERE meeting_id = ?1", meeting_id, ids, error);
  if (ok && ids->len > 0)
    ok = rt_committee_invalid (error, _("The meeting already has an agenda"));

  /* The words of the document, as the 資料番号 are. */
  ok = ok &&
       insert_agenda_item (self, meeting_id, RT_AGENDA_KIND_OPENING, "開会", -1, error) != 0 &&
       insert_agenda_item (self, meeting_id, RT_AGENDA_KIND_OTHER, "その他", -1, error) != 0 &&
       insert_agenda_item (self, meeting_id, RT_AGENDA_KIND_CLOSING, "閉会", -1, error) != 0;

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_edit_agenda_item (RtCommittee   *self,
                               gint64         item_id,
                               RtAgendaKind   kind,
                               const char    *title,
                               GError       **error)
{
  g_autofree char *stripped = NULL;
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  stripped = rt_committee_strip (title);
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("An agenda item needs a title"));

  if (!rt_committee_begin_change (self, _("Edit agenda item"), error))
    return FALSE;

  ok = check_agenda_item (self, item_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE agenda_items SET title = ?2, kind = ?3 WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, item_id);
      rt_stmt_bind_text (stmt, 2, stripped);
      rt_stmt_bind_text (stmt, 3, rt_enum_to_nick (RT_TYPE_AGENDA_KIND, kind));
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/* Moves row @id of @table (agenda_items or materials) to @position among
 * the rows of its meeting (at the end when out of range), inside the
 * current change, and numbers the meeting's materials again. */
static gboolean
move_in_meeting (RtCommittee  *self,
                 const char   *table,
                 gint64        id,
                 int           position,
                 GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *select = g_strdup_printf ("SELECT id FROM %s WHERE meeting_id ="
                                             " (SELECT meeting_id FROM %s WHERE id = ?1) AND id != ?1"
                                             " ORDER BY position, id", table, table);
  g_autofree char *update = g_strdup_printf ("UPDATE %s SET position = ?3 WHERE id = ?1 AND position != ?3",
                                             table);
  gint64 meeting_id = 0;

  if (!read_meeting_of (self, table, id, &meeting_id, error) ||
      !rt_committee_read_ids (self, select, id, order, error))
    return FALSE;

  if (position < 0 || (guint)position > order->len)
    position = order->len;
  g_array_insert_val (order, position, id);

  return rt_committee_write_order (self, update, order, 0, error) &&
         renumber_materials (self, meeting_id, error);
}

/**
 * rt_committee_move_agenda_item:
 * @position: the item's new index in its meeting's 次第; -1 for the last
 *
 * Moves an item of the 次第; the materials are numbered again, as their
 * groups may follow the items.
 */
gboolean
rt_committee_move_agenda_item (RtCommittee  *self,
                               gint64        item_id,
                               int           position,
                               GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move agenda item"), error))
    return FALSE;

  ok = check_agenda_item (self, item_id, error) &&
       move_in_meeting (self, "agenda_items", item_id, position, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_delete_agenda_item:
 *
 * Deletes an item of the 次第; its materials stay, without an item.
 */
gboolean
rt_committee_delete_agenda_item (RtCommittee  *self,
                                 gint64        item_id,
                                 GError      **error)
{
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete agenda item"), error))
    return FALSE;

  ok = check_agenda_item (self, item_id, error) &&
       read_meeting_of (self, "agenda_items", item_id, &meeting_id, error) &&
       rt_committee_run_id (self, "DELETE FROM agenda_items WHERE id = ?1", item_id, error) &&
       renumber_materials (self, meeting_id, error);

  return rt_committee_end_change (self, ok, error);
}

/* Materials */

/**
 * rt_committee_list_materials:
 *
 * Returns: (transfer full): the 配布資料 of a meeting, in order
 */
GListModel *
rt_committee_list_materials (RtCommittee *self,
                             gint64       meeting_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_MATERIAL,
                                              "SELECT id FROM materials WHERE meeting_id = ?1"
                                              " ORDER BY position, id",
                                              meeting_id, RT_T (MATERIALS)));
}

static gboolean
check_material_edit (RtCommittee           *self,
                     gint64                 meeting_id,
                     const RtMaterialEdit  *edit,
                     GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (edit->agenda_item_id == 0)
    return TRUE;

  if (!rt_committee_read_ids (self, "SELECT meeting_id FROM agenda_items WHERE id = ?1", edit->agenda_item_id,
                              ids, error))
    return FALSE;
  if (ids->len == 0 || g_array_index (ids, gint64, 0) != meeting_id)
    return rt_committee_invalid (error, _("A material can only belong to an item of its own meeting’s agenda"));

  return TRUE;
}

static gboolean
bind_material (RtStmt               *stmt,
               const RtMaterialEdit *edit,
               const char           *title)
{
  rt_stmt_bind_id (stmt, 2, edit->agenda_item_id);
  rt_stmt_bind_text (stmt, 3, title);
  rt_stmt_bind_text (stmt, 4, rt_enum_to_nick (RT_TYPE_MATERIAL_KIND, edit->kind));
  rt_stmt_bind_int (stmt, 5, edit->restricted ? 1 : 0);
  rt_stmt_bind_text (stmt, 6, edit->handout ? edit->handout : "");
  return TRUE;
}

/**
 * rt_committee_add_material:
 * @position: the new material's index in the meeting's list; -1 for the end
 *
 * Adds a 配布資料 to a meeting; it takes the number of its place.
 *
 * Returns: the id of the new material, or 0 with @error set
 */
gint64
rt_committee_add_material (RtCommittee           *self,
                           gint64                 meeting_id,
                           const RtMaterialEdit  *edit,
                           int                    position,
                           GError               **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *title = NULL;
  RtStmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (edit != NULL, 0);

  title = rt_committee_strip (edit->title ? edit->title : "");
  if (title[0] == '\0')
    return rt_committee_invalid (error, _("A material needs a title")), 0;

  if (!rt_committee_begin_change (self, _("Add material"), error))
    return 0;

  ok = check_meeting (self, meeting_id, error) &&
       check_material_edit (self, meeting_id, edit, error) &&
       rt_committee_read_ids (self, "SELECT id FROM materials WHERE meeting_id = ?1 ORDER BY position, id",
                              meeting_id, order, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO materials (meeting_id, agenda_item_id, title, kind, restricted,"
                                 " handout, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, meeting_id);
      bind_material (stmt, edit, title);
      ok = (id = rt_stmt_insert (stmt, error)) != 0;
    }
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, id);
      ok = rt_committee_write_order (self, "UPDATE materials SET position = ?3 WHERE id = ?1 AND position != ?3",
                                     order, 0, error) &&
           renumber_materials (self, meeting_id, error);
    }

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_edit_material:
 *
 * Changes what @edit sets of a material: its agenda item, title, kind,
 * 委員限り and the handout Ronten makes for it. Its number follows.
 */
gboolean
rt_committee_edit_material (RtCommittee           *self,
                            gint64                 material_id,
                            const RtMaterialEdit  *edit,
                            GError               **error)
{
  g_autofree char *title = NULL;
  gint64 meeting_id = 0;
  RtStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  title = rt_committee_strip (edit->title ? edit->title : "");
  if (title[0] == '\0')
    return rt_committee_invalid (error, _("A material needs a title"));

  if (!rt_committee_begin_change (self, _("Edit material"), error))
    return FALSE;

  ok = check_material (self, material_id, error) &&
       read_meeting_of (self, "materials", material_id, &meeting_id, error) &&
       check_material_edit (self, meeting_id, edit, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE materials SET agenda_item_id = ?2, title = ?3, kind = ?4,"
                                 " restricted = ?5, handout = ?6 WHERE id = ?1",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, material_id);
      bind_material (stmt, edit, title);
      ok = rt_stmt_run (stmt, error) && renumber_materials (self, meeting_id, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_move_material:
 * @position: the material's new index in its meeting's list; -1 for the last
 *
 * Moves a material in the list (dragging it): the materials are numbered
 * again in their new order.
 */
gboolean
rt_committee_move_material (RtCommittee  *self,
                            gint64        material_id,
                            int           position,
                            GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move material"), error))
    return FALSE;

  ok = check_material (self, material_id, error) &&
       move_in_meeting (self, "materials", material_id, position, error);

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_delete_material (RtCommittee  *self,
                              gint64        material_id,
                              GError      **error)
{
  gint64 meeting_id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete material"), error))
    return FALSE;

  ok = check_material (self, material_id, error) &&
       read_meeting_of (self, "materials", material_id, &meeting_id, error) &&
       rt_committee_run_id (self, "DELETE FROM materials WHERE id = ?1", material_id, error) &&
       renumber_materials (self, meeting_id, error);

  return rt_committee_end_change (self, ok, error);
}
