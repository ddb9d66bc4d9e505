/* rt-search-bar.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"
#include "rt-search.h"

G_BEGIN_DECLS

#define RT_TYPE_SEARCH_BAR (rt_search_bar_get_type ())

G_DECLARE_FINAL_TYPE (RtSearchBar, rt_search_bar, RT, SEARCH_BAR, GtkWidget)

void           rt_search_bar_set_committee    (RtSearchBar *self,
                                               RtCommittee *committee);
RtSearchModel *rt_search_bar_get_model        (RtSearchBar *self);
RtSearchModel *rt_search_bar_get_search       (RtSearchBar *self);
gboolean       rt_search_bar_get_search_mode  (RtSearchBar *self);
void           rt_search_bar_set_search_mode  (RtSearchBar *self,
                                               gboolean     search_mode);
GtkWidget     *rt_search_bar_get_entry        (RtSearchBar *self);
const char    *rt_search_bar_get_count_text   (RtSearchBar *self);

G_END_DECLS
