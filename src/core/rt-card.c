/* rt-card.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-card.h"

/* An opinion card (意見カード): one statement of one speaker.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtCard
{
  GObject parent_instance;

  gint64 id;
  char *text;
  char *verbatim;
  gint64 speaker_id;
  char *speaker;
  gint64 meeting_id;
  int meeting_number;
  gint64 theme_id;
  int position;
  RtCardStatus status;
  RtVisibility visibility;
  RtStatementKind kind;
  gint64 source_id;
  gint64 source_offset;
  gint64 source_length;
  char *points;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (RtCard, rt_card, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_VERBATIM,
  PROP_SPEAKER_ID,
  PROP_SPEAKER,
  PROP_MEETING_ID,
  PROP_MEETING_NUMBER,
  PROP_THEME_ID,
  PROP_POSITION,
  PROP_STATUS,
  PROP_VISIBILITY,
  PROP_KIND,
  PROP_SOURCE_ID,
  PROP_SOURCE_OFFSET,
  PROP_SOURCE_LENGTH,
  PROP_POINTS,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_card_finalize (GObject *object)
{
  RtCard *self = (RtCard *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->verbatim, g_free);
  g_clear_pointer (&self->speaker, g_free);
  g_clear_pointer (&self->points, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (rt_card_parent_class)->finalize (object);
}

static void
rt_card_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  RtCard *self = RT_CARD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_VERBATIM:
      g_value_set_string (value, self->verbatim);
      break;

    case PROP_SPEAKER_ID:
      g_value_set_int64 (value, self->speaker_id);
      break;

    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_MEETING_NUMBER:
      g_value_set_int (value, self->meeting_number);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_VISIBILITY:
      g_value_set_enum (value, self->visibility);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;

    case PROP_SOURCE_OFFSET:
      g_value_set_int64 (value, self->source_offset);
      break;

    case PROP_SOURCE_LENGTH:
      g_value_set_int64 (value, self->source_length);
      break;

    case PROP_POINTS:
      g_value_set_string (value, self->points);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_card_class_init (RtCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_card_finalize;
  object_class->get_property = rt_card_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VERBATIM] =
    g_param_spec_string ("verbatim", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPEAKER_ID] =
    g_param_spec_int64 ("speaker-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_NUMBER] =
    g_param_spec_int ("meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       RT_TYPE_CARD_STATUS, RT_CARD_STATUS_NEW,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VISIBILITY] =
    g_param_spec_enum ("visibility", NULL, NULL,
                       RT_TYPE_VISIBILITY, RT_VISIBILITY_PUBLIC,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RT_TYPE_STATEMENT_KIND, RT_STATEMENT_KIND_OPINION,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SOURCE_OFFSET] =
    g_param_spec_int64 ("source-offset", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SOURCE_LENGTH] =
    g_param_spec_int64 ("source-length", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POINTS] =
    g_param_spec_string ("points", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_card_init (RtCard *self)
{
  self->text = g_strdup ("");
  self->verbatim = g_strdup ("");
  self->speaker = g_strdup ("");
  self->points = g_strdup ("");
  self->created = g_strdup ("");
  self->modified = g_strdup ("");
}

gint64
rt_card_get_id (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->id;
}

const char *
rt_card_get_text (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->text;
}

const char *
rt_card_get_verbatim (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->verbatim;
}

gint64
rt_card_get_speaker_id (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->speaker_id;
}

const char *
rt_card_get_speaker (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->speaker;
}

gint64
rt_card_get_meeting_id (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->meeting_id;
}

int
rt_card_get_meeting_number (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->meeting_number;
}

gint64
rt_card_get_theme_id (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->theme_id;
}

int
rt_card_get_position (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->position;
}

RtCardStatus
rt_card_get_status (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->status;
}

RtVisibility
rt_card_get_visibility (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->visibility;
}

RtStatementKind
rt_card_get_kind (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->kind;
}

gint64
rt_card_get_source_id (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->source_id;
}

gint64
rt_card_get_source_offset (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->source_offset;
}

gint64
rt_card_get_source_length (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), 0);

  return self->source_length;
}

const char *
rt_card_get_points (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->points;
}

const char *
rt_card_get_created (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->created;
}

const char *
rt_card_get_modified (RtCard *self)
{
  g_return_val_if_fail (RT_IS_CARD (self), NULL);

  return self->modified;
}

/* Reads a row of the card SELECT (rt-committee-cards.c) by column name, and
 * notifies what changed. */
gboolean
_rt_card_load (RtCard      *self,
               RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_string (self, &self->text, rt_stmt_get_text (stmt, RT_COL (stmt, "text")), properties[PROP_TEXT]);
  changed |= rt_model_set_string (self, &self->verbatim, rt_stmt_get_text (stmt, RT_COL (stmt, "verbatim")), properties[PROP_VERBATIM]);
  changed |= rt_model_set_int64 (self, &self->speaker_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "speaker_id")), properties[PROP_SPEAKER_ID]);
  changed |= rt_model_set_string (self, &self->speaker, rt_stmt_get_text (stmt, RT_COL (stmt, "speaker")), properties[PROP_SPEAKER]);
  changed |= rt_model_set_int64 (self, &self->meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id")), properties[PROP_MEETING_ID]);
  changed |= rt_model_set_int (self, &self->meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "meeting_number")), properties[PROP_MEETING_NUMBER]);
  changed |= rt_model_set_int64 (self, &self->theme_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "theme_id")), properties[PROP_THEME_ID]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  changed |= rt_model_set_enum (self, (int *)&self->status, RT_TYPE_CARD_STATUS, rt_stmt_get_text (stmt, RT_COL (stmt, "status")), properties[PROP_STATUS]);
  changed |= rt_model_set_enum (self, (int *)&self->visibility, RT_TYPE_VISIBILITY, rt_stmt_get_text (stmt, RT_COL (stmt, "visibility")), properties[PROP_VISIBILITY]);
  changed |= rt_model_set_enum (self, (int *)&self->kind, RT_TYPE_STATEMENT_KIND, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), properties[PROP_KIND]);
  changed |= rt_model_set_int64 (self, &self->source_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "source_id")), properties[PROP_SOURCE_ID]);
  changed |= rt_model_set_int64 (self, &self->source_offset, rt_stmt_get_int64 (stmt, RT_COL (stmt, "source_offset")), properties[PROP_SOURCE_OFFSET]);
  changed |= rt_model_set_int64 (self, &self->source_length, rt_stmt_get_int64 (stmt, RT_COL (stmt, "source_length")), properties[PROP_SOURCE_LENGTH]);
  changed |= rt_model_set_string (self, &self->points, rt_stmt_get_text (stmt, RT_COL (stmt, "points")), properties[PROP_POINTS]);
  changed |= rt_model_set_string (self, &self->created, rt_stmt_get_text (stmt, RT_COL (stmt, "created")), properties[PROP_CREATED]);
  changed |= rt_model_set_string (self, &self->modified, rt_stmt_get_text (stmt, RT_COL (stmt, "modified")), properties[PROP_MODIFIED]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
