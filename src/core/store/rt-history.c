/* rt-history.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-history"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-history-private.h"
#include "rt-store-private.h"

/* The log is a TEMP table: it belongs to the connection, takes part in its
 * transactions and savepoints, and never reaches the committee file. Its seq
 * is AUTOINCREMENT so that a number, once used, is never given again: a step
 * is a range of seq, and new entries are always above every known range. */
#define LOG_TABLE "rt_undo_log"

typedef enum
{
  OP_INSERT,
  OP_UPDATE,
  OP_DELETE,
} Op;

typedef struct
{
  char   *label;
  gint64  first;
  gint64  last;
} Step;

struct _RtHistory
{
  GObject     parent_instance;

  RtStore    *store;
  GArray     *undo;
  GArray     *redo;
  GPtrArray  *triggers;
  char       *pending_label;
  guint64     skip_gen;
  gboolean    skip_pending;
  guint64     pending_gen;
  guint64     n_ends;
  gint64      last_seq;
  char       *bulk_table;   /* whose inserts are logged as one range */
  char       *bulk_trigger; /* the SQL of its insert trigger, dropped meanwhile */
  GHashTable *insert_sql;   /* table → the SQL that made its insert trigger */
  gint64      bulk_above;   /* the table's largest rowid when it began */
  gulong      changed_id;
  guint       limit;
  guint       enabled : 1;
  guint       replaying : 1;
};

G_DEFINE_FINAL_TYPE (RtHistory, rt_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ENABLED,
  PROP_LIMIT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gboolean  can_undo;
  gboolean  can_redo;
  char     *undo_label;
  char     *redo_label;
} State;

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->label, g_free);
}

static void
save_state (RtHistory *self,
            State     *state)
{
  state->can_undo = rt_history_get_can_undo (self);
  state->can_redo = rt_history_get_can_redo (self);
  state->undo_label = g_strdup (rt_history_get_undo_label (self));
  state->redo_label = g_strdup (rt_history_get_redo_label (self));
}

/* Notifies what changed since save_state(), and frees @old. */
static void
notify_state (RtHistory *self,
              State     *old)
{
  if (rt_history_get_can_undo (self) != old->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (rt_history_get_can_redo (self) != old->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (g_strcmp0 (rt_history_get_undo_label (self), old->undo_label) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (g_strcmp0 (rt_history_get_redo_label (self), old->redo_label) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);

  g_clear_pointer (&old->undo_label, g_free);
  g_clear_pointer (&old->redo_label, g_free);
}

static void
forget_state (State *old)
{
  g_clear_pointer (&old->undo_label, g_free);
  g_clear_pointer (&old->redo_label, g_free);
}

static int
commit_hook (void *user_data)
{
  RtHistory *self = user_data;

  self->n_ends++;
  return 0;
}

static void
rollback_hook (void *user_data)
{
  RtHistory *self = user_data;

  self->n_ends++;
  /* The rollback put the trigger back. */
  g_clear_pointer (&self->bulk_table, g_free);
  g_clear_pointer (&self->bulk_trigger, g_free);
}

static gboolean
query_int64 (RtHistory   *self,
             const char  *sql,
             gint64      *value,
             GError     **error)
{
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store, sql, error)) ||
      !rt_stmt_step (stmt, &has_row, error))
    return FALSE;

  *value = has_row ? rt_stmt_get_int64 (stmt, 0) : 0;
  if (has_row)
    rt_stmt_reset (stmt);

  return TRUE;
}

static gboolean
max_seq (RtHistory  *self,
         gint64     *seq,
         GError    **error)
{
  return query_int64 (self, "SELECT coalesce(max(seq), 0) FROM temp." LOG_TABLE, seq, error);
}

static gboolean
delete_range (RtHistory  *self,
              gint64      first,
              gint64      last,
              GError    **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (self->store, "DELETE FROM temp." LOG_TABLE " WHERE seq BETWEEN ?1 AND ?2", error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, first);
  rt_stmt_bind_int64 (stmt, 2, last);

  return rt_stmt_run (stmt, error);
}

static void
drop_steps (RtHistory *self,
            GArray    *steps,
            guint      first,
            guint      n)
{
  g_autoptr(GError) error = NULL;

  for (guint i = first; i < first + n; i++)
    {
      Step *step = &g_array_index (steps, Step, i);

      if (!delete_range (self, step->first, step->last, &error))
        {
          g_debug ("Could not forget a step: %s", error->message);
          g_clear_error (&error);
        }
    }

  g_array_remove_range (steps, first, n);
}

static void
trim (RtHistory *self)
{
  if (self->undo->len > self->limit)
    drop_steps (self, self->undo, 0, self->undo->len - self->limit);
}

/* The label of a step nobody named, from what it changed. The op of an entry
 * is what the user did, not the inverse statement that was recorded. */
static char *
guess_label (RtHistory *self,
             gint64     first,
             gint64     last)
{
  g_autoptr(GError) error = NULL;
  guint counts[3] = { 0, 0, 0 };
  const char *table = NULL;
  gboolean one_table = TRUE;
  gboolean sources = FALSE;
  gboolean committee = FALSE;
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (self->store,
                                 "SELECT tbl, op, sum(n) FROM temp." LOG_TABLE
                                 " WHERE seq BETWEEN ?1 AND ?2 GROUP BY tbl, op",
                                 &error)))
    return g_strdup (_("Change"));

  rt_stmt_bind_int64 (stmt, 1, first);
  rt_stmt_bind_int64 (stmt, 2, last);

  for (;;)
    {
      const char *tbl;
      int op;

      if (!rt_stmt_step (stmt, &has_row, &error) || !has_row)
        break;

      tbl = rt_stmt_get_text (stmt, 0);
      op = rt_stmt_get_int (stmt, 1);

      if (g_str_equal (tbl, "sources") && op == OP_INSERT)
        sources = TRUE;
      if (g_str_equal (tbl, "committee"))
        committee = TRUE;

      if (table == NULL)
        table = g_intern_string (tbl);
      else if (table != g_intern_string (tbl))
        one_table = FALSE;

      if (op >= 0 && op < 3)
        counts[op] += rt_stmt_get_int (stmt, 2);
    }

  if (!one_table && committee)
    return g_strdup (_("Import committee"));

  if (sources)
    return g_strdup (_("Import minutes"));

  if (one_table && g_strcmp0 (table, "cards") == 0)
    {
      if (counts[OP_INSERT] > 0 && counts[OP_UPDATE] == 0 && counts[OP_DELETE] == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add card", "Add %u cards", counts[OP_INSERT]),
                                counts[OP_INSERT]);
      if (counts[OP_DELETE] > 0 && counts[OP_UPDATE] == 0 && counts[OP_INSERT] == 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete card", "Delete %u cards", counts[OP_DELETE]),
                                counts[OP_DELETE]);
      if (counts[OP_UPDATE] > 0 && counts[OP_INSERT] == 0 && counts[OP_DELETE] == 0)
        return g_strdup (_("Edit cards"));
    }

  if (one_table && (g_strcmp0 (table, "card_points") == 0 || g_strcmp0 (table, "theme_points") == 0))
    {
      if (counts[OP_UPDATE] == 0 && counts[OP_DELETE] == 0)
        return g_strdup (_("Link to point"));
      if (counts[OP_UPDATE] == 0 && counts[OP_INSERT] == 0)
        return g_strdup (_("Unlink from point"));
    }

  if (one_table && g_strcmp0 (table, "map_positions") == 0)
    return g_strdup (_("Arrange the map"));

  return g_strdup (_("Change"));
}

static void
rt_history_store_changed (RtHistory *self,
                          guint      tables,
                          RtStore   *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  State old;
  Step step;
  gint64 seq;

  if (!self->enabled || self->replaying)
    return;

  /* A label given before or inside the transaction that just committed was
   * given when one transaction end ago was the latest. */
  if (self->pending_label != NULL && self->pending_gen + 1 == self->n_ends)
    label = g_steal_pointer (&self->pending_label);
  g_clear_pointer (&self->pending_label, g_free);

  if (!max_seq (self, &seq, &error))
    {
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  if (seq <= self->last_seq)
    return;

  /* Bookkeeping the user did not ask for (an automatic map layout) is not a
   * step: forget its inverse statements and keep the redo stack. */
  if (self->skip_pending && self->skip_gen + 1 == self->n_ends)
    {
      self->skip_pending = FALSE;
      if (!delete_range (self, self->last_seq + 1, seq, &error))
        g_debug ("Could not forget a skipped step: %s", error->message);
      self->last_seq = seq;
      return;
    }
  self->skip_pending = FALSE;

  save_state (self, &old);

  step.first = self->last_seq + 1;
  step.last = seq;
  step.label = label ? g_steal_pointer (&label) : guess_label (self, step.first, step.last);
  self->last_seq = seq;

  drop_steps (self, self->redo, 0, self->redo->len);
  g_array_append_val (self->undo, step);
  trim (self);

  g_debug ("Step “%s”: %" G_GINT64_FORMAT " statements", step.label, step.last - step.first + 1);

  notify_state (self, &old);
}

static void
drop_triggers (RtHistory *self)
{
  for (guint i = 0; i < self->triggers->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER IF EXISTS temp.\"%s\"",
                                              (const char *)g_ptr_array_index (self->triggers, i));

      rt_store_exec (self->store, sql, NULL);
    }
  g_ptr_array_set_size (self->triggers, 0);
  g_hash_table_remove_all (self->insert_sql);
}

static void
disable (RtHistory *self)
{
  sqlite3 *db;

  if (!self->enabled)
    return;

  db = _rt_store_get_db (self->store);
  drop_triggers (self);
  g_clear_pointer (&self->bulk_table, g_free);
  g_clear_pointer (&self->bulk_trigger, g_free);
  rt_store_exec (self->store, "DROP TABLE IF EXISTS temp." LOG_TABLE, NULL);
  sqlite3_commit_hook (db, NULL, NULL);
  sqlite3_rollback_hook (db, NULL, NULL);
  g_clear_pointer (&self->pending_label, g_free);
  g_array_set_size (self->undo, 0);
  g_array_set_size (self->redo, 0);
  self->last_seq = 0;
  self->enabled = FALSE;
}

/* Appends to @sql the SQL expression that writes the value of column @column
 * of row @row ("old" or "new") as an SQL literal. */
static void
append_quoted (GString    *sql,
               const char *row,
               const char *column)
{
  char *quoted = sqlite3_mprintf ("' || quote(%s.\"%w\") || '", row, column);

  g_string_append (sql, quoted);
  sqlite3_free (quoted);
}

static gboolean
create_triggers_for (RtHistory   *self,
                     const char  *table,
                     GError     **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) ins = g_string_new (NULL);
  g_autoptr(GString) upd = g_string_new (NULL);
  g_autoptr(GString) del = g_string_new (NULL);
  g_autoptr(GString) when = g_string_new (NULL);
  g_autofree char *ipk = NULL;
  RtStmt *stmt;
  gboolean has_row;
  guint n_pk = 0;
  char *part;

  if (!(stmt = rt_store_prepare (self->store,
                                 "SELECT name, type, pk FROM pragma_table_info(?1, 'main') ORDER BY cid",
                                 error)))
    return FALSE;

  rt_stmt_bind_text (stmt, 1, table);

  for (;;)
    {
      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      g_ptr_array_add (columns, g_strdup (rt_stmt_get_text (stmt, 0)));
      if (rt_stmt_get_int (stmt, 2) > 0)
        {
          n_pk++;
          if (g_ascii_strcasecmp (rt_stmt_get_text (stmt, 1), "INTEGER") == 0)
            {
              g_free (ipk);
              ipk = g_strdup (rt_stmt_get_text (stmt, 0));
            }
        }
    }

  /* A table whose primary key is not the rowid keeps its rowid explicitly. */
  if (n_pk != 1)
    g_clear_pointer (&ipk, g_free);

  /* Inverse of an INSERT. */
  part = sqlite3_mprintf ("CREATE TEMP TRIGGER \"rt_undo_%w_insert\" AFTER INSERT ON main.\"%w\" BEGIN"
                          " INSERT INTO " LOG_TABLE " (tbl, op, sql) VALUES (%Q, %d,"
                          " 'DELETE FROM main.\"%w\" WHERE rowid = ' || new.rowid); END",
                          table, table, table, OP_INSERT, table);
  g_string_append (ins, part);
  sqlite3_free (part);

  /* Inverse of an UPDATE: every column but the rowid back to its old value,
   * recorded only when something really changed. */
  part = sqlite3_mprintf ("CREATE TEMP TRIGGER \"rt_undo_%w_update\" AFTER UPDATE ON main.\"%w\"",
                          table, table);
  g_string_append (upd, part);
  sqlite3_free (part);

  part = sqlite3_mprintf (" INSERT INTO " LOG_TABLE " (tbl, op, sql) VALUES (%Q, %d, 'UPDATE main.\"%w\" SET ",
                          table, OP_UPDATE, table);
  {
    g_autoptr(GString) body = g_string_new (part);
    gboolean first = TRUE;

    sqlite3_free (part);

    if (ipk == NULL)
      {
        g_string_append (body, "rowid = ' || old.rowid || '");
        g_string_append (when, "old.rowid IS NOT new.rowid");
        first = FALSE;
      }

    for (guint i = 0; i < columns->len; i++)
      {
        const char *column = g_ptr_array_index (columns, i);

        if (ipk != NULL && g_str_equal (column, ipk))
          continue;

        part = sqlite3_mprintf ("%s\"%w\" = ", first ? "" : ", ", column);
        g_string_append (body, part);
        sqlite3_free (part);
        append_quoted (body, "old", column);

        part = sqlite3_mprintf ("%sold.\"%w\" IS NOT new.\"%w\"", first ? "" : " OR ", column, column);
        g_string_append (when, part);
        sqlite3_free (part);

        first = FALSE;
      }

    g_string_append (body, " WHERE rowid = ' || new.rowid); END");

    if (first)
      g_string_truncate (upd, 0);
    else
      g_string_append_printf (upd, " WHEN %s BEGIN%s", when->str, body->str);
  }

  /* Inverse of a DELETE: the whole row, with its rowid. */
  part = sqlite3_mprintf ("CREATE TEMP TRIGGER \"rt_undo_%w_delete\" AFTER DELETE ON main.\"%w\" BEGIN"
                          " INSERT INTO " LOG_TABLE " (tbl, op, sql) VALUES (%Q, %d,"
                          " 'INSERT INTO main.\"%w\" (",
                          table, table, table, OP_DELETE, table);
  g_string_append (del, part);
  sqlite3_free (part);

  if (ipk == NULL)
    g_string_append (del, "rowid, ");
  for (guint i = 0; i < columns->len; i++)
    {
      part = sqlite3_mprintf ("%s\"%w\"", i > 0 ? ", " : "", (const char *)g_ptr_array_index (columns, i));
      g_string_append (del, part);
      sqlite3_free (part);
    }
  g_string_append (del, ") VALUES (");
  if (ipk == NULL)
    g_string_append (del, "' || old.rowid || ', ");
  for (guint i = 0; i < columns->len; i++)
    {
      if (i > 0)
        g_string_append (del, ", ");
      append_quoted (del, "old", g_ptr_array_index (columns, i));
    }
  g_string_append (del, ")'); END");

  {
    GString *all[] = { ins, upd, del };
    const char *suffix[] = { "insert", "update", "delete" };

    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      {
        if (all[i]->len == 0)
          continue;
        if (!rt_store_exec (self->store, all[i]->str, error))
          return FALSE;
        if (all[i] == ins)
          g_hash_table_insert (self->insert_sql, g_strdup (table), g_strdup (ins->str));
        g_ptr_array_add (self->triggers, g_strdup_printf ("rt_undo_%s_%s", table, suffix[i]));
      }
  }

  return TRUE;
}

static gboolean
enable (RtHistory  *self,
        GError    **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  RtStmt *stmt;
  gboolean has_row;
  sqlite3 *db;

  if (self->enabled)
    return TRUE;

  if (rt_store_get_read_only (self->store))
    {
      g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY,
                           _("A committee that can only be read has no undo history"));
      return FALSE;
    }

  /* Shadow tables of full-text indexes and SQLite's own tables are kept up
   * to date by SQLite; only the tables the committee writes are logged. */
  if (!(stmt = rt_store_prepare (self->store,
                                 "SELECT name FROM pragma_table_list"
                                 " WHERE schema = 'main' AND type = 'table'"
                                 " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                 " ORDER BY name",
                                 error)))
    return FALSE;

  for (;;)
    {
      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (tables, g_strdup (rt_stmt_get_text (stmt, 0)));
    }

  if (!rt_store_exec (self->store,
                      "CREATE TEMP TABLE IF NOT EXISTS " LOG_TABLE " ("
                      "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                      "  tbl TEXT NOT NULL,"
                      "  op INTEGER NOT NULL,"
                      "  sql TEXT NOT NULL,"
                      "  n INTEGER NOT NULL DEFAULT 1"  /* rows the entry stands for */
                      ")",
                      error))
    return FALSE;

  for (guint i = 0; i < tables->len; i++)
    if (!create_triggers_for (self, g_ptr_array_index (tables, i), error))
      {
        drop_triggers (self);
        return FALSE;
      }

  if (!max_seq (self, &self->last_seq, error))
    {
      drop_triggers (self);
      return FALSE;
    }

  db = _rt_store_get_db (self->store);
  sqlite3_commit_hook (db, commit_hook, self);
  sqlite3_rollback_hook (db, rollback_hook, self);
  self->enabled = TRUE;

  return TRUE;
}

static void
rt_history_dispose (GObject *object)
{
  RtHistory *self = (RtHistory *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->store);
      /* The store may outlive its committee: it must not keep logging. */
      disable (self);
    }

  G_OBJECT_CLASS (rt_history_parent_class)->dispose (object);
}

static void
rt_history_finalize (GObject *object)
{
  RtHistory *self = (RtHistory *)object;

  g_clear_pointer (&self->undo, g_array_unref);
  g_clear_pointer (&self->redo, g_array_unref);
  g_clear_pointer (&self->triggers, g_ptr_array_unref);
  g_clear_pointer (&self->insert_sql, g_hash_table_unref);
  g_clear_pointer (&self->pending_label, g_free);
  g_free (self->bulk_table);
  g_free (self->bulk_trigger);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (rt_history_parent_class)->finalize (object);
}

static void
rt_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RtHistory *self = RT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;

    case PROP_LIMIT:
      g_value_set_uint (value, self->limit);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rt_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, rt_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, rt_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, rt_history_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RtHistory *self = RT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_LIMIT:
      rt_history_set_limit (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_history_class_init (RtHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_history_dispose;
  object_class->finalize = rt_history_finalize;

  /**
   * RtHistory::failed:
   * @error: what failed
   *
   * The undo log could not be read after a change: the change cannot be
   * undone. RtCommittee passes it on as RtCommittee::failed.
   */
  signals[FAILED] =
    g_signal_new ("failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
  object_class->get_property = rt_history_get_property;
  object_class->set_property = rt_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RT_TYPE_STORE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LIMIT] =
    g_param_spec_uint ("limit", NULL, NULL,
                       1, G_MAXUINT, RT_HISTORY_DEFAULT_LIMIT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_history_init (RtHistory *self)
{
  self->undo = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->undo, step_clear);
  self->redo = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->redo, step_clear);
  self->triggers = g_ptr_array_new_with_free_func (g_free);
  self->insert_sql = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->limit = RT_HISTORY_DEFAULT_LIMIT;
}

/**
 * rt_history_new:
 * @store: the store whose changes are recorded
 *
 * Creates the history of @store and starts recording, unless @store is
 * read-only: then the history stays empty and disabled. Only one history may
 * record a store at a time; RtCommittee owns it (rt_committee_get_history()).
 *
 * Returns: (transfer full): the history, or %NULL with @error set
 */
RtHistory *
rt_history_new (RtStore  *store,
                GError  **error)
{
  g_autoptr(RtHistory) self = NULL;

  g_return_val_if_fail (RT_IS_STORE (store), NULL);

  self = g_object_new (RT_TYPE_HISTORY, NULL);
  self->store = g_object_ref (store);
  self->changed_id = g_signal_connect_swapped (store, "changed",
                                               G_CALLBACK (rt_history_store_changed), self);

  if (!rt_store_get_read_only (store) && !enable (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

RtStore *
rt_history_get_store (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), NULL);

  return self->store;
}

gboolean
rt_history_get_enabled (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  return self->enabled;
}

/**
 * rt_history_set_enabled:
 *
 * Starts or stops recording. Either way the steps recorded so far are
 * forgotten: an edit made while the history was off would make them wrong.
 * Stopping is meant for bulk work that needs no undo (benchmarks, the
 * command line).
 */
gboolean
rt_history_set_enabled (RtHistory  *self,
                        gboolean    enabled,
                        GError    **error)
{
  State old;

  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (!rt_store_in_transaction (self->store), FALSE);

  enabled = !!enabled;
  if (enabled == self->enabled)
    return TRUE;

  save_state (self, &old);

  if (enabled)
    {
      if (!enable (self, error))
        {
          forget_state (&old);
          return FALSE;
        }
    }
  else
    disable (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  notify_state (self, &old);

  return TRUE;
}

guint
rt_history_get_limit (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), 0);

  return self->limit;
}

/**
 * rt_history_set_limit:
 * @limit: how many steps can be undone, at least 1
 *
 * The oldest steps beyond @limit are forgotten.
 */
void
rt_history_set_limit (RtHistory *self,
                      guint      limit)
{
  State old;

  g_return_if_fail (RT_IS_HISTORY (self));
  g_return_if_fail (limit > 0);

  if (limit == self->limit)
    return;

  save_state (self, &old);
  self->limit = limit;
  trim (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIMIT]);
  notify_state (self, &old);
}

gboolean
rt_history_get_can_undo (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  return self->undo->len > 0;
}

gboolean
rt_history_get_can_redo (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  return self->redo->len > 0;
}

/**
 * rt_history_get_undo_label:
 *
 * Returns: (nullable): what undo would undo, such as “Move 3 cards”; the UI
 *   puts it into its own sentence (“Undo “%s””)
 */
const char *
rt_history_get_undo_label (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), NULL);

  if (self->undo->len == 0)
    return NULL;

  return g_array_index (self->undo, Step, self->undo->len - 1).label;
}

/**
 * rt_history_get_redo_label:
 *
 * Returns: (nullable): what redo would redo
 */
const char *
rt_history_get_redo_label (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), NULL);

  if (self->redo->len == 0)
    return NULL;

  return g_array_index (self->redo, Step, self->redo->len - 1).label;
}

guint
rt_history_get_n_undo (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), 0);

  return self->undo->len;
}

guint
rt_history_get_n_redo (RtHistory *self)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), 0);

  return self->redo->len;
}

/**
 * rt_history_label_next_step:
 * @label: a translated description of the user's action, such as “Edit card”
 *
 * Names the step made by the transaction about to begin, or by the outermost
 * transaction already open. Inside an open transaction that already has a
 * label, the outer label wins, so that a method may call another one that
 * labels its own work. A label whose transaction rolls back, or changes
 * nothing, is forgotten.
 */
void
rt_history_label_next_step (RtHistory  *self,
                            const char *label)
{
  g_return_if_fail (RT_IS_HISTORY (self));
  g_return_if_fail (label != NULL);

  if (!self->enabled || self->replaying)
    return;

  if (rt_store_in_transaction (self->store) &&
      self->pending_label != NULL && self->pending_gen == self->n_ends)
    return;

  g_free (self->pending_label);
  self->pending_label = g_strdup (label);
  self->pending_gen = self->n_ends;
}

/**
 * rt_history_skip_next_step:
 *
 * Keeps the transaction about to begin out of the history: it cannot be
 * undone, and it neither clears the redo stack nor becomes an undo step. For
 * changes the application makes by itself, such as saving an automatic
 * layout of the issue map, never for the user's own edits.
 */
void
rt_history_skip_next_step (RtHistory *self)
{
  g_return_if_fail (RT_IS_HISTORY (self));
  g_return_if_fail (!rt_store_in_transaction (self->store));

  if (!self->enabled || self->replaying)
    return;

  self->skip_pending = TRUE;
  self->skip_gen = self->n_ends;
}

/* Runs the inverse statements of the last step of @from in one transaction,
 * and makes what the triggers recorded meanwhile the last step of @to. */
static gboolean
replay (RtHistory  *self,
        GArray     *from,
        GArray     *to,
        GError    **error)
{
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  Step *step;
  Step done;
  RtStmt *stmt;
  gboolean has_row;
  gint64 seq;
  State old;

  g_assert (from->len > 0);

  if (rt_store_in_transaction (self->store))
    {
      g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_FAILED,
                           _("Cannot undo or redo while a change is being made"));
      return FALSE;
    }

  step = &g_array_index (from, Step, from->len - 1);

  if (!(stmt = rt_store_prepare (self->store,
                                 "SELECT sql FROM temp." LOG_TABLE " WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq DESC",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, step->first);
  rt_stmt_bind_int64 (stmt, 2, step->last);

  for (;;)
    {
      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;
      g_ptr_array_add (statements, g_strdup (rt_stmt_get_text (stmt, 0)));
    }

  save_state (self, &old);
  self->replaying = TRUE;

  if (!rt_store_begin (self->store, error))
    {
      self->replaying = FALSE;
      forget_state (&old);
      return FALSE;
    }

  /* Rows come back in the reverse order of the edit, which satisfies the
   * foreign keys in the end but not always row by row (a card put back before
   * the theme it pointed to, when the edit deleted both). */
  if (!rt_store_exec (self->store, "PRAGMA defer_foreign_keys = ON", error) ||
      !delete_range (self, step->first, step->last, error))
    goto failed;

  for (guint i = 0; i < statements->len; i++)
    if (!rt_store_exec (self->store, g_ptr_array_index (statements, i), error))
      goto failed;

  if (!max_seq (self, &seq, error))
    goto failed;

  if (!rt_store_commit (self->store, error))
    {
      self->replaying = FALSE;
      forget_state (&old);
      return FALSE;
    }

  self->replaying = FALSE;

  done.label = g_steal_pointer (&step->label);
  done.first = self->last_seq + 1;
  done.last = seq;
  g_array_set_size (from, from->len - 1);

  if (seq > self->last_seq)
    {
      self->last_seq = seq;
      g_array_append_val (to, done);
    }
  else
    g_free (done.label);

  notify_state (self, &old);

  return TRUE;

failed:
  rt_store_rollback (self->store);
  self->replaying = FALSE;
  forget_state (&old);
  return FALSE;
}

/**
 * rt_history_undo:
 *
 * Undoes the last step in the file, in one transaction. Nothing happens when
 * there is nothing to undo.
 */
gboolean
rt_history_undo (RtHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  if (self->undo->len == 0)
    return TRUE;

  return replay (self, self->undo, self->redo, error);
}

/**
 * rt_history_redo:
 *
 * Redoes the last undone step, in one transaction.
 */
gboolean
rt_history_redo (RtHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  if (self->redo->len == 0)
    return TRUE;

  return replay (self, self->redo, self->undo, error);
}

/**
 * rt_history_clear:
 *
 * Forgets every step, for example when the committee was replaced by one the
 * user must not undo into.
 */
void
rt_history_clear (RtHistory *self)
{
  State old;

  g_return_if_fail (RT_IS_HISTORY (self));

  save_state (self, &old);
  drop_steps (self, self->undo, 0, self->undo->len);
  drop_steps (self, self->redo, 0, self->redo->len);
  notify_state (self, &old);
}

static gboolean
max_rowid (RtHistory   *self,
           const char  *table,
           gint64      *rowid,
           GError     **error)
{
  char *sql = sqlite3_mprintf ("SELECT coalesce(max(rowid), 0) FROM main.\"%w\"", table);
  gboolean ok = query_int64 (self, sql, rowid, error);

  sqlite3_free (sql);

  return ok;
}

gboolean
_rt_history_begin_bulk_insert (RtHistory   *self,
                               const char  *table,
                               GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *trigger = NULL;
  gboolean ok;
  char *drop;

  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (self->bulk_table == NULL, FALSE);
  g_return_val_if_fail (rt_store_in_transaction (self->store), FALSE);

  /* Undo and redo replay row by row, as they were logged. */
  if (!self->enabled || self->replaying)
    return TRUE;

  if (!max_rowid (self, table, &self->bulk_above, error))
    return FALSE;

  /* A trigger fired for every row costs about as much as the row's own
   * insert: the table's insert trigger is dropped until the end, inside the
   * transaction, so that a rollback puts it back. */
  name = g_strdup_printf ("rt_undo_%s_insert", table);
  if ((trigger = g_strdup (g_hash_table_lookup (self->insert_sql, table))) == NULL)
    return TRUE;

  drop = sqlite3_mprintf ("DROP TRIGGER temp.\"%w\"", name);
  ok = rt_store_exec (self->store, drop, error);
  sqlite3_free (drop);
  if (!ok)
    return FALSE;

  self->bulk_table = g_strdup (table);
  self->bulk_trigger = g_steal_pointer (&trigger);

  return TRUE;
}

gboolean
_rt_history_end_bulk_insert (RtHistory  *self,
                             GError    **error)
{
  g_autofree char *table = NULL;
  g_autofree char *trigger = NULL;
  RtStmt *stmt;
  gint64 last;
  char *sql;

  g_return_val_if_fail (RT_IS_HISTORY (self), FALSE);

  if (self->bulk_table == NULL)
    return TRUE;

  table = g_steal_pointer (&self->bulk_table);
  trigger = g_steal_pointer (&self->bulk_trigger);

  if (!rt_store_exec (self->store, trigger, error) ||
      !max_rowid (self, table, &last, error))
    return FALSE;

  if (last <= self->bulk_above)
    return TRUE;

  /* SQLite gives a new row the largest rowid plus one, so the rows above
   * the old largest are the rows inserted, and only they. */
  if (!(stmt = rt_store_prepare (self->store,
                                 "INSERT INTO temp." LOG_TABLE " (tbl, op, sql, n) VALUES (?1, ?2, ?3, ?4)",
                                 error)))
    return FALSE;

  sql = sqlite3_mprintf ("DELETE FROM main.\"%w\" WHERE rowid > %lld AND rowid <= %lld",
                         table, (long long)self->bulk_above, (long long)last);
  rt_stmt_bind_text (stmt, 1, table);
  rt_stmt_bind_int64 (stmt, 2, OP_INSERT);
  rt_stmt_bind_text (stmt, 3, sql);
  rt_stmt_bind_int64 (stmt, 4, last - self->bulk_above);
  sqlite3_free (sql);

  return rt_stmt_run (stmt, error);
}
