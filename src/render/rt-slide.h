/* rt-slide.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rt-color.h"
#include "rt-map.h"
#include "rt-committee.h"

G_BEGIN_DECLS

/* What the projector shows for one scene: read from the committee by
 * rt_slide_new_for_scene(), drawn by rt_slide_paint() at any size. The
 * presentation window, its preview in the console and the tests draw the
 * same slides. Cards that are 非公開 are never in a slide; 発言者を伏せる
 * cards and, with hide_speakers, every card come without a speaker; the
 * others are named by the committee's display policy for the projector.
 * A card that has an answer (対応) shows it. */

typedef enum
{
  RT_SLIDE_CARDS,     /* cards of a meeting or a theme */
  RT_SLIDE_GROUPS,    /* the themes of a handout label side by side */
  RT_SLIDE_POINT,     /* a point: question, directions, proposals, opinions */
  RT_SLIDE_TABLE,     /* the point table */
  RT_SLIDE_MAP,       /* the issue map */
  RT_SLIDE_TEXT,      /* a free text */
  RT_SLIDE_MISSING,   /* the target of the scene is gone */
} RtSlideKind;

typedef struct
{
  gint64    card_id;
  char     *text;
  char     *speaker;     /* NULL when not shown */
  int       group;       /* index into groups, or -1 */
  RtColor   color;       /* the theme's colour */
  gboolean  has_color;
  double    highlight;   /* 0 … 1: how strongly the card is outlined as new */
  char     *response;    /* the answer given to it (【反映する】…), or NULL */
} RtSlideCard;

typedef struct
{
  char     *title;
  RtColor   color;
} RtSlideGroup;

typedef struct
{
  int            number;
  char          *title;
  RtPointStatus  status;
  guint          n_opinions;
  char          *directions;   /* joined by new lines */
} RtSlideRow;

typedef struct
{
  RtSlideKind  kind;
  char        *kicker;       /* the small line above the title */
  char        *title;
  char        *subtitle;
  char        *text;         /* text slides */
  char        *footer;       /* the committee */
  char        *empty;        /* shown when there is nothing else */
  RtPointStatus status;      /* point slides */
  GPtrArray   *cards;        /* RtSlideCard */
  GPtrArray   *groups;       /* RtSlideGroup */
  GPtrArray   *directions;   /* char * */
  GPtrArray   *proposals;    /* char * */
  GPtrArray   *rows;         /* RtSlideRow */
  RtMap       *map;          /* the whole map, or the map of one point or theme */
  gboolean     map_arranged; /* map slides: arranged in columns for the frame */
  double       map_aspect;   /* the frame's shape it was last arranged for */
  RtMapRect    map_area;     /* where rt_slide_paint() last drew the map, device units */
} RtSlide;

/* How the slides name speakers: by the committee's display policy for the
 * projector (rt_speaker_policy_name()), or by @display when @has_display;
 * with @hide_speakers (the console's switch) by no one. A zeroed struct
 * is the committee's setting. */
typedef struct
{
  gboolean          hide_speakers;
  gboolean          has_display;
  RtSpeakerDisplay  display;
  RtSpeakerPolicy  *speakers;   /* nullable: read from the committee */
} RtSlideOptions;

typedef struct
{
  double   base_size;   /* body text, in device units; titles are larger */
  gboolean dark;
  gboolean black;       /* a black screen: nothing else is drawn */
} RtSlideStyle;

typedef struct
{
  guint    n_pages;     /* out: how many pages the slide has at that size */
  GArray  *card_ids;    /* nullable: receives the ids (gint64) of the cards painted */
} RtSlidePaintInfo;

RtSlide *rt_slide_new_for_scene (RtCommittee          *committee,
                                 const RtScene        *scene,
                                 const RtSlideOptions *options,
                                 GError              **error);
RtSlide *rt_slide_new_for_snapshot (RtSnapshot           *snapshot,
                                    const RtScene        *scene,
                                    const RtSlideOptions *options);
void     rt_slide_free          (RtSlide              *slide);
int      rt_slide_find_card     (RtSlide              *slide,
                                 gint64                card_id);
double   rt_slide_base_size_for_height (double         height,
                                 double                scale);
double   rt_slide_min_text_for_height (double          height);
void     rt_slide_paint         (RtSlide              *slide,
                                 const RtSlideStyle   *style,
                                 cairo_t              *cr,
                                 double                width,
                                 double                height);
void     rt_slide_paint_page    (RtSlide              *slide,
                                 const RtSlideStyle   *style,
                                 guint                 page,
                                 cairo_t              *cr,
                                 double                width,
                                 double                height,
                                 RtSlidePaintInfo     *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSlide, rt_slide_free)

G_END_DECLS
