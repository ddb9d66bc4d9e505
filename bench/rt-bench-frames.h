/* rt-bench-frames.h: what the window benchmarks share — the phrases their
 * cards are made of, and the time of each painted frame.
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

static const char *const phrases[] = {
  "センターの役割を明確にする必要がある。",
  "市民活動団体と行政の協働事業を増やしたい。",
  "若い世代の参加をどう促すかが課題だ。",
  "条例化の方向性について議論を深めるべきだ。",
  "中間支援組織としての専門性を高める。",
  "情報のハブになることが期待されている。",
};

typedef struct
{
  gint64  start;
  GArray *frames;   /* of double, milliseconds */
  guint   painted;
} Timing;

static inline void
before_paint (GdkFrameClock *clock,
              Timing        *timing)
{
  timing->start = g_get_monotonic_time ();
}

static inline void
after_paint (GdkFrameClock *clock,
             Timing        *timing)
{
  double ms = (g_get_monotonic_time () - timing->start) / 1000.0;

  if (timing->start > 0 && timing->frames != NULL)
    g_array_append_val (timing->frames, ms);
  timing->start = 0;
  timing->painted++;
}

static inline int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static inline double
percentile (GArray *values,
            guint   p)
{
  return g_array_index (values, double, MIN (values->len - 1, (values->len * p) / 100));
}
