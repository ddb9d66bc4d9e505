/* rt-cli-pdf.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-cli-private.h"
#include "rt-committee.h"
#include "rt-handout-export.h"

#define USAGE_PDF N_("FILE OUT.pdf [--handout=opinions|points|map|speakers|changes|responses|pseudonyms|all|agenda|followups|summary|outline|outline-changes] [--paper=A4|A3] [--landscape] [--speakers=real|pseudonym|generic|hidden]")
#define USAGE_DOCX N_("FILE OUT.docx [--handout=opinions|points|map|speakers|changes|responses|pseudonyms|all|agenda|followups|summary|outline|outline-changes] [--paper=A4|A3] [--landscape] [--speakers=real|pseudonym|generic|hidden]")

/* ronten export-pdf|export-docx FILE OUT [options]: the handouts, without a
 * display; the same options for both formats. */
static int
export_handouts (int              argc,
                 char           **argv,
                 RtHandoutFormat  format)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtHandoutData) data = NULL;
  const char *in = NULL, *out = NULL;
  gboolean bad = FALSE, oriented = FALSE;
  guint n_pages = 0;

  rt_handout_options_init (&options);

  for (int i = 1; i < argc && !bad; i++)
    {
      const char *arg = argv[i], *value;

      if ((value = rt_cli_option_value (arg, "--handout")))
        bad = !rt_handout_kinds_parse (value, &options.kinds);
      else if (rt_cli_speakers_option (arg, &options.speakers, &bad))
        ;
      else if ((value = rt_cli_option_value (arg, "--form")))
        bad = !rt_responses_form_parse (value, &options.responses_form);
      else if (g_str_equal (arg, "--public"))
        options.public_version = TRUE;
      else if ((value = rt_cli_option_value (arg, "--statements")))
        bad = !rt_statement_kinds_parse (value, &options.statements);
      else if ((value = rt_cli_option_value (arg, "--paper")))
        {
          if (g_ascii_strcasecmp (value, "A4") == 0)
            options.paper = RT_PAPER_A4;
          else if (g_ascii_strcasecmp (value, "A3") == 0)
            options.paper = RT_PAPER_A3;
          else
            bad = TRUE;
        }
      else if (g_str_equal (arg, "--landscape"))
        options.landscape = oriented = TRUE;
      else if (g_str_equal (arg, "--portrait"))
        (options.landscape = FALSE, oriented = TRUE);
      else if (g_str_equal (arg, "--western"))
        options.date_style = RT_DATE_STYLE_WESTERN;
      else if (g_str_equal (arg, "--include-inbox"))
        options.include_inbox = TRUE;
      else if (g_str_equal (arg, "--coverage"))
        options.include_coverage = TRUE;
      else if ((value = rt_cli_option_value (arg, "--map-focus")))
        bad = !rt_handout_map_focus_parse (value, &options.map_focus);
      else if ((value = rt_cli_option_value (arg, "--map-arrangement")))
        {
          if (g_str_equal (value, "structured"))
            options.map_structured = TRUE;
          else if (g_str_equal (value, "force"))
            options.map_structured = FALSE;
          else
            bad = TRUE;
        }
      else if ((value = rt_cli_option_value (arg, "--label")))
        (g_free (options.label), options.label = g_strdup (value));
      else if ((value = rt_cli_option_value (arg, "--date")) || (value = rt_cli_option_value (arg, "--since")))
        {
          GDate date;

          if (!rt_date_parse_iso (value, &date))
            bad = TRUE;
          else if (g_str_has_prefix (arg, "--date"))
            (g_free (options.date), options.date = g_strdup (value));
          else
            (g_free (options.since), options.since = g_strdup (value));
        }
      else if ((value = rt_cli_option_value (arg, "--meeting")))
        {
          gint64 number;

          bad = !g_ascii_string_to_signed (value, 10, 1, G_MAXINT, &number, NULL);
          options.meeting_number = number;
        }
      else if ((value = rt_cli_option_value (arg, "--version")))
        {
          gint64 version;

          bad = !g_ascii_string_to_signed (value, 10, 1, G_MAXINT, &version, NULL);
          options.outline_version = version;
        }
      else if ((value = rt_cli_option_value (arg, "--margin")))
        {
          char *end = NULL;

          options.margin_mm = g_ascii_strtod (value, &end);
          bad = end == value || *end != '\0' || options.margin_mm < 5 || options.margin_mm > 50;
        }
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
    {
      rt_cli_usage_error (argv[0], format == RT_HANDOUT_FORMAT_DOCX ? _(USAGE_DOCX) : _(USAGE_PDF));
      g_printerr ("%s\n", _("Other options: --label=資料1 --date=YYYY-MM-DD --since=YYYY-MM-DD --meeting=N "
                            "--version=N --margin=MM --western --include-inbox --coverage --map-focus=none|points|themes|all "
                            "--map-arrangement=force|structured --form=committee|public --public "
                            "--statements=意見,質問,要望,説明・回答,進行"));
      return 2;
    }

  /* The 意見と対応 table is wide: alone, it is printed landscape unless told. */
  if (!oriented && (options.kinds & RT_HANDOUT_EVERY) == RT_HANDOUT_RESPONSES)
    options.landscape = TRUE;

  if (!(committee = rt_committee_open (in, RT_STORE_OPEN_READ_ONLY, &error)) ||
      !(data = rt_handout_data_new (committee, &error)))
    return rt_cli_fail (error);

  /* Letters shown are kept first, so that the pseudonym table prints them
   * as kept; then the committee is read again. */
  if (rt_handout_options_need_pseudonyms (&options, data) &&
      rt_speaker_policy_get_n_unstored (rt_handout_data_get_speakers (data)) > 0)
    {
      g_clear_pointer (&data, rt_handout_data_unref);
      if (!rt_cli_keep_pseudonyms (&committee, in, &error) ||
          !(data = rt_handout_data_new (committee, &error)))
        return rt_cli_fail (error);
    }

  if (!rt_handout_export (data, &options, format, out, &n_pages, NULL, &error))
    return rt_cli_fail (error);

  if (format == RT_HANDOUT_FORMAT_DOCX)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u handout to %s\n", "Wrote %u handouts to %s\n", n_pages),
             n_pages, out);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %u page to %s\n", "Wrote %u pages to %s\n", n_pages),
             n_pages, out);
  return 0;
}

int
rt_cli_verb_export_pdf (int    argc,
                        char **argv)
{
  return export_handouts (argc, argv, RT_HANDOUT_FORMAT_PDF);
}

int
rt_cli_verb_export_docx (int    argc,
                         char **argv)
{
  return export_handouts (argc, argv, RT_HANDOUT_FORMAT_DOCX);
}
