/* rt-committee-edit.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-edit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-edit.h"
#include "rt-committee-private.h"
#include "rt-store-private.h"

/* The edits of the card board, each one transaction and one undo step. They
 * write SQL only; the committee's model objects follow through
 * RtStore::changed. */

gboolean
rt_committee_undo (RtCommittee  *self,
                   GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_history_undo (rt_committee_get_history (self), error);
}

gboolean
rt_committee_redo (RtCommittee  *self,
                   GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return rt_history_redo (rt_committee_get_history (self), error);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID, message);
  return FALSE;
}

#define check_card(self, id, error) \
  rt_committee_check_row ((self), "cards", (id), (error), _("The card %lld does not exist"), (long long)(id))
#define check_theme(self, id, error) \
  rt_committee_check_row ((self), "themes", (id), (error), _("The theme %lld does not exist"), (long long)(id))
#define check_label(self, id, error) \
  rt_committee_check_row ((self), "labels", (id), (error), _("The label %lld does not exist"), (long long)(id))

/* Reads the ids a query returns (its ?1 bound to @param) into @ids. */
static gboolean
read_ids (RtCommittee  *self,
          const char   *sql,
          gint64        param,
          GArray       *ids,
          GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, param);

  for (;;)
    {
      gint64 id;

      if (!rt_store_step_row (store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  return TRUE;
}

/* Runs @sql with ?1 = @id and ?2 = @value for the given value type. */
static gboolean
run_id_int (RtCommittee  *self,
            const char   *sql,
            gint64        id,
            gint64        value,
            GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, value);

  return rt_store_step_done (store, stmt, error);
}

static gboolean
run_id_text (RtCommittee  *self,
             const char   *sql,
             gint64        id,
             const char   *text,
             GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  rt_stmt_bind_text (stmt, 2, text);

  return rt_store_step_done (store, stmt, error);
}

/* Gives the items of @order the positions 0, 1, 2 … (and @parent_id), with
 * @update_sql taking ?1 id, ?2 parent, ?3 position, ?4 now, and changing
 * only rows whose place really changes. */
static gboolean
write_order (RtCommittee  *self,
             const char   *update_sql,
             GArray       *order,
             gint64        parent_id,
             GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *now = rt_now_iso8601 ();

  for (guint i = 0; i < order->len; i++)
    {
      sqlite3_stmt *stmt;

      if (!(stmt = rt_store_prepare (store, update_sql, error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, g_array_index (order, gint64, i));
      sqlite3_bind_int64 (stmt, 2, parent_id);
      sqlite3_bind_int (stmt, 3, i);
      rt_stmt_bind_text (stmt, 4, now);

      if (!rt_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Labels */

gboolean
rt_committee_rename_label (RtCommittee  *self,
                           gint64        label_id,
                           const char   *name,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!rt_committee_begin_step (self, _("Rename label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       run_id_text (self, "UPDATE labels SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                    label_id, name, error);

  return rt_committee_finish_step (self, ok, error);
}

/**
 * rt_committee_move_label:
 * @position: the label's new index among the labels; -1 for the last
 */
gboolean
rt_committee_move_label (RtCommittee  *self,
                         gint64        label_id,
                         int           position,
                         GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Move label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       read_ids (self, "SELECT id FROM labels WHERE id != ?1 ORDER BY position, id", label_id, order, error);
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, label_id);
      ok = write_order (self, "UPDATE labels SET position = ?3 WHERE id = ?1 AND position != ?3",
                        order, 0, error);
    }

  return rt_committee_finish_step (self, ok, error);
}

/* Puts the themes of @label_id (in their order) at the end of the themes
 * without a label, before the label is deleted. */
static gboolean
release_themes (RtCommittee  *self,
                gint64        label_id,
                GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  return read_ids (self, "SELECT id FROM themes WHERE label_id IS NULL ORDER BY position, id", 0, order, error) &&
         read_ids (self, "SELECT id FROM themes WHERE label_id = ?1 ORDER BY position, id", label_id, order, error) &&
         write_order (self,
                      "UPDATE themes SET label_id = NULL, position = ?3"
                      " WHERE id = ?1 AND (label_id IS NOT NULL OR position != ?3)",
                      order, 0, error);
}

/**
 * rt_committee_delete_label:
 *
 * Deletes a handout label. Its themes and their cards stay: the themes join
 * the themes without a label, after them.
 */
gboolean
rt_committee_delete_label (RtCommittee  *self,
                           gint64        label_id,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       release_themes (self, label_id, error) &&
       run_id_int (self, "DELETE FROM labels WHERE id = ?1", label_id, 0, error);

  return rt_committee_finish_step (self, ok, error);
}

/* Themes */

gboolean
rt_committee_rename_theme (RtCommittee  *self,
                           gint64        theme_id,
                           const char   *name,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!rt_committee_begin_step (self, _("Rename theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       run_id_text (self, "UPDATE themes SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                    theme_id, name, error);

  return rt_committee_finish_step (self, ok, error);
}

/**
 * rt_committee_set_theme_color:
 * @color: a colour as the theme stores it (“#3465a4”), or "" for the default
 */
gboolean
rt_committee_set_theme_color (RtCommittee  *self,
                              gint64        theme_id,
                              const char   *color,
                              GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Change theme colour"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       run_id_text (self, "UPDATE themes SET color = ?2 WHERE id = ?1 AND color IS NOT ?2",
                    theme_id, color ? color : "", error);

  return rt_committee_finish_step (self, ok, error);
}

/**
 * rt_committee_move_theme:
 * @label_id: the handout label the theme goes to, or 0 for none
 * @position: the theme's index among the themes of @label_id; -1 for the end
 */
gboolean
rt_committee_move_theme (RtCommittee  *self,
                         gint64        theme_id,
                         gint64        label_id,
                         int           position,
                         GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Move theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       (label_id == 0 || check_label (self, label_id, error));
  if (ok)
    {
      RtStore *store = rt_committee_get_store (self);
      sqlite3_stmt *stmt;
      gboolean has_row;

      if ((ok = (stmt = rt_store_prepare (store,
                                          "SELECT id FROM themes WHERE label_id IS nullif(?1, 0) AND id != ?2"
                                          " ORDER BY position, id",
                                          error)) != NULL))
        {
          sqlite3_bind_int64 (stmt, 1, label_id);
          sqlite3_bind_int64 (stmt, 2, theme_id);
          for (;;)
            {
              gint64 id;

              if (!(ok = rt_store_step_row (store, stmt, &has_row, error)) || !has_row)
                break;
              id = sqlite3_column_int64 (stmt, 0);
              g_array_append_val (order, id);
            }
        }
    }
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, theme_id);
      ok = write_order (self,
                        "UPDATE themes SET label_id = nullif(?2, 0), position = ?3"
                        " WHERE id = ?1 AND (label_id IS NOT nullif(?2, 0) OR position != ?3)",
                        order, label_id, error);
    }

  return rt_committee_finish_step (self, ok, error);
}

/* Puts the cards of @theme_id (in their order) at the end of the inbox. */
static gboolean
release_cards (RtCommittee  *self,
               gint64        theme_id,
               GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  return read_ids (self, "SELECT id FROM cards WHERE theme_id IS NULL ORDER BY position, id", 0, order, error) &&
         read_ids (self, "SELECT id FROM cards WHERE theme_id = ?1 ORDER BY position, id", theme_id, order, error) &&
         write_order (self,
                      "UPDATE cards SET theme_id = NULL, position = ?3,"
                      " modified = CASE WHEN theme_id IS NULL THEN modified ELSE ?4 END"
                      " WHERE id = ?1 AND (theme_id IS NOT NULL OR position != ?3)",
                      order, 0, error);
}

/**
 * rt_committee_delete_theme:
 *
 * Deletes a theme. Its cards are kept: they go to the end of the 未分類
 * inbox, in their order. Its links to points and its place on the map go.
 */
gboolean
rt_committee_delete_theme (RtCommittee  *self,
                           gint64        theme_id,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_step (self, _("Delete theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       release_cards (self, theme_id, error) &&
       run_id_int (self, "DELETE FROM map_positions WHERE kind = 'theme' AND item_id = ?1", theme_id, 0, error) &&
       run_id_int (self, "DELETE FROM themes WHERE id = ?1", theme_id, 0, error);

  return rt_committee_finish_step (self, ok, error);
}

/* Cards */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000;
}

/* Narrows [@start, @end) of @text to leave out white space at either end. */
static void
strip_bounds (const char *text,
              gsize      *start,
              gsize      *end)
{
  const char *s = text + *start;
  const char *e = text + *end;

  while (s < e && is_space (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  while (e > s)
    {
      const char *prev = g_utf8_prev_char (e);

      if (!is_space (g_utf8_get_char (prev)))
        break;
      e = prev;
    }

  *start = s - text;
  *end = e - text;
}

static char *
strip_range (const char *text,
             gsize       start,
             gsize       end)
{
  strip_bounds (text, &start, &end);

  return g_strndup (text + start, end - start);
}

/**
 * rt_committee_capture_card:
 * @meeting_id: the meeting being held, or 0
 * @speaker_id: who spoke, or 0
 * @text: what was said, as typed; white space around it is dropped
 *
 * Adds a card at the end of the 未分類 inbox, as the secretariat types an
 * opinion during a meeting. One undo step, “Capture opinion”.
 *
 * Returns: the new card's id, or 0 with @error set
 */
gint64
rt_committee_capture_card (RtCommittee  *self,
                           gint64        meeting_id,
                           gint64        speaker_id,
                           const char   *text,
                           GError      **error)
{
  g_autofree char *stripped = NULL;
  RtCardDraft draft = { 0 };
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  stripped = strip_range (text, 0, strlen (text));
  if (stripped[0] == '\0')
    {
      invalid (error, _("An opinion needs some text"));
      return 0;
    }

  draft.text = stripped;
  draft.speaker_id = speaker_id;
  draft.meeting_id = meeting_id;

  if (!rt_committee_begin_step (self, _("Capture opinion"), error))
    return 0;

  id = rt_committee_add_card (self, &draft, error);
  if (!rt_committee_finish_step (self, id > 0, error))
    return 0;

  return id;
}

static gboolean
check_cards (RtCommittee   *self,
             const gint64  *card_ids,
             guint          n_cards,
             GError       **error)
{
  for (guint i = 0; i < n_cards; i++)
    if (!check_card (self, card_ids[i], error))
      return FALSE;

  return TRUE;
}

/* Sets one column of several cards; @sql takes ?1 id, ?2 value, ?3 now. */
static gboolean
set_cards (RtCommittee   *self,
           const char    *label,
           const char    *sql,
           const gint64  *card_ids,
           guint          n_cards,
           gint64         int_value,
           const char    *text_value,
           GError       **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *now = rt_now_iso8601 ();
  gboolean ok;

  if (n_cards == 0)
    return TRUE;

  if (!rt_committee_begin_step (self, label, error))
    return FALSE;

  ok = check_cards (self, card_ids, n_cards, error);

  for (guint i = 0; ok && i < n_cards; i++)
    {
      sqlite3_stmt *stmt;

      if (!(stmt = rt_store_prepare (store, sql, error)))
        {
          ok = FALSE;
          break;
        }

      sqlite3_bind_int64 (stmt, 1, card_ids[i]);
      if (text_value != NULL)
        rt_stmt_bind_text (stmt, 2, text_value);
      else
        sqlite3_bind_int64 (stmt, 2, int_value);
      rt_stmt_bind_text (stmt, 3, now);

      ok = rt_store_step_done (store, stmt, error);
    }

  return rt_committee_finish_step (self, ok, error);
}

/**
 * rt_committee_set_cards_speaker:
 * @speaker_id: a person, or 0 for none
 */
gboolean
rt_committee_set_cards_speaker (RtCommittee   *self,
                                const gint64  *card_ids,
                                guint          n_cards,
                                gint64         speaker_id,
                                GError       **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  return set_cards (self, _("Change speaker"),
                    "UPDATE cards SET speaker_id = nullif(?2, 0), modified = ?3"
                    " WHERE id = ?1 AND speaker_id IS NOT nullif(?2, 0)",
                    card_ids, n_cards, speaker_id, NULL, error);
}

/**
 * rt_committee_set_cards_meeting:
 * @meeting_id: a meeting, or 0 for none
 */
gboolean
rt_committee_set_cards_meeting (RtCommittee   *self,
                                const gint64  *card_ids,
                                guint          n_cards,
                                gint64         meeting_id,
                                GError       **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  return set_cards (self, _("Change meeting"),
                    "UPDATE cards SET meeting_id = nullif(?2, 0), modified = ?3"
                    " WHERE id = ?1 AND meeting_id IS NOT nullif(?2, 0)",
                    card_ids, n_cards, meeting_id, NULL, error);
}

gboolean
rt_committee_set_cards_status (RtCommittee   *self,
                               const gint64  *card_ids,
                               guint          n_cards,
                               RtCardStatus   status,
                               GError       **error)
{
  const char *nick = rt_enum_to_nick (RT_TYPE_CARD_STATUS, status);

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  return set_cards (self, _("Change status"),
                    "UPDATE cards SET status = ?2, modified = ?3 WHERE id = ?1 AND status IS NOT ?2",
                    card_ids, n_cards, 0, nick, error);
}

gboolean
rt_committee_set_cards_visibility (RtCommittee   *self,
                                   const gint64  *card_ids,
                                   guint          n_cards,
                                   RtVisibility   visibility,
                                   GError       **error)
{
  const char *nick = rt_enum_to_nick (RT_TYPE_VISIBILITY, visibility);

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  return set_cards (self, _("Change visibility"),
                    "UPDATE cards SET visibility = ?2, modified = ?3 WHERE id = ?1 AND visibility IS NOT ?2",
                    card_ids, n_cards, 0, nick, error);
}

typedef struct
{
  char   *text;
  char   *verbatim;
  gint64  theme_id;
  gint64  source_id;
  gint64  source_offset;   /* -1: none */
  gint64  source_length;
} CardRow;

static void
card_row_clear (CardRow *row)
{
  g_clear_pointer (&row->text, g_free);
  g_clear_pointer (&row->verbatim, g_free);
}

static gboolean
read_card (RtCommittee  *self,
           gint64        card_id,
           CardRow      *row,
           GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  sqlite3_stmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT text, verbatim, coalesce(theme_id, 0), coalesce(source_id, 0),"
                                 " coalesce(source_offset, -1), coalesce(source_length, 0)"
                                 " FROM cards WHERE id = ?1",
                                 error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, card_id);

  if (!rt_store_step_row (store, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                   _("The card %lld does not exist"), (long long)card_id);
      return FALSE;
    }

  row->text = g_strdup (rt_stmt_get_text (stmt, 0));
  row->verbatim = g_strdup (rt_stmt_get_text (stmt, 1));
  row->theme_id = sqlite3_column_int64 (stmt, 2);
  row->source_id = sqlite3_column_int64 (stmt, 3);
  row->source_offset = sqlite3_column_int64 (stmt, 4);
  row->source_length = sqlite3_column_int64 (stmt, 5);
  sqlite3_reset (stmt);

  return TRUE;
}

/* Renumbers the column of @theme_id after @new_id was given a place right
 * after @after_id. */
static gboolean
place_after (RtCommittee  *self,
             gint64        theme_id,
             gint64        after_id,
             gint64        new_id,
             GError      **error)
{
  g_autoptr(GArray) column = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!read_ids (self, "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0) ORDER BY position, id",
                 theme_id, column, error))
    return FALSE;

  for (guint i = 0; i < column->len; i++)
    {
      gint64 id = g_array_index (column, gint64, i);

      if (id == new_id)
        continue;
      g_array_append_val (order, id);
      if (id == after_id)
        g_array_append_val (order, new_id);
    }

  return write_order (self,
                      "UPDATE cards SET position = ?3 WHERE id = ?1 AND position != ?3",
                      order, theme_id, error);
}

/**
 * rt_committee_split_card:
 * @offset: a byte offset into the card's text, at a character boundary,
 *   strictly inside the text
 *
 * Cuts a card in two at @offset. The card keeps the first part; the second
 * part becomes a new card right after it in the same column, with the same
 * speaker, meeting, source, status, visibility and links to points. White
 * space at the cut is dropped; both parts must keep some text.
 *
 * The verbatim excerpt is split too when it is still the card's text (the
 * card was never edited): then each card keeps its own part, and when the
 * excerpt is exactly the card's span of the source, the span is cut at the
 * same place. Once the text was edited, the offset says nothing about the
 * verbatim, so both cards keep the whole excerpt and span: nothing the
 * minutes said is lost.
 *
 * Returns: the id of the new card, or 0 with @error set
 */
gint64
rt_committee_split_card (RtCommittee  *self,
                         gint64        card_id,
                         gsize         offset,
                         GError      **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *now = rt_now_iso8601 ();
  const char *verbatim1, *verbatim2;
  gint64 offset1, length1, offset2, length2;
  CardRow row = { 0 };
  sqlite3_stmt *stmt;
  gint64 new_id = 0;
  gsize len, a_start, a_end, b_start, b_end;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!rt_committee_begin_step (self, _("Split card"), error))
    return 0;

  if (!(ok = read_card (self, card_id, &row, error)))
    goto out;

  len = strlen (row.text);
  if (offset == 0 || offset >= len || (row.text[offset] & 0xc0) == 0x80)
    {
      ok = invalid (error, _("A card can only be split between two of its characters"));
      goto out;
    }

  a_start = 0;
  a_end = b_start = offset;
  b_end = len;
  strip_bounds (row.text, &a_start, &a_end);
  strip_bounds (row.text, &b_start, &b_end);
  if (a_start == a_end || b_start == b_end)
    {
      ok = invalid (error, _("Both parts of a split card need some text"));
      goto out;
    }

  first = g_strndup (row.text + a_start, a_end - a_start);
  second = g_strndup (row.text + b_start, b_end - b_start);

  verbatim1 = verbatim2 = row.verbatim;
  offset1 = offset2 = row.source_offset;
  length1 = length2 = row.source_length;

  if (g_str_equal (row.verbatim, row.text))
    {
      verbatim1 = first;
      verbatim2 = second;

      if (row.source_id > 0 && row.source_offset >= 0 && (gsize)row.source_length == len)
        {
          offset1 = row.source_offset + a_start;
          length1 = a_end - a_start;
          offset2 = row.source_offset + b_start;
          length2 = b_end - b_start;
        }
    }

  if (!(ok = run_id_text (self, "UPDATE cards SET text = ?2 WHERE id = ?1", card_id, first, error)))
    goto out;

  if (!(stmt = rt_store_prepare (store,
                                 "UPDATE cards SET verbatim = ?2, source_offset = ?3, source_length = ?4,"
                                 " modified = ?5 WHERE id = ?1",
                                 error)))
    {
      ok = FALSE;
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, verbatim1);
  if (row.source_id > 0 && offset1 >= 0)
    {
      sqlite3_bind_int64 (stmt, 3, offset1);
      sqlite3_bind_int64 (stmt, 4, length1);
    }
  rt_stmt_bind_text (stmt, 5, now);
  if (!(ok = rt_store_step_done (store, stmt, error)))
    goto out;

  if (!(stmt = rt_store_prepare (store,
                                 "INSERT INTO cards (text, verbatim, speaker_id, meeting_id, source_id,"
                                 " source_offset, source_length, theme_id, position, status, visibility,"
                                 " created, modified)"
                                 " SELECT ?2, ?3, speaker_id, meeting_id, source_id, ?4, ?5, theme_id,"
                                 " position, status, visibility, ?6, ?6 FROM cards WHERE id = ?1",
                                 error)))
    {
      ok = FALSE;
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, second);
  rt_stmt_bind_text (stmt, 3, verbatim2);
  if (row.source_id > 0 && offset2 >= 0)
    {
      sqlite3_bind_int64 (stmt, 4, offset2);
      sqlite3_bind_int64 (stmt, 5, length2);
    }
  rt_stmt_bind_text (stmt, 6, now);
  if (!(ok = rt_store_step_done (store, stmt, error)))
    goto out;

  new_id = rt_store_last_insert (store);

  ok = run_id_int (self,
                   "INSERT INTO card_points (card_id, point_id)"
                   " SELECT ?2, point_id FROM card_points WHERE card_id = ?1 ORDER BY id",
                   card_id, new_id, error) &&
       place_after (self, row.theme_id, card_id, new_id, error);

out:
  card_row_clear (&row);
  if (!rt_committee_finish_step (self, ok, error))
    return 0;

  return new_id;
}

static gboolean
delete_cards_locked (RtCommittee   *self,
                     const gint64  *card_ids,
                     guint          n_cards,
                     GError       **error)
{
  for (guint i = 0; i < n_cards; i++)
    if (!run_id_int (self, "DELETE FROM map_positions WHERE kind = 'card' AND item_id = ?1",
                     card_ids[i], 0, error) ||
        !run_id_int (self, "DELETE FROM cards WHERE id = ?1", card_ids[i], 0, error))
      return FALSE;

  return TRUE;
}

/* Whether the cards have one speaker and one meeting, as a merged card must. */
static gboolean
check_same_speaker (RtCommittee   *self,
                    const gint64  *card_ids,
                    guint          n_cards,
                    GError       **error)
{
  RtCard *first = rt_committee_lookup (self, RT_KIND_CARD, card_ids[0]);

  for (guint i = 1; first != NULL && i < n_cards; i++)
    {
      RtCard *card = rt_committee_lookup (self, RT_KIND_CARD, card_ids[i]);

      if (card == NULL)
        continue;

      if (rt_card_get_speaker_id (card) != rt_card_get_speaker_id (first))
        {
          const char *a = rt_card_get_speaker (first), *b = rt_card_get_speaker (card);

          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                       /* Translators: %s and %s are two speakers, e.g. 林委員 and 玉山委員. */
                       _("Cards of different speakers (%s and %s) cannot be merged: a card has one speaker, "
                         "and the words of the second would be printed under the name of the first"),
                       a != NULL && a[0] != '\0' ? a : _("no speaker"),
                       b != NULL && b[0] != '\0' ? b : _("no speaker"));
          return FALSE;
        }

      if (rt_card_get_meeting_id (card) != rt_card_get_meeting_id (first))
        return invalid (error, _("Cards of different meetings cannot be merged: a card belongs to one meeting"));
    }

  return TRUE;
}

/**
 * rt_committee_merge_cards:
 * @card_ids: at least two distinct cards; the first one stays
 *
 * Merges cards into the first one, which keeps its place, speaker, meeting
 * and status. A card has one speaker and one meeting, so cards of different
 * speakers or meetings are not merged (the second speaker's words would be
 * printed under the first one's name): %RT_STORE_ERROR_INVALID says why.
 * Texts are joined in the given order, one per line; so are the
 * non-empty verbatim excerpts. When all cards come from the same source, the
 * first card's span becomes the smallest span covering them all. The first
 * card gets the links to points of all; the others are deleted.
 */
gboolean
rt_committee_merge_cards (RtCommittee   *self,
                          const gint64  *card_ids,
                          guint          n_cards,
                          GError       **error)
{
  RtStore *store = rt_committee_get_store (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) verbatim = g_string_new (NULL);
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  gint64 source_id = 0, span_start = -1, span_end = -1;
  gboolean same_source = TRUE;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  for (guint i = 0; i < n_cards; i++)
    for (guint j = 0; j < i; j++)
      if (card_ids[i] == card_ids[j])
        return invalid (error, _("A card cannot be merged with itself"));

  if (n_cards < 2)
    return invalid (error, _("Merging needs at least two cards"));

  if (!check_same_speaker (self, card_ids, n_cards, error))
    return FALSE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merge card", "Merge %u cards", n_cards), n_cards);
  if (!rt_committee_begin_step (self, label, error))
    return FALSE;

  for (guint i = 0; ok && i < n_cards; i++)
    {
      CardRow row = { 0 };

      if (!(ok = read_card (self, card_ids[i], &row, error)))
        break;

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, row.text);

      if (row.verbatim[0] != '\0')
        {
          if (verbatim->len > 0)
            g_string_append_c (verbatim, '\n');
          g_string_append (verbatim, row.verbatim);
        }

      if (row.source_id <= 0 || row.source_offset < 0 || (i > 0 && row.source_id != source_id))
        same_source = FALSE;
      else
        {
          source_id = row.source_id;
          span_start = span_start < 0 ? row.source_offset : MIN (span_start, row.source_offset);
          span_end = MAX (span_end, row.source_offset + row.source_length);
        }

      card_row_clear (&row);
    }

  if (ok && (ok = (stmt = rt_store_prepare (store,
                                            "UPDATE cards SET text = ?2, verbatim = ?3, modified = ?4,"
                                            " source_offset = CASE WHEN ?5 THEN ?6 ELSE source_offset END,"
                                            " source_length = CASE WHEN ?5 THEN ?7 ELSE source_length END"
                                            " WHERE id = ?1",
                                            error)) != NULL))
    {
      sqlite3_bind_int64 (stmt, 1, card_ids[0]);
      rt_stmt_bind_text (stmt, 2, text->str);
      rt_stmt_bind_text (stmt, 3, verbatim->str);
      rt_stmt_bind_text (stmt, 4, now);
      sqlite3_bind_int (stmt, 5, same_source);
      sqlite3_bind_int64 (stmt, 6, span_start);
      sqlite3_bind_int64 (stmt, 7, span_end - span_start);
      ok = rt_store_step_done (store, stmt, error);
    }

  for (guint i = 1; ok && i < n_cards; i++)
    ok = run_id_int (self,
                     "INSERT OR IGNORE INTO card_points (card_id, point_id)"
                     " SELECT ?1, point_id FROM card_points WHERE card_id = ?2 ORDER BY id",
                     card_ids[0], card_ids[i], error);

  if (ok)
    ok = delete_cards_locked (self, card_ids + 1, n_cards - 1, error);

  return rt_committee_finish_step (self, ok, error);
}

/**
 * rt_committee_delete_cards:
 *
 * Deletes cards, their links to points and their places on the map.
 */
gboolean
rt_committee_delete_cards (RtCommittee   *self,
                           const gint64  *card_ids,
                           guint          n_cards,
                           GError       **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  if (n_cards == 0)
    return TRUE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete card", "Delete %u cards", n_cards), n_cards);
  if (!rt_committee_begin_step (self, label, error))
    return FALSE;

  ok = check_cards (self, card_ids, n_cards, error) &&
       delete_cards_locked (self, card_ids, n_cards, error);

  return rt_committee_finish_step (self, ok, error);
}
