/* rt-model-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-agenda-item.h"
#include "rt-card.h"
#include "rt-correction.h"
#include "rt-followup.h"
#include "rt-framework.h"
#include "rt-label.h"
#include "rt-material.h"
#include "rt-meeting.h"
#include "rt-outline.h"
#include "rt-person.h"
#include "rt-perspective.h"
#include "rt-point.h"
#include "rt-response.h"
#include "rt-response-kind.h"
#include "rt-stmt.h"
#include "rt-summary.h"
#include "rt-theme.h"

G_BEGIN_DECLS

/* Lists inside one column (aliases, proposals, directions) are joined with
 * the ASCII unit separator, which never occurs in text the user types. */
#define RT_LIST_SEPARATOR "\x1f"

gboolean rt_model_set_int64  (gpointer      object,
                          gint64       *field,
                          gint64        value,
                          GParamSpec   *pspec);
gboolean rt_model_set_int    (gpointer      object,
                          int          *field,
                          int           value,
                          GParamSpec   *pspec);
gboolean rt_model_set_string (gpointer      object,
                          char        **field,
                          const char   *value,
                          GParamSpec   *pspec);
gboolean rt_model_set_strv   (gpointer      object,
                          char       ***field,
                          const char   *joined,
                          GParamSpec   *pspec);
gboolean rt_model_set_enum   (gpointer      object,
                          int          *field,
                          GType         enum_type,
                          const char   *nick,
                          GParamSpec   *pspec);

gboolean _rt_meeting_load     (RtMeeting     *self,
                           RtStmt  *stmt);
gboolean _rt_person_load      (RtPerson      *self,
                           RtStmt  *stmt);
gboolean _rt_label_load       (RtLabel       *self,
                           RtStmt  *stmt);
gboolean _rt_theme_load       (RtTheme       *self,
                           RtStmt  *stmt);
gboolean _rt_card_load        (RtCard        *self,
                           RtStmt  *stmt);
gboolean _rt_framework_load   (RtFramework   *self,
                           RtStmt  *stmt);
gboolean _rt_point_load       (RtPoint       *self,
                           RtStmt  *stmt);
gboolean _rt_perspective_load (RtPerspective *self,
                           RtStmt  *stmt);
gboolean _rt_agenda_item_load (RtAgendaItem  *self,
                               RtStmt        *stmt);
gboolean _rt_material_load    (RtMaterial    *self,
                               RtStmt        *stmt);
gboolean _rt_followup_load    (RtFollowup    *self,
                               RtStmt        *stmt);
gboolean _rt_summary_load     (RtSummary     *self,
                               RtStmt        *stmt);
gboolean _rt_correction_load  (RtCorrection  *self,
                               RtStmt        *stmt);
gboolean _rt_outline_load     (RtOutline     *self,
                               RtStmt        *stmt);
gboolean _rt_response_kind_load (RtResponseKind *self,
                                 RtStmt         *stmt);
gboolean _rt_response_load      (RtResponse     *self,
                                 RtStmt         *stmt);

G_END_DECLS
