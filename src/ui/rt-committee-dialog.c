/* rt-committee-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-committee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-committee-dialog.h"
#include "rt-feedback.h"
#include "rt-speaker-policy.h"

/* The committee's own settings, kept in its file: how each output names
 * speakers (発言者の表示) and the pseudonym letters, the kinds of response,
 * and whether the file holds a public comment. Each change is one undo
 * step of the committee and applies at once. */
struct _RtCommitteeDialog
{
  AdwPreferencesWindow  parent_instance;

  RtCommittee          *committee;
  AdwComboRow          *output_rows[RT_N_OUTPUTS];
  GPtrArray            *letter_rows;
  GPtrArray            *kind_rows;     /* AdwEntryRow, one a kind */
  GArray               *kind_ids;
  gboolean              updating;

  AdwPreferencesGroup  *outputs_group;
  AdwPreferencesGroup  *letters_group;
  AdwPreferencesGroup  *kinds_group;
  AdwComboRow          *order_row;
  GtkButton            *keep_button;
  AdwEntryRow          *new_kind_row;
  GtkSwitch            *mode_switch;
};

G_DEFINE_FINAL_TYPE (RtCommitteeDialog, rt_committee_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
report (RtCommitteeDialog *self,
        const GError      *error)
{
  rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Committee’s Settings"), error);
}

static GListModel *
display_labels (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (RtSpeakerDisplay d = RT_SPEAKER_DISPLAY_REAL; d < RT_N_SPEAKER_DISPLAYS; d++)
    gtk_string_list_append (list, rt_speaker_display_to_label (d));

  return G_LIST_MODEL (list);
}

static void
update_outputs (RtCommitteeDialog *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < RT_N_OUTPUTS; i++)
    adw_combo_row_set_selected (self->output_rows[i], rt_committee_get_speaker_display (self->committee, i));
  adw_combo_row_set_selected (self->order_row, rt_committee_get_pseudonym_order (self->committee));
  gtk_switch_set_active (self->mode_switch, rt_committee_get_mode (self->committee) == RT_COMMITTEE_MODE_PUBLIC_COMMENT);
  self->updating = FALSE;
}

/* The letters as outputs show them now: kept ones and provisional ones. */
static void
update_letters (RtCommitteeDialog *self)
{
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->letter_rows->len; i++)
    adw_preferences_group_remove (self->letters_group, self->letter_rows->pdata[i]);
  g_ptr_array_set_size (self->letter_rows, 0);

  if (!(policy = rt_speaker_policy_new (self->committee, &error)))
    {
      report (self, error);
      return;
    }

  for (guint i = 0; i < rt_speaker_policy_get_n_entries (policy); i++)
    {
      const RtPseudonymEntry *entry = rt_speaker_policy_get_entry (policy, i);
      g_autofree char *pseudonym = NULL;
      g_autofree char *real = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (entry->letter[0] == '\0')
        continue;

      pseudonym = rt_speaker_policy_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM,
                                          entry->person_id, RT_VISIBILITY_PUBLIC);
      real = g_strconcat (entry->name, entry->role, NULL);
      /* Translators: a pseudonym's person, and whether the letter is kept for good. */
      subtitle = g_strdup_printf (_("%s · %s"), real, entry->stored ? _("kept") : _("provisional"));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pseudonym);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->letters_group, row);
      g_ptr_array_add (self->letter_rows, row);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->keep_button),
                            rt_speaker_policy_get_n_unstored (policy) > 0 && !rt_committee_get_read_only (self->committee));
}

static void
rename_kind (RtCommitteeDialog *self,
             AdwEntryRow       *row)
{
  g_autoptr(GError) error = NULL;
  guint index;

  if (!g_ptr_array_find (self->kind_rows, row, &index))
    return;

  if (!rt_committee_rename_response_kind (self->committee, g_array_index (self->kind_ids, gint64, index),
                                          gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    report (self, error);
}

static gint64
kind_of_button (RtCommitteeDialog *self,
                GtkWidget         *button)
{
  GtkWidget *row = gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW);
  guint index;

  if (row == NULL || !g_ptr_array_find (self->kind_rows, row, &index))
    return 0;

  return g_array_index (self->kind_ids, gint64, index);
}

static void
move_kind (GtkButton         *button,
           RtCommitteeDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kind_of_button (self, GTK_WIDGET (button));
  gboolean up = g_str_equal (gtk_button_get_icon_name (button), "go-up-symbolic");
  guint index;

  for (index = 0; index < self->kind_ids->len && g_array_index (self->kind_ids, gint64, index) != id; index++)
    ;
  if (id == 0 || index == self->kind_ids->len || (up && index == 0))
    return;

  if (!rt_committee_move_response_kind (self->committee, id, up ? (int)index - 1 : (int)index + 1, &error))
    report (self, error);
}

static void
delete_kind (GtkButton         *button,
             RtCommitteeDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = kind_of_button (self, GTK_WIDGET (button));

  if (id != 0 && !rt_committee_delete_response_kind (self->committee, id, &error))
    report (self, error);
  else if (id != 0)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("Kind deleted: its answers keep their text (Ctrl+Z in the main window undoes it)")));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static void
update_kinds (RtCommitteeDialog *self)
{
  GListModel *kinds = rt_committee_get_response_kinds (self->committee);
  gboolean writable = !rt_committee_get_read_only (self->committee);

  for (guint i = 0; i < self->kind_rows->len; i++)
    adw_preferences_group_remove (self->kinds_group, self->kind_rows->pdata[i]);
  g_ptr_array_set_size (self->kind_rows, 0);
  g_array_set_size (self->kind_ids, 0);

  for (guint i = 0, n = g_list_model_get_n_items (kinds); i < n; i++)
    {
      g_autoptr(RtResponseKind) kind = g_list_model_get_item (kinds, i);
      g_autofree char *title = g_strdup_printf (_("Ctrl+%u"), i + 1);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *button;
      gint64 id = rt_response_kind_get_id (kind);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), i < 9 ? title : "");
      gtk_editable_set_text (GTK_EDITABLE (row), rt_response_kind_get_name (kind));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      gtk_widget_set_sensitive (row, writable);
      g_signal_connect_swapped (row, "apply", G_CALLBACK (rename_kind), self);

      button = icon_button ("go-up-symbolic", _("Move Up"));
      gtk_widget_set_sensitive (button, i > 0);
      g_signal_connect (button, "clicked", G_CALLBACK (move_kind), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
      button = icon_button ("go-down-symbolic", _("Move Down"));
      gtk_widget_set_sensitive (button, i + 1 < n);
      g_signal_connect (button, "clicked", G_CALLBACK (move_kind), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
      button = icon_button ("user-trash-symbolic", _("Delete"));
      g_signal_connect (button, "clicked", G_CALLBACK (delete_kind), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

      adw_preferences_group_add (self->kinds_group, row);
      g_ptr_array_add (self->kind_rows, row);
      g_array_append_val (self->kind_ids, id);
    }
}

static void
committee_changed (RtCommitteeDialog *self)
{
  update_outputs (self);
  update_letters (self);
}

static void
output_changed (RtCommitteeDialog *self,
                GParamSpec        *pspec,
                AdwComboRow       *row)
{
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;

  for (guint i = 0; i < RT_N_OUTPUTS; i++)
    if (self->output_rows[i] == row &&
        !rt_committee_set_speaker_display (self->committee, i, adw_combo_row_get_selected (row), &error))
      report (self, error);
}

static void
order_changed (RtCommitteeDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->committee == NULL)
    return;

  if (!rt_committee_set_pseudonym_order (self->committee, adw_combo_row_get_selected (self->order_row), &error))
    report (self, error);
}

static void
keep_clicked (RtCommitteeDialog *self)
{
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;

  if (!(policy = rt_speaker_policy_new (self->committee, &error)) ||
      !rt_speaker_policy_keep (policy, self->committee, &error))
    report (self, error);
  update_letters (self);
}

static void
add_kind (RtCommitteeDialog *self)
{
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_kind_row));

  if (name[0] == '\0')
    return;

  if (!rt_committee_add_response_kind (self->committee, name, &error))
    report (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->new_kind_row), "");
}

static void
mode_changed (RtCommitteeDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->committee == NULL)
    return;

  if (!rt_committee_set_mode (self->committee,
                              gtk_switch_get_active (self->mode_switch) ? RT_COMMITTEE_MODE_PUBLIC_COMMENT
                                                                        : RT_COMMITTEE_MODE_COMMITTEE,
                              &error))
    report (self, error);
}

static void
rt_committee_dialog_dispose (GObject *object)
{
  RtCommitteeDialog *self = (RtCommitteeDialog *)object;

  if (self->committee != NULL)
    {
      rt_committee_unwatch (self->committee, self);
      g_signal_handlers_disconnect_by_data (self->committee, self);
    }
  g_clear_object (&self->committee);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_COMMITTEE_DIALOG);

  G_OBJECT_CLASS (rt_committee_dialog_parent_class)->dispose (object);
}

static void
rt_committee_dialog_finalize (GObject *object)
{
  RtCommitteeDialog *self = (RtCommitteeDialog *)object;

  g_clear_pointer (&self->letter_rows, g_ptr_array_unref);
  g_clear_pointer (&self->kind_rows, g_ptr_array_unref);
  g_clear_pointer (&self->kind_ids, g_array_unref);

  G_OBJECT_CLASS (rt_committee_dialog_parent_class)->finalize (object);
}

static void
rt_committee_dialog_class_init (RtCommitteeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_committee_dialog_dispose;
  object_class->finalize = rt_committee_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-committee-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, outputs_group);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, letters_group);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, order_row);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, keep_button);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, new_kind_row);
  gtk_widget_class_bind_template_child (widget_class, RtCommitteeDialog, mode_switch);
  gtk_widget_class_bind_template_callback (widget_class, order_changed);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked);
  gtk_widget_class_bind_template_callback (widget_class, add_kind);
  gtk_widget_class_bind_template_callback (widget_class, mode_changed);
}

static void
rt_committee_dialog_init (RtCommitteeDialog *self)
{
  g_autoptr(GtkStringList) orders = gtk_string_list_new (NULL);

  self->letter_rows = g_ptr_array_new ();
  self->kind_rows = g_ptr_array_new ();
  self->kind_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->updating = TRUE;
  gtk_string_list_append (orders, rt_pseudonym_order_to_label (RT_PSEUDONYM_ORDER_APPEARANCE));
  gtk_string_list_append (orders, rt_pseudonym_order_to_label (RT_PSEUDONYM_ORDER_READING));
  adw_combo_row_set_model (self->order_row, G_LIST_MODEL (orders));

  for (guint i = 0; i < RT_N_OUTPUTS; i++)
    {
      g_autoptr(GListModel) labels = display_labels ();
      GtkWidget *row = adw_combo_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rt_output_to_label (i));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), labels);
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (output_changed), self);
      adw_preferences_group_add (self->outputs_group, row);
      self->output_rows[i] = ADW_COMBO_ROW (row);
    }
  self->updating = FALSE;
}

/**
 * rt_committee_dialog_new:
 *
 * Returns: (transfer full): the settings window of @committee
 */
RtCommitteeDialog *
rt_committee_dialog_new (GtkWindow   *parent,
                         RtCommittee *committee)
{
  RtCommitteeDialog *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_COMMITTEE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->committee = g_object_ref (committee);

  update_outputs (self);
  update_letters (self);
  update_kinds (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->outputs_group), !rt_committee_get_read_only (committee));
  gtk_widget_set_sensitive (GTK_WIDGET (self->mode_switch), !rt_committee_get_read_only (committee));
  gtk_widget_set_sensitive (GTK_WIDGET (self->order_row), !rt_committee_get_read_only (committee));
  gtk_widget_set_sensitive (GTK_WIDGET (self->new_kind_row), !rt_committee_get_read_only (committee));

  g_signal_connect_object (committee, "changed", G_CALLBACK (committee_changed), self, G_CONNECT_SWAPPED);
  rt_committee_watch (committee, RT_KIND_RESPONSE_KIND, G_CALLBACK (update_kinds), self);

  return self;
}
