/* rt-cli-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * parse-minutes and import-minutes: minutes of any kind (text, PDF, .docx,
 * a saved web page) read through rt-minutes-file, as the window reads them.
 */

#define G_LOG_DOMAIN "rt-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "rt-cli-private.h"
#include "rt-import.h"
#include "rt-minutes-file.h"
#include "rt-minutes.h"

/* Reads a whole file, or standard input for "-", into UTF-8 text. */
static char *
read_minutes (const char  *path,
              gsize       *length,
              GError     **error)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (path, "-") == 0)
    {
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      guint8 buffer[65536];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        {
          if (bytes->len + n > RT_MINUTES_MAX_INPUT)
            {
              g_autofree char *max = g_format_size (RT_MINUTES_MAX_INPUT);

              g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                           _("The standard input is too large; minutes of up to %s can be imported."),
                           max);
              return NULL;
            }
          g_byte_array_append (bytes, buffer, n);
        }
      if (ferror (stdin))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Could not read the standard input"));
          return NULL;
        }

      text = rt_minutes_file_read_bytes (bytes->data, bytes->len, NULL, NULL, error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      text = rt_minutes_file_read (file, NULL, NULL, error);
    }

  if (text == NULL)
    return NULL;

  *length = strlen (text);
  return g_steal_pointer (&text);
}

/* A field of a tab-separated line: a line break shown as \n, a tab as a blank. */
static void
append_field (GString    *out,
              const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\t')
        g_string_append_c (out, ' ');
      else if (*p != '\r')
        g_string_append_c (out, *p);
    }
}

static gboolean
parse_convention (const char          *arg,
                  RtMinutesConvention *convention)
{
  const char *nick = arg + strlen ("--convention=");

  if (rt_minutes_convention_from_nick (nick, convention))
    return TRUE;

  g_printerr (_("ronten: unknown convention “%s”; one of:"), nick);
  for (guint i = 0; i < RT_MINUTES_N_CONVENTIONS; i++)
    g_printerr (" %s", rt_minutes_convention_to_nick (i));
  g_printerr ("\n");
  return FALSE;
}

int
rt_cli_verb_parse_minutes (int    argc,
                           char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMinutes) minutes = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *text = NULL;
  RtMinutesConvention convention = RT_MINUTES_CONVENTION_AUTO;
  const char *in = NULL;
  gboolean with_kind = FALSE, only_text = FALSE;
  gsize length;
  guint n, n_unused_chars = 0;
  gsize header_start, header_end;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--with-kind"))
        with_kind = TRUE;
      else if (g_str_equal (argv[i], "--text"))
        only_text = TRUE;
      else if (g_str_has_prefix (argv[i], "--convention="))
        {
          if (!parse_convention (argv[i], &convention))
            return 2;
        }
      else if (in == NULL)
        in = argv[i];
      else
        in = NULL, i = argc;
    }

  if (in == NULL)
    return rt_cli_usage_error ("parse-minutes", _("MINUTES [--with-kind] [--convention=NAME] [--text]"));

  if (!(text = read_minutes (in, &length, &error)))
    return rt_cli_fail (error);

  /* The text as read from a PDF, a .docx or a web page. */
  if (only_text)
    {
      fwrite (text, 1, length, stdout);
      return 0;
    }

  minutes = rt_minutes_parse_full (text, length, convention);
  n = rt_minutes_get_n_statements (minutes);
  out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const RtStatement *s = rt_minutes_get_statement (minutes, i);

      g_string_truncate (out, 0);
      append_field (out, s->label);
      g_string_append_c (out, '\t');
      if (with_kind)
        {
          g_string_append (out, rt_statement_kind_to_tag (s->kind));
          g_string_append_c (out, '\t');
        }
      append_field (out, s->text);
      if (with_kind || s->answer != NULL)
        {
          g_string_append_c (out, '\t');
          append_field (out, s->answer);
        }
      g_string_append_c (out, '\n');
      fwrite (out->str, 1, out->len, stdout);
    }

  for (guint i = 0; i < rt_minutes_get_n_unused (minutes); i++)
    {
      const RtSpan *span = rt_minutes_get_unused (minutes, i);

      n_unused_chars += g_utf8_strlen (text + span->start, span->end - span->start);
    }

  fflush (stdout);
  g_printerr (_("%u statements, %u speakers, %u unattributed, %u unused characters\n"),
              n, rt_minutes_get_n_speakers (minutes), rt_minutes_get_n_unattributed (minutes),
              n_unused_chars);
  /* Translators: how the minutes write who said what, found or chosen. */
  g_printerr (rt_minutes_get_convention_found (minutes) ? _("Convention found: %s (%s)\n")
                                                        : _("Convention chosen: %s (%s)\n"),
              rt_minutes_convention_describe (rt_minutes_get_convention (minutes)),
              rt_minutes_convention_to_nick (rt_minutes_get_convention (minutes)));
  if (rt_minutes_get_header (minutes, &header_start, &header_end))
    g_printerr (_("Header: %u characters\n"),
                (guint)g_utf8_strlen (text + header_start, header_end - header_start));

  return 0;
}

int
rt_cli_verb_import_minutes (int    argc,
                            char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtImport) import = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  const char *in = NULL, *file = NULL;
  RtMinutesConvention convention = RT_MINUTES_CONVENTION_AUTO;
  RtImportSummary summary;
  gint64 meeting_id;
  gint64 number = 0;
  gsize length;

  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--meeting") == 0 && i + 1 < argc)
        {
          if (!g_ascii_string_to_signed (argv[++i], 10, 1, G_MAXINT, &number, NULL))
            number = -1;
        }
      else if (g_str_has_prefix (argv[i], "--meeting="))
        {
          if (!g_ascii_string_to_signed (argv[i] + strlen ("--meeting="), 10, 1, G_MAXINT, &number, NULL))
            number = -1;
        }
      else if (g_str_has_prefix (argv[i], "--convention="))
        {
          if (!parse_convention (argv[i], &convention))
            return 2;
        }
      else if (in == NULL)
        in = argv[i];
      else if (file == NULL)
        file = argv[i];
      else
        number = -1;
    }

  if (in == NULL || file == NULL || number <= 0)
    return rt_cli_usage_error ("import-minutes", _("MINUTES FILE --meeting N [--convention=NAME]"));

  if (!(text = read_minutes (in, &length, &error)) ||
      !(committee = rt_committee_open (file, RT_STORE_OPEN_DEFAULT, &error)))
    return rt_cli_fail (error);

  meeting_id = rt_cli_find_meeting (committee, number);
  if (!(import = rt_import_new_full (committee, text, length, meeting_id, convention, NULL, &error)))
    return rt_cli_fail (error);

  title = g_strcmp0 (in, "-") == 0 ? g_strdup (_("Standard input")) : g_path_get_basename (in);
  rt_import_set_title (import, title);
  rt_import_set_new_meeting_number (import, number);

  if (!rt_import_commit (import, &error))
    return rt_cli_fail (error);

  rt_import_get_summary (import, &summary);

  /* Keys are fixed for scripts; they are not translated. */
  g_print ("source: %" G_GINT64_FORMAT "\n", summary.source_id);
  g_print ("meeting: %d%s\n", (int)number, summary.meeting_created ? " (created)" : "");
  g_print ("convention: %s\n", rt_minutes_convention_to_nick (rt_import_get_convention (import)));
  g_print ("statements: %u\n", summary.n_statements);
  g_print ("cards: %u\n", summary.n_cards);
  g_print ("duplicates-skipped: %u\n", summary.n_skipped_duplicates);
  g_print ("excluded: %u\n", summary.n_excluded);
  g_print ("new-speakers: %u\n", summary.n_new_people);
  g_print ("new-aliases: %u\n", summary.n_new_aliases);
  g_print ("new-themes: %u\n", summary.n_new_themes);
  g_print ("answers: %u\n", summary.n_answers);
  g_print ("unattributed: %u\n", summary.n_unattributed);
  g_print ("unused-characters: %u\n", summary.n_unused_chars);

  return 0;
}
