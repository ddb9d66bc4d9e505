/* rt-import-speaker.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-speaker"

#include "config.h"

#include "rt-import-private.h"
#include "rt-model-private.h"

/* One distinct speaker label of an import (林委員, 委員長 …) and the person
 * its cards will be attributed to: an existing person, a new one made from
 * the label, or nobody. The committee remembers the label as an alias of
 * that person, so that the next import maps it by itself.
 */
struct _RtImportSpeaker
{
  GObject        parent_instance;

  char          *label;
  char          *name;
  char          *role;
  gint64         person_id;
  guint          n_statements;
  RtImportMatch  match;
  gboolean       create;
};

G_DEFINE_FINAL_TYPE (RtImportSpeaker, rt_import_speaker, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (RtImportMatch, rt_import_match,
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_ALIAS, "alias"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_NAME_ROLE, "name-role"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_NAME, "name"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_ROLE, "role"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_NEW, "new"),
  G_DEFINE_ENUM_VALUE (RT_IMPORT_MATCH_CHOSEN, "chosen"))

enum {
  PROP_0,
  PROP_LABEL,
  PROP_NAME,
  PROP_ROLE,
  PROP_MATCH,
  PROP_PERSON_ID,
  PROP_CREATE,
  PROP_N_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_import_speaker_finalize (GObject *object)
{
  RtImportSpeaker *self = (RtImportSpeaker *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (rt_import_speaker_parent_class)->finalize (object);
}

static void
rt_import_speaker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RtImportSpeaker *self = RT_IMPORT_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_MATCH:
      g_value_set_enum (value, self->match);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_CREATE:
      g_value_set_boolean (value, self->create);
      break;

    case PROP_N_STATEMENTS:
      g_value_set_uint (value, self->n_statements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_speaker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RtImportSpeaker *self = RT_IMPORT_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      rt_import_speaker_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      rt_import_speaker_set_role (self, g_value_get_string (value));
      break;

    case PROP_PERSON_ID:
      rt_import_speaker_set_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREATE:
      rt_import_speaker_set_create (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_speaker_class_init (RtImportSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_import_speaker_finalize;
  object_class->get_property = rt_import_speaker_get_property;
  object_class->set_property = rt_import_speaker_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MATCH] =
    g_param_spec_enum ("match", NULL, NULL,
                       RT_TYPE_IMPORT_MATCH, RT_IMPORT_MATCH_UNKNOWN,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATE] =
    g_param_spec_boolean ("create", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_STATEMENTS] =
    g_param_spec_uint ("n-statements", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_import_speaker_init (RtImportSpeaker *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
}

RtImportSpeaker *
_rt_import_speaker_new (const char *label,
                        const char *name,
                        const char *role)
{
  RtImportSpeaker *self = g_object_new (RT_TYPE_IMPORT_SPEAKER, NULL);

  self->label = g_strdup (label);
  g_free (self->name);
  self->name = g_strdup (name ? name : "");
  g_free (self->role);
  self->role = g_strdup (role ? role : "");

  return self;
}

static void
set_match (RtImportSpeaker *self,
           RtImportMatch    match)
{
  if (self->match != match)
    {
      self->match = match;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH]);
    }
}

static void
set_create (RtImportSpeaker *self,
            gboolean         create)
{
  create = !!create;
  if (self->create != create)
    {
      self->create = create;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATE]);
    }
}

void
_rt_import_speaker_set_mapping (RtImportSpeaker *self,
                                RtImportMatch    match,
                                gint64           person_id)
{
  g_object_freeze_notify (G_OBJECT (self));
  set_match (self, match);
  rt_model_set_int64 (self, &self->person_id, person_id, properties[PROP_PERSON_ID]);
  set_create (self, match == RT_IMPORT_MATCH_NEW);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_rt_import_speaker_set_n_statements (RtImportSpeaker *self,
                                     guint            n_statements)
{
  if (self->n_statements != n_statements)
    {
      self->n_statements = n_statements;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STATEMENTS]);
    }
}

/* The label as written in the minutes ("林委員", "委員長"). */
const char *
rt_import_speaker_get_label (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), NULL);

  return self->label;
}

/* The name a new person gets ("林"); "" when the label has none. */
const char *
rt_import_speaker_get_name (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), NULL);

  return self->name;
}

void
rt_import_speaker_set_name (RtImportSpeaker *self,
                            const char      *name)
{
  g_return_if_fail (RT_IS_IMPORT_SPEAKER (self));

  rt_model_set_string (self, &self->name, name ? name : "", properties[PROP_NAME]);
}

/* The role a new person gets ("委員"); "" when the label has none. */
const char *
rt_import_speaker_get_role (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), NULL);

  return self->role;
}

void
rt_import_speaker_set_role (RtImportSpeaker *self,
                            const char      *role)
{
  g_return_if_fail (RT_IS_IMPORT_SPEAKER (self));

  rt_model_set_string (self, &self->role, role ? role : "", properties[PROP_ROLE]);
}

RtImportMatch
rt_import_speaker_get_match (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), RT_IMPORT_MATCH_UNKNOWN);

  return self->match;
}

/* The existing person the cards go to, or 0 (a new person, or nobody). */
gint64
rt_import_speaker_get_person_id (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), 0);

  return self->person_id;
}

/**
 * rt_import_speaker_set_person_id:
 * @person_id: an existing person, or 0 for no speaker at all
 *
 * Maps the label by the user's choice.
 */
void
rt_import_speaker_set_person_id (RtImportSpeaker *self,
                                 gint64           person_id)
{
  g_return_if_fail (RT_IS_IMPORT_SPEAKER (self));

  person_id = MAX (person_id, 0);
  if (person_id == self->person_id && !self->create)
    return;

  _rt_import_speaker_set_mapping (self,
                                  person_id > 0 ? RT_IMPORT_MATCH_CHOSEN : RT_IMPORT_MATCH_UNKNOWN,
                                  person_id);
}

/* Whether a new person is made for the label when the import is stored. */
gboolean
rt_import_speaker_get_create (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), FALSE);

  return self->create;
}

/**
 * rt_import_speaker_set_create:
 * @create: %TRUE for a new person with the speaker's name and role;
 *   %FALSE for no speaker
 */
void
rt_import_speaker_set_create (RtImportSpeaker *self,
                              gboolean         create)
{
  g_return_if_fail (RT_IS_IMPORT_SPEAKER (self));

  if (!!create == self->create && (create || self->person_id == 0))
    return;

  /* A label that did not look like a speaker names the new person itself. */
  if (create && self->name[0] == '\0' && self->role[0] == '\0')
    rt_import_speaker_set_name (self, self->label);

  _rt_import_speaker_set_mapping (self, create ? RT_IMPORT_MATCH_NEW : RT_IMPORT_MATCH_UNKNOWN, 0);
}

/* How many entries of the import carry this label. */
guint
rt_import_speaker_get_n_statements (RtImportSpeaker *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (self), 0);

  return self->n_statements;
}
