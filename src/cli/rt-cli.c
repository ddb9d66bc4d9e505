/* rt-cli.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rt-cli.h"
#include "rt-committee.h"
#include "rt-json.h"

/* The command line: verbs that drive core and render with no display, for
 * automation and tests. Only here may Ronten print. */

typedef int (*RtVerbFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  RtVerbFunc  func;
} RtVerb;

static int
fail (GError *error)
{
  g_printerr ("ronten: %s\n", error->message);
  return 1;
}

static int
usage_error (const char *verb,
             const char *args)
{
  g_printerr (_("Usage: ronten %s %s\n"), verb, args);
  return 2;
}

static int
verb_new (int    argc,
          char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  gsize length;

  if (argc != 2)
    return usage_error ("new", _("FILE"));

  if (!(json = rt_sample_committee_json (&length, &error)) ||
      !(committee = rt_committee_create_from_json (argv[1], json, length, &error)))
    return fail (error);

  g_print (_("Created %s from the sample committee\n"), argv[1]);
  return 0;
}

static int
verb_export_json (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  gsize length;

  if (argc != 2 && argc != 3)
    return usage_error ("export-json", _("FILE [OUT]"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(json = rt_committee_export_json (committee, &length, &error)))
    return fail (error);

  if (argc == 3 && g_strcmp0 (argv[2], "-") != 0)
    {
      if (!g_file_set_contents (argv[2], json, length, &error))
        return fail (error);
    }
  else
    {
      fwrite (json, 1, length, stdout);
      fputc ('\n', stdout);
    }

  return 0;
}

static int
verb_import_json (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  gboolean replace = FALSE;
  const char *in = NULL, *out = NULL;
  gsize length;

  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--replace") == 0)
        replace = TRUE;
      else if (in == NULL)
        in = argv[i];
      else if (out == NULL)
        out = argv[i];
      else
        in = NULL, out = NULL, i = argc;
    }

  if (in == NULL || out == NULL)
    return usage_error ("import-json", _("IN FILE [--replace]"));

  if (!g_file_get_contents (in, &json, &length, &error))
    return fail (error);

  if (!g_file_test (out, G_FILE_TEST_EXISTS))
    {
      if (!(committee = rt_committee_create_from_json (out, json, length, &error)))
        return fail (error);
    }
  else if (!(committee = rt_committee_open (out, RT_STORE_OPEN_DEFAULT, &error)) ||
           !rt_committee_import_json (committee, json, length,
                                      replace ? RT_JSON_IMPORT_REPLACE : RT_JSON_IMPORT_DEFAULT,
                                      &error))
    return fail (error);

  g_print (_("Imported %s into %s\n"), in, out);
  return 0;
}

static int
verb_stats (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  RtCommitteeStats stats;

  if (argc != 2)
    return usage_error ("stats", _("FILE"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)) ||
      !rt_committee_get_stats (committee, &stats, &error))
    return fail (error);

  /* Keys are fixed for scripts; they are not translated. */
  g_print ("committee: %s\n", rt_committee_get_name (committee));
  g_print ("meetings: %u\n", stats.meetings);
  g_print ("speakers: %u\n", stats.speakers);
  g_print ("sources: %u\n", stats.sources);
  g_print ("cards: %u\n", stats.cards);
  g_print ("inbox: %u\n", stats.inbox);
  g_print ("labels: %u\n", stats.labels);
  g_print ("themes: %u\n", stats.themes);
  g_print ("frameworks: %u\n", stats.frameworks);
  g_print ("points: %u\n", stats.points);
  g_print ("perspectives: %u\n", stats.perspectives);
  g_print ("card-point-links: %u\n", stats.card_point_links);
  g_print ("theme-point-links: %u\n", stats.theme_point_links);

  return 0;
}

static const RtVerb verbs[] = {
  { "new", N_("FILE"), N_("Create a committee file from the sample committee"), verb_new },
  { "export-json", N_("FILE [OUT]"), N_("Write a committee as JSON to OUT or to standard output"), verb_export_json },
  { "import-json", N_("IN FILE [--replace]"), N_("Read a JSON committee into a new FILE, or replace the content of FILE"), verb_import_json },
  { "stats", N_("FILE"), N_("Print counts of meetings, speakers, cards, themes, points and links"), verb_stats },
};

static void
print_help (void)
{
  g_print (_("Usage:\n"
             "  ronten [FILE.ronten]        Open the window, on FILE or the last committee\n"
             "  ronten VERB ARGUMENTS…      Work on a committee file without a window\n"
             "\n"
             "Verbs:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", verbs[i].name, _(verbs[i].args));

      g_print ("  %-26s %s\n", usage, _(verbs[i].summary));
    }
  g_print (_("\nOptions:\n"
             "  -h, --help                  Show this help\n"
             "  --version                   Show the version\n"));
}

gboolean
rt_cli_handles (int    argc,
                char **argv)
{
  if (argc < 2)
    return FALSE;

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help") || g_str_equal (argv[1], "--version"))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return TRUE;

  return FALSE;
}

int
rt_cli_run (int    argc,
            char **argv)
{
  g_return_val_if_fail (argc >= 2, 2);

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("ronten %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_help ();
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (argv[1], verbs[i].name))
      return verbs[i].func (argc - 1, argv + 1);

  print_help ();
  return 2;
}
