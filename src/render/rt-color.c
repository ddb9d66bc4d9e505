/* rt-color.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rt-color.h"

/* Theme colours are stored as "#rrggbb". The screen, the map and the
 * handouts all read them here, so a theme looks the same everywhere. */

/* The GNOME palette, in the order new themes take them. */
static const guint32 palette[] = {
  0x3584e4, 0x33d17a, 0xf6d32d, 0xff7800, 0xe01b24, 0x9141ac, 0x986a44, 0x2190a4,
};

gboolean
rt_color_parse (const char *spec,
                RtColor    *color)
{
  guint64 value;
  char *end = NULL;

  g_return_val_if_fail (color != NULL, FALSE);

  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;

  value = g_ascii_strtoull (spec + 1, &end, 16);
  if (end == NULL || *end != '\0')
    return FALSE;

  color->red = ((value >> 16) & 0xff) / 255.0;
  color->green = ((value >> 8) & 0xff) / 255.0;
  color->blue = (value & 0xff) / 255.0;

  return TRUE;
}

void
rt_color_for_index (guint    index,
                    RtColor *color)
{
  g_autofree char *spec = g_strdup_printf ("#%06x", palette[index % G_N_ELEMENTS (palette)]);

  rt_color_parse (spec, color);
}

char *
rt_color_to_string (const RtColor *color)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint)lround (CLAMP (color->red, 0, 1) * 255),
                          (guint)lround (CLAMP (color->green, 0, 1) * 255),
                          (guint)lround (CLAMP (color->blue, 0, 1) * 255));
}

static double
linear (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* Relative luminance as WCAG defines it. */
double
rt_color_get_luminance (const RtColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/* Whether black text has more contrast on @color than white text. */
gboolean
rt_color_wants_dark_text (const RtColor *color)
{
  double l = rt_color_get_luminance (color);

  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
}
