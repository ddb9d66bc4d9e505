/* rt-committee-stats.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-stats"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-stats.h"
#include "rt-store-private.h"

void
rt_speaker_stats_free (RtSpeakerStats *stats)
{
  if (stats == NULL)
    return;

  g_free (stats->speaker_ids);
  g_strfreev (stats->speaker_names);
  g_free (stats->theme_ids);
  g_strfreev (stats->theme_names);
  g_free (stats->speaker_totals);
  g_free (stats->theme_totals);
  g_free (stats->counts);
  g_free (stats);
}

guint
rt_speaker_stats_get (RtSpeakerStats *stats,
                      guint           speaker,
                      guint           theme)
{
  g_return_val_if_fail (stats != NULL, 0);
  g_return_val_if_fail (speaker < stats->n_speakers && theme < stats->n_themes, 0);

  return stats->counts[speaker * stats->n_themes + theme];
}

/* Reads (id, name) rows into @ids and @names. */
static gboolean
read_axis (RtStore     *store,
           const char  *sql,
           GArray      *ids,
           GPtrArray   *names,
           GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  for (;;)
    {
      gint64 id;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
      g_ptr_array_add (names, g_strdup (rt_stmt_get_text (stmt, 1)));
    }

  return TRUE;
}

static int
find_index (GArray *ids,
            gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return -1;
}

/**
 * rt_committee_get_speaker_stats:
 * @meeting_id: count only the cards of this meeting, or 0 for all
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtSpeakerStats *
rt_committee_get_speaker_stats (RtCommittee  *self,
                                gint64        meeting_id,
                                GError      **error)
{
  RtStore *store;
  g_autoptr(GArray) speakers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) themes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) speaker_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) theme_names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64) * 3);
  g_autoptr(RtSpeakerStats) stats = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row;
  gboolean unknown = FALSE;
  gint64 none = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);

  if (!read_axis (store, "SELECT id, name || role FROM people ORDER BY position, id",
                  speakers, speaker_names, error) ||
      !read_axis (store,
                  "SELECT t.id, t.name FROM themes t LEFT JOIN labels l ON l.id = t.label_id"
                  " ORDER BY l.id IS NULL, l.position, l.id, t.position, t.id",
                  themes, theme_names, error))
    return NULL;

  g_array_append_val (themes, none);
  g_ptr_array_add (theme_names, g_strdup (_("Unsorted")));

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT coalesce(speaker_id, 0), coalesce(theme_id, 0), count(*) FROM cards"
                                 " WHERE ?1 = 0 OR meeting_id = ?1 GROUP BY 1, 2",
                                 error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, meeting_id);

  for (;;)
    {
      gint64 row[3];

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      row[0] = sqlite3_column_int64 (stmt, 0);
      row[1] = sqlite3_column_int64 (stmt, 1);
      row[2] = sqlite3_column_int64 (stmt, 2);
      if (row[0] == 0)
        unknown = TRUE;
      g_array_append_val (rows, row);
    }

  if (unknown)
    {
      g_array_append_val (speakers, none);
      g_ptr_array_add (speaker_names, g_strdup (_("No speaker")));
    }

  g_ptr_array_add (speaker_names, NULL);
  g_ptr_array_add (theme_names, NULL);

  stats = g_new0 (RtSpeakerStats, 1);
  stats->n_speakers = speakers->len;
  stats->n_themes = themes->len;
  stats->speaker_ids = g_memdup2 (speakers->data, sizeof (gint64) * speakers->len);
  stats->theme_ids = g_memdup2 (themes->data, sizeof (gint64) * themes->len);
  stats->speaker_names = (char **)g_ptr_array_steal (speaker_names, NULL);
  stats->theme_names = (char **)g_ptr_array_steal (theme_names, NULL);
  stats->speaker_totals = g_new0 (guint, stats->n_speakers);
  stats->theme_totals = g_new0 (guint, stats->n_themes);
  stats->counts = g_new0 (guint, stats->n_speakers * stats->n_themes);

  for (guint i = 0; i < rows->len; i++)
    {
      const gint64 *row = (const gint64 *)(rows->data + i * sizeof (gint64) * 3);
      int s = find_index (speakers, row[0]);
      int t = find_index (themes, row[1]);
      guint n = row[2];

      g_assert (s >= 0 && t >= 0);

      stats->counts[s * stats->n_themes + t] += n;
      stats->speaker_totals[s] += n;
      stats->theme_totals[t] += n;
      stats->n_cards += n;
    }

  return g_steal_pointer (&stats);
}
