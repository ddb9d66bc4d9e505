/* rt-person.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-person.h"

/* A speaker (発言者): a role such as 委員 or 事務局, maybe with a name.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtPerson
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *role;
  int position;
  char *display_name;
  char **aliases;
  RtPersonKind kind;
};

G_DEFINE_FINAL_TYPE (RtPerson, rt_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_POSITION,
  PROP_DISPLAY_NAME,
  PROP_ALIASES,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_person_finalize (GObject *object)
{
  RtPerson *self = (RtPerson *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);

  G_OBJECT_CLASS (rt_person_parent_class)->finalize (object);
}

static void
rt_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtPerson *self = RT_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_person_class_init (RtPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_person_finalize;
  object_class->get_property = rt_person_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RT_TYPE_PERSON_KIND, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_person_init (RtPerson *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->display_name = g_strdup ("");
  self->aliases = g_new0 (char *, 1);
}

gint64
rt_person_get_id (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), 0);

  return self->id;
}

const char *
rt_person_get_name (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), NULL);

  return self->name;
}

const char *
rt_person_get_role (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), NULL);

  return self->role;
}

int
rt_person_get_position (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), 0);

  return self->position;
}

const char *
rt_person_get_display_name (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), NULL);

  return self->display_name;
}

const char * const *
rt_person_get_aliases (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), NULL);

  return (const char * const *)self->aliases;
}

/* Reads the columns of RT_PERSON_COLUMNS, in order, and notifies what changed. */
gboolean
_rt_person_load (RtPerson      *self,
                 RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_string (self, &self->name, rt_stmt_get_text (stmt, RT_COL (stmt, "name")), properties[PROP_NAME]);
  changed |= rt_model_set_string (self, &self->role, rt_stmt_get_text (stmt, RT_COL (stmt, "role")), properties[PROP_ROLE]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  changed |= rt_model_set_string (self, &self->display_name, rt_stmt_get_text (stmt, RT_COL (stmt, "display_name")), properties[PROP_DISPLAY_NAME]);
  changed |= rt_model_set_strv (self, &self->aliases, rt_stmt_get_text (stmt, RT_COL (stmt, "aliases")), properties[PROP_ALIASES]);
  changed |= rt_model_set_enum (self, (int *)&self->kind, RT_TYPE_PERSON_KIND, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), properties[PROP_KIND]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

RtPersonKind
rt_person_get_kind (RtPerson *self)
{
  g_return_val_if_fail (RT_IS_PERSON (self), 0);

  return self->kind;
}
