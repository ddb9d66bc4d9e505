/* rt-committee-links.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-links"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-committee-links.h"
#include "rt-committee-edit.h"
#include "rt-store-private.h"

static gboolean
exists (RtStore     *store,
        const char  *sql,
        gint64       id,
        gboolean    *found,
        GError     **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!rt_store_step_row (store, stmt, found, error))
    return FALSE;
  sqlite3_reset (stmt);
  return TRUE;
}

/* Adds or removes one link inside the current transaction. Linking twice
 * or unlinking what is not linked changes nothing and is not an error; a
 * missing card, theme or point is. */
static gboolean
change_link_locked (RtStore      *store,
                    gboolean      card,
                    gint64        from_id,
                    gint64        point_id,
                    gboolean      link,
                    GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean found;
  const char *sql;

  if (link)
    {
      if (!exists (store, card ? "SELECT 1 FROM cards WHERE id = ?1" : "SELECT 1 FROM themes WHERE id = ?1",
                   from_id, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       card ? _("The card %lld does not exist") : _("The theme %lld does not exist"),
                       (long long)from_id);
          return FALSE;
        }
      if (!exists (store, "SELECT 1 FROM points WHERE id = ?1", point_id, &found, error))
        return FALSE;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       _("The point %lld does not exist"), (long long)point_id);
          return FALSE;
        }
    }

  if (link)
    sql = card ? "INSERT OR IGNORE INTO card_points (card_id, point_id) VALUES (?1, ?2)"
               : "INSERT OR IGNORE INTO theme_points (theme_id, point_id) VALUES (?1, ?2)";
  else
    sql = card ? "DELETE FROM card_points WHERE card_id = ?1 AND point_id = ?2"
               : "DELETE FROM theme_points WHERE theme_id = ?1 AND point_id = ?2";

  if (!(stmt = rt_store_prepare (store, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from_id);
  sqlite3_bind_int64 (stmt, 2, point_id);
  return rt_store_step_done (store, stmt, error);
}

static gboolean
change_link (RtCommittee  *self,
             gboolean      card,
             gint64        from_id,
             gint64        point_id,
             gboolean      link,
             GError      **error)
{
  RtStore *store = rt_committee_get_store (self);

  if (!rt_store_begin (store, error))
    return FALSE;

  if (!change_link_locked (store, card, from_id, point_id, link, error))
    {
      rt_store_rollback (store);
      return FALSE;
    }

  return rt_store_commit (store, error);
}

gboolean
rt_committee_link_card_point (RtCommittee  *self,
                              gint64        card_id,
                              gint64        point_id,
                              GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, TRUE, card_id, point_id, TRUE, error);
}

gboolean
rt_committee_unlink_card_point (RtCommittee  *self,
                                gint64        card_id,
                                gint64        point_id,
                                GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, TRUE, card_id, point_id, FALSE, error);
}

gboolean
rt_committee_link_theme_point (RtCommittee  *self,
                               gint64        theme_id,
                               gint64        point_id,
                               GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, FALSE, theme_id, point_id, TRUE, error);
}

gboolean
rt_committee_unlink_theme_point (RtCommittee  *self,
                                 gint64        theme_id,
                                 gint64        point_id,
                                 GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  return change_link (self, FALSE, theme_id, point_id, FALSE, error);
}

static gint64
apply_change_locked (RtCommittee          *self,
                     const RtThemeChange  *change,
                     GError              **error)
{
  RtStore *store = rt_committee_get_store (self);
  gint64 theme_id = change->theme_id;

  if (theme_id == 0)
    {
      if (change->name == NULL || change->name[0] == '\0')
        {
          g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                               _("A new theme needs a name"));
          return 0;
        }
      if (!(theme_id = rt_committee_add_theme (self, change->label_id, change->name, change->color, error)))
        return 0;
    }
  else
    {
      gboolean found;

      if (!exists (store, "SELECT 1 FROM themes WHERE id = ?1", theme_id, &found, error))
        return 0;
      if (!found)
        {
          g_set_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                       _("The theme %lld does not exist"), (long long)theme_id);
          return 0;
        }

      if (change->name != NULL && change->name[0] != '\0')
        {
          sqlite3_stmt *stmt;

          if (!(stmt = rt_store_prepare (store, "UPDATE themes SET name = ?2 WHERE id = ?1 AND name != ?2", error)))
            return 0;
          sqlite3_bind_int64 (stmt, 1, theme_id);
          rt_stmt_bind_text (stmt, 2, change->name);
          if (!rt_store_step_done (store, stmt, error))
            return 0;
        }
    }

  if (change->n_cards > 0 &&
      !rt_committee_move_cards (self, change->card_ids, change->n_cards, theme_id, -1, error))
    return 0;

  return theme_id;
}

/**
 * rt_committee_apply_suggestions:
 * @changes: (array length=n_changes): accepted theme suggestions
 * @links: (array length=n_links): accepted point links; a link whose
 *   theme_id is negative means the new theme of changes[-theme_id - 1]
 * @theme_ids: (out caller-allocates) (optional) (element-type gint64): the
 *   theme of each change, new or existing
 *
 * Applies what the user accepted in one transaction: all of it or, on
 * error, none of it.
 */
gboolean
rt_committee_apply_suggestions (RtCommittee          *self,
                                const RtThemeChange  *changes,
                                guint                 n_changes,
                                const RtPointLink    *links,
                                guint                 n_links,
                                GArray               *theme_ids,
                                GError              **error)
{
  RtStore *store;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (changes != NULL || n_changes == 0, FALSE);
  g_return_val_if_fail (links != NULL || n_links == 0, FALSE);

  /* Everything the user accepted in the review is one undo step. */
  if (rt_committee_get_history (self) != NULL)
    rt_history_label_next_step (rt_committee_get_history (self), _("Apply suggestions"));

  store = rt_committee_get_store (self);
  if (!rt_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < n_changes; i++)
    {
      gint64 id = apply_change_locked (self, &changes[i], error);

      if (id == 0)
        goto fail;
      g_array_append_val (ids, id);
    }

  for (guint i = 0; i < n_links; i++)
    {
      const RtPointLink *link = &links[i];
      gint64 theme_id = link->theme_id;

      if (theme_id < 0)
        {
          /* -(theme_id + 1) cannot overflow, unlike -theme_id for G_MININT64. */
          guint64 slot = (guint64)-(theme_id + 1);

          if (slot >= ids->len)
            {
              g_set_error_literal (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID,
                                   _("A link refers to a theme that is not being created"));
              goto fail;
            }
          theme_id = g_array_index (ids, gint64, slot);
        }

      if (!change_link_locked (store, link->card_id != 0, link->card_id != 0 ? link->card_id : theme_id,
                               link->point_id, TRUE, error))
        goto fail;
    }

  if (!rt_store_commit (store, error))
    return FALSE;

  if (theme_ids != NULL)
    g_array_append_vals (theme_ids, ids->data, ids->len);

  return TRUE;

fail:
  rt_store_rollback (store);
  return FALSE;
}

/**
 * rt_committee_apply_theme_suggestion:
 *
 * Moves the cards of @change into its theme, creating or renaming the
 * theme, in one transaction.
 *
 * Returns: the theme's id, or 0 with @error set
 */
gint64
rt_committee_apply_theme_suggestion (RtCommittee          *self,
                                     const RtThemeChange  *change,
                                     GError              **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (change != NULL, 0);

  if (!rt_committee_apply_suggestions (self, change, 1, NULL, 0, ids, error))
    return 0;

  return g_array_index (ids, gint64, 0);
}
