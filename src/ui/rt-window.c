/* rt-window.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-application.h"
#include "rt-board.h"
#include "rt-file-chooser.h"
#include "rt-points-view.h"
#include "rt-window.h"

struct _RtWindow
{
  AdwApplicationWindow  parent_instance;

  RtCommittee          *committee;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwViewStack         *stack;
  RtBoard              *board;
  RtPointsView         *points_view;
};

G_DEFINE_FINAL_TYPE (RtWindow, rt_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_COMMITTEE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The window also runs without an RtApplication, in tests and benchmarks. */
static RtApplication *
get_application (RtWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL)
    application = GTK_APPLICATION (g_application_get_default ());

  return RT_IS_APPLICATION (application) ? RT_APPLICATION (application) : NULL;
}

static GSettings *
get_settings (RtWindow *self)
{
  RtApplication *application = get_application (self);

  return application ? rt_application_get_settings (application) : NULL;
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

  basename = g_path_get_basename (rt_store_get_path (rt_committee_get_store (self->committee)));
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, basename);
  gtk_window_set_title (GTK_WINDOW (self), name);
}

void
rt_window_set_committee (RtWindow    *self,
                         RtCommittee *committee)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_func (self->committee, update_title, self);

  if (!g_set_object (&self->committee, committee))
    return;

  if (committee != NULL)
    g_signal_connect_swapped (committee, "notify::name", G_CALLBACK (update_title), self);

  rt_board_set_committee (self->board, committee);
  rt_points_view_set_committee (self->points_view, committee);
  update_title (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
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

void
rt_window_show_error (RtWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (RT_IS_WINDOW (self));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       error ? error->message : NULL));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
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

  if (rt_committee_get_read_only (committee))
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("This committee file is read-only: changes cannot be saved")));

  return TRUE;
}

static void
open_chosen (GFile    *file,
             gpointer  user_data)
{
  g_autoptr(RtWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL || !rt_window_open_path (self, path, &error))
    rt_window_show_error (self, _("Could Not Open the Committee"), error);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  rt_file_chooser_open_committee (GTK_WINDOW (self), open_chosen, g_object_ref (self));
}

static void
save_window_state (RtWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

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

static void
rt_window_class_init (RtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_window_dispose;
  object_class->get_property = rt_window_get_property;
  window_class->close_request = rt_window_close_request;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RT_TYPE_BOARD);
  g_type_ensure (RT_TYPE_POINTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, board);
  gtk_widget_class_bind_template_child (widget_class, RtWindow, points_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
rt_window_init (RtWindow *self)
{
  GSettings *settings;

  gtk_widget_init_template (GTK_WIDGET (self));

  settings = get_settings (self);
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  update_title (self);
}

RtWindow *
rt_window_new (GtkApplication *application)
{
  return g_object_new (RT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
