/* rt-coverage.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

typedef enum
{
  RT_COVERAGE_BY_SPEAKER,
  RT_COVERAGE_BY_MEETING,
} RtCoverageAxis;

/* Who has spoken to which point, or at which meeting each point was taken
 * up: the number of distinct cards linked to a point (directly or through
 * their theme), per speaker or per meeting. An empty cell is what the
 * committee has not discussed yet. */
typedef struct
{
  RtCoverageAxis  axis;
  guint           n_rows;        /* points, in framework order */
  guint           n_columns;     /* speakers or meetings, in committee order */
  gint64         *row_ids;
  int            *row_numbers;
  char          **row_titles;
  gint64         *column_ids;
  char          **column_labels;
  guint          *counts;        /* n_rows × n_columns, row by row */
  guint          *row_totals;    /* distinct cards per point */
  guint          *column_totals; /* linked cards per speaker or meeting */
  GArray        **cell_cards;    /* n_rows × n_columns: the ids (gint64) of the cards counted */
} RtCoverage;

RtCoverage *rt_coverage_new      (RtCommittee    *committee,
                                  gint64          framework_id,
                                  RtCoverageAxis  axis,
                                  GError        **error);
guint       rt_coverage_get      (const RtCoverage *self,
                                  guint             row,
                                  guint             column);
const gint64 *rt_coverage_get_cards (const RtCoverage *self,
                                    guint             row,
                                    guint             column,
                                    guint            *n_cards);
guint       rt_coverage_get_max  (const RtCoverage *self);
guint       rt_coverage_n_empty  (const RtCoverage *self);
char       *rt_coverage_to_tsv   (const RtCoverage *self);
void        rt_coverage_free     (RtCoverage     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtCoverage, rt_coverage_free)

G_END_DECLS
