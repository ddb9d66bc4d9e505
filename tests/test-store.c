/* test-store.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of RtStore: opening, refusing and creating committee files,
 * transactions, change signals, backups and integrity checks.
 */

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-store-private.h"
#include "rt-test-util.h"

/* Helpers */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ronten-test-store-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  rt_test_remove_tree (fixture->dir);
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The names in @dir but those in @ignore, sorted and joined with spaces. */
static char *
list_dir_except (const char         *path,
                 const char * const *ignore)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (ignore == NULL || !g_strv_contains (ignore, name))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static char *
list_dir (const char *path)
{
  return list_dir_except (path, NULL);
}

static void
write_bytes (const char *path,
             const void *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

static void
assert_file_equals (const char *path,
                    GBytes     *expected)
{
  g_autoptr(GBytes) actual = rt_test_read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (actual), ==, g_bytes_get_size (expected));
  g_assert_true (g_bytes_equal (actual, expected));
}

/* Runs SQL on a file through SQLite directly, as another program would. */
static void
sqlite_exec (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
db_query_int (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
db_query_text (sqlite3    *db,
               const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

static gint64
file_query_int (const char *path,
                const char *sql)
{
  sqlite3 *db = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  value = db_query_int (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  return value;
}

/* Creates the sample committee at @path and closes it again. */
static void
make_sample_file (const char *path)
{
  g_assert_finalize_object (rt_test_create_sample_at (path, NULL, NULL));
}

static void
assert_sample_stats (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  RtCommitteeStats stats;

  rt_committee_get_stats (committee, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.meetings, ==, 3);
  g_assert_cmpuint (stats.speakers, ==, 13);
  g_assert_cmpuint (stats.cards, ==, 46);
  g_assert_cmpuint (stats.themes, ==, 8);
  g_assert_cmpuint (stats.points, ==, 9);
}

typedef struct
{
  guint    n_emissions;
  guint    tables;
  GArray  *card_rows;
  gboolean all_cards;
} ChangedRecord;

static void
changed_record_init (ChangedRecord *record)
{
  memset (record, 0, sizeof *record);
  record->card_rows = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
changed_record_clear (ChangedRecord *record)
{
  g_clear_pointer (&record->card_rows, g_array_unref);
}

static void
changed_record_reset (ChangedRecord *record)
{
  record->n_emissions = 0;
  record->tables = 0;
  record->all_cards = FALSE;
  g_array_set_size (record->card_rows, 0);
}

static void
on_store_changed (RtStore       *store,
                  guint          tables,
                  ChangedRecord *record)
{
  GArray *rows;

  record->n_emissions++;
  record->tables = tables;
  rows = rt_store_get_changed_rows (store, RT_TABLE_CARDS, &record->all_cards);
  g_assert_nonnull (rows);
  g_array_set_size (record->card_rows, 0);
  g_array_append_vals (record->card_rows, rows->data, rows->len);
}

static gboolean
array_contains (GArray *array,
                gint64  value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, gint64, i) == value)
      return TRUE;

  return FALSE;
}

/* Opening and creating */

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "new.ronten");
  g_autofree char *journal_mode = NULL;
  RtStore *store;
  sqlite3 *db = NULL;

  store = rt_store_open (path, RT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (rt_store_get_path (store), ==, path);
  g_assert_false (rt_store_get_read_only (store));
  g_assert_false (rt_store_in_transaction (store));
  g_assert_cmpint (rt_store_get_schema_version (store), ==, RT_STORE_SCHEMA_VERSION);

  /* Per-connection settings can only be seen on the store's own connection. */
  journal_mode = db_query_text (_rt_store_get_db (store), "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (db_query_int (_rt_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (db_query_int (_rt_store_get_db (store), "PRAGMA synchronous"), ==, 2);

  g_assert_finalize_object (store);

  /* What another program sees in the file. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (db_query_int (db, "PRAGMA application_id"), ==, RT_STORE_APPLICATION_ID);
  g_assert_cmpint (db_query_int (db, "PRAGMA user_version"), ==, RT_STORE_SCHEMA_VERSION);
  g_clear_pointer (&journal_mode, g_free);
  journal_mode = db_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM committee"), ==, 1);
  g_assert_cmpint (db_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"),
                   ==, RT_N_TABLES);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* The table names the store reports are the tables of the file. */
  for (guint i = 0; i < RT_N_TABLES; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema"
                                              " WHERE type = 'table' AND name = '%s'",
                                              rt_table_get_name (i));

      g_assert_cmpint (file_query_int (path, sql), ==, 1);
    }
}

static void
test_reopen (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "reopen.ronten");
  g_autofree char *listing = NULL;
  RtCommittee *committee;
  gint64 card_id;

  committee = rt_committee_open (path, RT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  rt_committee_set_name (committee, "市民協働推進委員会", &error);
  g_assert_no_error (error);
  card_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "意見" }, &error);
  g_assert_no_error (error);
  g_assert_cmpint (card_id, >, 0);
  g_assert_finalize_object (committee);

  /* Closing checkpoints the log: only the file itself is left. */
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "reopen.ronten");

  for (guint i = 0; i < 2; i++)
    {
      RtCard *card;

      committee = rt_committee_open (path, i == 0 ? RT_STORE_OPEN_DEFAULT : RT_STORE_OPEN_CREATE,
                                     &error);
      g_assert_no_error (error);
      g_assert_nonnull (committee);
      g_assert_cmpint (rt_store_get_schema_version (rt_committee_get_store (committee)),
                       ==, RT_STORE_SCHEMA_VERSION);
      g_assert_cmpstr (rt_committee_get_name (committee), ==, "市民協働推進委員会");
      card = rt_committee_lookup (committee, RT_KIND_CARD, card_id);
      g_assert_nonnull (card);
      g_assert_cmpstr (rt_card_get_text (card), ==, "意見");
      g_assert_finalize_object (committee);
    }
}

static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "empty.ronten");
  g_autofree char *contents = NULL;
  gsize length = 1;
  RtStore *store;

  write_bytes (path, "", 0);

  /* Read-only, an empty file cannot become a committee and stays empty. */
  store = rt_store_open (path, RT_STORE_OPEN_READ_ONLY, &error);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_A_COMMITTEE);
  g_assert_null (store);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);

  store = rt_store_open (path, RT_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_false (rt_store_get_read_only (store));
  g_assert_cmpint (rt_store_get_schema_version (store), ==, RT_STORE_SCHEMA_VERSION);
  rt_store_check_integrity (store, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  g_assert_cmpint (file_query_int (path, "PRAGMA application_id"), ==, RT_STORE_APPLICATION_ID);
  g_assert_cmpint (file_query_int (path, "PRAGMA user_version"), ==, RT_STORE_SCHEMA_VERSION);
}

/* Files that are not committees, or not committees this version can read */

typedef void (*MakeFile) (const char *path);

static void
make_directory (const char *path)
{
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
}

static void
make_text (const char *path)
{
  static const char text[] = "第3回 市民協働支援センター再検討委員会 議事録\n";

  write_bytes (path, text, strlen (text));
}

static void
make_short (const char *path)
{
  write_bytes (path, "SQLite fo", 9);
}

static void
make_other_application (const char *path)
{
  sqlite_exec (path,
               "PRAGMA application_id = 1196444237;"
               "CREATE TABLE places (id INTEGER PRIMARY KEY, url TEXT);"
               "INSERT INTO places (url) VALUES ('https://example.org/');");
}

static void
make_other_without_id (const char *path)
{
  sqlite_exec (path,
               "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
               "INSERT INTO notes (text) VALUES ('買い物');");
}

static void
make_newer_version (const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", RT_STORE_SCHEMA_VERSION + 1);

  make_sample_file (path);
  sqlite_exec (path, sql);
}

/* A newer committee as a backup or another program may leave it: with a
 * rollback journal rather than a write-ahead log. */
static void
make_newer_version_journal (const char *path)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA journal_mode = DELETE;"
                                          "PRAGMA user_version = %d",
                                          RT_STORE_SCHEMA_VERSION + 1);

  make_sample_file (path);
  sqlite_exec (path, sql);
}

static void
make_magic_then_garbage (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 data[8192];

  memcpy (data, "SQLite format 3", 16);
  for (gsize i = 16; i < sizeof data; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  write_bytes (path, data, sizeof data);
}

/* The 100-byte database header of a real committee, then garbage pages. */
static void
make_header_then_garbage (const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GBytes) bytes = NULL;
  guint8 *data;
  gsize length;

  make_sample_file (path);
  bytes = rt_test_read_bytes (path);
  data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);
  for (gsize i = 100; i < length; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  write_bytes (path, data, length);
  g_free (data);
}

static void
make_empty (const char *path)
{
  write_bytes (path, "", 0);
}

typedef struct
{
  const char       *name;
  MakeFile          make;
  RtStoreOpenFlags  flags;
  RtStoreError      code;
} OpenErrorCase;

static const OpenErrorCase open_error_cases[] = {
  { "missing", NULL, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NOT_FOUND },
  { "missing-read-only", NULL, RT_STORE_OPEN_READ_ONLY, RT_STORE_ERROR_NOT_FOUND },
  { "directory", make_directory, RT_STORE_OPEN_CREATE, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "text", make_text, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "text-create", make_text, RT_STORE_OPEN_CREATE, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "shorter-than-magic", make_short, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "other-application", make_other_application, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "other-application-create", make_other_application, RT_STORE_OPEN_CREATE, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "other-application-read-only", make_other_application, RT_STORE_OPEN_READ_ONLY, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "other-without-id", make_other_without_id, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NOT_A_COMMITTEE },
  { "newer-version", make_newer_version, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NEWER_VERSION },
  { "newer-version-read-only", make_newer_version, RT_STORE_OPEN_READ_ONLY, RT_STORE_ERROR_NEWER_VERSION },
  { "newer-version-journal", make_newer_version_journal, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_NEWER_VERSION },
  { "magic-then-garbage", make_magic_then_garbage, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_CORRUPT },
  { "header-then-garbage", make_header_then_garbage, RT_STORE_OPEN_DEFAULT, RT_STORE_ERROR_CORRUPT },
  { "header-then-garbage-read-only", make_header_then_garbage, RT_STORE_OPEN_READ_ONLY, RT_STORE_ERROR_CORRUPT },
  { "empty-read-only", make_empty, RT_STORE_OPEN_READ_ONLY, RT_STORE_ERROR_NOT_A_COMMITTEE },
};

/* A file that cannot be opened is refused with the right error, and left
 * exactly as it was: same bytes, no log or journal beside it. */
static void
test_open_errors (Fixture       *fixture,
                  gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (open_error_cases); i++)
    {
      const OpenErrorCase *c = &open_error_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) before = NULL;
      g_autofree char *name = g_strdup_printf ("%s.ronten", c->name);
      g_autofree char *path = fixture_path (fixture, name);
      g_autofree char *listing_before = NULL;
      g_autofree char *listing_after = NULL;
      RtStore *store;

      g_test_message ("case %s", c->name);

      if (c->make != NULL)
        c->make (path);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        before = rt_test_read_bytes (path);
      listing_before = list_dir (fixture->dir);

      store = rt_store_open (path, c->flags, &error);
      g_assert_error (error, RT_STORE_ERROR, (int)c->code);
      g_assert_null (store);
      g_assert_nonnull (error->message);
      g_assert_cmpstr (error->message, !=, "");

      /* A committee object on the same file fails the same way. */
      g_clear_error (&error);
      g_assert_null (rt_committee_open (path, c->flags, &error));
      g_assert_error (error, RT_STORE_ERROR, (int)c->code);

      if (before != NULL)
        assert_file_equals (path, before);
      else if (c->make == NULL)
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

      /* SQLite documents that a read-only connection to a file in WAL mode
       * keeps the log and its index, which it cannot remove; those may stay. */
      if (c->flags & RT_STORE_OPEN_READ_ONLY)
        {
          g_autofree char *wal = g_strconcat (name, "-wal", NULL);
          g_autofree char *shm = g_strconcat (name, "-shm", NULL);
          const char * const ignore[] = { wal, shm, NULL };

          listing_after = list_dir_except (fixture->dir, ignore);
        }
      else
        listing_after = list_dir (fixture->dir);
      g_assert_cmpstr (listing_after, ==, listing_before);
    }
}

/* A damaged file may be refused as damaged or as not a committee, depending
 * on where the damage is; either way the process must not crash, so every
 * case runs in a child process. */
static const double truncations[] = { 0.5, 0.25, 0.75 };
static const gsize truncation_sizes[] = { 100, 512, 4096, 4096 + 1000, 8192 };

static void
assert_truncated_refused (const char *path,
                          GBytes     *whole,
                          gsize       size)
{
  g_autoptr(GError) error = NULL;
  RtStore *store;

  g_test_message ("truncated to %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " bytes",
                  size, g_bytes_get_size (whole));

  for (guint ro = 0; ro < 2; ro++)
    {
      write_bytes (path, g_bytes_get_data (whole, NULL), size);

      store = rt_store_open (path, ro ? RT_STORE_OPEN_READ_ONLY : RT_STORE_OPEN_DEFAULT, &error);
      g_assert_null (store);
      g_assert_nonnull (error);
      g_assert_true (error->domain == RT_STORE_ERROR);
      if (error->code != RT_STORE_ERROR_CORRUPT && error->code != RT_STORE_ERROR_NOT_A_COMMITTEE)
        g_error ("unexpected error %d: %s", error->code, error->message);
      g_clear_error (&error);
    }
}

static void
test_truncated (Fixture       *fixture,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autofree char *sample = fixture_path (fixture, "sample.ronten");
      g_autofree char *path = fixture_path (fixture, "truncated.ronten");
      g_autoptr(GBytes) whole = NULL;
      gsize length;

      make_sample_file (sample);
      whole = rt_test_read_bytes (sample);
      length = g_bytes_get_size (whole);
      g_assert_cmpuint (length, >, 8192);

      for (guint i = 0; i < G_N_ELEMENTS (truncations); i++)
        assert_truncated_refused (path, whole, (gsize)(length * truncations[i]));
      for (guint i = 0; i < G_N_ELEMENTS (truncation_sizes); i++)
        assert_truncated_refused (path, whole, truncation_sizes[i]);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Read-only */

static void
assert_read_only_store (RtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  gint64 card_id;

  g_assert_true (rt_store_get_read_only (store));

  g_assert_false (rt_store_begin (store, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  g_assert_false (rt_store_in_transaction (store));
  g_clear_error (&error);

  rt_store_check_integrity (store, &error);
  g_assert_no_error (error);

  committee = rt_committee_new (store, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_get_read_only (committee));
  assert_sample_stats (committee);

  card_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "追加" }, &error);
  g_assert_cmpint (card_id, ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (rt_committee_set_name (committee, "別名", &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  assert_sample_stats (committee);
  g_assert_finalize_object (g_steal_pointer (&committee));
}

static void
test_read_only_flag (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "flag.ronten");
  g_autoptr(GBytes) before = NULL;
  RtStore *store;

  make_sample_file (path);
  before = rt_test_read_bytes (path);

  store = rt_store_open (path, RT_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  assert_read_only_store (store);
  g_assert_finalize_object (store);

  assert_file_equals (path, before);
}

static void
test_read_only_file (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "chmod.ronten");
  g_autoptr(GBytes) before = NULL;
  RtStore *store;

  if (geteuid () == 0)
    {
      g_test_skip ("root may write files without write permission");
      return;
    }

  make_sample_file (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = rt_test_read_bytes (path);

  store = rt_store_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  assert_read_only_store (store);
  g_assert_finalize_object (store);

  assert_file_equals (path, before);
}

/* Transactions and change signals */

static void
test_transaction_rollback (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "rollback.ronten");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  ChangedRecord record;
  RtCommittee *committee;
  RtStore *store;
  gint64 card_id, person_id, meeting_id;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  store = rt_committee_get_store (committee);
  before = rt_committee_export_json (committee, NULL, &error);
  g_assert_no_error (error);

  changed_record_init (&record);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &record);

  g_assert_true (rt_store_begin (store, &error));
  g_assert_no_error (error);
  g_assert_true (rt_store_in_transaction (store));

  person_id = rt_committee_add_person (committee, "鈴木", "委員", &error);
  g_assert_no_error (error);
  g_assert_cmpint (person_id, >, 0);
  card_id = rt_committee_add_card (committee,
                                   &(RtCardDraft) {
                                     .text = "取り消される意見",
                                     .speaker_id = person_id,
                                     .theme_id = 1,
                                   },
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpint (card_id, >, 0);
  meeting_id = rt_committee_add_meeting (committee, 4, "第4回", "2026-03-20", &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting_id, >, 0);
  rt_committee_set_name (committee, "取り消される名前", &error);
  g_assert_no_error (error);

  /* Inside the outer transaction, nothing is announced yet. */
  g_assert_true (rt_store_in_transaction (store));
  g_assert_cmpuint (record.n_emissions, ==, 0);

  rt_store_rollback (store);
  g_assert_false (rt_store_in_transaction (store));
  g_assert_cmpuint (record.n_emissions, ==, 0);

  assert_sample_stats (committee);
  g_assert_null (rt_committee_lookup (committee, RT_KIND_CARD, card_id));
  g_assert_null (rt_committee_lookup (committee, RT_KIND_PERSON, person_id));
  after = rt_committee_export_json (committee, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);

  /* The store is usable afterwards, and announces the next change. */
  card_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "残る意見" }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_CARDS));
  g_assert_true (array_contains (record.card_rows, card_id));

  g_signal_handlers_disconnect_by_data (store, &record);
  changed_record_clear (&record);
  g_assert_finalize_object (committee);
}

static void
test_transaction_nested (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "nested.ronten");
  ChangedRecord record;
  RtCommitteeStats stats;
  RtCommittee *committee;
  RtStore *store;
  gint64 kept_id, dropped_id, person_id;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  store = rt_committee_get_store (committee);
  changed_record_init (&record);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &record);

  g_assert_true (rt_store_begin (store, &error));

  /* A savepoint that is released: its card stays. */
  g_assert_true (rt_store_begin (store, &error));
  kept_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "残る", .theme_id = 2 },
                                   &error);
  g_assert_no_error (error);
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_true (rt_store_in_transaction (store));

  /* A savepoint that is rolled back: its person and card go. */
  g_assert_true (rt_store_begin (store, &error));
  person_id = rt_committee_add_person (committee, "佐藤", "委員", &error);
  g_assert_no_error (error);
  dropped_id = rt_committee_add_card (committee,
                                      &(RtCardDraft) { .text = "消える", .speaker_id = person_id },
                                      &error);
  g_assert_no_error (error);
  rt_store_rollback (store);
  g_assert_true (rt_store_in_transaction (store));

  g_assert_cmpuint (record.n_emissions, ==, 0);
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (rt_store_in_transaction (store));

  /* One announcement for the whole transaction, of what it kept. */
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_CARDS));
  g_assert_false (record.all_cards);
  g_assert_cmpuint (record.card_rows->len, ==, 1);
  g_assert_cmpint (g_array_index (record.card_rows, gint64, 0), ==, kept_id);

  rt_committee_get_stats (committee, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.cards, ==, 47);
  g_assert_cmpuint (stats.speakers, ==, 13);
  g_assert_nonnull (rt_committee_lookup (committee, RT_KIND_CARD, kept_id));
  if (dropped_id != kept_id)
    g_assert_null (rt_committee_lookup (committee, RT_KIND_CARD, dropped_id));
  g_assert_null (rt_committee_lookup (committee, RT_KIND_PERSON, person_id));

  g_signal_handlers_disconnect_by_data (store, &record);
  changed_record_clear (&record);
  g_assert_finalize_object (committee);
}

static void
test_changed_signal (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "changed.ronten");
  ChangedRecord record;
  RtCommittee *committee;
  RtStore *store;
  gint64 card_id, other_id;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  store = rt_committee_get_store (committee);
  changed_record_init (&record);
  g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), &record);

  /* One insert outside a transaction: one emission, with the new rowid. */
  card_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "新しい意見" }, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_CARDS));
  g_assert_false (record.all_cards);
  g_assert_cmpuint (record.card_rows->len, ==, 1);
  g_assert_cmpint (g_array_index (record.card_rows, gint64, 0), ==, card_id);

  /* Several changes in one transaction: one emission with all the rows. */
  changed_record_reset (&record);
  g_assert_true (rt_store_begin (store, &error));
  other_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "もう一つ" }, &error);
  g_assert_no_error (error);
  rt_committee_set_card_text (committee, card_id, "書き直した意見", &error);
  g_assert_no_error (error);
  rt_committee_add_label (committee, "資料2", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 0);
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==,
                    RT_TABLE_BIT (RT_TABLE_CARDS) | RT_TABLE_BIT (RT_TABLE_LABELS));
  g_assert_true (array_contains (record.card_rows, card_id));
  g_assert_true (array_contains (record.card_rows, other_id));
  g_assert_false (array_contains (record.card_rows, 1));

  /* Other tables carry their own bit. */
  changed_record_reset (&record);
  rt_committee_set_name (committee, "別の委員会", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_COMMITTEE));
  g_assert_cmpuint (record.card_rows->len, ==, 0);

  /* A change that changes no row is not announced. */
  changed_record_reset (&record);
  rt_committee_set_card_text (committee, card_id, "書き直した意見", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 0);

  /* Nor is a transaction that is rolled back. */
  g_assert_true (rt_store_begin (store, &error));
  rt_committee_delete_cards (committee, (gint64[]) { card_id }, 1, &error);
  g_assert_no_error (error);
  rt_store_rollback (store);
  g_assert_cmpuint (record.n_emissions, ==, 0);
  g_assert_nonnull (rt_committee_lookup (committee, RT_KIND_CARD, card_id));

  /* Deleting announces the deleted row. */
  rt_committee_delete_cards (committee, (gint64[]) { card_id }, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_true (record.tables & RT_TABLE_BIT (RT_TABLE_CARDS));
  g_assert_true (array_contains (record.card_rows, card_id));
  g_assert_null (rt_committee_lookup (committee, RT_KIND_CARD, card_id));

  /* Touching a table marks all of its rows, at once outside a transaction... */
  changed_record_reset (&record);
  rt_store_touch (store, RT_TABLE_CARDS);
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_CARDS));
  g_assert_true (record.all_cards);

  /* ...and at the commit inside one. */
  changed_record_reset (&record);
  g_assert_true (rt_store_begin (store, &error));
  rt_store_touch (store, RT_TABLE_THEMES);
  g_assert_cmpuint (record.n_emissions, ==, 0);
  g_assert_true (rt_store_commit (store, &error));
  g_assert_cmpuint (record.n_emissions, ==, 1);
  g_assert_cmpuint (record.tables, ==, RT_TABLE_BIT (RT_TABLE_THEMES));
  g_assert_false (record.all_cards);

  g_signal_handlers_disconnect_by_data (store, &record);
  changed_record_clear (&record);
  g_assert_finalize_object (committee);
}

/* A failed statement inside a committee change rolls back only its own
 * savepoint; the outer transaction goes on. */
static void
test_transaction_inner_failure (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "inner.ronten");
  RtCommitteeStats stats;
  RtCommittee *committee;
  RtStore *store;
  gint64 card_id;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  store = rt_committee_get_store (committee);

  g_assert_true (rt_store_begin (store, &error));
  card_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "有効" }, &error);
  g_assert_no_error (error);

  /* Meeting numbers are unique; the sample has a meeting 1. */
  g_assert_cmpint (rt_committee_add_meeting (committee, 1, "重複", NULL, &error), ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rt_store_in_transaction (store));

  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);

  rt_committee_get_stats (committee, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.cards, ==, 47);
  g_assert_cmpuint (stats.meetings, ==, 3);
  g_assert_nonnull (rt_committee_lookup (committee, RT_KIND_CARD, card_id));

  g_assert_finalize_object (committee);
}

/* Backup and integrity */

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "live.ronten");
  g_autofree char *copy = fixture_path (fixture, "copy.ronten");
  g_autofree char *nowhere = fixture_path (fixture, "missing/copy.ronten");
  g_autofree char *journal_mode = NULL;
  g_autofree char *json = NULL;
  g_autofree char *copy_json = NULL;
  g_autofree char *listing = NULL;
  RtCommitteeStats stats, copy_stats;
  RtCommittee *committee, *restored;
  sqlite3 *db = NULL;
  gint64 later_id;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  rt_committee_set_name (committee, "バックアップ前", &error);
  g_assert_no_error (error);
  rt_committee_add_card (committee, &(RtCardDraft) { .text = "バックアップされる意見" }, &error);
  g_assert_no_error (error);

  g_assert_true (rt_store_backup_to (rt_committee_get_store (committee), copy, &error));
  g_assert_no_error (error);

  /* A later change is not in the copy. */
  later_id = rt_committee_add_card (committee, &(RtCardDraft) { .text = "後の意見" }, &error);
  g_assert_no_error (error);
  rt_committee_get_stats (committee, &stats, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stats.cards, ==, 48);

  /* The copy is one self-contained file. */
  g_assert_cmpint (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  journal_mode = db_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "delete");
  g_assert_cmpint (db_query_int (db, "PRAGMA application_id"), ==, RT_STORE_APPLICATION_ID);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  restored = rt_committee_open (copy, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (rt_committee_get_name (restored), ==, "バックアップ前");
  rt_committee_get_stats (restored, &copy_stats, &error);
  g_assert_no_error (error);
  stats.cards--;
  stats.inbox--;
  g_assert_cmpmem (&copy_stats, sizeof copy_stats, &stats, sizeof stats);

  /* Equal stats, and equal content down to the last byte of the export. */
  g_assert_true (rt_committee_delete_cards (committee, (gint64[]) { later_id }, 1, &error));
  g_assert_no_error (error);
  json = rt_committee_export_json (committee, NULL, &error);
  g_assert_no_error (error);
  copy_json = rt_committee_export_json (restored, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copy_json, ==, json);
  g_assert_finalize_object (restored);

  /* A backup that cannot be written leaves nothing behind. */
  g_assert_false (rt_store_backup_to (rt_committee_get_store (committee), nowhere, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_finalize_object (committee);
  listing = list_dir (fixture->dir);
  g_assert_cmpstr (listing, ==, "copy.ronten live.ronten");
}

static void
test_integrity (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (fixture, "integrity.ronten");
  RtCommittee *committee;
  RtStore *store;
  sqlite3 *db;

  committee = rt_test_create_sample_at (path, NULL, NULL);
  store = rt_committee_get_store (committee);
  g_assert_true (rt_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* A reference to a speaker who does not exist, made behind the store's
   * back with the checks off, is damage the check must report. */
  db = _rt_store_get_db (store);
  g_assert_cmpint (sqlite3_exec (db,
                                 "PRAGMA foreign_keys = OFF;"
                                 "UPDATE cards SET speaker_id = 999 WHERE id = 1;"
                                 "PRAGMA foreign_keys = ON;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (rt_store_check_integrity (store, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  g_assert_finalize_object (committee);

  /* Such a file is refused as damaged. */
  g_assert_null (rt_store_open (path, RT_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_CORRUPT);
  g_clear_error (&error);

  /* Repaired, it opens again. */
  sqlite_exec (path, "UPDATE cards SET speaker_id = 2 WHERE id = 1");
  committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rt_store_check_integrity (rt_committee_get_store (committee), &error));
  g_assert_no_error (error);
  g_assert_finalize_object (committee);
}

static void
test_table_names (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < RT_N_TABLES; i++)
    {
      const char *name = rt_table_get_name (i);

      g_assert_nonnull (name);
      g_assert_false (g_hash_table_contains (seen, name));
      g_hash_table_add (seen, (gpointer)name);
    }
  g_assert_cmpstr (rt_table_get_name (RT_TABLE_CARDS), ==, "cards");
  g_assert_cmpstr (rt_table_get_name (RT_TABLE_CARD_POINTS), ==, "card_points");
}

/* The sample committee as Ronten 0.1 wrote it (schema 2) is migrated to the
 * current schema with nothing lost, and a backup of the old file is kept. */
static void
test_migrate_v2 (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "old.ronten", NULL);
  g_autoptr(GDir) dir = NULL;
  RtCommitteeStats stats;
  gboolean backup = FALSE;
  guint secretariat = 0;
  const char *name;

  rt_test_copy_data_file ("committee-v2.ronten", path);

  committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_store_get_schema_version (rt_committee_get_store (committee)), ==, RT_STORE_SCHEMA_VERSION);
  g_assert_true (rt_committee_get_stats (committee, &stats, &error));
  g_assert_cmpuint (stats.cards, ==, 46);
  g_assert_cmpuint (stats.speakers, ==, 13);
  g_assert_cmpuint (stats.themes, ==, 8);
  g_assert_cmpuint (stats.points, ==, 9);
  g_assert_cmpuint (stats.card_point_links, ==, 9);
  g_assert_cmpint (db_query_int (_rt_store_get_db (rt_committee_get_store (committee)),
                                 "SELECT count(*) FROM cards WHERE kind = 'opinion'"), ==, 46);
  g_assert_cmpint (db_query_int (_rt_store_get_db (rt_committee_get_store (committee)),
                                 "SELECT count(*) FROM response_kinds"), ==, 6);
  secretariat = db_query_int (_rt_store_get_db (rt_committee_get_store (committee)),
                              "SELECT count(*) FROM people WHERE kind = 'secretariat'");
  g_assert_cmpuint (secretariat, >=, 1);
  rt_store_check_integrity (rt_committee_get_store (committee), &error);
  g_assert_no_error (error);

  dir = g_dir_open (fixture->dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)))
    backup |= g_str_has_prefix (name, "old.ronten.v2-") && g_str_has_suffix (name, ".bak");
  g_assert_true (backup);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/store/create", test_create);
  ADD ("/ronten/store/reopen", test_reopen);
  ADD ("/ronten/store/empty-file", test_empty_file);
  ADD ("/ronten/store/open-errors", test_open_errors);
  ADD ("/ronten/store/truncated", test_truncated);
  ADD ("/ronten/store/read-only-flag", test_read_only_flag);
  ADD ("/ronten/store/read-only-file", test_read_only_file);
  ADD ("/ronten/store/transaction-rollback", test_transaction_rollback);
  ADD ("/ronten/store/transaction-nested", test_transaction_nested);
  ADD ("/ronten/store/transaction-inner-failure", test_transaction_inner_failure);
  ADD ("/ronten/store/changed-signal", test_changed_signal);
  ADD ("/ronten/store/backup", test_backup);
  ADD ("/ronten/store/integrity", test_integrity);
  ADD ("/ronten/store/migrate-v2", test_migrate_v2);
  g_test_add_func ("/ronten/store/table-names", test_table_names);

#undef ADD

  return g_test_run ();
}
