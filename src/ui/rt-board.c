/* rt-board.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-board"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-board.h"
#include "rt-theme-column.h"

/* The board: the 未分類 inbox first, then the themes as columns grouped
 * under their handout label (資料1-1 …). Columns are rebuilt when labels or
 * themes are added, removed or reordered; cards update inside their column. */
struct _RtBoard
{
  GtkWidget    parent_instance;

  RtCommittee *committee;
  GListModel  *labels;
  GListModel  *themes;
  guint        rebuild_source;

  GtkBox      *columns_box;
};

G_DEFINE_FINAL_TYPE (RtBoard, rt_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMITTEE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_columns (RtBoard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))))
    gtk_box_remove (self->columns_box, child);
}

static GtkWidget *
new_group (const char *title,
           GtkWidget **columns)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_label_new (title);

  gtk_widget_add_css_class (group, "label-group");
  gtk_widget_add_css_class (header, "label-header");
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_hexpand (group, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (group), header);

  *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_set_homogeneous (GTK_BOX (*columns), TRUE);
  gtk_widget_set_vexpand (*columns, TRUE);
  gtk_box_append (GTK_BOX (group), *columns);

  return group;
}

static void
add_group (RtBoard    *self,
           const char *title,
           gint64      label_id)
{
  g_autoptr(GListModel) themes = rt_committee_list_themes (self->committee, label_id);
  guint n = g_list_model_get_n_items (themes);
  GtkWidget *columns;
  GtkWidget *group;

  if (n == 0)
    return;

  group = new_group (title, &columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

      gtk_box_append (GTK_BOX (columns), rt_theme_column_new (self->committee, theme));
    }

  gtk_box_append (self->columns_box, group);
}

static void
rebuild (RtBoard *self)
{
  GtkWidget *inbox_columns;
  guint n_labels;

  clear_columns (self);

  if (self->committee == NULL)
    return;

  gtk_box_append (self->columns_box, new_group (_("Unsorted"), &inbox_columns));
  gtk_box_append (GTK_BOX (inbox_columns), rt_theme_column_new (self->committee, NULL));
  gtk_widget_set_hexpand (gtk_widget_get_parent (inbox_columns), FALSE);

  n_labels = g_list_model_get_n_items (self->labels);
  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (self->labels, i);

      add_group (self, rt_label_get_name (label), rt_label_get_id (label));
    }

  add_group (self, _("No handout label"), 0);
}

static gboolean
rebuild_idle (gpointer user_data)
{
  RtBoard *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Several lists change in one transaction; rebuild once after all of them. */
static void
queue_rebuild (RtBoard *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle, self, NULL);
}

static void
disconnect_committee (RtBoard *self)
{
  if (self->labels != NULL)
    g_signal_handlers_disconnect_by_func (self->labels, queue_rebuild, self);
  if (self->themes != NULL)
    g_signal_handlers_disconnect_by_func (self->themes, queue_rebuild, self);
  g_clear_object (&self->labels);
  g_clear_object (&self->themes);
  g_clear_object (&self->committee);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
}

void
rt_board_set_committee (RtBoard     *self,
                        RtCommittee *committee)
{
  g_return_if_fail (RT_IS_BOARD (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  disconnect_committee (self);

  if (committee != NULL)
    {
      self->committee = g_object_ref (committee);
      self->labels = g_object_ref (rt_committee_get_labels (committee));
      self->themes = g_object_ref (rt_committee_get_themes (committee));
      g_signal_connect_swapped (self->labels, "items-changed", G_CALLBACK (queue_rebuild), self);
      g_signal_connect_swapped (self->themes, "items-changed", G_CALLBACK (queue_rebuild), self);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
}

RtCommittee *
rt_board_get_committee (RtBoard *self)
{
  g_return_val_if_fail (RT_IS_BOARD (self), NULL);

  return self->committee;
}

/**
 * rt_board_get_n_columns:
 *
 * Returns: the number of columns shown, the inbox included
 */
guint
rt_board_get_n_columns (RtBoard *self)
{
  guint n = 0;

  g_return_val_if_fail (RT_IS_BOARD (self), 0);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      GtkWidget *columns = gtk_widget_get_last_child (group);

      for (GtkWidget *column = gtk_widget_get_first_child (columns);
           column != NULL;
           column = gtk_widget_get_next_sibling (column))
        n++;
    }

  return n;
}

static void
rt_board_dispose (GObject *object)
{
  RtBoard *self = (RtBoard *)object;
  GtkWidget *child;

  disconnect_committee (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_BOARD);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rt_board_parent_class)->dispose (object);
}

static void
rt_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RtBoard *self = RT_BOARD (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RtBoard *self = RT_BOARD (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      rt_board_set_committee (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_board_class_init (RtBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_board_dispose;
  object_class->get_property = rt_board_get_property;
  object_class->set_property = rt_board_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-board.ui");
  gtk_widget_class_bind_template_child (widget_class, RtBoard, columns_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
rt_board_init (RtBoard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
