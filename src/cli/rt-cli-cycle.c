/* rt-cli-cycle.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-outline-draft.h"
#include "rt-summary-draft.h"

/* The drafts of the meeting cycle on the command line: the 議事要旨 of a
 * meeting and the 答申 outline, printed, and kept with --save. */

#define USAGE_SUMMARY N_("FILE --meeting=N [--order=agenda|theme] [--save] [--western]")
#define USAGE_OUTLINE N_("FILE [--save] [--stage=STAGE] [--date=YYYY-MM-DD]")

static void
print_text (const char *text)
{
  fwrite (text, 1, strlen (text), stdout);
  if (text[0] != '\0' && !g_str_has_suffix (text, "\n"))
    fputc ('\n', stdout);
}

/* ronten draft-summary FILE --meeting=N [--order=agenda|theme] [--save] */
int
rt_cli_verb_draft_summary (int    argc,
                           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtSnapshot) snapshot = NULL;
  g_autoptr(GHashTable) sources = NULL;
  g_autofree char *text = NULL;
  RtSummaryOrder order = RT_SUMMARY_ORDER_AGENDA;
  RtDateStyle style = RT_DATE_STYLE_ERA;
  const char *path = NULL;
  gboolean save = FALSE, bad = FALSE;
  gint64 number = 0, meeting_id;

  for (int i = 1; i < argc && !bad; i++)
    {
      const char *value;

      if ((value = rt_cli_option_value (argv[i], "--meeting")))
        bad = !g_ascii_string_to_signed (value, 10, 1, G_MAXINT, &number, NULL);
      else if ((value = rt_cli_option_value (argv[i], "--order")))
        {
          if (g_str_equal (value, "agenda"))
            order = RT_SUMMARY_ORDER_AGENDA;
          else if (g_str_equal (value, "theme"))
            order = RT_SUMMARY_ORDER_THEME;
          else
            bad = TRUE;
        }
      else if (g_str_equal (argv[i], "--save"))
        save = TRUE;
      else if (g_str_equal (argv[i], "--western"))
        style = RT_DATE_STYLE_WESTERN;
      else if (argv[i][0] != '-' && path == NULL)
        path = argv[i];
      else
        bad = TRUE;
    }

  if (bad || path == NULL || number == 0)
    return rt_cli_usage_error (argv[0], _(USAGE_SUMMARY));

  if (!(committee = rt_committee_open (path, save ? RT_STORE_OPEN_DEFAULT : RT_STORE_OPEN_READ_ONLY, &error)))
    return rt_cli_fail (error);

  if ((meeting_id = rt_cli_find_meeting (committee, number)) == 0)
    {
      g_printerr (_("ronten: There is no meeting number %d\n"), (int)number);
      return 1;
    }

  if (!(snapshot = rt_snapshot_new (committee, &error)) ||
      !(sources = rt_summary_draft_read_sources (committee, snapshot, meeting_id, &error)))
    return rt_cli_fail (error);

  text = rt_summary_draft_build (snapshot, meeting_id, order, style, sources);
  if (save && rt_committee_set_summary_text (committee, meeting_id, text, TRUE, &error) == 0)
    return rt_cli_fail (error);

  print_text (text);
  return 0;
}

/* ronten draft-outline FILE [--save] [--stage=STAGE] [--date=YYYY-MM-DD] */
int
rt_cli_verb_draft_outline (int    argc,
                           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtSnapshot) snapshot = NULL;
  g_autofree char *text = NULL;
  const char *path = NULL;
  const char *stage = "骨子案";
  const char *date = NULL;
  gboolean save = FALSE, bad = FALSE;

  for (int i = 1; i < argc && !bad; i++)
    {
      const char *value;

      if (g_str_equal (argv[i], "--save"))
        save = TRUE;
      else if ((value = rt_cli_option_value (argv[i], "--stage")))
        stage = value;
      else if ((value = rt_cli_option_value (argv[i], "--date")))
        {
          GDate parsed;

          date = value;
          bad = !rt_date_parse_iso (value, &parsed);
        }
      else if (argv[i][0] != '-' && path == NULL)
        path = argv[i];
      else
        bad = TRUE;
    }

  if (bad || path == NULL)
    return rt_cli_usage_error (argv[0], _(USAGE_OUTLINE));

  if (!(committee = rt_committee_open (path, save ? RT_STORE_OPEN_DEFAULT : RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(snapshot = rt_snapshot_new (committee, &error)))
    return rt_cli_fail (error);

  text = rt_outline_draft_build (snapshot, 0);
  if (save && rt_committee_add_outline (committee, stage, date, text, &error) == 0)
    return rt_cli_fail (error);

  print_text (text);
  return 0;
}
