/* rt-summary-draft.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-date.h"
#include "rt-snapshot.h"

G_BEGIN_DECLS

/* The draft of a meeting's 議事要旨, in 要点筆記 style, as plain text that
 * the secretariat then edits (it is theirs once written). The handout
 * (rt-handout-summary.c) reads the same text back:
 *
 *   会議名：…（第1回）          the header block: 項目：内容 lines, up to the
 *   日時：令和7年…（金）…        first blank line; a line that starts with a
 *   配布資料：資料1　…           full-width space goes on the item above;
 *                                 出席者（行政） comes only with officials
 *   　資料2　…
 *   公開・非公開：公開
 *
 *   １　開会                    a numbered line: an item of the 次第
 *   ２　議事
 *   （１）…について              a 議事 under it
 *   資料1に基づき、事務局から説明があった。
 *   〔主な意見等〕
 *   ・…（林委員）                a member's statement, speaker by the policy
 *   　→…（事務局）               the answer to it
 *
 * Cards are placed under the agenda item whose title comes before them in
 * the imported minutes; cards that cannot be placed so (typed live, or from
 * minutes without the agenda's headings) go under the last 議事. In theme
 * order each item keeps its explanation, and the statements are grouped by
 * theme (in board order) under the last 議事. The secretariat's
 * explanations (説明・回答 given before any member spoke to the item) make
 * the one line 「…に基づき、事務局から説明があった。」; 進行 is left out, and
 * so is every 非公開 card. */

typedef enum
{
  RT_SUMMARY_ORDER_AGENDA,
  RT_SUMMARY_ORDER_THEME,
} RtSummaryOrder;

char     *rt_summary_draft_build   (RtSnapshot           *snapshot,
                                    gint64                meeting_id,
                                    RtSummaryOrder        order,
                                    RtDateStyle           date_style,
                                    GHashTable           *sources);
GHashTable *rt_summary_draft_read_sources (RtCommittee   *committee,
                                    RtSnapshot           *snapshot,
                                    gint64                meeting_id,
                                    GError              **error);
void      rt_summary_draft_async   (RtCommittee          *committee,
                                    gint64                meeting_id,
                                    RtSummaryOrder        order,
                                    RtDateStyle           date_style,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
char     *rt_summary_draft_finish  (GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS
