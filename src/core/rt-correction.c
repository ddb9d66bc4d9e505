/* rt-correction.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-correction.h"

/* A correction a member sent against a 議事要旨 draft: who, what, when, and whether it is done.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtCorrection
{
  GObject parent_instance;

  gint64 id;
  gint64 summary_id;
  gint64 person_id;
  char *person;
  char *text;
  gboolean done;
  char *created;
};

G_DEFINE_FINAL_TYPE (RtCorrection, rt_correction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SUMMARY_ID,
  PROP_PERSON_ID,
  PROP_PERSON,
  PROP_TEXT,
  PROP_DONE,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_correction_finalize (GObject *object)
{
  RtCorrection *self = (RtCorrection *)object;

  g_clear_pointer (&self->person, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->created, g_free);

  G_OBJECT_CLASS (rt_correction_parent_class)->finalize (object);
}

static void
rt_correction_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RtCorrection *self = RT_CORRECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SUMMARY_ID:
      g_value_set_int64 (value, self->summary_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_PERSON:
      g_value_set_string (value, self->person);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_correction_class_init (RtCorrectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_correction_finalize;
  object_class->get_property = rt_correction_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY_ID] =
    g_param_spec_int64 ("summary-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_string ("person", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_correction_init (RtCorrection *self)
{
  self->person = g_strdup ("");
  self->text = g_strdup ("");
  self->created = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_correction_load (RtCorrection *self,
                     RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->summary_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "summary_id")), properties[PROP_SUMMARY_ID]);
  changed |= rt_model_set_int64 (self, &self->person_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "person_id")), properties[PROP_PERSON_ID]);
  changed |= rt_model_set_string (self, &self->person, rt_stmt_get_text (stmt, RT_COL (stmt, "person")), properties[PROP_PERSON]);
  changed |= rt_model_set_string (self, &self->text, rt_stmt_get_text (stmt, RT_COL (stmt, "text")), properties[PROP_TEXT]);
  changed |= rt_model_set_int (self, &self->done, rt_stmt_get_int (stmt, RT_COL (stmt, "done")) != 0, properties[PROP_DONE]);
  changed |= rt_model_set_string (self, &self->created, rt_stmt_get_text (stmt, RT_COL (stmt, "created")), properties[PROP_CREATED]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_correction_get_id (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), 0);

  return self->id;
}

gint64
rt_correction_get_summary_id (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), 0);

  return self->summary_id;
}

gint64
rt_correction_get_person_id (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), 0);

  return self->person_id;
}

const char *
rt_correction_get_person (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), NULL);

  return self->person;
}

const char *
rt_correction_get_text (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), NULL);

  return self->text;
}

gboolean
rt_correction_get_done (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), FALSE);

  return self->done;
}

const char *
rt_correction_get_created (RtCorrection *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION (self), NULL);

  return self->created;
}
