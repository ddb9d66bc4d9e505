/* rt-coverage-painter.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rt-coverage.h"

G_BEGIN_DECLS

typedef struct
{
  double font_size;      /* in user units; 0 for the default */
  double foreground[3];  /* text and rules */
  double background[3];
  double accent[3];      /* the colour of a full cell */
  double empty[3];       /* the colour of a cell nobody filled */
  double max_width;      /* 0: the natural width; else at most this wide, down to a compact size */
} RtCoverageStyle;

void rt_coverage_style_init_light (RtCoverageStyle       *style);
void rt_coverage_style_init_dark  (RtCoverageStyle       *style);
void rt_coverage_measure          (const RtCoverage      *coverage,
                                   const RtCoverageStyle *style,
                                   double                *width,
                                   double                *height);
void rt_coverage_paint            (const RtCoverage      *coverage,
                                   const RtCoverageStyle *style,
                                   cairo_t               *cr);
void rt_coverage_cell_area        (const RtCoverage      *coverage,
                                   const RtCoverageStyle *style,
                                   guint                  row,
                                   guint                  column,
                                   double                *x,
                                   double                *y,
                                   double                *width,
                                   double                *height);
gboolean rt_coverage_hit          (const RtCoverage      *coverage,
                                   const RtCoverageStyle *style,
                                   double                 x,
                                   double                 y,
                                   guint                 *row,
                                   guint                 *column);

G_END_DECLS
