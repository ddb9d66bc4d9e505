/* rt-enums.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  RT_CARD_STATUS_NEW,
  RT_CARD_STATUS_REVIEWED,
  RT_CARD_STATUS_HOLD,
} RtCardStatus;

typedef enum
{
  RT_VISIBILITY_PUBLIC,
  RT_VISIBILITY_PRIVATE,
  RT_VISIBILITY_ANONYMOUS,
} RtVisibility;

typedef enum
{
  RT_POINT_STATUS_UNDISCUSSED,
  RT_POINT_STATUS_DISCUSSING,
  RT_POINT_STATUS_CONVERGED,
  RT_POINT_STATUS_PARALLEL,
} RtPointStatus;

/* The kinds of node on the issue map, as stored in map_positions.kind. */
typedef enum
{
  RT_MAP_NODE_POINT,
  RT_MAP_NODE_PROPOSAL,
  RT_MAP_NODE_PERSPECTIVE,
  RT_MAP_NODE_THEME,
  RT_MAP_NODE_CARD,
  RT_MAP_N_NODE_KINDS
} RtMapNodeKind;

/* The kinds of scene of a presentation (rt-committee.h). */
typedef enum
{
  RT_SCENE_MEETING,
  RT_SCENE_THEME,
  RT_SCENE_LABEL,
  RT_SCENE_POINT,
  RT_SCENE_POINT_TABLE,
  RT_SCENE_MAP,
  RT_SCENE_TEXT,
  RT_SCENE_FOLLOWUPS,
  RT_SCENE_RESPONSES,
  RT_N_SCENE_KINDS
} RtSceneKind;

/* Who a person is to the committee: the display policy names members
 * (委員A) differently from the secretariat and officials (事務局, 市長). */
typedef enum
{
  RT_PERSON_KIND_MEMBER,
  RT_PERSON_KIND_SECRETARIAT,
  RT_PERSON_KIND_OFFICIAL,
  RT_PERSON_KIND_OTHER,
} RtPersonKind;

typedef enum
{
  RT_ATTENDANCE_PRESENT,
  RT_ATTENDANCE_ABSENT,
} RtAttendance;

/* The kinds of item of a meeting's 次第: 開会, a 議事 (numbered （１）（２）
 * under one 議事), その他, 閉会. */
typedef enum
{
  RT_AGENDA_KIND_OPENING,
  RT_AGENDA_KIND_ITEM,
  RT_AGENDA_KIND_OTHER,
  RT_AGENDA_KIND_CLOSING,
} RtAgendaKind;

/* The kinds of 配布資料, each numbered on its own: 資料1, 参考資料1, 当日配布資料. */
typedef enum
{
  RT_MATERIAL_KIND_MATERIAL,
  RT_MATERIAL_KIND_REFERENCE,
  RT_MATERIAL_KIND_DAY,
} RtMaterialKind;

/* Where a 宿題 stands: 未対応, 対応中, 回答済. */
typedef enum
{
  RT_FOLLOWUP_OPEN,
  RT_FOLLOWUP_IN_PROGRESS,
  RT_FOLLOWUP_ANSWERED,
} RtFollowupStatus;

/* What a committee file holds: a committee's meetings, or the opinions sent
 * in a public comment (パブリックコメント), whose speakers are submitters. */
typedef enum
{
  RT_COMMITTEE_MODE_COMMITTEE,
  RT_COMMITTEE_MODE_PUBLIC_COMMENT,
} RtCommitteeMode;

/* How an output names speakers (発言者の表示), from the most to the least
 * telling. RT_SPEAKER_DISPLAY_DEFAULT, which is not stored, stands for the
 * committee's setting of the output. */
typedef enum
{
  RT_SPEAKER_DISPLAY_DEFAULT = -1,
  RT_SPEAKER_DISPLAY_REAL,       /* 林委員 */
  RT_SPEAKER_DISPLAY_PSEUDONYM,  /* 委員A: the same letter in every output */
  RT_SPEAKER_DISPLAY_GENERIC,    /* 委員 */
  RT_SPEAKER_DISPLAY_HIDDEN,     /* no speaker */
  RT_N_SPEAKER_DISPLAYS
} RtSpeakerDisplay;

/* The outputs that name speakers, each with its own display policy
 * (rt_committee_get_speaker_display()). */
typedef enum
{
  RT_OUTPUT_OPINIONS,    /* handout: opinions by theme */
  RT_OUTPUT_POINTS,      /* handout: the point table and its coverage matrix */
  RT_OUTPUT_MAP,         /* the issue map as a document: handout page, render-map */
  RT_OUTPUT_SPEAKERS,    /* handout: the speaker index */
  RT_OUTPUT_CHANGES,     /* handout: changes since the previous meeting */
  RT_OUTPUT_RESPONSES,   /* handout: 意見と対応 */
  RT_OUTPUT_PROJECTOR,   /* the presentation's slides */
  RT_OUTPUT_XLSX,        /* cards as an Excel workbook */
  RT_OUTPUT_CSV,         /* cards as CSV */
  RT_OUTPUT_SUMMARY,     /* the 議事要旨 */
  RT_OUTPUT_OUTLINE,     /* the 答申 outline */
  RT_OUTPUT_FOLLOWUPS,   /* follow-ups (宿題) */
  RT_N_OUTPUTS
} RtOutput;

/* The order in which members are given their pseudonym letters. */
typedef enum
{
  RT_PSEUDONYM_ORDER_APPEARANCE,  /* first appearance in the committee */
  RT_PSEUDONYM_ORDER_READING,     /* 五十音 order of the names' readings */
} RtPseudonymOrder;
/**
 * RtStatementKind:
 * @RT_STATEMENT_KIND_OPINION: 意見, an opinion
 * @RT_STATEMENT_KIND_QUESTION: 質問, a question
 * @RT_STATEMENT_KIND_REQUEST: 要望, a request
 * @RT_STATEMENT_KIND_ANSWER: 説明・回答, the secretariat's explanation or answer
 * @RT_STATEMENT_KIND_PROCEDURE: 進行, the chair's procedure (開会, 異議なし, 休憩)
 *
 * What a statement of the minutes is (発言の種類).
 */
typedef enum
{
  RT_STATEMENT_KIND_OPINION,
  RT_STATEMENT_KIND_QUESTION,
  RT_STATEMENT_KIND_REQUEST,
  RT_STATEMENT_KIND_ANSWER,
  RT_STATEMENT_KIND_PROCEDURE,
} RtStatementKind;

#define RT_STATEMENT_KIND_LAST RT_STATEMENT_KIND_PROCEDURE

#define RT_TYPE_CARD_STATUS (rt_card_status_get_type ())
#define RT_TYPE_VISIBILITY (rt_visibility_get_type ())
#define RT_TYPE_POINT_STATUS (rt_point_status_get_type ())
#define RT_TYPE_MAP_NODE_KIND (rt_map_node_kind_get_type ())
#define RT_TYPE_SCENE_KIND (rt_scene_kind_get_type ())
#define RT_TYPE_PERSON_KIND (rt_person_kind_get_type ())
#define RT_TYPE_ATTENDANCE (rt_attendance_get_type ())
#define RT_TYPE_COMMITTEE_MODE (rt_committee_mode_get_type ())
#define RT_TYPE_SPEAKER_DISPLAY (rt_speaker_display_get_type ())
#define RT_TYPE_OUTPUT (rt_output_get_type ())
#define RT_TYPE_PSEUDONYM_ORDER (rt_pseudonym_order_get_type ())
#define RT_TYPE_STATEMENT_KIND (rt_statement_kind_get_type ())
#define RT_TYPE_AGENDA_KIND (rt_agenda_kind_get_type ())
#define RT_TYPE_MATERIAL_KIND (rt_material_kind_get_type ())
#define RT_TYPE_FOLLOWUP_STATUS (rt_followup_status_get_type ())

GType        rt_card_status_get_type   (void);
GType        rt_visibility_get_type    (void);
GType        rt_point_status_get_type  (void);
GType        rt_map_node_kind_get_type (void);
GType        rt_scene_kind_get_type    (void);
GType        rt_person_kind_get_type   (void);
GType        rt_attendance_get_type    (void);
GType        rt_committee_mode_get_type (void);
GType        rt_speaker_display_get_type (void);
GType        rt_output_get_type        (void);
GType        rt_pseudonym_order_get_type (void);
GType        rt_statement_kind_get_type (void);
GType        rt_agenda_kind_get_type   (void);
GType        rt_material_kind_get_type (void);
GType        rt_followup_status_get_type (void);

/* The nick of a value is its spelling in the committee file and in JSON. */
const char  *rt_enum_to_nick           (GType        enum_type,
                                        int          value);
gboolean     rt_enum_from_nick         (GType        enum_type,
                                        const char  *nick,
                                        int         *value);
const char  *rt_card_status_to_label   (RtCardStatus status);
const char  *rt_visibility_to_label    (RtVisibility visibility);
const char  *rt_point_status_to_label  (RtPointStatus status);
const char  *rt_person_kind_to_label   (RtPersonKind kind);
RtPersonKind rt_person_kind_guess      (const char  *role);
const char  *rt_speaker_display_to_label (RtSpeakerDisplay display);
const char  *rt_output_to_label        (RtOutput     output);
const char  *rt_pseudonym_order_to_label (RtPseudonymOrder order);
const char  *rt_statement_kind_to_label (RtStatementKind kind);
const char  *rt_agenda_kind_to_label   (RtAgendaKind kind);
const char  *rt_material_kind_to_label (RtMaterialKind kind);
const char  *rt_followup_status_to_label (RtFollowupStatus status);
/* The Japanese word of a kind, never translated: 意見, 質問, 要望, 説明・回答,
 * 進行; for scripts and files. */
const char  *rt_statement_kind_to_tag  (RtStatementKind kind);
gboolean     rt_statement_kind_awaits_answer (RtStatementKind kind);
gboolean     rt_statement_kind_from_tag (const char     *tag,
                                        RtStatementKind *kind);
/* A set of kinds: 1 << RtStatementKind each; RT_STATEMENT_KINDS_ALL all of them. */
#define RT_STATEMENT_KINDS_ALL ((1u << (RT_STATEMENT_KIND_LAST + 1)) - 1)
/* The members' own statements: 意見, 質問 and 要望. */
#define RT_STATEMENT_KINDS_MEMBERS ((1u << RT_STATEMENT_KIND_OPINION) | (1u << RT_STATEMENT_KIND_QUESTION) | \
                                    (1u << RT_STATEMENT_KIND_REQUEST))
gboolean     rt_statement_kinds_parse   (const char     *spec,
                                        guint          *mask);

G_END_DECLS
