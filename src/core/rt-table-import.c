/* rt-table-import.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-table-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-minutes.h"
#include "rt-similarity.h"
#include "rt-date.h"
#include "rt-table-import.h"

/* See rt-table-import.h. What the import needs to know of the committee
 * (people and their aliases, themes, labels, meetings, card texts) is read
 * from the committee's models, without SQL; the rows are resolved against
 * it; rt_committee_import_table() alone writes, and holds all the SQL of the
 * import. */

typedef struct
{
  gint64  id;
  char   *name;   /* normalized */
  char   *role;
} PersonInfo;

typedef struct
{
  GArray     *people;            /* PersonInfo */
  GHashTable *people_by_alias;   /* normalized label → gint64 * */
  GHashTable *themes;            /* name → gint64 * (the first on the board) */
  GHashTable *labels;            /* name → gint64 * */
  GHashTable *meetings;          /* number → gint64 * */
  GHashTable *texts;             /* normalized card texts */
} Known;

static gint64 *
new_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
person_info_clear (gpointer data)
{
  PersonInfo *p = data;

  g_free (p->name);
  g_free (p->role);
}

static void
known_clear (Known *known)
{
  g_clear_pointer (&known->people, g_array_unref);
  g_clear_pointer (&known->people_by_alias, g_hash_table_unref);
  g_clear_pointer (&known->themes, g_hash_table_unref);
  g_clear_pointer (&known->labels, g_hash_table_unref);
  g_clear_pointer (&known->meetings, g_hash_table_unref);
  g_clear_pointer (&known->texts, g_hash_table_unref);
}

static void
known_init (Known       *known,
            RtCommittee *committee,
            gboolean     with_texts)
{
  GListModel *model;
  guint n;

  known->people = g_array_new (FALSE, TRUE, sizeof (PersonInfo));
  g_array_set_clear_func (known->people, person_info_clear);
  known->people_by_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known->themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known->labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known->meetings = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  known->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  model = rt_committee_get_people (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (model, i);
      const char * const *aliases = rt_person_get_aliases (person);
      PersonInfo info = {
        rt_person_get_id (person),
        rt_similarity_normalize (rt_person_get_name (person), -1),
        rt_similarity_normalize (rt_person_get_role (person), -1),
      };

      g_array_append_val (known->people, info);
      for (guint j = 0; aliases != NULL && aliases[j] != NULL; j++)
        g_hash_table_insert (known->people_by_alias, rt_similarity_normalize (aliases[j], -1), new_id (info.id));
      /* The name as shown is an alias too: 林委員 finds 林 + 委員. */
      {
        char *shown = rt_similarity_normalize (rt_person_get_display_name (person), -1);

        if (shown[0] != '\0' && !g_hash_table_contains (known->people_by_alias, shown))
          g_hash_table_insert (known->people_by_alias, shown, new_id (info.id));
        else
          g_free (shown);
      }
    }

  model = rt_committee_get_themes (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);

      if (!g_hash_table_contains (known->themes, rt_theme_get_name (theme)))
        g_hash_table_insert (known->themes, g_strdup (rt_theme_get_name (theme)), new_id (rt_theme_get_id (theme)));
    }

  model = rt_committee_get_labels (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);

      if (!g_hash_table_contains (known->labels, rt_label_get_name (label)))
        g_hash_table_insert (known->labels, g_strdup (rt_label_get_name (label)), new_id (rt_label_get_id (label)));
    }

  model = rt_committee_get_meetings (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (model, i);

      g_hash_table_insert (known->meetings, GINT_TO_POINTER (rt_meeting_get_number (meeting)),
                           new_id (rt_meeting_get_id (meeting)));
    }

  if (!with_texts)
    return;

  model = rt_committee_get_cards (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);

      g_hash_table_add (known->texts, rt_similarity_normalize (rt_card_get_text (card), -1));
    }
}

/* The person a speaker label names: by alias (or the name as shown), by
 * name and role, by name alone or role alone when only one person has it.
 * 0 when none: a new person. */
static gint64
find_person (Known      *known,
             const char *label)
{
  g_autofree char *key = rt_similarity_normalize (label, -1);
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *norm_name = NULL;
  g_autofree char *norm_role = NULL;
  gint64 *id;

  if ((id = g_hash_table_lookup (known->people_by_alias, key)))
    return *id;

  if (!rt_minutes_split_speaker (label, &name, &role))
    return 0;

  norm_name = name ? rt_similarity_normalize (name, -1) : NULL;
  norm_role = role ? rt_similarity_normalize (role, -1) : NULL;

  if (norm_name != NULL && norm_role != NULL)
    for (guint i = 0; i < known->people->len; i++)
      {
        const PersonInfo *p = &g_array_index (known->people, PersonInfo, i);

        if (g_str_equal (p->name, norm_name) && g_str_equal (p->role, norm_role))
          return p->id;
      }

  if (norm_name != NULL || norm_role != NULL)
    {
      gint64 found = 0;
      guint n_found = 0;

      for (guint i = 0; i < known->people->len; i++)
        {
          const PersonInfo *p = &g_array_index (known->people, PersonInfo, i);

          if (norm_name != NULL ? g_str_equal (p->name, norm_name) : g_str_equal (p->role, norm_role))
            {
              found = p->id;
              n_found++;
            }
        }
      if (n_found == 1)
        return found;
    }

  return 0;
}

/* "第３回", "3", "第3回会議" → 3; 0 when it names no meeting. */
static int
parse_meeting (const char *text)
{
  g_autofree char *norm = g_utf8_normalize (text ? text : "", -1, G_NORMALIZE_NFKC);
  const char *p = norm;
  int number = 0;

  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "第"))
    p += strlen ("第");
  if (!g_ascii_isdigit (*p))
    return 0;
  while (g_ascii_isdigit (*p) && number < 100000)
    number = number * 10 + (*p++ - '0');

  return number > 0 && number < 100000 ? number : 0;
}

/**
 * rt_table_parse_date:
 *
 * The dates of spreadsheets and Japanese documents: see rt_date_parse_text().
 *
 * Returns: (transfer full) (nullable): the ISO date, or %NULL
 */
char *
rt_table_parse_date (const char *text)
{
  return rt_date_parse_text (text);
}

void
rt_table_mapping_init (RtTableMapping *mapping)
{
  g_return_if_fail (mapping != NULL);

  mapping->text = -1;
  mapping->speaker = -1;
  mapping->category = -1;
  mapping->label = -1;
  mapping->date = -1;
  mapping->meeting = -1;
  mapping->meeting_number = 0;
  mapping->header = TRUE;
}

/**
 * rt_table_mapping_check:
 *
 * Returns: %TRUE when every column of @mapping is a column of @sheet
 */
gboolean
rt_table_mapping_check (const RtTableMapping  *mapping,
                        const RtSheet         *sheet,
                        GError               **error)
{
  const int columns[] = { mapping->speaker, mapping->category, mapping->label, mapping->date, mapping->meeting };
  guint n = rt_sheet_get_n_columns (sheet);

  if (mapping->text < 0)
    {
      g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN, _("Choose the column that holds the opinions."));
      return FALSE;
    }

  if ((guint)mapping->text >= n)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN,
                   _("The table has %u columns; there is no column %d."), n, mapping->text + 1);
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (columns[i] >= (int)n)
      {
        g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN,
                     _("The table has %u columns; there is no column %d."), n, columns[i] + 1);
        return FALSE;
      }

  if (mapping->meeting_number < 0 || mapping->meeting_number >= 100000)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN, _("No meeting has the number %d."),
                   mapping->meeting_number);
      return FALSE;
    }

  return TRUE;
}

static char *
cell (const RtSheet *sheet,
      guint          row,
      int            column)
{
  return column >= 0 ? g_strstrip (g_strdup (rt_sheet_get_cell (sheet, row, column))) : g_strdup ("");
}

static RtTableEntry *
read_entry (Known                *known,
            const RtSheet        *sheet,
            const RtTableMapping *mapping,
            guint                 row)
{
  RtTableEntry *entry = g_new0 (RtTableEntry, 1);

  entry->line = rt_sheet_get_line (sheet, row);
  entry->text = cell (sheet, row, mapping->text);
  entry->speaker = cell (sheet, row, mapping->speaker);
  entry->category = cell (sheet, row, mapping->category);
  entry->label = cell (sheet, row, mapping->label);
  entry->date = cell (sheet, row, mapping->date);
  entry->iso_date = rt_table_parse_date (entry->date);
  entry->meeting = mapping->meeting >= 0 ? parse_meeting (rt_sheet_get_cell (sheet, row, mapping->meeting))
                                         : mapping->meeting_number;

  entry->speaker_is_new = entry->speaker[0] != '\0' && find_person (known, entry->speaker) == 0;
  entry->category_is_new = entry->category[0] != '\0' && !g_hash_table_contains (known->themes, entry->category);

  if (entry->text[0] != '\0' && g_hash_table_size (known->texts) > 0)
    {
      g_autofree char *norm = rt_similarity_normalize (entry->text, -1);

      entry->duplicate = g_hash_table_contains (known->texts, norm);
    }

  return entry;
}

void
rt_table_entry_free (RtTableEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->text);
  g_free (entry->speaker);
  g_free (entry->category);
  g_free (entry->label);
  g_free (entry->date);
  g_free (entry->iso_date);
  g_free (entry);
}

/**
 * rt_table_import_preview:
 * @max_rows: how many rows to show, from the first below the header
 *
 * How the first rows of @sheet would be stored, without storing anything.
 *
 * Returns: (transfer full) (element-type RtTableEntry): the entries, or
 *   %NULL with @error set when the mapping does not fit the table
 */
GPtrArray *
rt_table_import_preview (RtCommittee           *committee,
                         const RtSheet         *sheet,
                         const RtTableMapping  *mapping,
                         guint                  max_rows,
                         GError               **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_table_entry_free);
  Known known = { 0, };
  guint first = mapping->header ? 1 : 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (sheet != NULL && mapping != NULL, NULL);

  if (!rt_table_mapping_check (mapping, sheet, error))
    return NULL;

  known_init (&known, committee, TRUE);
  for (guint r = first; r < rt_sheet_get_n_rows (sheet) && r - first < max_rows; r++)
    g_ptr_array_add (entries, read_entry (&known, sheet, mapping, r));
  known_clear (&known);

  return g_steal_pointer (&entries);
}

static gint64
lookup (GHashTable    *table,
        gconstpointer  key)
{
  gint64 *id = g_hash_table_lookup (table, key);

  return id ? *id : 0;
}

static char *
timestamp_for (const char *iso_date,
               const char *now)
{
  int y, m, d;
  g_autoptr(GDateTime) when = NULL;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !(when = g_date_time_new_local (y, m, d, 0, 0, 0)))
    return g_strdup (now);

  return g_date_time_format (when, "%FT%T%:z");
}

/**
 * rt_committee_import_table:
 * @title: the title of the source, such as the file's name
 * @result: (out caller-allocates) (optional): what was stored
 *
 * Stores one card per row of @sheet below its header that has text, as
 * @mapping says, in one transaction and one undo step: the table as a
 * source (each card points to its row), the meetings, people, labels and
 * themes it names that the committee lacks, and the cards, at the end of
 * their theme or of the 未分類 inbox. On any error nothing is stored.
 *
 * All the SQL of the import is in this function.
 *
 * Returns: %TRUE on success
 */
gboolean
rt_committee_import_table (RtCommittee           *committee,
                           const RtSheet         *sheet,
                           const RtTableMapping  *mapping,
                           const char            *title,
                           RtTableImportResult   *result,
                           GError               **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_table_entry_free);
  g_autoptr(GHashTable) speaker_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *text = NULL;
  RtTableImportResult summary = { 0, };
  Known known = { 0, };
  guint first = mapping->header ? 1 : 0;
  gboolean ok = FALSE;
  gboolean in_batch = FALSE;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), FALSE);
  g_return_val_if_fail (sheet != NULL && mapping != NULL, FALSE);

  if (!rt_table_mapping_check (mapping, sheet, error))
    return FALSE;

  /* Resolve every row against the committee before anything is written. */
  known_init (&known, committee, TRUE);
  for (guint r = first; r < rt_sheet_get_n_rows (sheet); r++)
    {
      RtTableEntry *entry = read_entry (&known, sheet, mapping, r);

      summary.n_rows++;
      if (entry->text[0] == '\0')
        summary.n_skipped++;
      g_ptr_array_add (entries, entry);
    }

  if (summary.n_rows == summary.n_skipped)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_EMPTY,
                   _("No row of the table has text in the column “%s”."),
                   mapping->header ? rt_sheet_get_cell (sheet, 0, mapping->text) : "");
      known_clear (&known);
      return FALSE;
    }

  text = rt_sheet_to_text (sheet, &offsets);

  /* One change, written by the same writers as the board's and the minutes
   * import's (rt-committee-private.h). */
  if (!rt_committee_begin_change (committee, _("Import Opinions from a Table"), error))
    {
      known_clear (&known);
      return FALSE;
    }

  /* The meetings the rows name. */
  for (guint i = 0; i < entries->len; i++)
    {
      RtTableEntry *entry = entries->pdata[i];
      g_autofree char *meeting_title = NULL;
      gint64 id;

      if (entry->text[0] == '\0' || entry->meeting <= 0 ||
          g_hash_table_contains (known.meetings, GINT_TO_POINTER (entry->meeting)))
        continue;

      /* Translators: the title of a meeting created by an import; 第%d回 in Japanese. */
      meeting_title = g_strdup_printf (_("Meeting %d"), entry->meeting);
      if (!(id = rt_committee_insert_meeting (committee, entry->meeting, meeting_title, NULL, error)))
        goto out;
      g_hash_table_insert (known.meetings, GINT_TO_POINTER (entry->meeting), new_id (id));
      summary.n_new_meetings++;
    }

  /* The table itself, verbatim as CSV: each card points to its row. */
  if (!(summary.source_id = rt_committee_insert_source (committee,
                                                        mapping->meeting < 0
                                                        ? lookup (known.meetings, GINT_TO_POINTER (mapping->meeting_number))
                                                        : 0,
                                                        title ? title : "", text, strlen (text), error)))
    goto out;

  /* Many cards: written as one batch (rt_committee_begin_card_batch()). */
  if (!rt_committee_begin_card_batch (committee, error))
    goto out;
  in_batch = TRUE;

  for (guint i = 0; i < entries->len; i++)
    {
      RtTableEntry *entry = entries->pdata[i];
      guint row = first + i;
      gint64 speaker_id = 0, theme_id = 0, label_id = 0;
      g_autofree char *created = NULL;
      RtCardDraft draft = { 0 };

      if (entry->text[0] == '\0')
        continue;

      /* The speaker: known, seen earlier in this table, or new. */
      if (entry->speaker[0] != '\0')
        {
          gint64 *seen = g_hash_table_lookup (speaker_ids, entry->speaker);

          if (seen != NULL)
            speaker_id = *seen;
          else if ((speaker_id = find_person (&known, entry->speaker)) == 0)
            {
              g_autofree char *name = NULL;
              g_autofree char *role = NULL;

              if (!rt_minutes_split_speaker (entry->speaker, &name, &role))
                name = g_strdup (entry->speaker);

              if (!(speaker_id = rt_committee_insert_person (committee, name ? name : "", role ? role : "", error)))
                goto out;
              summary.n_new_people++;
            }

          if (seen == NULL)
            {
              /* The label as written finds this person next time. */
              if (!rt_committee_set_alias (committee, speaker_id, entry->speaker, FALSE, NULL, error))
                goto out;
              g_hash_table_insert (speaker_ids, entry->speaker, new_id (speaker_id));
            }
        }

      /* The theme: known, or new, under the row's label if it has one. */
      if (entry->category[0] != '\0' && !(theme_id = lookup (known.themes, entry->category)))
        {
          if (entry->label[0] != '\0' && !(label_id = lookup (known.labels, entry->label)))
            {
              if (!(label_id = rt_committee_insert_label (committee, entry->label, error)))
                goto out;
              g_hash_table_insert (known.labels, g_strdup (entry->label), new_id (label_id));
              summary.n_new_labels++;
            }

          if (!(theme_id = rt_committee_insert_theme (committee, label_id, entry->category, "", error)))
            goto out;
          g_hash_table_insert (known.themes, g_strdup (entry->category), new_id (theme_id));
          summary.n_new_themes++;
        }

      if (mapping->date >= 0 && entry->date[0] != '\0' && entry->iso_date == NULL)
        summary.n_bad_dates++;
      created = timestamp_for (entry->iso_date, now);

      /* At the end of its theme, or of the inbox. */
      draft.text = entry->text;
      draft.verbatim = rt_sheet_get_cell (sheet, row, mapping->text);
      draft.speaker_id = speaker_id;
      draft.meeting_id = lookup (known.meetings, GINT_TO_POINTER (entry->meeting));
      draft.theme_id = theme_id;
      draft.source_id = summary.source_id;
      draft.source_offset = g_array_index (offsets, gsize, row);
      draft.source_length = g_array_index (offsets, gsize, row + 1) - g_array_index (offsets, gsize, row);
      draft.status = RT_CARD_STATUS_NEW;
      draft.visibility = RT_VISIBILITY_PUBLIC;
      draft.created = created;
      if (!rt_committee_insert_card (committee, &draft, -1, now, error))
        goto out;

      summary.n_cards++;
      summary.n_duplicates += entry->duplicate;
    }

  ok = TRUE;

out:
  if (in_batch && !rt_committee_end_card_batch (committee, ok ? error : NULL))
    ok = FALSE;
  known_clear (&known);
  if (!rt_committee_end_change (committee, ok, error))
    return FALSE;

  if (result != NULL)
    *result = summary;
  return TRUE;
}
