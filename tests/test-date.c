/* test-date.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rt-date.h"

static const struct {
  const char *iso;
  const char *era;
  const char *western;
} dates[] = {
  { "2026-02-20", "令和8年2月20日", "2026年2月20日" },
  { "2026-02-20T18:30:00+09:00", "令和8年2月20日", "2026年2月20日" },
  { "2019-05-01", "令和元年5月1日", "2019年5月1日" },
  { "2019-04-30", "平成31年4月30日", "2019年4月30日" },
  { "1989-01-08", "平成元年1月8日", "1989年1月8日" },
  { "1989-01-07", "昭和64年1月7日", "1989年1月7日" },
  { "2012-03-31", "平成24年3月31日", "2012年3月31日" },
  { "2025-04-01", "令和7年4月1日", "2025年4月1日" },
};

static const char *invalid[] = { NULL, "", "2026", "2026-13-01", "2026-02-30", "令和8年", "abcd-ef-gh" };

static void
test_date_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *era = rt_date_format_iso (dates[i].iso, RT_DATE_STYLE_ERA);
      g_autofree char *western = rt_date_format_iso (dates[i].iso, RT_DATE_STYLE_WESTERN);

      g_assert_cmpstr (era, ==, dates[i].era);
      g_assert_cmpstr (western, ==, dates[i].western);
    }
}

static void
test_date_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *text = rt_date_format_iso (invalid[i], RT_DATE_STYLE_ERA);
      GDate date;

      g_assert_cmpstr (text, ==, "");
      g_assert_false (rt_date_parse_iso (invalid[i], &date));
    }
}

static void
test_date_style (void)
{
  g_assert_cmpint (rt_date_style_from_string ("era"), ==, RT_DATE_STYLE_ERA);
  g_assert_cmpint (rt_date_style_from_string ("western"), ==, RT_DATE_STYLE_WESTERN);
  g_assert_cmpint (rt_date_style_from_string (NULL), ==, RT_DATE_STYLE_ERA);
}

/* What a user types into a meeting's date, and what the meeting keeps. */
static void
test_date_parse_text (void)
{
  static const struct {
    const char *text;
    const char *iso;
  } cases[] = {
    { "2026-03-19", "2026-03-19" },
    { "2026/3/19", "2026-03-19" },
    { "令和8年3月19日", "2026-03-19" },
    { "令和8年3月19日（木）", "2026-03-19" },
    { "R8.3.19", "2026-03-19" },
    { "２０２６年３月１９日", "2026-03-19" },
    { "令和元年5月1日", "2019-05-01" },
    /* As public 会議録 head their 日時: with the day, in brackets. */
    { "令和4年4月27日(水曜日)", "2022-04-27" },
    { "平成30年4月25日（木曜日）", "2018-04-25" },
    { "平成17年6月24日(金)", "2005-06-24" },
    { "3月19日", NULL },
    { "2026-02-30", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = rt_date_parse_text (cases[i].text);

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_date_weekday (void)
{
  g_autofree char *thursday = rt_date_format_with_weekday ("2026-03-19", RT_DATE_STYLE_ERA);
  g_autofree char *sunday = rt_date_format_with_weekday ("2026-12-06", RT_DATE_STYLE_WESTERN);
  g_autofree char *none = rt_date_format_with_weekday ("", RT_DATE_STYLE_ERA);
  g_autofree char *today = rt_date_today_iso ();
  GDate date;

  g_assert_cmpstr (thursday, ==, "令和8年3月19日（木）");
  g_assert_cmpstr (sunday, ==, "2026年12月6日（日）");
  g_assert_cmpstr (none, ==, "");
  g_assert_true (rt_date_parse_iso (today, &date));
  g_assert_cmpuint (strlen (today), ==, 10);
}

static void
test_time_parse_text (void)
{
  static const struct {
    const char *text;
    const char *time;
  } cases[] = {
    { "18:30", "18:30" },
    { "9:05", "09:05" },
    { "１８：３０", "18:30" },
    { "18時30分", "18:30" },
    { "18時", "18:00" },
    { "午後6時半", "18:30" },
    { "午前10時", "10:00" },
    { "午後12時", "12:00" },
    { "午前12時", "00:00" },
    { "午後7時", "19:00" },
    { "午後1時30分", "13:30" },
    { "24:00", NULL },
    { "18:75", NULL },
    { "午後13時", NULL },
    { "夕方", NULL },
    { "18", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *time = rt_time_parse_text (cases[i].text);

      g_assert_cmpstr (time, ==, cases[i].time);
    }
}

/* The 日時 of public 会議録, and times as a secretariat types them. */
static void
test_time_parse_range (void)
{
  static const struct {
    const char *text;
    const char *start;
    const char *end;
  } cases[] = {
    { "午後7時~8時50分", "19:00", "20:50" },
    { "午後1時30分~3時40分", "13:30", "15:40" },
    { "午後1時30分から3時30分", "13:30", "15:30" },
    { "午後3時~午後5時", "15:00", "17:00" },
    { "午後6時30分から午後8時20分", "18:30", "20:20" },
    { "午後7時～午後8時", "19:00", "20:00" },
    { "18:30〜20:30", "18:30", "20:30" },
    { "10:00-12:00", "10:00", "12:00" },
    { "午前10時から正午", NULL, NULL },
    { "午前11時~午後1時", "11:00", "13:00" },
    { "9時30分~11時30分まで", "09:30", "11:30" },
    { "18:30", "18:30", NULL },
    { "夜", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      gboolean ok = rt_time_parse_range (cases[i].text, &start, &end);

      g_test_message ("%s → %s … %s", cases[i].text, start, end);
      g_assert_cmpint (ok, ==, cases[i].start != NULL);
      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/date/format", test_date_format);
  g_test_add_func ("/ronten/date/invalid", test_date_invalid);
  g_test_add_func ("/ronten/date/style", test_date_style);
  g_test_add_func ("/ronten/date/parse-text", test_date_parse_text);
  g_test_add_func ("/ronten/date/weekday", test_date_weekday);
  g_test_add_func ("/ronten/date/time-parse-text", test_time_parse_text);
  g_test_add_func ("/ronten/date/time-parse-range", test_time_parse_range);

  return g_test_run ();
}
