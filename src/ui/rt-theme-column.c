/* rt-theme-column.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-theme-column"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-card-widget.h"
#include "rt-color.h"
#include "rt-theme-column.h"

/* One column of the board: a theme, or the 未分類 inbox when it has no theme,
 * with its cards in a list view that creates widgets only for visible rows. */
struct _RtThemeColumn
{
  GtkWidget     parent_instance;

  RtCommittee  *committee;
  RtTheme      *theme;
  GListModel   *cards;

  GtkLabel     *title_label;
  GtkLabel     *count_label;
  GtkListView  *list_view;
};

G_DEFINE_FINAL_TYPE (RtThemeColumn, rt_theme_column, GTK_TYPE_WIDGET)

static void
setup_card (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  gtk_list_item_set_child (item, rt_card_widget_new ());
}

static void
bind_card (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  rt_card_widget_set_card (RT_CARD_WIDGET (gtk_list_item_get_child (item)),
                           gtk_list_item_get_item (item));
}

static void
unbind_card (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  rt_card_widget_set_card (RT_CARD_WIDGET (gtk_list_item_get_child (item)), NULL);
}

static void
update_count (RtThemeColumn *self)
{
  g_autofree char *count = g_strdup_printf ("%u", g_list_model_get_n_items (self->cards));

  gtk_label_set_label (self->count_label, count);
}

static void
rt_theme_column_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  RtThemeColumn *self = RT_THEME_COLUMN (widget);
  RtColor color;
  GdkRGBA rgba;

  GTK_WIDGET_CLASS (rt_theme_column_parent_class)->snapshot (widget, snapshot);

  if (self->theme == NULL || !rt_color_parse (rt_theme_get_color (self->theme), &color))
    return;

  rgba = (GdkRGBA) { color.red, color.green, color.blue, 1.0 };
  gtk_snapshot_append_color (snapshot, &rgba,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), 4));
}

static void
rt_theme_column_dispose (GObject *object)
{
  RtThemeColumn *self = (RtThemeColumn *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_THEME_COLUMN);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->cards);
  g_clear_object (&self->theme);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_theme_column_parent_class)->dispose (object);
}

static void
rt_theme_column_class_init (RtThemeColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_theme_column_dispose;
  widget_class->snapshot = rt_theme_column_snapshot;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-theme-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "themecolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_theme_column_init (RtThemeColumn *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  /* Cards are built in C rather than from a template: see rt-card-widget.c. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
}

GtkWidget *
rt_theme_column_new (RtCommittee *committee,
                     RtTheme     *theme)
{
  RtThemeColumn *self;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (theme == NULL || RT_IS_THEME (theme), NULL);

  self = g_object_new (RT_TYPE_THEME_COLUMN, NULL);
  self->committee = g_object_ref (committee);
  self->theme = theme ? g_object_ref (theme) : NULL;
  self->cards = rt_committee_list_cards (committee, theme ? rt_theme_get_id (theme) : 0);

  if (theme != NULL)
    g_object_bind_property (theme, "name", self->title_label, "label", G_BINDING_SYNC_CREATE);
  else
    {
      gtk_label_set_label (self->title_label, _("New opinions"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "inbox");
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (self->title_label),
                                  -1);

  g_signal_connect_object (self->cards, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  update_count (self);

  selection = gtk_no_selection_new (g_object_ref (self->cards));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  return GTK_WIDGET (self);
}

/**
 * rt_theme_column_get_theme:
 *
 * Returns: (transfer none) (nullable): the theme, or %NULL for the inbox
 */
RtTheme *
rt_theme_column_get_theme (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return self->theme;
}

/**
 * rt_theme_column_get_cards:
 *
 * Returns: (transfer none): the cards shown
 */
GListModel *
rt_theme_column_get_cards (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return self->cards;
}
