/* rt-committee-meetings.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-meetings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-date.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* Meetings, the people who speak in them and the other names people go by. */

#define MEETING_SELECT \
  "SELECT m.id AS id, m.number AS number, m.title AS title, coalesce(m.date, '') AS date," \
  " m.place AS place, m.agenda AS agenda, m.start_time AS start_time, m.end_time AS end_time," \
  " coalesce(m.observers, -1) AS observers, m.public AS public," \
  " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'present') AS n_present," \
  " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'absent') AS n_absent" \
  " FROM meetings m"
#define PERSON_SELECT \
  "SELECT p.id AS id, p.name AS name, p.role AS role, p.position AS position," \
  " p.name || p.role AS display_name, p.kind AS kind," \
  " (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM person_aliases a" \
  "   WHERE a.person_id = p.id ORDER BY a.id)) AS aliases" \
  " FROM people p"

const RtKindInfo rt_meeting_kind_info = {
  rt_meeting_get_type, (gpointer)_rt_meeting_load,
  MEETING_SELECT, MEETING_SELECT " WHERE m.id = ?1",
  "SELECT id FROM meetings ORDER BY number, id",
  RT_T (MEETINGS) | RT_T (ATTENDANCE), RT_T (MEETINGS),
};

const RtKindInfo rt_person_kind_info = {
  rt_person_get_type, (gpointer)_rt_person_load,
  PERSON_SELECT, PERSON_SELECT " WHERE p.id = ?1",
  "SELECT id FROM people ORDER BY position, id",
  RT_T (PEOPLE) | RT_T (PERSON_ALIASES), RT_T (PEOPLE),
};

/* The column lists of the JSON format (rt-table.h). */

static const RtField meeting_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "number", "number", RT_FIELD_NUMBER },
  { "title", "title", RT_FIELD_TEXT },
  { "date", "date", RT_FIELD_TEXT_NULL },
  { "place", "place", RT_FIELD_TEXT },
  { "agenda", "agenda", RT_FIELD_TEXT },
  { "start_time", "start_time", RT_FIELD_TEXT },
  { "end_time", "end_time", RT_FIELD_TEXT },
  { "observers", "observers", RT_FIELD_INT },
  { "public", "public", RT_FIELD_BOOL_TRUE },
};

const RtTableSpec rt_meetings_table = {
  "meetings", "meetings", RT_ROW_OBJECT, meeting_fields, G_N_ELEMENTS (meeting_fields),
  NULL, "x.number, x.id",
};

static const RtField alias_fields[] = {
  { NULL, "person_id", RT_FIELD_PARENT },
  { NULL, "alias", RT_FIELD_TEXT },
};

static const RtTableSpec aliases_table = {
  "aliases", "person_aliases", RT_ROW_TEXT, alias_fields, G_N_ELEMENTS (alias_fields),
  NULL, "x.id",
};

static const RtTableSpec * const person_children[] = { &aliases_table, NULL };

static const RtField person_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "name", "name", RT_FIELD_TEXT },
  { "role", "role", RT_FIELD_TEXT },
  { "kind", "kind", RT_FIELD_ENUM, rt_person_kind_get_type },
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_people_table = {
  "people", "people", RT_ROW_OBJECT, person_fields, G_N_ELEMENTS (person_fields),
  NULL, "x.position, x.id", person_children,
};

static const RtField attendance_fields[] = {
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "person", "person_id", RT_FIELD_REF },
  { "status", "status", RT_FIELD_ENUM, rt_attendance_get_type },
};

const RtTableSpec rt_attendance_table = {
  "attendance", "attendance", RT_ROW_OBJECT, attendance_fields, G_N_ELEMENTS (attendance_fields),
  "JOIN meetings m ON m.id = x.meeting_id JOIN people p ON p.id = x.person_id",
  "m.number, m.id, p.position, p.id",
};



/* Writers used inside any change (rt-committee-private.h). */

gint64
rt_committee_insert_meeting (RtCommittee  *self,
                             int           number,
                             const char   *title,
                             const char   *date,
                             GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO meetings (number, title, date) VALUES (?1, ?2, ?3)", error)))
    return 0;

  rt_stmt_bind_int (stmt, 1, number);
  rt_stmt_bind_text (stmt, 2, title ? title : "");
  rt_stmt_bind_text (stmt, 3, date);

  return rt_stmt_insert (stmt, error);
}

gint64
rt_committee_insert_person (RtCommittee  *self,
                            const char   *name,
                            const char   *role,
                            GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO people (name, role, kind, position)"
                                 " VALUES (?1, ?2, ?3, (SELECT coalesce(max(position) + 1, 0) FROM people))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name ? name : "");
  rt_stmt_bind_text (stmt, 2, role ? role : "");
  rt_stmt_bind_text (stmt, 3, rt_enum_to_nick (RT_TYPE_PERSON_KIND, rt_person_kind_guess (role)));

  return rt_stmt_insert (stmt, error);
}

/* Gives @alias to @person_id. With @replace the latest choice wins, so an
 * alias that named someone else moves to them; without, it stays where it
 * is. @added tells whether anything changed. */
gboolean
rt_committee_set_alias (RtCommittee  *self,
                        gint64        person_id,
                        const char   *alias,
                        gboolean      replace,
                        gboolean     *added,
                        GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 replace
                                 ? "INSERT INTO person_aliases (person_id, alias) VALUES (?1, ?2)"
                                   " ON CONFLICT (alias) DO UPDATE SET person_id = excluded.person_id"
                                   " WHERE person_id IS NOT excluded.person_id"
                                 : "INSERT INTO person_aliases (person_id, alias) VALUES (?1, ?2)"
                                   " ON CONFLICT (alias) DO NOTHING",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, person_id);
  rt_stmt_bind_text (stmt, 2, alias);
  if (!rt_stmt_run (stmt, error))
    return FALSE;

  if (added != NULL)
    *added = rt_stmt_get_changes (stmt) > 0;

  return TRUE;
}

gint64
rt_committee_add_meeting (RtCommittee  *self,
                          int           number,
                          const char   *title,
                          const char   *date,
                          GError      **error)
{
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!rt_committee_begin_change (self, _("Add meeting"), error))
    return 0;
  id = rt_committee_insert_meeting (self, number, title, date, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

gint64
rt_committee_add_person (RtCommittee  *self,
                         const char   *name,
                         const char   *role,
                         GError      **error)
{
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!rt_committee_begin_change (self, _("Add speaker"), error))
    return 0;
  id = rt_committee_insert_person (self, name, role, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

#define check_meeting(self, id, error) \
  rt_committee_check_row ((self), "meetings", (id), (error), _("The meeting %lld does not exist"), (long long)(id))
#define check_person(self, id, error) \
  rt_committee_check_row ((self), "people", (id), (error), _("The speaker %lld does not exist"), (long long)(id))

/**
 * rt_committee_edit_meeting:
 *
 * Changes what @edit sets of a meeting: its number (unique in the
 * committee), title, date, times, place, observers and whether it is public.
 */
gboolean
rt_committee_edit_meeting (RtCommittee          *self,
                           gint64                meeting_id,
                           const RtMeetingEdit  *edit,
                           GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  if (edit->number < 1)
    return rt_committee_invalid (error, _("A meeting’s number must be 1 or more"));

  if (!rt_committee_begin_change (self, _("Edit meeting"), error))
    return FALSE;

  ok = check_meeting (self, meeting_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE meetings SET number = ?2, title = ?3, date = nullif(?4, ''),"
                                 " start_time = ?5, end_time = ?6, place = ?7,"
                                 " observers = nullif(?8, -1), public = ?9 WHERE id = ?1",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, meeting_id);
      rt_stmt_bind_int (stmt, 2, edit->number);
      rt_stmt_bind_text (stmt, 3, edit->title ? edit->title : "");
      rt_stmt_bind_text (stmt, 4, edit->date ? edit->date : "");
      rt_stmt_bind_text (stmt, 5, edit->start_time ? edit->start_time : "");
      rt_stmt_bind_text (stmt, 6, edit->end_time ? edit->end_time : "");
      rt_stmt_bind_text (stmt, 7, edit->place ? edit->place : "");
      rt_stmt_bind_int (stmt, 8, MAX (edit->observers, -1));
      rt_stmt_bind_int (stmt, 9, edit->is_public ? 1 : 0);
      ok = rt_stmt_run (stmt, &local_error);
      /* The only constraint an edit can break is the unique number. */
      if (!ok && g_error_matches (local_error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID))
        {
          g_clear_error (&local_error);
          g_set_error (&local_error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                       _("There is already a meeting number %d"), edit->number);
        }
      if (!ok)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_delete_meeting:
 *
 * Deletes a meeting; its cards, sources and directions stay, without a
 * meeting.
 */
gboolean
rt_committee_delete_meeting (RtCommittee  *self,
                             gint64        meeting_id,
                             GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete meeting"), error))
    return FALSE;

  ok = check_meeting (self, meeting_id, error) &&
       rt_committee_run_id (self, "DELETE FROM meetings WHERE id = ?1", meeting_id, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_get_attendance:
 *
 * Returns: (transfer full) (element-type RtAttendee): who was at the meeting
 *   and who sent apologies, in the committee's order of people
 */
GArray *
rt_committee_get_attendance (RtCommittee  *self,
                             gint64        meeting_id,
                             GError      **error)
{
  g_autoptr(GArray) attendees = g_array_new (FALSE, FALSE, sizeof (RtAttendee));
  RtStmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT a.person_id AS person_id, a.status AS status FROM attendance a"
                                 " JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?1"
                                 " ORDER BY p.position, p.id",
                                 error)))
    return NULL;

  rt_stmt_bind_int64 (stmt, 1, meeting_id);
  for (;;)
    {
      RtAttendee attendee = { 0 };
      gboolean has_row;
      int status = 0;

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      attendee.person_id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "person_id"));
      rt_enum_from_nick (RT_TYPE_ATTENDANCE, rt_stmt_get_text (stmt, RT_COL (stmt, "status")), &status);
      attendee.status = status;
      g_array_append_val (attendees, attendee);
    }

  return g_steal_pointer (&attendees);
}

/**
 * rt_committee_set_attendance:
 * @attendees: everyone whose attendance is known; the others are forgotten
 *
 * Records who was at a meeting, as one change.
 */
gboolean
rt_committee_set_attendance (RtCommittee       *self,
                             gint64             meeting_id,
                             const RtAttendee  *attendees,
                             guint              n_attendees,
                             GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (attendees != NULL || n_attendees == 0, FALSE);

  if (!rt_committee_begin_change (self, _("Record attendance"), error))
    return FALSE;

  ok = check_meeting (self, meeting_id, error) &&
       rt_committee_run_id (self, "DELETE FROM attendance WHERE meeting_id = ?1", meeting_id, error);

  for (guint i = 0; ok && i < n_attendees; i++)
    {
      RtStmt *stmt;

      ok = check_person (self, attendees[i].person_id, error) &&
           (stmt = rt_store_prepare (rt_committee_get_store (self),
                                     "INSERT INTO attendance (meeting_id, person_id, status) VALUES (?1, ?2, ?3)"
                                     " ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status",
                                     error)) != NULL;
      if (ok)
        {
          rt_stmt_bind_int64 (stmt, 1, meeting_id);
          rt_stmt_bind_int64 (stmt, 2, attendees[i].person_id);
          rt_stmt_bind_text (stmt, 3, rt_enum_to_nick (RT_TYPE_ATTENDANCE, attendees[i].status));
          ok = rt_stmt_run (stmt, error);
        }
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_edit_person:
 *
 * Renames a person, or changes their role or kind.
 */
gboolean
rt_committee_edit_person (RtCommittee   *self,
                          gint64         person_id,
                          const char    *name,
                          const char    *role,
                          RtPersonKind   kind,
                          GError       **error)
{
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if ((name == NULL || *name == '\0') && (role == NULL || *role == '\0'))
    return rt_committee_invalid (error, _("A speaker needs a name or a role"));

  if (!rt_committee_begin_change (self, _("Edit speaker"), error))
    return FALSE;

  ok = check_person (self, person_id, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE people SET name = ?2, role = ?3, kind = ?4 WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, person_id);
      rt_stmt_bind_text (stmt, 2, name ? name : "");
      rt_stmt_bind_text (stmt, 3, role ? role : "");
      rt_stmt_bind_text (stmt, 4, rt_enum_to_nick (RT_TYPE_PERSON_KIND, kind));
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_move_person:
 * @position: the person's new index among the people; -1 for the last
 *
 * Changes the committee's order of people (名簿順), which lists, handouts and
 * pseudonyms follow.
 */
gboolean
rt_committee_move_person (RtCommittee  *self,
                          gint64        person_id,
                          int           position,
                          GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move speaker"), error))
    return FALSE;

  ok = check_person (self, person_id, error) &&
       rt_committee_read_ids (self, "SELECT id FROM people WHERE id != ?1 ORDER BY position, id", person_id,
                              order, error);
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, person_id);
      ok = rt_committee_write_order (self, "UPDATE people SET position = ?3 WHERE id = ?1 AND position != ?3",
                                     order, 0, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_delete_person:
 *
 * Deletes a person: their cards stay, without a speaker.
 */
gboolean
rt_committee_delete_person (RtCommittee  *self,
                            gint64        person_id,
                            GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete speaker"), error))
    return FALSE;

  ok = check_person (self, person_id, error) &&
       rt_committee_run_id (self, "DELETE FROM people WHERE id = ?1", person_id, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_merge_people:
 * @keep_id: the person who stays
 * @merge_id: the same person under another name, who goes
 *
 * Two entries that are the same person become one: the cards, aliases and
 * attendance of @merge_id go to @keep_id, and @merge_id's name becomes an
 * alias of @keep_id, so that the next import knows it.
 */
gboolean
rt_committee_merge_people (RtCommittee  *self,
                           gint64        keep_id,
                           gint64        merge_id,
                           GError      **error)
{
  RtPerson *merged;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (keep_id == merge_id)
    return rt_committee_invalid (error, _("A speaker cannot be merged with themselves"));

  if (!rt_committee_begin_change (self, _("Merge speakers"), error))
    return FALSE;

  merged = rt_committee_lookup (self, RT_KIND_PERSON, merge_id);
  ok = check_person (self, keep_id, error) && check_person (self, merge_id, error) &&
       rt_committee_run_id_int (self, "UPDATE cards SET speaker_id = ?1 WHERE speaker_id = ?2",
                                keep_id, merge_id, error) &&
       rt_committee_run_id_int (self, "UPDATE person_aliases SET person_id = ?1 WHERE person_id = ?2",
                                keep_id, merge_id, error) &&
       rt_committee_run_id_int (self, "UPDATE OR IGNORE attendance SET person_id = ?1 WHERE person_id = ?2",
                                keep_id, merge_id, error);
  if (ok && merged != NULL && rt_person_get_display_name (merged)[0] != '\0')
    ok = rt_committee_set_alias (self, keep_id, rt_person_get_display_name (merged), TRUE, NULL, error);
  ok = ok && rt_committee_run_id (self, "DELETE FROM people WHERE id = ?1", merge_id, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_add_alias:
 *
 * Another name @person_id goes by in minutes (林委員長 for 林委員); an alias
 * that named someone else moves to them.
 */
gboolean
rt_committee_add_alias (RtCommittee  *self,
                        gint64        person_id,
                        const char   *alias,
                        GError      **error)
{
  g_autofree char *stripped = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  stripped = g_strstrip (g_strdup (alias));
  if (*stripped == '\0')
    return rt_committee_invalid (error, _("An alias cannot be empty"));

  if (!rt_committee_begin_change (self, _("Add alias"), error))
    return FALSE;

  ok = check_person (self, person_id, error) &&
       rt_committee_set_alias (self, person_id, stripped, TRUE, NULL, error);

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_remove_alias (RtCommittee  *self,
                           gint64        person_id,
                           const char   *alias,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);

  if (!rt_committee_begin_change (self, _("Remove alias"), error))
    return FALSE;

  ok = check_person (self, person_id, error) &&
       rt_committee_run_id_text (self, "DELETE FROM person_aliases WHERE person_id = ?1 AND alias = ?2",
                                 person_id, alias, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_next_meeting_number:
 *
 * Returns: the number a new meeting gets by default: one more than the
 *   highest, or 1 for the first
 */
int
rt_committee_next_meeting_number (RtCommittee *self)
{
  GListModel *meetings;
  int highest = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 1);

  meetings = rt_committee_get_meetings (self);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      highest = MAX (highest, rt_meeting_get_number (meeting));
    }

  return highest + 1;
}

/**
 * rt_committee_find_current_meeting:
 * @today: (nullable): today as YYYY-MM-DD; %NULL for the local date
 *
 * The meeting going on, which live opinions belong to: the one dated
 * @today, else the latest.
 *
 * Returns: its id, or 0 when the committee has no meeting
 */
gint64
rt_committee_find_current_meeting (RtCommittee *self,
                                   const char  *today)
{
  g_autofree char *local = NULL;
  GListModel *meetings;
  gint64 latest = 0;
  int latest_number = G_MININT;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (today == NULL)
    today = local = rt_date_today_iso ();

  meetings = rt_committee_get_meetings (self);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_strcmp0 (rt_meeting_get_date (meeting), today) == 0)
        return rt_meeting_get_id (meeting);
      if (rt_meeting_get_number (meeting) >= latest_number)
        {
          latest_number = rt_meeting_get_number (meeting);
          latest = rt_meeting_get_id (meeting);
        }
    }

  return latest;
}

/**
 * rt_committee_find_minutes_meeting:
 * @today: (nullable): today as YYYY-MM-DD; %NULL for the local date
 *
 * The meeting that minutes imported now most likely record: the latest
 * meeting held by @today (or without a date) that is still waiting for its
 * minutes, with no minutes imported and no opinion yet. Once the latest
 * meeting has its minutes, the next minutes are of a new meeting, never of
 * an older one.
 *
 * Returns: the meeting's id; 0 for a new meeting (numbered
 *   rt_committee_next_meeting_number()), or on error
 */
gint64
rt_committee_find_minutes_meeting (RtCommittee  *self,
                                   const char   *today,
                                   GError      **error)
{
  g_autofree char *local = NULL;
  RtStmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (today == NULL)
    today = local = rt_date_today_iso ();

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT m.id AS id, coalesce(m.date, '') AS date,"
                                 " (EXISTS (SELECT 1 FROM sources s WHERE s.meeting_id = m.id)"
                                 "  OR EXISTS (SELECT 1 FROM cards c WHERE c.meeting_id = m.id)) AS recorded"
                                 " FROM meetings m ORDER BY m.number DESC, m.id DESC",
                                 error)))
    return 0;

  for (;;)
    {
      gboolean has_row;
      const char *date;
      gint64 id;

      if (!rt_stmt_step (stmt, &has_row, error))
        return 0;
      if (!has_row)
        return 0;

      /* A meeting still to come has no minutes yet. */
      date = rt_stmt_get_text (stmt, RT_COL (stmt, "date"));
      if (date != NULL && date[0] != '\0' && strcmp (date, today) > 0)
        continue;

      id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "id"));
      if (rt_stmt_get_int (stmt, RT_COL (stmt, "recorded")))
        id = 0;
      rt_stmt_reset (stmt);
      return id;
    }
}

/**
 * rt_committee_count_cards_of:
 *
 * @person_id: a person, or 0 for none
 *
 * Returns: how many cards @person_id is the speaker of, or how many have
 *   no speaker
 */
guint
rt_committee_count_cards_of (RtCommittee  *self,
                             gint64        person_id,
                             GError      **error)
{
  RtStmt *stmt;
  gboolean has_row;
  guint n;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT count(*) AS n FROM cards WHERE speaker_id IS nullif (?1, 0)", error)))
    return 0;

  rt_stmt_bind_int64 (stmt, 1, person_id);
  if (!rt_stmt_step (stmt, &has_row, error) || !has_row)
    return 0;
  n = rt_stmt_get_int (stmt, RT_COL (stmt, "n"));
  rt_stmt_reset (stmt);

  return n;
}

/* Inside a change: every person's kind as their role suggests, for files
 * written before people had a kind. Read from the rows, not the model
 * objects: those follow only once the change is committed. */
gboolean
rt_committee_guess_person_kinds (RtCommittee  *self,
                                 GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self), "SELECT id AS id, role AS role FROM people", error)))
    return FALSE;

  for (;;)
    {
      gboolean has_row;
      gint64 id;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "id"));
      g_array_append_val (ids, id);
      g_ptr_array_add (kinds, (gpointer)rt_enum_to_nick (RT_TYPE_PERSON_KIND,
                                                         rt_person_kind_guess (rt_stmt_get_text (stmt, RT_COL (stmt, "role")))));
    }

  for (guint i = 0; i < ids->len; i++)
    if (!rt_committee_run_id_text (self, "UPDATE people SET kind = ?2 WHERE id = ?1",
                                   g_array_index (ids, gint64, i), g_ptr_array_index (kinds, i), error))
      return FALSE;

  return TRUE;
}
