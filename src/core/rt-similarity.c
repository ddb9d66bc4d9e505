/* rt-similarity.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-similarity"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-similarity.h"

typedef struct
{
  gint64  tag;
  gint32 *ranks;
  guint   n_ranks;
} Doc;

/* A text holding a bigram in its prefix, where, and the text's length. */
typedef struct
{
  guint32 doc;
  guint32 position;
  guint32 length;
} Posting;

/* An inverted index for texts at least a threshold alike, by prefix
 * filtering (as in the AllPairs and PPJoin algorithms): the bigrams of every
 * text are ordered from the rarest to the most common, and only the first
 * few of each text, its prefix, are indexed. Two texts that reach the
 * threshold share a bigram in their prefixes, so a query looks only at the
 * texts found under its own prefix, and rare bigrams have short lists. The
 * order comes from the texts given to rt_similarity_index_learn() before the
 * first add or find; bigrams met later count as rarer than all, which keeps
 * the order the same for every text. */
struct _RtSimilarityIndex
{
  double      threshold;
  GArray     *docs;
  GHashTable *exact;
  GHashTable *gram_ids;
  GArray     *counts;
  GArray     *rank_of_id;
  GHashTable *postings;
  guint32    *seen;
  gint32     *overlap;
  GArray     *candidates;
  guint       seen_size;
  guint32     generation;
  gint32      next_new_rank;
  gboolean    frozen;
  char       *cached_text;
  GArray     *cached_ranks;
  gboolean    cached_unknown;
};

static gboolean
is_dropped (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT ||
      type == G_UNICODE_UNASSIGNED || type == G_UNICODE_PRIVATE_USE ||
      type == G_UNICODE_SURROGATE)
    return TRUE;

  /* g_unichar_ispunct() covers symbols too: 「」、。・～~ and the like. */
  return g_unichar_isspace (c) || g_unichar_ispunct (c);
}

/* Whether NFKC leaves @c as it is, or @c is dropped both before and after
 * NFKC, and case folding is at most ASCII's. */
static inline gboolean
is_stable_char (gunichar c)
{
  return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t' ||
         (c >= 0x3041 && c <= 0x3096) ||            /* hiragana */
         (c >= 0x30a1 && c <= 0x30fa) ||            /* katakana */
         c == 0x30fc ||                             /* ー */
         (c >= 0x4e00 && c <= 0x9fff) ||            /* CJK unified ideographs */
         c == 0x3000 || c == 0x3001 || c == 0x3002 || c == 0x30fb ||
         (c >= 0x3008 && c <= 0x3011) ||            /* 〈〉《》「」『』【】 */
         c == 0xff01 || c == 0xff08 || c == 0xff09 || c == 0xff0c ||
         c == 0xff1a || c == 0xff1b || c == 0xff1f || c == 0xff5e;
}

static gboolean
is_stable_text (const char *text,
                gsize       len)
{
  const char *end = text + len;

  if (!g_utf8_validate_len (text, len, NULL))
    return FALSE;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    if (!is_stable_char (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * rt_similarity_normalize:
 * @text: UTF-8 text; invalid bytes are replaced
 * @len: its length in bytes, or -1 when NUL-terminated
 *
 * Returns: (transfer full): @text in NFKC, case folded, without spaces,
 *   punctuation, symbols and control characters
 */
char *
rt_similarity_normalize (const char *text,
                         gssize      len)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfkc = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (text);

  if (is_stable_text (text, len))
    {
      /* The common case, kana, kanji, ASCII and Japanese punctuation only:
       * NFKC changes nothing there, and case folding is ASCII's. */
      out = g_string_sized_new (len);
      for (const char *p = text, *e = text + len; p < e; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (!is_dropped (c))
            g_string_append_unichar (out, c < 0x80 ? (gunichar)g_ascii_tolower (c) : c);
        }
      return g_string_free (out, FALSE);
    }

  valid = g_utf8_make_valid (text, len);
  nfkc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  folded = g_utf8_casefold (nfkc ? nfkc : valid, -1);

  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_dropped (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Shell sorts: the arrays are short (the bigrams of one statement), and
 * an inlined comparison is several times faster than qsort()'s callback. */
static void
sort_u64 (guint64 *v,
          guint    n)
{
  static const guint gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };

  for (guint g = 0; g < G_N_ELEMENTS (gaps); g++)
    for (guint i = gaps[g]; i < n; i++)
      {
        guint64 x = v[i];
        guint j = i;

        for (; j >= gaps[g] && v[j - gaps[g]] > x; j -= gaps[g])
          v[j] = v[j - gaps[g]];
        v[j] = x;
      }
}

static void
sort_i32 (gint32 *v,
          guint   n)
{
  static const guint gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };

  for (guint g = 0; g < G_N_ELEMENTS (gaps); g++)
    for (guint i = gaps[g]; i < n; i++)
      {
        gint32 x = v[i];
        guint j = i;

        for (; j >= gaps[g] && v[j - gaps[g]] > x; j -= gaps[g])
          v[j] = v[j - gaps[g]];
        v[j] = x;
      }
}

/* The set of bigrams of @normalized, sorted, each once. */
static GArray *
get_bigrams (const char *normalized)
{
  gsize bytes = strlen (normalized);
  GArray *grams = g_array_sized_new (FALSE, FALSE, sizeof (guint64), bytes);
  guint64 *v = (guint64 *)(void *)grams->data;
  const char *p = normalized;
  gunichar prev;
  guint n = 0, m = 0;

  if (*p == '\0')
    return grams;

  /* Never more bigrams than bytes. */
  prev = g_utf8_get_char (p);
  for (p = g_utf8_next_char (p); *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      v[n++] = (guint64)prev * 0x110000 + c;
      prev = c;
    }

  sort_u64 (v, n);
  for (guint i = 0; i < n; i++)
    if (m == 0 || v[i] != v[m - 1])
      v[m++] = v[i];
  g_array_set_size (grams, m);

  return grams;
}

/**
 * rt_similarity_dice:
 *
 * Returns: the Dice coefficient, from 0 to 1, of the bigram sets of two
 *   normalised texts; texts too short for a bigram are alike only when equal
 */
double
rt_similarity_dice (const char *normalized_a,
                    const char *normalized_b)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  guint i = 0, j = 0, shared = 0;

  g_return_val_if_fail (normalized_a != NULL && normalized_b != NULL, 0);

  if (g_str_equal (normalized_a, normalized_b))
    return normalized_a[0] != '\0' ? 1.0 : 0.0;

  a = get_bigrams (normalized_a);
  b = get_bigrams (normalized_b);
  if (a->len == 0 || b->len == 0)
    return 0.0;

  while (i < a->len && j < b->len)
    {
      guint64 x = g_array_index (a, guint64, i);
      guint64 y = g_array_index (b, guint64, j);

      if (x == y)
        shared++, i++, j++;
      else if (x < y)
        i++;
      else
        j++;
    }

  return 2.0 * shared / (a->len + b->len);
}


/* g_int64_hash() keeps the low 32 bits only: mix all of them in. */
static guint
gram_hash (gconstpointer key)
{
  guint64 x = *(const guint64 *)key;

  x ^= x >> 31;
  x *= G_GUINT64_CONSTANT (0x7fb5d329728ea185);
  x ^= x >> 27;

  return (guint)(x >> 32);
}

static void
doc_clear (gpointer data)
{
  Doc *doc = data;

  g_free (doc->ranks);
}

/**
 * rt_similarity_index_new:
 * @threshold: the least Dice coefficient rt_similarity_index_find() reports, above 0
 */
RtSimilarityIndex *
rt_similarity_index_new (double threshold)
{
  RtSimilarityIndex *self;

  g_return_val_if_fail (threshold > 0 && threshold <= 1, NULL);

  self = g_new0 (RtSimilarityIndex, 1);
  self->threshold = threshold;
  self->docs = g_array_new (FALSE, FALSE, sizeof (Doc));
  g_array_set_clear_func (self->docs, doc_clear);
  self->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->gram_ids = g_hash_table_new_full (gram_hash, g_int64_equal, g_free, NULL);
  self->counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->rank_of_id = g_array_new (FALSE, FALSE, sizeof (gint32));
  self->postings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  self->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->next_new_rank = -1;

  return self;
}

void
rt_similarity_index_free (RtSimilarityIndex *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->docs);
  g_hash_table_unref (self->exact);
  g_hash_table_unref (self->gram_ids);
  g_array_unref (self->counts);
  g_array_unref (self->rank_of_id);
  g_hash_table_unref (self->postings);
  g_free (self->seen);
  g_free (self->overlap);
  g_array_unref (self->candidates);
  g_free (self->cached_text);
  g_clear_pointer (&self->cached_ranks, g_array_unref);
  g_free (self);
}

/* The number of distinct texts in the index. */
guint
rt_similarity_index_get_size (RtSimilarityIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->docs->len;
}

/**
 * rt_similarity_index_learn:
 * @normalized: a text from rt_similarity_normalize()
 *
 * Counts the bigrams of a text that will be added or looked for, so that
 * the index knows which bigrams are rare. Only before the first add or find;
 * optional, but the index is much faster with it.
 */
void
rt_similarity_index_learn (RtSimilarityIndex *self,
                           const char        *normalized)
{
  g_autoptr(GArray) grams = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (normalized != NULL);
  g_return_if_fail (!self->frozen);

  grams = get_bigrams (normalized);
  for (guint i = 0; i < grams->len; i++)
    {
      gint64 gram = (gint64)g_array_index (grams, guint64, i);
      gpointer id;

      if (g_hash_table_lookup_extended (self->gram_ids, &gram, NULL, &id))
        g_array_index (self->counts, guint32, GPOINTER_TO_UINT (id))++;
      else
        {
          guint32 one = 1;

          g_hash_table_insert (self->gram_ids, g_memdup2 (&gram, sizeof gram),
                               GUINT_TO_POINTER (self->counts->len));
          g_array_append_val (self->counts, one);
        }
    }
}

static int
compare_by_count (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const guint32 *counts = data;
  guint32 x = *(const guint32 *)a;
  guint32 y = *(const guint32 *)b;

  if (counts[x] != counts[y])
    return counts[x] < counts[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Ranks the learnt bigrams from the rarest to the most common. */
static void
freeze (RtSimilarityIndex *self)
{
  g_autofree guint32 *order = NULL;
  guint n;

  if (self->frozen)
    return;

  n = self->counts->len;
  order = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint32), compare_by_count, self->counts->data);

  g_array_set_size (self->rank_of_id, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->rank_of_id, gint32, order[i]) = (gint32)i;

  g_array_set_size (self->counts, 0);
  self->frozen = TRUE;
}

/* The ranks of the bigrams of @normalized, rarest first. Bigrams the index
 * does not know get new ranks, rarer than all, when @assign is set; else
 * G_MININT32, which matches nothing. */
static GArray *
get_ranks (RtSimilarityIndex *self,
           const char        *normalized,
           gboolean           assign)
{
  g_autoptr(GArray) grams = NULL;
  GArray *ranks;
  gint32 *v;

  /* A find is usually followed by an add of the same text. */
  if (self->cached_text != NULL && g_str_equal (self->cached_text, normalized) &&
      (!assign || !self->cached_unknown))
    return g_array_ref (self->cached_ranks);

  grams = get_bigrams (normalized);
  ranks = g_array_sized_new (FALSE, FALSE, sizeof (gint32), grams->len);
  g_array_set_size (ranks, grams->len);
  v = (gint32 *)(void *)ranks->data;

  g_clear_pointer (&self->cached_text, g_free);
  g_clear_pointer (&self->cached_ranks, g_array_unref);
  self->cached_unknown = FALSE;

  for (guint i = 0; i < grams->len; i++)
    {
      gint64 gram = (gint64)g_array_index (grams, guint64, i);
      gpointer id;
      gint32 rank;

      if (g_hash_table_lookup_extended (self->gram_ids, &gram, NULL, &id))
        rank = g_array_index (self->rank_of_id, gint32, GPOINTER_TO_UINT (id));
      else if (assign)
        {
          rank = self->next_new_rank--;
          g_hash_table_insert (self->gram_ids, g_memdup2 (&gram, sizeof gram),
                               GUINT_TO_POINTER (self->rank_of_id->len));
          g_array_append_val (self->rank_of_id, rank);
        }
      else
        {
          rank = G_MININT32;
          self->cached_unknown = TRUE;
        }

      v[i] = rank;
    }

  sort_i32 (v, ranks->len);
  self->cached_text = g_strdup (normalized);
  self->cached_ranks = g_array_ref (ranks);
  return ranks;
}

/* How many of the rarest bigrams of a text of @n bigrams must be looked at:
 * a text alike enough shares at least t n / (2 - t) of them. */
static guint
prefix_length (RtSimilarityIndex *self,
               guint              n)
{
  guint needed = (guint)ceil (self->threshold * n / (2 - self->threshold) - 1e-9);

  needed = CLAMP (needed, 1, MAX (n, 1));
  return n - needed + 1;
}

/**
 * rt_similarity_index_add:
 * @normalized: a text from rt_similarity_normalize()
 * @tag: what rt_similarity_index_find() returns for it
 *
 * Adds a text. A text equal to one already added is not added again: finding
 * it returns the tag of the first.
 */
void
rt_similarity_index_add (RtSimilarityIndex *self,
                         const char        *normalized,
                         gint64             tag)
{
  g_autoptr(GArray) ranks = NULL;
  guint32 number;
  guint prefix;
  Doc doc;

  g_return_if_fail (self != NULL);
  g_return_if_fail (normalized != NULL);

  freeze (self);

  if (normalized[0] == '\0' || g_hash_table_contains (self->exact, normalized))
    return;

  number = self->docs->len;
  g_hash_table_insert (self->exact, g_strdup (normalized), GUINT_TO_POINTER (number + 1));

  ranks = get_ranks (self, normalized, TRUE);
  doc.tag = tag;
  doc.n_ranks = ranks->len;
  doc.ranks = g_memdup2 (ranks->data, MAX (ranks->len, 1) * sizeof (gint32));

  prefix = prefix_length (self, doc.n_ranks);
  for (guint i = 0; i < prefix && i < doc.n_ranks; i++)
    {
      gpointer key = GINT_TO_POINTER (doc.ranks[i]);
      GArray *posting = g_hash_table_lookup (self->postings, key);

      if (posting == NULL)
        {
          posting = g_array_new (FALSE, FALSE, sizeof (Posting));
          g_hash_table_insert (self->postings, key, posting);
        }
      g_array_append_vals (posting, &(Posting) { number, i, doc.n_ranks }, 1);
    }

  g_array_append_val (self->docs, doc);
}

/**
 * rt_similarity_index_find:
 * @normalized: a text from rt_similarity_normalize()
 * @tag: (out) (optional): the tag of the most similar text
 * @score: (out) (optional): its Dice coefficient
 *
 * Returns: %TRUE when a text of the index is at least as alike as the
 *   threshold of the index
 */
gboolean
rt_similarity_index_find (RtSimilarityIndex *self,
                          const char        *normalized,
                          gint64            *tag,
                          double            *score)
{
  g_autoptr(GArray) ranks = NULL;
  gpointer exact;
  double best = 0;
  gint64 best_tag = 0;
  double min_b, max_b;
  guint a, prefix, min_len, max_len;
  const gint32 *q;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);

  freeze (self);

  if (normalized[0] == '\0')
    return FALSE;

  if ((exact = g_hash_table_lookup (self->exact, normalized)))
    {
      if (tag)
        *tag = g_array_index (self->docs, Doc, GPOINTER_TO_UINT (exact) - 1).tag;
      if (score)
        *score = 1.0;
      return TRUE;
    }

  ranks = get_ranks (self, normalized, FALSE);
  a = ranks->len;
  if (a == 0 || self->docs->len == 0)
    return FALSE;

  q = (const gint32 *)(void *)ranks->data;
  min_b = self->threshold * a / (2 - self->threshold);
  max_b = (2 - self->threshold) * a / self->threshold;
  min_len = (guint)ceil (min_b - 1e-9);
  max_len = (guint)MIN (floor (max_b + 1e-9), G_MAXUINT32);
  prefix = prefix_length (self, a);

  if (self->seen_size < self->docs->len)
    {
      g_free (self->seen);
      g_free (self->overlap);
      self->seen_size = MAX (self->docs->len, 2 * self->seen_size);
      self->seen = g_new0 (guint32, self->seen_size);
      self->overlap = g_new0 (gint32, self->seen_size);
      self->generation = 0;
    }
  if (++self->generation == 0)
    {
      memset (self->seen, 0, self->seen_size * sizeof (guint32));
      self->generation = 1;
    }
  g_array_set_size (self->candidates, 0);

  /* Counts the bigrams shared within the prefixes, and drops a text as soon
   * as what is left of both cannot bring it to the threshold (the
   * positional filter of PPJoin): bigrams rarer than the current one are
   * all in the prefixes already. */
  for (guint i = 0; i < prefix && i < a; i++)
    {
      GArray *posting;

      /* Unknown bigrams sort first and are in no text. */
      if (q[i] == G_MININT32 ||
          !(posting = g_hash_table_lookup (self->postings, GINT_TO_POINTER (q[i]))))
        continue;

      for (guint p = 0; p < posting->len; p++)
        {
          const Posting *hit = &g_array_index (posting, Posting, p);
          guint32 number = hit->doc;
          guint b = hit->length;
          guint alpha;

          if (b < min_len || b > max_len)
            continue;

          if (self->seen[number] != self->generation)
            {
              self->seen[number] = self->generation;
              self->overlap[number] = 0;
              g_array_append_val (self->candidates, number);
            }
          else if (self->overlap[number] < 0)
            continue;

          alpha = (guint)ceil (self->threshold * (a + b) / 2 - 1e-9);
          if (self->overlap[number] + 1 + MIN (a - i - 1, b - hit->position - 1) >= alpha)
            self->overlap[number]++;
          else
            self->overlap[number] = -1;
        }
    }

  for (guint c = 0; c < self->candidates->len; c++)
    {
      guint32 number = g_array_index (self->candidates, guint32, c);
      const Doc *doc = &g_array_index (self->docs, Doc, number);
      guint x = 0, y = 0, shared = 0;
      guint b = doc->n_ranks;
      guint alpha = (guint)ceil (self->threshold * (a + b) / 2 - 1e-9);
      double dice;

      if (self->overlap[number] <= 0)
        continue;

      while (x < a && y < b)
        {
          if (shared + MIN (a - x, b - y) < alpha)
            break;
          if (q[x] == doc->ranks[y])
            shared++, x++, y++;
          else if (q[x] < doc->ranks[y])
            x++;
          else
            y++;
        }

      dice = 2.0 * shared / (a + b);
      if (dice > best)
        {
          best = dice;
          best_tag = doc->tag;
        }
    }

  if (best + 1e-9 < self->threshold)
    return FALSE;

  if (tag)
    *tag = best_tag;
  if (score)
    *score = best;

  return TRUE;
}
