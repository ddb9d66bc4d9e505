/* rt-color.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} RtColor;

gboolean rt_color_parse          (const char    *spec,
                                  RtColor       *color);
void     rt_color_for_index      (guint          index,
                                  RtColor       *color);
char    *rt_color_to_string      (const RtColor *color);
double   rt_color_get_luminance  (const RtColor *color);
gboolean rt_color_wants_dark_text (const RtColor *color);

G_END_DECLS
