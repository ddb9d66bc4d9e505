/* rt-summary-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-summary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-correction-row.h"
#include "rt-cycle-private.h"
#include "rt-handout.h"
#include "rt-summary-draft.h"
#include "rt-summary-view.h"
#include "rt-settings.h"

/* The 議事要旨 of a meeting: Ronten drafts it from the meeting's cards (in a
 * worker thread), then it is the secretariat's document, edited as text and
 * saved a moment after each pause in typing (and when they leave it). It is
 * 「（案）」 until marked final. Beside it, the corrections members sent: who,
 * what, when, and whether each is done. */

#define SAVE_DELAY_MS 1000

struct _RtSummaryView
{
  GtkWidget      parent_instance;

  RtCommittee   *committee;
  RtMeeting     *meeting;
  RtSummary     *summary;
  GListModel    *corrections;
  GArray        *person_ids;
  GCancellable  *cancellable;
  guint          save_id;
  gboolean       dirty;      /* typed, not saved yet */
  gboolean       syncing;

  GtkDropDown   *meeting_dropdown;
  GtkDropDown   *order_dropdown;
  GtkSwitch     *final_switch;
  GtkLabel      *state_label;
  GtkStack      *content_stack;
  GtkTextView   *text_view;
  GtkListBox    *corrections_list;
  GtkDropDown   *person_dropdown;
  GtkEntry      *correction_entry;
};

G_DEFINE_FINAL_TYPE (RtSummaryView, rt_summary_view, GTK_TYPE_WIDGET)

static void sync_summary (RtSummaryView *self);

/* Saving */

/**
 * rt_summary_view_flush:
 *
 * Saves what was typed and not saved yet.
 *
 * Returns: %FALSE when it could not be saved (the user was told)
 */
gboolean
rt_summary_view_flush (RtSummaryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RT_IS_SUMMARY_VIEW (self), FALSE);

  if (!self->dirty)
    return TRUE;
  self->dirty = FALSE;
  g_clear_handle_id (&self->save_id, g_source_remove);

  if (self->committee == NULL || self->meeting == NULL)
    return TRUE;

  text = rt_cycle_get_text (self->text_view);
  if (self->summary != NULL && g_strcmp0 (text, rt_summary_get_text (self->summary)) == 0)
    return TRUE;

  if (rt_committee_set_summary_text (self->committee, rt_meeting_get_id (self->meeting), text, FALSE, &error) == 0)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Save the Summary"), error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
save_now (gpointer data)
{
  RtSummaryView *self = data;

  self->save_id = 0;
  rt_summary_view_flush (self);
  return G_SOURCE_REMOVE;
}

static void
text_changed (RtSummaryView *self)
{
  if (self->syncing)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

/* Showing */

static GtkWidget *
create_correction_row (gpointer item,
                       gpointer data)
{
  return rt_correction_row_new (RT_CORRECTION (item));
}

static void
update_actions (RtSummaryView *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.generate", writable && self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.print", self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.add-correction", writable && self->summary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.toggle-correction", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.delete-correction", writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->final_switch), writable && self->summary != NULL);
  gtk_text_view_set_editable (self->text_view, writable);
}

static void
sync_summary (RtSummaryView *self)
{
  gboolean final = self->summary != NULL && rt_summary_get_final (self->summary);

  self->syncing = TRUE;
  if (self->summary != NULL && !self->dirty)
    rt_cycle_set_text (self->text_view, rt_summary_get_text (self->summary));
  gtk_switch_set_active (self->final_switch, final);
  gtk_widget_set_visible (GTK_WIDGET (self->final_switch), self->summary != NULL);
  /* The switch says whether the summary is final; off, it prints as （案）. */
  gtk_label_set_label (self->state_label, self->summary == NULL ? "" : _("Final"));
  gtk_stack_set_visible_child_name (self->content_stack, self->summary != NULL ? "text" : "empty");
  self->syncing = FALSE;
  update_actions (self);
}

static void
set_summary (RtSummaryView *self,
             RtSummary     *summary)
{
  if (self->summary == summary)
    {
      sync_summary (self);
      return;
    }

  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);
  g_set_object (&self->summary, summary);
  if (summary != NULL)
    g_signal_connect_swapped (summary, "notify", G_CALLBACK (sync_summary), self);

  g_clear_object (&self->corrections);
  if (summary != NULL)
    self->corrections = rt_committee_list_corrections (self->committee, rt_summary_get_id (summary));
  gtk_list_box_bind_model (self->corrections_list, self->corrections, create_correction_row, self, NULL);
  sync_summary (self);
}

/* A summary made for the meeting shown (by a draft, an undo) appears. */
static void
summaries_changed (RtSummaryView *self)
{
  set_summary (self, self->meeting ? rt_committee_find_summary (self->committee, rt_meeting_get_id (self->meeting))
                                   : NULL);
}

static void
meeting_selected (RtSummaryView *self)
{
  RtMeeting *meeting = rt_cycle_get_meeting (self->meeting_dropdown);

  if (meeting == self->meeting)
    return;

  rt_summary_view_flush (self);
  self->dirty = FALSE;
  g_set_object (&self->meeting, meeting);
  self->syncing = TRUE;
  rt_cycle_set_text (self->text_view, "");
  self->syncing = FALSE;
  summaries_changed (self);
}

static void
fill_people (RtSummaryView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *people = self->committee ? rt_committee_get_people (self->committee) : NULL;
  gint64 none = 0;

  g_array_set_size (self->person_ids, 0);
  gtk_string_list_append (names, _("Someone"));
  g_array_append_val (self->person_ids, none);
  for (guint i = 0; people != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      gint64 id = rt_person_get_id (person);

      if (rt_person_get_kind (person) != RT_PERSON_KIND_MEMBER)
        continue;
      gtk_string_list_append (names, rt_person_get_display_name (person));
      g_array_append_val (self->person_ids, id);
    }

  gtk_drop_down_set_model (self->person_dropdown, G_LIST_MODEL (names));
}

/* Actions */

typedef struct
{
  RtSummaryView *self;
  gint64         meeting_id;
} Draft;

static void
draft_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autofree Draft *draft = user_data;
  g_autoptr(RtSummaryView) self = draft->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rt_summary_draft_finish (result, &error);

  if (text == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_error (GTK_WIDGET (self), _("Could Not Draft the Summary"), error);
      return;
    }

  if (self->committee == NULL)
    return;

  g_clear_handle_id (&self->save_id, g_source_remove);
  self->dirty = FALSE;
  if (rt_committee_set_summary_text (self->committee, draft->meeting_id, text, TRUE, &error) == 0)
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Draft the Summary"), error);
  else
    rt_feedback_toast_undo (GTK_WIDGET (self), _("Summary drafted from the meeting’s cards"));
}

static void
generate (RtSummaryView *self)
{
  Draft *draft;

  if (self->meeting == NULL)
    return;

  draft = g_new0 (Draft, 1);
  draft->self = g_object_ref (self);
  draft->meeting_id = rt_meeting_get_id (self->meeting);
  rt_summary_draft_async (self->committee, draft->meeting_id,
                          gtk_drop_down_get_selected (self->order_dropdown) == 1 ? RT_SUMMARY_ORDER_THEME
                                                                                 : RT_SUMMARY_ORDER_AGENDA,
                          rt_settings_get_date_style (), self->cancellable, draft_done, draft);
}

static void
replace_response (AdwMessageDialog *dialog,
                  const char       *response,
                  RtSummaryView    *self)
{
  if (g_str_equal (response, "replace"))
    generate (self);
}

/* The text is the secretariat's once written: drafting again asks first. */
static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtSummaryView *self = RT_SUMMARY_VIEW (widget);
  g_autofree char *text = rt_cycle_get_text (self->text_view);
  AdwMessageDialog *dialog;
  GtkRoot *root;

  rt_summary_view_flush (self);

  if (self->summary == NULL || g_strstrip (text)[0] == '\0')
    {
      generate (self);
      return;
    }

  root = gtk_widget_get_root (widget);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Replace the Summary with a New Draft?"),
                                                       _("The text of this summary, with your edits, is replaced by a "
                                                         "draft made again from the meeting’s cards. Undo brings it back.")));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
final_toggled (RtSummaryView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->summary == NULL)
    return;

  rt_summary_view_flush (self);
  if (!rt_committee_set_summary_final (self->committee, rt_summary_get_id (self->summary),
                                       gtk_switch_get_active (self->final_switch), &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Save the Summary"), error);
      sync_summary (self);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtSummaryView *self = RT_SUMMARY_VIEW (widget);

  if (self->meeting == NULL || !rt_summary_view_flush (self))
    return;

  rt_cycle_open_document (widget, RT_HANDOUT_SUMMARY, rt_meeting_get_number (self->meeting), 0);
}

static void
add_correction_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RtSummaryView *self = RT_SUMMARY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  guint person = gtk_drop_down_get_selected (self->person_dropdown);

  if (self->summary == NULL)
    return;

  if (rt_committee_add_correction (self->committee, rt_summary_get_id (self->summary),
                                   person < self->person_ids->len ? g_array_index (self->person_ids, gint64, person) : 0,
                                   gtk_editable_get_text (GTK_EDITABLE (self->correction_entry)), &error) == 0)
    {
      rt_feedback_error (widget, _("Could Not Note the Correction"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->correction_entry), "");
}

static void
correction_activated (RtSummaryView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "summary.add-correction", NULL);
}

static void
correction_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RtSummaryView *self = RT_SUMMARY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = g_variant_get_int64 (parameter);
  RtCorrection *correction = rt_committee_lookup (self->committee, RT_KIND_CORRECTION, id);
  gboolean ok;

  if (correction == NULL)
    return;

  if (g_str_equal (action_name, "summary.delete-correction"))
    ok = rt_committee_delete_correction (self->committee, id, &error);
  else
    ok = rt_committee_edit_correction (self->committee, id, rt_correction_get_person_id (correction),
                                       rt_correction_get_text (correction), !rt_correction_get_done (correction),
                                       &error);
  if (!ok)
    rt_feedback_error (widget, _("Could Not Note the Correction"), error);
}

/* The view */

void
rt_summary_view_set_committee (RtSummaryView *self,
                               RtCommittee   *committee)
{
  g_return_if_fail (RT_IS_SUMMARY_VIEW (self));

  if (self->committee == committee)
    return;

  rt_summary_view_flush (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  set_summary (self, NULL);
  g_clear_object (&self->meeting);
  g_set_object (&self->committee, committee);

  if (committee != NULL)
    {
      rt_committee_watch (committee, RT_KIND_SUMMARY, G_CALLBACK (summaries_changed), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (fill_people), self);
    }
  fill_people (self);
  rt_cycle_bind_meetings (self->meeting_dropdown, committee);
  meeting_selected (self);
  update_actions (self);
}

void
rt_summary_view_select_meeting (RtSummaryView *self,
                                gint64         meeting_id)
{
  g_return_if_fail (RT_IS_SUMMARY_VIEW (self));

  rt_cycle_select_meeting (self->meeting_dropdown, meeting_id);
}

GtkTextView *
rt_summary_view_get_text_view (RtSummaryView *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY_VIEW (self), NULL);

  return self->text_view;
}

static void
view_unmapped (RtSummaryView *self)
{
  rt_summary_view_flush (self);
}

static void
rt_summary_view_dispose (GObject *object)
{
  RtSummaryView *self = (RtSummaryView *)object;
  GtkWidget *child;

  if (self->text_view != NULL)
    rt_summary_view_flush (self);
  g_cancellable_cancel (self->cancellable);
  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  if (self->summary != NULL)
    g_signal_handlers_disconnect_by_data (self->summary, self);
  if (self->corrections_list != NULL)
    gtk_list_box_bind_model (self->corrections_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_SUMMARY_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->summary);
  g_clear_object (&self->corrections);
  g_clear_object (&self->meeting);
  g_clear_object (&self->committee);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rt_summary_view_parent_class)->dispose (object);
}

static void
rt_summary_view_finalize (GObject *object)
{
  RtSummaryView *self = (RtSummaryView *)object;

  g_clear_pointer (&self->person_ids, g_array_unref);

  G_OBJECT_CLASS (rt_summary_view_parent_class)->finalize (object);
}

static void
rt_summary_view_class_init (RtSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_summary_view_dispose;
  object_class->finalize = rt_summary_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-summary-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, order_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, final_switch);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, state_label);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, corrections_list);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSummaryView, correction_entry);
  gtk_widget_class_bind_template_callback (widget_class, meeting_selected);
  gtk_widget_class_bind_template_callback (widget_class, final_toggled);
  gtk_widget_class_bind_template_callback (widget_class, view_unmapped);
  gtk_widget_class_bind_template_callback (widget_class, correction_activated);

  gtk_widget_class_install_action (widget_class, "summary.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "summary.add-correction", NULL, add_correction_action);
  gtk_widget_class_install_action (widget_class, "summary.toggle-correction", "x", correction_action);
  gtk_widget_class_install_action (widget_class, "summary.delete-correction", "x", correction_action);
}

static void
rt_summary_view_init (RtSummaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();
  gtk_drop_down_set_expression (self->person_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed", G_CALLBACK (text_changed), self);
  fill_people (self);
  update_actions (self);
}
