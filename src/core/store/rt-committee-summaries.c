/* rt-committee-summaries.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-summaries"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The 議事要旨 of each meeting and the corrections members sent against it.
 *
 * A summary is the secretariat's text: Ronten drafts it once from the
 * meeting's cards (rt-summary-draft.c), and from then on it is edited like
 * any document. @generated says when it was last drafted; @final whether
 * the secretariat marked it final (no longer 「（案）」). */

#define SUMMARY_SELECT \
  "SELECT s.id AS id, s.meeting_id AS meeting_id, m.number AS meeting_number, s.text AS text," \
  " s.final AS final, coalesce(s.generated, '') AS generated, s.modified AS modified," \
  " (SELECT count(*) FROM summary_corrections c WHERE c.summary_id = s.id) AS n_corrections," \
  " (SELECT count(*) FROM summary_corrections c WHERE c.summary_id = s.id AND NOT c.done) AS n_open_corrections" \
  " FROM summaries s JOIN meetings m ON m.id = s.meeting_id"
#define CORRECTION_SELECT \
  "SELECT c.id AS id, c.summary_id AS summary_id, coalesce(c.person_id, 0) AS person_id," \
  " coalesce(p.name || p.role, '') AS person, c.text AS text, c.done AS done, c.created AS created" \
  " FROM summary_corrections c LEFT JOIN people p ON p.id = c.person_id"

const RtKindInfo rt_summary_kind_info = {
  rt_summary_get_type, (gpointer)_rt_summary_load,
  SUMMARY_SELECT, SUMMARY_SELECT " WHERE s.id = ?1",
  "SELECT s.id FROM summaries s JOIN meetings m ON m.id = s.meeting_id ORDER BY m.number, s.id",
  RT_T (SUMMARIES) | RT_T (SUMMARY_CORRECTIONS) | RT_T (MEETINGS),
  RT_T (SUMMARIES) | RT_T (MEETINGS),
};

const RtKindInfo rt_correction_kind_info = {
  rt_correction_get_type, (gpointer)_rt_correction_load,
  CORRECTION_SELECT, CORRECTION_SELECT " WHERE c.id = ?1",
  "SELECT id FROM summary_corrections ORDER BY summary_id, created, id",
  RT_T (SUMMARY_CORRECTIONS) | RT_T (PEOPLE),
  RT_T (SUMMARY_CORRECTIONS),
};

/* The column lists of the JSON format (rt-table.h): a summary holds its
 * corrections. */

static const RtField correction_fields[] = {
  { NULL, "summary_id", RT_FIELD_PARENT },
  { "person", "person_id", RT_FIELD_REF },
  { "text", "text", RT_FIELD_TEXT },
  { "done", "done", RT_FIELD_BOOL },
  { "created", "created", RT_FIELD_STAMP },
};

static const RtTableSpec corrections_table = {
  "corrections", "summary_corrections", RT_ROW_OBJECT, correction_fields, G_N_ELEMENTS (correction_fields),
  NULL, "x.created, x.id",
};

static const RtTableSpec * const summary_children[] = { &corrections_table, NULL };

static const RtField summary_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "text", "text", RT_FIELD_TEXT },
  { "final", "final", RT_FIELD_BOOL },
  { "generated", "generated", RT_FIELD_TEXT_NULL },
  { "modified", "modified", RT_FIELD_STAMP },
};

const RtTableSpec rt_summaries_table = {
  "summaries", "summaries", RT_ROW_OBJECT, summary_fields, G_N_ELEMENTS (summary_fields),
  "JOIN meetings m ON m.id = x.meeting_id", "m.number, x.id", summary_children,
};

#define check_meeting(self, id, error) \
  rt_committee_check_row ((self), "meetings", (id), (error), _("The meeting %lld does not exist"), (long long)(id))
#define check_summary(self, id, error) \
  rt_committee_check_row ((self), "summaries", (id), (error), _("The summary %lld does not exist"), (long long)(id))
#define check_correction(self, id, error) \
  rt_committee_check_row ((self), "summary_corrections", (id), (error), _("The correction %lld does not exist"), \
                          (long long)(id))

/**
 * rt_committee_get_summaries:
 *
 * Returns: (transfer none): the 議事要旨 of the meetings, by meeting number
 */
GListModel *
rt_committee_get_summaries (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_SUMMARY);
}

/**
 * rt_committee_find_summary:
 *
 * Returns: (transfer none) (nullable): the 議事要旨 of a meeting, if it has one
 */
RtSummary *
rt_committee_find_summary (RtCommittee *self,
                           gint64       meeting_id)
{
  GListModel *summaries = rt_committee_get_summaries (self);

  for (guint i = 0, n = g_list_model_get_n_items (summaries); i < n; i++)
    {
      g_autoptr(RtSummary) summary = g_list_model_get_item (summaries, i);

      if (rt_summary_get_meeting_id (summary) == meeting_id)
        return rt_committee_lookup (self, RT_KIND_SUMMARY, rt_summary_get_id (summary));
    }

  return NULL;
}

/**
 * rt_committee_set_summary_text:
 * @generated: whether @text is a draft Ronten just made (it then records
 *   when), or the secretariat's edit
 *
 * Writes the text of a meeting's 議事要旨, making it if the meeting has none.
 *
 * Returns: the id of the summary, or 0 with @error set
 */
gint64
rt_committee_set_summary_text (RtCommittee  *self,
                               gint64        meeting_id,
                               const char   *text,
                               gboolean      generated,
                               GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  RtStmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  if (!rt_committee_begin_change (self, generated ? _("Draft summary") : _("Edit summary"), error))
    return 0;

  ok = check_meeting (self, meeting_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 generated
                                 ? "INSERT INTO summaries (meeting_id, text, generated, modified) VALUES (?1, ?2, ?3, ?3)"
                                   " ON CONFLICT (meeting_id) DO UPDATE SET text = excluded.text,"
                                   " generated = excluded.generated, modified = excluded.modified"
                                 : "INSERT INTO summaries (meeting_id, text, modified) VALUES (?1, ?2, ?3)"
                                   " ON CONFLICT (meeting_id) DO UPDATE SET text = excluded.text,"
                                   " modified = excluded.modified WHERE text IS NOT excluded.text",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, meeting_id);
      rt_stmt_bind_text (stmt, 2, text);
      rt_stmt_bind_text (stmt, 3, now);
      ok = rt_stmt_run (stmt, error) &&
           rt_committee_read_ids (self, "SELECT id FROM summaries WHERE meeting_id = ?1", meeting_id, ids, error);
    }
  if (ok)
    id = g_array_index (ids, gint64, 0);

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_set_summary_final:
 * @final: %TRUE when the 議事要旨 is settled; %FALSE makes it 「（案）」 again
 */
gboolean
rt_committee_set_summary_final (RtCommittee  *self,
                                gint64        summary_id,
                                gboolean      final,
                                GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, final ? _("Mark summary final") : _("Mark summary as draft"), error))
    return FALSE;

  ok = check_summary (self, summary_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE summaries SET final = ?2, modified = ?3 WHERE id = ?1 AND final != ?2",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, summary_id);
      rt_stmt_bind_int (stmt, 2, final ? 1 : 0);
      rt_stmt_bind_text (stmt, 3, now);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_delete_summary:
 *
 * Deletes a 議事要旨 with its corrections.
 */
gboolean
rt_committee_delete_summary (RtCommittee  *self,
                             gint64        summary_id,
                             GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete summary"), error))
    return FALSE;

  ok = check_summary (self, summary_id, error) &&
       rt_committee_run_id (self, "DELETE FROM summaries WHERE id = ?1", summary_id, error);

  return rt_committee_end_change (self, ok, error);
}

/* Corrections */

/**
 * rt_committee_list_corrections:
 *
 * Returns: (transfer full): the corrections noted against a 議事要旨, in
 *   the order they came
 */
GListModel *
rt_committee_list_corrections (RtCommittee *self,
                               gint64       summary_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_CORRECTION,
                                              "SELECT id FROM summary_corrections WHERE summary_id = ?1"
                                              " ORDER BY created, id",
                                              summary_id, RT_T (SUMMARY_CORRECTIONS)));
}

/**
 * rt_committee_add_correction:
 * @person_id: the member who asked for it, or 0
 * @text: what they asked to change
 *
 * Notes a correction against a 議事要旨 draft: who, what, and (now) when.
 *
 * Returns: the id of the correction, or 0 with @error set
 */
gint64
rt_committee_add_correction (RtCommittee  *self,
                             gint64        summary_id,
                             gint64        person_id,
                             const char   *text,
                             GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *stripped = NULL;
  RtStmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  stripped = rt_committee_strip (text);
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("A correction needs a text")), 0;

  if (!rt_committee_begin_change (self, _("Note correction"), error))
    return 0;

  ok = check_summary (self, summary_id, error) &&
       (person_id == 0 || rt_committee_check_row (self, "people", person_id, error,
                                                  _("The speaker %lld does not exist"), (long long)person_id)) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO summary_corrections (summary_id, person_id, text, created)"
                                 " VALUES (?1, ?2, ?3, ?4)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, summary_id);
      rt_stmt_bind_id (stmt, 2, person_id);
      rt_stmt_bind_text (stmt, 3, stripped);
      rt_stmt_bind_text (stmt, 4, now);
      ok = (id = rt_stmt_insert (stmt, error)) != 0;
    }

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_edit_correction:
 * @done: whether the correction has been made in the text
 */
gboolean
rt_committee_edit_correction (RtCommittee  *self,
                              gint64        correction_id,
                              gint64        person_id,
                              const char   *text,
                              gboolean      done,
                              GError      **error)
{
  g_autofree char *stripped = NULL;
  RtStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  stripped = rt_committee_strip (text);
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("A correction needs a text"));

  if (!rt_committee_begin_change (self, _("Edit correction"), error))
    return FALSE;

  ok = check_correction (self, correction_id, error) &&
       (person_id == 0 || rt_committee_check_row (self, "people", person_id, error,
                                                  _("The speaker %lld does not exist"), (long long)person_id)) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE summary_corrections SET person_id = ?2, text = ?3, done = ?4 WHERE id = ?1"
                                 " AND (person_id, text, done) IS NOT (?2, ?3, ?4)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, correction_id);
      rt_stmt_bind_id (stmt, 2, person_id);
      rt_stmt_bind_text (stmt, 3, stripped);
      rt_stmt_bind_int (stmt, 4, done ? 1 : 0);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_delete_correction (RtCommittee  *self,
                                gint64        correction_id,
                                GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete correction"), error))
    return FALSE;

  ok = check_correction (self, correction_id, error) &&
       rt_committee_run_id (self, "DELETE FROM summary_corrections WHERE id = ?1", correction_id, error);

  return rt_committee_end_change (self, ok, error);
}
