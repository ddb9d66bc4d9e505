/* test-window.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-board.h"
#include "rt-card-widget.h"
#include "rt-committee.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

/* Whether a mapped label, or a mapped card showing its text or speaker, holds @needle. */
static gboolean
find_label (GtkWidget  *widget,
            const char *needle)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  if (RT_IS_CARD_WIDGET (widget) && gtk_widget_get_mapped (widget) &&
      rt_card_widget_get_card (RT_CARD_WIDGET (widget)) != NULL)
    {
      RtCard *card = rt_card_widget_get_card (RT_CARD_WIDGET (widget));

      if (strstr (rt_card_get_text (card), needle) != NULL ||
          strstr (rt_card_get_speaker (card), needle) != NULL)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, needle))
      return TRUE;

  return FALSE;
}

typedef struct
{
  GtkWidget  *root;
  const char *needle;
} Find;

static gboolean
label_shown (gpointer data)
{
  Find *find = data;

  return find_label (find->root, find->needle);
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

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
test_window_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  RtWindow *window = rt_window_new (NULL);
  RtCommittee *committee;
  GtkWidget *board;
  RtCardDraft draft = { .text = "いま会議で出た新しい意見をそのまま入力する。" };
  Find find;

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  g_assert_true (rt_window_open_path (window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  rt_test_iterate_until (rt_test_is_mapped, window);

  committee = rt_window_get_committee (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, rt_committee_get_name (committee));

  /* The inbox and the 8 themes of 資料1-1 and 資料1-2. */
  board = rt_window_get_board (window);
  g_assert_cmpuint (rt_board_get_n_columns (RT_BOARD (board)), ==, 9);

  find.root = board;
  find.needle = "協働相手の範囲";
  rt_test_iterate_until (label_shown, &find);
  find.needle = "ステークホルダーは拡大している";
  rt_test_iterate_until (label_shown, &find);
  find.needle = "林委員";
  rt_test_iterate_until (label_shown, &find);
  find.needle = "資料1-2";
  rt_test_iterate_until (label_shown, &find);

  save_screenshot (GTK_WIDGET (window), "test-window-board.png");

  /* A card stored in the committee shows up on the board without a reload. */
  g_assert_cmpint (rt_committee_add_card (committee, &draft, &error), >, 0);
  g_assert_no_error (error);
  find.needle = "いま会議で出た新しい意見";
  rt_test_iterate_until (label_shown, &find);

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
}

/* The first widget under @root whose action is @action_name. */
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

static GtkWidget *
find_class (GtkWidget  *root,
            const char *css_class)
{
  if (!gtk_widget_get_visible (root))
    return NULL;
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

/* A read-only committee says so at once, with the reason and a way on
 * (a copy to edit), and what would change it is insensitive rather than
 * refused after the fact. */
static void
test_window_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_READ_ONLY, &error);
  RtWindow *window = rt_window_new (NULL);
  GtkWidget *banner, *revealer, *save, *button;
  Find find;

  g_assert_no_error (error);
  g_assert_true (rt_committee_get_read_only (committee));
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  rt_window_set_committee (window, committee);
  gtk_window_present (GTK_WINDOW (window));
  rt_test_iterate_until (rt_test_is_mapped, window);

  banner = find_class (GTK_WIDGET (window), "rt-banner");
  g_assert_nonnull (banner);
  revealer = gtk_widget_get_ancestor (banner, GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  find.root = banner;
  find.needle = "sample.ronten";
  rt_test_iterate_until (label_shown, &find);
  find.needle = "Read only";
  rt_test_iterate_until (label_shown, &find);
  save = find_actionable (banner, "win.save-copy");
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_is_sensitive (save));

  /* What would change the committee cannot be used. */
  g_assert_false (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (window), "win.import-minutes")));
  g_assert_false (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (window), "win.capture")));
  g_assert_false (gtk_widget_is_sensitive (find_class (rt_window_get_board (window), "add-label")));
  g_assert_false (gtk_widget_is_sensitive (find_class (rt_window_get_board (window), "column-menu")));
  /* The points view, made as it would be when first shown. */
  button = find_actionable (rt_window_get_points_view (window), "points.add-point");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  save_screenshot (GTK_WIDGET (window), "test-window-read-only.png");

  /* The console presents, and does not edit the scenes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  rt_test_iterate_until (rt_test_is_mapped, rt_window_get_presentation_console (window));
  button = find_actionable (GTK_WIDGET (rt_window_get_presentation_console (window)), "console.remove");
  g_assert_false (gtk_widget_is_sensitive (button));
  button = find_actionable (GTK_WIDGET (rt_window_get_presentation_console (window)), "console.start");
  g_assert_true (gtk_widget_is_sensitive (button));

  /* A writable committee has no banner, and everything is there. */
  g_clear_object (&committee);
  rt_window_set_committee (window, NULL);
  g_assert_true (rt_window_open_path (window, path, &error));
  g_assert_no_error (error);
  rt_test_iterate_for (300);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (window), "win.import-minutes")));
  g_assert_true (gtk_widget_is_sensitive (find_class (rt_window_get_board (window), "add-label")));

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
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

static gboolean
has_columns (gpointer data)
{
  return rt_board_get_n_columns (data) == 2;
}

/* A new, empty committee says what to do first, and a theme can be made
 * without inventing a handout label (資料番号) first. A window without a
 * committee offers to open or create one. */
static void
test_window_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("ronten-test-empty-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "第4回.ronten", NULL);
  g_autoptr(RtCommittee) committee = rt_committee_create_empty (path, "新しい委員会", TRUE, &error);
  RtWindow *window = rt_window_new (NULL);
  GtkWidget *board = rt_window_get_board (window);
  GtkWidget *page, *add_theme, *popover, *entry;
  GListModel *themes;
  RtCardDraft draft = { .text = "最初の意見" };

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  rt_test_iterate_until (rt_test_is_mapped, window);

  /* No committee: open one or make one. */
  page = find_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_get_mapped (find_actionable (page, "win.open")));
  g_assert_true (gtk_widget_get_mapped (find_actionable (page, "win.new-committee")));
  g_assert_false (gtk_widget_is_sensitive (find_actionable (GTK_WIDGET (window), "win.import-minutes")));
  save_screenshot (GTK_WIDGET (window), "test-window-no-committee.png");

  /* An empty committee: the next steps, and a theme without a label. */
  rt_window_set_committee (window, committee);
  rt_test_iterate_for (200);
  page = find_class (board, "board-empty");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (gtk_widget_is_sensitive (find_actionable (page, "win.import-minutes")));
  g_assert_true (gtk_widget_is_sensitive (find_actionable (page, "win.capture")));
  save_screenshot (GTK_WIDGET (window), "test-window-empty-committee.png");

  add_theme = find_class (board, "add-theme");
  g_assert_nonnull (add_theme);
  g_assert_true (gtk_widget_get_mapped (add_theme));
  gtk_menu_button_popup (GTK_MENU_BUTTON (add_theme));
  rt_test_iterate_for (100);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add_theme)));
  g_assert_nonnull (popover);
  entry = find_type (popover, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "センターの役割");
  g_signal_emit_by_name (entry, "activate");
  themes = rt_committee_get_themes (committee);
  g_assert_cmpuint (g_list_model_get_n_items (themes), ==, 1);
  {
    g_autoptr(RtTheme) theme = g_list_model_get_item (themes, 0);

    g_assert_cmpstr (rt_theme_get_name (theme), ==, "センターの役割");
    g_assert_cmpint (rt_theme_get_label_id (theme), ==, 0);
  }
  rt_test_iterate_until (has_columns, board);

  /* A lone theme is a column like any other, not the width of the window. */
  {
    g_autoptr(RtTheme) theme = g_list_model_get_item (themes, 0);
    GtkWidget *column = rt_board_get_column (RT_BOARD (board), rt_theme_get_id (theme));

    g_assert_nonnull (column);
    rt_test_iterate_for (200);
    g_test_message ("a lone column: %d px of %d", gtk_widget_get_width (column), gtk_widget_get_width (board));
    g_assert_cmpint (gtk_widget_get_width (column), <=, 320);
    g_assert_cmpint (gtk_widget_get_width (column), >=, 190);
  }

  /* With a theme, or a card, the board is a board again. */
  g_assert_null (find_class (board, "board-empty"));
  g_assert_cmpint (rt_committee_add_card (committee, &draft, &error), >, 0);
  rt_test_iterate_for (100);
  g_assert_null (find_class (board, "board-empty"));

  gtk_window_destroy (GTK_WINDOW (window));
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

  g_test_add_func ("/ronten/window/sample", test_window_sample);
  g_test_add_func ("/ronten/window/read-only", test_window_read_only);
  g_test_add_func ("/ronten/window/empty", test_window_empty);

  return g_test_run ();
}
