/* rt-committee-followups.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-followups"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* 宿題 and 資料要求: what a member asked that the secretariat (or a
 * department) answers by a later meeting. A follow-up may come from a card
 * (a question or request), whose text and speaker it shows, or stand alone. */

#define FOLLOWUP_SELECT \
  "SELECT f.id AS id, coalesce(f.card_id, 0) AS card_id, coalesce(c.text, '') AS card_text," \
  " coalesce(p.name || p.role, '') AS card_speaker, coalesce(cm.number, 0) AS card_meeting_number," \
  " f.question AS question, f.assignee AS assignee, coalesce(f.due_meeting_id, 0) AS due_meeting_id," \
  " coalesce(dm.number, 0) AS due_meeting_number, f.status AS status, f.answer AS answer," \
  " coalesce(f.answered_meeting_id, 0) AS answered_meeting_id," \
  " coalesce(am.number, 0) AS answered_meeting_number, f.created AS created, f.modified AS modified" \
  " FROM followups f LEFT JOIN cards c ON c.id = f.card_id LEFT JOIN people p ON p.id = c.speaker_id" \
  " LEFT JOIN meetings cm ON cm.id = c.meeting_id LEFT JOIN meetings dm ON dm.id = f.due_meeting_id" \
  " LEFT JOIN meetings am ON am.id = f.answered_meeting_id"

/* Open ones first (未対応 and 対応中), by the meeting they are due for (those
 * without one last), then the answered ones. */
#define FOLLOWUP_ORDER \
  "SELECT f.id FROM followups f LEFT JOIN meetings dm ON dm.id = f.due_meeting_id" \
  " ORDER BY f.status = 'answered', dm.number IS NULL, dm.number, f.id"

const RtKindInfo rt_followup_kind_info = {
  rt_followup_get_type, (gpointer)_rt_followup_load,
  FOLLOWUP_SELECT, FOLLOWUP_SELECT " WHERE f.id = ?1",
  FOLLOWUP_ORDER,
  RT_T (FOLLOWUPS) | RT_T (CARDS) | RT_T (PEOPLE) | RT_T (MEETINGS),
  RT_T (FOLLOWUPS) | RT_T (MEETINGS),
};

/* The column list of the JSON format (rt-table.h). */

static const RtField followup_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "card", "card_id", RT_FIELD_REF },
  { "question", "question", RT_FIELD_TEXT },
  { "assignee", "assignee", RT_FIELD_TEXT },
  { "due_meeting", "due_meeting_id", RT_FIELD_REF },
  { "status", "status", RT_FIELD_ENUM, rt_followup_status_get_type },
  { "answer", "answer", RT_FIELD_TEXT },
  { "answered_meeting", "answered_meeting_id", RT_FIELD_REF },
  { "created", "created", RT_FIELD_STAMP },
  { "modified", "modified", RT_FIELD_STAMP, NULL, "created" },
};

const RtTableSpec rt_followups_table = {
  "followups", "followups", RT_ROW_OBJECT, followup_fields, G_N_ELEMENTS (followup_fields),
  NULL, "x.id",
};

#define check_followup(self, id, error) \
  rt_committee_check_row ((self), "followups", (id), (error), _("The follow-up %lld does not exist"), (long long)(id))

/**
 * rt_committee_get_followups:
 *
 * Returns: (transfer none): every follow-up, open ones first, by the meeting
 *   they are due for
 */
GListModel *
rt_committee_get_followups (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_FOLLOWUP);
}

static gboolean
check_meeting_or_none (RtCommittee  *self,
                       gint64        meeting_id,
                       GError      **error)
{
  return meeting_id == 0 ||
         rt_committee_check_row (self, "meetings", meeting_id, error, _("The meeting %lld does not exist"),
                                 (long long)meeting_id);
}

static void
bind_edit (RtStmt               *stmt,
           const RtFollowupEdit *edit,
           const char           *question,
           const char           *now)
{
  rt_stmt_bind_text (stmt, 2, question);
  rt_stmt_bind_text (stmt, 3, edit->assignee ? edit->assignee : "");
  rt_stmt_bind_id (stmt, 4, edit->due_meeting_id);
  rt_stmt_bind_text (stmt, 5, rt_enum_to_nick (RT_TYPE_FOLLOWUP_STATUS, edit->status));
  rt_stmt_bind_text (stmt, 6, edit->answer ? edit->answer : "");
  rt_stmt_bind_id (stmt, 7, edit->answered_meeting_id);
  rt_stmt_bind_text (stmt, 8, now);
}

/**
 * rt_committee_add_followup:
 * @card_id: the card the follow-up comes from, or 0
 * @edit: what is asked, by whom it is answered and when; a %NULL or empty
 *   question takes the card's text
 *
 * Makes a card (a question or a request, usually) a 宿題.
 *
 * Returns: the id of the new follow-up, or 0 with @error set
 */
gint64
rt_committee_add_followup (RtCommittee           *self,
                           gint64                 card_id,
                           const RtFollowupEdit  *edit,
                           GError               **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *question = NULL;
  RtStmt *stmt = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (edit != NULL, 0);

  question = rt_committee_strip (edit->question ? edit->question : "");
  if (question[0] == '\0' && card_id != 0)
    {
      RtCard *card = rt_committee_lookup (self, RT_KIND_CARD, card_id);

      if (card != NULL)
        {
          g_free (question);
          question = rt_committee_strip (rt_card_get_text (card));
        }
    }
  if (question[0] == '\0')
    return rt_committee_invalid (error, _("A follow-up needs a question or request")), 0;

  if (!rt_committee_begin_change (self, _("Add follow-up"), error))
    return 0;

  ok = (card_id == 0 || check_card (self, card_id, error)) &&
       check_meeting_or_none (self, edit->due_meeting_id, error) &&
       check_meeting_or_none (self, edit->answered_meeting_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO followups (card_id, question, assignee, due_meeting_id, status,"
                                 " answer, answered_meeting_id, created, modified)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_id (stmt, 1, card_id);
      bind_edit (stmt, edit, question, now);
      ok = (id = rt_stmt_insert (stmt, error)) != 0;
    }

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

/**
 * rt_committee_edit_followup:
 *
 * Sets every field of @edit on a follow-up: its question, who answers, the
 * meeting it is due for, its status, the answer and the meeting it was
 * answered at.
 */
gboolean
rt_committee_edit_followup (RtCommittee           *self,
                            gint64                 followup_id,
                            const RtFollowupEdit  *edit,
                            GError               **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *question = NULL;
  RtStmt *stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  question = rt_committee_strip (edit->question ? edit->question : "");
  if (question[0] == '\0')
    return rt_committee_invalid (error, _("A follow-up needs a question or request"));

  if (!rt_committee_begin_change (self, _("Edit follow-up"), error))
    return FALSE;

  ok = check_followup (self, followup_id, error) &&
       check_meeting_or_none (self, edit->due_meeting_id, error) &&
       check_meeting_or_none (self, edit->answered_meeting_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE followups SET question = ?2, assignee = ?3, due_meeting_id = ?4,"
                                 " status = ?5, answer = ?6, answered_meeting_id = ?7, modified = ?8"
                                 " WHERE id = ?1 AND (question, assignee, due_meeting_id, status, answer,"
                                 " answered_meeting_id) IS NOT (?2, ?3, ?4, ?5, ?6, ?7)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, followup_id);
      bind_edit (stmt, edit, question, now);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_delete_followup (RtCommittee  *self,
                              gint64        followup_id,
                              GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete follow-up"), error))
    return FALSE;

  ok = check_followup (self, followup_id, error) &&
       rt_committee_run_id (self, "DELETE FROM followups WHERE id = ?1", followup_id, error);

  return rt_committee_end_change (self, ok, error);
}
