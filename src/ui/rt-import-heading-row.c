/* rt-import-heading-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-heading-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-import-heading-row.h"

/* A heading of the minutes in the import review: whether it becomes a
 * theme for the statements under it, its name (editable), how many
 * statements it has and whether the theme exists, and, for a new theme,
 * the handout label it goes under. */
struct _RtImportHeadingRow
{
  AdwEntryRow      parent_instance;

  GtkCheckButton  *check;
  GtkDropDown     *labels;

  RtImport        *import;
  RtImportHeading *heading;
  guint            updating;   /* the row is showing the model: no edits back */
};

G_DEFINE_FINAL_TYPE (RtImportHeadingRow, rt_import_heading_row, ADW_TYPE_ENTRY_ROW)

static char *
label_to_string (GObject  *item,
                 gpointer  user_data)
{
  if (RT_IS_LABEL (item))
    return g_strdup (rt_label_get_name (RT_LABEL (item)));

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return g_strdup ("");
}

static GListModel *
labels_of (RtImportHeadingRow *self)
{
  return rt_committee_get_labels (rt_import_get_committee (self->import));
}

static void
update_row (RtImportHeadingRow *self)
{
  GListModel *model = labels_of (self);
  guint n_labels = g_list_model_get_n_items (model);
  guint n = rt_import_heading_get_n_statements (self->heading);
  g_autofree char *count = g_strdup_printf (ngettext ("%u statement", "%u statements", n), n);
  g_autofree char *title = NULL;
  gint64 label_id = rt_import_heading_get_label_id (self->heading);
  guint selected = n_labels;

  if (rt_import_heading_get_theme_id (self->heading) > 0)
    /* Translators: a heading that names a theme the committee has already. */
    title = g_strdup_printf (_("%s · existing theme"), count);
  else
    title = g_strdup_printf (_("%s · new theme"), count);

  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);

      if (rt_label_get_id (label) == label_id)
        selected = i;
    }

  self->updating++;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  gtk_check_button_set_active (self->check, rt_import_heading_get_accepted (self->heading));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), rt_import_heading_get_text (self->heading)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), rt_import_heading_get_text (self->heading));
  gtk_drop_down_set_selected (self->labels, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->labels), rt_import_heading_get_theme_id (self->heading) == 0);
  self->updating--;
}

static void
check_toggled (RtImportHeadingRow *self)
{
  if (!self->updating && self->heading != NULL)
    rt_import_heading_set_accepted (self->heading, gtk_check_button_get_active (self->check));
}

static void
text_changed (RtImportHeadingRow *self)
{
  if (!self->updating && self->heading != NULL)
    rt_import_heading_set_text (self->heading, gtk_editable_get_text (GTK_EDITABLE (self)));
}

static void
label_selected (RtImportHeadingRow *self)
{
  GObject *item = gtk_drop_down_get_selected_item (self->labels);

  if (self->updating || self->heading == NULL)
    return;

  rt_import_heading_set_label_id (self->heading,
                                  item != NULL && RT_IS_LABEL (item) ? rt_label_get_id (RT_LABEL (item)) : 0);
}

static void
rt_import_heading_row_dispose (GObject *object)
{
  RtImportHeadingRow *self = RT_IMPORT_HEADING_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_IMPORT_HEADING_ROW);
  g_clear_object (&self->import);
  g_clear_object (&self->heading);

  G_OBJECT_CLASS (rt_import_heading_row_parent_class)->dispose (object);
}

static void
rt_import_heading_row_class_init (RtImportHeadingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_import_heading_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-import-heading-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtImportHeadingRow, check);
  gtk_widget_class_bind_template_child (widget_class, RtImportHeadingRow, labels);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled);
  gtk_widget_class_bind_template_callback (widget_class, text_changed);
  gtk_widget_class_bind_template_callback (widget_class, label_selected);
}

static void
rt_import_heading_row_init (RtImportHeadingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rt_import_heading_row_new:
 *
 * Returns: (transfer floating): the row of @heading of @import
 */
GtkWidget *
rt_import_heading_row_new (RtImport        *import,
                           RtImportHeading *heading)
{
  RtImportHeadingRow *self;
  g_autoptr(GListStore) models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) extras = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) none = gtk_string_object_new (_("No handout"));

  g_return_val_if_fail (RT_IS_IMPORT (import), NULL);
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (heading), NULL);

  self = g_object_new (RT_TYPE_IMPORT_HEADING_ROW, NULL);
  self->import = g_object_ref (import);

  g_list_store_append (extras, none);
  g_list_store_append (models, labels_of (self));
  g_list_store_append (models, extras);
  gtk_drop_down_set_expression (self->labels,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (label_to_string), NULL, NULL));
  gtk_drop_down_set_model (self->labels,
                           G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)))));

  /* Set last: the drop-down's first selection is no choice of the user. */
  self->heading = g_object_ref (heading);
  update_row (self);
  g_signal_connect_object (heading, "notify", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
