/* rt-minutes-phrases.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether a text holds one of a list of stock phrases, in one pass over
 * the text. The parser asks this of every line (is it a web page's
 * furniture?) and of every statement (is it the chair's procedure, a
 * greeting, a request?), with lists of up to eighty phrases; looking for
 * each phrase in turn ran through the same text hundreds of times.
 */

#define G_LOG_DOMAIN "rt-minutes"

#include "config.h"

#include <string.h>

#include "rt-minutes-private.h"

static const RtPhrases *
phrases_ready (RtPhrases *set)
{
  if (g_once_init_enter (&set->ready))
    {
      g_assert (set->n_words <= G_N_ELEMENTS (set->first));
      for (guint i = 0; i < set->n_words; i++)
        {
          gunichar c = g_utf8_get_char (set->words[i]);

          g_assert (strlen (set->words[i]) > 0 && strlen (set->words[i]) <= G_MAXUINT8);
          set->first[i] = c;
          set->len[i] = strlen (set->words[i]);
          set->bits[(c & 4095) >> 5] |= 1u << (c & 31);
        }
      g_once_init_leave (&set->ready, 1);
    }
  return set;
}

/**
 * _rt_minutes_has_phrase:
 * @p: the start of a valid UTF-8 text
 * @e: its end
 * @phrases: the phrases, as RT_PHRASES() makes them
 *
 * Whether one of the phrases occurs in the text. A phrase starts at the
 * start of a character, so only the characters that start one, found by a
 * bitmap of their code points, are compared.
 */
gboolean
_rt_minutes_has_phrase (const char *p,
                        const char *e,
                        RtPhrases  *phrases)
{
  const RtPhrases *set = phrases_ready (phrases);

  for (; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      if ((set->bits[(c & 4095) >> 5] & (1u << (c & 31))) == 0)
        continue;
      for (guint i = 0; i < set->n_words; i++)
        if (set->first[i] == c && (gsize) (e - p) >= set->len[i] && memcmp (p, set->words[i], set->len[i]) == 0)
          return TRUE;
    }

  return FALSE;
}
