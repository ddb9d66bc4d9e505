/* rt-import-speaker.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * RtImportMatch:
 * @RT_IMPORT_MATCH_UNKNOWN: no person: the cards will have no speaker
 * @RT_IMPORT_MATCH_ALIAS: an existing person who has the label as an alias
 * @RT_IMPORT_MATCH_NAME_ROLE: an existing person with the label's name and role
 * @RT_IMPORT_MATCH_NAME: the only existing person with the label's name
 * @RT_IMPORT_MATCH_ROLE: the only existing person with the label's role
 * @RT_IMPORT_MATCH_NEW: a new person, made from the label's name and role
 * @RT_IMPORT_MATCH_CHOSEN: a person the user chose
 *
 * How a speaker label of the minutes was mapped to a person.
 */
typedef enum
{
  RT_IMPORT_MATCH_UNKNOWN,
  RT_IMPORT_MATCH_ALIAS,
  RT_IMPORT_MATCH_NAME_ROLE,
  RT_IMPORT_MATCH_NAME,
  RT_IMPORT_MATCH_ROLE,
  RT_IMPORT_MATCH_NEW,
  RT_IMPORT_MATCH_CHOSEN,
} RtImportMatch;

#define RT_TYPE_IMPORT_MATCH (rt_import_match_get_type ())
#define RT_TYPE_IMPORT_SPEAKER (rt_import_speaker_get_type ())

GType rt_import_match_get_type (void);

G_DECLARE_FINAL_TYPE (RtImportSpeaker, rt_import_speaker, RT, IMPORT_SPEAKER, GObject)

const char    *rt_import_speaker_get_label        (RtImportSpeaker *self);
const char    *rt_import_speaker_get_name         (RtImportSpeaker *self);
void           rt_import_speaker_set_name         (RtImportSpeaker *self,
                                                   const char      *name);
const char    *rt_import_speaker_get_role         (RtImportSpeaker *self);
void           rt_import_speaker_set_role         (RtImportSpeaker *self,
                                                   const char      *role);
RtImportMatch  rt_import_speaker_get_match        (RtImportSpeaker *self);
gint64         rt_import_speaker_get_person_id    (RtImportSpeaker *self);
void           rt_import_speaker_set_person_id    (RtImportSpeaker *self,
                                                   gint64           person_id);
gboolean       rt_import_speaker_get_create       (RtImportSpeaker *self);
void           rt_import_speaker_set_create       (RtImportSpeaker *self,
                                                   gboolean         create);
guint          rt_import_speaker_get_n_statements (RtImportSpeaker *self);

G_END_DECLS
