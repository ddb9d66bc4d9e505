/* rt-cli-table.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cards as a table, out and in:
 *   ronten export-xlsx FILE OUT.xlsx [--sheets=one|meeting] [--public-only]
 *   ronten export-csv FILE OUT.csv [--encoding=utf-8|cp932] [--public-only]
 *   ronten import-table IN.csv|IN.xlsx FILE --text-column=COLUMN [options]
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rt-card-table.h"
#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-table-import.h"

static int
export_table (int                argc,
              char             **argv,
              RtCardTableFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtCardTable) table = NULL;
  RtCardTableOptions options = { format, FALSE, RT_CSV_ENCODING_UTF8 };
  const char *in = NULL, *out = NULL, *usage;
  gboolean public_only = FALSE, bad = FALSE;
  RtSpeakerDisplay display = RT_SPEAKER_DISPLAY_DEFAULT;
  RtOutput output = format == RT_CARD_TABLE_XLSX ? RT_OUTPUT_XLSX : RT_OUTPUT_CSV;

  usage = format == RT_CARD_TABLE_XLSX
          ? _("FILE OUT.xlsx [--sheets=one|meeting] [--public-only] [--speakers=real|pseudonym|generic|hidden]")
          : _("FILE OUT.csv [--encoding=utf-8|cp932] [--public-only] [--speakers=real|pseudonym|generic|hidden]");

  for (int i = 1; i < argc && !bad; i++)
    {
      const char *arg = argv[i], *value;

      if (format == RT_CARD_TABLE_XLSX && (value = rt_cli_option_value (arg, "--sheets")))
        {
          if (g_str_equal (value, "one"))
            options.sheet_per_meeting = FALSE;
          else if (g_str_equal (value, "meeting"))
            options.sheet_per_meeting = TRUE;
          else
            bad = TRUE;
        }
      else if (format == RT_CARD_TABLE_CSV && (value = rt_cli_option_value (arg, "--encoding")))
        {
          if (g_ascii_strcasecmp (value, "utf-8") == 0 || g_ascii_strcasecmp (value, "utf8") == 0)
            options.encoding = RT_CSV_ENCODING_UTF8;
          else if (g_ascii_strcasecmp (value, "cp932") == 0 || g_ascii_strcasecmp (value, "shift_jis") == 0 ||
                   g_ascii_strcasecmp (value, "sjis") == 0)
            options.encoding = RT_CSV_ENCODING_CP932;
          else
            bad = TRUE;
        }
      else if (g_str_equal (arg, "--public-only"))
        public_only = TRUE;
      else if (rt_cli_speakers_option (arg, &display, &bad))
        ;
      else if (arg[0] == '-' && arg[1] != '\0')
        bad = TRUE;
      else if (in == NULL)
        in = arg;
      else if (out == NULL)
        out = arg;
      else
        bad = TRUE;
    }

  if (bad || in == NULL || out == NULL)
    return rt_cli_usage_error (argv[0], usage);

  if (!(committee = rt_committee_open (in, RT_STORE_OPEN_READ_ONLY, &error)))
    return rt_cli_fail (error);

  if ((display == RT_SPEAKER_DISPLAY_PSEUDONYM ||
       (display == RT_SPEAKER_DISPLAY_DEFAULT &&
        rt_committee_get_speaker_display (committee, output) == RT_SPEAKER_DISPLAY_PSEUDONYM)) &&
      !rt_cli_keep_pseudonyms (&committee, in, &error))
    return rt_cli_fail (error);

  if (!(table = rt_card_table_new_for_output (committee, public_only, output, display, &error)) ||
      !rt_card_table_write (table, &options, out, NULL, &error))
    return rt_cli_fail (error);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u card to %s\n", "Wrote %u cards to %s\n",
                        rt_card_table_get_n_rows (table)),
           rt_card_table_get_n_rows (table), out);
  return 0;
}

int
rt_cli_verb_export_xlsx (int    argc,
                         char **argv)
{
  return export_table (argc, argv, RT_CARD_TABLE_XLSX);
}

int
rt_cli_verb_export_csv (int    argc,
                        char **argv)
{
  return export_table (argc, argv, RT_CARD_TABLE_CSV);
}

#define IMPORT_USAGE N_("IN.csv|IN.xlsx FILE --text-column=COLUMN [--speaker-column=COLUMN] " \
                        "[--category-column=COLUMN] [--date-column=COLUMN] [--meeting=N]")

/* One line for a script: tabs and line breaks inside a cell become spaces. */
static void
print_cells (const char * const *cells)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; cells[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (line, '\t');
      for (const char *p = cells[i]; *p != '\0'; p++)
        g_string_append_c (line, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
    }
  g_string_append_c (line, '\n');
  fwrite (line->str, 1, line->len, stdout);
}

int
rt_cli_verb_import_table (int    argc,
                          char **argv)
{
  static const char * const names[] = {
    "--text-column", "--speaker-column", "--category-column", "--label-column", "--date-column", "--meeting-column",
  };
  const char *specs[G_N_ELEMENTS (names)] = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtSheet) sheet = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *title = NULL;
  const char *in = NULL, *path = NULL, *sheet_name = NULL;
  gboolean bad = FALSE, dry_run = FALSE;
  RtTableMapping mapping;
  RtTableImportResult result;
  int *columns[G_N_ELEMENTS (names)];

  rt_table_mapping_init (&mapping);
  columns[0] = &mapping.text;
  columns[1] = &mapping.speaker;
  columns[2] = &mapping.category;
  columns[3] = &mapping.label;
  columns[4] = &mapping.date;
  columns[5] = &mapping.meeting;

  for (int i = 1; i < argc && !bad; i++)
    {
      const char *arg = argv[i], *value = NULL;
      gboolean found = FALSE;

      for (guint k = 0; k < G_N_ELEMENTS (names) && !found; k++)
        if ((value = rt_cli_option_value (arg, names[k])))
          {
            specs[k] = value;
            found = TRUE;
          }
      if (found)
        continue;

      if ((value = rt_cli_option_value (arg, "--meeting")))
        {
          gint64 number;

          bad = !g_ascii_string_to_signed (value, 10, 1, 99999, &number, NULL);
          mapping.meeting_number = number;
        }
      else if ((value = rt_cli_option_value (arg, "--sheet")))
        sheet_name = value;
      else if (g_str_equal (arg, "--no-header"))
        mapping.header = FALSE;
      else if (g_str_equal (arg, "--dry-run"))
        dry_run = TRUE;
      else if (arg[0] == '-' && arg[1] != '\0')
        bad = TRUE;
      else if (in == NULL)
        in = arg;
      else if (path == NULL)
        path = arg;
      else
        bad = TRUE;
    }

  if (bad || in == NULL || path == NULL || specs[0] == NULL)
    {
      rt_cli_usage_error ("import-table", _(IMPORT_USAGE));
      g_printerr ("%s\n", _("Other options: --label-column=COLUMN --meeting-column=COLUMN --sheet=NAME "
                            "--no-header --dry-run. A COLUMN is a title of the first row or a number from 1."));
      return 2;
    }

  file = g_file_new_for_commandline_arg (in);
  if (!(sheet = rt_sheet_load (file, sheet_name, NULL, &error)))
    return rt_cli_fail (error);

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    if (specs[k] != NULL && (*columns[k] = rt_sheet_find_column (sheet, specs[k], &error)) < 0)
      return rt_cli_fail (error);

  if (!(committee = rt_committee_open (path, dry_run ? RT_STORE_OPEN_READ_ONLY : RT_STORE_OPEN_DEFAULT, &error)))
    return rt_cli_fail (error);

  if (dry_run)
    {
      g_autoptr(GPtrArray) entries = rt_table_import_preview (committee, sheet, &mapping, G_MAXUINT, &error);
      guint n_cards = 0;

      if (entries == NULL)
        return rt_cli_fail (error);

      for (guint i = 0; i < entries->len; i++)
        {
          RtTableEntry *e = entries->pdata[i];
          g_autofree char *line = g_strdup_printf ("%u", e->line);
          g_autofree char *meeting = e->meeting > 0 ? g_strdup_printf ("%d", e->meeting) : g_strdup ("");
          const char *cells[] = { line, e->text, e->speaker, e->category, e->iso_date ? e->iso_date : e->date,
                                  meeting, NULL };

          print_cells (cells);
          n_cards += e->text[0] != '\0';
        }
      g_printerr (_("Would import %u cards of %u rows (encoding: %s); nothing was stored.\n"),
                  n_cards, entries->len, rt_sheet_get_encoding (sheet));
      return 0;
    }

  title = g_file_get_basename (file);
  if (rt_sheet_get_sheet_name (sheet) != NULL)
    {
      g_autofree char *base = g_steal_pointer (&title);

      title = g_strdup_printf ("%s (%s)", base, rt_sheet_get_sheet_name (sheet));
    }

  if (!rt_committee_import_table (committee, sheet, &mapping, title, &result, &error))
    return rt_cli_fail (error);

  /* Keys are fixed for scripts; they are not translated. */
  g_print ("encoding: %s\n", rt_sheet_get_encoding (sheet));
  g_print ("rows: %u\n", result.n_rows);
  g_print ("cards: %u\n", result.n_cards);
  g_print ("skipped-empty: %u\n", result.n_skipped);
  g_print ("duplicates: %u\n", result.n_duplicates);
  g_print ("new-speakers: %u\n", result.n_new_people);
  g_print ("new-themes: %u\n", result.n_new_themes);
  g_print ("new-labels: %u\n", result.n_new_labels);
  g_print ("new-meetings: %u\n", result.n_new_meetings);
  g_print ("dates-not-understood: %u\n", result.n_bad_dates);
  g_print ("source: %" G_GINT64_FORMAT "\n", result.source_id);

  return 0;
}
