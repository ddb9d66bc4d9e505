/* rt-enums.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-enums.h"

G_DEFINE_ENUM_TYPE (RtCardStatus, rt_card_status,
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_NEW, "new"),
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_REVIEWED, "reviewed"),
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_HOLD, "hold"))

G_DEFINE_ENUM_TYPE (RtVisibility, rt_visibility,
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_PUBLIC, "public"),
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_PRIVATE, "private"),
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_ANONYMOUS, "anonymous"))

G_DEFINE_ENUM_TYPE (RtPointStatus, rt_point_status,
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_UNDISCUSSED, "undiscussed"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_DISCUSSING, "discussing"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_CONVERGED, "converged"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_PARALLEL, "parallel"))

/* As stored in map_positions.kind. */
G_DEFINE_ENUM_TYPE (RtMapNodeKind, rt_map_node_kind,
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_POINT, "point"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_PROPOSAL, "proposal"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_PERSPECTIVE, "perspective"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_THEME, "theme"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_CARD, "card"))

/* As stored in scenes.kind. */
G_DEFINE_ENUM_TYPE (RtSceneKind, rt_scene_kind,
  G_DEFINE_ENUM_VALUE (RT_SCENE_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_THEME, "theme"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_LABEL, "label"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_POINT, "point"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_POINT_TABLE, "point-table"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_MAP, "map"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_TEXT, "text"))

const char *
rt_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : NULL;
}

gboolean
rt_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  if (!(ev = g_enum_get_value_by_nick (klass, nick)))
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
rt_card_status_to_label (RtCardStatus status)
{
  switch (status)
    {
    case RT_CARD_STATUS_NEW:
      return _("New");
    case RT_CARD_STATUS_REVIEWED:
      return _("Reviewed");
    case RT_CARD_STATUS_HOLD:
      return _("On hold");
    default:
      return "";
    }
}

const char *
rt_visibility_to_label (RtVisibility visibility)
{
  switch (visibility)
    {
    case RT_VISIBILITY_PUBLIC:
      return _("Public");
    case RT_VISIBILITY_PRIVATE:
      return _("Private");
    case RT_VISIBILITY_ANONYMOUS:
      return _("Speaker hidden");
    default:
      return "";
    }
}

const char *
rt_point_status_to_label (RtPointStatus status)
{
  switch (status)
    {
    case RT_POINT_STATUS_UNDISCUSSED:
      return _("Not yet discussed");
    case RT_POINT_STATUS_DISCUSSING:
      return _("Under discussion");
    case RT_POINT_STATUS_CONVERGED:
      return _("Converged");
    case RT_POINT_STATUS_PARALLEL:
      return _("Views side by side");
    default:
      return "";
    }
}
