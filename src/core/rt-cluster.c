/* rt-cluster.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cluster"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rt-cluster.h"

typedef struct
{
  guint32 *ids;       /* before finish: provisional ids; after: final ids */
  float   *weights;
  guint    n;
  gboolean counts_for_idf;
} Doc;

struct _RtTermMatrix
{
  GArray     *docs;       /* Doc */
  GHashTable *provisional; /* term → provisional id + 1 */
  GPtrArray  *terms;      /* provisional id → term; after finish: final id → term */
  GHashTable *final;      /* term → final id + 1 */
  double     *idf;
  gboolean    finished;
};

static void
clear_doc (gpointer data)
{
  Doc *doc = data;

  g_free (doc->ids);
  g_free (doc->weights);
}

RtTermMatrix *
rt_term_matrix_new (void)
{
  RtTermMatrix *self = g_new0 (RtTermMatrix, 1);

  self->docs = g_array_new (FALSE, TRUE, sizeof (Doc));
  g_array_set_clear_func (self->docs, clear_doc);
  self->provisional = g_hash_table_new (g_str_hash, g_str_equal);
  self->terms = g_ptr_array_new_with_free_func (g_free);

  return self;
}

void
rt_term_matrix_free (RtTermMatrix *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->docs);
  g_clear_pointer (&self->provisional, g_hash_table_unref);
  g_clear_pointer (&self->final, g_hash_table_unref);
  g_ptr_array_unref (self->terms);
  g_free (self->idf);
  g_free (self);
}

/**
 * rt_term_matrix_add_doc:
 * @terms: the terms of the document, with repeats
 * @counts_for_idf: whether the document is one of the collection whose
 *   document frequencies define the IDF (the cards), or only measured
 *   against it (the points)
 *
 * Returns: the index of the document
 */
guint
rt_term_matrix_add_doc (RtTermMatrix       *self,
                        const char * const *terms,
                        guint               n_terms,
                        gboolean            counts_for_idf)
{
  Doc doc = { NULL, };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->finished, 0);
  g_return_val_if_fail (terms != NULL || n_terms == 0, 0);

  doc.ids = g_new (guint32, n_terms);
  doc.n = n_terms;
  doc.counts_for_idf = counts_for_idf;

  for (guint i = 0; i < n_terms; i++)
    {
      gpointer value = g_hash_table_lookup (self->provisional, terms[i]);

      if (value == NULL)
        {
          char *copy = g_strdup (terms[i]);

          g_ptr_array_add (self->terms, copy);
          value = GUINT_TO_POINTER (self->terms->len);
          g_hash_table_insert (self->provisional, copy, value);
        }
      doc.ids[i] = GPOINTER_TO_UINT (value) - 1;
    }

  g_array_append_val (self->docs, doc);
  return self->docs->len - 1;
}

static int
compare_u32 (const void *a,
             const void *b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

static int
compare_term_ptrs (const void *a,
                   const void *b)
{
  return strcmp (**(char * const * const *)a, **(char * const * const *)b);
}

/**
 * rt_term_matrix_finish:
 *
 * Numbers the terms in sorted order and turns counts into weights. After
 * this no document can be added.
 */
void
rt_term_matrix_finish (RtTermMatrix  *self,
                       RtWeightFlags  flags)
{
  rt_term_matrix_finish_blocks (self, flags, NULL, 0.0);
}

/**
 * rt_term_matrix_finish_blocks:
 * @prefix: (nullable): terms starting with it form a second block
 * @weight: the weight of the second block against the first
 *
 * Like rt_term_matrix_finish(), but each row's two blocks of terms are
 * made unit length apart before the second is scaled by @weight and the
 * row made unit length again: a block of many weak terms (such as the
 * kanji of the words) then adds to the words without drowning them.
 */
void
rt_term_matrix_finish_blocks (RtTermMatrix  *self,
                              RtWeightFlags  flags,
                              const char    *prefix,
                              double         weight)
{
  g_autofree gboolean *second = NULL;
  gsize prefix_len = prefix != NULL ? strlen (prefix) : 0;

  guint n_terms, n_counting = 0;
  g_autofree char ***sortable = NULL;
  g_autofree guint32 *remap = NULL;
  g_autofree guint *df = NULL;
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->finished);

  self->finished = TRUE;
  n_terms = self->terms->len;

  /* Sort the terms by their text, so that ids never depend on hash order or
   * on the order documents were added in. */
  sortable = g_new (char **, n_terms);
  for (guint i = 0; i < n_terms; i++)
    sortable[i] = (char **)&self->terms->pdata[i];
  if (n_terms > 0)
    qsort (sortable, n_terms, sizeof sortable[0], compare_term_ptrs);
  remap = g_new (guint32, n_terms);
  for (guint i = 0; i < n_terms; i++)
    remap[sortable[i] - (char **)self->terms->pdata] = i;

  sorted = g_ptr_array_new_full (n_terms, g_free);
  for (guint i = 0; i < n_terms; i++)
    g_ptr_array_add (sorted, *sortable[i]);
  g_ptr_array_set_free_func (self->terms, NULL);
  g_ptr_array_unref (self->terms);
  self->terms = g_steal_pointer (&sorted);
  g_clear_pointer (&self->provisional, g_hash_table_unref);

  self->final = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n_terms; i++)
    g_hash_table_insert (self->final, self->terms->pdata[i], GUINT_TO_POINTER (i + 1));

  /* Rows: sorted ids with counts, then document frequencies. */
  df = g_new0 (guint, MAX (n_terms, 1));
  for (guint d = 0; d < self->docs->len; d++)
    {
      Doc *doc = &g_array_index (self->docs, Doc, d);
      guint n = 0;

      for (guint i = 0; i < doc->n; i++)
        doc->ids[i] = remap[doc->ids[i]];
      qsort (doc->ids, doc->n, sizeof (guint32), compare_u32);

      doc->weights = g_new (float, MAX (doc->n, 1));
      for (guint i = 0; i < doc->n; i++)
        {
          if (n > 0 && doc->ids[n - 1] == doc->ids[i])
            doc->weights[n - 1] += 1.0f;
          else
            {
              doc->ids[n] = doc->ids[i];
              doc->weights[n] = 1.0f;
              n++;
            }
        }
      doc->n = n;

      if (doc->counts_for_idf)
        {
          n_counting++;
          for (guint i = 0; i < n; i++)
            df[doc->ids[i]]++;
        }
    }

  /* Smoothed IDF; terms no counting document has get the highest. */
  self->idf = g_new (double, MAX (n_terms, 1));
  for (guint t = 0; t < n_terms; t++)
    {
      if ((flags & RT_WEIGHT_DROP_SINGLETONS) && df[t] < 2)
        self->idf[t] = 0.0;
      else
        self->idf[t] = log ((1.0 + n_counting) / (1.0 + df[t])) + 1.0;
    }

  second = g_new0 (gboolean, MAX (n_terms, 1));
  if (prefix_len > 0)
    for (guint t = 0; t < n_terms; t++)
      second[t] = strncmp (self->terms->pdata[t], prefix, prefix_len) == 0;

  for (guint d = 0; d < self->docs->len; d++)
    {
      Doc *doc = &g_array_index (self->docs, Doc, d);
      double norm[2] = { 0.0, 0.0 }, scale[2], total;
      guint n = 0;

      for (guint i = 0; i < doc->n; i++)
        {
          double tf = doc->weights[i];
          double w = (flags & RT_WEIGHT_RAW_TF ? tf : 1.0 + log (tf)) * self->idf[doc->ids[i]];

          if (w <= 0.0)
            continue;
          doc->ids[n] = doc->ids[i];
          doc->weights[n] = w;
          norm[second[doc->ids[i]]] += w * w;
          n++;
        }
      doc->n = n;

      if (prefix_len == 0)
        {
          double length = sqrt (norm[0]);

          for (guint i = 0; i < n; i++)
            doc->weights[i] = doc->weights[i] / length;
          continue;
        }

      scale[0] = norm[0] > 0.0 ? 1.0 / sqrt (norm[0]) : 0.0;
      scale[1] = norm[1] > 0.0 ? weight / sqrt (norm[1]) : 0.0;
      total = (norm[0] > 0.0 ? 1.0 : 0.0) + (norm[1] > 0.0 ? weight * weight : 0.0);
      if (total > 0.0)
        {
          scale[0] /= sqrt (total);
          scale[1] /= sqrt (total);
        }
      for (guint i = 0; i < n; i++)
        doc->weights[i] = doc->weights[i] * scale[second[doc->ids[i]]];
    }
}

guint
rt_term_matrix_get_n_docs (RtTermMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->docs->len;
}

guint
rt_term_matrix_get_n_terms (RtTermMatrix *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->terms->len;
}

const char *
rt_term_matrix_get_term (RtTermMatrix *self,
                         guint32       id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id < self->terms->len, NULL);

  return self->terms->pdata[id];
}

gboolean
rt_term_matrix_lookup_term (RtTermMatrix *self,
                            const char   *term,
                            guint32      *id)
{
  gpointer value;

  g_return_val_if_fail (self != NULL && self->finished, FALSE);

  if (!(value = g_hash_table_lookup (self->final, term)))
    return FALSE;
  if (id != NULL)
    *id = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

double
rt_term_matrix_get_idf (RtTermMatrix *self,
                        guint32       id)
{
  g_return_val_if_fail (self != NULL && self->finished, 0.0);
  g_return_val_if_fail (id < self->terms->len, 0.0);

  return self->idf[id];
}

void
rt_term_matrix_get_row (RtTermMatrix *self,
                        guint         doc,
                        RtRow        *row)
{
  const Doc *d;

  g_return_if_fail (self != NULL && self->finished);
  g_return_if_fail (doc < self->docs->len);

  d = &g_array_index (self->docs, Doc, doc);
  row->n = d->n;
  row->ids = d->ids;
  row->weights = d->weights;
}

double
rt_term_matrix_dot (RtTermMatrix *self,
                    guint         a,
                    guint         b)
{
  const Doc *x, *y;
  double sum = 0.0;
  guint i = 0, j = 0;

  g_return_val_if_fail (self != NULL && self->finished, 0.0);

  x = &g_array_index (self->docs, Doc, a);
  y = &g_array_index (self->docs, Doc, b);

  while (i < x->n && j < y->n)
    {
      if (x->ids[i] == y->ids[j])
        sum += (double)x->weights[i++] * y->weights[j++];
      else if (x->ids[i] < y->ids[j])
        i++;
      else
        j++;
    }

  return sum;
}

/**
 * rt_term_matrix_centroid:
 *
 * Returns: (transfer full): the normalised sum of the rows of @docs, as a
 *   dense vector of rt_term_matrix_get_n_terms() floats
 */
float *
rt_term_matrix_centroid (RtTermMatrix *self,
                         const guint  *docs,
                         guint         n_docs)
{
  guint n_terms;
  float *dense;
  double norm = 0.0;

  g_return_val_if_fail (self != NULL && self->finished, NULL);

  n_terms = self->terms->len;
  dense = g_new0 (float, MAX (n_terms, 1));

  for (guint i = 0; i < n_docs; i++)
    {
      const Doc *d = &g_array_index (self->docs, Doc, docs[i]);

      for (guint j = 0; j < d->n; j++)
        dense[d->ids[j]] += d->weights[j];
    }

  for (guint t = 0; t < n_terms; t++)
    norm += (double)dense[t] * dense[t];
  if (norm > 0.0)
    {
      norm = sqrt (norm);
      for (guint t = 0; t < n_terms; t++)
        dense[t] /= norm;
    }

  return dense;
}

double
rt_term_matrix_dot_dense (RtTermMatrix *self,
                          guint         doc,
                          const float  *dense)
{
  const Doc *d;
  double sum = 0.0;

  g_return_val_if_fail (self != NULL && self->finished, 0.0);

  d = &g_array_index (self->docs, Doc, doc);
  for (guint j = 0; j < d->n; j++)
    sum += (double)d->weights[j] * dense[d->ids[j]];

  return sum;
}

/* Centroids are stored term-major (centroids[t * k + c]) so that the
 * similarities of one document to all k centroids come from one pass over
 * its few terms. */
static void
similarities (const Doc   *d,
              const float *centroids,
              guint        k,
              double      *out)
{
  for (guint c = 0; c < k; c++)
    out[c] = 0.0;

  for (guint j = 0; j < d->n; j++)
    {
      const float *row = centroids + (gsize)d->ids[j] * k;
      double w = d->weights[j];

      for (guint c = 0; c < k; c++)
        out[c] += w * row[c];
    }
}

static void
seed_centroids (RtTermMatrix *self,
                const guint  *docs,
                guint         n_docs,
                guint         k,
                GRand        *rand,
                float        *centroids,
                double       *best)
{
  guint n_terms = self->terms->len;
  guint first = g_rand_int_range (rand, 0, n_docs);
  double *sims = g_new (double, k);

  memset (centroids, 0, sizeof (float) * n_terms * k);

  /* k-means++: each new centre is drawn with probability proportional to
   * the squared cosine distance from the nearest centre so far. */
  for (guint c = 0; c < k; c++)
    {
      guint pick;
      const Doc *d;

      if (c == 0)
        pick = first;
      else
        {
          double total = 0.0, r;

          for (guint i = 0; i < n_docs; i++)
            {
              double dist = MAX (0.0, 1.0 - best[i]);
              total += dist * dist;
            }

          pick = n_docs - 1;
          if (total > 0.0)
            {
              r = g_rand_double (rand) * total;
              for (guint i = 0; i < n_docs; i++)
                {
                  double dist = MAX (0.0, 1.0 - best[i]);

                  r -= dist * dist;
                  if (r <= 0.0)
                    {
                      pick = i;
                      break;
                    }
                }
            }
          else
            pick = g_rand_int_range (rand, 0, n_docs);
        }

      d = &g_array_index (self->docs, Doc, docs[pick]);
      for (guint j = 0; j < d->n; j++)
        centroids[(gsize)d->ids[j] * k + c] = d->weights[j];

      for (guint i = 0; i < n_docs; i++)
        {
          const Doc *e = &g_array_index (self->docs, Doc, docs[i]);
          double s = 0.0;

          for (guint j = 0; j < e->n; j++)
            s += (double)e->weights[j] * centroids[(gsize)e->ids[j] * k + c];
          if (c == 0 || s > best[i])
            best[i] = s;
        }
    }

  g_free (sims);
}

static double
kmeans_once (RtTermMatrix *self,
             const guint  *docs,
             guint         n_docs,
             guint         k,
             GRand        *rand,
             guint        *assignment)
{
  guint n_terms = self->terms->len;
  g_autofree float *centroids = g_new (float, (gsize)n_terms * k);
  g_autofree double *sums = g_new (double, (gsize)n_terms * k);
  g_autofree double *best = g_new (double, n_docs);
  g_autofree double *sims = g_new (double, k);
  g_autofree guint *sizes = g_new (guint, k);
  double objective = 0.0;

  seed_centroids (self, docs, n_docs, k, rand, centroids, best);

  for (guint i = 0; i < n_docs; i++)
    assignment[i] = G_MAXUINT;

  /* Lloyd iterations until (almost) nothing moves: stopping when fewer
   * than one document in a thousand changes cluster saves the long tail of
   * iterations that large inputs take without changing the result much. */
  for (guint iter = 0; iter < 50; iter++)
    {
      guint changed = 0;

      objective = 0.0;
      for (guint i = 0; i < n_docs; i++)
        {
          const Doc *d = &g_array_index (self->docs, Doc, docs[i]);
          guint arg = 0;

          similarities (d, centroids, k, sims);
          for (guint c = 1; c < k; c++)
            if (sims[c] > sims[arg])
              arg = c;
          best[i] = sims[arg];
          objective += sims[arg];
          if (assignment[i] != arg)
            {
              assignment[i] = arg;
              changed++;
            }
        }

      if (changed == 0 || (iter > 0 && changed <= n_docs / 1000))
        break;

      /* An empty cluster takes the document that fits its own worst. */
      memset (sizes, 0, sizeof (guint) * k);
      for (guint i = 0; i < n_docs; i++)
        sizes[assignment[i]]++;
      for (guint c = 0; c < k; c++)
        if (sizes[c] == 0)
          {
            guint worst = G_MAXUINT;

            for (guint i = 0; i < n_docs; i++)
              if (sizes[assignment[i]] > 1 && (worst == G_MAXUINT || best[i] < best[worst]))
                worst = i;
            if (worst != G_MAXUINT)
              {
                sizes[assignment[worst]]--;
                assignment[worst] = c;
                sizes[c]++;
                best[worst] = 1.0;
              }
          }

      memset (sums, 0, sizeof (double) * n_terms * k);
      for (guint i = 0; i < n_docs; i++)
        {
          const Doc *d = &g_array_index (self->docs, Doc, docs[i]);

          for (guint j = 0; j < d->n; j++)
            sums[(gsize)d->ids[j] * k + assignment[i]] += d->weights[j];
        }

      for (guint c = 0; c < k; c++)
        {
          double norm = 0.0;

          for (guint t = 0; t < n_terms; t++)
            norm += sums[(gsize)t * k + c] * sums[(gsize)t * k + c];
          norm = norm > 0.0 ? sqrt (norm) : 1.0;
          for (guint t = 0; t < n_terms; t++)
            centroids[(gsize)t * k + c] = sums[(gsize)t * k + c] / norm;
        }
    }

  return objective;
}

/* Clusters are numbered by their first document, so that equal partitions
 * found by different restarts look the same. */
static void
canonicalize (guint *assignment,
              guint  n_docs,
              guint  k)
{
  g_autofree guint *map = g_new (guint, k);
  guint next = 0;

  for (guint c = 0; c < k; c++)
    map[c] = G_MAXUINT;
  for (guint i = 0; i < n_docs; i++)
    {
      if (map[assignment[i]] == G_MAXUINT)
        map[assignment[i]] = next++;
      assignment[i] = map[assignment[i]];
    }
}

/**
 * rt_kmeans:
 * @docs: the rows to cluster; rows with no terms should be left out
 * @k: the number of clusters, 1 ≤ k ≤ n_docs
 * @seed: seed of the random choices
 * @n_restarts: how many seeded starts; the best objective wins
 * @objective: (out) (optional): the sum of the cosines of documents to
 *   their centroids
 *
 * Spherical k-means. Cluster numbers are in order of first appearance.
 *
 * Returns: (transfer full): the cluster of each of @docs
 */
guint *
rt_kmeans (RtTermMatrix *self,
           const guint  *docs,
           guint         n_docs,
           guint         k,
           guint32       seed,
           guint         n_restarts,
           double       *objective)
{
  g_autoptr(GRand) rand = NULL;
  g_autofree guint *best = NULL;
  g_autofree guint *trial = NULL;
  double best_objective = -1.0;

  g_return_val_if_fail (self != NULL && self->finished, NULL);
  g_return_val_if_fail (n_docs > 0, NULL);
  g_return_val_if_fail (k >= 1 && k <= n_docs, NULL);

  rand = g_rand_new_with_seed (seed);
  best = g_new0 (guint, n_docs);
  trial = g_new0 (guint, n_docs);

  for (guint r = 0; r < MAX (n_restarts, 1); r++)
    {
      double o = kmeans_once (self, docs, n_docs, k, rand, trial);

      /* Ties keep the earlier restart: strict comparison. */
      if (o > best_objective + 1e-9)
        {
          best_objective = o;
          memcpy (best, trial, sizeof (guint) * n_docs);
        }
    }

  canonicalize (best, n_docs, k);

  if (objective != NULL)
    *objective = best_objective;

  return g_steal_pointer (&best);
}

/**
 * rt_silhouette:
 * @max_sample: how many documents to average over at most (0 for all);
 *   a larger set is sampled at a fixed stride
 *
 * The mean silhouette with cosine distance. The mean distance from a
 * document to a cluster is one minus its dot product with the cluster's sum
 * divided by the cluster's size, so the exact value costs O(n·k) dot
 * products instead of O(n²).
 *
 * Returns: the mean silhouette, in [-1, 1]
 */
double
rt_silhouette (RtTermMatrix *self,
               const guint  *docs,
               guint         n_docs,
               const guint  *assignment,
               guint         k,
               guint         max_sample)
{
  guint n_terms;
  g_autofree float *sums = NULL;
  g_autofree guint *sizes = NULL;
  g_autofree double *sims = NULL;
  double total = 0.0;
  guint stride, n_sampled = 0;

  g_return_val_if_fail (self != NULL && self->finished, 0.0);

  if (n_docs < 2 || k < 2)
    return 0.0;

  n_terms = self->terms->len;
  sums = g_new0 (float, (gsize)MAX (n_terms, 1) * k);
  sizes = g_new0 (guint, k);
  sims = g_new (double, k);

  for (guint i = 0; i < n_docs; i++)
    {
      const Doc *d = &g_array_index (self->docs, Doc, docs[i]);

      sizes[assignment[i]]++;
      for (guint j = 0; j < d->n; j++)
        sums[(gsize)d->ids[j] * k + assignment[i]] += d->weights[j];
    }

  stride = max_sample > 0 && n_docs > max_sample ? (n_docs + max_sample - 1) / max_sample : 1;

  for (guint i = 0; i < n_docs; i += stride)
    {
      const Doc *d = &g_array_index (self->docs, Doc, docs[i]);
      guint own = assignment[i];
      double self_dot = 0.0, a, b = G_MAXDOUBLE;

      n_sampled++;
      if (sizes[own] < 2)
        continue;

      similarities (d, sums, k, sims);
      for (guint j = 0; j < d->n; j++)
        self_dot += (double)d->weights[j] * d->weights[j];

      a = 1.0 - (sims[own] - self_dot) / (sizes[own] - 1);
      for (guint c = 0; c < k; c++)
        if (c != own && sizes[c] > 0)
          b = MIN (b, 1.0 - sims[c] / sizes[c]);

      if (b < G_MAXDOUBLE && MAX (a, b) > 0.0)
        total += (b - a) / MAX (a, b);
    }

  return n_sampled > 0 ? total / n_sampled : 0.0;
}

/**
 * rt_adjusted_rand_index:
 *
 * The agreement of two partitions of the same n items, corrected for
 * chance (Hubert and Arabie): 1 for identical partitions, about 0 for
 * random ones.
 */
double
rt_adjusted_rand_index (const guint *a,
                        const guint *b,
                        guint        n)
{
  guint ka = 0, kb = 0;
  g_autofree guint *table = NULL;
  g_autofree guint *rows = NULL;
  g_autofree guint *cols = NULL;
  double index = 0.0, sum_a = 0.0, sum_b = 0.0, expected, max_index, total;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);

  if (n < 2)
    return 1.0;

  for (guint i = 0; i < n; i++)
    {
      ka = MAX (ka, a[i] + 1);
      kb = MAX (kb, b[i] + 1);
    }

  table = g_new0 (guint, (gsize)ka * kb);
  rows = g_new0 (guint, ka);
  cols = g_new0 (guint, kb);
  for (guint i = 0; i < n; i++)
    {
      table[(gsize)a[i] * kb + b[i]]++;
      rows[a[i]]++;
      cols[b[i]]++;
    }

#define PAIRS(x) ((double)(x) * ((double)(x) - 1.0) / 2.0)
  for (gsize i = 0; i < (gsize)ka * kb; i++)
    index += PAIRS (table[i]);
  for (guint i = 0; i < ka; i++)
    sum_a += PAIRS (rows[i]);
  for (guint j = 0; j < kb; j++)
    sum_b += PAIRS (cols[j]);
  total = PAIRS (n);
#undef PAIRS

  expected = sum_a * sum_b / total;
  max_index = (sum_a + sum_b) / 2.0;

  if (max_index - expected == 0.0)
    return 1.0;

  return (index - expected) / (max_index - expected);
}

/* Latent semantic analysis. Opinions are short: two cards on the same
 * topic often share no word at all, only words that co-occur elsewhere.
 * Projecting the TF-IDF rows on the leading singular vectors of the matrix
 * merges such words. The truncated SVD is computed by a randomized range
 * finder (Halko, Martinsson and Tropp 2011) with a seeded Gaussian test
 * matrix and two power iterations, then the exact eigendecomposition
 * (cyclic Jacobi) of the small l × l matrix B·Bᵀ. */

static void
orthonormalize (double *m,
                guint   rows,
                guint   cols)
{
  /* Modified Gram-Schmidt on the columns of a row-major rows × cols matrix. */
  for (guint j = 0; j < cols; j++)
    {
      double norm = 0.0;

      for (guint p = 0; p < j; p++)
        {
          double dot = 0.0;

          for (guint i = 0; i < rows; i++)
            dot += m[(gsize)i * cols + j] * m[(gsize)i * cols + p];
          for (guint i = 0; i < rows; i++)
            m[(gsize)i * cols + j] -= dot * m[(gsize)i * cols + p];
        }

      for (guint i = 0; i < rows; i++)
        norm += m[(gsize)i * cols + j] * m[(gsize)i * cols + j];
      norm = sqrt (norm);
      for (guint i = 0; i < rows; i++)
        m[(gsize)i * cols + j] = norm > 1e-12 ? m[(gsize)i * cols + j] / norm : 0.0;
    }
}

/* out (n × l) = A · in (V × l), over the rows @docs. */
static void
multiply_a (RtTermMatrix *self,
            const guint  *docs,
            guint         n_docs,
            const double *in,
            guint         l,
            double       *out)
{
  memset (out, 0, sizeof (double) * n_docs * l);
  for (guint i = 0; i < n_docs; i++)
    {
      const Doc *d = &g_array_index (self->docs, Doc, docs[i]);
      double *row = out + (gsize)i * l;

      for (guint j = 0; j < d->n; j++)
        {
          const double *src = in + (gsize)d->ids[j] * l;
          double w = d->weights[j];

          for (guint c = 0; c < l; c++)
            row[c] += w * src[c];
        }
    }
}

/* out (V × l) = Aᵀ · in (n × l). */
static void
multiply_at (RtTermMatrix *self,
             const guint  *docs,
             guint         n_docs,
             const double *in,
             guint         l,
             double       *out)
{
  memset (out, 0, sizeof (double) * self->terms->len * l);
  for (guint i = 0; i < n_docs; i++)
    {
      const Doc *d = &g_array_index (self->docs, Doc, docs[i]);
      const double *row = in + (gsize)i * l;

      for (guint j = 0; j < d->n; j++)
        {
          double *dst = out + (gsize)d->ids[j] * l;
          double w = d->weights[j];

          for (guint c = 0; c < l; c++)
            dst[c] += w * row[c];
        }
    }
}

/* Eigenvalues (descending) and eigenvectors (columns of @vectors) of the
 * symmetric l × l matrix @a, which is destroyed. */
static void
jacobi_eigen (double *a,
              guint   l,
              double *values,
              double *vectors)
{
  for (guint i = 0; i < l; i++)
    for (guint j = 0; j < l; j++)
      vectors[i * l + j] = i == j ? 1.0 : 0.0;

  for (guint sweep = 0; sweep < 50; sweep++)
    {
      double off = 0.0, total = 0.0;

      for (guint i = 0; i < l; i++)
        for (guint j = 0; j < l; j++)
          {
            total += a[i * l + j] * a[i * l + j];
            if (i != j)
              off += a[i * l + j] * a[i * l + j];
          }
      if (off <= 1e-22 * MAX (total, 1e-300))
        break;

      for (guint p = 0; p < l; p++)
        for (guint q = p + 1; q < l; q++)
          {
            double apq = a[p * l + q], theta, t, c, s;

            if (fabs (apq) < 1e-300)
              continue;
            theta = (a[q * l + q] - a[p * l + p]) / (2.0 * apq);
            t = (theta >= 0 ? 1.0 : -1.0) / (fabs (theta) + sqrt (theta * theta + 1.0));
            c = 1.0 / sqrt (t * t + 1.0);
            s = t * c;

            for (guint k = 0; k < l; k++)
              {
                double akp = a[k * l + p], akq = a[k * l + q];

                a[k * l + p] = c * akp - s * akq;
                a[k * l + q] = s * akp + c * akq;
              }
            for (guint k = 0; k < l; k++)
              {
                double apk = a[p * l + k], aqk = a[q * l + k];

                a[p * l + k] = c * apk - s * aqk;
                a[q * l + k] = s * apk + c * aqk;
              }
            for (guint k = 0; k < l; k++)
              {
                double vkp = vectors[k * l + p], vkq = vectors[k * l + q];

                vectors[k * l + p] = c * vkp - s * vkq;
                vectors[k * l + q] = s * vkp + c * vkq;
              }
          }
    }

  for (guint i = 0; i < l; i++)
    values[i] = a[i * l + i];

  /* Selection sort by descending eigenvalue, moving the columns along. */
  for (guint i = 0; i < l; i++)
    {
      guint best = i;

      for (guint j = i + 1; j < l; j++)
        if (values[j] > values[best])
          best = j;
      if (best != i)
        {
          double tmp = values[i];

          values[i] = values[best];
          values[best] = tmp;
          for (guint k = 0; k < l; k++)
            {
              tmp = vectors[k * l + i];
              vectors[k * l + i] = vectors[k * l + best];
              vectors[k * l + best] = tmp;
            }
        }
    }
}

static double
gaussian (GRand *rand)
{
  double u = g_rand_double (rand), v = g_rand_double (rand);

  return sqrt (-2.0 * log (MAX (u, 1e-300))) * cos (2.0 * G_PI * v);
}

/**
 * rt_term_matrix_reduce:
 * @docs: the rows to project
 * @dims: how many dimensions to keep
 * @scale: whether to weight the dimensions by their singular values
 * @seed: seed of the random test matrix
 *
 * Returns: (transfer full): a finished matrix whose row i is docs[i]
 *   projected on the @dims leading singular vectors, of unit length; its
 *   "terms" are the dimensions
 */
RtTermMatrix *
rt_term_matrix_reduce (RtTermMatrix *self,
                       const guint  *docs,
                       guint         n_docs,
                       guint         dims,
                       gboolean      scale,
                       guint32       seed)
{
  g_autoptr(GRand) rand = NULL;
  g_autofree double *omega = NULL;
  g_autofree double *y = NULL;
  g_autofree double *z = NULL;
  g_autofree double *m = NULL;
  g_autofree double *values = NULL;
  g_autofree double *vectors = NULL;
  g_autofree guint32 *ids = NULL;
  g_autofree float *weights = NULL;
  RtTermMatrix *reduced;
  guint n_terms, l;

  g_return_val_if_fail (self != NULL && self->finished, NULL);
  g_return_val_if_fail (dims > 0, NULL);

  n_terms = self->terms->len;
  l = MIN (dims + 8, MIN (n_docs, n_terms));
  dims = MIN (dims, l);

  reduced = rt_term_matrix_new ();
  for (guint c = 0; c < dims; c++)
    {
      char name[16];

      g_snprintf (name, sizeof name, "%04u", c);
      g_ptr_array_add (reduced->terms, g_strdup (name));
    }
  reduced->final = g_hash_table_new (g_str_hash, g_str_equal);
  reduced->idf = g_new0 (double, MAX (dims, 1));
  reduced->finished = TRUE;

  if (l == 0)
    {
      for (guint i = 0; i < n_docs; i++)
        {
          Doc doc = { g_new0 (guint32, 1), g_new0 (float, 1), 0, TRUE };
          g_array_append_val (reduced->docs, doc);
        }
      return reduced;
    }

  rand = g_rand_new_with_seed (seed);
  omega = g_new (double, (gsize)n_terms * l);
  for (gsize i = 0; i < (gsize)n_terms * l; i++)
    omega[i] = gaussian (rand);

  y = g_new (double, (gsize)n_docs * l);
  z = g_new (double, (gsize)n_terms * l);

  multiply_a (self, docs, n_docs, omega, l, y);
  orthonormalize (y, n_docs, l);
  for (guint q = 0; q < 2; q++)
    {
      multiply_at (self, docs, n_docs, y, l, z);
      orthonormalize (z, n_terms, l);
      multiply_a (self, docs, n_docs, z, l, y);
      orthonormalize (y, n_docs, l);
    }

  /* z = Bᵀ = Aᵀ·Q (V × l); m = B·Bᵀ (l × l). */
  multiply_at (self, docs, n_docs, y, l, z);
  m = g_new0 (double, (gsize)l * l);
  for (guint t = 0; t < n_terms; t++)
    {
      const double *row = z + (gsize)t * l;

      for (guint a = 0; a < l; a++)
        for (guint b = a; b < l; b++)
          m[a * l + b] += row[a] * row[b];
    }
  for (guint a = 0; a < l; a++)
    for (guint b = 0; b < a; b++)
      m[a * l + b] = m[b * l + a];

  values = g_new (double, l);
  vectors = g_new (double, (gsize)l * l);
  jacobi_eigen (m, l, values, vectors);

  ids = g_new (guint32, dims);
  weights = g_new (float, dims);
  for (guint c = 0; c < dims; c++)
    ids[c] = c;

  for (guint i = 0; i < n_docs; i++)
    {
      Doc doc = { NULL, };
      double norm = 0.0;

      doc.ids = g_memdup2 (ids, sizeof (guint32) * dims);
      doc.weights = g_new (float, dims);
      doc.n = dims;
      doc.counts_for_idf = TRUE;

      for (guint c = 0; c < dims; c++)
        {
          double sum = 0.0;

          for (guint j = 0; j < l; j++)
            sum += y[(gsize)i * l + j] * vectors[j * l + c];
          if (scale)
            sum *= sqrt (MAX (values[c], 0.0));
          doc.weights[c] = sum;
          norm += sum * sum;
        }

      norm = sqrt (norm);
      for (guint c = 0; c < dims; c++)
        doc.weights[c] = norm > 1e-12 ? doc.weights[c] / norm : 0.0f;
      g_array_append_val (reduced->docs, doc);
    }

  for (guint c = 0; c < dims; c++)
    g_hash_table_insert (reduced->final, reduced->terms->pdata[c], GUINT_TO_POINTER (c + 1));

  return reduced;
}
