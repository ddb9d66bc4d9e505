/* rt-model-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-card.h"
#include "rt-framework.h"
#include "rt-label.h"
#include "rt-meeting.h"
#include "rt-person.h"
#include "rt-perspective.h"
#include "rt-point.h"
#include "rt-store-private.h"
#include "rt-theme.h"

G_BEGIN_DECLS

/* Lists inside one column (aliases, proposals, directions) are joined with
 * the ASCII unit separator, which never occurs in text the user types. */
#define RT_LIST_SEPARATOR "\x1f"

void rt_model_set_int64  (gpointer      object,
                          gint64       *field,
                          gint64        value,
                          GParamSpec   *pspec);
void rt_model_set_int    (gpointer      object,
                          int          *field,
                          int           value,
                          GParamSpec   *pspec);
void rt_model_set_string (gpointer      object,
                          char        **field,
                          const char   *value,
                          GParamSpec   *pspec);
void rt_model_set_strv   (gpointer      object,
                          char       ***field,
                          const char   *joined,
                          GParamSpec   *pspec);
void rt_model_set_enum   (gpointer      object,
                          int          *field,
                          GType         enum_type,
                          const char   *nick,
                          GParamSpec   *pspec);

void _rt_meeting_load     (RtMeeting     *self,
                           sqlite3_stmt  *stmt);
void _rt_person_load      (RtPerson      *self,
                           sqlite3_stmt  *stmt);
void _rt_label_load       (RtLabel       *self,
                           sqlite3_stmt  *stmt);
void _rt_theme_load       (RtTheme       *self,
                           sqlite3_stmt  *stmt);
void _rt_card_load        (RtCard        *self,
                           sqlite3_stmt  *stmt);
void _rt_framework_load   (RtFramework   *self,
                           sqlite3_stmt  *stmt);
void _rt_point_load       (RtPoint       *self,
                           sqlite3_stmt  *stmt);
void _rt_perspective_load (RtPerspective *self,
                           sqlite3_stmt  *stmt);

G_END_DECLS
