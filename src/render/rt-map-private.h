/* rt-map-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rt-map.h"

G_BEGIN_DECLS

typedef enum
{
  RT_MAP_EDGE_CARD_THEME,
  RT_MAP_EDGE_THEME_POINT,
  RT_MAP_EDGE_CARD_POINT,
  RT_MAP_EDGE_PROPOSAL_POINT,
  RT_MAP_EDGE_OTHER,
  RT_MAP_N_EDGE_KINDS
} RtMapEdgeKind;

typedef struct
{
  RtMapNodeKind kind;
  gint64        item_id;
  char         *title;
  char         *text;
  char         *detail;
  RtColor       color;
  double        x;
  double        y;
  double        hw;
  double        hh;
  guint         stamp;
  guint         n_cards;
  guint         pinned : 1;
  guint         placed : 1;
  guint         lit : 1;
  PangoLayout  *title_layout;
  PangoLayout  *text_layout;
  PangoLayout  *detail_layout;
} RtMapNode;

typedef struct
{
  guint         source;
  guint         target;
  RtMapEdgeKind kind;
  guint         stamp;
} RtMapEdge;

/* A uniform grid over the map: each cell lists the nodes whose boxes and the
 * edges whose segments touch it, as compressed rows. */
typedef struct
{
  double  x0;
  double  y0;
  double  cell;
  guint   cols;
  guint   rows;
  guint  *node_start;
  guint  *node_items;
  guint  *edge_start;
  guint  *edge_items;
} RtMapGrid;

struct _RtMap
{
  GObject       parent_instance;

  GArray       *nodes;
  GArray       *edges;
  GHashTable   *index;
  RtMapGrid     grid;
  PangoContext *pango;
  PangoLayout  *legend[8];
  PangoLayout  *tile_label;
  guint         stamp;
  guint         n_painted;
  int           selected;
  int           focus;
  guint         grid_dirty : 1;
  guint         printing : 1;
};

#define RT_MAP_NODE(self, i) (&g_array_index ((self)->nodes, RtMapNode, (i)))
#define RT_MAP_EDGE(self, i) (&g_array_index ((self)->edges, RtMapEdge, (i)))

void   _rt_map_ensure_grid    (RtMap           *self);
void   _rt_map_query          (RtMap           *self,
                               const RtMapRect *rect,
                               GArray          *nodes,
                               GArray          *edges);
void   _rt_map_clear_layouts  (RtMap           *self);

G_END_DECLS
