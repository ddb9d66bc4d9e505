/* rt-import-entry.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-enums.h"

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_ENTRY (rt_import_entry_get_type ())

G_DECLARE_FINAL_TYPE (RtImportEntry, rt_import_entry, RT, IMPORT_ENTRY, GObject)

const char *rt_import_entry_get_text              (RtImportEntry *self);
void        rt_import_entry_set_text              (RtImportEntry *self,
                                                   const char    *text);
const char *rt_import_entry_get_speaker_label     (RtImportEntry *self);
void        rt_import_entry_set_speaker_label     (RtImportEntry *self,
                                                   const char    *label);
gsize       rt_import_entry_get_start             (RtImportEntry *self);
gsize       rt_import_entry_get_end               (RtImportEntry *self);
char       *rt_import_entry_dup_verbatim          (RtImportEntry *self);
gint64      rt_import_entry_get_meeting_id        (RtImportEntry *self);
void        rt_import_entry_set_meeting_id        (RtImportEntry *self,
                                                   gint64         meeting_id);
int         rt_import_entry_get_heading           (RtImportEntry *self);
void        rt_import_entry_set_heading           (RtImportEntry *self,
                                                   int            heading);
gboolean    rt_import_entry_get_included          (RtImportEntry *self);
void        rt_import_entry_set_included          (RtImportEntry *self,
                                                   gboolean       included);
gboolean    rt_import_entry_get_duplicate         (RtImportEntry *self);
gint64      rt_import_entry_get_duplicate_of      (RtImportEntry *self);
gboolean    rt_import_entry_get_duplicate_in_import (RtImportEntry *self);
const char *rt_import_entry_get_duplicate_text    (RtImportEntry *self);
double      rt_import_entry_get_similarity        (RtImportEntry *self);
gboolean    rt_import_entry_get_similar           (RtImportEntry *self);
RtStatementKind rt_import_entry_get_kind          (RtImportEntry *self);
void        rt_import_entry_set_kind              (RtImportEntry *self,
                                                   RtStatementKind kind);
const char *rt_import_entry_get_answer            (RtImportEntry *self);
void        rt_import_entry_set_answer            (RtImportEntry *self,
                                                   const char    *answer);

G_END_DECLS
