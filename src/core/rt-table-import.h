/* rt-table-import.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"
#include "rt-sheet.h"

G_BEGIN_DECLS

/* Importing opinions from a table (rt-sheet.h): public comments, survey
 * answers, a member's written opinions, or a table Ronten exported. Each
 * row below the header becomes one card: its text from one column, and,
 * when their columns are given, its speaker (an existing person matched by
 * alias, by name and role, by name alone, or a new person), its theme (an
 * existing theme of that name, or a new one; no column: the 未分類 inbox),
 * the theme's handout label, its date and its meeting. Rows without text are
 * skipped and counted.
 *
 * Nothing is stored until rt_committee_import_table(), which stores the
 * table as a source, the new people, meetings, labels and themes, and the
 * cards in one transaction, one undo step; on any error nothing is stored.
 */

typedef struct
{
  int       text;            /* column index (from 0); required */
  int       speaker;         /* -1: none */
  int       category;        /* -1: none, the cards go to the inbox */
  int       label;           /* -1: none; the handout label of new themes */
  int       date;            /* -1: none */
  int       meeting;         /* -1: none; "第3回" or "3" */
  int       meeting_number;  /* without a meeting column: the meeting of every card, 0 for none */
  gboolean  header;          /* the first row holds titles, not an opinion */
} RtTableMapping;

/* How a row will be stored: what the preview shows. */
typedef struct
{
  guint     line;             /* in the file (CSV) or the sheet */
  char     *text;             /* trimmed; "" when the row is skipped */
  char     *speaker;
  gboolean  speaker_is_new;   /* no such person yet */
  char     *category;
  gboolean  category_is_new;  /* no such theme yet */
  char     *label;
  char     *date;             /* the cell as written */
  char     *iso_date;         /* as understood, or NULL */
  int       meeting;          /* 0: none */
  gboolean  duplicate;        /* an existing card has the same text */
} RtTableEntry;

typedef struct
{
  guint    n_rows;            /* rows below the header */
  guint    n_cards;           /* cards stored */
  guint    n_skipped;         /* rows without text */
  guint    n_duplicates;      /* stored cards whose text an existing card has */
  guint    n_bad_dates;       /* dates not understood; the cards are dated today */
  guint    n_new_people;
  guint    n_new_themes;
  guint    n_new_labels;
  guint    n_new_meetings;
  gint64   source_id;
} RtTableImportResult;

void          rt_table_mapping_init        (RtTableMapping             *mapping);
gboolean      rt_table_mapping_check       (const RtTableMapping       *mapping,
                                            const RtSheet              *sheet,
                                            GError                    **error);

GPtrArray    *rt_table_import_preview      (RtCommittee                *committee,
                                            const RtSheet              *sheet,
                                            const RtTableMapping       *mapping,
                                            guint                       max_rows,
                                            GError                    **error);
void          rt_table_entry_free          (RtTableEntry               *entry);

char         *rt_table_parse_date          (const char                 *text);

gboolean      rt_committee_import_table    (RtCommittee                *committee,
                                            const RtSheet              *sheet,
                                            const RtTableMapping       *mapping,
                                            const char                 *title,
                                            RtTableImportResult        *result,
                                            GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtTableEntry, rt_table_entry_free)

G_END_DECLS
