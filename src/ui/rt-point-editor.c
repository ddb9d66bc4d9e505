/* rt-point-editor.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-point-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-point-editor.h"
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

static void proposal_remove (GtkButton *button, RtPointEditor *self);
static void proposal_move (GtkButton *button, RtPointEditor *self);

static GtkWidget *
proposal_row (RtPointEditor *self,
              gint64         id,
              const char    *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *entry = gtk_entry_new ();
  struct { const char *icon, *tooltip; GCallback callback; int delta; } buttons[] = {
    { "go-up-symbolic", N_("Move Up"), G_CALLBACK (proposal_move), -1 },
    { "go-down-symbolic", N_("Move Down"), G_CALLBACK (proposal_move), 1 },
    { "list-remove-symbolic", N_("Remove Proposal"), G_CALLBACK (proposal_remove), 0 },
  };
  gint64 *stored = g_new (gint64, 1);

  *stored = id;
  g_object_set_data_full (G_OBJECT (row), "proposal-id", stored, g_free);
  g_object_set_data (G_OBJECT (row), "entry", entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Proposal"), -1);
  gtk_box_append (GTK_BOX (box), entry);

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (buttons[i].icon);

      gtk_widget_set_tooltip_text (button, _(buttons[i].tooltip));
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (buttons[i].delta));
      g_object_set_data (G_OBJECT (button), "row", row);
      g_signal_connect (button, "clicked", buttons[i].callback, self);
      gtk_box_append (GTK_BOX (box), button);
    }

  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
proposal_remove (GtkButton     *button,
                 RtPointEditor *self)
{
  gtk_list_box_remove (self->proposals, g_object_get_data (G_OBJECT (button), "row"));
}

static void
proposal_move (GtkButton     *button,
               RtPointEditor *self)
{
  GtkListBoxRow *row = g_object_get_data (G_OBJECT (button), "row");
  int index = gtk_list_box_row_get_index (row) + GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  if (index < 0 || gtk_list_box_get_row_at_index (self->proposals, index) == NULL)
    return;

  g_object_ref (row);
  gtk_list_box_remove (self->proposals, GTK_WIDGET (row));
  gtk_list_box_insert (self->proposals, GTK_WIDGET (row), index);
  g_object_unref (row);
}

static void
add_proposal (GtkButton     *button,
              RtPointEditor *self)
{
  GtkWidget *row = proposal_row (self, 0, "");

  gtk_list_box_append (self->proposals, row);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "entry"));
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
      GtkEditable *entry = g_object_get_data (G_OBJECT (row), "entry");
      char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

      if (text[0] == '\0')
        {
          g_free (text);
          continue;
        }
      g_array_append_val (ids, *(gint64 *)g_object_get_data (G_OBJECT (row), "proposal-id"));
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
save_clicked (RtPointEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!rt_point_editor_save (self, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save the Point"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
field (GtkWidget  *box,
       const char *title,
       GtkWidget  *child)
{
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), child);
  gtk_label_set_use_underline (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), child);

  return child;
}

static GtkTextView *
text_field (GtkWidget  *box,
            const char *title,
            const char *text)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 72);
  gtk_widget_add_css_class (scrolled, "card");
  field (box, title, scrolled);
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_widget_get_prev_sibling (scrolled)), view);

  return GTK_TEXT_VIEW (view);
}

static void
rt_point_editor_dispose (GObject *object)
{
  RtPointEditor *self = RT_POINT_EDITOR (object);

  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_point_editor_parent_class)->dispose (object);
}

static void
rt_point_editor_class_init (RtPointEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_point_editor_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_point_editor_init (RtPointEditor *self)
{
}

RtPointEditor *
rt_point_editor_new (GtkWindow   *parent,
                     RtCommittee *committee,
                     gint64       point_id)
{
  RtPointEditor *self;
  RtPoint *point;
  GtkWidget *toolbar, *header, *cancel, *save, *scrolled, *clamp, *box, *add, *number_box;
  g_autoptr(RtPointTableRow) row = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail ((point = rt_committee_lookup (committee, RT_KIND_POINT, point_id)), NULL);

  self = g_object_new (RT_TYPE_POINT_EDITOR,
                       "modal", TRUE,
                       "transient-for", parent,
                       "default-width", 640,
                       "default-height", 720,
                       "title", _("Edit Point"),
                       NULL);
  self->committee = g_object_ref (committee);
  self->point_id = point_id;
  row = rt_committee_get_point_row (committee, point_id, NULL);

  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (toolbar), header);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  number_box = gtk_spin_button_new_with_range (1, 999, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (number_box), rt_point_get_number (point));
  gtk_widget_set_halign (number_box, GTK_ALIGN_START);
  self->number = GTK_SPIN_BUTTON (field (box, _("_Number"), number_box));

  self->title = GTK_ENTRY (field (box, _("_Title"), gtk_entry_new ()));
  gtk_editable_set_text (GTK_EDITABLE (self->title), rt_point_get_title (point));
  gtk_entry_set_activates_default (self->title, TRUE);

  self->question = text_field (box, _("_Question"), rt_point_get_question (point));
  self->note = text_field (box, _("N_ote"), rt_point_get_note (point));

  self->proposals = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->proposals, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->proposals), "boxed-list");
  field (box, _("Local _Proposals"), GTK_WIDGET (self->proposals));
  for (guint i = 0; row != NULL && i < row->proposals->len; i++)
    {
      RtPointText *proposal = g_ptr_array_index (row->proposals, i);

      gtk_list_box_append (self->proposals, proposal_row (self, proposal->id, proposal->text));
    }
  add = gtk_button_new_with_mnemonic (_("_Add Proposal"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  gtk_widget_set_margin_top (add, 6);
  g_signal_connect (add, "clicked", G_CALLBACK (add_proposal), self);
  gtk_box_append (GTK_BOX (box), add);

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (toolbar), scrolled);

  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);

  return self;
}
