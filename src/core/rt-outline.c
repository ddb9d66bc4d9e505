/* rt-outline.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-outline.h"

/* A version of the 答申 outline: 骨子案, 素案, 案 …, each with its date and text.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtOutline
{
  GObject parent_instance;

  gint64 id;
  int version;
  char *stage;
  char *date;
  char *text;
  char *created;
};

G_DEFINE_FINAL_TYPE (RtOutline, rt_outline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_STAGE,
  PROP_DATE,
  PROP_TEXT,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_outline_finalize (GObject *object)
{
  RtOutline *self = (RtOutline *)object;

  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->created, g_free);

  G_OBJECT_CLASS (rt_outline_parent_class)->finalize (object);
}

static void
rt_outline_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RtOutline *self = RT_OUTLINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_VERSION:
      g_value_set_int (value, self->version);
      break;

    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_outline_class_init (RtOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_outline_finalize;
  object_class->get_property = rt_outline_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VERSION] =
    g_param_spec_int ("version", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_outline_init (RtOutline *self)
{
  self->stage = g_strdup ("");
  self->date = g_strdup ("");
  self->text = g_strdup ("");
  self->created = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_outline_load (RtOutline *self,
                  RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int (self, &self->version, rt_stmt_get_int (stmt, RT_COL (stmt, "version")), properties[PROP_VERSION]);
  changed |= rt_model_set_string (self, &self->stage, rt_stmt_get_text (stmt, RT_COL (stmt, "stage")), properties[PROP_STAGE]);
  changed |= rt_model_set_string (self, &self->date, rt_stmt_get_text (stmt, RT_COL (stmt, "date")), properties[PROP_DATE]);
  changed |= rt_model_set_string (self, &self->text, rt_stmt_get_text (stmt, RT_COL (stmt, "text")), properties[PROP_TEXT]);
  changed |= rt_model_set_string (self, &self->created, rt_stmt_get_text (stmt, RT_COL (stmt, "created")), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_outline_get_id (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), 0);

  return self->id;
}

int
rt_outline_get_version (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), 0);

  return self->version;
}

const char *
rt_outline_get_stage (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), NULL);

  return self->stage;
}

const char *
rt_outline_get_date (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), NULL);

  return self->date;
}

const char *
rt_outline_get_text (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), NULL);

  return self->text;
}

const char *
rt_outline_get_created (RtOutline *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE (self), NULL);

  return self->created;
}
