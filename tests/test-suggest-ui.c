/* test-suggest-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The suggestion dialog, driven through its actions on a copy of the
 * sample committee with some cards put back into the inbox: it computes in
 * the background, changes nothing until Apply, and each Apply is one undo
 * step. Screenshots of its three pages go into the build directory.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-suggest.h"
#include "rt-suggest-dialog.h"
#include "rt-test-util.h"

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_idle (RtSuggestDialog *dialog)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  /* Let both background runs start before waiting for them to end. */
  wait_ms (50);
  while (rt_suggest_dialog_get_busy (dialog))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  wait_ms (300);
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

  g_test_message ("%s: %d×%d mapped %d", name, width, height, gtk_widget_get_mapped (widget));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static void
show_page (RtSuggestDialog *dialog,
           const char      *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                                       RT_TYPE_SUGGEST_DIALOG,
                                                                       "view_stack"));

  adw_view_stack_set_visible_child_name (stack, name);
  wait_ms (300);
}

static gint64
theme_of (RtCommittee *committee,
          gint64       card_id)
{
  RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, card_id);

  g_assert_nonnull (card);
  return rt_card_get_theme_id (card);
}

static void
test_dialog_review (void)
{
  const gint64 inbox_ids[] = { 4, 13, 21, 30, 38, 45 };
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  RtCommitteeStats before, after;
  RtSuggestOptions options;
  RtPlacement *first;
  RtHistory *history;
  RtSuggestDialog *dialog;
  guint n_undo;

  g_assert_no_error (error);
  g_assert_true (rt_committee_move_cards (committee, inbox_ids, G_N_ELEMENTS (inbox_ids), 0, -1, &error));
  g_assert_no_error (error);

  /* What the dialog should suggest, computed the same way without it. */
  rt_suggest_options_init (&options);
  cards = rt_suggest_collect_cards (committee, RT_SUGGEST_SCOPE_ALL, 0);
  expected = rt_suggest_place_cards (cards, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, G_N_ELEMENTS (inbox_ids));
  first = g_ptr_array_index (expected, 0);
  g_assert_cmpint (first->card_id, ==, inbox_ids[0]);
  g_assert_cmpint (first->best_theme_id, !=, 0);

  history = rt_committee_get_history (committee);
  g_assert_true (rt_committee_get_stats (committee, &before, NULL));
  n_undo = rt_history_get_n_undo (history);

  dialog = rt_suggest_dialog_new (NULL, committee);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 880, 900);
  gtk_window_present (GTK_WINDOW (dialog));
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while ((!gtk_widget_get_mapped (GTK_WIDGET (dialog)) || gtk_widget_get_width (GTK_WIDGET (dialog)) == 0) &&
           g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
    g_test_message ("size %d", gtk_widget_get_width (GTK_WIDGET (dialog)));
  }
  wait_idle (dialog);

  /* Opening and computing changed nothing. */
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo);
  for (guint i = 0; i < G_N_ELEMENTS (inbox_ids); i++)
    g_assert_cmpint (theme_of (committee, inbox_ids[i]), ==, 0);

  save_screenshot (GTK_WIDGET (dialog), "suggest-dialog-themes.png");
  show_page (dialog, "place");
  save_screenshot (GTK_WIDGET (dialog), "suggest-dialog-place.png");
  show_page (dialog, "points");
  save_screenshot (GTK_WIDGET (dialog), "suggest-dialog-points.png");
  show_page (dialog, "place");

  /* Applying with nothing ticked changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.apply-placements", NULL);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo);

  /* Accept the first card's placement and apply: it alone moves, into the
   * suggested theme, as one undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.accept-placement", "u", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.apply-placements", NULL));
  g_assert_cmpint (theme_of (committee, inbox_ids[0]), ==, first->best_theme_id);
  for (guint i = 1; i < G_N_ELEMENTS (inbox_ids); i++)
    g_assert_cmpint (theme_of (committee, inbox_ids[i]), ==, 0);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Apply suggestions");
  wait_idle (dialog);

  /* Accept the first suggested theme (of the five cards left in the inbox)
   * and apply: one new theme, one more undo step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.accept-theme", "u", 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.apply-themes", NULL));
  g_assert_true (rt_committee_get_stats (committee, &after, NULL));
  g_assert_cmpuint (after.themes, ==, before.themes + 1);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 2);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Apply suggestions");
  wait_idle (dialog);

  /* Every theme has a colour, also the one made from the suggestion. */
  {
    GListModel *themes = rt_committee_get_themes (committee);

    for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
      {
        g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

        g_assert_nonnull (rt_theme_get_color (theme));
        g_assert_cmpstr (rt_theme_get_color (theme), !=, "");
      }
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_ms (100);
  rt_test_remove_tree (tmpdir);
}

/* Opinions about a theme the committee has already go there, instead of
 * into a second theme named after the same word. */
static void
test_dialog_existing_theme (void)
{
  static const char *texts[] = {
    "コーディネーターが不足していて相談に応じきれない",
    "コーディネーターの育成が課題だ",
    "団体同士をつなぐコーディネーターの役割が大きい",
    "コーディネーターの研修を毎年行ってほしい",
  };
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = rt_committee_open (path, RT_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GListModel) in_theme = NULL;
  RtCommitteeStats before, after;
  RtSuggestDialog *dialog;
  gint64 theme_id, ids[G_N_ELEMENTS (texts)];
  GtkWidget *found = NULL;

  g_assert_no_error (error);
  theme_id = rt_committee_add_theme (committee, 0, "コーディネーター", "#3584e4", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      RtCardDraft draft = { .text = texts[i] };

      ids[i] = rt_committee_add_card (committee, &draft, &error);
      g_assert_no_error (error);
    }
  g_assert_true (rt_committee_get_stats (committee, &before, NULL));

  dialog = rt_suggest_dialog_new (NULL, committee);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 880, 900);
  gtk_window_present (GTK_WINDOW (dialog));
  for (gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       (!gtk_widget_get_mapped (GTK_WIDGET (dialog)) || gtk_widget_get_width (GTK_WIDGET (dialog)) == 0) &&
       g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, TRUE);
  wait_idle (dialog);
  wait_ms (200);
  save_screenshot (GTK_WIDGET (dialog), "suggest-dialog-existing-theme.png");

  /* The suggestion says where its cards belong, and applying puts them there. */
  for (GtkWidget *w = GTK_WIDGET (dialog); w != NULL && found == NULL; )
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (ADW_IS_PREFERENCES_GROUP (w) && adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (w)) != NULL &&
          strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (w)), "“コーディネーター”") != NULL)
        found = w;
      while (next == NULL && w != NULL)
        {
          next = gtk_widget_get_next_sibling (w);
          if (next == NULL)
            w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  g_assert_nonnull (found);

  for (guint t = 0; t < 12; t++)
    if (!gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.accept-theme", "u", t))
      break;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "suggest.apply-themes", NULL));
  g_assert_true (rt_committee_get_stats (committee, &after, NULL));
  in_theme = rt_committee_list_cards (committee, theme_id);
  g_test_message ("themes %u → %u; %u cards in コーディネーター", before.themes, after.themes,
                  g_list_model_get_n_items (in_theme));
  /* The cards the clustering put together went to the theme. */
  {
    guint n = 0;

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      n += theme_of (committee, ids[i]) == theme_id;
    g_assert_cmpuint (n, >=, 3);
  }
  /* No second theme named after the coordinator. */
  {
    GListModel *themes = rt_committee_get_themes (committee);

    for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
      {
        g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

        if (rt_theme_get_id (theme) != theme_id)
          g_assert_null (strstr (rt_theme_get_name (theme), "コーディネーター"));
      }
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_ms (100);
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

  g_test_add_func ("/ronten/suggest-ui/review", test_dialog_review);
  g_test_add_func ("/ronten/suggest-ui/existing-theme", test_dialog_existing_theme);

  return g_test_run ();
}
