/* test-layout-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rt-coverage-view.h"
#include "rt-handout-dialog.h"
#include "rt-meetings-dialog.h"
#include "rt-new-committee-dialog.h"
#include "rt-people-dialog.h"
#include "rt-points-view.h"
#include "rt-suggest-dialog.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

/* Every view of the window in Japanese, on a 1366×768 laptop and on a
 * 1280×720 screen (a laptop mirrored to a projector), with the speaker
 * panel open or not: nothing makes the window wider than the screen, and
 * what is on a page can be reached (the 計 column of the coverage matrix,
 * 「論点を追加」). */

static const struct { int width, height; } sizes[] = { { 1366, 768 }, { 1280, 720 } };

static gboolean japanese;

static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  if (GTK_IS_ACTIONABLE (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_actionable (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether @widget lies within @window, all of it. */
static void
assert_inside (GtkWidget  *widget,
               GtkWidget  *window,
               const char *what)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_test_message ("%s: %.0f…%.0f of %d", what, bounds.origin.x, bounds.origin.x + bounds.size.width,
                  gtk_widget_get_width (window));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window) + 0.5);
}

static void
check (RtWindow   *window,
       int         width,
       int         height,
       const char *page)
{
  int min_width, min_height;
  g_autofree char *name = NULL;

  rt_test_iterate_for (300);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, width, &min_height, NULL, NULL, NULL);
  g_test_message ("%dx%d, %s: the window needs at least %dx%d, has %dx%d", width, height, page,
                  min_width, min_height, gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  name = g_strdup_printf ("layout-%s-%dx%d.png", page, width, height);
  rt_test_save_screenshot (GTK_WIDGET (window), name);
  g_assert_cmpint (min_width, <=, width);
  g_assert_cmpint (min_height, <=, height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);
}

static void
test_fits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);

  if (!japanese)
    {
      g_test_skip ("The ja_JP.UTF-8 locale is not there (build-aux/install-deps.sh makes it)");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint speakers = 0; speakers < 2; speakers++)
      {
        RtWindow *window = rt_window_new (NULL);
        int width = sizes[s].width, height = sizes[s].height;
        AdwViewStack *stack;
        RtPointsView *points;
        GtkWidget *coverage, *scroller;
        g_autofree char *board = g_strdup_printf ("board%s", speakers ? "-speakers" : "");
        g_autofree char *table = g_strdup_printf ("points%s", speakers ? "-speakers" : "");
        g_autofree char *matrix = g_strdup_printf ("coverage%s", speakers ? "-speakers" : "");
        g_autofree char *map = g_strdup_printf ("map%s", speakers ? "-speakers" : "");

        gtk_window_set_default_size (GTK_WINDOW (window), width, height);
        g_assert_true (rt_window_open_path (window, path, &error));
        g_assert_no_error (error);
        gtk_window_present (GTK_WINDOW (window));
        rt_test_iterate_until (rt_test_is_mapped, window);
        if (speakers)
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-speakers", NULL));

        check (window, width, height, board);

        stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (rt_window_get_board (window), ADW_TYPE_VIEW_STACK));
        adw_view_stack_set_visible_child_name (stack, "points");
        check (window, width, height, table);
        points = RT_POINTS_VIEW (rt_window_get_points_view (window));
        assert_inside (find_actionable (GTK_WIDGET (points), "points.add-point"), GTK_WIDGET (window), "論点を追加");

        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (points), "points.show", "s", "coverage"));
        check (window, width, height, matrix);
        /* The whole matrix is in view, its 計 column too. */
        coverage = rt_points_view_get_coverage_view (points);
        scroller = gtk_widget_get_ancestor (coverage, GTK_TYPE_SCROLLED_WINDOW);
        g_test_message ("coverage %d px in a view of %d px", gtk_widget_get_width (coverage),
                        gtk_widget_get_width (scroller));
        g_assert_cmpint (gtk_widget_get_width (coverage) + gtk_widget_get_margin_start (coverage) +
                         gtk_widget_get_margin_end (coverage), <=, gtk_widget_get_width (scroller));

        adw_view_stack_set_visible_child_name (stack, "map");
        check (window, width, height, map);

        gtk_window_destroy (GTK_WINDOW (window));
        rt_test_iterate_for (50);
      }

  rt_test_remove_tree (tmpdir);
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
check_dialog (GtkWindow  *dialog,
              int         width,
              int         height,
              const char *what)
{
  int min_width, min_height;
  g_autofree char *name = NULL;

  g_assert_nonnull (dialog);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  rt_test_iterate_for (300);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (dialog), GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (dialog)),
                      &min_height, NULL, NULL, NULL);
  g_test_message ("%dx%d, %s: %dx%d, at least %dx%d", width, height, what,
                  gtk_widget_get_width (GTK_WIDGET (dialog)), gtk_widget_get_height (GTK_WIDGET (dialog)),
                  min_width, min_height);
  name = g_strdup_printf ("layout-%s-%dx%d.png", what, width, height);
  rt_test_save_screenshot (GTK_WIDGET (dialog), name);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (dialog)), <=, height);
  g_assert_cmpint (min_width, <=, width);
  g_assert_cmpint (min_height, <=, height);
  gtk_window_destroy (dialog);
  rt_test_iterate_for (50);
}

/* The dialogs and windows opened from the window fit the same screens. */
static void
test_dialogs_fit (void)
{
  if (!japanese)
    {
      g_test_skip ("The ja_JP.UTF-8 locale is not there (build-aux/install-deps.sh makes it)");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *tmpdir = NULL;
      g_autofree char *path = rt_test_make_sample (&tmpdir);
      RtWindow *window = rt_window_new (NULL);
      int width = sizes[s].width, height = sizes[s].height;
      RtCommittee *committee;

      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
      g_assert_true (rt_window_open_path (window, path, &error));
      g_assert_no_error (error);
      gtk_window_present (GTK_WINDOW (window));
      rt_test_iterate_until (rt_test_is_mapped, window);
      rt_test_iterate_for (200);
      committee = rt_window_get_committee (window);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.handouts", NULL));
      check_dialog (find_toplevel (RT_TYPE_HANDOUT_DIALOG), width, height, "handouts");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-themes", NULL));
      check_dialog (find_toplevel (RT_TYPE_SUGGEST_DIALOG), width, height, "suggest");
      check_dialog (GTK_WINDOW (rt_window_import_minutes (window)), width, height, "import");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
      check_dialog (GTK_WINDOW (rt_window_get_presentation_console (window)), width, height, "console");
      {
        g_autoptr(RtCard) card = g_list_model_get_item (rt_committee_get_cards (committee), 0);

        check_dialog (rt_window_edit_card (window, card), width, height, "card-editor");
      }
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.meetings", NULL));
      check_dialog (find_toplevel (RT_TYPE_MEETINGS_DIALOG), width, height, "meetings");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.people", NULL));
      check_dialog (find_toplevel (RT_TYPE_PEOPLE_DIALOG), width, height, "people");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-committee", NULL));
      check_dialog (find_toplevel (RT_TYPE_NEW_COMMITTEE_DIALOG), width, height, "new-committee");

      g_object_add_weak_pointer (G_OBJECT (committee), (gpointer *)&committee);
      gtk_window_destroy (GTK_WINDOW (window));
      rt_test_iterate_until (is_gone, &committee);
      rt_test_remove_tree (tmpdir);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  /* In Japanese, whatever the environment: the widths are Japanese ones. */
  japanese = setlocale (LC_ALL, "ja_JP.UTF-8") != NULL;
  g_setenv ("LANGUAGE", "ja", TRUE);
  localedir = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }
  adw_init ();
  rt_test_load_style ();

  g_test_add_func ("/ronten/layout/fits", test_fits);
  g_test_add_func ("/ronten/layout/dialogs-fit", test_dialogs_fit);

  return g_test_run ();
}
