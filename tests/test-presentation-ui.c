/* test-presentation-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-handout-dialog.h"
#include "rt-presentation-console.h"
#include "rt-presentation-window.h"
#include "rt-test-ui.h"
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

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

typedef struct
{
  RtPresentationWindow *presentation;
  guint                 current;
  gboolean              black;
} Expect;

static gboolean
reached (gpointer data)
{
  Expect *expect = data;

  return rt_presentation_window_get_current (expect->presentation) == expect->current &&
         rt_presentation_window_get_black (expect->presentation) == expect->black;
}

/* Presses @key on the projector as a clicker would, and checks that it
 * leads to scene @current, black or not. */
static void
press (RtPresentationWindow *presentation,
       const char           *key,
       guint                 current,
       gboolean              black)
{
  Expect expect = { presentation, current, black };

  g_test_message ("pressing %s", key);
  rt_test_send_key (GTK_WIDGET (presentation), key, reached, &expect);
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, current);
  g_assert_cmpint (rt_presentation_window_get_black (presentation), ==, black);
}

static void
test_keys_and_live (void)
{
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
  console = rt_window_get_presentation_console (window);
  g_assert_true (RT_IS_PRESENTATION_CONSOLE (console));
  iterate_until (is_mapped, console);
  rt_presentation_console_select (console, 0);
  presentation = rt_presentation_console_start (console);
  p = GTK_WIDGET (presentation);
  wait.presentation = presentation;
  iterate_until (is_mapped, presentation);

  g_assert_cmpuint (rt_presentation_window_get_n_scenes (presentation), ==, 9);
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);
  g_assert_nonnull (rt_slide_view_get_slide (rt_presentation_window_get_slide_view (presentation)));

  /* The keys a clicker sends, and the keyboard's, pressed for real on the
   * projector: they go through every controller of the window, whose own
   * bindings (arrows move the focus, Space activates it) come first. */
  press (presentation, "Right", 1, FALSE);
  press (presentation, "Down", 2, FALSE);
  press (presentation, "space", 3, FALSE);
  press (presentation, "Page_Down", 4, FALSE);
  press (presentation, "Return", 5, FALSE);
  press (presentation, "Left", 4, FALSE);
  press (presentation, "Up", 3, FALSE);
  press (presentation, "Page_Up", 2, FALSE);
  press (presentation, "BackSpace", 1, FALSE);
  press (presentation, "b", 1, TRUE);
  press (presentation, "Right", 1, FALSE);       /* lifts the black screen, stays */
  press (presentation, "period", 1, TRUE);
  press (presentation, "period", 1, FALSE);
  press (presentation, "5", 4, FALSE);
  press (presentation, "End", 8, FALSE);
  press (presentation, "Home", 0, FALSE);
  /* A clicker's "start" button sends F5: on the projector it changes nothing. */
  rt_test_send_key (p, "F5", NULL, NULL);
  g_assert_true (gtk_widget_get_visible (p));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);

  /* With the focus on the console, the clicker drives the projector too. */
  {
    Expect expect = { presentation, 1, FALSE };

    rt_test_send_key (GTK_WIDGET (console), "Right", reached, &expect);
    g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 1);
    expect.current = 2;
    rt_test_send_key (GTK_WIDGET (console), "space", reached, &expect);
    g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 2);
    expect.current = 1;
    rt_test_send_key (GTK_WIDGET (console), "Left", reached, &expect);
    g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 1);
    rt_test_send_key (GTK_WIDGET (console), "Page_Up", NULL, NULL);
    g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);
  }

  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));
  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 2);
  g_assert_true (gtk_widget_activate_action (p, "presentation.previous", NULL));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 1);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 4));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 4);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", 9));   /* no 10th scene */
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 4);
  g_assert_true (gtk_widget_activate_action (p, "presentation.goto", "i", -1));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 8);
  g_assert_true (gtk_widget_activate_action (p, "presentation.next", NULL));      /* stays on the last */
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 8);

  /* The console follows: the selected scene, the position, what comes next, the timer. */
  for (guint i = 0; i < 5; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (rt_presentation_console_get_selected (console), ==, 8);
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

  /* Esc, pressed on the projector, ends the presentation; the console stays. */
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *)&wait.presentation);
  rt_test_send_key (p, "Escape", is_gone, &wait.presentation);
  g_assert_null (wait.presentation);
  g_assert_null (rt_presentation_console_get_presentation (console));

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
}

typedef struct
{
  RtWindow              *window;
  RtPresentationConsole *console;
  RtPresentationWindow  *presentation;
  char                  *tmpdir;
} Console;

static void
open_console (Console  *c,
              gboolean  start)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rt_test_make_sample (&c->tmpdir);

  c->window = rt_window_new (NULL);
  g_assert_true (rt_window_open_path (c->window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (c->window));
  iterate_until (is_mapped, c->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c->window), "win.present", NULL));
  c->console = rt_window_get_presentation_console (c->window);
  g_assert_true (RT_IS_PRESENTATION_CONSOLE (c->console));
  g_object_add_weak_pointer (G_OBJECT (c->console), (gpointer *)&c->console);
  iterate_until (is_mapped, c->console);
  rt_presentation_console_select (c->console, 2);

  if (start)
    {
      c->presentation = rt_presentation_console_start (c->console);
      g_object_add_weak_pointer (G_OBJECT (c->presentation), (gpointer *)&c->presentation);
      iterate_until (is_mapped, c->presentation);
    }
}

static void
close_console (Console *c)
{
  if (c->window != NULL)
    gtk_window_destroy (GTK_WINDOW (c->window));
  rt_test_iterate_for (50);
  rt_test_remove_tree (c->tmpdir);
  g_free (c->tmpdir);
}

/* Closing the console, with a scene selected, presenting or not, as its
 * close button does: the window and the application go on. The console's
 * list used to tell it of its rows going away while the console was
 * being torn down, which then read the committee it had already let go. */
static void
test_close_console (void)
{
  for (guint start = 0; start < 2; start++)
    {
      Console c = { 0 };

      open_console (&c, start);
      gtk_window_close (GTK_WINDOW (c.console));
      iterate_until (is_gone, &c.console);
      g_assert_null (c.presentation);
      g_assert_null (rt_window_get_presentation_console (c.window));

      /* The window still works, and presents again. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.present-start", NULL));
      c.console = rt_window_get_presentation_console (c.window);
      g_assert_nonnull (c.console);
      g_assert_nonnull (rt_presentation_console_get_presentation (c.console));
      close_console (&c);
    }
}

static void
test_close_console_crash (void)
{
  if (g_test_subprocess ())
    {
      test_close_console ();
      return;
    }

  /* A crash must fail this test, not end the run. */
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Opening another committee (Ctrl+O) while presenting closes the console
 * and the projector of the committee they belong to: they would otherwise
 * keep showing, and writing scenes into, the old file. */
static void
test_open_other_committee (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_dir = NULL;
  g_autofree char *other = rt_test_make_sample (&other_dir);
  Console c = { 0 };
  RtCommittee *old;

  GtkWindow *handouts = NULL;

  open_console (&c, TRUE);
  old = rt_window_get_committee (c.window);
  g_object_add_weak_pointer (G_OBJECT (old), (gpointer *)&old);

  /* A dialog of the old committee goes too (a file opened from the
   * desktop arrives even while a modal dialog is open). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.handouts", NULL));
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (RT_IS_HANDOUT_DIALOG (l->data))
      handouts = l->data;
  g_assert_nonnull (handouts);
  g_object_add_weak_pointer (G_OBJECT (handouts), (gpointer *)&handouts);

  g_assert_true (rt_window_open_path (c.window, other, &error));
  g_assert_no_error (error);
  iterate_until (is_gone, &c.presentation);
  iterate_until (is_gone, &c.console);
  iterate_until (is_gone, &handouts);
  g_assert_null (rt_window_get_presentation_console (c.window));
  /* Nothing holds the old committee open. */
  iterate_until (is_gone, &old);

  /* Presenting again shows the new committee. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.window), "win.present", NULL));
  g_assert_true (rt_window_get_committee (c.window) != NULL);
  close_console (&c);
  rt_test_remove_tree (other_dir);
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_class (GtkWidget  *root,
            const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_windowed (gpointer data)
{
  return rt_presentation_window_get_windowed (data);
}

/* What the key did, not what the window system made of it yet: a key
 * sent again because the state came late would toggle back. */
static gboolean
is_fullscreen (gpointer data)
{
  return !rt_presentation_window_get_windowed (data);
}

/* With one screen, presenting does not cover the console: the projector
 * opens in a window, and the console says why and offers full screen. */
static void
test_one_screen (void)
{
  Console c = { 0 };
  GtkWidget *banner;

  if (g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) != 1)
    {
      g_test_skip ("The display has more than one monitor");
      return;
    }

  open_console (&c, TRUE);
  g_assert_true (rt_presentation_window_get_windowed (c.presentation));
  g_assert_true (gtk_window_get_decorated (GTK_WINDOW (c.presentation)));
  rt_test_iterate_for (200);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (c.presentation)));
  banner = find_class (GTK_WIDGET (c.console), "rt-banner");
  g_assert_nonnull (banner);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  save_screenshot (GTK_WIDGET (c.console), "presentation-console-one-screen.png");

  /* F11 on the projector, or the console's button, goes full screen. */
  rt_test_send_key (GTK_WIDGET (c.presentation), "F11", is_fullscreen, c.presentation);
  g_assert_false (rt_presentation_window_get_windowed (c.presentation));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  rt_test_send_key (GTK_WIDGET (c.presentation), "F11", is_windowed, c.presentation);
  g_assert_true (rt_presentation_window_get_windowed (c.presentation));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (c.console), "console.fullscreen", NULL));
  g_assert_false (rt_presentation_window_get_windowed (c.presentation));

  close_console (&c);
}

typedef struct
{
  RtPresentationWindow *presentation;
  guint                 scene;
  guint                 page;
} PageWait;

static gboolean
on_page (gpointer data)
{
  PageWait *wait = data;

  return rt_presentation_window_get_current (wait->presentation) == wait->scene &&
         rt_slide_view_get_page (rt_presentation_window_get_slide_view (wait->presentation)) == wait->page;
}

/* A scene with more cards than the projector holds is paged: → shows the
 * next page of the scene, then the next scene; ← goes back the same way. */
static void
test_pages (void)
{
  Console c = { 0 };
  RtSlideView *view;
  PageWait wait;
  guint n_pages;

  open_console (&c, TRUE);     /* from scene 3, 資料1-1 and its 27 cards */
  view = rt_presentation_window_get_slide_view (c.presentation);
  gtk_window_set_default_size (GTK_WINDOW (c.presentation), 800, 450);
  rt_test_iterate_for (300);
  g_assert_cmpuint (rt_presentation_window_get_current (c.presentation), ==, 2);
  n_pages = rt_slide_view_get_n_pages (view);
  g_test_message ("資料1-1 at %dx%d: %u pages", gtk_widget_get_width (GTK_WIDGET (view)),
                  gtk_widget_get_height (GTK_WIDGET (view)), n_pages);
  g_assert_cmpuint (n_pages, >, 1);
  g_assert_cmpuint (rt_slide_view_get_page (view), ==, 0);

  wait = (PageWait) { c.presentation, 2, 0 };
  for (guint page = 1; page < n_pages; page++)
    {
      wait.page = page;
      rt_test_send_key (GTK_WIDGET (c.presentation), page % 2 ? "Right" : "space", on_page, &wait);
      g_assert_cmpuint (rt_presentation_window_get_current (c.presentation), ==, 2);
      g_assert_cmpuint (rt_slide_view_get_page (view), ==, page);
    }
  save_screenshot (GTK_WIDGET (c.presentation), "presentation-last-page.png");
  rt_test_iterate_for (100);
  g_assert_nonnull (strstr (gtk_label_get_label (rt_test_find_label (GTK_WIDGET (c.console), "heading")), "page"));

  /* Past the last page, the next scene, on its first page. */
  wait = (PageWait) { c.presentation, 3, 0 };
  rt_test_send_key (GTK_WIDGET (c.presentation), "Right", on_page, &wait);
  g_assert_cmpuint (rt_presentation_window_get_current (c.presentation), ==, 3);

  /* Back: the last scene's pages, from the first page it was left on. */
  wait = (PageWait) { c.presentation, 2, 0 };
  rt_test_send_key (GTK_WIDGET (c.presentation), "Left", on_page, &wait);
  g_assert_cmpuint (rt_presentation_window_get_current (c.presentation), ==, 2);
  wait = (PageWait) { c.presentation, 2, 1 };
  rt_test_send_key (GTK_WIDGET (c.presentation), "Next", on_page, &wait);
  wait = (PageWait) { c.presentation, 2, 0 };
  rt_test_send_key (GTK_WIDGET (c.presentation), "Prior", on_page, &wait);
  g_assert_cmpuint (rt_slide_view_get_page (view), ==, 0);

  close_console (&c);
}

/* A committee without scenes: the console says what a scene is and offers
 * to add one, and there is nothing to present yet. */
static void
test_no_scenes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("ronten-test-scenes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "empty.ronten", NULL);
  g_autoptr(RtCommittee) committee = rt_committee_create_empty (path, "空の委員会", TRUE, &error);
  RtWindow *window = rt_window_new (NULL);
  RtPresentationConsole *console;
  GtkWidget *page;

  g_assert_no_error (error);
  rt_window_set_committee (window, committee);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  console = rt_window_get_presentation_console (window);
  iterate_until (is_mapped, console);

  page = find_type (GTK_WIDGET (console), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (find_type (page, GTK_TYPE_MENU_BUTTON));
  g_assert_false (gtk_widget_get_mapped (find_type (GTK_WIDGET (console), RT_TYPE_SLIDE_VIEW)));
  save_screenshot (GTK_WIDGET (console), "presentation-console-empty.png");

  /* F5 has nothing to present: no projector with an empty slide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-start", NULL));
  rt_test_iterate_for (100);
  g_assert_null (rt_presentation_console_get_presentation (console));

  /* The first scene added shows its preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "console.add-scene", "s", "map"));
  iterate_until (is_mapped, find_type (GTK_WIDGET (console), RT_TYPE_SLIDE_VIEW));
  g_assert_false (gtk_widget_get_mapped (page));

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_iterate_for (50);
  g_clear_object (&committee);
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
  g_test_add_func ("/ronten/presentation/close-console", test_close_console_crash);
  g_test_add_func ("/ronten/presentation/open-other-committee", test_open_other_committee);
  g_test_add_func ("/ronten/presentation/one-screen", test_one_screen);
  g_test_add_func ("/ronten/presentation/no-scenes", test_no_scenes);
  g_test_add_func ("/ronten/presentation/pages", test_pages);
  g_test_add_func ("/ronten/presentation/screenshots", test_screenshots);

  return g_test_run ();
}
