/* rt-committee-themes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-themes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee-private.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* Handout labels (資料1-1 …) and the themes under them. */

#define LABEL_SELECT \
  "SELECT id AS id, name AS name, position AS position FROM labels"
#define THEME_SELECT \
  "SELECT t.id AS id, coalesce(t.label_id, 0) AS label_id, t.name AS name, t.color AS color," \
  " t.position AS position, (SELECT count(*) FROM cards c WHERE c.theme_id = t.id) AS n_cards" \
  " FROM themes t"

const RtKindInfo rt_label_kind_info = {
  rt_label_get_type, (gpointer)_rt_label_load,
  LABEL_SELECT, LABEL_SELECT " WHERE id = ?1",
  "SELECT id FROM labels ORDER BY position, id",
  RT_T (LABELS), RT_T (LABELS),
};

const RtKindInfo rt_theme_kind_info = {
  rt_theme_get_type, (gpointer)_rt_theme_load,
  THEME_SELECT, THEME_SELECT " WHERE t.id = ?1",
  "SELECT t.id FROM themes t LEFT JOIN labels l ON l.id = t.label_id"
  " ORDER BY l.id IS NULL, l.position, l.id, t.position, t.id",
  RT_T (THEMES) | RT_T (CARDS), RT_T (THEMES) | RT_T (LABELS),
};

/* The column lists of the JSON format (rt-table.h). */

static const RtField label_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "name", "name", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_labels_table = {
  "labels", "labels", RT_ROW_OBJECT, label_fields, G_N_ELEMENTS (label_fields),
  NULL, "x.position, x.id",
};

static const RtField theme_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "label", "label_id", RT_FIELD_REF },
  { "name", "name", RT_FIELD_TEXT },
  { "color", "color", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION, NULL, "label" },
};

const RtTableSpec rt_themes_table = {
  "themes", "themes", RT_ROW_OBJECT, theme_fields, G_N_ELEMENTS (theme_fields),
  "LEFT JOIN labels l ON l.id = x.label_id", "l.id IS NULL, l.position, l.id, x.position, x.id",
};



/* A new label, last, inside the current change. */
gint64
rt_committee_insert_label (RtCommittee  *self,
                           const char   *name,
                           GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO labels (name, position)"
                                 " VALUES (?1, (SELECT coalesce(max(position) + 1, 0) FROM labels))",
                                 error)))
    return 0;

  rt_stmt_bind_text (stmt, 1, name);

  return rt_stmt_insert (stmt, error);
}

gint64
rt_committee_add_label (RtCommittee  *self,
                        const char   *name,
                        GError      **error)
{
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!rt_committee_begin_change (self, _("Add label"), error))
    return 0;
  id = rt_committee_insert_label (self, name, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

gint64
rt_committee_insert_theme (RtCommittee  *self,
                           gint64        label_id,
                           const char   *name,
                           const char   *color,
                           GError      **error)
{
  RtStmt *stmt;

  if (!(stmt = rt_store_prepare (rt_committee_get_store (self),
                                 "INSERT INTO themes (label_id, name, color, position)"
                                 " VALUES (nullif(?1, 0), ?2, ?3,"
                                 "  (SELECT coalesce(max(position) + 1, 0) FROM themes"
                                 "   WHERE label_id IS nullif(?1, 0)))",
                                 error)))
    return 0;

  rt_stmt_bind_int64 (stmt, 1, label_id);
  rt_stmt_bind_text (stmt, 2, name);
  rt_stmt_bind_text (stmt, 3, color ? color : "");

  return rt_stmt_insert (stmt, error);
}

gint64
rt_committee_add_theme (RtCommittee  *self,
                        gint64        label_id,
                        const char   *name,
                        const char   *color,
                        GError      **error)
{
  gint64 id;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (name != NULL, 0);

  if (!rt_committee_begin_change (self, _("Add theme"), error))
    return 0;
  id = rt_committee_insert_theme (self, label_id, name, color, error);

  return rt_committee_end_change (self, id != 0, error) ? id : 0;
}

/**
 * rt_committee_list_themes:
 * @label_id: a handout label, or 0 for themes without one
 *
 * Returns: (transfer full): the themes of @label_id, in order
 */
GListModel *
rt_committee_list_themes (RtCommittee *self,
                          gint64       label_id)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  return G_LIST_MODEL (rt_committee_new_list (self, RT_KIND_THEME,
                                    "SELECT id FROM themes WHERE label_id IS nullif(?1, 0)"
                                    " ORDER BY position, id",
                                    label_id, RT_T (THEMES)));
}

gboolean
rt_committee_rename_label (RtCommittee  *self,
                           gint64        label_id,
                           const char   *name,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!rt_committee_begin_change (self, _("Rename label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       rt_committee_run_id_text (self, "UPDATE labels SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                    label_id, name, error);

  return rt_committee_end_change (self, ok, error);
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

  if (!rt_committee_begin_change (self, _("Move label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       rt_committee_read_ids (self, "SELECT id FROM labels WHERE id != ?1 ORDER BY position, id", label_id, order, error);
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, label_id);
      ok = rt_committee_write_order (self, "UPDATE labels SET position = ?3 WHERE id = ?1 AND position != ?3",
                        order, 0, error);
    }

  return rt_committee_end_change (self, ok, error);
}

/* Puts the themes of @label_id (in their order) at the end of the themes
 * without a label, before the label is deleted. */
static gboolean
release_themes (RtCommittee  *self,
                gint64        label_id,
                GError      **error)
{
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));

  return rt_committee_read_ids (self, "SELECT id FROM themes WHERE label_id IS NULL ORDER BY position, id", 0, order, error) &&
         rt_committee_read_ids (self, "SELECT id FROM themes WHERE label_id = ?1 ORDER BY position, id", label_id, order, error) &&
         rt_committee_write_order (self,
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

  if (!rt_committee_begin_change (self, _("Delete label"), error))
    return FALSE;

  ok = check_label (self, label_id, error) &&
       release_themes (self, label_id, error) &&
       rt_committee_run_id (self, "DELETE FROM labels WHERE id = ?1", label_id, error);

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_rename_theme (RtCommittee  *self,
                           gint64        theme_id,
                           const char   *name,
                           GError      **error)
{
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!rt_committee_begin_change (self, _("Rename theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       rt_committee_run_id_text (self, "UPDATE themes SET name = ?2 WHERE id = ?1 AND name IS NOT ?2",
                    theme_id, name, error);

  return rt_committee_end_change (self, ok, error);
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

  if (!rt_committee_begin_change (self, _("Change theme colour"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       rt_committee_run_id_text (self, "UPDATE themes SET color = ?2 WHERE id = ?1 AND color IS NOT ?2",
                    theme_id, color ? color : "", error);

  return rt_committee_end_change (self, ok, error);
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

  if (!rt_committee_begin_change (self, _("Move theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       (label_id == 0 || check_label (self, label_id, error));
  if (ok)
    {
      RtStore *store = rt_committee_get_store (self);
      RtStmt *stmt;
      gboolean has_row;

      if ((ok = (stmt = rt_store_prepare (store,
                                          "SELECT id FROM themes WHERE label_id IS nullif(?1, 0) AND id != ?2"
                                          " ORDER BY position, id",
                                          error)) != NULL))
        {
          rt_stmt_bind_int64 (stmt, 1, label_id);
          rt_stmt_bind_int64 (stmt, 2, theme_id);
          for (;;)
            {
              gint64 id;

              if (!(ok = rt_stmt_step (stmt, &has_row, error)) || !has_row)
                break;
              id = rt_stmt_get_int64 (stmt, 0);
              g_array_append_val (order, id);
            }
        }
    }
  if (ok)
    {
      if (position < 0 || (guint)position > order->len)
        position = order->len;
      g_array_insert_val (order, position, theme_id);
      ok = rt_committee_write_order (self,
                        "UPDATE themes SET label_id = nullif(?2, 0), position = ?3"
                        " WHERE id = ?1 AND (label_id IS NOT nullif(?2, 0) OR position != ?3)",
                        order, label_id, error);
    }

  return rt_committee_end_change (self, ok, error);
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

  if (!rt_committee_begin_change (self, _("Delete theme"), error))
    return FALSE;

  ok = check_theme (self, theme_id, error) &&
       rt_committee_release_cards (self, theme_id, error) &&
       rt_committee_run_id (self, "DELETE FROM map_positions WHERE kind = 'theme' AND item_id = ?1", theme_id, error) &&
       rt_committee_run_id (self, "DELETE FROM themes WHERE id = ?1", theme_id, error);

  return rt_committee_end_change (self, ok, error);
}
