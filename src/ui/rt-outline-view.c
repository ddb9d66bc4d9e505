/* rt-outline-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-outline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-cycle-private.h"
#include "rt-date.h"
#include "rt-handout.h"
#include "rt-outline-draft.h"
#include "rt-outline-view.h"
#include "rt-snapshot.h"
#include "rt-text-change-row.h"
#include "rt-settings.h"

/* The 答申 outline, version by version: a version chosen at the top, its
 * stage (骨子案, 素案, 案) and date, its text edited as a document (saved a
 * moment after each pause), and beside the editor, on demand, what changed
 * from the version before. A new version starts as a copy of the chosen one,
 * or as a draft made from the points. */

#define SAVE_DELAY_MS 1000

struct _RtOutlineView
{
  GtkWidget      parent_instance;

  RtCommittee   *committee;
  RtOutline     *outline;
  guint          save_id;
  gboolean       dirty;
  gboolean       syncing;

  GtkDropDown   *version_dropdown;
  GtkEntry      *stage_entry;
  GtkEntry      *date_entry;
  GtkToggleButton *compare_button;
  GtkStack      *content_stack;
  GtkTextView   *text_view;
  GtkListBox    *changes_list;
  GtkLabel      *changes_label;
};

G_DEFINE_FINAL_TYPE (RtOutlineView, rt_outline_view, GTK_TYPE_WIDGET)

static const char * const stages[] = { "骨子案", "素案", "案" };

static char *
version_label (RtOutline  *outline,
               int         version,
               const char *stage,
               const char *date,
               gpointer    user_data)
{
  g_autofree char *day = NULL;

  if (outline == NULL)
    return g_strdup ("");

  day = rt_date_format_iso (date, rt_settings_get_date_style ());
  if (day[0] != '\0')
    /* TRANSLATORS: a version of the outline: 第2版 素案（令和8年3月30日） */
    return g_strdup_printf (_("Version %d %s (%s)"), version, stage, day);
  return g_strdup_printf (_("Version %d %s"), version, stage);
}

/* The previous version of @outline, if any. */
static RtOutline *
previous_version (RtOutlineView *self)
{
  GListModel *outlines = rt_committee_get_outlines (self->committee);
  RtOutline *previous = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (outlines); i < n; i++)
    {
      g_autoptr(RtOutline) o = g_list_model_get_item (outlines, i);

      if (rt_outline_get_version (o) < rt_outline_get_version (self->outline))
        previous = o;
    }

  return previous;
}

static void
update_changes (RtOutlineView *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  GtkWidget *child;
  RtOutline *previous;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->changes_list))) != NULL)
    gtk_list_box_remove (self->changes_list, child);

  if (self->outline == NULL || !gtk_toggle_button_get_active (self->compare_button))
    return;

  if ((previous = previous_version (self)) == NULL)
    {
      gtk_label_set_label (self->changes_label, _("This is the first version: there is nothing to compare it with."));
      return;
    }

  text = rt_cycle_get_text (self->text_view);
  changes = rt_text_compare (rt_outline_get_text (previous), text);
  {
    g_autofree char *what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u change from version %d",
                                                          "%u changes from version %d", changes->len),
                                             changes->len, rt_outline_get_version (previous));

    gtk_label_set_label (self->changes_label, what);
  }

  for (guint i = 0; i < changes->len; i++)
    gtk_list_box_append (self->changes_list, rt_text_change_row_new (changes->pdata[i]));
}

/* Saving */

gboolean
rt_outline_view_flush (RtOutlineView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *date;

  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), FALSE);

  if (!self->dirty)
    return TRUE;
  self->dirty = FALSE;
  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->committee == NULL || self->outline == NULL)
    return TRUE;

  text = rt_cycle_get_text (self->text_view);
  date = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  if (!rt_committee_edit_outline (self->committee, rt_outline_get_id (self->outline),
                                  gtk_editable_get_text (GTK_EDITABLE (self->stage_entry)), date, text, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Save the Outline"), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_now (gpointer data)
{
  RtOutlineView *self = data;

  self->save_id = 0;
  rt_outline_view_flush (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed (RtOutlineView *self)
{
  if (self->syncing)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_now, self);
  update_changes (self);
}

static void
field_activated (RtOutlineView *self)
{
  self->dirty = TRUE;
  rt_outline_view_flush (self);
}

/* Showing */

static void
update_actions (RtOutlineView *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.new-copy", writable && self->outline != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.new-draft", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.delete", writable && self->outline != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.print", self->outline != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.print-changes", self->outline != NULL);
  gtk_text_view_set_editable (self->text_view, writable);
  gtk_editable_set_editable (GTK_EDITABLE (self->stage_entry), writable);
  gtk_editable_set_editable (GTK_EDITABLE (self->date_entry), writable);
}

static void
sync_outline (RtOutlineView *self)
{
  self->syncing = TRUE;
  if (self->outline != NULL && !self->dirty)
    {
      rt_cycle_set_text (self->text_view, rt_outline_get_text (self->outline));
      if (!gtk_widget_has_focus (GTK_WIDGET (self->stage_entry)))
        gtk_editable_set_text (GTK_EDITABLE (self->stage_entry), rt_outline_get_stage (self->outline));
      if (!gtk_widget_has_focus (GTK_WIDGET (self->date_entry)))
        gtk_editable_set_text (GTK_EDITABLE (self->date_entry), rt_outline_get_date (self->outline));
    }
  gtk_stack_set_visible_child_name (self->content_stack, self->outline != NULL ? "text" : "empty");
  self->syncing = FALSE;
  update_actions (self);
  update_changes (self);
}

static void
version_selected (RtOutlineView *self)
{
  gpointer item = gtk_drop_down_get_selected_item (self->version_dropdown);
  RtOutline *outline = RT_IS_OUTLINE (item) ? item : NULL;

  if (outline == self->outline)
    return;

  rt_outline_view_flush (self);
  if (self->outline != NULL)
    g_signal_handlers_disconnect_by_data (self->outline, self);
  g_set_object (&self->outline, outline);
  if (outline != NULL)
    g_signal_connect_swapped (outline, "notify", G_CALLBACK (sync_outline), self);
  sync_outline (self);
}

static void
select_version (RtOutlineView *self,
                gint64         id)
{
  GListModel *outlines = gtk_drop_down_get_model (self->version_dropdown);

  for (guint i = 0; outlines != NULL && i < g_list_model_get_n_items (outlines); i++)
    {
      g_autoptr(RtOutline) o = g_list_model_get_item (outlines, i);

      if (rt_outline_get_id (o) == id)
        gtk_drop_down_set_selected (self->version_dropdown, i);
    }
}

/* Actions */

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%F");
}

static void
add_version (RtOutlineView *self,
             const char    *stage,
             const char    *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = today ();
  gint64 id;

  if ((id = rt_committee_add_outline (self->committee, stage, date, text, &error)) == 0)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Add the Version"), error);
      return;
    }

  select_version (self, id);
  rt_feedback_toast_undo (GTK_WIDGET (self), _("New version of the outline"));
}

static void
new_copy_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (widget);
  g_autofree char *text = NULL;
  const char *stage;

  if (self->outline == NULL || !rt_outline_view_flush (self))
    return;

  /* The next stage: 骨子案 → 素案 → 案. */
  stage = rt_outline_get_stage (self->outline);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (stages); i++)
    if (g_str_equal (stage, stages[i]))
      {
        stage = stages[i + 1];
        break;
      }

  text = g_strdup (rt_outline_get_text (self->outline));
  add_version (self, stage, text);
}

static void
draft_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RtOutlineView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_task_propagate_pointer (G_TASK (result), &error);

  if (text == NULL)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Draft the Outline"), error);
      return;
    }

  if (self->committee != NULL)
    add_version (self, self->outline != NULL ? rt_outline_get_stage (self->outline) : stages[0], text);
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_pointer (task, rt_outline_draft_build (task_data, 0), g_free);
}

/* A draft made from the points, their directions and opinions, in a worker
 * thread on a snapshot taken here. */
static void
new_draft_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  RtSnapshot *snapshot;

  if (self->committee == NULL || !rt_outline_view_flush (self))
    return;

  if (!(snapshot = rt_committee_get_snapshot (self->committee, &error)))
    {
      rt_feedback_error (widget, _("Could Not Draft the Outline"), error);
      return;
    }

  task = g_task_new (NULL, NULL, draft_done, g_object_ref (self));
  g_task_set_task_data (task, snapshot, (GDestroyNotify)rt_snapshot_unref);
  g_task_run_in_thread (task, draft_thread);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->outline == NULL)
    return;

  self->dirty = FALSE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  if (!rt_committee_delete_outline (self->committee, rt_outline_get_id (self->outline), &error))
    rt_feedback_error (widget, _("Could Not Delete the Version"), error);
  else
    rt_feedback_toast_undo (widget, _("Version deleted"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtOutlineView *self = RT_OUTLINE_VIEW (widget);

  if (self->outline == NULL || !rt_outline_view_flush (self))
    return;

  rt_cycle_open_document (widget,
                          g_str_equal (action_name, "outline.print") ? RT_HANDOUT_OUTLINE : RT_HANDOUT_OUTLINE_CHANGES,
                          0, rt_outline_get_version (self->outline));
}

static void
compare_toggled (RtOutlineView *self)
{
  update_changes (self);
}

/* The view */

void
rt_outline_view_set_committee (RtOutlineView *self,
                               RtCommittee   *committee)
{
  GListModel *outlines;
  GtkExpression *params[3];
  guint n;

  g_return_if_fail (RT_IS_OUTLINE_VIEW (self));

  if (self->committee == committee)
    return;

  rt_outline_view_flush (self);
  if (self->outline != NULL)
    g_signal_handlers_disconnect_by_data (self->outline, self);
  g_clear_object (&self->outline);
  g_set_object (&self->committee, committee);

  params[0] = gtk_property_expression_new (RT_TYPE_OUTLINE, NULL, "version");
  params[1] = gtk_property_expression_new (RT_TYPE_OUTLINE, NULL, "stage");
  params[2] = gtk_property_expression_new (RT_TYPE_OUTLINE, NULL, "date");
  gtk_drop_down_set_expression (self->version_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 3, params,
                                                             G_CALLBACK (version_label), NULL, NULL));
  outlines = committee ? rt_committee_get_outlines (committee) : NULL;
  gtk_drop_down_set_model (self->version_dropdown, outlines);
  n = outlines ? g_list_model_get_n_items (outlines) : 0;
  if (n > 0)
    gtk_drop_down_set_selected (self->version_dropdown, n - 1);
  version_selected (self);
  update_actions (self);
}

GtkTextView *
rt_outline_view_get_text_view (RtOutlineView *self)
{
  g_return_val_if_fail (RT_IS_OUTLINE_VIEW (self), NULL);

  return self->text_view;
}

static void
view_unmapped (RtOutlineView *self)
{
  rt_outline_view_flush (self);
}

static void
rt_outline_view_dispose (GObject *object)
{
  RtOutlineView *self = (RtOutlineView *)object;
  GtkWidget *child;

  if (self->text_view != NULL)
    rt_outline_view_flush (self);
  if (self->outline != NULL)
    g_signal_handlers_disconnect_by_data (self->outline, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_OUTLINE_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->outline);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_outline_view_parent_class)->dispose (object);
}

static void
rt_outline_view_class_init (RtOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_outline_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-outline-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, version_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, stage_entry);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, compare_button);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, changes_list);
  gtk_widget_class_bind_template_child (widget_class, RtOutlineView, changes_label);
  gtk_widget_class_bind_template_callback (widget_class, version_selected);
  gtk_widget_class_bind_template_callback (widget_class, field_activated);
  gtk_widget_class_bind_template_callback (widget_class, compare_toggled);
  gtk_widget_class_bind_template_callback (widget_class, view_unmapped);

  gtk_widget_class_install_action (widget_class, "outline.new-copy", NULL, new_copy_action);
  gtk_widget_class_install_action (widget_class, "outline.new-draft", NULL, new_draft_action);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "outline.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "outline.print-changes", NULL, print_action);
}

static void
rt_outline_view_init (RtOutlineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed", G_CALLBACK (text_changed), self);
  update_actions (self);
}
