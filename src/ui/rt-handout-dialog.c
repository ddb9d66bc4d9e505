/* rt-handout-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-application.h"
#include "rt-file-chooser.h"
#include "rt-handout-dialog.h"
#include "rt-handout.h"
#include "rt-handout-export.h"
#include "rt-meetings-dialog.h"
#include "rt-print-operation.h"
#include "rt-settings.h"

/* The handouts window: options on the left, a preview of the pages on the
 * right, and Print… and Export… (PDF or Word) with the same options. The
 * committee is read into a snapshot here, on the main thread; the export
 * then runs in a worker thread on that snapshot. */

struct _RtHandoutDialog
{
  AdwWindow           parent_instance;

  RtCommittee        *committee;
  RtHandoutData      *data;
  RtHandoutDocument  *document;
  GCancellable       *cancellable;
  guint               relayout_id;
  guint               page;
  GArray             *meeting_numbers;  /* of meeting_row's choices */
  guint               updating;

  AdwToastOverlay    *toast_overlay;
  AdwComboRow        *meeting_row;
  GtkCheckButton     *kind_opinions;
  GtkCheckButton     *kind_points;
  GtkCheckButton     *kind_map;
  GtkCheckButton     *kind_speakers;
  GtkCheckButton     *kind_changes;
  GtkCheckButton     *kind_responses;
  GtkCheckButton     *kind_pseudonyms;
  GtkSwitch          *public_switch;
  AdwComboRow        *speakers_row;
  AdwComboRow        *form_row;
  AdwComboRow        *paper_row;
  GtkSwitch          *landscape_switch;
  GtkSpinButton      *margin_spin;
  AdwEntryRow        *label_row;
  AdwEntryRow        *date_row;
  AdwComboRow        *date_style_row;
  AdwEntryRow        *since_row;
  GtkSwitch          *inbox_switch;
  AdwComboRow        *statements_row;
  GtkSwitch          *coverage_switch;
  GtkWidget          *kinds_group;
  guint               fixed_kinds;      /* a document of the meeting cycle, or 0 */
  int                 meeting_number;
  int                 outline_version;
  GtkDrawingArea     *preview;
  GtkLabel           *page_label;
  GtkWidget          *export_button;
};

G_DEFINE_FINAL_TYPE (RtHandoutDialog, rt_handout_dialog, ADW_TYPE_WINDOW)


static char *
entry_date (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  GDate date;

  return rt_date_parse_iso (text, &date) ? g_strdup (text) : NULL;
}

/* The number of the meeting chosen; 0 for the latest, when there is none. */
static int
selected_meeting_number (RtHandoutDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->meeting_row);

  return selected < self->meeting_numbers->len ? g_array_index (self->meeting_numbers, int, selected) : 0;
}

/* The items of statements_row, in its order. */
static guint
statements_of_row (guint selected)
{
  switch (selected)
    {
    case 1:
      return RT_STATEMENT_KINDS_MEMBERS;
    case 2:
      return 1u << RT_STATEMENT_KIND_OPINION;
    case 3:
      return 1u << RT_STATEMENT_KIND_QUESTION;
    case 4:
      return 1u << RT_STATEMENT_KIND_REQUEST;
    default:
      return 0;
    }
}

static void
read_options (RtHandoutDialog  *self,
              RtHandoutOptions *options)
{
  const char *label = gtk_editable_get_text (GTK_EDITABLE (self->label_row));

  rt_handout_options_init (options);
  options->kinds = 0;
  if (gtk_check_button_get_active (self->kind_opinions))
    options->kinds |= RT_HANDOUT_OPINIONS;
  if (gtk_check_button_get_active (self->kind_points))
    options->kinds |= RT_HANDOUT_POINTS;
  if (gtk_check_button_get_active (self->kind_map))
    options->kinds |= RT_HANDOUT_MAP;
  if (gtk_check_button_get_active (self->kind_speakers))
    options->kinds |= RT_HANDOUT_SPEAKERS;
  if (gtk_check_button_get_active (self->kind_changes))
    options->kinds |= RT_HANDOUT_CHANGES;
  if (gtk_check_button_get_active (self->kind_responses))
    options->kinds |= RT_HANDOUT_RESPONSES;
  if (gtk_check_button_get_active (self->kind_pseudonyms))
    options->kinds |= RT_HANDOUT_PSEUDONYMS;
  /* The first item is the committee's setting for each handout. */
  options->speakers = (int)adw_combo_row_get_selected (self->speakers_row) - 1;
  options->public_version = gtk_switch_get_active (self->public_switch);
  options->responses_form = adw_combo_row_get_selected (self->form_row);
  options->statements = statements_of_row (adw_combo_row_get_selected (self->statements_row));
  if (self->fixed_kinds != 0)
    options->kinds = self->fixed_kinds;
  options->meeting_number = self->meeting_number;
  options->outline_version = self->outline_version;

  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? RT_PAPER_A3 : RT_PAPER_A4;
  options->landscape = gtk_switch_get_active (self->landscape_switch);
  options->margin_mm = gtk_spin_button_get_value (self->margin_spin);
  options->date_style = adw_combo_row_get_selected (self->date_style_row) == 1 ? RT_DATE_STYLE_WESTERN
                                                                               : RT_DATE_STYLE_ERA;
  options->label = label[0] != '\0' ? g_strdup (label) : NULL;
  options->date = entry_date (self->date_row);
  options->since = entry_date (self->since_row);
  options->meeting_number = selected_meeting_number (self);
  options->include_inbox = gtk_switch_get_active (self->inbox_switch);
  options->include_coverage = gtk_switch_get_active (self->coverage_switch);
}

static void
save_settings (RtHandoutDialog        *self,
               const RtHandoutOptions *options)
{
  GSettings *settings = rt_settings_get ();

  g_settings_set_string (settings, "handout-paper", options->paper == RT_PAPER_A3 ? "A3" : "A4");
  g_settings_set_boolean (settings, "handout-landscape", options->landscape);
  g_settings_set_double (settings, "handout-margin-mm", options->margin_mm);
  g_settings_set_string (settings, "date-style", options->date_style == RT_DATE_STYLE_WESTERN ? "western" : "era");
}

static void
update_page_label (RtHandoutDialog *self)
{
  guint n = self->document ? rt_handout_document_get_n_pages (self->document) : 0;
  g_autofree char *text = n > 0 ? g_strdup_printf (_("%u / %u"), self->page + 1, n) : g_strdup ("–");

  gtk_label_set_label (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.next-page", self->page + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.export", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.export-word", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.print", n > 0);
}

static gboolean
relayout (gpointer user_data)
{
  RtHandoutDialog *self = user_data;
  g_auto(RtHandoutOptions) options = { 0 };
  g_autoptr(GError) error = NULL;

  self->relayout_id = 0;
  read_options (self, &options);
  save_settings (self, &options);

  g_clear_pointer (&self->document, rt_handout_document_free);
  if (self->data != NULL && options.kinds != 0)
    self->document = rt_handout_document_new (self->data, &options, NULL, &error);
  if (error != NULL)
    g_debug ("No preview: %s", error->message);

  if (self->document == NULL || self->page >= rt_handout_document_get_n_pages (self->document))
    self->page = 0;

  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));

  return G_SOURCE_REMOVE;
}

static void options_changed (RtHandoutDialog *self);

/* The 意見と対応 table is wide: printed alone, it is landscape. */
static void
responses_toggled (RtHandoutDialog *self)
{
  if (gtk_check_button_get_active (self->kind_responses) &&
      !gtk_check_button_get_active (self->kind_opinions) && !gtk_check_button_get_active (self->kind_points) &&
      !gtk_check_button_get_active (self->kind_map) && !gtk_check_button_get_active (self->kind_speakers) &&
      !gtk_check_button_get_active (self->kind_changes))
    gtk_switch_set_active (self->landscape_switch, TRUE);

  options_changed (self);
}

static void
options_changed (RtHandoutDialog *self)
{
  /* Typing a label should not lay out every page at each key. */
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  self->relayout_id = g_timeout_add (150, relayout, self);
}

static void
draw_preview (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  RtHandoutDialog *self = user_data;
  double page_width, page_height, scale;

  if (self->document == NULL)
    return;

  rt_handout_document_get_size (self->document, &page_width, &page_height);
  scale = MIN ((width - 24) / page_width, (height - 24) / page_height);
  if (scale <= 0)
    return;

  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);

  /* A soft shadow, so the sheet stands out of the window. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, 2 / scale, 2 / scale, page_width, page_height);
  cairo_fill (cr);

  rt_handout_document_draw_page (self->document, cr, self->page);
}

static void
change_page (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtHandoutDialog *self = RT_HANDOUT_DIALOG (widget);
  guint n = self->document ? rt_handout_document_get_n_pages (self->document) : 0;

  if (g_str_equal (action_name, "handout.next-page") && self->page + 1 < n)
    self->page++;
  else if (g_str_equal (action_name, "handout.previous-page") && self->page > 0)
    self->page--;

  update_page_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

/* Reads the committee again. */
static gboolean
refresh_data (RtHandoutDialog  *self,
              GError          **error)
{
  RtHandoutData *data;

  if (!(data = rt_handout_data_new (self->committee, error)))
    return FALSE;

  g_clear_pointer (&self->data, rt_handout_data_unref);
  self->data = data;
  return TRUE;
}

/* Pseudonyms an output shows are kept from then on (rt_speaker_policy_keep()),
 * before it is made, so that the pseudonym table prints them as kept.
 * Returns whether the committee was read again. */
static gboolean
keep_pseudonyms (RtHandoutDialog        *self,
                 const RtHandoutOptions *options,
                 GError                **error)
{
  RtSpeakerPolicy *speakers = rt_handout_data_get_speakers (self->data);

  if (!rt_handout_options_need_pseudonyms (options, self->data) ||
      rt_speaker_policy_get_n_unstored (speakers) == 0 || rt_committee_get_read_only (self->committee))
    return TRUE;

  if (!rt_speaker_policy_keep (speakers, self->committee, error))
    return FALSE;

  return refresh_data (self, error);
}

typedef struct
{
  RtHandoutDialog *self;
  RtHandoutFormat  format;
} Export;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autofree Export *export = user_data;
  g_autoptr(RtHandoutDialog) self = export->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint count = 0;

  if (!rt_handout_export_finish (result, &count, &error))
    count = 0;

  /* The window may have been closed while the thread wrote: dispose
   * cancelled the export and cleared the template children. */
  if (self->export_button == NULL)
    return;

  gtk_widget_set_sensitive (self->export_button, TRUE);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_error (GTK_WIDGET (self), _("Could Not Export the Handouts"), error);
      return;
    }

  if (export->format == RT_HANDOUT_FORMAT_DOCX)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u handout as a Word document",
                                            "Exported %u handouts as a Word document", count), count);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u page", "Exported %u pages", count), count);
  rt_feedback_toast (GTK_WIDGET (self), message);
}

static void
export_chosen (GFile    *file,
               gpointer  user_data)
{
  g_autoptr(RtHandoutDialog) self = user_data;
  g_auto(RtHandoutOptions) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  Export *export;

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  read_options (self, &options);
  if (!refresh_data (self, &error) || !keep_pseudonyms (self, &options, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Export the Handouts"), error);
      return;
    }

  gtk_widget_set_sensitive (self->export_button, FALSE);

  export = g_new0 (Export, 1);
  export->self = g_object_ref (self);
  export->format = rt_handout_format_for_path (path);
  rt_handout_export_async (self->data, &options, export->format, path, self->cancellable, export_done, export);
}

/* Both offer both formats; the one chosen is preselected. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtHandoutDialog *self = RT_HANDOUT_DIALOG (widget);
  gboolean word = g_str_equal (action_name, "handout.export-word");

  rt_file_chooser_save_handouts (GTK_WINDOW (self), _("Handouts"), word, export_chosen, g_object_ref (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtHandoutDialog *self = RT_HANDOUT_DIALOG (widget);
  g_auto(RtHandoutOptions) options = { 0 };
  g_autoptr(RtPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) printed = NULL;
  g_autofree char *name = NULL;
  GtkPrintOperationResult result;

  read_options (self, &options);
  if (!refresh_data (self, &error) || !keep_pseudonyms (self, &options, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Print the Handouts"), error);
      return;
    }

  operation = rt_print_operation_new (self->data, &options);
  /* "Print to File" writes beside the committee, as the export does. */
  folder = rt_file_chooser_get_start_folder (GTK_WINDOW (self));
  name = g_strdup_printf ("%s.pdf", _("Handouts"));
  file = g_file_get_child (folder, name);
  rt_print_operation_set_output_file (operation, file);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Print the Handouts"), error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY &&
           (printed = rt_print_operation_dup_output_file (operation)) != NULL)
    {
      g_autofree char *path = g_file_get_path (printed);
      g_autofree char *message = g_strdup_printf (_("Printed to the file “%s”"), path ? path : g_file_peek_path (printed));

      rt_feedback_toast (GTK_WIDGET (self), message);
    }
}

/* The meetings to choose from, by number, with their dates; the one
 * chosen stays chosen, by its number; the latest, at first. */
static void
rebuild_meetings (RtHandoutDialog *self,
                  int              chosen)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (meetings);

  g_array_set_size (self->meeting_numbers, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *label = rt_meeting_dup_label (meeting, TRUE, rt_settings_get_date_style ());
      int number = rt_meeting_get_number (meeting);

      gtk_string_list_append (strings, label);
      g_array_append_val (self->meeting_numbers, number);
      if (number == chosen)
        selected = i;
    }

  if (n == 0)
    gtk_string_list_append (strings, _("No meeting yet"));
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = n > 0 ? n - 1 : 0;

  self->updating++;
  adw_combo_row_set_model (self->meeting_row, G_LIST_MODEL (strings));
  adw_combo_row_set_selected (self->meeting_row, selected);
  self->updating--;
}

/* A meeting was added or changed (its date): the pages show it. */
static void
meetings_changed (RtHandoutDialog *self)
{
  g_autoptr(GError) error = NULL;

  rebuild_meetings (self, selected_meeting_number (self));
  if (!refresh_data (self, &error))
    g_debug ("No preview: %s", error->message);
  options_changed (self);
}

static void
meeting_selected (RtHandoutDialog *self)
{
  if (!self->updating)
    options_changed (self);
}

static void
meetings_window_chose (RtHandoutDialog  *self,
                       GParamSpec       *pspec,
                       RtMeetingsDialog *dialog)
{
  RtMeeting *meeting = rt_committee_lookup (self->committee, RT_KIND_MEETING,
                                            rt_meetings_dialog_get_meeting_id (dialog));

  if (meeting != NULL)
    {
      rebuild_meetings (self, rt_meeting_get_number (meeting));
      options_changed (self);
    }
}

static void
meetings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtHandoutDialog *self = RT_HANDOUT_DIALOG (widget);
  RtMeetingsDialog *dialog = rt_meetings_dialog_new (GTK_WINDOW (self), self->committee);
  int number = selected_meeting_number (self);
  GListModel *meetings = rt_committee_get_meetings (self->committee);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_number (meeting) == number)
        rt_meetings_dialog_set_meeting_id (dialog, rt_meeting_get_id (meeting));
    }
  g_signal_connect_object (dialog, "notify::meeting-id", G_CALLBACK (meetings_window_chose), self, G_CONNECT_SWAPPED);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rt_handout_dialog_dispose (GObject *object)
{
  RtHandoutDialog *self = (RtHandoutDialog *)object;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_HANDOUT_DIALOG);

  G_OBJECT_CLASS (rt_handout_dialog_parent_class)->dispose (object);
}

static void
rt_handout_dialog_finalize (GObject *object)
{
  RtHandoutDialog *self = (RtHandoutDialog *)object;

  g_clear_pointer (&self->document, rt_handout_document_free);
  g_clear_pointer (&self->data, rt_handout_data_unref);
  g_clear_object (&self->committee);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->meeting_numbers, g_array_unref);

  G_OBJECT_CLASS (rt_handout_dialog_parent_class)->finalize (object);
}

static void
rt_handout_dialog_class_init (RtHandoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_handout_dialog_dispose;
  object_class->finalize = rt_handout_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-handout-dialog.ui");
  rt_feedback_install (widget_class, RT_TYPE_HANDOUT_DIALOG, G_STRUCT_OFFSET (RtHandoutDialog, toast_overlay));
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_opinions);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_points);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_map);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_speakers);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_changes);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_responses);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kind_pseudonyms);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, public_switch);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, speakers_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, form_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, landscape_switch);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, margin_spin);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, label_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, date_style_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, since_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, inbox_switch);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, statements_row);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, coverage_switch);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, page_label);
  gtk_widget_class_bind_template_child (widget_class, RtHandoutDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, options_changed);
  gtk_widget_class_bind_template_callback (widget_class, responses_toggled);
  gtk_widget_class_bind_template_callback (widget_class, meeting_selected);

  gtk_widget_class_install_action (widget_class, "handout.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "handout.export-word", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "handout.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "handout.meetings", NULL, meetings_action);
  gtk_widget_class_install_action (widget_class, "handout.next-page", NULL, change_page);
  gtk_widget_class_install_action (widget_class, "handout.previous-page", NULL, change_page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "handout.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "handout.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "handout.previous-page", NULL);
}

static void
rt_handout_dialog_init (RtHandoutDialog *self)
{
  GSettings *settings = rt_settings_get ();
  g_autofree char *paper = g_settings_get_string (settings, "handout-paper");
  g_autofree char *style = g_settings_get_string (settings, "date-style");
  g_autoptr(GtkStringList) displays = gtk_string_list_new (NULL);

  self->cancellable = g_cancellable_new ();
  self->meeting_numbers = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->preview, draw_preview, self, NULL);

  for (RtSpeakerDisplay d = RT_SPEAKER_DISPLAY_DEFAULT; d < RT_N_SPEAKER_DISPLAYS; d++)
    gtk_string_list_append (displays, rt_speaker_display_to_label (d));
  adw_combo_row_set_model (self->speakers_row, G_LIST_MODEL (displays));

  adw_combo_row_set_selected (self->paper_row, g_strcmp0 (paper, "A3") == 0 ? 1 : 0);
  gtk_switch_set_active (self->landscape_switch, g_settings_get_boolean (settings, "handout-landscape"));
  gtk_spin_button_set_value (self->margin_spin, g_settings_get_double (settings, "handout-margin-mm"));
  adw_combo_row_set_selected (self->date_style_row, rt_date_style_from_string (style) == RT_DATE_STYLE_WESTERN);
}

RtHandoutDialog *
rt_handout_dialog_new (GtkWindow   *parent,
                       RtCommittee *committee)
{
  RtHandoutDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_HANDOUT_DIALOG, "transient-for", parent, NULL);
  self->committee = g_object_ref (committee);
  rebuild_meetings (self, 0);
  rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (meetings_changed), self);
  if (!refresh_data (self, &error))
    g_warning ("Could not read the committee for the handouts: %s", error->message);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  relayout (self);

  return self;
}

/**
 * rt_handout_dialog_set_document:
 * @kinds: the handouts to make; a document of the meeting cycle (the 次第, the
 *   議事要旨 …) hides the choice of handouts; 0 gives it back
 * @meeting_number: the meeting the handouts are for; 0 for the last
 * @outline_version: for the 答申 outline, its version; 0 for the last
 *
 * Opens the handouts window on one document, from the view that shows it:
 * the same preview, printing and export as every handout.
 */
void
rt_handout_dialog_set_document (RtHandoutDialog *self,
                                guint            kinds,
                                int              meeting_number,
                                int              outline_version)
{
  g_return_if_fail (RT_IS_HANDOUT_DIALOG (self));

  self->fixed_kinds = kinds & RT_HANDOUT_EVERY;
  self->meeting_number = MAX (meeting_number, 0);
  self->outline_version = MAX (outline_version, 0);
  gtk_widget_set_visible (self->kinds_group, self->fixed_kinds == 0);
  if (self->fixed_kinds != 0)
    gtk_window_set_title (GTK_WINDOW (self), rt_handout_kind_get_title (self->fixed_kinds & -self->fixed_kinds));

  self->page = 0;
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  relayout (self);
}

/* For tests: the pages of the preview. */
guint
rt_handout_dialog_get_n_pages (RtHandoutDialog *self)
{
  g_return_val_if_fail (RT_IS_HANDOUT_DIALOG (self), 0);

  return self->document ? rt_handout_document_get_n_pages (self->document) : 0;
}
