/* test-search.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search over card text: for queries of one, two and three characters the
 * cards found are exactly those a plain substring scan finds, on the sample
 * committee and on 10,000 generated cards; width and case do not matter;
 * filters; highlight ranges; the list model.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-search.h"
#include "rt-store-private.h"
#include "rt-test-util.h"

typedef struct
{
  char        *dir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->committee = rt_test_create_sample ("ronten-test-search-XXXXXX", &fixture->dir,
                                              &fixture->path, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->committee != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->committee));

  rt_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

static gint64
nth_id (GListModel *model,
        guint       n)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, n);
  gint64 id = 0;

  g_assert_nonnull (item);
  g_object_get (item, "id", &id, NULL);

  return id;
}

/* The naive answer: every card, in id order, whose normalised text contains
 * the normalised query. Also checks that, for a card whose text is already
 * normalised, that is the same as strstr() on its raw text. */
static GArray *
naive_search (RtCommittee *committee,
              const char  *query)
{
  GListModel *cards = rt_committee_get_cards (committee);
  g_autofree char *nq = rt_search_normalize (query, -1);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      const char *text = rt_card_get_text (card);
      g_autofree char *nt = rt_search_normalize (text, -1);
      gboolean found = strstr (nt, nq) != NULL;
      gint64 id = rt_card_get_id (card);

      if (g_str_equal (nt, text) && g_str_equal (nq, query))
        g_assert_cmpint (found, ==, strstr (text, query) != NULL);

      if (found)
        g_array_append_val (ids, id);
    }

  return ids;
}

static void
assert_same_ids (GArray     *actual,
                 GArray     *expected,
                 const char *query)
{
  if (actual->len != expected->len ||
      (actual->len > 0 && memcmp (actual->data, expected->data, actual->len * sizeof (gint64)) != 0))
    g_error ("Query “%s”: %u cards found, %u expected", query, actual->len, expected->len);
}

static void
check_query (RtCommittee *committee,
             const char  *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) expected = naive_search (committee, query);
  g_autoptr(GArray) actual = rt_committee_search (committee, query, NULL, &error);

  g_assert_no_error (error);
  assert_same_ids (actual, expected, query);
}

/* Every distinct substring of @n characters of every card text. */
static GPtrArray *
substrings (RtCommittee *committee,
            guint        n)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *cards = rt_committee_get_cards (committee);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      const char *text = rt_card_get_text (card);

      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        {
          const char *e = p;
          guint k;

          for (k = 0; k < n && *e != '\0'; k++)
            e = g_utf8_next_char (e);
          if (k == n && !g_unichar_isspace (g_utf8_get_char (p)) &&
              memchr (p, ' ', e - p) == NULL && memchr (p, '\n', e - p) == NULL)
            g_hash_table_add (set, g_strndup (p, e - p));
        }
    }

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (result, key);
    }

  return result;
}

static void
test_sample_exact (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint n = 1; n <= 3; n++)
    {
      g_autoptr(GPtrArray) queries = substrings (fixture->committee, n);

      g_assert_cmpuint (queries->len, >, 10);
      for (guint i = 0; i < queries->len; i++)
        check_query (fixture->committee, g_ptr_array_index (queries, i));
    }

  /* Words that are in no card. */
  check_query (fixture->committee, "鰻");
  check_query (fixture->committee, "鰻重");
  check_query (fixture->committee, "zzz");
}

static const char * const words[] = {
  "協働", "市民", "活動", "センター", "行政", "団体", "参加", "支援", "条例", "理念",
  "の", "を", "に", "は", "が", "と", "も", "で", "、", "。", "必要", "連携", "案",
  "地域", "ＮＰＯ", "NPO", "１２", "12", "ｶﾞｲﾄﾞ", "ガイド", "Ａｂｃ", "abc", "人",
};

static char *
random_text (GRand *rand)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 3, 25);

  for (guint i = 0; i < n; i++)
    g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

  return g_string_free (s, FALSE);
}

static void
test_generated_exact (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  RtCommittee *c = fixture->committee;
  RtStore *store = rt_committee_get_store (c);
  GListModel *cards = rt_committee_get_cards (c);
  g_autoptr(GTimer) timer = g_timer_new ();

  rt_history_set_enabled (rt_committee_get_history (c), FALSE, &error);
  g_assert_no_error (error);

  g_assert_true (rt_store_begin (store, &error));
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *text = random_text (rand);
      RtCardDraft draft = { .text = text };

      g_assert_cmpint (rt_committee_add_card (c, &draft, &error), >, 0);
      g_assert_no_error (error);
    }
  g_assert_true (rt_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cards), >=, 10000);

  g_timer_start (timer);
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, g_rand_int_range (rand, 0, g_list_model_get_n_items (cards)));
      const char *text = rt_card_get_text (card);
      glong len = g_utf8_strlen (text, -1);
      guint n = 1 + i % 3;
      glong start;
      const char *p, *e;
      g_autofree char *query = NULL;

      if (len < (glong)n)
        continue;
      start = g_rand_int_range (rand, 0, len - n + 1);
      p = g_utf8_offset_to_pointer (text, start);
      e = g_utf8_offset_to_pointer (p, n);
      query = g_strndup (p, e - p);
      if (strchr (query, ' ') != NULL)
        continue;

      check_query (c, query);
    }
  g_test_message ("300 checked queries over %u cards: %.0f ms",
                  g_list_model_get_n_items (cards), g_timer_elapsed (timer, NULL) * 1000);
}

static void
add_cards (RtCommittee  *c,
           const char  **texts,
           gint64       *ids,
           guint         n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      RtCardDraft draft = { .text = texts[i] };

      ids[i] = rt_committee_add_card (c, &draft, &error);
      g_assert_no_error (error);
    }
}

static gboolean
found (RtCommittee *c,
       const char  *query,
       gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = rt_committee_search (c, query, NULL, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
test_width_and_case (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *texts[] = {
    "令和６年度の予算",
    "令和6年度の予算",
    "ＡＢＣ会議の報告",
    "abc会議",
    "ｶﾞｲﾄﾞﾗｲﾝを作る",
    "ガイドラインを作る",
    "㈱という表記",
  };
  gint64 ids[G_N_ELEMENTS (texts)];
  RtCommittee *c = fixture->committee;

  add_cards (c, texts, ids, G_N_ELEMENTS (texts));

  g_assert_true (found (c, "6", ids[0]));
  g_assert_true (found (c, "6", ids[1]));
  g_assert_true (found (c, "６年", ids[1]));
  g_assert_true (found (c, "abc", ids[2]));
  g_assert_true (found (c, "ABC", ids[3]));
  g_assert_true (found (c, "ａｂｃ", ids[3]));
  g_assert_true (found (c, "ガイド", ids[4]));
  g_assert_true (found (c, "ｶﾞｲﾄﾞ", ids[5]));
  g_assert_true (found (c, "ｶﾞ", ids[5]));
  g_assert_false (found (c, "カ", ids[4]));
  g_assert_true (found (c, "(株)", ids[6]));

  /* Several words: all must be found. */
  g_assert_true (found (c, "令和　予算", ids[0]));
  g_assert_false (found (c, "令和 会議", ids[0]));
}

typedef struct
{
  const char *text;
  const char *query;
  const char *expected;   /* the highlighted pieces, joined with | */
} RangeCase;

static const RangeCase range_cases[] = {
  { "協働の協働", "協働", "協働|協働" },
  { "協働の理念", "の", "の" },
  { "協働の理念", "協働 理念", "協働|理念" },
  { "協働の理念", "働の理", "働の理" },
  { "ｶﾞｲﾄﾞﾗｲﾝ", "ガイド", "ｶﾞｲﾄﾞ" },
  { "ＮＰＯと行政", "npo", "ＮＰＯ" },
  { "㈱会社", "株", "㈱" },
  { "abcabc", "bc ca", "bcabc" },
  { "協働", "", "" },
  { "協働", "市民", "" },
};

static void
test_ranges (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      const RangeCase *rc = &range_cases[i];
      g_autoptr(GArray) ranges = rt_search_find_ranges (rc->text, rc->query);
      g_autoptr(GString) pieces = g_string_new (NULL);

      for (guint j = 0; j < ranges->len; j++)
        {
          RtSearchRange *r = &g_array_index (ranges, RtSearchRange, j);

          g_assert_cmpuint (r->start, <, r->end);
          g_assert_cmpuint (r->end, <=, strlen (rc->text));
          if (j > 0)
            g_string_append_c (pieces, '|');
          g_string_append_len (pieces, rc->text + r->start, r->end - r->start);
        }

      g_assert_cmpstr (pieces->str, ==, rc->expected);
    }
}

static void
test_matches (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = rt_committee_search_matches (fixture->committee, "協働", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (matches->len, >, 0);

  for (guint i = 0; i < matches->len; i++)
    {
      RtSearchMatch *match = g_ptr_array_index (matches, i);
      RtCard *card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, match->card_id);
      const char *text = rt_card_get_text (card);
      guint n = 0;

      for (const char *p = strstr (text, "協働"); p != NULL; p = strstr (p + 1, "協働"))
        n++;

      g_assert_cmpuint (match->ranges->len, ==, n);
      for (guint j = 0; j < match->ranges->len; j++)
        {
          RtSearchRange *r = &g_array_index (match->ranges, RtSearchRange, j);

          g_assert_cmpuint (r->end - r->start, ==, strlen ("協働"));
          g_assert_true (strncmp (text + r->start, "協働", r->end - r->start) == 0);
        }
    }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  GListModel *cards = rt_committee_get_cards (c);
  gint64 speaker = 0, meeting = 0, theme = 0, point;
  gint64 linked[2];
  g_autoptr(GHashTable) any_point = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) on_point = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Pick values that some, not all, cards have. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (speaker == 0)
        speaker = rt_card_get_speaker_id (card);
      if (meeting == 0)
        meeting = rt_card_get_meeting_id (card);
      if (theme == 0)
        theme = rt_card_get_theme_id (card);
    }

  {
    g_autoptr(GListModel) points = rt_committee_list_points (c, nth_id (rt_committee_get_frameworks (c), 0));

    point = nth_id (points, 0);
  }
  linked[0] = nth_id (cards, 2);
  linked[1] = nth_id (cards, 7);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (rt_committee_link_card_point (c, linked[i], point, &error));
      g_assert_no_error (error);
    }
  g_assert_true (rt_committee_set_cards_status (c, linked, 1, RT_CARD_STATUS_REVIEWED, &error));
  g_assert_no_error (error);
  g_assert_true (rt_committee_set_cards_kind (c, linked, 2, RT_STATEMENT_KIND_QUESTION, &error));
  g_assert_no_error (error);

  /* The sample links cards of its own to points. */
  {
    RtStmt *stmt = rt_store_prepare (rt_committee_get_store (c),
                                           "SELECT card_id, point_id FROM card_points", &error);
    gboolean has_row;

    g_assert_no_error (error);
    while (rt_stmt_step (stmt, &has_row, &error) && has_row)
      {
        gint64 *id = g_new (gint64, 1);

        *id = rt_stmt_get_int64 (stmt, 0);
        g_hash_table_add (any_point, id);
        if (rt_stmt_get_int64 (stmt, 1) == point)
          g_hash_table_add (on_point, g_memdup2 (id, sizeof *id));
      }
    g_assert_no_error (error);
  }

  for (guint f = 0; f < 9; f++)
    {
      RtSearchFilter filter = RT_SEARCH_FILTER_INIT;
      g_autoptr(GArray) ids = NULL;
      guint expected = 0;

      switch (f)
        {
        case 0: filter.speaker_id = speaker; break;
        case 1: filter.meeting_id = meeting; break;
        case 2: filter.theme_id = theme; break;
        case 3: filter.theme_id = RT_SEARCH_NONE; break;
        case 4: filter.point_id = point; break;
        case 5: filter.status = RT_CARD_STATUS_REVIEWED; break;
        case 6: filter.point_id = RT_SEARCH_NONE; filter.speaker_id = speaker; break;
        case 7: filter.kind = RT_STATEMENT_KIND_QUESTION; break;
        case 8: filter.kind = RT_STATEMENT_KIND_OPINION; filter.status = RT_CARD_STATUS_REVIEWED; break;
        default: g_assert_not_reached ();
        }

      ids = rt_committee_search (c, "", &filter, &error);
      g_assert_no_error (error);

      for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
        {
          g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
          gint64 card_id = rt_card_get_id (card);
          gboolean ok;

          switch (f)
            {
            case 0: ok = rt_card_get_speaker_id (card) == speaker; break;
            case 1: ok = rt_card_get_meeting_id (card) == meeting; break;
            case 2: ok = rt_card_get_theme_id (card) == theme; break;
            case 3: ok = rt_card_get_theme_id (card) == 0; break;
            case 4: ok = g_hash_table_contains (on_point, &card_id); break;
            case 5: ok = rt_card_get_status (card) == RT_CARD_STATUS_REVIEWED; break;
            case 6: ok = !g_hash_table_contains (any_point, &card_id) && rt_card_get_speaker_id (card) == speaker; break;
            case 7: ok = card_id == linked[0] || card_id == linked[1]; break;
            case 8: ok = rt_card_get_kind (card) == RT_STATEMENT_KIND_OPINION &&
                         rt_card_get_status (card) == RT_CARD_STATUS_REVIEWED &&
                         card_id != linked[0]; break;
            default: g_assert_not_reached ();
            }

          if (ok)
            {
              g_assert_cmpint (g_array_index (ids, gint64, expected), ==, rt_card_get_id (card));
              expected++;
            }
        }

      g_assert_cmpuint (ids->len, ==, expected);
      if (f != 3)
        g_assert_cmpuint (ids->len, >, 0);
    }
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  (*count)++;
}

static void
test_model (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  g_autoptr(RtSearchModel) model = rt_search_model_new (c);
  g_autoptr(GArray) expected = NULL;
  guint changes = 0;
  guint n;
  gint64 id;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    g_list_model_get_n_items (rt_committee_get_cards (c)));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == RT_TYPE_CARD);

  g_signal_connect (model, "items-changed", G_CALLBACK (count_items_changed), &changes);

  rt_search_model_set_query (model, "協働");
  expected = naive_search (c, "協働");
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (changes, ==, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (model), i);

      g_assert_cmpint (rt_card_get_id (card), ==, g_array_index (expected, gint64, i));
      g_assert_true (rt_search_model_contains (model, rt_card_get_id (card)));
    }

  /* A new card that matches appears; an edit that stops matching leaves. */
  id = rt_committee_capture_card (c, 0, 0, "協働について", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n + 1);
  g_assert_true (rt_search_model_contains (model, id));
  {
    g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (model), n);
    g_autoptr(GArray) ranges = rt_search_model_get_ranges (model, card);

    g_assert_cmpint (rt_card_get_id (card), ==, id);
    g_assert_cmpuint (ranges->len, ==, 1);
    g_assert_cmpuint (g_array_index (ranges, RtSearchRange, 0).start, ==, 0);
  }

  g_assert_true (rt_committee_set_card_text (c, id, "別の話", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  g_assert_false (rt_search_model_contains (model, id));

  /* Undo flows through the model like any change. */
  g_assert_true (rt_committee_undo (c, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n + 1);
  g_assert_true (rt_committee_undo (c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);

  {
    RtSearchFilter filter = RT_SEARCH_FILTER_INIT;

    filter.theme_id = RT_SEARCH_NONE;
    rt_search_model_set_filter (model, &filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <=, n);
  }

  g_signal_handlers_disconnect_by_func (model, count_items_changed, &changes);
  g_assert_finalize_object (g_steal_pointer (&model));
}

/* Speaker statistics live beside search: both are views over all cards. */
static void
test_speaker_stats (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *c = fixture->committee;
  GListModel *cards = rt_committee_get_cards (c);
  g_autoptr(RtSpeakerStats) stats = rt_committee_get_speaker_stats (c, 0, &error);
  guint sum = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (stats->n_cards, ==, g_list_model_get_n_items (cards));
  g_assert_cmpuint (stats->n_speakers, >=, g_list_model_get_n_items (rt_committee_get_people (c)));
  g_assert_cmpuint (stats->n_themes, ==, g_list_model_get_n_items (rt_committee_get_themes (c)) + 1);
  g_assert_cmpint (stats->theme_ids[stats->n_themes - 1], ==, 0);

  for (guint s = 0; s < stats->n_speakers; s++)
    {
      guint row = 0;

      for (guint t = 0; t < stats->n_themes; t++)
        {
          guint expected = 0;

          for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
            {
              g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

              if (rt_card_get_speaker_id (card) == stats->speaker_ids[s] &&
                  rt_card_get_theme_id (card) == stats->theme_ids[t])
                expected++;
            }
          g_assert_cmpuint (rt_speaker_stats_get (stats, s, t), ==, expected);
          row += expected;
        }
      g_assert_cmpuint (stats->speaker_totals[s], ==, row);
      sum += row;
    }
  g_assert_cmpuint (sum, ==, stats->n_cards);

  /* A person who has said nothing has a row of zeros. */
  {
    g_autoptr(RtSpeakerStats) after = NULL;
    gint64 id = rt_committee_add_person (c, "新人", "委員", &error);

    g_assert_no_error (error);
    after = rt_committee_get_speaker_stats (c, 0, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (after->n_speakers, ==, stats->n_speakers + 1);
    for (guint s = 0; s < after->n_speakers; s++)
      if (after->speaker_ids[s] == id)
        {
          g_assert_cmpstr (after->speaker_names[s], ==, "新人委員");
          g_assert_cmpuint (after->speaker_totals[s], ==, 0);
        }
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/search/sample-exact", test_sample_exact);
  ADD ("/ronten/search/generated-exact", test_generated_exact);
  ADD ("/ronten/search/width-and-case", test_width_and_case);
  ADD ("/ronten/search/matches", test_matches);
  ADD ("/ronten/search/filters", test_filters);
  ADD ("/ronten/search/model", test_model);
  g_test_add_func ("/ronten/search/ranges", test_ranges);
  ADD ("/ronten/committee-stats/speakers", test_speaker_stats);

  return g_test_run ();
}
