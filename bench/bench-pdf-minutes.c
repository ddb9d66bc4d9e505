/* bench-pdf-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast minutes are read from a PDF and cut.
 *
 * Usage: bench-pdf-minutes [RUNS] [PAGES] [OUT.pdf]
 *
 * Prints minutes of PAGES pages (default 200) with cairo and pango, as a
 * word processor would — a running header, a page number, paragraphs of
 * turns wrapped at the page width — then reads the PDF back
 * (rt_minutes_file_read_bytes(): poppler, headers and page numbers
 * dropped, wrapped lines joined) and parses it, RUNS times (default 3), and
 * prints the median and minimum times. The PDF is made in memory; OUT.pdf,
 * if given, keeps a copy to look at.
 */

#include <stdlib.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include "rt-minutes-file.h"
#include "rt-minutes.h"

#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0
#define MARGIN      72.0

static const char * const speakers[] = {
  "山本会長", "林委員", "森委員", "田中委員", "佐藤課長", "鈴木主査", "降旗委員", "事務局",
};

static const char * const sentences[] = {
  "市民活動団体の登録数は今年度120団体となり、前年度より15団体増えました。",
  "若い世代の参加はまだ少ないと感じている。大学との連携を進めてほしい。",
  "補助金の申請手続きが複雑だという声を、団体の方から何度も聞いている。",
  "申請書の様式を見直し、来年度からはオンラインでも受け付けられるよう準備を進めています。",
  "協働事業の成果は、市民にも分かりやすく公開するべきだと思う。",
  "採択されなかった提案についても、理由を丁寧に伝えてほしい。次の提案につながるはずだ。",
  "センターの情報発信を強化し、活動を始めたい市民が相談しやすい窓口を作るべきではないか。",
  "事務局としては、団体どうしの交流会や講座を年に4回開く予定です。",
};

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GByteArray *
make_pdf (guint pages)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Serif CJK JP 10.5");
  guint32 r = 7;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int)((PAGE_WIDTH - 2 * MARGIN) * PANGO_SCALE));

  for (guint page = 1; page <= pages; page++)
    {
      double y = MARGIN;
      g_autofree char *number = g_strdup_printf ("- %u -", page);

      /* The running header and the page number. */
      cairo_move_to (cr, PAGE_WIDTH - MARGIN - 200, 36);
      pango_layout_set_text (layout, "第3回 市民協働推進委員会 会議録", -1);
      pango_cairo_show_layout (cr, layout);
      cairo_move_to (cr, PAGE_WIDTH / 2 - 10, PAGE_HEIGHT - 40);
      pango_layout_set_text (layout, number, -1);
      pango_cairo_show_layout (cr, layout);

      for (;;)
        {
          g_autoptr(GString) turn = g_string_new ("○");
          int width, height;

          r = r * 1103515245u + 12345u;
          g_string_append (turn, speakers[(r >> 8) % G_N_ELEMENTS (speakers)]);
          g_string_append (turn, "　");
          for (guint k = 0; k < 1 + (r >> 12) % 4; k++)
            g_string_append (turn, sentences[(r >> (16 + k)) % G_N_ELEMENTS (sentences)]);

          pango_layout_set_text (layout, turn->str, -1);
          pango_layout_get_pixel_size (layout, &width, &height);
          if (y + height > PAGE_HEIGHT - MARGIN)
            break;
          cairo_move_to (cr, MARGIN, y);
          pango_cairo_show_layout (cr, layout);
          y += height + 4;
        }
      cairo_show_page (cr);
    }

  pango_font_description_free (font);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return bytes;
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  guint runs = argc > 1 ? (guint)atoi (argv[1]) : 3;
  guint pages = argc > 2 ? (guint)atoi (argv[2]) : 200;
  g_autoptr(GByteArray) pdf = NULL;
  g_autofree double *read_times = NULL;
  g_autofree double *total_times = NULL;
  guint n_statements = 0;
  gsize text_len = 0;
  gint64 t0;

  if (runs == 0 || pages == 0)
    {
      g_printerr ("Usage: %s [RUNS] [PAGES] [OUT.pdf]\n", argv[0]);
      return 2;
    }

  t0 = g_get_monotonic_time ();
  pdf = make_pdf (pages);
  g_print ("made a PDF of %u pages, %.1f MB, in %.0f ms\n", pages, pdf->len / (1024.0 * 1024.0),
           (g_get_monotonic_time () - t0) / 1000.0);
  if (argc > 3 && !g_file_set_contents (argv[3], (const char *)pdf->data, pdf->len, NULL))
    g_printerr ("could not write %s\n", argv[3]);

  read_times = g_new (double, runs);
  total_times = g_new (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autoptr(RtMinutes) m = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 read;

      text = rt_minutes_file_read_bytes (pdf->data, pdf->len, "minutes.pdf", NULL, &error);
      if (text == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      read = g_get_monotonic_time ();
      m = rt_minutes_parse (text, -1);
      read_times[i] = (read - start) / 1000.0;
      total_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      n_statements = rt_minutes_get_n_statements (m);
      text_len = strlen (text);
    }

  qsort (read_times, runs, sizeof (double), cmp_double);
  qsort (total_times, runs, sizeof (double), cmp_double);
  g_print ("text: %.1f KB, %u statements\n", text_len / 1024.0, n_statements);
  g_print ("runs: %u, read (poppler and joining): median %.0f ms, min %.0f ms\n",
           runs, read_times[runs / 2], read_times[0]);
  g_print ("read and parse: median %.0f ms, min %.0f ms (target: under 3000 ms for 200 pages)\n",
           total_times[runs / 2], total_times[0]);

  return 0;
}
