/* rt-handout-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The issue map handout (資料3): the map painter of the screen (rt-map.c),
 * with public cards only, its text never smaller than the paper reads (7 pt
 * on A3, 6.5 pt on A4). A map that does not fit its page at that size comes
 * as an overview followed by the tiles it announces. Then, if asked, the map
 * of each point with themes or opinions linked to it, and of each theme.
 * Should the map not be readable, the page falls back to a plain graph of
 * themes (left) and points (right). */

typedef struct
{
  double x, y, w, h;
} Box;

static void
draw_box (RtWriter   *w,
          const Box  *box,
          const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = _rt_writer_layout (w, escaped, 8, box->w - 8, PANGO_ALIGN_LEFT);
  int height;

  pango_layout_set_height (layout, (int)((box->h - 4) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, NULL, &height);

  _rt_writer_add_rect (w, box->x, box->y, box->w, box->h, 0.96, 0.5);
  _rt_writer_add_layout (w, layout, box->x + 4, box->y + (box->h - (double)height / PANGO_SCALE) / 2);
}

static void
draw_simple_map (RtWriter *w,
                 double    x,
                 double    y,
                 double    width,
                 double    height)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  guint n_themes = data->themes->len, n_points = data->points->len;
  guint n = MAX (MAX (n_themes, n_points), 1);
  double gap = 6, box_w = width * 0.34;
  double box_h = MIN (40, (height - gap * n) / n);
  g_autofree Box *themes = g_new0 (Box, MAX (n_themes, 1));
  g_autofree Box *points = g_new0 (Box, MAX (n_points, 1));

  for (guint i = 0; i < n_themes; i++)
    themes[i] = (Box) { x, y + i * (box_h + gap), box_w, box_h };
  for (guint i = 0; i < n_points; i++)
    points[i] = (Box) { x + width - box_w, y + i * (box_h + gap), box_w, box_h };

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
            _rt_writer_add_line (w, themes[t].x + themes[t].w, themes[t].y + box_h / 2,
                                 points[p].x, points[p].y + box_h / 2, MIN (0.6 + 0.4 * weight, 3.0));
        }
    }

  for (guint i = 0; i < n_themes; i++)
    draw_box (w, &themes[i], ((HTheme *)data->themes->pdata[i])->name);
  for (guint i = 0; i < n_points; i++)
    {
      HPoint *point = data->points->pdata[i];
      g_autofree char *text = g_strdup_printf (C_("handout", "論点%d　%s"), point->number, point->title);

      draw_box (w, &points[i], text);
    }
}

/* The pages of @map from the writer's free area on: an overview and its
 * tiles when it needs them, each tile on a page of its own. */
static void
add_map_pages (RtWriter *w,
               RtMap    *map,
               gboolean  arrange)
{
  double x, y, width, height;
  guint n_pages;

  _rt_writer_get_free_area (w, &x, &y, &width, &height);
  height -= 12;
  if (arrange)
    rt_map_arrange_for_sheet (map, width, height);
  n_pages = rt_map_get_n_pages (map, width, height);

  for (guint page = 0; page < n_pages; page++)
    {
      if (page > 0)
        {
          _rt_writer_new_page (w);
          _rt_writer_get_free_area (w, &x, &y, &width, &height);
          height -= 12;
        }
      _rt_writer_add_map (w, map, page, x, y, width, height);
    }
}

/* Whether the map of one point or theme holds more than its subject: a
 * point with nothing linked has no page of its own. */
static gboolean
has_links (RtMap *map)
{
  guint n = 0;

  for (guint i = 0; i < rt_map_get_n_nodes (map); i++)
    n += rt_map_get_node_kind (map, i) == RT_MAP_NODE_THEME || rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD;

  return n > 0;
}

static void
add_focus_page (RtWriter   *w,
                RtMap      *map,
                int         node,
                const char *heading,
                double      min_text)
{
  g_autoptr(RtMap) focused = NULL;

  if (node < 0)
    return;

  focused = rt_map_new_focused (map, node);
  if (!has_links (focused))
    return;
  rt_map_set_min_text_size (focused, min_text);

  _rt_writer_new_page (w);
  _rt_writer_heading (w, heading);
  _rt_writer_space (w, 4);
  add_map_pages (w, focused, TRUE);
}

void
_rt_handout_build_map (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  double x, y, width, height, min_text;

  _rt_writer_begin_section (w, C_("handout", "資料3"), rt_handout_kind_get_title (RT_HANDOUT_MAP));
  if (data->map == NULL)
    {
      _rt_writer_note (w, C_("handout", "テーマ（左）と論点（右）の関係。線はテーマまたはその意見が論点に結び付けられていることを示し、"
                                        "結び付きが多いほど太く描いています。"));
      _rt_writer_space (w, 6);
      _rt_writer_get_free_area (w, &x, &y, &width, &height);
      draw_simple_map (w, x, y, width, height - 24);
      return;
    }

  /* The paper decides the smallest text; a copy of the map keeps the
   * snapshot's own map untouched for other documents. */
  {
    g_autoptr(RtMap) map = rt_map_copy (data->map);

    min_text = options->paper == RT_PAPER_A3 ? 7.0 : 6.5;
    rt_map_set_min_text_size (map, min_text);

    _rt_writer_note (w, C_("handout", "論点（青）と、テーマごとにまとめた意見カード、その結び付き。カードの「→論点」はその意見が結び付く論点です。"
                                      "提言は論点ごとの図に載せています。非公開の意見は載せていません。"));
    _rt_writer_space (w, 6);
    add_map_pages (w, map, options->map_structured);

    if (options->map_focus & RT_HANDOUT_MAP_FOCUS_POINTS)
      for (guint i = 0; i < data->points->len; i++)
        {
          HPoint *point = data->points->pdata[i];
          g_autofree char *heading = g_strdup_printf (C_("handout", "論点%d　%s"), point->number, point->title);

          add_focus_page (w, map, rt_map_find_node (map, RT_MAP_NODE_POINT, point->id), heading, min_text);
        }

    if (options->map_focus & RT_HANDOUT_MAP_FOCUS_THEMES)
      for (guint i = 0; i < data->themes->len; i++)
        {
          HTheme *theme = data->themes->pdata[i];
          g_autofree char *heading = g_strdup_printf (C_("handout", "テーマ「%s」"), theme->name);

          add_focus_page (w, map, rt_map_find_node (map, RT_MAP_NODE_THEME, theme->id), heading, min_text);
        }
  }
}
