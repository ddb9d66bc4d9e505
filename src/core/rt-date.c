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

/**
 * rt_date_format_weekday:
 *
 * Returns: (transfer full): @iso as 令和8年2月20日（金）, or an empty string
 *   when @iso is not a date
 */
char *
rt_date_format_weekday (const char  *iso,
                        RtDateStyle  style)
{
  /* G_DATE_MONDAY is 1 … G_DATE_SUNDAY 7. */
  static const char * const weekdays[] = { "", "月", "火", "水", "木", "金", "土", "日" };
  g_autofree char *date = NULL;
  GDate parsed;

  if (!rt_date_parse_iso (iso, &parsed))
    return g_strdup ("");

  date = rt_date_format (&parsed, style);
  return g_strdup_printf ("%s（%s）", date, weekdays[g_date_get_weekday (&parsed)]);
}

/**
 * rt_time_format:
 * @time: a time such as "18:30"
 *
 * Returns: (transfer full): "18時30分", "18時" on the hour, or "" when @time
 *   is not a time
 */
char *
rt_time_format (const char *time)
{
  unsigned hour, minute;
  char rest;

  if (time == NULL || sscanf (time, "%2u:%2u%c", &hour, &minute, &rest) != 2 || hour > 24 || minute > 59)
    return g_strdup ("");

  if (minute == 0)
    return g_strdup_printf ("%u時", hour);
  return g_strdup_printf ("%u時%u分", hour, minute);
}

/**
 * rt_date_format_meeting:
 * @date: the meeting's date (YYYY-MM-DD), or ""
 * @start: its start time (HH:MM), or ""
 * @end: its end time, or ""
 *
 * Returns: (transfer full): when a meeting is, as a 次第 or a 議事要旨 writes
 *   it: 令和8年2月20日（金）18時30分～20時30分; "" when the date is unknown
 */
char *
rt_date_format_meeting (const char  *date,
                        const char  *start,
                        const char  *end,
                        RtDateStyle  style)
{
  g_autofree char *day = rt_date_format_weekday (date, style);
  g_autofree char *from = rt_time_format (start);
  g_autofree char *to = rt_time_format (end);

  if (day[0] == '\0')
    return g_strdup ("");
  if (from[0] == '\0')
    return g_steal_pointer (&day);
  if (to[0] == '\0')
    return g_strdup_printf ("%s%s～", day, from);

  return g_strdup_printf ("%s%s～%s", day, from, to);
}

/* The values of the "date-style" setting. */
RtDateStyle
rt_date_style_from_string (const char *style)
{
  return g_strcmp0 (style, "western") == 0 ? RT_DATE_STYLE_WESTERN : RT_DATE_STYLE_ERA;
}
