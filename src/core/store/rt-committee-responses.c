/* rt-committee-responses.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-responses"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* Responses (対応): the secretariat's answer to opinions, given to cards
 * (response_cards: a card has at most one answer of its own) or to a theme,
 * and the committee's list of kinds of answer (response_kinds). The only
 * owner of these three tables. */

#define KIND_SELECT \
  "SELECT id AS id, name AS name, position AS position FROM response_kinds"

#define RESPONSE_SELECT \
  "SELECT r.id AS id, coalesce(r.theme_id, 0) AS theme_id, coalesce(r.kind_id, 0) AS kind_id," \
  " coalesce(k.name, '') AS kind, r.text AS text, r.reflected AS reflected," \
  " coalesce(r.point_id, 0) AS point_id, coalesce(pt.number, 0) AS point_number," \
  " coalesce(r.meeting_id, 0) AS meeting_id, coalesce(m.number, 0) AS meeting_number," \
  " r.created AS created, r.modified AS modified," \
  " coalesce((SELECT group_concat(card_id, ',') FROM (SELECT rc.card_id AS card_id FROM response_cards rc" \
  "   WHERE rc.response_id = r.id ORDER BY rc.card_id)), '') AS cards" \
  " FROM responses r LEFT JOIN response_kinds k ON k.id = r.kind_id" \
  " LEFT JOIN points pt ON pt.id = r.point_id LEFT JOIN meetings m ON m.id = r.meeting_id"

const RtKindInfo rt_response_kind_info = {
  rt_response_kind_get_type, (gpointer)_rt_response_kind_load,
  KIND_SELECT, KIND_SELECT " WHERE id = ?1",
  "SELECT id FROM response_kinds ORDER BY position, id",
  RT_T (RESPONSE_KINDS), RT_T (RESPONSE_KINDS),
};

/* An answer whose cards were all deleted stays in the file (so that undoing
 * the deletion finds it again) but is in no list. */
const RtKindInfo rt_response_info = {
  rt_response_get_type, (gpointer)_rt_response_load,
  RESPONSE_SELECT, RESPONSE_SELECT " WHERE r.id = ?1",
  "SELECT r.id FROM responses r WHERE r.theme_id IS NOT NULL"
  " OR EXISTS (SELECT 1 FROM response_cards rc WHERE rc.response_id = r.id) ORDER BY r.id",
  RT_T (RESPONSES) | RT_T (RESPONSE_CARDS) | RT_T (RESPONSE_KINDS) | RT_T (POINTS) | RT_T (MEETINGS),
  RT_T (RESPONSES) | RT_T (RESPONSE_CARDS),
};

/* The column lists of the JSON format (rt-table.h). */

static const RtField response_kind_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "name", "name", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

/* A new committee has the usual kinds (schema 3): a file that lists its
 * own replaces them, a file without any keeps them. */
const RtTableSpec rt_response_kinds_table = {
  "response_kinds", "response_kinds", RT_ROW_OBJECT, response_kind_fields, G_N_ELEMENTS (response_kind_fields),
  NULL, "x.position, x.id", NULL, NULL, TRUE,
};

static const RtField response_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "theme", "theme_id", RT_FIELD_REF },
  { "kind", "kind_id", RT_FIELD_REF },
  { "text", "text", RT_FIELD_TEXT },
  { "reflected", "reflected", RT_FIELD_TEXT },
  { "point", "point_id", RT_FIELD_REF },
  { "meeting", "meeting_id", RT_FIELD_REF },
  { "created", "created", RT_FIELD_STAMP },
  { "modified", "modified", RT_FIELD_STAMP, NULL, "created" },
};

const RtTableSpec rt_responses_table = {
  "responses", "responses", RT_ROW_OBJECT, response_fields, G_N_ELEMENTS (response_fields),
  NULL, "x.id",
};

static const RtField response_card_fields[] = {
  { NULL, "response_id", RT_FIELD_REF },
  { NULL, "card_id", RT_FIELD_REF },
};

const RtTableSpec rt_response_cards_table = {
  "response_cards", "response_cards", RT_ROW_PAIR, response_card_fields, G_N_ELEMENTS (response_card_fields),
  NULL, "x.response_id, x.card_id",
};


#define check_response(self, id, error) \
  rt_committee_check_row ((self), "responses", (id), (error), _("The response %lld does not exist"), (long long)(id))
#define check_response_kind(self, id, error) \
  rt_committee_check_row ((self), "response_kinds", (id), (error), _("The kind of response %lld does not exist"), (long long)(id))

/**
 * rt_committee_get_responses:
 *
 * Returns: (transfer none): the answers given to cards or themes, by id
 */
GListModel *
rt_committee_get_responses (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  /* The list of every object of a kind is the committee's own. */
  return rt_committee_get_kind_list (self, RT_KIND_RESPONSE);
}

/**
 * rt_committee_get_response_kinds:
 *
 * Returns: (transfer none): the kinds of answer, in the committee's order
 */
GListModel *
rt_committee_get_response_kinds (RtCommittee *self)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return rt_committee_get_kind_list (self, RT_KIND_RESPONSE_KIND);
}

/* Card id → its own answer; -theme id → the theme's. */
static GHashTable *
get_index (RtCommittee *self)
{
  GHashTable *index = rt_committee_get_response_index (self);
  GListModel *responses;

  if (index != NULL)
    return index;

  index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  responses = rt_committee_get_responses (self);
  for (guint i = 0, n = g_list_model_get_n_items (responses); i < n; i++)
    {
      g_autoptr(RtResponse) response = g_list_model_get_item (responses, i);
      const gint64 *card_ids;
      guint n_cards;
      gint64 *key;

      if (rt_response_get_theme_id (response) != 0)
        {
          key = g_new (gint64, 1);
          *key = -rt_response_get_theme_id (response);
          g_hash_table_insert (index, key, response);
        }

      card_ids = rt_response_get_card_ids (response, &n_cards);
      for (guint j = 0; j < n_cards; j++)
        {
          key = g_new (gint64, 1);
          *key = card_ids[j];
          g_hash_table_insert (index, key, response);
        }
    }

  rt_committee_set_response_index (self, index);

  return index;
}

/**
 * rt_committee_get_card_own_response:
 *
 * Returns: (transfer none) (nullable): the answer given to the card itself
 */
RtResponse *
rt_committee_get_card_own_response (RtCommittee *self,
                                    gint64       card_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (card_id <= 0)
    return NULL;

  return g_hash_table_lookup (get_index (self), &card_id);
}

/**
 * rt_committee_get_theme_response:
 *
 * Returns: (transfer none) (nullable): the answer given to the theme, for
 *   each of its cards
 */
RtResponse *
rt_committee_get_theme_response (RtCommittee *self,
                                 gint64       theme_id)
{
  gint64 key = -theme_id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (theme_id <= 0)
    return NULL;

  return g_hash_table_lookup (get_index (self), &key);
}

/**
 * rt_committee_get_card_response:
 *
 * Returns: (transfer none) (nullable): the answer that counts for the card:
 *   its own, else its theme's
 */
RtResponse *
rt_committee_get_card_response (RtCommittee *self,
                                gint64       card_id)
{
  RtResponse *response;
  RtCard *card;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if ((response = rt_committee_get_card_own_response (self, card_id)))
    return response;

  if (!(card = rt_committee_lookup (self, RT_KIND_CARD, card_id)))
    return NULL;

  return rt_committee_get_theme_response (self, rt_card_get_theme_id (card));
}

static gboolean
edit_is_empty (const RtResponseEdit *edit)
{
  return edit->kind_id == 0 && edit->point_id == 0 &&
         (edit->text == NULL || edit->text[strspn (edit->text, " \t\r\n")] == '\0') &&
         (edit->reflected == NULL || edit->reflected[0] == '\0');
}

static gboolean
check_edit (RtCommittee          *self,
            const RtResponseEdit *edit,
            GError              **error)
{
  if (edit_is_empty (edit))
    return rt_committee_invalid (error, _("An answer needs a kind or a text"));

  return (edit->kind_id == 0 || check_response_kind (self, edit->kind_id, error)) &&
         (edit->point_id == 0 ||
          rt_committee_check_row (self, "points", edit->point_id, error,
                                  _("The point %lld does not exist"), (long long)edit->point_id)) &&
         (edit->meeting_id == 0 ||
          rt_committee_check_row (self, "meetings", edit->meeting_id, error,
                                  _("The meeting %lld does not exist"), (long long)edit->meeting_id));
}

/* Answers without cards or theme (their cards took another answer) go. */
static gboolean
delete_orphans (RtCommittee  *self,
                GError      **error)
{
  return rt_store_exec (rt_committee_get_store (self),
                        "DELETE FROM responses WHERE theme_id IS NULL"
                        " AND NOT EXISTS (SELECT 1 FROM response_cards rc WHERE rc.response_id = responses.id)",
                        error);
}

static gboolean
update_response (RtCommittee          *self,
                 gint64                response_id,
                 const RtResponseEdit *edit,
                 const char           *now,
                 GError              **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "UPDATE responses SET kind_id = nullif(?2, 0), text = ?3, reflected = ?4,"
                                 " point_id = nullif(?5, 0), meeting_id = nullif(?6, 0), modified = ?7"
                                 " WHERE id = ?1 AND (kind_id IS NOT nullif(?2, 0) OR text IS NOT ?3"
                                 "  OR reflected IS NOT ?4 OR point_id IS NOT nullif(?5, 0)"
                                 "  OR meeting_id IS NOT nullif(?6, 0))",
                                 error)))
    return FALSE;

  rt_stmt_bind_int64 (stmt, 1, response_id);
  rt_stmt_bind_int64 (stmt, 2, edit->kind_id);
  rt_stmt_bind_text (stmt, 3, edit->text ? edit->text : "");
  rt_stmt_bind_text (stmt, 4, edit->reflected ? edit->reflected : "");
  rt_stmt_bind_int64 (stmt, 5, edit->point_id);
  rt_stmt_bind_int64 (stmt, 6, edit->meeting_id);
  rt_stmt_bind_text (stmt, 7, now);

  return rt_stmt_run (stmt, error);
}

/**
 * rt_committee_insert_response:
 * @theme_id: the theme the answer is given to, or 0 for @card_ids
 *
 * Writes a new answer inside the current change: the one writer of
 * answers, for the editing functions and the imports. Cards given take it
 * as their own and leave any answer they had; an answer left without cards
 * is deleted. A theme's earlier answer is replaced.
 *
 * Returns: the new answer's id, or 0 with @error set
 */
gint64
rt_committee_insert_response (RtCommittee          *self,
                              gint64                theme_id,
                              const gint64         *card_ids,
                              guint                 n_cards,
                              const RtResponseEdit *edit,
                              const char           *now,
                              GError              **error)
{
  RtStore *store = rt_committee_get_store (self);
  RtStmt *stmt;
  gint64 id;

  if (theme_id != 0 &&
      !rt_committee_run_id (self, "DELETE FROM responses WHERE theme_id = ?1", theme_id, error))
    return 0;

  if (!(stmt = rt_store_prepare (store,
                                 "INSERT INTO responses (theme_id, kind_id, text, reflected, point_id, meeting_id,"
                                 " created, modified)"
                                 " VALUES (nullif(?1, 0), nullif(?2, 0), ?3, ?4, nullif(?5, 0), nullif(?6, 0), ?7, ?7)",
                                 error)))
    return 0;

  rt_stmt_bind_int64 (stmt, 1, theme_id);
  rt_stmt_bind_int64 (stmt, 2, edit->kind_id);
  rt_stmt_bind_text (stmt, 3, edit->text ? edit->text : "");
  rt_stmt_bind_text (stmt, 4, edit->reflected ? edit->reflected : "");
  rt_stmt_bind_int64 (stmt, 5, edit->point_id);
  rt_stmt_bind_int64 (stmt, 6, edit->meeting_id);
  rt_stmt_bind_text (stmt, 7, now);
  if ((id = rt_stmt_insert (stmt, error)) == 0)
    return 0;

  for (guint i = 0; i < n_cards; i++)
    {
      if (!rt_committee_run_id (self, "DELETE FROM response_cards WHERE card_id = ?1", card_ids[i], error) ||
          !rt_committee_run_id_int (self, "INSERT INTO response_cards (response_id, card_id) VALUES (?1, ?2)",
                                    id, card_ids[i], error))
        return 0;
    }

  if (n_cards > 0 && !delete_orphans (self, error))
    return 0;

  return id;
}

/* The answer @card_ids all have as their own, and no other card has; 0 when
 * they have none, or not the same, or share it with others. */
static gboolean
find_shared_response (RtCommittee   *self,
                      const gint64  *card_ids,
                      guint          n_cards,
                      gint64        *response_id,
                      GError       **error)
{
  RtStore *store = rt_committee_get_store (self);
  RtStmt *stmt;
  gint64 shared = 0;
  gboolean has_row;

  *response_id = 0;

  for (guint i = 0; i < n_cards; i++)
    {
      gint64 id;

      if (!(stmt = rt_store_prepare (store, "SELECT response_id FROM response_cards WHERE card_id = ?1", error)))
        return FALSE;
      rt_stmt_bind_int64 (stmt, 1, card_ids[i]);
      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        return TRUE;
      id = rt_stmt_get_int64 (stmt, 0);
      rt_stmt_reset (stmt);
      if (shared != 0 && id != shared)
        return TRUE;
      shared = id;
    }

  if (!(stmt = rt_store_prepare (store, "SELECT count(*) FROM response_cards WHERE response_id = ?1", error)))
    return FALSE;
  rt_stmt_bind_int64 (stmt, 1, shared);
  if (!rt_stmt_step (stmt, &has_row, error))
    return FALSE;
  if (has_row && rt_stmt_get_int64 (stmt, 0) == (gint64)n_cards)
    *response_id = shared;
  if (has_row)
    rt_stmt_reset (stmt);

  return TRUE;
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

/* Duplicates in a selection would give a card two rows of one answer. */
static GArray *
unique_ids (const gint64 *ids,
            guint         n_ids)
{
  GArray *unique = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < n_ids; i++)
    if (g_hash_table_add (seen, (gpointer)&ids[i]))
      g_array_append_val (unique, ids[i]);

  return unique;
}

/* Inside a change: gives the cards one answer. */
static gint64
write_card_answer (RtCommittee          *self,
                   const gint64         *card_ids,
                   guint                 n_cards,
                   const RtResponseEdit *edit,
                   const char           *now,
                   GError              **error)
{
  g_autoptr(GArray) ids = unique_ids (card_ids, n_cards);
  gint64 id;

  if (!check_cards (self, (gint64 *)(gpointer)ids->data, ids->len, error) ||
      !check_edit (self, edit, error) ||
      !find_shared_response (self, (gint64 *)(gpointer)ids->data, ids->len, &id, error))
    return 0;

  /* The cards already share an answer of their own, and only they do: it
   * is edited, and keeps its date. */
  if (id != 0)
    return update_response (self, id, edit, now, error) ? id : 0;

  return rt_committee_insert_response (self, 0, (gint64 *)(gpointer)ids->data, ids->len, edit, now, error);
}

/**
 * rt_committee_answer_cards:
 * @card_ids: the cards to answer, at least one
 * @edit: what the answer says: a kind or a text at least
 *
 * Gives @card_ids one answer, which they share. When these cards, and only
 * they, already share an answer of their own, it is edited; otherwise a new
 * answer is made and the cards leave their earlier ones (an answer left
 * without cards goes). One change.
 *
 * Returns: the id of the answer, or 0 with @error set
 */
gint64
rt_committee_answer_cards (RtCommittee          *self,
                           const gint64         *card_ids,
                           guint                 n_cards,
                           const RtResponseEdit *edit,
                           GError              **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (card_ids != NULL && n_cards > 0, 0);
  g_return_val_if_fail (edit != NULL, 0);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answer opinion", "Answer %u opinions", n_cards), n_cards);
  if (!rt_committee_begin_change (self, label, error))
    return 0;
  id = write_card_answer (self, card_ids, n_cards, edit, now, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

/**
 * rt_committee_edit_response:
 *
 * Changes what an answer says, for every card (or the theme) it is given to.
 */
gboolean
rt_committee_edit_response (RtCommittee          *self,
                            gint64                response_id,
                            const RtResponseEdit *edit,
                            GError              **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);

  if (!rt_committee_begin_change (self, _("Edit answer"), error))
    return FALSE;

  ok = check_response (self, response_id, error) &&
       check_edit (self, edit, error) &&
       update_response (self, response_id, edit, now, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_clear_card_responses:
 *
 * Takes their own answer off @card_ids (an answer given to their theme
 * still counts for them). An answer left without cards goes.
 */
gboolean
rt_committee_clear_card_responses (RtCommittee   *self,
                                   const gint64  *card_ids,
                                   guint          n_cards,
                                   GError       **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (card_ids != NULL || n_cards == 0, FALSE);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove answer", "Remove %u answers", n_cards), n_cards);
  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  ok = check_cards (self, card_ids, n_cards, error);
  for (guint i = 0; ok && i < n_cards; i++)
    ok = rt_committee_run_id (self, "DELETE FROM response_cards WHERE card_id = ?1", card_ids[i], error);
  ok = ok && delete_orphans (self, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_answer_theme:
 *
 * Gives @theme_id an answer, which counts for each of its cards that has
 * none of its own; an earlier answer of the theme is edited.
 *
 * Returns: the id of the answer, or 0 with @error set
 */
gint64
rt_committee_answer_theme (RtCommittee          *self,
                           gint64                theme_id,
                           const RtResponseEdit *edit,
                           GError              **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  RtStmt *stmt;
  gint64 id = 0;
  gboolean ok, has_row = FALSE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (edit != NULL, 0);

  if (!rt_committee_begin_change (self, _("Answer theme"), error))
    return 0;

  ok = check_theme (self, theme_id, error) &&
       check_edit (self, edit, error) &&
       (stmt = rt_store_prepare (rt_committee_get_store (self), "SELECT id FROM responses WHERE theme_id = ?1",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, theme_id);
      if ((ok = rt_stmt_step (stmt, &has_row, error)) && has_row)
        {
          id = rt_stmt_get_int64 (stmt, 0);
          rt_stmt_reset (stmt);
        }
    }
  if (ok && has_row)
    ok = update_response (self, id, edit, now, error);
  else if (ok)
    ok = (id = rt_committee_insert_response (self, theme_id, NULL, 0, edit, now, error)) != 0;

  return rt_committee_end_change (self, ok, error) ? id : 0;
}

gboolean
rt_committee_clear_theme_response (RtCommittee  *self,
                                   gint64        theme_id,
                                   GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Remove theme answer"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       rt_committee_run_id (self, "DELETE FROM responses WHERE theme_id = ?1", theme_id, error);

  return rt_committee_end_change (self, ok, error);
}

static gint64
insert_kind (RtCommittee  *self,
             const char   *name,
             GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO response_kinds (name, position)"
                                 " VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM response_kinds))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name);

  return rt_stmt_insert (stmt, error);
}

/**
 * rt_committee_find_response_kind:
 *
 * Returns: the id of the kind of answer named @name, or 0 if there is none
 */
gint64
rt_committee_find_response_kind (RtCommittee *self,
                                 const char  *name)
{
  RtStmt *stmt;
  gboolean has_row;
  gint64 id = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);

  if (name == NULL ||
      !(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "SELECT id FROM response_kinds WHERE name = ?1 ORDER BY position, id LIMIT 1",
                                 NULL)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name);
  if (rt_stmt_step (stmt, &has_row, NULL) && has_row)
    {
      id = rt_stmt_get_int64 (stmt, 0);
      rt_stmt_reset (stmt);
    }

  return id;
}

/**
 * rt_committee_add_answers:
 * @answers: the answers, each to its cards
 *
 * Stores answers that came with imported opinions (a public comment's
 * results give the city's answer beside each opinion) as one change, or
 * inside the import's own change when called within one. Kinds are given
 * by name and made when the committee has none of that name. Cards that
 * already had an answer of their own take the new one.
 */
gboolean
rt_committee_add_answers (RtCommittee          *self,
                          const RtAnswerDraft  *answers,
                          guint                 n_answers,
                          GError              **error)
{
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree char *label = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (answers != NULL || n_answers == 0, FALSE);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import answer", "Import %u answers", n_answers), n_answers);
  if (!rt_committee_begin_change (self, label, error))
    return FALSE;

  for (guint i = 0; ok && i < n_answers; i++)
    {
      const RtAnswerDraft *answer = &answers[i];
      RtResponseEdit edit = {
        .text = answer->text,
        .reflected = answer->reflected,
        .meeting_id = answer->meeting_id,
      };

      if (answer->n_cards == 0)
        continue;

      if (answer->kind != NULL && answer->kind[0] != '\0' &&
          (edit.kind_id = rt_committee_find_response_kind (self, answer->kind)) == 0)
        ok = (edit.kind_id = insert_kind (self, answer->kind, error)) != 0;

      ok = ok && write_card_answer (self, answer->card_ids, answer->n_cards, &edit, now, error) != 0;
    }

  return rt_committee_end_change (self, ok, error);
}

/* The kinds of answer */

gint64
rt_committee_add_response_kind (RtCommittee  *self,
                                const char   *name,
                                GError      **error)
{
  g_autofree char *stripped = NULL;
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("A kind of answer needs a name")), 0;

  if (!rt_committee_begin_change (self, _("Add kind of answer"), error))
    return 0;
  id = insert_kind (self, stripped, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

gboolean
rt_committee_rename_response_kind (RtCommittee  *self,
                                   gint64        kind_id,
                                   const char   *name,
                                   GError      **error)
{
  g_autofree char *stripped = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    return rt_committee_invalid (error, _("A kind of answer needs a name"));

  if (!rt_committee_begin_change (self, _("Rename kind of answer"), error))
    return FALSE;

  ok = check_response_kind (self, kind_id, error) &&
       rt_committee_run_id_text (self, "UPDATE response_kinds SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                                 kind_id, stripped, error);

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_move_response_kind:
 * @position: the kind's new index in the list; -1 for the last
 */
gboolean
rt_committee_move_response_kind (RtCommittee  *self,
                                 gint64        kind_id,
                                 int           position,
                                 GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move kind of answer"), error))
    return FALSE;

  ok = check_response_kind (self, kind_id, error) &&
       rt_committee_read_ids (self, "SELECT id FROM response_kinds WHERE id != ?1 ORDER BY position, id",
                              kind_id, order, error);
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, kind_id);
      ok = rt_committee_write_order (self, "UPDATE response_kinds SET position = ?3 WHERE id = ?1 AND position != ?3",
                                     order, 0, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/**
 * rt_committee_delete_response_kind:
 *
 * Deletes a kind of answer; the answers of that kind keep their text and
 * have no kind.
 */
gboolean
rt_committee_delete_response_kind (RtCommittee  *self,
                                   gint64        kind_id,
                                   GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Delete kind of answer"), error))
    return FALSE;

  ok = check_response_kind (self, kind_id, error) &&
       rt_committee_run_id (self, "DELETE FROM response_kinds WHERE id = ?1", kind_id, error);

  return rt_committee_end_change (self, ok, error);
}
