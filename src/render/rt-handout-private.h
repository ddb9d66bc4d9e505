/* rt-handout-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "rt-doc.h"
#include "rt-handout.h"
#include "rt-map.h"
#include "rt-snapshot.h"

G_BEGIN_DECLS

/* Handouts are the committee's Japanese documents: their msgids are the
 * Japanese text itself, under the context "handout" (C_ ("handout", …)), so
 * that a handout reads the same whatever the language of the interface. */

/* The handouts read the committee's snapshot (rt-snapshot.h), copied on the
 * main thread, so that pagination and painting may run in a worker thread.
 * Their short names for its records: */
typedef RtSnapMeeting   HMeeting;
typedef RtSnapPerson    HPerson;
typedef RtSnapLabel     HLabel;
typedef RtSnapTheme     HTheme;
typedef RtSnapCard      HCard;
typedef RtSnapPoint     HPoint;
typedef RtSnapDirection HDirection;

/* What the handouts show: the snapshot, with the point table's framework
 * (the first, the one the committee works with) picked out. Every pointer
 * but @snapshot, @directions and @map points into the snapshot. */
struct _RtHandoutData
{
  RtSnapshot *snapshot;
  const char *committee_name;
  const char *framework_name;
  GPtrArray  *meetings;    /* HMeeting, by number */
  GPtrArray  *people;      /* HPerson, in committee order */
  GPtrArray  *labels;      /* HLabel, in order; themes without a label in a last one of id 0 */
  GPtrArray  *themes;      /* HTheme, label by label, as on the board */
  GPtrArray  *cards;       /* HCard, by id */
  GPtrArray  *inbox;       /* HCard of the 未分類 inbox */
  GPtrArray  *points;      /* HPoint of the first framework, in order */
  GPtrArray  *directions;  /* HDirection of those points, point by point */
  GHashTable *people_by_id;
  GHashTable *themes_by_id;
  GMutex      map_lock;
  RtMap      *maps[RT_N_SPEAKER_DISPLAYS];  /* public cards only, one a speaker display, made when first needed */
};

RtMap       *_rt_handout_data_get_map   (RtHandoutData   *data,
                                         RtSpeakerDisplay display);
gboolean     _rt_handout_lists_card     (const RtHandoutOptions *options,
                                         const HCard            *card);

/* Building. Each handout kind has one builder (rt-handout-*.c) that writes
 * it into the document model (rt-doc.h) through an RtWriter, which knows the
 * snapshot, the options and the width of the text; the page writer and the
 * Word writer both consume what it built. */

typedef struct _RtWriter RtWriter;

typedef struct
{
  guint        n_cols;
  double       widths[8];   /* points */
  const char  *headers[8];  /* plain text */
  RtDocAlign   align[8];
  double       font_size;
} RtTableSpec;

RtHandoutData *_rt_writer_get_data     (RtWriter                *w);
const RtHandoutOptions *_rt_writer_get_options (RtWriter        *w);
RtDoc       *_rt_writer_get_doc        (RtWriter                *w);
double       _rt_writer_get_width      (RtWriter                *w);
void         _rt_writer_begin_section  (RtWriter                *w,
                                        const char              *label,
                                        const char              *title);
void         _rt_writer_heading        (RtWriter                *w,
                                        const char              *text);
RtDocPara   *_rt_writer_paragraph      (RtWriter                *w,
                                        double                   font_size,
                                        double                   indent,
                                        const char              *bullet);
void         _rt_writer_note           (RtWriter                *w,
                                        const char              *text);
void         _rt_writer_space          (RtWriter                *w,
                                        double                   height);
/* A table with its header row; add the body rows to what it returns. */
RtDocTable  *_rt_writer_table          (RtWriter                *w,
                                        const RtTableSpec       *spec);
/* An image that takes the rest of the page, less @bottom_gap. */
void         _rt_writer_image          (RtWriter                *w,
                                        double                   bottom_gap,
                                        const char              *description,
                                        RtDocPaintFunc           paint,
                                        gpointer                 user_data,
                                        GDestroyNotify           destroy);

/* Helpers shared by the handout kinds. Speakers are named by the
 * committee's display policy for the handout being built. */
RtSpeakerDisplay _rt_writer_get_display (RtWriter               *w);
char        *_rt_handout_speaker       (RtWriter                *w,
                                        HCard                   *card);
char        *_rt_handout_person        (RtWriter                *w,
                                        HPerson                 *person);
char        *_rt_handout_text          (RtWriter                *w,
                                        const char              *text);
void         _rt_handout_add_opinion   (RtWriter                *w,
                                        RtDocPara               *para,
                                        HCard                   *card);
char        *_rt_handout_opinion_markup (RtHandoutData          *data,
                                        HCard                   *card);
void         _rt_handout_add_response  (RtWriter                *w,
                                        HCard                   *card,
                                        double                   font_size,
                                        double                   indent);
const char  *_rt_handout_point_status  (RtPointStatus            status);

void         _rt_handout_build_opinions (RtWriter *w);
void         _rt_handout_build_points   (RtWriter *w);
void         _rt_handout_build_map      (RtWriter *w);
void         _rt_handout_build_speakers (RtWriter *w);
void         _rt_handout_build_changes  (RtWriter *w);
void         _rt_handout_build_agenda   (RtWriter *w);
void         _rt_handout_build_followups (RtWriter *w);
void         _rt_handout_build_summary  (RtWriter *w);
void         _rt_handout_build_outline  (RtWriter *w);
void         _rt_handout_build_outline_changes (RtWriter *w);

/* The meeting the handouts are for (RtHandoutOptions.meeting_number). */
RtSnapMeeting *_rt_writer_get_meeting   (RtWriter                *w);
/* The 資料番号 of a handout Ronten makes: the number of the material of
 * @meeting that it is (RtSnapMaterial.handout == @handout), or @fallback. */
const char  *_rt_handout_label         (RtHandoutData           *data,
                                        RtSnapMeeting           *meeting,
                                        const char              *handout,
                                        const char              *fallback);
/* Writes text in the light form of the 議事要旨 and the 答申 outline
 * (rt-summary-draft.h, rt-outline-draft.h) into the document; with
 * @header_table, the 項目：内容 lines before the first blank line are a
 * table. */
void         _rt_handout_write_text    (RtWriter                *w,
                                        const char              *text,
                                        gboolean                 header_table);
void         _rt_handout_build_responses (RtWriter *w);
void         _rt_handout_build_pseudonyms (RtWriter *w);

G_END_DECLS
