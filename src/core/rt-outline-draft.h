/* rt-outline-draft.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rt-snapshot.h"

G_BEGIN_DECLS

/* The 答申 outline: a first draft made from the points, and the comparison
 * of two versions.
 *
 * The outline is plain text that the secretariat edits into the 答申:
 *
 *   論点1　協働制度の見直しと働きかけ      a point: a heading
 *   【委員会の方向性】                     a part of it
 *   ・…（第3回）                          its items
 *   【主な意見】
 *   ・…（林委員）                          speakers by the display policy
 *   【前回答申の提案とその後】
 *   ・協働専担課の設置…
 *   　→（その後の状況を記入）               for the secretariat to fill in
 *
 * Two versions are compared sentence by sentence (a sentence ends with 。
 * or with its line), each under the heading it stands in: sentences only
 * in the new version are added, only in the old one removed, and a removed
 * and an added sentence of the same place that share most of their words
 * are one changed sentence. */

typedef enum
{
  RT_TEXT_ADDED,
  RT_TEXT_REMOVED,
  RT_TEXT_CHANGED,
} RtTextChangeKind;

typedef struct
{
  RtTextChangeKind  kind;
  char             *section;  /* the heading it stands under, or "" */
  char             *before;   /* NULL when added */
  char             *after;    /* NULL when removed */
} RtTextChange;

char       *rt_outline_draft_build (RtSnapshot    *snapshot,
                                    gint64         framework_id);
GPtrArray  *rt_text_compare        (const char    *before,
                                    const char    *after);
void        rt_text_change_free    (RtTextChange  *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtTextChange, rt_text_change_free)

G_END_DECLS
