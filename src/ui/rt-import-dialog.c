/* rt-import-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-file-chooser.h"
#include "rt-import-dialog.h"
#include "rt-import-heading-row.h"
#include "rt-import-row.h"
#include "rt-import-speaker-row.h"
#include "rt-minutes-file.h"
#include "rt-meetings-dialog.h"
#include "rt-minutes.h"
#include "rt-settings.h"

/* The review of a minutes import. The minutes are pasted, dropped or read
 * from a file of any kind (text, PDF, .docx, a saved page: rt-minutes-file,
 * in a thread), parsed in a thread (rt_import_new_async()), then shown as
 * statements to check and correct — with their kind, the convention they
 * were cut with (another one cuts them again at once), the header block —
 * speakers to map to people, headings to accept as themes and the text
 * that went nowhere. Import stores it all in one transaction and closes;
 * Cancel, or closing, stores nothing.
 */
struct _RtImportDialog
{
  AdwWindow        parent_instance;

  RtCommittee     *committee;
  RtImport        *import;
  GCancellable    *cancellable;
  GArray          *meeting_ids;      /* of the drop-down's choices; 0: a new meeting */
  char            *pending_title;
  int              new_meeting_number;
  gboolean         busy;
  guint            updating;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *import_button;
  GtkSpinner      *spinner;
  GtkSpinner      *reading_spinner;
  GtkStack        *stack;
  GtkTextView     *paste_view;
  GtkDropDown     *meeting_dropdown;
  GtkLabel        *summary_label;
  GtkListView     *entries_view;
  GtkListBox      *speakers_list;
  GtkListBox      *headings_list;
  GtkExpander     *unused_expander;
  GtkLabel        *unused_label;
  GtkExpander     *header_expander;
  GtkLabel        *header_label;
  GtkDropDown     *convention_dropdown;
  GtkStringList   *convention_list;
  GtkLabel        *convention_hint;
};

G_DEFINE_FINAL_TYPE (RtImportDialog, rt_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_IMPORT,
  PROP_BUSY,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];


static void
update_actions (RtImportDialog *self)
{
  gboolean can_commit = self->import != NULL && !self->busy && !rt_import_get_committed (self->import);
  RtImportSummary summary = { 0 };

  /* Nothing ticked (every statement a duplicate, say): nothing to store,
   * and no meeting to make for it. */
  if (can_commit)
    rt_import_get_summary (self->import, &summary);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", can_commit && summary.n_included > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.read", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.open-file", !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->convention_dropdown), can_commit);
}

static void
set_busy (RtImportDialog *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_spinner_set_spinning (self->reading_spinner, busy);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* Meetings */

/* The choices of the meeting drop-down: the meetings, then a new one; the
 * ids of meeting_ids say which (0 for the new one). Rebuilt when meetings
 * come, go or change, keeping the choice. */
static void
rebuild_meetings (RtImportDialog *self,
                  gint64          chosen,
                  gboolean        keep_new)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autofree char *label = NULL;
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  guint selected = GTK_INVALID_LIST_POSITION;
  gint64 none = 0;

  g_array_set_size (self->meeting_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *name = rt_meeting_dup_label (meeting, TRUE, rt_settings_get_date_style ());
      gint64 id = rt_meeting_get_id (meeting);

      gtk_string_list_append (strings, name);
      g_array_append_val (self->meeting_ids, id);
      if (id == chosen && !keep_new)
        selected = i;
    }

  self->new_meeting_number = rt_committee_next_meeting_number (self->committee);
  /* Translators: the choice of a meeting that does not exist yet, 新しい会議 (第%d回) in Japanese. */
  label = g_strdup_printf (_("New Meeting (%d)"), self->new_meeting_number);
  gtk_string_list_append (strings, label);
  g_array_append_val (self->meeting_ids, none);
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = self->meeting_ids->len - 1;

  self->updating++;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->meeting_dropdown, selected);
  self->updating--;
}

static gint64
selected_meeting (RtImportDialog *self,
                  int            *new_number)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  gint64 id = selected < self->meeting_ids->len ? g_array_index (self->meeting_ids, gint64, selected) : 0;

  *new_number = id > 0 ? 0 : self->new_meeting_number;
  return id;
}

static void
apply_meeting (RtImportDialog *self)
{
  gint64 meeting_id;
  int number;

  if (self->import == NULL)
    return;

  meeting_id = selected_meeting (self, &number);
  rt_import_set_meeting_id (self->import, meeting_id);
  rt_import_set_new_meeting_number (self->import, number);
}

static void
meetings_changed (RtImportDialog *self)
{
  int number;
  gint64 chosen = selected_meeting (self, &number);

  rebuild_meetings (self, chosen, chosen == 0);
  apply_meeting (self);
}

/* Minutes are of the latest meeting still waiting for its minutes, or of
 * a new one: never, by default, of an older meeting. */
static void
setup_meetings (RtImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 guess = rt_committee_find_minutes_meeting (self->committee, NULL, &error);

  if (error != NULL)
    g_debug ("No guess of the meeting: %s", error->message);

  rebuild_meetings (self, guess, guess == 0);
  rt_committee_watch (self->committee, RT_KIND_MEETING, G_CALLBACK (meetings_changed), self);
}

/* The meetings window, opened from here, chooses the meeting it shows. */
static void
meetings_window_chose (RtImportDialog   *self,
                       GParamSpec       *pspec,
                       RtMeetingsDialog *dialog)
{
  gint64 id = rt_meetings_dialog_get_meeting_id (dialog);

  if (id > 0)
    {
      rebuild_meetings (self, id, FALSE);
      apply_meeting (self);
    }
}

static void
meetings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (widget);
  RtMeetingsDialog *dialog = rt_meetings_dialog_new (GTK_WINDOW (self), self->committee);
  int number;
  gint64 chosen = selected_meeting (self, &number);

  if (chosen > 0)
    rt_meetings_dialog_set_meeting_id (dialog, chosen);
  else
    /* The new meeting the minutes were going to: make it, with today's date. */
    gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.add", NULL);
  g_signal_connect_object (dialog, "notify::meeting-id", G_CALLBACK (meetings_window_chose), self, G_CONNECT_SWAPPED);
  meetings_window_chose (self, NULL, dialog);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Speakers and headings */

static GtkWidget *
create_speaker_row (gpointer item,
                    gpointer user_data)
{
  RtImportDialog *self = user_data;

  return rt_import_speaker_row_new (self->import, item);
}

static GtkWidget *
create_heading_row (gpointer item,
                    gpointer user_data)
{
  RtImportDialog *self = user_data;

  return rt_import_heading_row_new (self->import, item);
}

/* Statements */

static void
setup_entry_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 RtImportDialog           *self)
{
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, rt_import_row_new ());
}

static void
bind_entry_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                RtImportDialog           *self)
{
  if (self->import != NULL)
    rt_import_row_bind (RT_IMPORT_ROW (gtk_list_item_get_child (item)), self->import,
                        gtk_list_item_get_item (item));
}

static void
unbind_entry_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  RtImportDialog           *self)
{
  rt_import_row_unbind (RT_IMPORT_ROW (gtk_list_item_get_child (item)));
}

static void
update_summary (RtImportDialog *self)
{
  RtImportSummary summary;
  g_autofree char *statements = NULL;
  g_autofree char *speakers = NULL;
  g_autofree char *duplicates = NULL;
  g_autofree char *similar = NULL;
  g_autofree char *text = NULL;
  g_autofree char *button = NULL;
  guint n_duplicates;

  if (self->import == NULL)
    return;

  rt_import_get_summary (self->import, &summary);
  n_duplicates = summary.n_duplicates + summary.n_internal_duplicates;

  statements = g_strdup_printf (ngettext ("%u statement", "%u statements", summary.n_statements), summary.n_statements);
  speakers = g_strdup_printf (ngettext ("%u speaker", "%u speakers", summary.n_speakers), summary.n_speakers);
  duplicates = g_strdup_printf (ngettext ("%u duplicate", "%u duplicates", n_duplicates), n_duplicates);
  similar = g_strdup_printf (ngettext ("%u similar", "%u similar", summary.n_similar), summary.n_similar);
  text = g_strdup_printf ("%s · %s · %s · %s", statements, speakers, duplicates, similar);
  gtk_label_set_label (self->summary_label, text);

  button = g_strdup_printf (ngettext ("_Import %u Card", "_Import %u Cards", summary.n_included), summary.n_included);
  gtk_button_set_label (self->import_button, button);
  update_actions (self);
}

static void show_cut (RtImportDialog *self);

static void
show_import (RtImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_entry_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_entry_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_entry_row), self);
  gtk_list_view_set_factory (self->entries_view, factory);
  gtk_list_view_set_model (self->entries_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (rt_import_get_entries (self->import)))));

  gtk_list_box_bind_model (self->speakers_list, rt_import_get_speakers (self->import),
                           create_speaker_row, self, NULL);
  gtk_list_box_bind_model (self->headings_list, rt_import_get_headings (self->import),
                           create_heading_row, self, NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->headings_list))),
                          g_list_model_get_n_items (rt_import_get_headings (self->import)) > 0);

  show_cut (self);

  g_signal_connect_object (rt_import_get_entries (self->import), "items-changed",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import, "notify::n-included",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  update_summary (self);

  adw_window_title_set_subtitle (self->window_title, rt_import_get_title (self->import));
  gtk_stack_set_visible_child_name (self->stack, "review");
}

/* What a cut shows besides the statements: the convention, the header,
 * the unused text. Called again after cutting with another convention. */
static void
show_cut (RtImportDialog *self)
{
  g_autofree char *unused = NULL;
  g_autofree char *expander = NULL;
  g_autofree char *header = NULL;
  g_autofree char *header_title = NULL;
  RtImportSummary summary;

  self->updating++;
  gtk_drop_down_set_selected (self->convention_dropdown, rt_import_get_convention (self->import));
  self->updating--;
  gtk_label_set_label (self->convention_hint,
                       rt_import_get_convention_found (self->import) ? _("found in the minutes") : _("your choice"));

  header = rt_import_dup_header_text (self->import);
  /* Translators: the title, date, place, attendance and agenda at the top of minutes. */
  header_title = g_strdup_printf (ngettext ("Header, Not Imported: %u Character", "Header, Not Imported: %u Characters",
                                            (guint)g_utf8_strlen (header, -1)),
                                  (guint)g_utf8_strlen (header, -1));
  gtk_expander_set_label (self->header_expander, header_title);
  gtk_label_set_label (self->header_label, header);
  gtk_widget_set_visible (GTK_WIDGET (self->header_expander), header[0] != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->header_expander),
                               _("The title, date, place, attendance and agenda at the top of the minutes: no statements"));

  rt_import_get_summary (self->import, &summary);
  unused = rt_import_dup_unused_text (self->import);
  expander = g_strdup_printf (ngettext ("Not Used: %u Character", "Not Used: %u Characters", summary.n_unused_chars),
                              summary.n_unused_chars);
  gtk_expander_set_label (self->unused_expander, expander);
  gtk_expander_set_expanded (self->unused_expander, summary.n_unused_chars > 0);
  gtk_label_set_label (self->unused_label,
                       unused[0] != '\0' ? unused : _("Every character of the minutes is in a statement or a heading."));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->unused_expander),
                               _("Page numbers, dates and other text that went into no statement"));
}

/* Reading */

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(RtImportDialog) self = user_data;
  g_autoptr(RtImport) import = NULL;
  g_autoptr(GError) error = NULL;

  import = rt_import_new_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (import == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "paste");
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_import_set_title (import, self->pending_title);

  g_set_object (&self->import, import);
  apply_meeting (self);
  show_import (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPORT]);
}

/**
 * rt_import_dialog_read_text:
 * @text: minutes, UTF-8
 * @title: the title of the source, such as the file name
 *
 * Reads @text in a thread and shows it for review.
 */
void
rt_import_dialog_read_text (RtImportDialog *self,
                            const char     *text,
                            gssize          length,
                            const char     *title)
{
  gint64 meeting_id;
  int number;

  g_return_if_fail (RT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (text != NULL);

  if (self->busy)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "reading");

  g_free (self->pending_title);
  self->pending_title = g_strdup (title);

  meeting_id = selected_meeting (self, &number);
  rt_import_new_async (self->committee, text, length, meeting_id, self->cancellable,
                       on_read, g_object_ref (self));
}

static void
read_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->paste_view);
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    {
      rt_feedback_toast (GTK_WIDGET (self), _("Paste the minutes first, or open a file"));
      return;
    }

  rt_import_dialog_read_text (self, text, -1, _("Pasted minutes"));
}

typedef struct
{
  RtImportDialog *self;
  GFile          *file;
} ReadContext;

static ReadContext *
read_context_new (RtImportDialog *self,
                  GFile          *file)
{
  ReadContext *context = g_new0 (ReadContext, 1);

  context->self = g_object_ref (self);
  context->file = g_object_ref (file);
  return context;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static void
on_file_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ReadContext *context = user_data;
  g_autoptr(RtImportDialog) self = context->self;
  g_autoptr(GFile) file = context->file;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  g_free (context);
  text = rt_minutes_file_read_finish (result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);

  if (text == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "paste");
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* An empty file goes nowhere: nothing read, nothing stored. */
  if (is_blank (text))
    {
      gtk_stack_set_visible_child_name (self->stack, "paste");
      rt_feedback_toast (GTK_WIDGET (self), _("The file has no text to import"));
      return;
    }

  title = g_file_get_basename (file);
  rt_import_dialog_read_text (self, text, -1, title);
}

/**
 * rt_import_dialog_load_file:
 * @file: minutes: text (UTF-8, Shift_JIS or UTF-16), PDF, Word .docx or a
 *   web page, told apart by content
 *
 * Reads @file in a thread and shows its minutes for review, as if it had
 * been chosen with the dialog's Open button; used when minutes are dropped
 * or pasted as a file.
 */
void
rt_import_dialog_load_file (RtImportDialog *self,
                            GFile          *file)
{
  g_return_if_fail (RT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;

  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  rt_minutes_file_read_async (file, self->cancellable, on_file_read, read_context_new (self, file));
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(RtImportDialog) self = user_data;

  if (file != NULL)
    rt_import_dialog_load_file (self, file);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (widget);

  rt_file_chooser_open_minutes (GTK_WINDOW (self), on_file_chosen, g_object_ref (self));
}

/* Import and cancel */

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->import == NULL || self->busy)
    return;

  /* An edit of a speaker still in its entry is applied first. */
  gtk_widget_grab_focus (GTK_WIDGET (self->import_button));

  if (!rt_import_commit (self->import, &error))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("Could Not Import the Minutes"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      adw_message_dialog_set_default_response (dialog, "close");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  update_actions (self);
  g_signal_emit (self, signals[IMPORTED], 0, self->import);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}


static void
on_meeting_selected (RtImportDialog *self)
{
  if (!self->updating)
    apply_meeting (self);
}

/* Conventions */

static void
on_recut (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RtImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean done = rt_import_recut_finish (RT_IMPORT (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "review");
  if (!done)
    rt_feedback_toast (GTK_WIDGET (self), error->message);
  show_cut (self);
  update_summary (self);
}

/* Another convention chosen: the minutes are cut again at once, in a thread. */
static void
on_convention_selected (RtImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->convention_dropdown);

  if (self->updating || self->import == NULL || self->busy || selected >= RT_MINUTES_N_CONVENTIONS ||
      (selected == rt_import_get_convention (self->import) && !rt_import_get_convention_found (self->import)))
    return;

  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();

  set_busy (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "reading");
  rt_import_recut_async (self->import, selected, self->cancellable, on_recut, g_object_ref (self));
}

static void
setup_conventions (RtImportDialog *self)
{
  for (RtMinutesConvention c = 0; c < RT_MINUTES_N_CONVENTIONS; c++)
    gtk_string_list_append (self->convention_list, rt_minutes_convention_describe (c));

  g_signal_connect_swapped (self->convention_dropdown, "notify::selected",
                            G_CALLBACK (on_convention_selected), self);
}

/* Dropped and pasted files */

static gboolean
on_drop (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         RtImportDialog *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      !(files = gdk_file_list_get_files (g_value_get_boxed (value))))
    return FALSE;

  if (files->next != NULL)
    rt_feedback_toast (GTK_WIDGET (self), _("Only the first of the dropped files was read"));
  rt_import_dialog_load_file (self, files->data);
  g_slist_free (files);

  return TRUE;
}

static void
on_clipboard_files (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RtImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (source), result, &error);
  GSList *files;

  if (value == NULL || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      !(files = gdk_file_list_get_files (g_value_get_boxed (value))))
    {
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_import_dialog_load_file (self, files->data);
  g_slist_free (files);
}

/* A file copied in a file manager and pasted here is read as a file, of
 * whatever kind; text is pasted as text. */
static void
on_paste (GtkTextView    *view,
          RtImportDialog *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (!gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    return;

  g_signal_stop_emission_by_name (view, "paste-clipboard");
  gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT,
                                  self->cancellable, on_clipboard_files, g_object_ref (self));
}

/* GObject */

static void
rt_import_dialog_constructed (GObject *object)
{
  RtImportDialog *self = (RtImportDialog *)object;

  G_OBJECT_CLASS (rt_import_dialog_parent_class)->constructed (object);

  g_assert (self->committee != NULL);
  setup_meetings (self);
  setup_conventions (self);
  g_signal_connect_swapped (self->meeting_dropdown, "notify::selected",
                            G_CALLBACK (on_meeting_selected), self);
  update_actions (self);
}

static void
rt_import_dialog_dispose (GObject *object)
{
  RtImportDialog *self = (RtImportDialog *)object;

  /* Closing while reading drops the reading: nothing was stored. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->entries_view != NULL)
    gtk_list_view_set_model (self->entries_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->import);
  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_object (&self->committee);
  g_clear_pointer (&self->pending_title, g_free);

  G_OBJECT_CLASS (rt_import_dialog_parent_class)->dispose (object);
}

static void
rt_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    case PROP_IMPORT:
      g_value_set_object (value, self->import);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RtImportDialog *self = RT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      self->committee = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_dialog_class_init (RtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rt_import_dialog_constructed;
  object_class->dispose = rt_import_dialog_dispose;
  object_class->get_property = rt_import_dialog_get_property;
  object_class->set_property = rt_import_dialog_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_IMPORT] =
    g_param_spec_object ("import", NULL, NULL,
                         RT_TYPE_IMPORT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RtImportDialog::imported:
   * @import: the stored import; rt_import_get_summary() tells what it stored
   *
   * Emitted when the import was stored, just before the dialog closes.
   */
  signals[IMPORTED] =
    g_signal_new ("imported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RT_TYPE_IMPORT);

  g_type_ensure (RT_TYPE_IMPORT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, reading_spinner);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, paste_view);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, entries_view);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, speakers_list);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, headings_list);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, unused_expander);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, unused_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, header_expander);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, header_label);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, convention_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, convention_list);
  gtk_widget_class_bind_template_child (widget_class, RtImportDialog, convention_hint);

  gtk_widget_class_install_action (widget_class, "import.read", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "import.open-file", NULL, open_file_action);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  rt_feedback_install (widget_class, RT_TYPE_IMPORT_DIALOG, G_STRUCT_OFFSET (RtImportDialog, toast_overlay));
  gtk_widget_class_install_action (widget_class, "import.meetings", NULL, meetings_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "import.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "import.commit", NULL);
}

static void
rt_import_dialog_init (RtImportDialog *self)
{
  GtkDropTarget *target;

  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect (self->paste_view, "paste-clipboard", G_CALLBACK (on_paste), self);
}

/**
 * rt_import_dialog_new:
 * @parent: the window the dialog is modal for
 * @committee: the committee the minutes go into
 *
 * Returns: (transfer none): a new dialog, on its paste page; present it
 */
RtImportDialog *
rt_import_dialog_new (GtkWindow   *parent,
                      RtCommittee *committee)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  return g_object_new (RT_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "committee", committee,
                       NULL);
}

/**
 * rt_import_dialog_set_text:
 *
 * Puts @text in the paste area, as if the user had pasted it.
 */
void
rt_import_dialog_set_text (RtImportDialog *self,
                           const char     *text)
{
  g_return_if_fail (RT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (text != NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->paste_view), text, -1);
  gtk_stack_set_visible_child_name (self->stack, "paste");
}

/**
 * rt_import_dialog_get_import:
 *
 * Returns: (transfer none) (nullable): the import under review, once read
 */
RtImport *
rt_import_dialog_get_import (RtImportDialog *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* Whether the minutes are being read. */
gboolean
rt_import_dialog_get_busy (RtImportDialog *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_DIALOG (self), FALSE);

  return self->busy;
}

/**
 * rt_import_dialog_get_convention_dropdown:
 *
 * Returns: (transfer none): the choice of the convention to cut with, for tests
 */
GtkDropDown *
rt_import_dialog_get_convention_dropdown (RtImportDialog *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_DIALOG (self), NULL);

  return self->convention_dropdown;
}
