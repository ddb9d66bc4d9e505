/* test-board-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rt-board.h"
#include "rt-card-editor.h"
#include "rt-card-widget.h"
#include "rt-committee.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-theme-column.h"
#include "rt-search-bar.h"
#include "rt-theme-popover.h"
#include "rt-window.h"

/* The card board driven through its widgets and actions, as a user would
 * with the keyboard: drops go through the column's drop handler with a
 * GValue (synthesised pointer drags are unreliable under Xvfb), everything
 * else through the actions the shortcuts and menus activate. The store is
 * checked afterwards. */

typedef struct
{
  char        *tmpdir;
  RtWindow    *window;
  RtCommittee *committee;
  RtBoard     *board;
} Fixture;

static void
settle (void)
{
  for (guint i = 0; i < 60; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static void
load_style (void)
{
  static gboolean done;
  g_autoptr(GtkCssProvider) provider = NULL;

  if (done)
    return;
  done = TRUE;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/ronten/Ronten/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
open_window (Fixture    *fixture,
             const char *path)
{
  g_autoptr(GError) error = NULL;

  load_style ();
  fixture->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1600, 900);
  g_assert_true (rt_window_open_path (fixture->window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));

  for (gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       !gtk_widget_get_mapped (GTK_WIDGET (fixture->window));)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
    }
  settle ();

  fixture->committee = rt_window_get_committee (fixture->window);
  fixture->board = RT_BOARD (rt_window_get_board (fixture->window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = rt_test_make_sample (&fixture->tmpdir);

  open_window (fixture, path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  settle ();
  rt_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static RtThemeColumn *
column (Fixture *fixture,
        gint64   theme_id)
{
  GtkWidget *widget = rt_board_get_column (fixture->board, theme_id);

  g_assert_nonnull (widget);

  return RT_THEME_COLUMN (widget);
}

static RtCard *
card_at (Fixture *fixture,
         gint64   theme_id,
         guint    index)
{
  g_autoptr(GListModel) cards = rt_committee_list_cards (fixture->committee, theme_id);
  RtCard *card = g_list_model_get_item (cards, index);

  g_assert_nonnull (card);
  g_object_unref (card); /* the committee keeps its cards */

  return card;
}

static guint
n_cards (Fixture *fixture,
         gint64   theme_id)
{
  g_autoptr(GListModel) cards = rt_committee_list_cards (fixture->committee, theme_id);

  return g_list_model_get_n_items (cards);
}

static guint
n_all_cards (Fixture *fixture)
{
  return g_list_model_get_n_items (rt_committee_get_cards (fixture->committee));
}

static GArray *
ids_of (gint64 first,
        ...)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_array_append_val (ids, id);
  va_end (args);

  return ids;
}

static void
activate (gpointer    widget,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (widget, action, NULL));
  settle ();
}

/* Undoes the step @label through the window's action. The issue map lays
 * out new cards by itself, but that is no step: the last step is always the
 * user's own. */
static void
undo_step (Fixture    *fixture,
           const char *label)
{
  RtHistory *history = rt_committee_get_history (fixture->committee);

  if (label != NULL)
    g_assert_cmpstr (rt_history_get_undo_label (history), ==, label);
  activate (fixture->window, "win.undo");
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_card_widget_of (GtkWidget    *widget,
                   gconstpointer data)
{
  return RT_IS_CARD_WIDGET (widget) && gtk_widget_get_mapped (widget) &&
         rt_card_widget_get_card (RT_CARD_WIDGET (widget)) == data;
}

static gboolean
has_action (GtkWidget    *widget,
            gconstpointer data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
is_type (GtkWidget    *widget,
         gconstpointer data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

/* Dropping */

static void
test_board_drop (Fixture       *fixture,
                 gconstpointer  data)
{
  RtThemeColumn *target = column (fixture, 2);
  RtCard *first = card_at (fixture, 1, 0);
  RtCard *second = card_at (fixture, 1, 1);
  RtCard *anchor = card_at (fixture, 2, 1);
  g_autoptr(GListStore) several = g_list_store_new (RT_TYPE_CARD);
  GtkWidget *anchor_widget;
  graphene_rect_t bounds;
  GValue value = G_VALUE_INIT;
  guint in_theme2 = n_cards (fixture, 2);

  g_assert_cmpuint (rt_board_get_n_columns (fixture->board), ==, 9);

  /* One card, dropped below every card of another column: it goes last. */
  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, first);
  g_assert_true (rt_theme_column_drop_value (target, &value, 100000));
  g_value_unset (&value);
  settle ();
  g_assert_cmpint (rt_card_get_theme_id (first), ==, 2);
  g_assert_true (card_at (fixture, 2, in_theme2) == first);
  g_assert_cmpuint (n_cards (fixture, 2), ==, in_theme2 + 1);

  /* Dropped on the top half of a card: it goes before that card. */
  /* The dropped card was selected and scrolled to: back to the top. */
  gtk_adjustment_set_value (rt_theme_column_get_vadjustment (target), 0);
  settle ();
  anchor_widget = find_widget (GTK_WIDGET (target), is_card_widget_of, anchor);
  g_assert_nonnull (anchor_widget);
  g_assert_true (gtk_widget_compute_bounds (anchor_widget, GTK_WIDGET (target), &bounds));
  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, second);
  g_assert_true (rt_theme_column_drop_value (target, &value, bounds.origin.y + 3));
  g_value_unset (&value);
  settle ();
  g_assert_true (card_at (fixture, 2, 1) == second);
  g_assert_true (card_at (fixture, 2, 2) == anchor);

  /* Several selected cards travel as a list, in one undo step. */
  g_list_store_append (several, first);
  g_list_store_append (several, second);
  g_value_init (&value, G_TYPE_LIST_MODEL);
  g_value_set_object (&value, several);
  g_assert_true (rt_theme_column_drop_value (column (fixture, 0), &value, 100000));
  g_value_unset (&value);
  settle ();
  g_assert_cmpint (rt_card_get_theme_id (first), ==, 0);
  g_assert_cmpint (rt_card_get_theme_id (second), ==, 0);
  g_assert_cmpstr (rt_history_get_undo_label (rt_committee_get_history (fixture->committee)), ==, "Move 2 cards");

  /* They are the board selection now. */
  {
    g_autoptr(GArray) selected = rt_board_get_selected_cards (fixture->board);

    g_assert_cmpuint (selected->len, ==, 2);
  }

  /* Undo through the window's action takes the last move back. */
  undo_step (fixture, "Move 2 cards");
  g_assert_cmpint (rt_card_get_theme_id (first), ==, 2);
  g_assert_cmpint (rt_card_get_theme_id (second), ==, 2);
  activate (fixture->window, "win.redo");
  g_assert_cmpint (rt_card_get_theme_id (first), ==, 0);

  /* A theme column dropped on another takes its place. */
  {
    RtTheme *theme3 = rt_committee_lookup (fixture->committee, RT_KIND_THEME, 3);
    g_autoptr(GListModel) themes = rt_committee_list_themes (fixture->committee, 1);
    g_autoptr(RtTheme) now_first = NULL;

    g_value_init (&value, G_TYPE_OBJECT);
    g_value_set_object (&value, theme3);
    g_assert_true (rt_theme_column_drop_value (column (fixture, 1), &value, 10));
    g_value_unset (&value);
    settle ();
    now_first = g_list_model_get_item (themes, 0);
    g_assert_cmpint (rt_theme_get_id (now_first), ==, 3);
  }

  /* Anything else is refused. */
  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, fixture->committee);
  g_assert_false (rt_theme_column_drop_value (column (fixture, 2), &value, 10));
  g_value_unset (&value);
}

/* Moving with the keyboard */

typedef struct
{
  Fixture *fixture;
  RtCard  *card;
  gint64   theme_id;
} MoveWait;

static gboolean
moved_to (gpointer data)
{
  MoveWait *wait = data;

  return rt_card_get_theme_id (wait->card) == wait->theme_id;
}

/* The card the keyboard focus is on, if any. */
static RtCard *
focused_card (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *card = find_widget (w, is_type, GSIZE_TO_POINTER (RT_TYPE_CARD_WIDGET));

      if (card != NULL)
        return rt_card_widget_get_card (RT_CARD_WIDGET (card));
      if (RT_IS_THEME_COLUMN (w))
        break;
    }

  return NULL;
}

/* Alt+→ and Alt+← pressed for real: the card moves, and the focus ring goes
 * with it, on the card that is selected, so the next Alt+→ moves it on. */
static void
test_board_keyboard_focus (Fixture       *fixture,
                           gconstpointer  data)
{
  RtCard *card = card_at (fixture, 1, 0);
  g_autoptr(GArray) ids = ids_of (rt_card_get_id (card), 0);
  GtkWidget *widget;
  MoveWait wait = { fixture, card, 2 };

  rt_board_select_cards (fixture->board, ids);
  settle ();
  widget = find_widget (GTK_WIDGET (fixture->board), is_card_widget_of, card);
  g_assert_nonnull (widget);
  gtk_widget_grab_focus (gtk_widget_get_parent (widget));
  settle ();
  g_assert_true (focused_card (fixture) == card);

  for (guint step = 0; step < 3; step++)
    {
      g_autoptr(GArray) selected = NULL;

      wait.theme_id = step < 2 ? 2 + step : 3;
      if (step == 2)
        wait.theme_id = 2;
      rt_test_send_key (GTK_WIDGET (fixture->window), step < 2 ? "alt+Right" : "alt+Left", moved_to, &wait);
      settle ();
      g_assert_cmpint (rt_card_get_theme_id (card), ==, wait.theme_id);
      selected = rt_board_get_selected_cards (fixture->board);
      g_assert_cmpuint (selected->len, ==, 1);
      g_assert_cmpint (g_array_index (selected, gint64, 0), ==, rt_card_get_id (card));
      g_assert_true (focused_card (fixture) == card);
    }
}

typedef struct
{
  Fixture *fixture;
  gint64   theme_id;
} FocusWait;

static gboolean
focus_in_theme (gpointer data)
{
  FocusWait *wait = data;
  RtCard *card = focused_card (wait->fixture);

  return card != NULL && rt_card_get_theme_id (card) == wait->theme_id;
}

/* → and ← pressed for real take the focus from a card to a card of the
 * next column and back; Escape after a search gives it back to the card
 * it was on, not to the far end of the board. */
static void
test_board_keyboard_columns (Fixture       *fixture,
                             gconstpointer  data)
{
  RtCard *card = card_at (fixture, 1, 0);
  g_autoptr(GPtrArray) columns = rt_board_get_columns (fixture->board);
  gint64 next_theme = rt_theme_get_id (rt_theme_column_get_theme (columns->pdata[2]));
  FocusWait wait = { fixture, next_theme };
  RtSearchBar *bar;
  RtCard *focused;
  gint64 focused_id;

  g_assert_true (rt_theme_get_id (rt_theme_column_get_theme (columns->pdata[1])) == 1);
  g_assert_true (rt_board_focus_card (fixture->board, rt_card_get_id (card)));
  settle ();
  g_assert_true (focused_card (fixture) == card);
  g_assert_cmpint (rt_board_get_focus_card (fixture->board), ==, rt_card_get_id (card));

  g_assert_true (rt_test_send_key (GTK_WIDGET (fixture->window), "Right", focus_in_theme, &wait));
  wait.theme_id = 1;
  g_assert_true (rt_test_send_key (GTK_WIDGET (fixture->window), "Left", focus_in_theme, &wait));
  /* The card at the same height: the first again. */
  g_assert_true (focused_card (fixture) == card);
  wait.theme_id = next_theme;
  g_assert_true (rt_test_send_key (GTK_WIDGET (fixture->window), "Right", focus_in_theme, &wait));
  focused = focused_card (fixture);
  focused_id = rt_card_get_id (focused);

  bar = rt_window_get_search_bar (fixture->window, TRUE);
  rt_search_bar_set_search_mode (bar, TRUE);
  settle ();
  g_assert_true (rt_test_has_focus_within (rt_search_bar_get_entry (bar)));
  gtk_editable_set_text (GTK_EDITABLE (rt_search_bar_get_entry (bar)), "協働");
  rt_test_iterate_for (300);
  g_signal_emit_by_name (rt_search_bar_get_entry (bar), "stop-search");
  rt_test_iterate_for (300);
  g_assert_false (rt_search_bar_get_search_mode (bar));
  g_assert_cmpint (rt_board_get_focus_card (fixture->board), ==, focused_id);
}

static gboolean
is_search_entry (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static void
test_board_keyboard_move (Fixture       *fixture,
                          gconstpointer  data)
{
  RtCard *card = card_at (fixture, 1, 0);
  RtCard *next = card_at (fixture, 1, 1);
  g_autoptr(GArray) ids = ids_of (rt_card_get_id (card), 0);
  GtkWidget *popover, *entry, *undo_button;
  g_autofree char *tooltip = NULL;

  rt_board_select_cards (fixture->board, ids);
  settle ();

  /* Alt+Down: one place down in the column. */
  activate (fixture->board, "board.move-down");
  g_assert_true (card_at (fixture, 1, 0) == next);
  g_assert_true (card_at (fixture, 1, 1) == card);
  activate (fixture->board, "board.move-up");
  g_assert_true (card_at (fixture, 1, 0) == card);

  /* Alt+Right and Alt+Left: the neighbouring column, the card still selected. */
  activate (fixture->board, "board.move-right");
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 2);
  {
    g_autoptr(GArray) selected = rt_board_get_selected_cards (fixture->board);

    g_assert_cmpuint (selected->len, ==, 1);
    g_assert_cmpint (g_array_index (selected, gint64, 0), ==, rt_card_get_id (card));
  }
  activate (fixture->board, "board.move-left");
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 1);
  activate (fixture->board, "board.move-left");
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 0);

  /* Ctrl+M: type to filter the themes, Enter moves there. */
  popover = rt_board_new_move_popover (fixture->board);
  entry = find_widget (popover, is_search_entry, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "条例");
  settle ();
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_cmpstr (rt_theme_get_name (rt_committee_lookup (fixture->committee, RT_KIND_THEME,
                                                           rt_card_get_theme_id (card))), ==,
                   "条例化の方向性");

  /* The header bar's undo button says what it undoes. */
  undo_button = find_widget (GTK_WIDGET (fixture->window), has_action, "win.undo");
  g_assert_nonnull (undo_button);
  tooltip = g_strdup (gtk_widget_get_tooltip_text (undo_button));
  g_assert_nonnull (strstr (tooltip, "Move card"));
  g_assert_true (gtk_widget_is_sensitive (undo_button));

  undo_step (fixture, "Move card");
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 0);
  undo_step (fixture, "Move card");
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 1);
}

/* Editing, splitting */

static void
test_board_edit (Fixture       *fixture,
                 gconstpointer  data)
{
  RtCard *card = card_at (fixture, 1, 0);
  RtCardEditor *editor;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  guint before = n_all_cards (fixture);
  gint64 card_id = rt_card_get_id (card), new_id;
  const char *text = "ステークホルダーの範囲を広げる。企業も市民に含める。";

  /* Activating a card on the board opens the editor on it. */
  g_signal_emit_by_name (fixture->board, "card-activated", card);
  settle ();
  editor = RT_CARD_EDITOR (rt_window_edit_card (fixture->window, card));
  g_assert_true (rt_card_editor_get_card (editor) == card);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));

  /* Typing changes nothing until the editor saves, then it is one step. */
  buffer = gtk_text_view_get_buffer (rt_card_editor_get_text_view (editor));
  gtk_text_buffer_set_text (buffer, text, -1);
  settle ();
  g_assert_cmpstr (rt_card_get_text (card), !=, text);
  activate (editor, "editor.save");
  g_assert_cmpstr (rt_card_get_text (card), ==, text);
  g_assert_cmpstr (rt_history_get_undo_label (rt_committee_get_history (fixture->committee)), ==, "Edit card");

  /* Split at the cursor, after the first sentence (Ctrl+Shift+S). */
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, g_utf8_strlen ("ステークホルダーの範囲を広げる。", -1));
  gtk_text_buffer_place_cursor (buffer, &iter);
  activate (editor, "editor.split");
  g_assert_cmpuint (n_all_cards (fixture), ==, before + 1);
  g_assert_cmpstr (rt_card_get_text (card), ==, "ステークホルダーの範囲を広げる。");
  new_id = rt_card_get_id (card_at (fixture, 1, 1));
  g_assert_cmpint (new_id, !=, card_id);
  g_assert_cmpstr (rt_card_get_text (card_at (fixture, 1, 1)), ==, "企業も市民に含める。");

  /* Undo the split, then the edit, through the window. */
  undo_step (fixture, "Split card");
  g_assert_cmpuint (n_all_cards (fixture), ==, before);
  g_assert_cmpstr (rt_card_get_text (card), ==, text);
  undo_step (fixture, "Edit card");
  g_assert_cmpstr (rt_card_get_text (card), !=, text);
  activate (fixture->window, "win.redo");
  g_assert_cmpstr (rt_card_get_text (card), ==, text);

  /* The editor follows the store: its text shows the redone edit. */
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, text);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
}

static gboolean
is_dropdown_n (GtkWidget    *widget,
               gconstpointer data)
{
  guint *n = (guint *)data;

  return GTK_IS_DROP_DOWN (widget) && (*n)-- == 0;
}

static void
test_board_edit_fields (Fixture       *fixture,
                        gconstpointer  data)
{
  RtCard *card = card_at (fixture, 1, 0);
  RtCardEditor *editor = RT_CARD_EDITOR (rt_window_edit_card (fixture->window, card));
  guint n;
  GtkDropDown *speaker, *visibility;
  gint64 old_speaker = rt_card_get_speaker_id (card);

  settle ();
  n = 0;
  speaker = GTK_DROP_DOWN (find_widget (GTK_WIDGET (editor), is_dropdown_n, &n));
  n = 3;
  visibility = GTK_DROP_DOWN (find_widget (GTK_WIDGET (editor), is_dropdown_n, &n));
  g_assert_nonnull (speaker);
  g_assert_nonnull (visibility);

  gtk_drop_down_set_selected (visibility, RT_VISIBILITY_ANONYMOUS);
  settle ();
  g_assert_cmpint (rt_card_get_visibility (card), ==, RT_VISIBILITY_ANONYMOUS);

  gtk_drop_down_set_selected (speaker, 0);
  settle ();
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, 0);

  undo_step (fixture, NULL);
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, old_speaker);
  /* The dropdown follows the undo. */
  g_assert_cmpuint (gtk_drop_down_get_selected (speaker), !=, 0);

  gtk_window_destroy (GTK_WINDOW (editor));
}

/* Merging and deleting */

/* Whether a label under @root shows text containing @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

/* Two cards of one theme with the same speaker and meeting, or with
 * different speakers if @same is FALSE. */
static void
two_cards (Fixture  *fixture,
           gboolean  same,
           RtCard  **a,
           RtCard  **b)
{
  GListModel *themes = rt_committee_get_themes (fixture->committee);

  for (guint t = 0; t < g_list_model_get_n_items (themes); t++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, t);
      gint64 id = rt_theme_get_id (theme);

      for (guint i = 1; i < n_cards (fixture, id); i++)
        {
          *a = card_at (fixture, id, 0);
          *b = card_at (fixture, id, i);
          if (rt_card_get_speaker_id (*a) > 0 &&
              same == (rt_card_get_speaker_id (*a) == rt_card_get_speaker_id (*b) &&
                       rt_card_get_meeting_id (*a) == rt_card_get_meeting_id (*b)))
            return;
        }
    }

  g_assert_not_reached ();
}

/* Cards of two speakers are not merged: the toast says why. */
static void
test_board_merge_refused (Fixture       *fixture,
                          gconstpointer  data)
{
  RtCard *a, *b;
  g_autoptr(GArray) both = NULL;
  g_autofree char *text_a = NULL;
  guint before = n_all_cards (fixture);

  two_cards (fixture, FALSE, &a, &b);
  text_a = g_strdup (rt_card_get_text (a));
  both = ids_of (rt_card_get_id (a), rt_card_get_id (b), 0);
  rt_board_select_cards (fixture->board, both);
  settle ();

  activate (fixture->board, "board.merge");
  settle ();
  g_assert_cmpuint (n_all_cards (fixture), ==, before);
  g_assert_cmpstr (rt_card_get_text (a), ==, text_a);
  g_assert_true (shows_text (GTK_WIDGET (fixture->window), rt_card_get_speaker (b)));
}

static void
test_board_merge_delete (Fixture       *fixture,
                         gconstpointer  data)
{
  RtCard *a, *b;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autoptr(GArray) both = NULL;
  g_autoptr(GArray) selected = NULL;
  guint before = n_all_cards (fixture);
  gint64 a_id;

  two_cards (fixture, TRUE, &a, &b);
  text_a = g_strdup (rt_card_get_text (a));
  text_b = g_strdup (rt_card_get_text (b));
  both = ids_of (rt_card_get_id (a), rt_card_get_id (b), 0);
  a_id = rt_card_get_id (a);

  rt_board_select_cards (fixture->board, both);
  settle ();
  selected = rt_board_get_selected_cards (fixture->board);
  g_assert_cmpuint (selected->len, ==, 2);

  activate (fixture->board, "board.merge");
  g_assert_cmpuint (n_all_cards (fixture), ==, before - 1);
  a = rt_committee_lookup (fixture->committee, RT_KIND_CARD, a_id);
  g_assert_nonnull (a);
  g_assert_nonnull (strstr (rt_card_get_text (a), text_a));
  g_assert_nonnull (strstr (rt_card_get_text (a), text_b));

  /* Delete the merged card: one undo step, offered in a toast. */
  {
    g_autoptr(GArray) one = ids_of (a_id, 0);

    rt_board_select_cards (fixture->board, one);
    settle ();
  }
  activate (fixture->board, "board.delete");
  g_assert_cmpuint (n_all_cards (fixture), ==, before - 2);
  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_CARD, a_id));

  undo_step (fixture, "Delete card");
  g_assert_cmpuint (n_all_cards (fixture), ==, before - 1);
  undo_step (fixture, "Merge 2 cards");
  g_assert_cmpuint (n_all_cards (fixture), ==, before);
  a = rt_committee_lookup (fixture->committee, RT_KIND_CARD, a_id);
  g_assert_cmpstr (rt_card_get_text (a), ==, text_a);

  /* The store agrees: the JSON export has both texts again. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *json = rt_committee_export_json (fixture->committee, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (strstr (json, text_b));
  }
}

/* Themes and labels from their menus' functions */

static void
test_board_themes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtTheme *theme = rt_committee_lookup (fixture->committee, RT_KIND_THEME, 2);
  GtkWidget *add_label;
  GtkWidget *column4 = rt_board_get_column (fixture->board, 4);
  GtkWidget *inbox = rt_board_get_column (fixture->board, 0);
  gint64 label_id;

  /* Add a label: its group shows at once, empty, with an "Add Theme" button. */
  label_id = rt_committee_add_label (fixture->committee, "資料1-3", &error);
  g_assert_no_error (error);
  settle ();
  add_label = find_widget (GTK_WIDGET (fixture->board), is_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (add_label);

  g_assert_cmpint (rt_committee_add_theme (fixture->committee, label_id, "新しいテーマ", "#33d17a", &error), >, 0);
  g_assert_no_error (error);
  settle ();
  g_assert_cmpuint (rt_board_get_n_columns (fixture->board), ==, 10);

  /* Move right past the end of 資料1-1: the first column of 資料1-2. */
  g_assert_true (rt_theme_popover_move_theme (fixture->committee, rt_committee_lookup (fixture->committee, RT_KIND_THEME, 4), 1, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpint (rt_theme_get_label_id (rt_committee_lookup (fixture->committee, RT_KIND_THEME, 4)), ==, 2);
  /* The columns of themes that stay are the same widgets, cards and all,
   * moved under their new label: only a new theme's column is built. */
  g_assert_true (rt_board_get_column (fixture->board, 4) == column4);
  g_assert_true (rt_board_get_column (fixture->board, 0) == inbox);
  {
    g_autoptr(GListModel) themes = rt_committee_list_themes (fixture->committee, 2);
    g_autoptr(RtTheme) second = g_list_model_get_item (themes, 1);
    GtkWidget *neighbour = rt_board_get_column (fixture->board, rt_theme_get_id (second));

    g_assert_true (neighbour != column4);
    g_assert_true (gtk_widget_get_parent (neighbour) == gtk_widget_get_parent (column4));
    g_assert_true (gtk_widget_get_prev_sibling (neighbour) == column4);
  }

  g_assert_true (rt_theme_popover_move_theme (fixture->committee, theme, -1, &error));
  g_assert_no_error (error);
  settle ();
  {
    g_autoptr(GListModel) themes = rt_committee_list_themes (fixture->committee, 1);
    g_autoptr(RtTheme) first = g_list_model_get_item (themes, 0);

    g_assert_true (first == theme);
  }

  undo_step (fixture, NULL);
  undo_step (fixture, NULL);
  g_assert_cmpint (rt_theme_get_label_id (rt_committee_lookup (fixture->committee, RT_KIND_THEME, 4)), ==, 1);
  settle ();
  /* Undone, the same column is back at the end of 資料1-1. */
  g_assert_true (rt_board_get_column (fixture->board, 4) == column4);
  g_assert_null (gtk_widget_get_next_sibling (column4));
  g_assert_true (gtk_widget_get_parent (rt_board_get_column (fixture->board, 3)) == gtk_widget_get_parent (column4));
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
has_label (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* A theme column's menu, as the user works it: rename, recolour, move,
 * and delete with the window's undo toast. */
static void
test_board_theme_menu (Fixture       *fixture,
                       gconstpointer  data)
{
  RtTheme *theme = rt_committee_lookup (fixture->committee, RT_KIND_THEME, 2);
  g_autofree char *old_color = g_strdup (rt_theme_get_color (theme));
  GtkWidget *popover = rt_theme_popover_new (fixture->committee, theme);
  GtkWidget *entry, *swatch, *button;

  gtk_widget_set_parent (popover, GTK_WIDGET (column (fixture, 2)));
  gtk_popover_popup (GTK_POPOVER (popover));
  settle ();

  entry = find_widget (popover, is_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "名前を変えたテーマ");
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_cmpstr (rt_theme_get_name (theme), ==, "名前を変えたテーマ");

  gtk_popover_popup (GTK_POPOVER (popover));
  swatch = find_widget (popover, has_css_class, "color-swatch");
  g_assert_nonnull (swatch);
  if (gtk_widget_has_css_class (swatch, "current"))
    swatch = gtk_widget_get_next_sibling (swatch);
  g_signal_emit_by_name (swatch, "clicked");
  settle ();
  g_assert_cmpstr (rt_theme_get_color (theme), !=, old_color);

  gtk_popover_popup (GTK_POPOVER (popover));
  button = find_widget (popover, has_label, _("_Delete Theme"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle ();
  /* The column went with its theme, and its menu with it. */
  g_assert_null (rt_committee_lookup (fixture->committee, RT_KIND_THEME, 2));

  /* The undo toast's button takes the deletion back. */
  activate (fixture->window, "win.undo");
  settle ();
  g_assert_nonnull (rt_committee_lookup (fixture->committee, RT_KIND_THEME, 2));
}

/* Search */

static void
test_board_search (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RtSearchModel) search = rt_search_model_new (fixture->committee);
  RtThemeColumn *first = column (fixture, 1);
  GtkSelectionModel *shown = rt_theme_column_get_selection (first);
  guint all = g_list_model_get_n_items (rt_theme_column_get_cards (first));
  guint found = 0;
  RtCard *card;
  GtkWidget *widget;

  rt_search_model_set_query (search, "企業");
  rt_board_set_search (fixture->board, search);
  settle ();

  for (guint i = 0; i < all; i++)
    {
      g_autoptr(RtCard) c = g_list_model_get_item (rt_theme_column_get_cards (first), i);

      found += rt_search_model_contains (search, rt_card_get_id (c));
    }
  g_assert_cmpuint (found, >, 0);
  g_assert_cmpuint (found, <, all);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, found);

  card = g_list_model_get_item (G_LIST_MODEL (shown), 0);
  g_object_unref (card);
  widget = find_widget (GTK_WIDGET (first), is_card_widget_of, card);
  g_assert_nonnull (widget);
  g_assert_true (rt_card_widget_get_highlighted (RT_CARD_WIDGET (widget)));

  /* Typing more narrows at once. */
  rt_search_model_set_query (search, "企業は市民");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), <=, found);

  rt_board_set_search (fixture->board, NULL);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (shown)), ==, all);
  widget = find_widget (GTK_WIDGET (first), is_card_widget_of, card);
  g_assert_nonnull (widget);
  g_assert_false (rt_card_widget_get_highlighted (RT_CARD_WIDGET (widget)));
}

/* Show in Source */

static const char *prefix = "議事録の冒頭。\n";

static char *
make_with_source (char **tmpdir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *out = NULL;
  JsonObject *root, *card, *source;
  JsonArray *sources;
  const char *verbatim;
  char *path;
  gsize length;

  *tmpdir = g_dir_make_tmp ("ronten-test-XXXXXX", &error);
  g_assert_no_error (error);
  json = rt_sample_committee_json (&length, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, length, &error));

  root = json_node_get_object (json_parser_get_root (parser));
  card = json_array_get_object_element (json_object_get_array_member (root, "cards"), 0);
  verbatim = json_object_get_string_member (card, "verbatim");
  text = g_strconcat (prefix, verbatim, "\n議事録の続き。", NULL);

  source = json_object_new ();
  json_object_set_int_member (source, "id", 1);
  json_object_set_int_member (source, "meeting", 1);
  json_object_set_string_member (source, "title", "第1回 議事要旨");
  json_object_set_string_member (source, "text", text);
  json_object_set_string_member (source, "imported", "2026-02-13T09:00:00+09:00");
  sources = json_object_get_array_member (root, "sources");
  json_array_add_object_element (sources, source);
  json_object_set_int_member (card, "source", 1);
  json_object_set_int_member (card, "offset", strlen (prefix));
  json_object_set_int_member (card, "length", strlen (verbatim));

  out = json_to_string (json_parser_get_root (parser), FALSE);
  path = g_build_filename (*tmpdir, "source.ronten", NULL);
  committee = rt_committee_create_from_json (path, out, strlen (out), &error);
  g_assert_no_error (error);

  return path;
}

static void
test_board_source (void)
{
  Fixture fixture = { 0 };
  g_autofree char *path = make_with_source (&fixture.tmpdir);
  RtCardEditor *editor;
  GtkWindow *source;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *selected = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  RtCard *card;
  g_autoptr(GError) error = NULL;

  open_window (&fixture, path);
  card = rt_committee_lookup (fixture.committee, RT_KIND_CARD, 1);
  g_assert_cmpint (rt_card_get_source_id (card), ==, 1);

  text = rt_committee_get_source_text (fixture.committee, 1, &title, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, prefix));
  g_assert_cmpstr (title, ==, "第1回 議事要旨");
  g_assert_null (rt_committee_get_source_text (fixture.committee, 99, NULL, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);

  editor = RT_CARD_EDITOR (rt_window_edit_card (fixture.window, card));
  settle ();
  source = rt_card_editor_show_source (editor);
  g_assert_nonnull (source);
  settle ();

  view = find_widget (GTK_WIDGET (source), is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, rt_card_get_verbatim (card));

  gtk_window_destroy (source);
  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_tear_down (&fixture, NULL);
}

/* Screenshots */

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
test_board_screenshots (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(RtSearchModel) search = rt_search_model_new (fixture->committee);
  g_autoptr(GArray) ids = ids_of (rt_card_get_id (card_at (fixture, 2, 0)), rt_card_get_id (card_at (fixture, 2, 2)), 0);
  RtCardEditor *editor;

  rt_board_select_cards (fixture->board, ids);
  settle ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  settle ();
  save_screenshot (GTK_WIDGET (fixture->window), "board-light.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle ();
  save_screenshot (GTK_WIDGET (fixture->window), "board-dark.png");

  rt_search_model_set_query (search, "協働");
  rt_board_set_search (fixture->board, search);
  settle ();
  save_screenshot (GTK_WIDGET (fixture->window), "board-search-dark.png");
  rt_board_set_search (fixture->board, NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  editor = RT_CARD_EDITOR (rt_window_edit_card (fixture->window, card_at (fixture, 1, 0)));
  for (guint i = 0; i < 5; i++)
    settle ();
  save_screenshot (GTK_WIDGET (editor), "card-editor-light.png");
  gtk_window_destroy (GTK_WINDOW (editor));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
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

#define ADD(path, func) \
  g_test_add ("/ronten/board/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("drop", test_board_drop);
  ADD ("keyboard-move", test_board_keyboard_move);
  ADD ("edit-split", test_board_edit);
  ADD ("edit-fields", test_board_edit_fields);
  ADD ("merge-delete", test_board_merge_delete);
  ADD ("merge-refused", test_board_merge_refused);
  ADD ("keyboard-focus", test_board_keyboard_focus);
  ADD ("keyboard-columns", test_board_keyboard_columns);
  ADD ("themes", test_board_themes);
  ADD ("theme-menu", test_board_theme_menu);
  ADD ("search", test_board_search);
  ADD ("screenshots", test_board_screenshots);
#undef ADD
  g_test_add_func ("/ronten/board/source", test_board_source);

  return g_test_run ();
}
