/* rt-stmt.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-stmt"

#include "config.h"

#include "rt-store-private.h"

struct _RtStmt
{
  RtStore      *store;     /* not owned: the store owns its statements */
  sqlite3_stmt *stmt;
  GHashTable   *columns;   /* column name → index + 1, made on first lookup */
  int           bind_rc;   /* the first binding error, or SQLITE_OK */
  int           changes;
};

RtStmt *
_rt_stmt_new (RtStore      *store,
                   sqlite3_stmt *stmt)
{
  RtStmt *self = g_new0 (RtStmt, 1);

  self->store = store;
  self->stmt = stmt;
  self->bind_rc = SQLITE_OK;

  return self;
}

void
_rt_stmt_free (RtStmt *self)
{
  g_clear_pointer (&self->stmt, sqlite3_finalize);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_free (self);
}

void
rt_stmt_free (RtStmt *self)
{
  _rt_stmt_free (self);
}

/* Makes the statement ready for new bindings, as rt_store_prepare() hands it out. */
void
_rt_stmt_clear (RtStmt *self)
{
  sqlite3_reset (self->stmt);
  sqlite3_clear_bindings (self->stmt);
  self->bind_rc = SQLITE_OK;
}

static void
keep_bind_rc (RtStmt *self,
              int          rc)
{
  if (rc != SQLITE_OK && self->bind_rc == SQLITE_OK)
    self->bind_rc = rc;
}

void
rt_stmt_bind_int (RtStmt *self,
                       int          param,
                       int          value)
{
  keep_bind_rc (self, sqlite3_bind_int (self->stmt, param, value));
}

void
rt_stmt_bind_int64 (RtStmt *self,
                         int          param,
                         gint64       value)
{
  keep_bind_rc (self, sqlite3_bind_int64 (self->stmt, param, value));
}

void
rt_stmt_bind_double (RtStmt *self,
                          int          param,
                          double       value)
{
  keep_bind_rc (self, sqlite3_bind_double (self->stmt, param, value));
}

/* A NULL @text binds SQL NULL. */
void
rt_stmt_bind_text (RtStmt *self,
                        int          param,
                        const char  *text)
{
  if (text == NULL)
    keep_bind_rc (self, sqlite3_bind_null (self->stmt, param));
  else
    keep_bind_rc (self, sqlite3_bind_text (self->stmt, param, text, -1, SQLITE_TRANSIENT));
}

/* Binds @length bytes of @text, which must stay alive until the statement is
 * stepped: a slice of a long source is not copied. */
void
rt_stmt_bind_text_len (RtStmt *self,
                            int          param,
                            const char  *text,
                            gsize        length)
{
  if (length > G_MAXINT)
    keep_bind_rc (self, SQLITE_TOOBIG);
  else
    keep_bind_rc (self, sqlite3_bind_text (self->stmt, param, text, (int)length, SQLITE_STATIC));
}

/* Ids of 0 or less mean "none" and bind SQL NULL. */
void
rt_stmt_bind_id (RtStmt *self,
                      int          param,
                      gint64       id)
{
  if (id <= 0)
    keep_bind_rc (self, sqlite3_bind_null (self->stmt, param));
  else
    keep_bind_rc (self, sqlite3_bind_int64 (self->stmt, param, id));
}

void
rt_stmt_bind_null (RtStmt *self,
                        int          param)
{
  keep_bind_rc (self, sqlite3_bind_null (self->stmt, param));
}

int
rt_stmt_get_n_params (RtStmt *self)
{
  return sqlite3_bind_parameter_count (self->stmt);
}

static gboolean
report_bind_error (RtStmt  *self,
                   GError      **error)
{
  if (self->bind_rc == SQLITE_OK)
    return FALSE;

  _rt_store_set_error_from_rc (self->store, self->bind_rc, error, sqlite3_sql (self->stmt));
  sqlite3_reset (self->stmt);
  return TRUE;
}

/**
 * rt_stmt_step:
 * @has_row: (out): whether a row is there to read
 *
 * Steps to the next row. At the end, or on error, the statement is reset.
 *
 * Returns: %FALSE with @error set when the statement failed
 */
gboolean
rt_stmt_step (RtStmt  *self,
                   gboolean     *has_row,
                   GError      **error)
{
  int rc;

  *has_row = FALSE;

  if (report_bind_error (self, error))
    return FALSE;

  rc = sqlite3_step (self->stmt);
  if (rc == SQLITE_ROW)
    {
      *has_row = TRUE;
      return TRUE;
    }

  self->changes = sqlite3_changes (_rt_store_get_db (self->store));
  sqlite3_reset (self->stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  return _rt_store_set_error_from_rc (self->store, rc, error, sqlite3_sql (self->stmt));
}

/**
 * rt_stmt_run:
 *
 * Runs a statement that changes rows (or whose rows are not wanted) to its
 * end; rt_stmt_get_changes() then tells how many rows it changed.
 */
gboolean
rt_stmt_run (RtStmt  *self,
                  GError      **error)
{
  gboolean has_row;

  do
    if (!rt_stmt_step (self, &has_row, error))
      return FALSE;
  while (has_row);

  return TRUE;
}

/**
 * rt_stmt_insert:
 *
 * Runs an INSERT.
 *
 * Returns: the id of the new row, or 0 with @error set
 */
gint64
rt_stmt_insert (RtStmt  *self,
                     GError      **error)
{
  if (!rt_stmt_run (self, error))
    return 0;

  return sqlite3_last_insert_rowid (_rt_store_get_db (self->store));
}

int
rt_stmt_get_changes (RtStmt *self)
{
  return self->changes;
}

/* Lets go of the current row before the end, so the statement holds no read lock. */
void
rt_stmt_reset (RtStmt *self)
{
  sqlite3_reset (self->stmt);
}

const char *
rt_stmt_get_sql (RtStmt *self)
{
  return sqlite3_sql (self->stmt);
}

/**
 * rt_stmt_column:
 * @name: the name of a result column (after AS)
 *
 * Returns: the index of the column called @name; asking for a column the
 *   statement does not have is a programming error
 */
int
rt_stmt_column (RtStmt *self,
                     const char  *name)
{
  gpointer index;

  if (self->columns == NULL)
    {
      int n = sqlite3_column_count (self->stmt);

      /* Names are copied: SQLite's strings last only until the next step. */
      self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (int i = 0; i < n; i++)
        g_hash_table_insert (self->columns, g_strdup (sqlite3_column_name (self->stmt, i)),
                             GINT_TO_POINTER (i + 1));
    }

  index = g_hash_table_lookup (self->columns, name);
  if (index == NULL)
    g_error ("No column “%s” in %s", name, sqlite3_sql (self->stmt));

  return GPOINTER_TO_INT (index) - 1;
}

gint64
rt_stmt_get_int64 (RtStmt *self,
                        int          column)
{
  return sqlite3_column_int64 (self->stmt, column);
}

int
rt_stmt_get_int (RtStmt *self,
                      int          column)
{
  return sqlite3_column_int (self->stmt, column);
}

double
rt_stmt_get_double (RtStmt *self,
                         int          column)
{
  return sqlite3_column_double (self->stmt, column);
}

/* Returns: (transfer none): the text of @column, "" for NULL */
const char *
rt_stmt_get_text (RtStmt *self,
                       int          column)
{
  const char *text = (const char *)sqlite3_column_text (self->stmt, column);

  return text ? text : "";
}

gboolean
rt_stmt_is_null (RtStmt *self,
                      int          column)
{
  return sqlite3_column_type (self->stmt, column) == SQLITE_NULL;
}
