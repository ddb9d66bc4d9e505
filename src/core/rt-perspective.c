/* rt-perspective.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-perspective.h"

/* A perspective (視点) of the committee: its own axes (1)–(4).
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtPerspective
{
  GObject parent_instance;

  gint64 id;
  int number;
  char *title;
  char *body;
  int position;
};

G_DEFINE_FINAL_TYPE (RtPerspective, rt_perspective, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_BODY,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_perspective_finalize (GObject *object)
{
  RtPerspective *self = (RtPerspective *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (rt_perspective_parent_class)->finalize (object);
}

static void
rt_perspective_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RtPerspective *self = RT_PERSPECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_perspective_class_init (RtPerspectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_perspective_finalize;
  object_class->get_property = rt_perspective_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NUMBER] =
    g_param_spec_int ("number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_perspective_init (RtPerspective *self)
{
  self->title = g_strdup ("");
  self->body = g_strdup ("");
}

gint64
rt_perspective_get_id (RtPerspective *self)
{
  g_return_val_if_fail (RT_IS_PERSPECTIVE (self), 0);

  return self->id;
}

int
rt_perspective_get_number (RtPerspective *self)
{
  g_return_val_if_fail (RT_IS_PERSPECTIVE (self), 0);

  return self->number;
}

const char *
rt_perspective_get_title (RtPerspective *self)
{
  g_return_val_if_fail (RT_IS_PERSPECTIVE (self), NULL);

  return self->title;
}

const char *
rt_perspective_get_body (RtPerspective *self)
{
  g_return_val_if_fail (RT_IS_PERSPECTIVE (self), NULL);

  return self->body;
}

int
rt_perspective_get_position (RtPerspective *self)
{
  g_return_val_if_fail (RT_IS_PERSPECTIVE (self), 0);

  return self->position;
}

/* Reads the columns of RT_PERSPECTIVE_COLUMNS, in order, and notifies what changed. */
gboolean
_rt_perspective_load (RtPerspective      *self,
                      RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int (self, &self->number, rt_stmt_get_int (stmt, RT_COL (stmt, "number")), properties[PROP_NUMBER]);
  changed |= rt_model_set_string (self, &self->title, rt_stmt_get_text (stmt, RT_COL (stmt, "title")), properties[PROP_TITLE]);
  changed |= rt_model_set_string (self, &self->body, rt_stmt_get_text (stmt, RT_COL (stmt, "body")), properties[PROP_BODY]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
