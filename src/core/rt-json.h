/* rt-json.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_JSON_FORMAT "ronten-committee"
#define RT_JSON_FORMAT_VERSION 1
#define RT_JSON_ERROR (rt_json_error_quark ())

typedef enum
{
  RT_JSON_ERROR_SYNTAX,
  RT_JSON_ERROR_INVALID,
  RT_JSON_ERROR_NEWER_VERSION,
  RT_JSON_ERROR_TOO_LARGE,
  RT_JSON_ERROR_NOT_EMPTY,
} RtJsonError;

typedef enum
{
  RT_JSON_IMPORT_DEFAULT = 0,
  /* Replace whatever the committee holds; without it, the committee must be empty. */
  RT_JSON_IMPORT_REPLACE = 1 << 0,
} RtJsonImportFlags;

GQuark    rt_json_error_quark       (void);
char     *rt_committee_export_json  (RtCommittee        *self,
                                     gsize              *length,
                                     GError            **error);
gboolean  rt_committee_import_json  (RtCommittee        *self,
                                     const char         *data,
                                     gssize              length,
                                     RtJsonImportFlags   flags,
                                     GError            **error);
gboolean  rt_committee_is_empty     (RtCommittee        *self,
                                     gboolean           *empty,
                                     GError            **error);
RtCommittee *rt_committee_create_from_json (const char  *path,
                                           const char  *data,
                                           gssize       length,
                                           GError     **error);
char     *rt_sample_committee_json  (gsize              *length,
                                     GError            **error);

G_END_DECLS
