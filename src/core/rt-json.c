/* rt-json.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "rt-core-resources.h"
#include "rt-json.h"
#include "rt-model-private.h"

/* The committee interchange format, documented in doc/json-format.md. Import
 * checks the type of every member itself, as json-glib's getters only warn
 * on a wrong type, and writes everything in one transaction, so that a bad
 * file leaves the committee as it was.
 */

#define MAX_DEPTH 64
#define MAX_SIZE ((gsize)512 * 1024 * 1024)

G_DEFINE_QUARK (rt-json-error-quark, rt_json_error)

/* Export */

static void
add_text (JsonBuilder  *builder,
          const char   *member,
          sqlite3_stmt *stmt,
          int           column)
{
  json_builder_set_member_name (builder, member);
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, (const char *)sqlite3_column_text (stmt, column));
}

static void
add_int (JsonBuilder  *builder,
         const char   *member,
         sqlite3_stmt *stmt,
         int           column)
{
  json_builder_set_member_name (builder, member);
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, column));
}

typedef gboolean (*RowFunc) (RtStore      *store,
                             JsonBuilder  *builder,
                             sqlite3_stmt *stmt,
                             GError      **error);

/* Adds one array member with a row function called for each row of @sql,
 * whose first parameter, if any, is bound to @parent. */
static gboolean
add_rows (RtStore      *store,
          JsonBuilder  *builder,
          const char   *member,
          const char   *sql,
          gint64        parent,
          RowFunc       func,
          GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  /* Nested queries may reuse a cached statement, so this one is our own. */
  if (sqlite3_prepare_v2 (rt_store_get_db (store), sql, -1, &stmt, NULL) != SQLITE_OK)
    return rt_store_set_error (store, error, sql);

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, parent);

  if (member != NULL)
    json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);

  for (;;)
    {
      if (!rt_store_step_row (store, stmt, &has_row, error))
        goto failed;
      if (!has_row)
        break;
      if (!func (store, builder, stmt, error))
        goto failed;
    }

  json_builder_end_array (builder);
  sqlite3_finalize (stmt);
  return TRUE;

failed:
  sqlite3_finalize (stmt);
  return FALSE;
}

static gboolean
meeting_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_int (b, "number", s, 1);
  add_text (b, "title", s, 2);
  add_text (b, "date", s, 3);
  add_text (b, "place", s, 4);
  add_text (b, "agenda", s, 5);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
string_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_add_string_value (b, (const char *)sqlite3_column_text (s, 0));
  return TRUE;
}

static gboolean
person_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_text (b, "name", s, 1);
  add_text (b, "role", s, 2);
  if (!add_rows (store, b, "aliases",
                 "SELECT alias FROM person_aliases WHERE person_id = ?1 ORDER BY id",
                 sqlite3_column_int64 (s, 0), string_row, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
source_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_int (b, "meeting", s, 1);
  add_text (b, "title", s, 2);
  add_text (b, "text", s, 3);
  add_text (b, "imported", s, 4);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
label_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_text (b, "name", s, 1);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
theme_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_int (b, "label", s, 1);
  add_text (b, "name", s, 2);
  add_text (b, "color", s, 3);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
card_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_text (b, "text", s, 1);
  add_text (b, "verbatim", s, 2);
  add_int (b, "speaker", s, 3);
  add_int (b, "meeting", s, 4);
  add_int (b, "source", s, 5);
  add_int (b, "offset", s, 6);
  add_int (b, "length", s, 7);
  add_int (b, "theme", s, 8);
  add_text (b, "status", s, 9);
  add_text (b, "visibility", s, 10);
  add_text (b, "created", s, 11);
  add_text (b, "modified", s, 12);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
direction_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_text (b, "text", s, 0);
  add_int (b, "meeting", s, 1);
  add_text (b, "created", s, 2);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
point_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  gint64 id = sqlite3_column_int64 (s, 0);

  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_int (b, "number", s, 1);
  add_text (b, "title", s, 2);
  add_text (b, "question", s, 3);
  add_text (b, "note", s, 4);
  add_text (b, "status", s, 5);
  if (!add_rows (store, b, "proposals",
                 "SELECT text FROM proposals WHERE point_id = ?1 ORDER BY position, id",
                 id, string_row, error) ||
      !add_rows (store, b, "directions",
                 "SELECT text, meeting_id, created FROM directions WHERE point_id = ?1 ORDER BY position, id",
                 id, direction_row, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
framework_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_text (b, "name", s, 1);
  add_text (b, "description", s, 2);
  if (!add_rows (store, b, "points",
                 "SELECT id, number, title, question, note, status FROM points"
                 " WHERE framework_id = ?1 ORDER BY position, number, id",
                 sqlite3_column_int64 (s, 0), point_row, error))
    return FALSE;
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
perspective_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_int (b, "number", s, 1);
  add_text (b, "title", s, 2);
  add_text (b, "body", s, 3);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
pair_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_array (b);
  json_builder_add_int_value (b, sqlite3_column_int64 (s, 0));
  json_builder_add_int_value (b, sqlite3_column_int64 (s, 1));
  json_builder_end_array (b);
  return TRUE;
}

static gboolean
position_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_text (b, "kind", s, 0);
  add_int (b, "id", s, 1);
  json_builder_set_member_name (b, "x");
  json_builder_add_double_value (b, sqlite3_column_double (s, 2));
  json_builder_set_member_name (b, "y");
  json_builder_add_double_value (b, sqlite3_column_double (s, 3));
  json_builder_set_member_name (b, "pinned");
  json_builder_add_boolean_value (b, sqlite3_column_int (s, 4) != 0);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
scene_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_int (b, "id", s, 0);
  add_text (b, "kind", s, 1);
  add_int (b, "target", s, 2);
  add_text (b, "title", s, 3);
  add_text (b, "text", s, 4);
  json_builder_end_object (b);
  return TRUE;
}

static gboolean
committee_row (RtStore *store, JsonBuilder *b, sqlite3_stmt *s, GError **error)
{
  json_builder_begin_object (b);
  add_text (b, "name", s, 0);
  add_text (b, "description", s, 1);
  json_builder_end_object (b);
  return TRUE;
}

/**
 * rt_committee_export_json:
 *
 * Returns: (transfer full): the whole committee as JSON, or %NULL with @error set
 */
char *
rt_committee_export_json (RtCommittee  *self,
                          gsize        *length,
                          GError      **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) committee = NULL;
  RtStore *store;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RT_JSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RT_JSON_FORMAT_VERSION);

  /* The committee is one row, written as an object rather than an array. */
  if (!add_rows (store, builder, "committee",
                 "SELECT name, description FROM committee WHERE id = 1",
                 0, committee_row, error))
    return NULL;

  if (!add_rows (store, builder, "meetings",
                 "SELECT id, number, title, date, place, agenda FROM meetings ORDER BY number, id",
                 0, meeting_row, error) ||
      !add_rows (store, builder, "people",
                 "SELECT id, name, role FROM people ORDER BY position, id",
                 0, person_row, error) ||
      !add_rows (store, builder, "sources",
                 "SELECT id, meeting_id, title, text, imported FROM sources ORDER BY id",
                 0, source_row, error) ||
      !add_rows (store, builder, "labels",
                 "SELECT id, name FROM labels ORDER BY position, id",
                 0, label_row, error) ||
      !add_rows (store, builder, "themes",
                 "SELECT t.id, t.label_id, t.name, t.color FROM themes t"
                 " LEFT JOIN labels l ON l.id = t.label_id"
                 " ORDER BY l.id IS NULL, l.position, l.id, t.position, t.id",
                 0, theme_row, error) ||
      !add_rows (store, builder, "cards",
                 "SELECT id, text, verbatim, speaker_id, meeting_id, source_id, source_offset,"
                 " source_length, theme_id, status, visibility, created, modified FROM cards"
                 " ORDER BY theme_id IS NOT NULL, theme_id, position, id",
                 0, card_row, error) ||
      !add_rows (store, builder, "frameworks",
                 "SELECT id, name, description FROM frameworks ORDER BY position, id",
                 0, framework_row, error) ||
      !add_rows (store, builder, "perspectives",
                 "SELECT id, number, title, body FROM perspectives ORDER BY position, number, id",
                 0, perspective_row, error) ||
      !add_rows (store, builder, "card_points",
                 "SELECT card_id, point_id FROM card_points ORDER BY id",
                 0, pair_row, error) ||
      !add_rows (store, builder, "theme_points",
                 "SELECT theme_id, point_id FROM theme_points ORDER BY id",
                 0, pair_row, error) ||
      !add_rows (store, builder, "map_positions",
                 "SELECT kind, item_id, x, y, pinned FROM map_positions ORDER BY kind, item_id",
                 0, position_row, error) ||
      !add_rows (store, builder, "scenes",
                 "SELECT id, kind, target_id, title, text FROM scenes ORDER BY position, id",
                 0, scene_row, error))
    return NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  /* Unwrap the committee's one-element array. */
  {
    JsonObject *object = json_node_get_object (root);
    JsonArray *rows = json_object_get_array_member (object, "committee");

    committee = json_node_copy (json_array_get_element (rows, 0));
    json_object_set_member (object, "committee", g_steal_pointer (&committee));
  }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, length);
}

/* Import */

typedef struct
{
  RtStore    *store;
  GHashTable *positions;
  char       *where;
} Import;

static gboolean
invalid (Import      *import,
         GError     **error,
         const char  *member,
         const char  *expected)
{
  g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID,
               _("The committee file is not valid: %s%s%s must be %s"),
               import->where ? import->where : "",
               import->where && member ? "." : "",
               member ? member : "", expected);
  return FALSE;
}

static void
set_where (Import     *import,
           const char *section,
           guint       index)
{
  g_free (import->where);
  import->where = g_strdup_printf ("%s[%u]", section, index);
}

static gboolean
get_string (Import      *import,
            JsonObject  *object,
            const char  *member,
            gboolean     nullable,
            const char **value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (nullable)
        return TRUE;
      *value = "";
      return node == NULL ? TRUE : invalid (import, error, member, _("a text"));
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (import, error, member, _("a text"));

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_int (Import      *import,
         JsonObject  *object,
         const char  *member,
         gboolean     required,
         gint64       min,
         gint64      *value,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = 0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return required ? invalid (import, error, member, _("a whole number")) : TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return invalid (import, error, member, _("a whole number"));

  *value = json_node_get_int (node);
  if (*value < min || *value > G_MAXINT32)
    return invalid (import, error, member, _("a whole number in range"));

  return TRUE;
}

static gboolean
get_double (Import      *import,
            JsonObject  *object,
            const char  *member,
            double      *value,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;

  *value = 0;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return invalid (import, error, member, _("a number"));

  type = json_node_get_value_type (node);
  if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else if (type == G_TYPE_INT64)
    *value = json_node_get_int (node);
  else
    return invalid (import, error, member, _("a number"));

  if (!isfinite (*value))
    return invalid (import, error, member, _("a number"));

  return TRUE;
}

static gboolean
get_enum (Import      *import,
          JsonObject  *object,
          const char  *member,
          GType        enum_type,
          const char **nick,
          GError     **error)
{
  int value;

  if (!get_string (import, object, member, TRUE, nick, error))
    return FALSE;

  if (*nick == NULL)
    {
      *nick = rt_enum_to_nick (enum_type, 0);
      return TRUE;
    }

  if (!rt_enum_from_nick (enum_type, *nick, &value))
    return invalid (import, error, member, _("one of the known values"));

  return TRUE;
}

static gboolean
get_array (Import      *import,
           JsonObject  *object,
           const char  *member,
           JsonArray  **array,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *array = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (import, error, member, _("a list"));

  *array = json_node_get_array (node);
  return TRUE;
}

static JsonObject *
get_object_element (Import     *import,
                    JsonArray  *array,
                    const char *section,
                    guint       index,
                    GError    **error)
{
  JsonNode *node = json_array_get_element (array, index);

  set_where (import, section, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (import, error, NULL, _("an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

/* The next position among the children of @parent in @scope. */
static int
next_position (Import     *import,
               const char *scope,
               gint64      parent)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, scope, parent);
  gpointer value = g_hash_table_lookup (import->positions, key);
  int position = GPOINTER_TO_INT (value);

  g_hash_table_insert (import->positions, g_steal_pointer (&key), GINT_TO_POINTER (position + 1));

  return position;
}

static gboolean
step (Import        *import,
      sqlite3_stmt  *stmt,
      GError       **error)
{
  GError *local_error = NULL;

  if (!rt_store_step_done (import->store, stmt, &local_error))
    {
      /* A row the schema refuses (a reference to a missing row, a duplicate
       * id, an unknown kind) is a fault of the file, not of the store. */
      if (g_error_matches (local_error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID))
        {
          local_error->domain = RT_JSON_ERROR;
          local_error->code = RT_JSON_ERROR_INVALID;
        }
      if (import->where)
        g_prefix_error (&local_error, "%s: ", import->where);
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare (Import      *import,
         const char  *sql,
         GError     **error)
{
  return rt_store_prepare (import->store, sql, error);
}

static gboolean
import_meetings (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, number;
      const char *title, *date, *place, *agenda;

      if (!(o = get_object_element (import, array, "meetings", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_int (import, o, "number", TRUE, 0, &number, error) ||
          !get_string (import, o, "title", FALSE, &title, error) ||
          !get_string (import, o, "date", TRUE, &date, error) ||
          !get_string (import, o, "place", FALSE, &place, error) ||
          !get_string (import, o, "agenda", FALSE, &agenda, error) ||
          !(stmt = prepare (import, "INSERT INTO meetings (id, number, title, date, place, agenda)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, number);
      rt_stmt_bind_text (stmt, 3, title);
      rt_stmt_bind_text (stmt, 4, date);
      rt_stmt_bind_text (stmt, 5, place);
      rt_stmt_bind_text (stmt, 6, agenda);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_strings (Import      *import,
                JsonObject  *object,
                const char  *member,
                const char  *sql,
                gint64       parent,
                GError     **error)
{
  JsonArray *array;

  if (!get_array (import, object, member, &array, error))
    return FALSE;

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      sqlite3_stmt *stmt;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return invalid (import, error, member, _("a list of texts"));

      if (!(stmt = prepare (import, sql, error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, parent);
      rt_stmt_bind_text (stmt, 2, json_node_get_string (node));
      sqlite3_bind_int (stmt, 3, i);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_people (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id;
      const char *name, *role;

      if (!(o = get_object_element (import, array, "people", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_string (import, o, "name", FALSE, &name, error) ||
          !get_string (import, o, "role", FALSE, &role, error) ||
          !(stmt = prepare (import, "INSERT INTO people (id, name, role, position) VALUES (?1, ?2, ?3, ?4)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, name);
      rt_stmt_bind_text (stmt, 3, role);
      sqlite3_bind_int (stmt, 4, i);
      if (!step (import, stmt, error) ||
          !import_strings (import, o, "aliases",
                           "INSERT INTO person_aliases (person_id, alias) VALUES (?1, ?2)",
                           id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_sources (Import *import, JsonArray *array, GError **error)
{
  g_autofree char *now = rt_now_iso8601 ();

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, meeting;
      const char *title, *text, *imported;

      if (!(o = get_object_element (import, array, "sources", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_int (import, o, "meeting", FALSE, 1, &meeting, error) ||
          !get_string (import, o, "title", FALSE, &title, error) ||
          !get_string (import, o, "text", FALSE, &text, error) ||
          !get_string (import, o, "imported", TRUE, &imported, error) ||
          !(stmt = prepare (import, "INSERT INTO sources (id, meeting_id, title, text, imported)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_id (stmt, 2, meeting);
      rt_stmt_bind_text (stmt, 3, title);
      rt_stmt_bind_text (stmt, 4, text);
      rt_stmt_bind_text (stmt, 5, imported ? imported : now);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_labels (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id;
      const char *name;

      if (!(o = get_object_element (import, array, "labels", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_string (import, o, "name", FALSE, &name, error) ||
          !(stmt = prepare (import, "INSERT INTO labels (id, name, position) VALUES (?1, ?2, ?3)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, name);
      sqlite3_bind_int (stmt, 3, i);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_themes (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, label;
      const char *name, *color;

      if (!(o = get_object_element (import, array, "themes", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_int (import, o, "label", FALSE, 1, &label, error) ||
          !get_string (import, o, "name", FALSE, &name, error) ||
          !get_string (import, o, "color", FALSE, &color, error) ||
          !(stmt = prepare (import, "INSERT INTO themes (id, label_id, name, color, position)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_id (stmt, 2, label);
      rt_stmt_bind_text (stmt, 3, name);
      rt_stmt_bind_text (stmt, 4, color);
      sqlite3_bind_int (stmt, 5, next_position (import, "theme", label));
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_cards (Import *import, JsonArray *array, GError **error)
{
  g_autofree char *now = rt_now_iso8601 ();

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, speaker, meeting, source, offset, length, theme;
      const char *text, *verbatim, *status, *visibility, *created, *modified;

      if (!(o = get_object_element (import, array, "cards", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_string (import, o, "text", FALSE, &text, error) ||
          !get_string (import, o, "verbatim", FALSE, &verbatim, error) ||
          !get_int (import, o, "speaker", FALSE, 1, &speaker, error) ||
          !get_int (import, o, "meeting", FALSE, 1, &meeting, error) ||
          !get_int (import, o, "source", FALSE, 1, &source, error) ||
          !get_int (import, o, "offset", FALSE, 0, &offset, error) ||
          !get_int (import, o, "length", FALSE, 0, &length, error) ||
          !get_int (import, o, "theme", FALSE, 1, &theme, error) ||
          !get_enum (import, o, "status", RT_TYPE_CARD_STATUS, &status, error) ||
          !get_enum (import, o, "visibility", RT_TYPE_VISIBILITY, &visibility, error) ||
          !get_string (import, o, "created", TRUE, &created, error) ||
          !get_string (import, o, "modified", TRUE, &modified, error) ||
          !(stmt = prepare (import, "INSERT INTO cards (id, text, verbatim, speaker_id, meeting_id,"
                                    " source_id, source_offset, source_length, theme_id, position,"
                                    " status, visibility, created, modified)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                                    error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, text);
      rt_stmt_bind_text (stmt, 3, verbatim);
      rt_stmt_bind_id (stmt, 4, speaker);
      rt_stmt_bind_id (stmt, 5, meeting);
      rt_stmt_bind_id (stmt, 6, source);
      if (source > 0 && json_object_has_member (o, "offset") &&
          !json_node_is_null (json_object_get_member (o, "offset")))
        {
          sqlite3_bind_int64 (stmt, 7, offset);
          sqlite3_bind_int64 (stmt, 8, length);
        }
      rt_stmt_bind_id (stmt, 9, theme);
      sqlite3_bind_int (stmt, 10, next_position (import, "card", theme));
      rt_stmt_bind_text (stmt, 11, status);
      rt_stmt_bind_text (stmt, 12, visibility);
      rt_stmt_bind_text (stmt, 13, created ? created : now);
      rt_stmt_bind_text (stmt, 14, modified ? modified : (created ? created : now));
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_directions (Import      *import,
                   JsonObject  *point,
                   gint64       point_id,
                   GError     **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  JsonArray *array;

  if (!get_array (import, point, "directions", &array, error))
    return FALSE;

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *o;
      sqlite3_stmt *stmt;
      const char *text, *created;
      gint64 meeting;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (import, error, "directions", _("a list of objects"));

      o = json_node_get_object (node);
      if (!get_string (import, o, "text", FALSE, &text, error) ||
          !get_int (import, o, "meeting", FALSE, 1, &meeting, error) ||
          !get_string (import, o, "created", TRUE, &created, error) ||
          !(stmt = prepare (import, "INSERT INTO directions (point_id, meeting_id, text, position, created)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, point_id);
      rt_stmt_bind_id (stmt, 2, meeting);
      rt_stmt_bind_text (stmt, 3, text);
      sqlite3_bind_int (stmt, 4, i);
      rt_stmt_bind_text (stmt, 5, created ? created : now);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_points (Import      *import,
               JsonObject  *framework,
               gint64       framework_id,
               GError     **error)
{
  g_autofree char *outer = g_strdup (import->where);
  JsonArray *array;

  if (!get_array (import, framework, "points", &array, error))
    return FALSE;

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      g_autofree char *section = g_strdup_printf ("%s.points", outer);
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, number;
      const char *title, *question, *note, *status;

      if (!(o = get_object_element (import, array, section, i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_int (import, o, "number", TRUE, 0, &number, error) ||
          !get_string (import, o, "title", FALSE, &title, error) ||
          !get_string (import, o, "question", FALSE, &question, error) ||
          !get_string (import, o, "note", FALSE, &note, error) ||
          !get_enum (import, o, "status", RT_TYPE_POINT_STATUS, &status, error) ||
          !(stmt = prepare (import, "INSERT INTO points (id, framework_id, number, title, question,"
                                    " note, status, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                    error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, framework_id);
      sqlite3_bind_int64 (stmt, 3, number);
      rt_stmt_bind_text (stmt, 4, title);
      rt_stmt_bind_text (stmt, 5, question);
      rt_stmt_bind_text (stmt, 6, note);
      rt_stmt_bind_text (stmt, 7, status);
      sqlite3_bind_int (stmt, 8, i);
      if (!step (import, stmt, error) ||
          !import_strings (import, o, "proposals",
                           "INSERT INTO proposals (point_id, text, position) VALUES (?1, ?2, ?3)",
                           id, error) ||
          !import_directions (import, o, id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_frameworks (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id;
      const char *name, *description;

      if (!(o = get_object_element (import, array, "frameworks", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_string (import, o, "name", FALSE, &name, error) ||
          !get_string (import, o, "description", FALSE, &description, error) ||
          !(stmt = prepare (import, "INSERT INTO frameworks (id, name, description, position)"
                                    " VALUES (?1, ?2, ?3, ?4)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      rt_stmt_bind_text (stmt, 2, name);
      rt_stmt_bind_text (stmt, 3, description);
      sqlite3_bind_int (stmt, 4, i);
      if (!step (import, stmt, error) ||
          !import_points (import, o, id, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_perspectives (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      gint64 id, number;
      const char *title, *body;

      if (!(o = get_object_element (import, array, "perspectives", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_int (import, o, "number", TRUE, 0, &number, error) ||
          !get_string (import, o, "title", FALSE, &title, error) ||
          !get_string (import, o, "body", FALSE, &body, error) ||
          !(stmt = prepare (import, "INSERT INTO perspectives (id, number, title, body, position)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, number);
      rt_stmt_bind_text (stmt, 3, title);
      rt_stmt_bind_text (stmt, 4, body);
      sqlite3_bind_int (stmt, 5, i);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_pairs (Import      *import,
              JsonArray   *array,
              const char  *section,
              const char  *sql,
              GError     **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      sqlite3_stmt *stmt;
      JsonArray *pair;
      gint64 ids[2];

      set_where (import, section, i);
      if (!JSON_NODE_HOLDS_ARRAY (node) ||
          json_array_get_length (pair = json_node_get_array (node)) != 2)
        return invalid (import, error, NULL, _("a pair of ids"));

      for (guint j = 0; j < 2; j++)
        {
          JsonNode *element = json_array_get_element (pair, j);

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_INT64)
            return invalid (import, error, NULL, _("a pair of ids"));
          ids[j] = json_node_get_int (element);
        }

      if (!(stmt = prepare (import, sql, error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, ids[0]);
      sqlite3_bind_int64 (stmt, 2, ids[1]);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_positions (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      JsonNode *pinned;
      sqlite3_stmt *stmt;
      const char *kind;
      gint64 id;
      double x, y;

      if (!(o = get_object_element (import, array, "map_positions", i, error)) ||
          !get_string (import, o, "kind", FALSE, &kind, error) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_double (import, o, "x", &x, error) ||
          !get_double (import, o, "y", &y, error))
        return FALSE;

      pinned = json_object_get_member (o, "pinned");
      if (pinned != NULL && (!JSON_NODE_HOLDS_VALUE (pinned) ||
                             json_node_get_value_type (pinned) != G_TYPE_BOOLEAN))
        return invalid (import, error, "pinned", _("true or false"));

      if (!(stmt = prepare (import, "INSERT INTO map_positions (kind, item_id, x, y, pinned)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5)", error)))
        return FALSE;

      rt_stmt_bind_text (stmt, 1, kind);
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_double (stmt, 3, x);
      sqlite3_bind_double (stmt, 4, y);
      sqlite3_bind_int (stmt, 5, pinned ? json_node_get_boolean (pinned) : 0);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_scenes (Import *import, JsonArray *array, GError **error)
{
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o;
      sqlite3_stmt *stmt;
      const char *kind, *title, *text;
      gint64 id, target;

      if (!(o = get_object_element (import, array, "scenes", i, error)) ||
          !get_int (import, o, "id", TRUE, 1, &id, error) ||
          !get_string (import, o, "kind", FALSE, &kind, error) ||
          !get_int (import, o, "target", FALSE, 1, &target, error) ||
          !get_string (import, o, "title", FALSE, &title, error) ||
          !get_string (import, o, "text", FALSE, &text, error) ||
          !(stmt = prepare (import, "INSERT INTO scenes (id, position, kind, target_id, title, text)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      rt_stmt_bind_text (stmt, 3, kind);
      rt_stmt_bind_id (stmt, 4, target);
      rt_stmt_bind_text (stmt, 5, title);
      rt_stmt_bind_text (stmt, 6, text);
      if (!step (import, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* json-glib parses recursively, so refuse absurd nesting before it does. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_DEPTH)
            {
              g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID,
                           _("The committee file is not valid: it is nested more than %d levels deep"),
                           MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

static const char * const all_tables_children_first[] = {
  "scenes", "map_positions", "theme_points", "card_points", "directions", "proposals", "points",
  "frameworks", "perspectives", "cards", "themes", "labels", "sources", "person_aliases",
  "people", "meetings",
};

gboolean
rt_committee_is_empty (RtCommittee  *self,
                       gboolean     *empty,
                       GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT (SELECT count(*) FROM meetings) + (SELECT count(*) FROM people)"
                                 " + (SELECT count(*) FROM labels) + (SELECT count(*) FROM themes)"
                                 " + (SELECT count(*) FROM cards) + (SELECT count(*) FROM frameworks)"
                                 " + (SELECT count(*) FROM perspectives) + (SELECT count(*) FROM sources)",
                                 error)) ||
      !rt_store_step_row (store, stmt, &has_row, error))
    return FALSE;

  *empty = sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
import_root (Import            *import,
             RtCommittee       *self,
             JsonObject        *root,
             RtJsonImportFlags  flags,
             GError           **error)
{
  JsonArray *arrays[13];
  static const char * const sections[13] = {
    "meetings", "people", "sources", "labels", "themes", "cards", "frameworks",
    "perspectives", "card_points", "theme_points", "map_positions", "committee",
    "scenes",
  };
  JsonNode *committee;
  const char *name = "", *description = "";
  sqlite3_stmt *stmt;
  gboolean empty;

  for (guint i = 0; i < 11; i++)
    if (!get_array (import, root, sections[i], &arrays[i], error))
      return FALSE;
  if (!get_array (import, root, sections[12], &arrays[12], error))
    return FALSE;

  committee = json_object_get_member (root, "committee");
  if (committee != NULL)
    {
      g_free (import->where);
      import->where = g_strdup ("committee");
      if (!JSON_NODE_HOLDS_OBJECT (committee))
        return invalid (import, error, NULL, _("an object"));
      if (!get_string (import, json_node_get_object (committee), "name", FALSE, &name, error) ||
          !get_string (import, json_node_get_object (committee), "description", FALSE, &description, error))
        return FALSE;
    }

  if (flags & RT_JSON_IMPORT_REPLACE)
    {
      for (guint i = 0; i < G_N_ELEMENTS (all_tables_children_first); i++)
        {
          g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", all_tables_children_first[i]);

          if (!rt_store_exec (import->store, sql, error))
            return FALSE;
        }
    }
  else
    {
      if (!rt_committee_is_empty (self, &empty, error))
        return FALSE;
      if (!empty)
        {
          g_set_error_literal (error, RT_JSON_ERROR, RT_JSON_ERROR_NOT_EMPTY,
                               _("The committee already has content; import into a new committee file"));
          return FALSE;
        }
    }

  if (!(stmt = prepare (import, "UPDATE committee SET name = ?1, description = ?2, modified = ?3 WHERE id = 1", error)))
    return FALSE;
  {
    g_autofree char *now = rt_now_iso8601 ();

    rt_stmt_bind_text (stmt, 1, name);
    rt_stmt_bind_text (stmt, 2, description);
    rt_stmt_bind_text (stmt, 3, now);
    if (!step (import, stmt, error))
      return FALSE;
  }

  return import_meetings (import, arrays[0], error) &&
         import_people (import, arrays[1], error) &&
         import_sources (import, arrays[2], error) &&
         import_labels (import, arrays[3], error) &&
         import_themes (import, arrays[4], error) &&
         import_cards (import, arrays[5], error) &&
         import_frameworks (import, arrays[6], error) &&
         import_perspectives (import, arrays[7], error) &&
         import_pairs (import, arrays[8], "card_points",
                       "INSERT INTO card_points (card_id, point_id) VALUES (?1, ?2)", error) &&
         import_pairs (import, arrays[9], "theme_points",
                       "INSERT INTO theme_points (theme_id, point_id) VALUES (?1, ?2)", error) &&
         import_positions (import, arrays[10], error) &&
         import_scenes (import, arrays[12], error);
}

/**
 * rt_committee_import_json:
 *
 * Reads a committee written by rt_committee_export_json() into @self, all or
 * nothing: on error the committee is left exactly as it was.
 */
gboolean
rt_committee_import_json (RtCommittee        *self,
                          const char         *data,
                          gssize              length,
                          RtJsonImportFlags   flags,
                          GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *format, *version;
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length < 0)
    length = strlen (data);

  if ((gsize)length > MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max_size = g_format_size (MAX_SIZE);

      g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_TOO_LARGE,
                   _("The committee file is too large (%s; at most %s)"), size, max_size);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, RT_JSON_ERROR, RT_JSON_ERROR_SYNTAX,
                           _("The committee file is not UTF-8 text"));
      return FALSE;
    }

  if (!check_depth (data, length, error))
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_SYNTAX,
                   _("The committee file is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID,
                           _("The file is not a Ronten committee: it does not hold a JSON object"));
      return FALSE;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  version = json_object_get_member (object, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), RT_JSON_FORMAT) != 0)
    {
      g_set_error_literal (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID,
                           _("The file is not a Ronten committee: its “format” is missing or different"));
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      g_set_error_literal (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID,
                           _("The committee file has no valid “version”"));
      return FALSE;
    }

  if (json_node_get_int (version) > RT_JSON_FORMAT_VERSION)
    {
      g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_NEWER_VERSION,
                   _("The committee file was written by a newer version of Ronten (format %d, this version reads up to %d); please update Ronten"),
                   (int)json_node_get_int (version), RT_JSON_FORMAT_VERSION);
      return FALSE;
    }

  import.store = rt_committee_get_store (self);
  import.positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = rt_store_begin (import.store, error);
  if (ok)
    {
      ok = import_root (&import, self, object, flags, error);
      if (ok)
        {
          for (guint i = 0; i < RT_N_TABLES; i++)
            rt_store_touch (import.store, i);
          ok = rt_store_commit (import.store, error);
        }
      else
        rt_store_rollback (import.store);
    }

  g_hash_table_unref (import.positions);
  g_free (import.where);

  return ok;
}

/**
 * rt_sample_committee_json:
 *
 * Returns: (transfer full): the sample committee built from the seed
 *   documents (資料1-1, 資料1-2, 資料2), as JSON
 */
char *
rt_sample_committee_json (gsize   *length,
                          GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  bytes = g_resource_lookup_data (rt_core_get_resource (),
                                  "/io/github/ronten/Ronten/core/sample-committee.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  if (length)
    *length = g_bytes_get_size (bytes);

  return g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/**
 * rt_committee_create_from_json:
 * @path: a committee file that must not exist yet
 *
 * Writes a new committee file from JSON. The file is built beside @path and
 * renamed into place only when complete, so that a failure leaves nothing.
 *
 * Returns: (transfer full): the new committee, opened, or %NULL with @error set
 */
RtCommittee *
rt_committee_create_from_json (const char  *path,
                               const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autofree char *part = NULL;
  g_autoptr(RtCommittee) committee = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("“%s” already exists"), path);
      return NULL;
    }

  part = g_strconcat (path, ".part", NULL);
  remove_database (part);

  if (!(committee = rt_committee_open (part, RT_STORE_OPEN_CREATE, error)) ||
      !rt_committee_import_json (committee, data, length, RT_JSON_IMPORT_DEFAULT, error))
    goto failed;

  /* Closing checkpoints the WAL into the one file that is renamed, but says
   * nothing when that fails; checkpointed first, a full disk is an error
   * here, not a file that silently lacks what stayed in its log. */
  if (sqlite3_wal_checkpoint_v2 (rt_store_get_db (rt_committee_get_store (committee)), NULL,
                                 SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) != SQLITE_OK)
    {
      rt_store_set_error (rt_committee_get_store (committee), error, "checkpoint");
      goto failed;
    }
  g_clear_object (&committee);

  if (g_rename (part, path) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not write “%s”: %s"), path, g_strerror (errsv));
      goto failed;
    }

  return rt_committee_open (path, RT_STORE_OPEN_DEFAULT, error);

failed:
  g_clear_object (&committee);
  remove_database (part);
  return NULL;
}
