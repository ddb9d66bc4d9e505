/* rt-handout-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The issue map page: the map painter of the screen (rt-map.c), with public
 * cards only. Should the map not be readable, the page falls back to a plain
 * graph of themes (left) and points (right), a line for every link of a
 * theme to a point, directly or through its cards, thicker for more cards. */

typedef struct
{
  double x, y, w, h;
} Box;

static void
draw_box (cairo_t    *cr,
          const Box  *box,
          const char *text)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK JP 8");
  int height;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int)((box->w - 8) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, (int)((box->h - 4) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &height);

  cairo_rectangle (cr, box->x, box->y, box->w, box->h);
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.96);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_move_to (cr, box->x + 4, box->y + (box->h - (double)height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_simple_map (gpointer  user_data,
                 cairo_t  *cr,
                 double    width,
                 double    height)
{
  RtHandoutData *data = user_data;
  guint n_themes = data->themes->len, n_points = data->points->len;
  guint n = MAX (MAX (n_themes, n_points), 1);
  double gap = 6, box_w = width * 0.34;
  double box_h = MIN (40, (height - gap * n) / n);
  g_autofree Box *themes = g_new0 (Box, MAX (n_themes, 1));
  g_autofree Box *points = g_new0 (Box, MAX (n_points, 1));

  for (guint i = 0; i < n_themes; i++)
    themes[i] = (Box) { 0, i * (box_h + gap), box_w, box_h };
  for (guint i = 0; i < n_points; i++)
    points[i] = (Box) { width - box_w, i * (box_h + gap), box_w, box_h };

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint p = 0; p < n_points; p++)
    {
      HPoint *point = data->points->pdata[p];

      for (guint t = 0; t < n_themes; t++)
        {
          HTheme *theme = data->themes->pdata[t];
          guint weight = 0;

          for (guint j = 0; j < point->themes->len; j++)
            weight += point->themes->pdata[j] == theme ? 2 : 0;
          for (guint j = 0; j < point->cards->len; j++)
            {
              HCard *card = point->cards->pdata[j];

              weight += card->theme_id == theme->id && card->visibility != RT_VISIBILITY_PRIVATE;
            }

          if (weight > 0)
            {
              cairo_set_line_width (cr, MIN (0.6 + 0.4 * weight, 3.0));
              cairo_move_to (cr, themes[t].x + themes[t].w, themes[t].y + box_h / 2);
              cairo_line_to (cr, points[p].x, points[p].y + box_h / 2);
              cairo_stroke (cr);
            }
        }
    }

  for (guint i = 0; i < n_themes; i++)
    draw_box (cr, &themes[i], ((HTheme *)data->themes->pdata[i])->name);
  for (guint i = 0; i < n_points; i++)
    {
      HPoint *point = data->points->pdata[i];
      g_autofree char *text = g_strdup_printf (C_("handout", "論点%d　%s"), point->number, point->title);

      draw_box (cr, &points[i], text);
    }
}

static void
paint_map (gpointer  user_data,
           cairo_t  *cr,
           double    width,
           double    height)
{
  rt_map_paint_page (user_data, cr, 0, width, height);
}

void
_rt_handout_build_map (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);

  _rt_writer_begin_section (w, C_("handout", "資料3"), rt_handout_kind_get_title (RT_HANDOUT_MAP));
  /* The map names speakers as it was laid out for: never more than this
   * handout may (a public version of a committee whose map shows names
   * gets the plain graph, which names nobody). */
  if (data->map != NULL && data->map_display >= _rt_writer_get_display (w))
    {
      _rt_writer_note (w, C_("handout", "論点（中央）、テーマ（色付きの札）、意見カード（付箋）とその結び付き。"
                                        "非公開の意見は載せていません。"));
      _rt_writer_space (w, 6);
      _rt_writer_image (w, 12, rt_handout_kind_get_title (RT_HANDOUT_MAP), paint_map,
                        g_object_ref (data->map), g_object_unref);
      return;
    }

  _rt_writer_note (w, C_("handout", "テーマ（左）と論点（右）の関係。線はテーマまたはその意見が論点に結び付けられていることを示し、"
                                    "結び付きが多いほど太く描いています。"));
  _rt_writer_space (w, 6);
  _rt_writer_image (w, 24, rt_handout_kind_get_title (RT_HANDOUT_MAP), draw_simple_map,
                    rt_handout_data_ref (data), (GDestroyNotify)rt_handout_data_unref);
}
