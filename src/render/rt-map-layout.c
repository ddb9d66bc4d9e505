/* rt-map-layout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rt-map-layout.h"

/* Repulsion between two nodes of charge 1 is REPULSION / distance. With a
 * linear pull to the centre of GRAVITY × distance, a crowd of such nodes
 * settles at a uniform density of one node per SPACING² (Gauss's law in two
 * dimensions), whatever its size: the map neither explodes nor collapses as
 * the committee grows. */
#define REPULSION   4500.0
#define SPACING     165.0
#define GRAVITY     (REPULSION * G_PI / (SPACING * SPACING))
#define THETA       0.85
#define SOFTENING   100.0
#define PADDING     8.0
#define COOLING     0.965
#define MIN_TEMP    0.6
#define MAX_DEPTH   48

typedef struct
{
  double x;
  double y;
  double hw;
  double hh;
  double charge;
  double stiffness;
  guint  pinned : 1;
  guint  placed : 1;
  guint  given : 1;   /* placed by the caller, not by prepare() */
  guint  passive : 1; /* not laid out: moved along with another node by the caller */
} Node;

typedef struct
{
  guint  source;
  guint  target;
  double length;
  double strength;
} Edge;

typedef struct
{
  double sx;
  double sy;
  double q;
  double x0;
  double y0;
  double size;
  gint32 child[4];
  gint32 body;
} Cell;

struct _RtMapLayout
{
  GArray  *nodes;
  GArray  *edges;
  double  *xy;
  double  *force;
  Cell    *cells;
  guint    n_cells;
  guint    cells_allocated;
  guint   *grid_start;
  guint   *grid_items;
  guint    grid_allocated;
  guint64  rng;
  double   temperature;
  double   initial_temperature;
  double   cooling;
  guint    overlaps_from;
  guint    overlap_passes;
  guint    iteration;
  guint    max_iterations;
  double   aspect;
  double   pack_gap;
  guint    packing : 1;
  guint    pack_compact : 1;
  guint    prepared : 1;
  guint    converged : 1;
  guint    nested : 1;
};

/* splitmix64: small, fast and the same everywhere, unlike rand(). */
static guint64
next_random (RtMapLayout *self)
{
  guint64 z = (self->rng += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

static double
random_unit (RtMapLayout *self)
{
  return (next_random (self) >> 11) * (1.0 / 9007199254740992.0);
}

RtMapLayout *
rt_map_layout_new (guint32 seed)
{
  RtMapLayout *self = g_new0 (RtMapLayout, 1);

  self->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  self->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  self->rng = seed;
  self->max_iterations = 400;
  self->initial_temperature = -1;
  self->cooling = COOLING;
  self->overlaps_from = G_MAXUINT;
  self->aspect = 1;

  return self;
}

RtMapLayout *
rt_map_layout_copy (const RtMapLayout *self)
{
  RtMapLayout *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = rt_map_layout_new (0);
  g_array_append_vals (copy->nodes, self->nodes->data, self->nodes->len);
  g_array_append_vals (copy->edges, self->edges->data, self->edges->len);
  copy->rng = self->rng;
  copy->max_iterations = self->max_iterations;
  copy->aspect = self->aspect;
  copy->pack_gap = self->pack_gap;
  copy->packing = self->packing;
  copy->pack_compact = self->pack_compact;
  copy->initial_temperature = self->initial_temperature;
  copy->cooling = self->cooling;
  copy->overlaps_from = self->overlaps_from;
  copy->overlap_passes = self->overlap_passes;
  copy->temperature = self->temperature;
  copy->iteration = self->iteration;
  copy->prepared = self->prepared;
  copy->converged = self->converged;
  if (self->xy != NULL)
    copy->xy = g_memdup2 (self->xy, sizeof (double) * 2 * self->nodes->len);

  return copy;
}

void
rt_map_layout_free (RtMapLayout *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_free (self->xy);
  g_free (self->force);
  g_free (self->cells);
  g_free (self->grid_start);
  g_free (self->grid_items);
  g_free (self);
}

guint
rt_map_layout_add_node (RtMapLayout *self,
                        double       half_width,
                        double       half_height,
                        double       charge)
{
  Node node = { 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->prepared, 0);

  node.hw = MAX (half_width, 1);
  node.hh = MAX (half_height, 1);
  node.charge = MAX (charge, 0.01);
  g_array_append_val (self->nodes, node);

  return self->nodes->len - 1;
}

void
rt_map_layout_set_position (RtMapLayout *self,
                            guint        node,
                            double       x,
                            double       y,
                            gboolean     pinned)
{
  Node *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);
  g_return_if_fail (!self->prepared);

  n = &g_array_index (self->nodes, Node, node);
  n->x = x;
  n->y = y;
  n->pinned = !!pinned;
  n->placed = TRUE;
  n->given = TRUE;
}

void
rt_map_layout_add_edge (RtMapLayout *self,
                        guint        source,
                        guint        target,
                        double       length,
                        double       strength)
{
  Edge edge;

  g_return_if_fail (self != NULL);
  g_return_if_fail (source < self->nodes->len && target < self->nodes->len);
  g_return_if_fail (!self->prepared);

  if (source == target)
    return;

  edge.source = source;
  edge.target = target;
  edge.length = MAX (length, 0);
  edge.strength = MAX (strength, 0);
  g_array_append_val (self->edges, edge);
}

/**
 * rt_map_layout_set_max_iterations:
 *
 * At most @max_iterations iterations of the forces; 0 for none, only the
 * packing (see rt_map_layout_set_packing()).
 */
void
rt_map_layout_set_max_iterations (RtMapLayout *self,
                                  guint        max_iterations)
{
  g_return_if_fail (self != NULL);

  self->max_iterations = max_iterations;
}

/**
 * rt_map_layout_set_passive:
 *
 * Leaves @node out of the layout: it neither moves nor pushes; the caller
 * places it (a card docked in its theme's block moves with the block).
 */
void
rt_map_layout_set_passive (RtMapLayout *self,
                           guint        node)
{
  Node *n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);
  g_return_if_fail (!self->prepared);

  n = &g_array_index (self->nodes, Node, node);
  n->passive = TRUE;
  n->pinned = TRUE;
  n->placed = TRUE;
  n->given = TRUE;
}

/**
 * rt_map_layout_set_aspect:
 *
 * The width to height ratio the layout should take: the pull towards the
 * centre is weaker across than along, like the screen or sheet it is for.
 */
void
rt_map_layout_set_aspect (RtMapLayout *self,
                          double       aspect)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (aspect > 0);

  self->aspect = aspect;
}

/**
 * rt_map_layout_set_packing:
 * @gap: the space to keep between boxes
 * @compact: whether to draw the layout together first (a fresh layout),
 *   or only to move overlapping boxes aside (a map that stands already)
 *
 * Once the forces settle, places the boxes one by one, largest first, each
 * at the free place nearest where the forces put it, so that no two boxes
 * overlap; with @compact, the forces' picture is first shrunk to the area
 * the boxes need and the boxes are afterwards moved towards the centre as
 * far as they go.
 */
void
rt_map_layout_set_packing (RtMapLayout *self,
                           double       gap,
                           gboolean     compact)
{
  g_return_if_fail (self != NULL);

  self->packing = TRUE;
  self->pack_gap = MAX (gap, 0);
  self->pack_compact = !!compact;
}

/**
 * rt_map_layout_set_temperature:
 *
 * How far a node may move in the first iteration. A relayout of a map that
 * already has positions starts cooler, so that it stays recognisable.
 */
void
rt_map_layout_set_temperature (RtMapLayout *self,
                               double       temperature)
{
  g_return_if_fail (self != NULL);

  self->initial_temperature = temperature;
}

guint
rt_map_layout_get_n_nodes (const RtMapLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

guint
rt_map_layout_get_iteration (const RtMapLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->iteration;
}

gboolean
rt_map_layout_is_converged (const RtMapLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->converged;
}

/* The golden angle, between two successive seeds of a sunflower. */
#define GOLDEN_ANGLE 2.399963229728653

/* A fresh layout of a large map starts from a sketch of it, so that it is
 * usable after a few iterations instead of after the crowd has spread out
 * from a heap in the middle. Nodes of degree one or two hanging from a
 * busier neighbour by their strongest link (cards from their theme,
 * proposals from their point) are leaves; the other nodes, each carrying
 * the charge of its leaves, are laid out on their own, which is quick as
 * they are few. Each node's leaves are then set around it like the seeds of
 * a sunflower, each on as much ground as its charge claims at the density
 * the forces settle at (one unit of charge per SPACING²), so that the full
 * layout starts close to its end, nearly without overlaps. Everything
 * depends on the seed and the graph only. */
static gboolean
coarse_start (RtMapLayout  *self,
              const guint  *degree_start,
              const guint  *neighbours)
{
  guint n = self->nodes->len, n_coarse = 0, n_leaves = 0;
  Node *nodes = (Node *)(gpointer)self->nodes->data;
  double total = 0;
  g_autofree int *parent = g_new (int, n);
  g_autofree int *coarse_of = g_new (int, n);
  g_autofree double *ground = g_new0 (double, n);
  g_autofree double *turn = g_new (double, n);
  g_autoptr(RtMapLayout) coarse = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint degree = degree_start[i + 1] - degree_start[i];
      double best = -1;

      parent[i] = -1;
      if (nodes[i].given || nodes[i].passive || degree == 0 || degree > 2)
        continue;
      for (guint k = degree_start[i]; k < degree_start[i + 1]; k++)
        {
          const Edge *edge = &g_array_index (self->edges, Edge, neighbours[k]);
          guint other = edge->source == i ? edge->target : edge->source;

          if (degree_start[other + 1] - degree_start[other] > 2 && edge->strength > best)
            {
              best = edge->strength;
              parent[i] = other;
            }
        }
    }

  coarse = rt_map_layout_new ((guint32)(next_random (self) >> 32));
  coarse->nested = TRUE;
  for (guint i = 0; i < n; i++)
    {
      coarse_of[i] = -1;
      if (parent[i] < 0 && !nodes[i].passive)
        coarse_of[i] = n_coarse++;
      else if (parent[i] >= 0)
        n_leaves++;
    }
  if (n_coarse == 0 || n_leaves == 0)
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (parent[i] >= 0)
      ground[parent[i]] += nodes[i].charge;

  /* A coarse node is a square of the ground it and its leaves claim, so
   * that removing overlaps among them keeps the clusters apart. */
  for (guint i = 0; i < n; i++)
    if (coarse_of[i] >= 0)
      {
        double half = sqrt ((2 * nodes[i].hw + PADDING) * (2 * nodes[i].hh + PADDING) +
                            ground[i] * SPACING * SPACING) / 2;

        total += nodes[i].charge + ground[i];
        rt_map_layout_add_node (coarse, MAX (half, nodes[i].hw), MAX (half, nodes[i].hh), nodes[i].charge + ground[i]);
        rt_map_layout_set_position (coarse, coarse_of[i], nodes[i].x, nodes[i].y, nodes[i].given);
      }

  /* Few nodes: time for them to spread over the whole map. */
  rt_map_layout_set_temperature (coarse, SPACING * sqrt (total / G_PI) / 8);
  rt_map_layout_set_aspect (coarse, self->aspect);
  rt_map_layout_set_max_iterations (coarse, 600);
  coarse->cooling = 0.98;
  coarse->overlaps_from = 0;

  /* Links between two coarse nodes, and those of leaves to nodes other
   * than their parent, which then pull the parent. */
  for (guint e = 0; e < self->edges->len; e++)
    {
      const Edge *edge = &g_array_index (self->edges, Edge, e);
      int a = parent[edge->source] >= 0 ? parent[edge->source] : (int)edge->source;
      int b = parent[edge->target] >= 0 ? parent[edge->target] : (int)edge->target;

      if (a != b && coarse_of[a] >= 0 && coarse_of[b] >= 0)
        rt_map_layout_add_edge (coarse, coarse_of[a], coarse_of[b], edge->length, edge->strength);
    }

  rt_map_layout_run (coarse);

  for (guint i = 0; i < n; i++)
    if (coarse_of[i] >= 0 && !nodes[i].given)
      {
        nodes[i].x = coarse->xy[2 * coarse_of[i]];
        nodes[i].y = coarse->xy[2 * coarse_of[i] + 1];
      }

  /* Each parent's sunflower: the k-th leaf on the ring that encloses the
   * ground of the k before it and half its own. */
  for (guint i = 0; i < n; i++)
    {
      turn[i] = random_unit (self) * 2 * G_PI;
      ground[i] = 0;
    }
  for (guint i = 0; i < n; i++)
    if (parent[i] >= 0)
      {
        const Node *p = &nodes[parent[i]];
        double area = nodes[i].charge * SPACING * SPACING;
        /* Room for the parent's own box in the middle. */
        double inner = (2 * p->hw + PADDING) * (2 * p->hh + PADDING);
        double r = sqrt ((inner + ground[parent[i]] + area / 2) / G_PI);
        double angle = turn[parent[i]] + GOLDEN_ANGLE * (ground[parent[i]] / (SPACING * SPACING));

        nodes[i].x = p->x + r * cos (angle);
        nodes[i].y = p->y + r * sin (angle);
        ground[parent[i]] += area;
      }

  return TRUE;
}

/* Nodes without a position start near the mean of their placed neighbours
 * (cards near their theme, themes near their points), the others on a disc;
 * nodes are visited in index order, so the result depends only on the seed.
 * A fresh layout of a large map then starts from a sketch (coarse_start()). */
static void
prepare (RtMapLayout *self)
{
  guint n = self->nodes->len;
  g_autofree guint *degree_start = g_new0 (guint, n + 1);
  g_autofree guint *neighbours = g_new (guint, 2 * self->edges->len + 1);
  g_autofree guint *fill = g_new0 (guint, n + 1);
  double radius;
  guint n_placed = 0, n_active = 0;

  for (guint e = 0; e < self->edges->len; e++)
    {
      const Edge *edge = &g_array_index (self->edges, Edge, e);
      Node *a = &g_array_index (self->nodes, Node, edge->source);
      Node *b = &g_array_index (self->nodes, Node, edge->target);

      degree_start[edge->source + 1]++;
      degree_start[edge->target + 1]++;
      a->stiffness += edge->strength;
      b->stiffness += edge->strength;
    }
  for (guint i = 0; i < n; i++)
    degree_start[i + 1] += degree_start[i];
  for (guint e = 0; e < self->edges->len; e++)
    {
      const Edge *edge = &g_array_index (self->edges, Edge, e);

      neighbours[degree_start[edge->source] + fill[edge->source]++] = e;
      neighbours[degree_start[edge->target] + fill[edge->target]++] = e;
    }

  for (guint i = 0; i < n; i++)
    {
      const Node *node = &g_array_index (self->nodes, Node, i);

      if (node->passive)
        continue;
      n_active++;
      n_placed += node->placed;
    }
  radius = SPACING * sqrt (n_active + 1) * 0.6;

  for (guint i = 0; i < n; i++)
    {
      Node *node = &g_array_index (self->nodes, Node, i);
      double sx = 0, sy = 0, length = 0, angle, r;
      guint count = 0;

      /* Drawn for every node, placed or not, so that adding a position
       * elsewhere does not change the random numbers of the others. */
      angle = random_unit (self) * 2 * G_PI;
      r = random_unit (self);

      if (node->placed)
        continue;

      for (guint k = degree_start[i]; k < degree_start[i + 1]; k++)
        {
          const Edge *edge = &g_array_index (self->edges, Edge, neighbours[k]);
          const Node *other = &g_array_index (self->nodes, Node,
                                              edge->source == i ? edge->target : edge->source);

          if (other->placed)
            {
              sx += other->x;
              sy += other->y;
              length += edge->length;
              count++;
            }
        }

      if (count > 0)
        {
          length /= count;
          node->x = sx / count + cos (angle) * length * (0.5 + 0.5 * r);
          node->y = sy / count + sin (angle) * length * (0.5 + 0.5 * r);
        }
      else
        {
          node->x = cos (angle) * radius * sqrt (r);
          node->y = sin (angle) * radius * sqrt (r);
        }
      node->placed = TRUE;
    }

  /* A fresh layout of a map of some size: from a sketch, cooler and
   * cooling faster, removing overlaps from the start. */
  if (!self->nested && n_active >= 64 && n_placed < n_active / 2 && self->initial_temperature < 0 &&
      coarse_start (self, degree_start, neighbours))
    {
      self->initial_temperature = 2 * SPACING;
      self->cooling = 0.95;
      self->overlap_passes = 2;
      self->overlaps_from = 0;
    }

  self->xy = g_new (double, 2 * n + 2);
  self->force = g_new0 (double, 2 * n + 2);
  for (guint i = 0; i < n; i++)
    {
      const Node *node = &g_array_index (self->nodes, Node, i);

      self->xy[2 * i] = node->x;
      self->xy[2 * i + 1] = node->y;
    }

  if (self->initial_temperature < 0)
    self->initial_temperature = MAX (120, 12 * sqrt (n));
  /* A map where most nodes already stood somewhere only needs tidying. */
  else if (n_placed > 0 && self->initial_temperature == 0)
    self->initial_temperature = 40;

  self->temperature = self->initial_temperature;
  self->prepared = TRUE;
}

static gint32
new_cell (RtMapLayout *self,
          double       x0,
          double       y0,
          double       size)
{
  Cell *cell;

  if (self->n_cells == self->cells_allocated)
    {
      self->cells_allocated = MAX (64, self->cells_allocated * 2);
      self->cells = g_renew (Cell, self->cells, self->cells_allocated);
    }

  cell = &self->cells[self->n_cells];
  cell->sx = cell->sy = cell->q = 0;
  cell->x0 = x0;
  cell->y0 = y0;
  cell->size = size;
  cell->child[0] = cell->child[1] = cell->child[2] = cell->child[3] = -1;
  cell->body = -1;

  return self->n_cells++;
}

static inline int
quadrant (const Cell *cell,
          double      x,
          double      y)
{
  double half = cell->size / 2;

  return (x >= cell->x0 + half ? 1 : 0) + (y >= cell->y0 + half ? 2 : 0);
}

static gint32
child_cell (RtMapLayout *self,
            gint32       c,
            int          q)
{
  double half, x0, y0, size;
  gint32 child;

  if (self->cells[c].child[q] >= 0)
    return self->cells[c].child[q];

  half = self->cells[c].size / 2;
  x0 = self->cells[c].x0 + ((q & 1) ? half : 0);
  y0 = self->cells[c].y0 + ((q & 2) ? half : 0);
  size = half;
  child = new_cell (self, x0, y0, size);
  self->cells[c].child[q] = child;

  return child;
}

/* Inserts bodies one by one in index order; each cell on the way keeps the
 * total charge and the charge-weighted sum of positions below it. */
static void
build_quadtree (RtMapLayout *self)
{
  guint n = self->nodes->len;
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;

  self->n_cells = 0;
  for (guint i = 0; i < n; i++)
    {
      if (g_array_index (self->nodes, Node, i).passive)
        continue;
      minx = MIN (minx, self->xy[2 * i]);
      maxx = MAX (maxx, self->xy[2 * i]);
      miny = MIN (miny, self->xy[2 * i + 1]);
      maxy = MAX (maxy, self->xy[2 * i + 1]);
    }

  if (minx > maxx)
    minx = miny = maxx = maxy = 0;
  new_cell (self, minx - 1, miny - 1, MAX (maxx - minx, maxy - miny) + 2);

  for (guint i = 0; i < n; i++)
    {
      double x = self->xy[2 * i], y = self->xy[2 * i + 1];
      double q = g_array_index (self->nodes, Node, i).charge;
      gint32 c = 0;
      int depth = 0;

      if (g_array_index (self->nodes, Node, i).passive)
        continue;

      for (;;)
        {
          Cell *cell = &self->cells[c];
          gboolean leaf = cell->child[0] < 0 && cell->child[1] < 0 &&
                          cell->child[2] < 0 && cell->child[3] < 0;

          if (leaf && cell->body == -1 && cell->q == 0)
            {
              cell->body = i;
              cell->q = q;
              cell->sx = x * q;
              cell->sy = y * q;
              break;
            }

          if (leaf && depth >= MAX_DEPTH)
            {
              /* Bodies this close act as one. */
              cell->body = -2;
              cell->q += q;
              cell->sx += x * q;
              cell->sy += y * q;
              break;
            }

          if (leaf && cell->body >= 0)
            {
              gint32 old = cell->body;
              double ox = self->xy[2 * old], oy = self->xy[2 * old + 1];
              int oq = quadrant (cell, ox, oy);
              gint32 child;

              cell->body = -1;
              child = child_cell (self, c, oq);
              cell = &self->cells[c];
              self->cells[child].body = old;
              self->cells[child].q = cell->q;
              self->cells[child].sx = cell->sx;
              self->cells[child].sy = cell->sy;
            }

          cell->q += q;
          cell->sx += x * q;
          cell->sy += y * q;
          c = child_cell (self, c, quadrant (&self->cells[c], x, y));
          depth++;
        }
    }
}

static void
add_repulsion (RtMapLayout *self,
               guint        i,
               double      *fx,
               double      *fy)
{
  gint32 stack[4 * MAX_DEPTH + 8];
  double x = self->xy[2 * i], y = self->xy[2 * i + 1];
  double qi = g_array_index (self->nodes, Node, i).charge * REPULSION;
  double ax = 0, ay = 0;
  int top = 0;

  stack[top++] = 0;
  while (top > 0)
    {
      const Cell *cell = &self->cells[stack[--top]];
      double cx, cy, dx, dy, d2;
      gboolean leaf;

      if (cell->q == 0 || cell->body == (gint32)i)
        continue;

      cx = cell->sx / cell->q;
      cy = cell->sy / cell->q;
      dx = x - cx;
      dy = y - cy;
      d2 = dx * dx + dy * dy;
      leaf = cell->child[0] < 0 && cell->child[1] < 0 && cell->child[2] < 0 && cell->child[3] < 0;

      if (leaf || cell->size * cell->size < THETA * THETA * d2)
        {
          double f = qi * cell->q / (d2 + SOFTENING);

          ax += dx * f;
          ay += dy * f;
        }
      else
        {
          for (int k = 0; k < 4; k++)
            if (cell->child[k] >= 0)
              stack[top++] = cell->child[k];
        }
    }

  *fx += ax;
  *fy += ay;
}

/* A uniform grid of cell size @cell over the nodes' centres, as start offsets
 * and items (compressed rows), for the overlap passes; without the passive
 * nodes of @nodes, if given. */
static double
build_grid (const double  *xy,
            const Node    *nodes,
            guint          n,
            double         cell,
            double        *minx_out,
            double        *miny_out,
            guint         *cols_out,
            guint         *rows_out,
            guint        **start,
            guint        **items,
            guint         *allocated)
{
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  guint cols, rows, n_cells;
  g_autofree guint *fill = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (nodes != NULL && nodes[i].passive)
        continue;
      minx = MIN (minx, xy[2 * i]);
      maxx = MAX (maxx, xy[2 * i]);
      miny = MIN (miny, xy[2 * i + 1]);
      maxy = MAX (maxy, xy[2 * i + 1]);
    }
  if (minx > maxx)
    minx = maxx = miny = maxy = 0;

  /* Keep the grid small for widely scattered nodes. */
  while ((maxx - minx) / cell * (maxy - miny) / cell > 4.0 * n + 1024)
    cell *= 2;

  cols = (guint)((maxx - minx) / cell) + 1;
  rows = (guint)((maxy - miny) / cell) + 1;
  n_cells = cols * rows;

  if (*allocated < n_cells + 1)
    {
      *allocated = n_cells + 1;
      *start = g_renew (guint, *start, *allocated);
    }
  memset (*start, 0, sizeof (guint) * (n_cells + 1));
  *items = g_renew (guint, *items, n + 1);
  fill = g_new0 (guint, n_cells);

  for (guint i = 0; i < n; i++)
    {
      guint cx, cy;

      if (nodes != NULL && nodes[i].passive)
        continue;
      cx = (guint)((xy[2 * i] - minx) / cell);
      cy = (guint)((xy[2 * i + 1] - miny) / cell);
      (*start)[cy * cols + cx + 1]++;
    }
  for (guint c = 0; c < n_cells; c++)
    (*start)[c + 1] += (*start)[c];
  for (guint i = 0; i < n; i++)
    {
      guint cx, cy;

      if (nodes != NULL && nodes[i].passive)
        continue;
      cx = (guint)((xy[2 * i] - minx) / cell);
      cy = (guint)((xy[2 * i + 1] - miny) / cell);
      (*items)[(*start)[cy * cols + cx] + fill[cy * cols + cx]++] = i;
    }

  *minx_out = minx;
  *miny_out = miny;
  *cols_out = cols;
  *rows_out = rows;

  return cell;
}

/* Pushes overlapping boxes apart along the axis where they overlap least. */
static void
remove_overlaps (RtMapLayout *self,
                 double       amount)
{
  guint n = self->nodes->len;
  double max_half = 0, minx, miny, cell;
  guint cols, rows;
  const Node *nodes = (const Node *)self->nodes->data;

  for (guint i = 0; i < n; i++)
    max_half = MAX (max_half, MAX (nodes[i].hw, nodes[i].hh));

  cell = build_grid (self->xy, nodes, n, 2 * max_half + PADDING, &minx, &miny, &cols, &rows,
                     &self->grid_start, &self->grid_items, &self->grid_allocated);

  for (guint i = 0; i < n; i++)
    {
      int cx, cy;

      if (nodes[i].passive)
        continue;
      cx = (int)((self->xy[2 * i] - minx) / cell);
      cy = (int)((self->xy[2 * i + 1] - miny) / cell);

      for (int gy = MAX (cy - 1, 0); gy <= MIN (cy + 1, (int)rows - 1); gy++)
        for (int gx = MAX (cx - 1, 0); gx <= MIN (cx + 1, (int)cols - 1); gx++)
          {
            guint c = gy * cols + gx;

            for (guint k = self->grid_start[c]; k < self->grid_start[c + 1]; k++)
              {
                guint j = self->grid_items[k];
                double dx, dy, ox, oy, wi, wj, total;

                if (j <= i || (nodes[i].pinned && nodes[j].pinned) || nodes[i].passive || nodes[j].passive)
                  continue;

                dx = self->xy[2 * j] - self->xy[2 * i];
                dy = self->xy[2 * j + 1] - self->xy[2 * i + 1];
                ox = nodes[i].hw + nodes[j].hw + PADDING - fabs (dx);
                oy = nodes[i].hh + nodes[j].hh + PADDING - fabs (dy);
                if (ox <= 0 || oy <= 0)
                  continue;

                wi = nodes[i].pinned ? 0 : 1 / nodes[i].charge;
                wj = nodes[j].pinned ? 0 : 1 / nodes[j].charge;
                total = wi + wj;
                wi /= total;
                wj /= total;

                if (ox < oy)
                  {
                    double s = (dx > 0 || (dx == 0 && j > i)) ? 1 : -1;

                    self->xy[2 * i] -= s * ox * amount * wi;
                    self->xy[2 * j] += s * ox * amount * wj;
                  }
                else
                  {
                    double s = (dy > 0 || (dy == 0 && j > i)) ? 1 : -1;

                    self->xy[2 * i + 1] -= s * oy * amount * wi;
                    self->xy[2 * j + 1] += s * oy * amount * wj;
                  }
              }
          }
    }
}

/* Packing. Boxes are placed one by one on a grid of buckets, each at the
 * free spot nearest its target found along a spiral stretched to the
 * layout's aspect. */

#define PACK_CELL 96.0

typedef struct
{
  double  x0, y0;
  guint   cols, rows;
  GArray **cells;     /* guint, the boxes touching each cell */
  double *box;        /* x0, y0, x1, y1 of each node, with half the gap around */
} Pack;

static void
pack_cells (const Pack *p,
            const double *b,
            int         *cx0,
            int         *cy0,
            int         *cx1,
            int         *cy1)
{
  *cx0 = CLAMP ((int)floor ((b[0] - p->x0) / PACK_CELL), 0, (int)p->cols - 1);
  *cy0 = CLAMP ((int)floor ((b[1] - p->y0) / PACK_CELL), 0, (int)p->rows - 1);
  *cx1 = CLAMP ((int)floor ((b[2] - p->x0) / PACK_CELL), 0, (int)p->cols - 1);
  *cy1 = CLAMP ((int)floor ((b[3] - p->y0) / PACK_CELL), 0, (int)p->rows - 1);
}

static void
pack_insert (Pack  *p,
             guint  i)
{
  int cx0, cy0, cx1, cy1;

  pack_cells (p, &p->box[4 * i], &cx0, &cy0, &cx1, &cy1);
  for (int cy = cy0; cy <= cy1; cy++)
    for (int cx = cx0; cx <= cx1; cx++)
      {
        GArray **cell = &p->cells[cy * p->cols + cx];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, i);
      }
}

static void
pack_remove (Pack  *p,
             guint  i)
{
  int cx0, cy0, cx1, cy1;

  pack_cells (p, &p->box[4 * i], &cx0, &cy0, &cx1, &cy1);
  for (int cy = cy0; cy <= cy1; cy++)
    for (int cx = cx0; cx <= cx1; cx++)
      {
        GArray *cell = p->cells[cy * p->cols + cx];

        for (guint k = 0; cell != NULL && k < cell->len; k++)
          if (g_array_index (cell, guint, k) == i)
            {
              g_array_remove_index (cell, k);
              break;
            }
      }
}

/* Whether box @i would overlap a placed box if centred at (@x, @y). */
static gboolean
pack_collides (const Pack  *p,
               const Node  *nodes,
               double       gap,
               guint        i,
               double       x,
               double       y)
{
  double b[4] = { x - nodes[i].hw - gap / 2, y - nodes[i].hh - gap / 2,
                  x + nodes[i].hw + gap / 2, y + nodes[i].hh + gap / 2 };
  int cx0, cy0, cx1, cy1;

  pack_cells (p, b, &cx0, &cy0, &cx1, &cy1);
  for (int cy = cy0; cy <= cy1; cy++)
    for (int cx = cx0; cx <= cx1; cx++)
      {
        GArray *cell = p->cells[cy * p->cols + cx];

        for (guint k = 0; cell != NULL && k < cell->len; k++)
          {
            guint j = g_array_index (cell, guint, k);
            const double *o = &p->box[4 * j];

            if (j != i && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3])
              return TRUE;
          }
      }

  return FALSE;
}

static void
pack_set (Pack       *p,
          const Node *nodes,
          double      gap,
          guint       i,
          double      x,
          double      y)
{
  double *b = &p->box[4 * i];

  b[0] = x - nodes[i].hw - gap / 2;
  b[1] = y - nodes[i].hh - gap / 2;
  b[2] = x + nodes[i].hw + gap / 2;
  b[3] = y + nodes[i].hh + gap / 2;
}

typedef struct
{
  guint  node;
  double key;
} Order;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const Order *x = a, *y = b;

  if (x->key != y->key)
    return x->key > y->key ? -1 : 1;
  return x->node < y->node ? -1 : x->node > y->node;
}

/**
 * rt_map_layout_segments_cross:
 * @p: x0, y0, x1, y1 of a segment
 * @q: those of another
 *
 * Returns: whether they cross; segments that merely touch at an end, or
 *   are parallel, do not
 */
gboolean
rt_map_layout_segments_cross (const double *p,
                              const double *q)
{
  double d1x = p[2] - p[0], d1y = p[3] - p[1], d2x = q[2] - q[0], d2y = q[3] - q[1];
  double den = d1x * d2y - d1y * d2x, t, u;

  if (fabs (den) < 1e-12)
    return FALSE;
  t = ((q[0] - p[0]) * d2y - (q[1] - p[1]) * d2x) / den;
  u = ((q[0] - p[0]) * d1y - (q[1] - p[1]) * d1x) / den;
  return t > 1e-9 && t < 1 - 1e-9 && u > 1e-9 && u < 1 - 1e-9;
}

/* Where the segment from the centre of a box towards (tx, ty) leaves it. */
static void
box_exit (double  cx,
          double  cy,
          double  hw,
          double  hh,
          double  tx,
          double  ty,
          double *x,
          double *y)
{
  double dx = tx - cx, dy = ty - cy, t = 1;

  if (fabs (dx) > 1e-9)
    t = MIN (t, hw / fabs (dx));
  if (fabs (dy) > 1e-9)
    t = MIN (t, hh / fabs (dy));
  *x = cx + dx * t;
  *y = cy + dy * t;
}

/**
 * rt_map_layout_curve:
 * @a: x, y, half width, half height of the box a link leaves
 * @b: the same of the box it reaches
 * @curve: (out): x, y of the start, the control point and the end
 *
 * The quadratic curve a link between two boxes is drawn as: from edge to
 * edge, bowed a little always to the same side, so that links meeting at a
 * box fan out. The layout counts crossings on the curves it will be drawn
 * as.
 */
void
rt_map_layout_curve (const double *a,
                     const double *b,
                     double       *curve)
{
  double mx, my, dx, dy, length, bend;

  box_exit (a[0], a[1], a[2], a[3], b[0], b[1], &curve[0], &curve[1]);
  box_exit (b[0], b[1], b[2], b[3], a[0], a[1], &curve[4], &curve[5]);
  mx = (curve[0] + curve[4]) / 2;
  my = (curve[1] + curve[5]) / 2;
  dx = curve[4] - curve[0];
  dy = curve[5] - curve[1];
  length = sqrt (dx * dx + dy * dy);
  bend = MIN (0.14 * length, 60);
  curve[2] = length > 1e-9 ? mx - dy / length * bend : mx;
  curve[3] = length > 1e-9 ? my + dx / length * bend : my;
}

#define UNTANGLE_SEGMENTS 8
#define CURVE_DOUBLES (2 * (UNTANGLE_SEGMENTS + 1))

/* The links between boxes (each pair of linked boxes once), their curves as
 * points and the boxes around them, kept up to date as boxes move. */
typedef struct
{
  guint   *pairs;
  guint    n;
  double  *points;    /* CURVE_DOUBLES for each */
  double  *bounds;    /* x0, y0, x1, y1 for each */
  GArray **of_node;   /* guint: the links of each node */
} Links;

static void
links_update (RtMapLayout *self,
              Links       *l,
              guint        e)
{
  const Node *nodes = (const Node *)(gpointer)self->nodes->data;
  const guint *pair = &l->pairs[2 * e];
  double a[4] = { self->xy[2 * pair[0]], self->xy[2 * pair[0] + 1], nodes[pair[0]].hw, nodes[pair[0]].hh };
  double b[4] = { self->xy[2 * pair[1]], self->xy[2 * pair[1] + 1], nodes[pair[1]].hw, nodes[pair[1]].hh };
  double *points = &l->points[CURVE_DOUBLES * e], *box = &l->bounds[4 * e];
  double c[6];

  rt_map_layout_curve (a, b, c);
  box[0] = box[1] = G_MAXDOUBLE;
  box[2] = box[3] = -G_MAXDOUBLE;
  for (guint k = 0; k <= UNTANGLE_SEGMENTS; k++)
    {
      double t = k / (double)UNTANGLE_SEGMENTS, u = 1 - t;

      points[2 * k] = u * u * c[0] + 2 * u * t * c[2] + t * t * c[4];
      points[2 * k + 1] = u * u * c[1] + 2 * u * t * c[3] + t * t * c[5];
      box[0] = MIN (box[0], points[2 * k]);
      box[1] = MIN (box[1], points[2 * k + 1]);
      box[2] = MAX (box[2], points[2 * k]);
      box[3] = MAX (box[3], points[2 * k + 1]);
    }
}

static void
links_moved (RtMapLayout *self,
             Links       *l,
             guint        node)
{
  GArray *of = l->of_node[node];

  for (guint k = 0; of != NULL && k < of->len; k++)
    links_update (self, l, g_array_index (of, guint, k));
}

/* How many times the links of nodes @i and @j cross other links. */
static guint
crossings_at (Links *l,
              guint  i,
              guint  j)
{
  guint count = 0;

  for (int side = 0; side < 2; side++)
    {
      GArray *of = l->of_node[side == 0 ? i : j];

      if (side == 1 && i == j)
        break;
      for (guint k = 0; of != NULL && k < of->len; k++)
        {
          guint e = g_array_index (of, guint, k);
          const guint *a = &l->pairs[2 * e];
          const double *ba = &l->bounds[4 * e], *p = &l->points[CURVE_DOUBLES * e];

          /* A link between i and j is met from both sides: once. */
          if (side == 1 && (a[0] == i || a[1] == i))
            continue;
          for (guint f = 0; f < l->n; f++)
            {
              const guint *b = &l->pairs[2 * f];
              const double *bb = &l->bounds[4 * f], *q = &l->points[CURVE_DOUBLES * f];

              if (f == e || b[0] == a[0] || b[0] == a[1] || b[1] == a[0] || b[1] == a[1])
                continue;
              /* Pairs of links both at i or j are counted from the first. */
              if (f < e && (b[0] == i || b[1] == i || b[0] == j || b[1] == j))
                continue;
              if (ba[2] < bb[0] || bb[2] < ba[0] || ba[3] < bb[1] || bb[3] < ba[1])
                continue;
              for (guint s = 0; s < UNTANGLE_SEGMENTS; s++)
                for (guint t = 0; t < UNTANGLE_SEGMENTS; t++)
                  count += rt_map_layout_segments_cross (&p[2 * s], &q[2 * t]);
            }
        }
    }

  return count;
}

/* The length of the links of node @i, centre to centre. */
static double
link_length (RtMapLayout *self,
             Links       *l,
             guint        i)
{
  GArray *of = l->of_node[i];
  double total = 0;

  for (guint k = 0; of != NULL && k < of->len; k++)
    {
      const guint *pair = &l->pairs[2 * g_array_index (of, guint, k)];

      total += hypot (self->xy[2 * pair[0]] - self->xy[2 * pair[1]],
                      self->xy[2 * pair[0] + 1] - self->xy[2 * pair[1] + 1]);
    }

  return total;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const guint *x = a, *y = b;

  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* Small boxes (points, perspectives) may be moved to untangle links; the
 * blocks of themes stay where the packing put them. */
#define SMALL_AREA (4 * 80 * 30)
#define MAX_SMALL  64

static void
move_to (RtMapLayout *self,
         Links       *l,
         guint        i,
         double       x,
         double       y)
{
  self->xy[2 * i] = x;
  self->xy[2 * i + 1] = y;
  links_moved (self, l, i);
}

/* Fewer crossings: two small boxes of the same width trade places when that
 * makes their links cross fewer others and covers nothing; then a small
 * box may move to a free spot among the boxes it is linked to, where its
 * links cross fewer others, or as few and are a good deal shorter. */
static void
untangle (RtMapLayout *self,
          Pack        *p,
          const guint *movable,
          guint        n_movable)
{
  const Node *nodes = (const Node *)(gpointer)self->nodes->data;
  double gap = self->pack_gap;
  guint n = self->nodes->len, n_small = 0;
  g_autofree guint *small = g_new (guint, n_movable + 1);
  Links l = { 0 };

  for (guint a = 0; a < n_movable; a++)
    if (nodes[movable[a]].hw * nodes[movable[a]].hh <= SMALL_AREA && n_small < MAX_SMALL)
      small[n_small++] = movable[a];
  if (n_small == 0)
    return;

  /* Each pair of linked boxes once, as the map draws it. */
  l.pairs = g_new (guint, 2 * self->edges->len + 2);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const Edge *edge = &g_array_index (self->edges, Edge, e);

      l.pairs[2 * l.n] = MIN (edge->source, edge->target);
      l.pairs[2 * l.n + 1] = MAX (edge->source, edge->target);
      l.n++;
    }
  qsort (l.pairs, l.n, 2 * sizeof (guint), (GCompareFunc)compare_pairs);
  {
    guint out = 0;

    for (guint k = 0; k < l.n; k++)
      if (out == 0 || compare_pairs (&l.pairs[2 * k], &l.pairs[2 * (out - 1)]) != 0)
        {
          l.pairs[2 * out] = l.pairs[2 * k];
          l.pairs[2 * out + 1] = l.pairs[2 * k + 1];
          out++;
        }
    l.n = out;
  }
  l.points = g_new (double, CURVE_DOUBLES * l.n + 1);
  l.bounds = g_new (double, 4 * l.n + 1);
  l.of_node = g_new0 (GArray *, n + 1);
  for (guint e = 0; e < l.n; e++)
    for (int end = 0; end < 2; end++)
      {
        guint node = l.pairs[2 * e + end];

        if (l.of_node[node] == NULL)
          l.of_node[node] = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (l.of_node[node], e);
      }
  for (guint e = 0; e < l.n; e++)
    links_update (self, &l, e);

  for (guint pass = 0; pass < 8; pass++)
    {
      guint swaps = 0;

      for (guint a = 0; a < n_small; a++)
        for (guint b = a + 1; b < n_small; b++)
          {
            guint i = small[a], j = small[b];
            double xi = self->xy[2 * i], yi = self->xy[2 * i + 1];
            double xj = self->xy[2 * j], yj = self->xy[2 * j + 1];
            guint before, after;
            gboolean fits;

            if (fabs (nodes[i].hw - nodes[j].hw) > 0.5)
              continue;

            before = crossings_at (&l, i, j);
            if (before == 0)
              continue;

            move_to (self, &l, i, xj, yj);
            move_to (self, &l, j, xi, yi);
            after = crossings_at (&l, i, j);

            pack_remove (p, i);
            pack_remove (p, j);
            fits = after < before && !pack_collides (p, nodes, gap, i, xj, yj) &&
                   !pack_collides (p, nodes, gap, j, xi, yi);
            if (fits)
              {
                /* The two must not cover each other either. */
                pack_set (p, nodes, gap, i, xj, yj);
                pack_insert (p, i);
                fits = !pack_collides (p, nodes, gap, j, xi, yi);
                pack_remove (p, i);
              }
            if (!fits)
              {
                move_to (self, &l, i, xi, yi);
                move_to (self, &l, j, xj, yj);
              }
            else
              swaps++;
            pack_set (p, nodes, gap, i, self->xy[2 * i], self->xy[2 * i + 1]);
            pack_insert (p, i);
            pack_set (p, nodes, gap, j, self->xy[2 * j], self->xy[2 * j + 1]);
            pack_insert (p, j);
          }

      if (swaps == 0)
        break;
    }

  for (guint a = 0; a < n_small; a++)
    {
      guint i = small[a], n_found = 0;
      GArray *of = l.of_node[i];
      double best_x = self->xy[2 * i], best_y = self->xy[2 * i + 1], cx = 0, cy = 0, best_length;
      double step = 12, r = 0, angle = 0, stretch = sqrt (self->aspect);
      guint best, guard = 0;

      if (of == NULL || of->len == 0)
        continue;
      for (guint k = 0; k < of->len; k++)
        {
          const guint *pair = &l.pairs[2 * g_array_index (of, guint, k)];
          guint other = pair[0] == i ? pair[1] : pair[0];

          cx += self->xy[2 * other];
          cy += self->xy[2 * other + 1];
        }
      cx /= of->len;
      cy /= of->len;
      best = crossings_at (&l, i, i);
      best_length = link_length (self, &l, i);

      /* The first free spots on a spiral round the middle of its boxes. */
      pack_remove (p, i);
      while (n_found < 48 && guard++ < 20000)
        {
          double x = cx + r * cos (angle) * stretch, y = cy + r * sin (angle) / stretch;
          guint count;
          double length;

          angle += step / MAX (r, step);
          r = step * angle / (2 * G_PI);
          if (pack_collides (p, nodes, gap, i, x, y))
            continue;
          n_found++;
          move_to (self, &l, i, x, y);
          count = crossings_at (&l, i, i);
          length = link_length (self, &l, i);
          if (count < best || (count == best && length < best_length * 0.7))
            {
              best = count;
              best_length = length;
              best_x = x;
              best_y = y;
            }
        }
      move_to (self, &l, i, best_x, best_y);
      pack_set (p, nodes, gap, i, best_x, best_y);
      pack_insert (p, i);
    }

  for (guint i = 0; i < n; i++)
    if (l.of_node[i] != NULL)
      g_array_unref (l.of_node[i]);
  g_free (l.of_node);
  g_free (l.pairs);
  g_free (l.points);
  g_free (l.bounds);
}

static void
pack (RtMapLayout *self)
{
  guint n = self->nodes->len, n_order = 0;
  const Node *nodes = (const Node *)(gpointer)self->nodes->data;
  double gap = self->pack_gap, stretch = self->aspect;
  double minx = G_MAXDOUBLE, miny = G_MAXDOUBLE, maxx = -G_MAXDOUBLE, maxy = -G_MAXDOUBLE;
  double total = 0, cx = 0, cy = 0, weight = 0, reach;
  g_autofree Order *order = g_new (Order, n + 1);
  g_autofree double *target = g_new (double, 2 * n + 2);
  Pack p = { 0 };

  for (guint i = 0; i < n; i++)
    {
      double area;

      if (nodes[i].passive)
        continue;
      area = (2 * nodes[i].hw + gap) * (2 * nodes[i].hh + gap);
      total += area;
      minx = MIN (minx, self->xy[2 * i] - nodes[i].hw);
      maxx = MAX (maxx, self->xy[2 * i] + nodes[i].hw);
      miny = MIN (miny, self->xy[2 * i + 1] - nodes[i].hh);
      maxy = MAX (maxy, self->xy[2 * i + 1] + nodes[i].hh);
      cx += self->xy[2 * i] * area;
      cy += self->xy[2 * i + 1] * area;
      weight += area;
      target[2 * i] = self->xy[2 * i];
      target[2 * i + 1] = self->xy[2 * i + 1];
    }
  if (weight <= 0)
    return;
  cx /= weight;
  cy /= weight;

  /* The forces leave room between the boxes; draw their picture together
   * to about the area the boxes need, keeping its shape. */
  if (self->pack_compact)
    {
      double f = sqrt (total * 1.15 / MAX ((maxx - minx) * (maxy - miny), 1));
      /* And to the shape of the frame: wider than the forces left it. */
      double shape = sqrt (self->aspect / MAX ((maxx - minx) / MAX (maxy - miny, 1), 1e-3));
      double fx = CLAMP (f * shape, 0.02, 1.5), fy = CLAMP (f / shape, 0.02, 1.0);

      for (guint i = 0; i < n; i++)
        if (!nodes[i].passive && !nodes[i].pinned)
          {
            target[2 * i] = cx + fx * (self->xy[2 * i] - cx);
            target[2 * i + 1] = cy + fy * (self->xy[2 * i + 1] - cy);
          }
    }

  /* A grid large enough for any spiral: the targets and room around them. */
  reach = 2 * sqrt (total) + 400;
  p.x0 = MIN (minx, cx - reach) - reach;
  p.y0 = MIN (miny, cy - reach) - reach;
  p.cols = (guint)((MAX (maxx, cx + reach) + reach - p.x0) / PACK_CELL) + 1;
  p.rows = (guint)((MAX (maxy, cy + reach) + reach - p.y0) / PACK_CELL) + 1;
  while ((double)p.cols * p.rows > 4e6)
    {
      /* Absurdly scattered targets: keep the memory bounded. */
      p.cols = p.cols / 2 + 1;
      p.rows = p.rows / 2 + 1;
    }
  p.cells = g_new0 (GArray *, (gsize)p.cols * p.rows);
  p.box = g_new0 (double, 4 * n + 4);

  /* Pinned boxes first, where they are; then the others, largest first. */
  for (guint i = 0; i < n; i++)
    if (!nodes[i].passive && nodes[i].pinned)
      {
        pack_set (&p, nodes, gap, i, self->xy[2 * i], self->xy[2 * i + 1]);
        pack_insert (&p, i);
      }
  for (guint i = 0; i < n; i++)
    if (!nodes[i].passive && !nodes[i].pinned)
      order[n_order++] = (Order) { i, (2 * nodes[i].hw) * (2 * nodes[i].hh) };
  qsort (order, n_order, sizeof (Order), (GCompareFunc)compare_order);

  for (guint k = 0; k < n_order; k++)
    {
      guint i = order[k].node;
      double tx = target[2 * i], ty = target[2 * i + 1];
      /* Steps in proportion to the box: a large block need not be placed
       * to the unit, and must not run out of steps before it finds room. */
      double x = tx, y = ty, step = CLAMP (MIN (nodes[i].hw, nodes[i].hh) / 4, 6, 40), r = 0, angle = 0;
      guint guard = 0;

      /* An Archimedean spiral, a step further out each turn, points a step
       * apart along it, stretched to the aspect. */
      while (pack_collides (&p, nodes, gap, i, x, y) && guard++ < 4000000)
        {
          angle += step / MAX (r, step);
          r = step * angle / (2 * G_PI);
          x = tx + r * cos (angle) * stretch;
          y = ty + r * sin (angle) / stretch;
        }
      self->xy[2 * i] = x;
      self->xy[2 * i + 1] = y;
      pack_set (&p, nodes, gap, i, x, y);
      pack_insert (&p, i);
    }

  /* Then each box as close to the centre as it goes: towards it, then
   * along each axis, in shrinking steps, nearest boxes first. */
  if (self->pack_compact)
    for (guint pass = 0; pass < 24; pass++)
      {
        guint moved = 0;

        for (guint k = 0; k < n_order; k++)
          order[k].key = -hypot ((self->xy[2 * order[k].node] - cx) / stretch,
                                 (self->xy[2 * order[k].node + 1] - cy) * stretch);
        qsort (order, n_order, sizeof (Order), (GCompareFunc)compare_order);

        for (guint k = 0; k < n_order; k++)
          {
            guint i = order[k].node;

            pack_remove (&p, i);
            for (double step = 48; step >= 1.5; step /= 2)
              for (int axis = 0; axis < 3; axis++)
                for (;;)
                  {
                    double x = self->xy[2 * i], y = self->xy[2 * i + 1];
                    double dx = cx - x, dy = cy - y;
                    /* Towards the centre, drawn in harder across than
                     * along, so that the map keeps the frame's shape. */
                    double wx = dx / (stretch * stretch), d = hypot (wx, dy), nx, ny;

                    /* 0: up or down; 1: towards the centre; 2: across. */
                    if (axis == 0 && fabs (dy) >= step)
                      nx = x, ny = y + (dy > 0 ? step : -step);
                    else if (axis == 1 && d >= step && hypot (dx, dy) >= step)
                      nx = x + wx / d * step, ny = y + dy / d * step;
                    else if (axis == 2 && fabs (dx) >= step * stretch * stretch)
                      nx = x + (dx > 0 ? step : -step), ny = y;
                    else
                      break;
                    if (pack_collides (&p, nodes, gap, i, nx, ny))
                      break;
                    self->xy[2 * i] = nx;
                    self->xy[2 * i + 1] = ny;
                    moved++;
                  }
            pack_set (&p, nodes, gap, i, self->xy[2 * i], self->xy[2 * i + 1]);
            pack_insert (&p, i);
          }

        if (moved == 0)
          break;
      }

  if (self->pack_compact)
    {
      g_autofree guint *movable = g_new (guint, n_order + 1);

      for (guint k = 0; k < n_order; k++)
        movable[k] = order[k].node;
      untangle (self, &p, movable, n_order);
    }

  for (gsize c = 0; c < (gsize)p.cols * p.rows; c++)
    if (p.cells[c] != NULL)
      g_array_unref (p.cells[c]);
  g_free (p.cells);
  g_free (p.box);
}

static void
finish (RtMapLayout *self)
{
  if (self->packing)
    pack (self);
  else
    for (int pass = 0; pass < 6; pass++)
      remove_overlaps (self, 1.0);
  self->converged = TRUE;
}

static void
iterate (RtMapLayout *self)
{
  guint n = self->nodes->len;
  const Node *nodes = (const Node *)self->nodes->data;
  double max_move = 0;

  build_quadtree (self);
  memset (self->force, 0, sizeof (double) * 2 * n);

  for (guint i = 0; i < n; i++)
    {
      if (nodes[i].pinned)
        continue;

      add_repulsion (self, i, &self->force[2 * i], &self->force[2 * i + 1]);
      self->force[2 * i] -= GRAVITY / sqrt (self->aspect) * nodes[i].charge * self->xy[2 * i];
      self->force[2 * i + 1] -= GRAVITY * sqrt (self->aspect) * nodes[i].charge * self->xy[2 * i + 1];
    }

  for (guint e = 0; e < self->edges->len; e++)
    {
      const Edge *edge = &g_array_index (self->edges, Edge, e);
      double dx = self->xy[2 * edge->target] - self->xy[2 * edge->source];
      double dy = self->xy[2 * edge->target + 1] - self->xy[2 * edge->source + 1];
      double d = sqrt (dx * dx + dy * dy) + 1e-9;
      double f = edge->strength * (d - edge->length) / d;

      self->force[2 * edge->source] += dx * f;
      self->force[2 * edge->source + 1] += dy * f;
      self->force[2 * edge->target] -= dx * f;
      self->force[2 * edge->target + 1] -= dy * f;
    }

  for (guint i = 0; i < n; i++)
    {
      double fx, fy, len, scale;

      if (nodes[i].pinned)
        continue;

      /* Dividing by the node's stiffness keeps a theme with hundreds of
       * cards from overshooting: a Jacobi step rather than plain gradient. */
      scale = 1 / MAX (1.0, GRAVITY * nodes[i].charge + nodes[i].stiffness);
      fx = self->force[2 * i] * scale;
      fy = self->force[2 * i + 1] * scale;
      len = sqrt (fx * fx + fy * fy);
      if (len > self->temperature)
        {
          fx *= self->temperature / len;
          fy *= self->temperature / len;
          len = self->temperature;
        }
      self->xy[2 * i] += fx;
      self->xy[2 * i + 1] += fy;
      max_move = MAX (max_move, len);
    }

  if (self->iteration >= MIN (self->overlaps_from, self->max_iterations / 5))
    {
      /* A layout that starts from a sketch has few overlaps from the
       * start, and removes them as they arise: the positions shown while it
       * runs are usable. */
      if (self->overlap_passes > 0)
        for (guint pass = 0; pass < self->overlap_passes; pass++)
          remove_overlaps (self, 1.0);
      else
        remove_overlaps (self, 0.5);
    }

  self->temperature *= self->cooling;
  self->iteration++;

  if (self->iteration >= self->max_iterations || self->temperature < MIN_TEMP ||
      (self->iteration > 20 && max_move < 0.05))
    finish (self);
}

/**
 * rt_map_layout_step:
 *
 * Runs up to @iterations iterations.
 *
 * Returns: %TRUE while the layout has not converged
 */
gboolean
rt_map_layout_step (RtMapLayout *self,
                    guint        iterations)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->prepared)
    prepare (self);

  for (guint k = 0; k < iterations && !self->converged; k++)
    {
      if (self->nodes->len == 0)
        self->converged = TRUE;
      else if (self->max_iterations == 0)
        finish (self);
      else
        iterate (self);
    }

  return !self->converged;
}

void
rt_map_layout_run (RtMapLayout *self)
{
  g_return_if_fail (self != NULL);

  while (rt_map_layout_step (self, 16))
    ;
}

/**
 * rt_map_layout_get_positions:
 *
 * Returns: (transfer none): x, y of every node
 */
const double *
rt_map_layout_get_positions (const RtMapLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!self->prepared)
    prepare ((RtMapLayout *)self);

  return self->xy;
}

void
rt_map_layout_get_position (const RtMapLayout *self,
                            guint              node,
                            double            *x,
                            double            *y)
{
  const double *xy;

  g_return_if_fail (self != NULL);
  g_return_if_fail (node < self->nodes->len);

  xy = rt_map_layout_get_positions (self);
  *x = xy[2 * node];
  *y = xy[2 * node + 1];
}

/* Asynchronous runs. The worker publishes positions into a shared buffer;
 * the main context picks up the newest ones, so a slow screen skips frames
 * instead of queueing them. */
typedef struct
{
  gatomicrefcount     ref_count;
  GMutex              mutex;
  GMainContext       *context;
  GCancellable       *cancellable;
  RtMapLayoutProgress progress;
  gpointer            progress_data;
  GDestroyNotify      progress_data_destroy;
  double             *xy;
  guint               n_nodes;
  guint               iteration;
  gboolean            pending;
  guint               report_every;
} Report;

static Report *
report_ref (Report *report)
{
  g_atomic_ref_count_inc (&report->ref_count);
  return report;
}

static void
report_unref (Report *report)
{
  if (!g_atomic_ref_count_dec (&report->ref_count))
    return;

  if (report->progress_data_destroy != NULL)
    report->progress_data_destroy (report->progress_data);
  g_mutex_clear (&report->mutex);
  g_clear_object (&report->cancellable);
  g_main_context_unref (report->context);
  g_free (report->xy);
  g_free (report);
}

static gboolean
report_dispatch (gpointer data)
{
  Report *report = data;
  g_autofree double *xy = NULL;
  guint iteration;

  g_mutex_lock (&report->mutex);
  xy = g_memdup2 (report->xy, sizeof (double) * 2 * report->n_nodes);
  iteration = report->iteration;
  report->pending = FALSE;
  g_mutex_unlock (&report->mutex);

  if (report->progress != NULL &&
      (report->cancellable == NULL || !g_cancellable_is_cancelled (report->cancellable)))
    report->progress (xy, report->n_nodes, iteration, report->progress_data);

  return G_SOURCE_REMOVE;
}

static void
publish (Report      *report,
         RtMapLayout *layout)
{
  gboolean post;

  g_mutex_lock (&report->mutex);
  memcpy (report->xy, layout->xy, sizeof (double) * 2 * report->n_nodes);
  report->iteration = layout->iteration;
  post = !report->pending;
  report->pending = TRUE;
  g_mutex_unlock (&report->mutex);

  /* At the priority of the task's completion, and queued before it: the
   * caller sees the last positions before it learns the layout is done. */
  if (post)
    g_main_context_invoke_full (report->context, G_PRIORITY_DEFAULT,
                                report_dispatch, report_ref (report),
                                (GDestroyNotify)report_unref);
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RtMapLayout *layout = g_task_get_task_data (task);
  Report *report = g_object_get_data (G_OBJECT (task), "rt-report");

  if (!layout->prepared)
    prepare (layout);

  while (rt_map_layout_step (layout, report->report_every))
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      if (report->progress != NULL)
        publish (report, layout);
    }

  /* A layout that converged within one report still shows its result. */
  if (report->progress != NULL)
    publish (report, layout);

  g_task_return_boolean (task, TRUE);
}

/**
 * rt_map_layout_run_async:
 * @self: (transfer full): the layout, owned by the run until it finishes
 * @report_every: iterations between two calls of @progress
 *
 * Runs the layout in a worker thread. @progress is called in the thread-default
 * main context of the caller, never after @cancellable was cancelled.
 */
void
rt_map_layout_run_async (RtMapLayout         *self,
                         guint                report_every,
                         GCancellable        *cancellable,
                         RtMapLayoutProgress  progress,
                         gpointer             progress_data,
                         GDestroyNotify       progress_data_destroy,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Report *report;

  g_return_if_fail (self != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_map_layout_run_async);
  g_task_set_task_data (task, self, (GDestroyNotify)rt_map_layout_free);

  /* prepare() runs in the thread: on a large map it lays out a sketch. */
  report = g_new0 (Report, 1);
  g_atomic_ref_count_init (&report->ref_count);
  g_mutex_init (&report->mutex);
  report->context = g_main_context_ref_thread_default ();
  report->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  report->progress = progress;
  report->progress_data = progress_data;
  report->progress_data_destroy = progress_data_destroy;
  report->n_nodes = self->nodes->len;
  report->xy = g_new0 (double, 2 * self->nodes->len + 2);
  report->report_every = MAX (report_every, 1);
  g_object_set_data_full (G_OBJECT (task), "rt-report", report, (GDestroyNotify)report_unref);

  g_task_run_in_thread (task, run_in_thread);
}

/**
 * rt_map_layout_run_finish:
 *
 * Returns: (transfer full): the converged layout, or %NULL with @error set
 */
RtMapLayout *
rt_map_layout_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  GTask *task;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  task = G_TASK (result);
  if (!g_task_propagate_boolean (task, error))
    return NULL;

  return rt_map_layout_copy (g_task_get_task_data (task));
}

double
rt_map_layout_measure_edge_cv (const double *xy,
                               const guint  *edges,
                               guint         n_edges)
{
  double sum = 0, sum2 = 0, mean;

  if (n_edges == 0)
    return 0;

  for (guint e = 0; e < n_edges; e++)
    {
      double dx = xy[2 * edges[2 * e + 1]] - xy[2 * edges[2 * e]];
      double dy = xy[2 * edges[2 * e + 1] + 1] - xy[2 * edges[2 * e] + 1];
      double d = sqrt (dx * dx + dy * dy);

      sum += d;
      sum2 += d * d;
    }

  mean = sum / n_edges;
  if (mean <= 0)
    return 0;

  return sqrt (MAX (0, sum2 / n_edges - mean * mean)) / mean;
}

/**
 * rt_map_layout_count_overlaps:
 *
 * Returns: the number of pairs of nodes whose boxes overlap
 */
guint
rt_map_layout_count_overlaps (const double *xy,
                              const double *half_sizes,
                              guint         n_nodes)
{
  g_autofree guint *start = NULL;
  g_autofree guint *items = NULL;
  guint allocated = 0, cols, rows, count = 0;
  double max_half = 0, minx, miny, cell;

  if (n_nodes < 2)
    return 0;

  for (guint i = 0; i < n_nodes; i++)
    max_half = MAX (max_half, MAX (half_sizes[2 * i], half_sizes[2 * i + 1]));

  cell = build_grid (xy, NULL, n_nodes, 2 * max_half + 1, &minx, &miny, &cols, &rows,
                     &start, &items, &allocated);

  for (guint i = 0; i < n_nodes; i++)
    {
      int cx = (int)((xy[2 * i] - minx) / cell);
      int cy = (int)((xy[2 * i + 1] - miny) / cell);

      for (int gy = MAX (cy - 1, 0); gy <= MIN (cy + 1, (int)rows - 1); gy++)
        for (int gx = MAX (cx - 1, 0); gx <= MIN (cx + 1, (int)cols - 1); gx++)
          {
            guint c = gy * cols + gx;

            for (guint k = start[c]; k < start[c + 1]; k++)
              {
                guint j = items[k];

                if (j <= i)
                  continue;
                if (fabs (xy[2 * j] - xy[2 * i]) < half_sizes[2 * i] + half_sizes[2 * j] &&
                    fabs (xy[2 * j + 1] - xy[2 * i + 1]) < half_sizes[2 * i + 1] + half_sizes[2 * j + 1])
                  count++;
              }
          }
    }

  return count;
}
