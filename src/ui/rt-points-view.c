/* rt-points-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-points-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-points-view.h"

/* The discussion points of the committee's first framework, with their
 * questions and local proposals, as in 資料2. */
struct _RtPointsView
{
  GtkWidget    parent_instance;

  RtCommittee *committee;

  GtkLabel    *framework_label;
  GtkListView *list_view;
};

G_DEFINE_FINAL_TYPE (RtPointsView, rt_points_view, GTK_TYPE_WIDGET)

static char *
format_number (GtkListItem *item,
               int          number)
{
  /* TRANSLATORS: a discussion point by its number: 論点3 */
  return g_strdup_printf (_("Point %d"), number);
}

static char *
format_proposals (GtkListItem        *item,
                  const char * const *proposals)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; proposals && proposals[i]; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "・%s", proposals[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
has_text (GtkListItem *item,
          const char  *text)
{
  return text != NULL && text[0] != '\0';
}

static gboolean
has_items (GtkListItem        *item,
           const char * const *strv)
{
  return strv != NULL && strv[0] != NULL;
}

void
rt_points_view_set_committee (RtPointsView *self,
                              RtCommittee  *committee)
{
  g_autoptr(GListModel) points = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  GListModel *frameworks;

  g_return_if_fail (RT_IS_POINTS_VIEW (self));

  if (!g_set_object (&self->committee, committee))
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  gtk_label_set_label (self->framework_label, "");

  if (committee == NULL)
    return;

  frameworks = rt_committee_get_frameworks (committee);
  if (g_list_model_get_n_items (frameworks) > 0)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (frameworks, 0);

      gtk_label_set_label (self->framework_label, rt_framework_get_name (framework));
      points = rt_committee_list_points (committee, rt_framework_get_id (framework));
      selection = gtk_no_selection_new (g_steal_pointer (&points));
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
    }
}

static void
rt_points_view_dispose (GObject *object)
{
  RtPointsView *self = (RtPointsView *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_POINTS_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_points_view_parent_class)->dispose (object);
}

static void
rt_points_view_class_init (RtPointsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_points_view_dispose;

  g_type_ensure (RT_TYPE_POINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-points-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, framework_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pointsview");
}

static void
rt_points_view_init (RtPointsView *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "format_number", G_CALLBACK (format_number),
                                           "format_proposals", G_CALLBACK (format_proposals),
                                           "has_text", G_CALLBACK (has_text),
                                           "has_items", G_CALLBACK (has_items),
                                           NULL);
  factory = gtk_builder_list_item_factory_new_from_resource (scope, "/io/github/ronten/Ronten/rt-point-item.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}
