/* rt-coverage.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-coverage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-coverage.h"
#include "rt-committee.h"

static int
column_of (GHashTable *index,
           gint64      id)
{
  gpointer value;

  if (id <= 0 || !g_hash_table_lookup_extended (index, &id, NULL, &value))
    return -1;

  return GPOINTER_TO_INT (value);
}

static void
add_columns (RtCoverage *self,
             GListModel *model,
             GHashTable *index)
{
  self->n_columns = g_list_model_get_n_items (model);
  self->column_ids = g_new0 (gint64, self->n_columns);
  self->column_labels = g_new0 (char *, self->n_columns + 1);

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (self->axis == RT_COVERAGE_BY_SPEAKER)
        {
          self->column_ids[i] = rt_person_get_id (RT_PERSON (item));
          self->column_labels[i] = g_strdup (rt_person_get_display_name (RT_PERSON (item)));
        }
      else
        {
          self->column_ids[i] = rt_meeting_get_id (RT_MEETING (item));
          /* TRANSLATORS: a meeting by its number, as on a card: 第1回 */
          self->column_labels[i] = g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (RT_MEETING (item)));
        }
      g_hash_table_insert (index, g_memdup2 (&self->column_ids[i], sizeof (gint64)), GINT_TO_POINTER (i));
    }
}

static void
count_card (RtCoverage *self,
            GHashTable *rows,
            GHashTable *columns,
            GHashTable *seen,
            RtCard     *card,
            gint64      point_id)
{
  g_autofree char *key = NULL;
  int row = column_of (rows, point_id);
  int column;

  if (card == NULL || row < 0)
    return;

  key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, rt_card_get_id (card), point_id);
  if (!g_hash_table_add (seen, g_steal_pointer (&key)))
    return;

  self->row_totals[row]++;
  column = column_of (columns, self->axis == RT_COVERAGE_BY_SPEAKER ? rt_card_get_speaker_id (card)
                                                                    : rt_card_get_meeting_id (card));
  if (column >= 0)
    {
      gint64 id = rt_card_get_id (card);
      GArray **cell = &self->cell_cards[row * self->n_columns + column];

      self->counts[row * self->n_columns + column]++;
      self->column_totals[column]++;
      if (*cell == NULL)
        *cell = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_val (*cell, id);
    }
}

/**
 * rt_coverage_new:
 * @framework_id: the framework whose points are the rows
 *
 * Returns: (transfer full): the coverage matrix, or %NULL with @error set
 */
RtCoverage *
rt_coverage_new (RtCommittee     *committee,
                 gint64           framework_id,
                 RtCoverageAxis   axis,
                 GError         **error)
{
  g_autoptr(RtCoverage) self = g_new0 (RtCoverage, 1);
  g_autoptr(GListModel) points = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) columns = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) theme_points = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                               (GDestroyNotify)g_array_unref);
  g_autoptr(GArray) links = NULL;
  GListModel *cards;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self->axis = axis;

  points = rt_committee_list_points (committee, framework_id);
  self->n_rows = g_list_model_get_n_items (points);
  self->row_ids = g_new0 (gint64, self->n_rows);
  self->row_numbers = g_new0 (int, self->n_rows);
  self->row_titles = g_new0 (char *, self->n_rows + 1);
  for (guint i = 0; i < self->n_rows; i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);

      self->row_ids[i] = rt_point_get_id (point);
      self->row_numbers[i] = rt_point_get_number (point);
      self->row_titles[i] = g_strdup (rt_point_get_title (point));
      g_hash_table_insert (rows, g_memdup2 (&self->row_ids[i], sizeof (gint64)), GINT_TO_POINTER (i));
    }

  add_columns (self, axis == RT_COVERAGE_BY_SPEAKER ? rt_committee_get_people (committee)
                                                    : rt_committee_get_meetings (committee),
               columns);

  self->counts = g_new0 (guint, MAX (1, self->n_rows * self->n_columns));
  self->cell_cards = g_new0 (GArray *, MAX (1, self->n_rows * self->n_columns));
  self->row_totals = g_new0 (guint, MAX (1, self->n_rows));
  self->column_totals = g_new0 (guint, MAX (1, self->n_columns));

  if (!(links = rt_committee_get_point_links (committee, error)))
    return NULL;

  for (guint i = 0; i < links->len; i++)
    {
      RtPointLink *link = &g_array_index (links, RtPointLink, i);
      GArray *list;

      if (link->theme_id == 0)
        continue;
      if ((list = g_hash_table_lookup (theme_points, &link->theme_id)) == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (theme_points, g_memdup2 (&link->theme_id, sizeof (gint64)), list);
        }
      g_array_append_val (list, link->point_id);
    }

  /* Each card counts once per point, whether linked itself or through its theme. */
  for (guint i = 0; i < links->len; i++)
    {
      RtPointLink *link = &g_array_index (links, RtPointLink, i);

      if (link->card_id != 0)
        count_card (self, rows, columns, seen,
                    rt_committee_lookup (committee, RT_KIND_CARD, link->card_id), link->point_id);
    }

  cards = rt_committee_get_cards (committee);
  for (guint i = 0, n = g_list_model_get_n_items (cards); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      gint64 theme_id = rt_card_get_theme_id (card);
      GArray *via_theme = theme_id > 0 ? g_hash_table_lookup (theme_points, &theme_id) : NULL;

      for (guint j = 0; via_theme != NULL && j < via_theme->len; j++)
        count_card (self, rows, columns, seen, card, g_array_index (via_theme, gint64, j));
    }

  return g_steal_pointer (&self);
}

/**
 * rt_coverage_get_cards:
 * @n_cards: (out): how many
 *
 * Returns: (array length=n_cards) (transfer none) (nullable): the cards
 *   counted in a cell, in the order they were counted
 */
const gint64 *
rt_coverage_get_cards (const RtCoverage *self,
                       guint             row,
                       guint             column,
                       guint            *n_cards)
{
  GArray *cell;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, NULL);
  g_return_val_if_fail (n_cards != NULL, NULL);

  cell = self->cell_cards[row * self->n_columns + column];
  *n_cards = cell != NULL ? cell->len : 0;

  return cell != NULL ? (const gint64 *)cell->data : NULL;
}

guint
rt_coverage_get (const RtCoverage *self,
                 guint             row,
                 guint             column)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->n_rows && column < self->n_columns, 0);

  return self->counts[row * self->n_columns + column];
}

guint
rt_coverage_get_max (const RtCoverage *self)
{
  guint max = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->n_rows * self->n_columns; i++)
    max = MAX (max, self->counts[i]);

  return max;
}

/* The cells nobody has filled yet. */
guint
rt_coverage_n_empty (const RtCoverage *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->n_rows * self->n_columns; i++)
    if (self->counts[i] == 0)
      n++;

  return n;
}

/**
 * rt_coverage_to_tsv:
 *
 * Returns: (transfer full): a header row ("point", then the columns, then
 *   "total"), and one row per point
 */
char *
rt_coverage_to_tsv (const RtCoverage *self)
{
  GString *tsv;

  g_return_val_if_fail (self != NULL, NULL);

  tsv = g_string_new ("point");

  for (guint c = 0; c < self->n_columns; c++)
    g_string_append_printf (tsv, "\t%s", self->column_labels[c]);
  g_string_append (tsv, "\ttotal\n");

  for (guint r = 0; r < self->n_rows; r++)
    {
      g_string_append_printf (tsv, "%d", self->row_numbers[r]);
      for (guint c = 0; c < self->n_columns; c++)
        g_string_append_printf (tsv, "\t%u", rt_coverage_get (self, r, c));
      g_string_append_printf (tsv, "\t%u\n", self->row_totals[r]);
    }

  return g_string_free (tsv, FALSE);
}

void
rt_coverage_free (RtCoverage *self)
{
  if (self == NULL)
    return;

  g_free (self->row_ids);
  g_free (self->row_numbers);
  g_strfreev (self->row_titles);
  g_free (self->column_ids);
  g_strfreev (self->column_labels);
  for (guint i = 0; self->cell_cards != NULL && i < self->n_rows * self->n_columns; i++)
    g_clear_pointer (&self->cell_cards[i], g_array_unref);
  g_free (self->cell_cards);
  g_free (self->counts);
  g_free (self->row_totals);
  g_free (self->column_totals);
  g_free (self);
}
