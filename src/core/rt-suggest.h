/* rt-suggest.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Theme and point suggestions without any service. The committee's texts
 * are copied on the main thread into plain arrays (rt_suggest_collect_*);
 * everything else works on those copies only, so it may run in a thread.
 * Suggestions change nothing: applying them is rt_committee_apply_suggestions().
 */

#pragma once

#include <gio/gio.h>

#include "rt-cluster.h"
#include "rt-committee.h"
#include "rt-tokenizer.h"

G_BEGIN_DECLS

typedef enum
{
  RT_SUGGEST_SCOPE_ALL,
  RT_SUGGEST_SCOPE_INBOX,
  RT_SUGGEST_SCOPE_MEETING,
} RtSuggestScope;

typedef enum
{
  RT_PLACE_CENTROID, /* cosine to the normalised sum of a theme's cards */
  RT_PLACE_KNN,      /* mean cosine of the nearest cards of each theme */
} RtPlaceMethod;

/* A card as copied from the committee. */
typedef struct
{
  gint64  id;
  gint64  theme_id;   /* 0: the 未分類 inbox */
  gint64  meeting_id;
  char   *text;
} RtSuggestCard;

/* A point as copied from the committee: its text is its title, question
 * and proposals. */
typedef struct
{
  gint64  id;
  int     number;
  char   *title;
  char   *text;
} RtSuggestPoint;

typedef struct
{
  guint         k;            /* 0: choose by the silhouette */
  guint         k_max;        /* 0: min (12, n / 2) */
  RtTermFlags   terms;
  RtWeightFlags weights;
  guint         dims;         /* LSA dimensions for clustering; 0: cluster TF-IDF rows */
  gboolean      scale;        /* weight LSA dimensions by their singular values */
  guint32       seed;
  guint         n_restarts;
  RtTermFlags   place_terms;      /* terms for placing cards and points */
  RtWeightFlags place_weights;
  RtPlaceMethod place_method;
  double        place_threshold;  /* below it, no theme fits */
  double        point_threshold;  /* below it, a point is not suggested */
  guint         max_points;       /* per card or theme */
  double        place_kanji;      /* weight of the kanji of words for placing; 0: none */
} RtSuggestOptions;

/* Why a card is in its suggested theme: the terms it shares with the
 * other cards of the theme, most telling first, and how they are written
 * in the card. */
typedef struct
{
  gint64  card_id;
  GStrv   terms;
  GStrv   surfaces;
} RtSuggestMember;

typedef struct
{
  char    *name;       /* the distinctive nouns, joined with ・ */
  GStrv    terms;      /* the characteristic terms, best first */
  GArray  *members;    /* RtSuggestMember, in the order of the input */
  double   cohesion;   /* mean cosine of its cards to their centroid */
  gint64   theme_id;   /* an existing theme the cards belong with, or 0 */
  char    *theme_name; /* its name */
} RtThemeSuggestion;

/* A theme as copied from the committee. */
typedef struct
{
  gint64  id;
  char   *name;
} RtSuggestTheme;

typedef struct
{
  guint      n_cards;
  guint      k;
  guint      k_suggested;
  guint      k_min;
  GArray    *silhouettes;  /* double, for k_min, k_min + 1, … */
  GPtrArray *themes;       /* RtThemeSuggestion, largest first */
  GArray    *unclustered;  /* gint64: cards with no content word */
} RtThemeSuggestions;

typedef struct
{
  gint64  card_id;
  gint64  theme_id;        /* 0: no theme fits */
  gint64  best_theme_id;   /* the nearest theme even when it does not fit */
  double  score;
  GStrv   terms;           /* terms shared with the theme */
} RtPlacement;

typedef struct
{
  gint64  point_id;
  int     number;
  double  score;
  GStrv   terms;           /* terms shared with the point */
} RtPointScore;

/* Points for one card (theme_id 0) or one theme (card_id 0). */
typedef struct
{
  gint64  card_id;
  gint64  theme_id;
  GArray *points;          /* RtPointScore, best first */
} RtPointSuggestion;

void                rt_suggest_options_init        (RtSuggestOptions        *options);

GPtrArray          *rt_suggest_collect_cards       (RtCommittee             *committee,
                                                    RtSuggestScope           scope,
                                                    gint64                   meeting_id);
GPtrArray          *rt_suggest_collect_points      (RtCommittee             *committee);
GPtrArray          *rt_suggest_collect_themes      (RtCommittee             *committee);
RtSuggestTheme     *rt_suggest_theme_new           (gint64                   id,
                                                    const char              *name);
void                rt_suggest_theme_free          (RtSuggestTheme          *theme);
RtSuggestCard      *rt_suggest_card_new            (gint64                   id,
                                                    gint64                   theme_id,
                                                    gint64                   meeting_id,
                                                    const char              *text);
void                rt_suggest_card_free           (RtSuggestCard           *card);
void                rt_suggest_point_free          (RtSuggestPoint          *point);

RtThemeSuggestions *rt_suggest_themes              (GPtrArray               *cards,
                                                    const RtSuggestOptions  *options,
                                                    GCancellable            *cancellable,
                                                    GError                 **error);
void                rt_suggest_themes_async        (GPtrArray               *cards,
                                                    const RtSuggestOptions  *options,
                                                    GCancellable            *cancellable,
                                                    GAsyncReadyCallback      callback,
                                                    gpointer                 user_data);
void                rt_suggest_themes_matched_async (GPtrArray              *cards,
                                                    GPtrArray               *all_cards,
                                                    GPtrArray               *themes,
                                                    const RtSuggestOptions  *options,
                                                    GCancellable            *cancellable,
                                                    GAsyncReadyCallback      callback,
                                                    gpointer                 user_data);
RtThemeSuggestions *rt_suggest_themes_finish       (GAsyncResult            *result,
                                                    GError                 **error);
gboolean            rt_suggest_match_themes        (RtThemeSuggestions      *suggestions,
                                                    GPtrArray               *cards,
                                                    GPtrArray               *themes,
                                                    const RtSuggestOptions  *options,
                                                    GError                 **error);
void                rt_theme_suggestions_free      (RtThemeSuggestions      *suggestions);
char               *rt_theme_suggestions_to_json   (RtThemeSuggestions      *suggestions);

GPtrArray          *rt_suggest_place_cards         (GPtrArray               *cards,
                                                    const RtSuggestOptions  *options,
                                                    GError                 **error);
char               *rt_placements_to_json          (GPtrArray               *placements);
double              rt_suggest_leave_one_out       (GPtrArray               *cards,
                                                    const RtSuggestOptions  *options,
                                                    GError                 **error);

GPtrArray          *rt_suggest_points              (GPtrArray               *cards,
                                                    GPtrArray               *points,
                                                    const RtSuggestOptions  *options,
                                                    GError                 **error);
char               *rt_point_suggestions_to_json   (GPtrArray               *suggestions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtThemeSuggestions, rt_theme_suggestions_free)

G_END_DECLS
