/* rt-date.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* The year before the first of an era, as its name or initial writes it. */
static int
era_base_year (const char *era,
          int         year)
{
  static const struct {
    const char *name;
    int         base;
  } bases[] = {
    { "令和", 2018 }, { "平成", 1988 }, { "昭和", 1925 }, { "R", 2018 }, { "H", 1988 }, { "S", 1925 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bases); i++)
    if (g_str_equal (era, bases[i].name))
      return bases[i].base + year;
  return 0;
}

/**
 * rt_date_parse_text:
 *
 * Understands the dates of spreadsheets and Japanese documents:
 * 2026-02-20, 2026/2/20 (with or without a time), 2026.2.20, 2026年2月20日,
 * 令和8年2月20日 (令和元年 too), R8.2.20, in full-width digits as well.
 *
 * Returns: (transfer full) (nullable): the ISO date, or %NULL
 */
char *
rt_date_parse_text (const char *text)
{
  g_autofree char *norm = NULL;
  g_autofree char *era = NULL;
  const char *p;
  int y = 0, m = 0, d = 0;

  if (text == NULL || text[0] == '\0')
    return NULL;

  norm = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  p = g_strstrip (norm);

  /* An era: 令和, 平成, 昭和, or R, H, S. */
  if (g_str_has_prefix (p, "令和") || g_str_has_prefix (p, "平成") || g_str_has_prefix (p, "昭和"))
    {
      era = g_strndup (p, strlen ("令和"));
      p += strlen ("令和");
    }
  else if ((p[0] == 'R' || p[0] == 'H' || p[0] == 'S') && g_ascii_isdigit (p[1]))
    era = g_strndup (p++, 1);

  if (era != NULL && g_str_has_prefix (p, "元"))
    {
      y = 1;
      p += strlen ("元");
    }
  else
    while (g_ascii_isdigit (*p) && y < 10000)
      y = y * 10 + (*p++ - '0');

  if (g_str_has_prefix (p, "年"))
    p += strlen ("年");
  else if (*p == '-' || *p == '/' || *p == '.')
    p++;
  else
    return NULL;

  while (g_ascii_isdigit (*p) && m < 100)
    m = m * 10 + (*p++ - '0');
  if (g_str_has_prefix (p, "月"))
    p += strlen ("月");
  else if (*p == '-' || *p == '/' || *p == '.')
    p++;
  else
    return NULL;

  while (g_ascii_isdigit (*p) && d < 100)
    d = d * 10 + (*p++ - '0');
  if (g_str_has_prefix (p, "日"))
    p += strlen ("日");
  /* A time may follow; nothing else. */
  if (*p != '\0' && *p != ' ' && *p != 'T' && *p != '(' )
    return NULL;

  if (era != NULL)
    y = era_base_year (era, y);
  if (y < 1900 || y > 2200 || !g_date_valid_dmy (d, m, y))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/**
 * rt_date_today_iso:
 *
 * Returns: (transfer full): the local date today, as YYYY-MM-DD
 */
char *
rt_date_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%F");
}

/**
 * rt_date_format_with_weekday:
 *
 * Returns: (transfer full): @iso in @style with its day of the week, as
 *   notices of meetings write it: 令和8年3月19日（木）; an empty string when
 *   @iso is not a date
 */
char *
rt_date_format_with_weekday (const char  *iso,
                             RtDateStyle  style)
{
  static const char * const weekdays[] = { "", "月", "火", "水", "木", "金", "土", "日" };
  g_autofree char *text = NULL;
  GDate date;

  if (!rt_date_parse_iso (iso, &date))
    return g_strdup ("");

  text = rt_date_format (&date, style);
  return g_strdup_printf ("%s（%s）", text, weekdays[g_date_get_weekday (&date)]);
}

/**
 * rt_time_parse_text:
 *
 * Understands a time of day as notices of meetings write it: 18:30,
 * 18時30分, 18時, 午後6時半, 午前10時, in full-width digits as well.
 *
 * Returns: (transfer full) (nullable): the time as HH:MM, or %NULL
 */
char *
rt_time_parse_text (const char *text)
{
  g_autofree char *norm = NULL;
  const char *p;
  int h = 0, m = 0, digits = 0;
  gboolean pm = FALSE, am = FALSE;

  if (text == NULL || text[0] == '\0')
    return NULL;

  norm = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  p = g_strstrip (norm);

  if (g_str_has_prefix (p, "午後"))
    pm = TRUE;
  else if (g_str_has_prefix (p, "午前"))
    am = TRUE;
  if (pm || am)
    p += strlen ("午後");

  while (g_ascii_isdigit (*p) && digits++ < 2)
    h = h * 10 + (*p++ - '0');
  if (digits == 0)
    return NULL;

  if (*p == ':' || g_str_has_prefix (p, "時"))
    {
      gboolean kanji = *p != ':';

      p += kanji ? strlen ("時") : 1;
      if (kanji && g_str_has_prefix (p, "半"))
        {
          m = 30;
          p += strlen ("半");
        }
      else
        {
          digits = 0;
          while (g_ascii_isdigit (*p) && digits++ < 2)
            m = m * 10 + (*p++ - '0');
          if (digits == 0 && !kanji)
            return NULL;
          if (digits > 0 && kanji && g_str_has_prefix (p, "分"))
            p += strlen ("分");
        }
    }
  else
    return NULL;

  if (*p != '\0')
    return NULL;

  if ((pm || am) && h > 12)
    return NULL;
  if (pm && h < 12)
    h += 12;
  else if (am && h == 12)
    h = 0;
  if (h > 23 || m > 59)
    return NULL;

  return g_strdup_printf ("%02d:%02d", h, m);
}

/**
 * rt_time_parse_end:
 * @start: (nullable): the start of the meeting, as HH:MM
 *
 * The end of a meeting, as rt_time_parse_text() reads it; an end written
 * without 午前 or 午後 that would come before a start in the afternoon is
 * in the afternoon too (8時50分 after 午後7時 is 20:50).
 *
 * Returns: (transfer full) (nullable): the time as HH:MM, or %NULL
 */
char *
rt_time_parse_end (const char *text,
                   const char *start)
{
  g_autofree char *end = rt_time_parse_text (text);

  if (end != NULL && start != NULL && strcmp (end, start) < 0 && strcmp (end, "12:00") < 0 &&
      strstr (text, "午前") == NULL && strstr (text, "午後") == NULL)
    return g_strdup_printf ("%02d:%s", atoi (end) + 12, end + 3);

  return g_steal_pointer (&end);
}

/**
 * rt_time_parse_range:
 * @start: (out) (transfer full): the start, as HH:MM
 * @end: (out) (transfer full) (nullable): the end, as HH:MM, or %NULL when
 *   @text gives only a start
 *
 * Understands the times of a meeting as the 日時 of 会議録 write them:
 * 午後7時~8時50分, 午後1時30分から3時30分, 18:30～20:30, 午後3時~午後5時; the
 * end as rt_time_parse_end() reads it.
 *
 * Returns: whether @text is a time or a range of times
 */
gboolean
rt_time_parse_range (const char  *text,
                     char       **start,
                     char       **end)
{
  static const char * const separators[] = { "~", "〜", "～", "から", "-", "－", "―", "‐" };
  g_autofree char *norm = NULL;
  g_autofree char *head = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *cut = NULL;
  gsize cut_len = 0;

  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  *start = *end = NULL;
  if (text == NULL)
    return FALSE;

  /* NFKC makes ～ a ~, but not 〜; both are looked for. */
  norm = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  for (guint i = 0; i < G_N_ELEMENTS (separators) && cut == NULL; i++)
    if ((cut = strstr (norm, separators[i])) != NULL)
      cut_len = strlen (separators[i]);

  if (cut == NULL)
    return (*start = rt_time_parse_text (norm)) != NULL;

  head = g_strndup (norm, cut - norm);
  rest = g_strdup (cut + cut_len);
  /* 3時30分まで */
  if (g_str_has_suffix (rest, "まで"))
    rest[strlen (rest) - strlen ("まで")] = '\0';

  if ((first = rt_time_parse_text (head)) == NULL || (second = rt_time_parse_end (rest, first)) == NULL)
    return FALSE;

  *start = g_steal_pointer (&first);
  *end = g_steal_pointer (&second);
  return TRUE;
}
