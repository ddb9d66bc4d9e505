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
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* Meetings, the people who speak in them and the other names people go by. */

#define MEETING_SELECT \
  "SELECT id AS id, number AS number, title AS title, coalesce(date, '') AS date," \
  " place AS place, agenda AS agenda FROM meetings"
#define PERSON_SELECT \
  "SELECT p.id AS id, p.name AS name, p.role AS role, p.position AS position," \
  " p.name || p.role AS display_name," \
  " (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM person_aliases a" \
  "   WHERE a.person_id = p.id ORDER BY a.id)) AS aliases" \
  " FROM people p"

const RtKindInfo rt_meeting_kind_info = {
  rt_meeting_get_type, (gpointer)_rt_meeting_load,
  MEETING_SELECT, MEETING_SELECT " WHERE id = ?1",
  "SELECT id FROM meetings ORDER BY number, id",
  RT_T (MEETINGS), RT_T (MEETINGS),
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
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_people_table = {
  "people", "people", RT_ROW_OBJECT, person_fields, G_N_ELEMENTS (person_fields),
  NULL, "x.position, x.id", person_children,
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
                                 "INSERT INTO people (name, role, position)"
                                 " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM people))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name ? name : "");
  rt_stmt_bind_text (stmt, 2, role ? role : "");

  return rt_stmt_insert (stmt, error);
}

/* Gives @alias to @person_id; the latest choice wins, so an alias that
 * named someone else moves to them. @added tells whether anything changed. */
gboolean
rt_committee_set_alias (RtCommittee  *self,
                        gint64        person_id,
                        const char   *alias,
                        gboolean     *added,
                        GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO person_aliases (person_id, alias) VALUES (?1, ?2)"
                                 " ON CONFLICT (alias) DO UPDATE SET person_id = excluded.person_id"
                                 " WHERE person_id IS NOT excluded.person_id",
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
