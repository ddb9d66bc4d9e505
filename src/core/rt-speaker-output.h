/* rt-speaker-output.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-snapshot.h"

G_BEGIN_DECLS

/* The outputs of the meeting cycle that name speakers. */
#define RT_OUTPUT_SUMMARY   "summary"    /* 議事要旨 */
#define RT_OUTPUT_OUTLINE   "outline"    /* 答申 outline */
#define RT_OUTPUT_FOLLOWUPS "followups"  /* 宿題・資料要求一覧 */

char *rt_speaker_for_output (RtSnapshot       *snapshot,
                             const RtSnapCard *card,
                             const char       *output);

G_END_DECLS
