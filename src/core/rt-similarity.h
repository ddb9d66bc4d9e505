/* rt-similarity.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How alike two opinions are, without any service: texts are normalised
 * (NFKC, case folded, spaces and punctuation dropped, so that 「聞き役」「整理」
 * and 「聞き役」整理, or 1～2年 and 1~2年, become the same) and compared by the
 * Dice coefficient of their sets of character bigrams. Pure GLib.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RtSimilarityIndex RtSimilarityIndex;

char              *rt_similarity_normalize    (const char        *text,
                                               gssize             len);
double             rt_similarity_dice         (const char        *normalized_a,
                                               const char        *normalized_b);

RtSimilarityIndex *rt_similarity_index_new    (double             threshold);
void               rt_similarity_index_free   (RtSimilarityIndex *index);
guint              rt_similarity_index_get_size (RtSimilarityIndex *index);
void               rt_similarity_index_learn  (RtSimilarityIndex *index,
                                               const char        *normalized);
void               rt_similarity_index_add    (RtSimilarityIndex *index,
                                               const char        *normalized,
                                               gint64             tag);
gboolean           rt_similarity_index_find   (RtSimilarityIndex *index,
                                               const char        *normalized,
                                               gint64            *tag,
                                               double            *score);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSimilarityIndex, rt_similarity_index_free)

G_END_DECLS
