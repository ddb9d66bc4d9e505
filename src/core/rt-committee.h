/* rt-committee.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-agenda-item.h"
#include "rt-card.h"
#include "rt-correction.h"
#include "rt-followup.h"
#include "rt-framework.h"
#include "rt-history.h"
#include "rt-label.h"
#include "rt-material.h"
#include "rt-meeting.h"
#include "rt-outline.h"
#include "rt-person.h"
#include "rt-perspective.h"
#include "rt-point.h"
#include "rt-response.h"
#include "rt-response-kind.h"
#include "rt-store.h"
#include "rt-summary.h"
#include "rt-theme.h"

G_BEGIN_DECLS

/* RtCommittee: one committee file, the one door between the views and the
 * store. Its functions are grouped below by aggregate, as they are
 * implemented in src/core/store/rt-committee-<aggregate>.c.
 *
 * Reading: the committee keeps one model object per row (RtCard, RtTheme …)
 * and GListModels of them (RtList) that stay up to date.
 *
 * Changing: every function that changes the committee is one transaction
 * and one undo step with a translated label (“Move 3 cards”): it happens
 * completely or not at all, and rt_committee_undo() takes it back. Views
 * never update themselves after calling one. The change reaches them as
 *  - "items-changed" of the lists (position, removed, added), for rows that
 *    come, go or move;
 *  - "notify" of the model objects, for edited properties;
 *  - a few signals of the committee where a list is not the right shape:
 *    RtCommittee::item-changed (any object of a kind, detailed by kind),
 *    ::links-changed, ::positions-changed, ::scenes-changed, and ::changed
 *    after every change, for views that redraw all they show.
 *
 * Ids of 0 mean “none”: a theme of 0 is the 未分類 inbox, a label of 0 puts a
 * theme among the themes without a handout label, a speaker or meeting of 0
 * leaves the card without one. A position is an index among the siblings
 * after the moved item is taken out; -1 means the end.
 *
 * Errors: RT_STORE_ERROR_NOT_FOUND for an id that does not exist,
 * RT_STORE_ERROR_INVALID for an argument the change cannot use (an offset
 * inside a character, an empty text), RT_STORE_ERROR_READ_ONLY, and the
 * store's errors.
 */

typedef enum
{
  RT_KIND_MEETING,
  RT_KIND_PERSON,
  RT_KIND_LABEL,
  RT_KIND_THEME,
  RT_KIND_CARD,
  RT_KIND_FRAMEWORK,
  RT_KIND_POINT,
  RT_KIND_PERSPECTIVE,
  RT_KIND_AGENDA_ITEM,
  RT_KIND_MATERIAL,
  RT_KIND_FOLLOWUP,
  RT_KIND_SUMMARY,
  RT_KIND_CORRECTION,
  RT_KIND_OUTLINE,
  RT_KIND_RESPONSE_KIND,
  RT_KIND_RESPONSE,
  RT_N_KINDS
} RtKind;

#define RT_TYPE_COMMITTEE (rt_committee_get_type ())

G_DECLARE_FINAL_TYPE (RtCommittee, rt_committee, RT, COMMITTEE, GObject)

GType        rt_kind_get_type               (RtKind             kind);
const char  *rt_kind_get_nick               (RtKind             kind);


/* The committee: its file, name, history and the lists of everything.
 * (store/rt-committee.c) */

typedef struct
{
  guint meetings;
  guint speakers;
  guint sources;
  guint labels;
  guint themes;
  guint cards;
  guint inbox;
  guint frameworks;
  guint points;
  guint perspectives;
  guint card_point_links;
  guint theme_point_links;
} RtCommitteeStats;

RtCommittee *rt_committee_open              (const char        *path,
                                             RtStoreOpenFlags   flags,
                                             GError           **error);
RtCommittee *rt_committee_new               (RtStore           *store,
                                             GError           **error);
RtCommittee *rt_committee_create_empty      (const char        *path,
                                             const char        *name,
                                             gboolean           with_national_points,
                                             GError           **error);
RtCommittee *rt_committee_create_sample     (const char        *path,
                                             const char        *name,
                                             GError           **error);
const char  *rt_committee_get_path          (RtCommittee       *self);
gboolean     rt_committee_save_copy         (RtCommittee       *self,
                                             const char        *path,
                                             GError           **error);
const char  *rt_committee_get_name          (RtCommittee       *self);
const char  *rt_committee_get_description   (RtCommittee       *self);
RtCommitteeMode rt_committee_get_mode       (RtCommittee       *self);
gboolean     rt_committee_get_read_only     (RtCommittee       *self);
gboolean     rt_committee_set_name          (RtCommittee       *self,
                                             const char        *name,
                                             GError           **error);
gpointer     rt_committee_lookup            (RtCommittee       *self,
                                             RtKind             kind,
                                             gint64             id);
gboolean     rt_committee_reload            (RtCommittee       *self,
                                             GError           **error);
gboolean     rt_committee_get_stats         (RtCommittee       *self,
                                             RtCommitteeStats  *stats,
                                             GError           **error);

RtHistory   *rt_committee_get_history       (RtCommittee       *self);
gboolean     rt_committee_undo              (RtCommittee       *self,
                                             GError           **error);
gboolean     rt_committee_redo              (RtCommittee       *self,
                                             GError           **error);

void         rt_committee_watch             (RtCommittee       *self,
                                             RtKind             kind,
                                             GCallback          callback,
                                             gpointer           data);
void         rt_committee_unwatch           (RtCommittee       *self,
                                             gpointer           data);

GListModel  *rt_committee_get_meetings      (RtCommittee       *self);
GListModel  *rt_committee_get_people        (RtCommittee       *self);
GListModel  *rt_committee_get_labels        (RtCommittee       *self);
GListModel  *rt_committee_get_themes        (RtCommittee       *self);
GListModel  *rt_committee_get_cards         (RtCommittee       *self);
GListModel  *rt_committee_get_frameworks    (RtCommittee       *self);
GListModel  *rt_committee_get_perspectives  (RtCommittee       *self);

char        *rt_now_iso8601                 (void);


/* Meetings and people. (store/rt-committee-meetings.c) */

/* What rt_committee_edit_meeting() sets; every field is written. */
typedef struct
{
  int          number;
  const char  *title;
  const char  *date;         /* YYYY-MM-DD, or "" */
  const char  *start_time;   /* HH:MM, or "" */
  const char  *end_time;
  const char  *place;
  int          observers;    /* 傍聴者; -1 when not known */
  gboolean     is_public;
} RtMeetingEdit;

typedef struct
{
  gint64        person_id;
  RtAttendance  status;
} RtAttendee;

gint64       rt_committee_add_meeting       (RtCommittee       *self,
                                             int                number,
                                             const char        *title,
                                             const char        *date,
                                             GError           **error);
gboolean     rt_committee_edit_meeting      (RtCommittee       *self,
                                             gint64             meeting_id,
                                             const RtMeetingEdit *edit,
                                             GError           **error);
gboolean     rt_committee_delete_meeting    (RtCommittee       *self,
                                             gint64             meeting_id,
                                             GError           **error);
GArray      *rt_committee_get_attendance    (RtCommittee       *self,
                                             gint64             meeting_id,
                                             GError           **error);
gboolean     rt_committee_set_attendance    (RtCommittee       *self,
                                             gint64             meeting_id,
                                             const RtAttendee  *attendees,
                                             guint              n_attendees,
                                             GError           **error);
gint64       rt_committee_add_person        (RtCommittee       *self,
                                             const char        *name,
                                             const char        *role,
                                             GError           **error);
gboolean     rt_committee_edit_person       (RtCommittee       *self,
                                             gint64             person_id,
                                             const char        *name,
                                             const char        *role,
                                             RtPersonKind       kind,
                                             GError           **error);
gboolean     rt_committee_move_person       (RtCommittee       *self,
                                             gint64             person_id,
                                             int                position,
                                             GError           **error);
gboolean     rt_committee_delete_person     (RtCommittee       *self,
                                             gint64             person_id,
                                             GError           **error);
gboolean     rt_committee_merge_people      (RtCommittee       *self,
                                             gint64             keep_id,
                                             gint64             merge_id,
                                             GError           **error);
gboolean     rt_committee_add_alias         (RtCommittee       *self,
                                             gint64             person_id,
                                             const char        *alias,
                                             GError           **error);
gboolean     rt_committee_remove_alias      (RtCommittee       *self,
                                             gint64             person_id,
                                             const char        *alias,
                                             GError           **error);
int          rt_committee_next_meeting_number (RtCommittee     *self);
gint64       rt_committee_find_current_meeting (RtCommittee    *self,
                                             const char        *today);
gint64       rt_committee_find_minutes_meeting (RtCommittee    *self,
                                             const char        *today,
                                             GError           **error);
guint        rt_committee_count_cards_of    (RtCommittee       *self,
                                             gint64             person_id,
                                             GError           **error);


/* Handout labels and themes. (store/rt-committee-themes.c) */

gint64       rt_committee_add_label         (RtCommittee       *self,
                                             const char        *name,
                                             GError           **error);
gboolean     rt_committee_rename_label      (RtCommittee       *self,
                                             gint64             label_id,
                                             const char        *name,
                                             GError           **error);
gboolean     rt_committee_move_label        (RtCommittee       *self,
                                             gint64             label_id,
                                             int                position,
                                             GError           **error);
gboolean     rt_committee_delete_label      (RtCommittee       *self,
                                             gint64             label_id,
                                             GError           **error);

gint64       rt_committee_add_theme         (RtCommittee       *self,
                                             gint64             label_id,
                                             const char        *name,
                                             const char        *color,
                                             GError           **error);
gboolean     rt_committee_rename_theme      (RtCommittee       *self,
                                             gint64             theme_id,
                                             const char        *name,
                                             GError           **error);
gboolean     rt_committee_set_theme_color   (RtCommittee       *self,
                                             gint64             theme_id,
                                             const char        *color,
                                             GError           **error);
gboolean     rt_committee_move_theme        (RtCommittee       *self,
                                             gint64             theme_id,
                                             gint64             label_id,
                                             int                position,
                                             GError           **error);
gboolean     rt_committee_delete_theme      (RtCommittee       *self,
                                             gint64             theme_id,
                                             GError           **error);
GListModel  *rt_committee_list_themes       (RtCommittee       *self,
                                             gint64             label_id);


/* Opinion cards. (store/rt-committee-cards.c)
 *
 * | board action                   | call                                       |
 * |--------------------------------|--------------------------------------------|
 * | drop cards in a column         | rt_committee_move_cards()                  |
 * | edit a card's text             | rt_committee_set_card_text()               |
 * | speaker, meeting, status, visibility of selected cards | rt_committee_set_cards_speaker() … |
 * | split at the cursor            | rt_committee_split_card()                  |
 * | merge the selection            | rt_committee_merge_cards()                 |
 * | delete the selection           | rt_committee_delete_cards()                |
 * | quick capture during a meeting | rt_committee_capture_card()                |
 */

/* What a new card is made of; ids of 0 mean none (a theme of 0 is the inbox). */
typedef struct
{
  const char *text;
  const char *verbatim;
  gint64      speaker_id;
  gint64      meeting_id;
  gint64      theme_id;
  gint64      source_id;
  gint64      source_offset;
  gint64      source_length;
  RtCardStatus status;
  RtVisibility visibility;
  const char *created;       /* when it was said or written; NULL for now */
  RtStatementKind kind;
} RtCardDraft;

/* Who has been heard: cards per speaker, and per speaker and theme.
 *
 * Rows are the committee's people in their order, then one row for cards
 * without a speaker (speaker_ids[i] == 0), present only when there are such
 * cards. Columns are the themes in board order (label by label), then the
 * 未分類 inbox (theme_ids[j] == 0). A person with no card has a row of zeros:
 * that is the point of the table.
 */
typedef struct
{
  guint    n_speakers;
  gint64  *speaker_ids;
  char   **speaker_names;   /* name and role as cards show them */
  guint    n_themes;
  gint64  *theme_ids;
  char   **theme_names;
  guint   *speaker_totals;  /* [n_speakers] */
  guint   *theme_totals;    /* [n_themes] */
  guint   *counts;          /* [n_speakers × n_themes], row by row */
  guint    n_cards;
} RtSpeakerStats;

gint64       rt_committee_add_card          (RtCommittee       *self,
                                             const RtCardDraft *draft,
                                             GError           **error);
gboolean     rt_committee_add_cards         (RtCommittee       *self,
                                             const RtCardDraft *drafts,
                                             guint              n_drafts,
                                             GArray            *ids,
                                             GError           **error);
gint64       rt_committee_capture_card      (RtCommittee       *self,
                                             gint64             meeting_id,
                                             gint64             speaker_id,
                                             const char        *text,
                                             GError           **error);
gboolean     rt_committee_set_card_text     (RtCommittee       *self,
                                             gint64             card_id,
                                             const char        *text,
                                             GError           **error);
gboolean     rt_committee_set_cards_speaker (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             gint64             speaker_id,
                                             GError           **error);
gboolean     rt_committee_set_cards_meeting (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             gint64             meeting_id,
                                             GError           **error);
gboolean     rt_committee_set_cards_status  (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             RtCardStatus       status,
                                             GError           **error);
gboolean     rt_committee_set_cards_visibility (RtCommittee    *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             RtVisibility       visibility,
                                             GError           **error);
gboolean     rt_committee_set_cards_kind    (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             RtStatementKind    kind,
                                             GError           **error);
gboolean     rt_committee_move_cards        (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             gint64             theme_id,
                                             int                position,
                                             GError           **error);
gint64       rt_committee_split_card        (RtCommittee       *self,
                                             gint64             card_id,
                                             gsize              offset,
                                             GError           **error);
gboolean     rt_committee_merge_cards       (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             GError           **error);
gboolean     rt_committee_delete_cards      (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             GError           **error);
GListModel  *rt_committee_list_cards        (RtCommittee       *self,
                                             gint64             theme_id);

RtSpeakerStats *rt_committee_get_speaker_stats (RtCommittee    *self,
                                             gint64             meeting_id,
                                             GError           **error);
guint        rt_speaker_stats_get           (RtSpeakerStats    *stats,
                                             guint              speaker,
                                             guint              theme);
void         rt_speaker_stats_free          (RtSpeakerStats    *stats);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSpeakerStats, rt_speaker_stats_free)


/* Discussion points: frameworks, points, their local proposals, the
 * committee's directions, perspectives, and the links of cards and themes
 * to points. (store/rt-committee-points.c)
 *
 * The table of a framework as in 資料2 (number, national point and question,
 * local proposals, linked themes and opinions, status, directions) is read
 * with rt_committee_get_point_row(), the same for the screen and the tests.
 */

/* A proposal or a direction of a point. */
typedef struct
{
  gint64  id;
  gint64  point_id;
  gint64  meeting_id;      /* directions: the meeting it was recorded for, or 0 */
  int     meeting_number;  /* directions: that meeting's number, or 0 */
  char   *text;
  char   *created;         /* directions: when it was recorded */
} RtPointText;

/* A link to a point: from a card (theme_id 0) or from a theme (card_id 0). */
typedef struct
{
  gint64 card_id;
  gint64 theme_id;
  gint64 point_id;
} RtPointLink;

/* A card linked to a point, directly or through its theme. */
typedef struct
{
  gint64    card_id;
  gint64    theme_id;        /* 0 for the 未分類 inbox */
  char     *theme_name;
  char     *text;
  char     *speaker;         /* display name, or "" */
  int       meeting_number;  /* or 0 */
  gboolean  direct;          /* linked to the point itself */
  gboolean  via_theme;       /* its theme is linked to the point */
} RtPointOpinion;

/* A theme linked to a point. */
typedef struct
{
  gint64  theme_id;
  char   *name;
  guint   n_cards;
} RtPointTheme;

/* One row of the point table. */
typedef struct
{
  gint64         point_id;
  int            number;
  char          *title;
  char          *question;
  char          *note;
  RtPointStatus  status;
  GPtrArray     *proposals;   /* RtPointText */
  GPtrArray     *directions;  /* RtPointText */
  GPtrArray     *themes;      /* RtPointTheme, in board order */
  GPtrArray     *opinions;    /* RtPointOpinion, grouped by theme in board order */
  GPtrArray     *speakers;    /* char*, distinct speakers of the opinions, in committee order */
} RtPointTableRow;

/* What rt_committee_edit_point() changes; NULL strings are left alone. */
typedef struct
{
  const char          *title;
  const char          *question;
  const char          *note;
  int                  number;          /* 0 leaves it */
  gboolean             set_proposals;
  /* The new proposals in order: the id of a kept one, or 0 for a new one.
   * Proposals of the point that are not listed are deleted. */
  const gint64        *proposal_ids;
  const char * const  *proposals;
  guint                n_proposals;
} RtPointEdit;

/* One accepted theme suggestion: cards moved into an existing theme, or
 * into a new one. */
typedef struct
{
  gint64        theme_id;   /* an existing theme, or 0 to create one */
  const char   *name;       /* the new theme's name; for an existing theme a new name, or NULL */
  gint64        label_id;   /* the new theme's handout label, or 0 */
  const char   *color;      /* the new theme's colour, or NULL */
  const gint64 *card_ids;
  guint         n_cards;
} RtThemeChange;

gint64       rt_committee_add_framework     (RtCommittee        *self,
                                             const char         *name,
                                             GError            **error);
gint64       rt_committee_add_perspective_framework (RtCommittee *self,
                                             const char         *name,
                                             GError            **error);
gboolean     rt_committee_rename_framework  (RtCommittee        *self,
                                             gint64              framework_id,
                                             const char         *name,
                                             GError            **error);
gboolean     rt_committee_delete_framework  (RtCommittee        *self,
                                             gint64              framework_id,
                                             GError            **error);
GListModel  *rt_committee_list_points       (RtCommittee        *self,
                                             gint64              framework_id);

gint64       rt_committee_add_point         (RtCommittee        *self,
                                             gint64              framework_id,
                                             const char         *title,
                                             const char         *question,
                                             GError            **error);
gboolean     rt_committee_edit_point        (RtCommittee        *self,
                                             gint64              point_id,
                                             const RtPointEdit  *edit,
                                             GError            **error);
gboolean     rt_committee_set_point_status  (RtCommittee        *self,
                                             gint64              point_id,
                                             RtPointStatus       status,
                                             GError            **error);
gboolean     rt_committee_move_point        (RtCommittee        *self,
                                             gint64              point_id,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_delete_point      (RtCommittee        *self,
                                             gint64              point_id,
                                             GError            **error);

gint64       rt_committee_add_proposal      (RtCommittee        *self,
                                             gint64              point_id,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_set_proposal_text (RtCommittee        *self,
                                             gint64              proposal_id,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_move_proposal     (RtCommittee        *self,
                                             gint64              proposal_id,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_delete_proposal   (RtCommittee        *self,
                                             gint64              proposal_id,
                                             GError            **error);
GPtrArray   *rt_committee_get_proposals     (RtCommittee        *self,
                                             GError            **error);

gint64       rt_committee_add_direction     (RtCommittee        *self,
                                             gint64              point_id,
                                             gint64              meeting_id,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_set_direction     (RtCommittee        *self,
                                             gint64              direction_id,
                                             gint64              meeting_id,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_delete_direction  (RtCommittee        *self,
                                             gint64              direction_id,
                                             GError            **error);
GPtrArray   *rt_committee_get_directions    (RtCommittee        *self,
                                             GError            **error);

gboolean     rt_committee_link_card_point   (RtCommittee        *self,
                                             gint64              card_id,
                                             gint64              point_id,
                                             GError            **error);
gboolean     rt_committee_unlink_card_point (RtCommittee        *self,
                                             gint64              card_id,
                                             gint64              point_id,
                                             GError            **error);
gboolean     rt_committee_link_theme_point  (RtCommittee        *self,
                                             gint64              theme_id,
                                             gint64              point_id,
                                             GError            **error);
gboolean     rt_committee_unlink_theme_point (RtCommittee       *self,
                                             gint64              theme_id,
                                             gint64              point_id,
                                             GError            **error);
gboolean     rt_committee_set_card_points   (RtCommittee        *self,
                                             gint64              card_id,
                                             gint64              framework_id,
                                             const gint64       *point_ids,
                                             guint               n_points,
                                             GError            **error);
GArray      *rt_committee_get_card_point_ids (RtCommittee       *self,
                                             gint64              card_id,
                                             GError            **error);
GArray      *rt_committee_get_theme_point_ids (RtCommittee      *self,
                                             gint64              theme_id,
                                             GError            **error);
GArray      *rt_committee_get_point_links   (RtCommittee        *self,
                                             GError            **error);
gint64       rt_committee_apply_theme_suggestion (RtCommittee   *self,
                                             const RtThemeChange *change,
                                             GError            **error);
gboolean     rt_committee_apply_suggestions (RtCommittee        *self,
                                             const RtThemeChange *changes,
                                             guint               n_changes,
                                             const RtPointLink  *links,
                                             guint               n_links,
                                             GArray             *theme_ids,
                                             GError            **error);

RtPointTableRow *rt_committee_get_point_row (RtCommittee        *self,
                                             gint64              point_id,
                                             GError            **error);
GPtrArray   *rt_committee_get_point_table   (RtCommittee        *self,
                                             gint64              framework_id,
                                             GError            **error);

void         rt_point_text_free             (RtPointText        *text);
void         rt_point_table_row_free        (RtPointTableRow    *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtPointText, rt_point_text_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtPointTableRow, rt_point_table_row_free)


/* Responses: the secretariat's answer (対応・事務局の考え方) to opinions.
 * (store/rt-committee-responses.c)
 *
 * An answer (RtResponse) is given to one or more cards, which then share
 * it, or to a theme, for each of its cards. A card has at most one answer
 * of its own; the answer that counts for a card is its own, else its
 * theme's (rt_committee_get_card_response()). Each answer has a kind from
 * the committee's editable list (反映する, 一部反映, 今後の検討, 反映しない,
 * 質問への回答, 対応不要 in a new committee), its text, where it is
 * reflected (a free text such as 「答申案 第3章」, or a point) and the
 * meeting at which it was given.
 *
 * | action                                    | call                                   |
 * |-------------------------------------------|----------------------------------------|
 * | answer the selected cards (one shared)    | rt_committee_answer_cards()            |
 * | edit an answer (for all its cards)        | rt_committee_edit_response()           |
 * | take the answer off cards                 | rt_committee_clear_card_responses()    |
 * | answer a theme, or take its answer off    | rt_committee_answer_theme(), rt_committee_clear_theme_response() |
 * | store answers that came with an import    | rt_committee_add_answers()             |
 *
 * Views follow RtCommittee::item-changed::response and the lists of
 * rt_committee_get_responses() and rt_committee_get_response_kinds().
 */

/* What an answer says; every field is written. */
typedef struct
{
  gint64       kind_id;     /* a response kind, or 0 for none */
  const char  *text;        /* the answer: 事務局の考え方, 市の考え方 */
  const char  *reflected;   /* where it is reflected: 「答申案 第3章」, or "" */
  gint64       point_id;    /* the point it is reflected in, or 0 */
  gint64       meeting_id;  /* the meeting at which it was given, or 0 */
} RtResponseEdit;

/* An answer that arrives with imported opinions (the city's answer in a
 * public comment's results): given to @n_cards cards, which share it. */
typedef struct
{
  const gint64 *card_ids;
  guint         n_cards;
  const char   *kind;        /* a kind's name, made if the committee has none of it; NULL or "" for none */
  const char   *text;
  const char   *reflected;   /* NULL for "" */
  gint64        meeting_id;  /* or 0 */
} RtAnswerDraft;

GListModel  *rt_committee_get_responses     (RtCommittee          *self);
GListModel  *rt_committee_get_response_kinds (RtCommittee         *self);
RtResponse  *rt_committee_get_card_response (RtCommittee          *self,
                                             gint64                card_id);
RtResponse  *rt_committee_get_card_own_response (RtCommittee      *self,
                                             gint64                card_id);
RtResponse  *rt_committee_get_theme_response (RtCommittee         *self,
                                             gint64                theme_id);
gint64       rt_committee_answer_cards      (RtCommittee          *self,
                                             const gint64         *card_ids,
                                             guint                 n_cards,
                                             const RtResponseEdit *edit,
                                             GError              **error);
gboolean     rt_committee_edit_response     (RtCommittee          *self,
                                             gint64                response_id,
                                             const RtResponseEdit *edit,
                                             GError              **error);
gboolean     rt_committee_clear_card_responses (RtCommittee       *self,
                                             const gint64         *card_ids,
                                             guint                 n_cards,
                                             GError              **error);
gint64       rt_committee_answer_theme      (RtCommittee          *self,
                                             gint64                theme_id,
                                             const RtResponseEdit *edit,
                                             GError              **error);
gboolean     rt_committee_clear_theme_response (RtCommittee       *self,
                                             gint64                theme_id,
                                             GError              **error);
gboolean     rt_committee_add_answers       (RtCommittee          *self,
                                             const RtAnswerDraft  *answers,
                                             guint                 n_answers,
                                             GError              **error);

gint64       rt_committee_add_response_kind (RtCommittee          *self,
                                             const char           *name,
                                             GError              **error);
gboolean     rt_committee_rename_response_kind (RtCommittee       *self,
                                             gint64                kind_id,
                                             const char           *name,
                                             GError              **error);
gboolean     rt_committee_move_response_kind (RtCommittee         *self,
                                             gint64                kind_id,
                                             int                   position,
                                             GError              **error);
gboolean     rt_committee_delete_response_kind (RtCommittee       *self,
                                             gint64                kind_id,
                                             GError              **error);
gint64       rt_committee_find_response_kind (RtCommittee         *self,
                                             const char           *name);


/* The committee's own choices: public-comment mode, the speaker display
 * policy of each output, and the pseudonym letters members keep.
 * (store/rt-committee-settings.c)
 *
 * How a speaker is named in an output is decided in one place, by
 * rt_speaker_policy_name() (rt-speaker-policy.h), from these settings.
 */

/* A letter a person keeps in published outputs: 委員A. */
typedef struct
{
  gint64  person_id;
  char    letter[16];
} RtPseudonym;

gboolean     rt_committee_set_mode          (RtCommittee          *self,
                                             RtCommitteeMode       mode,
                                             GError              **error);
char        *rt_committee_dup_setting       (RtCommittee          *self,
                                             const char           *key);
gboolean     rt_committee_set_setting       (RtCommittee          *self,
                                             const char           *key,
                                             const char           *value,
                                             GError              **error);
RtSpeakerDisplay rt_committee_get_speaker_display (RtCommittee    *self,
                                             RtOutput              output);
gboolean     rt_committee_set_speaker_display (RtCommittee        *self,
                                             RtOutput              output,
                                             RtSpeakerDisplay      display,
                                             GError              **error);
RtSpeakerDisplay rt_speaker_display_default (RtCommitteeMode       mode,
                                             RtOutput              output);
RtPseudonymOrder rt_committee_get_pseudonym_order (RtCommittee    *self);
gboolean     rt_committee_set_pseudonym_order (RtCommittee        *self,
                                             RtPseudonymOrder      order,
                                             GError              **error);
GArray      *rt_committee_get_pseudonyms    (RtCommittee          *self,
                                             GError              **error);
GArray      *rt_committee_list_speakers_by_appearance (RtCommittee *self,
                                             GError              **error);
gboolean     rt_committee_keep_pseudonyms   (RtCommittee          *self,
                                             const RtPseudonym    *pseudonyms,
                                             guint                 n_pseudonyms,
                                             GError              **error);


/* Imported minutes (出典), kept verbatim so that a card can be shown at its
 * place in them. (store/rt-committee-sources.c) */

char        *rt_committee_get_source_text   (RtCommittee        *self,
                                             gint64              source_id,
                                             char              **title,
                                             GError            **error);


/* Where the nodes of the issue map stand. (store/rt-committee-map.c) */

/* Where one node of the map stands, in map units (1 unit = 1 pt at 100 %). */
typedef struct
{
  RtMapNodeKind kind;
  gint64        item_id;
  double        x;
  double        y;
  gboolean      pinned;
} RtMapPosition;

GArray      *rt_committee_get_map_positions (RtCommittee          *self,
                                             GError              **error);
gboolean     rt_committee_set_map_positions (RtCommittee          *self,
                                             const RtMapPosition  *positions,
                                             guint                 n_positions,
                                             gboolean              replace_all,
                                             GError              **error);
gboolean     rt_committee_clear_map_positions (RtCommittee        *self,
                                             GError              **error);


/* The scenes (場面) of a presentation: an ordered sequence, saved in the
 * committee, that the projector steps through from diverge to converge.
 * (store/rt-committee-scenes.c)
 *
 * A scene shows one thing of the committee, named by its kind and target:
 *
 * | kind                      | target_id                    | shows                          |
 * |---------------------------|------------------------------|--------------------------------|
 * | RT_SCENE_MEETING          | a meeting, or 0 for all      | all cards of the meeting       |
 * | RT_SCENE_THEME            | a theme, or 0 for 未分類     | the cards of one theme         |
 * | RT_SCENE_LABEL            | a handout label              | its themes side by side        |
 * | RT_SCENE_POINT            | a point                      | question, directions, opinions |
 * | RT_SCENE_POINT_TABLE      | a framework, or 0 for first  | the point table (資料2)        |
 * | RT_SCENE_MAP              | a point or theme, or 0       | the issue map, or of one of    |
 * |                           |                              | them (see RtSceneMapFlags)     |
 * | RT_SCENE_TEXT             | none                         | its title and text             |
 * | RT_SCENE_FOLLOWUPS        | a meeting, or 0 for the last | 宿題 answered for that meeting |
 * | RT_SCENE_RESPONSES        | a meeting, or 0 for all      | opinions with their answers    |
 *
 * Views follow through RtCommittee::scenes-changed.
 */

typedef struct
{
  gint64       id;
  int          position;
  RtSceneKind  kind;
  gint64       target_id;   /* 0 for none */
  char        *title;       /* "" for the target's own name */
  char        *text;        /* text scenes: the body */
} RtScene;

/* How a map scene shows the map, kept as words in its text: "theme" (its
 * target is a theme, not a point), "structured" (the columns arrangement
 * rather than the saved one). */
typedef enum
{
  RT_SCENE_MAP_THEME      = 1 << 0,
  RT_SCENE_MAP_STRUCTURED = 1 << 1,
} RtSceneMapFlags;

RtSceneMapFlags rt_scene_get_map_flags      (const RtScene *scene);
char        *rt_scene_map_flags_to_text     (RtSceneMapFlags flags);
const char  *rt_scene_kind_to_label         (RtSceneKind    kind);
RtScene     *rt_scene_copy                  (const RtScene *scene);
void         rt_scene_free                  (RtScene       *scene);
char        *rt_scene_dup_display_title     (const RtScene *scene,
                                             RtCommittee   *committee);

GPtrArray   *rt_committee_list_scenes       (RtCommittee   *self,
                                             GError       **error);
gint64       rt_committee_add_scene         (RtCommittee   *self,
                                             RtSceneKind    kind,
                                             gint64         target_id,
                                             const char    *title,
                                             const char    *text,
                                             int            position,
                                             GError       **error);
gboolean     rt_committee_update_scene      (RtCommittee   *self,
                                             gint64         scene_id,
                                             gint64         target_id,
                                             const char    *title,
                                             const char    *text,
                                             GError       **error);
gboolean     rt_committee_move_scene        (RtCommittee   *self,
                                             gint64         scene_id,
                                             int            position,
                                             GError       **error);
gboolean     rt_committee_delete_scene      (RtCommittee   *self,
                                             gint64         scene_id,
                                             GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtScene, rt_scene_free)


/* The 次第 of a meeting and its 配布資料. (store/rt-committee-agenda.c)
 *
 * A 次第 is a list of items: 開会, 議事 (numbered （１）（２）… under one
 * 議事 line), その他, 閉会. The 配布資料 are numbered by their place in the
 * list, never by hand: 資料1, 資料2 …, consecutive 資料 of one agenda item
 * sharing a number (資料1-1, 資料1-2), then 参考資料 and 当日配布資料 counted
 * apart. Moving a material (dragging it) numbers them all again. A handout
 * Ronten makes for the meeting (its @handout: "opinions", "opinions:ID" for
 * the opinions of one handout label, "points", "map", "speakers",
 * "changes", "followups", "summary", "outline", "outline-changes") takes
 * the number of its material.
 */

/* What rt_committee_add_material() and rt_committee_edit_material() set. */
typedef struct
{
  gint64          agenda_item_id;  /* 0: none */
  const char     *title;
  RtMaterialKind  kind;
  gboolean        restricted;      /* 委員限り */
  const char     *handout;         /* the handout Ronten makes for it, or NULL */
} RtMaterialEdit;

/* Where an item stands in the numbering of its 次第: "２" with sub 0, or
 * the （１） of the 議事 line "２". */
typedef struct
{
  int      top;          /* １, ２ … */
  int      sub;          /* （１）, （２） … of a 議事; 0 for the others */
  gboolean opens_group;  /* the first 議事 of a run: a 議事 line goes before it */
} RtAgendaNumber;

void         rt_agenda_number_items         (const RtAgendaKind  *kinds,
                                             guint               n_items,
                                             RtAgendaNumber     *numbers);
char        *rt_material_number_for         (RtMaterialKind      kind,
                                             guint               group,
                                             guint               index,
                                             guint               group_size);

GListModel  *rt_committee_list_agenda_items (RtCommittee        *self,
                                             gint64              meeting_id);
gint64       rt_committee_add_agenda_item   (RtCommittee        *self,
                                             gint64              meeting_id,
                                             RtAgendaKind        kind,
                                             const char         *title,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_add_usual_agenda  (RtCommittee        *self,
                                             gint64              meeting_id,
                                             GError            **error);
gboolean     rt_committee_edit_agenda_item  (RtCommittee        *self,
                                             gint64              item_id,
                                             RtAgendaKind        kind,
                                             const char         *title,
                                             GError            **error);
gboolean     rt_committee_move_agenda_item  (RtCommittee        *self,
                                             gint64              item_id,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_delete_agenda_item (RtCommittee       *self,
                                             gint64              item_id,
                                             GError            **error);

GListModel  *rt_committee_list_materials    (RtCommittee        *self,
                                             gint64              meeting_id);
gint64       rt_committee_add_material      (RtCommittee        *self,
                                             gint64              meeting_id,
                                             const RtMaterialEdit *edit,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_edit_material     (RtCommittee        *self,
                                             gint64              material_id,
                                             const RtMaterialEdit *edit,
                                             GError            **error);
gboolean     rt_committee_move_material     (RtCommittee        *self,
                                             gint64              material_id,
                                             int                 position,
                                             GError            **error);
gboolean     rt_committee_delete_material   (RtCommittee        *self,
                                             gint64              material_id,
                                             GError            **error);


/* 宿題 and 資料要求: questions and requests to answer by a later meeting.
 * (store/rt-committee-followups.c) */

/* What rt_committee_add_followup() and rt_committee_edit_followup() set. */
typedef struct
{
  const char        *question;
  const char        *assignee;             /* 事務局, a department … */
  gint64             due_meeting_id;       /* 0: none */
  RtFollowupStatus   status;
  const char        *answer;
  gint64             answered_meeting_id;  /* 0: none */
} RtFollowupEdit;

GListModel  *rt_committee_get_followups     (RtCommittee        *self);
gint64       rt_committee_add_followup      (RtCommittee        *self,
                                             gint64              card_id,
                                             const RtFollowupEdit *edit,
                                             GError            **error);
gboolean     rt_committee_edit_followup     (RtCommittee        *self,
                                             gint64              followup_id,
                                             const RtFollowupEdit *edit,
                                             GError            **error);
gboolean     rt_committee_delete_followup   (RtCommittee        *self,
                                             gint64              followup_id,
                                             GError            **error);


/* The 議事要旨 of each meeting, and the corrections members sent against
 * its draft. (store/rt-committee-summaries.c) */

GListModel  *rt_committee_get_summaries     (RtCommittee        *self);
RtSummary   *rt_committee_find_summary      (RtCommittee        *self,
                                             gint64              meeting_id);
gint64       rt_committee_set_summary_text  (RtCommittee        *self,
                                             gint64              meeting_id,
                                             const char         *text,
                                             gboolean            generated,
                                             GError            **error);
gboolean     rt_committee_set_summary_final (RtCommittee        *self,
                                             gint64              summary_id,
                                             gboolean            final,
                                             GError            **error);
gboolean     rt_committee_delete_summary    (RtCommittee        *self,
                                             gint64              summary_id,
                                             GError            **error);
GListModel  *rt_committee_list_corrections  (RtCommittee        *self,
                                             gint64              summary_id);
gint64       rt_committee_add_correction    (RtCommittee        *self,
                                             gint64              summary_id,
                                             gint64              person_id,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_edit_correction   (RtCommittee        *self,
                                             gint64              correction_id,
                                             gint64              person_id,
                                             const char         *text,
                                             gboolean            done,
                                             GError            **error);
gboolean     rt_committee_delete_correction (RtCommittee        *self,
                                             gint64              correction_id,
                                             GError            **error);


/* The versions of the 答申 outline (骨子案 → 素案 → 案).
 * (store/rt-committee-outlines.c) */

GListModel  *rt_committee_get_outlines      (RtCommittee        *self);
gint64       rt_committee_add_outline       (RtCommittee        *self,
                                             const char         *stage,
                                             const char         *date,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_edit_outline      (RtCommittee        *self,
                                             gint64              outline_id,
                                             const char         *stage,
                                             const char         *date,
                                             const char         *text,
                                             GError            **error);
gboolean     rt_committee_delete_outline    (RtCommittee        *self,
                                             gint64              outline_id,
                                             GError            **error);


/* The whole committee as JSON (doc/json-format.md). (rt-json.c over the
 * aggregates' rows) */

#define RT_JSON_FORMAT "ronten-committee"
/* 2: meetings' times, observers, attendance; people's kind */
#define RT_JSON_FORMAT_VERSION 2
#define RT_JSON_ERROR (rt_json_error_quark ())

typedef enum
{
  RT_JSON_ERROR_SYNTAX,
  RT_JSON_ERROR_INVALID,
  RT_JSON_ERROR_NEWER_VERSION,
  RT_JSON_ERROR_TOO_LARGE,
  RT_JSON_ERROR_NOT_EMPTY,
} RtJsonError;

typedef enum
{
  RT_JSON_IMPORT_DEFAULT = 0,
  /* Replace whatever the committee holds; without it, the committee must be empty. */
  RT_JSON_IMPORT_REPLACE = 1 << 0,
} RtJsonImportFlags;

GQuark       rt_json_error_quark            (void);
char        *rt_committee_export_json       (RtCommittee        *self,
                                             gsize              *length,
                                             GError            **error);
gboolean     rt_committee_import_json       (RtCommittee        *self,
                                             const char         *data,
                                             gssize              length,
                                             RtJsonImportFlags   flags,
                                             GError            **error);
gboolean     rt_committee_is_empty          (RtCommittee        *self,
                                             gboolean           *empty,
                                             GError            **error);
RtCommittee *rt_committee_create_from_json  (const char         *path,
                                             const char         *data,
                                             gssize              length,
                                             GError            **error);
char        *rt_sample_committee_json       (gsize              *length,
                                             GError            **error);


/* Search over the text of cards (rt-search.c; RtSearchModel in rt-search.h). */

/* A range of bytes [start, end) in a card's text. */
typedef struct
{
  guint start;
  guint end;
} RtSearchRange;

/* For a filter id: only cards that have none (no meeting, no speaker, the
 * 未分類 inbox for a theme, no linked point). */
#define RT_SEARCH_NONE ((gint64) -1)

/* Which cards a search looks at. An id of 0, a status of -1 and a kind of
 * -1 do not filter; initialise with RT_SEARCH_FILTER_INIT or
 * rt_search_filter_init(). @kind is an RtStatementKind (意見, 質問 …). */
typedef struct
{
  gint64 meeting_id;
  gint64 speaker_id;
  gint64 theme_id;
  gint64 point_id;
  int    status;
  int    kind;
} RtSearchFilter;

#define RT_SEARCH_FILTER_INIT { 0, 0, 0, 0, -1, -1 }

/* One card found, with where the words are in its text. */
typedef struct
{
  gint64  card_id;
  GArray *ranges;   /* of RtSearchRange, in order, not overlapping */
} RtSearchMatch;

GArray      *rt_committee_search            (RtCommittee           *self,
                                             const char            *query,
                                             const RtSearchFilter  *filter,
                                             GError               **error);
GPtrArray   *rt_committee_search_matches    (RtCommittee           *self,
                                             const char            *query,
                                             const RtSearchFilter  *filter,
                                             GError               **error);
void         rt_search_match_free           (RtSearchMatch         *match);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSearchMatch, rt_search_match_free)

G_END_DECLS
