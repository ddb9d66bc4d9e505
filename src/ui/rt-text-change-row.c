/* rt-text-change-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-text-change-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-text-change-row.h"

/* One change between two versions of the 答申 outline, in the outline
 * view's comparison: 追加, 削除 or 修正, where it stands (the point and the
 * part), the sentence before struck through and the sentence after. */
struct _RtTextChangeRow
{
  GtkBox    parent_instance;

  GtkLabel *kind_label;
  GtkLabel *section_label;
  GtkLabel *before_label;
  GtkLabel *after_label;
};

G_DEFINE_FINAL_TYPE (RtTextChangeRow, rt_text_change_row, GTK_TYPE_BOX)

static void
rt_text_change_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RT_TYPE_TEXT_CHANGE_ROW);

  G_OBJECT_CLASS (rt_text_change_row_parent_class)->dispose (object);
}

static void
rt_text_change_row_class_init (RtTextChangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_text_change_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-text-change-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtTextChangeRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RtTextChangeRow, section_label);
  gtk_widget_class_bind_template_child (widget_class, RtTextChangeRow, before_label);
  gtk_widget_class_bind_template_child (widget_class, RtTextChangeRow, after_label);
}

static void
rt_text_change_row_init (RtTextChangeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rt_text_change_row_new (const RtTextChange *change)
{
  RtTextChangeRow *self;

  g_return_val_if_fail (change != NULL, NULL);

  self = g_object_new (RT_TYPE_TEXT_CHANGE_ROW, NULL);

  switch (change->kind)
    {
    case RT_TEXT_ADDED:
      gtk_label_set_label (self->kind_label, _("Added"));
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "change-added");
      break;

    case RT_TEXT_REMOVED:
      gtk_label_set_label (self->kind_label, _("Removed"));
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "change-removed");
      break;

    case RT_TEXT_CHANGED:
    default:
      gtk_label_set_label (self->kind_label, _("Changed"));
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), "change-changed");
      break;
    }

  gtk_label_set_label (self->section_label, change->section);

  if (change->before != NULL)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<s>%s</s>", change->before);

      gtk_label_set_markup (self->before_label, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->before_label), TRUE);
    }
  if (change->after != NULL)
    {
      gtk_label_set_label (self->after_label, change->after);
      gtk_widget_set_visible (GTK_WIDGET (self->after_label), TRUE);
    }

  return GTK_WIDGET (self);
}
