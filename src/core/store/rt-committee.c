/* rt-committee.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-list-private.h"
#include "rt-model-private.h"
#include "rt-snapshot.h"

/* RtCommittee is the one door between views and the store. After every
 * committed transaction it turns the rows the store saw change into domain
 * terms, in this order: the model objects are re-read (they notify what
 * changed), then the lists (items-changed), then its own signals. Views
 * therefore always find objects and lists up to date when a signal arrives.
 */
struct _RtCommittee
{
  GObject     parent_instance;

  RtStore    *store;
  GHashTable *objects[RT_N_KINDS];
  GListModel *lists[RT_N_KINDS];
  GPtrArray  *live_lists;    /* every RtList of this committee, not owned */
  char       *name;
  char       *description;
  RtCommitteeMode mode;
  GHashTable *response_index;   /* see rt_committee_get_response_index() */
  RtSnapshot *snapshot;         /* see rt_committee_get_snapshot(); NULL once stale */
  RtHistory  *history;
  GHashTable *card_batch;       /* see rt_committee_begin_card_batch() */
  gulong      changed_id;
};

G_DEFINE_FINAL_TYPE (RtCommittee, rt_committee, G_TYPE_OBJECT)

enum {
  CHANGED,
  ITEM_CHANGED,
  LINKS_CHANGED,
  POSITIONS_CHANGED,
  SCENES_CHANGED,
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark kind_quarks[RT_N_KINDS];

static const char * const kind_nicks[RT_N_KINDS] = {
  [RT_KIND_MEETING] = "meeting",
  [RT_KIND_PERSON] = "person",
  [RT_KIND_LABEL] = "label",
  [RT_KIND_THEME] = "theme",
  [RT_KIND_CARD] = "card",
  [RT_KIND_FRAMEWORK] = "framework",
  [RT_KIND_POINT] = "point",
  [RT_KIND_PERSPECTIVE] = "perspective",
  [RT_KIND_AGENDA_ITEM] = "agenda-item",
  [RT_KIND_MATERIAL] = "material",
  [RT_KIND_FOLLOWUP] = "followup",
  [RT_KIND_SUMMARY] = "summary",
  [RT_KIND_CORRECTION] = "correction",
  [RT_KIND_OUTLINE] = "outline",
  [RT_KIND_RESPONSE_KIND] = "response-kind",
  [RT_KIND_RESPONSE] = "response",
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_READ_ONLY,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const RtKindInfo * const kinds[RT_N_KINDS] = {
  [RT_KIND_MEETING] = &rt_meeting_kind_info,
  [RT_KIND_PERSON] = &rt_person_kind_info,
  [RT_KIND_LABEL] = &rt_label_kind_info,
  [RT_KIND_THEME] = &rt_theme_kind_info,
  [RT_KIND_CARD] = &rt_card_kind_info,
  [RT_KIND_FRAMEWORK] = &rt_framework_kind_info,
  [RT_KIND_POINT] = &rt_point_kind_info,
  [RT_KIND_PERSPECTIVE] = &rt_perspective_kind_info,
  [RT_KIND_AGENDA_ITEM] = &rt_agenda_item_kind_info,
  [RT_KIND_MATERIAL] = &rt_material_kind_info,
  [RT_KIND_FOLLOWUP] = &rt_followup_kind_info,
  [RT_KIND_SUMMARY] = &rt_summary_kind_info,
  [RT_KIND_CORRECTION] = &rt_correction_kind_info,
  [RT_KIND_OUTLINE] = &rt_outline_kind_info,
  [RT_KIND_RESPONSE_KIND] = &rt_response_kind_info,
  [RT_KIND_RESPONSE] = &rt_response_info,
};

/**
 * rt_kind_get_nick:
 *
 * Returns: the name of @kind, as the detail of RtCommittee::item-changed
 */
const char *
rt_kind_get_nick (RtKind kind)
{
  g_return_val_if_fail (kind < RT_N_KINDS, NULL);

  return kind_nicks[kind];
}

GType
rt_kind_get_type (RtKind kind)
{
  g_return_val_if_fail (kind < RT_N_KINDS, G_TYPE_INVALID);

  return kinds[kind]->get_type ();
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
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, "SELECT name, description, mode FROM committee WHERE id = 1", error)) ||
      !rt_stmt_step (stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      rt_model_set_string (self, &self->name, rt_stmt_get_text (stmt, 0), properties[PROP_NAME]);
      rt_model_set_string (self, &self->description, rt_stmt_get_text (stmt, 1), properties[PROP_DESCRIPTION]);
      rt_model_set_enum (self, (int *)&self->mode, RT_TYPE_COMMITTEE_MODE, rt_stmt_get_text (stmt, 2),
                         properties[PROP_MODE]);
      rt_stmt_reset (stmt);
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
      object = g_object_new (kinds[kind]->get_type (), NULL);
      g_hash_table_insert (self->objects[kind], key, object);
    }

  return object;
}

/* Reads every row of @kind; existing objects whose properties changed are
 * added to @changed (when not NULL). */
static gboolean
load_all (RtCommittee  *self,
          RtKind        kind,
          GPtrArray    *changed,
          GError      **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  RtStmt *stmt;
  gpointer key;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, kinds[kind]->select, error)))
    return FALSE;

  for (;;)
    {
      gpointer object;
      gboolean is_new;
      gint64 id;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = rt_stmt_get_int64 (stmt, RT_COL (stmt, "id"));
      is_new = !g_hash_table_contains (self->objects[kind], &id);
      object = ensure_object (self, kind, id);
      if (kinds[kind]->load (object, stmt) && !is_new && changed != NULL)
        g_ptr_array_add (changed, g_object_ref (object));
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
          GPtrArray    *changed,
          GError      **error)
{
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, kinds[kind]->select_one, error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, id);

  if (!rt_stmt_step (stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      gboolean is_new = !g_hash_table_contains (self->objects[kind], &id);
      gpointer object = ensure_object (self, kind, id);

      if (kinds[kind]->load (object, stmt) && !is_new && changed != NULL)
        g_ptr_array_add (changed, g_object_ref (object));
      rt_stmt_reset (stmt);
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
              GPtrArray    *changed,
              GError      **error)
{
  RtTable own = RT_N_TABLES;
  gboolean all_rows = FALSE;
  GArray *rows;

  if ((tables & kinds[kind]->depends) == 0)
    return TRUE;

  /* Only cards are numerous enough to be worth refreshing row by row. */
  if (kind == RT_KIND_CARD && (tables & kinds[kind]->depends) == RT_T (CARDS))
    own = RT_TABLE_CARDS;

  if (own == RT_N_TABLES)
    return load_all (self, kind, changed, error);

  rows = rt_store_get_changed_rows (self->store, own, &all_rows);
  if (all_rows || rows->len > 256)
    return load_all (self, kind, changed, error);

  for (guint i = 0; i < rows->len; i++)
    if (!load_one (self, kind, g_array_index (rows, gint64, i), changed, error))
      return FALSE;

  return TRUE;
}

static void
rt_committee_store_changed (RtCommittee *self,
                            guint        tables,
                            RtStore     *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lists = NULL;
  GPtrArray *changed[RT_N_KINDS];

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    changed[kind] = g_ptr_array_new_with_free_func (g_object_unref);

  /* Which card has which answer is read again when next asked, and so is
   * the snapshot the painters read. */
  if (tables & (RT_T (RESPONSES) | RT_T (RESPONSE_CARDS)))
    g_clear_pointer (&self->response_index, g_hash_table_unref);
  g_clear_pointer (&self->snapshot, rt_snapshot_unref);

  if ((tables & RT_T (COMMITTEE)) && !load_committee_row (self, &error))
    goto failed;

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (!refresh_kind (self, kind, tables, changed[kind], &error))
      goto failed;

  /* A list's handler may drop the last reference to another list. */
  lists = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->live_lists->len; i++)
    g_ptr_array_add (lists, g_object_ref (g_ptr_array_index (self->live_lists, i)));
  for (guint i = 0; i < lists->len; i++)
    {
      RtList *list = g_ptr_array_index (lists, i);

      if ((tables & _rt_list_get_depends (list)) != 0 && !rt_list_refresh (list, &error))
        goto failed;
    }

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    for (guint i = 0; i < changed[kind]->len; i++)
      g_signal_emit (self, signals[ITEM_CHANGED], kind_quarks[kind], g_ptr_array_index (changed[kind], i));

  if (tables & (RT_T (CARD_POINTS) | RT_T (THEME_POINTS)))
    g_signal_emit (self, signals[LINKS_CHANGED], 0);
  if (tables & RT_T (MAP_POSITIONS))
    g_signal_emit (self, signals[POSITIONS_CHANGED], 0);
  if (tables & RT_T (SCENES))
    g_signal_emit (self, signals[SCENES_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);

  goto out;

failed:
  rt_committee_report_error (self, error);

out:
  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    g_ptr_array_unref (changed[kind]);
}

static void
list_finalized (gpointer  data,
                GObject  *where_the_object_was)
{
  RtCommittee *self = data;

  g_ptr_array_remove_fast (self->live_lists, where_the_object_was);
}

static void
forget_list (RtCommittee *self,
             RtList      *list)
{
  g_object_weak_unref (G_OBJECT (list), list_finalized, self);
  g_ptr_array_remove_fast (self->live_lists, list);
}

/**
 * rt_committee_new_list:
 * @sql: the ids of the list, in order; ?1, if any, is @parent_id
 * @depends: the tables whose changes may change the list
 *
 * Returns: (transfer full): a list that the committee keeps up to date
 */
RtList *
rt_committee_new_list (RtCommittee *self,
                       RtKind       kind,
                       const char  *sql,
                       gint64       parent_id,
                       guint        depends)
{
  RtList *list = _rt_list_new (self, kind, sql, parent_id, depends);

  g_ptr_array_add (self->live_lists, list);
  g_object_weak_ref (G_OBJECT (list), list_finalized, self);

  return list;
}

static void
rt_committee_dispose (GObject *object)
{
  RtCommittee *self = (RtCommittee *)object;

  for (guint i = 0; i < RT_N_KINDS; i++)
    g_clear_object (&self->lists[i]);

  /* Lists that views still hold outlive the committee: they keep what they
   * show, and no longer follow changes. */
  while (self->live_lists->len > 0)
    forget_list (self, g_ptr_array_index (self->live_lists, self->live_lists->len - 1));

  g_clear_object (&self->history);
  g_clear_pointer (&self->card_batch, g_hash_table_unref);

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
  g_clear_pointer (&self->live_lists, g_ptr_array_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->response_index, g_hash_table_unref);
  g_clear_pointer (&self->snapshot, rt_snapshot_unref);

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

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
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

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       RT_TYPE_COMMITTEE_MODE, RT_COMMITTEE_MODE_COMMITTEE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RtCommittee::changed:
   *
   * Emitted once after every change of the committee, when its objects,
   * lists and other signals are up to date: for views that redraw all they
   * show (the projector, a preview).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * RtCommittee::item-changed:
   * @item: the model object
   *
   * Emitted, detailed by the kind's nick ("card", "person" …, see
   * rt_kind_get_nick()), for each existing object whose properties a change
   * changed. The object has notified them already: this is for views that
   * follow every object of a kind without connecting to each.
   */
  signals[ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  /**
   * RtCommittee::links-changed:
   *
   * Links between cards or themes and points were made or removed.
   */
  signals[LINKS_CHANGED] =
    g_signal_new ("links-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * RtCommittee::positions-changed:
   *
   * Saved positions of the issue map changed.
   */
  signals[POSITIONS_CHANGED] =
    g_signal_new ("positions-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * RtCommittee::scenes-changed:
   *
   * Scenes of the presentation were added, edited, moved or deleted.
   */
  signals[SCENES_CHANGED] =
    g_signal_new ("scenes-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * RtCommittee::failed:
   * @error: what failed
   *
   * The committee could not be read back after a change (the disk failed
   * under it, say): what the views show may be out of date. The window tells
   * the user; nothing else can.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    kind_quarks[kind] = g_quark_from_static_string (kind_nicks[kind]);
}

/* For the parts of the committee that learn of a failure in a signal
 * handler, with no caller to return it to. */
void
rt_committee_report_error (RtCommittee  *self,
                           const GError *error)
{
  g_debug ("%s", error->message);
  g_signal_emit (self, signals[FAILED], 0, error);
}

static void
rt_committee_init (RtCommittee *self)
{
  for (guint i = 0; i < RT_N_KINDS; i++)
    self->objects[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->live_lists = g_ptr_array_new ();
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

  g_clear_pointer (&self->response_index, g_hash_table_unref);
  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (!load_all (self, kind, NULL, error))
      return FALSE;

  for (guint i = 0; i < self->live_lists->len; i++)
    if (!rt_list_refresh (g_ptr_array_index (self->live_lists, i), error))
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
  g_signal_connect_object (self->history, "failed", G_CALLBACK (rt_committee_report_error), self,
                           G_CONNECT_SWAPPED);

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

/* The next position of each theme while a batch of cards is written, or
 * NULL: owned by rt-committee-cards.c. */
GHashTable **
_rt_committee_get_card_batch (RtCommittee *self)
{
  return &self->card_batch;
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

/**
 * rt_committee_get_mode:
 *
 * Returns: whether the file holds a committee's meetings or the opinions of
 *   a public comment (whose speakers are submitters)
 */
RtCommitteeMode
rt_committee_get_mode (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), RT_COMMITTEE_MODE_COMMITTEE);

  return self->mode;
}

/* The responses aggregate's index of which card and theme has which answer
 * (rt-committee-responses.c): kept here, dropped after every change to the
 * responses, built again when next asked. */
GHashTable *
rt_committee_get_response_index (RtCommittee *self)
{
  return self->response_index;
}

void
rt_committee_set_response_index (RtCommittee *self,
                                 GHashTable  *index)
{
  g_clear_pointer (&self->response_index, g_hash_table_unref);
  self->response_index = index;
}

/**
 * rt_committee_get_path:
 *
 * Returns: the committee file
 */
const char *
rt_committee_get_path (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return rt_store_get_path (self->store);
}

/**
 * rt_committee_save_copy:
 * @path: where the copy goes; never the committee's own file
 *
 * Writes the committee, as it is, to another file (Save a Copy…). The copy
 * is complete or not written at all.
 */
gboolean
rt_committee_save_copy (RtCommittee  *self,
                        const char   *path,
                        GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return rt_store_backup_to (self->store, path, error);
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

  if (!load_one (self, kind, id, NULL, NULL))
    return NULL;

  return g_hash_table_lookup (self->objects[kind], &id);
}

/* Within core: the list of every object of @kind, in the committee's order. */
GListModel *
rt_committee_get_kind_list (RtCommittee *self,
                            RtKind       kind)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (self->lists[kind] == NULL)
    self->lists[kind] = G_LIST_MODEL (rt_committee_new_list (self, kind, kinds[kind]->list_all, 0,
                                                             kinds[kind]->list_depends));

  return self->lists[kind];
}

/**
 * rt_committee_get_snapshot:
 *
 * The snapshot of the committee as it is now (rt_snapshot_new()), taken
 * once and shared until the next change: the projector, its console and
 * the handouts of one moment read the same one.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
RtSnapshot *
rt_committee_get_snapshot (RtCommittee  *self,
                           GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (self->snapshot == NULL && !(self->snapshot = rt_snapshot_new (self, error)))
    return NULL;

  return rt_snapshot_ref (self->snapshot);
}

/**
 * rt_committee_watch:
 * @callback: called as callback (@data) after objects of @kind were added,
 *   removed, moved or edited
 *
 * For views that show a summary of every object of a kind (a drop-down of
 * the speakers, a count per meeting): one connection to the kind's list and
 * to RtCommittee::item-changed for that kind. rt_committee_unwatch() with
 * the same @data disconnects every watch of @data.
 */
void
rt_committee_watch (RtCommittee *self,
                    RtKind       kind,
                    GCallback    callback,
                    gpointer     data)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (RT_IS_COMMITTEE (self));
  g_return_if_fail (kind < RT_N_KINDS);

  signal = g_strconcat ("item-changed::", kind_nicks[kind], NULL);
  g_signal_connect_swapped (rt_committee_get_kind_list (self, kind), "items-changed", callback, data);
  g_signal_connect_swapped (self, signal, callback, data);
}

void
rt_committee_unwatch (RtCommittee *self,
                      gpointer     data)
{
  g_return_if_fail (RT_IS_COMMITTEE (self));

  for (guint kind = 0; kind < RT_N_KINDS; kind++)
    if (self->lists[kind] != NULL)
      g_signal_handlers_disconnect_by_data (self->lists[kind], data);
  g_signal_handlers_disconnect_by_data (self, data);
}

/**
 * rt_committee_get_meetings:
 *
 * Returns: (transfer none): the meetings, by number
 */
GListModel *
rt_committee_get_meetings (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_MEETING);
}

/**
 * rt_committee_get_people:
 *
 * Returns: (transfer none): the speakers, in the committee's order
 */
GListModel *
rt_committee_get_people (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_PERSON);
}

/**
 * rt_committee_get_labels:
 *
 * Returns: (transfer none): the handout labels, in order
 */
GListModel *
rt_committee_get_labels (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_LABEL);
}

/**
 * rt_committee_get_themes:
 *
 * Returns: (transfer none): every theme, label by label
 */
GListModel *
rt_committee_get_themes (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_THEME);
}

/**
 * rt_committee_get_cards:
 *
 * Returns: (transfer none): every card, by id
 */
GListModel *
rt_committee_get_cards (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_CARD);
}

/**
 * rt_committee_get_frameworks:
 *
 * Returns: (transfer none): the frameworks of points
 */
GListModel *
rt_committee_get_frameworks (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_FRAMEWORK);
}

/**
 * rt_committee_get_perspectives:
 *
 * Returns: (transfer none): the committee's perspectives
 */
GListModel *
rt_committee_get_perspectives (RtCommittee *self)
{
  return rt_committee_get_kind_list (self, RT_KIND_PERSPECTIVE);
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
  RtStmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);

  if (!(stmt = rt_store_prepare (self->store, sql, error)) ||
      !rt_stmt_step (stmt, &has_row, error))
    return FALSE;

  g_assert (has_row);

  stats->meetings = rt_stmt_get_int (stmt, 0);
  stats->speakers = rt_stmt_get_int (stmt, 1);
  stats->sources = rt_stmt_get_int (stmt, 2);
  stats->labels = rt_stmt_get_int (stmt, 3);
  stats->themes = rt_stmt_get_int (stmt, 4);
  stats->cards = rt_stmt_get_int (stmt, 5);
  stats->inbox = rt_stmt_get_int (stmt, 6);
  stats->frameworks = rt_stmt_get_int (stmt, 7);
  stats->points = rt_stmt_get_int (stmt, 8);
  stats->perspectives = rt_stmt_get_int (stmt, 9);
  stats->card_point_links = rt_stmt_get_int (stmt, 10);
  stats->theme_point_links = rt_stmt_get_int (stmt, 11);
  rt_stmt_reset (stmt);

  return TRUE;
}

gboolean
rt_committee_set_name (RtCommittee  *self,
                       const char   *name,
                       GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!(stmt = rt_store_prepare (self->store, "UPDATE committee SET name = ?1, modified = ?2 WHERE id = 1", error)))
    return FALSE;

  rt_stmt_bind_text (stmt, 1, name);
  rt_stmt_bind_text (stmt, 2, now);

  return rt_committee_run_change (self, _("Rename committee"), stmt, error);
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
  RtStmt *stmt;
  gboolean found;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, id);
  if (!rt_stmt_step (stmt, &found, error))
    return FALSE;
  if (found)
    {
      rt_stmt_reset (stmt);
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
 * rt_committee_begin_change:
 * @label: (nullable): the translated name of the undo step; %NULL lets the
 *   history name it from the rows it changes
 *
 * Starts the transaction of one change: every writer of the committee (the
 * editing functions, the JSON import, the minutes import) goes through here
 * and rt_committee_end_change(). Inside a change, it starts a savepoint.
 */
gboolean
rt_committee_begin_change (RtCommittee  *self,
                           const char   *label,
                           GError      **error)
{
  if (self->history != NULL && label != NULL && !rt_store_in_transaction (self->store))
    rt_history_label_next_step (self->history, label);

  return rt_store_begin (self->store, error);
}

/**
 * rt_committee_end_change:
 * @ok: whether the change's SQL succeeded
 *
 * Commits what rt_committee_begin_change() began, or rolls it back when @ok
 * is %FALSE (@error is then already set). Committing the outermost change is
 * what tells the views.
 */
gboolean
rt_committee_end_change (RtCommittee  *self,
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

/* Within a change: tells the views, when it is committed, that every row
 * may have changed (an import that replaced the committee). */
void
rt_committee_mark_all_changed (RtCommittee *self)
{
  for (guint i = 0; i < RT_N_TABLES; i++)
    rt_store_touch (self->store, i);
}

/* Runs @stmt, already bound, as one change of its own. */
gboolean
rt_committee_run_change (RtCommittee  *self,
                         const char   *label,
                         RtStmt       *stmt,
                         GError      **error)
{
  if (!rt_committee_begin_change (self, label, error))
    {
      rt_stmt_reset (stmt);
      return FALSE;
    }

  return rt_committee_end_change (self, rt_stmt_run (stmt, error), error);
}

/* Runs the INSERT @stmt, already bound, as one change of its own.
 * Returns: the new row's id, or 0 with @error set */
gint64
rt_committee_insert_change (RtCommittee  *self,
                            const char   *label,
                            RtStmt       *stmt,
                            GError      **error)
{
  gint64 id;

  if (!rt_committee_begin_change (self, label, error))
    {
      rt_stmt_reset (stmt);
      return 0;
    }

  id = rt_stmt_insert (stmt, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

/* Helpers shared by the aggregates (rt-committee-private.h). */

/* A copy of @text without the white space around it, the full-width space
 * (U+3000) of Japanese text included. */
char *
rt_committee_strip (const char *text)
{
  const char *start = text ? text : "";
  const char *end;

  while (*start && (g_unichar_isspace (g_utf8_get_char (start)) || g_utf8_get_char (start) == 0x3000))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && c != 0x3000)
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

gboolean
rt_committee_invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID, message);
  return FALSE;
}


/* Reads the ids a query returns (its ?1 bound to @param) into @ids. */
gboolean
rt_committee_read_ids (RtCommittee  *self,
                       const char   *sql,
                       gint64        param,
                       GArray       *ids,
                       GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  if (rt_stmt_get_n_params (stmt) > 0)
    rt_stmt_bind_int64 (stmt, 1, param);

  for (;;)
    {
      gint64 id;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = rt_stmt_get_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return TRUE;
}

/* Runs @sql with ?1 = @id. */
gboolean
rt_committee_run_id (RtCommittee  *self,
                     const char   *sql,
                     gint64        id,
                     GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self), sql, error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, id);

  return rt_stmt_run (stmt, error);
}

/* Runs @sql with ?1 = @id and ?2 = @value for the given value type. */
gboolean
rt_committee_run_id_int (RtCommittee  *self,
                         const char   *sql,
                         gint64        id,
                         gint64        value,
                         GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, id);
  rt_stmt_bind_int64 (stmt, 2, value);

  return rt_stmt_run (stmt, error);
}

gboolean
rt_committee_run_id_text (RtCommittee  *self,
                          const char   *sql,
                          gint64        id,
                          const char   *text,
                          GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, id);
  rt_stmt_bind_text (stmt, 2, text);

  return rt_stmt_run (stmt, error);
}

/* Gives the items of @order the positions 0, 1, 2 … (and @parent_id), with
 * @update_sql taking ?1 id, ?2 parent, ?3 position, ?4 now, and changing
 * only rows whose place really changes. */
gboolean
rt_committee_write_order (RtCommittee  *self,
                          const char   *update_sql,
                          GArray       *order,
                          gint64        parent_id,
                          GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *now = rt_now_iso8601 ();

  for (guint i = 0; i < order->len; i++)
    {
      RtStmt *stmt;

      if (!(stmt = rt_store_prepare (store, update_sql, error)))
        return FALSE;

      /* @update_sql uses what it needs of ?1 … ?4: the others stay unbound. */
      rt_stmt_bind_int64 (stmt, 1, g_array_index (order, gint64, i));
      if (rt_stmt_get_n_params (stmt) >= 2)
        rt_stmt_bind_int64 (stmt, 2, parent_id);
      if (rt_stmt_get_n_params (stmt) >= 3)
        rt_stmt_bind_int (stmt, 3, i);
      if (rt_stmt_get_n_params (stmt) >= 4)
        rt_stmt_bind_text (stmt, 4, now);

      if (!rt_stmt_run (stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* History */

gboolean
rt_committee_undo (RtCommittee  *self,
                   GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_history_undo (rt_committee_get_history (self), error);
}

gboolean
rt_committee_redo (RtCommittee  *self,
                   GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_history_redo (rt_committee_get_history (self), error);
}
