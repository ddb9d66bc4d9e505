/* rt-response-kind.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-response-kind.h"

/* A kind of response (反映する, 一部反映, 今後の検討 …): the committee's own
 * list, which the secretariat may edit.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtResponseKind
{
  GObject parent_instance;

  gint64 id;
  char *name;
  int position;
};

G_DEFINE_FINAL_TYPE (RtResponseKind, rt_response_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_response_kind_finalize (GObject *object)
{
  RtResponseKind *self = (RtResponseKind *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (rt_response_kind_parent_class)->finalize (object);
}

static void
rt_response_kind_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RtResponseKind *self = RT_RESPONSE_KIND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_response_kind_class_init (RtResponseKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_response_kind_finalize;
  object_class->get_property = rt_response_kind_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_response_kind_init (RtResponseKind *self)
{
  self->name = g_strdup ("");
}

gint64
rt_response_kind_get_id (RtResponseKind *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_KIND (self), 0);

  return self->id;
}

const char *
rt_response_kind_get_name (RtResponseKind *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_KIND (self), NULL);

  return self->name;
}

int
rt_response_kind_get_position (RtResponseKind *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_KIND (self), 0);

  return self->position;
}

gboolean
_rt_response_kind_load (RtResponseKind *self,
                        RtStmt         *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_string (self, &self->name, rt_stmt_get_text (stmt, RT_COL (stmt, "name")), properties[PROP_NAME]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
