/* rt-direction-popover.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-direction-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-direction-popover.h"
#include "rt-feedback.h"

/* The form of one direction of a point (方向性): its text and the meeting
 * at which the committee came to it. It adds a new direction, or saves the
 * one it was opened on. */
struct _RtDirectionPopover
{
  GtkPopover   parent_instance;

  GtkLabel    *heading;
  GtkTextView *text_view;
  GtkDropDown *meetings;
  GtkButton   *save_button;

  RtCommittee *committee;
  gint64       point_id;
  gint64       direction_id;   /* 0 for a new one */
  GArray      *meeting_ids;    /* of the drop-down's items, "No meeting" last */
};

G_DEFINE_FINAL_TYPE (RtDirectionPopover, rt_direction_popover, GTK_TYPE_POPOVER)

static void
save_clicked (RtDirectionPopover *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  guint selected = gtk_drop_down_get_selected (self->meetings);
  gint64 meeting_id = selected < self->meeting_ids->len ? g_array_index (self->meeting_ids, gint64, selected) : 0;
  gboolean ok;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return;

  if (self->direction_id == 0)
    ok = rt_committee_add_direction (self->committee, self->point_id, meeting_id, text, &error) != 0;
  else
    ok = rt_committee_set_direction (self->committee, self->direction_id, meeting_id, text, &error);

  /* Said where the popover was opened from: it closes now. */
  if (!ok)
    rt_feedback_toast (gtk_widget_get_parent (GTK_WIDGET (self)), error->message);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
popover_show (RtDirectionPopover *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
rt_direction_popover_dispose (GObject *object)
{
  RtDirectionPopover *self = RT_DIRECTION_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_DIRECTION_POPOVER);
  g_clear_object (&self->committee);
  g_clear_pointer (&self->meeting_ids, g_array_unref);

  G_OBJECT_CLASS (rt_direction_popover_parent_class)->dispose (object);
}

static void
rt_direction_popover_class_init (RtDirectionPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_direction_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-direction-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, RtDirectionPopover, heading);
  gtk_widget_class_bind_template_child (widget_class, RtDirectionPopover, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtDirectionPopover, meetings);
  gtk_widget_class_bind_template_child (widget_class, RtDirectionPopover, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, popover_show);
}

static void
rt_direction_popover_init (RtDirectionPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * rt_direction_popover_new:
 * @point_id: the point the direction is of
 * @direction: (nullable): the direction to edit, or %NULL for a new one
 *
 * Returns: (transfer floating): the popover
 */
GtkWidget *
rt_direction_popover_new (RtCommittee       *committee,
                          gint64             point_id,
                          const RtPointText *direction)
{
  RtDirectionPopover *self;
  GListModel *meetings;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n, selected;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_DIRECTION_POPOVER, NULL);
  self->committee = g_object_ref (committee);
  self->point_id = point_id;
  self->direction_id = direction != NULL ? direction->id : 0;

  gtk_label_set_label (self->heading, direction != NULL ? _("Edit Direction") : _("New Direction"));
  gtk_button_set_label (self->save_button, direction != NULL ? _("Save") : _("Add"));
  if (direction != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), direction->text, -1);

  meetings = rt_committee_get_meetings (committee);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *name = NULL;
      gint64 id = rt_meeting_get_id (meeting);

      /* TRANSLATORS: a meeting by its number: 第3回 */
      name = g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
      gtk_string_list_append (names, name);
      g_array_append_val (self->meeting_ids, id);
    }
  gtk_string_list_append (names, _("No meeting"));
  gtk_drop_down_set_model (self->meetings, G_LIST_MODEL (names));

  /* A new direction is most likely the one of the latest meeting. */
  selected = n > 0 ? n - 1 : 0;
  if (direction != NULL)
    {
      selected = n;
      for (guint i = 0; i < n; i++)
        if (g_array_index (self->meeting_ids, gint64, i) == direction->meeting_id)
          selected = i;
    }
  gtk_drop_down_set_selected (self->meetings, selected);

  return GTK_WIDGET (self);
}
