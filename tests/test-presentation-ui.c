/* test-presentation-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-presentation-console.h"
#include "rt-presentation-window.h"
#include "rt-test-util.h"
#include "rt-window.h"

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC * rt_test_time_factor ();

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC * rt_test_time_factor ();
  int width, height;

  /* A window that has just changed size has no frame to paint until it is drawn again. */
  for (;;)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      gtk_widget_queue_draw (widget);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

typedef struct
{
  RtPresentationWindow *presentation;
  gint64                card_id;
  const char           *direction;
  int                   width;
} Wait;

static gboolean
card_shown (gpointer data)
{
  Wait *wait = data;
  RtSlide *slide = rt_slide_view_get_slide (rt_presentation_window_get_slide_view (wait->presentation));

  return slide != NULL && rt_slide_find_card (slide, wait->card_id) >= 0;
}

static gboolean
direction_shown (gpointer data)
{
  Wait *wait = data;
  RtSlide *slide = rt_slide_view_get_slide (rt_presentation_window_get_slide_view (wait->presentation));

  for (guint i = 0; slide != NULL && i < slide->directions->len; i++)
    if (g_str_equal (g_ptr_array_index (slide->directions, i), wait->direction))
      return TRUE;

  return FALSE;
}

/* Which action a key of the window is bound to, or NULL. */
static char *
action_for_key (GtkWidget  *widget,
                const char *key)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  GListModel *shortcuts = NULL;

  /* The class's key bindings are in a shortcut controller of the widget. */
  for (guint i = 0; shortcuts == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller) && g_list_model_get_n_items (G_LIST_MODEL (controller)) > 10)
        shortcuts = G_LIST_MODEL (controller);
    }
  g_assert_nonnull (shortcuts);

  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
      GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

      if (g_str_equal (trigger, key) && GTK_IS_NAMED_ACTION (action))
        {
          if (arguments != NULL)
            return g_strdup_printf ("%s(%d)", gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                    g_variant_get_int32 (arguments));
          return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }

  return NULL;
}

static void
test_keys_and_live (void)
{
  static const struct { const char *key; const char *action; } keys[] = {
    { "Right", "presentation.next" }, { "Page_Down", "presentation.next" },
    { "space", "presentation.next" }, { "Left", "presentation.previous" },
    { "Page_Up", "presentation.previous" }, { "1", "presentation.goto(0)" },
    { "9", "presentation.goto(8)" }, { "b", "presentation.black" },
    { "period", "presentation.black" }, { "Escape", "presentation.end" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  RtWindow *window = rt_window_new (NULL);
  RtPresentationConsole *console;
  RtPresentationWindow *presentation;
  RtCommittee *committee;
  GtkWidget *p;
  Wait wait = { 0 };

  g_assert_true (rt_window_open_path (window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  committee = rt_window_get_committee (window);

  /* The console opens from the main window, and presents from its selected scene. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  console = g_object_get_data (G_OBJECT (window), "rt-presentation-console");
  g_assert_true (RT_IS_PRESENTATION_CONSOLE (console));
  iterate_until (is_mapped, console);
  rt_presentation_console_select (console, 0);
  presentation = rt_presentation_console_start (console);
  p = GTK_WIDGET (presentation);
  wait.presentation = presentation;
  iterate_until (is_mapped, presentation);

  g_assert_cmpuint (rt_presentation_window_get_n_scenes (presentation), ==, 8);
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);
  g_assert_nonnull (rt_slide_view_get_slide (rt_presentation_window_get_slide_view (presentation)));

  /* The keys of a clicker and of the keyboard are bound to the actions. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *action = action_for_key (p, keys[i].key);

      g_assert_cmpstr (action, ==, keys[i].action);
    }

  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));
  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 2);
  g_assert_true (gtk_widget_activate_action (p, "presentation.previous", NULL));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 1);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 4));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 4);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 8));   /* no 9th scene */
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 4);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", -1));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 7);
  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));      /* stays on the last */
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 7);

  /* The console follows: the selected scene, the position, what comes next, the timer. */
  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (rt_presentation_console_get_selected (console), ==, 7);
  g_assert_nonnull (rt_presentation_console_get_timer_text (console));
  g_assert_true (g_str_has_prefix (rt_presentation_console_get_timer_text (console), "0:0"));

  /* B blanks the screen; the next key brings the same scene back. */
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 1));
  g_assert_true (gtk_widget_activate_action (p, "presentation.black", NULL));
  g_assert_true (rt_presentation_window_get_black (presentation));
  iterate_until (is_mapped, presentation);
  save_screenshot (p, "presentation-black.png");
  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));
  g_assert_false (rt_presentation_window_get_black (presentation));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 1);

  /* A card captured on the laptop appears on the projector, outlined as new. */
  wait.card_id = rt_committee_capture_card (committee, 2, 0, "センターの役割を市民に伝える工夫が必要だ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait.card_id, >, 0);
  iterate_until (card_shown, &wait);
  g_assert_cmpfloat (rt_slide_view_get_highlight (rt_presentation_window_get_slide_view (presentation), wait.card_id), >, 0);
  save_screenshot (p, "presentation-live-card.png");

  /* Directions typed for a point appear on its scene. */
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 4));
  wait.direction = "協働の制度は条例で定める方向で検討する";
  g_assert_cmpint (rt_committee_add_direction (committee, 1, 3, wait.direction, &error), >, 0);
  g_assert_no_error (error);
  iterate_until (direction_shown, &wait);
  save_screenshot (GTK_WIDGET (console), "presentation-console.png");

  /* Esc ends the presentation; the console stays. */
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *)&wait.presentation);
  g_assert_true (gtk_widget_activate_action (p, "presentation.end", NULL));
  for (guint i = 0; i < 50 && wait.presentation != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (wait.presentation);
  g_assert_null (rt_presentation_console_get_presentation (console));

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
}

static gboolean
view_has_width (gpointer data)
{
  Wait *wait = data;

  return gtk_widget_get_width (GTK_WIDGET (rt_presentation_window_get_slide_view (wait->presentation))) == wait->width;
}

/* Every scene of the sample, as the projector shows it, at two resolutions.
 * Xvfb's screen may be smaller than the projector, and a window is never
 * larger than its screen: the presentation's content is sized explicitly
 * inside a scrolled window instead, which does not change how it draws. */
static void
test_screenshots (void)
{
  static const struct { int width, height; } sizes[] = { { 1920, 1080 }, { 1024, 768 } };
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) scenes = NULL;

  g_assert_no_error (error);
  scenes = rt_committee_list_scenes (committee, &error);
  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      RtPresentationWindow *presentation = rt_presentation_window_new (committee);
      RtSlideView *view = rt_presentation_window_get_slide_view (presentation);
      GtkWidget *scroller = gtk_scrolled_window_new ();
      Wait wait = { .presentation = presentation, .width = sizes[s].width };

      g_object_ref (view);
      gtk_window_set_child (GTK_WINDOW (presentation), NULL);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (view));
      gtk_window_set_child (GTK_WINDOW (presentation), scroller);
      g_object_unref (view);
      gtk_widget_set_size_request (GTK_WIDGET (view), sizes[s].width, sizes[s].height);
      rt_slide_view_set_base_size (view, rt_slide_base_size_for_height (sizes[s].height, 1.0));
      gtk_window_set_default_size (GTK_WINDOW (presentation), 800, 600);
      gtk_window_present (GTK_WINDOW (presentation));
      iterate_until (is_mapped, presentation);
      iterate_until (view_has_width, &wait);

      for (guint i = 0; i < scenes->len; i++)
        {
          RtScene *scene = g_ptr_array_index (scenes, i);
          g_autofree char *name = g_strdup_printf ("presentation-%u-%s-%dx%d.png", i + 1,
                                                   rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene->kind),
                                                   sizes[s].width, sizes[s].height);

          rt_presentation_window_set_current (presentation, i);
          g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, i);
          for (guint k = 0; k < 10; k++)
            g_main_context_iteration (NULL, FALSE);
          save_screenshot (GTK_WIDGET (view), name);
        }

      if (s == 0)
        {
          rt_presentation_window_set_dark (presentation, TRUE);
          rt_presentation_window_set_current (presentation, 2);
          for (guint k = 0; k < 10; k++)
            g_main_context_iteration (NULL, FALSE);
          save_screenshot (GTK_WIDGET (view), "presentation-3-label-dark-1920x1080.png");
        }

      gtk_window_destroy (GTK_WINDOW (presentation));
    }

  rt_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/ronten/presentation/keys-and-live", test_keys_and_live);
  g_test_add_func ("/ronten/presentation/screenshots", test_screenshots);

  return g_test_run ();
}
