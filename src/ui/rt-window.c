/* rt-window.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-application.h"
#include "rt-board.h"
#include "rt-card-editor.h"
#include "rt-committee.h"
#include "rt-committee-dialog.h"
#include "rt-capture-bar.h"
#include "rt-cycle-view.h"
#include "rt-file-chooser.h"
#include "rt-handout-dialog.h"
#include "rt-import-dialog.h"
#include "rt-suggest-dialog.h"
#include "rt-map-view.h"
#include "rt-points-view.h"
#include "rt-responses-view.h"
#include "rt-presentation-console.h"
#include "rt-search-bar.h"
#include "rt-tooltip.h"
#include "rt-speaker-panel.h"
#include "rt-window-private.h"
#include "rt-settings.h"

struct _RtWindow
{
  AdwApplicationWindow  parent_instance;

  RtCommittee          *committee;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkBox               *outer_box;
  GtkBox               *main_box;
  GtkWidget            *header_bar;
  GtkStack             *content_stack;
  GtkRevealer          *read_only_banner;
  GtkLabel             *read_only_label;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GtkToggleButton      *search_button;
  AdwFlap              *speaker_flap;
  AdwViewStack         *stack;
  RtBoard              *board;
  AdwBin               *points_page;
  RtPointsView         *points_view;       /* made when first shown, like the two below */
  AdwBin               *responses_page;
  RtResponsesView      *responses_view;    /* made when first shown, like cycle_view */
  RtMapView            *map_view;
  AdwBin               *cycle_page;
  RtCycleView          *cycle_view;
  /* Made on first use (see rt_window_get_search_bar() and the others):
   * most windows never show them, and they are most of its widgets. */
  RtSearchBar          *search_bar;
  GWeakRef              last_focus;
  GWeakRef              focus_before_search;
  gint64                last_focus_card;      /* the card of last_focus, or 0 */
  gint64                card_before_search;   /* …of focus_before_search */
  RtCaptureBar         *capture_bar;
  RtSpeakerPanel       *speaker_panel;
  GtkToggleButton      *speakers_button;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  RtHistory            *history;
  GtkWindow            *card_editor;
  RtPresentationConsole *console;
  GPtrArray            *dialogs;      /* GtkWindow, of the committee shown */
};

G_DEFINE_FINAL_TYPE (RtWindow, rt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_COMMITTEE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_read_only (RtWindow *self);

/* The window also runs without an RtApplication, in tests and benchmarks. */
static RtApplication *
get_application (RtWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    application = GTK_APPLICATION (g_application_get_default ());

  return RT_IS_APPLICATION (application) ? RT_APPLICATION (application) : NULL;
}


static void
update_title (RtWindow *self)
{
  g_autofree char *basename = NULL;
  const char *name;

  if (self->committee == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Ronten"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Ronten"));
      return;
    }

  name = rt_committee_get_name (self->committee);
  if (name == NULL || name[0] == '\0')
    name = _("Untitled committee");

  basename = g_path_get_basename (rt_committee_get_path (self->committee));
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, basename);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

/* Undo and redo reach every change of the committee, whichever view made it. */
static void
update_history (RtWindow *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);
  gboolean can_undo = writable && self->history != NULL && rt_history_get_can_undo (self->history);
  gboolean can_redo = writable && self->history != NULL && rt_history_get_can_redo (self->history);
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  /* TRANSLATORS: a tooltip; %s is what would be undone, e.g. “Move 3 cards” */
  undo = can_undo ? g_strdup_printf (_("Undo %s (Ctrl+Z)"), rt_history_get_undo_label (self->history))
                  : g_strdup (_("Undo (Ctrl+Z)"));
  /* TRANSLATORS: a tooltip; %s is what would be redone, e.g. “Move 3 cards” */
  redo = can_redo ? g_strdup_printf (_("Redo %s (Ctrl+Shift+Z)"), rt_history_get_redo_label (self->history))
                  : g_strdup (_("Redo (Ctrl+Shift+Z)"));
  gtk_widget_set_tooltip_text (self->undo_button, undo);
  gtk_widget_set_tooltip_text (self->redo_button, redo);
}

static void
set_history (RtWindow  *self,
             RtHistory *history)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, update_history, self);

  g_set_object (&self->history, history);

  if (history != NULL)
    {
      g_signal_connect_swapped (history, "notify::can-undo", G_CALLBACK (update_history), self);
      g_signal_connect_swapped (history, "notify::can-redo", G_CALLBACK (update_history), self);
      g_signal_connect_swapped (history, "notify::undo-label", G_CALLBACK (update_history), self);
      g_signal_connect_swapped (history, "notify::redo-label", G_CALLBACK (update_history), self);
    }

  if (self->undo_button != NULL)
    update_history (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->committee == NULL)
    return;

  if (g_str_equal (action_name, "win.undo"))
    ok = rt_committee_undo (self->committee, &error);
  else
    ok = rt_committee_redo (self->committee, &error);

  if (!ok)
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
dialog_destroyed (RtWindow  *self,
                  GtkWindow *dialog)
{
  g_ptr_array_remove_fast (self->dialogs, dialog);
}

/* A window opened from this one is no larger than it, which fits the
 * screen: on a 1280×720 screen a dialog made for a larger one would have
 * its buttons below the bottom edge. */
static void
fit_in_window (RtWindow  *self,
               GtkWindow *window)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int default_width, default_height;

  if (width <= 0 || height <= 0)
    return;

  gtk_window_get_default_size (window, &default_width, &default_height);
  gtk_window_set_default_size (window,
                               default_width > 0 ? MIN (default_width, width) : default_width,
                               default_height > 0 ? MIN (default_height, height) : default_height);
}

/* @dialog works on the committee shown, and closes when another one is. */
static GtkWindow *
track_dialog (RtWindow  *self,
              GtkWindow *dialog)
{
  fit_in_window (self, dialog);
  g_ptr_array_add (self->dialogs, dialog);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed), self, G_CONNECT_SWAPPED);

  return dialog;
}

GtkWindow *
rt_window_track_dialog (RtWindow  *self,
                        GtkWindow *dialog)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (dialog), NULL);

  return track_dialog (self, dialog);
}

/* The open dialog of @type, if any: some are one per window. */
GtkWindow *
rt_window_find_dialog (RtWindow *self,
                       GType     type)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  for (guint i = 0; i < self->dialogs->len; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (self->dialogs, i), type))
      return g_ptr_array_index (self->dialogs, i);

  return NULL;
}

static void
close_dialogs (RtWindow *self)
{
  while (self->dialogs->len > 0)
    gtk_window_destroy (g_ptr_array_index (self->dialogs, self->dialogs->len - 1));
}

/**
 * rt_window_edit_card:
 *
 * Opens the card editor on @card; there is one editor per window.
 *
 * Returns: (transfer none): the editor
 */
GtkWindow *
rt_window_edit_card (RtWindow *self,
                     RtCard   *card)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (RT_IS_CARD (card), NULL);

  if (self->card_editor == NULL)
    {
      self->card_editor = GTK_WINDOW (rt_card_editor_new (GTK_WINDOW (self), self->committee, card));
      fit_in_window (self, self->card_editor);
      g_object_add_weak_pointer (G_OBJECT (self->card_editor), (gpointer *)&self->card_editor);
    }
  else
    rt_card_editor_set_card (RT_CARD_EDITOR (self->card_editor), card);

  gtk_window_present (self->card_editor);

  return self->card_editor;
}

/* Any view opens a card in the editor through this action. */
static void
edit_card_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  RtCard *card;

  if (self->committee != NULL &&
      (card = rt_committee_lookup (self->committee, RT_KIND_CARD, g_variant_get_int64 (parameter))) != NULL)
    rt_window_edit_card (self, card);
}

static void
board_card_activated (RtWindow *self,
                      RtCard   *card)
{
  rt_window_edit_card (self, card);
}

/* The committee could not be read back after a change. */
static void
committee_failed (RtWindow     *self,
                  const GError *error)
{
  rt_feedback_error (GTK_WIDGET (self), _("The Committee File Could Not Be Read"), error);
}

void
rt_window_set_committee (RtWindow    *self,
                         RtCommittee *committee)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_data (self->committee, self);

  if (!g_set_object (&self->committee, committee))
    return;

  /* The editor, the console (with its projector) and the dialogs belong
   * to the committee they were opened on: they go with it, rather than
   * keep showing, and writing into, a file the window no longer shows. */
  if (self->card_editor != NULL)
    gtk_window_destroy (self->card_editor);
  if (self->console != NULL)
    gtk_window_destroy (GTK_WINDOW (self->console));
  close_dialogs (self);
  set_history (self, committee ? rt_committee_get_history (committee) : NULL);

  if (committee != NULL)
    {
      g_signal_connect_swapped (committee, "notify::name", G_CALLBACK (update_title), self);
      g_signal_connect_swapped (committee, "failed", G_CALLBACK (committee_failed), self);
    }

  rt_board_set_committee (self->board, committee);
  if (self->points_view != NULL)
    rt_points_view_set_committee (self->points_view, committee);
  if (self->responses_view != NULL)
    rt_responses_view_set_committee (self->responses_view, committee);
  rt_map_view_set_committee (self->map_view, committee);
  if (self->cycle_view != NULL)
    rt_cycle_view_set_committee (self->cycle_view, committee);
  if (self->search_bar != NULL)
    rt_search_bar_set_committee (self->search_bar, committee);
  if (self->capture_bar != NULL)
    rt_capture_bar_set_committee (self->capture_bar, committee);
  if (self->speaker_panel != NULL)
    rt_speaker_panel_set_committee (self->speaker_panel, committee);
  update_title (self);
  update_read_only (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
}

/* Why @path cannot be written, for the banner of a read-only committee. */
static char *
dup_read_only_reason (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
    /* Translators: %s is a committee file name. */
    return g_strdup_printf (_("Read only: “%s” is write-protected, so changes cannot be saved. "
                              "Save a copy to edit it."), basename);

  g_clear_object (&info);
  if (folder != NULL)
    info = g_file_query_info (folder, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && !g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE))
    /* Translators: %s is a committee file name. */
    return g_strdup_printf (_("Read only: the folder of “%s” cannot be written (a protected USB stick or "
                              "shared folder?), so changes cannot be saved. Save a copy to edit it."), basename);

  /* Translators: %s is a committee file name. */
  return g_strdup_printf (_("Read only: “%s” was opened for reading only, so changes cannot be saved. "
                            "Save a copy to edit it."), basename);
}

/* A read-only committee says so at once, and offers what can be done;
 * what would change it is disabled rather than refused later. */
static void
update_read_only (RtWindow *self)
{
  gboolean read_only = self->committee != NULL && rt_committee_get_read_only (self->committee);
  static const char * const editing[] = { "win.import-minutes", "win.capture", "win.suggest-themes",
                                          "win.meetings", "win.people" };
  static const char * const reading[] = { "win.save-copy", "win.handouts", "win.present", "win.present-start",
                                          "win.find", "win.toggle-speakers", "win.committee-settings" };

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], self->committee != NULL && !read_only);
  for (guint i = 0; i < G_N_ELEMENTS (reading); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), reading[i], self->committee != NULL);
  /* Without a committee, the window says what to do first. */
  gtk_stack_set_visible_child_name (self->content_stack, self->committee != NULL ? "committee" : "none");

  if (read_only)
    {
      g_autofree char *reason = dup_read_only_reason (rt_committee_get_path (self->committee));

      gtk_label_set_label (self->read_only_label, reason);
    }
  gtk_revealer_set_reveal_child (self->read_only_banner, read_only);
  update_history (self);
}

RtCommittee *
rt_window_get_committee (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return self->committee;
}

/**
 * rt_window_get_board:
 *
 * Returns: (transfer none): the board view
 */
GtkWidget *
rt_window_get_board (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->board);
}

/* A view of the stack made the first time it is shown, in its page. */
typedef void (*SetCommittee) (gpointer view, RtCommittee *committee);

static GtkWidget *
ensure_view (RtWindow     *self,
             AdwBin       *page,
             gpointer     *view,
             GType         type,
             SetCommittee  set_committee)
{
  if (*view == NULL)
    {
      *view = g_object_new (type, NULL);
      adw_bin_set_child (page, *view);
      set_committee (*view, self->committee);
    }

  return *view;
}

/**
 * rt_window_get_responses_view:
 *
 * Returns: (transfer none): the Responses view
 */
GtkWidget *
rt_window_get_responses_view (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return ensure_view (self, self->responses_page, (gpointer *)&self->responses_view, RT_TYPE_RESPONSES_VIEW,
                      (SetCommittee)rt_responses_view_set_committee);
}

/**
 * rt_window_get_points_view:
 *
 * Returns: (transfer none): the Points view
 */
GtkWidget *
rt_window_get_points_view (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return ensure_view (self, self->points_page, (gpointer *)&self->points_view, RT_TYPE_POINTS_VIEW,
                      (SetCommittee)rt_points_view_set_committee);
}

/**
 * rt_window_get_cycle_view:
 *
 * Returns: (transfer none): the 会議 view of the meeting cycle
 */
GtkWidget *
rt_window_get_cycle_view (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return ensure_view (self, self->cycle_page, (gpointer *)&self->cycle_view, RT_TYPE_CYCLE_VIEW,
                      (SetCommittee)rt_cycle_view_set_committee);
}

/* The Points, Responses and 会議 views are made the first time they are
 * shown: many windows never show them, and they were most of a window's
 * start. */
static void
visible_view_changed (RtWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "points") == 0)
    rt_window_get_points_view (self);
  else if (g_strcmp0 (name, "responses") == 0)
    rt_window_get_responses_view (self);
  else if (g_strcmp0 (name, "cycle") == 0)
    rt_window_get_cycle_view (self);
}

/**
 * rt_window_show_view:
 * @name: "board", "points", "responses" or "map"
 */
void
rt_window_show_view (RtWindow   *self,
                     const char *name)
{
  g_return_if_fail (RT_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->stack, name);
}

gboolean
rt_window_open_path (RtWindow    *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(RtCommittee) committee = NULL;

  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, error)))
    return FALSE;

  rt_window_set_committee (self, committee);
  if (get_application (self) != NULL)
    rt_application_note_recent (get_application (self), path);

  return TRUE;
}

static void
open_chosen (GFile    *file,
             gpointer  user_data)
{
  g_autoptr(RtWindow) self = user_data;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  if ((path = g_file_get_path (file)) != NULL)
    rt_window_open_committee_file (self, path);
  else
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Open the Committee"), NULL);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  rt_file_chooser_open_committee (GTK_WINDOW (self), open_chosen, g_object_ref (self));
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return g_strcmp0 (a, b) == 0;

  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/**
 * rt_window_shows_path:
 *
 * Returns: whether the window shows the committee file @path
 */
gboolean
rt_window_shows_path (RtWindow   *self,
                      const char *path)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return self->committee != NULL &&
         same_file (rt_committee_get_path (self->committee), path);
}

static void
save_copy_chosen (GFile    *file,
                  gpointer  user_data)
{
  g_autoptr(RtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;

  if (file == NULL || self->committee == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("A copy can only be saved as a local file"));
  /* The copy is renamed over its target: never over the open file itself. */
  else if (rt_window_shows_path (self, path))
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                         _("This is the committee file itself; choose another name for the copy"));
  else
    rt_committee_save_copy (self->committee, path, &error);

  if (error != NULL)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Save the Copy"), error);
      return;
    }

  basename = g_path_get_basename (path);

  /* A read-only committee is copied to be edited: the copy takes its place. */
  if (rt_committee_get_read_only (self->committee))
    {
      if (!rt_window_open_path (self, path, &error))
        {
          rt_feedback_error (GTK_WIDGET (self), _("Could Not Open the Copy"), error);
          return;
        }
      message = g_strdup_printf (_("Saved a copy as “%s”: changes now go to the copy"), basename);
    }
  else
    message = g_strdup_printf (_("Saved a copy as “%s”"), basename);
  rt_feedback_toast (GTK_WIDGET (self), message);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  g_autofree char *basename = NULL;
  g_autofree char *suggested = NULL;

  if (self->committee == NULL)
    return;

  basename = g_path_get_basename (rt_committee_get_path (self->committee));
  if (g_str_has_suffix (basename, ".ronten"))
    basename[strlen (basename) - strlen (".ronten")] = '\0';
  /* Translators: the suggested name of a copy of the committee file %s. */
  suggested = g_strdup_printf (_("%s (copy).ronten"), basename);

  rt_file_chooser_save_committee (GTK_WINDOW (self), suggested, save_copy_chosen, g_object_ref (self));
}

static void
handouts_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee == NULL)
    return;

  gtk_window_present (track_dialog (self, GTK_WINDOW (rt_handout_dialog_new (GTK_WINDOW (self), self->committee))));
}

/* A document of the meeting cycle (the 次第, the 議事要旨 …) in the handouts
 * window: asked for by the views of the cycle with (kinds, meeting number,
 * outline version); kinds 0 are the meeting's usual handouts. */
static void
cycle_document_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  RtHandoutDialog *dialog;
  guint32 kinds;
  gint32 meeting, version;

  if (self->committee == NULL)
    return;

  g_variant_get (parameter, "(uii)", &kinds, &meeting, &version);
  dialog = rt_handout_dialog_new (GTK_WINDOW (self), self->committee);
  rt_handout_dialog_set_document (dialog, kinds, meeting, version);
  gtk_window_present (track_dialog (self, GTK_WINDOW (dialog)));
}

static void
committee_settings_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee == NULL)
    return;

  gtk_window_present (track_dialog (self, GTK_WINDOW (rt_committee_dialog_new (GTK_WINDOW (self), self->committee))));
}

static void
suggest_themes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee == NULL)
    return;

  gtk_window_present (track_dialog (self, GTK_WINDOW (rt_suggest_dialog_new (GTK_WINDOW (self), self->committee))));
}

static void
minutes_imported (RtWindow *self,
                  RtImport *import)
{
  RtImportSummary summary;
  g_autofree char *message = NULL;

  rt_import_get_summary (import, &summary);
  message = g_strdup_printf (ngettext ("Imported %u card from the minutes",
                                       "Imported %u cards from the minutes", summary.n_cards),
                             summary.n_cards);
  rt_feedback_toast (GTK_WIDGET (self), message);
}

/**
 * rt_window_import_minutes:
 *
 * Opens the import dialog on the window's committee, which must be set.
 *
 * Returns: (transfer none): the dialog
 */
RtImportDialog *
rt_window_import_minutes (RtWindow *self)
{
  RtImportDialog *dialog;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->committee != NULL, NULL);

  dialog = rt_import_dialog_new (GTK_WINDOW (self), self->committee);
  track_dialog (self, GTK_WINDOW (dialog));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (minutes_imported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
import_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee != NULL)
    rt_window_import_minutes (self);
}

/* Opening a card from the map opens the card editor. */
static void
map_card_activated (RtWindow *self,
                    gint64    card_id)
{
  RtCard *card;

  if (self->committee == NULL ||
      !(card = rt_committee_lookup (self->committee, RT_KIND_CARD, card_id)))
    return;

  rt_window_edit_card (self, card);
}

/* The search bar has a search (a query or a filter) or none: the board
 * filters its columns to the cards found and highlights the words. */
static void
search_changed (RtWindow *self)
{
  rt_board_set_search (self->board, rt_search_bar_get_search (self->search_bar));
}

/* Closing the search (Escape) gives the focus back to where it was when
 * the search bar took it, a card of the board, say; else GTK moves it on
 * to the next widget of the window — the far end of the board — and
 * scrolls the board there. last_focus is the last widget with the focus
 * outside the bar; focus_before_search what it was when the bar took the
 * focus, forgotten when the user puts the focus elsewhere during the
 * search. */
static void
focus_widget_changed (RtWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  g_autoptr(GtkWidget) before = NULL;

  if (focus == NULL)
    return;
  if (self->search_bar != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    {
      if ((before = g_weak_ref_get (&self->focus_before_search)) == NULL && self->card_before_search == 0)
        {
          g_autoptr(GtkWidget) last = g_weak_ref_get (&self->last_focus);

          g_weak_ref_set (&self->focus_before_search, last);
          self->card_before_search = last != NULL ? self->last_focus_card : 0;
        }
      return;
    }

  /* A card's widget may show another card once the search has filtered
   * the board: its id is kept too. */
  g_weak_ref_set (&self->last_focus, focus);
  self->last_focus_card = rt_board_get_focus_card (self->board);
  if (self->search_bar != NULL && rt_search_bar_get_search_mode (self->search_bar))
    {
      g_weak_ref_set (&self->focus_before_search, NULL);
      self->card_before_search = 0;
    }
}

static gboolean
restore_focus_idle (gpointer data)
{
  RtWindow *self = data;
  g_autoptr(GtkWidget) before = g_weak_ref_get (&self->focus_before_search);
  gint64 card = self->card_before_search;

  g_weak_ref_set (&self->focus_before_search, NULL);
  self->card_before_search = 0;
  if (card != 0 && rt_board_focus_card (self->board, card))
    return G_SOURCE_REMOVE;
  if (before != NULL && gtk_widget_is_ancestor (before, GTK_WIDGET (self)) && gtk_widget_is_visible (before))
    gtk_widget_grab_focus (before);

  return G_SOURCE_REMOVE;
}

static void
search_mode_changed (RtWindow *self)
{
  g_autoptr(GtkWidget) before = g_weak_ref_get (&self->focus_before_search);

  if (rt_search_bar_get_search_mode (self->search_bar) || (before == NULL && self->card_before_search == 0))
    return;
  /* After the bar and the board have settled. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, restore_focus_idle, g_object_ref (self), g_object_unref);
}

/**
 * rt_window_get_search_bar:
 * @create: whether to make the bar if it was not made yet
 *
 * The search bar is made the first time it is used (Ctrl+F, its button)
 * or asked for with @create.
 *
 * Returns: (transfer none) (nullable): the search bar, or %NULL if it was
 *   not made yet and @create is %FALSE
 */
RtSearchBar *
rt_window_get_search_bar (RtWindow *self,
                          gboolean  create)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  if (self->search_bar != NULL || !create)
    return self->search_bar;

  self->search_bar = g_object_new (RT_TYPE_SEARCH_BAR, NULL);
  g_signal_connect_object (self->search_bar, "notify::search", G_CALLBACK (search_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode", G_CALLBACK (search_mode_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_box_insert_child_after (self->main_box, GTK_WIDGET (self->search_bar), self->header_bar);
  rt_search_bar_set_committee (self->search_bar, self->committee);
  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  return self->search_bar;
}

/* The search button opens the bar, which is made then if need be. */
static void
search_button_toggled (RtWindow *self)
{
  if (gtk_toggle_button_get_active (self->search_button))
    rt_window_get_search_bar (self, TRUE);
}

/**
 * rt_window_get_capture_bar:
 * @create: whether to make the bar if it was not made yet
 *
 * The capture bar is made the first time a capture starts, or when asked
 * for with @create.
 *
 * Returns: (transfer none) (nullable): the capture bar
 */
RtCaptureBar *
rt_window_get_capture_bar (RtWindow *self,
                           gboolean  create)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  if (self->capture_bar != NULL || !create)
    return self->capture_bar;

  self->capture_bar = g_object_new (RT_TYPE_CAPTURE_BAR, NULL);
  gtk_box_append (self->outer_box, GTK_WIDGET (self->capture_bar));
  rt_capture_bar_set_committee (self->capture_bar, self->committee);

  return self->capture_bar;
}

/**
 * rt_window_get_speaker_panel:
 * @create: whether to make the panel if it was not made yet
 *
 * The speaker panel is made the first time it is shown, or when asked for
 * with @create.
 *
 * Returns: (transfer none) (nullable): the speaker panel
 */
RtSpeakerPanel *
rt_window_get_speaker_panel (RtWindow *self,
                             gboolean  create)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  if (self->speaker_panel != NULL || !create)
    return self->speaker_panel;

  self->speaker_panel = g_object_new (RT_TYPE_SPEAKER_PANEL, NULL);
  adw_flap_set_flap (self->speaker_flap, GTK_WIDGET (self->speaker_panel));
  rt_speaker_panel_set_committee (self->speaker_panel, self->committee);

  return self->speaker_panel;
}

/* "toggled" comes before the notification that reveals the flap: the
 * panel is there by then. */
static void
speakers_button_toggled (RtWindow *self)
{
  if (gtk_toggle_button_get_active (self->speakers_button))
    rt_window_get_speaker_panel (self, TRUE);
}

/* The primary menu's popover is made the first time it opens. */
static void
create_primary_menu (GtkMenuButton *menu_button,
                     gpointer       user_data)
{
  RtWindow *self = user_data;

  if (gtk_menu_button_get_popover (menu_button) == NULL)
    gtk_menu_button_set_menu_model (menu_button, self->primary_menu);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee == NULL)
    return;

  /* The search filters the board: show it. */
  adw_view_stack_set_visible_child_name (self->stack, "board");
  rt_search_bar_set_search_mode (rt_window_get_search_bar (self, TRUE), TRUE);
}

static void
capture_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (self->committee != NULL)
    rt_capture_bar_start (rt_window_get_capture_bar (self, TRUE));
}

static void
toggle_speakers_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  gtk_toggle_button_set_active (self->speakers_button,
                                !gtk_toggle_button_get_active (self->speakers_button));
}

static void
save_window_state (RtWindow *self)
{
  GSettings *settings = rt_settings_get ();
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
rt_window_close_request (GtkWindow *window)
{
  /* Every change is already in the file: closing never asks to save. */
  save_window_state (RT_WINDOW (window));

  return GTK_WINDOW_CLASS (rt_window_parent_class)->close_request (window);
}

static void
rt_window_dispose (GObject *object)
{
  RtWindow *self = (RtWindow *)object;

  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_func (self->committee, update_title, self);
  g_clear_object (&self->committee);
  set_history (self, NULL);
  if (self->card_editor != NULL)
    gtk_window_destroy (self->card_editor);
  if (self->console != NULL)
    gtk_window_destroy (GTK_WINDOW (self->console));
  if (self->dialogs != NULL)
    close_dialogs (self);
  g_clear_pointer (&self->dialogs, g_ptr_array_unref);

  /* Children of the template's widgets, gone with them. */
  g_weak_ref_set (&self->focus_before_search, NULL);
  g_weak_ref_set (&self->last_focus, NULL);
  self->search_bar = NULL;
  self->points_view = NULL;
  self->responses_view = NULL;
  self->cycle_view = NULL;
  self->capture_bar = NULL;
  self->speaker_panel = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_WINDOW);

  G_OBJECT_CLASS (rt_window_parent_class)->dispose (object);
}

static void
rt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtWindow *self = RT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * rt_window_get_presentation_console:
 *
 * Returns: (transfer none) (nullable): the presentation console of the
 *   window's committee, while it is open
 */
RtPresentationConsole *
rt_window_get_presentation_console (RtWindow *self)
{
  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);

  return self->console;
}

/* The presentation console, one per window, kept while it is open. */
static RtPresentationConsole *
ensure_presentation_console (RtWindow *self)
{
  if (self->console == NULL)
    {
      self->console = rt_presentation_console_new (GTK_WINDOW (self), self->committee);
      fit_in_window (self, GTK_WINDOW (self->console));
      g_object_add_weak_pointer (G_OBJECT (self->console), (gpointer *)&self->console);
    }

  return self->console;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  RtPresentationConsole *console;

  if (self->committee == NULL)
    return;

  console = ensure_presentation_console (self);
  gtk_window_present (GTK_WINDOW (console));
  /* Through the console's action: with no scenes, there is nothing to
   * present, and the console says how to add one. */
  if (g_str_equal (action_name, "win.present-start"))
    gtk_widget_activate_action (GTK_WIDGET (console), "console.start", NULL);
}

static void
rt_window_class_init (RtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_window_dispose;
  object_class->get_property = rt_window_get_property;

  /* Also for windows made without the application, in tests and benchmarks. */
  rt_tooltip_install ();
  window_class->close_request = rt_window_close_request;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RT_TYPE_BOARD);
  g_type_ensure (RT_TYPE_POINTS_VIEW);
  g_type_ensure (RT_TYPE_RESPONSES_VIEW);
  g_type_ensure (RT_TYPE_MAP_VIEW);
  g_type_ensure (RT_TYPE_CYCLE_VIEW);
  g_type_ensure (RT_TYPE_SEARCH_BAR);
  g_type_ensure (RT_TYPE_CAPTURE_BAR);
  g_type_ensure (RT_TYPE_SPEAKER_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, outer_box);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, read_only_banner);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, speaker_flap);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, board);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, points_page);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, responses_page);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, cycle_page);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, speakers_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, redo_button);
  gtk_widget_class_bind_template_callback (widget_class, map_card_activated);
  gtk_widget_class_bind_template_callback (widget_class, board_card_activated);

  rt_feedback_install (widget_class, RT_TYPE_WINDOW, G_STRUCT_OFFSET (RtWindow, toast_overlay));
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);

  gtk_widget_class_install_action (widget_class, "win.committee-settings", NULL, committee_settings_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.edit-card", "x", edit_card_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_install_action (widget_class, "win.handouts", NULL, handouts_action);
  gtk_widget_class_install_action (widget_class, "win.cycle-document", "(uii)", cycle_document_action);
  gtk_widget_class_install_action (widget_class, "win.suggest-themes", NULL, suggest_themes_action);
  gtk_widget_class_install_action (widget_class, "win.import-minutes", NULL, import_minutes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-minutes", NULL);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-start", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present-start", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.handouts", NULL);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_install_action (widget_class, "win.capture", NULL, capture_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.capture", NULL);
  gtk_widget_class_install_action (widget_class, "win.toggle-speakers", NULL, toggle_speakers_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.toggle-speakers", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-speakers", NULL);

  rt_window_files_class_init (widget_class);
  rt_window_tables_class_init (widget_class);
  rt_window_meetings_class_init (widget_class);
}

static void
rt_window_init (RtWindow *self)
{
  GSettings *settings;

  self->dialogs = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->search_button, "toggled", G_CALLBACK (search_button_toggled), self);
  g_signal_connect_swapped (self->speakers_button, "toggled", G_CALLBACK (speakers_button_toggled), self);
  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (focus_widget_changed), self);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (visible_view_changed), self);
  visible_view_changed (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu, self, NULL);

  settings = rt_settings_get ();
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  /* A new window opens on the view last chosen in any window. */
  g_settings_bind (settings, "view", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);

  rt_window_files_init (self);

  update_title (self);
  update_read_only (self);
}

RtWindow *
rt_window_new (GtkApplication *application)
{
  return g_object_new (RT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
