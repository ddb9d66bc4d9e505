/* rt-response-editor.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-response-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-response-editor.h"
#include "rt-feedback.h"

/* The answer (対応) to one or more opinion cards: its text, kind, where it
 * is reflected (a text and a point) and the meeting at which it was given.
 * The card editor shows it for one card, the Responses view for the
 * selected ones, which then share one answer; it may also answer the whole
 * theme of the cards.
 *
 * Keys, for answering forty opinions in one sitting: Enter moves on from
 * the text (Shift+Enter starts a new line), Ctrl+1 … Ctrl+9 pick a kind,
 * Ctrl+Enter saves and emits RtResponseEditor::saved, on which the
 * Responses view goes to the next opinion. Enter goes to the input method
 * first: while it composes, Enter confirms the composition. */
struct _RtResponseEditor
{
  GtkWidget         parent_instance;

  RtCommittee      *committee;
  GArray           *card_ids;
  gint64            theme_id;      /* the one theme of the cards, or 0 */
  gint64            response_id;   /* the answer shown, or 0 */
  gboolean          theme_answer;  /* it is the theme's */
  GArray           *kind_ids;      /* of the dropdowns' items; 0 for none */
  GArray           *point_ids;
  GArray           *meeting_ids;
  RtResponseEdit    loaded;        /* what the fields showed when loaded */
  char             *loaded_text;
  char             *loaded_reflected;
  gboolean          composing;
  gboolean          updating;

  GtkWidget        *box;
  GtkLabel         *heading_label;
  GtkLabel         *hint_label;
  GtkCheckButton   *theme_check;
  GtkTextView      *text_view;
  GtkDropDown      *kind_dropdown;
  GtkEntry         *reflected_entry;
  GtkDropDown      *point_dropdown;
  GtkDropDown      *meeting_dropdown;
  GtkButton        *save_button;
  GtkButton        *remove_button;
};

G_DEFINE_FINAL_TYPE (RtResponseEditor, rt_response_editor, GTK_TYPE_WIDGET)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (RtResponseEditor *self);

static void
report_error (RtResponseEditor *self,
              const GError     *error)
{
  rt_feedback_error (GTK_WIDGET (self), _("Could Not Save the Answer"), error);
}

static guint
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return 0;
}

static void
set_choices (GtkDropDown *dropdown,
             GArray      *ids,
             GPtrArray   *labels)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (list, labels->pdata[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

/* The choices follow the committee's kinds, points and meetings. */
static void
fill_choices (RtResponseEditor *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gint64 kind = 0, point = 0, meeting = 0, none = 0;
  GListModel *model;

  if (self->committee == NULL)
    return;

  self->updating = TRUE;
  if (self->kind_ids->len > 0)
    {
      kind = g_array_index (self->kind_ids, gint64, gtk_drop_down_get_selected (self->kind_dropdown));
      point = g_array_index (self->point_ids, gint64, gtk_drop_down_get_selected (self->point_dropdown));
      meeting = g_array_index (self->meeting_ids, gint64, gtk_drop_down_get_selected (self->meeting_dropdown));
    }

  g_array_set_size (self->kind_ids, 0);
  g_array_append_val (self->kind_ids, none);
  /* Translators: no kind of response chosen. */
  g_ptr_array_add (labels, g_strdup (_("No kind")));
  model = rt_committee_get_response_kinds (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtResponseKind) item = g_list_model_get_item (model, i);
      gint64 id = rt_response_kind_get_id (item);

      g_array_append_val (self->kind_ids, id);
      g_ptr_array_add (labels, g_strdup (rt_response_kind_get_name (item)));
    }
  set_choices (self->kind_dropdown, self->kind_ids, labels);
  gtk_drop_down_set_selected (self->kind_dropdown, index_of (self->kind_ids, kind));

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->point_ids, 0);
  g_array_append_val (self->point_ids, none);
  g_ptr_array_add (labels, g_strdup (_("No point")));
  model = rt_committee_get_frameworks (self->committee);
  for (guint f = 0, n = g_list_model_get_n_items (model); f < n; f++)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (model, f);
      g_autoptr(GListModel) points = rt_committee_list_points (self->committee, rt_framework_get_id (framework));

      for (guint i = 0, m = g_list_model_get_n_items (points); i < m; i++)
        {
          g_autoptr(RtPoint) item = g_list_model_get_item (points, i);
          gint64 id = rt_point_get_id (item);

          g_array_append_val (self->point_ids, id);
          /* Translators: a point in a drop-down: its number and title. */
          g_ptr_array_add (labels, g_strdup_printf (_("Point %d %s"), rt_point_get_number (item),
                                                    rt_point_get_title (item)));
        }
    }
  set_choices (self->point_dropdown, self->point_ids, labels);
  gtk_drop_down_set_selected (self->point_dropdown, index_of (self->point_ids, point));

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->meeting_ids, 0);
  g_array_append_val (self->meeting_ids, none);
  /* Translators: the answer was given at no particular meeting. */
  g_ptr_array_add (labels, g_strdup (_("No meeting")));
  model = rt_committee_get_meetings (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtMeeting) item = g_list_model_get_item (model, i);
      gint64 id = rt_meeting_get_id (item);

      g_array_append_val (self->meeting_ids, id);
      /* Translators: the meeting at which an answer was given: 第%d回で回答. */
      g_ptr_array_add (labels, g_strdup_printf (_("Answered at meeting %d"), rt_meeting_get_number (item)));
    }
  set_choices (self->meeting_dropdown, self->meeting_ids, labels);
  gtk_drop_down_set_selected (self->meeting_dropdown, index_of (self->meeting_ids, meeting));
  self->updating = FALSE;
}

static char *
buffer_text (RtResponseEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the fields say now; the strings belong to the caller. */
static void
read_fields (RtResponseEditor *self,
             RtResponseEdit   *edit,
             char            **text)
{
  *text = buffer_text (self);
  *edit = (RtResponseEdit) {
    .kind_id = g_array_index (self->kind_ids, gint64, gtk_drop_down_get_selected (self->kind_dropdown)),
    .text = *text,
    .reflected = gtk_editable_get_text (GTK_EDITABLE (self->reflected_entry)),
    .point_id = g_array_index (self->point_ids, gint64, gtk_drop_down_get_selected (self->point_dropdown)),
    .meeting_id = g_array_index (self->meeting_ids, gint64, gtk_drop_down_get_selected (self->meeting_dropdown)),
  };
}

static gboolean
is_empty (const RtResponseEdit *edit)
{
  g_autofree char *stripped = g_strstrip (g_strdup (edit->text ? edit->text : ""));

  return edit->kind_id == 0 && edit->point_id == 0 && stripped[0] == '\0' &&
         (edit->reflected == NULL || edit->reflected[0] == '\0');
}

/**
 * rt_response_editor_get_dirty:
 *
 * Returns: whether the fields differ from the answer shown
 */
gboolean
rt_response_editor_get_dirty (RtResponseEditor *self)
{
  g_autofree char *text = NULL;
  RtResponseEdit edit;

  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), FALSE);

  if (self->kind_ids->len == 0)
    return FALSE;

  read_fields (self, &edit, &text);

  return edit.kind_id != self->loaded.kind_id || edit.point_id != self->loaded.point_id ||
         edit.meeting_id != self->loaded.meeting_id || g_strcmp0 (text, self->loaded_text) != 0 ||
         g_strcmp0 (edit.reflected, self->loaded_reflected) != 0;
}

static void
show_response (RtResponseEditor *self,
               RtResponse       *response)
{
  const char *text = response ? rt_response_get_text (response) : "";

  self->loaded = (RtResponseEdit) {
    .kind_id = response ? rt_response_get_kind_id (response) : 0,
    .point_id = response ? rt_response_get_point_id (response) : 0,
    .meeting_id = response ? rt_response_get_meeting_id (response) : 0,
  };
  g_free (self->loaded_text);
  self->loaded_text = g_strdup (text);
  g_free (self->loaded_reflected);
  self->loaded_reflected = g_strdup (response ? rt_response_get_reflected (response) : "");

  self->updating = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), text, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->reflected_entry), self->loaded_reflected);
  gtk_drop_down_set_selected (self->kind_dropdown, index_of (self->kind_ids, self->loaded.kind_id));
  gtk_drop_down_set_selected (self->point_dropdown, index_of (self->point_ids, self->loaded.point_id));
  gtk_drop_down_set_selected (self->meeting_dropdown, index_of (self->meeting_ids, self->loaded.meeting_id));
  self->updating = FALSE;
}

static void
update_sensitivity (RtResponseEditor *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);
  gboolean has_cards = self->card_ids->len > 0;

  gtk_widget_set_sensitive (self->box, writable && has_cards);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), self->response_id != 0);
}

/* Shows the answer the cards have: the one they share as their own, or
 * their theme's when they have none; a hint says which, and when they do
 * not agree. */
static void
load (RtResponseEditor *self)
{
  const gint64 *ids = (const gint64 *)(gpointer)self->card_ids->data;
  guint n = self->card_ids->len;
  RtResponse *shared = NULL, *theme_response = NULL;
  gboolean same = TRUE, any_own = FALSE;
  g_autofree char *heading = NULL;
  const char *hint = NULL;

  self->theme_id = 0;
  self->response_id = 0;
  self->theme_answer = FALSE;

  for (guint i = 0; self->committee != NULL && i < n; i++)
    {
      RtResponse *own = rt_committee_get_card_own_response (self->committee, ids[i]);
      RtCard *card = rt_committee_lookup (self->committee, RT_KIND_CARD, ids[i]);
      gint64 theme_id = card ? rt_card_get_theme_id (card) : 0;

      any_own |= own != NULL;
      if (i == 0)
        {
          shared = own;
          self->theme_id = theme_id;
        }
      else
        {
          same &= own == shared;
          if (theme_id != self->theme_id)
            self->theme_id = 0;
        }
    }
  if (!same)
    shared = NULL;
  if (self->theme_id != 0)
    theme_response = rt_committee_get_theme_response (self->committee, self->theme_id);

  if (gtk_check_button_get_active (self->theme_check) && self->theme_id != 0)
    {
      self->theme_answer = TRUE;
      self->response_id = theme_response ? rt_response_get_id (theme_response) : 0;
      show_response (self, theme_response);
      hint = _("The answer counts for every card of the theme that has no answer of its own.");
    }
  else
    {
      self->response_id = shared ? rt_response_get_id (shared) : 0;
      show_response (self, shared);
      if (!same)
        hint = _("The selected opinions have different answers: saving gives them one answer, the same for all.");
      else if (shared != NULL && rt_response_get_n_cards (shared) > n)
        hint = _("This answer is shared with other opinions: saving gives the selected ones an answer of their own. Select them all to change it for all.");
      else if (!any_own && theme_response != NULL)
        hint = _("The theme’s answer counts for these opinions. An answer saved here is their own.");
    }

  if (n == 0)
    heading = g_strdup (_("No opinion selected"));
  else if (self->theme_answer)
    heading = g_strdup (_("Answer to the theme"));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answer to the opinion", "One answer to %u opinions", n), n);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->hint_label, hint ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->theme_check), self->theme_id != 0);
  update_sensitivity (self);
}

static void
theme_toggled (RtResponseEditor *self)
{
  load (self);
}

/* After a change of the committee: an answer being typed is kept. */
static void
committee_changed (RtResponseEditor *self)
{
  if (rt_response_editor_get_dirty (self))
    return;

  load (self);
}

static void
choices_changed (RtResponseEditor *self)
{
  fill_choices (self);
  committee_changed (self);
}

/**
 * rt_response_editor_save:
 *
 * Stores the answer in the fields for the cards (or their theme) as one
 * undo step: a new or edited answer, or none when the fields are empty.
 *
 * Returns: %FALSE if it could not be stored (the user was told)
 */
gboolean
rt_response_editor_save (RtResponseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RtResponseEdit edit;
  gboolean ok = TRUE;

  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), FALSE);

  if (self->committee == NULL || self->card_ids->len == 0 || rt_committee_get_read_only (self->committee))
    return TRUE;

  if (!rt_response_editor_get_dirty (self))
    return TRUE;

  read_fields (self, &edit, &text);
  if (is_empty (&edit))
    return rt_response_editor_remove (self);

  if (self->theme_answer)
    ok = rt_committee_answer_theme (self->committee, self->theme_id, &edit, &error) != 0;
  else if (self->response_id != 0 &&
           rt_response_get_n_cards (rt_committee_lookup (self->committee, RT_KIND_RESPONSE, self->response_id)) ==
           self->card_ids->len)
    ok = rt_committee_edit_response (self->committee, self->response_id, &edit, &error);
  else
    ok = rt_committee_answer_cards (self->committee, (const gint64 *)(gpointer)self->card_ids->data,
                                    self->card_ids->len, &edit, &error) != 0;

  if (!ok)
    {
      report_error (self, error);
      return FALSE;
    }

  load (self);
  return TRUE;
}

/**
 * rt_response_editor_remove:
 *
 * Takes the answer shown off the cards (or their theme).
 *
 * Returns: %FALSE if it could not be done (the user was told)
 */
gboolean
rt_response_editor_remove (RtResponseEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), FALSE);

  if (self->committee == NULL || self->card_ids->len == 0 || rt_committee_get_read_only (self->committee))
    return TRUE;

  if (self->theme_answer)
    ok = self->theme_id == 0 || rt_committee_clear_theme_response (self->committee, self->theme_id, &error);
  else
    ok = rt_committee_clear_card_responses (self->committee, (const gint64 *)(gpointer)self->card_ids->data,
                                            self->card_ids->len, &error);
  if (!ok)
    {
      report_error (self, error);
      return FALSE;
    }

  load (self);
  return TRUE;
}

static void
save_and_move_on (RtResponseEditor *self)
{
  if (rt_response_editor_save (self))
    g_signal_emit (self, signals[SAVED], 0);
}

static void
save_clicked (RtResponseEditor *self)
{
  save_and_move_on (self);
}

static void
remove_clicked (RtResponseEditor *self)
{
  rt_response_editor_remove (self);
}

/* Enter in the reflected entry moves on, as Tab does. */
static void
entry_activated (RtResponseEditor *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_and_move_on (RT_RESPONSE_EDITOR (widget));
}

/* Ctrl+N: the N-th kind of the committee's list. */
static void
kind_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtResponseEditor *self = RT_RESPONSE_EDITOR (widget);
  int n = g_variant_get_int32 (parameter);

  if (n > 0 && (guint)n < self->kind_ids->len)
    gtk_drop_down_set_selected (self->kind_dropdown, n);
}

static void
preedit_changed (RtResponseEditor *self,
                 const char       *preedit)
{
  self->composing = preedit != NULL && preedit[0] != '\0';
}

static gboolean
text_key_pressed (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  RtResponseEditor      *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  /* The input method confirms its composition first. */
  if (self->composing)
    return FALSE;

  if (state & GDK_SHIFT_MASK)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    save_and_move_on (self);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);

  return TRUE;
}

/**
 * rt_response_editor_set_cards:
 * @card_ids: (array length=n_cards): the cards to answer
 *
 * Shows the answer of @card_ids. An answer being typed for other cards is
 * dropped: save it first.
 */
void
rt_response_editor_set_cards (RtResponseEditor *self,
                              const gint64     *card_ids,
                              guint             n_cards)
{
  g_return_if_fail (RT_IS_RESPONSE_EDITOR (self));
  g_return_if_fail (card_ids != NULL || n_cards == 0);

  g_array_set_size (self->card_ids, 0);
  if (n_cards > 0)
    g_array_append_vals (self->card_ids, card_ids, n_cards);

  self->updating = TRUE;
  gtk_check_button_set_active (self->theme_check, FALSE);
  self->updating = FALSE;
  load (self);
}

/**
 * rt_response_editor_get_n_cards:
 *
 * Returns: the number of cards the editor answers
 */
guint
rt_response_editor_get_n_cards (RtResponseEditor *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), 0);

  return self->card_ids->len;
}

void
rt_response_editor_set_committee (RtResponseEditor *self,
                                  RtCommittee      *committee)
{
  g_return_if_fail (RT_IS_RESPONSE_EDITOR (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_set_object (&self->committee, committee);
  g_array_set_size (self->card_ids, 0);

  if (committee != NULL)
    {
      rt_committee_watch (committee, RT_KIND_RESPONSE, G_CALLBACK (committee_changed), self);
      rt_committee_watch (committee, RT_KIND_RESPONSE_KIND, G_CALLBACK (choices_changed), self);
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (choices_changed), self);
      rt_committee_watch (committee, RT_KIND_POINT, G_CALLBACK (choices_changed), self);
      fill_choices (self);
    }

  load (self);
}

/**
 * rt_response_editor_set_theme_visible:
 *
 * Whether the editor offers to answer the cards' whole theme (the
 * Responses view does; the card editor does not).
 */
void
rt_response_editor_set_theme_visible (RtResponseEditor *self,
                                      gboolean          visible)
{
  g_return_if_fail (RT_IS_RESPONSE_EDITOR (self));

  gtk_widget_set_visible (GTK_WIDGET (self->theme_check), visible);
}

/**
 * rt_response_editor_focus_text:
 *
 * Puts the cursor at the end of the answer's text.
 */
void
rt_response_editor_focus_text (RtResponseEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (RT_IS_RESPONSE_EDITOR (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

GtkTextView *
rt_response_editor_get_text_view (RtResponseEditor *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), NULL);

  return self->text_view;
}

GtkDropDown *
rt_response_editor_get_kind_dropdown (RtResponseEditor *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_EDITOR (self), NULL);

  return self->kind_dropdown;
}

static void
rt_response_editor_dispose (GObject *object)
{
  RtResponseEditor *self = (RtResponseEditor *)object;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_object (&self->committee);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_RESPONSE_EDITOR);

  G_OBJECT_CLASS (rt_response_editor_parent_class)->dispose (object);
}

static void
rt_response_editor_finalize (GObject *object)
{
  RtResponseEditor *self = (RtResponseEditor *)object;

  g_clear_pointer (&self->card_ids, g_array_unref);
  g_clear_pointer (&self->kind_ids, g_array_unref);
  g_clear_pointer (&self->point_ids, g_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->loaded_text, g_free);
  g_clear_pointer (&self->loaded_reflected, g_free);

  G_OBJECT_CLASS (rt_response_editor_parent_class)->finalize (object);
}

static void
rt_response_editor_class_init (RtResponseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_response_editor_dispose;
  object_class->finalize = rt_response_editor_finalize;

  /**
   * RtResponseEditor::saved:
   *
   * The answer was saved with Ctrl+Enter or the Save button: the Responses
   * view goes on to the next opinion.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-response-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, box);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, theme_check);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, reflected_entry);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, point_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RtResponseEditor, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, theme_toggled);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated);

  gtk_widget_class_install_action (widget_class, "response.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "response.kind", "i", kind_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "response.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "response.save", NULL);
  for (int i = 1; i <= 9; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_CONTROL_MASK, "response.kind", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, GDK_CONTROL_MASK, "response.kind", "i", i);
    }
}

static void
rt_response_editor_init (RtResponseEditor *self)
{
  GtkEventController *controller;

  self->card_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->kind_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->point_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (text_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);
  g_signal_connect_swapped (self->text_view, "preedit-changed", G_CALLBACK (preedit_changed), self);

  load (self);
}

GtkWidget *
rt_response_editor_new (void)
{
  return g_object_new (RT_TYPE_RESPONSE_EDITOR, NULL);
}
