/* rt-import-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-enums.h"
#include "rt-feedback.h"
#include "rt-import-row.h"

/* One statement in the review of an import: whether it is imported, its
 * speaker, its text in a real GtkTextView (so that input methods work), a
 * badge when it may be a duplicate, and buttons to split it at the cursor or
 * merge it with the next one. Rows are recycled by the list view: bind and
 * unbind connect them to an entry and let go of it. Errors go to the dialog
 * in a toast of the dialog (rt_feedback_toast).
 */
struct _RtImportRow
{
  GtkWidget        parent_instance;

  RtImport        *import;
  RtImportEntry   *entry;
  RtImportHeading *heading;
  guint            updating;

  GtkWidget       *outer;
  GtkWidget       *box;
  GtkCheckButton  *include_check;
  GtkEntry        *speaker_entry;
  GtkDropDown     *kind_dropdown;
  GtkStringList   *kind_list;
  GtkLabel        *answer_label;
  GtkLabel        *heading_label;
  GtkLabel        *duplicate_label;
  GtkTextView     *text_view;
  GtkButton       *split_button;
  GtkButton       *merge_button;
};

G_DEFINE_FINAL_TYPE (RtImportRow, rt_import_row, GTK_TYPE_WIDGET)

static void
show_error (RtImportRow  *self,
            const GError *error)
{
  gtk_widget_error_bell (GTK_WIDGET (self));
  rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
update_included (RtImportRow *self)
{
  gboolean included = rt_import_entry_get_included (self->entry);

  self->updating++;
  gtk_check_button_set_active (self->include_check, included);
  self->updating--;

  if (included)
    gtk_widget_remove_css_class (self->box, "excluded");
  else
    gtk_widget_add_css_class (self->box, "excluded");
}

static void
update_text (RtImportRow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (current, rt_import_entry_get_text (self->entry)) == 0)
    return;

  self->updating++;
  gtk_text_buffer_set_text (buffer, rt_import_entry_get_text (self->entry), -1);
  self->updating--;
}

static void
update_speaker (RtImportRow *self)
{
  const char *label = rt_import_entry_get_speaker_label (self->entry);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry)), label) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), label);
}

static void
update_kind (RtImportRow *self)
{
  self->updating++;
  gtk_drop_down_set_selected (self->kind_dropdown, rt_import_entry_get_kind (self->entry));
  self->updating--;
}

static void
update_answer (RtImportRow *self)
{
  const char *answer = rt_import_entry_get_answer (self->entry);

  gtk_widget_set_visible (GTK_WIDGET (self->answer_label), answer != NULL);
  if (answer != NULL)
    {
      /* Translators: the city's answer to a public comment, shown under it. */
      g_autofree char *label = g_strdup_printf (_("Answer: %s"), answer);

      gtk_label_set_label (self->answer_label, label);
    }
}

/* A duplicate (the same speaker, the same text) starts unticked; what is
 * only alike is flagged for the user to decide. */
static void
update_duplicate (RtImportRow *self)
{
  const char *text = rt_import_entry_get_duplicate_text (self->entry);
  gboolean duplicate = rt_import_entry_get_duplicate (self->entry);
  gboolean similar = rt_import_entry_get_similar (self->entry);
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->duplicate_label), duplicate || similar);
  gtk_label_set_label (self->duplicate_label, duplicate ? _("Duplicate") : _("Similar"));

  if (duplicate && rt_import_entry_get_duplicate_of (self->entry) > 0)
    tooltip = g_strdup_printf (_("Already a card, by the same speaker:\n%s"), text ? text : "");
  else if (duplicate)
    tooltip = g_strdup_printf (_("Said before in these minutes, by the same speaker:\n%s"), text ? text : "");
  else if (rt_import_entry_get_duplicate_of (self->entry) > 0)
    tooltip = g_strdup_printf (_("Like a card (%.0f%% alike), by another speaker or in other words; "
                                 "imported unless you untick it:\n%s"),
                               100 * rt_import_entry_get_similarity (self->entry), text ? text : "");
  else if (similar)
    tooltip = g_strdup_printf (_("Like a statement before (%.0f%% alike), by another speaker or in other "
                                 "words; imported unless you untick it:\n%s"),
                               100 * rt_import_entry_get_similarity (self->entry), text ? text : "");

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->duplicate_label), tooltip);
}

static void
update_heading_label (RtImportRow *self)
{
  if (self->heading == NULL)
    {
      gtk_label_set_label (self->heading_label, _("Inbox"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->heading_label), _("The card goes to the inbox"));
    }
  else if (!rt_import_heading_get_accepted (self->heading))
    {
      gtk_label_set_label (self->heading_label, _("Inbox"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->heading_label),
                                   _("The suggested theme of this statement is not accepted: the card goes to the inbox"));
    }
  else
    {
      g_autofree char *label = g_strdup_printf ("→ %s", rt_import_heading_get_text (self->heading));

      gtk_label_set_label (self->heading_label, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->heading_label), rt_import_heading_get_text (self->heading));
    }
}

static void
set_heading (RtImportRow *self)
{
  GListModel *headings;
  int index;

  if (self->heading != NULL)
    g_signal_handlers_disconnect_by_data (self->heading, self);
  g_clear_object (&self->heading);

  headings = rt_import_get_headings (self->import);
  index = rt_import_entry_get_heading (self->entry);
  if (index >= 0 && (guint)index < g_list_model_get_n_items (headings))
    {
      self->heading = g_list_model_get_item (headings, index);
      g_signal_connect_swapped (self->heading, "notify::accepted", G_CALLBACK (update_heading_label), self);
      g_signal_connect_swapped (self->heading, "notify::text", G_CALLBACK (update_heading_label), self);
    }

  update_heading_label (self);
}

static void
on_entry_notify (RtImportRow   *self,
                 GParamSpec    *pspec,
                 RtImportEntry *entry)
{
  const char *name = g_param_spec_get_name (pspec);

  if (self->updating)
    return;

  if (g_str_equal (name, "included"))
    update_included (self);
  else if (g_str_equal (name, "text"))
    update_text (self);
  else if (g_str_equal (name, "speaker-label"))
    update_speaker (self);
  else if (g_str_equal (name, "duplicate") || g_str_equal (name, "duplicate-text") ||
           g_str_equal (name, "similarity") || g_str_equal (name, "similar"))
    update_duplicate (self);
  else if (g_str_equal (name, "kind"))
    update_kind (self);
  else if (g_str_equal (name, "answer"))
    update_answer (self);
  else if (g_str_equal (name, "heading"))
    set_heading (self);
}

static void
on_buffer_changed (RtImportRow   *self,
                   GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->entry == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  self->updating++;
  rt_import_set_entry_text (self->import, self->entry, text);
  self->updating--;

  /* The duplicate check ran on the new text. */
  update_duplicate (self);
}

static void
apply_speaker (RtImportRow *self)
{
  if (self->entry == NULL)
    return;

  rt_import_set_entry_speaker_label (self->import, self->entry,
                                     gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry)));
}

static void
on_speaker_activate (RtImportRow *self)
{
  apply_speaker (self);
}

static void
on_speaker_focus_leave (RtImportRow *self)
{
  apply_speaker (self);
}

static void
on_include_toggled (RtImportRow *self)
{
  if (self->updating || self->entry == NULL)
    return;

  rt_import_entry_set_included (self->entry, gtk_check_button_get_active (self->include_check));
}

static void
on_kind_selected (RtImportRow *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_dropdown);

  if (self->updating || self->entry == NULL || selected > RT_STATEMENT_KIND_LAST)
    return;

  rt_import_entry_set_kind (self->entry, selected);
}

static void
on_split_clicked (RtImportRow *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  const char *text;
  int offset;

  if (self->entry == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&cursor);
  text = rt_import_entry_get_text (self->entry);

  if (!rt_import_split_entry (self->import, self->entry,
                              g_utf8_offset_to_pointer (text, offset) - text, &error))
    show_error (self, error);
}

static void
on_merge_clicked (RtImportRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->entry != NULL && !rt_import_merge_entry (self->import, self->entry, &error))
    show_error (self, error);
}

/**
 * rt_import_row_bind:
 *
 * Shows @entry of @import, and makes edits in the row edit it.
 */
void
rt_import_row_bind (RtImportRow   *self,
                    RtImport      *import,
                    RtImportEntry *entry)
{
  g_return_if_fail (RT_IS_IMPORT_ROW (self));
  g_return_if_fail (RT_IS_IMPORT (import));
  g_return_if_fail (RT_IS_IMPORT_ENTRY (entry));

  rt_import_row_unbind (self);

  g_set_object (&self->import, import);
  g_set_object (&self->entry, entry);

  update_included (self);
  update_text (self);
  update_speaker (self);
  update_kind (self);
  update_answer (self);
  update_duplicate (self);
  set_heading (self);

  g_signal_connect_swapped (entry, "notify", G_CALLBACK (on_entry_notify), self);
}

void
rt_import_row_unbind (RtImportRow *self)
{
  g_return_if_fail (RT_IS_IMPORT_ROW (self));

  if (self->entry == NULL)
    return;

  /* An edit of the speaker still in the entry is not lost. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry)),
                 rt_import_entry_get_speaker_label (self->entry)) != 0)
    apply_speaker (self);

  g_signal_handlers_disconnect_by_data (self->entry, self);
  if (self->heading != NULL)
    g_signal_handlers_disconnect_by_data (self->heading, self);

  g_clear_object (&self->heading);
  g_clear_object (&self->entry);
  g_clear_object (&self->import);
}

/**
 * rt_import_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry the row shows
 */
RtImportEntry *
rt_import_row_get_entry (RtImportRow *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ROW (self), NULL);

  return self->entry;
}

static void
rt_import_row_dispose (GObject *object)
{
  RtImportRow *self = (RtImportRow *)object;

  if (self->entry != NULL)
    g_signal_handlers_disconnect_by_data (self->entry, self);
  if (self->heading != NULL)
    g_signal_handlers_disconnect_by_data (self->heading, self);
  g_clear_object (&self->heading);
  g_clear_object (&self->entry);
  g_clear_object (&self->import);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_IMPORT_ROW);

  G_OBJECT_CLASS (rt_import_row_parent_class)->dispose (object);
}

static void
rt_import_row_class_init (RtImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_import_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-import-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, outer);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, box);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, include_check);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, speaker_entry);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, kind_list);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, answer_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, split_button);
  gtk_widget_class_bind_template_child (widget_class, RtImportRow, merge_button);
  gtk_widget_class_bind_template_callback (widget_class, on_include_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_speaker_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_split_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "importrow");
}

static void
rt_import_row_init (RtImportRow *self)
{
  GtkEventController *focus;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (RtStatementKind kind = 0; kind <= RT_STATEMENT_KIND_LAST; kind++)
    gtk_string_list_append (self->kind_list, rt_statement_kind_to_label (kind));
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_selected), self);

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (on_buffer_changed), self);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_speaker_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->speaker_entry), focus);
}

GtkWidget *
rt_import_row_new (void)
{
  return g_object_new (RT_TYPE_IMPORT_ROW, NULL);
}
