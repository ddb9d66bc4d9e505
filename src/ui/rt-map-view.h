/* rt-map-view.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"
#include "rt-map.h"

G_BEGIN_DECLS

#define RT_TYPE_MAP_VIEW (rt_map_view_get_type ())

G_DECLARE_FINAL_TYPE (RtMapView, rt_map_view, RT, MAP_VIEW, GtkWidget)

void   rt_map_view_set_committee (RtMapView   *self,
                                  RtCommittee *committee);
RtMap *rt_map_view_get_map       (RtMapView   *self);
double rt_map_view_get_zoom      (RtMapView   *self);
void   rt_map_view_relayout      (RtMapView   *self);
const char *rt_map_view_get_arrangement (RtMapView  *self);
void   rt_map_view_set_arrangement (RtMapView  *self,
                                  const char  *arrangement);
void   rt_map_view_export        (RtMapView   *self,
                                  GFile       *file);

G_END_DECLS
