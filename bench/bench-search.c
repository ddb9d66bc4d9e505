/* bench-search.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search as you type on a committee of 100,000 cards made by recombining the
 * sample's sentences: median and worst time of queries of 1, 2, 3 and 5
 * characters (targets: 30 ms for 1–2, 20 ms for 3 and more). Then the cost of
 * the undo log: a 10,000-row import with the history's triggers and without.
 *
 * Usage: bench-search [N_CARDS]
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-search.h"
#include "rt-store-private.h"

#define N_QUERIES 200

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

static RtCommittee *
new_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  RtCommittee *committee;
  gsize length;

  remove_database (path);
  json = rt_sample_committee_json (&length, &error);
  if (json == NULL ||
      !(committee = rt_committee_create_from_json (path, json, length, &error)))
    g_error ("%s", error->message);

  return committee;
}

/* The sentences of the sample's cards, each ending with its 。 if it had one. */
static GPtrArray *
sample_sentences (RtCommittee *committee)
{
  GListModel *cards = rt_committee_get_cards (committee);
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      const char *p = rt_card_get_text (card);

      while (*p != '\0')
        {
          const char *end = strstr (p, "。");

          end = end ? end + strlen ("。") : p + strlen (p);
          if (end > p)
            g_ptr_array_add (sentences, g_strndup (p, end - p));
          p = end;
        }
    }

  return sentences;
}

static void
insert_cards (RtCommittee *committee,
              GPtrArray   *sentences,
              guint        n_cards,
              GRand       *rand,
              GPtrArray   *texts)
{
  g_autoptr(GError) error = NULL;
  RtStore *store = rt_committee_get_store (committee);
  GListModel *themes = rt_committee_get_themes (committee);
  GListModel *people = rt_committee_get_people (committee);
  guint n_themes = g_list_model_get_n_items (themes);
  guint n_people = g_list_model_get_n_items (people);

  if (!rt_store_begin (store, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < n_cards; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, g_rand_int_range (rand, 0, n_themes));
      g_autoptr(RtPerson) person = g_list_model_get_item (people, g_rand_int_range (rand, 0, n_people));
      guint n = g_rand_int_range (rand, 1, 4);
      RtStmt *stmt;

      for (guint k = 0; k < n; k++)
        g_string_append (text, g_ptr_array_index (sentences, g_rand_int_range (rand, 0, sentences->len)));

      if (!(stmt = rt_store_prepare (store,
                                     "INSERT INTO cards (text, verbatim, speaker_id, theme_id, position,"
                                     " created, modified) VALUES (?1, ?1, ?2, ?3, ?4, '2026-02-20', '2026-02-20')",
                                     &error)))
        g_error ("%s", error->message);

      rt_stmt_bind_text (stmt, 1, text->str);
      rt_stmt_bind_int64 (stmt, 2, rt_person_get_id (person));
      rt_stmt_bind_int64 (stmt, 3, rt_theme_get_id (theme));
      rt_stmt_bind_int (stmt, 4, 1000 + i);
      if (!rt_stmt_run (stmt, &error))
        g_error ("%s", error->message);

      if (texts != NULL)
        g_ptr_array_add (texts, g_string_free (g_steal_pointer (&text), FALSE));
    }

  if (!rt_store_commit (store, &error))
    g_error ("%s", error->message);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return (da > db) - (da < db);
}

/* A substring of @n characters of a random card, without white space. */
static char *
random_query (GPtrArray *texts,
              guint      n,
              GRand     *rand)
{
  for (;;)
    {
      const char *text = g_ptr_array_index (texts, g_rand_int_range (rand, 0, texts->len));
      glong len = g_utf8_strlen (text, -1);
      const char *p, *e;
      char *query;

      if (len < (glong)n)
        continue;

      p = g_utf8_offset_to_pointer (text, g_rand_int_range (rand, 0, len - n + 1));
      e = g_utf8_offset_to_pointer (p, n);
      query = g_strndup (p, e - p);
      if (strpbrk (query, " \n\t") == NULL)
        return query;
      g_free (query);
    }
}

static void
bench_queries (RtCommittee *committee,
               GPtrArray   *texts,
               GRand       *rand,
               guint        n_chars,
               gboolean     with_ranges)
{
  double times[N_QUERIES];
  gsize total_found = 0;

  for (guint i = 0; i < N_QUERIES; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *query = random_query (texts, n_chars, rand);
      gint64 start = g_get_monotonic_time ();

      if (with_ranges)
        {
          g_autoptr(GPtrArray) matches = rt_committee_search_matches (committee, query, NULL, &error);

          g_assert_no_error (error);
          total_found += matches->len;
        }
      else
        {
          g_autoptr(GArray) ids = rt_committee_search (committee, query, NULL, &error);

          g_assert_no_error (error);
          total_found += ids->len;
        }

      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, N_QUERIES, sizeof (double), (int (*) (const void *, const void *))compare_doubles);
  printf ("  %u character%s%s: median %6.2f ms, p90 %6.2f ms, max %6.2f ms (%zu cards found on average)\n",
          n_chars, n_chars > 1 ? "s" : " ", with_ranges ? " + ranges" : "          ",
          times[N_QUERIES / 2], times[N_QUERIES * 9 / 10], times[N_QUERIES - 1],
          total_found / N_QUERIES);
}

static double
timed_import (const char *path,
              gboolean    history,
              GPtrArray  *sentences,
              double     *undo_ms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = new_sample (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  RtHistory *h = rt_committee_get_history (committee);
  gint64 start;
  double ms;

  rt_history_clear (h);
  if (!rt_history_set_enabled (h, history, &error))
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  insert_cards (committee, sentences, 10000, rand, NULL);
  ms = (g_get_monotonic_time () - start) / 1000.0;

  *undo_ms = 0;
  if (history)
    {
      start = g_get_monotonic_time ();
      if (!rt_committee_undo (committee, &error))
        g_error ("%s", error->message);
      *undo_ms = (g_get_monotonic_time () - start) / 1000.0;
    }

  return ms;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ronten-bench-search-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  guint n_cards = argc > 1 ? (guint)atoi (argv[1]) : 100000;
  gint64 start;
  double with[3], without[3], undo[3], unused;

  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "bench.ronten", NULL);

  committee = new_sample (path);
  sentences = sample_sentences (committee);
  rt_history_set_enabled (rt_committee_get_history (committee), FALSE, NULL);

  start = g_get_monotonic_time ();
  insert_cards (committee, sentences, n_cards, rand, texts);
  printf ("%u cards from %u sample sentences, one transaction and model refresh: %.0f ms\n",
          n_cards, sentences->len, (g_get_monotonic_time () - start) / 1000.0);

  {
    g_autoptr(GArray) ids = NULL;

    start = g_get_monotonic_time ();
    ids = rt_committee_search (committee, "", NULL, &error);
    g_assert_no_error (error);
    printf ("first search, building the index of %u cards: %.0f ms\n",
            ids->len, (g_get_monotonic_time () - start) / 1000.0);
  }

  printf ("search over %u cards, %d queries each (substrings of random cards):\n",
          g_list_model_get_n_items (rt_committee_get_cards (committee)), N_QUERIES);
  bench_queries (committee, texts, rand, 1, FALSE);
  bench_queries (committee, texts, rand, 2, FALSE);
  bench_queries (committee, texts, rand, 3, FALSE);
  bench_queries (committee, texts, rand, 5, FALSE);
  bench_queries (committee, texts, rand, 2, TRUE);
  bench_queries (committee, texts, rand, 5, TRUE);

  {
    g_autoptr(RtSearchModel) model = rt_search_model_new (committee);

    start = g_get_monotonic_time ();
    rt_search_model_set_query (model, "協働");
    printf ("RtSearchModel, query “協働”: %u cards in %.2f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), (g_get_monotonic_time () - start) / 1000.0);
    start = g_get_monotonic_time ();
    rt_search_model_set_query (model, "協働の");
    printf ("RtSearchModel, query “協働の”: %u cards in %.2f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), (g_get_monotonic_time () - start) / 1000.0);
  }

  g_clear_object (&committee);
  remove_database (path);

  /* Alternate the runs so that neither gets a warmer cache. */
  for (guint i = 0; i < 3; i++)
    {
      without[i] = timed_import (path, FALSE, sentences, &unused);
      with[i] = timed_import (path, TRUE, sentences, &undo[i]);
    }
  qsort (with, 3, sizeof (double), (int (*) (const void *, const void *))compare_doubles);
  qsort (without, 3, sizeof (double), (int (*) (const void *, const void *))compare_doubles);
  qsort (undo, 3, sizeof (double), (int (*) (const void *, const void *))compare_doubles);
  printf ("import of 10,000 cards in one transaction (median of 3): %.0f ms without undo log, %.0f ms with (+%.0f %%); undoing it: %.0f ms\n",
          without[1], with[1], 100.0 * (with[1] - without[1]) / without[1], undo[1]);

  remove_database (path);
  g_rmdir (dir);

  return 0;
}
