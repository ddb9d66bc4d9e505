/* rt-new-committee-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-new-committee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-new-committee-dialog.h"

/* Asks what a new committee starts from and what it is called; the window
 * then asks where to save it, on the "create" response. */
struct _RtNewCommitteeDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *name_entry;
  GtkCheckButton   *empty_button;
  GtkCheckButton   *sample_button;
};

G_DEFINE_FINAL_TYPE (RtNewCommitteeDialog, rt_new_committee_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* An empty committee needs a name; the sample has its own. */
static void
update_response (RtNewCommitteeDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "create",
                                           name[0] != '\0' ||
                                           gtk_check_button_get_active (self->sample_button));
}

static void
rt_new_committee_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RT_TYPE_NEW_COMMITTEE_DIALOG);

  G_OBJECT_CLASS (rt_new_committee_dialog_parent_class)->dispose (object);
}

static void
rt_new_committee_dialog_class_init (RtNewCommitteeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_new_committee_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-new-committee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtNewCommitteeDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, RtNewCommitteeDialog, empty_button);
  gtk_widget_class_bind_template_child (widget_class, RtNewCommitteeDialog, sample_button);
  gtk_widget_class_bind_template_callback (widget_class, update_response);
}

static void
rt_new_committee_dialog_init (RtNewCommitteeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_response (self);
}

RtNewCommitteeDialog *
rt_new_committee_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RT_TYPE_NEW_COMMITTEE_DIALOG,
                       "transient-for", parent,
                       NULL);
}

/**
 * rt_new_committee_dialog_get_name:
 *
 * Returns: the name typed, as typed (possibly empty)
 */
const char *
rt_new_committee_dialog_get_name (RtNewCommitteeDialog *self)
{
  g_return_val_if_fail (RT_IS_NEW_COMMITTEE_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
}

void
rt_new_committee_dialog_set_name (RtNewCommitteeDialog *self,
                                  const char           *name)
{
  g_return_if_fail (RT_IS_NEW_COMMITTEE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name ? name : "");
}

/* Whether the committee starts as a copy of the sample committee. */
gboolean
rt_new_committee_dialog_get_from_sample (RtNewCommitteeDialog *self)
{
  g_return_val_if_fail (RT_IS_NEW_COMMITTEE_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->sample_button);
}

void
rt_new_committee_dialog_set_from_sample (RtNewCommitteeDialog *self,
                                         gboolean              from_sample)
{
  g_return_if_fail (RT_IS_NEW_COMMITTEE_DIALOG (self));

  gtk_check_button_set_active (from_sample ? self->sample_button : self->empty_button, TRUE);
}
