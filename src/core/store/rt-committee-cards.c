/* rt-committee-cards.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-cards"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-history-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* Opinion cards: the edits of the board, each one transaction and one undo
 * step. They write SQL only; the committee's model objects follow. */

#define CARD_SELECT \
  "SELECT c.id AS id, c.text AS text, c.verbatim AS verbatim," \
  " coalesce(c.speaker_id, 0) AS speaker_id, coalesce(p.name || p.role, '') AS speaker," \
  " coalesce(c.meeting_id, 0) AS meeting_id, coalesce(m.number, 0) AS meeting_number," \
  " coalesce(c.theme_id, 0) AS theme_id, c.position AS position," \
  " c.status AS status, c.visibility AS visibility, c.kind AS kind, coalesce(c.source_id, 0) AS source_id," \
  " coalesce(c.source_offset, -1) AS source_offset, coalesce(c.source_length, 0) AS source_length," \
  " coalesce((SELECT group_concat(n, ',') FROM (SELECT pt.number AS n FROM card_points cp" \
  "   JOIN points pt ON pt.id = cp.point_id WHERE cp.card_id = c.id ORDER BY pt.number)), '') AS points," \
  " c.created AS created, c.modified AS modified" \
  " FROM cards c LEFT JOIN people p ON p.id = c.speaker_id" \
  " LEFT JOIN meetings m ON m.id = c.meeting_id"

const RtKindInfo rt_card_kind_info = {
  rt_card_get_type, (gpointer)_rt_card_load,
  CARD_SELECT, CARD_SELECT " WHERE c.id = ?1",
  "SELECT id FROM cards ORDER BY id",
  RT_T (CARDS) | RT_T (PEOPLE) | RT_T (MEETINGS) | RT_T (CARD_POINTS) | RT_T (POINTS), RT_T (CARDS),
};

/* The column list of the JSON format (rt-table.h). */

static const RtField card_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "text", "text", RT_FIELD_TEXT },
  { "verbatim", "verbatim", RT_FIELD_TEXT },
  { "speaker", "speaker_id", RT_FIELD_REF },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "source", "source_id", RT_FIELD_REF },
  { "offset", "source_offset", RT_FIELD_INT, NULL, "source" },
  { "length", "source_length", RT_FIELD_INT, NULL, "offset" },
  { "theme", "theme_id", RT_FIELD_REF },
  { NULL, "position", RT_FIELD_POSITION, NULL, "theme" },
  { "status", "status", RT_FIELD_ENUM, rt_card_status_get_type },
  { "visibility", "visibility", RT_FIELD_ENUM, rt_visibility_get_type },
  { "kind", "kind", RT_FIELD_ENUM, rt_statement_kind_get_type },
  { "created", "created", RT_FIELD_STAMP },
  { "modified", "modified", RT_FIELD_STAMP, NULL, "created" },
};

const RtTableSpec rt_cards_table = {
  "cards", "cards", RT_ROW_OBJECT, card_fields, G_N_ELEMENTS (card_fields),
  NULL, "x.theme_id IS NOT NULL, x.theme_id, x.position, x.id",
};


/**
 * rt_committee_add_cards:
 * @ids: (nullable): where the ids of the new cards are appended
 *
 * Adds several cards at once, each at the end of its theme, as one change.
 */
gboolean
rt_committee_add_cards (RtCommittee        *self,
                        const RtCardDraft  *drafts,
                        guint               n_drafts,
                        GArray             *ids,
                        GError            **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  guint old_len = ids != NULL ? ids->len : 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (drafts != NULL || n_drafts == 0, FALSE);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add card", "Add %u cards", n_drafts), n_drafts);
  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  for (guint i = 0; ok && i < n_drafts; i++)
    {
      gint64 id = rt_committee_insert_card (self, &drafts[i], -1, now, error);

      if ((ok = id != 0) && ids != NULL)
        g_array_append_val (ids, id);
    }

  if (!rt_committee_end_change (self, ok, error))
    {
      if (ids != NULL)
        g_array_set_size (ids, old_len);
      return FALSE;
    }

  return TRUE;
}

/* Where a new card of @theme_id goes: after the last of its theme. Inside a
 * batch the answer is kept and counted on, instead of asked for each card. */
static gboolean
next_position (RtCommittee  *self,
               gint64        theme_id,
               gint64       *position,
               GError      **error)
{
  GHashTable *batch = *_rt_committee_get_card_batch (self);
  gint64 *known = batch ? g_hash_table_lookup (batch, &theme_id) : NULL;
  RtStmt *stmt;
  gboolean has_row;

  if (known != NULL)
    {
      *position = (*known)++;
      return TRUE;
    }

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT coalesce(max(position) + 1, 0) FROM cards WHERE theme_id IS ?1",
                                 error)))
    return FALSE;

  rt_stmt_bind_id (stmt, 1, theme_id);
  if (!rt_stmt_step (stmt, &has_row, error))
    return FALSE;
  *position = has_row ? rt_stmt_get_int64 (stmt, 0) : 0;
  if (has_row)
    rt_stmt_reset (stmt);

  if (batch != NULL)
    {
      known = g_new (gint64, 2);
      known[0] = theme_id;
      known[1] = *position + 1;
      g_hash_table_insert (batch, &known[0], &known[1]);
    }

  return TRUE;
}

/**
 * rt_committee_begin_card_batch:
 *
 * Starts writing many cards at once, inside the current change (an import):
 * until rt_committee_end_card_batch(), rt_committee_insert_card() counts each
 * theme's positions on instead of asking, and the undo history keeps one
 * entry for all the new cards instead of one a card. Nothing else may write
 * cards in between.
 */
gboolean
rt_committee_begin_card_batch (RtCommittee  *self,
                               GError      **error)
{
  GHashTable **batch = _rt_committee_get_card_batch (self);

  g_return_val_if_fail (*batch == NULL, FALSE);

  if (!_rt_history_begin_bulk_insert (rt_committee_get_history (self), "cards", error))
    return FALSE;

  *batch = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  return TRUE;
}

/**
 * rt_committee_end_card_batch:
 *
 * Ends what rt_committee_begin_card_batch() began. Call it also when the
 * change failed: the change's rollback forgets what the batch logged.
 */
gboolean
rt_committee_end_card_batch (RtCommittee  *self,
                             GError      **error)
{
  g_clear_pointer (_rt_committee_get_card_batch (self), g_hash_table_unref);

  return _rt_history_end_bulk_insert (rt_committee_get_history (self), error);
}

/**
 * rt_committee_insert_card:
 * @verbatim_length: the length of @draft's verbatim, which need not end
 *   with a NUL (a slice of the minutes); -1 when it does
 *
 * Writes a card at the end of its theme, or of the inbox, inside the
 * current change: the one writer of new cards, for the board, the minutes
 * import and the table import.
 */
gint64
rt_committee_insert_card (RtCommittee        *self,
                          const RtCardDraft  *draft,
                          gssize              verbatim_length,
                          const char         *now,
                          GError            **error)
{
  const char *verbatim = draft->verbatim ? draft->verbatim : "";
  gint64 position;
  RtStmt *stmt;

  if (!next_position (self, draft->theme_id, &position, error))
    return 0;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO cards (text, verbatim, speaker_id, meeting_id, theme_id,"
                                 " source_id, source_offset, source_length, status, visibility,"
                                 " created, modified, kind, position)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12, ?11, ?13, ?14)",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 12, draft->created ? draft->created : now);
  rt_stmt_bind_text (stmt, 1, draft->text);
  rt_stmt_bind_text_len (stmt, 2, verbatim, verbatim_length < 0 ? strlen (verbatim) : (gsize)verbatim_length);
  rt_stmt_bind_id (stmt, 3, draft->speaker_id);
  rt_stmt_bind_id (stmt, 4, draft->meeting_id);
  rt_stmt_bind_id (stmt, 5, draft->theme_id);
  rt_stmt_bind_id (stmt, 6, draft->source_id);
  if (draft->source_id > 0)
    {
      rt_stmt_bind_int64 (stmt, 7, draft->source_offset);
      rt_stmt_bind_int64 (stmt, 8, draft->source_length);
    }
  rt_stmt_bind_text (stmt, 9, rt_enum_to_nick (RT_TYPE_CARD_STATUS, draft->status));
  rt_stmt_bind_text (stmt, 10, rt_enum_to_nick (RT_TYPE_VISIBILITY, draft->visibility));
  rt_stmt_bind_text (stmt, 11, now);
  rt_stmt_bind_text (stmt, 13, rt_enum_to_nick (RT_TYPE_STATEMENT_KIND, draft->kind));
  rt_stmt_bind_int64 (stmt, 14, position);

  return rt_stmt_insert (stmt, error);
}

/**
 * rt_committee_add_card:
 *
 * Adds a card at the end of its theme, or of the inbox.
 *
 * Returns: the id of the new card, or 0 with @error set
 */
gint64
rt_committee_add_card (RtCommittee        *self,
                       const RtCardDraft  *draft,
                       GError            **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (draft != NULL && draft->text != NULL, 0);

  /* "Add card" is also the singular of a plural message: in Japanese the
   * one form holds the count, so it goes through ngettext here too. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add card", "Add %u cards", 1), 1u);
  if (!rt_committee_begin_change (self, label, error))
    return 0;
  id = rt_committee_insert_card (self, draft, -1, now, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

gboolean
rt_committee_set_card_text (RtCommittee  *self,
                            gint64        card_id,
                            const char   *text,
                            GError      **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE cards SET text = ?2, modified = ?3 WHERE id = ?1 AND text IS NOT ?2",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, text);
  rt_stmt_bind_text (stmt, 3, now);

  return rt_committee_run_change (self, _("Edit card"), stmt, error);
}

static gboolean
move_cards_locked (RtCommittee   *self,
                   const gint64  *card_ids,
                   guint          n_cards,
                   gint64         theme_id,
                   int            position,
                   GError       **error)
{
  g_autoptr(GArray) column = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) moving = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;
  guint kept = 0;

  for (guint i = 0; i < n_cards; i++)
    g_hash_table_add (moving, (gpointer)&card_ids[i]);

  /* The column as it stays, without the cards that move. */
  if (!rt_committee_read_ids (self, "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0) ORDER BY position, id",
                              theme_id, column, error))
    return FALSE;
  for (guint i = 0; i < column->len; i++)
    if (!g_hash_table_contains (moving, &g_array_index (column, gint64, i)))
      g_array_index (column, gint64, kept++) = g_array_index (column, gint64, i);
  g_array_set_size (column, kept);

  if (position < 0 || (guint)position > column->len)
    position = column->len;

  g_array_insert_vals (column, position, card_ids, n_cards);

  for (guint i = 0; i < column->len; i++)
    {
      gint64 id = g_array_index (column, gint64, i);

      if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                     "UPDATE cards SET theme_id = nullif(?2, 0), position = ?3,"
                                     " modified = CASE WHEN theme_id IS nullif(?2, 0) THEN modified ELSE ?4 END"
                                     " WHERE id = ?1 AND (theme_id IS NOT nullif(?2, 0) OR position != ?3)",
                                     error)))
        return FALSE;

      rt_stmt_bind_int64 (stmt, 1, id);
      rt_stmt_bind_int64 (stmt, 2, theme_id);
      rt_stmt_bind_int (stmt, 3, i);
      rt_stmt_bind_text (stmt, 4, now);

      if (!rt_stmt_run (stmt, error))
        return FALSE;

      if (g_hash_table_contains (moving, &id) && rt_store_get_changes (rt_committee_get_store (self)) == 0)
        {
          gboolean exists;

          if (!(stmt = rt_store_prepare (rt_committee_get_store (self), "SELECT 1 FROM cards WHERE id = ?1", error)))
            return FALSE;
          rt_stmt_bind_int64 (stmt, 1, id);
          if (!rt_stmt_step (stmt, &exists, error))
            return FALSE;
          rt_stmt_reset (stmt);
          if (!exists)
            {
              g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                           _("The card %lld does not exist"), (long long)id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * rt_committee_move_cards:
 * @theme_id: the target theme, or 0 for the 未分類 inbox
 * @position: where the cards go among the target's other cards; -1 for the end
 *
 * Moves cards, keeping their given order, in one transaction.
 */
gboolean
rt_committee_move_cards (RtCommittee   *self,
                         const gint64  *card_ids,
                         guint          n_cards,
                         gint64         theme_id,
                         int            position,
                         GError       **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  if (n_cards == 0)
    return TRUE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move card", "Move %u cards", n_cards), n_cards);
  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  return rt_committee_end_change (self, move_cards_locked (self, card_ids, n_cards, theme_id, position, error),
                                  error);
}

/**
 * rt_committee_list_cards:
 * @theme_id: a theme, or 0 for the 未分類 inbox
 *
 * Returns: (transfer full): the cards of @theme_id, in order
 */
GListModel *
rt_committee_list_cards (RtCommittee *self,
                         gint64       theme_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_CARD,
                                    "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0)"
                                    " ORDER BY position, id",
                                    theme_id, RT_T (CARDS)));
}

/* Puts the cards of @theme_id (in their order) at the end of the inbox. */
gboolean
rt_committee_release_cards (RtCommittee  *self,
               gint64        theme_id,
               GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  return rt_committee_read_ids (self, "SELECT id FROM cards WHERE theme_id IS NULL ORDER BY position, id", 0, order, error) &&
         rt_committee_read_ids (self, "SELECT id FROM cards WHERE theme_id = ?1 ORDER BY position, id", theme_id, order, error) &&
         rt_committee_write_order (self,
                      "UPDATE cards SET theme_id = NULL, position = ?3,"
                      " modified = CASE WHEN theme_id IS NULL THEN modified ELSE ?4 END"
                      " WHERE id = ?1 AND (theme_id IS NOT NULL OR position != ?3)",
                      order, 0, error);
}

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
      rt_committee_invalid (error, _("An opinion needs some text"));
      return 0;
    }

  draft.text = stripped;
  draft.speaker_id = speaker_id;
  draft.meeting_id = meeting_id;

  if (!rt_committee_begin_change (self, _("Capture opinion"), error))
    return 0;

  id = rt_committee_add_card (self, &draft, error);
  if (!rt_committee_end_change (self, id > 0, error))
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

  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  ok = check_cards (self, card_ids, n_cards, error);

  for (guint i = 0; ok && i < n_cards; i++)
    {
      RtStmt *stmt;

      if (!(stmt = rt_store_prepare (store, sql, error)))
        {
          ok = FALSE;
          break;
        }

      rt_stmt_bind_int64 (stmt, 1, card_ids[i]);
      if (text_value != NULL)
        rt_stmt_bind_text (stmt, 2, text_value);
      else
        rt_stmt_bind_int64 (stmt, 2, int_value);
      rt_stmt_bind_text (stmt, 3, now);

      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
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

/**
 * rt_committee_set_cards_kind:
 *
 * Marks cards as 意見, 質問, 要望, 説明・回答 or 進行: the 議事要旨 draft
 * gives the secretariat's 説明・回答 one line and leaves 進行 out.
 */
gboolean
rt_committee_set_cards_kind (RtCommittee      *self,
                             const gint64     *card_ids,
                             guint             n_cards,
                             RtStatementKind   kind,
                             GError          **error)
{
  const char *nick = rt_enum_to_nick (RT_TYPE_STATEMENT_KIND, kind);

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);
  g_return_val_if_fail (nick != NULL, FALSE);

  return set_cards (self, _("Change statement kind"),
                    "UPDATE cards SET kind = ?2, modified = ?3 WHERE id = ?1 AND kind IS NOT ?2",
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
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store,
                                 "SELECT text, verbatim, coalesce(theme_id, 0), coalesce(source_id, 0),"
                                 " coalesce(source_offset, -1), coalesce(source_length, 0)"
                                 " FROM cards WHERE id = ?1",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, card_id);

  if (!rt_stmt_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                   _("The card %lld does not exist"), (long long)card_id);
      return FALSE;
    }

  row->text = g_strdup (rt_stmt_get_text (stmt, 0));
  row->verbatim = g_strdup (rt_stmt_get_text (stmt, 1));
  row->theme_id = rt_stmt_get_int64 (stmt, 2);
  row->source_id = rt_stmt_get_int64 (stmt, 3);
  row->source_offset = rt_stmt_get_int64 (stmt, 4);
  row->source_length = rt_stmt_get_int64 (stmt, 5);
  rt_stmt_reset (stmt);

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

  if (!rt_committee_read_ids (self, "SELECT id FROM cards WHERE theme_id IS nullif(?1, 0) ORDER BY position, id",
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

  return rt_committee_write_order (self,
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
 * speaker, meeting, source, status, visibility, kind and links to points. White
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
  RtStmt *stmt;
  gint64 new_id = 0;
  gsize len, a_start, a_end, b_start, b_end;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (!rt_committee_begin_change (self, _("Split card"), error))
    return 0;

  if (!(ok = read_card (self, card_id, &row, error)))
    goto out;

  len = strlen (row.text);
  if (offset == 0 || offset >= len || (row.text[offset] & 0xc0) == 0x80)
    {
      ok = rt_committee_invalid (error, _("A card can only be split between two of its characters"));
      goto out;
    }

  a_start = 0;
  a_end = b_start = offset;
  b_end = len;
  strip_bounds (row.text, &a_start, &a_end);
  strip_bounds (row.text, &b_start, &b_end);
  if (a_start == a_end || b_start == b_end)
    {
      ok = rt_committee_invalid (error, _("Both parts of a split card need some text"));
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

  if (!(ok = rt_committee_run_id_text (self, "UPDATE cards SET text = ?2 WHERE id = ?1", card_id, first, error)))
    goto out;

  if (!(stmt = rt_store_prepare (store,
                                 "UPDATE cards SET verbatim = ?2, source_offset = ?3, source_length = ?4,"
                                 " modified = ?5 WHERE id = ?1",
                                 error)))
    {
      ok = FALSE;
      goto out;
    }
  rt_stmt_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, verbatim1);
  if (row.source_id > 0 && offset1 >= 0)
    {
      rt_stmt_bind_int64 (stmt, 3, offset1);
      rt_stmt_bind_int64 (stmt, 4, length1);
    }
  rt_stmt_bind_text (stmt, 5, now);
  if (!(ok = rt_stmt_run (stmt, error)))
    goto out;

  if (!(stmt = rt_store_prepare (store,
                                 "INSERT INTO cards (text, verbatim, speaker_id, meeting_id, source_id,"
                                 " source_offset, source_length, theme_id, position, status, visibility,"
                                 " kind, created, modified)"
                                 " SELECT ?2, ?3, speaker_id, meeting_id, source_id, ?4, ?5, theme_id,"
                                 " position, status, visibility, kind, ?6, ?6 FROM cards WHERE id = ?1",
                                 error)))
    {
      ok = FALSE;
      goto out;
    }
  rt_stmt_bind_int64 (stmt, 1, card_id);
  rt_stmt_bind_text (stmt, 2, second);
  rt_stmt_bind_text (stmt, 3, verbatim2);
  if (row.source_id > 0 && offset2 >= 0)
    {
      rt_stmt_bind_int64 (stmt, 4, offset2);
      rt_stmt_bind_int64 (stmt, 5, length2);
    }
  rt_stmt_bind_text (stmt, 6, now);
  if (!(ok = rt_stmt_run (stmt, error)))
    goto out;

  new_id = rt_store_last_insert (store);

  ok = rt_committee_run_id_int (self,
                   "INSERT INTO card_points (card_id, point_id)"
                   " SELECT ?2, point_id FROM card_points WHERE card_id = ?1 ORDER BY id",
                   card_id, new_id, error) &&
       place_after (self, row.theme_id, card_id, new_id, error);

out:
  card_row_clear (&row);
  if (!rt_committee_end_change (self, ok, error))
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
    if (!rt_committee_run_id (self, "DELETE FROM map_positions WHERE kind = 'card' AND item_id = ?1", 
                     card_ids[i], error) ||
        !rt_committee_run_id (self, "DELETE FROM cards WHERE id = ?1", card_ids[i], error))
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
        return rt_committee_invalid (error, _("Cards of different meetings cannot be merged: a card belongs to one meeting"));
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
  RtStmt *stmt;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  for (guint i = 0; i < n_cards; i++)
    for (guint j = 0; j < i; j++)
      if (card_ids[i] == card_ids[j])
        return rt_committee_invalid (error, _("A card cannot be merged with itself"));

  if (n_cards < 2)
    return rt_committee_invalid (error, _("Merging needs at least two cards"));

  if (!check_same_speaker (self, card_ids, n_cards, error))
    return FALSE;

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merge card", "Merge %u cards", n_cards), n_cards);
  if (!rt_committee_begin_change (self, label, error))
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
      rt_stmt_bind_int64 (stmt, 1, card_ids[0]);
      rt_stmt_bind_text (stmt, 2, text->str);
      rt_stmt_bind_text (stmt, 3, verbatim->str);
      rt_stmt_bind_text (stmt, 4, now);
      rt_stmt_bind_int (stmt, 5, same_source);
      rt_stmt_bind_int64 (stmt, 6, span_start);
      rt_stmt_bind_int64 (stmt, 7, span_end - span_start);
      ok = rt_stmt_run (stmt, error);
    }

  for (guint i = 1; ok && i < n_cards; i++)
    ok = rt_committee_run_id_int (self,
                     "INSERT OR IGNORE INTO card_points (card_id, point_id)"
                     " SELECT ?1, point_id FROM card_points WHERE card_id = ?2 ORDER BY id",
                     card_ids[0], card_ids[i], error);

  if (ok)
    ok = delete_cards_locked (self, card_ids + 1, n_cards - 1, error);

  return rt_committee_end_change (self, ok, error);
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
  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  ok = check_cards (self, card_ids, n_cards, error) &&
       delete_cards_locked (self, card_ids, n_cards, error);

  return rt_committee_end_change (self, ok, error);
}

/* Who has been heard */

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
  RtStmt *stmt;
  gboolean has_row;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;

  for (;;)
    {
      gint64 id;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      id = rt_stmt_get_int64 (stmt, 0);
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
  RtStmt *stmt;
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

  rt_stmt_bind_int64 (stmt, 1, meeting_id);

  for (;;)
    {
      gint64 row[3];

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      row[0] = rt_stmt_get_int64 (stmt, 0);
      row[1] = rt_stmt_get_int64 (stmt, 1);
      row[2] = rt_stmt_get_int64 (stmt, 2);
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
