/* rt-committee-scenes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-scenes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-snapshot.h"
#include "rt-model-private.h"
#include "rt-store-private.h"
#include "rt-table.h"

/* The column list of the JSON format (rt-table.h). */

static const RtField scene_fields[] = {
  { "id", "id", RT_FIELD_ID },
  { "kind", "kind", RT_FIELD_ENUM, rt_scene_kind_get_type },
  { "target", "target_id", RT_FIELD_REF },
  { "title", "title", RT_FIELD_TEXT },
  { "text", "text", RT_FIELD_TEXT },
  { NULL, "position", RT_FIELD_POSITION },
};

const RtTableSpec rt_scenes_table = {
  "scenes", "scenes", RT_ROW_OBJECT, scene_fields, G_N_ELEMENTS (scene_fields),
  NULL, "x.position, x.id",
};

/**
 * rt_scene_kind_to_label:
 *
 * Returns: the translated name of a kind of scene, for the scene editor
 */
const char *
rt_scene_kind_to_label (RtSceneKind kind)
{
  switch (kind)
    {
    case RT_SCENE_MEETING:
      return _("All Cards of a Meeting");
    case RT_SCENE_THEME:
      return _("One Theme");
    case RT_SCENE_LABEL:
      return _("One Handout Label");
    case RT_SCENE_POINT:
      return _("One Point");
    case RT_SCENE_POINT_TABLE:
      return _("Point Table");
    case RT_SCENE_MAP:
      return _("Issue Map");
    case RT_SCENE_TEXT:
      return _("Text Slide");
    case RT_SCENE_FOLLOWUPS:
      return _("Answers to Follow-ups");
    case RT_SCENE_RESPONSES:
      return _("Opinions and Responses");
    case RT_N_SCENE_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rt_scene_get_map_flags:
 *
 * Returns: how a map scene shows the map, read from the words of its text
 */
RtSceneMapFlags
rt_scene_get_map_flags (const RtScene *scene)
{
  g_auto(GStrv) words = NULL;
  RtSceneMapFlags flags = 0;

  g_return_val_if_fail (scene != NULL, 0);

  if (scene->kind != RT_SCENE_MAP || scene->text == NULL)
    return 0;

  words = g_strsplit_set (scene->text, " \t\n,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], "theme"))
        flags |= RT_SCENE_MAP_THEME;
      else if (g_str_equal (words[i], "structured"))
        flags |= RT_SCENE_MAP_STRUCTURED;
    }

  return flags;
}

/**
 * rt_scene_map_flags_to_text:
 *
 * Returns: (transfer full): the text of a map scene with @flags
 */
char *
rt_scene_map_flags_to_text (RtSceneMapFlags flags)
{
  const char *words[3] = { NULL, };
  guint n = 0;

  if (flags & RT_SCENE_MAP_THEME)
    words[n++] = "theme";
  if (flags & RT_SCENE_MAP_STRUCTURED)
    words[n++] = "structured";

  return g_strjoinv (" ", (char **)words);
}

RtScene *
rt_scene_copy (const RtScene *scene)
{
  RtScene *copy;

  g_return_val_if_fail (scene != NULL, NULL);

  copy = g_memdup2 (scene, sizeof *scene);
  copy->title = g_strdup (scene->title);
  copy->text = g_strdup (scene->text);

  return copy;
}

void
rt_scene_free (RtScene *scene)
{
  if (scene == NULL)
    return;

  g_free (scene->title);
  g_free (scene->text);
  g_free (scene);
}

/**
 * rt_scene_dup_display_title:
 *
 * Returns: (transfer full): the scene's own title, or one made from its
 *   target (“第3回の意見”, “論点3 …”), for lists and the console
 */
char *
rt_scene_dup_display_title (const RtScene *scene,
                            RtCommittee   *committee)
{
  g_autoptr(RtSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (scene != NULL, NULL);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(snapshot = rt_committee_get_snapshot (committee, &error)))
    {
      /* The committee reports the failure; the scene keeps what it has. */
      g_debug ("No scene title: %s", error->message);
      return g_strdup (scene->title != NULL ? scene->title : "");
    }

  return rt_snapshot_dup_scene_title (snapshot, scene);
}

/**
 * rt_committee_list_scenes:
 *
 * Returns: (transfer container) (element-type RtScene): the scenes in order,
 *   or %NULL with @error set
 */
GPtrArray *
rt_committee_list_scenes (RtCommittee  *self,
                          GError      **error)
{
  g_autoptr(GPtrArray) scenes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_scene_free);
  RtStore *store;
  RtStmt *stmt;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  store = rt_committee_get_store (self);
  if (!(stmt = rt_store_prepare (store,
                                 "SELECT id, position, kind, target_id, title, text FROM scenes"
                                 " ORDER BY position, id", error)))
    return NULL;

  for (;;)
    {
      RtScene *scene;

      if (!rt_stmt_step (stmt, &has_row, error))
        return NULL;
      if (!has_row)
        break;

      scene = g_new0 (RtScene, 1);
      scene->id = rt_stmt_get_int64 (stmt, 0);
      scene->position = scenes->len;
      if (!rt_enum_from_nick (RT_TYPE_SCENE_KIND, rt_stmt_get_text (stmt, 2), (int *)&scene->kind))
        scene->kind = RT_SCENE_TEXT;
      scene->target_id = rt_stmt_get_int64 (stmt, 3);
      scene->title = g_strdup (rt_stmt_get_text (stmt, 4));
      scene->text = g_strdup (rt_stmt_get_text (stmt, 5));
      g_ptr_array_add (scenes, scene);
    }

  return g_steal_pointer (&scenes);
}

static gboolean
check_scene (RtCommittee  *self,
             gint64        scene_id,
             GError      **error)
{
  return rt_committee_check_row (self, "scenes", scene_id, error,
                                 _("The scene %lld does not exist"), (long long)scene_id);
}

/* Writes positions 0, 1, 2 … with @scene_id at @position; only rows whose
 * position changes are written. */
static gboolean
reorder (RtCommittee  *self,
         gint64        scene_id,
         int           position,
         GError      **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint from = G_MAXUINT;

  if (!rt_committee_read_ids (self, "SELECT id FROM scenes ORDER BY position, id", 0, ids, error))
    return FALSE;

  for (guint i = 0; i < ids->len && from == G_MAXUINT; i++)
    if (g_array_index (ids, gint64, i) == scene_id)
      from = i;

  g_assert (from != G_MAXUINT);
  g_array_remove_index (ids, from);
  if (position < 0 || (guint)position > ids->len)
    position = ids->len;
  g_array_insert_val (ids, position, scene_id);

  return rt_committee_write_order (self, "UPDATE scenes SET position = ?3 WHERE id = ?1 AND position != ?3",
                                   ids, 0, error);
}

/**
 * rt_committee_add_scene:
 * @target_id: what the scene shows, or 0 (see the table in the header)
 * @title: (nullable): a title of its own, or %NULL for the target's name
 * @text: (nullable): the body of a text scene
 * @position: where among the scenes, or -1 for the end
 *
 * Returns: the new scene's id, or 0 with @error set
 */
gint64
rt_committee_add_scene (RtCommittee  *self,
                        RtSceneKind   kind,
                        gint64        target_id,
                        const char   *title,
                        const char   *text,
                        int           position,
                        GError      **error)
{
  RtStore *store;
  RtStmt *stmt;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), 0);
  g_return_val_if_fail (kind < RT_N_SCENE_KINDS, 0);

  store = rt_committee_get_store (self);

  if (!rt_committee_begin_change (self, _("Add scene"), error))
    return 0;

  ok = (stmt = rt_store_prepare (store,
                                 "INSERT INTO scenes (position, kind, target_id, title, text)"
                                 " VALUES ((SELECT coalesce(max(position) + 1, 0) FROM scenes), ?1, ?2, ?3, ?4)",
                                 error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_text (stmt, 1, rt_enum_to_nick (RT_TYPE_SCENE_KIND, kind));
      rt_stmt_bind_id (stmt, 2, target_id);
      rt_stmt_bind_text (stmt, 3, title ? title : "");
      rt_stmt_bind_text (stmt, 4, text ? text : "");
      ok = rt_stmt_run (stmt, error);
    }
  if (ok)
    {
      id = rt_store_last_insert (store);
      if (position >= 0)
        ok = reorder (self, id, position, error);
    }

  if (!rt_committee_end_change (self, ok, error))
    return 0;

  return id;
}

/**
 * rt_committee_update_scene:
 * @title: (nullable): the new title, or %NULL to leave it
 * @text: (nullable): the new text, or %NULL to leave it
 *
 * Changes the target, the title or the text of a scene; its kind stays.
 */
gboolean
rt_committee_update_scene (RtCommittee  *self,
                           gint64        scene_id,
                           gint64        target_id,
                           const char   *title,
                           const char   *text,
                           GError      **error)
{
  RtStore *store;
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  store = rt_committee_get_store (self);

  if (!rt_committee_begin_change (self, _("Edit scene"), error))
    return FALSE;

  ok = check_scene (self, scene_id, error) &&
       (stmt = rt_store_prepare (store,
                                 "UPDATE scenes SET target_id = ?2, title = coalesce(?3, title),"
                                 " text = coalesce(?4, text) WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, scene_id);
      rt_stmt_bind_id (stmt, 2, target_id);
      rt_stmt_bind_text (stmt, 3, title);
      rt_stmt_bind_text (stmt, 4, text);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}

gboolean
rt_committee_move_scene (RtCommittee  *self,
                         gint64        scene_id,
                         int           position,
                         GError      **error)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  if (!rt_committee_begin_change (self, _("Move scene"), error))
    return FALSE;

  return rt_committee_end_change (self,
                 check_scene (self, scene_id, error) && reorder (self, scene_id, position, error),
                 error);
}

gboolean
rt_committee_delete_scene (RtCommittee  *self,
                           gint64        scene_id,
                           GError      **error)
{
  RtStore *store;
  RtStmt *stmt;
  gboolean ok;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), FALSE);

  store = rt_committee_get_store (self);

  if (!rt_committee_begin_change (self, _("Delete scene"), error))
    return FALSE;

  ok = check_scene (self, scene_id, error) &&
       (stmt = rt_store_prepare (store, "DELETE FROM scenes WHERE id = ?1", error)) != NULL;
  if (ok)
    {
      rt_stmt_bind_int64 (stmt, 1, scene_id);
      ok = rt_stmt_run (stmt, error);
    }

  return rt_committee_end_change (self, ok, error);
}
