/* rt-direction-item.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-direction-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-direction-item.h"
#include "rt-direction-popover.h"
#include "rt-feedback.h"

/* One direction of a point, as the points page lists them: its text, the
 * meeting it was recorded at, and buttons to edit or remove it. */
struct _RtDirectionItem
{
  GtkWidget      parent_instance;

  GtkLabel      *text_label;
  GtkLabel      *meeting_label;
  GtkMenuButton *edit_button;

  RtCommittee   *committee;
  gint64         direction_id;
};

G_DEFINE_FINAL_TYPE (RtDirectionItem, rt_direction_item, GTK_TYPE_WIDGET)

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtDirectionItem *self = RT_DIRECTION_ITEM (widget);
  g_autoptr(GError) error = NULL;

  if (!rt_committee_delete_direction (self->committee, self->direction_id, &error))
    rt_feedback_toast (widget, error->message);
}

static void
rt_direction_item_dispose (GObject *object)
{
  RtDirectionItem *self = RT_DIRECTION_ITEM (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_DIRECTION_ITEM);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_direction_item_parent_class)->dispose (object);
}

static void
rt_direction_item_class_init (RtDirectionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_direction_item_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-direction-item.ui");
  gtk_widget_class_bind_template_child (widget_class, RtDirectionItem, text_label);
  gtk_widget_class_bind_template_child (widget_class, RtDirectionItem, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, RtDirectionItem, edit_button);
  gtk_widget_class_install_action (widget_class, "direction.remove", NULL, remove_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
rt_direction_item_init (RtDirectionItem *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
}

/**
 * rt_direction_item_new:
 * @point_id: the point @direction is of
 *
 * Returns: (transfer floating): the item
 */
GtkWidget *
rt_direction_item_new (RtCommittee       *committee,
                       gint64             point_id,
                       const RtPointText *direction)
{
  RtDirectionItem *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (direction != NULL, NULL);

  self = g_object_new (RT_TYPE_DIRECTION_ITEM, NULL);
  self->committee = g_object_ref (committee);
  self->direction_id = direction->id;

  gtk_label_set_label (self->text_label, direction->text);
  if (direction->meeting_number > 0)
    {
      /* TRANSLATORS: when a direction was recorded: 第3回 */
      g_autofree char *meeting = g_strdup_printf (_("Meeting %d"), direction->meeting_number);

      gtk_label_set_label (self->meeting_label, meeting);
    }
  gtk_menu_button_set_popover (self->edit_button, rt_direction_popover_new (committee, point_id, direction));

  return GTK_WIDGET (self);
}
