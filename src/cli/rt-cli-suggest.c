/* rt-cli-suggest.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ronten suggest-themes, place-cards and suggest-points: theme and point
 * suggestions as JSON, without a display. They change nothing.
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-suggest.h"

static void
print_json (const char *json)
{
  fwrite (json, 1, strlen (json), stdout);
  fflush (stdout);
}

static const char *
option_value (char  **argv,
              int   *i,
              int    argc,
              const char *name)
{
  gsize len = strlen (name);

  if (strcmp (argv[*i], name) == 0 && *i + 1 < argc)
    return argv[++*i];
  if (strncmp (argv[*i], name, len) == 0 && argv[*i][len] == '=')
    return argv[*i] + len + 1;
  return NULL;
}

int
rt_cli_verb_suggest_themes (int    argc,
                            char **argv)
{
  const char *args = _("FILE [--k N] [--scope inbox|all|meeting:N]");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(RtThemeSuggestions) suggestions = NULL;
  g_autofree char *json = NULL;
  RtSuggestScope scope = RT_SUGGEST_SCOPE_ALL;
  RtSuggestOptions options;
  const char *file = NULL;
  gint64 k = 0, meeting_number = 0, meeting_id = 0;

  for (int i = 1; i < argc; i++)
    {
      const char *value;

      if ((value = option_value (argv, &i, argc, "--k")))
        {
          if (!g_ascii_string_to_signed (value, 10, 1, 100, &k, NULL))
            return rt_cli_usage_error ("suggest-themes", args);
        }
      else if ((value = option_value (argv, &i, argc, "--scope")))
        {
          if (strcmp (value, "all") == 0)
            scope = RT_SUGGEST_SCOPE_ALL;
          else if (strcmp (value, "inbox") == 0)
            scope = RT_SUGGEST_SCOPE_INBOX;
          else if (g_str_has_prefix (value, "meeting:") &&
                   g_ascii_string_to_signed (value + strlen ("meeting:"), 10, 1, G_MAXINT, &meeting_number, NULL))
            scope = RT_SUGGEST_SCOPE_MEETING;
          else
            return rt_cli_usage_error ("suggest-themes", args);
        }
      else if (file == NULL && argv[i][0] != '-')
        file = argv[i];
      else
        return rt_cli_usage_error ("suggest-themes", args);
    }

  if (file == NULL)
    return rt_cli_usage_error ("suggest-themes", args);

  if (!(committee = rt_committee_open (file, RT_STORE_OPEN_READ_ONLY, &error)))
    return rt_cli_fail (error);

  if (scope == RT_SUGGEST_SCOPE_MEETING && !(meeting_id = rt_cli_find_meeting (committee, meeting_number)))
    {
      g_printerr (_("ronten: there is no meeting %d\n"), (int)meeting_number);
      return 1;
    }

  rt_suggest_options_init (&options);
  options.k = k;
  cards = rt_suggest_collect_cards (committee, scope, meeting_id);

  if (!(suggestions = rt_suggest_themes (cards, &options, NULL, &error)))
    return rt_cli_fail (error);

  json = rt_theme_suggestions_to_json (suggestions);
  print_json (json);

  return 0;
}

int
rt_cli_verb_place_cards (int    argc,
                         char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) placements = NULL;
  g_autofree char *json = NULL;
  RtSuggestOptions options;

  if (argc != 2)
    return rt_cli_usage_error ("place-cards", _("FILE"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)))
    return rt_cli_fail (error);

  rt_suggest_options_init (&options);
  cards = rt_suggest_collect_cards (committee, RT_SUGGEST_SCOPE_ALL, 0);
  if (!(placements = rt_suggest_place_cards (cards, &options, &error)))
    return rt_cli_fail (error);

  json = rt_placements_to_json (placements);
  print_json (json);

  return 0;
}

int
rt_cli_verb_suggest_points (int    argc,
                            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree char *json = NULL;
  RtSuggestOptions options;

  if (argc != 2)
    return rt_cli_usage_error ("suggest-points", _("FILE"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)))
    return rt_cli_fail (error);

  rt_suggest_options_init (&options);
  cards = rt_suggest_collect_cards (committee, RT_SUGGEST_SCOPE_ALL, 0);
  points = rt_suggest_collect_points (committee);
  if (!(suggestions = rt_suggest_points (cards, points, &options, &error)))
    return rt_cli_fail (error);

  json = rt_point_suggestions_to_json (suggestions);
  print_json (json);

  return 0;
}
