/* rt-stmt.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A prepared SQL statement of a store, cached by its SQL text and owned by
 * the store. Binding never fails on the spot: the first binding error is kept
 * and reported, as a GError, by the next rt_stmt_step() or
 * rt_stmt_run(). Only the files of src/core/store/ see this type.
 */
typedef struct _RtStmt RtStmt;

void         rt_stmt_bind_int     (RtStmt  *self,
                                        int           param,
                                        int           value);
void         rt_stmt_bind_int64   (RtStmt  *self,
                                        int           param,
                                        gint64        value);
void         rt_stmt_bind_double  (RtStmt  *self,
                                        int           param,
                                        double        value);
void         rt_stmt_bind_text    (RtStmt  *self,
                                        int           param,
                                        const char   *text);
void         rt_stmt_bind_text_len (RtStmt *self,
                                        int           param,
                                        const char   *text,
                                        gsize         length);
void         rt_stmt_bind_id      (RtStmt  *self,
                                        int           param,
                                        gint64        id);
void         rt_stmt_bind_null    (RtStmt  *self,
                                        int           param);
int          rt_stmt_get_n_params (RtStmt  *self);

gboolean     rt_stmt_step         (RtStmt  *self,
                                        gboolean     *has_row,
                                        GError      **error);
gboolean     rt_stmt_run          (RtStmt  *self,
                                        GError      **error);
gint64       rt_stmt_insert       (RtStmt  *self,
                                        GError      **error);
int          rt_stmt_get_changes  (RtStmt  *self);
void         rt_stmt_reset        (RtStmt  *self);
const char  *rt_stmt_get_sql      (RtStmt  *self);

int          rt_stmt_column       (RtStmt  *self,
                                        const char   *name);
gint64       rt_stmt_get_int64    (RtStmt  *self,
                                        int           column);
int          rt_stmt_get_int      (RtStmt  *self,
                                        int           column);
double       rt_stmt_get_double   (RtStmt  *self,
                                        int           column);
const char  *rt_stmt_get_text     (RtStmt  *self,
                                        int           column);
gboolean     rt_stmt_is_null      (RtStmt  *self,
                                        int           column);

/* Reading a row by column name: rt_stmt_get_text (s, RT_COL (s, "name")). */
#define RT_COL(stmt, name) rt_stmt_column ((stmt), (name))

G_END_DECLS
