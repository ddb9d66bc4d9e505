/* rt-committee-scenes.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* The scenes (場面) of a presentation: an ordered sequence, saved in the
 * committee, that the projector steps through from diverge to converge.
 *
 * A scene shows one thing of the committee, named by its kind and target:
 *
 * | kind                      | target_id                    | shows                          |
 * |---------------------------|------------------------------|--------------------------------|
 * | RT_SCENE_MEETING          | a meeting, or 0 for all      | all cards of the meeting       |
 * | RT_SCENE_THEME            | a theme, or 0 for 未分類     | the cards of one theme         |
 * | RT_SCENE_LABEL            | a handout label              | its themes side by side        |
 * | RT_SCENE_POINT            | a point                      | question, directions, opinions |
 * | RT_SCENE_POINT_TABLE      | a framework, or 0 for first  | the point table (資料2)        |
 * | RT_SCENE_MAP              | a point or theme, or 0       | the issue map, or of one of    |
 * |                           |                              | them (see RtSceneMapFlags)     |
 * | RT_SCENE_TEXT             | none                         | its title and text             |
 *
 * Each edit is one transaction and one undo step; views follow through
 * RtStore::changed (RT_TABLE_SCENES). A position is an index among the scenes
 * after the moved one is taken out; -1 means the end.
 */

typedef enum
{
  RT_SCENE_MEETING,
  RT_SCENE_THEME,
  RT_SCENE_LABEL,
  RT_SCENE_POINT,
  RT_SCENE_POINT_TABLE,
  RT_SCENE_MAP,
  RT_SCENE_TEXT,
  RT_N_SCENE_KINDS
} RtSceneKind;

typedef struct
{
  gint64       id;
  int          position;
  RtSceneKind  kind;
  gint64       target_id;   /* 0 for none */
  char        *title;       /* "" for the target's own name */
  char        *text;        /* text scenes: the body */
} RtScene;

/* How a map scene shows the map, kept as words in its text: "theme" (its
 * target is a theme, not a point), "structured" (the columns arrangement
 * rather than the saved one). */
typedef enum
{
  RT_SCENE_MAP_THEME      = 1 << 0,
  RT_SCENE_MAP_STRUCTURED = 1 << 1,
} RtSceneMapFlags;

RtSceneMapFlags rt_scene_get_map_flags   (const RtScene *scene);
char       *rt_scene_map_flags_to_text   (RtSceneMapFlags flags);

const char *rt_scene_kind_to_string      (RtSceneKind    kind);
gboolean    rt_scene_kind_from_string    (const char    *string,
                                          RtSceneKind   *kind);
const char *rt_scene_kind_to_label       (RtSceneKind    kind);

RtScene    *rt_scene_copy                (const RtScene *scene);
void        rt_scene_free                (RtScene       *scene);
char       *rt_scene_dup_display_title   (const RtScene *scene,
                                          RtCommittee   *committee);

GPtrArray  *rt_committee_list_scenes     (RtCommittee   *self,
                                          GError       **error);
gint64      rt_committee_add_scene       (RtCommittee   *self,
                                          RtSceneKind    kind,
                                          gint64         target_id,
                                          const char    *title,
                                          const char    *text,
                                          int            position,
                                          GError       **error);
gboolean    rt_committee_update_scene    (RtCommittee   *self,
                                          gint64         scene_id,
                                          gint64         target_id,
                                          const char    *title,
                                          const char    *text,
                                          GError       **error);
gboolean    rt_committee_move_scene      (RtCommittee   *self,
                                          gint64         scene_id,
                                          int            position,
                                          GError       **error);
gboolean    rt_committee_delete_scene    (RtCommittee   *self,
                                          gint64         scene_id,
                                          GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtScene, rt_scene_free)

G_END_DECLS
