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
#include <string.h>

#include "rt-cli.h"
#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-coverage.h"
#include "rt-import.h"
#include "rt-minutes.h"
#include "rt-speaker-policy.h"

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

const char *
rt_cli_option_value (const char *arg,
                     const char *name)
{
  gsize length = strlen (name);

  if (strncmp (arg, name, length) == 0 && arg[length] == '=')
    return arg + length + 1;

  return NULL;
}

gboolean
rt_cli_speakers_option (const char       *arg,
                        RtSpeakerDisplay *display,
                        gboolean         *bad)
{
  const char *value = rt_cli_option_value (arg, "--speakers");
  int parsed;

  if (value == NULL)
    return FALSE;

  if (rt_enum_from_nick (RT_TYPE_SPEAKER_DISPLAY, value, &parsed))
    *display = parsed;
  else
    *bad = TRUE;

  return TRUE;
}

gboolean
rt_cli_keep_pseudonyms (RtCommittee **committee,
                        const char   *path,
                        GError      **error)
{
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(policy = rt_speaker_policy_new (*committee, error)))
    return FALSE;
  if (rt_speaker_policy_get_n_unstored (policy) == 0)
    return TRUE;

  /* The file is open read-only, and only one connection may write it. */
  g_clear_object (committee);
  g_clear_pointer (&policy, rt_speaker_policy_unref);
  {
    g_autoptr(RtCommittee) writable = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &local_error);

    /* A file that cannot be written keeps none: the same letters are
     * computed again the next time. */
    if (writable != NULL && !rt_committee_get_read_only (writable) &&
        (!(policy = rt_speaker_policy_new (writable, &local_error)) ||
         !rt_speaker_policy_keep (policy, writable, &local_error)))
      g_printerr (_("ronten: the pseudonyms shown were not kept in the committee file: %s\n"), local_error->message);
  }

  return (*committee = rt_committee_open (path, RT_STORE_OPEN_READ_ONLY, error)) != NULL;
}

int
rt_cli_fail (GError *error)
{
  g_printerr ("ronten: %s\n", error->message);
  return 1;
}

int
rt_cli_usage_error (const char *verb,
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
  const char *path = NULL;
  const char *name = NULL;
  gboolean empty = FALSE;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--empty"))
        empty = TRUE;
      else if (g_str_has_prefix (argv[i], "--name="))
        name = argv[i] + strlen ("--name=");
      else if (path == NULL && argv[i][0] != '-')
        path = argv[i];
      else
        return rt_cli_usage_error ("new", _("FILE [--empty] [--name=NAME]"));
    }

  if (path == NULL)
    return rt_cli_usage_error ("new", _("FILE [--empty] [--name=NAME]"));

  if (empty)
    committee = rt_committee_create_empty (path, name, TRUE, &error);
  else
    committee = rt_committee_create_sample (path, name, &error);

  if (committee == NULL)
    return rt_cli_fail (error);

  if (empty)
    g_print (_("Created %s with the national discussion points and no cards\n"), path);
  else
    g_print (_("Created %s from the sample committee\n"), path);
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
    return rt_cli_usage_error ("export-json", _("FILE [OUT]"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(json = rt_committee_export_json (committee, &length, &error)))
    return rt_cli_fail (error);

  if (argc == 3 && g_strcmp0 (argv[2], "-") != 0)
    {
      if (!g_file_set_contents (argv[2], json, length, &error))
        return rt_cli_fail (error);
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
    return rt_cli_usage_error ("import-json", _("IN FILE [--replace]"));

  if (!g_file_get_contents (in, &json, &length, &error))
    return rt_cli_fail (error);

  if (!g_file_test (out, G_FILE_TEST_EXISTS))
    {
      if (!(committee = rt_committee_create_from_json (out, json, length, &error)))
        return rt_cli_fail (error);
    }
  else if (!(committee = rt_committee_open (out, RT_STORE_OPEN_DEFAULT, &error)) ||
           !rt_committee_import_json (committee, json, length,
                                      replace ? RT_JSON_IMPORT_REPLACE : RT_JSON_IMPORT_DEFAULT,
                                      &error))
    return rt_cli_fail (error);

  g_print (_("Imported %s into %s\n"), in, out);
  return 0;
}

/* Links per point and the coverage matrices of the first framework, as TSV
 * sections after the counts; each section starts with a "# " line. */
static int
print_coverage (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtFramework) framework = NULL;
  GListModel *frameworks = rt_committee_get_frameworks (committee);
  static const struct {
    RtCoverageAxis axis;
    const char *title;
  } axes[] = {
    { RT_COVERAGE_BY_SPEAKER, "coverage point×speaker" },
    { RT_COVERAGE_BY_MEETING, "coverage point×meeting" },
  };

  if (g_list_model_get_n_items (frameworks) == 0)
    return 0;

  framework = g_list_model_get_item (frameworks, 0);

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      g_autoptr(RtCoverage) coverage = NULL;
      g_autofree char *tsv = NULL;

      if (!(coverage = rt_coverage_new (committee, rt_framework_get_id (framework), axes[i].axis, &error)))
        return rt_cli_fail (error);

      if (i == 0)
        {
          g_autoptr(GListModel) points = rt_committee_list_points (committee, rt_framework_get_id (framework));

          g_print ("\n# links per point\npoint\ttitle\tcards\tdirect\n");
          for (guint r = 0; r < coverage->n_rows; r++)
            {
              g_autoptr(RtPoint) point = g_list_model_get_item (points, r);

              g_print ("%d\t%s\t%u\t%d\n", coverage->row_numbers[r], coverage->row_titles[r],
                       coverage->row_totals[r], rt_point_get_n_cards (point));
            }
        }

      tsv = rt_coverage_to_tsv (coverage);
      g_print ("\n# %s\n%s", axes[i].title, tsv);
    }

  return 0;
}

/* The meetings as a TSV section: number, date, start and end, place, and
 * the size of each one's 次第 and 配布資料. */
static void
print_meetings (RtCommittee *committee)
{
  GListModel *meetings = rt_committee_get_meetings (committee);

  g_print ("\n# meetings\nnumber\tdate\tstart\tend\tplace\tagenda-items\tmaterials\n");
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(GListModel) items = rt_committee_list_agenda_items (committee, rt_meeting_get_id (meeting));
      g_autoptr(GListModel) materials = rt_committee_list_materials (committee, rt_meeting_get_id (meeting));

      g_print ("%d\t%s\t%s\t%s\t%s\t%u\t%u\n", rt_meeting_get_number (meeting), rt_meeting_get_date (meeting),
               rt_meeting_get_start_time (meeting), rt_meeting_get_end_time (meeting),
               rt_meeting_get_place (meeting), g_list_model_get_n_items (items),
               g_list_model_get_n_items (materials));
    }
}

static int
verb_stats (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  RtCommitteeStats stats;

  if (argc != 2)
    return rt_cli_usage_error ("stats", _("FILE"));

  if (!(committee = rt_committee_open (argv[1], RT_STORE_OPEN_READ_ONLY, &error)) ||
      !rt_committee_get_stats (committee, &stats, &error))
    return rt_cli_fail (error);

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
  g_print ("followups: %u\n", g_list_model_get_n_items (rt_committee_get_followups (committee)));
  g_print ("summaries: %u\n", g_list_model_get_n_items (rt_committee_get_summaries (committee)));
  g_print ("outline-versions: %u\n", g_list_model_get_n_items (rt_committee_get_outlines (committee)));

  print_meetings (committee);

  return print_coverage (committee);
}

gint64
rt_cli_find_meeting (RtCommittee *committee,
                     gint64       number)
{
  GListModel *meetings = rt_committee_get_meetings (committee);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_number (meeting) == number)
        return rt_meeting_get_id (meeting);
    }

  return 0;
}

static const RtVerb verbs[] = {
  { "new", N_("FILE [--empty] [--name=NAME]"), N_("Create a committee file from the sample committee, or with --empty only the national discussion points"), verb_new },
  { "export-json", N_("FILE [OUT]"), N_("Write a committee as JSON to OUT or to standard output"), verb_export_json },
  { "import-json", N_("IN FILE [--replace]"), N_("Read a JSON committee into a new FILE, or replace the content of FILE"), verb_import_json },
  { "stats", N_("FILE"), N_("Print counts of meetings, speakers, cards, themes, points and links, and the meetings with their number, date and place"), verb_stats },
  { "parse-minutes", N_("MINUTES [--with-kind] [--convention=NAME] [--text]"), N_("Print the statements of minutes (text, PDF, .docx or web page; - for standard input): speaker, tab, text, and the answer to a public comment"), rt_cli_verb_parse_minutes },
  { "import-minutes", N_("MINUTES FILE --meeting N [--convention=NAME]"), N_("Import minutes (text, PDF, .docx or web page) into FILE as cards of meeting N without review, skipping duplicates"), rt_cli_verb_import_minutes },
  { "export-pdf", N_("FILE OUT.pdf [--handout=KIND,…] [--paper=A4|A3] [--landscape] [--speakers=DISPLAY]"), N_("Write the handouts (opinions, points, map, speakers, changes, responses, pseudonyms or all; agenda, followups, summary --meeting=N, outline or outline-changes --version=N) as a PDF"), rt_cli_verb_export_pdf },
  { "draft-summary", N_("FILE --meeting=N [--order=agenda|theme] [--save]"), N_("Print the draft 議事要旨 of meeting N made from its cards; with --save, keep it as the meeting’s summary"), rt_cli_verb_draft_summary },
  { "draft-outline", N_("FILE [--save] [--stage=STAGE]"), N_("Print a draft 答申 outline made from the points; with --save, keep it as a new version"), rt_cli_verb_draft_outline },
  { "export-docx", N_("FILE OUT.docx [--handout=KIND,…] [--paper=A4|A3] [--landscape] [--speakers=DISPLAY]"), N_("Write the handouts as an editable Word file, with the same options as export-pdf"), rt_cli_verb_export_docx },
  { "export-xlsx", N_("FILE OUT.xlsx [--sheets=one|meeting] [--public-only] [--speakers=DISPLAY]"), N_("Write the cards as an Excel workbook, one row a card, in one sheet or one sheet a meeting"), rt_cli_verb_export_xlsx },
  { "export-csv", N_("FILE OUT.csv [--encoding=utf-8|cp932] [--public-only] [--speakers=DISPLAY]"), N_("Write the cards as CSV for Excel: UTF-8 with a BOM, or Shift_JIS; CRLF line ends"), rt_cli_verb_export_csv },
  { "import-table", N_("IN.csv|IN.xlsx FILE --text-column=COLUMN [--speaker-column=COLUMN] [--category-column=COLUMN] [--date-column=COLUMN] [--meeting=N]"), N_("Import opinions from a CSV file or an Excel sheet: one card a row, into the inbox or the themes of the category column"), rt_cli_verb_import_table },
  { "render-map", N_("FILE OUT.png|OUT.svg|OUT.pdf [--paper=A4|A3] [--arrangement=force|structured] [--focus=point:N|theme:N] [--speakers=DISPLAY]"), N_("Draw the issue map as PNG, SVG or PDF (landscape; a large map is tiled over pages), or the map of one point or theme"), rt_cli_verb_render_map },
  { "suggest-themes", N_("FILE [--k N] [--scope inbox|all|meeting:N]"), N_("Print suggested themes as JSON: names, characteristic terms and cards"), rt_cli_verb_suggest_themes },
  { "place-cards", N_("FILE"), N_("Print as JSON the theme suggested for each card of the inbox, with its score (null: none fits)"), rt_cli_verb_place_cards },
  { "suggest-points", N_("FILE"), N_("Print as JSON the points suggested for each card and theme, with their scores"), rt_cli_verb_suggest_points },
  { "search", N_("FILE QUERY"), N_("Print the cards whose text contains QUERY: id, tab, text"), rt_cli_verb_search },
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
