/* test-map-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-map-view.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

static gboolean
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  return TRUE;
}

static gboolean
positions_saved (gpointer data)
{
  RtCommittee *committee = data;
  g_autoptr(GArray) positions = rt_committee_get_map_positions (committee, NULL);

  return positions != NULL && positions->len > 60;
}

static void
on_card (RtMapView *view,
         gint64     card_id,
         gint64    *out)
{
  *out = card_id;
}

static void
test_map_page (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtWindow *window = rt_window_new (NULL);
  AdwViewStack *stack;
  RtMapView *view;
  RtMap *map;
  gint64 activated = 0;
  double zoom, x, y;
  int card;

  g_assert_no_error (error);
  rt_window_set_committee (window, committee);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  /* The third page of the window's view stack is the map. */
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (rt_window_get_board (window)), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "map");
  view = RT_MAP_VIEW (adw_view_stack_get_visible_child (stack));
  g_assert_true (RT_IS_MAP_VIEW (view));

  /* The layout runs in a thread, then the positions are saved. */
  g_assert_true (wait_until (positions_saved, committee));
  map = rt_map_view_get_map (view);
  g_assert_true (rt_map_get_complete (map));
  /* The map is painted into an image and shown as a texture: look at it. */
  rt_test_save_screenshot (GTK_WIDGET (window), "map-view-window.png");

  zoom = rt_map_view_get_zoom (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-in", NULL));
  g_assert_cmpfloat (rt_map_view_get_zoom (view), >, zoom);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-fit", NULL));
  g_assert_cmpfloat_with_epsilon (rt_map_view_get_zoom (view), zoom, 1e-9);

  /* Opening a card: select it, press Enter. */
  g_signal_connect (view, "card-activated", G_CALLBACK (on_card), &activated);
  card = rt_map_find_node (map, RT_MAP_NODE_CARD, 7);
  rt_map_set_selected (map, card);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.activate", NULL));
  g_assert_cmpint (activated, ==, 7);

  /* Focus on a point, then show all again. */
  rt_map_set_selected (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.focus", NULL));
  g_assert_cmpint (rt_map_get_focus (map), ==, rt_map_find_node (map, RT_MAP_NODE_POINT, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.unfocus", NULL));
  g_assert_cmpint (rt_map_get_focus (map), ==, -1);

  /* A relayout keeps the pinned points where they are. */
  rt_map_get_node_position (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 3), &x, &y);
  rt_map_view_relayout (view);
  for (guint i = 0; i < 200; i++)
    g_main_context_iteration (NULL, FALSE);
  {
    double nx, ny;

    map = rt_map_view_get_map (view);
    rt_map_get_node_position (map, rt_map_find_node (map, RT_MAP_NODE_POINT, 3), &nx, &ny);
    g_assert_cmpfloat (nx, ==, x);
    g_assert_cmpfloat (ny, ==, y);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&committee);
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

  g_test_add_func ("/ronten/map-view/page", test_map_page);

  return g_test_run ();
}
