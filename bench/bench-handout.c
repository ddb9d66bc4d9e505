/* bench-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <json-glib/json-glib.h>

#include "rt-docx.h"
#include "rt-pdf.h"
#include "rt-committee.h"

/* A handout of at least 20 pages — the sample's opinions, repeated — laid out
 * and written as a PDF, and built and written as a Word file from the same
 * snapshot. The goals: the PDF within 1 s and 1.5 MB, the .docx within 1 s.
 * The median of RUNS runs is reported for each.
 *
 * Usage: bench-handout [COPIES] */

#define TIME_GOAL 1.0
#define SIZE_GOAL (1.5 * 1024 * 1024)
#define DOCX_GOAL 1.0
#define RUNS 5

static char *
repeated_sample (guint copies)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonArray *cards;
  guint n;
  gsize length;

  json = rt_sample_committee_json (&length, &error);
  g_assert_no_error (error);
  json_parser_load_from_data (parser, json, length, &error);
  g_assert_no_error (error);

  cards = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "cards");
  n = json_array_get_length (cards);
  for (guint c = 1; c < copies; c++)
    for (guint i = 0; i < n; i++)
      {
        /* json_node_copy() shares the object: copy through text instead. */
        g_autofree char *text = json_to_string (json_array_get_element (cards, i), FALSE);
        JsonNode *copy = json_from_string (text, NULL);

        json_object_set_int_member (json_node_get_object (copy), "id", c * 10000 + i + 1);
        json_array_add_element (cards, copy);
      }

  return json_to_string (json_parser_get_root (parser), FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* The model built and written as .docx: the median of RUNS. */
static double
time_docx (RtHandoutData          *data,
           const RtHandoutOptions *options,
           const char             *path,
           gsize                  *size)
{
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtDoc) doc = NULL;
      gint64 start = g_get_monotonic_time ();
      GStatBuf st;

      if (!(doc = rt_handout_build_doc (data, options, NULL, &error)) ||
          !rt_docx_write (doc, path, NULL, &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1e6;
      g_stat (path, &st);
      *size = st.st_size;
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtHandoutData) data = NULL;
  g_auto(RtHandoutOptions) options;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *docx = NULL;
  g_autofree char *json = NULL;
  gsize docx_size = 0;
  double docx_seconds, all_seconds;
  GStatBuf st;
  guint copies = argc > 1 ? (guint)g_ascii_strtoull (argv[1], NULL, 10) : 8;
  guint n_pages = 0;
  gint64 start, snapshot, written;
  double seconds;
  gboolean ok;

  tmpdir = g_dir_make_tmp ("ronten-bench-handout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (tmpdir, "bench.ronten", NULL);
  out = g_build_filename (tmpdir, "bench.pdf", NULL);
  docx = g_build_filename (tmpdir, "bench.docx", NULL);

  json = repeated_sample (MAX (copies, 1));
  committee = rt_committee_create_from_json (path, json, strlen (json), &error);
  g_assert_no_error (error);

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_OPINIONS;

  start = g_get_monotonic_time ();
  data = rt_handout_data_new (committee, &error);
  g_assert_no_error (error);
  snapshot = g_get_monotonic_time ();
  if (!rt_pdf_export (data, &options, out, &n_pages, NULL, &error))
    g_error ("%s", error->message);
  written = g_get_monotonic_time ();

  g_stat (out, &st);
  seconds = (written - start) / 1e6;
  docx_seconds = time_docx (data, &options, docx, &docx_size);
  ok = n_pages >= 20 && seconds <= TIME_GOAL && st.st_size <= SIZE_GOAL && docx_seconds <= DOCX_GOAL;

  g_print ("cards: %u\n", 46 * MAX (copies, 1));
  g_print ("pages: %u\n", n_pages);
  g_print ("snapshot: %.3f s\n", (snapshot - start) / 1e6);
  g_print ("layout+pdf: %.3f s\n", (written - snapshot) / 1e6);
  g_print ("total: %.3f s (goal <= %.1f s)\n", seconds, TIME_GOAL);
  g_print ("size: %.2f MB (goal <= 1.5 MB)\n", st.st_size / (1024.0 * 1024.0));
  g_print ("docx (model + Word writer, median of %d): %.3f s (goal <= %.1f s), %.0f kB\n",
           RUNS, docx_seconds, DOCX_GOAL, docx_size / 1024.0);

  /* Every handout kind, the map's image included. */
  options.kinds = RT_HANDOUT_ALL;
  all_seconds = time_docx (data, &options, docx, &docx_size);
  g_print ("docx of every handout, the map as a %d dpi image (median of %d): %.3f s, %.0f kB\n",
           RT_DOCX_IMAGE_DPI, RUNS, all_seconds, docx_size / 1024.0);
  g_print ("%s\n", ok ? "PASS" : "FAIL");

  g_unlink (out);
  g_unlink (docx);
  g_unlink (path);
  g_rmdir (tmpdir);

  return ok ? 0 : 1;
}
