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
#include "rt-snapshot.h"

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

/* How the map is arranged: by forces (themes near the points they are linked
 * to, saved with the committee and moved by hand), or in columns: the points
 * in the middle in their order, the themes beside them in the order of the
 * 資料, the same at every meeting. */
typedef enum
{
  RT_MAP_ARRANGEMENT_FORCE,
  RT_MAP_ARRANGEMENT_STRUCTURED,
} RtMapArrangement;

/* Every word on the map is drawn at this size in map units, titles in bold:
 * one size keeps the map as small as its text allows. */
#define RT_MAP_TEXT_SIZE 10.0

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RtMapRect;

/* What part of the map a view shows: the map point at its top left corner,
 * and how many device units (pixels, points) one map unit takes.
 * @min_text is the smallest text the view may show, in device units (0: 12 px
 * on screen, 6.5 pt on paper); where the map's own text would be smaller, the
 * themes fold into blocks and labels are drawn at that size instead. */
typedef struct
{
  double x;
  double y;
  double scale;
  double width;
  double height;
  double min_text;
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
RtMap        *rt_map_new_for_snapshot     (RtSnapshot           *snapshot,
                                           RtMapContent          content);
RtMap        *rt_map_new_for_output       (RtSnapshot           *snapshot,
                                           RtMapContent          content,
                                           RtOutput              output,
                                           RtSpeakerDisplay      display);
RtMap        *rt_map_copy                 (RtMap                *self);
RtMap        *rt_map_new_focused          (RtMap                *self,
                                           int                   node);

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
const char   *rt_map_get_node_title       (RtMap                *self,
                                           guint                 node);
char         *rt_map_dup_node_words       (RtMap                *self,
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
gboolean      rt_map_get_node_visible     (RtMap                *self,
                                           guint                 node);
int           rt_map_get_node_parent      (RtMap                *self,
                                           guint                 node);
void          rt_map_get_node_rect        (RtMap                *self,
                                           guint                 node,
                                           RtMapRect            *rect);
void          rt_map_get_node_extent      (RtMap                *self,
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
gboolean      rt_map_tidy                 (RtMap                *self);
void          rt_map_arrange_structured   (RtMap                *self,
                                           double                aspect);
void          rt_map_arrange_structured_for_page (RtMap         *self,
                                           double                aspect,
                                           double                max_width,
                                           double                max_height);
void          rt_map_arrange_for_sheet    (RtMap                *self,
                                           double                width,
                                           double                height);
gboolean      rt_map_arrangement_from_string (const char         *string,
                                           RtMapArrangement     *arrangement);

int           rt_map_get_selected         (RtMap                *self);
void          rt_map_set_selected         (RtMap                *self,
                                           int                   node);
int           rt_map_get_focus            (RtMap                *self);
void          rt_map_set_focus            (RtMap                *self,
                                           int                   node);
void          rt_map_get_focus_bounds     (RtMap                *self,
                                           RtMapRect            *bounds);

void          rt_map_fit                  (RtMap                *self,
                                           RtMapViewport        *viewport,
                                           double                width,
                                           double                height,
                                           double                margin);
void          rt_map_fit_rect             (RtMap                *self,
                                           RtMapViewport        *viewport,
                                           const RtMapRect      *area,
                                           const RtMapRect      *content);
gboolean      rt_map_get_folded           (RtMap                *self,
                                           const RtMapViewport  *viewport);
void          rt_map_paint                (RtMap                *self,
                                           cairo_t              *cr,
                                           const RtMapViewport  *viewport);
guint         rt_map_get_n_painted        (RtMap                *self);
double        rt_map_paint_legend         (RtMap                *self,
                                           cairo_t              *cr,
                                           double                x,
                                           double                y,
                                           double                width,
                                           double                text_size);
void          rt_map_set_min_text_size    (RtMap                *self,
                                           double                points);
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
double        rt_map_get_paper_min_text   (RtMapPaper            paper);
gboolean      rt_map_export               (RtMap                *self,
                                           const char           *path,
                                           RtMapPaper            paper,
                                           const char           *title,
                                           GError              **error);

/* What a painting drew, in the device units of its cairo target: each piece
 * of text with its size, each node's box, each link's path. Measurements
 * (tests, benchmarks) are taken from it, so that they measure the drawing
 * and not a model of it. */
typedef struct _RtMapReport RtMapReport;

typedef struct
{
  RtMapRect rect;
  double    size;     /* the font's size */
  int       node;
  gboolean  opinion;  /* the words of a card (whole, or in a folded block) */
} RtMapReportText;

typedef struct
{
  RtMapRect rect;
  int       node;
  int       parent;   /* the box this one sits in (a card in its theme), or -1 */
} RtMapReportBox;

typedef struct
{
  guint opinions_shown;  /* cards whose words were drawn */
  guint opinions;        /* cards on the map */
  double min_text;       /* the smallest text drawn; 0 when none */
  guint overlaps;        /* pairs of boxes or texts drawn over each other */
  guint outside;         /* boxes or texts past the frame */
  guint crossings;       /* points where two links not sharing a node cross */
  guint n_texts;
  guint n_links;
} RtMapReportSummary;

RtMapReport  *rt_map_report_new          (void);
void          rt_map_report_free         (RtMapReport          *report);
void          rt_map_report_clear        (RtMapReport          *report);
void          rt_map_set_report          (RtMap                *self,
                                          RtMapReport          *report);
guint         rt_map_report_get_n_texts  (RtMapReport          *report);
const RtMapReportText *rt_map_report_get_text (RtMapReport     *report,
                                          guint                 i);
guint         rt_map_report_get_n_boxes  (RtMapReport          *report);
const RtMapReportBox *rt_map_report_get_box (RtMapReport       *report,
                                          guint                 i);
guint         rt_map_report_get_n_links  (RtMapReport          *report);
const double *rt_map_report_get_link     (RtMapReport          *report,
                                          guint                 i,
                                          guint                *n_points,
                                          int                  *source,
                                          int                  *target);
void          rt_map_report_summarize    (RtMapReport          *report,
                                          RtMap                *map,
                                          const RtMapRect      *frame,
                                          RtMapReportSummary   *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMapReport, rt_map_report_free)

G_END_DECLS
