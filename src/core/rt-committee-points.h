/* rt-committee-points.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* The edits of the discussion points: frameworks, points, their local
 * proposals and the committee's directions. Like the board's edits
 * (rt-committee-edit.h), each function is one transaction and one undo step
 * with a translated label; the model objects follow through RtStore::changed.
 *
 * A position is an index among the siblings after the moved item is taken
 * out; -1 means the end. Errors: RT_STORE_ERROR_NOT_FOUND for an id that does
 * not exist, RT_STORE_ERROR_INVALID for an empty title or text,
 * RT_STORE_ERROR_READ_ONLY, and the store's errors.
 *
 * The table of a framework as in 資料2 (number, national point and question,
 * local proposals, linked themes and opinions, status, directions) is read
 * with rt_committee_get_point_row(), the same for the screen and the tests.
 */

/* A proposal or a direction of a point. */
typedef struct
{
  gint64  id;
  gint64  meeting_id;      /* directions: the meeting it was recorded for, or 0 */
  int     meeting_number;  /* directions: that meeting's number, or 0 */
  char   *text;
  char   *created;         /* directions: when it was recorded */
} RtPointText;

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

gint64      rt_committee_add_framework        (RtCommittee        *self,
                                               const char         *name,
                                               GError            **error);
gint64      rt_committee_add_perspective_framework (RtCommittee   *self,
                                               const char         *name,
                                               GError            **error);
gboolean    rt_committee_rename_framework     (RtCommittee        *self,
                                               gint64              framework_id,
                                               const char         *name,
                                               GError            **error);
gboolean    rt_committee_delete_framework     (RtCommittee        *self,
                                               gint64              framework_id,
                                               GError            **error);

gint64      rt_committee_add_point            (RtCommittee        *self,
                                               gint64              framework_id,
                                               const char         *title,
                                               const char         *question,
                                               GError            **error);
gboolean    rt_committee_edit_point           (RtCommittee        *self,
                                               gint64              point_id,
                                               const RtPointEdit  *edit,
                                               GError            **error);
gboolean    rt_committee_set_point_status     (RtCommittee        *self,
                                               gint64              point_id,
                                               RtPointStatus       status,
                                               GError            **error);
gboolean    rt_committee_move_point           (RtCommittee        *self,
                                               gint64              point_id,
                                               int                 position,
                                               GError            **error);
gboolean    rt_committee_delete_point         (RtCommittee        *self,
                                               gint64              point_id,
                                               GError            **error);

gint64      rt_committee_add_proposal         (RtCommittee        *self,
                                               gint64              point_id,
                                               const char         *text,
                                               GError            **error);
gboolean    rt_committee_set_proposal_text    (RtCommittee        *self,
                                               gint64              proposal_id,
                                               const char         *text,
                                               GError            **error);
gboolean    rt_committee_move_proposal        (RtCommittee        *self,
                                               gint64              proposal_id,
                                               int                 position,
                                               GError            **error);
gboolean    rt_committee_delete_proposal      (RtCommittee        *self,
                                               gint64              proposal_id,
                                               GError            **error);

gint64      rt_committee_add_direction        (RtCommittee        *self,
                                               gint64              point_id,
                                               gint64              meeting_id,
                                               const char         *text,
                                               GError            **error);
gboolean    rt_committee_set_direction        (RtCommittee        *self,
                                               gint64              direction_id,
                                               gint64              meeting_id,
                                               const char         *text,
                                               GError            **error);
gboolean    rt_committee_delete_direction     (RtCommittee        *self,
                                               gint64              direction_id,
                                               GError            **error);

gboolean    rt_committee_set_card_points      (RtCommittee        *self,
                                               gint64              card_id,
                                               gint64              framework_id,
                                               const gint64       *point_ids,
                                               guint               n_points,
                                               GError            **error);
GArray     *rt_committee_get_card_point_ids   (RtCommittee        *self,
                                               gint64              card_id,
                                               GError            **error);
GArray     *rt_committee_get_theme_point_ids  (RtCommittee        *self,
                                               gint64              theme_id,
                                               GError            **error);

RtPointTableRow *rt_committee_get_point_row        (RtCommittee        *self,
                                               gint64              point_id,
                                               GError            **error);
GPtrArray  *rt_committee_get_point_table      (RtCommittee        *self,
                                               gint64              framework_id,
                                               GError            **error);

void        rt_point_text_free                (RtPointText        *text);
void        rt_point_table_row_free                 (RtPointTableRow         *row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtPointTableRow, rt_point_table_row_free)

G_END_DECLS
