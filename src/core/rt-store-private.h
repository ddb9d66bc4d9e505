/* rt-store-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "rt-store.h"

G_BEGIN_DECLS

sqlite3_stmt *rt_store_prepare     (RtStore       *self,
                                    const char    *sql,
                                    GError       **error);
gboolean      rt_store_exec        (RtStore       *self,
                                    const char    *sql,
                                    GError       **error);
gboolean      rt_store_step_done   (RtStore       *self,
                                    sqlite3_stmt  *stmt,
                                    GError       **error);
gboolean      rt_store_step_row    (RtStore       *self,
                                    sqlite3_stmt  *stmt,
                                    gboolean      *has_row,
                                    GError       **error);
gint64        rt_store_last_insert (RtStore       *self);
gboolean      rt_store_set_error   (RtStore       *self,
                                    GError       **error,
                                    const char    *what);
sqlite3      *rt_store_get_db      (RtStore       *self);

/* Binding helpers: NULL strings and ids <= 0 become SQL NULL. */
void          rt_stmt_bind_text    (sqlite3_stmt  *stmt,
                                    int            index,
                                    const char    *text);
void          rt_stmt_bind_id      (sqlite3_stmt  *stmt,
                                    int            index,
                                    gint64         id);
const char   *rt_stmt_get_text     (sqlite3_stmt  *stmt,
                                    int            column);

G_END_DECLS
