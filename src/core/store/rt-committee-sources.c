/* rt-committee-sources.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-sources"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The column list of the JSON format (rt-table.h). */

static const RtField source_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "title", "title", RT_FIELD_TEXT },
  { "text", "text", RT_FIELD_TEXT },
  { "imported", "imported", RT_FIELD_STAMP },
};

const RtTableSpec rt_sources_table = {
  "sources", "sources", RT_ROW_OBJECT, source_fields, G_N_ELEMENTS (source_fields),
  NULL, "x.id",
};

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
  RtStmt *stmt;
  gboolean has_row;
  char *text;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store, "SELECT text, title FROM sources WHERE id = ?1", error)))
    return NULL;

  rt_stmt_bind_int64 (stmt, 1, source_id);
  if (!rt_stmt_step (stmt, &has_row, error))
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
  rt_stmt_reset (stmt);

  return text;
}

/* Keeps minutes verbatim, inside the current change. @text need not end
 * with a NUL. */
gint64
rt_committee_insert_source (RtCommittee  *self,
                            gint64        meeting_id,
                            const char   *title,
                            const char   *text,
                            gsize         length,
                            GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO sources (meeting_id, title, text, imported) VALUES (?1, ?2, ?3, ?4)",
                                 error)))
    return 0;

  rt_stmt_bind_id (stmt, 1, meeting_id);
  rt_stmt_bind_text (stmt, 2, title);
  rt_stmt_bind_text_len (stmt, 3, text, length);
  rt_stmt_bind_text (stmt, 4, now);

  return rt_stmt_insert (stmt, error);
}
