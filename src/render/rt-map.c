/* rt-map.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rt-map-private.h"

/* The issue map as a graph of boxes in map units (1 unit = 1 pt at 100 %):
 * points, proposals, perspectives, themes and cards, and the links between
 * them. It knows where each node stands, which node is under a given spot,
 * and keeps a uniform grid so that drawing a part of a large map costs only
 * what that part holds. Painting is in rt-map-paint.c. */

G_DEFINE_FINAL_TYPE (RtMap, rt_map, G_TYPE_OBJECT)

G_DEFINE_QUARK (rt-map-error-quark, rt_map_error)

#define GRID_CELL 256.0

/* Half sizes of the boxes of each kind, in map units. */
static const double node_half[RT_MAP_N_NODE_KINDS][2] = {
  [RT_MAP_NODE_POINT] = { 80, 80 },
  [RT_MAP_NODE_PROPOSAL] = { 80, 26 },
  [RT_MAP_NODE_PERSPECTIVE] = { 110, 34 },
  [RT_MAP_NODE_THEME] = { 100, 32 },
  [RT_MAP_NODE_CARD] = { 68, 46 },
};

static const double node_charge[RT_MAP_N_NODE_KINDS] = {
  [RT_MAP_NODE_POINT] = 3.0,
  [RT_MAP_NODE_PROPOSAL] = 1.0,
  [RT_MAP_NODE_PERSPECTIVE] = 1.5,
  [RT_MAP_NODE_THEME] = 2.0,
  [RT_MAP_NODE_CARD] = 1.0,
};

static void
clear_node (RtMapNode *node)
{
  g_free (node->title);
  g_free (node->text);
  g_free (node->detail);
  g_clear_object (&node->title_layout);
  g_clear_object (&node->text_layout);
  g_clear_object (&node->detail_layout);
}

static void
clear_grid (RtMapGrid *grid)
{
  g_clear_pointer (&grid->node_start, g_free);
  g_clear_pointer (&grid->node_items, g_free);
  g_clear_pointer (&grid->edge_start, g_free);
  g_clear_pointer (&grid->edge_items, g_free);
}

static void
rt_map_finalize (GObject *object)
{
  RtMap *self = (RtMap *)object;

  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  _rt_map_clear_layouts (self);
  g_clear_object (&self->pango);
  clear_grid (&self->grid);

  G_OBJECT_CLASS (rt_map_parent_class)->finalize (object);
}

static void
rt_map_class_init (RtMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_map_finalize;
}

static void
rt_map_init (RtMap *self)
{
  self->nodes = g_array_new (FALSE, TRUE, sizeof (RtMapNode));
  g_array_set_clear_func (self->nodes, (GDestroyNotify)clear_node);
  self->edges = g_array_new (FALSE, TRUE, sizeof (RtMapEdge));
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->selected = -1;
  self->focus = -1;
  self->grid_dirty = TRUE;
}

RtMap *
rt_map_new (void)
{
  return g_object_new (RT_TYPE_MAP, NULL);
}

/* Kind and id packed in one key: ids are SQLite rowids, far below 2^59. */
static gint64
index_key (RtMapNodeKind kind,
           gint64        item_id)
{
  return (item_id << 3) | kind;
}

guint
rt_map_add_node (RtMap         *self,
                 RtMapNodeKind  kind,
                 gint64         item_id,
                 const char    *title,
                 const char    *text,
                 const char    *detail,
                 const RtColor *color)
{
  RtMapNode node = { 0 };
  gint64 *key;

  g_return_val_if_fail (RT_IS_MAP (self), 0);
  g_return_val_if_fail (kind < RT_MAP_N_NODE_KINDS, 0);

  node.kind = kind;
  node.item_id = item_id;
  node.title = g_strdup (title ? title : "");
  node.text = g_strdup (text ? text : "");
  node.detail = g_strdup (detail ? detail : "");
  node.hw = node_half[kind][0];
  node.hh = node_half[kind][1];
  if (color != NULL)
    node.color = *color;
  else
    node.color = (RtColor) { 0.6, 0.6, 0.59 };
  g_array_append_val (self->nodes, node);

  key = g_new (gint64, 1);
  *key = index_key (kind, item_id);
  g_hash_table_insert (self->index, key, GUINT_TO_POINTER (self->nodes->len));
  self->grid_dirty = TRUE;

  return self->nodes->len - 1;
}

/**
 * rt_map_set_node_text:
 * @detail: (nullable): the speaker of a card
 *
 * Changes what a node says, in place: an edited card keeps its place on the
 * map and is only redrawn.
 */
void
rt_map_set_node_text (RtMap      *self,
                      guint       node,
                      const char *text,
                      const char *detail)
{
  RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  n = &g_array_index (self->nodes, RtMapNode, node);
  g_free (n->text);
  n->text = g_strdup (text ? text : "");
  g_free (n->detail);
  n->detail = g_strdup (detail ? detail : "");
  g_clear_object (&n->text_layout);
  g_clear_object (&n->detail_layout);
}

/**
 * rt_map_get_card_theme:
 *
 * Returns: the theme id of the card @node as the map shows it, or 0 when it
 *   sits in no theme
 */
gint64
rt_map_get_card_theme (RtMap *self,
                       guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);

  for (guint i = 0; i < self->edges->len; i++)
    {
      const RtMapEdge *e = &g_array_index (self->edges, RtMapEdge, i);

      if (e->kind == RT_MAP_EDGE_CARD_THEME && (e->source == node || e->target == node))
        return g_array_index (self->nodes, RtMapNode, e->source == node ? e->target : e->source).item_id;
    }

  return 0;
}

static RtMapEdgeKind
edge_kind (RtMapNodeKind a,
           RtMapNodeKind b)
{
  if (a == RT_MAP_NODE_CARD && b == RT_MAP_NODE_THEME)
    return RT_MAP_EDGE_CARD_THEME;
  if (a == RT_MAP_NODE_THEME && b == RT_MAP_NODE_POINT)
    return RT_MAP_EDGE_THEME_POINT;
  if (a == RT_MAP_NODE_CARD && b == RT_MAP_NODE_POINT)
    return RT_MAP_EDGE_CARD_POINT;
  if (a == RT_MAP_NODE_PROPOSAL && b == RT_MAP_NODE_POINT)
    return RT_MAP_EDGE_PROPOSAL_POINT;
  return RT_MAP_EDGE_OTHER;
}

/**
 * rt_map_add_edge:
 *
 * Links two nodes: a card to its theme or to a point, a theme or a proposal
 * to a point. The kind of the link follows from the kinds of the nodes, in
 * either order.
 */
void
rt_map_add_edge (RtMap *self,
                 guint  source,
                 guint  target)
{
  RtMapEdge edge = { 0 };
  RtMapNode *a, *b;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (source < self->nodes->len && target < self->nodes->len);

  a = RT_MAP_NODE (self, source);
  b = RT_MAP_NODE (self, target);
  if (a->kind > b->kind)
    {
      guint t = source;
      RtMapNode *n = a;

      source = target;
      target = t;
      a = b;
      b = n;
    }

  edge.kind = edge_kind (b->kind, a->kind);
  edge.source = target;
  edge.target = source;
  if (edge.kind == RT_MAP_EDGE_CARD_THEME)
    b->n_cards++, a->n_cards++;
  g_array_append_val (self->edges, edge);
  self->grid_dirty = TRUE;
}

guint
rt_map_get_n_nodes (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);

  return self->nodes->len;
}

guint
rt_map_get_n_edges (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);

  return self->edges->len;
}

/**
 * rt_map_get_edge:
 * @source: (out): the card, theme or proposal end
 * @target: (out): the theme or point end
 */
void
rt_map_get_edge (RtMap *self,
                 guint  edge,
                 guint *source,
                 guint *target)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (edge < self->edges->len);

  *source = RT_MAP_EDGE (self, edge)->source;
  *target = RT_MAP_EDGE (self, edge)->target;
}

RtMapNodeKind
rt_map_get_node_kind (RtMap *self,
                      guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);
  g_return_val_if_fail (node < self->nodes->len, 0);

  return RT_MAP_NODE (self, node)->kind;
}

gint64
rt_map_get_node_item_id (RtMap *self,
                         guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), 0);
  g_return_val_if_fail (node < self->nodes->len, 0);

  return RT_MAP_NODE (self, node)->item_id;
}

const char *
rt_map_get_node_text (RtMap *self,
                      guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return RT_MAP_NODE (self, node)->text;
}

/**
 * rt_map_find_node:
 *
 * Returns: the index of the node of @kind for @item_id, or -1
 */
int
rt_map_find_node (RtMap         *self,
                  RtMapNodeKind  kind,
                  gint64         item_id)
{
  gint64 key = index_key (kind, item_id);

  g_return_val_if_fail (RT_IS_MAP (self), -1);

  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (self->index, &key)) - 1;
}

void
rt_map_get_node_position (RtMap  *self,
                          guint   node,
                          double *x,
                          double *y)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  *x = RT_MAP_NODE (self, node)->x;
  *y = RT_MAP_NODE (self, node)->y;
}

void
rt_map_move_node (RtMap  *self,
                  guint   node,
                  double  x,
                  double  y)
{
  RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  n = RT_MAP_NODE (self, node);
  n->x = x;
  n->y = y;
  n->placed = TRUE;
  self->grid_dirty = TRUE;
}

gboolean
rt_map_get_node_pinned (RtMap *self,
                        guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), FALSE);
  g_return_val_if_fail (node < self->nodes->len, FALSE);

  return RT_MAP_NODE (self, node)->pinned;
}

void
rt_map_set_node_pinned (RtMap    *self,
                        guint     node,
                        gboolean  pinned)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  RT_MAP_NODE (self, node)->pinned = !!pinned;
}

void
rt_map_get_node_rect (RtMap     *self,
                      guint      node,
                      RtMapRect *rect)
{
  const RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  n = RT_MAP_NODE (self, node);
  rect->x = n->x - n->hw;
  rect->y = n->y - n->hh;
  rect->width = 2 * n->hw;
  rect->height = 2 * n->hh;
}

/**
 * rt_map_get_bounds:
 *
 * Returns: %FALSE when the map has no nodes
 */
gboolean
rt_map_get_bounds (RtMap     *self,
                   RtMapRect *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      x0 = MIN (x0, n->x - n->hw);
      y0 = MIN (y0, n->y - n->hh);
      x1 = MAX (x1, n->x + n->hw);
      y1 = MAX (y1, n->y + n->hh);
    }

  if (self->nodes->len == 0)
    {
      *bounds = (RtMapRect) { -100, -100, 200, 200 };
      return FALSE;
    }

  *bounds = (RtMapRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

/* Spatial index */

static inline int
cell_of (const RtMapGrid *grid,
         double           v,
         double           origin,
         guint            n)
{
  int c = (int)floor ((v - origin) / grid->cell);

  return CLAMP (c, 0, (int)n - 1);
}

typedef void (*CellFunc) (guint cell, guint item, gpointer data);

static void
for_rect_cells (const RtMapGrid *grid,
                double           x0,
                double           y0,
                double           x1,
                double           y1,
                guint            item,
                CellFunc         func,
                gpointer         data)
{
  int cx0 = cell_of (grid, x0, grid->x0, grid->cols);
  int cx1 = cell_of (grid, x1, grid->x0, grid->cols);
  int cy0 = cell_of (grid, y0, grid->y0, grid->rows);
  int cy1 = cell_of (grid, y1, grid->y0, grid->rows);

  for (int cy = cy0; cy <= cy1; cy++)
    for (int cx = cx0; cx <= cx1; cx++)
      func (cy * grid->cols + cx, item, data);
}

/* Walks the cells a segment crosses (Amanatides and Woo). */
static void
for_segment_cells (const RtMapGrid *grid,
                   double           ax,
                   double           ay,
                   double           bx,
                   double           by,
                   guint            item,
                   CellFunc         func,
                   gpointer         data)
{
  int cx = cell_of (grid, ax, grid->x0, grid->cols);
  int cy = cell_of (grid, ay, grid->y0, grid->rows);
  int ex = cell_of (grid, bx, grid->x0, grid->cols);
  int ey = cell_of (grid, by, grid->y0, grid->rows);
  double dx = bx - ax, dy = by - ay;
  int sx = dx > 0 ? 1 : -1, sy = dy > 0 ? 1 : -1;
  double tdx = dx != 0 ? grid->cell / fabs (dx) : G_MAXDOUBLE;
  double tdy = dy != 0 ? grid->cell / fabs (dy) : G_MAXDOUBLE;
  double nx = grid->x0 + (cx + (sx > 0 ? 1 : 0)) * grid->cell;
  double ny = grid->y0 + (cy + (sy > 0 ? 1 : 0)) * grid->cell;
  double tx = dx != 0 ? (nx - ax) / dx : G_MAXDOUBLE;
  double ty = dy != 0 ? (ny - ay) / dy : G_MAXDOUBLE;
  guint guard = grid->cols + grid->rows + 2;

  func (cy * grid->cols + cx, item, data);
  while ((cx != ex || cy != ey) && guard-- > 0)
    {
      if (tx < ty)
        {
          cx += sx;
          tx += tdx;
        }
      else
        {
          cy += sy;
          ty += tdy;
        }
      if (cx < 0 || cy < 0 || cx >= (int)grid->cols || cy >= (int)grid->rows)
        break;
      func (cy * grid->cols + cx, item, data);
    }
}

typedef struct
{
  guint *start;
  guint *items;
  guint *fill;
} Fill;

static void
count_cell (guint    cell,
            guint    item,
            gpointer data)
{
  ((Fill *)data)->start[cell + 1]++;
}

static void
fill_cell (guint    cell,
           guint    item,
           gpointer data)
{
  Fill *f = data;

  f->items[f->start[cell] + f->fill[cell]++] = item;
}

static void
edge_cells (RtMap    *self,
            guint     e,
            CellFunc  func,
            gpointer  data)
{
  const RtMapEdge *edge = RT_MAP_EDGE (self, e);
  const RtMapNode *a = RT_MAP_NODE (self, edge->source);
  const RtMapNode *b = RT_MAP_NODE (self, edge->target);

  for_segment_cells (&self->grid, a->x, a->y, b->x, b->y, e, func, data);
}

static void
node_cells (RtMap    *self,
            guint     i,
            CellFunc  func,
            gpointer  data)
{
  const RtMapNode *n = RT_MAP_NODE (self, i);

  for_rect_cells (&self->grid, n->x - n->hw, n->y - n->hh, n->x + n->hw, n->y + n->hh, i, func, data);
}

static void
build_rows (RtMap   *self,
            guint    n_items,
            void   (*cells) (RtMap *, guint, CellFunc, gpointer),
            guint  **start_out,
            guint  **items_out)
{
  guint n_cells = self->grid.cols * self->grid.rows;
  Fill f;

  f.start = g_new0 (guint, n_cells + 1);
  for (guint i = 0; i < n_items; i++)
    cells (self, i, count_cell, &f);
  for (guint c = 0; c < n_cells; c++)
    f.start[c + 1] += f.start[c];
  f.items = g_new (guint, f.start[n_cells] + 1);
  f.fill = g_new0 (guint, n_cells);
  for (guint i = 0; i < n_items; i++)
    cells (self, i, fill_cell, &f);
  g_free (f.fill);

  g_free (*start_out);
  g_free (*items_out);
  *start_out = f.start;
  *items_out = f.items;
}

void
_rt_map_ensure_grid (RtMap *self)
{
  RtMapGrid *grid = &self->grid;
  RtMapRect bounds;

  if (!self->grid_dirty)
    return;

  rt_map_get_bounds (self, &bounds);
  grid->cell = GRID_CELL;
  while ((bounds.width / grid->cell + 1) * (bounds.height / grid->cell + 1) > 4.0 * self->nodes->len + 4096)
    grid->cell *= 2;
  grid->x0 = bounds.x;
  grid->y0 = bounds.y;
  grid->cols = (guint)(bounds.width / grid->cell) + 1;
  grid->rows = (guint)(bounds.height / grid->cell) + 1;

  build_rows (self, self->nodes->len, node_cells, &grid->node_start, &grid->node_items);
  build_rows (self, self->edges->len, edge_cells, &grid->edge_start, &grid->edge_items);

  self->grid_dirty = FALSE;
}

static int
compare_z (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  RtMap *self = data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  RtMapNodeKind ka = RT_MAP_NODE (self, ia)->kind, kb = RT_MAP_NODE (self, ib)->kind;

  if (ka != kb)
    return ka < kb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Collects the nodes (in drawing order) and edges that may touch @rect. */
void
_rt_map_query (RtMap           *self,
               const RtMapRect *rect,
               GArray          *nodes,
               GArray          *edges)
{
  const RtMapGrid *grid = &self->grid;
  int cx0, cx1, cy0, cy1;
  guint stamp;

  _rt_map_ensure_grid (self);

  stamp = ++self->stamp;
  cx0 = (int)floor ((rect->x - grid->x0) / grid->cell);
  cx1 = (int)floor ((rect->x + rect->width - grid->x0) / grid->cell);
  cy0 = (int)floor ((rect->y - grid->y0) / grid->cell);
  cy1 = (int)floor ((rect->y + rect->height - grid->y0) / grid->cell);
  if (cx1 < 0 || cy1 < 0 || cx0 >= (int)grid->cols || cy0 >= (int)grid->rows)
    return;
  cx0 = MAX (cx0, 0);
  cy0 = MAX (cy0, 0);
  cx1 = MIN (cx1, (int)grid->cols - 1);
  cy1 = MIN (cy1, (int)grid->rows - 1);

  for (int cy = cy0; cy <= cy1; cy++)
    for (int cx = cx0; cx <= cx1; cx++)
      {
        guint c = cy * grid->cols + cx;

        if (nodes != NULL)
          for (guint k = grid->node_start[c]; k < grid->node_start[c + 1]; k++)
            {
              guint i = grid->node_items[k];
              RtMapNode *n = RT_MAP_NODE (self, i);

              if (n->stamp == stamp)
                continue;
              n->stamp = stamp;
              if (n->x + n->hw < rect->x || n->x - n->hw > rect->x + rect->width ||
                  n->y + n->hh < rect->y || n->y - n->hh > rect->y + rect->height)
                continue;
              g_array_append_val (nodes, i);
            }

        if (edges != NULL)
          for (guint k = grid->edge_start[c]; k < grid->edge_start[c + 1]; k++)
            {
              guint e = grid->edge_items[k];
              RtMapEdge *edge = RT_MAP_EDGE (self, e);

              if (edge->stamp == stamp)
                continue;
              edge->stamp = stamp;
              g_array_append_val (edges, e);
            }
      }

  if (nodes != NULL)
    g_array_sort_with_data (nodes, compare_z, self);
}

static gboolean
node_contains (const RtMapNode *n,
               double           x,
               double           y)
{
  double dx = x - n->x, dy = y - n->y;

  if (n->kind == RT_MAP_NODE_POINT)
    return dx * dx + dy * dy <= n->hw * n->hw;

  return fabs (dx) <= n->hw && fabs (dy) <= n->hh;
}

/**
 * rt_map_hit_test:
 * @x: a map coordinate
 * @y: a map coordinate
 *
 * Returns: the topmost node at (@x, @y), or -1 when there is none
 */
int
rt_map_hit_test (RtMap  *self,
                 double  x,
                 double  y)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  RtMapRect rect = { x - 0.5, y - 0.5, 1, 1 };

  g_return_val_if_fail (RT_IS_MAP (self), -1);

  _rt_map_query (self, &rect, nodes, NULL);

  for (guint k = nodes->len; k > 0; k--)
    {
      guint i = g_array_index (nodes, guint, k - 1);

      if (node_contains (RT_MAP_NODE (self, i), x, y))
        return i;
    }

  return -1;
}

/* Positions and layout */

/**
 * rt_map_get_complete:
 *
 * Returns: whether every node has a position
 */
gboolean
rt_map_get_complete (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  for (guint i = 0; i < self->nodes->len; i++)
    if (!RT_MAP_NODE (self, i)->placed)
      return FALSE;

  return TRUE;
}

void
rt_map_apply_positions (RtMap               *self,
                        const RtMapPosition *positions,
                        guint                n_positions)
{
  g_return_if_fail (RT_IS_MAP (self));

  for (guint k = 0; k < n_positions; k++)
    {
      int i = rt_map_find_node (self, positions[k].kind, positions[k].item_id);

      if (i >= 0)
        {
          RtMapNode *n = RT_MAP_NODE (self, i);

          n->x = positions[k].x;
          n->y = positions[k].y;
          n->pinned = !!positions[k].pinned;
          n->placed = TRUE;
        }
    }

  self->grid_dirty = TRUE;
}

/**
 * rt_map_get_positions:
 *
 * Returns: (transfer full) (element-type RtMapPosition): where every placed
 *   node stands, to be saved with rt_committee_set_map_positions()
 */
GArray *
rt_map_get_positions (RtMap *self)
{
  GArray *positions;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);

  positions = g_array_sized_new (FALSE, TRUE, sizeof (RtMapPosition), self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapPosition p = { n->kind, n->item_id, n->x, n->y, n->pinned };

      if (n->placed)
        g_array_append_val (positions, p);
    }

  return positions;
}

/* Where points and perspectives stand on a map nobody arranged yet: the
 * points on a circle in the middle, the perspectives just outside it. */
static void
place_framework (RtMap *self)
{
  guint n_points = 0, n_perspectives = 0, p = 0, q = 0;
  double radius, outer;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNodeKind kind = RT_MAP_NODE (self, i)->kind;

      n_points += kind == RT_MAP_NODE_POINT;
      n_perspectives += kind == RT_MAP_NODE_PERSPECTIVE;
    }

  radius = n_points <= 1 ? 0 : MAX (220, n_points * 230 / (2 * G_PI));
  outer = radius + 230;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->kind == RT_MAP_NODE_POINT)
        {
          double angle = -G_PI / 2 + 2 * G_PI * p++ / MAX (n_points, 1);

          if (!n->placed)
            {
              n->x = radius * cos (angle);
              n->y = radius * sin (angle);
              n->placed = TRUE;
              n->pinned = TRUE;
            }
        }
      else if (n->kind == RT_MAP_NODE_PERSPECTIVE)
        {
          double angle = -G_PI / 4 + 2 * G_PI * q++ / MAX (n_perspectives, 1);

          if (!n->placed)
            {
              n->x = outer * 1.25 * cos (angle);
              n->y = outer * sin (angle);
              n->placed = TRUE;
              n->pinned = TRUE;
            }
        }
    }
}

/**
 * rt_map_create_layout:
 * @keep_positions: whether unpinned nodes start where they stand now
 *
 * Makes the layout problem of this map: pinned nodes stay where they are;
 * points and perspectives without a position are pinned on a circle.
 *
 * Returns: (transfer full): the layout, ready to run
 */
RtMapLayout *
rt_map_create_layout (RtMap    *self,
                      guint32   seed,
                      gboolean  keep_positions)
{
  RtMapLayout *layout;
  guint n_kept = 0;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);

  if (!keep_positions)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        RtMapNode *n = RT_MAP_NODE (self, i);

        if (!n->pinned)
          n->placed = FALSE;
      }

  place_framework (self);

  layout = rt_map_layout_new (seed);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      rt_map_layout_add_node (layout, n->hw, n->hh, node_charge[n->kind]);
      if (n->placed)
        {
          rt_map_layout_set_position (layout, i, n->x, n->y, n->pinned);
          n_kept += !n->pinned;
        }
    }

  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);
      const RtMapNode *b = RT_MAP_NODE (self, edge->target);
      double length, strength;

      switch (edge->kind)
        {
        case RT_MAP_EDGE_CARD_THEME:
          /* Cards fill a disc around their theme; the spring's rest length
           * is their mean distance from its centre. */
          length = MAX (170, 62 * sqrt (b->n_cards) + 70);
          strength = 0.08;
          break;

        case RT_MAP_EDGE_THEME_POINT:
          length = 300;
          strength = 0.05;
          break;

        case RT_MAP_EDGE_CARD_POINT:
          length = 340;
          strength = 0.015;
          break;

        case RT_MAP_EDGE_PROPOSAL_POINT:
          length = 170;
          strength = 0.1;
          break;

        case RT_MAP_EDGE_OTHER:
        case RT_MAP_N_EDGE_KINDS:
        default:
          length = 250;
          strength = 0.03;
          break;
        }

      rt_map_layout_add_edge (layout, edge->source, edge->target, length, strength);
    }

  /* Tidying a map that mostly stands already must not scramble it. */
  if (keep_positions && n_kept > self->nodes->len / 2)
    rt_map_layout_set_temperature (layout, 40);

  return layout;
}

void
rt_map_set_layout_positions (RtMap        *self,
                             const double *xy,
                             guint         n_nodes)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (n_nodes == self->nodes->len);

  for (guint i = 0; i < n_nodes; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->pinned && n->placed)
        continue;
      n->x = xy[2 * i];
      n->y = xy[2 * i + 1];
      n->placed = TRUE;
    }

  self->grid_dirty = TRUE;
}

/**
 * rt_map_layout_now:
 *
 * Lays the map out in the calling thread, to the end: for the command line
 * and tests. The window uses rt_map_layout_run_async() instead.
 */
void
rt_map_layout_now (RtMap    *self,
                   guint32   seed,
                   gboolean  keep_positions)
{
  g_autoptr(RtMapLayout) layout = NULL;

  g_return_if_fail (RT_IS_MAP (self));

  layout = rt_map_create_layout (self, seed, keep_positions);
  rt_map_layout_run (layout);
  rt_map_set_layout_positions (self, rt_map_layout_get_positions (layout), self->nodes->len);
}

/* Selection and focus */

int
rt_map_get_selected (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), -1);

  return self->selected;
}

void
rt_map_set_selected (RtMap *self,
                     int    node)
{
  g_return_if_fail (RT_IS_MAP (self));

  self->selected = node >= 0 && (guint)node < self->nodes->len ? node : -1;
}

int
rt_map_get_focus (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), -1);

  return self->focus;
}

/**
 * rt_map_set_focus:
 * @node: a node, or -1 for none
 *
 * Dims every node not connected to @node: its neighbours stay lit, and so
 * do the cards of a theme that is lit through a point.
 */
void
rt_map_set_focus (RtMap *self,
                  int    node)
{
  g_return_if_fail (RT_IS_MAP (self));

  if (node < 0 || (guint)node >= self->nodes->len)
    node = -1;

  self->focus = node;

  for (guint i = 0; i < self->nodes->len; i++)
    RT_MAP_NODE (self, i)->lit = node < 0;

  if (node < 0)
    return;

  RT_MAP_NODE (self, node)->lit = TRUE;
  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);

      if (edge->source == (guint)node)
        RT_MAP_NODE (self, edge->target)->lit = TRUE;
      else if (edge->target == (guint)node)
        RT_MAP_NODE (self, edge->source)->lit = TRUE;
    }

  if (RT_MAP_NODE (self, node)->kind == RT_MAP_NODE_POINT)
    for (guint e = 0; e < self->edges->len; e++)
      {
        const RtMapEdge *edge = RT_MAP_EDGE (self, e);

        if (edge->kind == RT_MAP_EDGE_CARD_THEME && RT_MAP_NODE (self, edge->target)->lit &&
            RT_MAP_NODE (self, edge->target)->kind == RT_MAP_NODE_THEME)
          RT_MAP_NODE (self, edge->source)->lit = TRUE;
      }
}

/* From a committee */

static void
add_points (RtMap       *self,
            RtCommittee *committee)
{
  GListModel *frameworks = rt_committee_get_frameworks (committee);

  for (guint f = 0; f < g_list_model_get_n_items (frameworks); f++)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (frameworks, f);
      g_autoptr(GListModel) points = rt_committee_list_points (committee, rt_framework_get_id (framework));

      for (guint i = 0; i < g_list_model_get_n_items (points); i++)
        {
          g_autoptr(RtPoint) point = g_list_model_get_item (points, i);
          /* TRANSLATORS: a discussion point by its number: 論点3 */
          g_autofree char *title = g_strdup_printf (_("Point %d"), rt_point_get_number (point));

          rt_map_add_node (self, RT_MAP_NODE_POINT, rt_point_get_id (point),
                           title, rt_point_get_title (point), NULL, NULL);
        }
    }
}

/**
 * rt_map_new_for_audience:
 * @content: what may be shown
 *
 * Reads the map of @committee: its nodes, links and saved positions. Nodes
 * without a saved position have none until a layout places them. Speakers
 * are named as cards name them (林委員).
 *
 * Returns: (transfer full): the map, or %NULL with @error set
 */
RtMap *
rt_map_new_for_audience (RtCommittee   *committee,
                         RtMapContent   content,
                         GError       **error)
{
  return rt_map_new_for_output (committee, content, NULL, RT_OUTPUT_MAP, RT_SPEAKER_DISPLAY_REAL, error);
}

/**
 * rt_map_new_for_output:
 * @content: what may be shown
 * @speakers: (nullable): the committee's speaker display policy, to name
 *   the speakers of cards as @output does; %NULL names them as cards do
 * @display: a display for this output only, or %RT_SPEAKER_DISPLAY_DEFAULT
 *
 * As rt_map_new_for_audience(), with speakers named by the committee's
 * display policy for @output (the projector, a handout, render-map).
 *
 * Returns: (transfer full): the map, or %NULL with @error set
 */
RtMap *
rt_map_new_for_output (RtCommittee       *committee,
                       RtMapContent       content,
                       RtSpeakerPolicy   *speakers,
                       RtOutput           output,
                       RtSpeakerDisplay   display,
                       GError           **error)
{
  g_autoptr(RtMap) self = NULL;
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GArray) positions = NULL;
  GListModel *list;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(proposals = rt_committee_get_proposals (committee, error)) ||
      !(links = rt_committee_get_point_links (committee, error)) ||
      !(positions = rt_committee_get_map_positions (committee, error)))
    return NULL;

  self = rt_map_new ();

  add_points (self, committee);

  for (guint i = 0; i < proposals->len; i++)
    {
      const RtPointText *proposal = g_ptr_array_index (proposals, i);
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, proposal->point_id);
      guint node = rt_map_add_node (self, RT_MAP_NODE_PROPOSAL, proposal->id, NULL, proposal->text, NULL, NULL);

      if (point >= 0)
        rt_map_add_edge (self, node, point);
    }

  list = rt_committee_get_perspectives (committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtPerspective) perspective = g_list_model_get_item (list, i);
      g_autofree char *title = g_strdup_printf ("(%d)", rt_perspective_get_number (perspective));

      rt_map_add_node (self, RT_MAP_NODE_PERSPECTIVE, rt_perspective_get_id (perspective),
                       title, rt_perspective_get_title (perspective), NULL, NULL);
    }

  list = rt_committee_get_themes (committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (list, i);
      RtColor color;

      if (!rt_color_parse (rt_theme_get_color (theme), &color))
        rt_color_for_index (i, &color);
      rt_map_add_node (self, RT_MAP_NODE_THEME, rt_theme_get_id (theme), NULL,
                       rt_theme_get_name (theme), NULL, &color);
    }

  for (guint i = 0; i < links->len; i++)
    {
      const RtPointLink *link = &g_array_index (links, RtPointLink, i);
      int theme = link->theme_id != 0 ? rt_map_find_node (self, RT_MAP_NODE_THEME, link->theme_id) : -1;
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, link->point_id);

      if (theme >= 0 && point >= 0)
        rt_map_add_edge (self, theme, point);
    }

  list = rt_committee_get_cards (committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (list, i);
      int theme = rt_map_find_node (self, RT_MAP_NODE_THEME, rt_card_get_theme_id (card));
      const RtColor *color = theme >= 0 ? &RT_MAP_NODE (self, theme)->color : NULL;
      RtVisibility visibility = rt_card_get_visibility (card);
      g_autofree char *named = NULL;
      const char *speaker = rt_card_get_speaker (card);
      guint node;

      if ((content & RT_MAP_CONTENT_PUBLIC_ONLY) && visibility == RT_VISIBILITY_PRIVATE)
        continue;
      /* The secretariat's own map shows every speaker. */
      if (speakers != NULL)
        speaker = named = rt_speaker_policy_name (speakers, output, display, rt_card_get_speaker_id (card),
                                                  (content & RT_MAP_CONTENT_PUBLIC_ONLY) ? visibility
                                                                                          : RT_VISIBILITY_PUBLIC);
      if ((content & RT_MAP_CONTENT_HIDE_SPEAKERS) ||
          ((content & RT_MAP_CONTENT_PUBLIC_ONLY) && visibility == RT_VISIBILITY_ANONYMOUS))
        speaker = NULL;

      node = rt_map_add_node (self, RT_MAP_NODE_CARD, rt_card_get_id (card), NULL,
                              rt_card_get_text (card), speaker, color);
      if (theme >= 0)
        rt_map_add_edge (self, node, theme);
    }

  for (guint i = 0; i < links->len; i++)
    {
      const RtPointLink *link = &g_array_index (links, RtPointLink, i);
      int card = link->card_id != 0 ? rt_map_find_node (self, RT_MAP_NODE_CARD, link->card_id) : -1;
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, link->point_id);

      if (card >= 0 && point >= 0)
        rt_map_add_edge (self, card, point);
    }

  rt_map_apply_positions (self, (const RtMapPosition *)(gpointer)positions->data, positions->len);

  return g_steal_pointer (&self);
}

/**
 * rt_map_new_from_committee:
 *
 * The whole map, as the secretariat edits it: every card, every speaker.
 *
 * Returns: (transfer full): the map, or %NULL with @error set
 */
RtMap *
rt_map_new_from_committee (RtCommittee  *committee,
                           GError      **error)
{
  return rt_map_new_for_audience (committee, RT_MAP_CONTENT_ALL, error);
}
