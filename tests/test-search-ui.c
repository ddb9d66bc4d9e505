/* test-search-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-board.h"
#include "rt-committee.h"
#include "rt-search-bar.h"
#include "rt-speaker-panel.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

typedef struct
{
  char        *tmpdir;
  RtWindow    *window;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = rt_test_make_sample (&fixture->tmpdir);

  fixture->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1400, 860);
  g_assert_true (rt_window_open_path (fixture->window, path, &error));
  g_assert_no_error (error);
  fixture->committee = rt_window_get_committee (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  rt_test_iterate_until (rt_test_is_mapped, fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rt_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

typedef struct
{
  RtSearchModel *model;
  const char    *query;
} QueryDone;

static gboolean
query_applied (gpointer data)
{
  QueryDone *done = data;

  return g_strcmp0 (rt_search_model_get_query (done->model), done->query) == 0;
}

/* Types @query the way a user does: into the entry, then waits for the
 * search-changed delay. */
static void
type_query (RtSearchBar *bar,
            const char  *query)
{
  QueryDone done = { rt_search_bar_get_model (bar), query };

  gtk_editable_set_text (GTK_EDITABLE (rt_search_bar_get_entry (bar)), query);
  rt_test_iterate_until (query_applied, &done);
}

/* The cards whose text holds @query, found without the search code. */
static guint
count_cards_with (RtCommittee *committee,
                  const char  *query,
                  gint64       speaker_id)
{
  GListModel *cards = rt_committee_get_cards (committee);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (strstr (rt_card_get_text (card), query) != NULL &&
          (speaker_id == 0 || rt_card_get_speaker_id (card) == speaker_id))
        n++;
    }

  return n;
}

static void
assert_count_label (RtSearchBar *bar,
                    guint        n)
{
  g_autofree char *expected = g_strdup_printf (n == 1 ? "%u card" : "%u cards", n);

  g_assert_cmpstr (rt_search_bar_get_count_text (bar), ==, expected);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rt_search_bar_get_model (bar))), ==, n);
}

static GtkDropDown *
search_dropdown (RtSearchBar *bar,
                 const char  *name)
{
  GObject *dropdown = gtk_widget_get_template_child (GTK_WIDGET (bar), RT_TYPE_SEARCH_BAR, name);

  g_assert_true (GTK_IS_DROP_DOWN (dropdown));
  return GTK_DROP_DOWN (dropdown);
}

static const char *
dropdown_string (GtkDropDown *dropdown)
{
  return gtk_string_object_get_string (GTK_STRING_OBJECT (gtk_drop_down_get_selected_item (dropdown)));
}

static void
test_search_queries (Fixture       *fixture,
                     gconstpointer  data)
{
  RtSearchBar *bar;
  RtBoard *board = RT_BOARD (rt_window_get_board (fixture->window));
  GtkWidget *entry;
  /* 1-, 2- and 3-or-more-character words, counted in the sample by hand. */
  const struct { const char *query; guint n; } cases[] = {
    { "市", 13 },
    { "企業", 8 },
    { "協働事業", 4 },
  };

  /* The bar is made on first use; made by asking, it is closed. */
  g_assert_null (rt_window_get_search_bar (fixture->window, FALSE));
  bar = rt_window_get_search_bar (fixture->window, TRUE);
  g_assert_nonnull (bar);
  g_assert_true (rt_window_get_search_bar (fixture->window, FALSE) == bar);
  entry = rt_search_bar_get_entry (bar);
  g_assert_false (rt_search_bar_get_search_mode (bar));
  g_assert_null (rt_search_bar_get_search (bar));

  /* Ctrl+F is the window's, and only one thing uses it. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control>f"), ==, 1);
  rt_test_iterate_for (300);
  g_assert_true (rt_search_bar_get_search_mode (bar));
  g_assert_true (rt_test_has_focus_within (entry));
  /* Open with nothing typed: every card, and no search for the board. */
  assert_count_label (bar, 46);
  g_assert_null (rt_search_bar_get_search (bar));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RtSearchModel *model = rt_search_bar_get_model (bar);

      type_query (bar, cases[i].query);
      g_assert_cmpuint (count_cards_with (fixture->committee, cases[i].query, 0), ==, cases[i].n);
      assert_count_label (bar, cases[i].n);
      g_assert_true (rt_search_bar_get_search (bar) == model);
      g_assert_true (rt_board_get_search (board) == model);

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (model)); j++)
        {
          g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (model), j);

          g_assert_nonnull (strstr (rt_card_get_text (card), cases[i].query));
          g_assert_true (rt_search_model_contains (model, rt_card_get_id (card)));
        }
    }

  /* Width is ignored: half-width katakana finds the full-width word. */
  type_query (bar, "ｽﾃｰｸﾎﾙﾀﾞｰ");
  assert_count_label (bar, count_cards_with (fixture->committee, "ステークホルダー", 0));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rt_search_bar_get_model (bar))), >, 0);

  /* Nothing found says so. */
  type_query (bar, "存在しない言葉");
  assert_count_label (bar, 0);

  type_query (bar, "企業");
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-search-ui-search.png");

  /* Escape in the entry closes the bar and clears the search. */
  g_signal_emit_by_name (entry, "stop-search");
  rt_test_iterate_for (100);
  g_assert_false (rt_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_null (rt_search_bar_get_search (bar));
  g_assert_null (rt_board_get_search (board));
  assert_count_label (bar, 46);
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  RtSearchBar *bar;
  RtBoard *board = RT_BOARD (rt_window_get_board (fixture->window));
  GtkDropDown *meeting, *speaker, *point, *status, *kind;
  RtSearchFilter filter;

  /* Ctrl+F makes the bar the first time. */
  g_assert_null (rt_window_get_search_bar (fixture->window, FALSE));
  rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control>f");
  rt_test_iterate_for (100);
  bar = rt_window_get_search_bar (fixture->window, FALSE);
  g_assert_nonnull (bar);
  g_assert_true (rt_search_bar_get_search_mode (bar));
  meeting = search_dropdown (bar, "meeting_dropdown");
  speaker = search_dropdown (bar, "speaker_dropdown");
  point = search_dropdown (bar, "point_dropdown");
  status = search_dropdown (bar, "status_dropdown");
  kind = search_dropdown (bar, "kind_dropdown");

  /* all / 3 meetings; all / 13 people; all / 9 points; all / 3 statuses. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (meeting)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (speaker)), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (point)), ==, 10);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (kind)), ==, 6);

  /* A filter alone is a search. */
  gtk_drop_down_set_selected (meeting, 1);
  g_assert_cmpstr (dropdown_string (meeting), ==, "第1回");
  assert_count_label (bar, 27);
  g_assert_true (rt_board_get_search (board) == rt_search_bar_get_model (bar));
  gtk_drop_down_set_selected (meeting, 2);
  assert_count_label (bar, 19);
  gtk_drop_down_set_selected (meeting, 3);
  assert_count_label (bar, 0);
  gtk_drop_down_set_selected (meeting, 0);
  g_assert_null (rt_board_get_search (board));

  /* 林委員 is the second person. */
  gtk_drop_down_set_selected (speaker, 2);
  g_assert_cmpstr (dropdown_string (speaker), ==, "林委員");
  assert_count_label (bar, 3);
  type_query (bar, "市");
  assert_count_label (bar, count_cards_with (fixture->committee, "市", 2));
  g_assert_cmpuint (count_cards_with (fixture->committee, "市", 2), ==, 2);
  rt_search_model_get_filter (rt_search_bar_get_model (bar), &filter);
  g_assert_cmpint (filter.speaker_id, ==, 2);
  gtk_drop_down_set_selected (speaker, 0);
  type_query (bar, "");

  /* 論点1 is linked to six cards, three of which speak of 協働事業. */
  gtk_drop_down_set_selected (point, 1);
  g_assert_cmpstr (dropdown_string (point), ==, "Point 1");
  assert_count_label (bar, 6);
  type_query (bar, "協働事業");
  assert_count_label (bar, 3);
  gtk_drop_down_set_selected (point, 0);
  assert_count_label (bar, 4);
  type_query (bar, "");

  /* Every card of the sample has been reviewed. */
  gtk_drop_down_set_selected (status, 2);
  assert_count_label (bar, 46);
  rt_search_model_get_filter (rt_search_bar_get_model (bar), &filter);
  g_assert_cmpint (filter.status, ==, RT_CARD_STATUS_REVIEWED);
  gtk_drop_down_set_selected (status, 1);
  assert_count_label (bar, 0);
  gtk_drop_down_set_selected (status, 3);
  assert_count_label (bar, 0);

  /* The sample's statements are all opinions; two marked as questions
   * are what the kind 質問 finds, and the card's kind shows on it. */
  gtk_drop_down_set_selected (status, 0);
  gtk_drop_down_set_selected (kind, 1 + RT_STATEMENT_KIND_OPINION);
  assert_count_label (bar, 46);
  {
    gint64 ids[] = { 1, 3 };

    g_assert_true (rt_committee_set_cards_kind (fixture->committee, ids, 2, RT_STATEMENT_KIND_QUESTION, NULL));
  }
  rt_test_iterate_for (50);
  assert_count_label (bar, 44);
  gtk_drop_down_set_selected (kind, 1 + RT_STATEMENT_KIND_QUESTION);
  g_assert_cmpstr (dropdown_string (kind), ==, "Question");
  assert_count_label (bar, 2);
  rt_search_model_get_filter (rt_search_bar_get_model (bar), &filter);
  g_assert_cmpint (filter.kind, ==, RT_STATEMENT_KIND_QUESTION);
  g_assert_true (rt_committee_undo (fixture->committee, NULL));
  rt_test_iterate_for (50);
  assert_count_label (bar, 0);
  gtk_drop_down_set_selected (kind, 0);

  /* The search follows the committee: a new card that matches appears. */
  type_query (bar, "企業");
  g_assert_cmpint (rt_committee_capture_card (fixture->committee, 3, 2, "企業との連携を進めたい。", NULL), >, 0);
  rt_test_iterate_for (50);
  assert_count_label (bar, 9);

  /* Escape on a filter closes the bar as well, and forgets the filters. */
  gtk_drop_down_set_selected (meeting, 1);
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (bar), "Escape"), ==, 1);
  rt_test_iterate_for (100);
  g_assert_false (rt_search_bar_get_search_mode (bar));
  g_assert_cmpuint (gtk_drop_down_get_selected (meeting), ==, 0);
  g_assert_null (rt_board_get_search (board));
  assert_count_label (bar, 47);
}

static gboolean
panel_refreshed (gpointer data)
{
  gpointer *args = data;

  return rt_speaker_panel_get_row (args[0], *(gint64 *)args[1]) != NULL;
}

static guint
shown_total (RtSpeakerPanel *panel,
             gint64          speaker_id)
{
  GtkWidget *row = rt_speaker_panel_get_row (panel, speaker_id);
  GtkLabel *label;
  guint64 value = 0;

  g_assert_nonnull (row);
  label = rt_test_find_label (row, "speaker-total");
  g_assert_nonnull (label);
  g_assert_true (g_ascii_string_to_unsigned (gtk_label_get_label (label), 10, 0, G_MAXUINT, &value, NULL));

  return value;
}

static gboolean
shown_silent (RtSpeakerPanel *panel,
              gint64          speaker_id)
{
  GtkWidget *row = rt_speaker_panel_get_row (panel, speaker_id);

  return gtk_widget_has_css_class (row, "silent") && rt_test_find_label (row, "silent-badge") != NULL;
}

static void
test_speaker_panel (Fixture       *fixture,
                    gconstpointer  data)
{
  RtSpeakerPanel *panel;
  AdwFlap *flap = ADW_FLAP (gtk_widget_get_ancestor (rt_window_get_board (fixture->window), ADW_TYPE_FLAP));
  GListModel *people = rt_committee_get_people (fixture->committee);
  GListModel *cards = rt_committee_get_cards (fixture->committee);
  g_autoptr(GError) error = NULL;
  gint64 new_person, card_id;
  gpointer args[2];

  /* The panel is made the first time it is shown, as the flap of the board's. */
  g_assert_nonnull (flap);
  g_assert_null (rt_window_get_speaker_panel (fixture->window, FALSE));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control><Shift>p"), ==, 1);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  panel = rt_window_get_speaker_panel (fixture->window, FALSE);
  g_assert_nonnull (panel);
  g_assert_true (adw_flap_get_flap (flap) == GTK_WIDGET (panel));
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "F9"), ==, 1);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "F9");
  g_assert_true (adw_flap_get_reveal_flap (flap));
  rt_test_iterate_for (400);

  /* 13 people, and every card of the sample has a speaker. */
  g_assert_cmpuint (rt_speaker_panel_get_n_speakers (panel), ==, 13);
  g_assert_cmpstr (rt_speaker_panel_get_summary (panel), ==, "46 cards · 13 speakers · 0 not heard");

  /* Every total is what the cards say, and shown as such. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      gint64 id = rt_person_get_id (person);
      guint expected = 0;

      for (guint j = 0; j < g_list_model_get_n_items (cards); j++)
        {
          g_autoptr(RtCard) card = g_list_model_get_item (cards, j);

          expected += rt_card_get_speaker_id (card) == id;
        }

      g_assert_cmpuint (rt_speaker_panel_get_total (panel, id), ==, expected);
      g_assert_cmpuint (shown_total (panel, id), ==, expected);
      g_assert_false (shown_silent (panel, id));
    }

  /* 準備室 (person 13): 6 cards, 4 under センターに必要なこと (theme 5). */
  g_assert_cmpuint (shown_total (panel, 13), ==, 6);
  g_assert_cmpuint (rt_speaker_panel_get_count (panel, 13, 5), ==, 4);
  g_assert_cmpuint (rt_speaker_panel_get_count (panel, 13, 1), ==, 1);
  g_assert_cmpuint (rt_speaker_panel_get_count (panel, 13, 6), ==, 1);
  g_assert_cmpuint (rt_speaker_panel_get_count (panel, 13, 2), ==, 0);
  /* 林委員: 3 cards. */
  g_assert_cmpuint (shown_total (panel, 2), ==, 3);

  /* A new member has not been heard; the panel says so as soon as it is idle. */
  new_person = rt_committee_add_person (fixture->committee, "佐藤", "委員", &error);
  g_assert_no_error (error);
  args[0] = panel;
  args[1] = &new_person;
  rt_test_iterate_until (panel_refreshed, args);
  g_assert_true (shown_silent (panel, new_person));
  g_assert_cmpuint (shown_total (panel, new_person), ==, 0);
  g_assert_cmpstr (rt_speaker_panel_get_summary (panel), ==, "46 cards · 14 speakers · 1 not heard");

  /* The new member is last: scroll down to show them. */
  {
    GtkWidget *scrolled = gtk_widget_get_ancestor (rt_speaker_panel_get_row (panel, new_person),
                                                   GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    rt_test_iterate_for (100);
  }
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-search-ui-speakers.png");

  /* …until a card of theirs is captured. */
  card_id = rt_committee_capture_card (fixture->committee, 3, new_person, "センターの認知度を上げる工夫が必要だ。", &error);
  g_assert_no_error (error);
  g_assert_cmpint (card_id, >, 0);
  rt_test_iterate_for (100);
  g_assert_false (shown_silent (panel, new_person));
  g_assert_cmpuint (shown_total (panel, new_person), ==, 1);
  g_assert_cmpuint (rt_speaker_panel_get_count (panel, new_person, 0), ==, 1);

  /* Meeting 3 only: just that card; everybody else is silent there. */
  rt_speaker_panel_set_meeting_id (panel, 3);
  g_assert_cmpuint (shown_total (panel, new_person), ==, 1);
  g_assert_true (shown_silent (panel, 13));
  g_assert_cmpstr (rt_speaker_panel_get_summary (panel), ==, "1 card · 14 speakers · 13 not heard");
  rt_speaker_panel_set_meeting_id (panel, 0);
  g_assert_cmpuint (shown_total (panel, 13), ==, 6);

  /* Everything at once: searching while capturing, with the panel open. */
  rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control>f");
  type_query (rt_window_get_search_bar (fixture->window, FALSE), "センター");
  rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control><Shift>n");
  rt_test_iterate_for (400);
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-search-ui-all.png");

  /* Deleting the card makes them silent again. */
  g_assert_true (rt_committee_delete_cards (fixture->committee, &card_id, 1, &error));
  g_assert_no_error (error);
  rt_test_iterate_for (100);
  g_assert_true (shown_silent (panel, new_person));
}

/* The header bar's buttons make what they show on first use, as the
 * shortcuts do, and follow it afterwards. */
static void
test_search_buttons (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkToggleButton *search_button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                                     RT_TYPE_WINDOW, "search_button"));
  GtkToggleButton *speakers_button = GTK_TOGGLE_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                                       RT_TYPE_WINDOW, "speakers_button"));
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (fixture->window),
                                                                               RT_TYPE_WINDOW, "menu_button"));
  RtBoard *board = RT_BOARD (rt_window_get_board (fixture->window));
  RtSearchBar *bar;

  g_assert_null (rt_window_get_search_bar (fixture->window, FALSE));
  g_assert_null (rt_window_get_speaker_panel (fixture->window, FALSE));
  g_assert_null (rt_window_get_capture_bar (fixture->window, FALSE));
  g_assert_null (gtk_menu_button_get_popover (menu_button));

  gtk_toggle_button_set_active (search_button, TRUE);
  bar = rt_window_get_search_bar (fixture->window, FALSE);
  g_assert_nonnull (bar);
  g_assert_true (rt_search_bar_get_search_mode (bar));
  rt_test_iterate_for (100);
  g_assert_true (rt_test_has_focus_within (rt_search_bar_get_entry (bar)));
  type_query (bar, "企業");
  assert_count_label (bar, 8);
  g_assert_true (rt_board_get_search (board) == rt_search_bar_get_model (bar));

  /* Escape closes the bar, and the button with it. */
  g_signal_emit_by_name (rt_search_bar_get_entry (bar), "stop-search");
  rt_test_iterate_for (100);
  g_assert_false (rt_search_bar_get_search_mode (bar));
  g_assert_false (gtk_toggle_button_get_active (search_button));
  g_assert_null (rt_board_get_search (board));
  gtk_toggle_button_set_active (search_button, TRUE);
  g_assert_true (rt_window_get_search_bar (fixture->window, FALSE) == bar);
  g_assert_true (rt_search_bar_get_search_mode (bar));
  rt_search_bar_set_search_mode (bar, FALSE);
  g_assert_false (gtk_toggle_button_get_active (search_button));

  gtk_toggle_button_set_active (speakers_button, TRUE);
  g_assert_nonnull (rt_window_get_speaker_panel (fixture->window, FALSE));
  rt_test_iterate_for (400);
  g_assert_cmpuint (rt_speaker_panel_get_n_speakers (rt_window_get_speaker_panel (fixture->window, FALSE)), ==, 13);

  /* The primary menu is made when it opens. */
  gtk_menu_button_popup (menu_button);
  g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (menu_button)));
  rt_test_iterate_for (100);
  gtk_menu_button_popdown (menu_button);
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
  rt_test_load_style ();

  g_test_add ("/ronten/search-ui/queries", Fixture, NULL, fixture_set_up, test_search_queries, fixture_tear_down);
  g_test_add ("/ronten/search-ui/filters", Fixture, NULL, fixture_set_up, test_search_filters, fixture_tear_down);
  g_test_add ("/ronten/search-ui/speaker-panel", Fixture, NULL, fixture_set_up, test_speaker_panel, fixture_tear_down);
  g_test_add ("/ronten/search-ui/buttons", Fixture, NULL, fixture_set_up, test_search_buttons, fixture_tear_down);

  return g_test_run ();
}
