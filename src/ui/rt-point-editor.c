/* rt-point-editor.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-point-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-point-editor.h"
#include "rt-proposal-row.h"
#include "rt-committee.h"

/* Edits one point: number, title, question, note and its local proposals
 * (add, reword, reorder, remove), saved together as one undo step. Text is
 * typed in GtkEntry and GtkTextView, so that input methods work. */
struct _RtPointEditor
{
  AdwWindow      parent_instance;

  RtCommittee   *committee;
  gint64         point_id;

  GtkSpinButton *number;
  GtkEntry      *title;
  GtkTextView   *question;
  GtkTextView   *note;
  GtkListBox    *proposals;
};

G_DEFINE_FINAL_TYPE (RtPointEditor, rt_point_editor, ADW_TYPE_WINDOW)

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
add_proposal_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RtPointEditor *self = RT_POINT_EDITOR (widget);
  GtkWidget *row = rt_proposal_row_new (0, "");

  gtk_list_box_append (self->proposals, row);
  rt_proposal_row_focus (RT_PROPOSAL_ROW (row));
}

/**
 * rt_point_editor_save:
 *
 * Writes the edited point: one transaction, one undo step. Empty proposals
 * are left out.
 */
gboolean
rt_point_editor_save (RtPointEditor  *self,
                      GError        **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *question = text_view_get_text (self->question);
  g_autofree char *note = text_view_get_text (self->note);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title))));
  RtPointEdit edit = { 0 };
  GtkListBoxRow *row;

  g_return_val_if_fail (RT_IS_POINT_EDITOR (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->proposals, i)); i++)
    {
      char *text = rt_proposal_row_dup_text (RT_PROPOSAL_ROW (row));
      gint64 id = rt_proposal_row_get_id (RT_PROPOSAL_ROW (row));

      if (text[0] == '\0')
        {
          g_free (text);
          continue;
        }
      g_array_append_val (ids, id);
      g_ptr_array_add (texts, text);
    }

  edit.title = title;
  edit.question = question;
  edit.note = note;
  edit.number = gtk_spin_button_get_value_as_int (self->number);
  edit.set_proposals = TRUE;
  edit.proposal_ids = (const gint64 *)ids->data;
  edit.proposals = (const char * const *)texts->pdata;
  edit.n_proposals = texts->len;

  return rt_committee_edit_point (self->committee, self->point_id, &edit, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtPointEditor *self = RT_POINT_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!rt_point_editor_save (self, &error))
    {
      rt_feedback_error (widget, _("Could Not Save the Point"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rt_point_editor_dispose (GObject *object)
{
  RtPointEditor *self = RT_POINT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_POINT_EDITOR);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_point_editor_parent_class)->dispose (object);
}

static void
rt_point_editor_class_init (RtPointEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_point_editor_dispose;

  g_type_ensure (RT_TYPE_PROPOSAL_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-point-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPointEditor, number);
  gtk_widget_class_bind_template_child (widget_class, RtPointEditor, title);
  gtk_widget_class_bind_template_child (widget_class, RtPointEditor, question);
  gtk_widget_class_bind_template_child (widget_class, RtPointEditor, note);
  gtk_widget_class_bind_template_child (widget_class, RtPointEditor, proposals);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-proposal", NULL, add_proposal_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_point_editor_init (RtPointEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RtPointEditor *
rt_point_editor_new (GtkWindow   *parent,
                     RtCommittee *committee,
                     gint64       point_id)
{
  g_autoptr(RtPointTableRow) row = NULL;
  RtPointEditor *self;
  RtPoint *point;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail ((point = rt_committee_lookup (committee, RT_KIND_POINT, point_id)), NULL);

  self = g_object_new (RT_TYPE_POINT_EDITOR, "transient-for", parent, NULL);
  self->committee = g_object_ref (committee);
  self->point_id = point_id;

  gtk_spin_button_set_value (self->number, rt_point_get_number (point));
  gtk_editable_set_text (GTK_EDITABLE (self->title), rt_point_get_title (point));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->question), rt_point_get_question (point), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note), rt_point_get_note (point), -1);

  row = rt_committee_get_point_row (committee, point_id, NULL);
  for (guint i = 0; row != NULL && i < row->proposals->len; i++)
    {
      RtPointText *proposal = g_ptr_array_index (row->proposals, i);

      gtk_list_box_append (self->proposals, rt_proposal_row_new (proposal->id, proposal->text));
    }

  return self;
}
