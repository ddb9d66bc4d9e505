/* rt-followup.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-followup.h"

/* A 宿題 or 資料要求: a question or request left by a meeting, to be answered by a later one.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtFollowup
{
  GObject parent_instance;

  gint64 id;
  gint64 card_id;
  char *card_text;
  char *card_speaker;
  int card_meeting_number;
  char *question;
  char *assignee;
  gint64 due_meeting_id;
  int due_meeting_number;
  RtFollowupStatus status;
  char *answer;
  gint64 answered_meeting_id;
  int answered_meeting_number;
  char *created;
  char *modified;
};

G_DEFINE_FINAL_TYPE (RtFollowup, rt_followup, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CARD_ID,
  PROP_CARD_TEXT,
  PROP_CARD_SPEAKER,
  PROP_CARD_MEETING_NUMBER,
  PROP_QUESTION,
  PROP_ASSIGNEE,
  PROP_DUE_MEETING_ID,
  PROP_DUE_MEETING_NUMBER,
  PROP_STATUS,
  PROP_ANSWER,
  PROP_ANSWERED_MEETING_ID,
  PROP_ANSWERED_MEETING_NUMBER,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_followup_finalize (GObject *object)
{
  RtFollowup *self = (RtFollowup *)object;

  g_clear_pointer (&self->card_text, g_free);
  g_clear_pointer (&self->card_speaker, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->assignee, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (rt_followup_parent_class)->finalize (object);
}

static void
rt_followup_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtFollowup *self = RT_FOLLOWUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_CARD_ID:
      g_value_set_int64 (value, self->card_id);
      break;

    case PROP_CARD_TEXT:
      g_value_set_string (value, self->card_text);
      break;

    case PROP_CARD_SPEAKER:
      g_value_set_string (value, self->card_speaker);
      break;

    case PROP_CARD_MEETING_NUMBER:
      g_value_set_int (value, self->card_meeting_number);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;

    case PROP_ASSIGNEE:
      g_value_set_string (value, self->assignee);
      break;

    case PROP_DUE_MEETING_ID:
      g_value_set_int64 (value, self->due_meeting_id);
      break;

    case PROP_DUE_MEETING_NUMBER:
      g_value_set_int (value, self->due_meeting_number);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_ANSWERED_MEETING_ID:
      g_value_set_int64 (value, self->answered_meeting_id);
      break;

    case PROP_ANSWERED_MEETING_NUMBER:
      g_value_set_int (value, self->answered_meeting_number);
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
rt_followup_class_init (RtFollowupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_followup_finalize;
  object_class->get_property = rt_followup_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARD_ID] =
    g_param_spec_int64 ("card-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARD_TEXT] =
    g_param_spec_string ("card-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARD_SPEAKER] =
    g_param_spec_string ("card-speaker", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARD_MEETING_NUMBER] =
    g_param_spec_int ("card-meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ASSIGNEE] =
    g_param_spec_string ("assignee", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUE_MEETING_ID] =
    g_param_spec_int64 ("due-meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUE_MEETING_NUMBER] =
    g_param_spec_int ("due-meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       RT_TYPE_FOLLOWUP_STATUS, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWERED_MEETING_ID] =
    g_param_spec_int64 ("answered-meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWERED_MEETING_NUMBER] =
    g_param_spec_int ("answered-meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
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
rt_followup_init (RtFollowup *self)
{
  self->card_text = g_strdup ("");
  self->card_speaker = g_strdup ("");
  self->question = g_strdup ("");
  self->assignee = g_strdup ("");
  self->answer = g_strdup ("");
  self->created = g_strdup ("");
  self->modified = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_followup_load (RtFollowup *self,
                   RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->card_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "card_id")), properties[PROP_CARD_ID]);
  changed |= rt_model_set_string (self, &self->card_text, rt_stmt_get_text (stmt, RT_COL (stmt, "card_text")), properties[PROP_CARD_TEXT]);
  changed |= rt_model_set_string (self, &self->card_speaker, rt_stmt_get_text (stmt, RT_COL (stmt, "card_speaker")), properties[PROP_CARD_SPEAKER]);
  changed |= rt_model_set_int (self, &self->card_meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "card_meeting_number")), properties[PROP_CARD_MEETING_NUMBER]);
  changed |= rt_model_set_string (self, &self->question, rt_stmt_get_text (stmt, RT_COL (stmt, "question")), properties[PROP_QUESTION]);
  changed |= rt_model_set_string (self, &self->assignee, rt_stmt_get_text (stmt, RT_COL (stmt, "assignee")), properties[PROP_ASSIGNEE]);
  changed |= rt_model_set_int64 (self, &self->due_meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "due_meeting_id")), properties[PROP_DUE_MEETING_ID]);
  changed |= rt_model_set_int (self, &self->due_meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "due_meeting_number")), properties[PROP_DUE_MEETING_NUMBER]);
  changed |= rt_model_set_enum (self, (int *)&self->status, RT_TYPE_FOLLOWUP_STATUS, rt_stmt_get_text (stmt, RT_COL (stmt, "status")), properties[PROP_STATUS]);
  changed |= rt_model_set_string (self, &self->answer, rt_stmt_get_text (stmt, RT_COL (stmt, "answer")), properties[PROP_ANSWER]);
  changed |= rt_model_set_int64 (self, &self->answered_meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "answered_meeting_id")), properties[PROP_ANSWERED_MEETING_ID]);
  changed |= rt_model_set_int (self, &self->answered_meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "answered_meeting_number")), properties[PROP_ANSWERED_MEETING_NUMBER]);
  changed |= rt_model_set_string (self, &self->created, rt_stmt_get_text (stmt, RT_COL (stmt, "created")), properties[PROP_CREATED]);
  changed |= rt_model_set_string (self, &self->modified, rt_stmt_get_text (stmt, RT_COL (stmt, "modified")), properties[PROP_MODIFIED]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_followup_get_id (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->id;
}

gint64
rt_followup_get_card_id (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->card_id;
}

const char *
rt_followup_get_card_text (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->card_text;
}

const char *
rt_followup_get_card_speaker (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->card_speaker;
}

int
rt_followup_get_card_meeting_number (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->card_meeting_number;
}

const char *
rt_followup_get_question (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->question;
}

const char *
rt_followup_get_assignee (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->assignee;
}

gint64
rt_followup_get_due_meeting_id (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->due_meeting_id;
}

int
rt_followup_get_due_meeting_number (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->due_meeting_number;
}

RtFollowupStatus
rt_followup_get_status (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->status;
}

const char *
rt_followup_get_answer (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->answer;
}

gint64
rt_followup_get_answered_meeting_id (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->answered_meeting_id;
}

int
rt_followup_get_answered_meeting_number (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), 0);

  return self->answered_meeting_number;
}

const char *
rt_followup_get_created (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->created;
}

const char *
rt_followup_get_modified (RtFollowup *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP (self), NULL);

  return self->modified;
}
