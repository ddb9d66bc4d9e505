/* rt-cli-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cli-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-map.h"

static gboolean
parse_focus (const char    *spec,
             RtMapNodeKind *kind,
             gint64        *id)
{
  guint64 value;
  const char *number;

  if (g_str_has_prefix (spec, "point:"))
    *kind = RT_MAP_NODE_POINT, number = spec + 6;
  else if (g_str_has_prefix (spec, "theme:"))
    *kind = RT_MAP_NODE_THEME, number = spec + 6;
  else
    return FALSE;

  if (!g_ascii_string_to_unsigned (number, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64)value;
  return TRUE;
}

/* ronten render-map FILE OUT.{png,svg,pdf} [--paper=A4|A3] [--seed=N]
 *                   [--arrangement=force|structured] [--focus=point:N|theme:N]
 *                   [--speakers=real|pseudonym|generic|hidden]
 *
 * Draws the issue map of a committee, as the handouts show it (no 非公開
 * card). Nodes with a saved position keep it; the others are laid out
 * (deterministically) first. --arrangement=structured draws the points in
 * a column and the themes beside them in the order of the 資料; --focus
 * draws the map of one point (by its number) or one theme (by its id), in
 * columns. Speakers are named as the committee's display policy for the
 * map says, or as --speakers says; the file is only read, but for the
 * pseudonym letters it keeps when it is writable. */
int
rt_cli_verb_render_map (int    argc,
                        char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtMap) map = NULL;
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(RtSnapshot) snapshot = NULL;
  RtMapPaper paper = RT_MAP_PAPER_A3;
  RtMapArrangement arrangement = RT_MAP_ARRANGEMENT_FORCE;
  RtMapNodeKind focus_kind = RT_MAP_NODE_POINT;
  gint64 focus_id = 0;
  const char *in = NULL, *out = NULL, *focus = NULL;
  guint64 seed = 1;
  gboolean bad = FALSE;
  RtSpeakerDisplay display = RT_SPEAKER_DISPLAY_DEFAULT;
  double width, height;

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
      else if (g_str_has_prefix (arg, "--arrangement="))
        bad |= !rt_map_arrangement_from_string (arg + 14, &arrangement);
      else if (g_str_has_prefix (arg, "--focus="))
        bad |= !parse_focus ((focus = arg + 8), &focus_kind, &focus_id);
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
                                               "[--arrangement=force|structured] [--focus=point:N|theme:N] "
                                               "[--speakers=real|pseudonym|generic|hidden]"));

  /* The map as a document: named as the committee names speakers on it. */
  if (!(committee = rt_committee_open (in, RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(policy = rt_speaker_policy_new (committee, &error)))
    return rt_cli_fail (error);

  if (rt_speaker_policy_get_display (policy, RT_OUTPUT_MAP, display) == RT_SPEAKER_DISPLAY_PSEUDONYM &&
      rt_speaker_policy_get_n_unstored (policy) > 0)
    {
      if (!rt_cli_keep_pseudonyms (&committee, in, &error))
        return rt_cli_fail (error);
    }

  if (!(snapshot = rt_snapshot_new (committee, &error)))
    return rt_cli_fail (error);
  map = rt_map_new_for_output (snapshot, RT_MAP_CONTENT_PUBLIC_ONLY, RT_OUTPUT_MAP, display);

  /* The sheet's map area, landscape, as rt_map_export() cuts it. */
  rt_map_get_paper_size (paper, &width, &height);
  width -= 56;
  height -= 56 + 22;

  if (focus_id != 0)
    {
      int node = -1;

      if (focus_kind == RT_MAP_NODE_POINT)
        {
          /* Points by their number, as the committee calls them. */
          for (guint i = 0; i < rt_map_get_n_nodes (map) && node < 0; i++)
            if (rt_map_get_node_kind (map, i) == RT_MAP_NODE_POINT)
              {
                g_autofree char *title = g_strdup_printf (C_("handout", "論点%d"), (int)focus_id);

                if (g_strcmp0 (rt_map_get_node_title (map, i), title) == 0)
                  node = i;
              }
        }
      else
        node = rt_map_find_node (map, RT_MAP_NODE_THEME, focus_id);

      if (node < 0)
        {
          g_autoptr(GError) missing = g_error_new (RT_MAP_ERROR, RT_MAP_ERROR_FAILED,
                                                   _("The map has no %s"), focus);

          return rt_cli_fail (missing);
        }
      {
        RtMap *focused = rt_map_new_focused (map, node);

        g_object_unref (map);
        map = focused;
      }
      arrangement = RT_MAP_ARRANGEMENT_STRUCTURED;
    }

  rt_map_set_min_text_size (map, rt_map_get_paper_min_text (paper));
  if (arrangement == RT_MAP_ARRANGEMENT_STRUCTURED)
    rt_map_arrange_for_sheet (map, width, height);
  else if (!rt_map_get_complete (map))
    rt_map_layout_now (map, (guint32)seed, TRUE);
  else
    rt_map_tidy (map);

  if (!rt_map_export (map, out, paper, rt_committee_get_name (committee), &error))
    return rt_cli_fail (error);

  g_print (_("Wrote the issue map of %s to %s\n"), in, out);
  return 0;
}
