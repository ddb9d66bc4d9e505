/* rt-store.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RT_STORE_ERROR (rt_store_error_quark ())

typedef enum
{
  RT_STORE_ERROR_FAILED,
  RT_STORE_ERROR_NOT_FOUND,
  RT_STORE_ERROR_NOT_A_COMMITTEE,
  RT_STORE_ERROR_NEWER_VERSION,
  RT_STORE_ERROR_CORRUPT,
  RT_STORE_ERROR_READ_ONLY,
  RT_STORE_ERROR_LOCKED,
  RT_STORE_ERROR_FULL,
  RT_STORE_ERROR_INVALID,
} RtStoreError;

/* The application_id of a committee file: "RTN1" read as a big-endian integer. */
#define RT_STORE_APPLICATION_ID 0x52544e31
/* The schema a committee file is brought to: as many versions as
 * rt-schema.c has migrations. */
#define RT_STORE_SCHEMA_VERSION ((int)rt_store_schema_version ())

typedef enum
{
  RT_STORE_OPEN_DEFAULT   = 0,
  RT_STORE_OPEN_CREATE    = 1 << 0,
  RT_STORE_OPEN_READ_ONLY = 1 << 1,
} RtStoreOpenFlags;

#define RT_TYPE_STORE (rt_store_get_type ())

G_DECLARE_FINAL_TYPE (RtStore, rt_store, RT, STORE, GObject)

GQuark       rt_store_error_quark        (void);
guint        rt_store_schema_version     (void);
RtStore     *rt_store_open               (const char        *path,
                                          RtStoreOpenFlags   flags,
                                          GError           **error);
const char  *rt_store_get_path           (RtStore           *self);
gboolean     rt_store_get_read_only      (RtStore           *self);
int          rt_store_get_schema_version (RtStore           *self);
gboolean     rt_store_begin              (RtStore           *self,
                                          GError           **error);
gboolean     rt_store_commit             (RtStore           *self,
                                          GError           **error);
void         rt_store_rollback           (RtStore           *self);
gboolean     rt_store_in_transaction     (RtStore           *self);
gboolean     rt_store_checkpoint         (RtStore           *self,
                                          GError           **error);
gboolean     rt_store_check_integrity    (RtStore           *self,
                                          GError           **error);
gboolean     rt_store_backup_to          (RtStore           *self,
                                          const char        *path,
                                          GError           **error);

G_END_DECLS
