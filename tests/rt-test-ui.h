/* rt-test-ui.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

G_BEGIN_DECLS

/* Runs the main loop until @done, failing after @timeout_s seconds, then lets
 * layout and drawing settle for @n_settle more iterations, sleeping 1 ms after
 * each if @settle_sleep. */
static inline void
rt_test_iterate_until_full (gboolean (*done) (gpointer),
                            gpointer   data,
                            guint      timeout_s,
                            guint      n_settle,
                            gboolean   settle_sleep)
{
  gint64 deadline = g_get_monotonic_time () + timeout_s * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  for (guint i = 0; i < n_settle; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      if (settle_sleep)
        g_usleep (1000);
    }
}

/* Runs the main loop until @done, then lets layout and drawing settle. */
static inline void
rt_test_iterate_until (gboolean (*done) (gpointer),
                       gpointer   data)
{
  rt_test_iterate_until_full (done, data, 10, 50, FALSE);
}

/* Runs the main loop for @ms milliseconds: idles, timeouts and transitions. */
static inline void
rt_test_iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * (gint64)1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static inline gboolean
rt_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The application loads its style sheet; a test has no application. */
static inline void
rt_test_load_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/io/github/ronten/Ronten/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Finds the shortcut for @accel among @widget's own controllers (where
 * gtk_widget_class_add_binding_action() puts them) and activates it as a
 * key press would; returns how many shortcuts have that trigger. */
static inline guint
rt_test_activate_shortcut (GtkWidget  *widget,
                           const char *accel)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accel);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GtkShortcut *found = NULL;
  guint n_found = 0;

  g_assert_nonnull (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              n_found++;
              if (found == NULL)
                found = g_object_ref (shortcut);
            }
        }
    }

  if (found != NULL)
    {
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (found),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                   gtk_shortcut_get_arguments (found)));
      g_object_unref (found);
    }

  return n_found;
}

/* Whether the keyboard focus of @widget's window is in @widget. */
static inline gboolean
rt_test_has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The first label under @root with the CSS class @css_class. */
static inline GtkLabel *
rt_test_find_label (GtkWidget  *root,
                    const char *css_class)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, css_class))
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = rt_test_find_label (child, css_class);

      if (label != NULL)
        return label;
    }

  return NULL;
}

static inline void
rt_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The paintable shows the widget's last frame: until one is drawn after a
   * change, there is nothing to show, so wait for it. */
  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; ; )
    {
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL || g_get_monotonic_time () > deadline)
        break;
      snapshot = gtk_snapshot_new ();
      gtk_widget_queue_draw (widget);
      rt_test_iterate_for (20);
    }
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Sends @key (an X key name: "Right", "space", "Page_Down" …) to @window as
 * a real key press through the X server, as a keyboard or a presentation
 * clicker does: the event goes through GDK and every controller of the
 * window, in their phases, unlike activating a shortcut. The keyboard focus
 * is given to @window first; as other tests may take it at any time, the
 * key is sent again (up to 5 times) until @done (if not %NULL) says it
 * arrived. Without @done, waits 300 ms. Returns whether @done came true;
 * fails the test where no X server or no xdotool is there to send keys. */
static inline gboolean
rt_test_send_key (GtkWidget   *window,
                  const char  *key,
                  gboolean   (*done) (gpointer),
                  gpointer     data)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *xid = NULL;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_nonnull (xdotool);     /* build-aux/install-deps.sh installs it */
  xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (surface));

  for (guint attempt = 0; attempt < 5; attempt++)
    {
      /* One client, so the focus is set before the key is pressed. */
      const char *argv[] = { xdotool, "windowfocus", xid, "key", "--clearmodifiers", key, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;
      gint64 end;

      rt_test_iterate_for (20);
      g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));

      for (end = g_get_monotonic_time () + 300 * 1000; g_get_monotonic_time () < end; )
        {
          g_main_context_iteration (NULL, FALSE);
          if (done != NULL && done (data))
            return TRUE;
          g_usleep (1000);
        }
      if (done == NULL)
        return FALSE;
      g_test_message ("key %s: no effect after attempt %u; sending it again", key, attempt + 1);
    }

  return FALSE;
#else
  g_test_skip ("Real key events need X11");
  return FALSE;
#endif
}

G_END_DECLS
