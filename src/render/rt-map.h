/* rt-map.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rt-color.h"
#include "rt-committee.h"
#include "rt-speaker-policy.h"
#include "rt-map-layout.h"

G_BEGIN_DECLS

#define RT_MAP_ERROR (rt_map_error_quark ())

typedef enum
{
  RT_MAP_ERROR_FAILED,
  RT_MAP_ERROR_UNKNOWN_FORMAT,
} RtMapError;

typedef enum
{
  RT_MAP_PAPER_A4,
  RT_MAP_PAPER_A3,
} RtMapPaper;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RtMapRect;

/* What part of the map a view shows: the map point at its top left corner,
 * and how many device units (pixels, points) one map unit takes. */
typedef struct
{
  double x;
  double y;
  double scale;
  double width;
  double height;
} RtMapViewport;

#define RT_TYPE_MAP (rt_map_get_type ())

G_DECLARE_FINAL_TYPE (RtMap, rt_map, RT, MAP, GObject)

GQuark        rt_map_error_quark          (void);

/* What a map drawn for others may show: the projector and the handouts leave
 * out 非公開 cards and never name a hidden speaker. */
typedef enum
{
  RT_MAP_CONTENT_ALL           = 0,
  RT_MAP_CONTENT_PUBLIC_ONLY   = 1 << 0,
  RT_MAP_CONTENT_HIDE_SPEAKERS = 1 << 1,
} RtMapContent;

RtMap        *rt_map_new                  (void);
RtMap        *rt_map_new_from_committee   (RtCommittee          *committee,
                                           GError              **error);
RtMap        *rt_map_new_for_audience     (RtCommittee          *committee,
                                           RtMapContent          content,
                                           GError              **error);
RtMap        *rt_map_new_for_output       (RtCommittee          *committee,
                                           RtMapContent          content,
                                           RtSpeakerPolicy      *speakers,
                                           RtOutput              output,
                                           RtSpeakerDisplay      display,
                                           GError              **error);

guint         rt_map_add_node             (RtMap                *self,
                                           RtMapNodeKind         kind,
                                           gint64                item_id,
                                           const char           *title,
                                           const char           *text,
                                           const char           *detail,
                                           const RtColor        *color);
void          rt_map_add_edge             (RtMap                *self,
                                           guint                 source,
                                           guint                 target);
void          rt_map_set_node_text        (RtMap                *self,
                                           guint                 node,
                                           const char           *text,
                                           const char           *detail);
gint64        rt_map_get_card_theme       (RtMap                *self,
                                           guint                 node);
guint         rt_map_get_n_nodes          (RtMap                *self);
guint         rt_map_get_n_edges          (RtMap                *self);
void          rt_map_get_edge             (RtMap                *self,
                                           guint                 edge,
                                           guint                *source,
                                           guint                *target);
RtMapNodeKind rt_map_get_node_kind        (RtMap                *self,
                                           guint                 node);
gint64        rt_map_get_node_item_id     (RtMap                *self,
                                           guint                 node);
const char   *rt_map_get_node_text        (RtMap                *self,
                                           guint                 node);
int           rt_map_find_node            (RtMap                *self,
                                           RtMapNodeKind         kind,
                                           gint64                item_id);
void          rt_map_get_node_position    (RtMap                *self,
                                           guint                 node,
                                           double               *x,
                                           double               *y);
void          rt_map_move_node            (RtMap                *self,
                                           guint                 node,
                                           double                x,
                                           double                y);
gboolean      rt_map_get_node_pinned      (RtMap                *self,
                                           guint                 node);
void          rt_map_set_node_pinned      (RtMap                *self,
                                           guint                 node,
                                           gboolean              pinned);
void          rt_map_get_node_rect        (RtMap                *self,
                                           guint                 node,
                                           RtMapRect            *rect);
gboolean      rt_map_get_bounds           (RtMap                *self,
                                           RtMapRect            *bounds);
int           rt_map_hit_test             (RtMap                *self,
                                           double                x,
                                           double                y);

gboolean      rt_map_get_complete         (RtMap                *self);
void          rt_map_apply_positions      (RtMap                *self,
                                           const RtMapPosition  *positions,
                                           guint                 n_positions);
GArray       *rt_map_get_positions        (RtMap                *self);
RtMapLayout  *rt_map_create_layout        (RtMap                *self,
                                           guint32               seed,
                                           gboolean              keep_positions);
void          rt_map_set_layout_positions (RtMap                *self,
                                           const double         *xy,
                                           guint                 n_nodes);
void          rt_map_layout_now           (RtMap                *self,
                                           guint32               seed,
                                           gboolean              keep_positions);

int           rt_map_get_selected         (RtMap                *self);
void          rt_map_set_selected         (RtMap                *self,
                                           int                   node);
int           rt_map_get_focus            (RtMap                *self);
void          rt_map_set_focus            (RtMap                *self,
                                           int                   node);

void          rt_map_fit                  (RtMap                *self,
                                           RtMapViewport        *viewport,
                                           double                width,
                                           double                height,
                                           double                margin);
void          rt_map_paint                (RtMap                *self,
                                           cairo_t              *cr,
                                           const RtMapViewport  *viewport);
guint         rt_map_get_n_painted        (RtMap                *self);
double        rt_map_paint_legend         (RtMap                *self,
                                           cairo_t              *cr,
                                           double                x,
                                           double                y,
                                           double                width);
guint         rt_map_get_n_pages          (RtMap                *self,
                                           double                width,
                                           double                height);
void          rt_map_paint_page           (RtMap                *self,
                                           cairo_t              *cr,
                                           guint                 page,
                                           double                width,
                                           double                height);
void          rt_map_get_paper_size       (RtMapPaper            paper,
                                           double               *width,
                                           double               *height);
gboolean      rt_map_export               (RtMap                *self,
                                           const char           *path,
                                           RtMapPaper            paper,
                                           const char           *title,
                                           GError              **error);

G_END_DECLS
