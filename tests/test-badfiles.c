/* test-badfiles.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files a user may hand Ronten by mistake: minutes in a wrong encoding or of
 * absurd size, JSON with huge strings everywhere. Each must end, in bounded
 * time, in success or in a clear message — never a crash, a hang or half an
 * import. The cases of damaged committee files are in test-store.c, those of
 * malformed JSON in test-json.c.
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rt-committee-private.h"
#include "rt-import.h"
#include "rt-minutes.h"
#include "rt-test-util.h"

/* Generous: the slowest case takes a few seconds without a sanitizer. */
#define MAX_SECONDS 120

static guint n_tried;

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static char *
export (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  char *json = rt_committee_export_json (committee, NULL, &error);

  g_assert_no_error (error);
  return json;
}

static void
assert_intact (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  RtStore *store = rt_committee_get_store (committee);

  g_assert_false (rt_store_in_transaction (store));
  g_assert_true (rt_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

static void
assert_clear_message (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* Minutes */

/* A line of real minutes, to mix with the bad bytes. */
#define LINE "○林委員　センターの運営は市民と行政が協働して担うべきだと考えます。\n"

static void
append_random (GByteArray *bytes,
               guint32     seed,
               gsize       n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (gsize i = 0; i < n; i++)
    {
      guint8 b = g_rand_int_range (rand, 0, 256);

      g_byte_array_append (bytes, &b, 1);
    }
}

static void
append (GByteArray *bytes,
        const char *data,
        gsize       n)
{
  g_byte_array_append (bytes, (const guint8 *)data, n);
}

#define APPEND(b, lit) append ((b), (lit), sizeof (lit) - 1)
#define REPEAT(b, lit, total) repeat ((b), (lit), sizeof (lit) - 1, (total))

static void
repeat (GByteArray *bytes,
        const char *data,
        gsize       n,
        gsize       total)
{
  while (bytes->len + n <= total)
    append (bytes, data, n);
}

static void make_random (GByteArray *b) { append_random (b, 1, 256 * 1024); }
static void make_random_small (GByteArray *b) { append_random (b, 2, 7); }
static void make_latin1 (GByteArray *b) { REPEAT (b, "Caf\xe9 r\xe9sum\xe9 \xfc" "ber \xe0 la fa\xe7" "on.\n", 64 * 1024); }
/* ASCII with NUL bytes in between, as UTF-16 looks, but with one byte too many
 * and Latin-1 letters: "UTF-16" that really is something else. */
static void make_utf16_latin1 (GByteArray *b) { REPEAT (b, "C\0a\0f\0\xe9\0 \0\xfc\0\n\0", 4096); APPEND (b, "\xe9"); }
static void make_utf16le_no_bom (GByteArray *b) { REPEAT (b, "\x97\x67\xd4\x59\xe1\x54\x1a\xff\x0f\x61\x8b\x89\x02\x30\n\0", 8192); }
static void make_utf16le_lone_surrogate (GByteArray *b) { APPEND (b, "\xff\xfe"); REPEAT (b, "A\0\x00\xd8" "B\0\n\0", 4096); }
static void make_utf16be_odd (GByteArray *b) { APPEND (b, "\xfe\xff\0A\0B\0"); }
static void make_utf16_only_bom (GByteArray *b) { APPEND (b, "\xff\xfe"); }
static void make_utf8_only_bom (GByteArray *b) { APPEND (b, "\xef\xbb\xbf"); }
static void make_utf8_bom_invalid (GByteArray *b) { APPEND (b, "\xef\xbb\xbf" LINE "\xff\xfe\xfd" LINE); }
static void make_overlong (GByteArray *b) { APPEND (b, LINE "\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf" LINE); }
static void make_surrogates_in_utf8 (GByteArray *b) { APPEND (b, LINE "\xed\xa0\x80\xed\xbf\xbf" LINE); }
static void make_truncated_utf8 (GByteArray *b) { APPEND (b, LINE LINE "\xe3\x81"); }
static void make_nul_in_utf8 (GByteArray *b) { APPEND (b, LINE "○降旗委員　意見\0です。\n" LINE); }
static void make_shift_jis_invalid (GByteArray *b) { REPEAT (b, "\x97\xd1\x88\xcf\x88\xf5\x81\x20\xff\x85\x7f\xa0\n", 8192); }
static void make_euc_jp (GByteArray *b) { REPEAT (b, "\xce\xd3\xb0\xd1\xb0\xf7\xa1\xa7\xb0\xd5\xb8\xab\xa4\xc7\xa4\xb9\xa1\xa3\n", 16 * 1024); }
static void make_empty (GByteArray *b) { }
static void make_whitespace (GByteArray *b) { REPEAT (b, "\xe3\x80\x80 \t\r\n", 64 * 1024); }
static void make_control (GByteArray *b) { for (guint8 i = 1; i < 32; i++) g_byte_array_append (b, &i, 1); APPEND (b, LINE "\x1b[31m\x07\x08" LINE); }
static void make_pdf (GByteArray *b) { APPEND (b, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"); append_random (b, 3, 64 * 1024); }
static void make_docx (GByteArray *b) { APPEND (b, "PK\x03\x04\x14\0\x06\0"); append_random (b, 4, 64 * 1024); }
static void make_long_line (GByteArray *b) { REPEAT (b, "あ", 3 * 1024 * 1024); }
static void make_newlines (GByteArray *b) { REPEAT (b, "\n", 1024 * 1024); }
static void make_many_speakers (GByteArray *b)
{
  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *line = g_strdup_printf ("○委員%u　意見その%uです。\n", i, i);

      append (b, line, strlen (line));
    }
}
static void make_brackets (GByteArray *b) { REPEAT (b, "【【【（（（〔〔", 512 * 1024); }
static void make_too_large (GByteArray *b) { repeat (b, LINE, strlen (LINE), RT_IMPORT_MAX_INPUT + 4096); }

typedef struct
{
  const char *name;
  void      (*make) (GByteArray *bytes);
} BadMinutes;

static const BadMinutes bad_minutes[] = {
  { "random-bytes", make_random },
  { "random-7-bytes", make_random_small },
  { "latin-1", make_latin1 },
  { "utf-16-really-latin-1", make_utf16_latin1 },
  { "utf-16le-without-bom", make_utf16le_no_bom },
  { "utf-16le-lone-surrogate", make_utf16le_lone_surrogate },
  { "utf-16be-odd-length", make_utf16be_odd },
  { "utf-16-only-bom", make_utf16_only_bom },
  { "utf-8-only-bom", make_utf8_only_bom },
  { "utf-8-bom-then-invalid", make_utf8_bom_invalid },
  { "overlong-utf-8", make_overlong },
  { "surrogates-in-utf-8", make_surrogates_in_utf8 },
  { "truncated-utf-8", make_truncated_utf8 },
  { "nul-in-utf-8", make_nul_in_utf8 },
  { "shift-jis-invalid", make_shift_jis_invalid },
  { "euc-jp", make_euc_jp },
  { "empty", make_empty },
  { "whitespace-only", make_whitespace },
  { "control-characters", make_control },
  { "pdf", make_pdf },
  { "docx", make_docx },
  { "one-3-mb-line", make_long_line },
  { "a-million-newlines", make_newlines },
  { "5000-speakers", make_many_speakers },
  { "brackets-only", make_brackets },
  { "larger-than-an-import", make_too_large },
};

/* Decodes, parses and imports every case into the sample committee. An
 * import that fails changes nothing; one that succeeds leaves a sound file. */
static void
test_minutes (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_minutes); i++)
    {
      const BadMinutes *c = &bad_minutes[i];
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GTimer) timer = g_timer_new ();
      g_autoptr(RtImport) import = NULL;
      g_autofree char *encoding = NULL;
      g_autofree char *text = NULL;
      g_autofree char *before = export (f->committee);
      g_autofree char *after = NULL;
      const char *outcome;

      c->make (bytes);
      n_tried++;

      /* An empty GByteArray has no data at all; a file read from disk has "". */
      text = rt_minutes_decode (bytes->data ? bytes->data : (const guint8 *)"", bytes->len,
                                &encoding, &error);
      if (text == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == RT_MINUTES_ERROR);
          assert_clear_message (error);
          g_assert_null (encoding);
          outcome = error->message;
        }
      else
        {
          g_autoptr(RtMinutes) minutes = NULL;

          g_assert_no_error (error);
          g_assert_true (g_utf8_validate (text, -1, NULL));
          minutes = rt_minutes_parse (text, -1);
          g_assert_nonnull (minutes);

          import = rt_import_new (f->committee, text, -1, 0, NULL, &error);
          if (import != NULL)
            {
              rt_import_set_title (import, c->name);
              rt_import_set_new_meeting_number (import, 100 + i);
              rt_import_commit (import, &error);
            }

          if (error != NULL)
            {
              assert_clear_message (error);
              outcome = error->message;
            }
          else
            outcome = "imported";
        }

      assert_intact (f->committee);
      after = export (f->committee);
      if (error != NULL)
        g_assert_cmpstr (after, ==, before);

      g_test_message ("%s (%u bytes%s%s): %s, %.2f s", c->name, bytes->len,
                      encoding ? ", " : "", encoding ? encoding : "", outcome,
                      g_timer_elapsed (timer, NULL));
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_SECONDS * rt_test_time_factor ());
    }
}

/* The same from the command line, with a 100 MB minutes text: parse-minutes
 * gets through it, import-minutes refuses it at once and changes nothing. */
static void
test_minutes_100mb_cli (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *program = NULL;
  g_autofree char *text_path = g_build_filename (f->tmpdir, "100mb.txt", NULL);
  g_autofree char *before = export (f->committee);
  g_autofree char *after = NULL;
  const char *build = g_getenv ("RT_BUILD_DIR");

  if (build == NULL)
    {
      g_test_skip ("RT_BUILD_DIR is not set");
      return;
    }
  program = g_build_filename (build, "src", "ronten", NULL);

  repeat (bytes, LINE, strlen (LINE), 100 * 1024 * 1024);
  g_assert_true (g_file_set_contents (text_path, (const char *)bytes->data, bytes->len, &error));
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_byte_array_unref);

  /* The committee is closed so that the command line may open it. */
  g_assert_finalize_object (g_steal_pointer (&f->committee));

  {
    const char *argv[] = { program, "parse-minutes", text_path, NULL };
    g_autofree char *err = NULL;
    int status;

    n_tried++;
    g_timer_start (timer);
    g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_test_message ("parse-minutes, 100 MB: %s, %.2f s", g_strchomp (err), g_timer_elapsed (timer, NULL));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_SECONDS * rt_test_time_factor ());
  }

  {
    const char *argv[] = { program, "import-minutes", text_path, f->path, "--meeting", "9", NULL };
    g_autofree char *err = NULL;
    int status;

    n_tried++;
    g_timer_start (timer);
    g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                  NULL, &err, &status, &error);
    g_assert_no_error (error);
    g_test_message ("import-minutes, 100 MB: %s, %.2f s", g_strchomp (err), g_timer_elapsed (timer, NULL));
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
    g_assert_nonnull (strstr (err, "too large"));
    g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_SECONDS * rt_test_time_factor ());
  }

  g_unlink (text_path);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  assert_intact (f->committee);
  after = export (f->committee);
  g_assert_cmpstr (after, ==, before);
}

/* JSON */

/* Replaces every string in @node by @big: every one when @all, else only
 * free text, not dates, enumerations or colours. With @names, each object
 * also gets a member named @big. */
static void
inflate (JsonNode   *node,
         const char *big,
         gboolean    names,
         gboolean    all)
{
  static const char * const constrained[] = {
    "format", "status", "visibility", "kind", "date", "imported", "created", "modified", "color", NULL
  };

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l; l = l->next)
        {
          const char *name = l->data;
          JsonNode *child = json_object_get_member (object, name);

          if (JSON_NODE_HOLDS_VALUE (child) && json_node_get_value_type (child) == G_TYPE_STRING)
            {
              if (all ? !g_str_equal (name, "format") : !g_strv_contains (constrained, name))
                json_node_set_string (child, big);
            }
          else
            inflate (child, big, names, all);
        }
      if (names)
        json_object_set_string_member (object, big, "unknown member with a huge name");
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *child = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (child) && json_node_get_value_type (child) == G_TYPE_STRING)
            json_node_set_string (child, big);
          else
            inflate (child, big, names, all);
        }
    }
}

/* A committee with one of everything, its strings blown up to @size bytes. */
static char *
huge_json (gsize    size,
           gboolean names,
           gboolean all)
{
  static const char small[] =
    "{\"format\": \"ronten-committee\", \"version\": 1,"
    " \"committee\": {\"name\": \"n\", \"description\": \"d\"},"
    " \"meetings\": [{\"id\": 1, \"number\": 1, \"title\": \"t\", \"date\": \"2026-02-20\", \"place\": \"p\", \"agenda\": \"a\"}],"
    " \"people\": [{\"id\": 1, \"name\": \"n\", \"role\": \"r\", \"aliases\": [\"a\"]}],"
    " \"sources\": [{\"id\": 1, \"meeting\": 1, \"title\": \"t\", \"text\": \"x\", \"imported\": \"2026-02-21T10:00:00+09:00\"}],"
    " \"labels\": [{\"id\": 1, \"name\": \"l\"}],"
    " \"themes\": [{\"id\": 1, \"label\": 1, \"name\": \"t\", \"color\": \"#3584e4\"}],"
    " \"cards\": [{\"id\": 1, \"text\": \"t\", \"verbatim\": \"v\", \"speaker\": 1, \"meeting\": 1, \"theme\": 1,"
    "   \"status\": \"new\", \"visibility\": \"public\"}],"
    " \"frameworks\": [{\"id\": 1, \"name\": \"f\", \"description\": \"d\", \"points\": [{\"id\": 1, \"number\": 1,"
    "   \"title\": \"t\", \"question\": \"q\", \"note\": \"n\", \"status\": \"discussing\", \"proposals\": [\"p\"],"
    "   \"directions\": [{\"text\": \"d\", \"meeting\": 1}]}]}],"
    " \"perspectives\": [{\"id\": 1, \"number\": 1, \"title\": \"t\", \"body\": \"b\"}],"
    " \"card_points\": [[1, 1]], \"theme_points\": [[1, 1]],"
    " \"map_positions\": [{\"kind\": \"card\", \"id\": 1, \"x\": 0.5, \"y\": 0.5, \"pinned\": true}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) big = g_string_sized_new (size);

  /* Japanese, so that every string is long in bytes and in characters. */
  while (big->len + 3 <= size)
    g_string_append (big, "議");

  json_parser_load_from_data (parser, small, -1, &error);
  g_assert_no_error (error);
  inflate (json_parser_get_root (parser), big->str, names, all);
  json_generator_set_root (generator, json_parser_get_root (parser));

  return json_generator_to_data (generator, NULL);
}

typedef struct
{
  const char *name;
  gsize       size;
  gboolean    names;
  gboolean    all;
  gboolean    accepted;
} HugeJson;

static const HugeJson huge_cases[] = {
  /* Free text may be long: it is stored and read back whole. */
  { "1-mb-in-every-text", 1024 * 1024, FALSE, FALSE, TRUE },
  { "1-mb-member-names", 1024 * 1024, TRUE, FALSE, TRUE },
  /* Dates, enumerations and colours of that size are refused. */
  { "1-mb-in-every-string", 1024 * 1024, FALSE, TRUE, FALSE },
  { "1-mb-in-every-string-and-name", 1024 * 1024, TRUE, TRUE, FALSE },
};

static void
test_json_huge_strings (Fixture       *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (huge_cases); i++)
    {
      const HugeJson *c = &huge_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GTimer) timer = g_timer_new ();
      g_autofree char *json = huge_json (c->size, c->names, c->all);
      g_autofree char *before = export (f->committee);
      g_autofree char *after = NULL;
      gboolean ok;

      n_tried++;
      ok = rt_committee_import_json (f->committee, json, -1, RT_JSON_IMPORT_REPLACE, &error);
      g_test_message ("%s (%" G_GSIZE_FORMAT " bytes): %s, %.2f s", c->name, strlen (json),
                      ok ? "imported" : error->message, g_timer_elapsed (timer, NULL));
      assert_intact (f->committee);
      after = export (f->committee);

      if (c->accepted)
        {
          g_autofree char *again = NULL;
          RtCard *card;

          g_assert_no_error (error);
          g_assert_true (ok);
          card = rt_committee_lookup (f->committee, RT_KIND_CARD, 1);
          g_assert_nonnull (card);
          g_assert_cmpuint (strlen (rt_card_get_text (card)), ==, c->size / 3 * 3);

          /* What went in comes out, and goes in again the same. */
          g_assert_true (rt_committee_import_json (f->committee, after, -1, RT_JSON_IMPORT_REPLACE, &error));
          g_assert_no_error (error);
          again = export (f->committee);
          g_assert_cmpstr (again, ==, after);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, RT_JSON_ERROR, RT_JSON_ERROR_INVALID);
          assert_clear_message (error);
          g_assert_cmpuint (strlen (error->message), <, 1000);
          g_assert_cmpstr (after, ==, before);
        }

      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, MAX_SECONDS * rt_test_time_factor ());
    }
}

static void
test_count (void)
{
  g_test_message ("%u bad inputs tried (%u minutes, 2 on the command line, %u JSON)", n_tried,
                  (guint)G_N_ELEMENTS (bad_minutes), (guint)G_N_ELEMENTS (huge_cases));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/badfiles/minutes", test_minutes);
  ADD ("/ronten/badfiles/minutes-100mb-cli", test_minutes_100mb_cli);
  ADD ("/ronten/badfiles/json-huge-strings", test_json_huge_strings);
  g_test_add_func ("/ronten/badfiles/count", test_count);

#undef ADD

  return g_test_run ();
}
