/* rt-followups-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-followups-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-cycle-private.h"
#include "rt-followup-row.h"
#include "rt-followups-view.h"
#include "rt-handout.h"

/* 宿題 and 資料要求: the list, open ones first (or only those), and the one
 * chosen in an editor beside it: what was asked, who answers, by which
 * meeting, where it stands, and the answer. A card becomes a follow-up from
 * the card editor; one can also be written here. */
struct _RtFollowupsView
{
  GtkWidget           parent_instance;

  RtCommittee        *committee;
  RtFollowup         *followup;       /* in the editor */
  GArray             *meeting_ids;    /* of the meeting drop-downs: 0 for none */
  gboolean            syncing;

  GtkSingleSelection *selection;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkStack           *list_stack;
  GtkDropDown        *show_dropdown;
  GtkLabel           *count_label;
  GtkWidget          *editor;
  GtkLabel           *source_label;
  GtkTextView        *question_view;
  AdwEntryRow        *assignee_row;
  AdwComboRow        *due_row;
  AdwComboRow        *status_row;
  GtkTextView        *answer_view;
  AdwComboRow        *answered_row;
};

G_DEFINE_FINAL_TYPE (RtFollowupsView, rt_followups_view, GTK_TYPE_WIDGET)

static gboolean
is_shown (gpointer item,
          gpointer data)
{
  RtFollowupsView *self = data;

  return gtk_drop_down_get_selected (self->show_dropdown) == 0 ||
         rt_followup_get_status (RT_FOLLOWUP (item)) != RT_FOLLOWUP_ANSWERED;
}

static guint
meeting_index (RtFollowupsView *self,
               gint64           id)
{
  for (guint i = 0; i < self->meeting_ids->len; i++)
    if (g_array_index (self->meeting_ids, gint64, i) == id)
      return i;

  return 0;
}

static gint64
meeting_at (RtFollowupsView *self,
            guint            index)
{
  return index < self->meeting_ids->len ? g_array_index (self->meeting_ids, gint64, index) : 0;
}

static void
update_count (RtFollowupsView *self)
{
  GListModel *all = self->committee ? rt_committee_get_followups (self->committee) : NULL;
  guint n = all ? g_list_model_get_n_items (all) : 0, open = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtFollowup) f = g_list_model_get_item (all, i);

      open += rt_followup_get_status (f) != RT_FOLLOWUP_ANSWERED;
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up, %u open", "%u follow-ups, %u open", n),
                          n, open);
  gtk_label_set_label (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
}

/* The editor shows the follow-up as it is stored. */
static void
sync_editor (RtFollowupsView *self)
{
  RtFollowup *f = self->followup;
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);

  self->syncing = TRUE;
  gtk_widget_set_sensitive (self->editor, f != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "followups.save", f != NULL && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "followups.delete", f != NULL && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "followups.add", writable);

  if (f == NULL)
    {
      rt_cycle_set_text (self->question_view, "");
      rt_cycle_set_text (self->answer_view, "");
      gtk_editable_set_text (GTK_EDITABLE (self->assignee_row), "");
      gtk_label_set_label (self->source_label, "");
      self->syncing = FALSE;
      return;
    }

  if (rt_followup_get_card_id (f) != 0)
    {
      /* TRANSLATORS: the card a follow-up comes from: 第1回 林委員「…」 */
      g_autofree char *source = g_strdup_printf (_("Asked at meeting %d by %s: “%s”"),
                                                 rt_followup_get_card_meeting_number (f),
                                                 rt_followup_get_card_speaker (f)[0] ? rt_followup_get_card_speaker (f)
                                                                                     : _("no speaker"),
                                                 rt_followup_get_card_text (f));

      gtk_label_set_label (self->source_label, source);
    }
  else
    gtk_label_set_label (self->source_label, _("Written here, not from a card"));

  rt_cycle_set_text (self->question_view, rt_followup_get_question (f));
  rt_cycle_set_text (self->answer_view, rt_followup_get_answer (f));
  gtk_editable_set_text (GTK_EDITABLE (self->assignee_row), rt_followup_get_assignee (f));
  adw_combo_row_set_selected (self->due_row, meeting_index (self, rt_followup_get_due_meeting_id (f)));
  adw_combo_row_set_selected (self->status_row, rt_followup_get_status (f));
  adw_combo_row_set_selected (self->answered_row, meeting_index (self, rt_followup_get_answered_meeting_id (f)));
  self->syncing = FALSE;
}

static void
fill_meetings (RtFollowupsView *self)
{
  g_autoptr(GtkStringList) due = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) answered = gtk_string_list_new (NULL);
  GListModel *meetings = self->committee ? rt_committee_get_meetings (self->committee) : NULL;
  gint64 none = 0;

  g_array_set_size (self->meeting_ids, 0);
  gtk_string_list_append (due, _("No meeting"));
  gtk_string_list_append (answered, _("Not yet answered"));
  g_array_append_val (self->meeting_ids, none);

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *label = rt_cycle_meeting_label (meeting);
      gint64 id = rt_meeting_get_id (meeting);

      gtk_string_list_append (due, label);
      gtk_string_list_append (answered, label);
      g_array_append_val (self->meeting_ids, id);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->due_row, G_LIST_MODEL (due));
  adw_combo_row_set_model (self->answered_row, G_LIST_MODEL (answered));
  self->syncing = FALSE;
  sync_editor (self);
}

static void
selection_changed (RtFollowupsView *self)
{
  RtFollowup *f = gtk_single_selection_get_selected_item (self->selection);

  if (f == self->followup)
    return;

  if (self->followup != NULL)
    g_signal_handlers_disconnect_by_data (self->followup, self);
  g_set_object (&self->followup, f);
  if (f != NULL)
    g_signal_connect_swapped (f, "notify", G_CALLBACK (sync_editor), self);
  sync_editor (self);
}

static void
followups_changed (RtFollowupsView *self)
{
  /* An answered follow-up leaves the list of open ones. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
show_changed (RtFollowupsView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtFollowupsView *self = RT_FOLLOWUPS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *question = NULL;
  g_autofree char *answer = NULL;
  RtFollowupEdit edit;
  gint64 id;

  if (self->followup == NULL)
    return;

  question = rt_cycle_get_text (self->question_view);
  answer = rt_cycle_get_text (self->answer_view);
  edit.question = question;
  edit.assignee = gtk_editable_get_text (GTK_EDITABLE (self->assignee_row));
  edit.due_meeting_id = meeting_at (self, adw_combo_row_get_selected (self->due_row));
  edit.status = adw_combo_row_get_selected (self->status_row);
  edit.answer = answer;
  edit.answered_meeting_id = meeting_at (self, adw_combo_row_get_selected (self->answered_row));

  /* An answer given at a meeting is an answer. */
  if (edit.answered_meeting_id != 0 && answer[0] != '\0')
    edit.status = RT_FOLLOWUP_ANSWERED;

  id = rt_followup_get_id (self->followup);
  if (!rt_committee_edit_followup (self->committee, id, &edit, &error))
    {
      rt_feedback_error (widget, _("Could Not Save the Follow-up"), error);
      return;
    }

  /* Answered, it may have moved in the list: the editor stays on it. */
  rt_followups_view_select (self, id);
  rt_feedback_toast_undo (widget, _("Follow-up saved"));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RtFollowupsView *self = RT_FOLLOWUPS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  /* TRANSLATORS: the question of a new follow-up, until the secretariat writes it */
  RtFollowupEdit edit = { _("(What was asked)"), _("Secretariat"), 0, RT_FOLLOWUP_OPEN, "", 0 };
  gint64 id;

  if (self->committee == NULL)
    return;

  if ((id = rt_committee_add_followup (self->committee, 0, &edit, &error)) == 0)
    {
      rt_feedback_error (widget, _("Could Not Save the Follow-up"), error);
      return;
    }

  gtk_drop_down_set_selected (self->show_dropdown, 1);
  rt_followups_view_select (self, id);
  gtk_widget_grab_focus (GTK_WIDGET (self->question_view));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtFollowupsView *self = RT_FOLLOWUPS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->followup == NULL)
    return;

  if (!rt_committee_delete_followup (self->committee, rt_followup_get_id (self->followup), &error))
    rt_feedback_error (widget, _("Could Not Delete the Follow-up"), error);
  else
    rt_feedback_toast_undo (widget, _("Follow-up deleted"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rt_cycle_open_document (widget, RT_HANDOUT_FOLLOWUPS, 0, 0);
}

void
rt_followups_view_set_committee (RtFollowupsView *self,
                                 RtCommittee     *committee)
{
  g_return_if_fail (RT_IS_FOLLOWUPS_VIEW (self));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_set_object (&self->committee, committee);

  gtk_filter_list_model_set_model (self->filtered, committee ? rt_committee_get_followups (committee) : NULL);
  if (committee != NULL)
    {
      rt_committee_watch (committee, RT_KIND_FOLLOWUP, G_CALLBACK (followups_changed), self);
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (fill_meetings), self);
    }
  fill_meetings (self);
  update_count (self);
  selection_changed (self);
}

/* Shows the follow-up @followup_id in the editor. */
void
rt_followups_view_select (RtFollowupsView *self,
                          gint64           followup_id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_if_fail (RT_IS_FOLLOWUPS_VIEW (self));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RtFollowup) f = g_list_model_get_item (model, i);

      if (rt_followup_get_id (f) == followup_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
rt_followups_view_dispose (GObject *object)
{
  RtFollowupsView *self = (RtFollowupsView *)object;
  GtkWidget *child;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  if (self->followup != NULL)
    g_signal_handlers_disconnect_by_data (self->followup, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_FOLLOWUPS_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->followup);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_followups_view_parent_class)->dispose (object);
}

static void
rt_followups_view_finalize (GObject *object)
{
  RtFollowupsView *self = (RtFollowupsView *)object;

  g_clear_pointer (&self->meeting_ids, g_array_unref);

  G_OBJECT_CLASS (rt_followups_view_parent_class)->finalize (object);
}

static void
rt_followups_view_class_init (RtFollowupsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_followups_view_dispose;
  object_class->finalize = rt_followups_view_finalize;

  g_type_ensure (RT_TYPE_FOLLOWUP_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-followups-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, selection);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, filtered);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, show_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, editor);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, source_label);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, question_view);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, assignee_row);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, due_row);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, status_row);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, answer_view);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupsView, answered_row);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, show_changed);

  gtk_widget_class_install_action (widget_class, "followups.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "followups.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "followups.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "followups.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "followups.save", NULL);
}

static void
rt_followups_view_init (RtFollowupsView *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->filter = gtk_custom_filter_new (is_shown, self, NULL);
  gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  g_object_unref (self->filter);

  for (int s = RT_FOLLOWUP_OPEN; s <= RT_FOLLOWUP_ANSWERED; s++)
    gtk_string_list_append (statuses, rt_followup_status_to_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  fill_meetings (self);
  update_count (self);
}
