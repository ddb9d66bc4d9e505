/* rt-search.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-committee.h"

G_BEGIN_DECLS

/* Search as you type over the text of cards.
 *
 * Matching is exact substring search on normalised text: NFKC and then case
 * folding, so that １２ matches 12, ＡＢＣ matches abc and ｶﾞ matches ガ.
 * Any length of query works, one or two characters included; a query that
 * is one word finds exactly the cards whose normalised text contains it. A
 * query with spaces (half- or full-width) is several words, all of which must
 * be found. The normalised text of every card is kept in memory and updated
 * when cards change, so a search is one scan over the committee's cards.
 *
 * Normalisation works on segments of the text: a character and the combining
 * marks after it (a half-width ﾞ counts as one). Every byte of the
 * normalised text comes from one segment, which is how a match is mapped
 * back to a byte range of the card's text for highlighting.
 */

void      rt_search_filter_init        (RtSearchFilter        *filter);
gboolean  rt_search_filter_is_empty    (const RtSearchFilter  *filter);
char     *rt_search_normalize          (const char            *text,
                                        gssize                 length);
GArray   *rt_search_find_ranges        (const char            *text,
                                        const char            *query);

/* RtSearchModel: the cards found by a query and a filter, as a GListModel of
 * RtCard in card id order, kept up to date as cards change. The board can
 * show it as a result list, or filter its own columns with
 * rt_search_model_contains() in a GtkCustomFilter, and highlight with
 * rt_search_model_get_ranges(). Changing the query re-runs the search at once;
 * debouncing keystrokes is the view's business.
 */
#define RT_TYPE_SEARCH_MODEL (rt_search_model_get_type ())

G_DECLARE_FINAL_TYPE (RtSearchModel, rt_search_model, RT, SEARCH_MODEL, GObject)

RtSearchModel *rt_search_model_new         (RtCommittee           *committee);
RtCommittee   *rt_search_model_get_committee (RtSearchModel       *self);
const char    *rt_search_model_get_query   (RtSearchModel         *self);
void           rt_search_model_set_query   (RtSearchModel         *self,
                                            const char            *query);
void           rt_search_model_get_filter  (RtSearchModel         *self,
                                            RtSearchFilter        *filter);
void           rt_search_model_set_filter  (RtSearchModel         *self,
                                            const RtSearchFilter  *filter);
gboolean       rt_search_model_contains    (RtSearchModel         *self,
                                            gint64                 card_id);
GArray        *rt_search_model_get_ranges  (RtSearchModel         *self,
                                            RtCard                *card);

G_END_DECLS
