/* rt-meeting.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_meeting_finalize (GObject *object)
{
  RtMeeting *self = (RtMeeting *)object;

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
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
