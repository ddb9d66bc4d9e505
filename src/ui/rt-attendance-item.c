/* rt-attendance-item.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-attendance-item"

#include "config.h"

#include "rt-attendance-item.h"

/* One row of a meeting's attendance, as the meetings window lists it: a
 * person and whether they were present, absent, or not recorded. The row's
 * two toggles (rt-attendance-row.ui) bind to "present" and "absent" and set
 * them back when clicked; the window follows "status" and records it. */

struct _RtAttendanceItem
{
  GObject   parent_instance;

  RtPerson *person;
  int       status;
};

G_DEFINE_FINAL_TYPE (RtAttendanceItem, rt_attendance_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_STATUS,
  PROP_PRESENT,
  PROP_ABSENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_attendance_item_dispose (GObject *object)
{
  RtAttendanceItem *self = (RtAttendanceItem *)object;

  g_clear_object (&self->person);

  G_OBJECT_CLASS (rt_attendance_item_parent_class)->dispose (object);
}

static void
rt_attendance_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RtAttendanceItem *self = RT_ATTENDANCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_PRESENT:
      g_value_set_boolean (value, self->status == RT_ATTENDANCE_PRESENT);
      break;

    case PROP_ABSENT:
      g_value_set_boolean (value, self->status == RT_ATTENDANCE_ABSENT);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Setting one of the toggles' properties to what it already says changes
 * nothing, so a binding that writes a row's toggles back is harmless. */
static void
set_flag (RtAttendanceItem *self,
          int               status,
          gboolean          on)
{
  if (on)
    rt_attendance_item_set_status (self, status);
  else if (self->status == status)
    rt_attendance_item_set_status (self, RT_ATTENDANCE_UNKNOWN);
}

static void
rt_attendance_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RtAttendanceItem *self = RT_ATTENDANCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    case PROP_STATUS:
      rt_attendance_item_set_status (self, g_value_get_int (value));
      break;

    case PROP_PRESENT:
      set_flag (self, RT_ATTENDANCE_PRESENT, g_value_get_boolean (value));
      break;

    case PROP_ABSENT:
      set_flag (self, RT_ATTENDANCE_ABSENT, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_attendance_item_class_init (RtAttendanceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_attendance_item_dispose;
  object_class->get_property = rt_attendance_item_get_property;
  object_class->set_property = rt_attendance_item_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         RT_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      RT_ATTENDANCE_UNKNOWN, RT_ATTENDANCE_ABSENT, RT_ATTENDANCE_UNKNOWN,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ABSENT] =
    g_param_spec_boolean ("absent", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_attendance_item_init (RtAttendanceItem *self)
{
  self->status = RT_ATTENDANCE_UNKNOWN;
}

RtAttendanceItem *
rt_attendance_item_new (RtPerson *person)
{
  g_return_val_if_fail (RT_IS_PERSON (person), NULL);

  return g_object_new (RT_TYPE_ATTENDANCE_ITEM, "person", person, NULL);
}

RtPerson *
rt_attendance_item_get_person (RtAttendanceItem *self)
{
  g_return_val_if_fail (RT_IS_ATTENDANCE_ITEM (self), NULL);

  return self->person;
}

int
rt_attendance_item_get_status (RtAttendanceItem *self)
{
  g_return_val_if_fail (RT_IS_ATTENDANCE_ITEM (self), RT_ATTENDANCE_UNKNOWN);

  return self->status;
}

void
rt_attendance_item_set_status (RtAttendanceItem *self,
                               int               status)
{
  int old;

  g_return_if_fail (RT_IS_ATTENDANCE_ITEM (self));
  g_return_if_fail (status >= RT_ATTENDANCE_UNKNOWN && status <= RT_ATTENDANCE_ABSENT);

  if (self->status == status)
    return;

  old = self->status;
  self->status = status;

  g_object_freeze_notify (G_OBJECT (self));
  if (old == RT_ATTENDANCE_PRESENT || status == RT_ATTENDANCE_PRESENT)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
  if (old == RT_ATTENDANCE_ABSENT || status == RT_ATTENDANCE_ABSENT)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABSENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  g_object_thaw_notify (G_OBJECT (self));
}
