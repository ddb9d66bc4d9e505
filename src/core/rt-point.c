/* rt-point.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-point.h"

/* A discussion point (論点) with its question, proposals and directions.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtPoint
{
  GObject parent_instance;

  gint64 id;
  gint64 framework_id;
  int number;
  char *title;
  char *question;
  char *note;
  RtPointStatus status;
  int position;
  char **proposals;
  char **directions;
  int n_cards;
};

G_DEFINE_FINAL_TYPE (RtPoint, rt_point, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FRAMEWORK_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_QUESTION,
  PROP_NOTE,
  PROP_STATUS,
  PROP_POSITION,
  PROP_PROPOSALS,
  PROP_DIRECTIONS,
  PROP_N_CARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_point_finalize (GObject *object)
{
  RtPoint *self = (RtPoint *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->proposals, g_strfreev);
  g_clear_pointer (&self->directions, g_strfreev);

  G_OBJECT_CLASS (rt_point_parent_class)->finalize (object);
}

static void
rt_point_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RtPoint *self = RT_POINT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;

    case PROP_NUMBER:
      g_value_set_int (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_PROPOSALS:
      g_value_set_boxed (value, self->proposals);
      break;

    case PROP_DIRECTIONS:
      g_value_set_boxed (value, self->directions);
      break;

    case PROP_N_CARDS:
      g_value_set_int (value, self->n_cards);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_point_class_init (RtPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_point_finalize;
  object_class->get_property = rt_point_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL,
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
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       RT_TYPE_POINT_STATUS, RT_POINT_STATUS_UNDISCUSSED,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PROPOSALS] =
    g_param_spec_boxed ("proposals", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRECTIONS] =
    g_param_spec_boxed ("directions", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_CARDS] =
    g_param_spec_int ("n-cards", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_point_init (RtPoint *self)
{
  self->title = g_strdup ("");
  self->question = g_strdup ("");
  self->note = g_strdup ("");
  self->proposals = g_new0 (char *, 1);
  self->directions = g_new0 (char *, 1);
}

gint64
rt_point_get_id (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->id;
}

gint64
rt_point_get_framework_id (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->framework_id;
}

int
rt_point_get_number (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->number;
}

const char *
rt_point_get_title (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), NULL);

  return self->title;
}

const char *
rt_point_get_question (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), NULL);

  return self->question;
}

const char *
rt_point_get_note (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), NULL);

  return self->note;
}

RtPointStatus
rt_point_get_status (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->status;
}

int
rt_point_get_position (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->position;
}

const char * const *
rt_point_get_proposals (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), NULL);

  return (const char * const *)self->proposals;
}

const char * const *
rt_point_get_directions (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), NULL);

  return (const char * const *)self->directions;
}

int
rt_point_get_n_cards (RtPoint *self)
{
  g_return_val_if_fail (RT_IS_POINT (self), 0);

  return self->n_cards;
}

/* Reads the columns of RT_POINT_COLUMNS, in order, and notifies what changed. */
gboolean
_rt_point_load (RtPoint      *self,
                RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->framework_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "framework_id")), properties[PROP_FRAMEWORK_ID]);
  changed |= rt_model_set_int (self, &self->number, rt_stmt_get_int (stmt, RT_COL (stmt, "number")), properties[PROP_NUMBER]);
  changed |= rt_model_set_string (self, &self->title, rt_stmt_get_text (stmt, RT_COL (stmt, "title")), properties[PROP_TITLE]);
  changed |= rt_model_set_string (self, &self->question, rt_stmt_get_text (stmt, RT_COL (stmt, "question")), properties[PROP_QUESTION]);
  changed |= rt_model_set_string (self, &self->note, rt_stmt_get_text (stmt, RT_COL (stmt, "note")), properties[PROP_NOTE]);
  changed |= rt_model_set_enum (self, (int *)&self->status, RT_TYPE_POINT_STATUS, rt_stmt_get_text (stmt, RT_COL (stmt, "status")), properties[PROP_STATUS]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  changed |= rt_model_set_strv (self, &self->proposals, rt_stmt_get_text (stmt, RT_COL (stmt, "proposals")), properties[PROP_PROPOSALS]);
  changed |= rt_model_set_strv (self, &self->directions, rt_stmt_get_text (stmt, RT_COL (stmt, "directions")), properties[PROP_DIRECTIONS]);
  changed |= rt_model_set_int (self, &self->n_cards, rt_stmt_get_int (stmt, RT_COL (stmt, "n_cards")), properties[PROP_N_CARDS]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
