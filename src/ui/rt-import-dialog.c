/* rt-import-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-file-chooser.h"
#include "rt-import-dialog.h"
#include "rt-import-row.h"
#include "rt-meetings-dialog.h"
#include "rt-minutes.h"

/* The review of a minutes import. The minutes are pasted or read from a
 * file, parsed in a thread (rt_import_new_async()), then shown as
 * statements to check and correct, speakers to map to people, headings to
 * accept as themes and the text that went nowhere. Import stores it all in
 * one transaction and closes; Cancel, or closing, stores nothing.
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
toast (RtImportDialog *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
update_actions (RtImportDialog *self)
{
  gboolean can_commit = self->import != NULL && !self->busy && !rt_import_get_committed (self->import);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.commit", can_commit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.read", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.open-file", !self->busy);
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
      g_autofree char *name = rt_meeting_dup_label (meeting, TRUE);
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

/* Speakers */

static char *
person_to_string (GObject  *item,
                  gpointer  user_data)
{
  if (RT_IS_PERSON (item))
    return g_strdup (rt_person_get_display_name (RT_PERSON (item)));

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return g_strdup ("");
}

static const char *
describe_match (RtImportMatch match)
{
  switch (match)
    {
    case RT_IMPORT_MATCH_ALIAS:
      return _("known speaker");
    case RT_IMPORT_MATCH_NAME_ROLE:
      return _("found by name and role");
    case RT_IMPORT_MATCH_NAME:
      return _("found by name");
    case RT_IMPORT_MATCH_ROLE:
      return _("found by role");
    case RT_IMPORT_MATCH_NEW:
      return _("new person, please check");
    case RT_IMPORT_MATCH_CHOSEN:
      return _("your choice");
    case RT_IMPORT_MATCH_UNKNOWN:
    default:
      return _("no speaker");
    }
}

static guint
speaker_position (RtImportDialog  *self,
                  RtImportSpeaker *speaker)
{
  GListModel *people = rt_committee_get_people (self->committee);
  guint n = g_list_model_get_n_items (people);
  gint64 id = rt_import_speaker_get_person_id (speaker);

  if (rt_import_speaker_get_create (speaker))
    return n;

  for (guint i = 0; id > 0 && i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (rt_person_get_id (person) == id)
        return i;
    }

  return n + 1;
}

static void
update_speaker_row (AdwComboRow *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  RtImportSpeaker *speaker = g_object_get_data (G_OBJECT (row), "speaker");
  guint n = rt_import_speaker_get_n_statements (speaker);
  g_autofree char *count = g_strdup_printf (ngettext ("%u statement", "%u statements", n), n);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", count, describe_match (rt_import_speaker_get_match (speaker)));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  self->updating++;
  adw_combo_row_set_selected (row, speaker_position (self, speaker));
  self->updating--;

  if (rt_import_speaker_get_match (speaker) == RT_IMPORT_MATCH_NEW)
    gtk_widget_add_css_class (GTK_WIDGET (row), "new-speaker");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "new-speaker");
}

static void
on_speaker_selected (AdwComboRow *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  RtImportSpeaker *speaker = g_object_get_data (G_OBJECT (row), "speaker");
  GListModel *people = rt_committee_get_people (self->committee);
  guint n = g_list_model_get_n_items (people);
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected < n)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, selected);

      rt_import_speaker_set_person_id (speaker, rt_person_get_id (person));
    }
  else if (selected == n)
    rt_import_speaker_set_create (speaker, TRUE);
  else
    rt_import_speaker_set_person_id (speaker, 0);
}

static GtkWidget *
create_speaker_row (gpointer item,
                    gpointer user_data)
{
  RtImportDialog *self = user_data;
  RtImportSpeaker *speaker = item;
  g_autoptr(GListStore) models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) extras = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkExpression) expression = NULL;
  g_autoptr(GtkStringObject) create = NULL;
  g_autoptr(GtkStringObject) none = NULL;
  g_autofree char *title = g_markup_escape_text (rt_import_speaker_get_label (speaker), -1);
  g_autofree char *new_label = NULL;
  g_autofree char *who = g_strconcat (rt_import_speaker_get_name (speaker),
                                      rt_import_speaker_get_role (speaker), NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  /* Translators: the choice of making a new person from a speaker label. */
  new_label = g_strdup_printf (_("New person: %s"), who[0] != '\0' ? who : rt_import_speaker_get_label (speaker));
  create = gtk_string_object_new (new_label);
  none = gtk_string_object_new (_("No speaker"));
  g_list_store_append (extras, create);
  g_list_store_append (extras, none);
  g_list_store_append (models, rt_committee_get_people (self->committee));
  g_list_store_append (models, extras);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (person_to_string), NULL, NULL);
  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)))));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  g_object_set_data (G_OBJECT (row), "dialog", self);
  g_object_set_data_full (G_OBJECT (row), "speaker", g_object_ref (speaker), g_object_unref);
  update_speaker_row (row);

  g_signal_connect (row, "notify::selected", G_CALLBACK (on_speaker_selected), NULL);
  g_signal_connect_object (speaker, "notify::match", G_CALLBACK (update_speaker_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::create", G_CALLBACK (update_speaker_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::person-id", G_CALLBACK (update_speaker_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::n-statements", G_CALLBACK (update_speaker_row), row, G_CONNECT_SWAPPED);

  return GTK_WIDGET (row);
}

/* Headings */

static char *
label_to_string (GObject  *item,
                 gpointer  user_data)
{
  if (RT_IS_LABEL (item))
    return g_strdup (rt_label_get_name (RT_LABEL (item)));

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return g_strdup ("");
}

static void
update_heading_row (AdwEntryRow *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  RtImportHeading *heading = g_object_get_data (G_OBJECT (row), "heading");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
  GtkDropDown *labels = g_object_get_data (G_OBJECT (row), "labels");
  GListModel *model = rt_committee_get_labels (self->committee);
  guint n_labels = g_list_model_get_n_items (model);
  guint n = rt_import_heading_get_n_statements (heading);
  g_autofree char *count = g_strdup_printf (ngettext ("%u statement", "%u statements", n), n);
  g_autofree char *title = NULL;
  gint64 label_id = rt_import_heading_get_label_id (heading);
  guint selected = n_labels;

  if (rt_import_heading_get_theme_id (heading) > 0)
    /* Translators: a heading that names a theme the committee has already. */
    title = g_strdup_printf (_("%s · existing theme"), count);
  else
    title = g_strdup_printf (_("%s · new theme"), count);

  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);

      if (rt_label_get_id (label) == label_id)
        selected = i;
    }

  self->updating++;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_check_button_set_active (check, rt_import_heading_get_accepted (heading));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), rt_import_heading_get_text (heading)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), rt_import_heading_get_text (heading));
  gtk_drop_down_set_selected (labels, selected);
  gtk_widget_set_visible (GTK_WIDGET (labels), rt_import_heading_get_theme_id (heading) == 0);
  self->updating--;
}

static void
on_heading_accepted (GtkCheckButton *check,
                     AdwEntryRow    *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");

  if (!self->updating)
    rt_import_heading_set_accepted (g_object_get_data (G_OBJECT (row), "heading"),
                                    gtk_check_button_get_active (check));
}

static void
on_heading_text_changed (AdwEntryRow *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");

  if (!self->updating)
    rt_import_heading_set_text (g_object_get_data (G_OBJECT (row), "heading"),
                                gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_heading_label_selected (GtkDropDown *labels,
                           GParamSpec  *pspec,
                           AdwEntryRow *row)
{
  RtImportDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  GObject *item = gtk_drop_down_get_selected_item (labels);

  if (self->updating)
    return;

  rt_import_heading_set_label_id (g_object_get_data (G_OBJECT (row), "heading"),
                                  item != NULL && RT_IS_LABEL (item) ? rt_label_get_id (RT_LABEL (item)) : 0);
}

static GtkWidget *
create_heading_row (gpointer item,
                    gpointer user_data)
{
  RtImportDialog *self = user_data;
  RtImportHeading *heading = item;
  g_autoptr(GListStore) models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) extras = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) none = gtk_string_object_new (_("No handout"));
  g_autoptr(GtkExpression) expression = NULL;
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *labels;

  g_list_store_append (extras, none);
  g_list_store_append (models, rt_committee_get_labels (self->committee));
  g_list_store_append (models, extras);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (label_to_string), NULL, NULL);
  labels = gtk_drop_down_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)))),
                              g_steal_pointer (&expression));
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (labels, _("The handout the new theme goes under"));
  gtk_widget_set_tooltip_text (check, _("Make this heading a theme for the statements under it"));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);

  adw_entry_row_add_prefix (row, check);
  adw_entry_row_add_suffix (row, labels);

  g_object_set_data (G_OBJECT (row), "dialog", self);
  g_object_set_data_full (G_OBJECT (row), "heading", g_object_ref (heading), g_object_unref);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "labels", labels);
  update_heading_row (row);

  g_signal_connect (check, "toggled", G_CALLBACK (on_heading_accepted), row);
  g_signal_connect (labels, "notify::selected", G_CALLBACK (on_heading_label_selected), row);
  g_signal_connect (row, "changed", G_CALLBACK (on_heading_text_changed), NULL);
  g_signal_connect_object (heading, "notify", G_CALLBACK (update_heading_row), row, G_CONNECT_SWAPPED);

  return GTK_WIDGET (row);
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
  g_autofree char *text = NULL;
  g_autofree char *button = NULL;
  guint n_duplicates;

  if (self->import == NULL)
    return;

  rt_import_get_summary (self->import, &summary);
  n_duplicates = summary.n_duplicates + summary.n_internal_duplicates;

  statements = g_strdup_printf (ngettext ("%u statement", "%u statements", summary.n_statements), summary.n_statements);
  speakers = g_strdup_printf (ngettext ("%u speaker", "%u speakers", summary.n_speakers), summary.n_speakers);
  duplicates = g_strdup_printf (ngettext ("%u possible duplicate", "%u possible duplicates", n_duplicates), n_duplicates);
  text = g_strdup_printf ("%s · %s · %s", statements, speakers, duplicates);
  gtk_label_set_label (self->summary_label, text);

  button = g_strdup_printf (ngettext ("_Import %u Card", "_Import %u Cards", summary.n_included), summary.n_included);
  gtk_button_set_label (self->import_button, button);
}

static void
show_import (RtImportDialog *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autofree char *unused = NULL;
  g_autofree char *expander = NULL;
  RtImportSummary summary;

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

  g_signal_connect_object (rt_import_get_entries (self->import), "items-changed",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->import, "notify::n-included",
                           G_CALLBACK (update_summary), self, G_CONNECT_SWAPPED);
  update_summary (self);

  adw_window_title_set_subtitle (self->window_title, rt_import_get_title (self->import));
  gtk_stack_set_visible_child_name (self->stack, "review");
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
      toast (self, error->message);
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
      toast (self, _("Paste the minutes first, or open a text file"));
      return;
    }

  rt_import_dialog_read_text (self, text, -1, _("Pasted minutes"));
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RtImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  gsize length;

  set_busy (self, FALSE);

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error) ||
      !(text = rt_minutes_decode ((const guint8 *)contents, length, NULL, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }

  title = g_file_get_basename (G_FILE (source));
  rt_import_dialog_read_text (self, text, -1, title);
}

/**
 * rt_import_dialog_load_file:
 * @file: minutes as text (UTF-8, Shift_JIS or UTF-16)
 *
 * Reads @file and shows its minutes for review, as if it had been chosen
 * with the dialog's Open button; used when minutes are dropped on a window.
 */
void
rt_import_dialog_load_file (RtImportDialog *self,
                            GFile          *file)
{
  g_return_if_fail (RT_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;

  set_busy (self, TRUE);
  g_file_load_contents_async (file, self->cancellable, on_file_loaded, g_object_ref (self));
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

  rt_file_chooser_open_text (GTK_WINDOW (self), on_file_chosen, g_object_ref (self));
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
show_error_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  toast (RT_IMPORT_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
on_meeting_selected (RtImportDialog *self)
{
  if (!self->updating)
    apply_meeting (self);
}

/* GObject */

static void
rt_import_dialog_constructed (GObject *object)
{
  RtImportDialog *self = (RtImportDialog *)object;

  G_OBJECT_CLASS (rt_import_dialog_parent_class)->constructed (object);

  g_assert (self->committee != NULL);
  setup_meetings (self);
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

  gtk_widget_class_install_action (widget_class, "import.read", NULL, read_action);
  gtk_widget_class_install_action (widget_class, "import.open-file", NULL, open_file_action);
  gtk_widget_class_install_action (widget_class, "import.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.show-error", "s", show_error_action);
  gtk_widget_class_install_action (widget_class, "import.meetings", NULL, meetings_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "import.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "import.commit", NULL);
}

static void
rt_import_dialog_init (RtImportDialog *self)
{
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
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
