/* rt-material.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-material.h"

/* A 配布資料 of a meeting: its 資料番号 (資料1-1, 参考資料2 …), allocated in the order of the list.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtMaterial
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  gint64 agenda_item_id;
  char *number;
  char *title;
  RtMaterialKind kind;
  gboolean restricted;
  char *handout;
  int position;
};

G_DEFINE_FINAL_TYPE (RtMaterial, rt_material, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_KIND,
  PROP_RESTRICTED,
  PROP_HANDOUT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_material_finalize (GObject *object)
{
  RtMaterial *self = (RtMaterial *)object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->handout, g_free);

  G_OBJECT_CLASS (rt_material_parent_class)->finalize (object);
}

static void
rt_material_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtMaterial *self = RT_MATERIAL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_AGENDA_ITEM_ID:
      g_value_set_int64 (value, self->agenda_item_id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_RESTRICTED:
      g_value_set_boolean (value, self->restricted);
      break;

    case PROP_HANDOUT:
      g_value_set_string (value, self->handout);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_material_class_init (RtMaterialClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_material_finalize;
  object_class->get_property = rt_material_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_AGENDA_ITEM_ID] =
    g_param_spec_int64 ("agenda-item-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RT_TYPE_MATERIAL_KIND, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_RESTRICTED] =
    g_param_spec_boolean ("restricted", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_HANDOUT] =
    g_param_spec_string ("handout", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_material_init (RtMaterial *self)
{
  self->number = g_strdup ("");
  self->title = g_strdup ("");
  self->handout = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_material_load (RtMaterial *self,
                   RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id")), properties[PROP_MEETING_ID]);
  changed |= rt_model_set_int64 (self, &self->agenda_item_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "agenda_item_id")), properties[PROP_AGENDA_ITEM_ID]);
  changed |= rt_model_set_string (self, &self->number, rt_stmt_get_text (stmt, RT_COL (stmt, "number")), properties[PROP_NUMBER]);
  changed |= rt_model_set_string (self, &self->title, rt_stmt_get_text (stmt, RT_COL (stmt, "title")), properties[PROP_TITLE]);
  changed |= rt_model_set_enum (self, (int *)&self->kind, RT_TYPE_MATERIAL_KIND, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), properties[PROP_KIND]);
  changed |= rt_model_set_int (self, &self->restricted, rt_stmt_get_int (stmt, RT_COL (stmt, "restricted")) != 0, properties[PROP_RESTRICTED]);
  changed |= rt_model_set_string (self, &self->handout, rt_stmt_get_text (stmt, RT_COL (stmt, "handout")), properties[PROP_HANDOUT]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_material_get_id (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), 0);

  return self->id;
}

gint64
rt_material_get_meeting_id (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), 0);

  return self->meeting_id;
}

gint64
rt_material_get_agenda_item_id (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), 0);

  return self->agenda_item_id;
}

const char *
rt_material_get_number (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), NULL);

  return self->number;
}

const char *
rt_material_get_title (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), NULL);

  return self->title;
}

RtMaterialKind
rt_material_get_kind (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), 0);

  return self->kind;
}

gboolean
rt_material_get_restricted (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), FALSE);

  return self->restricted;
}

const char *
rt_material_get_handout (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), NULL);

  return self->handout;
}

int
rt_material_get_position (RtMaterial *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL (self), 0);

  return self->position;
}
