/* rt-speaker-output.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-speaker-output"

#include "config.h"

#include "rt-speaker-output.h"

/**
 * rt_speaker_for_output:
 * @card: a card of @snapshot
 * @output: which document asks: %RT_OUTPUT_SUMMARY, %RT_OUTPUT_OUTLINE or
 *   %RT_OUTPUT_FOLLOWUPS
 *
 * How a card's speaker is named in a document of the meeting cycle: every
 * speaker name of the 議事要旨, the 答申 outline and the 宿題 list comes from
 * here, and from nowhere else, so that the committee's display policy for
 * each output (実名, 委員A, （委員）, hidden) can decide it in one place.
 * Until that policy exists this is the name the cards show (林委員, 事務局).
 *
 * A 非公開 card is never in these documents: the callers leave it out, and
 * here it has no speaker either. A card whose speaker is hidden keeps its
 * text without one.
 *
 * Returns: (transfer full) (nullable): the speaker as the document prints
 *   it, or %NULL when none is shown
 */
char *
rt_speaker_for_output (RtSnapshot       *snapshot,
                       const RtSnapCard *card,
                       const char       *output)
{
  RtSnapPerson *person;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (card != NULL, NULL);

  if (card->visibility != RT_VISIBILITY_PUBLIC)
    return NULL;

  person = rt_snapshot_get_person (snapshot, card->speaker_id);
  if (person == NULL || person->display[0] == '\0')
    return NULL;

  return g_strdup (person->display);
}
