/* rt-proposal-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-proposal-row"

#include "config.h"

#include "rt-proposal-row.h"

/* One local proposal in the point editor: its text in an entry, and the
 * buttons that move or remove the row within its list. It keeps the id of
 * the proposal it edits (0 for a new one). */
struct _RtProposalRow
{
  GtkListBoxRow  parent_instance;

  GtkEntry      *entry;
  gint64         proposal_id;
};

G_DEFINE_FINAL_TYPE (RtProposalRow, rt_proposal_row, GTK_TYPE_LIST_BOX_ROW)

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (widget));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget)) + g_variant_get_int32 (parameter);

  if (index < 0 || gtk_list_box_get_row_at_index (list, index) == NULL)
    return;

  g_object_ref (widget);
  gtk_list_box_remove (list, widget);
  gtk_list_box_insert (list, widget, index);
  g_object_unref (widget);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (widget)), widget);
}

static void
rt_proposal_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RT_TYPE_PROPOSAL_ROW);

  G_OBJECT_CLASS (rt_proposal_row_parent_class)->dispose (object);
}

static void
rt_proposal_row_class_init (RtProposalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_proposal_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-proposal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtProposalRow, entry);
  gtk_widget_class_install_action (widget_class, "proposal.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "proposal.remove", NULL, remove_action);
}

static void
rt_proposal_row_init (RtProposalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rt_proposal_row_new (gint64      proposal_id,
                     const char *text)
{
  RtProposalRow *self = g_object_new (RT_TYPE_PROPOSAL_ROW, NULL);

  self->proposal_id = proposal_id;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text ? text : "");

  return GTK_WIDGET (self);
}

gint64
rt_proposal_row_get_id (RtProposalRow *self)
{
  g_return_val_if_fail (RT_IS_PROPOSAL_ROW (self), 0);

  return self->proposal_id;
}

/* Returns: (transfer full): the text, without white space at either end */
char *
rt_proposal_row_dup_text (RtProposalRow *self)
{
  g_return_val_if_fail (RT_IS_PROPOSAL_ROW (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

void
rt_proposal_row_focus (RtProposalRow *self)
{
  g_return_if_fail (RT_IS_PROPOSAL_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
