/* rt-map-layout.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A force-directed layout of a graph of boxes: Barnes–Hut repulsion over a
 * quadtree, springs along the edges, a weak pull to the centre, and overlap
 * removal on a uniform grid; then, optionally, a packing of the boxes near
 * where the forces put them, with no overlap left. Pinned nodes never move. The same seed and the
 * same graph always give the same positions. It knows nothing of GTK and can
 * run in a worker thread. */
typedef struct _RtMapLayout RtMapLayout;

/* Called in the caller's main context every few iterations of an
 * asynchronous run, with the positions so far (x, y for each node). */
typedef void (*RtMapLayoutProgress) (const double *xy,
                                     guint         n_nodes,
                                     guint         iteration,
                                     gpointer      user_data);

RtMapLayout  *rt_map_layout_new            (guint32               seed);
RtMapLayout  *rt_map_layout_copy           (const RtMapLayout    *self);
void          rt_map_layout_free           (RtMapLayout          *self);
guint         rt_map_layout_add_node       (RtMapLayout          *self,
                                            double                half_width,
                                            double                half_height,
                                            double                charge);
void          rt_map_layout_set_position   (RtMapLayout          *self,
                                            guint                 node,
                                            double                x,
                                            double                y,
                                            gboolean              pinned);
void          rt_map_layout_add_edge       (RtMapLayout          *self,
                                            guint                 source,
                                            guint                 target,
                                            double                length,
                                            double                strength);
void          rt_map_layout_set_max_iterations (RtMapLayout      *self,
                                            guint                 max_iterations);
void          rt_map_layout_set_temperature (RtMapLayout         *self,
                                            double                temperature);
void          rt_map_layout_set_passive    (RtMapLayout          *self,
                                            guint                 node);
void          rt_map_layout_set_aspect     (RtMapLayout          *self,
                                            double                aspect);
void          rt_map_layout_set_packing    (RtMapLayout          *self,
                                            double                gap,
                                            gboolean              compact);
guint         rt_map_layout_get_n_nodes    (const RtMapLayout    *self);
guint         rt_map_layout_get_iteration  (const RtMapLayout    *self);
gboolean      rt_map_layout_is_converged   (const RtMapLayout    *self);
gboolean      rt_map_layout_step           (RtMapLayout          *self,
                                            guint                 iterations);
void          rt_map_layout_run            (RtMapLayout          *self);
const double *rt_map_layout_get_positions  (const RtMapLayout    *self);
void          rt_map_layout_get_position   (const RtMapLayout    *self,
                                            guint                 node,
                                            double               *x,
                                            double               *y);

void          rt_map_layout_run_async      (RtMapLayout          *self,
                                            guint                 report_every,
                                            GCancellable         *cancellable,
                                            RtMapLayoutProgress   progress,
                                            gpointer              progress_data,
                                            GDestroyNotify        progress_data_destroy,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
RtMapLayout  *rt_map_layout_run_finish     (GAsyncResult         *result,
                                            GError              **error);

/* Quality measures, shared with the benchmark so that other layouts are
 * measured the same way. @xy holds x, y per node; @half_sizes half width,
 * half height per node; @edges source, target per edge. */
double        rt_map_layout_measure_edge_cv  (const double       *xy,
                                              const guint        *edges,
                                              guint               n_edges);
void          rt_map_layout_curve            (const double       *a,
                                              const double       *b,
                                              double             *curve);
gboolean      rt_map_layout_segments_cross   (const double       *p,
                                              const double       *q);
guint         rt_map_layout_count_overlaps   (const double       *xy,
                                              const double       *half_sizes,
                                              guint               n_nodes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtMapLayout, rt_map_layout_free)

G_END_DECLS
