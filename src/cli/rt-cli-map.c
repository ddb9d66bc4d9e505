/* rt-cli-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cli-map"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-map.h"

/* ronten render-map FILE OUT.{png,svg,pdf} [--paper=A4|A3] [--seed=N]
 *
 * Draws the issue map of a committee. Nodes with a saved position keep it;
 * the others are laid out (deterministically) first. The file is only read. */
int
rt_cli_verb_render_map (int    argc,
                        char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtMap) map = NULL;
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  RtMapPaper paper = RT_MAP_PAPER_A3;
  const char *in = NULL, *out = NULL;
  guint64 seed = 1;
  gboolean bad = FALSE;
  RtSpeakerDisplay display = RT_SPEAKER_DISPLAY_DEFAULT;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_ascii_strcasecmp (arg, "--paper=A4") == 0)
        paper = RT_MAP_PAPER_A4;
      else if (g_ascii_strcasecmp (arg, "--paper=A3") == 0)
        paper = RT_MAP_PAPER_A3;
      else if (g_str_has_prefix (arg, "--seed="))
        bad |= !g_ascii_string_to_unsigned (arg + 7, 10, 0, G_MAXUINT32, &seed, NULL);
      else if (rt_cli_speakers_option (arg, &display, &bad))
        ;
      else if (arg[0] == '-' && arg[1] == '-')
        bad = TRUE;
      else if (in == NULL)
        in = arg;
      else if (out == NULL)
        out = arg;
      else
        bad = TRUE;
    }

  if (bad || in == NULL || out == NULL)
    return rt_cli_usage_error ("render-map", _("FILE OUT.png|OUT.svg|OUT.pdf [--paper=A4|A3] "
                                               "[--speakers=real|pseudonym|generic|hidden]"));

  /* The map as a document: named as the committee names speakers on it. */
  if (!(committee = rt_committee_open (in, RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(policy = rt_speaker_policy_new (committee, &error)))
    return rt_cli_fail (error);

  if (rt_speaker_policy_get_display (policy, RT_OUTPUT_MAP, display) == RT_SPEAKER_DISPLAY_PSEUDONYM &&
      rt_speaker_policy_get_n_unstored (policy) > 0)
    {
      g_clear_pointer (&policy, rt_speaker_policy_unref);
      if (!rt_cli_keep_pseudonyms (&committee, in, &error) ||
          !(policy = rt_speaker_policy_new (committee, &error)))
        return rt_cli_fail (error);
    }

  if (!(map = rt_map_new_for_output (committee, RT_MAP_CONTENT_ALL, policy, RT_OUTPUT_MAP, display, &error)))
    return rt_cli_fail (error);

  if (!rt_map_get_complete (map))
    rt_map_layout_now (map, (guint32)seed, TRUE);

  if (!rt_map_export (map, out, paper, rt_committee_get_name (committee), &error))
    return rt_cli_fail (error);

  g_print (_("Wrote the issue map of %s to %s\n"), in, out);
  return 0;
}
