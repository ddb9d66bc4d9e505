/* bench-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast the minutes parser is.
 *
 * Usage: bench-minutes [RUNS] [SIZE_MB]
 *
 * Builds a minutes text of SIZE_MB megabytes (default 10) from statements in
 * the styles of the seeds, parses it RUNS times (default 10) and prints the
 * median and minimum time and the statements per second.
 */

#include <stdlib.h>

#include <glib.h>

#include "rt-minutes.h"

static const char * const speakers[] = {
  "林委員", "降旗委員", "倉本委員", "市長", "玉山委員", "金尾委員長", "準備室", "矢澤委員",
  "小早川委員", "森田委員", "副市長", "事務局", "山田委員",
};

static const char * const sentences[] = {
  "協働相手として「市民」としているが、どうい範囲でステークホルダーを捉えているか。",
  "当時は市民・NPOと行政との協働でよかったかもしれないが、企業は市民に位置付けられるのか。",
  "現行の市の考えとしても共創(企業)と協働(市民活動)で線を引いている。",
  "ステークホルダーは拡大している。広げた視点で垣根を低くしていくことがテーマになる。",
  "人材育成が必要。職員を配属するときに協働について理解している職員配置が必要と考えている。",
  "行政提案型については協働団体による入札のようになってしまっているのではないかと懸念がある",
  "活動している立場からは、1～2年で協働事業が終わってしまうのか、という気持ちもある。",
  "情報のハブになる、人のつながりのハブになることについて、市とつながる役割が必要と感じた",
};

static const char * const headings[] = {
  "協働相手の範囲\n\n(ステークホルダー)", "参加の促進・包摂・担い手を増やす", "協働の理念",
  "条例化の方向性", "【資料 1—2】", "センターに必要なこと", "センターと他機関の連携",
};

static char *
build_text (gsize  target,
            gsize *len)
{
  GString *s = g_string_sized_new (target + 4096);
  guint32 r = 1;
  guint page = 1;

  while (s->len < target)
    {
      const char *who, *what;

      r = r * 1103515245u + 12345u;
      who = speakers[(r >> 8) % G_N_ELEMENTS (speakers)];
      what = sentences[(r >> 16) % G_N_ELEMENTS (sentences)];

      switch ((r >> 4) % 10)
        {
        case 0:
          g_string_append_printf (s, "%s\n\n", headings[(r >> 12) % G_N_ELEMENTS (headings)]);
          break;
        case 1:
          g_string_append_printf (s, "○%s　%s\n", who, what);
          break;
        case 2:
          g_string_append_printf (s, "%s：%s\n", who, what);
          break;
        case 3:
          g_string_append_printf (s, "・%s\n", what);
          break;
        case 4:
          /* A sentence cut by a PDF hard break, with a blank line in between. */
          g_string_append_len (s, what, 30);
          g_string_append (s, "\n\n");
          g_string_append_printf (s, "%s(%s)\n\n", what + 30, who);
          break;
        case 5:
          g_string_append_printf (s, "- %u -\n\n", page++);
          break;
        default:
          g_string_append_printf (s, "%s(%s)\n\n", what, who);
          break;
        }
    }

  *len = s->len;
  return g_string_free (s, FALSE);
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 10;
  gsize mb = argc > 2 ? (gsize) atoi (argv[2]) : 10;
  g_autofree double *times = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  guint n_statements = 0;

  if (runs == 0 || mb == 0)
    {
      g_printerr ("Usage: %s [RUNS] [SIZE_MB]\n", argv[0]);
      return 2;
    }

  text = build_text (mb * 1024 * 1024, &len);
  times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(RtMinutes) m = rt_minutes_parse (text, len);

      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      n_statements = rt_minutes_get_n_statements (m);
    }

  qsort (times, runs, sizeof (double), cmp_double);
  g_print ("input: %.1f MB, %u statements\n", len / (1024.0 * 1024.0), n_statements);
  g_print ("runs: %u, median: %.1f ms, min: %.1f ms\n", runs, times[runs / 2], times[0]);
  g_print ("throughput: %.0f statements/s, %.0f MB/s (median)\n",
           n_statements / (times[runs / 2] / 1000.0),
           len / (1024.0 * 1024.0) / (times[runs / 2] / 1000.0));

  return 0;
}
