/* rt-committee.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-committee-edit.h"
#include "rt-list-private.h"
#include "rt-model-private.h"

/* RtCommittee is the one door between views and the store. It keeps one model
 * object per row, refreshed from RtStore::changed before any RtList reads
 * them, and offers every change as one transaction.
 */
struct _RtCommittee
{
  GObject     parent_instance;

  RtStore    *store;
  GHashTable *objects[RT_N_KINDS];
  GListModel *lists[RT_N_KINDS];
  char       *name;
  char       *description;
  RtHistory  *history;
  gulong      changed_id;
};

G_DEFINE_FINAL_TYPE (RtCommittee, rt_committee, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GType      (*get_type) (void);
  void       (*load)     (gpointer      object,
                          sqlite3_stmt *stmt);
  const char  *select;
  const char  *select_one;
  const char  *list_all;
  guint        depends;
  guint        list_depends;
} RtKindInfo;

#define T(x) RT_TABLE_BIT (RT_TABLE_##x)

#define MEETING_SELECT \
  "SELECT id, number, title, coalesce(date, ''), place, agenda FROM meetings"
#define PERSON_SELECT \
  "SELECT p.id, p.name, p.role, p.position, p.name || p.role," \
  " (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM person_aliases a" \
  "   WHERE a.person_id = p.id ORDER BY a.id))" \
  " FROM people p"
#define LABEL_SELECT \
  "SELECT id, name, position FROM labels"
#define THEME_SELECT \
  "SELECT t.id, coalesce(t.label_id, 0), t.name, t.color, t.position," \
  " (SELECT count(*) FROM cards c WHERE c.theme_id = t.id)" \
  " FROM themes t"
#define CARD_SELECT \
  "SELECT c.id, c.text, c.verbatim, coalesce(c.speaker_id, 0), coalesce(p.name || p.role, '')," \
  " coalesce(c.meeting_id, 0), coalesce(m.number, 0), coalesce(c.theme_id, 0), c.position," \
  " c.status, c.visibility, coalesce(c.source_id, 0), coalesce(c.source_offset, -1)," \
  " coalesce(c.source_length, 0)," \
  " coalesce((SELECT group_concat(n, ',') FROM (SELECT pt.number AS n FROM card_points cp" \
  "   JOIN points pt ON pt.id = cp.point_id WHERE cp.card_id = c.id ORDER BY pt.number)), '')," \
  " c.created, c.modified" \
  " FROM cards c LEFT JOIN people p ON p.id = c.speaker_id" \
  " LEFT JOIN meetings m ON m.id = c.meeting_id"
#define FRAMEWORK_SELECT \
  "SELECT id, name, description, position FROM frameworks"
#define POINT_SELECT \
  "SELECT pt.id, pt.framework_id, pt.number, pt.title, pt.question, pt.note, pt.status, pt.position," \
  " (SELECT group_concat(text, char(31)) FROM (SELECT text FROM proposals" \
  "   WHERE point_id = pt.id ORDER BY position, id))," \
  " (SELECT group_concat(text, char(31)) FROM (SELECT text FROM directions" \
  "   WHERE point_id = pt.id ORDER BY position, id))," \
  " (SELECT count(*) FROM card_points cp WHERE cp.point_id = pt.id)" \
  " FROM points pt"
#define PERSPECTIVE_SELECT \
  "SELECT id, number, title, body, position FROM perspectives"

static const RtKindInfo kinds[RT_N_KINDS] = {
  [RT_KIND_MEETING] = {
    rt_meeting_get_type, (gpointer)_rt_meeting_load,
    MEETING_SELECT, MEETING_SELECT " WHERE id = ?1",
    "SELECT id FROM meetings ORDER BY number, id",
    T (MEETINGS), T (MEETINGS),
  },
  [RT_KIND_PERSON] = {
    rt_person_get_type, (gpointer)_rt_person_load,
    PERSON_SELECT, PERSON_SELECT " WHERE p.id = ?1",
    "SELECT id FROM people ORDER BY position, id",
    T (PEOPLE) | T (PERSON_ALIASES), T (PEOPLE),
  },
  [RT_KIND_LABEL] = {
    rt_label_get_type, (gpointer)_rt_label_load,
    LABEL_SELECT, LABEL_SELECT " WHERE id = ?1",
    "SELECT id FROM labels ORDER BY position, id",
    T (LABELS), T (LABELS),
  },
  [RT_KIND_THEME] = {
    rt_theme_get_type, (gpointer)_rt_theme_load,
    THEME_SELECT, THEME_SELECT " WHERE t.id = ?1",
    "SELECT t.id FROM themes t LEFT JOIN labels l ON l.id = t.label_id"
    " ORDER BY l.id IS NULL, l.position, l.id, t.position, t.id",
    T (THEMES) | T (CARDS), T (THEMES) | T (LABELS),
  },
  [RT_KIND_CARD] = {
    rt_card_get_type, (gpointer)_rt_card_load,
    CARD_SELECT, CARD_SELECT " WHERE c.id = ?1",
    "SELECT id FROM cards ORDER BY id",
    T (CARDS) | T (PEOPLE) | T (MEETINGS) | T (CARD_POINTS) | T (POINTS), T (CARDS),
  },
  [RT_KIND_FRAMEWORK] = {
    rt_framework_get_type, (gpointer)_rt_framework_load,
    FRAMEWORK_SELECT, FRAMEWORK_SELECT " WHERE id = ?1",
    "SELECT id FROM frameworks ORDER BY position, id",
    T (FRAMEWORKS), T (FRAMEWORKS),
  },
  [RT_KIND_POINT] = {
    rt_point_get_type, (gpointer)_rt_point_load,
    POINT_SELECT, POINT_SELECT " WHERE pt.id = ?1",
    "SELECT id FROM points ORDER BY framework_id, position, number, id",
    T (POINTS) | T (PROPOSALS) | T (DIRECTIONS) | T (CARD_POINTS), T (POINTS),
  },
  [RT_KIND_PERSPECTIVE] = {
    rt_perspective_get_type, (gpointer)_rt_perspective_load,
    PERSPECTIVE_SELECT, PERSPECTIVE_SELECT " WHERE id = ?1",
    "SELECT id FROM perspectives ORDER BY position, number, id",
    T (PERSPECTIVES), T (PERSPECTIVES),
  },
};

GType
rt_kind_get_type (RtKind kind)
{
  g_return_val_if_fail (kind < RT_N_KINDS, G_TYPE_INVALID);

  return kinds[kind].get_type ();
}

char *
rt_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%FT%T%:z");
}

static gboolean
load_committee_row (RtCommittee  *self,
                    GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, "SELECT name, description FROM committee WHERE id = 1", error)) ||
      !rt_store_step_row (self->store, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      rt_model_set_string (self, &self->name, rt_stmt_get_text (stmt, 0), properties[PROP_NAME]);
      rt_model_set_string (self, &self->description, rt_stmt_get_text (stmt, 1), properties[PROP_DESCRIPTION]);
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static gpointer
ensure_object (RtCommittee  *self,
               RtKind        kind,
               gint64        id)
{
  gpointer object = g_hash_table_lookup (self->objects[kind], &id);

  if (object == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = id;
      object = g_object_new (kinds[kind].get_type (), NULL);
      g_hash_table_insert (self->objects[kind], key, object);
    }

  return object;
}

static gboolean
load_all (RtCommittee  *self,
          RtKind        kind,
          GError      **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  sqlite3_stmt *stmt;
  gpointer key;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, kinds[kind].select, error)))
    return FALSE;

  for (;;)
    {
      gpointer object;
      gint64 id;

      if (!rt_store_step_row (self->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      object = ensure_object (self, kind, id);
      kinds[kind].load (object, stmt);
      g_hash_table_add (seen, g_hash_table_lookup_extended (self->objects[kind], &id, &key, NULL) ? key : NULL);
    }

  g_hash_table_iter_init (&iter, self->objects[kind]);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (seen, key))
      g_hash_table_iter_remove (&iter);

  return TRUE;
}

static gboolean
load_one (RtCommittee  *self,
          RtKind        kind,
          gint64        id,
          GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, kinds[kind].select_one, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);

  if (!rt_store_step_row (self->store, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      kinds[kind].load (ensure_object (self, kind, id), stmt);
      sqlite3_reset (stmt);
    }
  else
    {
      g_hash_table_remove (self->objects[kind], &id);
    }

  return TRUE;
}

static gboolean
refresh_kind (RtCommittee  *self,
              RtKind        kind,
              guint         tables,
              GError      **error)
{
  RtTable own = RT_N_TABLES;
  gboolean all_rows = FALSE;
  GArray *rows;

  if ((tables & kinds[kind].depends) == 0)
    return TRUE;

  /* Only cards are numerous enough to be worth refreshing row by row. */
  if (kind == RT_KIND_CARD && (tables & kinds[kind].depends) == T (CARDS))
    own = RT_TABLE_CARDS;

  if (own == RT_N_TABLES)
    return load_all (self, kind, error);

  rows = rt_store_get_changed_rows (self->store, own, &all_rows);
  if (all_rows || rows->len > 256)
    return load_all (self, kind, error);

  for (guint i = 0; i < rows->len; i++)
    if (!load_one (self, kind, g_array_index (rows, gint64, i), error))
      return FALSE;

  return TRUE;
}

static void
rt_committee_store_changed (RtCommittee *self,
                            guint        tables,
                            RtStore     *store)
{
  g_autoptr(GError) error = NULL;

  if ((tables & T (COMMITTEE)) && !load_committee_row (self, &error))
    goto failed;

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (!refresh_kind (self, kind, tables, &error))
      goto failed;

  return;

failed:
  g_warning ("Could not read the committee after a change: %s", error->message);
}

static void
rt_committee_dispose (GObject *object)
{
  RtCommittee *self = (RtCommittee *)object;

  for (guint i = 0; i < RT_N_KINDS; i++)
    g_clear_object (&self->lists[i]);

  g_clear_object (&self->history);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);

  G_OBJECT_CLASS (rt_committee_parent_class)->dispose (object);
}

static void
rt_committee_finalize (GObject *object)
{
  RtCommittee *self = (RtCommittee *)object;

  for (guint i = 0; i < RT_N_KINDS; i++)
    g_clear_pointer (&self->objects[i], g_hash_table_unref);

  g_clear_object (&self->store);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (rt_committee_parent_class)->finalize (object);
}

static void
rt_committee_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RtCommittee *self = RT_COMMITTEE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, rt_committee_get_read_only (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_committee_class_init (RtCommitteeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_committee_dispose;
  object_class->finalize = rt_committee_finalize;
  object_class->get_property = rt_committee_get_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RT_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_committee_init (RtCommittee *self)
{
  for (guint i = 0; i < RT_N_KINDS; i++)
    self->objects[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

/**
 * rt_committee_reload:
 *
 * Reads every row again, as after opening. Needed only after changes made
 * behind the store's back, such as a whole committee replaced by an import.
 */
gboolean
rt_committee_reload (RtCommittee  *self,
                     GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!load_committee_row (self, error))
    return FALSE;

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (!load_all (self, kind, error))
      return FALSE;

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (self->lists[kind] != NULL && !rt_list_refresh (RT_LIST (self->lists[kind]), error))
      return FALSE;

  return TRUE;
}

/**
 * rt_committee_new:
 * @store: an open store
 *
 * Returns: (transfer full): the committee of @store, or %NULL when it cannot be read
 */
RtCommittee *
rt_committee_new (RtStore  *store,
                  GError  **error)
{
  g_autoptr(RtCommittee) self = NULL;

  g_return_val_if_fail (RT_IS_STORE (store), NULL);

  self = g_object_new (RT_TYPE_COMMITTEE, NULL);
  self->store = g_object_ref (store);

  /* Connected before any RtList so the objects are fresh when lists re-read. */
  self->changed_id = g_signal_connect_swapped (store, "changed",
                                               G_CALLBACK (rt_committee_store_changed), self);

  if (!rt_committee_reload (self, error))
    return NULL;

  if (!(self->history = rt_history_new (store, error)))
    return NULL;

  return g_steal_pointer (&self);
}

RtCommittee *
rt_committee_open (const char        *path,
                   RtStoreOpenFlags   flags,
                   GError           **error)
{
  g_autoptr(RtStore) store = NULL;

  if (!(store = rt_store_open (path, flags, error)))
    return NULL;

  return rt_committee_new (store, error);
}

/**
 * rt_committee_get_history:
 *
 * Returns: (transfer none): the undo history of the committee; it is never
 *   enabled when the committee is read-only
 */
RtHistory *
rt_committee_get_history (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return self->history;
}

/* Names the undo step of the transaction about to begin. */
static void
label_step (RtCommittee *self,
            const char  *label)
{
  if (self->history != NULL)
    rt_history_label_next_step (self->history, label);
}

RtStore *
rt_committee_get_store (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return self->store;
}

const char *
rt_committee_get_name (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return self->name;
}

const char *
rt_committee_get_description (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return self->description;
}

gboolean
rt_committee_get_read_only (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), TRUE);

  return rt_store_get_read_only (self->store);
}

/**
 * rt_committee_lookup:
 *
 * Returns: (transfer none) (nullable): the model object of the row @id of @kind
 */
gpointer
rt_committee_lookup (RtCommittee *self,
                     RtKind       kind,
                     gint64       id)
{
  gpointer object;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);
  g_return_val_if_fail (kind < RT_N_KINDS, NULL);

  if ((object = g_hash_table_lookup (self->objects[kind], &id)))
    return object;

  if (!load_one (self, kind, id, NULL))
    return NULL;

  return g_hash_table_lookup (self->objects[kind], &id);
}

static GListModel *
get_list (RtCommittee *self,
          RtKind       kind)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (self->lists[kind] == NULL)
    self->lists[kind] = G_LIST_MODEL (rt_list_new (self, kind, kinds[kind].list_all, 0,
                                                   kinds[kind].list_depends));

  return self->lists[kind];
}

/**
 * rt_committee_get_meetings:
 *
 * Returns: (transfer none): the meetings, by number
 */
GListModel *
rt_committee_get_meetings (RtCommittee *self)
{
  return get_list (self, RT_KIND_MEETING);
}

/**
 * rt_committee_get_people:
 *
 * Returns: (transfer none): the speakers, in the committee's order
 */
GListModel *
rt_committee_get_people (RtCommittee *self)
{
  return get_list (self, RT_KIND_PERSON);
}

/**
 * rt_committee_get_labels:
 *
 * Returns: (transfer none): the handout labels, in order
 */
GListModel *
rt_committee_get_labels (RtCommittee *self)
{
  return get_list (self, RT_KIND_LABEL);
}

/**
 * rt_committee_get_themes:
 *
 * Returns: (transfer none): every theme, label by label
 */
GListModel *
rt_committee_get_themes (RtCommittee *self)
{
  return get_list (self, RT_KIND_THEME);
}

/**
 * rt_committee_get_cards:
 *
 * Returns: (transfer none): every card, by id
 */
GListModel *
rt_committee_get_cards (RtCommittee *self)
{
  return get_list (self, RT_KIND_CARD);
}

/**
 * rt_committee_get_frameworks:
 *
 * Returns: (transfer none): the frameworks of points
 */
GListModel *
rt_committee_get_frameworks (RtCommittee *self)
{
  return get_list (self, RT_KIND_FRAMEWORK);
}

/**
 * rt_committee_get_perspectives:
 *
 * Returns: (transfer none): the committee's perspectives
 */
GListModel *
rt_committee_get_perspectives (RtCommittee *self)
{
  return get_list (self, RT_KIND_PERSPECTIVE);
}

/**
 * rt_committee_list_themes:
 * @label_id: a handout label, or 0 for themes without one
 *
 * Returns: (transfer full): the themes of @label_id, in order
 */
GListModel *
rt_committee_list_themes (RtCommittee *self,
                          gint64       label_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_list_new (self, RT_KIND_THEME,
                                    "SELECT id FROM themes WHERE label_id IS nullif(?1, 0)"
                                    " ORDER BY position, id",
                                    label_id, T (THEMES)));
}

/**
 * rt_committee_list_cards:
 * @theme_id: a theme, or 0 for the 未分類 inbox
 *
 * Returns: (transfer full): the cards of @theme_id, in order
 */
GListModel *
rt_committee_list_cards (RtCommittee *self,
                         gint64       theme_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_list_new (self, RT_KIND_CARD,
                                    "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0)"
                                    " ORDER BY position, id",
                                    theme_id, T (CARDS)));
}

/**
 * rt_committee_list_points:
 *
 * Returns: (transfer full): the points of @framework_id, in order
 */
GListModel *
rt_committee_list_points (RtCommittee *self,
                          gint64       framework_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_list_new (self, RT_KIND_POINT,
                                    "SELECT id FROM points WHERE framework_id = ?1"
                                    " ORDER BY position, number, id",
                                    framework_id, T (POINTS)));
}

gboolean
rt_committee_get_stats (RtCommittee       *self,
                        RtCommitteeStats  *stats,
                        GError           **error)
{
  static const char *sql =
    "SELECT (SELECT count(*) FROM meetings),"
    " (SELECT count(*) FROM people),"
    " (SELECT count(*) FROM sources),"
    " (SELECT count(*) FROM labels),"
    " (SELECT count(*) FROM themes),"
    " (SELECT count(*) FROM cards),"
    " (SELECT count(*) FROM cards WHERE theme_id IS NULL),"
    " (SELECT count(*) FROM frameworks),"
    " (SELECT count(*) FROM points),"
    " (SELECT count(*) FROM perspectives),"
    " (SELECT count(*) FROM card_points),"
    " (SELECT count(*) FROM theme_points)";
  sqlite3_stmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  if (!(stmt = rt_store_prepare (self->store, sql, error)) ||
      !rt_store_step_row (self->store, stmt, &has_row, error))
    return FALSE;

  g_assert (has_row);

  stats->meetings = sqlite3_column_int (stmt, 0);
  stats->speakers = sqlite3_column_int (stmt, 1);
  stats->sources = sqlite3_column_int (stmt, 2);
  stats->labels = sqlite3_column_int (stmt, 3);
  stats->themes = sqlite3_column_int (stmt, 4);
  stats->cards = sqlite3_column_int (stmt, 5);
  stats->inbox = sqlite3_column_int (stmt, 6);
  stats->frameworks = sqlite3_column_int (stmt, 7);
  stats->points = sqlite3_column_int (stmt, 8);
  stats->perspectives = sqlite3_column_int (stmt, 9);
  stats->card_point_links = sqlite3_column_int (stmt, 10);
  stats->theme_point_links = sqlite3_column_int (stmt, 11);
  sqlite3_reset (stmt);

  return TRUE;
}

/* Runs one statement that changes rows, inside its own transaction. */
static gboolean
run_in_transaction (RtCommittee   *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  if (!rt_store_begin (self->store, error))
    {
      sqlite3_reset (stmt);
      return FALSE;
    }

  if (!rt_store_step_done (self->store, stmt, error))
    {
      rt_store_rollback (self->store);
      return FALSE;
    }

  return rt_store_commit (self->store, error);
}

static gint64
insert_in_transaction (RtCommittee   *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  gint64 id;

  if (!rt_store_begin (self->store, error))
    {
      sqlite3_reset (stmt);
      return 0;
    }

  if (!rt_store_step_done (self->store, stmt, error))
    {
      rt_store_rollback (self->store);
      return 0;
    }

  id = rt_store_last_insert (self->store);

  if (!rt_store_commit (self->store, error))
    return 0;

  return id;
}

gboolean
rt_committee_set_name (RtCommittee  *self,
                       const char   *name,
                       GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!(stmt = rt_store_prepare (self->store, "UPDATE committee SET name = ?1, modified = ?2 WHERE id = 1", error)))
    return FALSE;

  rt_stmt_bind_text (stmt, 1, name);
  rt_stmt_bind_text (stmt, 2, now);

  label_step (self, _("Rename committee"));
  return run_in_transaction (self, stmt, error);
}

gint64
rt_committee_add_meeting (RtCommittee  *self,
                          int           number,
                          const char   *title,
                          const char   *date,
                          GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!(stmt = rt_store_prepare (self->store, "INSERT INTO meetings (number, title, date) VALUES (?1, ?2, ?3)", error)))
    return 0;

  sqlite3_bind_int (stmt, 1, number);
  rt_stmt_bind_text (stmt, 2, title ? title : "");
  rt_stmt_bind_text (stmt, 3, date);

  label_step (self, _("Add meeting"));
  return insert_in_transaction (self, stmt, error);
}

gint64
rt_committee_add_person (RtCommittee  *self,
                         const char   *name,
                         const char   *role,
                         GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!(stmt = rt_store_prepare (self->store,
                                 "INSERT INTO people (name, role, position)"
                                 " VALUES (?1, ?2, (SELECT coalesce(max(position) + 1, 0) FROM people))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name ? name : "");
  rt_stmt_bind_text (stmt, 2, role ? role : "");

  label_step (self, _("Add speaker"));
  return insert_in_transaction (self, stmt, error);
}

gint64
rt_committee_add_label (RtCommittee  *self,
                        const char   *name,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!(stmt = rt_store_prepare (self->store,
                                 "INSERT INTO labels (name, position)"
                                 " VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM labels))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name);

  label_step (self, _("Add label"));
  return insert_in_transaction (self, stmt, error);
}

gint64
rt_committee_add_theme (RtCommittee  *self,
                        gint64        label_id,
                        const char   *name,
                        const char   *color,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!(stmt = rt_store_prepare (self->store,
                                 "INSERT INTO themes (label_id, name, color, position)"
                                 " VALUES (nullif(?1, 0), ?2, ?3,"
                                 "  (SELECT coalesce(max(position) + 1, 0) FROM themes"
                                 "   WHERE label_id IS nullif(?1, 0)))",
                                 error)))
    return 0;

  sqlite3_bind_int64 (stmt, 1, label_id);
  rt_stmt_bind_text (stmt, 2, name);
  rt_stmt_bind_text (stmt, 3, color ? color : "");

  label_step (self, _("Add theme"));
  return insert_in_transaction (self, stmt, error);
}

/**
 * rt_committee_add_card:
 *
 * Adds a card at the end of its theme, or of the inbox.
 *
 * Returns: the id of the new card, or 0 with @error set
 */
gint64
rt_committee_add_card (RtCommittee        *self,
                       const RtCardDraft  *draft,
                       GError            **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (draft != NULL && draft->text != NULL, 0);

  if (!(stmt = rt_store_prepare (self->store,
                                 "INSERT INTO cards (text, verbatim, speaker_id, meeting_id, theme_id,"
                                 " source_id, source_offset, source_length, status, visibility,"
                                 " created, modified, position)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11,"
                                 "  (SELECT coalesce(max(position) + 1, 0) FROM cards"
                                 "   WHERE theme_id IS ?5))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, draft->text);
  rt_stmt_bind_text (stmt, 2, draft->verbatim ? draft->verbatim : "");
  rt_stmt_bind_id (stmt, 3, draft->speaker_id);
  rt_stmt_bind_id (stmt, 4, draft->meeting_id);
  rt_stmt_bind_id (stmt, 5, draft->theme_id);
  rt_stmt_bind_id (stmt, 6, draft->source_id);
  if (draft->source_id > 0)
    {
      sqlite3_bind_int64 (stmt, 7, draft->source_offset);
      sqlite3_bind_int64 (stmt, 8, draft->source_length);
    }
  rt_stmt_bind_text (stmt, 9, rt_enum_to_nick (RT_TYPE_CARD_STATUS, draft->status));
  rt_stmt_bind_text (stmt, 10, rt_enum_to_nick (RT_TYPE_VISIBILITY, draft->visibility));
  rt_stmt_bind_text (stmt, 11, now);

  /* "Add card" is also the singular of a plural message: in Japanese the
   * one form holds the count, so it goes through ngettext here too. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add card", "Add %u cards", 1), 1u);
  label_step (self, label);
  return insert_in_transaction (self, stmt, error);
}

gboolean
rt_committee_set_card_text (RtCommittee  *self,
                            gint64        card_id,
                            const char   *text,
                            GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!(stmt = rt_store_prepare (self->store,
                                 "UPDATE cards SET text = ?2, modified = ?3 WHERE id = ?1 AND text IS NOT ?2",
                                 error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, text);
  rt_stmt_bind_text (stmt, 3, now);

  label_step (self, _("Edit card"));
  return run_in_transaction (self, stmt, error);
}

gboolean
rt_committee_delete_card (RtCommittee  *self,
                          gint64        card_id,
                          GError      **error)
{
  g_autofree char *label = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!(stmt = rt_store_prepare (self->store, "DELETE FROM cards WHERE id = ?1", error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, card_id);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete card", "Delete %u cards", 1), 1u);
  label_step (self, label);
  return run_in_transaction (self, stmt, error);
}

static gboolean
move_cards_locked (RtCommittee   *self,
                   const gint64  *card_ids,
                   guint          n_cards,
                   gint64         theme_id,
                   int            position,
                   GError       **error)
{
  g_autoptr(GArray) column = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) moving = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *now = rt_now_iso8601 ();
  sqlite3_stmt *stmt;
  gboolean has_row;

  for (guint i = 0; i < n_cards; i++)
    g_hash_table_add (moving, (gpointer)&card_ids[i]);

  if (!(stmt = rt_store_prepare (self->store,
                                 "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0) ORDER BY position, id",
                                 error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, theme_id);

  for (;;)
    {
      gint64 id;

      if (!rt_store_step_row (self->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      if (!g_hash_table_contains (moving, &id))
        g_array_append_val (column, id);
    }

  if (position < 0 || (guint)position > column->len)
    position = column->len;

  g_array_insert_vals (column, position, card_ids, n_cards);

  for (guint i = 0; i < column->len; i++)
    {
      gint64 id = g_array_index (column, gint64, i);

      if (!(stmt = rt_store_prepare (self->store,
                                     "UPDATE cards SET theme_id = nullif(?2, 0), position = ?3,"
                                     " modified = CASE WHEN theme_id IS nullif(?2, 0) THEN modified ELSE ?4 END"
                                     " WHERE id = ?1 AND (theme_id IS NOT nullif(?2, 0) OR position != ?3)",
                                     error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, theme_id);
      sqlite3_bind_int (stmt, 3, i);
      rt_stmt_bind_text (stmt, 4, now);

      if (!rt_store_step_done (self->store, stmt, error))
        return FALSE;

      if (g_hash_table_contains (moving, &id) && sqlite3_changes (rt_store_get_db (self->store)) == 0)
        {
          gboolean exists;

          if (!(stmt = rt_store_prepare (self->store, "SELECT 1 FROM cards WHERE id = ?1", error)))
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          if (!rt_store_step_row (self->store, stmt, &exists, error))
            return FALSE;
          sqlite3_reset (stmt);
          if (!exists)
            {
              g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                           _("The card %lld does not exist"), (long long)id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * rt_committee_move_cards:
 * @theme_id: the target theme, or 0 for the 未分類 inbox
 * @position: where the cards go among the target's other cards; -1 for the end
 *
 * Moves cards, keeping their given order, in one transaction.
 */
gboolean
rt_committee_move_cards (RtCommittee   *self,
                         const gint64  *card_ids,
                         guint          n_cards,
                         gint64         theme_id,
                         int            position,
                         GError       **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  if (n_cards == 0)
    return TRUE;

  {
    g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move card", "Move %u cards", n_cards),
                                              n_cards);

    label_step (self, label);
  }

  if (!rt_store_begin (self->store, error))
    return FALSE;

  if (!move_cards_locked (self, card_ids, n_cards, theme_id, position, error))
    {
      rt_store_rollback (self->store);
      return FALSE;
    }

  return rt_store_commit (self->store, error);
}

/**
 * rt_committee_check_row:
 * @table: one of ours, never the user's
 * @format: the message when the row does not exist
 *
 * Returns: %TRUE when the row @id of @table exists; otherwise %FALSE with
 *   @error set (RT_STORE_ERROR_NOT_FOUND with @format, or the store's error)
 */
gboolean
rt_committee_check_row (RtCommittee  *self,
                        const char   *table,
                        gint64        id,
                        GError      **error,
                        const char   *format,
                        ...)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE id = ?1", table);
  sqlite3_stmt *stmt;
  gboolean found;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!rt_store_step_row (store, stmt, &found, error))
    return FALSE;
  if (found)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }

  {
    g_autofree char *message = NULL;
    va_list args;

    va_start (args, format);
    message = g_strdup_vprintf (format, args);
    va_end (args);
    g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND, message);
  }
  return FALSE;
}

/**
 * rt_committee_begin_step:
 * @label: the translated name of the undo step
 *
 * Starts the transaction of one user action.
 */
gboolean
rt_committee_begin_step (RtCommittee  *self,
                         const char   *label,
                         GError      **error)
{
  if (self->history != NULL)
    rt_history_label_next_step (self->history, label);

  return rt_store_begin (self->store, error);
}

/**
 * rt_committee_finish_step:
 * @ok: whether the action's SQL succeeded
 *
 * Commits the transaction begun by rt_committee_begin_step(), or rolls it
 * back when @ok is %FALSE (@error is then already set).
 */
gboolean
rt_committee_finish_step (RtCommittee  *self,
                          gboolean      ok,
                          GError      **error)
{
  if (!ok)
    {
      rt_store_rollback (self->store);
      return FALSE;
    }

  return rt_store_commit (self->store, error);
}
