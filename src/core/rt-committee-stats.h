/* rt-committee-stats.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* Who has been heard: cards per speaker, and per speaker and theme.
 *
 * Rows are the committee's people in their order, then one row for cards
 * without a speaker (speaker_ids[i] == 0), present only when there are such
 * cards. Columns are the themes in board order (label by label), then the
 * 未分類 inbox (theme_ids[j] == 0). A person with no card has a row of zeros:
 * that is the point of the table.
 */
typedef struct
{
  guint    n_speakers;
  gint64  *speaker_ids;
  char   **speaker_names;   /* name and role as cards show them */
  guint    n_themes;
  gint64  *theme_ids;
  char   **theme_names;
  guint   *speaker_totals;  /* [n_speakers] */
  guint   *theme_totals;    /* [n_themes] */
  guint   *counts;          /* [n_speakers × n_themes], row by row */
  guint    n_cards;
} RtSpeakerStats;

RtSpeakerStats *rt_committee_get_speaker_stats (RtCommittee     *self,
                                                gint64           meeting_id,
                                                GError         **error);
guint           rt_speaker_stats_get           (RtSpeakerStats  *stats,
                                                guint            speaker,
                                                guint            theme);
void            rt_speaker_stats_free          (RtSpeakerStats  *stats);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSpeakerStats, rt_speaker_stats_free)

G_END_DECLS
