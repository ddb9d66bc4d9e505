/* rt-handout.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rt-committee.h"
#include "rt-date.h"
#include "rt-doc.h"
#include "rt-speaker-policy.h"

G_BEGIN_DECLS

#define RT_HANDOUT_ERROR (rt_handout_error_quark ())

typedef enum
{
  RT_HANDOUT_ERROR_FAILED,
  RT_HANDOUT_ERROR_INVALID,
  RT_HANDOUT_ERROR_CANCELLED,
} RtHandoutError;

/* The handouts (資料) Ronten prints, in the order they appear in a document. */
typedef enum
{
  RT_HANDOUT_OPINIONS = 1 << 0,  /* 資料1-1 style: opinions by theme */
  RT_HANDOUT_POINTS   = 1 << 1,  /* 資料2 style: the point table */
  RT_HANDOUT_MAP      = 1 << 2,  /* the issue map (themes → points for now) */
  RT_HANDOUT_SPEAKERS = 1 << 3,  /* who said how much, and what */
  RT_HANDOUT_CHANGES  = 1 << 4,  /* what changed since the previous meeting */
  RT_HANDOUT_RESPONSES = 1 << 5, /* 意見と対応: the answer to each opinion */
  RT_HANDOUT_PSEUDONYMS = 1 << 6, /* the pseudonym table, 委員限り: never published */
  RT_HANDOUT_ALL      = 0x3f,    /* "all": the handouts of a meeting, all above but the pseudonym table */
  /* The documents of the meeting cycle, asked for by name; "all" is not them. */
  RT_HANDOUT_AGENDA   = 1 << 7,  /* 次第 with the 配布資料 and the open 宿題 */
  RT_HANDOUT_FOLLOWUPS = 1 << 8, /* 宿題・資料要求の一覧 */
  RT_HANDOUT_SUMMARY  = 1 << 9,  /* 議事要旨 of a meeting */
  RT_HANDOUT_OUTLINE  = 1 << 10, /* 答申骨子, one version */
  RT_HANDOUT_OUTLINE_CHANGES = 1 << 11,  /* its 主な変更点 from the version before */
  RT_HANDOUT_EVERY    = 0xfff,
} RtHandoutKind;

/* The two forms of the 意見と対応 handout. */
typedef enum
{
  RT_RESPONSES_FORM_DEFAULT,     /* as the committee's mode: public comment or committee */
  RT_RESPONSES_FORM_COMMITTEE,   /* 番号・テーマ・意見・発言者・対応・考え方 */
  RT_RESPONSES_FORM_PUBLIC,      /* 番号・項目・意見の概要・市の考え方, with 「N件（M人）」 */
} RtResponsesForm;

typedef enum
{
  RT_PAPER_A4,
  RT_PAPER_A3,
} RtPaper;

/* The pages of the issue map handout after the whole map: the map of each
 * point that has themes or opinions linked, of each theme. */
typedef enum
{
  RT_HANDOUT_MAP_FOCUS_NONE   = 0,
  RT_HANDOUT_MAP_FOCUS_POINTS = 1 << 0,
  RT_HANDOUT_MAP_FOCUS_THEMES = 1 << 1,
  RT_HANDOUT_MAP_FOCUS_ALL    = 0x3,
} RtHandoutMapFocus;

typedef struct
{
  RtHandoutKind  kinds;
  RtPaper        paper;
  gboolean       landscape;
  double         margin_mm;
  RtDateStyle    date_style;
  char          *label;           /* NULL or "": each handout's own label */
  char          *date;            /* ISO date; NULL: the meeting's date, else today */
  char          *since;           /* ISO date for CHANGES; NULL: the previous meeting's */
  int            meeting_number;  /* the meeting the handouts are for; 0: the last one.
                                   * SUMMARY: the meeting whose 議事要旨 it is */
  int            outline_version; /* OUTLINE, OUTLINE_CHANGES: 0 for the last */
  gboolean       include_inbox;   /* the 未分類 inbox after the themes */
  RtHandoutMapFocus map_focus;    /* the map's pages of one point or theme */
  gboolean       map_structured;  /* the map in columns, not as arranged in the window */
  gboolean       include_coverage; /* the coverage matrix after the point table */
  RtSpeakerDisplay speakers;     /* for every handout; DEFAULT: each as the committee set it */
  gboolean       public_version;  /* 公開用: pseudonyms at least, no 委員限り handout, no working notes */
  RtResponsesForm responses_form;
  guint          statements;      /* the kinds of statement listed (opinions, speakers, responses):
                                   * 1 << RtStatementKind each; 0: all */
} RtHandoutOptions;

typedef struct _RtHandoutData RtHandoutData;
typedef struct _RtHandoutDocument RtHandoutDocument;

GQuark             rt_handout_error_quark          (void);

void               rt_handout_options_init         (RtHandoutOptions        *options);
void               rt_handout_options_clear        (RtHandoutOptions        *options);
void               rt_handout_options_copy         (const RtHandoutOptions  *src,
                                                    RtHandoutOptions        *dest);
gboolean           rt_handout_kinds_parse          (const char              *spec,
                                                    RtHandoutKind           *kinds);
gboolean           rt_handout_map_focus_parse      (const char              *spec,
                                                    RtHandoutMapFocus       *focus);
const char        *rt_handout_kind_get_nick        (RtHandoutKind            kind);
const char        *rt_handout_kind_get_title       (RtHandoutKind            kind);
RtOutput           rt_handout_kind_get_output      (RtHandoutKind            kind);
gboolean           rt_responses_form_parse         (const char              *nick,
                                                    RtResponsesForm         *form);
RtSpeakerDisplay   rt_handout_options_get_display  (const RtHandoutOptions  *options,
                                                    RtHandoutData           *data,
                                                    RtHandoutKind            kind);
gboolean           rt_handout_options_need_pseudonyms (const RtHandoutOptions *options,
                                                    RtHandoutData           *data);
RtSpeakerPolicy   *rt_handout_data_get_speakers    (RtHandoutData           *data);
void               rt_paper_get_size               (RtPaper                  paper,
                                                    gboolean                 landscape,
                                                    double                  *width,
                                                    double                  *height);

RtHandoutData     *rt_handout_data_new             (RtCommittee             *committee,
                                                    GError                 **error);
RtHandoutData     *rt_handout_data_ref             (RtHandoutData           *data);
void               rt_handout_data_unref           (RtHandoutData           *data);

RtDoc             *rt_handout_build_doc            (RtHandoutData           *data,
                                                    const RtHandoutOptions  *options,
                                                    GCancellable            *cancellable,
                                                    GError                 **error);

RtHandoutDocument *rt_handout_document_new         (RtHandoutData           *data,
                                                    const RtHandoutOptions  *options,
                                                    GCancellable            *cancellable,
                                                    GError                 **error);
RtHandoutDocument *rt_handout_document_new_for_doc (RtDoc                   *doc,
                                                    GCancellable            *cancellable,
                                                    GError                 **error);
RtDoc             *rt_handout_document_get_doc     (RtHandoutDocument       *document);
void               rt_handout_document_free        (RtHandoutDocument       *document);
guint              rt_handout_document_get_n_pages (RtHandoutDocument       *document);
void               rt_handout_document_get_size    (RtHandoutDocument       *document,
                                                    double                  *width,
                                                    double                  *height);
const char        *rt_handout_document_get_title   (RtHandoutDocument       *document);
const char        *rt_handout_document_get_author  (RtHandoutDocument       *document);
void               rt_handout_document_draw_page   (RtHandoutDocument       *document,
                                                    cairo_t                 *cr,
                                                    guint                    page);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RtHandoutOptions, rt_handout_options_clear)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtHandoutData, rt_handout_data_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtHandoutDocument, rt_handout_document_free)

G_END_DECLS
