/* test-points-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-coverage-view.h"
#include "rt-point-chooser.h"
#include "rt-point-editor.h"
#include "rt-proposal-row.h"
#include "rt-point-row.h"
#include "rt-points-view.h"
#include "rt-test-util.h"
#include "rt-card-editor.h"
#include "rt-test-ui.h"
#include "rt-window.h"

/* The points page on a copy of the sample: the 資料2 table, a status
 * changed in its drop-down, a direction added, opinions ticked in the link
 * popover, the point chooser, the coverage matrix; screenshots of both. */

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static RtPointRow *
find_row (GtkWidget *root,
          int        number)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (root, RT_TYPE_POINT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (rt_point_get_number (rt_point_row_get_point (g_ptr_array_index (rows, i))) == number)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static void
save_screenshot (GtkWidget  *widget,
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

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_points_page (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  AdwViewStack *stack;
  RtPointsView *view;
  RtPointRow *row;
  RtPoint *point;
  GtkWidget *dropdown, *link_button = NULL, *popover, *chooser;
  RtCoverageView *coverage;
  const RtCoverage *matrix;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_assert_no_error (error);
  rt_window_set_committee (window, committee);
  gtk_window_set_default_size (GTK_WINDOW (window), 1440, 900);
  gtk_window_present (GTK_WINDOW (window));
  iterate (20);

  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (rt_window_get_board (window)), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "points");
  view = RT_POINTS_VIEW (rt_window_get_points_view (window));
  g_assert_true (RT_IS_POINTS_VIEW (view));
  iterate (40);

  /* The nine national points of the first framework, as in 資料2. */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect (GTK_WIDGET (view), RT_TYPE_POINT_ROW, rows);
    g_assert_cmpuint (rows->len, ==, 9);
  }

  /* Change 論点1's status in its drop-down. */
  row = find_row (GTK_WIDGET (view), 1);
  g_assert_nonnull (row);
  point = rt_point_row_get_point (row);
  {
    g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();

    /* The status is the row's last column; the direction popovers have
     * drop-downs of meetings. */
    collect (GTK_WIDGET (row), GTK_TYPE_DROP_DOWN, dropdowns);
    g_assert_cmpuint (dropdowns->len, >, 0);
    dropdown = g_ptr_array_index (dropdowns, dropdowns->len - 1);
    g_assert_true (gtk_widget_get_parent (dropdown) == GTK_WIDGET (row));
  }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), RT_POINT_STATUS_PARALLEL);
  g_assert_cmpint (rt_point_get_status (point), ==, RT_POINT_STATUS_PARALLEL);

  /* And 論点7's through the page's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.set-status", "(xi)",
                                             rt_point_get_id (rt_point_row_get_point (find_row (GTK_WIDGET (view), 7))),
                                             RT_POINT_STATUS_DISCUSSING));
  g_assert_cmpint (rt_point_get_status (rt_point_row_get_point (find_row (GTK_WIDGET (view), 7))), ==,
                   RT_POINT_STATUS_DISCUSSING);

  /* Two directions side by side, recorded at the third meeting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.add-direction", "(xxs)",
                                             rt_point_get_id (point), (gint64)3,
                                             "センター設置条例を制定する方向で検討する"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.add-direction", "(xxs)",
                                             rt_point_get_id (point), (gint64)3,
                                             "市民参加条例第25条を根拠とする案も併記する"));
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 2);
  g_assert_cmpstr (rt_point_get_directions (point)[0], ==, "センター設置条例を制定する方向で検討する");
  iterate (20);

  /* A third, removed again with its own trash button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.add-direction", "(xxs)",
                                             rt_point_get_id (point), (gint64)3, "削除される方向性"));
  iterate (20);
  {
    g_autoptr(GPtrArray) removes = g_ptr_array_new ();
    GtkWidget *remove = NULL;

    collect (GTK_WIDGET (find_row (GTK_WIDGET (view), 1)), GTK_TYPE_BUTTON, removes);
    for (guint i = 0; i < removes->len; i++)
      if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (removes, i)), "Remove Direction") == 0)
        remove = g_ptr_array_index (removes, i);   /* the last one is the newest */
    g_assert_nonnull (remove);
    g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 3);
    g_signal_emit_by_name (remove, "clicked");
    g_assert_cmpuint (g_strv_length ((char **)rt_point_get_directions (point)), ==, 2);
    g_assert_cmpstr (rt_point_get_directions (point)[1], ==, "市民参加条例第25条を根拠とする案も併記する");
  }
  iterate (20);

  /* Tick an opinion in 論点2's "Link Opinions…" popover. */
  row = find_row (GTK_WIDGET (view), 2);
  collect (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)),
                   "Tick the opinions and themes that speak to this point") == 0)
      link_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (link_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (link_button));
  iterate (10);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (link_button)));
  g_assert_nonnull (popover);
  collect (popover, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 8 + 46);  /* the themes, then the cards */
  /* The search keeps the rows whose text or speaker matches. */
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();
    guint shown = 0, total = 0;

    collect (popover, GTK_TYPE_SEARCH_ENTRY, entries);
    g_assert_cmpuint (entries->len, ==, 1);
    gtk_editable_set_text (g_ptr_array_index (entries, 0), "センター");
    g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
    iterate (5);
    for (guint i = 0; i < checks->len; i++)
      {
        GtkWidget *list_row = gtk_widget_get_ancestor (g_ptr_array_index (checks, i), GTK_TYPE_LIST_BOX_ROW);

        total++;
        shown += gtk_widget_get_child_visible (list_row) ? 1 : 0;
      }
    g_assert_cmpuint (shown, >, 0);
    g_assert_cmpuint (shown, <, total);
    gtk_editable_set_text (g_ptr_array_index (entries, 0), "");
    g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
    iterate (5);
  }
  g_assert_cmpint (rt_point_get_n_cards (rt_point_row_get_point (row)), ==, 0);
  gtk_check_button_set_active (g_ptr_array_index (checks, 8), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 9), TRUE);
  g_assert_cmpint (rt_point_get_n_cards (rt_point_row_get_point (row)), ==, 2);
  gtk_popover_popdown (GTK_POPOVER (popover));
  iterate (20);

  /* The chooser the card editor embeds: card 1 now links to 論点2. */
  chooser = rt_point_chooser_new (committee, 0, 1);
  g_object_ref_sink (chooser);
  g_ptr_array_set_size (checks, 0);
  collect (chooser, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 9);
  g_assert_true (gtk_check_button_get_active (g_ptr_array_index (checks, 1)));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 2)));
  gtk_check_button_set_active (g_ptr_array_index (checks, 2), TRUE);
  g_assert_cmpstr (rt_card_get_points (rt_committee_lookup (committee, RT_KIND_CARD, 1)), ==, "2,3");
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 2)));
  g_object_unref (chooser);
  iterate (20);

  save_screenshot (GTK_WIDGET (window), "test-points-table.png");

  /* The coverage matrix follows the links just made. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.show", "s", "coverage"));
  iterate (40);
  coverage = RT_COVERAGE_VIEW (rt_points_view_get_coverage_view (view));
  matrix = rt_coverage_view_get_coverage (coverage);
  g_assert_nonnull (matrix);
  g_assert_cmpuint (matrix->n_rows, ==, 9);
  g_assert_cmpuint (matrix->n_columns, ==, 13);
  g_assert_cmpuint (matrix->row_totals[0], ==, 6);
  g_assert_cmpuint (matrix->row_totals[1], ==, 2);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (coverage)), >, 400);
  save_screenshot (GTK_WIDGET (window), "test-points-coverage.png");
  save_screenshot (GTK_WIDGET (coverage), "test-points-matrix.png");

  rt_coverage_view_set_axis (coverage, RT_COVERAGE_BY_MEETING);
  iterate (10);
  matrix = rt_coverage_view_get_coverage (coverage);
  g_assert_cmpuint (matrix->n_columns, ==, 3);
  save_screenshot (GTK_WIDGET (coverage), "test-points-matrix-meetings.png");

  /* A framework from the committee's perspectives, chosen at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.new-perspective-framework", NULL));
  iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_frameworks (committee)), ==, 2);
  g_assert_cmpint (rt_points_view_get_framework_id (view), !=, 0);
  g_assert_cmpint (rt_coverage_view_get_framework_id (coverage), ==, rt_points_view_get_framework_id (view));
  g_assert_cmpuint (rt_coverage_view_get_coverage (coverage)->n_rows, ==, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.show", "s", "table"));
  iterate (20);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect (GTK_WIDGET (view), RT_TYPE_POINT_ROW, rows);
    g_assert_cmpuint (rows->len, ==, 4);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
  g_clear_object (&committee);
  rt_test_remove_tree (tmpdir);
}

static void
popup_position (GtkWidget *popover,
                int       *x,
                int       *y)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));

  g_assert_true (GDK_IS_POPUP (surface));
  *x = gdk_popup_get_position_x (GDK_POPUP (surface));
  *y = gdk_popup_get_position_y (GDK_POPUP (surface));
}

/* The "Link Opinions" popover stays where it is while opinions are ticked
 * in it: the row it belongs to shows the new links only when it closes,
 * instead of growing under it and carrying the popover down, so that the
 * next click lands on the opinion the user aimed at. */
static void
test_link_popover_stays (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *link_button = NULL, *popover;
  AdwViewStack *stack;
  RtPointRow *row;
  graphene_point_t before, after;
  int x0, y0, x1, y1;

  g_assert_no_error (error);
  rt_window_set_committee (window, committee);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  iterate (20);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (rt_window_get_board (window)), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "points");
  iterate (40);

  row = find_row (adw_view_stack_get_visible_child (stack), 2);
  collect (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)),
                   "Tick the opinions and themes that speak to this point") == 0)
      link_button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (link_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (link_button));
  iterate (20);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (link_button)));
  collect (popover, GTK_TYPE_CHECK_BUTTON, checks);
  popup_position (popover, &x0, &y0);
  g_assert_true (gtk_widget_compute_point (link_button, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &before));

  for (guint i = 8; i < 12; i++)
    {
      gtk_check_button_set_active (g_ptr_array_index (checks, i), TRUE);
      iterate (20);
      g_assert_true (gtk_widget_get_visible (popover));
      popup_position (popover, &x1, &y1);
      g_assert_true (gtk_widget_compute_point (link_button, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &after));
      g_assert_cmpint (x1, ==, x0);
      g_assert_cmpint (y1, ==, y0);
      g_assert_cmpfloat (after.y, ==, before.y);
    }
  g_assert_cmpint (rt_point_get_n_cards (rt_point_row_get_point (row)), ==, 4);

  /* Closed, the row shows what was linked. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  iterate (20);
  g_assert_true (gtk_widget_compute_point (link_button, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (0, 0), &after));
  g_assert_cmpfloat (after.y, >, before.y);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
  g_clear_object (&committee);
  rt_test_remove_tree (tmpdir);
}

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *popover = rt_coverage_view_get_cell_popover (data);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

/* Clicking a cell of the coverage matrix shows its cards, each one to open. */
static void
test_coverage_cell (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  RtWindow *window = rt_window_new (NULL);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *xid = NULL, *x = NULL, *y = NULL;
  AdwViewStack *stack;
  RtPointsView *view;
  RtCoverageView *coverage;
  const RtCoverage *matrix;
  graphene_rect_t area;
  graphene_point_t point;
  guint row = 0, column = 0, n = 0;
  GtkWidget *popover, *editor = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (xdotool);
  rt_window_set_committee (window, committee);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  iterate (20);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (rt_window_get_board (window)), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "points");
  view = RT_POINTS_VIEW (rt_window_get_points_view (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "points.show", "s", "coverage"));
  iterate (60);
  coverage = RT_COVERAGE_VIEW (rt_points_view_get_coverage_view (view));
  matrix = rt_coverage_view_get_coverage (coverage);
  g_assert_nonnull (matrix);

  /* The fullest cell. */
  for (guint r = 0; r < matrix->n_rows; r++)
    for (guint c = 0; c < matrix->n_columns; c++)
      if (rt_coverage_get (matrix, r, c) > n)
        {
          n = rt_coverage_get (matrix, r, c);
          row = r;
          column = c;
        }
  g_assert_cmpuint (n, >, 0);

  /* A real click on it. */
  g_assert_true (rt_coverage_view_get_cell_area (coverage, row, column, &area));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (coverage), GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (area.origin.x + area.size.width / 2,
                                                                 area.origin.y + area.size.height / 2), &point));
  xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  x = g_strdup_printf ("%d", (int)point.x);
  y = g_strdup_printf ("%d", (int)point.y);
  /* Other tests may move the shared pointer: click again until it shows. */
  for (guint attempt = 0; attempt < 5 && !popover_shown (coverage); attempt++)
    {
      /* Raised above the windows of tests running beside this one. */
      const char *argv[] = { xdotool, "windowraise", xid, "mousemove", "--window", xid, x, y, "click", "1", NULL };
      int status;
      gint64 end;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
      for (end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC; g_get_monotonic_time () < end && !popover_shown (coverage); )
        iterate (1);
    }
  g_assert_true (popover_shown (coverage));
  popover = rt_coverage_view_get_cell_popover (coverage);
  rt_test_save_screenshot (GTK_WIDGET (window), "test-points-coverage-cell.png");

  collect (popover, GTK_TYPE_BUTTON, buttons);
  g_assert_cmpuint (buttons->len, ==, n);
  for (guint i = 0; i < buttons->len; i++)
    g_assert_cmpstr (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), ==, "win.edit-card");

  /* A card opens in the editor. */
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  iterate (20);
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (RT_IS_CARD_EDITOR (l->data))
      editor = l->data;
  g_assert_nonnull (editor);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate (20);
  g_clear_object (&committee);
  rt_test_remove_tree (tmpdir);
}

/* The point editor: every field filled from the point, proposals added,
 * moved and removed through their row's actions, saved as one undo step. */
static void
test_point_editor (void)
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GListModel) points = NULL;
  g_autoptr(RtPoint) point = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GListModel) frameworks_points = NULL;
  const char * const *proposals;
  RtPointEditor *editor;
  guint n_before;
  gint64 framework_id;

  g_assert_no_error (error);
  {
    g_autoptr(RtFramework) framework = g_list_model_get_item (rt_committee_get_frameworks (committee), 0);

    framework_id = rt_framework_get_id (framework);
  }
  points = rt_committee_list_points (committee, framework_id);
  point = g_list_model_get_item (points, 0);
  n_before = g_strv_length ((char **)rt_point_get_proposals (point));
  g_assert_cmpuint (n_before, >=, 1);

  editor = rt_point_editor_new (NULL, committee, rt_point_get_id (point));
  gtk_window_present (GTK_WINDOW (editor));
  iterate (10);
  collect (GTK_WIDGET (editor), RT_TYPE_PROPOSAL_ROW, rows);
  g_assert_cmpuint (rows->len, ==, n_before);

  /* A new proposal, typed, moved to the top; the old first one removed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-proposal", NULL));
  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (editor), RT_TYPE_PROPOSAL_ROW, rows);
  g_assert_cmpuint (rows->len, ==, n_before + 1);
  collect (g_ptr_array_index (rows, rows->len - 1), GTK_TYPE_ENTRY, entries);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "新しい提言");
  for (guint i = 0; i < n_before; i++)
    g_assert_true (gtk_widget_activate_action (g_ptr_array_index (rows, rows->len - 1), "proposal.move", "i", -1));
  g_assert_true (gtk_widget_activate_action (g_ptr_array_index (rows, 0), "proposal.remove", NULL));

  g_assert_true (rt_point_editor_save (editor, &error));
  g_assert_no_error (error);
  proposals = rt_point_get_proposals (point);
  g_assert_cmpuint (g_strv_length ((char **)proposals), ==, n_before);
  g_assert_cmpstr (proposals[0], ==, "新しい提言");

  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpuint (g_strv_length ((char **)rt_point_get_proposals (point)), ==, n_before);
  g_assert_cmpstr (rt_point_get_proposals (point)[0], !=, "新しい提言");

  gtk_window_destroy (GTK_WINDOW (editor));
  iterate (5);
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

  /* AdwApplication loads the style sheet; the window alone does not. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/ronten/Ronten/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/ronten/points-ui/page", test_points_page);
  g_test_add_func ("/ronten/points-ui/link-popover-stays", test_link_popover_stays);
  g_test_add_func ("/ronten/points-ui/coverage-cell", test_coverage_cell);
  g_test_add_func ("/ronten/points-ui/point-editor", test_point_editor);

  return g_test_run ();
}
