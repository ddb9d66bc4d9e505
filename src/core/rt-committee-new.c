/* rt-committee-new.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-new"

#include "config.h"

#include <json-glib/json-glib.h>
#include "rt-committee.h"


/* New committee files. Both kinds start from the sample committee's JSON, so
 * that the national discussion points (第3回【資料2】, with the proposals of
 * the 平成24年度答申) are written down once, and both go through
 * rt_committee_create_from_json(), so that a failure leaves no file behind. */

static JsonObject *
parse_sample (GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  JsonNode *root;
  gsize length;

  if (!(json = rt_sample_committee_json (&length, error)) ||
      !json_parser_load_from_data (parser, json, length, error))
    return NULL;

  root = json_parser_get_root (parser);
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));

  return json_object_ref (json_node_get_object (root));
}

static RtCommittee *
create_from_object (const char  *path,
                    JsonObject  *object,
                    GError     **error)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  gsize length;

  json_node_set_object (root, object);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);

  return rt_committee_create_from_json (path, json, length, error);
}

static JsonObject *
committee_object (const char *name,
                  const char *description)
{
  JsonObject *committee = json_object_new ();

  json_object_set_string_member (committee, "name", name ? name : "");
  json_object_set_string_member (committee, "description", description ? description : "");

  return committee;
}

/* The sample's frameworks and their points, as they stand before any
 * meeting: no directions, nothing discussed. */
static JsonArray *
copy_frameworks (JsonObject *sample)
{
  JsonArray *frameworks = json_object_get_array_member (sample, "frameworks");
  JsonArray *copy = json_array_new ();

  g_assert (frameworks != NULL);

  for (guint i = 0; i < json_array_get_length (frameworks); i++)
    {
      JsonObject *framework = json_array_get_object_element (frameworks, i);
      JsonArray *points = json_object_get_array_member (framework, "points");
      JsonObject *framework_copy = json_object_new ();
      JsonArray *points_copy = json_array_new ();

      json_object_set_int_member (framework_copy, "id", json_object_get_int_member (framework, "id"));
      json_object_set_string_member (framework_copy, "name", json_object_get_string_member (framework, "name"));
      json_object_set_string_member (framework_copy, "description",
                                     json_object_get_string_member (framework, "description"));

      for (guint j = 0; points != NULL && j < json_array_get_length (points); j++)
        {
          JsonObject *point = json_array_get_object_element (points, j);
          JsonObject *point_copy = json_object_new ();
          static const char * const members[] = { "title", "question", "note" };

          json_object_set_int_member (point_copy, "id", json_object_get_int_member (point, "id"));
          json_object_set_int_member (point_copy, "number", json_object_get_int_member (point, "number"));
          for (guint k = 0; k < G_N_ELEMENTS (members); k++)
            json_object_set_string_member (point_copy, members[k],
                                           json_object_get_string_member_with_default (point, members[k], ""));
          json_object_set_string_member (point_copy, "status", "undiscussed");
          json_object_set_member (point_copy, "proposals",
                                  json_node_copy (json_object_get_member (point, "proposals")));
          json_object_set_array_member (point_copy, "directions", json_array_new ());
          json_array_add_object_element (points_copy, point_copy);
        }

      json_object_set_array_member (framework_copy, "points", points_copy);
      json_array_add_object_element (copy, framework_copy);
    }

  return copy;
}

/**
 * rt_committee_create_empty:
 * @path: a committee file that must not exist yet
 * @name: (nullable): the committee's name
 * @with_national_points: whether to start with the framework of the nine
 *   national discussion points and their proposals
 *
 * Creates a committee with no meetings, people, themes or cards.
 *
 * Returns: (transfer full): the new committee, opened, or %NULL with @error set
 */
RtCommittee *
rt_committee_create_empty (const char  *path,
                           const char  *name,
                           gboolean     with_national_points,
                           GError     **error)
{
  g_autoptr(JsonObject) object = json_object_new ();

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  json_object_set_string_member (object, "format", RT_JSON_FORMAT);
  json_object_set_int_member (object, "version", RT_JSON_FORMAT_VERSION);
  json_object_set_object_member (object, "committee", committee_object (name, NULL));

  if (with_national_points)
    {
      g_autoptr(JsonObject) sample = NULL;

      if (!(sample = parse_sample (error)))
        return NULL;

      json_object_set_array_member (object, "frameworks", copy_frameworks (sample));
    }

  return create_from_object (path, object, error);
}

/**
 * rt_committee_create_sample:
 * @path: a committee file that must not exist yet
 * @name: (nullable): the committee's name; %NULL or empty keeps the sample's
 *
 * Creates a copy of the sample committee, to try Ronten on.
 *
 * Returns: (transfer full): the new committee, opened, or %NULL with @error set
 */
RtCommittee *
rt_committee_create_sample (const char  *path,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(JsonObject) sample = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(sample = parse_sample (error)))
    return NULL;

  if (name != NULL && name[0] != '\0')
    {
      JsonObject *committee = json_object_get_object_member (sample, "committee");

      json_object_set_object_member (sample, "committee",
                                     committee_object (name, json_object_get_string_member (committee, "description")));
    }

  return create_from_object (path, sample, error);
}
