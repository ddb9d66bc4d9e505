/* test-json.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the committee JSON format: export and import round trips, and
 * every kind of bad input refused with the right error, leaving the target
 * committee exactly as it was.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-table.h"
#include <sqlite3.h>
#include "rt-test-util.h"

/* Helpers */

typedef struct
{
  char        *dir;
  char        *path;
  char        *sample;
  gsize        sample_length;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->committee = rt_test_create_sample ("ronten-test-json-XXXXXX", &fixture->dir,
                                              &fixture->path, &fixture->sample,
                                              &fixture->sample_length);
  g_assert_nonnull (fixture->sample);
  g_assert_cmpuint (fixture->sample_length, ==, strlen (fixture->sample));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->committee != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->committee));

  rt_test_remove_tree (fixture->dir);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&fixture->sample, g_free);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static RtCommitteeStats
get_stats (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  RtCommitteeStats stats;

  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_no_error (error);

  return stats;
}

static JsonNode *
parse (const char *json,
       gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, length, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

/* Changes the member at @path ("cards/0/id": members of objects, indexes of
 * arrays) of @root to the JSON @value, or removes it when @value is NULL. */
static void
mutate (JsonNode   *root,
        const char *path,
        const char *value)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  guint n = g_strv_length (parts);
  JsonNode *node = root;
  JsonObject *parent;

  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i + 1 < n; i++)
    {
      if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          guint index = (guint)g_ascii_strtoull (parts[i], NULL, 10);

          g_assert_cmpuint (index, <, json_array_get_length (array));
          node = json_array_get_element (array, index);
        }
      else
        {
          g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
          node = json_object_get_member (json_node_get_object (node), parts[i]);
          g_assert_nonnull (node);
        }
    }

  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  parent = json_node_get_object (node);

  if (value == NULL)
    {
      g_assert_true (json_object_has_member (parent, parts[n - 1]));
      json_object_remove_member (parent, parts[n - 1]);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      JsonNode *replacement = json_from_string (value, &error);

      g_assert_no_error (error);
      g_assert_nonnull (replacement);
      json_object_set_member (parent, parts[n - 1], replacement);
    }
}

static char *
mutated_sample (Fixture    *fixture,
                const char *path,
                const char *value)
{
  g_autoptr(JsonNode) root = parse (fixture->sample, fixture->sample_length);

  mutate (root, path, value);

  return json_to_string (root, FALSE);
}

static void
on_store_changed (RtStore *store,
                  guint    tables,
                  guint   *n_emissions)
{
  (*n_emissions)++;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* Round trips */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = fixture_path (fixture, "copy.ronten");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  gsize first_length = 0, second_length = 0;
  RtCommittee *copy;

  first = rt_test_export (fixture->committee, &first_length);
  g_assert_cmpuint (first_length, ==, strlen (first));
  g_assert_true (g_utf8_validate (first, first_length, NULL));

  copy = rt_committee_create_from_json (copy_path, first, first_length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  second = rt_test_export (copy, &second_length);
  g_assert_cmpuint (second_length, ==, first_length);
  g_assert_cmpstr (second, ==, first);

  /* Replacing a committee with its own export changes nothing either. */
  g_assert_true (rt_committee_import_json (copy, second, second_length, RT_JSON_IMPORT_REPLACE,
                                           &error));
  g_assert_no_error (error);
  third = rt_test_export (copy, NULL);
  g_assert_cmpstr (third, ==, first);

  g_assert_finalize_object (copy);
}

/* The export of the sample says what data/sample-committee.json says. */
static void
test_sample_equal (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = rt_test_export (fixture->committee, NULL);
  g_autofree char *source = NULL;
  g_autoptr(JsonNode) exported_root = NULL;
  g_autoptr(JsonNode) source_root = NULL;
  g_autoptr(JsonNode) resource_root = NULL;
  const char *source_dir = g_getenv ("RT_SOURCE_DIR");
  gsize source_length = 0;

  if (source_dir != NULL)
    {
      g_autofree char *path = g_build_filename (source_dir, "data", "sample-committee.json", NULL);

      g_file_get_contents (path, &source, &source_length, &error);
      g_assert_no_error (error);
    }
  else
    {
      g_test_message ("RT_SOURCE_DIR is not set; comparing with the built-in copy only");
      source = g_strdup (fixture->sample);
      source_length = fixture->sample_length;
    }

  exported_root = parse (exported, -1);
  source_root = parse (source, source_length);
  resource_root = parse (fixture->sample, fixture->sample_length);

  g_assert_true (json_node_equal (resource_root, source_root));
  g_assert_true (json_node_equal (exported_root, source_root));

  /* The comparison itself can tell a difference. */
  mutate (exported_root, "cards/45/text", "\"違う\"");
  g_assert_false (json_node_equal (exported_root, source_root));
}

/* Orders and positions a committee arrived at by editing, not by import,
 * survive a round trip. */
static void
test_round_trip_edited (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = fixture_path (fixture, "edited.ronten");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  RtCommittee *committee = fixture->committee;
  RtCommittee *copy;
  const gint64 moving[] = { 9, 3, 17 };
  gint64 person, label, theme, card;

  g_assert_true (rt_committee_move_cards (committee, moving, G_N_ELEMENTS (moving), 2, 1, &error));
  g_assert_no_error (error);
  g_assert_true (rt_committee_move_cards (committee, (gint64[]) { 40 }, 1, 0, 0, &error));
  g_assert_no_error (error);
  person = rt_committee_add_person (committee, "佐藤", "委員", &error);
  g_assert_no_error (error);
  label = rt_committee_add_label (committee, "資料2", &error);
  g_assert_no_error (error);
  theme = rt_committee_add_theme (committee, label, "新しいテーマ", "#000000", &error);
  g_assert_no_error (error);
  card = rt_committee_add_card (committee,
                                &(RtCardDraft) {
                                  .text = "改行\nと \"引用符\" と \\ と タブ\t",
                                  .speaker_id = person,
                                  .meeting_id = 3,
                                  .theme_id = theme,
                                  .status = RT_CARD_STATUS_HOLD,
                                  .visibility = RT_VISIBILITY_ANONYMOUS,
                                },
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (card, >, 0);
  g_assert_true (rt_committee_delete_cards (committee, (gint64[]) { 5 }, 1, &error));
  g_assert_no_error (error);
  g_assert_true (rt_committee_set_name (committee, "編集後の委員会", &error));
  g_assert_no_error (error);

  first = rt_test_export (committee, NULL);
  copy = rt_committee_create_from_json (copy_path, first, -1, &error);
  g_assert_no_error (error);
  second = rt_test_export (copy, NULL);
  g_assert_cmpstr (second, ==, first);

  /* The lists of the copy are in the edited order. */
  {
    g_autoptr(GListModel) original_cards = rt_committee_list_cards (committee, 2);
    g_autoptr(GListModel) copied_cards = rt_committee_list_cards (copy, 2);
    g_autoptr(RtCard) second_card = g_list_model_get_item (copied_cards, 1);

    g_assert_cmpuint (g_list_model_get_n_items (copied_cards), ==,
                      g_list_model_get_n_items (original_cards));
    g_assert_cmpint (rt_card_get_id (second_card), ==, 9);
  }
  g_assert_cmpint (rt_card_get_visibility (rt_committee_lookup (copy, RT_KIND_CARD, card)), ==,
                   RT_VISIBILITY_ANONYMOUS);
  g_assert_cmpstr (rt_card_get_text (rt_committee_lookup (copy, RT_KIND_CARD, card)), ==,
                   "改行\nと \"引用符\" と \\ と タブ\t");

  g_assert_finalize_object (copy);
}

/* Bad input */

typedef struct
{
  const char *name;
  const char *text;      /* the whole input, or NULL to change the sample */
  gssize      length;    /* of text; -1 when it ends at its nul */
  const char *path;      /* what to change in the sample */
  const char *value;     /* the JSON put there; NULL removes the member */
  RtJsonError code;
} BadInput;

#define EMBEDDED_NUL "{\"format\": \"ronten-committee\",\0 \"version\": 1}"

static const BadInput bad_inputs[] = {
  /* Not JSON at all */
  /* json-glib reads nothing as no value at all: not a committee. */
  { "empty", "", 0, NULL, NULL, RT_JSON_ERROR_INVALID },
  { "prose", "これはJSONではありません", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  { "cut-short", "{\"format\": \"ronten-committee\", \"version\": 1, \"cards\": [", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  { "trailing-garbage", "{\"format\": \"ronten-committee\", \"version\": 1}}", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  { "not-utf8", "{\"format\": \"ronten-committee\", \"version\": 1, \"committee\": {\"name\": \"\xff\xfe\"}}", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  { "shift-jis", "{\"format\": \"ronten-committee\", \"version\": 1, \"committee\": {\"name\": \"\x88\xcf\x88\xf5\x89\xef\"}}", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  /* json-glib quotes the bytes where it stopped, here in the middle of 町長
   * (found by fuzz-json): the message must still be valid UTF-8. */
  { "stops-inside-character", "{\n\"format\": \"roqqqqqqqqqqqqqqqqnten-commi\xe7\x94\xba\xe9\x95\xb7ttesecretversion\": 1\n}", -1, NULL, NULL, RT_JSON_ERROR_SYNTAX },
  { "embedded-nul", EMBEDDED_NUL, sizeof (EMBEDDED_NUL) - 1, NULL, NULL, RT_JSON_ERROR_SYNTAX },

  /* JSON, but not a committee */
  { "array-root", "[]", -1, NULL, NULL, RT_JSON_ERROR_INVALID },
  { "committee-in-array", "[{\"format\": \"ronten-committee\", \"version\": 1}]", -1, NULL, NULL, RT_JSON_ERROR_INVALID },
  { "string-root", "\"ronten-committee\"", -1, NULL, NULL, RT_JSON_ERROR_INVALID },
  { "null-root", "null", -1, NULL, NULL, RT_JSON_ERROR_INVALID },
  { "missing-format", NULL, 0, "format", NULL, RT_JSON_ERROR_INVALID },
  { "other-format", NULL, 0, "format", "\"ronten-minutes\"", RT_JSON_ERROR_INVALID },
  { "format-not-string", NULL, 0, "format", "1", RT_JSON_ERROR_INVALID },
  { "missing-version", NULL, 0, "version", NULL, RT_JSON_ERROR_INVALID },
  { "version-zero", NULL, 0, "version", "0", RT_JSON_ERROR_INVALID },
  { "version-string", NULL, 0, "version", "\"1\"", RT_JSON_ERROR_INVALID },
  { "version-fraction", NULL, 0, "version", "1.5", RT_JSON_ERROR_INVALID },
  { "newer-version", NULL, 0, "version", "3", RT_JSON_ERROR_NEWER_VERSION },
  { "much-newer-version", NULL, 0, "version", "1000", RT_JSON_ERROR_NEWER_VERSION },

  /* Wrong types */
  { "string-for-int", NULL, 0, "cards/0/id", "\"1\"", RT_JSON_ERROR_INVALID },
  { "fraction-for-int", NULL, 0, "meetings/0/number", "1.5", RT_JSON_ERROR_INVALID },
  { "bool-for-int", NULL, 0, "cards/3/speaker", "true", RT_JSON_ERROR_INVALID },
  { "object-for-array", NULL, 0, "cards", "{}", RT_JSON_ERROR_INVALID },
  { "string-for-array", NULL, 0, "people/0/aliases", "\"金尾委員長\"", RT_JSON_ERROR_INVALID },
  { "object-for-points", NULL, 0, "frameworks/0/points", "{}", RT_JSON_ERROR_INVALID },
  { "int-for-string", NULL, 0, "cards/0/text", "5", RT_JSON_ERROR_INVALID },
  { "array-for-string", NULL, 0, "labels/1/name", "[\"資料1-2\"]", RT_JSON_ERROR_INVALID },
  { "null-text", NULL, 0, "cards/0/text", "null", RT_JSON_ERROR_INVALID },
  { "null-id", NULL, 0, "cards/0/id", "null", RT_JSON_ERROR_INVALID },
  { "missing-id", NULL, 0, "themes/7/id", NULL, RT_JSON_ERROR_INVALID },
  { "zero-id", NULL, 0, "people/12/id", "0", RT_JSON_ERROR_INVALID },
  { "negative-id", NULL, 0, "cards/45/id", "-46", RT_JSON_ERROR_INVALID },
  { "huge-id", NULL, 0, "cards/45/id", "4294967343", RT_JSON_ERROR_INVALID },
  { "int-alias", NULL, 0, "people/0/aliases", "[1]", RT_JSON_ERROR_INVALID },
  { "int-card", NULL, 0, "cards", "[1]", RT_JSON_ERROR_INVALID },
  { "committee-array", NULL, 0, "committee", "[]", RT_JSON_ERROR_INVALID },
  { "committee-name-int", NULL, 0, "committee/name", "1", RT_JSON_ERROR_INVALID },
  { "direction-string", NULL, 0, "frameworks/0/points/0/directions", "[\"方向性\"]", RT_JSON_ERROR_INVALID },
  { "pair-of-one", NULL, 0, "card_points", "[[25]]", RT_JSON_ERROR_INVALID },
  { "pair-with-string", NULL, 0, "card_points", "[[25, \"1\"]]", RT_JSON_ERROR_INVALID },
  { "position-string", NULL, 0, "map_positions", "[{\"kind\": \"card\", \"id\": 1, \"x\": \"0\", \"y\": 0}]", RT_JSON_ERROR_INVALID },
  { "position-pinned-int", NULL, 0, "map_positions", "[{\"kind\": \"card\", \"id\": 1, \"x\": 0, \"y\": 0, \"pinned\": 1}]", RT_JSON_ERROR_INVALID },

  /* Unknown values of enumerations */
  { "card-status", NULL, 0, "cards/0/status", "\"done\"", RT_JSON_ERROR_INVALID },
  { "card-visibility", NULL, 0, "cards/10/visibility", "\"secret\"", RT_JSON_ERROR_INVALID },
  { "point-status", NULL, 0, "frameworks/0/points/8/status", "\"finished\"", RT_JSON_ERROR_INVALID },
  { "position-kind", NULL, 0, "map_positions", "[{\"kind\": \"nonsense\", \"id\": 1, \"x\": 0, \"y\": 0}]", RT_JSON_ERROR_INVALID },

  /* References to rows that do not exist */
  { "dangling-speaker", NULL, 0, "cards/0/speaker", "999", RT_JSON_ERROR_INVALID },
  { "dangling-meeting", NULL, 0, "cards/20/meeting", "4", RT_JSON_ERROR_INVALID },
  { "dangling-theme", NULL, 0, "cards/45/theme", "999", RT_JSON_ERROR_INVALID },
  { "dangling-label", NULL, 0, "themes/0/label", "3", RT_JSON_ERROR_INVALID },
  { "dangling-source", NULL, 0, "cards/0/source", "1", RT_JSON_ERROR_INVALID },
  { "dangling-card-point", NULL, 0, "card_points", "[[999, 1]]", RT_JSON_ERROR_INVALID },
  { "dangling-theme-point", NULL, 0, "theme_points", "[[1, 999]]", RT_JSON_ERROR_INVALID },

  /* Duplicates */
  { "duplicate-card-id", NULL, 0, "cards/1/id", "1", RT_JSON_ERROR_INVALID },
  { "duplicate-person-id", NULL, 0, "people/12/id", "1", RT_JSON_ERROR_INVALID },
  { "duplicate-point-id", NULL, 0, "frameworks/0/points/8/id", "1", RT_JSON_ERROR_INVALID },
  { "duplicate-meeting-number", NULL, 0, "meetings/1/number", "1", RT_JSON_ERROR_INVALID },
  { "duplicate-alias", NULL, 0, "people/1/aliases", "[\"金尾委員長\"]", RT_JSON_ERROR_INVALID },
  { "duplicate-link", NULL, 0, "card_points", "[[25, 1], [25, 1]]", RT_JSON_ERROR_INVALID },

  /* Too deep for the parser */
  { "deep-arrays", NULL, 0, "cards/0/extra", NULL, RT_JSON_ERROR_INVALID },
};

static char *
deep_nesting (guint depth)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');

  return g_string_free (s, FALSE);
}

static char *
bad_input_text (Fixture        *fixture,
                const BadInput *c,
                gsize          *length)
{
  char *text;

  if (c->text != NULL)
    {
      *length = c->length < 0 ? strlen (c->text) : (gsize)c->length;
      return g_memdup2 (c->text, *length + 1);
    }

  if (g_str_equal (c->name, "deep-arrays"))
    {
      g_autofree char *deep = deep_nesting (100);

      text = mutated_sample (fixture, c->path, deep);
    }
  else
    text = mutated_sample (fixture, c->path, c->value);

  *length = strlen (text);
  return text;
}

/* Every bad input is refused with its error, and the committee it was to
 * replace is left as it was: the same export, the same file, no signal. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  RtStore *store = rt_committee_get_store (committee);
  g_autoptr(GListModel) column = rt_committee_list_cards (committee, 1);
  g_autofree char *before = rt_test_export (committee, NULL);
  g_autoptr(GBytes) file_before = rt_test_read_bytes (fixture->path);
  RtCommitteeStats stats_before = get_stats (committee);
  g_autofree char *new_path = fixture_path (fixture, "new.ronten");
  g_autofree char *part_path = fixture_path (fixture, "new.ronten.part");
  guint n_emissions = 0, n_changes = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &n_emissions);
  g_signal_connect (column, "items-changed", G_CALLBACK (on_items_changed), &n_changes);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      const BadInput *c = &bad_inputs[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GBytes) file_after = NULL;
      RtCommitteeStats stats_after;
      RtCommittee *created;
      gsize length = 0;

      g_test_message ("case %s", c->name);
      text = bad_input_text (fixture, c, &length);

      g_assert_false (rt_committee_import_json (committee, text, length, RT_JSON_IMPORT_REPLACE,
                                                &error));
      g_assert_error (error, RT_JSON_ERROR, (int)c->code);
      g_assert_nonnull (error->message);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);

      g_assert_false (rt_store_in_transaction (store));
      after = rt_test_export (committee, NULL);
      g_assert_cmpstr (after, ==, before);
      stats_after = get_stats (committee);
      g_assert_cmpmem (&stats_after, sizeof stats_after, &stats_before, sizeof stats_before);
      file_after = rt_test_read_bytes (fixture->path);
      g_assert_true (g_bytes_equal (file_after, file_before));
      g_assert_cmpuint (n_emissions, ==, 0);
      g_assert_cmpuint (n_changes, ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (column), ==, 9);

      /* A new committee made of it fails the same way and leaves no file. */
      created = rt_committee_create_from_json (new_path, text, length, &error);
      g_assert_null (created);
      g_assert_error (error, RT_JSON_ERROR, (int)c->code);
      g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (part_path, G_FILE_TEST_EXISTS));
    }

  g_signal_handlers_disconnect_by_data (store, &n_emissions);
  g_signal_handlers_disconnect_by_data (column, &n_changes);
}

/* Nesting deeper than any committee needs is refused before parsing, so that
 * the recursive parser cannot run out of stack; a crash here would take the
 * test program down, hence the child process. */
static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *before = rt_test_export (fixture->committee, NULL);
      g_autofree char *after = NULL;
      GString *texts[3];
      gint64 start = g_get_monotonic_time ();

      texts[0] = g_string_new (NULL);
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (texts[0], '[');

      texts[1] = g_string_new (NULL);
      for (guint i = 0; i < 100000; i++)
        g_string_append (texts[1], "{\"a\":");
      g_string_append_c (texts[1], '1');
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (texts[1], '}');

      texts[2] = g_string_new ("{\"format\": \"ronten-committee\", \"version\": 1, \"extra\": ");
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (texts[2], '[');
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (texts[2], ']');
      g_string_append_c (texts[2], '}');

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_false (rt_committee_import_json (fixture->committee,
                                                    texts[i]->str, texts[i]->len,
                                                    RT_JSON_IMPORT_REPLACE, &error));
          g_assert_error (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID);
          g_string_free (texts[i], TRUE);
        }

      after = rt_test_export (fixture->committee, NULL);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC * rt_test_time_factor ());
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Brackets count only outside strings, and modest nesting in members the
 * format does not know is fine: such members are ignored. */
static void
test_nesting_allowed (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rt_test_export (fixture->committee, NULL);
  g_autofree char *deep = deep_nesting (50);
  g_autofree char *brackets = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonNode) root = parse (fixture->sample, fixture->sample_length);
  g_autofree char *text = NULL;
  GString *s = g_string_new ("\"\\\"");

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, i % 2 ? '{' : '[');
  g_string_append_c (s, '"');
  brackets = g_string_free (s, FALSE);

  mutate (root, "extra", deep);
  mutate (root, "cards/0/extra", brackets);
  mutate (root, "committee/description", brackets);
  text = json_to_string (root, FALSE);

  g_assert_true (rt_committee_import_json (fixture->committee, text, -1, RT_JSON_IMPORT_REPLACE,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rt_committee_get_description (fixture->committee)), ==, 100001);

  /* Apart from the description, the committee is the sample again. */
  g_assert_true (rt_committee_import_json (fixture->committee, fixture->sample, -1,
                                           RT_JSON_IMPORT_REPLACE, &error));
  g_assert_no_error (error);
  after = rt_test_export (fixture->committee, NULL);
  g_assert_cmpstr (after, ==, before);
}

static void
test_huge_string (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "huge.ronten");
  g_autoptr(JsonNode) root = parse (fixture->sample, fixture->sample_length);
  g_autoptr(JsonNode) value = json_node_new (JSON_NODE_VALUE);
  g_autofree char *text = NULL;
  g_autofree char *exported = NULL;
  GString *huge = g_string_sized_new (20 * 1024 * 1024 + 16);
  RtCommittee *committee;
  RtCommitteeStats stats;
  JsonArray *cards;
  RtCard *card;
  gint64 start, elapsed;
  gsize huge_length;

  while (huge->len < 20 * 1024 * 1024)
    g_string_append (huge, "市民協働支援センター、");
  huge_length = huge->len;
  json_node_set_string (value, huge->str);
  g_string_free (huge, TRUE);
  cards = json_object_get_array_member (json_node_get_object (root), "cards");
  json_object_set_member (json_array_get_object_element (cards, 0), "text",
                          g_steal_pointer (&value));
  text = json_to_string (root, FALSE);
  g_clear_pointer (&root, json_node_unref);
  g_assert_cmpuint (strlen (text), >, 20 * 1024 * 1024);

  start = g_get_monotonic_time ();
  committee = rt_committee_create_from_json (path, text, -1, &error);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("importing %" G_GSIZE_FORMAT " bytes took %.2f s",
                  strlen (text), elapsed / (double)G_USEC_PER_SEC);

  /* Either it is imported whole, or refused cleanly; never cut. */
  if (committee == NULL)
    {
      g_assert_error (error, RT_JSON_ERROR, RT_JSON_ERROR_TOO_LARGE);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  else
    {
      g_assert_no_error (error);
      card = rt_committee_lookup (committee, RT_KIND_CARD, 1);
      g_assert_cmpuint (strlen (rt_card_get_text (card)), ==, huge_length);
      g_assert_true (rt_committee_get_stats (committee, &stats, &error));
      g_assert_cmpuint (stats.cards, ==, 46);
      exported = rt_test_export (committee, NULL);
      g_assert_cmpuint (strlen (exported), >, huge_length);
      g_assert_finalize_object (committee);
    }

  g_assert_cmpint (elapsed, <, 5 * G_USEC_PER_SEC * rt_test_time_factor ());
}

static void
test_not_empty (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rt_test_export (fixture->committee, NULL);
  g_autofree char *after = NULL;
  g_autofree char *path = fixture_path (fixture, "one-meeting.ronten");
  g_autoptr(RtCommittee) small = NULL;
  gboolean empty = TRUE;

  g_assert_true (rt_committee_is_empty (fixture->committee, &empty, &error));
  g_assert_false (empty);

  g_assert_false (rt_committee_import_json (fixture->committee, fixture->sample, -1,
                                            RT_JSON_IMPORT_DEFAULT, &error));
  g_assert_error (error, RT_JSON_ERROR, RT_JSON_ERROR_NOT_EMPTY);
  g_clear_error (&error);
  after = rt_test_export (fixture->committee, NULL);
  g_assert_cmpstr (after, ==, before);

  /* One meeting is content; a name alone is not. */
  small = rt_committee_open (path, RT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_is_empty (small, &empty, &error));
  g_assert_true (empty);
  rt_committee_set_name (small, "名前だけ", &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_is_empty (small, &empty, &error));
  g_assert_true (empty);
  rt_committee_add_meeting (small, 1, "第1回", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_is_empty (small, &empty, &error));
  g_assert_false (empty);

  g_assert_false (rt_committee_import_json (small, fixture->sample, -1, RT_JSON_IMPORT_DEFAULT,
                                            &error));
  g_assert_error (error, RT_JSON_ERROR, RT_JSON_ERROR_NOT_EMPTY);
  g_clear_error (&error);
  g_assert_cmpuint (get_stats (small).meetings, ==, 1);
  g_assert_cmpuint (get_stats (small).cards, ==, 0);

  /* With REPLACE, the same import goes through. */
  g_assert_true (rt_committee_import_json (small, fixture->sample, -1, RT_JSON_IMPORT_REPLACE,
                                           &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = rt_test_export (small, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_finalize_object (g_steal_pointer (&small));
}

/* A replacing import reaches the committee's objects and lists. */
static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (fixture->sample, fixture->sample_length);
  g_autoptr(GListModel) column = rt_committee_list_cards (fixture->committee, 1);
  RtStore *store = rt_committee_get_store (fixture->committee);
  JsonArray *cards;
  RtTheme *theme;
  RtCard *card;
  g_autofree char *text = NULL;
  RtCommitteeStats stats;
  guint n_emissions = 0, n_changes = 0;

  /* Keep the first three cards, and no links to the others. */
  cards = json_object_get_array_member (json_node_get_object (root), "cards");
  while (json_array_get_length (cards) > 3)
    json_array_remove_element (cards, json_array_get_length (cards) - 1);
  mutate (root, "card_points", "[]");
  mutate (root, "followups", "[]");
  mutate (root, "response_cards", "[]");
  mutate (root, "committee/name", "\"置き換えた委員会\"");
  text = json_to_string (root, TRUE);

  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &n_emissions);
  g_signal_connect (column, "items-changed", G_CALLBACK (on_items_changed), &n_changes);

  g_assert_true (rt_committee_import_json (fixture->committee, text, -1, RT_JSON_IMPORT_REPLACE,
                                           &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_emissions, ==, 1);
  g_assert_cmpuint (n_changes, >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 3);
  g_assert_cmpstr (rt_committee_get_name (fixture->committee), ==, "置き換えた委員会");
  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_CARD, 4));
  card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, 1);
  g_assert_cmpstr (rt_card_get_points (card), ==, "");
  theme = rt_committee_lookup (fixture->committee, RT_KIND_THEME, 1);
  g_assert_cmpint (rt_theme_get_n_cards (theme), ==, 3);
  theme = rt_committee_lookup (fixture->committee, RT_KIND_THEME, 2);
  g_assert_cmpint (rt_theme_get_n_cards (theme), ==, 0);

  stats = get_stats (fixture->committee);
  g_assert_cmpuint (stats.cards, ==, 3);
  g_assert_cmpuint (stats.card_point_links, ==, 0);
  g_assert_cmpuint (stats.theme_point_links, ==, 3);
  g_assert_cmpuint (stats.speakers, ==, 13);

  g_signal_handlers_disconnect_by_data (store, &n_emissions);
  g_signal_handlers_disconnect_by_data (column, &n_changes);
}

/* Members the format does not know are ignored; members it knows but that
 * are missing take their defaults. */
static void
test_lenient (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "minimal.ronten");
  g_autofree char *with_extra = mutated_sample (fixture, "future", "{\"member\": [1, 2, 3]}");
  g_autofree char *before = rt_test_export (fixture->committee, NULL);
  g_autofree char *after = NULL;
  RtCommittee *minimal;
  RtCommitteeStats stats;
  RtCard *card;

  g_assert_true (rt_committee_import_json (fixture->committee, with_extra, -1,
                                           RT_JSON_IMPORT_REPLACE, &error));
  g_assert_no_error (error);
  after = rt_test_export (fixture->committee, NULL);
  g_assert_cmpstr (after, ==, before);

  minimal = rt_committee_create_from_json (path,
                                           "{\"format\": \"ronten-committee\", \"version\": 1,"
                                           " \"cards\": [{\"id\": 7, \"text\": \"最小\"}]}",
                                           -1, &error);
  g_assert_no_error (error);
  stats = get_stats (minimal);
  g_assert_cmpuint (stats.cards, ==, 1);
  g_assert_cmpuint (stats.inbox, ==, 1);
  g_assert_cmpuint (stats.meetings, ==, 0);
  card = rt_committee_lookup (minimal, RT_KIND_CARD, 7);
  g_assert_nonnull (card);
  g_assert_cmpstr (rt_card_get_text (card), ==, "最小");
  g_assert_cmpint (rt_card_get_status (card), ==, RT_CARD_STATUS_NEW);
  g_assert_cmpint (rt_card_get_visibility (card), ==, RT_VISIBILITY_PUBLIC);
  g_assert_cmpstr (rt_card_get_created (card), !=, "");
  g_assert_cmpstr (rt_committee_get_name (minimal), ==, "");
  g_assert_finalize_object (minimal);
}

static void
test_create_existing (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  /* Close the committee so that the file on disk is complete. */
  g_assert_finalize_object (g_steal_pointer (&fixture->committee));
  before = rt_test_read_bytes (fixture->path);

  g_assert_null (rt_committee_create_from_json (fixture->path, fixture->sample, -1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);

  after = rt_test_read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (after, before));
}

/* A file of format 1 (Ronten 0.1) has no kinds of people: they come from roles. */
static void
test_version_1 (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = json_from_string (fixture->sample, &error);
  g_autofree char *path = fixture_path (fixture, "v1.ronten");
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *text = NULL;
  JsonArray *people;
  GListModel *list;
  guint officials = 0, secretariat = 0;

  g_assert_no_error (error);
  json_object_set_int_member (json_node_get_object (root), "version", 1);
  json_object_remove_member (json_node_get_object (root), "attendance");
  people = json_object_get_array_member (json_node_get_object (root), "people");
  for (guint i = 0; i < json_array_get_length (people); i++)
    json_object_remove_member (json_array_get_object_element (people, i), "kind");
  text = json_to_string (root, FALSE);

  committee = rt_committee_create_from_json (path, text, -1, &error);
  g_assert_no_error (error);
  list = rt_committee_get_people (committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (list, i);

      officials += rt_person_get_kind (person) == RT_PERSON_KIND_OFFICIAL;
      secretariat += rt_person_get_kind (person) == RT_PERSON_KIND_SECRETARIAT;
    }
  g_assert_cmpuint (officials, ==, 2);     /* 市長, 副市長 */
  g_assert_cmpuint (secretariat, ==, 2);   /* 事務局, 準備室 */
}

static void
add_spec_tables (GHashTable        *tables,
                 const RtTableSpec *spec)
{
  g_hash_table_add (tables, (gpointer)spec->table);
  for (guint i = 0; spec->children != NULL && spec->children[i] != NULL; i++)
    add_spec_tables (tables, spec->children[i]);
}

/* Every table of the committee file is in the JSON format: a table added
 * without its RtTableSpec would be lost by an export. */
static void
test_every_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GHashTable) covered = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;

  g_hash_table_add (covered, (gpointer)"committee");
  for (guint i = 0; rt_committee_tables[i] != NULL; i++)
    add_spec_tables (covered, rt_committee_tables[i]);

  g_assert_cmpint (sqlite3_prepare_v2 (_rt_store_get_db (rt_committee_get_store (fixture->committee)),
                                       "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *)sqlite3_column_text (stmt, 0);

      if (!g_hash_table_contains (covered, name))
        g_error ("The table %s is not in the JSON format (rt-table.h)", name);
    }
  sqlite3_finalize (stmt);
}

/* A log left where a committee file was deleted (after a crash, say) is
 * not replayed into a new committee made at that place. */
static void
test_stale_log (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.ronten", NULL);
  g_autofree char *other_log = g_strconcat (other, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(RtCommittee) made = NULL;
  gsize length;

  /* The open committee's log holds a change not yet in its file. */
  g_assert_true (rt_committee_set_name (fixture->committee, "ログだけにある名前", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (log, &contents, &length, &error));
  g_assert_cmpuint (length, >, 0);
  g_assert_true (g_file_set_contents (other_log, contents, length, &error));

  made = rt_committee_create_from_json (other, fixture->sample, fixture->sample_length, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_committee_get_name (made), !=, "ログだけにある名前");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/json/round-trip", test_round_trip);
  ADD ("/ronten/json/stale-log", test_stale_log);
  ADD ("/ronten/json/sample-equal", test_sample_equal);
  ADD ("/ronten/json/round-trip-edited", test_round_trip_edited);
  ADD ("/ronten/json/bad-input", test_bad_input);
  ADD ("/ronten/json/deep-nesting", test_deep_nesting);
  ADD ("/ronten/json/nesting-allowed", test_nesting_allowed);
  ADD ("/ronten/json/huge-string", test_huge_string);
  ADD ("/ronten/json/not-empty", test_not_empty);
  ADD ("/ronten/json/replace", test_replace);
  ADD ("/ronten/json/lenient", test_lenient);
  ADD ("/ronten/json/create-existing", test_create_existing);
  ADD ("/ronten/json/version-1", test_version_1);
  ADD ("/ronten/json/every-table", test_every_table);

#undef ADD

  return g_test_run ();
}
