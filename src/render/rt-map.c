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
 * them. Every box is as large as its text (rt-map-text.c). The cards of a
 * theme are docked in its block, a panel under the theme's header, unless
 * they were placed by hand; the proposals of a point are listed under it on
 * a focused map and hidden on the whole map. The map knows where each node
 * stands, which node is under a given spot, and keeps a uniform grid so that
 * drawing a part of a large map costs only what that part holds. Painting is
 * in rt-map-paint.c, the structured arrangement in rt-map-arrange.c. */

G_DEFINE_FINAL_TYPE (RtMap, rt_map, G_TYPE_OBJECT)

G_DEFINE_QUARK (rt-map-error-quark, rt_map_error)

#define GRID_CELL 256.0

/* The shape the force layout aims at: a screen or a sheet, wider than high. */
#define LAYOUT_ASPECT 1.6

static const double node_charge[RT_MAP_N_NODE_KINDS] = {
  [RT_MAP_NODE_POINT] = 2.0,
  [RT_MAP_NODE_PROPOSAL] = 1.0,
  [RT_MAP_NODE_PERSPECTIVE] = 1.5,
  [RT_MAP_NODE_THEME] = 1.0,
  [RT_MAP_NODE_CARD] = 1.0,
};

static void
clear_node (RtMapNode *node)
{
  g_free (node->title);
  g_free (node->text);
  g_free (node->detail);
  g_free (node->links);
  g_clear_object (&node->text_layout);
  g_clear_object (&node->detail_layout);
  g_clear_object (&node->links_layout);
  g_clear_object (&node->fold_header);
  g_clear_pointer (&node->fold_lines, g_array_unref);
  g_clear_pointer (&node->kids, g_array_unref);
  g_clear_object (&node->fold_layout);
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

  _rt_map_clear_layouts (self);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->curves, g_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
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
  self->curves = g_array_new (FALSE, TRUE, sizeof (RtMapCurve));
  self->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->selected = -1;
  self->focus = -1;
  self->subject = -1;
  self->print_min_text = 6.5;
  self->grid_dirty = TRUE;
  self->blocks_dirty = TRUE;
  self->curves_dirty = TRUE;
}

RtMap *
rt_map_new (void)
{
  return g_object_new (RT_TYPE_MAP, NULL);
}

void
_rt_map_invalidate (RtMap *self)
{
  self->grid_dirty = TRUE;
  self->curves_dirty = TRUE;
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
  node.parent = -1;
  node.home = -1;
  node.lit = TRUE;
  if (color != NULL)
    node.color = *color;
  else
    node.color = (RtColor) { 0.6, 0.6, 0.59 };
  g_array_append_val (self->nodes, node);

  key = g_new (gint64, 1);
  *key = index_key (kind, item_id);
  g_hash_table_insert (self->index, key, GUINT_TO_POINTER (self->nodes->len));
  self->blocks_dirty = TRUE;
  _rt_map_invalidate (self);

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
 * either order. A card's first theme is its home, where it is docked.
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

  /* Now a is the point or theme end, b the card, theme or proposal end. */
  edge.kind = edge_kind (b->kind, a->kind);
  edge.source = target;
  edge.target = source;
  if (edge.kind == RT_MAP_EDGE_CARD_THEME)
    {
      a->n_cards++;
      b->n_cards++;
      if (b->home < 0)
        b->home = source;
      a->sized = FALSE;
    }
  else if (edge.kind == RT_MAP_EDGE_PROPOSAL_POINT && b->home < 0)
    b->home = source;
  else if (edge.kind == RT_MAP_EDGE_CARD_POINT)
    /* The card says which points it is linked to. */
    b->sized = FALSE;

  g_array_append_val (self->edges, edge);
  self->blocks_dirty = TRUE;
  _rt_map_invalidate (self);
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
 * rt_map_get_node_title:
 *
 * Returns: a point's number as the committee says it (論点3), a
 *   perspective's ((2)), or ""
 */
const char *
rt_map_get_node_title (RtMap *self,
                       guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return RT_MAP_NODE (self, node)->title;
}

/**
 * rt_map_dup_node_words:
 *
 * Returns: (transfer full): the words the node shows in its box, as cut to
 *   fit (a card's first lines ending in …)
 */
char *
rt_map_dup_node_words (RtMap *self,
                       guint  node)
{
  RtMapNode *n;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  _rt_map_ensure_blocks (self);
  n = RT_MAP_NODE (self, node);
  if (!n->sized)
    _rt_map_size_node (self, n);

  return g_strdup (pango_layout_get_text (n->text_layout));
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

/* Docking */

static double
masonry (RtMap        *self,
         const GArray *children,
         guint         columns,
         double       *dx,
         double       *dy)
{
  double bottom[16] = { 0 };
  double tallest = 0;

  g_assert (columns >= 1 && columns <= G_N_ELEMENTS (bottom));

  for (guint k = 0; k < children->len; k++)
    {
      RtMapNode *c = RT_MAP_NODE (self, g_array_index (children, guint, k));
      guint col = 0;

      /* The shortest column, so that the cards read in rows. */
      for (guint j = 1; j < columns; j++)
        if (bottom[j] < bottom[col] - 0.5)
          col = j;

      if (dx != NULL)
        {
          dx[k] = col * (RT_MAP_CARD_WIDTH + RT_MAP_GAP) + RT_MAP_CARD_WIDTH / 2;
          dy[k] = bottom[col] + c->hh;
        }
      bottom[col] += 2 * c->hh + RT_MAP_GAP;
      tallest = MAX (tallest, bottom[col]);
    }

  return MAX (0, tallest - RT_MAP_GAP);
}

static guint
block_columns (RtMap        *self,
               RtMapNode    *n,
               const GArray *children)
{
  guint best = 1;
  double best_score = G_MAXDOUBLE;

  if (n->columns > 0)
    return MIN (n->columns, MAX (children->len, 1));

  /* Blocks a little wider than high pack well on a screen or a sheet. */
  for (guint k = 1; k <= MIN (children->len, 8); k++)
    {
      double w = k * RT_MAP_CARD_WIDTH + (k - 1) * RT_MAP_GAP + 2 * RT_MAP_BLOCK_PAD;
      double h = masonry (self, children, k, NULL, NULL) + 40;
      double score = fabs (log (w / h / 1.3));

      if (score < best_score - 1e-9)
        {
          best_score = score;
          best = k;
        }
    }

  return best;
}

static void
dock_block (RtMap     *self,
            guint      parent,
            GArray    *children)
{
  RtMapNode *n = RT_MAP_NODE (self, parent);
  g_autofree double *dx = g_new (double, children->len + 1);
  g_autofree double *dy = g_new (double, children->len + 1);
  double inner, height, top;
  guint columns;

  if (n->kind == RT_MAP_NODE_THEME)
    {
      columns = children->len > 0 ? block_columns (self, n, children) : 1;
      inner = columns * RT_MAP_CARD_WIDTH + (columns - 1) * RT_MAP_GAP;
      height = masonry (self, children, columns, dx, dy);
      n->bw = children->len > 0 ? inner + 2 * RT_MAP_BLOCK_PAD : RT_MAP_CARD_WIDTH;
      _rt_map_size_node (self, n);
      top = 2 * n->hh + RT_MAP_BLOCK_PAD;
      n->bh = 2 * n->hh + (children->len > 0 ? height + 2 * RT_MAP_BLOCK_PAD : 0);
      for (guint k = 0; k < children->len; k++)
        {
          RtMapNode *c = RT_MAP_NODE (self, g_array_index (children, guint, k));

          c->parent = parent;
          c->dx = -n->bw / 2 + RT_MAP_BLOCK_PAD + dx[k];
          c->dy = -n->hh + top + dy[k];
        }
    }
  else
    {
      /* A point's proposals in a column under it. */
      double y;

      if (!n->sized)
        _rt_map_size_node (self, n);
      y = n->hh + RT_MAP_GAP;
      n->bw = 2 * n->hw;
      for (guint k = 0; k < children->len; k++)
        {
          RtMapNode *c = RT_MAP_NODE (self, g_array_index (children, guint, k));

          c->parent = parent;
          c->dx = 0;
          c->dy = y + c->hh;
          y += 2 * c->hh + RT_MAP_GAP;
        }
      n->bh = y - RT_MAP_GAP + n->hh;
    }

  n->n_docked = children->len;
  g_clear_pointer (&n->kids, g_array_unref);
  n->kids = g_array_ref (children);
  g_clear_object (&n->fold_layout);
  g_clear_object (&n->fold_header);
}

/* Docked nodes stand where their parent's block puts them. */
void
_rt_map_place_children (RtMap *self)
{
  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *c = RT_MAP_NODE (self, i);

      if (c->parent >= 0)
        {
          RtMapNode *p = RT_MAP_NODE (self, c->parent);

          c->x = p->x + c->dx;
          c->y = p->y + c->dy;
          c->placed = p->placed;
        }
    }
}

static void
unref_array (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

/**
 * _rt_map_ensure_blocks:
 *
 * Sizes the nodes from their text and docks the cards of each theme in its
 * block (except cards pinned by hand), and the proposals of each point under
 * it (or hides them, on the whole map).
 */
void
_rt_map_ensure_blocks (RtMap *self)
{
  g_autoptr(GPtrArray) children = NULL;

  if (!self->blocks_dirty)
    return;

  children = g_ptr_array_new_with_free_func (unref_array);

  /* A card names the points it is linked to: a link a person can follow
   * even where the line from its theme's block is one of many. */
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    g_ptr_array_set_size (names, self->nodes->len);
    for (guint e = 0; e < self->edges->len; e++)
      {
        const RtMapEdge *edge = RT_MAP_EDGE (self, e);
        char *before;

        /* On the map of a point, every card is linked to it. */
        if (edge->kind != RT_MAP_EDGE_CARD_POINT || (int)edge->target == self->subject)
          continue;
        before = names->pdata[edge->source];
        names->pdata[edge->source] = before == NULL ? g_strdup (RT_MAP_NODE (self, edge->target)->title)
                                                    : g_strconcat (before, "・", RT_MAP_NODE (self, edge->target)->title, NULL);
        g_free (before);
      }
    for (guint i = 0; i < self->nodes->len; i++)
      {
        RtMapNode *n = RT_MAP_NODE (self, i);

        if (g_strcmp0 (n->links, names->pdata[i]) != 0)
          {
            g_free (n->links);
            n->links = g_steal_pointer (&names->pdata[i]);
            n->sized = FALSE;
          }
      }
  }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      g_ptr_array_add (children, NULL);
      if (n->kind != RT_MAP_NODE_THEME && n->kind != RT_MAP_NODE_POINT && !n->sized)
        _rt_map_size_node (self, n);
      n->parent = -1;
      n->hidden = FALSE;
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);
      GArray *list;

      if (n->home < 0)
        continue;
      if (n->kind == RT_MAP_NODE_PROPOSAL && !self->show_proposals)
        {
          n->hidden = TRUE;
          continue;
        }
      if (n->kind == RT_MAP_NODE_CARD && n->pinned)
        continue;

      if ((list = g_ptr_array_index (children, n->home)) == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          children->pdata[n->home] = list;
        }
      g_array_append_val (list, i);
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);
      g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (guint));

      if (n->kind == RT_MAP_NODE_THEME || n->kind == RT_MAP_NODE_POINT)
        dock_block (self, i, children->pdata[i] ? children->pdata[i] : none);
    }

  self->blocks_dirty = FALSE;
  _rt_map_place_children (self);
  _rt_map_invalidate (self);
}

/**
 * _rt_map_get_block:
 *
 * The whole extent of a node: a theme with its docked cards, a point with
 * its proposals, otherwise its box.
 */
void
_rt_map_get_block (RtMap     *self,
                   guint      node,
                   RtMapRect *rect)
{
  const RtMapNode *n = RT_MAP_NODE (self, node);

  if (n->kind == RT_MAP_NODE_THEME || n->kind == RT_MAP_NODE_POINT)
    *rect = (RtMapRect) { n->x - n->bw / 2, n->y - n->hh, n->bw, n->bh };
  else
    *rect = (RtMapRect) { n->x - n->hw, n->y - n->hh, 2 * n->hw, 2 * n->hh };
}

void
rt_map_get_node_position (RtMap  *self,
                          guint   node,
                          double *x,
                          double *y)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  _rt_map_ensure_blocks (self);
  *x = RT_MAP_NODE (self, node)->x;
  *y = RT_MAP_NODE (self, node)->y;
}

/**
 * rt_map_move_node:
 *
 * Moves a node; a theme or a point takes its docked nodes along. A docked
 * card moved on its own leaves its theme's block (pin it to keep it out).
 */
void
rt_map_move_node (RtMap  *self,
                  guint   node,
                  double  x,
                  double  y)
{
  RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  _rt_map_ensure_blocks (self);
  n = RT_MAP_NODE (self, node);
  if (n->parent >= 0)
    {
      /* Out of the block: the others close up when it is pinned. */
      n->parent = -1;
    }
  n->x = x;
  n->y = y;
  n->placed = TRUE;
  _rt_map_place_children (self);
  _rt_map_invalidate (self);
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
  RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  n = RT_MAP_NODE (self, node);
  if (n->pinned == !!pinned)
    return;
  n->pinned = !!pinned;
  /* A pinned card leaves its block, an unpinned one goes back. */
  if (n->kind == RT_MAP_NODE_CARD && n->home >= 0)
    {
      self->blocks_dirty = TRUE;
      _rt_map_invalidate (self);
    }
}

/**
 * rt_map_get_node_visible:
 *
 * Returns: whether the node is drawn: the proposals of the whole map are not
 */
gboolean
rt_map_get_node_visible (RtMap *self,
                         guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), FALSE);
  g_return_val_if_fail (node < self->nodes->len, FALSE);

  _rt_map_ensure_blocks (self);
  return !RT_MAP_NODE (self, node)->hidden;
}

/**
 * rt_map_get_node_parent:
 *
 * Returns: the theme whose block a card is docked in, the point a proposal
 *   is listed under, or -1
 */
int
rt_map_get_node_parent (RtMap *self,
                        guint  node)
{
  g_return_val_if_fail (RT_IS_MAP (self), -1);
  g_return_val_if_fail (node < self->nodes->len, -1);

  _rt_map_ensure_blocks (self);
  return RT_MAP_NODE (self, node)->parent;
}

void
rt_map_get_node_rect (RtMap     *self,
                      guint      node,
                      RtMapRect *rect)
{
  const RtMapNode *n;

  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  _rt_map_ensure_blocks (self);
  n = RT_MAP_NODE (self, node);
  rect->x = n->x - n->hw;
  rect->y = n->y - n->hh;
  rect->width = 2 * n->hw;
  rect->height = 2 * n->hh;
}

/**
 * rt_map_get_node_extent:
 *
 * The rectangle a node takes on the map: a theme with the cards docked in
 * its block, a point with the proposals under it, otherwise its box.
 */
void
rt_map_get_node_extent (RtMap     *self,
                        guint      node,
                        RtMapRect *rect)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (node < self->nodes->len);

  _rt_map_ensure_blocks (self);
  _rt_map_get_block (self, node, rect);
}

/**
 * rt_map_get_bounds:
 *
 * Returns: %FALSE when the map has no visible nodes
 */
gboolean
rt_map_get_bounds (RtMap     *self,
                   RtMapRect *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n_visible = 0;

  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  _rt_map_ensure_blocks (self);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect r;

      if (n->hidden || n->parent >= 0)
        continue;
      _rt_map_get_block (self, i, &r);
      x0 = MIN (x0, r.x);
      y0 = MIN (y0, r.y);
      x1 = MAX (x1, r.x + r.width);
      y1 = MAX (y1, r.y + r.height);
      n_visible++;
    }

  if (n_visible == 0)
    {
      *bounds = (RtMapRect) { -100, -100, 200, 200 };
      return FALSE;
    }

  *bounds = (RtMapRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

/* Links */

static guint
owner_of (RtMap *self,
          guint  node)
{
  const RtMapNode *n = RT_MAP_NODE (self, node);

  return n->parent >= 0 ? (guint)n->parent : node;
}

static int
compare_links (gconstpointer a,
               gconstpointer b)
{
  const RtMapCurve *x = a, *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* In the structured arrangement boxes stand in columns, the points one over
 * the other: a link between two columns leaves each box by the side that
 * faces the other, level with it as far as the box allows, and bends only
 * in the gap between them — it never runs down a column across the boxes
 * stacked there, as a straight link from box to box does. Boxes in one
 * column are linked as anywhere else. */
static void
side_curve (const double *a,
            const double *b,
            double       *c)
{
  double dx = b[0] - a[0];
  double side = dx > 0 ? 1 : -1;

  if (fabs (dx) - a[2] - b[2] <= RT_MAP_GAP)
    {
      rt_map_layout_curve (a, b, c);
      return;
    }

  c[0] = a[0] + side * a[2];
  c[1] = CLAMP (b[1], a[1] - 0.7 * a[3], a[1] + 0.7 * a[3]);
  c[4] = b[0] - side * b[2];
  c[5] = CLAMP (a[1], b[1] - 0.7 * b[3], b[1] + 0.7 * b[3]);
  /* Level out of the first box; the control point between the two keeps
   * the whole curve in the gap. */
  c[2] = (c[0] + c[4]) / 2;
  c[3] = c[1];
}

/* The links as drawn: for each pair of boxes, the edges between them taken
 * together, as curves from box edge to box edge. An edge inside a block (a
 * card and its own theme, a proposal and its point) is no link: the block
 * shows it. */
void
_rt_map_ensure_curves (RtMap *self)
{
  guint out = 0;

  _rt_map_ensure_blocks (self);
  if (!self->curves_dirty)
    return;

  g_array_set_size (self->curves, 0);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);
      RtMapCurve link = { 0 };

      if (RT_MAP_NODE (self, edge->source)->hidden || RT_MAP_NODE (self, edge->target)->hidden)
        continue;
      link.source = owner_of (self, edge->source);
      link.target = owner_of (self, edge->target);
      if (link.source == link.target)
        continue;
      /* A card docked elsewhere than in this theme is linked to it from there. */
      link.kind = edge->kind;
      if (edge->kind == RT_MAP_EDGE_CARD_POINT && link.source != edge->source)
        link.kind = RT_MAP_EDGE_THEME_POINT;
      link.weight = edge->kind == RT_MAP_EDGE_THEME_POINT ? 2 : 1;
      g_array_append_val (self->curves, link);
    }

  /* One link per pair of boxes, as heavy as its edges. */
  g_array_sort (self->curves, compare_links);
  for (guint k = 0; k < self->curves->len; k++)
    {
      RtMapCurve *link = RT_MAP_CURVE (self, k);

      if (out > 0)
        {
          RtMapCurve *last = RT_MAP_CURVE (self, out - 1);

          if (last->source == link->source && last->target == link->target)
            {
              last->weight += link->weight;
              continue;
            }
        }
      *RT_MAP_CURVE (self, out++) = *link;
    }
  g_array_set_size (self->curves, out);

  for (guint k = 0; k < self->curves->len; k++)
    {
      RtMapCurve *link = RT_MAP_CURVE (self, k);
      RtMapRect ra, rb;
      double a[4], b[4], c[6];

      _rt_map_get_block (self, link->source, &ra);
      _rt_map_get_block (self, link->target, &rb);
      a[0] = ra.x + ra.width / 2, a[1] = ra.y + ra.height / 2, a[2] = ra.width / 2, a[3] = ra.height / 2;
      b[0] = rb.x + rb.width / 2, b[1] = rb.y + rb.height / 2, b[2] = rb.width / 2, b[3] = rb.height / 2;
      if (self->side_links)
        side_curve (a, b, c);
      else
        rt_map_layout_curve (a, b, c);
      link->ax = c[0], link->ay = c[1];
      link->cx = c[2], link->cy = c[3];
      link->bx = c[4], link->by = c[5];
    }

  self->curves_dirty = FALSE;
}

/**
 * _rt_map_flatten_curve:
 * @points: room for 2 × @n_points doubles
 *
 * Points along the link's curve, from its source to its target.
 */
void
_rt_map_flatten_curve (const RtMapCurve *link,
                      double          *points,
                      guint            n_points)
{
  for (guint k = 0; k < n_points; k++)
    {
      double t = n_points > 1 ? k / (double)(n_points - 1) : 0, u = 1 - t;

      points[2 * k] = u * u * link->ax + 2 * u * t * link->cx + t * t * link->bx;
      points[2 * k + 1] = u * u * link->ay + 2 * u * t * link->cy + t * t * link->by;
    }
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

/* Rows of items per cell. A curve's segments meet in shared cells: an item
 * is listed once per cell (its cells are visited one after the other). */
typedef struct
{
  guint *start;
  guint *items;
  guint *fill;
  guint *last;
} Fill;

static void
count_cell (guint    cell,
            guint    item,
            gpointer data)
{
  Fill *f = data;

  if (f->last[cell] == item)
    return;
  f->last[cell] = item;
  f->start[cell + 1]++;
}

static void
fill_cell (guint    cell,
           guint    item,
           gpointer data)
{
  Fill *f = data;

  if (f->last[cell] == item)
    return;
  f->last[cell] = item;
  f->items[f->start[cell] + f->fill[cell]++] = item;
}

#define LINK_SEGMENTS 8

static void
link_cells (RtMap    *self,
            guint     k,
            CellFunc  func,
            gpointer  data)
{
  double p[2 * (LINK_SEGMENTS + 1)];

  _rt_map_flatten_curve (RT_MAP_CURVE (self, k), p, LINK_SEGMENTS + 1);
  for (guint s = 0; s < LINK_SEGMENTS; s++)
    for_segment_cells (&self->grid, p[2 * s], p[2 * s + 1], p[2 * s + 2], p[2 * s + 3], k, func, data);
}

static void
node_cells (RtMap    *self,
            guint     i,
            CellFunc  func,
            gpointer  data)
{
  const RtMapNode *n = RT_MAP_NODE (self, i);
  RtMapRect r;

  if (n->hidden)
    return;
  _rt_map_get_block (self, i, &r);
  for_rect_cells (&self->grid, r.x, r.y, r.x + r.width, r.y + r.height, i, func, data);
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
  f.last = g_new (guint, n_cells);
  memset (f.last, 0xff, sizeof (guint) * n_cells);
  for (guint i = 0; i < n_items; i++)
    cells (self, i, count_cell, &f);
  for (guint c = 0; c < n_cells; c++)
    f.start[c + 1] += f.start[c];
  f.items = g_new (guint, f.start[n_cells] + 1);
  f.fill = g_new0 (guint, n_cells);
  memset (f.last, 0xff, sizeof (guint) * n_cells);
  for (guint i = 0; i < n_items; i++)
    cells (self, i, fill_cell, &f);
  g_free (f.fill);
  g_free (f.last);

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
  double x0, y0, x1, y1;

  _rt_map_ensure_curves (self);
  if (!self->grid_dirty)
    return;

  rt_map_get_bounds (self, &bounds);
  /* The links' curves bow out of the bounds a little. */
  x0 = bounds.x - 64;
  y0 = bounds.y - 64;
  x1 = bounds.x + bounds.width + 64;
  y1 = bounds.y + bounds.height + 64;
  grid->cell = GRID_CELL;
  while (((x1 - x0) / grid->cell + 1) * ((y1 - y0) / grid->cell + 1) > 4.0 * self->nodes->len + 4096)
    grid->cell *= 2;
  grid->x0 = x0;
  grid->y0 = y0;
  grid->cols = (guint)((x1 - x0) / grid->cell) + 1;
  grid->rows = (guint)((y1 - y0) / grid->cell) + 1;

  build_rows (self, self->nodes->len, node_cells, &grid->node_start, &grid->node_items);
  build_rows (self, self->curves->len, link_cells, &grid->edge_start, &grid->edge_items);

  self->grid_dirty = FALSE;
}

static int
compare_z (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  RtMap *self = data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  const RtMapNode *na = RT_MAP_NODE (self, ia), *nb = RT_MAP_NODE (self, ib);
  /* Blocks under what is docked in them; a card taken out on top. */
  int za = na->kind == RT_MAP_NODE_CARD && na->parent < 0 ? RT_MAP_N_NODE_KINDS : (int)na->kind;
  int zb = nb->kind == RT_MAP_NODE_CARD && nb->parent < 0 ? RT_MAP_N_NODE_KINDS : (int)nb->kind;

  if (za != zb)
    return za < zb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* Collects the nodes (in drawing order) and links that may touch @rect. */
void
_rt_map_query (RtMap           *self,
               const RtMapRect *rect,
               GArray          *nodes,
               GArray          *links)
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
              RtMapRect r;

              if (n->stamp == stamp)
                continue;
              n->stamp = stamp;
              _rt_map_get_block (self, i, &r);
              if (r.x + r.width < rect->x || r.x > rect->x + rect->width ||
                  r.y + r.height < rect->y || r.y > rect->y + rect->height)
                continue;
              g_array_append_val (nodes, i);
            }

        if (links != NULL)
          for (guint k = grid->edge_start[c]; k < grid->edge_start[c + 1]; k++)
            {
              guint e = grid->edge_items[k];
              RtMapCurve *link = RT_MAP_CURVE (self, e);

              if (link->stamp == stamp)
                continue;
              link->stamp = stamp;
              g_array_append_val (links, e);
            }
      }

  if (nodes != NULL)
    g_array_sort_with_data (nodes, compare_z, self);
}

static gboolean
node_contains (RtMap *self,
               guint  i,
               double x,
               double y)
{
  RtMapRect r;

  _rt_map_get_block (self, i, &r);
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

/**
 * rt_map_hit_test:
 * @x: a map coordinate
 * @y: a map coordinate
 *
 * Returns: the topmost node at (@x, @y), or -1 when there is none; the
 *   panel of a theme's block is the theme's
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

      if (node_contains (self, i, x, y))
        return i;
    }

  return -1;
}

/* Positions and layout */

/**
 * rt_map_get_complete:
 *
 * Returns: whether every visible node has a position
 */
gboolean
rt_map_get_complete (RtMap *self)
{
  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  _rt_map_ensure_blocks (self);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      if (!n->placed && !n->hidden)
        return FALSE;
    }

  return TRUE;
}

/**
 * rt_map_apply_positions:
 *
 * Puts nodes where they were saved. The cards of a theme that were not
 * pinned by hand stand in its block whatever their saved position.
 */
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

  self->blocks_dirty = TRUE;
  _rt_map_ensure_blocks (self);
  _rt_map_invalidate (self);
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

  _rt_map_ensure_blocks (self);
  positions = g_array_sized_new (FALSE, TRUE, sizeof (RtMapPosition), self->nodes->len);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapPosition p = { n->kind, n->item_id, n->x, n->y, n->pinned };

      if (n->placed && !n->hidden)
        g_array_append_val (positions, p);
    }

  return positions;
}

/* Where the points start on a map nobody arranged yet: on a circle in the
 * middle, in their order, the perspectives outside it. Only a start: the
 * forces move them. */
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

  radius = n_points <= 1 ? 0 : MAX (160, n_points * 150 / (2 * G_PI));
  outer = radius + 300;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->placed)
        continue;
      if (n->kind == RT_MAP_NODE_POINT)
        {
          double angle = -G_PI / 2 + 2 * G_PI * p++ / MAX (n_points, 1);

          n->x = radius * LAYOUT_ASPECT * cos (angle);
          n->y = radius * sin (angle);
          n->placed = TRUE;
        }
      else if (n->kind == RT_MAP_NODE_PERSPECTIVE)
        {
          double angle = -G_PI / 4 + 2 * G_PI * q++ / MAX (n_perspectives, 1);

          n->x = outer * LAYOUT_ASPECT * cos (angle);
          n->y = outer * sin (angle);
          n->placed = TRUE;
        }
    }
}

static gboolean
is_layout_passive (const RtMapNode *n)
{
  return n->hidden || n->parent >= 0;
}

/**
 * rt_map_create_layout:
 * @keep_positions: whether unpinned nodes start where they stand now
 *
 * Makes the layout problem of this map: the blocks of the themes, the
 * points, perspectives and cards not in a block, linked as their nodes are;
 * the nodes docked in a block move with it. Pinned nodes stay where they
 * are. Once the forces settle, the boxes are packed without overlaps near
 * where the forces put them.
 *
 * Returns: (transfer full): the layout, ready to run
 */
RtMapLayout *
rt_map_create_layout (RtMap    *self,
                      guint32   seed,
                      gboolean  keep_positions)
{
  RtMapLayout *layout;
  guint n_kept = 0, n_active = 0;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);

  _rt_map_ensure_blocks (self);
  if (!keep_positions)
    for (guint i = 0; i < self->nodes->len; i++)
      {
        RtMapNode *n = RT_MAP_NODE (self, i);

        if (!n->pinned)
          n->placed = FALSE;
      }

  /* What stood before the framework gets its start. */
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      if (!is_layout_passive (n))
        {
          n_active++;
          n_kept += n->placed && !n->pinned;
        }
    }

  place_framework (self);

  layout = rt_map_layout_new (seed);
  rt_map_layout_set_aspect (layout, LAYOUT_ASPECT);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect r;

      if (is_layout_passive (n))
        {
          rt_map_layout_add_node (layout, 1, 1, 0.01);
          rt_map_layout_set_passive (layout, i);
          continue;
        }

      _rt_map_get_block (self, i, &r);
      /* A block claims the charge of what it holds. */
      rt_map_layout_add_node (layout, r.width / 2, r.height / 2,
                              node_charge[n->kind] * MAX (1.0, r.width * r.height / (RT_MAP_CARD_WIDTH * 60)));
      if (n->placed)
        rt_map_layout_set_position (layout, i, r.x + r.width / 2, r.y + r.height / 2, n->pinned);
    }

  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);
      guint a = owner_of (self, edge->source), b = owner_of (self, edge->target);
      RtMapRect ra, rb;
      double length, strength;

      if (a == b || RT_MAP_NODE (self, a)->hidden || RT_MAP_NODE (self, b)->hidden)
        continue;

      _rt_map_get_block (self, a, &ra);
      _rt_map_get_block (self, b, &rb);
      /* Rest lengths from box edge to box edge, not between centres. */
      length = (MAX (ra.width, ra.height) + MAX (rb.width, rb.height)) / 2;

      switch (edge->kind)
        {
        case RT_MAP_EDGE_CARD_THEME:
          length += 60;
          strength = 0.08;
          break;

        case RT_MAP_EDGE_THEME_POINT:
          length += 40;
          strength = 0.06;
          break;

        case RT_MAP_EDGE_CARD_POINT:
          length += 60;
          strength = 0.03;
          break;

        case RT_MAP_EDGE_PROPOSAL_POINT:
          length += 30;
          strength = 0.1;
          break;

        case RT_MAP_EDGE_OTHER:
        case RT_MAP_N_EDGE_KINDS:
        default:
          length += 80;
          strength = 0.03;
          break;
        }

      rt_map_layout_add_edge (layout, a, b, length, strength);
    }

  /* Tidying a map that mostly stands already must not scramble it: boxes
   * that grew are moved aside, the others stay. */
  if (keep_positions && n_kept > n_active / 2)
    {
      rt_map_layout_set_temperature (layout, 40);
      rt_map_layout_set_packing (layout, RT_MAP_SPACE, FALSE);
    }
  else
    rt_map_layout_set_packing (layout, RT_MAP_SPACE, TRUE);

  return layout;
}

void
rt_map_set_layout_positions (RtMap        *self,
                             const double *xy,
                             guint         n_nodes)
{
  g_return_if_fail (RT_IS_MAP (self));
  g_return_if_fail (n_nodes == self->nodes->len);

  _rt_map_ensure_blocks (self);
  for (guint i = 0; i < n_nodes; i++)
    {
      RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect r;

      if (is_layout_passive (n) || (n->pinned && n->placed))
        continue;
      /* The layout moves the centre of the block. */
      _rt_map_get_block (self, i, &r);
      n->x = xy[2 * i] + (n->x - (r.x + r.width / 2));
      n->y = xy[2 * i + 1] + (n->y - (r.y + r.height / 2));
      n->placed = TRUE;
    }

  self->side_links = FALSE;
  _rt_map_place_children (self);
  _rt_map_invalidate (self);
}

/**
 * rt_map_layout_now:
 *
 * Lays the map out in the calling thread, to the end: for the command line,
 * the projector, the handouts and tests. The window uses
 * rt_map_layout_run_async() instead.
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

/**
 * rt_map_tidy:
 *
 * Makes a map read from saved positions drawable: nodes without a position
 * are laid out around the others, and boxes that overlap (a theme whose
 * block grew with new cards) are moved aside, the nearest way. Nodes that
 * overlap nothing stay where they are.
 *
 * Returns: whether any node moved
 */
gboolean
rt_map_tidy (RtMap *self)
{
  g_autoptr(RtMapLayout) layout = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;

  g_return_val_if_fail (RT_IS_MAP (self), FALSE);

  if (!rt_map_get_complete (self))
    {
      rt_map_layout_now (self, 1, TRUE);
      return TRUE;
    }

  before = rt_map_get_positions (self);
  layout = rt_map_create_layout (self, 1, TRUE);
  rt_map_layout_set_packing (layout, RT_MAP_SPACE, FALSE);
  rt_map_layout_set_max_iterations (layout, 0);
  rt_map_layout_run (layout);
  rt_map_set_layout_positions (self, rt_map_layout_get_positions (layout), self->nodes->len);
  after = rt_map_get_positions (self);

  if (before->len != after->len)
    return TRUE;
  for (guint k = 0; k < before->len; k++)
    {
      const RtMapPosition *a = &g_array_index (before, RtMapPosition, k);
      const RtMapPosition *b = &g_array_index (after, RtMapPosition, k);

      if (a->x != b->x || a->y != b->y)
        return TRUE;
    }

  return FALSE;
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

  /* A lit card lights the block it sits in. */
  _rt_map_ensure_blocks (self);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      if (n->lit && n->parent >= 0)
        RT_MAP_NODE (self, n->parent)->lit = TRUE;
    }
}

/**
 * rt_map_get_focus_bounds:
 *
 * The rectangle around the lit nodes (all of them without a focus).
 */
void
rt_map_get_focus_bounds (RtMap     *self,
                         RtMapRect *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_if_fail (RT_IS_MAP (self));

  if (self->focus < 0)
    {
      rt_map_get_bounds (self, bounds);
      return;
    }

  _rt_map_ensure_blocks (self);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);
      RtMapRect r;

      if (!n->lit || n->hidden)
        continue;
      _rt_map_get_block (self, n->parent >= 0 ? (guint)n->parent : i, &r);
      x0 = MIN (x0, r.x);
      y0 = MIN (y0, r.y);
      x1 = MAX (x1, r.x + r.width);
      y1 = MAX (y1, r.y + r.height);
    }

  *bounds = (RtMapRect) { x0, y0, x1 - x0, y1 - y0 };
}

/* Copies */

static RtMap *
copy_nodes (RtMap          *self,
            const gboolean *keep,
            int            *mapping)
{
  RtMap *copy = rt_map_new ();

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const RtMapNode *n = RT_MAP_NODE (self, i);

      mapping[i] = -1;
      if (keep != NULL && !keep[i])
        continue;

      mapping[i] = rt_map_add_node (copy, n->kind, n->item_id, n->title, n->text, n->detail, &n->color);
      {
        RtMapNode *c = RT_MAP_NODE (copy, mapping[i]);

        c->x = n->x;
        c->y = n->y;
        c->pinned = n->pinned;
        c->placed = n->placed;
        c->columns = n->columns;
      }
    }

  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);

      if (mapping[edge->source] >= 0 && mapping[edge->target] >= 0)
        rt_map_add_edge (copy, mapping[edge->source], mapping[edge->target]);
    }

  copy->print_min_text = self->print_min_text;
  copy->bylines = self->bylines;
  copy->show_proposals = self->show_proposals;

  return copy;
}

/**
 * rt_map_copy:
 *
 * Returns: (transfer full): a copy of the map's nodes, links and positions,
 *   to be painted in another thread (an export) while the map is shown
 */
RtMap *
rt_map_copy (RtMap *self)
{
  g_autofree int *mapping = NULL;
  RtMap *copy;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);

  mapping = g_new (int, self->nodes->len + 1);
  copy = copy_nodes (self, NULL, mapping);
  if (self->focus >= 0)
    rt_map_set_focus (copy, self->focus);

  return copy;
}

/**
 * rt_map_new_focused:
 * @node: a point or a theme of @self
 *
 * The map of one point: the point and its proposals, the themes linked to
 * it with their cards, and the cards linked to it directly (in the blocks of
 * their own themes, which show only those); or the map of one theme: the
 * theme with its cards and the points they or it are linked to. Cards show
 * their speakers (when @self has them). Nodes have no position: arrange the
 * map, with rt_map_arrange_structured() for instance.
 *
 * Returns: (transfer full): the focused map
 */
RtMap *
rt_map_new_focused (RtMap *self,
                    int    node)
{
  guint n = self->nodes->len;
  g_autofree gboolean *keep = NULL;
  g_autofree int *mapping = NULL;
  const RtMapNode *focus;
  RtMap *copy;

  g_return_val_if_fail (RT_IS_MAP (self), NULL);
  g_return_val_if_fail (node >= 0 && (guint)node < n, NULL);

  focus = RT_MAP_NODE (self, node);
  g_return_val_if_fail (focus->kind == RT_MAP_NODE_POINT || focus->kind == RT_MAP_NODE_THEME, NULL);

  keep = g_new0 (gboolean, n);
  keep[node] = TRUE;

  for (guint e = 0; e < self->edges->len; e++)
    {
      const RtMapEdge *edge = RT_MAP_EDGE (self, e);

      if (edge->target != (guint)node && edge->source != (guint)node)
        continue;
      keep[edge->source] = TRUE;
      keep[edge->target] = TRUE;
      /* A card linked on its own comes in the block of its theme. */
      if (edge->kind == RT_MAP_EDGE_CARD_POINT && RT_MAP_NODE (self, edge->source)->home >= 0)
        keep[RT_MAP_NODE (self, edge->source)->home] = TRUE;
    }

  if (focus->kind == RT_MAP_NODE_POINT)
    {
      /* The cards of the themes linked to the point. */
      for (guint e = 0; e < self->edges->len; e++)
        {
          const RtMapEdge *edge = RT_MAP_EDGE (self, e);

          if (edge->kind == RT_MAP_EDGE_THEME_POINT && edge->target == (guint)node)
            for (guint f = 0; f < self->edges->len; f++)
              {
                const RtMapEdge *other = RT_MAP_EDGE (self, f);

                if (other->kind == RT_MAP_EDGE_CARD_THEME && other->target == edge->source)
                  keep[other->source] = TRUE;
              }
        }
    }
  else
    {
      /* The points the theme's cards are linked to. */
      for (guint e = 0; e < self->edges->len; e++)
        {
          const RtMapEdge *edge = RT_MAP_EDGE (self, e);

          if (edge->kind == RT_MAP_EDGE_CARD_POINT && RT_MAP_NODE (self, edge->source)->home == node)
            keep[edge->target] = TRUE;
        }
    }

  mapping = g_new (int, n + 1);
  copy = copy_nodes (self, keep, mapping);
  copy->bylines = TRUE;
  copy->show_proposals = TRUE;
  copy->subject = mapping[node];

  /* Nothing of the whole map's arrangement applies. */
  for (guint i = 0; i < copy->nodes->len; i++)
    {
      RtMapNode *c = RT_MAP_NODE (copy, i);

      c->placed = FALSE;
      c->pinned = FALSE;
      c->columns = 0;
      c->sized = FALSE;
    }
  copy->blocks_dirty = TRUE;

  return copy;
}

/* From a committee */

/* How the cards of a map name their speakers: as cards do (the
 * secretariat's own map), or by the committee's display policy for an
 * output (rt_speaker_policy_name()). */
typedef struct
{
  RtSnapshot       *snapshot;
  gboolean          policy;
  RtOutput          output;
  RtSpeakerDisplay  display;
} Naming;

static void
add_card (RtMap            *self,
          const RtSnapCard *card,
          RtMapContent      content,
          const Naming     *naming)
{
  int theme = rt_map_find_node (self, RT_MAP_NODE_THEME, card->theme_id);
  const RtColor *color = theme >= 0 ? &RT_MAP_NODE (self, theme)->color : NULL;
  const char *speaker = card->speaker;
  g_autofree char *named = NULL;
  guint node;

  if ((content & RT_MAP_CONTENT_PUBLIC_ONLY) && card->visibility == RT_VISIBILITY_PRIVATE)
    return;
  /* A card's 匿名 hides its speaker only where the map is shown outside. */
  if (naming->policy)
    speaker = named = rt_speaker_policy_name (naming->snapshot->speakers, naming->output, naming->display,
                                              card->speaker_id,
                                              (content & RT_MAP_CONTENT_PUBLIC_ONLY) ? card->visibility
                                                                                      : RT_VISIBILITY_PUBLIC);
  if ((content & RT_MAP_CONTENT_HIDE_SPEAKERS) ||
      ((content & RT_MAP_CONTENT_PUBLIC_ONLY) && card->visibility == RT_VISIBILITY_ANONYMOUS))
    speaker = NULL;

  node = rt_map_add_node (self, RT_MAP_NODE_CARD, card->id, NULL, card->text, speaker, color);
  if (theme >= 0)
    rt_map_add_edge (self, node, theme);
}

static RtMap *
map_new (RtSnapshot   *snapshot,
         RtMapContent  content,
         const Naming *naming);

/**
 * rt_map_new_for_snapshot:
 * @content: what may be shown
 *
 * The map of the committee @snapshot was taken of: its nodes, links and
 * saved positions, in the order of the 資料 (themes as on the board, cards
 * in their theme's order, then those of the 未分類 inbox linked to a point). Nodes without a saved
 * position have none until a layout places them. This is the one place
 * where a map is made from a committee; it runs on any thread.
 *
 * Returns: (transfer full): the map
 */
RtMap *
rt_map_new_for_snapshot (RtSnapshot   *snapshot,
                         RtMapContent  content)
{
  Naming naming = { snapshot, FALSE, RT_OUTPUT_MAP, RT_SPEAKER_DISPLAY_REAL };

  g_return_val_if_fail (snapshot != NULL, NULL);

  return map_new (snapshot, content, &naming);
}

/**
 * rt_map_new_for_output:
 * @content: what may be shown
 * @output: the output the map is made for (%RT_OUTPUT_MAP for a document,
 *   %RT_OUTPUT_PROJECTOR for a slide)
 * @display: a display for this output only, or %RT_SPEAKER_DISPLAY_DEFAULT
 *   for the committee's setting of @output
 *
 * As rt_map_new_for_snapshot(), with the speakers of cards named by the
 * committee's display policy for @output (rt_speaker_policy_name()).
 *
 * Returns: (transfer full): the map
 */
RtMap *
rt_map_new_for_output (RtSnapshot       *snapshot,
                       RtMapContent      content,
                       RtOutput          output,
                       RtSpeakerDisplay  display)
{
  Naming naming = { snapshot, TRUE, output, display };

  g_return_val_if_fail (snapshot != NULL, NULL);

  return map_new (snapshot, content, &naming);
}

static RtMap *
map_new (RtSnapshot   *snapshot,
         RtMapContent  content,
         const Naming *naming)
{
  RtMap *self;

  g_return_val_if_fail (snapshot != NULL, NULL);

  self = rt_map_new ();

  for (guint i = 0; i < snapshot->points->len; i++)
    {
      const RtSnapPoint *point = snapshot->points->pdata[i];
      g_autofree char *title = _rt_map_point_title (point->number);

      rt_map_add_node (self, RT_MAP_NODE_POINT, point->id, title, point->title, NULL, NULL);
    }

  for (guint i = 0; i < snapshot->proposals->len; i++)
    {
      const RtSnapProposal *proposal = snapshot->proposals->pdata[i];
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, proposal->point->id);
      guint node = rt_map_add_node (self, RT_MAP_NODE_PROPOSAL, proposal->id, NULL, proposal->text, NULL, NULL);

      if (point >= 0)
        rt_map_add_edge (self, node, point);
    }

  for (guint i = 0; i < snapshot->perspectives->len; i++)
    {
      const RtSnapPerspective *perspective = snapshot->perspectives->pdata[i];
      g_autofree char *title = g_strdup_printf ("(%d)", perspective->number);

      rt_map_add_node (self, RT_MAP_NODE_PERSPECTIVE, perspective->id, title, perspective->title, NULL, NULL);
    }

  for (guint i = 0; i < snapshot->themes->len; i++)
    {
      const RtSnapTheme *theme = snapshot->themes->pdata[i];
      RtColor color;

      if (!rt_color_parse (theme->color, &color))
        rt_color_for_index (i, &color);
      rt_map_add_node (self, RT_MAP_NODE_THEME, theme->id, NULL, theme->name, NULL, &color);
    }

  for (guint i = 0; i < snapshot->links->len; i++)
    {
      const RtPointLink *link = &g_array_index (snapshot->links, RtPointLink, i);
      int theme = link->theme_id != 0 ? rt_map_find_node (self, RT_MAP_NODE_THEME, link->theme_id) : -1;
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, link->point_id);

      if (theme >= 0 && point >= 0)
        rt_map_add_edge (self, theme, point);
    }

  /* Cards in the order of their theme's block: as on the board. */
  for (guint i = 0; i < snapshot->themes->len; i++)
    {
      const RtSnapTheme *theme = snapshot->themes->pdata[i];

      for (guint j = 0; j < theme->cards->len; j++)
        add_card (self, theme->cards->pdata[j], content, naming);
    }
  /* The 未分類 inbox is not yet part of the discussion's structure: its
   * cards are left off the map, but for those linked to a point. Free cards
   * would scatter over the map without a theme to sit in, and pull it
   * apart (a fresh import is all inbox). */
  if (snapshot->inbox->len > 0)
    {
      g_autoptr(GHashTable) linked = g_hash_table_new (g_int64_hash, g_int64_equal);

      for (guint j = 0; j < snapshot->links->len; j++)
        {
          RtPointLink *link = &g_array_index (snapshot->links, RtPointLink, j);

          if (link->card_id != 0)
            g_hash_table_add (linked, &link->card_id);
        }
      for (guint i = 0; i < snapshot->inbox->len; i++)
        {
          const RtSnapCard *card = snapshot->inbox->pdata[i];

          if (g_hash_table_contains (linked, &card->id))
            add_card (self, card, content, naming);
        }
    }

  for (guint i = 0; i < snapshot->links->len; i++)
    {
      const RtPointLink *link = &g_array_index (snapshot->links, RtPointLink, i);
      int card = link->card_id != 0 ? rt_map_find_node (self, RT_MAP_NODE_CARD, link->card_id) : -1;
      int point = rt_map_find_node (self, RT_MAP_NODE_POINT, link->point_id);

      if (card >= 0 && point >= 0)
        rt_map_add_edge (self, card, point);
    }

  rt_map_apply_positions (self, (const RtMapPosition *)(gpointer)snapshot->positions->data,
                          snapshot->positions->len);

  return self;
}

/**
 * rt_map_new_for_audience:
 * @content: what may be shown
 *
 * Reads the map of @committee (see rt_map_new_for_snapshot()).
 *
 * Returns: (transfer full): the map, or %NULL with @error set
 */
RtMap *
rt_map_new_for_audience (RtCommittee   *committee,
                         RtMapContent   content,
                         GError       **error)
{
  g_autoptr(RtSnapshot) snapshot = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(snapshot = rt_committee_get_snapshot (committee, error)))
    return NULL;

  return rt_map_new_for_snapshot (snapshot, content);
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

gboolean
rt_map_arrangement_from_string (const char       *string,
                                RtMapArrangement *arrangement)
{
  if (g_strcmp0 (string, "force") == 0)
    *arrangement = RT_MAP_ARRANGEMENT_FORCE;
  else if (g_strcmp0 (string, "structured") == 0)
    *arrangement = RT_MAP_ARRANGEMENT_STRUCTURED;
  else
    return FALSE;

  return TRUE;
}

void
rt_map_set_min_text_size (RtMap  *self,
                          double  points)
{
  g_return_if_fail (RT_IS_MAP (self));

  self->print_min_text = MAX (points, 1.0);
}
