/* rt-speaker-policy.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* RtSpeakerPolicy: how a committee names its speakers in each output
 * (発言者の表示), read once from the committee and then plain, immutable
 * data that any thread may read, like RtSnapshot, which carries one.
 *
 * rt_speaker_policy_name() is the one place that decides how a speaker is
 * shown: every handout, the projector, the issue map, the .xlsx and CSV
 * exports (and the 議事要旨 and the 答申 outline) call it. For a card's
 * speaker in @output:
 *
 * | display   | member (委員)  | secretariat, official | other       |
 * |-----------|----------------|-----------------------|-------------|
 * | REAL      | 林委員         | 事務局, 山田市長      | 鈴木参考人  |
 * | PSEUDONYM | 委員A          | 事務局, 市長 (role)   | 参考人B     |
 * | GENERIC   | 委員           | 事務局, 市長 (role)   | 参考人      |
 * | HIDDEN    | —              | —                     | —           |
 *
 * In a public comment (RT_COMMITTEE_MODE_PUBLIC_COMMENT) members and others
 * are submitters: 提出者1, 提出者2 … (PSEUDONYM), 提出者 (GENERIC), and their
 * name only when they gave one and the display is REAL.
 *
 * On top of the display, a card whose speaker is hidden (発言者を伏せる,
 * RT_VISIBILITY_ANONYMOUS) names nobody: documents and tables say
 * 発言者非公開, the projector and the map show no speaker. 非公開 cards
 * (RT_VISIBILITY_PRIVATE) are for the output to leave out: this function
 * names their speaker as any other's.
 *
 * Pseudonym letters are stable: a letter once stored in the committee
 * (pseudonyms) is kept in every document and meeting. Members without one
 * get the next free letters, in order of first appearance or of their
 * names' readings (五十音, through MeCab), as the committee chose. The
 * policy computes those in memory, so that a read-only file can be
 * exported; rt_speaker_policy_keep() stores them when the file is writable.
 */

typedef struct _RtSpeakerPolicy RtSpeakerPolicy;

/* One person's entry in the pseudonym table (委員限り). */
typedef struct
{
  gint64        person_id;
  const char   *name;
  const char   *role;
  RtPersonKind  kind;
  const char   *letter;      /* "" for the secretariat and officials */
  gboolean      stored;      /* the letter is kept in the committee */
  int           first_meeting;  /* the number of the meeting of the first card, or 0 */
} RtPseudonymEntry;

RtSpeakerPolicy *rt_speaker_policy_new          (RtCommittee      *committee,
                                                 GError          **error);
RtSpeakerPolicy *rt_speaker_policy_ref          (RtSpeakerPolicy  *self);
void             rt_speaker_policy_unref        (RtSpeakerPolicy  *self);

RtCommitteeMode  rt_speaker_policy_get_mode     (RtSpeakerPolicy  *self);
RtSpeakerDisplay rt_speaker_policy_get_display  (RtSpeakerPolicy  *self,
                                                 RtOutput          output,
                                                 RtSpeakerDisplay  display);
char            *rt_speaker_policy_name         (RtSpeakerPolicy  *self,
                                                 RtOutput          output,
                                                 RtSpeakerDisplay  display,
                                                 gint64            person_id,
                                                 RtVisibility      visibility);
char            *rt_speaker_policy_mask         (RtSpeakerPolicy  *self,
                                                 RtOutput          output,
                                                 RtSpeakerDisplay  display,
                                                 const char       *text);
const char      *rt_speaker_policy_get_letter   (RtSpeakerPolicy  *self,
                                                 gint64            person_id);
guint            rt_speaker_policy_get_n_entries (RtSpeakerPolicy *self);
const RtPseudonymEntry *rt_speaker_policy_get_entry (RtSpeakerPolicy *self,
                                                 guint             index);
guint            rt_speaker_policy_get_n_unstored (RtSpeakerPolicy *self);
gboolean         rt_speaker_policy_keep         (RtSpeakerPolicy  *self,
                                                 RtCommittee      *committee,
                                                 GError          **error);

RtSpeakerDisplay rt_speaker_display_stricter    (RtSpeakerDisplay  a,
                                                 RtSpeakerDisplay  b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSpeakerPolicy, rt_speaker_policy_unref)

G_END_DECLS
