/* test-faults.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Faults around a committee file: a second instance on the same file, a file
 * or folder the user may not write, and a disk that fills up while saving.
 * Each must give a clear error and leave the file as it was.
 */

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-test-util.h"

#define PATH_VAR "RT_TEST_FAULTS_PATH"

/* Helpers */

static char *
ronten_program (void)
{
  const char *build = g_getenv ("RT_BUILD_DIR");

  if (build == NULL)
    return NULL;

  return g_build_filename (build, "src", "ronten", NULL);
}

/* Runs `ronten ARGS…`, optionally with a file size limit; returns its exit status. */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { 0 };

  getrlimit (RLIMIT_FSIZE, &limit);
  limit.rlim_cur = GPOINTER_TO_SIZE (user_data);
  setrlimit (RLIMIT_FSIZE, &limit);
  /* Without this the kernel kills the process at the first write past the limit. */
  signal (SIGXFSZ, SIG_IGN);
}

static int
run_ronten (const char * const  *args,
            gsize                file_size_limit,
            char               **err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  int status = 0;

  g_ptr_array_add (argv, ronten_program ());
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                file_size_limit ? limit_file_size : NULL, GSIZE_TO_POINTER (file_size_limit),
                NULL, err, &status, &error);
  g_assert_no_error (error);

  return g_spawn_check_wait_status (status, NULL) ? 0 : WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static char *
export_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  /* Writable, so that closing removes the log again. */
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  char *json;

  g_assert_no_error (error);
  g_assert_true (rt_store_check_integrity (rt_committee_get_store (committee), &error));
  g_assert_no_error (error);
  json = rt_committee_export_json (committee, NULL, &error);
  g_assert_no_error (error);

  return json;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **)names->pdata);
}

static void
assert_locked (GError     *error,
               const char *path)
{
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "open in another Ronten window or program"));
}

/* Two instances on one file */

/* A second store on a file that is open for writing, in the same process,
 * is refused with a clear message, for reading as for writing; once the
 * first is closed, the file opens again with nothing lost. */
static void
test_locked_same_process (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autofree char *before = export_file (path);
  g_autofree char *after = NULL;
  RtCommittee *first, *second;
  gint64 card_id;

  first = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  for (guint flags = RT_STORE_OPEN_DEFAULT; flags <= RT_STORE_OPEN_READ_ONLY; flags += RT_STORE_OPEN_READ_ONLY)
    {
      g_assert_null (rt_store_open (path, flags, &error));
      assert_locked (error, path);
      g_test_message ("second open: %s", error->message);
      g_clear_error (&error);
    }

  /* The first goes on working … */
  card_id = rt_committee_add_card (first, &(RtCardDraft) { .text = "一つ目の窓で" }, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (first);

  /* … and after it is closed, the second gets the file with the edit. */
  second = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rt_committee_lookup (second, RT_KIND_CARD, card_id));
  g_assert_true (rt_committee_delete_cards (second, (gint64[]) { card_id }, 1, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (second);

  after = export_file (path);
  g_assert_cmpstr (after, ==, before);
  rt_test_remove_tree (tmpdir);
}

/* The same from another process: `ronten` on a file this process has open
 * fails with the message and changes nothing. The lock dies with its
 * process (test-crash opens the file after each SIGKILL). */
static void
test_locked_other_process (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autofree char *json_path = g_build_filename (tmpdir, "in.json", NULL);
  g_autofree char *before = export_file (path);
  g_autofree char *after = NULL;
  g_autofree char *program = ronten_program ();
  RtCommittee *committee;

  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("RT_BUILD_DIR is not set");
      return;
    }

  g_assert_true (g_file_set_contents (json_path, "{\"format\": \"ronten-committee\", \"version\": 1}", -1, NULL));

  committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  {
    const char *import[] = { "import-json", json_path, path, "--replace", NULL };
    const char *stats[] = { "stats", path, NULL };
    g_autofree char *err = NULL;

    g_assert_cmpint (run_ronten (import, 0, &err), ==, 1);
    g_assert_nonnull (strstr (err, "open in another Ronten window or program"));
    g_clear_pointer (&err, g_free);

    g_assert_cmpint (run_ronten (stats, 0, &err), ==, 1);
    g_assert_nonnull (strstr (err, "open in another Ronten window or program"));
  }

  g_assert_finalize_object (committee);

  after = export_file (path);
  g_assert_cmpstr (after, ==, before);
  rt_test_remove_tree (tmpdir);
}

/* Read-only files and folders */

/* Root may write anything, so the read-only cases run in a child that
 * becomes "nobody" first. */
static gboolean
drop_root (void)
{
  struct passwd *pw;

  if (geteuid () != 0)
    return TRUE;

  if ((pw = getpwnam ("nobody")) == NULL)
    return FALSE;

  return setgroups (0, NULL) == 0 && setgid (pw->pw_gid) == 0 && setuid (pw->pw_uid) == 0 &&
         geteuid () != 0;
}

static void
assert_opens_read_only (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  before = g_bytes_new_take (g_steal_pointer (&contents), length);

  committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_get_read_only (committee));
  g_assert_true (rt_store_check_integrity (rt_committee_get_store (committee), &error));
  g_assert_no_error (error);

  g_assert_cmpint (rt_committee_add_card (committee, &(RtCardDraft) { .text = "書けない" }, &error), ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (rt_committee_import_json (committee, "{\"format\": \"ronten-committee\", \"version\": 1}", -1,
                                            RT_JSON_IMPORT_REPLACE, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY);
  g_clear_object (&committee);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  after = g_bytes_new_take (g_steal_pointer (&contents), length);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_read_only (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *program = ronten_program ();
  g_autofree char *err = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  if (!drop_root ())
    {
      g_test_skip ("cannot become an ordinary user");
      return;
    }

  path = rt_test_make_sample (&tmpdir);

  /* A file without write permission. */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_opens_read_only (path);
  if (program != NULL && g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_autofree char *json_path = g_build_filename (tmpdir, "in.json", NULL);
      const char *import[] = { "import-json", json_path, path, "--replace", NULL };

      g_assert_true (g_file_set_contents (json_path, "{\"format\": \"ronten-committee\", \"version\": 1}", -1, NULL));
      g_assert_cmpint (run_ronten (import, 0, &err), ==, 1);
      g_assert_nonnull (strstr (err, "can only be read"));
      g_unlink (json_path);
    }

  /* A writable file in a folder without write permission: WAL needs to
   * create files beside it, so it opens read-only too. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (g_chmod (tmpdir, 0555), ==, 0);
  assert_opens_read_only (path);

  g_assert_cmpint (g_chmod (tmpdir, 0700), ==, 0);
  rt_test_remove_tree (tmpdir);
}

/* A full disk */

/* A big import into a committee on a disk that fills up fails with
 * RT_STORE_ERROR_FULL; the committee reopens afterwards whole and equal. */
static void
test_disk_full_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(RtCommittee) committee = NULL;
      g_autoptr(GString) big = NULL;
      g_autofree char *sample = NULL;
      struct stat st;
      gsize length;

      path = g_strdup (g_getenv (PATH_VAR));
      g_assert_cmpint (g_stat (path, &st), ==, 0);

      /* The sample with a 24 MB source text: the file may grow by 1 MB only. */
      sample = rt_sample_committee_json (&length, &error);
      g_assert_no_error (error);
      big = g_string_new (sample);
      g_strchomp (big->str);
      g_string_set_size (big, strlen (big->str));
      g_assert_cmpint (big->str[big->len - 1], ==, '}');
      g_string_truncate (big, big->len - 1);
      g_string_append (big, ", \"sources\": [{\"id\": 1, \"title\": \"大きな議事録\", \"text\": \"");
      for (guint i = 0; i < 24 * 1024 * 1024 / 30; i++)
        g_string_append (big, "林委員：議事録の一文です。\\n");
      g_string_append (big, "\"}]}");

      committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      limit_file_size (GSIZE_TO_POINTER ((gsize)st.st_size + 1024 * 1024));

      g_assert_false (rt_committee_import_json (committee, big->str, big->len, RT_JSON_IMPORT_REPLACE, &error));
      g_test_message ("import: %s", error->message);
      g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_FULL);
      g_assert_false (rt_store_in_transaction (rt_committee_get_store (committee)));
      g_clear_error (&error);

      /* A small edit still fits, and is kept. */
      rt_committee_set_name (committee, "満杯のあと", &error);
      g_assert_no_error (error);
      g_assert_true (rt_store_check_integrity (rt_committee_get_store (committee), &error));
      g_assert_no_error (error);
      return;
    }

  path = rt_test_make_sample (&tmpdir);
  before = export_file (path);

  g_setenv (PATH_VAR, path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv (PATH_VAR);
  g_test_trap_assert_passed ();

  /* Whole, with the small edit only. */
  after = export_file (path);
  g_assert_cmpstr (after, !=, before);
  {
    g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
    g_autofree char *restored = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (rt_committee_get_name (committee), ==, "満杯のあと");
    g_assert_true (rt_committee_set_name (committee, "令和7年度 小金井市市民協働支援センター再検討委員会", &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&after, g_free);
  after = export_file (path);
  g_assert_cmpstr (after, ==, before);

  listing = list_dir (tmpdir);
  g_assert_cmpstr (listing, ==, "sample.ronten");
  rt_test_remove_tree (tmpdir);
}

/* `ronten new` on a full disk fails and leaves no file behind. */
static void
test_disk_full_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("ronten-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "new.ronten", NULL);
  g_autofree char *program = ronten_program ();
  g_autofree char *listing = NULL;
  const char *args[] = { "new", path, NULL };
  /* The sample file needs more; the log and the file itself each stop here. */
  const gsize limits[] = { 4096, 32 * 1024, 64 * 1024, 144 * 1024 };

  g_assert_no_error (error);
  if (program == NULL || !g_file_test (program, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("RT_BUILD_DIR is not set");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_ronten (args, limits[i], &err), ==, 1);
      g_test_message ("limit %" G_GSIZE_FORMAT ": %s", limits[i], err);
      g_assert_nonnull (strstr (err, "disk is full"));
      listing = list_dir (tmpdir);
      g_assert_cmpstr (listing, ==, "");
      g_clear_pointer (&listing, g_free);
    }

  /* Without the limit it works. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (run_ronten (args, 0, &err), ==, 0);
    listing = list_dir (tmpdir);
    g_assert_cmpstr (listing, ==, "new.ronten");
  }

  rt_test_remove_tree (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/faults/locked-same-process", test_locked_same_process);
  g_test_add_func ("/ronten/faults/locked-other-process", test_locked_other_process);
  g_test_add_func ("/ronten/faults/read-only", test_read_only);
  g_test_add_func ("/ronten/faults/disk-full-import", test_disk_full_import);
  g_test_add_func ("/ronten/faults/disk-full-new", test_disk_full_new);

  return g_test_run ();
}
