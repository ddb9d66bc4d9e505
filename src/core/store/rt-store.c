/* rt-store.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "rt-schema-private.h"
#include "rt-store-private.h"

struct _RtStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  GHashTable  *statements;
  GArray      *changed[RT_N_TABLES];
  guint        changed_all;
  GArray      *savepoint_marks;
  guint        depth;
  int          schema_version;
  guint        read_only : 1;
};

G_DEFINE_FINAL_TYPE (RtStore, rt_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (rt-store-error-quark, rt_store_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const table_names[RT_N_TABLES] = {
  [RT_TABLE_COMMITTEE] = "committee",
  [RT_TABLE_MEETINGS] = "meetings",
  [RT_TABLE_PEOPLE] = "people",
  [RT_TABLE_PERSON_ALIASES] = "person_aliases",
  [RT_TABLE_SOURCES] = "sources",
  [RT_TABLE_LABELS] = "labels",
  [RT_TABLE_THEMES] = "themes",
  [RT_TABLE_CARDS] = "cards",
  [RT_TABLE_FRAMEWORKS] = "frameworks",
  [RT_TABLE_POINTS] = "points",
  [RT_TABLE_PROPOSALS] = "proposals",
  [RT_TABLE_DIRECTIONS] = "directions",
  [RT_TABLE_PERSPECTIVES] = "perspectives",
  [RT_TABLE_CARD_POINTS] = "card_points",
  [RT_TABLE_THEME_POINTS] = "theme_points",
  [RT_TABLE_MAP_POSITIONS] = "map_positions",
  [RT_TABLE_SCENES] = "scenes",
  [RT_TABLE_ATTENDANCE] = "attendance",
  [RT_TABLE_RESPONSE_KINDS] = "response_kinds",
  [RT_TABLE_RESPONSES] = "responses",
  [RT_TABLE_RESPONSE_CARDS] = "response_cards",
  [RT_TABLE_COMMITTEE_SETTINGS] = "committee_settings",
  [RT_TABLE_PSEUDONYMS] = "pseudonyms",
  [RT_TABLE_AGENDA_ITEMS] = "agenda_items",
  [RT_TABLE_MATERIALS] = "materials",
  [RT_TABLE_FOLLOWUPS] = "followups",
  [RT_TABLE_SUMMARIES] = "summaries",
  [RT_TABLE_SUMMARY_CORRECTIONS] = "summary_corrections",
  [RT_TABLE_OUTLINES] = "outlines",
};

const char *
rt_table_get_name (RtTable table)
{
  g_return_val_if_fail (table < RT_N_TABLES, NULL);

  return table_names[table];
}

static int
table_from_name (const char *name)
{
  for (guint i = 0; i < RT_N_TABLES; i++)
    if (g_strcmp0 (table_names[i], name) == 0)
      return i;

  return -1;
}

static void
rt_store_finalize (GObject *object)
{
  RtStore *self = (RtStore *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);

  if (self->db != NULL)
    {
      if (self->depth > 0)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }

  for (guint i = 0; i < RT_N_TABLES; i++)
    g_clear_pointer (&self->changed[i], g_array_unref);
  g_clear_pointer (&self->savepoint_marks, g_array_unref);

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (rt_store_parent_class)->finalize (object);
}

static void
rt_store_class_init (RtStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_store_finalize;

  /**
   * RtStore::changed:
   * @tables: a mask of RT_TABLE_BIT() values
   *
   * Emitted after a transaction that changed rows was committed. During the
   * emission rt_store_get_changed_rows() tells which rows changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
rt_store_init (RtStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify)_rt_stmt_free);
  for (guint i = 0; i < RT_N_TABLES; i++)
    self->changed[i] = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->savepoint_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

static gboolean
is_full_errno (int sys_errno)
{
  return sys_errno == ENOSPC || sys_errno == EFBIG || sys_errno == EDQUOT;
}

/* The system error behind an SQLITE_IOERR. sqlite3_system_errno() is errno
 * as it was when SQLite noticed the error, often overwritten by then; each
 * file also keeps the errno of its own last failure. */
static int
get_system_errno (sqlite3 *db)
{
  sqlite3_file *journal = NULL;
  int sys_errno = 0;

  if (db == NULL)
    return 0;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_LAST_ERRNO, &sys_errno) == SQLITE_OK &&
      is_full_errno (sys_errno))
    return sys_errno;

  if (sqlite3_file_control (db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK &&
      journal != NULL && journal->pMethods != NULL &&
      journal->pMethods->xFileControl (journal, SQLITE_FCNTL_LAST_ERRNO, &sys_errno) == SQLITE_OK &&
      is_full_errno (sys_errno))
    return sys_errno;

  return sqlite3_system_errno (db);
}

static RtStoreError
error_code_from_sqlite (int rc,
                        int sys_errno)
{
  /* SQLite says SQLITE_FULL only for ENOSPC on a short write; a write
   * refused outright, past a quota or a file size limit, is an I/O error
   * whose system error tells the same story. */
  if ((rc & 0xff) == SQLITE_IOERR && is_full_errno (sys_errno))
    return RT_STORE_ERROR_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return RT_STORE_ERROR_LOCKED;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return RT_STORE_ERROR_READ_ONLY;
    case SQLITE_FULL:
      return RT_STORE_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return RT_STORE_ERROR_CORRUPT;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return RT_STORE_ERROR_INVALID;
    case SQLITE_CANTOPEN:
      return RT_STORE_ERROR_NOT_FOUND;
    default:
      return RT_STORE_ERROR_FAILED;
    }
}

static const char *
message_for_code (RtStoreError code)
{
  switch (code)
    {
    case RT_STORE_ERROR_LOCKED:
      return _("The committee file is in use by another program");
    case RT_STORE_ERROR_READ_ONLY:
      return _("The committee file can only be read, not changed");
    case RT_STORE_ERROR_FULL:
      return _("The disk is full; nothing was changed");
    case RT_STORE_ERROR_CORRUPT:
      return _("The committee file is damaged");
    case RT_STORE_ERROR_INVALID:
      return _("The change does not fit the committee’s data");
    case RT_STORE_ERROR_NOT_FOUND:
      return _("The committee file cannot be opened");
    case RT_STORE_ERROR_NOT_A_COMMITTEE:
    case RT_STORE_ERROR_NEWER_VERSION:
    case RT_STORE_ERROR_FAILED:
    default:
      return _("The committee file could not be read or written");
    }
}

static gboolean
set_error_from_rc (sqlite3     *db,
                   int          rc,
                   GError     **error,
                   const char  *what)
{
  RtStoreError code = error_code_from_sqlite (rc, (rc & 0xff) == SQLITE_IOERR ? get_system_errno (db) : 0);

  g_debug ("%s failed: %s (%d)", what, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc), rc);
  g_set_error (error, RT_STORE_ERROR, code, "%s (%s)",
               message_for_code (code),
               db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

gboolean
_rt_store_set_error_from_rc (RtStore     *self,
                             int          rc,
                             GError     **error,
                             const char  *what)
{
  return set_error_from_rc (self->db, rc, error, what);
}

sqlite3 *
_rt_store_get_db (RtStore *self)
{
  return self->db;
}

/**
 * rt_store_prepare:
 * @sql: one SQL statement
 *
 * Statements are prepared once and kept: the same @sql gives the same
 * statement, reset and with its bindings cleared.
 *
 * Returns: (transfer none): the statement, or %NULL with @error set
 */
RtStmt *
rt_store_prepare (RtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  RtStmt *statement;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if ((statement = g_hash_table_lookup (self->statements, sql)))
    {
      _rt_stmt_clear (statement);
      return statement;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self->db, rc, error, sql);
      return NULL;
    }

  statement = _rt_stmt_new (self, stmt);
  g_hash_table_insert (self->statements, g_strdup (sql), statement);

  return statement;
}

/**
 * rt_store_prepare_own:
 *
 * Prepares a statement that is not shared, for a query that runs while the
 * shared statement of the same SQL may be running too (nested reads).
 *
 * Returns: (transfer full): the statement, to free with rt_stmt_free()
 */
RtStmt *
rt_store_prepare_own (RtStore     *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), NULL);

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self->db, rc, error, sql);
      return NULL;
    }

  return _rt_stmt_new (self, stmt);
}

gboolean
rt_store_exec (RtStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);

  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self->db, rc, error, sql);

  return TRUE;
}

/* The id of the row the last INSERT of this connection made. */
gint64
rt_store_last_insert (RtStore *self)
{
  return sqlite3_last_insert_rowid (self->db);
}

/* The number of rows the last finished statement changed. */
int
rt_store_get_changes (RtStore *self)
{
  return sqlite3_changes (self->db);
}

static void
update_hook (void          *user_data,
             int            op,
             const char    *database,
             const char    *table,
             sqlite3_int64  rowid)
{
  RtStore *self = user_data;
  int t = table_from_name (table);

  if (t >= 0)
    g_array_append_val (self->changed[t], rowid);
}

static void
clear_changes (RtStore *self)
{
  for (guint i = 0; i < RT_N_TABLES; i++)
    g_array_set_size (self->changed[i], 0);
  self->changed_all = 0;
  g_array_set_size (self->savepoint_marks, 0);
}

/* A savepoint remembers how many changes were recorded when it began, so that
 * rolling it back forgets the changes it undid: RtStore::changed must only
 * report rows that the committed transaction really changed. */
#define MARK_SIZE (RT_N_TABLES + 1)

static void
push_savepoint_mark (RtStore *self)
{
  for (guint i = 0; i < RT_N_TABLES; i++)
    g_array_append_val (self->savepoint_marks, self->changed[i]->len);
  g_array_append_val (self->savepoint_marks, self->changed_all);
}

static void
pop_savepoint_mark (RtStore  *self,
                    gboolean  restore)
{
  guint base;

  g_assert (self->savepoint_marks->len >= MARK_SIZE);

  base = self->savepoint_marks->len - MARK_SIZE;
  if (restore)
    {
      for (guint i = 0; i < RT_N_TABLES; i++)
        g_array_set_size (self->changed[i], g_array_index (self->savepoint_marks, guint, base + i));
      self->changed_all = g_array_index (self->savepoint_marks, guint, base + RT_N_TABLES);
    }
  g_array_set_size (self->savepoint_marks, base);
}

static void
emit_changes (RtStore *self)
{
  guint mask = self->changed_all;

  for (guint i = 0; i < RT_N_TABLES; i++)
    if (self->changed[i]->len > 0)
      mask |= RT_TABLE_BIT (i);

  if (mask != 0)
    g_signal_emit (self, signals[CHANGED], 0, mask);

  clear_changes (self);
}

/**
 * rt_store_get_changed_rows:
 * @all_rows: (out): set to %TRUE when the whole table must be considered changed
 *
 * Only meaningful during RtStore::changed.
 *
 * Returns: (transfer none): the rowids that changed, possibly repeated.
 */
GArray *
rt_store_get_changed_rows (RtStore  *self,
                           RtTable   table,
                           gboolean *all_rows)
{
  g_return_val_if_fail (RT_IS_STORE (self), NULL);
  g_return_val_if_fail (table < RT_N_TABLES, NULL);

  if (all_rows)
    *all_rows = (self->changed_all & RT_TABLE_BIT (table)) != 0;

  return self->changed[table];
}

/**
 * rt_store_touch:
 *
 * Marks a whole table as changed, for changes the update hook does not see.
 */
void
rt_store_touch (RtStore *self,
                RtTable  table)
{
  g_return_if_fail (RT_IS_STORE (self));
  g_return_if_fail (table < RT_N_TABLES);

  self->changed_all |= RT_TABLE_BIT (table);

  if (self->depth == 0)
    emit_changes (self);
}

/**
 * rt_store_begin:
 *
 * Starts a transaction, or a savepoint inside the current one. Every
 * rt_store_begin() is matched by rt_store_commit() or rt_store_rollback().
 */
gboolean
rt_store_begin (RtStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY,
                           message_for_code (RT_STORE_ERROR_READ_ONLY));
      return FALSE;
    }

  if (self->depth == 0)
    {
      clear_changes (self);
      if (!rt_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
    }
  else
    {
      sql = g_strdup_printf ("SAVEPOINT rt_%u", self->depth);
      if (!rt_store_exec (self, sql, error))
        return FALSE;
      push_savepoint_mark (self);
    }

  self->depth++;

  return TRUE;
}

gboolean
rt_store_commit (RtStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      sql = g_strdup_printf ("RELEASE rt_%u", self->depth - 1);
      if (!rt_store_exec (self, sql, error))
        return FALSE;
      pop_savepoint_mark (self, FALSE);
      self->depth--;
      return TRUE;
    }

  if (!rt_store_exec (self, "COMMIT", error))
    {
      /* A failed COMMIT (disk full, I/O error) leaves the transaction open;
       * roll it back so the file stays as it was before. */
      rt_store_rollback (self);
      return FALSE;
    }

  self->depth = 0;
  emit_changes (self);

  return TRUE;
}

void
rt_store_rollback (RtStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (RT_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth > 1)
    {
      sql = g_strdup_printf ("ROLLBACK TO rt_%u; RELEASE rt_%u",
                             self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      pop_savepoint_mark (self, TRUE);
      self->depth--;
      return;
    }

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->depth = 0;
  clear_changes (self);
}

gboolean
rt_store_in_transaction (RtStore *self)
{
  g_return_val_if_fail (RT_IS_STORE (self), FALSE);

  return self->depth > 0;
}

const char *
rt_store_get_path (RtStore *self)
{
  g_return_val_if_fail (RT_IS_STORE (self), NULL);

  return self->path;
}

gboolean
rt_store_get_read_only (RtStore *self)
{
  g_return_val_if_fail (RT_IS_STORE (self), TRUE);

  return self->read_only;
}

int
rt_store_get_schema_version (RtStore *self)
{
  g_return_val_if_fail (RT_IS_STORE (self), 0);

  return self->schema_version;
}

static gboolean
query_int (RtStore     *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self->db, rc, error, sql);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW)
    return set_error_from_rc (self->db, rc, error, sql);

  return TRUE;
}

/**
 * rt_store_checkpoint:
 *
 * Moves everything committed from the WAL into the file itself. Closing does
 * it too, but says nothing when it fails: checkpointed first, a full disk is
 * an error here, not a file that silently lacks what stayed in its log.
 */
gboolean
rt_store_checkpoint (RtStore  *self,
                     GError  **error)
{
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);

  rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self->db, rc, error, "checkpoint");

  return TRUE;
}

gboolean
rt_store_check_integrity (RtStore  *self,
                          GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n_broken = 0;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_rc (self->db, rc, error, "quick_check");

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    ok = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW)
    return set_error_from_rc (self->db, rc, error, "quick_check");

  if (!ok)
    {
      g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_CORRUPT,
                           message_for_code (RT_STORE_ERROR_CORRUPT));
      return FALSE;
    }

  if (!query_int (self, "SELECT count(*) FROM pragma_foreign_key_check", &n_broken, error))
    return FALSE;

  /* A reference to a missing row is damage as much as a broken page is. */
  if (n_broken > 0)
    {
      g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_CORRUPT,
                           message_for_code (RT_STORE_ERROR_CORRUPT));
      return FALSE;
    }

  return TRUE;
}

/* Copies the database, as it is committed, to @path through the SQLite backup
 * API. The copy is written beside @path and renamed over it only when it is
 * complete, so a failure never leaves a half-written file behind.
 */
gboolean
rt_store_backup_to (RtStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *tmp_path = NULL;
  sqlite3_backup *backup;
  sqlite3 *dest = NULL;
  int rc;

  g_return_val_if_fail (RT_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strdup_printf ("%s.part", path);
  g_unlink (tmp_path);

  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  backup = sqlite3_backup_init (dest, "main", self->db, "main");
  if (backup == NULL)
    {
      rc = sqlite3_errcode (dest);
      goto failed;
    }

  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    goto failed;

  /* The copy keeps WAL mode in its header but must be one self-contained file. */
  rc = sqlite3_exec (dest, "PRAGMA journal_mode=DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  sqlite3_close_v2 (dest);
  dest = NULL;

  if (g_rename (tmp_path, path) != 0)
    {
      int errsv = errno;

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not write “%s”: %s"), path, g_strerror (errsv));
      return FALSE;
    }

  return TRUE;

failed:
  set_error_from_rc (dest, rc, error, "backup");
  if (dest != NULL)
    sqlite3_close_v2 (dest);
  g_unlink (tmp_path);
  return FALSE;
}

static gboolean
has_sqlite_header (const char  *path,
                   gboolean    *empty,
                   GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char header[16];
  gsize n_read = 0;

  if (!(stream = g_file_read (file, NULL, error)))
    return FALSE;

  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, error))
    return FALSE;

  *empty = (n_read == 0);
  if (n_read == 0)
    return TRUE;

  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_A_COMMITTEE,
                   _("“%s” is not a Ronten committee file"), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
path_is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  /* WAL needs to create files beside the database. */
  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

static gboolean
migrate (RtStore  *self,
         gint64    from,
         GError  **error)
{
  g_autofree char *backup_path = NULL;

  if (from > 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

      backup_path = g_strdup_printf ("%s.v%d-%s.bak", self->path, (int)from, stamp);
      if (!rt_store_backup_to (self, backup_path, error))
        return FALSE;
    }

  if (!rt_store_begin (self, error))
    return FALSE;

  for (gint64 v = from; v < RT_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *set_version = NULL;

      g_debug ("Migrating %s from schema %d to %d", self->path, (int)v, (int)v + 1);

      if (!rt_store_exec (self, rt_migrations[v], error))
        goto failed;

      set_version = g_strdup_printf ("PRAGMA user_version = %d", (int)v + 1);
      if (!rt_store_exec (self, set_version, error))
        goto failed;
    }

  if (from == 0)
    {
      g_autofree char *set_app = g_strdup_printf ("PRAGMA application_id = %d", RT_STORE_APPLICATION_ID);

      if (!rt_store_exec (self, set_app, error))
        goto failed;
    }

  if (!rt_store_commit (self, error))
    return FALSE;

  self->schema_version = RT_STORE_SCHEMA_VERSION;

  return TRUE;

failed:
  rt_store_rollback (self);
  return FALSE;
}

static gboolean
check_and_migrate (RtStore  *self,
                   gboolean  created,
                   GError  **error)
{
  gint64 app_id = 0;
  gint64 version = 0;
  gint64 n_objects = 0;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return FALSE;

  if (app_id == 0 && version == 0 && n_objects == 0)
    {
      if (self->read_only)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_A_COMMITTEE,
                       _("“%s” is an empty file, not a Ronten committee file"), self->path);
          return FALSE;
        }
      return migrate (self, 0, error);
    }

  if (app_id != RT_STORE_APPLICATION_ID)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_A_COMMITTEE,
                   _("“%s” is a database of another application, not a Ronten committee file"),
                   self->path);
      return FALSE;
    }

  if (version > RT_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of Ronten (file format %d, this version reads up to %d); please update Ronten"),
                   self->path, (int)version, (int)RT_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  self->schema_version = version;

  if (version < RT_STORE_SCHEMA_VERSION)
    {
      if (self->read_only)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_READ_ONLY,
                       _("“%s” uses an older file format and must be updated, but it cannot be changed"),
                       self->path);
          return FALSE;
        }
      return migrate (self, version, error);
    }

  return TRUE;
}

static RtStore *
open_store (const char        *path,
            RtStoreOpenFlags   flags,
            GError           **error)
{
  g_autoptr(RtStore) self = NULL;
  gboolean exists;
  gboolean empty = FALSE;
  int sqlite_flags;
  int rc;

  exists = g_file_test (path, G_FILE_TEST_EXISTS);

  if (!exists && !(flags & RT_STORE_OPEN_CREATE))
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                   _("“%s” does not exist"), path);
      return NULL;
    }

  if (exists && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_A_COMMITTEE,
                   _("“%s” is a folder, not a Ronten committee file"), path);
      return NULL;
    }

  if (exists && !has_sqlite_header (path, &empty, error))
    return NULL;

  self = g_object_new (RT_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = (flags & RT_STORE_OPEN_READ_ONLY) != 0 ||
                    (exists && !path_is_writable (path));

  if (self->read_only)
    sqlite_flags = SQLITE_OPEN_READONLY;
  else
    sqlite_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &self->db, sqlite_flags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK && self->read_only)
    {
      /* A WAL file in a folder we cannot write can still be read as immutable. */
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autofree char *immutable = g_strconcat (uri ? uri : path, "?immutable=1", NULL);

      sqlite3_close_v2 (self->db);
      self->db = NULL;
      rc = sqlite3_open_v2 (immutable, &self->db, sqlite_flags | SQLITE_OPEN_URI, NULL);
    }

  if (rc != SQLITE_OK)
    {
      set_error_from_rc (self->db, rc, error, "open");
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 2000);

  /* One writer per file, and no reader beside it: a second Ronten, or a
   * second connection of this one, gets SQLITE_BUSY instead of two windows
   * overwriting each other's edits. The lock is taken at once, before the
   * file is read, and held until the store is closed; the system releases
   * it when the process dies. Set before WAL is entered, exclusive mode also
   * keeps the WAL index in memory, so no -shm file is needed. */
  if (!self->read_only &&
      (!rt_store_exec (self, "PRAGMA locking_mode = EXCLUSIVE", error) ||
       !rt_store_exec (self, "BEGIN IMMEDIATE", error) ||
       !rt_store_exec (self, "COMMIT", error)))
    return NULL;

  if (!rt_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  /* The undo log is a TEMP table (rt-history.c): kept in memory, it costs
   * an import a third less than in a temporary file. */
  if (!rt_store_exec (self, "PRAGMA temp_store = MEMORY", error))
    return NULL;

  /* FULL keeps every committed edit across a crash or power loss. */
  if (!self->read_only && !rt_store_exec (self, "PRAGMA synchronous = FULL", error))
    return NULL;

  if (!check_and_migrate (self, !exists || empty, error))
    return NULL;

  /* Switching to WAL rewrites the file header, so it waits until the file is
   * known to be a committee this version may write: a database of another
   * application or of a newer Ronten must be refused untouched. */
  if (!self->read_only && !rt_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  if (!rt_store_check_integrity (self, error))
    return NULL;

  sqlite3_update_hook (self->db, update_hook, self);

  return g_steal_pointer (&self);
}

/**
 * rt_store_open:
 * @path: the committee file
 * @flags: %RT_STORE_OPEN_CREATE creates the file when missing;
 *   %RT_STORE_OPEN_READ_ONLY opens it for reading only
 *
 * Opens a committee file, creating or migrating its schema as needed. A file
 * the user cannot write is opened read-only (see rt_store_get_read_only()).
 * A writable store locks the file until it is closed: opening a file that
 * is already open for writing, in this process or another, fails with
 * %RT_STORE_ERROR_LOCKED.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
RtStore *
rt_store_open (const char        *path,
               RtStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  RtStore *self;

  g_return_val_if_fail (path != NULL, NULL);

  if ((self = open_store (path, flags, &local_error)))
    return self;

  if (g_error_matches (local_error, RT_STORE_ERROR, RT_STORE_ERROR_LOCKED))
    {
      g_clear_error (&local_error);
      g_set_error (&local_error, RT_STORE_ERROR, RT_STORE_ERROR_LOCKED,
                   _("“%s” is open in another Ronten window or program; close it there first"),
                   path);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}
