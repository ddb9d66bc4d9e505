/* rt-store-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rt-stmt.h"
#include "rt-store.h"

G_BEGIN_DECLS

/* For the files of src/core/store/ only: nothing else sees SQL. */

/* The tables of a committee file. The store records which rows each
 * committed transaction changed; the committee turns that into model
 * objects' notify, lists' items-changed and its own domain signals. */
typedef enum
{
  RT_TABLE_COMMITTEE,
  RT_TABLE_MEETINGS,
  RT_TABLE_PEOPLE,
  RT_TABLE_PERSON_ALIASES,
  RT_TABLE_SOURCES,
  RT_TABLE_LABELS,
  RT_TABLE_THEMES,
  RT_TABLE_CARDS,
  RT_TABLE_FRAMEWORKS,
  RT_TABLE_POINTS,
  RT_TABLE_PROPOSALS,
  RT_TABLE_DIRECTIONS,
  RT_TABLE_PERSPECTIVES,
  RT_TABLE_CARD_POINTS,
  RT_TABLE_THEME_POINTS,
  RT_TABLE_MAP_POSITIONS,
  RT_TABLE_SCENES,
  RT_TABLE_ATTENDANCE,
  RT_TABLE_RESPONSE_KINDS,
  RT_TABLE_RESPONSES,
  RT_TABLE_RESPONSE_CARDS,
  RT_TABLE_COMMITTEE_SETTINGS,
  RT_TABLE_PSEUDONYMS,
  RT_TABLE_AGENDA_ITEMS,
  RT_TABLE_MATERIALS,
  RT_TABLE_FOLLOWUPS,
  RT_TABLE_SUMMARIES,
  RT_TABLE_SUMMARY_CORRECTIONS,
  RT_TABLE_OUTLINES,
  RT_N_TABLES
} RtTable;

#define RT_TABLE_BIT(t) (1u << (t))

G_STATIC_ASSERT (RT_N_TABLES <= 32);

RtStmt  *rt_store_prepare          (RtStore       *self,
                                         const char    *sql,
                                         GError       **error);
RtStmt  *rt_store_prepare_own      (RtStore       *self,
                                         const char    *sql,
                                         GError       **error);
void          rt_stmt_free         (RtStmt   *self);
gboolean      rt_store_exec             (RtStore       *self,
                                         const char    *sql,
                                         GError       **error);
gint64        rt_store_last_insert      (RtStore       *self);
int           rt_store_get_changes      (RtStore       *self);
void          rt_store_touch            (RtStore       *self,
                                         RtTable        table);
GArray       *rt_store_get_changed_rows (RtStore       *self,
                                         RtTable        table,
                                         gboolean      *all_rows);
const char   *rt_table_get_name         (RtTable        table);

/* Between the store and its statements. */
sqlite3      *_rt_store_get_db             (RtStore      *self);
gboolean      _rt_store_set_error_from_rc  (RtStore      *self,
                                            int           rc,
                                            GError      **error,
                                            const char   *what);
RtStmt  *_rt_stmt_new            (RtStore      *store,
                                            sqlite3_stmt *stmt);
void          _rt_stmt_free           (RtStmt  *self);
void          _rt_stmt_clear          (RtStmt  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtStmt, rt_stmt_free)

G_END_DECLS
