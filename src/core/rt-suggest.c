/* rt-suggest.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-suggest"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rt-suggest.h"

/* Above this many cards, k is chosen on an evenly spaced sample of cards;
 * the final clustering always uses them all. */
#define K_SELECTION_SAMPLE 1000
#define N_NAME_TERMS 3
#define N_THEME_TERMS 6
#define N_MEMBER_TERMS 5
#define KNN_NEIGHBOURS 3

void
rt_suggest_options_init (RtSuggestOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  /* Chosen by bench/bench-suggest.c: clustering short opinions needs
   * related words to meet (kanji of content words, 10 LSA dimensions);
   * placing one card against whole themes does best on content words
   * seen in two cards or more, with the kanji of the words as a second,
   * lighter block (71.7 % instead of 69.6 % on the sample committee,
   * 86.7 % instead of 78.3 % on the labelled opinions). */
  options->terms = RT_TERMS_CONTENT_WORDS | RT_TERMS_KANJI;
  options->weights = RT_WEIGHT_DEFAULT;
  options->dims = 10;
  options->scale = TRUE;
  options->place_terms = RT_TERMS_CONTENT_WORDS;
  options->place_weights = RT_WEIGHT_DROP_SINGLETONS;
  options->seed = 20260220;
  options->n_restarts = 10;
  options->place_method = RT_PLACE_CENTROID;
  options->place_threshold = 0.12;
  options->point_threshold = 0.10;
  options->max_points = 3;
  options->place_kanji = 0.5;
}

RtSuggestCard *
rt_suggest_card_new (gint64      id,
                     gint64      theme_id,
                     gint64      meeting_id,
                     const char *text)
{
  RtSuggestCard *card = g_new0 (RtSuggestCard, 1);

  card->id = id;
  card->theme_id = theme_id;
  card->meeting_id = meeting_id;
  card->text = g_strdup (text ? text : "");

  return card;
}

void
rt_suggest_card_free (RtSuggestCard *card)
{
  if (card == NULL)
    return;
  g_free (card->text);
  g_free (card);
}

void
rt_suggest_point_free (RtSuggestPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->title);
  g_free (point->text);
  g_free (point);
}

/**
 * rt_suggest_collect_cards:
 * @scope: all cards, the inbox, or the cards of one meeting
 * @meeting_id: the meeting for %RT_SUGGEST_SCOPE_MEETING
 *
 * Copies the cards' texts. Call on the main thread.
 *
 * Returns: (transfer full) (element-type RtSuggestCard): the cards in the
 *   committee's order
 */
GPtrArray *
rt_suggest_collect_cards (RtCommittee    *committee,
                          RtSuggestScope  scope,
                          gint64          meeting_id)
{
  GPtrArray *cards;
  GListModel *model;
  guint n;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  cards = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_suggest_card_free);
  model = rt_committee_get_cards (committee);
  n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);

      if (scope == RT_SUGGEST_SCOPE_INBOX && rt_card_get_theme_id (card) != 0)
        continue;
      if (scope == RT_SUGGEST_SCOPE_MEETING && rt_card_get_meeting_id (card) != meeting_id)
        continue;

      g_ptr_array_add (cards, rt_suggest_card_new (rt_card_get_id (card),
                                                   rt_card_get_theme_id (card),
                                                   rt_card_get_meeting_id (card),
                                                   rt_card_get_text (card)));
    }

  return cards;
}

/**
 * rt_suggest_collect_points:
 *
 * Copies the points of every framework, with their questions and
 * proposals. Call on the main thread.
 *
 * Returns: (transfer full) (element-type RtSuggestPoint): the points
 */
GPtrArray *
rt_suggest_collect_points (RtCommittee *committee)
{
  GPtrArray *points;
  GListModel *frameworks;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  points = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_suggest_point_free);
  frameworks = rt_committee_get_frameworks (committee);

  for (guint f = 0; f < g_list_model_get_n_items (frameworks); f++)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (frameworks, f);
      g_autoptr(GListModel) list = rt_committee_list_points (committee, rt_framework_get_id (framework));

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(RtPoint) point = g_list_model_get_item (list, i);
          const char * const *proposals = rt_point_get_proposals (point);
          RtSuggestPoint *copy = g_new0 (RtSuggestPoint, 1);
          GString *text = g_string_new (rt_point_get_title (point));

          g_string_append_c (text, '\n');
          g_string_append (text, rt_point_get_question (point));
          for (guint j = 0; proposals != NULL && proposals[j] != NULL; j++)
            {
              g_string_append_c (text, '\n');
              g_string_append (text, proposals[j]);
            }

          copy->id = rt_point_get_id (point);
          copy->number = rt_point_get_number (point);
          copy->title = g_strdup (rt_point_get_title (point));
          copy->text = g_string_free (text, FALSE);
          g_ptr_array_add (points, copy);
        }
    }

  return points;
}

/* The kanji of words, as terms of a second block when placing cards. No
 * term of the tokenizer starts with it. */
#define KANJI_PREFIX "#"

/* The texts as terms: rows 0 … n_cards - 1 are the cards, the rest the
 * points. Only the cards define the IDF. */
typedef struct
{
  RtTermMatrix *matrix;
  GPtrArray    *tokens;  /* GArray of RtToken, per row */
  guint         n_cards;
  RtTermFlags   terms;
} Corpus;

static void
corpus_clear (Corpus *corpus)
{
  g_clear_pointer (&corpus->matrix, rt_term_matrix_free);
  g_clear_pointer (&corpus->tokens, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Corpus, corpus_clear)

static gboolean
is_kanji (gunichar c)
{
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

static gboolean
add_text (Corpus       *corpus,
          RtTokenizer  *tokenizer,
          const char   *text,
          gboolean      counts_for_idf,
          gboolean      kanji)
{
  GArray *tokens = rt_tokenizer_tokenize (tokenizer, text);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *term = g_array_index (tokens, RtToken, i).term;

      g_ptr_array_add (terms, g_strdup (term));
      if (!kanji || g_utf8_strlen (term, -1) < 2)
        continue;
      for (const char *p = term; *p; p = g_utf8_next_char (p))
        if (is_kanji (g_utf8_get_char (p)))
          g_ptr_array_add (terms, g_strdup_printf (KANJI_PREFIX "%.*s",
                                                   (int)(g_utf8_next_char (p) - p), p));
    }

  rt_term_matrix_add_doc (corpus->matrix, (const char * const *)terms->pdata, terms->len, counts_for_idf);
  g_ptr_array_add (corpus->tokens, tokens);

  return TRUE;
}

static gboolean
corpus_build (Corpus                  *corpus,
              GPtrArray               *cards,
              GPtrArray               *points,
              RtTermFlags              terms,
              RtWeightFlags            weights,
              double                   kanji_weight,
              GCancellable            *cancellable,
              GError                 **error)
{
  g_autoptr(RtTokenizer) tokenizer = NULL;

  memset (corpus, 0, sizeof *corpus);

  /* A tagger of our own: MeCab taggers must not be shared between threads. */
  if (!(tokenizer = rt_tokenizer_new (terms, error)))
    return FALSE;

  corpus->matrix = rt_term_matrix_new ();
  corpus->tokens = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  corpus->n_cards = cards->len;
  corpus->terms = terms;

  for (guint i = 0; i < cards->len; i++)
    {
      const RtSuggestCard *card = g_ptr_array_index (cards, i);

      if ((i & 255) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      add_text (corpus, tokenizer, card->text, TRUE, kanji_weight > 0.0);
    }

  for (guint i = 0; points != NULL && i < points->len; i++)
    {
      const RtSuggestPoint *point = g_ptr_array_index (points, i);

      add_text (corpus, tokenizer, point->text, FALSE, kanji_weight > 0.0);
    }

  if (kanji_weight > 0.0)
    rt_term_matrix_finish_blocks (corpus->matrix, weights, KANJI_PREFIX, kanji_weight);
  else
    rt_term_matrix_finish (corpus->matrix, weights);

  return TRUE;
}

/* With RT_TERMS_KANJI the single kanji of words are terms that help
 * to compare texts, but they do not name or explain anything. */
static gboolean
is_shown (Corpus  *corpus,
          guint32  term)
{
  const char *text = rt_term_matrix_get_term (corpus->matrix, term);

  if (g_str_has_prefix (text, KANJI_PREFIX))
    return FALSE;
  return !(corpus->terms & RT_TERMS_KANJI) || g_utf8_strlen (text, -1) > 1;
}

static const char *
find_surface (Corpus     *corpus,
              guint       row,
              const char *term)
{
  GArray *tokens = g_ptr_array_index (corpus->tokens, row);

  for (guint i = 0; i < tokens->len; i++)
    {
      const RtToken *token = &g_array_index (tokens, RtToken, i);

      if (strcmp (token->term, term) == 0)
        return token->surface;
    }

  return term;
}

typedef struct
{
  guint32 id;
  double  score;
} Scored;

static int
compare_scored (const void *a,
                const void *b)
{
  const Scored *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* The terms of @row that @weight (a dense vector over terms) rates above
 * zero, most telling first: the card's weight times the other side's. */
static void
shared_terms (Corpus       *corpus,
              guint         row,
              const double *weight,
              guint         max_terms,
              GStrv        *terms_out,
              GStrv        *surfaces_out)
{
  g_autoptr(GStrvBuilder) terms = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) surfaces = g_strv_builder_new ();
  g_autofree Scored *scored = NULL;
  RtRow r;
  guint n = 0;

  rt_term_matrix_get_row (corpus->matrix, row, &r);
  scored = g_new (Scored, MAX (r.n, 1));

  for (guint j = 0; j < r.n; j++)
    if (weight[r.ids[j]] > 0.0 && is_shown (corpus, r.ids[j]))
      {
        scored[n].id = r.ids[j];
        scored[n].score = r.weights[j] * weight[r.ids[j]];
        n++;
      }

  qsort (scored, n, sizeof (Scored), compare_scored);

  for (guint j = 0; j < MIN (n, max_terms); j++)
    {
      const char *term = rt_term_matrix_get_term (corpus->matrix, scored[j].id);

      g_strv_builder_add (terms, term);
      g_strv_builder_add (surfaces, find_surface (corpus, row, term));
    }

  *terms_out = g_strv_builder_end (terms);
  if (surfaces_out != NULL)
    *surfaces_out = g_strv_builder_end (surfaces);
}

static void
clear_member (gpointer data)
{
  RtSuggestMember *member = data;

  g_strfreev (member->terms);
  g_strfreev (member->surfaces);
}

static void
theme_suggestion_free (RtThemeSuggestion *theme)
{
  g_free (theme->name);
  g_free (theme->theme_name);
  g_strfreev (theme->terms);
  g_array_unref (theme->members);
  g_free (theme);
}

void
rt_theme_suggestions_free (RtThemeSuggestions *suggestions)
{
  if (suggestions == NULL)
    return;
  g_clear_pointer (&suggestions->silhouettes, g_array_unref);
  g_clear_pointer (&suggestions->themes, g_ptr_array_unref);
  g_clear_pointer (&suggestions->unclustered, g_array_unref);
  g_free (suggestions);
}

typedef struct
{
  guint  cluster;
  guint  size;
  guint  first;
} ClusterOrder;

static int
compare_cluster_order (const void *a,
                       const void *b)
{
  const ClusterOrder *x = a, *y = b;

  if (x->size != y->size)
    return x->size < y->size ? 1 : -1;
  return x->first < y->first ? -1 : x->first > y->first;
}

/* Whether @term is a noun: a theme is named with nouns (センター・役割),
 * not with the verbs and adjectives that every opinion uses (難しい). */
static gboolean
is_noun (RtTokenizer *nouns,
         const char  *term)
{
  g_autoptr(GArray) tokens = rt_tokenizer_tokenize (nouns, term);

  return tokens->len == 1 && strcmp (g_array_index (tokens, RtToken, 0).term, term) == 0;
}

/* Names a cluster and explains its members. A term is characteristic in
 * the measure it is more frequent in the cluster's cards than in all of
 * them: its share of the cluster's cards p, times log2 of how many times
 * p is its share of all the cards (its part of the Kullback–Leibler
 * divergence of the cluster from the whole). A word most cards use, such
 * as 参加 or 活動 in a committee about participation, scores little even
 * where it is frequent. The name is made of nouns at least twice as
 * frequent in the cluster as overall and used by less than a quarter of
 * all the cards (a word that common names the committee, not one of its
 * themes); only terms at least two of its cards share can name a cluster
 * of two or more. */
static RtThemeSuggestion *
describe_cluster (Corpus        *corpus,
                  RtTokenizer   *nouns,
                  GPtrArray     *cards,
                  const guint   *docs,
                  guint          n_docs,
                  const guint   *assignment,
                  guint          cluster)
{
  guint n_terms = rt_term_matrix_get_n_terms (corpus->matrix);
  g_autofree double *in = g_new0 (double, MAX (n_terms, 1));
  g_autofree guint *df = g_new0 (guint, MAX (n_terms, 1));
  g_autofree guint *df_all = g_new0 (guint, MAX (n_terms, 1));
  g_autofree double *shared = g_new0 (double, MAX (n_terms, 1));
  g_autofree Scored *scored = NULL;
  g_autofree float *centroid = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GStrvBuilder) terms = g_strv_builder_new ();
  g_autoptr(GString) name = g_string_new (NULL);
  RtThemeSuggestion *theme = g_new0 (RtThemeSuggestion, 1);
  guint size, n_scored = 0, n_named = 0;
  double cohesion = 0.0;

  for (guint i = 0; i < n_docs; i++)
    {
      RtRow r;
      gboolean mine = assignment[i] == cluster;

      rt_term_matrix_get_row (corpus->matrix, docs[i], &r);
      if (mine)
        g_array_append_val (rows, docs[i]);
      for (guint j = 0; j < r.n; j++)
        {
          df_all[r.ids[j]]++;
          if (mine)
            {
              in[r.ids[j]] += r.weights[j];
              df[r.ids[j]]++;
            }
        }
    }

  size = rows->len;
  scored = g_new (Scored, MAX (n_terms, 1));
  for (guint t = 0; t < n_terms; t++)
    {
      double p_in, p_all;

      if (df[t] == 0 || (size > 1 && df[t] < 2) || !is_shown (corpus, t))
        continue;
      p_in = (double)df[t] / size;
      p_all = (double)df_all[t] / n_docs;
      if (p_in <= p_all)
        continue;
      scored[n_scored].id = t;
      scored[n_scored].score = p_in * log2 (p_in / p_all);
      n_scored++;
      shared[t] = in[t] / size;
    }
  qsort (scored, n_scored, sizeof (Scored), compare_scored);

  for (guint j = 0; j < n_scored; j++)
    {
      const char *term = rt_term_matrix_get_term (corpus->matrix, scored[j].id);
      double lift = ((double)df[scored[j].id] / size) / ((double)df_all[scored[j].id] / n_docs);

      if (j < N_THEME_TERMS)
        g_strv_builder_add (terms, term);
      if (n_named < N_NAME_TERMS && lift >= 2.0 && df_all[scored[j].id] * 4 < n_docs && is_noun (nouns, term))
        {
          /* A Japanese list of Japanese words: the separator is data, not
           * interface text. */
          if (n_named > 0)
            g_string_append (name, "・");
          g_string_append (name, term);
          n_named++;
        }
      if (j >= N_THEME_TERMS && n_named >= N_NAME_TERMS)
        break;
    }

  /* No distinctive noun: the most characteristic noun, or term, or with no
   * term shared, the heaviest noun of the cards; a name to edit is better
   * than none. */
  for (guint j = 0; n_named == 0 && j < n_scored; j++)
    if (is_noun (nouns, rt_term_matrix_get_term (corpus->matrix, scored[j].id)))
      {
        g_string_append (name, rt_term_matrix_get_term (corpus->matrix, scored[j].id));
        n_named++;
      }
  if (n_named == 0 && n_scored > 0)
    g_string_append (name, rt_term_matrix_get_term (corpus->matrix, scored[0].id));
  else if (n_named == 0)
    {
      double best = 0.0;
      guint best_term = G_MAXUINT;

      for (guint t = 0; t < n_terms; t++)
        if (in[t] > best && is_shown (corpus, t) && is_noun (nouns, rt_term_matrix_get_term (corpus->matrix, t)))
          {
            best = in[t];
            best_term = t;
          }
      if (best_term != G_MAXUINT)
        g_string_append (name, rt_term_matrix_get_term (corpus->matrix, best_term));
    }

  /* Terms of a card shared with another card of the cluster explain why it
   * is there, even when they are not among the naming terms. */
  for (guint t = 0; t < n_terms; t++)
    if (shared[t] == 0.0 && df[t] >= 2 && is_shown (corpus, t))
      shared[t] = in[t] / size;

  centroid = rt_term_matrix_centroid (corpus->matrix, (const guint *)rows->data, size);
  theme->members = g_array_sized_new (FALSE, TRUE, sizeof (RtSuggestMember), size);
  g_array_set_clear_func (theme->members, clear_member);

  for (guint i = 0; i < size; i++)
    {
      guint row = g_array_index (rows, guint, i);
      const RtSuggestCard *card = g_ptr_array_index (cards, row);
      RtSuggestMember member = { card->id, NULL, NULL };

      shared_terms (corpus, row, shared, N_MEMBER_TERMS, &member.terms, &member.surfaces);
      g_array_append_val (theme->members, member);
      cohesion += rt_term_matrix_dot_dense (corpus->matrix, row, centroid);
    }

  theme->name = g_string_free (g_steal_pointer (&name), FALSE);
  theme->terms = g_strv_builder_end (terms);
  theme->cohesion = size > 0 ? cohesion / size : 0.0;

  return theme;
}

/**
 * rt_suggest_themes:
 * @cards: (element-type RtSuggestCard): the cards to cluster
 * @options: k (0 to choose it), terms, seed …
 *
 * Clusters the cards by their content words and names the clusters.
 * Safe to call in a thread: it touches nothing but its arguments.
 *
 * Returns: (transfer full): the suggestions
 */
RtThemeSuggestions *
rt_suggest_themes (GPtrArray               *cards,
                   const RtSuggestOptions  *options,
                   GCancellable            *cancellable,
                   GError                 **error)
{
  g_auto(Corpus) corpus = { NULL, };
  g_autoptr(RtThemeSuggestions) result = NULL;
  g_autoptr(GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *assignment = NULL;
  g_autofree ClusterOrder *order = NULL;
  g_autoptr(RtTermMatrix) space = NULL;
  g_autoptr(RtTokenizer) nouns = NULL;
  g_autofree guint *space_rows = NULL;
  RtTermMatrix *matrix;
  guint n, k, k_max;

  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!corpus_build (&corpus, cards, NULL, options->terms, options->weights, 0.0, cancellable, error))
    return NULL;

  result = g_new0 (RtThemeSuggestions, 1);
  result->n_cards = cards->len;
  result->silhouettes = g_array_new (FALSE, FALSE, sizeof (double));
  result->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)theme_suggestion_free);
  result->unclustered = g_array_new (FALSE, FALSE, sizeof (gint64));
  result->k_min = 2;

  for (guint i = 0; i < cards->len; i++)
    {
      RtRow r;

      rt_term_matrix_get_row (corpus.matrix, i, &r);
      if (r.n > 0)
        g_array_append_val (docs, i);
      else
        g_array_append_val (result->unclustered, ((RtSuggestCard *)g_ptr_array_index (cards, i))->id);
    }

  n = docs->len;
  if (n == 0)
    return g_steal_pointer (&result);

  /* Cluster in the reduced space when asked to; name and explain with the
   * terms. Row i of @space is docs[i]. */
  if (options->dims > 0)
    {
      guint dims = MAX (options->dims, options->k);

      space = rt_term_matrix_reduce (corpus.matrix, (const guint *)docs->data, n,
                                     dims, options->scale, options->seed);
      space_rows = g_new (guint, n);
      for (guint i = 0; i < n; i++)
        space_rows[i] = i;
    }
  else
    space_rows = g_memdup2 (docs->data, sizeof (guint) * n);

  matrix = space ? space : corpus.matrix;
  k_max = options->k_max > 0 ? options->k_max : MIN (12, n / 2);
  k_max = MIN (k_max, n);

  /* The silhouette of each k, on a sample of at most K_SELECTION_SAMPLE. */
  result->k_suggested = 1;
  if (k_max >= 2)
    {
      g_autoptr(GArray) sample = g_array_new (FALSE, FALSE, sizeof (guint));
      guint stride = (n + K_SELECTION_SAMPLE - 1) / K_SELECTION_SAMPLE;
      double best = -2.0;

      for (guint i = 0; i < n; i += stride)
        g_array_append_val (sample, space_rows[i]);

      for (guint kk = result->k_min; kk <= MIN (k_max, sample->len); kk++)
        {
          g_autofree guint *a = NULL;
          double s;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;

          a = rt_kmeans (matrix, (const guint *)sample->data, sample->len, kk,
                         options->seed, MAX (options->n_restarts / 3, 1), NULL);
          s = rt_silhouette (matrix, (const guint *)sample->data, sample->len, a, kk, 0);
          g_array_append_val (result->silhouettes, s);
          if (s > best + 1e-9)
            {
              best = s;
              result->k_suggested = kk;
            }
        }
    }

  k = options->k > 0 ? MIN (options->k, n) : result->k_suggested;
  result->k = k;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  assignment = rt_kmeans (matrix, space_rows, n, k,
                          options->seed, options->n_restarts, NULL);

  order = g_new0 (ClusterOrder, k);
  for (guint c = 0; c < k; c++)
    {
      order[c].cluster = c;
      order[c].first = G_MAXUINT;
    }
  for (guint i = 0; i < n; i++)
    {
      order[assignment[i]].size++;
      order[assignment[i]].first = MIN (order[assignment[i]].first, i);
    }
  qsort (order, k, sizeof (ClusterOrder), compare_cluster_order);

  if (!(nouns = rt_tokenizer_new (RT_TERMS_NOUNS, error)))
    return NULL;

  for (guint c = 0; c < k; c++)
    if (order[c].size > 0)
      g_ptr_array_add (result->themes,
                       describe_cluster (&corpus, nouns, cards, (const guint *)docs->data, n,
                                         assignment, order[c].cluster));

  return g_steal_pointer (&result);
}

typedef struct
{
  GPtrArray        *cards;
  GPtrArray        *all_cards;  /* nullable */
  GPtrArray        *themes;     /* nullable */
  RtSuggestOptions  options;
} ThemesTaskData;

static void
themes_task_data_free (ThemesTaskData *data)
{
  g_ptr_array_unref (data->cards);
  g_clear_pointer (&data->all_cards, g_ptr_array_unref);
  g_clear_pointer (&data->themes, g_ptr_array_unref);
  g_free (data);
}

static void
suggest_themes_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  ThemesTaskData *data = task_data;
  GError *error = NULL;
  RtThemeSuggestions *result;

  if ((result = rt_suggest_themes (data->cards, &data->options, cancellable, &error)) &&
      data->themes != NULL &&
      !rt_suggest_match_themes (result, data->all_cards, data->themes, &data->options, &error))
    g_clear_pointer (&result, rt_theme_suggestions_free);

  if (result != NULL)
    g_task_return_pointer (task, result, (GDestroyNotify)rt_theme_suggestions_free);
  else
    g_task_return_error (task, error);
}

/**
 * rt_suggest_themes_async:
 * @cards: (element-type RtSuggestCard): cards copied with
 *   rt_suggest_collect_cards(); the task keeps a reference, so they must
 *   not be changed until it completes
 *
 * Runs rt_suggest_themes() in a thread.
 */
void
rt_suggest_themes_async (GPtrArray               *cards,
                         const RtSuggestOptions  *options,
                         GCancellable            *cancellable,
                         GAsyncReadyCallback      callback,
                         gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ThemesTaskData *data;

  g_return_if_fail (cards != NULL);
  g_return_if_fail (options != NULL);

  data = g_new0 (ThemesTaskData, 1);
  data->cards = g_ptr_array_ref (cards);
  data->options = *options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_suggest_themes_async);
  g_task_set_task_data (task, data, (GDestroyNotify)themes_task_data_free);
  g_task_run_in_thread (task, suggest_themes_thread);
}

RtThemeSuggestions *
rt_suggest_themes_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Placing cards. Each theme is the sum S of its cards' rows; the score of
 * a row x against a theme is its cosine to S (leaving x itself out of S
 * when x is one of the theme's cards), or the mean cosine of x to the
 * theme's nearest cards. */
typedef struct
{
  gint64   theme_id;
  GArray  *rows;      /* guint */
  double  *sum;       /* dense, over terms */
  double   norm2;     /* |S|² */
} ThemeModel;

static void
theme_model_clear (gpointer data)
{
  ThemeModel *model = data;

  g_array_unref (model->rows);
  g_free (model->sum);
}

static int
compare_i64 (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

/* The sorted cards' themes, by ascending id. */
static GArray *
build_theme_models (Corpus    *corpus,
                    GPtrArray *cards)
{
  GArray *models = g_array_new (FALSE, TRUE, sizeof (ThemeModel));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_terms = rt_term_matrix_get_n_terms (corpus->matrix);

  g_array_set_clear_func (models, theme_model_clear);

  for (guint i = 0; i < cards->len; i++)
    {
      const RtSuggestCard *card = g_ptr_array_index (cards, i);

      if (card->theme_id != 0)
        g_array_append_val (ids, card->theme_id);
    }
  g_array_sort (ids, compare_i64);

  for (guint i = 0; i < ids->len; i++)
    {
      ThemeModel model = { 0, };

      if (i > 0 && g_array_index (ids, gint64, i) == g_array_index (ids, gint64, i - 1))
        continue;
      model.theme_id = g_array_index (ids, gint64, i);
      model.rows = g_array_new (FALSE, FALSE, sizeof (guint));
      model.sum = g_new0 (double, MAX (n_terms, 1));
      g_array_append_val (models, model);
    }

  for (guint i = 0; i < cards->len; i++)
    {
      const RtSuggestCard *card = g_ptr_array_index (cards, i);
      RtRow r;

      if (card->theme_id == 0)
        continue;
      for (guint m = 0; m < models->len; m++)
        {
          ThemeModel *model = &g_array_index (models, ThemeModel, m);

          if (model->theme_id != card->theme_id)
            continue;
          g_array_append_val (model->rows, i);
          rt_term_matrix_get_row (corpus->matrix, i, &r);
          for (guint j = 0; j < r.n; j++)
            model->sum[r.ids[j]] += r.weights[j];
          break;
        }
    }

  for (guint m = 0; m < models->len; m++)
    {
      ThemeModel *model = &g_array_index (models, ThemeModel, m);

      for (guint t = 0; t < n_terms; t++)
        model->norm2 += model->sum[t] * model->sum[t];
    }

  return models;
}

/**
 * rt_suggest_collect_themes:
 *
 * Copies the names of the committee's themes. Call on the main thread.
 *
 * Returns: (transfer full) (element-type RtSuggestTheme): the themes
 */
GPtrArray *
rt_suggest_collect_themes (RtCommittee *committee)
{
  GPtrArray *themes;
  GListModel *model;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  themes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_suggest_theme_free);
  model = rt_committee_get_themes (committee);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);

      g_ptr_array_add (themes, rt_suggest_theme_new (rt_theme_get_id (theme), rt_theme_get_name (theme)));
    }

  return themes;
}

RtSuggestTheme *
rt_suggest_theme_new (gint64      id,
                      const char *name)
{
  RtSuggestTheme *theme = g_new0 (RtSuggestTheme, 1);

  theme->id = id;
  theme->name = g_strdup (name ? name : "");

  return theme;
}

void
rt_suggest_theme_free (RtSuggestTheme *theme)
{
  if (theme == NULL)
    return;
  g_free (theme->name);
  g_free (theme);
}

/* The share of @theme's words (content words of its name) among the naming
 * words and characteristic terms of @suggestion, if one of its naming
 * words is among them; 0 otherwise. */
static double
name_overlap (RtTokenizer       *tokenizer,
              const char        *theme_name,
              RtThemeSuggestion *suggestion)
{
  g_autoptr(GArray) tokens = rt_tokenizer_tokenize (tokenizer, theme_name);
  g_auto(GStrv) naming = g_strsplit (suggestion->name, "・", -1);
  guint n_words = 0, n_shared = 0;
  gboolean names = FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *term = g_array_index (tokens, RtToken, i).term;
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = strcmp (g_array_index (tokens, RtToken, j).term, term) == 0;
      if (seen)
        continue;
      n_words++;
      if (g_strv_contains ((const char * const *)naming, term))
        {
          names = TRUE;
          n_shared++;
        }
      else if (suggestion->terms != NULL && g_strv_contains ((const char * const *)suggestion->terms, term))
        n_shared++;
    }

  return names && n_words > 0 ? (double)n_shared / n_words : 0.0;
}

/**
 * rt_suggest_match_themes:
 * @cards: (element-type RtSuggestCard): every card of the committee, each
 *   with its theme; those of @suggestions among them
 * @themes: (element-type RtSuggestTheme): the committee's themes
 *
 * Finds, for each suggestion, an existing theme its cards belong with, so
 * that the user is offered to add them there rather than to make a second
 * theme beside it (「コーディネーター・課題」 beside 「コーディネーター」).
 * A suggestion matches a theme that already holds most of its cards; else
 * one whose name is made of its naming words and terms (at least half of
 * the name's words, one of them a naming word); else the theme whose cards
 * are nearest to its cards, if their centroids are closer than
 * MATCH_COSINE. Sets the theme_id and theme_name of the suggestions.
 *
 * Returns: %FALSE with @error set if the texts could not be analysed
 */
#define MATCH_COSINE 0.5
gboolean
rt_suggest_match_themes (RtThemeSuggestions      *suggestions,
                         GPtrArray               *cards,
                         GPtrArray               *themes,
                         const RtSuggestOptions  *options,
                         GError                 **error)
{
  g_auto(Corpus) corpus = { NULL, };
  g_autoptr(RtTokenizer) tokenizer = NULL;
  g_autoptr(GArray) models = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_terms;

  g_return_val_if_fail (suggestions != NULL, FALSE);
  g_return_val_if_fail (cards != NULL, FALSE);
  g_return_val_if_fail (themes != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  if (themes->len == 0)
    return TRUE;

  if (!(tokenizer = rt_tokenizer_new (RT_TERMS_CONTENT_WORDS, error)) ||
      !corpus_build (&corpus, cards, NULL, options->place_terms, options->place_weights, 0.0, NULL, error))
    return FALSE;

  models = build_theme_models (&corpus, cards);
  n_terms = rt_term_matrix_get_n_terms (corpus.matrix);
  for (guint i = 0; i < cards->len; i++)
    g_hash_table_insert (rows, &((RtSuggestCard *)g_ptr_array_index (cards, i))->id, GUINT_TO_POINTER (i + 1));

  for (guint s = 0; s < suggestions->themes->len; s++)
    {
      RtThemeSuggestion *suggestion = g_ptr_array_index (suggestions->themes, s);
      g_autofree double *sum = g_new0 (double, MAX (n_terms, 1));
      g_autoptr(GHashTable) held = g_hash_table_new (g_int64_hash, g_int64_equal);
      double norm2 = 0.0, best_score = 0.0;
      gint64 match = 0;
      guint most = 0;

      for (guint m = 0; m < suggestion->members->len; m++)
        {
          gint64 id = g_array_index (suggestion->members, RtSuggestMember, m).card_id;
          guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, &id));
          const RtSuggestCard *card;
          RtRow r;

          if (row == 0)
            continue;
          card = g_ptr_array_index (cards, row - 1);
          if (card->theme_id != 0)
            {
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (held, &card->theme_id)) + 1;

              g_hash_table_insert (held, (gpointer)&card->theme_id, GUINT_TO_POINTER (n));
              if (n * 2 > suggestion->members->len && n > most)
                {
                  most = n;
                  match = card->theme_id;
                }
            }
          rt_term_matrix_get_row (corpus.matrix, row - 1, &r);
          for (guint j = 0; j < r.n; j++)
            sum[r.ids[j]] += r.weights[j];
        }
      for (guint t = 0; t < n_terms; t++)
        norm2 += sum[t] * sum[t];

      for (guint t = 0; match == 0 && t < themes->len; t++)
        {
          const RtSuggestTheme *theme = g_ptr_array_index (themes, t);

          if (name_overlap (tokenizer, theme->name, suggestion) >= 0.5)
            match = theme->id;
        }

      for (guint m = 0; match == 0 && norm2 > 0.0 && m < models->len; m++)
        {
          const ThemeModel *model = &g_array_index (models, ThemeModel, m);
          double dot = 0.0, cosine;

          if (model->norm2 <= 0.0)
            continue;
          for (guint t = 0; t < n_terms; t++)
            dot += sum[t] * model->sum[t];
          cosine = dot / sqrt (norm2 * model->norm2);
          if (cosine >= MATCH_COSINE && cosine > best_score)
            {
              best_score = cosine;
              suggestion->theme_id = model->theme_id;
            }
        }
      if (match != 0)
        suggestion->theme_id = match;

      for (guint t = 0; suggestion->theme_id != 0 && t < themes->len; t++)
        {
          const RtSuggestTheme *theme = g_ptr_array_index (themes, t);

          if (theme->id == suggestion->theme_id)
            suggestion->theme_name = g_strdup (theme->name);
        }
    }

  return TRUE;
}

/**
 * rt_suggest_themes_matched_async:
 * @cards: (element-type RtSuggestCard): the cards to cluster
 * @all_cards: (element-type RtSuggestCard): every card, with its theme
 * @themes: (element-type RtSuggestTheme): the committee's themes
 *
 * Runs rt_suggest_themes() and rt_suggest_match_themes() in a thread; the
 * task keeps references to the arrays, which must not change until it
 * completes. Finish with rt_suggest_themes_finish().
 */
void
rt_suggest_themes_matched_async (GPtrArray               *cards,
                                 GPtrArray               *all_cards,
                                 GPtrArray               *themes,
                                 const RtSuggestOptions  *options,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ThemesTaskData *data;

  g_return_if_fail (cards != NULL);
  g_return_if_fail (all_cards != NULL);
  g_return_if_fail (themes != NULL);
  g_return_if_fail (options != NULL);

  data = g_new0 (ThemesTaskData, 1);
  data->cards = g_ptr_array_ref (cards);
  data->all_cards = g_ptr_array_ref (all_cards);
  data->themes = g_ptr_array_ref (themes);
  data->options = *options;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_suggest_themes_async);
  g_task_set_task_data (task, data, (GDestroyNotify)themes_task_data_free);
  g_task_run_in_thread (task, suggest_themes_thread);
}

static double
score_row (Corpus           *corpus,
           const ThemeModel *model,
           guint             row,
           gboolean          is_member,
           RtPlaceMethod     method)
{
  RtRow r;
  double sx = 0.0, xx = 0.0, norm2;

  rt_term_matrix_get_row (corpus->matrix, row, &r);

  if (method == RT_PLACE_KNN)
    {
      double top[KNN_NEIGHBOURS] = { 0, };
      guint n_top = 0;
      double total = 0.0;

      for (guint i = 0; i < model->rows->len; i++)
        {
          guint other = g_array_index (model->rows, guint, i);
          double s;
          guint at;

          if (other == row)
            continue;
          s = rt_term_matrix_dot (corpus->matrix, row, other);
          if (n_top < KNN_NEIGHBOURS)
            n_top++;
          else if (s <= top[n_top - 1])
            continue;
          for (at = n_top - 1; at > 0 && top[at - 1] < s; at--)
            top[at] = top[at - 1];
          top[at] = s;
        }

      for (guint i = 0; i < n_top; i++)
        total += top[i];
      return n_top > 0 ? total / KNN_NEIGHBOURS : 0.0;
    }

  for (guint j = 0; j < r.n; j++)
    {
      sx += r.weights[j] * model->sum[r.ids[j]];
      xx += (double)r.weights[j] * r.weights[j];
    }

  if (is_member)
    {
      norm2 = model->norm2 - 2.0 * sx + xx;
      sx -= xx;
    }
  else
    norm2 = model->norm2;

  return norm2 > 1e-12 ? sx / sqrt (norm2) : 0.0;
}

static void
placement_free (RtPlacement *placement)
{
  g_strfreev (placement->terms);
  g_free (placement);
}

/**
 * rt_suggest_place_cards:
 * @cards: (element-type RtSuggestCard): all cards of the committee; those
 *   in a theme teach, those in the inbox are placed
 *
 * Returns: (transfer full) (element-type RtPlacement): one placement per
 *   inbox card, in the order of @cards
 */
GPtrArray *
rt_suggest_place_cards (GPtrArray               *cards,
                        const RtSuggestOptions  *options,
                        GError                 **error)
{
  g_auto(Corpus) corpus = { NULL, };
  g_autoptr(GArray) models = NULL;
  g_autoptr(GPtrArray) placements = NULL;

  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!corpus_build (&corpus, cards, NULL, options->place_terms, options->place_weights,
                     options->place_kanji, NULL, error))
    return NULL;

  models = build_theme_models (&corpus, cards);
  placements = g_ptr_array_new_with_free_func ((GDestroyNotify)placement_free);

  for (guint i = 0; i < cards->len; i++)
    {
      const RtSuggestCard *card = g_ptr_array_index (cards, i);
      RtPlacement *placement;
      const ThemeModel *best = NULL;
      double best_score = 0.0;

      if (card->theme_id != 0)
        continue;

      for (guint m = 0; m < models->len; m++)
        {
          const ThemeModel *model = &g_array_index (models, ThemeModel, m);
          double s = score_row (&corpus, model, i, FALSE, options->place_method);

          if (best == NULL || s > best_score + 1e-12)
            {
              best = model;
              best_score = s;
            }
        }

      placement = g_new0 (RtPlacement, 1);
      placement->card_id = card->id;
      placement->score = best_score;
      if (best != NULL)
        {
          placement->best_theme_id = best->theme_id;
          placement->theme_id = best_score >= options->place_threshold ? best->theme_id : 0;
          shared_terms (&corpus, i, best->sum, N_MEMBER_TERMS, &placement->terms, NULL);
        }
      else
        placement->terms = g_new0 (char *, 1);
      g_ptr_array_add (placements, placement);
    }

  return g_steal_pointer (&placements);
}

/**
 * rt_suggest_leave_one_out:
 * @cards: (element-type RtSuggestCard): cards, all in themes
 *
 * How well placement learns the human themes: each sorted card is placed
 * from all the others, as if it were in the inbox, and counts as right
 * when its nearest theme is its own (the threshold is not applied).
 *
 * Returns: the fraction of cards placed right, or -1 on error
 */
double
rt_suggest_leave_one_out (GPtrArray               *cards,
                          const RtSuggestOptions  *options,
                          GError                 **error)
{
  g_auto(Corpus) corpus = { NULL, };
  g_autoptr(GArray) models = NULL;
  guint n = 0, right = 0;

  g_return_val_if_fail (cards != NULL, -1.0);
  g_return_val_if_fail (options != NULL, -1.0);

  if (!corpus_build (&corpus, cards, NULL, options->place_terms, options->place_weights,
                     options->place_kanji, NULL, error))
    return -1.0;

  models = build_theme_models (&corpus, cards);

  for (guint i = 0; i < cards->len; i++)
    {
      const RtSuggestCard *card = g_ptr_array_index (cards, i);
      gint64 best_id = 0;
      double best_score = -1.0;

      if (card->theme_id == 0)
        continue;

      for (guint m = 0; m < models->len; m++)
        {
          const ThemeModel *model = &g_array_index (models, ThemeModel, m);
          double s = score_row (&corpus, model, i, model->theme_id == card->theme_id,
                                options->place_method);

          if (s > best_score + 1e-12)
            {
              best_score = s;
              best_id = model->theme_id;
            }
        }

      n++;
      if (best_id == card->theme_id)
        right++;
    }

  return n > 0 ? (double)right / n : 0.0;
}

static void
clear_point_score (gpointer data)
{
  RtPointScore *score = data;

  g_strfreev (score->terms);
}

static void
point_suggestion_free (RtPointSuggestion *suggestion)
{
  g_array_unref (suggestion->points);
  g_free (suggestion);
}

/* The points most like @dense (a theme's normalised sum, or a card's row
 * when @row is given). */
static RtPointSuggestion *
rank_points (Corpus                  *corpus,
             GPtrArray               *points,
             const RtSuggestOptions  *options,
             guint                    row,
             const float             *dense)
{
  RtPointSuggestion *suggestion = g_new0 (RtPointSuggestion, 1);
  guint n_terms = rt_term_matrix_get_n_terms (corpus->matrix);
  g_autofree Scored *scored = g_new (Scored, MAX (points->len, 1));
  guint n = 0;

  suggestion->points = g_array_new (FALSE, TRUE, sizeof (RtPointScore));
  g_array_set_clear_func (suggestion->points, clear_point_score);

  for (guint p = 0; p < points->len; p++)
    {
      guint point_row = corpus->n_cards + p;
      double s = dense ? rt_term_matrix_dot_dense (corpus->matrix, point_row, dense)
                       : rt_term_matrix_dot (corpus->matrix, row, point_row);

      if (s >= options->point_threshold)
        {
          scored[n].id = p;
          scored[n].score = s;
          n++;
        }
    }
  qsort (scored, n, sizeof (Scored), compare_scored);

  for (guint j = 0; j < MIN (n, options->max_points); j++)
    {
      const RtSuggestPoint *point = g_ptr_array_index (points, scored[j].id);
      g_autofree double *weight = g_new0 (double, MAX (n_terms, 1));
      RtPointScore score = { point->id, point->number, scored[j].score, NULL };
      RtRow r;

      /* The terms the card (or theme) and the point share. */
      rt_term_matrix_get_row (corpus->matrix, corpus->n_cards + scored[j].id, &r);
      for (guint i = 0; i < r.n; i++)
        weight[r.ids[i]] = r.weights[i];
      if (dense == NULL)
        shared_terms (corpus, row, weight, N_MEMBER_TERMS, &score.terms, NULL);
      else
        {
          g_autoptr(GStrvBuilder) terms = g_strv_builder_new ();
          g_autofree Scored *common = g_new (Scored, MAX (r.n, 1));
          guint m = 0;

          for (guint i = 0; i < r.n; i++)
            if (dense[r.ids[i]] > 0.0f)
              {
                common[m].id = r.ids[i];
                common[m].score = dense[r.ids[i]] * r.weights[i];
                m++;
              }
          qsort (common, m, sizeof (Scored), compare_scored);
          for (guint i = 0; i < MIN (m, N_MEMBER_TERMS); i++)
            g_strv_builder_add (terms, rt_term_matrix_get_term (corpus->matrix, common[i].id));
          score.terms = g_strv_builder_end (terms);
        }
      g_array_append_val (suggestion->points, score);
    }

  return suggestion;
}

/**
 * rt_suggest_points:
 * @cards: (element-type RtSuggestCard): the cards
 * @points: (element-type RtSuggestPoint): the points
 *
 * Returns: (transfer full) (element-type RtPointSuggestion): for each card
 *   (in the order of @cards), then for each theme of the cards (by
 *   ascending id), the points most like it
 */
GPtrArray *
rt_suggest_points (GPtrArray               *cards,
                   GPtrArray               *points,
                   const RtSuggestOptions  *options,
                   GError                 **error)
{
  g_auto(Corpus) corpus = { NULL, };
  g_autoptr(GArray) models = NULL;
  g_autoptr(GPtrArray) result = NULL;

  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (points != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!corpus_build (&corpus, cards, points, options->place_terms, options->place_weights, 0.0, NULL, error))
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)point_suggestion_free);

  for (guint i = 0; i < cards->len; i++)
    {
      RtPointSuggestion *s = rank_points (&corpus, points, options, i, NULL);

      s->card_id = ((RtSuggestCard *)g_ptr_array_index (cards, i))->id;
      g_ptr_array_add (result, s);
    }

  models = build_theme_models (&corpus, cards);
  for (guint m = 0; m < models->len; m++)
    {
      const ThemeModel *model = &g_array_index (models, ThemeModel, m);
      g_autofree float *centroid = rt_term_matrix_centroid (corpus.matrix, (const guint *)model->rows->data,
                                                            model->rows->len);
      RtPointSuggestion *s = rank_points (&corpus, points, options, 0, centroid);

      s->theme_id = model->theme_id;
      g_ptr_array_add (result, s);
    }

  return g_steal_pointer (&result);
}

/* JSON, written by hand so that numbers have a fixed number of decimals
 * and the output is byte-identical from run to run. */
static void
json_string (GString    *out,
             const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, c);
        }
    }
  g_string_append_c (out, '"');
}

static void
json_double (GString *out,
             double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4f", value));
}

static void
json_strv (GString            *out,
           const char * const *strv)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      json_string (out, strv[i]);
    }
  g_string_append_c (out, ']');
}

/**
 * rt_theme_suggestions_to_json:
 *
 * Returns: (transfer full): the suggestions as a JSON object, ending with
 *   a newline
 */
char *
rt_theme_suggestions_to_json (RtThemeSuggestions *suggestions)
{
  GString *out = g_string_new ("{\n");

  g_return_val_if_fail (suggestions != NULL, NULL);

  g_string_append_printf (out, "  \"cards\": %u,\n", suggestions->n_cards);
  g_string_append_printf (out, "  \"k\": %u,\n", suggestions->k);
  g_string_append_printf (out, "  \"k_suggested\": %u,\n", suggestions->k_suggested);
  g_string_append (out, "  \"silhouettes\": {");
  for (guint i = 0; i < suggestions->silhouettes->len; i++)
    {
      g_string_append_printf (out, "%s\"%u\": ", i > 0 ? ", " : "", suggestions->k_min + i);
      json_double (out, g_array_index (suggestions->silhouettes, double, i));
    }
  g_string_append (out, "},\n  \"themes\": [");

  for (guint t = 0; t < suggestions->themes->len; t++)
    {
      RtThemeSuggestion *theme = g_ptr_array_index (suggestions->themes, t);

      g_string_append (out, t > 0 ? ",\n    {\n" : "\n    {\n");
      g_string_append (out, "      \"name\": ");
      json_string (out, theme->name);
      g_string_append (out, ",\n      \"terms\": ");
      json_strv (out, (const char * const *)theme->terms);
      g_string_append (out, ",\n      \"cohesion\": ");
      json_double (out, theme->cohesion);
      g_string_append (out, ",\n      \"cards\": [");
      for (guint i = 0; i < theme->members->len; i++)
        {
          RtSuggestMember *member = &g_array_index (theme->members, RtSuggestMember, i);

          g_string_append_printf (out, "%s        { \"id\": %" G_GINT64_FORMAT ", \"terms\": ",
                                  i > 0 ? ",\n" : "\n", member->card_id);
          json_strv (out, (const char * const *)member->terms);
          g_string_append (out, " }");
        }
      g_string_append (out, "\n      ]\n    }");
    }
  g_string_append (out, suggestions->themes->len > 0 ? "\n  ],\n" : "],\n");

  g_string_append (out, "  \"unclustered\": [");
  for (guint i = 0; i < suggestions->unclustered->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                            g_array_index (suggestions->unclustered, gint64, i));
  g_string_append (out, "]\n}\n");

  return g_string_free (out, FALSE);
}

/**
 * rt_placements_to_json:
 *
 * Returns: (transfer full): the placements as a JSON object
 */
char *
rt_placements_to_json (GPtrArray *placements)
{
  GString *out = g_string_new ("{\n  \"cards\": [");

  g_return_val_if_fail (placements != NULL, NULL);

  for (guint i = 0; i < placements->len; i++)
    {
      RtPlacement *p = g_ptr_array_index (placements, i);

      g_string_append_printf (out, "%s    { \"id\": %" G_GINT64_FORMAT ", \"theme\": ",
                              i > 0 ? ",\n" : "\n", p->card_id);
      if (p->theme_id != 0)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, p->theme_id);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"score\": ");
      json_double (out, p->score);
      g_string_append (out, ", \"nearest\": ");
      if (p->best_theme_id != 0)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, p->best_theme_id);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"terms\": ");
      json_strv (out, (const char * const *)p->terms);
      g_string_append (out, " }");
    }
  g_string_append (out, placements->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  return g_string_free (out, FALSE);
}

static void
point_scores_to_json (GString *out,
                      GArray  *points)
{
  g_string_append_c (out, '[');
  for (guint j = 0; j < points->len; j++)
    {
      RtPointScore *score = &g_array_index (points, RtPointScore, j);

      g_string_append_printf (out, "%s{ \"point\": %" G_GINT64_FORMAT ", \"number\": %d, \"score\": ",
                              j > 0 ? ", " : "", score->point_id, score->number);
      json_double (out, score->score);
      g_string_append (out, ", \"terms\": ");
      json_strv (out, (const char * const *)score->terms);
      g_string_append (out, " }");
    }
  g_string_append_c (out, ']');
}

/**
 * rt_point_suggestions_to_json:
 *
 * Returns: (transfer full): the point suggestions as a JSON object with
 *   "cards" and "themes"
 */
char *
rt_point_suggestions_to_json (GPtrArray *suggestions)
{
  GString *out = g_string_new ("{\n");

  g_return_val_if_fail (suggestions != NULL, NULL);

  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean first = TRUE;

      g_string_append (out, pass == 0 ? "  \"cards\": [" : "  \"themes\": [");
      for (guint i = 0; i < suggestions->len; i++)
        {
          RtPointSuggestion *s = g_ptr_array_index (suggestions, i);

          if ((pass == 0) != (s->card_id != 0))
            continue;
          g_string_append_printf (out, "%s    { \"id\": %" G_GINT64_FORMAT ", \"points\": ",
                                  first ? "\n" : ",\n", pass == 0 ? s->card_id : s->theme_id);
          point_scores_to_json (out, s->points);
          g_string_append (out, " }");
          first = FALSE;
        }
      g_string_append (out, first ? "]" : "\n  ]");
      g_string_append (out, pass == 0 ? ",\n" : "\n}\n");
    }

  return g_string_free (out, FALSE);
}
