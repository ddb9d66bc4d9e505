/* rt-date.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "rt-date.h"

/* Dates as Japanese municipal documents write them. Handouts and the screen
 * share this, so a meeting date reads the same everywhere. */

typedef struct
{
  const char *name;
  GDateYear   year;
  GDateMonth  month;
  GDateDay    day;
} Era;

/* Newest first; each era starts on the given day. */
static const Era eras[] = {
  { "令和", 2019, G_DATE_MAY, 1 },
  { "平成", 1989, G_DATE_JANUARY, 8 },
  { "昭和", 1926, G_DATE_DECEMBER, 25 },
  { "大正", 1912, G_DATE_JULY, 30 },
  { "明治", 1868, G_DATE_OCTOBER, 23 },
};

/**
 * rt_date_parse_iso:
 * @iso: a date such as "2026-02-20", possibly followed by a time
 *
 * Returns: %TRUE when @iso starts with a valid date
 */
gboolean
rt_date_parse_iso (const char *iso,
                   GDate      *date)
{
  unsigned year, month, day;
  char rest;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (iso == NULL)
    return FALSE;

  if (sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &rest) < 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * rt_date_format:
 *
 * Returns: (transfer full): "令和8年2月20日" or "2026年2月20日"; the first
 *   year of an era is written 元年
 */
char *
rt_date_format (const GDate *date,
                RtDateStyle  style)
{
  GDateYear year;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  year = g_date_get_year (date);

  if (style == RT_DATE_STYLE_ERA)
    {
      for (guint i = 0; i < G_N_ELEMENTS (eras); i++)
        {
          GDate start;

          g_date_clear (&start, 1);
          g_date_set_dmy (&start, eras[i].day, eras[i].month, eras[i].year);
          if (g_date_compare (date, &start) >= 0)
            {
              guint era_year = year - eras[i].year + 1;

              if (era_year == 1)
                return g_strdup_printf ("%s元年%u月%u日", eras[i].name,
                                        g_date_get_month (date), g_date_get_day (date));
              return g_strdup_printf ("%s%u年%u月%u日", eras[i].name, era_year,
                                      g_date_get_month (date), g_date_get_day (date));
            }
        }
    }

  return g_strdup_printf ("%u年%u月%u日", year, g_date_get_month (date), g_date_get_day (date));
}

/**
 * rt_date_format_iso:
 *
 * Returns: (transfer full): @iso formatted in @style, or an empty string when
 *   @iso is not a date
 */
char *
rt_date_format_iso (const char  *iso,
                    RtDateStyle  style)
{
  GDate date;

  if (!rt_date_parse_iso (iso, &date))
    return g_strdup ("");

  return rt_date_format (&date, style);
}

/* The values of the "date-style" setting. */
RtDateStyle
rt_date_style_from_string (const char *style)
{
  return g_strcmp0 (style, "western") == 0 ? RT_DATE_STYLE_WESTERN : RT_DATE_STYLE_ERA;
}
