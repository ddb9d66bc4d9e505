/* rt-date.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  RT_DATE_STYLE_ERA,      /* 令和8年2月20日 */
  RT_DATE_STYLE_WESTERN,  /* 2026年2月20日 */
} RtDateStyle;

gboolean     rt_date_parse_iso        (const char  *iso,
                                       GDate       *date);
char        *rt_date_format           (const GDate *date,
                                       RtDateStyle  style);
char        *rt_date_format_iso       (const char  *iso,
                                       RtDateStyle  style);
RtDateStyle  rt_date_style_from_string (const char *style);
char        *rt_date_parse_text       (const char  *text);
char        *rt_date_today_iso        (void);
char        *rt_date_format_with_weekday (const char  *iso,
                                       RtDateStyle  style);
char        *rt_time_parse_text       (const char  *text);
char        *rt_time_parse_end        (const char  *text,
                                       const char  *start);
gboolean     rt_time_parse_range      (const char  *text,
                                       char       **start,
                                       char       **end);

G_END_DECLS
