/* rt-test-util.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>

#include "rt-json.h"

G_BEGIN_DECLS

/* Creates the sample committee in a new temporary folder; returns its path. */
static inline char *
rt_test_make_sample (char **tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  char *path;
  gsize length;

  *tmpdir = g_dir_make_tmp ("ronten-test-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (*tmpdir, "sample.ronten", NULL);
  json = rt_sample_committee_json (&length, &error);
  g_assert_no_error (error);
  committee = rt_committee_create_from_json (path, json, length, &error);
  g_assert_no_error (error);

  return path;
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

static inline void
rt_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        rt_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (dir);
}

G_END_DECLS
