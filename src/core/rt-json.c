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
#include "rt-model-private.h"
#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-enums.h"
#include "rt-table.h"

/* The committee interchange format, documented in doc/json-format.md. Import
 * checks the type of every member itself, as json-glib's getters only warn
 * on a wrong type, and writes everything in one transaction, so that a bad
 * file leaves the committee as it was.
 */

#define MAX_DEPTH 64
#define MAX_SIZE ((gsize)512 * 1024 * 1024)

G_DEFINE_QUARK (rt-json-error-quark, rt_json_error)

/* Export: every table of rt_committee_tables, by its spec. */

static gboolean
write_row (const RtTableSpec  *spec,
           const RtValue      *values,
           gpointer            user_data,
           GError            **error);

static gboolean
write_array (RtStore            *store,
             JsonBuilder        *builder,
             const RtTableSpec  *spec,
             gint64              parent_id,
             GError            **error)
{
  gpointer data[2] = { store, builder };

  json_builder_set_member_name (builder, spec->member);
  json_builder_begin_array (builder);
  if (!rt_table_read (store, spec, parent_id, write_row, data, error))
    return FALSE;
  json_builder_end_array (builder);

  return TRUE;
}

static gboolean
write_row (const RtTableSpec  *spec,
           const RtValue      *values,
           gpointer            user_data,
           GError            **error)
{
  gpointer *data = user_data;
  RtStore *store = data[0];
  JsonBuilder *b = data[1];
  int id = -1;

  if (spec->shape == RT_ROW_PAIR)
    json_builder_begin_array (b);
  else if (spec->shape == RT_ROW_OBJECT)
    json_builder_begin_object (b);

  for (guint i = 0; i < spec->n_fields; i++)
    {
      const RtField *field = &spec->fields[i];
      const RtValue *v = &values[i];

      if (field->type == RT_FIELD_ID)
        id = i;
      if (field->type == RT_FIELD_POSITION || field->type == RT_FIELD_PARENT)
        continue;

      if (spec->shape == RT_ROW_OBJECT)
        json_builder_set_member_name (b, field->member);

      if (v->is_null)
        json_builder_add_null_value (b);
      else
        switch (field->type)
          {
          case RT_FIELD_TEXT:
          case RT_FIELD_TEXT_NULL:
          case RT_FIELD_STAMP:
          case RT_FIELD_ENUM:
            json_builder_add_string_value (b, v->s);
            break;

          case RT_FIELD_REAL:
            json_builder_add_double_value (b, v->d);
            break;

          case RT_FIELD_BOOL:
          case RT_FIELD_BOOL_TRUE:
            json_builder_add_boolean_value (b, v->i != 0);
            break;

          case RT_FIELD_ID:
          case RT_FIELD_NUMBER:
          case RT_FIELD_INT:
          case RT_FIELD_REF:
          case RT_FIELD_POSITION:
          case RT_FIELD_PARENT:
          default:
            json_builder_add_int_value (b, v->i);
            break;
          }
    }

  for (guint i = 0; spec->children != NULL && spec->children[i] != NULL; i++)
    if (!write_array (store, b, spec->children[i], id >= 0 ? values[id].i : 0, error))
      return FALSE;

  if (spec->shape == RT_ROW_PAIR)
    json_builder_end_array (b);
  else if (spec->shape == RT_ROW_OBJECT)
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
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *mode = NULL;
  RtStore *store;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);

  if (!rt_table_read_committee (store, &name, &description, &mode, error))
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, RT_JSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, RT_JSON_FORMAT_VERSION);
  json_builder_set_member_name (builder, "committee");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "description");
  json_builder_add_string_value (builder, description);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, mode);
  json_builder_end_object (builder);

  for (guint i = 0; rt_committee_tables[i] != NULL; i++)
    if (!write_array (store, builder, rt_committee_tables[i], 0, error))
      return NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, length);
}

/* Import: every member is checked by the type its spec gives, as json-glib's
 * getters only warn on a wrong type. */

typedef struct
{
  RtStore    *store;
  GHashTable *positions;   /* "table:scope" → next position */
  char       *where;
  char       *now;
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
           const char *where)
{
  g_free (import->where);
  import->where = g_strdup (where);
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

static gboolean
holds (JsonNode *node,
       GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Reads @node, the member of @field, into @v. A missing member is NULL. */
static gboolean
read_value (Import         *import,
            const RtField  *field,
            JsonNode       *node,
            RtValue        *v,
            GError        **error)
{
  gboolean missing = node == NULL || JSON_NODE_HOLDS_NULL (node);
  const char *member = field->member;

  *v = (RtValue) { .is_null = TRUE };

  switch (field->type)
    {
    case RT_FIELD_ID:
    case RT_FIELD_NUMBER:
    case RT_FIELD_INT:
    case RT_FIELD_REF:
      {
        gint64 min = field->type == RT_FIELD_ID || field->type == RT_FIELD_REF ? 1 : 0;
        gboolean required = field->type == RT_FIELD_ID || field->type == RT_FIELD_NUMBER;

        if (missing)
          return required ? invalid (import, error, member, _("a whole number")) : TRUE;
        if (!holds (node, G_TYPE_INT64))
          return invalid (import, error, member, _("a whole number"));
        v->i = json_node_get_int (node);
        if (v->i < min || v->i > G_MAXINT32)
          return invalid (import, error, member, _("a whole number in range"));
        v->is_null = FALSE;
        return TRUE;
      }

    case RT_FIELD_TEXT:
    case RT_FIELD_TEXT_NULL:
    case RT_FIELD_STAMP:
      if (missing)
        {
          if (field->type != RT_FIELD_TEXT)
            return TRUE;
          if (node != NULL)
            return invalid (import, error, member, _("a text"));
          *v = (RtValue) { .s = "" };
          return TRUE;
        }
      if (!holds (node, G_TYPE_STRING))
        return invalid (import, error, member, _("a text"));
      *v = (RtValue) { .s = json_node_get_string (node) };
      return TRUE;

    case RT_FIELD_ENUM:
      {
        int value;

        if (!missing && !holds (node, G_TYPE_STRING))
          return invalid (import, error, member, _("a text"));
        if (missing)
          *v = (RtValue) { .s = rt_enum_to_nick (field->enum_type (), 0) };
        else if (!rt_enum_from_nick (field->enum_type (), json_node_get_string (node), &value))
          return invalid (import, error, member, _("one of the known values"));
        else
          *v = (RtValue) { .s = json_node_get_string (node) };
        return TRUE;
      }

    case RT_FIELD_REAL:
      if (missing || !(holds (node, G_TYPE_DOUBLE) || holds (node, G_TYPE_INT64)))
        return invalid (import, error, member, _("a number"));
      v->d = holds (node, G_TYPE_DOUBLE) ? json_node_get_double (node) : json_node_get_int (node);
      if (!isfinite (v->d))
        return invalid (import, error, member, _("a number"));
      v->is_null = FALSE;
      return TRUE;

    case RT_FIELD_BOOL:
    case RT_FIELD_BOOL_TRUE:
      if (node != NULL && !holds (node, G_TYPE_BOOLEAN))
        return invalid (import, error, member, _("true or false"));
      *v = (RtValue) { .i = node != NULL ? json_node_get_boolean (node) : field->type == RT_FIELD_BOOL_TRUE };
      return TRUE;

    case RT_FIELD_POSITION:
    case RT_FIELD_PARENT:
    default:
      g_assert_not_reached ();
    }
}

/* The next position among the rows of @spec within @scope. */
static gint64
next_position (Import            *import,
               const RtTableSpec *spec,
               gint64             scope)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, spec->table, scope);
  int position = GPOINTER_TO_INT (g_hash_table_lookup (import->positions, key));

  g_hash_table_insert (import->positions, g_steal_pointer (&key), GINT_TO_POINTER (position + 1));

  return position;
}

static gboolean
insert (Import            *import,
        const RtTableSpec *spec,
        const RtValue     *values,
        GError           **error)
{
  GError *local_error = NULL;

  if (!rt_table_insert (import->store, spec, values, &local_error))
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

static gboolean read_array (Import            *import,
                            const RtTableSpec *spec,
                            JsonArray         *array,
                            const char        *section,
                            gint64             parent_id,
                            GError           **error);

/* Reads one element of @spec's array into a new row. */
static gboolean
read_row (Import            *import,
          const RtTableSpec *spec,
          JsonNode          *node,
          const char        *section,
          guint              index,
          gint64             parent_id,
          GError           **error)
{
  g_autofree RtValue *values = g_new0 (RtValue, spec->n_fields);
  g_autofree char *where = g_strdup_printf ("%s[%u]", section, index);
  JsonObject *object = NULL;
  int id = -1;

  switch (spec->shape)
    {
    case RT_ROW_OBJECT:
      /* Rows without an id of their own (a point's directions) are named by
       * their parent. */
      if (parent_id == 0 || rt_table_find_field (spec, "id") >= 0)
        set_where (import, where);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return parent_id == 0 || rt_table_find_field (spec, "id") >= 0
               ? (set_where (import, where), invalid (import, error, NULL, _("an object")))
               : invalid (import, error, spec->member, _("a list of objects"));
      object = json_node_get_object (node);
      break;

    case RT_ROW_TEXT:
      if (!holds (node, G_TYPE_STRING))
        return invalid (import, error, spec->member, _("a list of texts"));
      break;

    case RT_ROW_PAIR:
      set_where (import, where);
      if (!JSON_NODE_HOLDS_ARRAY (node) || json_array_get_length (json_node_get_array (node)) != 2)
        return invalid (import, error, NULL, _("a pair of ids"));
      break;

    default:
      g_assert_not_reached ();
    }

  for (guint i = 0, pair = 0; i < spec->n_fields; i++)
    {
      const RtField *field = &spec->fields[i];
      RtValue *v = &values[i];

      switch (field->type)
        {
        case RT_FIELD_PARENT:
          *v = (RtValue) { .i = parent_id };
          continue;

        case RT_FIELD_POSITION:
          {
            int scope = field->other ? rt_table_find_field (spec, field->other) : -1;

            *v = (RtValue) { .i = next_position (import, spec, scope >= 0 ? values[scope].i : 0) };
            continue;
          }

        case RT_FIELD_ID:
        case RT_FIELD_NUMBER:
        case RT_FIELD_INT:
        case RT_FIELD_TEXT:
        case RT_FIELD_TEXT_NULL:
        case RT_FIELD_STAMP:
        case RT_FIELD_REF:
        case RT_FIELD_ENUM:
        case RT_FIELD_REAL:
        case RT_FIELD_BOOL:
        case RT_FIELD_BOOL_TRUE:
        default:
          break;
        }

      if (spec->shape == RT_ROW_TEXT)
        *v = (RtValue) { .s = json_node_get_string (node) };
      else if (spec->shape == RT_ROW_PAIR)
        {
          JsonNode *element = json_array_get_element (json_node_get_array (node), pair++);

          if (!holds (element, G_TYPE_INT64))
            return invalid (import, error, NULL, _("a pair of ids"));
          *v = (RtValue) { .i = json_node_get_int (element) };
        }
      else if (!read_value (import, field, json_object_get_member (object, field->member), v, error))
        return FALSE;

      if (field->type == RT_FIELD_ID)
        id = i;

      if (field->other != NULL && field->type == RT_FIELD_STAMP && v->is_null)
        {
          int other = rt_table_find_field (spec, field->other);

          *v = other >= 0 && !values[other].is_null ? values[other] : (RtValue) { .s = import->now };
        }
      else if (field->type == RT_FIELD_STAMP && v->is_null)
        *v = (RtValue) { .s = import->now };
      else if (field->other != NULL && field->type != RT_FIELD_STAMP)
        {
          int other = rt_table_find_field (spec, field->other);

          /* Stored only with the value it belongs to (an offset with its source). */
          if (other >= 0 && values[other].is_null)
            *v = (RtValue) { .is_null = TRUE };
        }
    }

  if (!insert (import, spec, values, error))
    return FALSE;

  for (guint i = 0; spec->children != NULL && spec->children[i] != NULL; i++)
    {
      const RtTableSpec *child = spec->children[i];
      g_autofree char *child_section = g_strdup_printf ("%s.%s", where, child->member);
      JsonArray *array;

      set_where (import, where);
      if (!get_array (import, object, child->member, &array, error) ||
          !read_array (import, child, array, child_section, id >= 0 ? values[id].i : 0, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_array (Import            *import,
            const RtTableSpec *spec,
            JsonArray         *array,
            const char        *section,
            gint64             parent_id,
            GError           **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (!read_row (import, spec, json_array_get_element (array, i), section, i, parent_id, error))
      return FALSE;

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

gboolean
rt_committee_is_empty (RtCommittee  *self,
                       gboolean     *empty,
                       GError      **error)
{
  RtCommitteeStats stats;

  if (!rt_committee_get_stats (self, &stats, error))
    return FALSE;

  *empty = stats.meetings + stats.speakers + stats.labels + stats.themes + stats.cards +
           stats.frameworks + stats.perspectives + stats.sources == 0;
  return TRUE;
}

static gboolean
import_root (Import            *import,
             RtCommittee       *self,
             JsonObject        *root,
             RtJsonImportFlags  flags,
             GError           **error)
{
  g_autoptr(GPtrArray) arrays = g_ptr_array_new ();
  JsonNode *committee;
  const char *name = "", *description = "";
  const char *mode = rt_enum_to_nick (RT_TYPE_COMMITTEE_MODE, RT_COMMITTEE_MODE_COMMITTEE);
  gboolean empty;

  for (guint i = 0; rt_committee_tables[i] != NULL; i++)
    {
      JsonArray *array;

      if (!get_array (import, root, rt_committee_tables[i]->member, &array, error))
        return FALSE;
      g_ptr_array_add (arrays, array);
    }

  committee = json_object_get_member (root, "committee");
  if (committee != NULL)
    {
      static const RtField name_field = { "name", NULL, RT_FIELD_TEXT };
      static const RtField description_field = { "description", NULL, RT_FIELD_TEXT };
      static const RtField mode_field = { "mode", NULL, RT_FIELD_ENUM, rt_committee_mode_get_type };
      JsonObject *object;
      RtValue v;

      set_where (import, "committee");
      if (!JSON_NODE_HOLDS_OBJECT (committee))
        return invalid (import, error, NULL, _("an object"));
      object = json_node_get_object (committee);
      if (!read_value (import, &name_field, json_object_get_member (object, "name"), &v, error))
        return FALSE;
      name = v.s;
      if (!read_value (import, &description_field, json_object_get_member (object, "description"), &v, error))
        return FALSE;
      description = v.s;
      if (!read_value (import, &mode_field, json_object_get_member (object, "mode"), &v, error))
        return FALSE;
      mode = v.s;
    }

  if (flags & RT_JSON_IMPORT_REPLACE)
    {
      for (guint i = arrays->len; i > 0; i--)
        if ((g_ptr_array_index (arrays, i - 1) != NULL || !rt_committee_tables[i - 1]->seeded) &&
            !rt_table_clear (import->store, rt_committee_tables[i - 1], error))
          return FALSE;
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

  /* A new committee's rows (the usual kinds of answer) give way to the
   * file's own. */
  if (!(flags & RT_JSON_IMPORT_REPLACE))
    for (guint i = 0; rt_committee_tables[i] != NULL; i++)
      if (rt_committee_tables[i]->seeded && g_ptr_array_index (arrays, i) != NULL &&
          !rt_table_clear (import->store, rt_committee_tables[i], error))
        return FALSE;

  if (!rt_table_write_committee (import->store, name, description, mode, error))
    return FALSE;

  for (guint i = 0; rt_committee_tables[i] != NULL; i++)
    if (!read_array (import, rt_committee_tables[i], g_ptr_array_index (arrays, i),
                     rt_committee_tables[i]->member, 0, error))
      return FALSE;

  return TRUE;
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
      /* json-glib quotes the bytes it stopped at, which may be half a
       * character: the message must stay valid UTF-8 to be shown. */
      g_autofree char *reason = g_utf8_make_valid (local_error->message, -1);

      g_set_error (error, RT_JSON_ERROR, RT_JSON_ERROR_SYNTAX,
                   _("The committee file is not valid JSON: %s"), reason);
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
  import.now = rt_now_iso8601 ();

  ok = rt_committee_begin_change (self, NULL, error);
  if (ok)
    {
      ok = import_root (&import, self, object, flags, error);
      /* Files of format 1 do not say who is a member: roles tell. */
      if (ok && json_node_get_int (version) < 2)
        ok = rt_committee_guess_person_kinds (self, error);
      /* The import may replace every row: all of them are news. */
      if (ok)
        rt_committee_mark_all_changed (self);
      ok = rt_committee_end_change (self, ok, error);
    }

  g_hash_table_unref (import.positions);
  g_free (import.where);
  g_free (import.now);

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
  /* A log left beside a file that is gone (deleted after a crash) would
   * be replayed into the new committee once it is renamed into place. */
  remove_database (path);

  if (!(committee = rt_committee_open (part, RT_STORE_OPEN_CREATE, error)) ||
      !rt_committee_import_json (committee, data, length, RT_JSON_IMPORT_DEFAULT, error))
    goto failed;

  /* Closing checkpoints the WAL into the one file that is renamed, but says
   * nothing when that fails; checkpointed first, a full disk is an error
   * here, not a file that silently lacks what stayed in its log. */
  if (!rt_store_checkpoint (rt_committee_get_store (committee), error))
    goto failed;
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
