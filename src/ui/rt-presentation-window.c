/* rt-presentation-window.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-presentation-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-presentation-window.h"
#include "rt-committee.h"

/* The projector: a full-screen window on the chosen monitor, with no
 * chrome, driven by the keys a presentation clicker sends and by the
 * console on the laptop. Like Papers' presentation view it goes full screen
 * with gtk_window_fullscreen_on_monitor() and inhibits the screensaver while
 * it is open.
 *
 * The slide follows the committee live: a change to the store or to the
 * list of cards rebuilds it in a high-priority idle, which runs before the
 * next frame is drawn, and the slide view outlines what changed. */

#define CURSOR_IDLE_TIME 2

struct _RtPresentationWindow
{
  GtkWindow     parent_instance;

  RtCommittee  *committee;
  GPtrArray    *scenes;        /* RtScene */
  guint         current;
  gboolean      dark;
  gboolean      hide_speakers;
  double        scale;
  gint64        started;
  gboolean      windowed;
  guint         inhibit_cookie;
  guint         rebuild_id;
  guint         cursor_id;
  double        pointer_x;
  double        pointer_y;

  RtSlideView  *slide_view;
};

G_DEFINE_FINAL_TYPE (RtPresentationWindow, rt_presentation_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CURRENT,
  PROP_BLACK,
  PROP_DARK,
  PROP_WINDOWED,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
load_scenes (RtPresentationWindow *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scenes;

  if (!(scenes = rt_committee_list_scenes (self->committee, &error)))
    {
      g_warning ("Could not read the scenes: %s", error->message);
      scenes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_scene_free);
    }

  g_clear_pointer (&self->scenes, g_ptr_array_unref);
  self->scenes = scenes;
}

static void
show_slide (RtPresentationWindow *self,
            gboolean              live)
{
  g_autoptr(GError) error = NULL;
  RtSlideOptions options = { .hide_speakers = self->hide_speakers };
  RtSlide *slide = NULL;

  if (self->current < self->scenes->len &&
      !(slide = rt_slide_new_for_scene (self->committee, g_ptr_array_index (self->scenes, self->current),
                                        &options, &error)))
    g_warning ("Could not show the scene: %s", error->message);

  if (slide == NULL)
    {
      RtScene empty = { .kind = RT_SCENE_TEXT, .title = _("No scenes"),
                        .text = _("Add scenes in the presentation console.") };

      slide = rt_slide_new_for_scene (self->committee, &empty, &options, NULL);
    }

  rt_slide_view_set_slide (self->slide_view, slide, live);
}

/**
 * rt_presentation_window_refresh:
 *
 * Rebuilds the slide now rather than before the next frame.
 */
void
rt_presentation_window_refresh (RtPresentationWindow *self)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  show_slide (self, TRUE);
}

static gboolean
rebuild_idle (gpointer data)
{
  RtPresentationWindow *self = data;

  self->rebuild_id = 0;
  show_slide (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (RtPresentationWindow *self)
{
  /* Above GDK_PRIORITY_REDRAW: the new slide is in the very next frame. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle, self, NULL);
}

static void
scenes_changed (RtPresentationWindow *self)
{
  gint64 id = self->current < self->scenes->len
              ? ((RtScene *)g_ptr_array_index (self->scenes, self->current))->id : 0;

  load_scenes (self);
  for (guint i = 0; i < self->scenes->len; i++)
    if (((RtScene *)g_ptr_array_index (self->scenes, i))->id == id)
      self->current = i;
  if (self->current >= self->scenes->len && self->scenes->len > 0)
    self->current = self->scenes->len - 1;
}

static void
cards_changed (RtPresentationWindow *self,
               guint                 position,
               guint                 removed,
               guint                 added,
               GListModel           *cards)
{
  queue_rebuild (self);
}

RtCommittee *
rt_presentation_window_get_committee (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), NULL);

  return self->committee;
}

/**
 * rt_presentation_window_get_slide_view:
 *
 * Returns: (transfer none): the view that shows the slide
 */
RtSlideView *
rt_presentation_window_get_slide_view (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), NULL);

  return self->slide_view;
}

guint
rt_presentation_window_get_n_scenes (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), 0);

  return self->scenes->len;
}

guint
rt_presentation_window_get_current (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), 0);

  return self->current;
}

void
rt_presentation_window_set_current (RtPresentationWindow *self,
                                    guint                 scene)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  if (self->scenes->len == 0)
    return;

  scene = MIN (scene, self->scenes->len - 1);

  /* Moving on also lifts a black screen, as in Papers. */
  rt_presentation_window_set_black (self, FALSE);

  if (scene == self->current)
    return;

  self->current = scene;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  show_slide (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

/**
 * rt_presentation_window_dup_scene_title:
 *
 * Returns: (transfer full) (nullable): the title of scene @scene, or %NULL
 *   past the last
 */
char *
rt_presentation_window_dup_scene_title (RtPresentationWindow *self,
                                        guint                 scene)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), NULL);

  if (scene >= self->scenes->len)
    return NULL;

  return rt_scene_dup_display_title (g_ptr_array_index (self->scenes, scene), self->committee);
}

gboolean
rt_presentation_window_get_black (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), FALSE);

  return rt_slide_view_get_black (self->slide_view);
}

void
rt_presentation_window_set_black (RtPresentationWindow *self,
                                  gboolean              black)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  black = !!black;
  if (black == rt_slide_view_get_black (self->slide_view))
    return;

  rt_slide_view_set_black (self->slide_view, black);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLACK]);
}

gboolean
rt_presentation_window_get_dark (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), FALSE);

  return self->dark;
}

void
rt_presentation_window_set_dark (RtPresentationWindow *self,
                                 gboolean              dark)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  dark = !!dark;
  if (dark == self->dark)
    return;

  self->dark = dark;
  rt_slide_view_set_dark (self->slide_view, dark);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

void
rt_presentation_window_set_hide_speakers (RtPresentationWindow *self,
                                          gboolean              hide)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  if (self->hide_speakers == !!hide)
    return;

  self->hide_speakers = !!hide;
  show_slide (self, FALSE);
}

static void
update_base_size (RtPresentationWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *monitor = NULL;
  GdkRectangle geometry;

  /* A window's slide follows its own height. */
  if (self->windowed)
    {
      rt_slide_view_set_base_size (self->slide_view, 0);
      return;
    }

  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface);

  /* From the monitor's height, so the type is as large on a projector of any
   * resolution; until the window is shown, from its own height. */
  if (monitor != NULL)
    {
      gdk_monitor_get_geometry (monitor, &geometry);
      rt_slide_view_set_base_size (self->slide_view, rt_slide_base_size_for_height (geometry.height, self->scale));
    }
  else
    rt_slide_view_set_base_size (self->slide_view, 0);
}

void
rt_presentation_window_set_scale (RtPresentationWindow *self,
                                  double                scale)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  self->scale = CLAMP (scale, 0.5, 3.0);
  update_base_size (self);
}

/**
 * rt_presentation_window_get_started:
 *
 * Returns: the monotonic time at which presenting started, or 0
 */
gint64
rt_presentation_window_get_started (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), 0);

  return self->started;
}

/**
 * rt_presentation_choose_monitor:
 * @console: (nullable): the window that stays on the laptop
 * @connector: (nullable): the projector-monitor setting: a connector name,
 *   or empty
 *
 * Returns: (transfer none) (nullable): the monitor named @connector when it
 *   is there, otherwise the first monitor that does not show @console,
 *   otherwise the first monitor
 */
GdkMonitor *
rt_presentation_choose_monitor (GtkWindow  *console,
                                const char *connector)
{
  GdkDisplay *display = console ? gtk_widget_get_display (GTK_WIDGET (console)) : gdk_display_get_default ();
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkMonitor *laptop = NULL, *first = NULL, *other = NULL;
  GdkSurface *surface;

  if (console != NULL && (surface = gtk_native_get_surface (GTK_NATIVE (console))) != NULL)
    laptop = gdk_display_get_monitor_at_surface (display, surface);

  for (guint i = 0, n = g_list_model_get_n_items (monitors); i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (connector != NULL && connector[0] != '\0' &&
          g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0)
        return monitor;
      if (first == NULL)
        first = monitor;
      if (other == NULL && monitor != laptop)
        other = monitor;
    }

  return other ? other : first;
}

static void
begin (RtPresentationWindow *self,
       guint                 scene)
{
  GtkApplication *application;

  self->started = g_get_monotonic_time ();
  self->current = G_MAXUINT;
  rt_presentation_window_set_current (self, scene);
  if (self->current == G_MAXUINT)
    {
      self->current = 0;
      show_slide (self, FALSE);
    }

  gtk_window_present (GTK_WINDOW (self));

  application = gtk_window_get_application (GTK_WINDOW (self));
  if (application == NULL && GTK_IS_APPLICATION (g_application_get_default ()))
    application = GTK_APPLICATION (g_application_get_default ());
  if (application != NULL && self->inhibit_cookie == 0)
    self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("Presenting to the committee"));
}

/**
 * rt_presentation_window_fullscreen:
 * @monitor: (nullable): where to present, or %NULL for the default
 *
 * Shows the window full screen on @monitor, without decorations.
 */
void
rt_presentation_window_fullscreen (RtPresentationWindow *self,
                                   GdkMonitor           *monitor)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  if (monitor == NULL)
    monitor = rt_presentation_choose_monitor (gtk_window_get_transient_for (GTK_WINDOW (self)), NULL);

  self->windowed = FALSE;
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      rt_slide_view_set_base_size (self->slide_view, rt_slide_base_size_for_height (geometry.height, self->scale));
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOWED]);
}

/**
 * rt_presentation_window_start:
 * @monitor: (nullable): where to present, or %NULL for the default
 * @scene: the scene to start from
 *
 * Shows the window full screen on @monitor and keeps the screen awake.
 */
void
rt_presentation_window_start (RtPresentationWindow *self,
                              GdkMonitor           *monitor,
                              guint                 scene)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  rt_presentation_window_fullscreen (self, monitor);
  begin (self, scene);
}

/**
 * rt_presentation_window_start_windowed:
 * @scene: the scene to start from
 *
 * Shows the window as an ordinary window, which can be moved, resized, or
 * made full screen later (F11): for a laptop with one screen, where a full
 * screen projector would hide the console.
 */
void
rt_presentation_window_start_windowed (RtPresentationWindow *self,
                                       guint                 scene)
{
  g_return_if_fail (RT_IS_PRESENTATION_WINDOW (self));

  self->windowed = TRUE;
  gtk_window_set_decorated (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 800, 450);
  /* From the window's height, as it is resized. */
  rt_slide_view_set_base_size (self->slide_view, 0);
  begin (self, scene);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOWED]);
}

gboolean
rt_presentation_window_get_windowed (RtPresentationWindow *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_WINDOW (self), FALSE);

  return self->windowed;
}

static void
uninhibit (RtPresentationWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application == NULL && GTK_IS_APPLICATION (g_application_get_default ()))
    application = GTK_APPLICATION (g_application_get_default ());
  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* The pointer hides after CURSOR_IDLE_TIME seconds without moving. */
static gboolean
hide_cursor (gpointer data)
{
  RtPresentationWindow *self = data;

  self->cursor_id = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->slide_view), "none");

  return G_SOURCE_REMOVE;
}

static void
pointer_moved (RtPresentationWindow *self,
               double                x,
               double                y)
{
  /* Some systems send motion without movement when the window appears. */
  if (self->cursor_id != 0 && ABS (x - self->pointer_x) < 1 && ABS (y - self->pointer_y) < 1)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  gtk_widget_set_cursor (GTK_WIDGET (self->slide_view), NULL);
  g_clear_handle_id (&self->cursor_id, g_source_remove);
  self->cursor_id = g_timeout_add_seconds (CURSOR_IDLE_TIME, hide_cursor, self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (widget);
  guint page = rt_slide_view_get_page (self->slide_view);

  /* A scene with more cards than the screen holds is paged through first. */
  if (rt_presentation_window_get_black (self))
    rt_presentation_window_set_black (self, FALSE);
  else if (page + 1 < rt_slide_view_get_n_pages (self->slide_view))
    rt_slide_view_set_page (self->slide_view, page + 1);
  else if (self->current + 1 < self->scenes->len)
    rt_presentation_window_set_current (self, self->current + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (widget);
  guint page = rt_slide_view_get_page (self->slide_view);

  if (rt_presentation_window_get_black (self))
    rt_presentation_window_set_black (self, FALSE);
  else if (page > 0)
    rt_slide_view_set_page (self->slide_view, page - 1);
  else if (self->current > 0)
    rt_presentation_window_set_current (self, self->current - 1);
}

static void
goto_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (widget);
  int scene = g_variant_get_int32 (parameter);

  if (scene < 0)
    scene = (int)self->scenes->len - 1;
  if (scene >= 0 && (guint)scene < self->scenes->len)
    rt_presentation_window_set_current (self, scene);
}

static void
black_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (widget);

  rt_presentation_window_set_black (self, !rt_presentation_window_get_black (self));
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* F11 makes a windowed projector full screen, and back. */
static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (widget);

  if (self->windowed)
    rt_presentation_window_fullscreen (self, gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget),
                                                                                 gtk_native_get_surface (GTK_NATIVE (widget))));
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      self->windowed = TRUE;
      gtk_window_set_decorated (GTK_WINDOW (self), TRUE);
      rt_slide_view_set_base_size (self->slide_view, 0);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOWED]);
    }
}

static void
rt_presentation_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rt_presentation_window_parent_class)->realize (widget);

  pointer_moved (RT_PRESENTATION_WINDOW (widget), -1, -1);
}

static gboolean
rt_presentation_window_close_request (GtkWindow *window)
{
  uninhibit (RT_PRESENTATION_WINDOW (window));

  return GTK_WINDOW_CLASS (rt_presentation_window_parent_class)->close_request (window);
}

static void
rt_presentation_window_dispose (GObject *object)
{
  RtPresentationWindow *self = (RtPresentationWindow *)object;

  uninhibit (self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->cursor_id, g_source_remove);

  if (self->committee != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->committee, self);
      g_signal_handlers_disconnect_by_data (rt_committee_get_cards (self->committee), self);
    }
  g_clear_object (&self->committee);

  /* The window unparents its child itself; the template must not do it again. */
  gtk_window_set_child (GTK_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PRESENTATION_WINDOW);

  G_OBJECT_CLASS (rt_presentation_window_parent_class)->dispose (object);
}

static void
rt_presentation_window_finalize (GObject *object)
{
  RtPresentationWindow *self = (RtPresentationWindow *)object;

  g_clear_pointer (&self->scenes, g_ptr_array_unref);

  G_OBJECT_CLASS (rt_presentation_window_parent_class)->finalize (object);
}

static void
rt_presentation_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_uint (value, self->current);
      break;

    case PROP_BLACK:
      g_value_set_boolean (value, rt_presentation_window_get_black (self));
      break;

    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;

    case PROP_WINDOWED:
      g_value_set_boolean (value, self->windowed);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, rt_slide_view_get_page (self->slide_view));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_presentation_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RtPresentationWindow *self = RT_PRESENTATION_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      rt_presentation_window_set_current (self, g_value_get_uint (value));
      break;

    case PROP_BLACK:
      rt_presentation_window_set_black (self, g_value_get_boolean (value));
      break;

    case PROP_DARK:
      rt_presentation_window_set_dark (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_presentation_window_class_init (RtPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_presentation_window_dispose;
  object_class->finalize = rt_presentation_window_finalize;
  object_class->get_property = rt_presentation_window_get_property;
  object_class->set_property = rt_presentation_window_set_property;
  widget_class->realize = rt_presentation_window_realize;
  window_class->close_request = rt_presentation_window_close_request;

  properties[PROP_CURRENT] =
    g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BLACK] =
    g_param_spec_boolean ("black", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WINDOWED] =
    g_param_spec_boolean ("windowed", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RT_TYPE_SLIDE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-presentation-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPresentationWindow, slide_view);
  gtk_widget_class_bind_template_callback (widget_class, pointer_moved);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.goto", "i", goto_action);
  gtk_widget_class_install_action (widget_class, "presentation.black", NULL, black_action);
  gtk_widget_class_install_action (widget_class, "presentation.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "presentation.fullscreen", NULL, fullscreen_action);
}

static void
page_changed (RtPresentationWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
add_key (GtkShortcutController *keys,
         guint                  keyval,
         GdkModifierType        modifiers,
         const char            *action,
         GVariant              *argument)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_named_action_new (action));

  if (argument != NULL)
    gtk_shortcut_set_arguments (shortcut, argument);
  gtk_shortcut_controller_add_shortcut (keys, shortcut);
}

/* The keys a presentation clicker sends (→ ↓ Space PgDn forward, ← ↑ PgUp
 * back, B or . for a black screen, Esc to end) and the keyboard's. They are
 * caught before anything else sees them: GtkWindow's own bindings, which
 * come first among a window's class shortcuts, take the arrows to move the
 * focus and Space and Enter to activate it, and would swallow them. */
static void
add_keys (RtPresentationWindow *self)
{
  static const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_space,
                                     GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_n, GDK_KEY_KP_Right,
                                     GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down };
  static const guint previous_keys[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
                                         GDK_KEY_p, GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up };
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_name (controller, "presentation-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (keys, GTK_SHORTCUT_SCOPE_LOCAL);

  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    add_key (keys, next_keys[i], 0, "presentation.next", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
    add_key (keys, previous_keys[i], 0, "presentation.previous", NULL);
  add_key (keys, GDK_KEY_space, GDK_SHIFT_MASK, "presentation.previous", NULL);
  for (int i = 0; i < 9; i++)
    {
      add_key (keys, GDK_KEY_1 + i, 0, "presentation.goto", g_variant_new_int32 (i));
      add_key (keys, GDK_KEY_KP_1 + i, 0, "presentation.goto", g_variant_new_int32 (i));
    }
  add_key (keys, GDK_KEY_Home, 0, "presentation.goto", g_variant_new_int32 (0));
  add_key (keys, GDK_KEY_End, 0, "presentation.goto", g_variant_new_int32 (-1));
  add_key (keys, GDK_KEY_b, 0, "presentation.black", NULL);
  add_key (keys, GDK_KEY_B, GDK_SHIFT_MASK, "presentation.black", NULL);
  add_key (keys, GDK_KEY_period, 0, "presentation.black", NULL);
  add_key (keys, GDK_KEY_Escape, 0, "presentation.end", NULL);
  add_key (keys, GDK_KEY_F11, 0, "presentation.fullscreen", NULL);

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
rt_presentation_window_init (RtPresentationWindow *self)
{
  self->scale = 1.0;
  self->scenes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_scene_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_keys (self);
  g_signal_connect_object (self->slide_view, "notify::page", G_CALLBACK (page_changed), self, G_CONNECT_SWAPPED);
}

/**
 * rt_presentation_window_new:
 *
 * Returns: (transfer full): a presentation of @committee's scenes, not yet shown
 */
RtPresentationWindow *
rt_presentation_window_new (RtCommittee *committee)
{
  RtPresentationWindow *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_PRESENTATION_WINDOW, NULL);
  self->committee = g_object_ref (committee);
  load_scenes (self);

  /* The slide shows a little of everything: redrawn after any change. */
  g_signal_connect_object (committee, "scenes-changed", G_CALLBACK (scenes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (committee, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rt_committee_get_cards (committee), "items-changed",
                           G_CALLBACK (cards_changed), self, G_CONNECT_SWAPPED);

  show_slide (self, FALSE);

  return self;
}
