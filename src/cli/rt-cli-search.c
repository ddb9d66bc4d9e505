/* rt-cli-search.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ronten search FILE QUERY: the cards whose text contains QUERY, as the
 * board's search finds them, one per line: id, tab, text. It changes nothing.
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-search.h"

int
rt_cli_verb_search (int    argc,
                    char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  if (argc != 3)
    return rt_cli_usage_error ("search", _("FILE QUERY"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(ids = rt_committee_search (committee, argv[2], NULL, &error)))
    return rt_cli_fail (error);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, id);
      gsize start;

      if (card == NULL)
        continue;

      g_string_printf (line, "%" G_GINT64_FORMAT "\t", id);
      start = line->len;
      g_string_append (line, rt_card_get_text (card));
      /* One card, one line: a script splits on tabs and newlines. */
      for (gsize j = start; j < line->len; j++)
        if (line->str[j] == '\n' || line->str[j] == '\r' || line->str[j] == '\t')
          line->str[j] = ' ';
      g_string_append_c (line, '\n');
      fwrite (line->str, 1, line->len, stdout);
    }

  fflush (stdout);

  return 0;
}
