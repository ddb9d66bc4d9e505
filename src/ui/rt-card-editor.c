/* rt-card-editor.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-card-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-board.h"
#include "rt-card-editor.h"
#include "rt-committee.h"
#include "rt-point-chooser.h"
#include "rt-response-editor.h"
#include "rt-window.h"

/* The editor of one card: its summary in a GtkTextView (so that input
 * methods work as everywhere else), the verbatim excerpt read-only (a
 * selectable label) with a
 * way to its place in the minutes, its speaker, meeting, status,
 * visibility and points, and the secretariat's answer to it.
 *
 * The summary is saved as one undo step when the text view loses the focus,
 * on Enter or Ctrl+Enter, before a split and when the window closes, never
 * per keystroke. Enter goes to the input method first: while it composes
 * (a preedit is shown) Enter confirms the composition, not the card. Each
 * dropdown change is one step of its own. */
struct _RtCardEditor
{
  AdwWindow       parent_instance;

  RtCommittee    *committee;
  RtCard         *card;
  GArray         *speaker_ids;
  GArray         *meeting_ids;
  gboolean        updating;
  gboolean        composing;

  GtkTextView    *text_view;
  GtkLabel       *verbatim_label;
  GtkButton      *source_button;
  GtkDropDown    *speaker_dropdown;
  GtkDropDown    *meeting_dropdown;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *visibility_dropdown;
  GtkDropDown    *kind_dropdown;
  GtkButton      *followup_button;
  GtkBox         *points_box;
  GtkWidget      *point_chooser;
  RtResponseEditor *response_editor;
};

G_DEFINE_FINAL_TYPE (RtCardEditor, rt_card_editor, ADW_TYPE_WINDOW)


static char *
buffer_text (RtCardEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * rt_card_editor_save:
 *
 * Stores the summary as typed, if it changed, as one undo step.
 *
 * Returns: %FALSE if storing it failed
 */
gboolean
rt_card_editor_save (RtCardEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (RT_IS_CARD_EDITOR (self), FALSE);

  if (self->card == NULL || rt_committee_get_read_only (self->committee))
    return TRUE;

  text = buffer_text (self);
  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0' || g_strcmp0 (text, rt_card_get_text (self->card)) == 0)
    return TRUE;

  if (!rt_committee_set_card_text (self->committee, rt_card_get_id (self->card), text, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Card"), error);
      return FALSE;
    }

  return TRUE;
}

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return 0;
}

/* The follow-up made of this card, if any. */
static RtFollowup *
find_followup (RtCardEditor *self)
{
  GListModel *followups = rt_committee_get_followups (self->committee);

  for (guint i = 0, n = g_list_model_get_n_items (followups); i < n; i++)
    {
      g_autoptr(RtFollowup) followup = g_list_model_get_item (followups, i);

      if (rt_followup_get_card_id (followup) == rt_card_get_id (self->card))
        return followup;
    }

  return NULL;
}

static void
update_followup (RtCardEditor *self)
{
  gboolean made = self->card != NULL && find_followup (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.followup",
                                 self->card != NULL && !made && !rt_committee_get_read_only (self->committee));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->followup_button),
                               made ? _("This card is a follow-up: see Meetings › Follow-ups")
                                    : _("Make this card a follow-up to answer by a later meeting"));
}

/* A question or a request becomes a 宿題 of the secretariat, due at the
 * meeting after the card's. */
static void
followup_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtCardEditor *self = RT_CARD_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  RtFollowupEdit edit = { NULL, NULL, 0, RT_FOLLOWUP_OPEN, NULL, 0 };
  int number;

  if (self->card == NULL || !rt_card_editor_save (self))
    return;

  number = rt_card_get_meeting_number (self->card);
  for (guint i = 0, n = g_list_model_get_n_items (meetings); i < n && edit.due_meeting_id == 0; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (number > 0 && rt_meeting_get_number (meeting) > number)
        edit.due_meeting_id = rt_meeting_get_id (meeting);
    }

  /* TRANSLATORS: who answers a new follow-up, until the secretariat says otherwise */
  edit.assignee = _("Secretariat");
  if (rt_committee_add_followup (self->committee, rt_card_get_id (self->card), &edit, &error) == 0)
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Make the Follow-up"), error);
  update_followup (self);
}

static void
update_fields (RtCardEditor *self)
{
  g_autofree char *title = NULL;
  gboolean has_source;

  if (self->card == NULL)
    return;

  self->updating = TRUE;

  /* The summary being typed is not replaced under the cursor. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), rt_card_get_text (self->card), -1);
  gtk_label_set_label (self->verbatim_label, rt_card_get_verbatim (self->card));
  gtk_widget_set_visible (GTK_WIDGET (self->verbatim_label), rt_card_get_verbatim (self->card)[0] != '\0');

  has_source = rt_card_get_source_id (self->card) > 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.show-source", has_source);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_button),
                               has_source ? _("Open the minutes at this card’s place") :
                                            _("This card was not imported from minutes"));

  gtk_drop_down_set_selected (self->speaker_dropdown, index_of_id (self->speaker_ids, rt_card_get_speaker_id (self->card)));
  gtk_drop_down_set_selected (self->meeting_dropdown, index_of_id (self->meeting_ids, rt_card_get_meeting_id (self->card)));
  gtk_drop_down_set_selected (self->status_dropdown, rt_card_get_status (self->card));
  gtk_drop_down_set_selected (self->visibility_dropdown, rt_card_get_visibility (self->card));
  gtk_drop_down_set_selected (self->kind_dropdown, rt_card_get_kind (self->card));
  update_followup (self);

  /* TRANSLATORS: the title of the card editor; %s is the speaker */
  title = rt_card_get_speaker (self->card)[0] ? g_strdup_printf (_("Card — %s"), rt_card_get_speaker (self->card))
                                              : g_strdup (_("Card"));
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->updating = FALSE;
}

static void
fill_choices (RtCardEditor *self)
{
  g_autoptr(GtkStringList) speakers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) meetings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) visibilities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GListModel *people = rt_committee_get_people (self->committee);
  GListModel *meeting_list = rt_committee_get_meetings (self->committee);
  gint64 none = 0;

  g_array_set_size (self->speaker_ids, 0);
  g_array_set_size (self->meeting_ids, 0);

  gtk_string_list_append (speakers, _("No speaker"));
  g_array_append_val (self->speaker_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      gint64 id = rt_person_get_id (person);

      gtk_string_list_append (speakers, rt_person_get_display_name (person));
      g_array_append_val (self->speaker_ids, id);
    }

  gtk_string_list_append (meetings, _("No meeting"));
  g_array_append_val (self->meeting_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (meeting_list); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meeting_list, i);
      /* TRANSLATORS: a meeting by its number, as on a card: 第1回 */
      g_autofree char *name = g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
      gint64 id = rt_meeting_get_id (meeting);

      gtk_string_list_append (meetings, name);
      g_array_append_val (self->meeting_ids, id);
    }

  for (int s = RT_CARD_STATUS_NEW; s <= RT_CARD_STATUS_HOLD; s++)
    gtk_string_list_append (statuses, rt_card_status_to_label (s));
  for (int v = RT_VISIBILITY_PUBLIC; v <= RT_VISIBILITY_ANONYMOUS; v++)
    gtk_string_list_append (visibilities, rt_visibility_to_label (v));
  for (int k = RT_STATEMENT_KIND_OPINION; k <= RT_STATEMENT_KIND_PROCEDURE; k++)
    gtk_string_list_append (kinds, rt_statement_kind_to_label (k));

  self->updating = TRUE;
  gtk_drop_down_set_model (self->speaker_dropdown, G_LIST_MODEL (speakers));
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (meetings));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->visibility_dropdown, G_LIST_MODEL (visibilities));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  self->updating = FALSE;
}

static void
dropdown_changed (RtCardEditor *self,
                  GParamSpec   *pspec,
                  GtkDropDown  *dropdown)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 id;
  gboolean ok = TRUE;

  if (self->updating || self->card == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  id = rt_card_get_id (self->card);

  if (dropdown == self->speaker_dropdown && selected < self->speaker_ids->len &&
      g_array_index (self->speaker_ids, gint64, selected) != rt_card_get_speaker_id (self->card))
    ok = rt_committee_set_cards_speaker (self->committee, &id, 1, g_array_index (self->speaker_ids, gint64, selected), &error);
  else if (dropdown == self->meeting_dropdown && selected < self->meeting_ids->len &&
           g_array_index (self->meeting_ids, gint64, selected) != rt_card_get_meeting_id (self->card))
    ok = rt_committee_set_cards_meeting (self->committee, &id, 1, g_array_index (self->meeting_ids, gint64, selected), &error);
  else if (dropdown == self->status_dropdown && (RtCardStatus)selected != rt_card_get_status (self->card))
    ok = rt_committee_set_cards_status (self->committee, &id, 1, selected, &error);
  else if (dropdown == self->visibility_dropdown && (RtVisibility)selected != rt_card_get_visibility (self->card))
    ok = rt_committee_set_cards_visibility (self->committee, &id, 1, selected, &error);
  else if (dropdown == self->kind_dropdown && (RtStatementKind)selected != rt_card_get_kind (self->card))
    ok = rt_committee_set_cards_kind (self->committee, &id, 1, selected, &error);

  if (!ok)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Card"), error);
      update_fields (self);
    }
}

/* Saving the summary */

static void
text_focus_left (RtCardEditor *self)
{
  rt_card_editor_save (self);
}

static void
preedit_changed (RtCardEditor *self,
                 const char   *preedit)
{
  self->composing = preedit != NULL && preedit[0] != '\0';
}

static gboolean
text_key_pressed (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  RtCardEditor          *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  /* Shift+Enter is a new line; Enter during composition is the input method's. */
  if (self->composing || (state & GDK_SHIFT_MASK) != 0)
    return FALSE;

  rt_card_editor_save (self);

  return TRUE;
}

/**
 * rt_card_editor_split:
 *
 * Saves the summary, then splits the card at the cursor into two cards, as
 * one undo step.
 *
 * Returns: the id of the new card (the text after the cursor), or 0
 */
gint64
rt_card_editor_split (RtCardEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, cursor;
  gint64 id;

  g_return_val_if_fail (RT_IS_CARD_EDITOR (self), 0);

  if (self->card == NULL || !rt_card_editor_save (self))
    return 0;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  before = gtk_text_buffer_get_text (buffer, &start, &cursor, FALSE);

  if ((id = rt_committee_split_card (self->committee, rt_card_get_id (self->card), strlen (before), &error)) == 0)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Card"), error);
      return 0;
    }

  gtk_text_buffer_set_text (buffer, rt_card_get_text (self->card), -1);

  return id;
}

static void
split_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rt_card_editor_split (RT_CARD_EDITOR (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rt_card_editor_save (RT_CARD_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtCardEditor *self = RT_CARD_EDITOR (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->card == NULL)
    return;

  id = rt_card_get_id (self->card);
  if (!rt_committee_delete_cards (self->committee, &id, 1, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Card"), error);
      return;
    }

  if (parent != NULL)
    rt_feedback_toast_undo (GTK_WIDGET (parent), _("Deleted 1 card"));

  rt_card_editor_set_card (self, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

/* The source */

/**
 * rt_card_editor_show_source:
 *
 * Opens the minutes the card was cut from, its excerpt selected and
 * highlighted.
 *
 * Returns: (transfer none) (nullable): the window showing them
 */
GtkWindow *
rt_card_editor_show_source (RtCardEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window, *view, *scroller, *box, *header;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gsize length, offset, span;

  g_return_val_if_fail (RT_IS_CARD_EDITOR (self), NULL);

  if (self->card == NULL || rt_card_get_source_id (self->card) <= 0)
    return NULL;

  if (!(text = rt_committee_get_source_text (self->committee, rt_card_get_source_id (self->card), &title, &error)))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Card"), error);
      return NULL;
    }

  /* Offsets are bytes of the verbatim text; keep them on characters. */
  length = strlen (text);
  offset = MIN ((gsize)MAX (rt_card_get_source_offset (self->card), 0), length);
  span = MIN ((gsize)MAX (rt_card_get_source_length (self->card), 0), length - offset);
  while (offset > 0 && (text[offset] & 0xc0) == 0x80)
    offset--;
  while (offset + span < length && (text[offset + span] & 0xc0) == 0x80)
    span++;

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 720);
  gtk_window_set_title (GTK_WINDOW (window), title[0] ? title : _("Source"));

  view = gtk_text_view_new ();
  gtk_widget_set_name (view, "source-view");
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_create_tag (buffer, "excerpt", "background", "#f6d32d", "foreground", "#000000", NULL);

  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_utf8_pointer_to_offset (text, text + offset));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, g_utf8_pointer_to_offset (text, text + offset + span));
  gtk_text_buffer_apply_tag_by_name (buffer, "excerpt", &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  header = adw_header_bar_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (window), box);

  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (view), gtk_text_buffer_get_insert (buffer), 0.1, TRUE, 0, 0.3);
  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

static void
show_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rt_card_editor_show_source (RT_CARD_EDITOR (widget));
}

/* The card */

static void
card_changed (RtCardEditor *self)
{
  update_fields (self);
}

void
rt_card_editor_set_card (RtCardEditor *self,
                         RtCard       *card)
{
  g_return_if_fail (RT_IS_CARD_EDITOR (self));
  g_return_if_fail (card == NULL || RT_IS_CARD (card));

  if (self->card == card)
    return;

  if (self->card != NULL)
    {
      rt_card_editor_save (self);
      rt_response_editor_save (self->response_editor);
      g_signal_handlers_disconnect_by_func (self->card, card_changed, self);
    }

  g_set_object (&self->card, card);

  if (card != NULL)
    {
      gint64 id = rt_card_get_id (card);

      rt_response_editor_set_cards (self->response_editor, &id, 1);
      g_signal_connect_swapped (card, "notify", G_CALLBACK (card_changed), self);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), rt_card_get_text (card), -1);
      rt_point_chooser_set_card_id (RT_POINT_CHOOSER (self->point_chooser), rt_card_get_id (card));
      update_fields (self);
    }
}

RtCard *
rt_card_editor_get_card (RtCardEditor *self)
{
  g_return_val_if_fail (RT_IS_CARD_EDITOR (self), NULL);

  return self->card;
}

/**
 * rt_card_editor_get_text_view:
 *
 * Returns: (transfer none): the text view of the summary
 */
GtkTextView *
rt_card_editor_get_text_view (RtCardEditor *self)
{
  g_return_val_if_fail (RT_IS_CARD_EDITOR (self), NULL);

  return self->text_view;
}

static gboolean
rt_card_editor_close_request (GtkWindow *window)
{
  rt_card_editor_save (RT_CARD_EDITOR (window));
  rt_response_editor_save (RT_CARD_EDITOR (window)->response_editor);

  return GTK_WINDOW_CLASS (rt_card_editor_parent_class)->close_request (window);
}

static void
rt_card_editor_dispose (GObject *object)
{
  RtCardEditor *self = (RtCardEditor *)object;

  if (self->card != NULL)
    g_signal_handlers_disconnect_by_func (self->card, card_changed, self);
  g_clear_object (&self->card);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_CARD_EDITOR);

  G_OBJECT_CLASS (rt_card_editor_parent_class)->dispose (object);
}

static void
rt_card_editor_finalize (GObject *object)
{
  RtCardEditor *self = (RtCardEditor *)object;

  g_clear_object (&self->committee);
  g_clear_pointer (&self->speaker_ids, g_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);

  G_OBJECT_CLASS (rt_card_editor_parent_class)->finalize (object);
}

static void
rt_card_editor_class_init (RtCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_card_editor_dispose;
  object_class->finalize = rt_card_editor_finalize;
  window_class->close_request = rt_card_editor_close_request;

  g_type_ensure (RT_TYPE_RESPONSE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, response_editor);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, verbatim_label);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, source_button);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, visibility_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, followup_button);
  gtk_widget_class_bind_template_child (widget_class, RtCardEditor, points_box);

  gtk_widget_class_install_action (widget_class, "editor.split", NULL, split_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.show-source", NULL, show_source_action);
  gtk_widget_class_install_action (widget_class, "editor.followup", NULL, followup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.split", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "editor.split", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_card_editor_init (RtCardEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->speaker_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (text_focus_left), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);

  /* Before the text view inserts a newline, but after it has told the input
   * method: see preedit_changed. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (text_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), keys);
  g_signal_connect_swapped (self->text_view, "preedit-changed", G_CALLBACK (preedit_changed), self);

  g_signal_connect_swapped (self->speaker_dropdown, "notify::selected", G_CALLBACK (dropdown_changed), self);
  g_signal_connect_swapped (self->meeting_dropdown, "notify::selected", G_CALLBACK (dropdown_changed), self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (dropdown_changed), self);
  g_signal_connect_swapped (self->visibility_dropdown, "notify::selected", G_CALLBACK (dropdown_changed), self);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (dropdown_changed), self);
}

RtCardEditor *
rt_card_editor_new (GtkWindow   *parent,
                    RtCommittee *committee,
                    RtCard      *card)
{
  RtCardEditor *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (card == NULL || RT_IS_CARD (card), NULL);

  self = g_object_new (RT_TYPE_CARD_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->committee = g_object_ref (committee);
  fill_choices (self);

  self->point_chooser = rt_point_chooser_new (committee, 0, 0);
  gtk_box_append (self->points_box, self->point_chooser);
  rt_response_editor_set_committee (self->response_editor, committee);

  rt_card_editor_set_card (self, card);

  if (rt_committee_get_read_only (committee))
    {
      gtk_text_view_set_editable (self->text_view, FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.split", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", FALSE);
    }

  return self;
}
