/* rt-table.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-table"

#include "config.h"

#include "rt-committee.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The statements of a spec are built once per spec and kept with it. */
typedef struct
{
  char *select;
  char *insert;
} Statements;

static GHashTable *statements;   /* RtTableSpec* → Statements*; never freed */
G_LOCK_DEFINE_STATIC (statements);

static int
find_type (const RtTableSpec *spec,
           RtFieldType        type)
{
  for (guint i = 0; i < spec->n_fields; i++)
    if (spec->fields[i].type == type)
      return i;

  return -1;
}

int
rt_table_find_field (const RtTableSpec *spec,
                     const char        *member)
{
  for (guint i = 0; i < spec->n_fields; i++)
    if (g_strcmp0 (spec->fields[i].member, member) == 0)
      return i;

  return -1;
}

static const Statements *
get_statements (const RtTableSpec *spec)
{
  Statements *st;

  G_LOCK (statements);

  if (statements == NULL)
    statements = g_hash_table_new (NULL, NULL);

  if ((st = g_hash_table_lookup (statements, spec)) == NULL)
    {
      GString *select = g_string_new ("SELECT ");
      GString *insert = g_string_new ("INSERT INTO ");
      GString *values = g_string_new (" VALUES (");
      int parent = find_type (spec, RT_FIELD_PARENT);

      g_string_append_printf (insert, "%s (", spec->table);
      for (guint i = 0; i < spec->n_fields; i++)
        {
          const char *column = spec->fields[i].column;

          g_string_append_printf (select, "%sx.%s AS %s", i > 0 ? ", " : "", column, column);
          g_string_append_printf (insert, "%s%s", i > 0 ? ", " : "", column);
          g_string_append_printf (values, "%s?%u", i > 0 ? ", " : "", i + 1);
        }
      g_string_append_printf (select, " FROM %s x", spec->table);
      if (spec->joins != NULL)
        g_string_append_printf (select, " %s", spec->joins);
      if (parent >= 0)
        g_string_append_printf (select, " WHERE x.%s = ?1", spec->fields[parent].column);
      g_string_append_printf (select, " ORDER BY %s", spec->order);
      g_string_append (values, ")");
      g_string_append_printf (insert, ")%s", values->str);
      g_string_free (values, TRUE);

      st = g_new0 (Statements, 1);
      st->select = g_string_free (select, FALSE);
      st->insert = g_string_free (insert, FALSE);
      g_hash_table_insert (statements, (gpointer)spec, st);
    }

  G_UNLOCK (statements);

  return st;
}

/**
 * rt_table_read:
 * @parent_id: for a table with a PARENT field, the enclosing row
 * @func: called with each row, its values in the order of the spec's fields
 *
 * Reads the rows of @spec in the order of the file. @func may read other
 * tables (nested arrays): the rows are read with a statement of their own.
 */
gboolean
rt_table_read (RtStore            *store,
               const RtTableSpec  *spec,
               gint64              parent_id,
               RtRowFunc           func,
               gpointer            user_data,
               GError            **error)
{
  g_autoptr(RtStmt) stmt = NULL;
  g_autofree RtValue *values = g_new0 (RtValue, spec->n_fields);

  if (!(stmt = rt_store_prepare_own (store, get_statements (spec)->select, error)))
    return FALSE;

  if (find_type (spec, RT_FIELD_PARENT) >= 0)
    rt_stmt_bind_int64 (stmt, 1, parent_id);

  for (;;)
    {
      gboolean has_row;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;

      for (guint i = 0; i < spec->n_fields; i++)
        {
          RtValue *v = &values[i];

          v->is_null = rt_stmt_is_null (stmt, i);
          v->i = rt_stmt_get_int64 (stmt, i);
          v->d = rt_stmt_get_double (stmt, i);
          v->s = v->is_null ? NULL : rt_stmt_get_text (stmt, i);
        }

      if (!func (spec, values, user_data, error))
        {
          rt_stmt_reset (stmt);
          return FALSE;
        }
    }
}

/**
 * rt_table_insert:
 * @values: one per field of @spec, in its order
 *
 * Inserts one row. Ids of REF and PARENT fields are stored as given: the
 * schema's foreign keys refuse a reference to a missing row
 * (%RT_STORE_ERROR_INVALID).
 */
gboolean
rt_table_insert (RtStore            *store,
                 const RtTableSpec  *spec,
                 const RtValue      *values,
                 GError            **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store, get_statements (spec)->insert, error)))
    return FALSE;

  for (guint i = 0; i < spec->n_fields; i++)
    {
      const RtValue *v = &values[i];
      int param = i + 1;

      if (v->is_null)
        {
          rt_stmt_bind_null (stmt, param);
          continue;
        }

      switch (spec->fields[i].type)
        {
        case RT_FIELD_TEXT:
        case RT_FIELD_TEXT_NULL:
        case RT_FIELD_STAMP:
        case RT_FIELD_ENUM:
          rt_stmt_bind_text (stmt, param, v->s);
          break;

        case RT_FIELD_REAL:
          rt_stmt_bind_double (stmt, param, v->d);
          break;

        case RT_FIELD_ID:
        case RT_FIELD_NUMBER:
        case RT_FIELD_INT:
        case RT_FIELD_REF:
        case RT_FIELD_BOOL:
        case RT_FIELD_BOOL_TRUE:
        case RT_FIELD_POSITION:
        case RT_FIELD_PARENT:
        default:
          rt_stmt_bind_int64 (stmt, param, v->i);
          break;
        }
    }

  return rt_stmt_run (stmt, error);
}

/* Deletes every row of @spec, its children's first. */
gboolean
rt_table_clear (RtStore            *store,
                const RtTableSpec  *spec,
                GError            **error)
{
  g_autofree char *sql = NULL;

  for (guint i = 0; spec->children != NULL && spec->children[i] != NULL; i++)
    if (!rt_table_clear (store, spec->children[i], error))
      return FALSE;

  sql = g_strdup_printf ("DELETE FROM %s", spec->table);

  return rt_store_exec (store, sql, error);
}

gboolean
rt_table_read_committee (RtStore  *store,
                         char    **name,
                         char    **description,
                         char    **mode,
                         GError  **error)
{
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, "SELECT name, description, mode FROM committee WHERE id = 1", error)) ||
      !rt_stmt_step (stmt, &has_row, error))
    return FALSE;

  *name = g_strdup (has_row ? rt_stmt_get_text (stmt, 0) : "");
  *description = g_strdup (has_row ? rt_stmt_get_text (stmt, 1) : "");
  *mode = g_strdup (has_row ? rt_stmt_get_text (stmt, 2) : "committee");
  rt_stmt_reset (stmt);

  return TRUE;
}

gboolean
rt_table_write_committee (RtStore     *store,
                          const char  *name,
                          const char  *description,
                          const char  *mode,
                          GError     **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store,
                                 "UPDATE committee SET name = ?1, description = ?2, mode = ?4, modified = ?3 WHERE id = 1",
                                 error)))
    return FALSE;

  rt_stmt_bind_text (stmt, 1, name);
  rt_stmt_bind_text (stmt, 2, description);
  rt_stmt_bind_text (stmt, 3, now);
  rt_stmt_bind_text (stmt, 4, mode);

  return rt_stmt_run (stmt, error);
}

/* Parents before children, as the file lists them. */
const RtTableSpec * const rt_committee_tables[] = {
  &rt_meetings_table,
  &rt_people_table,
  &rt_attendance_table,
  &rt_sources_table,
  &rt_labels_table,
  &rt_themes_table,
  &rt_cards_table,
  &rt_frameworks_table,
  &rt_perspectives_table,
  &rt_card_points_table,
  &rt_theme_points_table,
  &rt_map_positions_table,
  &rt_scenes_table,
  &rt_agenda_items_table,
  &rt_materials_table,
  &rt_followups_table,
  &rt_summaries_table,
  &rt_outlines_table,
  &rt_response_kinds_table,
  &rt_responses_table,
  &rt_response_cards_table,
  &rt_settings_table,
  &rt_pseudonyms_table,
  NULL
};
