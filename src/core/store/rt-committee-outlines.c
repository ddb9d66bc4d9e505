/* rt-committee-outlines.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-outlines"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-private.h"
#include "rt-date.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The versions of the 答申 outline: 骨子案, then 素案, then 案 …, each kept
 * with its date so that one can be compared with the one before. A new
 * version is numbered after the last one. The stage is the committee's word
 * for it, as typed. */

#define OUTLINE_SELECT \
  "SELECT o.id AS id, o.version AS version, o.stage AS stage, coalesce(o.date, '') AS date," \
  " o.text AS text, o.created AS created FROM outlines o"

const RtKindInfo rt_outline_kind_info = {
  rt_outline_get_type, (gpointer)_rt_outline_load,
  OUTLINE_SELECT, OUTLINE_SELECT " WHERE o.id = ?1",
  "SELECT id FROM outlines ORDER BY version, id",
  RT_T (OUTLINES), RT_T (OUTLINES),
};

/* The column list of the JSON format (rt-table.h). */

static const RtField outline_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "version", "version", RT_FIELD_NUMBER },
  { "stage", "stage", RT_FIELD_TEXT },
  { "date", "date", RT_FIELD_TEXT_NULL },
  { "text", "text", RT_FIELD_TEXT },
  { "created", "created", RT_FIELD_STAMP },
};

const RtTableSpec rt_outlines_table = {
  "outlines", "outlines", RT_ROW_OBJECT, outline_fields, G_N_ELEMENTS (outline_fields),
  NULL, "x.version, x.id",
};

#define check_outline(self, id, error) \
  rt_committee_check_row ((self), "outlines", (id), (error), _("The outline version %lld does not exist"), \
                          (long long)(id))

/**
 * rt_committee_get_outlines:
 *
 * Returns: (transfer none): the versions of the 答申 outline, oldest first
 */
GListModel *
rt_committee_get_outlines (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_OUTLINE);
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  GDate parsed;

  if (date == NULL || date[0] == '\0' || rt_date_parse_iso (date, &parsed))
    return TRUE;

  return rt_committee_invalid (error, _("A date must be written YYYY-MM-DD"));
}

/**
 * rt_committee_add_outline:
 * @stage: 骨子案, 素案, 案 …
 * @date: (nullable): YYYY-MM-DD, or %NULL or "" for none
 *
 * Adds a version of the 答申 outline after the last one.
 *
 * Returns: the id of the new version, or 0 with @error set
 */
gint64
rt_committee_add_outline (RtCommittee  *self,
                          const char   *stage,
                          const char   *date,
                          const char   *text,
                          GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  if (!check_date (date, error))
    return 0;

  if (!rt_committee_begin_change (self, _("Add outline version"), error))
    return 0;

  ok = (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO outlines (version, stage, date, text, created)"
                                 " VALUES ((SELECT coalesce(max(version), 0) + 1 FROM outlines),"
                                 " ?1, nullif(?2, ''), ?3, ?4)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_text (stmt, 1, stage ? stage : "");
      rt_stmt_bind_text (stmt, 2, date ? date : "");
      rt_stmt_bind_text (stmt, 3, text);
      rt_stmt_bind_text (stmt, 4, now);
      ok = (id = rt_stmt_insert (stmt, error)) != 0;
    }

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_edit_outline:
 *
 * Changes a version's stage, date and text.
 */
gboolean
rt_committee_edit_outline (RtCommittee  *self,
                           gint64        outline_id,
                           const char   *stage,
                           const char   *date,
                           const char   *text,
                           GError      **error)
{
  RtStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!check_date (date, error))
    return FALSE;

  if (!rt_committee_begin_change (self, _("Edit outline"), error))
    return FALSE;

  ok = check_outline (self, outline_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE outlines SET stage = ?2, date = nullif(?3, ''), text = ?4 WHERE id = ?1"
                                 " AND (stage, date, text) IS NOT (?2, nullif(?3, ''), ?4)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, outline_id);
      rt_stmt_bind_text (stmt, 2, stage ? stage : "");
      rt_stmt_bind_text (stmt, 3, date ? date : "");
      rt_stmt_bind_text (stmt, 4, text);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_delete_outline (RtCommittee  *self,
                             gint64        outline_id,
                             GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete outline version"), error))
    return FALSE;

  ok = check_outline (self, outline_id, error) &&
       rt_committee_run_id (self, "DELETE FROM outlines WHERE id = ?1", outline_id, error);

  return rt_committee_end_change (self, ok, error);
}
