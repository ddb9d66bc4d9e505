/* rt-table.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-store.h"

G_BEGIN_DECLS

/* The one column list of a table, as the committee file and the JSON format
 * (doc/json-format.md) both see it. Each aggregate (rt-committee-*.c) defines
 * the specs of its tables beside its SQL; rt_table_read() and
 * rt_table_insert() build their statements from them, and rt-json.c turns
 * rows into JSON and back without knowing any table. Adding a column to a
 * table means adding one RtField to its spec (and the migration).
 */

typedef enum
{
  RT_FIELD_ID,        /* the row's own id: a whole number ≥ 1, required */
  RT_FIELD_NUMBER,    /* a whole number ≥ 0, required */
  RT_FIELD_INT,       /* a whole number ≥ 0, or null */
  RT_FIELD_TEXT,      /* a text; missing is "", null is refused */
  RT_FIELD_TEXT_NULL, /* a text, or null */
  RT_FIELD_STAMP,     /* a time as text, or null: now (or @fallback) when missing */
  RT_FIELD_REF,       /* the id of another row (≥ 1), or null */
  RT_FIELD_ENUM,      /* a nick of @enum_type; missing is the first value */
  RT_FIELD_REAL,      /* a finite number, required */
  RT_FIELD_BOOL,      /* true or false; missing is false */
  RT_FIELD_BOOL_TRUE, /* true or false; missing is true */
  RT_FIELD_POSITION,  /* not in the file: the index among the rows of the same @scope */
  RT_FIELD_PARENT,    /* not in the file: the id of the enclosing row */
} RtFieldType;

typedef struct
{
  const char   *member;     /* in the file; NULL for POSITION and PARENT */
  const char   *column;
  RtFieldType   type;
  GType       (*enum_type) (void);
  /* POSITION: the member whose value scopes the position (a card's theme),
   * or NULL to count all the rows of the array.
   * STAMP: the member whose value stands in when this one is missing.
   * Other types: the member that must be set for this one to be stored
   * (a card's offset only counts with a source). */
  const char   *other;
} RtField;

typedef enum
{
  RT_ROW_OBJECT,   /* {"id": 1, "name": …} */
  RT_ROW_TEXT,     /* "text": one TEXT field besides PARENT/POSITION */
  RT_ROW_PAIR,     /* [card, point]: two REF fields */
} RtRowShape;

typedef struct _RtTableSpec RtTableSpec;

struct _RtTableSpec
{
  const char                *member;   /* the array in the file */
  const char                *table;    /* its SQL table, as "x" in @joins and @order */
  RtRowShape                 shape;
  const RtField             *fields;
  guint                      n_fields;
  const char                *joins;    /* joined tables for @order, or NULL */
  const char                *order;    /* ORDER BY of the export */
  const RtTableSpec * const *children; /* nested arrays, NULL-terminated, or NULL */
  const char                *error;    /* what the rows must be, for an error message */
  gboolean                   seeded;   /* a new committee has rows: replaced only by a file that lists its own */
};

/* One value of a row, field by field in the spec's order. */
typedef struct
{
  gboolean     is_null;
  gint64       i;
  double       d;
  const char  *s;
} RtValue;

typedef gboolean (*RtRowFunc) (const RtTableSpec  *spec,
                               const RtValue      *values,
                               gpointer            user_data,
                               GError            **error);

gboolean rt_table_read   (RtStore            *store,
                          const RtTableSpec  *spec,
                          gint64              parent_id,
                          RtRowFunc           func,
                          gpointer            user_data,
                          GError            **error);
gboolean rt_table_insert (RtStore            *store,
                          const RtTableSpec  *spec,
                          const RtValue      *values,
                          GError            **error);
gboolean rt_table_clear  (RtStore            *store,
                          const RtTableSpec  *spec,
                          GError            **error);
int      rt_table_find_field (const RtTableSpec *spec,
                          const char         *member);

/* The tables of a committee, in the order the file lists them (parents
 * before children, so that an import can check every reference). */
extern const RtTableSpec * const rt_committee_tables[];

extern const RtTableSpec rt_meetings_table;
extern const RtTableSpec rt_people_table;
extern const RtTableSpec rt_attendance_table;
extern const RtTableSpec rt_sources_table;
extern const RtTableSpec rt_labels_table;
extern const RtTableSpec rt_themes_table;
extern const RtTableSpec rt_cards_table;
extern const RtTableSpec rt_frameworks_table;
extern const RtTableSpec rt_perspectives_table;
extern const RtTableSpec rt_card_points_table;
extern const RtTableSpec rt_theme_points_table;
extern const RtTableSpec rt_map_positions_table;
extern const RtTableSpec rt_scenes_table;
extern const RtTableSpec rt_agenda_items_table;
extern const RtTableSpec rt_materials_table;
extern const RtTableSpec rt_followups_table;
extern const RtTableSpec rt_summaries_table;
extern const RtTableSpec rt_outlines_table;
extern const RtTableSpec rt_response_kinds_table;
extern const RtTableSpec rt_responses_table;
extern const RtTableSpec rt_response_cards_table;
extern const RtTableSpec rt_settings_table;
extern const RtTableSpec rt_pseudonyms_table;

/* The committee's own row: name, description and mode (a nick of
 * RtCommitteeMode). */
gboolean rt_table_read_committee  (RtStore      *store,
                                   char        **name,
                                   char        **description,
                                   char        **mode,
                                   GError      **error);
gboolean rt_table_write_committee (RtStore      *store,
                                   const char   *name,
                                   const char   *description,
                                   const char   *mode,
                                   GError      **error);

G_END_DECLS
