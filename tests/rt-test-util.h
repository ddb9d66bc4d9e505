/* rt-test-util.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include "rt-committee.h"


G_BEGIN_DECLS

/* Creates the sample committee at @path; returns it, still open. If @json is
 * not NULL, it receives the sample JSON and @length its length. */
static inline RtCommittee *
rt_test_create_sample_at (const char  *path,
                          char       **json,
                          gsize       *length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sample = NULL;
  RtCommittee *committee;
  gsize sample_length = 0;

  sample = rt_sample_committee_json (&sample_length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (sample);
  committee = rt_committee_create_from_json (path, sample, sample_length, &error);
  g_assert_no_error (error);
  g_assert_true (RT_IS_COMMITTEE (committee));

  if (json != NULL)
    *json = g_steal_pointer (&sample);
  if (length != NULL)
    *length = sample_length;

  return committee;
}

/* Creates a new temporary folder from @tmpl (a g_dir_make_tmp() template)
 * and the sample committee in it as "sample.ronten"; returns the committee,
 * still open. @tmpdir and @path receive the folder and the committee's path;
 * @json and @length are as for rt_test_create_sample_at(). */
static inline RtCommittee *
rt_test_create_sample (const char  *tmpl,
                       char       **tmpdir,
                       char       **path,
                       char       **json,
                       gsize       *length)
{
  g_autoptr(GError) error = NULL;

  *tmpdir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  *path = g_build_filename (*tmpdir, "sample.ronten", NULL);

  return rt_test_create_sample_at (*path, json, length);
}

/* Creates the sample committee in a new temporary folder; returns its path. */
static inline char *
rt_test_make_sample (char **tmpdir)
{
  char *path;

  g_object_unref (rt_test_create_sample ("ronten-test-XXXXXX", tmpdir, &path, NULL, NULL));

  return path;
}

/* @committee as JSON; @length, if not NULL, receives its length. */
static inline char *
rt_test_export (RtCommittee *committee,
                gsize       *length)
{
  g_autoptr(GError) error = NULL;
  char *json;

  json = rt_committee_export_json (committee, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (json);

  return json;
}

/* The contents of the file at @path. */
static inline GBytes *
rt_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

/* Copies tests/data/@name (a file made by an older Ronten, say) to @path. */
static inline void
rt_test_copy_data_file (const char *name,
                        const char *path)
{
  g_autofree char *source = g_build_filename (g_getenv ("RT_SOURCE_DIR"), "tests", "data", name, NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (source, &data, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

/* How much slower than normal the tests run: RT_TEST_TIME_FACTOR, set by the
 * valgrind test setup. Time bounds are multiplied by it. */
static inline gint64
rt_test_time_factor (void)
{
  const char *factor = g_getenv ("RT_TEST_TIME_FACTOR");
  gint64 value = 1;

  if (factor != NULL && !g_ascii_string_to_signed (factor, 10, 1, 1000, &value, NULL))
    value = 1;

  return value;
}

/* A test fixture: the sample committee, open, in a folder of its own. */
typedef struct
{
  char        *tmpdir;
  char        *path;
  RtCommittee *committee;
} RtTestSample;

static inline void rt_test_remove_tree (const char *path);

static inline void
rt_test_sample_set_up (RtTestSample  *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static inline void
rt_test_sample_tear_down (RtTestSample  *f,
                          gconstpointer  data)
{
  g_clear_object (&f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

/* Removes @path and, if it is a folder, everything under it: a symbolic link
 * is removed, not followed, and folders are made writable first. */
static inline void
rt_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  if ((dir = g_dir_open (path, 0, NULL)) != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          rt_test_remove_tree (child);
        }
    }

  g_rmdir (path);
}

G_END_DECLS
