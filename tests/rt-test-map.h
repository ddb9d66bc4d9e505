/* rt-test-map.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-map.h"

G_BEGIN_DECLS

/* A synthetic issue map of the usual shape, for tests and the benchmark:
 * 9 points with 5 proposals each, 4 perspectives, one theme per 50 cards,
 * each theme linked to one or two points and one card in ten to a point. */
static inline RtMap *
rt_test_make_map (guint n_cards)
{
  static const char * const texts[] = {
    "協働相手として「市民」としているが、どういう範囲でステークホルダーを捉えているか。",
    "センターの職員が積極的に地域に出て市民活動団体と交流するアウトリーチ型の支援が必要。",
    "若い世代の担い手を増やすために、参加の入口を広げる仕組みを考えたい。",
    "条例化の方向性について、他自治体の事例を整理してほしい。",
    "中間支援組織としての専門性をどう高めるか。",
  };
  static const char * const speakers[] = { "林委員", "降旗委員", "倉本委員", "金尾委員長", "事務局" };
  RtMap *map = rt_map_new ();
  guint n_themes = MAX (1, n_cards / 50);
  guint points[9];
  guint *themes = g_new (guint, n_themes);
  guint64 id = 1;

  for (guint p = 0; p < 9; p++)
    {
      g_autofree char *title = g_strdup_printf ("論点%u", p + 1);

      points[p] = rt_map_add_node (map, RT_MAP_NODE_POINT, p + 1, title, "協働制度の見直しと働きかけ", NULL, NULL);
    }
  for (guint p = 0; p < 9; p++)
    for (guint k = 0; k < 5; k++)
      rt_map_add_edge (map, rt_map_add_node (map, RT_MAP_NODE_PROPOSAL, id++, NULL, "協働専担課の設置、専門担当職員の配置", NULL, NULL), points[p]);
  for (guint k = 0; k < 4; k++)
    {
      g_autofree char *title = g_strdup_printf ("(%u)", k + 1);

      rt_map_add_node (map, RT_MAP_NODE_PERSPECTIVE, k + 1, title, "センターと市民活動団体との関係性", NULL, NULL);
    }
  for (guint t = 0; t < n_themes; t++)
    {
      g_autofree char *name = g_strdup_printf ("テーマ %u 参加の促進・包摂", t + 1);
      RtColor color;

      rt_color_for_index (t, &color);
      themes[t] = rt_map_add_node (map, RT_MAP_NODE_THEME, t + 1, NULL, name, NULL, &color);
      rt_map_add_edge (map, themes[t], points[t % 9]);
      if (t % 3 == 0)
        rt_map_add_edge (map, themes[t], points[(t * 7 + 4) % 9]);
    }
  for (guint c = 0; c < n_cards; c++)
    {
      guint t = c % n_themes;
      RtColor color;
      guint node;

      rt_color_for_index (t, &color);
      node = rt_map_add_node (map, RT_MAP_NODE_CARD, c + 1, NULL, texts[c % G_N_ELEMENTS (texts)],
                              speakers[c % G_N_ELEMENTS (speakers)], &color);
      rt_map_add_edge (map, node, themes[t]);
      if (c % 10 == 3)
        rt_map_add_edge (map, node, points[(c / 10) % 9]);
    }

  g_free (themes);
  return map;
}

G_END_DECLS
