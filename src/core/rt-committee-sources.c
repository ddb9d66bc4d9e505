/* rt-committee-sources.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-sources"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-sources.h"
#include "rt-store-private.h"

/**
 * rt_committee_get_source_text:
 * @title: (out) (optional): the source's title
 *
 * Reads the verbatim text of the source @source_id, in which cards keep
 * their place as a byte offset and length.
 *
 * Returns: (transfer full): the text, or %NULL with RT_STORE_ERROR_NOT_FOUND
 */
char *
rt_committee_get_source_text (RtCommittee  *self,
                              gint64        source_id,
                              char        **title,
                              GError      **error)
{
  RtStore *store;
  sqlite3_stmt *stmt;
  gboolean has_row;
  char *text;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store, "SELECT text, title FROM sources WHERE id = ?1", error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, source_id);
  if (!rt_store_step_row (store, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                   _("There is no source with the id %lld"), (long long)source_id);
      return NULL;
    }

  text = g_strdup (rt_stmt_get_text (stmt, 0));
  if (title != NULL)
    *title = g_strdup (rt_stmt_get_text (stmt, 1));
  sqlite3_reset (stmt);

  return text;
}
