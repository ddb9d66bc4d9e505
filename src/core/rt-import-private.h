/* rt-import-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What RtImport alone may do to the objects it hands out.
 */

#pragma once

#include "rt-import-entry.h"
#include "rt-import-heading.h"
#include "rt-import-speaker.h"

G_BEGIN_DECLS

RtImportEntry   *_rt_import_entry_new                (GBytes          *source,
                                                      gsize            start,
                                                      gsize            end,
                                                      const char      *text,
                                                      const char      *speaker_label,
                                                      int              heading,
                                                      gint64           meeting_id,
                                                      RtStatementKind  kind,
                                                      const char      *answer);
void             _rt_import_entry_set_range          (RtImportEntry   *self,
                                                      gsize            start,
                                                      gsize            end);
void             _rt_import_entry_set_duplicate      (RtImportEntry   *self,
                                                      gint64           card_id,
                                                      gboolean         in_import,
                                                      const char      *text,
                                                      double           similarity,
                                                      gboolean         exact);
const char      *_rt_import_entry_get_normalized     (RtImportEntry   *self);

RtImportSpeaker *_rt_import_speaker_new              (const char      *label,
                                                      const char      *name,
                                                      const char      *role);
void             _rt_import_speaker_set_mapping      (RtImportSpeaker *self,
                                                      RtImportMatch    match,
                                                      gint64           person_id);
void             _rt_import_speaker_set_n_statements (RtImportSpeaker *self,
                                                      guint            n_statements);

RtImportHeading *_rt_import_heading_new              (const char      *text,
                                                      gsize            start,
                                                      gsize            end);
void             _rt_import_heading_set_theme_id     (RtImportHeading *self,
                                                      gint64           theme_id);
void             _rt_import_heading_set_n_statements (RtImportHeading *self,
                                                      guint            n_statements);

G_END_DECLS
