/* rt-agenda-item.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-agenda-item.h"
#include "rt-committee.h"

/* An item of a meeting's 次第 (agenda): 開会, a 議事 such as （１）…, その他, 閉会.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtAgendaItem
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  char *title;
  RtAgendaKind kind;
  int position;
};

G_DEFINE_FINAL_TYPE (RtAgendaItem, rt_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_TITLE,
  PROP_KIND,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_agenda_item_finalize (GObject *object)
{
  RtAgendaItem *self = (RtAgendaItem *)object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (rt_agenda_item_parent_class)->finalize (object);
}

static void
rt_agenda_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RtAgendaItem *self = RT_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_agenda_item_class_init (RtAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_agenda_item_finalize;
  object_class->get_property = rt_agenda_item_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RT_TYPE_AGENDA_KIND, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_agenda_item_init (RtAgendaItem *self)
{
  self->title = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_agenda_item_load (RtAgendaItem *self,
                      RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id")), properties[PROP_MEETING_ID]);
  changed |= rt_model_set_string (self, &self->title, rt_stmt_get_text (stmt, RT_COL (stmt, "title")), properties[PROP_TITLE]);
  changed |= rt_model_set_enum (self, (int *)&self->kind, RT_TYPE_AGENDA_KIND, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), properties[PROP_KIND]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_agenda_item_get_id (RtAgendaItem *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (self), 0);

  return self->id;
}

gint64
rt_agenda_item_get_meeting_id (RtAgendaItem *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (self), 0);

  return self->meeting_id;
}

const char *
rt_agenda_item_get_title (RtAgendaItem *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

RtAgendaKind
rt_agenda_item_get_kind (RtAgendaItem *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (self), 0);

  return self->kind;
}

int
rt_agenda_item_get_position (RtAgendaItem *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (self), 0);

  return self->position;
}

/**
 * rt_agenda_number_items:
 * @kinds: the kinds of a 次第's items, in order
 * @numbers: (out caller-allocates) (array length=n_items): where each
 *   item's number goes
 *
 * Numbers a 次第 as the documents do: every item gets the next number
 * (１ 開会, ３ その他 …), except that a run of 議事 items shares one number,
 * the 議事 line, under which each has its （１）, （２）….
 */
void
rt_agenda_number_items (const RtAgendaKind *kinds,
                        guint               n_items,
                        RtAgendaNumber     *numbers)
{
  int top = 0, sub = 0;

  g_return_if_fail (kinds != NULL || n_items == 0);
  g_return_if_fail (numbers != NULL || n_items == 0);

  for (guint i = 0; i < n_items; i++)
    {
      gboolean item = kinds[i] == RT_AGENDA_KIND_ITEM;
      gboolean opens = item && (i == 0 || kinds[i - 1] != RT_AGENDA_KIND_ITEM);

      if (!item || opens)
        {
          top++;
          sub = 0;
        }
      if (item)
        sub++;

      numbers[i].top = top;
      numbers[i].sub = item ? sub : 0;
      numbers[i].opens_group = opens;
    }
}
