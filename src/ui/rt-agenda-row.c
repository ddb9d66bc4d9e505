/* rt-agenda-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-agenda-row.h"
#include "rt-cycle-private.h"
#include "rt-ui-util.h"

/* One item of a meeting's 次第: its number (１, （２）) as the 次第 prints it,
 * its title, edited in place (Enter or the apply button saves it), its kind,
 * and a handle to drag it to another place. */
struct _RtAgendaRow
{
  AdwEntryRow    parent_instance;

  RtCommittee   *committee;
  RtAgendaItem  *item;
  gboolean       syncing;

  GtkWidget     *handle;
  GtkDropDown   *kind_dropdown;
};

G_DEFINE_FINAL_TYPE (RtAgendaRow, rt_agenda_row, ADW_TYPE_ENTRY_ROW)

static void
sync_row (RtAgendaRow *self)
{
  self->syncing = TRUE;
  if (!gtk_widget_has_focus (GTK_WIDGET (self)) ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), "") == 0)
    gtk_editable_set_text (GTK_EDITABLE (self), rt_agenda_item_get_title (self->item));
  gtk_drop_down_set_selected (self->kind_dropdown, rt_agenda_item_get_kind (self->item));
  self->syncing = FALSE;
}

static void
edit (RtAgendaRow  *self,
      RtAgendaKind  kind,
      const char   *title)
{
  g_autoptr(GError) error = NULL;

  if (!rt_committee_edit_agenda_item (self->committee, rt_agenda_item_get_id (self->item), kind, title, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Agenda"), error);
      sync_row (self);
    }
}

static void
applied (RtAgendaRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  if (g_strcmp0 (text, rt_agenda_item_get_title (self->item)) != 0)
    edit (self, rt_agenda_item_get_kind (self->item), text);
}

static void
kind_selected (RtAgendaRow *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->syncing || kind == GTK_INVALID_LIST_POSITION || kind == (guint)rt_agenda_item_get_kind (self->item))
    return;

  edit (self, kind, rt_agenda_item_get_title (self->item));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtAgendaRow *self = RT_AGENDA_ROW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("Deleted the agenda item “%s”"), rt_agenda_item_get_title (self->item));
  if (!rt_committee_delete_agenda_item (self->committee, rt_agenda_item_get_id (self->item), &error))
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Agenda"), error);
  else
    rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static gint64
row_id (GtkListBoxRow *row)
{
  return rt_agenda_item_get_id (RT_AGENDA_ROW (row)->item);
}

static gboolean
row_move (GtkListBoxRow  *row,
          gint64          id,
          int             index,
          GError        **error)
{
  return rt_committee_move_agenda_item (RT_AGENDA_ROW (row)->committee, id, index, error);
}

static const RtRowReorder reorder = { row_id, row_move, N_("Could Not Change the Agenda") };

static void
move (RtAgendaRow *self,
      int          by)
{
  rt_list_row_move_to (GTK_LIST_BOX_ROW (self), &reorder, rt_agenda_item_get_id (self->item),
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + by);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move (RT_AGENDA_ROW (widget), g_str_equal (action_name, "agenda-row.move-up") ? -1 : 1);
}

static void
rt_agenda_row_dispose (GObject *object)
{
  RtAgendaRow *self = (RtAgendaRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_AGENDA_ROW);
  g_clear_object (&self->item);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_agenda_row_parent_class)->dispose (object);
}

static void
rt_agenda_row_class_init (RtAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_agenda_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtAgendaRow, handle);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaRow, kind_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, applied);
  gtk_widget_class_install_action (widget_class, "agenda-row.delete", NULL, delete_action);

  gtk_widget_class_install_action (widget_class, "agenda-row.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda-row.move-down", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda-row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda-row.move-down", NULL);
}

static void
rt_agenda_row_init (RtAgendaRow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int k = RT_AGENDA_KIND_OPENING; k <= RT_AGENDA_KIND_CLOSING; k++)
    gtk_string_list_append (kinds, rt_agenda_kind_to_label (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_selected), self);

  rt_list_row_make_reorderable (GTK_LIST_BOX_ROW (self), self->handle, &reorder);
}

GtkWidget *
rt_agenda_row_new (RtCommittee  *committee,
                   RtAgendaItem *item)
{
  RtAgendaRow *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_AGENDA_ITEM (item), NULL);

  self = g_object_new (RT_TYPE_AGENDA_ROW, NULL);
  self->committee = g_object_ref (committee);
  self->item = g_object_ref (item);
  g_signal_connect_object (item, "notify", G_CALLBACK (sync_row), self, G_CONNECT_SWAPPED);
  sync_row (self);

  if (rt_committee_get_read_only (committee))
    {
      gtk_editable_set_editable (GTK_EDITABLE (self), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->kind_dropdown), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda-row.move-up", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda-row.move-down", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda-row.delete", FALSE);
    }

  return GTK_WIDGET (self);
}

RtAgendaItem *
rt_agenda_row_get_item (RtAgendaRow *self)
{
  g_return_val_if_fail (RT_IS_AGENDA_ROW (self), NULL);

  return self->item;
}

/**
 * rt_agenda_row_set_number:
 * @number: the item's number as the 次第 prints it: "２", "２（１）"
 */
void
rt_agenda_row_set_number (RtAgendaRow *self,
                          const char  *number)
{
  g_return_if_fail (RT_IS_AGENDA_ROW (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), number);
}
