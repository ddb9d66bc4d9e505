/* rt-cluster.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arithmetic of theme suggestions, with no knowledge of cards: a
 * document × term matrix of TF-IDF weights with unit rows, spherical
 * k-means (cosine) with seeded k-means++ restarts, the silhouette to
 * choose k, and the adjusted Rand index to measure agreement with human
 * themes. Terms get their ids in sorted order and every random choice comes
 * from a seeded GRand, so the same input always gives the same output.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RtTermMatrix RtTermMatrix;

typedef enum
{
  RT_WEIGHT_DEFAULT        = 0,      /* (1 + log tf) · idf, rows of unit length */
  RT_WEIGHT_RAW_TF         = 1 << 0, /* tf · idf */
  RT_WEIGHT_DROP_SINGLETONS = 1 << 1, /* forget terms found in one document only */
} RtWeightFlags;

/* One row: the ids of its terms in ascending order and their weights. */
typedef struct
{
  guint          n;
  const guint32 *ids;
  const float   *weights;
} RtRow;

RtTermMatrix *rt_term_matrix_new          (void);
void          rt_term_matrix_free         (RtTermMatrix       *self);
guint         rt_term_matrix_add_doc      (RtTermMatrix       *self,
                                           const char * const *terms,
                                           guint               n_terms,
                                           gboolean            counts_for_idf);
void          rt_term_matrix_finish       (RtTermMatrix       *self,
                                           RtWeightFlags       flags);
void          rt_term_matrix_finish_blocks (RtTermMatrix      *self,
                                           RtWeightFlags       flags,
                                           const char         *prefix,
                                           double              weight);
guint         rt_term_matrix_get_n_docs   (RtTermMatrix       *self);
guint         rt_term_matrix_get_n_terms  (RtTermMatrix       *self);
const char   *rt_term_matrix_get_term     (RtTermMatrix       *self,
                                           guint32             id);
gboolean      rt_term_matrix_lookup_term  (RtTermMatrix       *self,
                                           const char         *term,
                                           guint32            *id);
double        rt_term_matrix_get_idf      (RtTermMatrix       *self,
                                           guint32             id);
void          rt_term_matrix_get_row      (RtTermMatrix       *self,
                                           guint               doc,
                                           RtRow              *row);
double        rt_term_matrix_dot          (RtTermMatrix       *self,
                                           guint               a,
                                           guint               b);
float        *rt_term_matrix_centroid     (RtTermMatrix       *self,
                                           const guint        *docs,
                                           guint               n_docs);
double        rt_term_matrix_dot_dense    (RtTermMatrix       *self,
                                           guint               doc,
                                           const float        *dense);

RtTermMatrix *rt_term_matrix_reduce       (RtTermMatrix       *self,
                                           const guint        *docs,
                                           guint               n_docs,
                                           guint               dims,
                                           gboolean            scale,
                                           guint32             seed);

guint        *rt_kmeans                   (RtTermMatrix       *self,
                                           const guint        *docs,
                                           guint               n_docs,
                                           guint               k,
                                           guint32             seed,
                                           guint               n_restarts,
                                           double             *objective);
double        rt_silhouette               (RtTermMatrix       *self,
                                           const guint        *docs,
                                           guint               n_docs,
                                           const guint        *assignment,
                                           guint               k,
                                           guint               max_sample);
double        rt_adjusted_rand_index      (const guint        *a,
                                           const guint        *b,
                                           guint               n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtTermMatrix, rt_term_matrix_free)

G_END_DECLS
