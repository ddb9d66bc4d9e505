/* rt-committee-settings.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-settings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The committee's own choices, kept in its file so that they travel with
 * it: its mode (a committee, or a public comment's results), its settings
 * as keys and values (committee_settings: the speaker display policy of
 * each output, "speakers.<output>"; the order of pseudonyms,
 * "pseudonyms.order"), and the pseudonym letters its members keep
 * (pseudonyms). The only owner of these tables and of committee.mode. */

#define SPEAKERS_KEY "speakers."
#define PSEUDONYM_ORDER_KEY "pseudonyms.order"

/* The column lists of the JSON format (rt-table.h). */

static const RtField setting_fields[] = {
  { "key", "key", RT_FIELD_TEXT },
  { "value", "value", RT_FIELD_TEXT },
};

const RtTableSpec rt_settings_table = {
  "settings", "committee_settings", RT_ROW_OBJECT, setting_fields, G_N_ELEMENTS (setting_fields),
  NULL, "x.key",
};

static const RtField pseudonym_fields[] = {
  { "person", "person_id", RT_FIELD_REF },
  { "letter", "letter", RT_FIELD_TEXT },
};

const RtTableSpec rt_pseudonyms_table = {
  "pseudonyms", "pseudonyms", RT_ROW_OBJECT, pseudonym_fields, G_N_ELEMENTS (pseudonym_fields),
  NULL, "length(x.letter), x.letter",
};

/**
 * rt_committee_set_mode:
 *
 * Makes the file a committee's, or a public comment's: in a public comment
 * the speakers are submitters (提出者1, 2 …) and the themes are the items
 * (項目) of the plan the opinions are about.
 */
gboolean
rt_committee_set_mode (RtCommittee      *self,
                       RtCommitteeMode   mode,
                       GError          **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  const char *nick = rt_enum_to_nick (RT_TYPE_COMMITTEE_MODE, mode);
  RtStmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE committee SET mode = ?1, modified = ?2 WHERE id = 1 AND mode IS NOT ?1",
                                 error)))
    return FALSE;

  rt_stmt_bind_text (stmt, 1, nick);
  rt_stmt_bind_text (stmt, 2, now);

  return rt_committee_run_change (self, _("Change committee mode"), stmt, error);
}

/**
 * rt_committee_dup_setting:
 *
 * Returns: (transfer full) (nullable): the value of the committee's
 *   setting @key, or %NULL when it is not set
 */
char *
rt_committee_dup_setting (RtCommittee *self,
                          const char  *key)
{
  RtStmt *stmt;
  gboolean has_row;
  char *value = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT value FROM committee_settings WHERE key = ?1", NULL)))
    return NULL;

  rt_stmt_bind_text (stmt, 1, key);
  if (rt_stmt_step (stmt, &has_row, NULL) && has_row)
    {
      value = g_strdup (rt_stmt_get_text (stmt, 0));
      rt_stmt_reset (stmt);
    }

  return value;
}

static gboolean
write_setting (RtCommittee  *self,
               const char   *label,
               const char   *key,
               const char   *value,
               GError      **error)
{
  RtStmt *stmt;

  if (value == NULL)
    stmt = rt_store_prepare (rt_committee_get_store (self), "DELETE FROM committee_settings WHERE key = ?1", error);
  else
    stmt = rt_store_prepare (rt_committee_get_store (self),
                             "INSERT INTO committee_settings (key, value) VALUES (?1, ?2)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                             " WHERE value IS NOT excluded.value",
                             error);
  if (stmt == NULL)
    return FALSE;

  rt_stmt_bind_text (stmt, 1, key);
  if (value != NULL)
    rt_stmt_bind_text (stmt, 2, value);

  return rt_committee_run_change (self, label, stmt, error);
}

/**
 * rt_committee_set_setting:
 * @value: (nullable): the new value; %NULL removes the setting
 *
 * Sets one of the committee's own settings, as one change.
 */
gboolean
rt_committee_set_setting (RtCommittee  *self,
                          const char   *key,
                          const char   *value,
                          GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (key != NULL && key[0] != '\0', FALSE);

  return write_setting (self, _("Change setting"), key, value, error);
}

/**
 * rt_speaker_display_default:
 *
 * Returns: how @output names speakers when the committee has not chosen:
 *   by name in a committee's documents, but generically (（委員）) in a
 *   議事要旨; by submitter number (提出者1) in a public comment
 */
RtSpeakerDisplay
rt_speaker_display_default (RtCommitteeMode mode,
                            RtOutput        output)
{
  if (mode == RT_COMMITTEE_MODE_PUBLIC_COMMENT)
    return RT_SPEAKER_DISPLAY_PSEUDONYM;

  if (output == RT_OUTPUT_SUMMARY)
    return RT_SPEAKER_DISPLAY_GENERIC;

  return RT_SPEAKER_DISPLAY_REAL;
}

/**
 * rt_committee_get_speaker_display:
 *
 * Returns: how @output names speakers in this committee: its setting, or
 *   rt_speaker_display_default(); never %RT_SPEAKER_DISPLAY_DEFAULT
 */
RtSpeakerDisplay
rt_committee_get_speaker_display (RtCommittee *self,
                                  RtOutput     output)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  int display;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), RT_SPEAKER_DISPLAY_REAL);
  g_return_val_if_fail (output < RT_N_OUTPUTS, RT_SPEAKER_DISPLAY_REAL);

  key = g_strconcat (SPEAKERS_KEY, rt_enum_to_nick (RT_TYPE_OUTPUT, output), NULL);
  value = rt_committee_dup_setting (self, key);
  if (value != NULL && rt_enum_from_nick (RT_TYPE_SPEAKER_DISPLAY, value, &display))
    return display;

  return rt_speaker_display_default (rt_committee_get_mode (self), output);
}

/**
 * rt_committee_set_speaker_display:
 * @display: how @output names speakers from now on;
 *   %RT_SPEAKER_DISPLAY_DEFAULT goes back to rt_speaker_display_default()
 */
gboolean
rt_committee_set_speaker_display (RtCommittee       *self,
                                  RtOutput           output,
                                  RtSpeakerDisplay   display,
                                  GError           **error)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (output < RT_N_OUTPUTS, FALSE);
  g_return_val_if_fail (display >= RT_SPEAKER_DISPLAY_DEFAULT && display < RT_N_SPEAKER_DISPLAYS, FALSE);

  key = g_strconcat (SPEAKERS_KEY, rt_enum_to_nick (RT_TYPE_OUTPUT, output), NULL);

  return write_setting (self, _("Change speaker display"), key,
                        display == RT_SPEAKER_DISPLAY_DEFAULT ? NULL
                                                              : rt_enum_to_nick (RT_TYPE_SPEAKER_DISPLAY, display),
                        error);
}

RtPseudonymOrder
rt_committee_get_pseudonym_order (RtCommittee *self)
{
  g_autofree char *value = NULL;
  int order;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), RT_PSEUDONYM_ORDER_APPEARANCE);

  value = rt_committee_dup_setting (self, PSEUDONYM_ORDER_KEY);
  if (value != NULL && rt_enum_from_nick (RT_TYPE_PSEUDONYM_ORDER, value, &order))
    return order;

  return RT_PSEUDONYM_ORDER_APPEARANCE;
}

/**
 * rt_committee_set_pseudonym_order:
 *
 * Chooses the order in which members who have no letter yet get one;
 * letters already given are kept.
 */
gboolean
rt_committee_set_pseudonym_order (RtCommittee       *self,
                                  RtPseudonymOrder   order,
                                  GError           **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return write_setting (self, _("Change pseudonym order"), PSEUDONYM_ORDER_KEY,
                        rt_enum_to_nick (RT_TYPE_PSEUDONYM_ORDER, order), error);
}

/**
 * rt_committee_get_pseudonyms:
 *
 * Returns: (transfer full) (element-type RtPseudonym): the letters people
 *   keep, as stored, in the letters' order (A … Z, AA …)
 */
GArray *
rt_committee_get_pseudonyms (RtCommittee  *self,
                             GError      **error)
{
  g_autoptr(GArray) pseudonyms = g_array_new (FALSE, TRUE, sizeof (RtPseudonym));
  RtStmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT person_id, letter FROM pseudonyms ORDER BY length(letter), letter",
                                 error)))
    return NULL;

  for (;;)
    {
      RtPseudonym pseudonym = { 0 };

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      pseudonym.person_id = rt_stmt_get_int64 (stmt, 0);
      g_strlcpy (pseudonym.letter, rt_stmt_get_text (stmt, 1), sizeof pseudonym.letter);
      g_array_append_val (pseudonyms, pseudonym);
    }

  return g_steal_pointer (&pseudonyms);
}

/**
 * rt_committee_list_speakers_by_appearance:
 *
 * Returns: (transfer full) (element-type gint64): every person, in the
 *   order of their first card: by meeting number (cards without a meeting
 *   after all meetings), then in the order the cards were made; people
 *   without a card last, in the committee's order
 */
GArray *
rt_committee_list_speakers_by_appearance (RtCommittee  *self,
                                          GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!rt_committee_read_ids (self,
                              "SELECT p.id FROM people p LEFT JOIN"
                              " (SELECT c.speaker_id AS speaker_id,"
                              "   min(coalesce(m.number, 1000000) * 10000000000 + c.id) AS first"
                              "  FROM cards c LEFT JOIN meetings m ON m.id = c.meeting_id"
                              "  WHERE c.speaker_id IS NOT NULL GROUP BY c.speaker_id) f ON f.speaker_id = p.id"
                              " ORDER BY f.first IS NULL, f.first, p.position, p.id",
                              0, ids, error))
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * rt_committee_keep_pseudonyms:
 *
 * Stores letters people will keep: a person who has one keeps it, and a
 * letter already given is not given again (such entries are skipped).
 * Bookkeeping rather than an edit: it is no step of the undo history.
 */
gboolean
rt_committee_keep_pseudonyms (RtCommittee        *self,
                              const RtPseudonym  *pseudonyms,
                              guint               n_pseudonyms,
                              GError            **error)
{
  RtStore *store;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (pseudonyms != NULL || n_pseudonyms == 0, FALSE);

  if (n_pseudonyms == 0)
    return TRUE;

  store = rt_committee_get_store (self);
  if (!rt_store_in_transaction (store) && rt_committee_get_history (self) != NULL)
    rt_history_skip_next_step (rt_committee_get_history (self));
  if (!rt_committee_begin_change (self, NULL, error))
    return FALSE;

  for (guint i = 0; ok && i < n_pseudonyms; i++)
    {
      RtStmt *stmt;

      if (!(ok = (stmt = rt_store_prepare (store,
                                           "INSERT OR IGNORE INTO pseudonyms (person_id, letter) VALUES (?1, ?2)",
                                           error)) != NULL))
        break;
      rt_stmt_bind_int64 (stmt, 1, pseudonyms[i].person_id);
      rt_stmt_bind_text (stmt, 2, pseudonyms[i].letter);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}
