/* test-date.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

/* 次第 and 議事要旨 write a meeting's time with the weekday. */
static void
test_date_meeting (void)
{
  static const struct {
    const char *date, *start, *end, *expected;
  } cases[] = {
    { "2026-02-20", "18:30", "20:30", "令和8年2月20日（金）18時30分～20時30分" },
    { "2026-03-30", "10:00", "12:00", "令和8年3月30日（月）10時～12時" },
    { "2019-05-01", "", "", "令和元年5月1日（水）" },
    { "2019-04-30", "9:05", "", "平成31年4月30日（火）9時5分～" },
    { "2026-02-22", "18:30", "20:30", "令和8年2月22日（日）18時30分～20時30分" },
    { "", "18:30", "20:30", "" },
    { "2026-02-30", "18:30", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rt_date_format_meeting (cases[i].date, cases[i].start, cases[i].end, RT_DATE_STYLE_ERA);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }

  {
    g_autofree char *western = rt_date_format_weekday ("2026-02-21", RT_DATE_STYLE_WESTERN);
    g_autofree char *bad_time = rt_time_format ("25:00");

    g_assert_cmpstr (western, ==, "2026年2月21日（土）");
    g_assert_cmpstr (bad_time, ==, "");
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
  g_test_add_func ("/ronten/date/meeting", test_date_meeting);

  return g_test_run ();
}
