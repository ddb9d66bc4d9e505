/* test-crash.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sqlite3.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-test-util.h"

/* Crash safety: a child process makes edits through the store and reports
 * each one whose call returned; the test kills it with SIGKILL at a random
 * moment. Afterwards the file must open, pass the integrity check, and hold
 * every reported edit. The edit in flight when the child died may or may not
 * be there, but nothing else may be missing or half-written. */

#define N_EDITS 1000
#define N_KILLS 20

/* The child: alternately adds a card and rewrites the text of the previous
 * one, printing "add ID TEXT" or "set ID TEXT" after each call returns. It
 * prints the UTF-8 bytes as they are: g_print() would convert them to the
 * locale's charset, which is ASCII in a child that never calls setlocale(). */
static int
run_child (const char *path,
           int         round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  gint64 last = 0;

  if (!(committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error)))
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }

  for (int i = 0; i < N_EDITS; i++)
    {
      g_autofree char *text = g_strdup_printf ("round %d edit %d 意見", round, i);

      if (i % 2 == 0 || last == 0)
        {
          RtCardDraft draft = { .text = text };

          last = rt_committee_add_card (committee, &draft, &error);
          if (last == 0)
            {
              g_printerr ("child: %s\n", error->message);
              return 1;
            }
          printf ("add %" G_GINT64_FORMAT " %s\n", last, text);
        }
      else
        {
          if (!rt_committee_set_card_text (committee, last, text, &error))
            {
              g_printerr ("child: %s\n", error->message);
              return 1;
            }
          printf ("set %" G_GINT64_FORMAT " %s\n", last, text);
        }
      fflush (stdout);
    }

  return 0;
}

static char *
card_text (sqlite3 *db,
           gint64   id)
{
  sqlite3_stmt *stmt;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT text FROM cards WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return text;
}

typedef struct
{
  GMainLoop *loop;
  GString   *output;
  GPid       pid;
  guint      kill_after;
  guint      lines;
  guint      watch;
  gboolean   exited;
  gboolean   killed;
} Child;

static void
child_exited (GPid     pid,
              int      status,
              gpointer user_data)
{
  Child *child = user_data;

  child->exited = TRUE;
  g_spawn_close_pid (pid);
  g_main_loop_quit (child->loop);
}

/* Reads what the child reports and kills it once it has reported
 * kill_after edits: somewhere inside its next edit. */
static gboolean
child_output (GIOChannel   *channel,
              GIOCondition  condition,
              gpointer      user_data)
{
  Child *child = user_data;
  char buffer[4096];
  gsize n_read = 0;

  if (g_io_channel_read_chars (channel, buffer, sizeof buffer, &n_read, NULL) != G_IO_STATUS_NORMAL ||
      n_read == 0)
    {
      child->watch = 0;
      return G_SOURCE_REMOVE;
    }

  g_string_append_len (child->output, buffer, n_read);
  for (gsize i = 0; i < n_read; i++)
    if (buffer[i] == '\n')
      child->lines++;

  if (!child->killed && child->lines >= child->kill_after)
    {
      kill (child->pid, SIGKILL);
      child->killed = TRUE;
    }

  return G_SOURCE_CONTINUE;
}

static void
test_crash_kill (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260220);
  guint killed = 0, checked = 0, returned = 0;

  for (int round = 0; round < N_KILLS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *round_arg = g_strdup_printf ("%d", round);
      const char *argv[] = { g_test_get_filename (G_TEST_BUILT, "test-crash", NULL), "--child", path, round_arg, NULL };
      g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
      g_autoptr(GIOChannel) channel = NULL;
      g_autoptr(GHashTable) expected = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_autoptr(RtCommittee) committee = NULL;
      g_auto(GStrv) lines = NULL;
      Child child = { loop, g_string_new (NULL), 0, 0, 0, 0, FALSE, FALSE };
      GHashTableIter iter;
      gpointer key, value;
      sqlite3 *db;
      GPid pid;
      int out_fd;
      gsize length;
      char *data;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      child.pid = pid;
      child.kill_after = g_rand_int_range (rand, 1, N_EDITS);
      channel = g_io_channel_unix_new (out_fd);
      g_io_channel_set_close_on_unref (channel, TRUE);
      g_io_channel_set_encoding (channel, NULL, NULL);
      child.watch = g_io_add_watch (channel, G_IO_IN | G_IO_HUP, child_output, &child);
      g_child_watch_add (pid, child_exited, &child);
      g_main_loop_run (loop);
      g_assert_true (child.exited);
      g_clear_handle_id (&child.watch, g_source_remove);

      /* Everything the child printed before it died: the edits that returned. */
      g_io_channel_read_to_end (channel, &data, &length, &error);
      g_assert_no_error (error);
      g_string_append_len (child.output, data, length);
      g_free (data);

      lines = g_strsplit (child.output->str, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          g_auto(GStrv) parts = g_strsplit (lines[i], " ", 3);
          gint64 *id;

          /* A line cut by the kill is not a returned edit. */
          if (g_strv_length (parts) != 3 || !g_str_has_suffix (lines[i], "意見") || lines[i + 1] == NULL)
            continue;

          returned++;
          id = g_new (gint64, 1);
          *id = g_ascii_strtoll (parts[1], NULL, 10);
          g_hash_table_replace (expected, id, g_strdup (parts[2]));
        }
      g_string_free (child.output, TRUE);

      if (child.killed)
        killed++;

      /* The file opens through the store (which checks integrity) … */
      committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_true (rt_store_check_integrity (rt_committee_get_store (committee), &error));
      g_assert_no_error (error);
      g_clear_object (&committee);

      /* … passes the full integrity check, and holds every returned edit. */
      g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
      {
        sqlite3_stmt *stmt;

        g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "ok");
        sqlite3_finalize (stmt);
      }

      g_hash_table_iter_init (&iter, expected);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autofree char *text = card_text (db, *(gint64 *)key);

          g_assert_nonnull (text);
          /* The last returned text, or the one in flight when killed: later in the same round. */
          if (g_strcmp0 (text, value) != 0)
            {
              int returned_edit = atoi (strstr (value, "edit ") + 5);
              int found_edit = atoi (strstr (text, "edit ") + 5);

              g_assert_true (g_str_has_prefix (text, "round "));
              g_assert_cmpint (found_edit, ==, returned_edit + 1);
            }
          checked++;
        }
      sqlite3_close (db);
    }

  g_test_message ("%d rounds, %u killed mid-run, %u edits returned, the last edit of %u cards checked, 0 lost",
                  N_KILLS, killed, returned, checked);
  g_assert_cmpuint (killed, ==, N_KILLS);
  /* Each round is killed after 1 to N_EDITS reported edits; most must have been checked. */
  g_assert_cmpuint (checked, >=, N_KILLS);

  rt_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], atoi (argv[3]));

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/crash/kill", test_crash_kill);

  return g_test_run ();
}
