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

/* Sizes in map units. Cards and points are as wide as twelve characters;
 * a card shows at most three lines of its text. */
#define RT_MAP_CARD_WIDTH     132.0
#define RT_MAP_PAD_X          6.0
#define RT_MAP_PAD_TOP        6.0
#define RT_MAP_PAD_BOTTOM     5.0
#define RT_MAP_CARD_LINES     3
#define RT_MAP_GAP            4.0     /* between the cards of a theme */
#define RT_MAP_BLOCK_PAD      5.0     /* around them, inside the theme's panel */
#define RT_MAP_SPACE          14.0    /* between the boxes of the map */
#define RT_MAP_PERSPECTIVE_WIDTH 172.0

typedef struct
{
  RtMapNodeKind kind;
  gint64        item_id;
  char         *title;
  char         *text;
  char         *detail;
  char         *links;     /* a card: the points it is linked to, as shown on it */
  RtColor       color;
  /* The centre of the node's box; for a theme, of its header. */
  double        x;
  double        y;
  double        hw;
  double        hh;
  /* A theme or a point with docked children: its whole block, whose top
   * edge is the top of the header, centred on x. */
  double        bw;
  double        bh;
  /* A docked card or proposal: its theme or point, and its centre relative
   * to that node's centre. */
  int           parent;
  int           home;      /* a card's theme, a proposal's point, whether docked or not */
  double        dx;
  double        dy;
  guint         n_docked;
  guint         n_cards;
  guint         columns;   /* a theme's columns of cards; 0: chosen for its shape */
  guint         stamp;
  guint         pinned : 1;
  guint         placed : 1;
  guint         lit : 1;
  guint         hidden : 1;
  guint         sized : 1;
  PangoLayout  *text_layout;
  PangoLayout  *detail_layout;
  PangoLayout  *links_layout;
  PangoLayout  *fold_layout;     /* a folded theme: its first opinions, one line each */
  PangoLayout  *fold_header;     /* a folded theme's name and count, or a label */
  GArray       *fold_lines;      /* the card of each line of fold_layout, or -1 */
  double        fold_size;
  double        fold_width;
  double        fold_height;
  int           fold_lines_per;  /* lines each opinion has in fold_layout */
  GArray       *kids;            /* the nodes docked in this one, in order */
} RtMapNode;

typedef struct
{
  guint         source;
  guint         target;
  RtMapEdgeKind kind;
  guint         stamp;
} RtMapEdge;

/* A link as drawn: the edges between two boxes taken together (the cards of
 * a theme linked to one point become one link from the theme's block), as a
 * quadratic curve from a to b through c. */
typedef struct
{
  guint         source;   /* the node whose box the link leaves: a block, or a node */
  guint         target;
  RtMapEdgeKind kind;
  guint         weight;
  double        ax, ay, cx, cy, bx, by;
  guint         stamp;
} RtMapCurve;

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
  guint  *edge_items;    /* links, not edges */
} RtMapGrid;

struct _RtMap
{
  GObject       parent_instance;

  GArray       *nodes;
  GArray       *edges;
  GArray       *curves;
  GHashTable   *index;
  RtMapGrid     grid;
  PangoContext *pango;
  PangoLayout  *legend[5];
  double        legend_size;
  RtMapReport  *report;
  double        print_min_text;
  const RtMapRect *whole_only;      /* a tile: only nodes wholly in it are drawn */
  guint         stamp;
  guint         n_painted;
  int           selected;
  int           focus;
  int           subject;            /* a focused map: its point or theme */
  guint         grid_dirty : 1;
  guint         curves_dirty : 1;
  guint         blocks_dirty : 1;
  guint         printing : 1;
  guint         bylines : 1;        /* cards show their speaker */
  guint         show_proposals : 1; /* proposals are listed under their point */
  guint         side_links : 1;     /* arranged in columns: links leave boxes by their sides */
};

#define RT_MAP_NODE(self, i) (&g_array_index ((self)->nodes, RtMapNode, (i)))
#define RT_MAP_EDGE(self, i) (&g_array_index ((self)->edges, RtMapEdge, (i)))
#define RT_MAP_CURVE(self, i) (&g_array_index ((self)->curves, RtMapCurve, (i)))

/* The words of the map are the committee's, Japanese like its handouts,
 * whatever the language of the interface (see rt-handout-private.h). */
typedef enum
{
  RT_MAP_WORD_POINT,
  RT_MAP_WORD_PROPOSAL,
  RT_MAP_WORD_PERSPECTIVE,
  RT_MAP_WORD_THEME,
  RT_MAP_WORD_CARD,
  RT_MAP_WORD_MAP,
  RT_MAP_N_WORDS
} RtMapWord;

const char *_rt_map_word          (RtMapWord        word);
char       *_rt_map_point_title   (int              number);
char       *_rt_map_count         (guint            n);

void   _rt_map_invalidate     (RtMap           *self);
void   _rt_map_place_children (RtMap           *self);
void   _rt_map_ensure_grid    (RtMap           *self);
void   _rt_map_ensure_blocks  (RtMap           *self);
void   _rt_map_ensure_curves   (RtMap           *self);
void   _rt_map_flatten_curve   (const RtMapCurve *curve,
                               double          *points,
                               guint            n_points);
void   _rt_map_query          (RtMap           *self,
                               const RtMapRect *rect,
                               GArray          *nodes,
                               GArray          *links);
void   _rt_map_clear_layouts  (RtMap           *self);
void   _rt_map_get_block      (RtMap           *self,
                               guint            node,
                               RtMapRect       *rect);

/* rt-map-paint.c */
gboolean      _rt_map_fold_shows_all (RtMap          *self,
                                      double          fold);

/* rt-map-text.c */
PangoContext *_rt_map_get_pango     (RtMap           *self);
PangoLayout  *_rt_map_make_layout   (RtMap           *self,
                                     const char      *markup,
                                     double           size,
                                     gboolean         bold,
                                     double           width,
                                     int              max_lines);
PangoLayout  *_rt_map_make_fitted_layout (RtMap       *self,
                                     const char      *prefix_markup,
                                     const char      *text,
                                     const char      *suffix_markup,
                                     double           size,
                                     gboolean         bold,
                                     double           width,
                                     int              max_lines);
double        _rt_map_layout_height (PangoLayout     *layout);
void          _rt_map_size_node     (RtMap           *self,
                                     RtMapNode       *n);
double        _rt_map_line_height   (RtMap           *self,
                                     double           size);

/* rt-map-report.c */
gboolean _rt_map_reporting          (RtMap           *self);
void     _rt_map_report_text        (RtMap           *self,
                                     cairo_t         *cr,
                                     double           x,
                                     double           y,
                                     double           w,
                                     double           h,
                                     double           size,
                                     int              node,
                                     gboolean         opinion);
void     _rt_map_report_box         (RtMap           *self,
                                     cairo_t         *cr,
                                     const RtMapRect *rect,
                                     int              node,
                                     int              parent);
void     _rt_map_report_link        (RtMap           *self,
                                     cairo_t         *cr,
                                     const double    *points,
                                     guint            n_points,
                                     int              source,
                                     int              target);

G_END_DECLS
