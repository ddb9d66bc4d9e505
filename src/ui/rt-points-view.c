/* rt-points-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-points-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-coverage-view.h"
#include "rt-point-editor.h"
#include "rt-point-row.h"
#include "rt-points-view.h"
#include "rt-committee.h"

/* The discussion points page: a framework chosen in a drop-down, its point
 * table as in 資料2 (one RtPointRow per point), and the coverage matrix. The
 * rows are made only when the page is first shown, so that opening a
 * committee stays fast. */
struct _RtPointsView
{
  GtkWidget       parent_instance;

  RtCommittee    *committee;
  gint64          framework_id;
  gboolean        populated;
  guint           summary_id;

  GtkDropDown    *framework_dropdown;
  GtkLabel       *summary_label;
  GtkStack       *content_stack;
  GtkListBox     *points_list;
  RtCoverageView *coverage_view;
  GtkLabel       *coverage_label;
  GtkLabel       *status_header;
};

G_DEFINE_FINAL_TYPE (RtPointsView, rt_points_view, GTK_TYPE_WIDGET)


static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  RtPointsView *self = data;

  return rt_point_row_new (self->committee, RT_POINT (item));
}

static void
update_summary (RtPointsView *self)
{
  g_autoptr(GListModel) points = NULL;
  const RtCoverage *coverage;
  guint n, counts[RT_POINT_STATUS_PARALLEL + 1] = { 0 };
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->summary_id, g_source_remove);

  if (self->committee == NULL || self->framework_id == 0)
    {
      gtk_label_set_label (self->summary_label, "");
      gtk_label_set_label (self->coverage_label, "");
      return;
    }

  points = rt_committee_list_points (self->committee, self->framework_id);
  n = g_list_model_get_n_items (points);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);

      counts[rt_point_get_status (point)]++;
    }

  /* TRANSLATORS: the state of a framework: "9 points · 未議論 6 · 議論中 2 · 収束 1 · 複数併記 0" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point · %s %u · %s %u · %s %u · %s %u",
                                       "%u points · %s %u · %s %u · %s %u · %s %u", n),
                          n,
                          rt_point_status_to_label (RT_POINT_STATUS_UNDISCUSSED), counts[RT_POINT_STATUS_UNDISCUSSED],
                          rt_point_status_to_label (RT_POINT_STATUS_DISCUSSING), counts[RT_POINT_STATUS_DISCUSSING],
                          rt_point_status_to_label (RT_POINT_STATUS_CONVERGED), counts[RT_POINT_STATUS_CONVERGED],
                          rt_point_status_to_label (RT_POINT_STATUS_PARALLEL), counts[RT_POINT_STATUS_PARALLEL]);
  gtk_label_set_label (self->summary_label, text);

  coverage = rt_coverage_view_get_coverage (self->coverage_view);
  if (coverage != NULL)
    {
      g_autofree char *empty = NULL;
      guint silent = 0;

      for (guint r = 0; r < coverage->n_rows; r++)
        silent += coverage->row_totals[r] == 0;
      empty = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u empty cell: what has not been discussed yet. %u of %u points have no opinion.",
                                            "%u empty cells: what has not been discussed yet. %u of %u points have no opinion.",
                                            rt_coverage_n_empty (coverage)),
                               rt_coverage_n_empty (coverage), silent, coverage->n_rows);
      gtk_label_set_label (self->coverage_label, empty);
    }
}

static gboolean
update_summary_idle (gpointer data)
{
  RtPointsView *self = data;

  self->summary_id = 0;
  update_summary (self);

  return G_SOURCE_REMOVE;
}

static void
queue_summary (RtPointsView *self)
{
  /* After the coverage view's own idle rebuild. */
  if (self->summary_id == 0)
    self->summary_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, update_summary_idle, self, NULL);
}

static void
populate (RtPointsView *self)
{
  g_autoptr(GListModel) points = NULL;

  if (self->committee != NULL && self->framework_id != 0)
    points = rt_committee_list_points (self->committee, self->framework_id);

  gtk_list_box_bind_model (self->points_list, points, create_row, self, NULL);
  self->populated = TRUE;
  update_summary (self);
}

/* A read-only committee shows its points, and changes none. */
static void
update_actions (RtPointsView *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);
  static const char * const editing[] = { "points.new-framework", "points.new-perspective-framework",
                                          "points.set-status", "points.add-direction" };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.rename-framework", writable && self->framework_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.delete-framework", writable && self->framework_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "points.add-point", writable && self->framework_id != 0);
}

static void
framework_selected (RtPointsView *self)
{
  RtFramework *framework = gtk_drop_down_get_selected_item (self->framework_dropdown);
  gint64 id = framework != NULL ? rt_framework_get_id (framework) : 0;

  if (id == self->framework_id)
    return;

  self->framework_id = id;
  update_actions (self);
  rt_coverage_view_set_framework_id (self->coverage_view, id);
  if (self->populated || gtk_widget_get_mapped (GTK_WIDGET (self)))
    populate (self);
}

static void
view_mapped (RtPointsView *self)
{
  if (!self->populated)
    populate (self);
}

void
rt_points_view_set_committee (RtPointsView *self,
                              RtCommittee  *committee)
{
  g_return_if_fail (RT_IS_POINTS_VIEW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_set_object (&self->committee, committee);

  self->populated = FALSE;
  self->framework_id = 0;
  gtk_list_box_bind_model (self->points_list, NULL, NULL, NULL, NULL);
  rt_coverage_view_set_committee (self->coverage_view, committee);

  /* The summary counts the points by status and the cards linked to them. */
  if (committee != NULL)
    {
      rt_committee_watch (committee, RT_KIND_POINT, G_CALLBACK (queue_summary), self);
      g_signal_connect_swapped (committee, "links-changed", G_CALLBACK (queue_summary), self);
    }

  gtk_drop_down_set_model (self->framework_dropdown, committee != NULL ? rt_committee_get_frameworks (committee) : NULL);
  framework_selected (self);
  update_actions (self);
}

gint64
rt_points_view_get_framework_id (RtPointsView *self)
{
  g_return_val_if_fail (RT_IS_POINTS_VIEW (self), 0);

  return self->framework_id;
}

void
rt_points_view_set_framework_id (RtPointsView *self,
                                 gint64        framework_id)
{
  GListModel *frameworks;

  g_return_if_fail (RT_IS_POINTS_VIEW (self));

  if (self->committee == NULL)
    return;

  frameworks = rt_committee_get_frameworks (self->committee);
  for (guint i = 0; i < g_list_model_get_n_items (frameworks); i++)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (frameworks, i);

      if (rt_framework_get_id (framework) == framework_id)
        gtk_drop_down_set_selected (self->framework_dropdown, i);
    }
}

/**
 * rt_points_view_get_coverage_view:
 *
 * Returns: (transfer none): the RtCoverageView of the page
 */
GtkWidget *
rt_points_view_get_coverage_view (RtPointsView *self)
{
  g_return_val_if_fail (RT_IS_POINTS_VIEW (self), NULL);

  return GTK_WIDGET (self->coverage_view);
}

/* Actions */

typedef enum
{
  NAME_NEW,
  NAME_RENAME,
} NameKind;

/* What a dialog of the view asks about, given to its response handler. */
typedef struct
{
  RtPointsView *self;
  GtkEditable  *entry;          /* a name dialog's entry */
  NameKind      kind;
  gint64        framework_id;   /* the framework a delete dialog is about */
} Request;

static Request *
request_new (RtPointsView *self)
{
  Request *request = g_new0 (Request, 1);

  request->self = g_object_ref (self);

  return request;
}

static void
request_free (gpointer  data,
              GClosure *closure)
{
  Request *request = data;

  g_object_unref (request->self);
  g_free (request);
}

static void
name_response (AdwMessageDialog *dialog,
               const char       *response,
               Request          *request)
{
  g_autoptr(GError) error = NULL;
  RtPointsView *self = request->self;
  NameKind kind = request->kind;
  const char *name = gtk_editable_get_text (request->entry);

  if (!g_str_equal (response, "ok") || self->committee == NULL)
    return;

  if (kind == NAME_NEW)
    {
      gint64 id = rt_committee_add_framework (self->committee, name, &error);

      if (id != 0)
        rt_points_view_set_framework_id (self, id);
    }
  else
    rt_committee_rename_framework (self->committee, self->framework_id, name, &error);

  if (error != NULL)
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
ask_name (RtPointsView *self,
          NameKind      kind)
{
  RtFramework *framework = gtk_drop_down_get_selected_item (self->framework_dropdown);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  Request *request;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   kind == NAME_NEW ? _("New Framework") : _("Rename Framework"),
                                   kind == NAME_NEW ? _("A framework is a set of discussion points, such as the committee’s own.")
                                                    : NULL);
  if (kind == NAME_RENAME && framework != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), rt_framework_get_name (framework));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", kind == NAME_NEW ? _("_Add") : _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  request = request_new (self);
  request->entry = GTK_EDITABLE (entry);
  request->kind = kind;
  g_signal_connect_data (dialog, "response", G_CALLBACK (name_response), request, request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_framework_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  ask_name (RT_POINTS_VIEW (widget), NAME_NEW);
}

static void
rename_framework_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  ask_name (RT_POINTS_VIEW (widget), NAME_RENAME);
}

static void
new_perspective_framework_action (GtkWidget  *widget,
                                  const char *name,
                                  GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->committee == NULL)
    return;

  if ((id = rt_committee_add_perspective_framework (self->committee, NULL, &error)))
    rt_points_view_set_framework_id (self, id);
  else
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
delete_response (AdwMessageDialog *dialog,
                 const char       *response,
                 Request          *request)
{
  g_autoptr(GError) error = NULL;
  RtPointsView *self = request->self;
  gint64 id = request->framework_id;

  if (g_str_equal (response, "delete") && self->committee != NULL &&
      !rt_committee_delete_framework (self->committee, id, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
delete_framework_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  RtFramework *framework = gtk_drop_down_get_selected_item (self->framework_dropdown);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  Request *request;

  if (framework == NULL)
    return;

  body = g_strdup_printf (_("“%s”, its points, proposals, directions and links to opinions will be deleted."),
                          rt_framework_get_name (framework));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Delete Framework?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  request = request_new (self);
  request->framework_id = rt_framework_get_id (framework);
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response), request, request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_point_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->committee == NULL || self->framework_id == 0)
    return;

  if (!(id = rt_committee_add_point (self->committee, self->framework_id, _("New point"), "", &error)))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  gtk_window_present (GTK_WINDOW (rt_point_editor_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       self->committee, id)));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 point_id;
  int status;

  g_variant_get (param, "(xi)", &point_id, &status);
  if (self->committee != NULL && status >= 0 && status <= RT_POINT_STATUS_PARALLEL &&
      !rt_committee_set_point_status (self->committee, point_id, status, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
add_direction_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 point_id, meeting_id;

  g_variant_get (param, "(xx&s)", &point_id, &meeting_id, &text);
  if (self->committee != NULL && !rt_committee_add_direction (self->committee, point_id, meeting_id, text, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
show_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RtPointsView *self = RT_POINTS_VIEW (widget);
  const char *page = g_variant_get_string (param, NULL);

  if (gtk_stack_get_child_by_name (self->content_stack, page) != NULL)
    gtk_stack_set_visible_child_name (self->content_stack, page);
}

static void
rt_points_view_dispose (GObject *object)
{
  RtPointsView *self = (RtPointsView *)object;
  GtkWidget *child;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_handle_id (&self->summary_id, g_source_remove);
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

  g_type_ensure (RT_TYPE_COVERAGE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-points-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, framework_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, points_list);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, coverage_view);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointsView, status_header);

  gtk_widget_class_install_action (widget_class, "points.new-framework", NULL, new_framework_action);
  gtk_widget_class_install_action (widget_class, "points.new-perspective-framework", NULL,
                                   new_perspective_framework_action);
  gtk_widget_class_install_action (widget_class, "points.rename-framework", NULL, rename_framework_action);
  gtk_widget_class_install_action (widget_class, "points.delete-framework", NULL, delete_framework_action);
  gtk_widget_class_install_action (widget_class, "points.add-point", NULL, add_point_action);
  gtk_widget_class_install_action (widget_class, "points.set-status", "(xi)", set_status_action);
  gtk_widget_class_install_action (widget_class, "points.add-direction", "(xxs)", add_direction_action);
  gtk_widget_class_install_action (widget_class, "points.show", "s", show_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pointsview");
}

static void
rt_points_view_init (RtPointsView *self)
{
  g_autoptr(GtkExpression) name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  name = gtk_property_expression_new (RT_TYPE_FRAMEWORK, NULL, "name");
  gtk_drop_down_set_expression (self->framework_dropdown, name);
  g_signal_connect_swapped (self->framework_dropdown, "notify::selected-item", G_CALLBACK (framework_selected), self);
  g_signal_connect_swapped (self->coverage_view, "notify::by-meeting", G_CALLBACK (queue_summary), self);
  g_signal_connect (self, "map", G_CALLBACK (view_mapped), NULL);
  gtk_size_group_add_widget (rt_point_row_get_status_size_group (), GTK_WIDGET (self->status_header));
  framework_selected (self);
}
