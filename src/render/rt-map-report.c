/* rt-map-report.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-report"

#include "config.h"

#include <math.h>

#include "rt-map-private.h"

/* What the painter drew, in device units, and the figures a reader cares
 * about: how many opinions show their words, how small the smallest text
 * is, what covers what, what runs past the frame, where links cross. The
 * tests and the benchmarks measure the map through this. */

struct _RtMapReport
{
  GArray *texts;    /* RtMapReportText */
  GArray *boxes;    /* RtMapReportBox */
  GArray *links;    /* Link */
  GArray *points;   /* double x, y of the links' paths */
};

typedef struct
{
  guint start;
  guint n_points;
  int   source;
  int   target;
} Link;

/* Overlaps smaller than this (device units) are antialiasing, not covering. */
#define SLACK 0.5

RtMapReport *
rt_map_report_new (void)
{
  RtMapReport *report = g_new0 (RtMapReport, 1);

  report->texts = g_array_new (FALSE, FALSE, sizeof (RtMapReportText));
  report->boxes = g_array_new (FALSE, FALSE, sizeof (RtMapReportBox));
  report->links = g_array_new (FALSE, FALSE, sizeof (Link));
  report->points = g_array_new (FALSE, FALSE, sizeof (double));

  return report;
}

void
rt_map_report_free (RtMapReport *report)
{
  if (report == NULL)
    return;

  g_array_unref (report->texts);
  g_array_unref (report->boxes);
  g_array_unref (report->links);
  g_array_unref (report->points);
  g_free (report);
}

void
rt_map_report_clear (RtMapReport *report)
{
  g_return_if_fail (report != NULL);

  g_array_set_size (report->texts, 0);
  g_array_set_size (report->boxes, 0);
  g_array_set_size (report->links, 0);
  g_array_set_size (report->points, 0);
}

/**
 * rt_map_set_report:
 * @report: (nullable): where paintings record what they draw, or %NULL
 *
 * While set, every rt_map_paint(), rt_map_paint_page() and
 * rt_map_paint_legend() adds what it draws to @report, which the caller
 * owns and must unset before freeing.
 */
void
rt_map_set_report (RtMap       *self,
                   RtMapReport *report)
{
  g_return_if_fail (RT_IS_MAP (self));

  self->report = report;
}

gboolean
_rt_map_reporting (RtMap *self)
{
  return self->report != NULL;
}

static void
to_device (cairo_t   *cr,
           double     x,
           double     y,
           double     w,
           double     h,
           RtMapRect *out)
{
  double xs[4] = { x, x + w, x, x + w }, ys[4] = { y, y, y + h, y + h };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (int k = 0; k < 4; k++)
    {
      cairo_user_to_device (cr, &xs[k], &ys[k]);
      x0 = MIN (x0, xs[k]);
      y0 = MIN (y0, ys[k]);
      x1 = MAX (x1, xs[k]);
      y1 = MAX (y1, ys[k]);
    }

  *out = (RtMapRect) { x0, y0, x1 - x0, y1 - y0 };
}

void
_rt_map_report_text (RtMap    *self,
                     cairo_t  *cr,
                     double    x,
                     double    y,
                     double    w,
                     double    h,
                     double    size,
                     int       node,
                     gboolean  opinion)
{
  RtMapReportText text = { { 0 }, 0, node, opinion };
  double dx = size, dy = 0;

  to_device (cr, x, y, w, h, &text.rect);
  cairo_user_to_device_distance (cr, &dx, &dy);
  text.size = hypot (dx, dy);
  g_array_append_val (self->report->texts, text);
}

void
_rt_map_report_box (RtMap           *self,
                    cairo_t         *cr,
                    const RtMapRect *rect,
                    int              node,
                    int              parent)
{
  RtMapReportBox box = { { 0 }, node, parent };

  to_device (cr, rect->x, rect->y, rect->width, rect->height, &box.rect);
  g_array_append_val (self->report->boxes, box);
}

void
_rt_map_report_link (RtMap        *self,
                     cairo_t      *cr,
                     const double *points,
                     guint         n_points,
                     int           source,
                     int           target)
{
  Link link = { self->report->points->len / 2, n_points, source, target };

  for (guint k = 0; k < n_points; k++)
    {
      double x = points[2 * k], y = points[2 * k + 1];

      cairo_user_to_device (cr, &x, &y);
      g_array_append_val (self->report->points, x);
      g_array_append_val (self->report->points, y);
    }
  g_array_append_val (self->report->links, link);
}

guint
rt_map_report_get_n_texts (RtMapReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->texts->len;
}

const RtMapReportText *
rt_map_report_get_text (RtMapReport *report,
                        guint        i)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (i < report->texts->len, NULL);

  return &g_array_index (report->texts, RtMapReportText, i);
}

guint
rt_map_report_get_n_boxes (RtMapReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->boxes->len;
}

const RtMapReportBox *
rt_map_report_get_box (RtMapReport *report,
                       guint        i)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (i < report->boxes->len, NULL);

  return &g_array_index (report->boxes, RtMapReportBox, i);
}

guint
rt_map_report_get_n_links (RtMapReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->links->len;
}

/**
 * rt_map_report_get_link:
 * @n_points: (out): how many points the path has
 * @source: (out) (optional): the node the link leaves
 * @target: (out) (optional): the node it reaches
 *
 * Returns: (transfer none): x, y of each point of the link's path
 */
const double *
rt_map_report_get_link (RtMapReport *report,
                        guint        i,
                        guint       *n_points,
                        int         *source,
                        int         *target)
{
  const Link *link;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (i < report->links->len, NULL);

  link = &g_array_index (report->links, Link, i);
  *n_points = link->n_points;
  if (source != NULL)
    *source = link->source;
  if (target != NULL)
    *target = link->target;

  return &g_array_index (report->points, double, 2 * link->start);
}

static gboolean
overlap (const RtMapRect *a,
         const RtMapRect *b)
{
  return a->x + SLACK < b->x + b->width && b->x + SLACK < a->x + a->width &&
         a->y + SLACK < b->y + b->height && b->y + SLACK < a->y + a->height;
}

static gboolean
outside (const RtMapRect *r,
         const RtMapRect *frame)
{
  return r->x < frame->x - SLACK || r->y < frame->y - SLACK ||
         r->x + r->width > frame->x + frame->width + SLACK ||
         r->y + r->height > frame->y + frame->height + SLACK;
}

/* Whether @inner may lie on @outer: itself, or a box it sits in. */
static gboolean
may_cover (RtMap *map,
           int    inner,
           int    outer)
{
  if (inner == outer)
    return TRUE;
  if (map == NULL || inner < 0 || outer < 0)
    return FALSE;
  return rt_map_get_node_parent (map, inner) == outer;
}

/**
 * rt_map_report_summarize:
 * @map: (nullable): the map painted, to know which node sits in which
 * @frame: (nullable): the area the drawing must stay in, device units
 *
 * Sums up what was drawn. Two boxes overlap when neither sits in the other;
 * a text overlaps any box but its own node's and the one that node sits in,
 * and any other node's text. Links cross when their paths cross and they
 * share no node.
 */
void
rt_map_report_summarize (RtMapReport        *report,
                         RtMap              *map,
                         const RtMapRect    *frame,
                         RtMapReportSummary *summary)
{
  g_autofree gboolean *shown = NULL;
  guint n_nodes = map != NULL ? rt_map_get_n_nodes (map) : 0;

  g_return_if_fail (report != NULL);
  g_return_if_fail (summary != NULL);

  *summary = (RtMapReportSummary) { 0 };
  summary->n_texts = report->texts->len;
  summary->n_links = report->links->len;

  shown = g_new0 (gboolean, n_nodes + 1);
  for (guint i = 0; i < n_nodes; i++)
    if (rt_map_get_node_kind (map, i) == RT_MAP_NODE_CARD && rt_map_get_node_visible (map, i))
      summary->opinions++;

  for (guint k = 0; k < report->texts->len; k++)
    {
      const RtMapReportText *t = &g_array_index (report->texts, RtMapReportText, k);

      if (summary->min_text == 0 || t->size < summary->min_text)
        summary->min_text = t->size;
      if (t->opinion && t->node >= 0 && (guint)t->node < n_nodes &&
          (frame == NULL || !outside (&t->rect, frame)))
        shown[t->node] = TRUE;
      if (frame != NULL && outside (&t->rect, frame))
        summary->outside++;
    }
  for (guint i = 0; i < n_nodes; i++)
    summary->opinions_shown += shown[i];

  for (guint k = 0; k < report->boxes->len; k++)
    {
      const RtMapReportBox *a = &g_array_index (report->boxes, RtMapReportBox, k);

      if (frame != NULL && outside (&a->rect, frame))
        summary->outside++;

      for (guint j = k + 1; j < report->boxes->len; j++)
        {
          const RtMapReportBox *b = &g_array_index (report->boxes, RtMapReportBox, j);

          if (overlap (&a->rect, &b->rect) && !may_cover (map, a->node, b->node) && !may_cover (map, b->node, a->node))
            summary->overlaps++;
        }

      for (guint j = 0; j < report->texts->len; j++)
        {
          const RtMapReportText *t = &g_array_index (report->texts, RtMapReportText, j);
          int owner = t->node;

          /* A folded block's lines belong to its cards, which sit in it. */
          if (overlap (&a->rect, &t->rect) && !may_cover (map, owner, a->node))
            summary->overlaps++;
        }
    }

  for (guint k = 0; k < report->texts->len; k++)
    for (guint j = k + 1; j < report->texts->len; j++)
      {
        const RtMapReportText *a = &g_array_index (report->texts, RtMapReportText, k);
        const RtMapReportText *b = &g_array_index (report->texts, RtMapReportText, j);

        if (a->node != b->node && overlap (&a->rect, &b->rect) &&
            !may_cover (map, a->node, b->node) && !may_cover (map, b->node, a->node))
          summary->overlaps++;
      }

  for (guint k = 0; k < report->links->len; k++)
    {
      const Link *a = &g_array_index (report->links, Link, k);
      const double *pa = &g_array_index (report->points, double, 2 * a->start);

      for (guint j = k + 1; j < report->links->len; j++)
        {
          const Link *b = &g_array_index (report->links, Link, j);
          const double *pb = &g_array_index (report->points, double, 2 * b->start);

          if (a->source == b->source || a->source == b->target ||
              a->target == b->source || a->target == b->target)
            continue;

          for (guint s = 0; s + 1 < a->n_points; s++)
            for (guint t = 0; t + 1 < b->n_points; t++)
              summary->crossings += rt_map_layout_segments_cross (&pa[2 * s], &pb[2 * t]);
        }
    }
}
