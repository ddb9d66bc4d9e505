/* rt-history-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-history.h"

G_BEGIN_DECLS

/* Inserts of many rows into one table (an import) are logged as one entry,
 * "delete the rows above the largest rowid there was", instead of one entry a
 * row. Called inside the transaction, around inserts that let SQLite choose
 * the rowid; nothing else may be inserted into @table in between. */
gboolean _rt_history_begin_bulk_insert (RtHistory   *self,
                                        const char  *table,
                                        GError     **error);
gboolean _rt_history_end_bulk_insert   (RtHistory   *self,
                                        GError     **error);

G_END_DECLS
