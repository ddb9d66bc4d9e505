/* rt-meeting.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-date.h"
#include "rt-model-private.h"
#include "rt-meeting.h"

/* A meeting (会議) of the committee: 第n回.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtMeeting
{
  GObject parent_instance;

  gint64 id;
  int number;
  char *title;
  char *date;
  char *place;
  char *agenda;
  char *start_time;
  char *end_time;
  int observers;
  gboolean is_public;
  int n_present;
  int n_absent;
};

G_DEFINE_FINAL_TYPE (RtMeeting, rt_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_AGENDA,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_OBSERVERS,
  PROP_PUBLIC,
  PROP_N_PRESENT,
  PROP_N_ABSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_meeting_finalize (GObject *object)
{
  RtMeeting *self = (RtMeeting *)object;

  g_clear_pointer (&self->end_time, g_free);
  g_clear_pointer (&self->start_time, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->agenda, g_free);

  G_OBJECT_CLASS (rt_meeting_parent_class)->finalize (object);
}

static void
rt_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RtMeeting *self = RT_MEETING (object);

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

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_AGENDA:
      g_value_set_string (value, self->agenda);
      break;

    case PROP_START_TIME:
      g_value_set_string (value, self->start_time);
      break;

    case PROP_END_TIME:
      g_value_set_string (value, self->end_time);
      break;

    case PROP_OBSERVERS:
      g_value_set_int (value, self->observers);
      break;

    case PROP_PUBLIC:
      g_value_set_boolean (value, self->is_public);
      break;

    case PROP_N_PRESENT:
      g_value_set_int (value, self->n_present);
      break;

    case PROP_N_ABSENT:
      g_value_set_int (value, self->n_absent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_meeting_class_init (RtMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_meeting_finalize;
  object_class->get_property = rt_meeting_get_property;

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
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_AGENDA] =
    g_param_spec_string ("agenda", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_END_TIME] =
    g_param_spec_string ("end-time", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_OBSERVERS] =
    g_param_spec_int ("observers", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PUBLIC] =
    g_param_spec_boolean ("public", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_PRESENT] =
    g_param_spec_int ("n-present", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ABSENT] =
    g_param_spec_int ("n-absent", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_meeting_init (RtMeeting *self)
{
  self->title = g_strdup ("");
  self->date = g_strdup ("");
  self->place = g_strdup ("");
  self->agenda = g_strdup ("");
}

gint64
rt_meeting_get_id (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->id;
}

int
rt_meeting_get_number (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->number;
}

const char *
rt_meeting_get_title (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->title;
}

const char *
rt_meeting_get_date (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->date;
}

const char *
rt_meeting_get_place (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->place;
}

const char *
rt_meeting_get_agenda (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->agenda;
}

/* Reads the columns of RT_MEETING_COLUMNS, in order, and notifies what changed. */
gboolean
_rt_meeting_load (RtMeeting      *self,
                  RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int (self, &self->number, rt_stmt_get_int (stmt, RT_COL (stmt, "number")), properties[PROP_NUMBER]);
  changed |= rt_model_set_string (self, &self->title, rt_stmt_get_text (stmt, RT_COL (stmt, "title")), properties[PROP_TITLE]);
  changed |= rt_model_set_string (self, &self->date, rt_stmt_get_text (stmt, RT_COL (stmt, "date")), properties[PROP_DATE]);
  changed |= rt_model_set_string (self, &self->place, rt_stmt_get_text (stmt, RT_COL (stmt, "place")), properties[PROP_PLACE]);
  changed |= rt_model_set_string (self, &self->agenda, rt_stmt_get_text (stmt, RT_COL (stmt, "agenda")), properties[PROP_AGENDA]);
  changed |= rt_model_set_string (self, &self->start_time, rt_stmt_get_text (stmt, RT_COL (stmt, "start_time")), properties[PROP_START_TIME]);
  changed |= rt_model_set_string (self, &self->end_time, rt_stmt_get_text (stmt, RT_COL (stmt, "end_time")), properties[PROP_END_TIME]);
  changed |= rt_model_set_int (self, &self->observers, rt_stmt_get_int (stmt, RT_COL (stmt, "observers")), properties[PROP_OBSERVERS]);
  changed |= rt_model_set_int (self, &self->is_public, rt_stmt_get_int (stmt, RT_COL (stmt, "public")) != 0, properties[PROP_PUBLIC]);
  changed |= rt_model_set_int (self, &self->n_present, rt_stmt_get_int (stmt, RT_COL (stmt, "n_present")), properties[PROP_N_PRESENT]);
  changed |= rt_model_set_int (self, &self->n_absent, rt_stmt_get_int (stmt, RT_COL (stmt, "n_absent")), properties[PROP_N_ABSENT]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

const char *
rt_meeting_get_start_time (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->start_time;
}

const char *
rt_meeting_get_end_time (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  return self->end_time;
}

int
rt_meeting_get_observers (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->observers;
}

gboolean
rt_meeting_get_public (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->is_public;
}

int
rt_meeting_get_n_present (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->n_present;
}

int
rt_meeting_get_n_absent (RtMeeting *self)
{
  g_return_val_if_fail (RT_IS_MEETING (self), 0);

  return self->n_absent;
}

/**
 * rt_meeting_dup_label:
 * @with_date: whether to add the date, when the meeting has one
 * @style: how to write it
 *
 * Returns: (transfer full): the meeting as lists and choices name it:
 *   第4回, or 第4回（令和8年3月19日） @with_date
 */
char *
rt_meeting_dup_label (RtMeeting   *self,
                      gboolean     with_date,
                      RtDateStyle  style)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (RT_IS_MEETING (self), NULL);

  if (with_date && self->date != NULL && self->date[0] != '\0')
    date = rt_date_format_iso (self->date, style);

  if (date != NULL && date[0] != '\0')
    /* Translators: a meeting by its number and date, 第%d回（%s） in Japanese. */
    return g_strdup_printf (_("Meeting %d (%s)"), self->number, date);

  /* Translators: a meeting by its number, 第%d回 in Japanese. */
  return g_strdup_printf (_("Meeting %d"), self->number);
}
