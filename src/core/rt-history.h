/* rt-history.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-store.h"

G_BEGIN_DECLS

/* RtHistory: undo and redo of persisted edits.
 *
 * SQLite keeps the log itself (the technique of sqlite.org's "Automatic
 * Undo/Redo Using SQLite"): TEMP triggers on every user table of the committee
 * write, for each row inserted, updated or deleted, the SQL statement that
 * reverses it into a TEMP table of the same connection. The log is therefore
 * part of every transaction: a rolled-back savepoint or transaction rolls its
 * log entries back as well, and nothing is written to the file.
 *
 * Each outermost transaction of RtStore that changed rows is one step. Its
 * label is the one given with rt_history_label_next_step() by the RtCommittee
 * method that made it, or one guessed from the rows it changed. Undo runs the
 * inverse statements of the last step, newest first, in one transaction; the
 * triggers record what that transaction did, which becomes the redo step.
 * Undo and redo change the file like any edit and reach views through
 * RtStore::changed. A new step clears the redo steps.
 *
 * The history lives as long as the committee is open; it is not saved. A
 * read-only committee has a history that is never enabled.
 */

#define RT_HISTORY_DEFAULT_LIMIT 200

#define RT_TYPE_HISTORY (rt_history_get_type ())

G_DECLARE_FINAL_TYPE (RtHistory, rt_history, RT, HISTORY, GObject)

RtHistory  *rt_history_new               (RtStore     *store,
                                          GError     **error);
RtStore    *rt_history_get_store         (RtHistory   *self);
gboolean    rt_history_get_enabled       (RtHistory   *self);
gboolean    rt_history_set_enabled       (RtHistory   *self,
                                          gboolean     enabled,
                                          GError     **error);
guint       rt_history_get_limit         (RtHistory   *self);
void        rt_history_set_limit         (RtHistory   *self,
                                          guint        limit);
gboolean    rt_history_get_can_undo      (RtHistory   *self);
gboolean    rt_history_get_can_redo      (RtHistory   *self);
const char *rt_history_get_undo_label    (RtHistory   *self);
const char *rt_history_get_redo_label    (RtHistory   *self);
guint       rt_history_get_n_undo        (RtHistory   *self);
guint       rt_history_get_n_redo        (RtHistory   *self);
void        rt_history_label_next_step   (RtHistory   *self,
                                          const char  *label);
gboolean    rt_history_undo              (RtHistory   *self,
                                          GError     **error);
gboolean    rt_history_redo              (RtHistory   *self,
                                          GError     **error);
void        rt_history_clear             (RtHistory   *self);
void        rt_history_skip_next_step    (RtHistory   *self);

G_END_DECLS
