/* rt-map-arrange.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-arrange"

#include "config.h"

#include <math.h>

#include "rt-map-private.h"

/* The structured arrangement: the points in a column in the middle, in their
 * order, the perspectives under them; the themes' blocks in columns on both
 * sides, in the order of the 資料 (down the first column, then the next),
 * the first half on the left. It depends on nothing but that order and the
 * size of the text, so the committee finds its map where it left it from
 * one meeting to the next. The number of columns, and of cards across each
 * block, are those that let the map be drawn largest in a frame of the
 * given shape. */

typedef struct
{
  guint  node;
  double w;
  double h;
} Item;

/* Splits items[0…n) into at most @m consecutive columns so that the tallest
 * is as short as it can be; @starts gets the first item of each column and
 * the number of columns used is returned. */
static guint
partition (const Item *items,
           guint       n,
           guint       m,
           guint      *starts)
{
  g_autofree double *prefix = g_new0 (double, n + 1);
  g_autofree double *best = NULL;
  g_autofree guint *cut = NULL;
  guint stride = n + 1, i;

  if (n == 0 || m == 0)
    return 0;
  m = MIN (m, n);

  for (guint k = 0; k < n; k++)
    prefix[k + 1] = prefix[k] + items[k].h + RT_MAP_SPACE;

  /* best[j][i]: the least tallest column for the first i items in j
   * columns, none empty; cut[j][i]: where the last of them starts. */
  best = g_new (double, (m + 1) * stride);
  cut = g_new0 (guint, (m + 1) * stride);
  for (guint k = 0; k <= n; k++)
    best[k] = k == 0 ? 0 : G_MAXDOUBLE;
  for (guint j = 1; j <= m; j++)
    for (i = 0; i <= n; i++)
      {
        best[j * stride + i] = G_MAXDOUBLE;
        for (guint k = j - 1; k + 1 <= i; k++)
          {
            double column = prefix[i] - prefix[k] - RT_MAP_SPACE;
            double tallest = MAX (best[(j - 1) * stride + k], column);

            if (best[(j - 1) * stride + k] < G_MAXDOUBLE && tallest < best[j * stride + i] - 1e-9)
              {
                best[j * stride + i] = tallest;
                cut[j * stride + i] = k;
              }
          }
      }

  i = n;
  for (guint j = m; j > 0; j--)
    {
      starts[j - 1] = cut[j * stride + i];
      i = starts[j - 1];
    }

  return m;
}

typedef struct
{
  guint  card_columns;
  guint  columns;
  double scale;
  double width;
  double height;
} Plan;

/* The width of a block of @columns cards across. */
static double
block_width (guint columns)
{
  return columns * RT_MAP_CARD_WIDTH + (columns - 1) * RT_MAP_GAP + 2 * RT_MAP_BLOCK_PAD;
}

/* The blocks with @card_columns cards across; a block taller than
 * @max_height (when positive) gets as many more as it needs, up to eight,
 * as long as it stays within @max_width (when positive). */
static void
measure_blocks (RtMap      *self,
                GArray     *themes,
                guint       card_columns,
                double      max_width,
                double      max_height,
                Item       *items)
{
  for (guint k = 0; k < themes->len; k++)
    RT_MAP_NODE (self, g_array_index (themes, guint, k))->columns = card_columns;
  self->blocks_dirty = TRUE;
  _rt_map_ensure_blocks (self);

  for (guint k = 0; k < themes->len; k++)
    {
      guint i = g_array_index (themes, guint, k);
      RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect r;

      _rt_map_get_block (self, i, &r);
      while (max_height > 0 && r.height > max_height && n->columns < MIN (8, MAX (n->n_docked, 1)) &&
             (max_width <= 0 || block_width (n->columns + 1) <= max_width))
        {
          n->columns++;
          self->blocks_dirty = TRUE;
          _rt_map_ensure_blocks (self);
          _rt_map_get_block (self, i, &r);
        }
      items[k] = (Item) { i, r.width, r.height };
    }
}

static void
column_sizes (const Item  *items,
              guint        n,
              const guint *starts,
              guint        m,
              double      *widths,
              double      *heights)
{
  for (guint c = 0; c < m; c++)
    {
      guint end = c + 1 < m ? starts[c + 1] : n;

      widths[c] = 0;
      heights[c] = 0;
      for (guint k = starts[c]; k < end; k++)
        {
          widths[c] = MAX (widths[c], items[k].w);
          heights[c] += items[k].h + (k > starts[c] ? RT_MAP_SPACE : 0);
        }
    }
}

/**
 * rt_map_arrange_structured:
 * @aspect: the width to height ratio of the frame the map is for
 *
 * Arranges the map in columns (see above). Cards placed by hand go back into
 * their themes' blocks; nothing of this arrangement is meant to be saved.
 */
void
rt_map_arrange_structured (RtMap  *self,
                           double  aspect)
{
  rt_map_arrange_structured_for_page (self, aspect, 0, 0);
}

/**
 * rt_map_arrange_structured_for_page:
 * @aspect: the width to height ratio of the frame the map is for
 * @max_width: the width, in map units, that a block should not pass (a page
 *   at the readable size, where the map is cut into tiles), or 0
 * @max_height: the height that a block should not pass, or 0
 *
 * As rt_map_arrange_structured(), with blocks no taller than @max_height
 * where more cards across, within @max_width, can make them so.
 */
void
rt_map_arrange_structured_for_page (RtMap  *self,
                                    double  aspect,
                                    double  max_width,
                                    double  max_height)
{
  g_autoptr(GArray) themes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) middle = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) loose = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Item *items = NULL;
  g_autofree guint *starts = NULL;
  g_autofree double *widths = NULL;
  g_autofree double *heights = NULL;
  double middle_w = 0, middle_h = 0, x, top, height;
  Plan best = { 1, 0, 0, 0, 0 };
  guint n_left;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (aspect > 0);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->kind == RT_MAP_NODE_CARD && n->pinned)
        {
          n->pinned = FALSE;
          self->blocks_dirty = TRUE;
        }
    }
  _rt_map_ensure_blocks (self);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->hidden || n->parent >= 0)
        continue;
      if (n->kind == RT_MAP_NODE_THEME)
        g_array_append_val (themes, i);
      else if (n->kind == RT_MAP_NODE_POINT || n->kind == RT_MAP_NODE_PERSPECTIVE)
        g_array_append_val (middle, i);
      else
        g_array_append_val (loose, i);
    }

  /* Cards without a theme, proposals without a point: a column of their own
   * at the end, as a pseudo-block. */
  items = g_new0 (Item, themes->len + 1);
  starts = g_new0 (guint, themes->len + 2);
  widths = g_new0 (double, themes->len + 2);
  heights = g_new0 (double, themes->len + 2);

  for (guint k = 0; k < middle->len; k++)
    {
      RtMapRect r;

      _rt_map_get_block (self, g_array_index (middle, guint, k), &r);
      middle_w = MAX (middle_w, r.width);
      middle_h += r.height + (k > 0 ? RT_MAP_SPACE : 0);
    }

  {
    double loose_w = 0, loose_h = 0;

    for (guint k = 0; k < loose->len; k++)
      {
        RtMapNode *n = RT_MAP_NODE (self, g_array_index (loose, guint, k));

        loose_w = MAX (loose_w, 2 * n->hw);
        loose_h += 2 * n->hh + RT_MAP_GAP;
      }

    /* The plan that draws the map largest in the frame. */
    for (guint k = 1; k <= 4; k++)
      {
        measure_blocks (self, themes, k, max_width, max_height, items);
        for (guint m = themes->len > 0 ? 1 : 0; m <= MIN (themes->len, 10); m++)
          {
            double w = middle_w + (loose->len > 0 ? loose_w + RT_MAP_SPACE * 2 : 0);
            double h = MAX (middle_h, loose_h);
            double scale;
            guint used = m > 0 ? partition (items, themes->len, m, starts) : 0;

            column_sizes (items, themes->len, starts, used, widths, heights);
            for (guint c = 0; c < used; c++)
              {
                w += widths[c] + 2 * RT_MAP_SPACE;
                h = MAX (h, heights[c]);
              }
            scale = MIN (aspect / w, 1.0 / MAX (h, 1));
            if (scale > best.scale * (1 + 1e-9))
              best = (Plan) { k, used, scale, w, h };
            if (m == 0)
              break;
          }
        if (themes->len == 0)
          break;
      }
  }

  measure_blocks (self, themes, best.card_columns, max_width, max_height, items);
  if (best.columns > 0)
    partition (items, themes->len, best.columns, starts);
  column_sizes (items, themes->len, starts, best.columns, widths, heights);
  height = MAX (best.height, middle_h);

  /* Left columns, the middle, right columns, loose nodes; all from the top. */
  n_left = (best.columns + 1) / 2;
  x = 0;
  top = 0;
  for (guint c = 0; c <= best.columns; c++)
    {
      if (c == n_left)
        {
          /* The middle column, its boxes spread over the height of the map
           * (with gaps of at most three spaces) and centred in it. */
          double gap = RT_MAP_SPACE, y;

          if (middle->len > 1)
            gap = CLAMP ((height - (middle_h - RT_MAP_SPACE * (middle->len - 1))) / (middle->len - 1),
                         RT_MAP_SPACE, 3 * RT_MAP_SPACE);
          y = top + (height - (middle_h + (gap - RT_MAP_SPACE) * (middle->len > 0 ? middle->len - 1 : 0))) / 2;
          for (guint k = 0; k < middle->len; k++)
            {
              RtMapNode *n = RT_MAP_NODE (self, g_array_index (middle, guint, k));
              RtMapRect r;

              _rt_map_get_block (self, g_array_index (middle, guint, k), &r);
              n->x = x + middle_w / 2;
              n->y = y + n->hh;
              n->placed = TRUE;
              y += r.height + gap;
            }
          x += middle_w + 2 * RT_MAP_SPACE;
        }
      if (c == best.columns)
        break;

      {
        guint end = c + 1 < best.columns ? starts[c + 1] : themes->len;
        double y = top;

        for (guint k = starts[c]; k < end; k++)
          {
            RtMapNode *n = RT_MAP_NODE (self, items[k].node);

            n->x = x + items[k].w / 2;
            n->y = y + n->hh;
            n->placed = TRUE;
            y += items[k].h + RT_MAP_SPACE;
          }
        x += widths[c] + 2 * RT_MAP_SPACE;
      }
    }

  {
    double y = top;

    for (guint k = 0; k < loose->len; k++)
      {
        RtMapNode *n = RT_MAP_NODE (self, g_array_index (loose, guint, k));

        n->x = x + n->hw;
        n->y = y + n->hh;
        n->placed = TRUE;
        y += 2 * n->hh + RT_MAP_GAP;
      }
  }

  self->side_links = TRUE;
  _rt_map_place_children (self);
  _rt_map_invalidate (self);
}
