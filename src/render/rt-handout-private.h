/* rt-handout-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "rt-handout.h"
#include "rt-map.h"

G_BEGIN_DECLS

/* Handouts are the committee's Japanese documents: their msgids are the
 * Japanese text itself, under the context "handout" (C_ ("handout", …)), so
 * that a handout reads the same whatever the language of the interface. */

/* The snapshot: plain data copied from the committee on the main thread, so
 * that pagination and painting may run in a worker thread. */

typedef struct
{
  gint64  id;
  int     number;
  char   *date;
} HMeeting;

typedef struct
{
  gint64  id;
  char   *name;
  char   *role;
  char   *display;
} HPerson;

typedef struct
{
  gint64     id;
  char      *name;
  GPtrArray *themes;   /* HTheme, not owned */
} HLabel;

typedef struct
{
  gint64     id;
  gint64     label_id;
  char      *name;
  GPtrArray *cards;    /* HCard, not owned, in board order */
} HTheme;

typedef struct
{
  gint64        id;
  char         *text;
  gint64        speaker_id;
  int           meeting_number;
  gint64        theme_id;
  int           position;
  RtVisibility  visibility;
  char         *created;
  char         *modified;
} HCard;

typedef struct
{
  gint64         id;
  int            number;
  char          *title;
  char          *question;
  char         **proposals;
  char         **directions;
  RtPointStatus  status;
  GPtrArray     *cards;    /* HCard linked directly, not owned */
  GPtrArray     *themes;   /* HTheme linked, not owned */
} HPoint;

typedef struct
{
  HPoint *point;
  char   *text;
  char   *created;
} HDirection;

struct _RtHandoutData
{
  char       *committee_name;
  char       *framework_name;
  GPtrArray  *meetings;    /* HMeeting, by number */
  GPtrArray  *people;      /* HPerson, in committee order */
  GPtrArray  *labels;      /* HLabel, in order; themes without a label in a last one of id 0 */
  GPtrArray  *themes;      /* HTheme, label by label, as on the board */
  GPtrArray  *cards;       /* HCard, by id */
  GPtrArray  *inbox;       /* HCard of the 未分類 inbox, not owned */
  GPtrArray  *points;      /* HPoint of the first framework, in order */
  GPtrArray  *directions;  /* HDirection, point by point */
  GHashTable *people_by_id;
  GHashTable *themes_by_id;
  RtMap      *map;         /* public cards only; NULL when it could not be read */
};

/* Pagination. Pages are lists of drawing operations laid out once; painting
 * a page replays them on any cairo context whose unit is the point. */

typedef struct _RtWriter RtWriter;

typedef struct
{
  guint        n_cols;
  double       widths[8];   /* points */
  const char  *headers[8];  /* markup */
  PangoAlignment align[8];
  double       font_size;
} RtTableSpec;

RtWriter    *_rt_writer_new            (RtHandoutDocument       *document,
                                        RtHandoutData           *data,
                                        const RtHandoutOptions  *options);
void         _rt_writer_free           (RtWriter                *w);
RtHandoutData *_rt_writer_get_data     (RtWriter                *w);
const RtHandoutOptions *_rt_writer_get_options (RtWriter        *w);
double       _rt_writer_get_width      (RtWriter                *w);
void         _rt_writer_begin_section  (RtWriter                *w,
                                        const char              *label,
                                        const char              *title);
void         _rt_writer_heading        (RtWriter                *w,
                                        const char              *text);
void         _rt_writer_paragraph      (RtWriter                *w,
                                        const char              *markup,
                                        double                   font_size,
                                        double                   indent,
                                        const char              *bullet);
void         _rt_writer_note           (RtWriter                *w,
                                        const char              *text);
void         _rt_writer_space          (RtWriter                *w,
                                        double                   height);
void         _rt_writer_table_begin    (RtWriter                *w,
                                        const RtTableSpec       *spec);
void         _rt_writer_table_row      (RtWriter                *w,
                                        const char * const      *cells);
void         _rt_writer_table_end      (RtWriter                *w);
/* For free drawing (the map): reserves the rest of the page. */
void         _rt_writer_get_free_area  (RtWriter                *w,
                                        double                  *x,
                                        double                  *y,
                                        double                  *width,
                                        double                  *height);
PangoLayout *_rt_writer_layout         (RtWriter                *w,
                                        const char              *markup,
                                        double                   font_size,
                                        double                   width,
                                        PangoAlignment           align);
void         _rt_writer_add_layout     (RtWriter                *w,
                                        PangoLayout             *layout,
                                        double                   x,
                                        double                   y);
void         _rt_writer_new_page       (RtWriter                *w);
void         _rt_writer_add_map        (RtWriter                *w,
                                        RtMap                   *map,
                                        guint                    page,
                                        double                   x,
                                        double                   y,
                                        double                   width,
                                        double                   height);
void         _rt_writer_add_line       (RtWriter                *w,
                                        double                   x1,
                                        double                   y1,
                                        double                   x2,
                                        double                   y2,
                                        double                   width);
void         _rt_writer_add_rect       (RtWriter                *w,
                                        double                   x,
                                        double                   y,
                                        double                   width,
                                        double                   height,
                                        double                   fill_gray,
                                        double                   line_width);

/* Helpers shared by the handout kinds. */
char        *_rt_handout_speaker       (RtHandoutData           *data,
                                        HCard                   *card);
char        *_rt_handout_opinion_markup (RtHandoutData          *data,
                                        HCard                   *card);
const char  *_rt_handout_point_status  (RtPointStatus            status);

void         _rt_handout_build_opinions (RtWriter *w);
void         _rt_handout_build_points   (RtWriter *w);
void         _rt_handout_build_map      (RtWriter *w);
void         _rt_handout_build_speakers (RtWriter *w);
void         _rt_handout_build_changes  (RtWriter *w);

G_END_DECLS
