/* rt-import.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Importing minutes: from a pasted or decoded minutes text to reviewed
 * opinion cards, with nothing lost.
 *
 * An RtImport is a review session. It parses the text (rt-minutes.h) into
 * entries, one per statement, maps each speaker label to a person, flags
 * entries that repeat an existing card or an earlier entry, and offers the
 * headings as new themes. Nothing is stored until rt_import_commit(), which
 * writes the verbatim source, the new people, the remembered aliases, the
 * accepted themes and the cards in one transaction; on any error nothing is
 * stored. Dropping the RtImport without committing is cancelling.
 */

#pragma once

#include <gio/gio.h>

#include "rt-committee.h"
#include "rt-import-entry.h"
#include "rt-import-heading.h"
#include "rt-import-speaker.h"
#include "rt-minutes.h"

G_BEGIN_DECLS

#define RT_IMPORT_ERROR (rt_import_error_quark ())

typedef enum
{
  RT_IMPORT_ERROR_INVALID,
  RT_IMPORT_ERROR_COMMITTED,
  RT_IMPORT_ERROR_SPLIT,
  RT_IMPORT_ERROR_MERGE,
  RT_IMPORT_ERROR_TOO_LARGE,
  RT_IMPORT_ERROR_EMPTY,
} RtImportError;

/* The largest minutes text one import takes, in bytes: some 30 meetings'
 * worth. The duplicate scan grows faster than the text, so a bigger file
 * is refused with a message rather than left to run for hours. */
#define RT_IMPORT_MAX_INPUT ((gsize) 4 * 1024 * 1024)

/* Entries at least this alike (Dice of character bigrams) are flagged as
 * similar; only the same text by the same speaker is a duplicate. */
#define RT_IMPORT_DUPLICATE_THRESHOLD 0.85

/**
 * RtImportSummary:
 * @n_statements: entries in the import
 * @n_speakers: distinct speaker labels
 * @n_unattributed: entries without a speaker label
 * @n_unused: unused spans
 * @n_unused_chars: characters in the unused spans
 * @n_duplicates: entries that are an existing card: same speaker, same text
 * @n_internal_duplicates: entries that repeat an earlier entry of the import
 * @n_similar: entries only resembling a card or an earlier entry (another
 *   speaker, other words or numbers), flagged but kept
 * @n_included: entries that will become cards
 * @source_id: after a commit, the stored source
 * @meeting_id: after a commit, the meeting of the cards, or 0
 * @meeting_created: after a commit, whether the meeting was created
 * @n_cards: after a commit, the cards stored
 * @n_skipped_duplicates: after a commit, duplicates not stored
 * @n_excluded: after a commit, other entries not stored
 * @n_new_people: after a commit, people created
 * @n_new_aliases: after a commit, aliases remembered for existing people
 * @n_new_themes: after a commit, themes created
 * @n_answers: after a commit, answers stored with their cards (a public
 *   comment's 市の考え方)
 */
typedef struct
{
  guint    n_statements;
  guint    n_speakers;
  guint    n_unattributed;
  guint    n_unused;
  guint    n_unused_chars;
  guint    n_duplicates;
  guint    n_internal_duplicates;
  guint    n_similar;
  guint    n_included;
  gint64   source_id;
  gint64   meeting_id;
  gboolean meeting_created;
  guint    n_cards;
  guint    n_skipped_duplicates;
  guint    n_excluded;
  guint    n_new_people;
  guint    n_new_aliases;
  guint    n_new_themes;
  guint    n_answers;
} RtImportSummary;

#define RT_TYPE_IMPORT (rt_import_get_type ())

G_DECLARE_FINAL_TYPE (RtImport, rt_import, RT, IMPORT, GObject)

GQuark       rt_import_error_quark          (void);

RtImport    *rt_import_new                  (RtCommittee          *committee,
                                             const char           *text,
                                             gssize                length,
                                             gint64                meeting_id,
                                             GCancellable         *cancellable,
                                             GError              **error);
void         rt_import_new_async            (RtCommittee          *committee,
                                             const char           *text,
                                             gssize                length,
                                             gint64                meeting_id,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
RtImport    *rt_import_new_finish           (GAsyncResult         *result,
                                             GError              **error);
RtImport    *rt_import_new_full             (RtCommittee          *committee,
                                             const char           *text,
                                             gssize                length,
                                             gint64                meeting_id,
                                             RtMinutesConvention   convention,
                                             GCancellable         *cancellable,
                                             GError              **error);

RtMinutesConvention rt_import_get_convention (RtImport            *self);
gboolean     rt_import_get_convention_found (RtImport             *self);
gboolean     rt_import_recut                (RtImport             *self,
                                             RtMinutesConvention   convention,
                                             GCancellable         *cancellable,
                                             GError              **error);
void         rt_import_recut_async          (RtImport             *self,
                                             RtMinutesConvention   convention,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean     rt_import_recut_finish         (RtImport             *self,
                                             GAsyncResult         *result,
                                             GError              **error);
gboolean     rt_import_get_header           (RtImport             *self,
                                             gsize                *start,
                                             gsize                *end);
char        *rt_import_dup_header_text      (RtImport             *self);
const char * const *rt_import_get_attendees (RtImport             *self);
void         rt_import_set_speaker_included (RtImport             *self,
                                             const char           *label,
                                             gboolean              included);

RtCommittee *rt_import_get_committee        (RtImport             *self);
const char  *rt_import_get_text             (RtImport             *self,
                                             gsize                *length);
char        *rt_import_dup_slice            (RtImport             *self,
                                             gsize                 start,
                                             gsize                 end);
const char  *rt_import_get_title            (RtImport             *self);
void         rt_import_set_title            (RtImport             *self,
                                             const char           *title);
gint64       rt_import_get_meeting_id       (RtImport             *self);
void         rt_import_set_meeting_id       (RtImport             *self,
                                             gint64                meeting_id);
int          rt_import_get_new_meeting_number (RtImport           *self);
void         rt_import_set_new_meeting_number (RtImport           *self,
                                             int                   number);
gboolean     rt_import_get_committed        (RtImport             *self);
guint        rt_import_get_n_included       (RtImport             *self);

GListModel  *rt_import_get_entries          (RtImport             *self);
GListModel  *rt_import_get_speakers         (RtImport             *self);
GListModel  *rt_import_get_headings         (RtImport             *self);
RtImportSpeaker *rt_import_find_speaker     (RtImport             *self,
                                             const char           *label);

guint        rt_import_get_n_unused         (RtImport             *self);
void         rt_import_get_unused           (RtImport             *self,
                                             guint                 i,
                                             gsize                *start,
                                             gsize                *end);
char        *rt_import_dup_unused_text      (RtImport             *self);

void         rt_import_set_entry_text       (RtImport             *self,
                                             RtImportEntry        *entry,
                                             const char           *text);
void         rt_import_set_entry_speaker_label (RtImport          *self,
                                             RtImportEntry        *entry,
                                             const char           *label);
gboolean     rt_import_split_entry          (RtImport             *self,
                                             RtImportEntry        *entry,
                                             gsize                 text_offset,
                                             GError              **error);
gboolean     rt_import_merge_entry          (RtImport             *self,
                                             RtImportEntry        *entry,
                                             GError              **error);

void         rt_import_get_summary          (RtImport             *self,
                                             RtImportSummary      *summary);
gboolean     rt_import_commit               (RtImport             *self,
                                             GError              **error);

G_END_DECLS
