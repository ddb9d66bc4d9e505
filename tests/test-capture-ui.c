/* test-capture-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-capture-bar.h"
#include "rt-committee.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

typedef struct
{
  char         *tmpdir;
  RtWindow     *window;
  RtCommittee  *committee;
  RtCaptureBar *bar;
  GtkWidget    *text_entry;
  GtkWidget    *speaker_entry;
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

/* The card of the inbox with @text, or NULL. */
static RtCard *
find_inbox_card (RtCommittee *committee,
                 const char  *text)
{
  g_autoptr(GListModel) inbox = rt_committee_list_cards (committee, 0);

  for (guint i = 0; i < g_list_model_get_n_items (inbox); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (inbox, i);

      if (g_strcmp0 (rt_card_get_text (card), text) == 0)
        return rt_committee_lookup (committee, RT_KIND_CARD, rt_card_get_id (card));
    }

  return NULL;
}

/* What Enter does in a GtkEntry once the input method has nothing left to
 * commit: its GtkText emits "activate", which the entry passes on. */
static void
press_enter (GtkWidget *entry)
{
  GtkWidget *text = gtk_widget_get_first_child (entry);

  while (text != NULL && !GTK_IS_TEXT (text))
    text = gtk_widget_get_next_sibling (text);
  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
}

/* The bar is made on first use: by the capture itself, or before if the
 * test asked for it (then it is hidden until the capture starts). */
static void
start_capture (Fixture *fixture)
{
  if (fixture->bar != NULL)
    g_assert_false (rt_capture_bar_get_revealed (fixture->bar));
  else
    g_assert_null (rt_window_get_capture_bar (fixture->window, FALSE));
  /* Ctrl+Shift+N is the window's, and nothing else there uses it. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control><Shift>n"), ==, 1);
  rt_test_iterate_for (300);
  g_assert_true (fixture->bar == NULL || fixture->bar == rt_window_get_capture_bar (fixture->window, FALSE));
  fixture->bar = rt_window_get_capture_bar (fixture->window, FALSE);
  g_assert_nonnull (fixture->bar);
  fixture->text_entry = rt_capture_bar_get_text_entry (fixture->bar);
  fixture->speaker_entry = rt_capture_bar_get_speaker_entry (fixture->bar);
  g_assert_true (rt_capture_bar_get_revealed (fixture->bar));
  g_assert_true (rt_test_has_focus_within (fixture->text_entry));
  /* Below the toasts, not under them: a toast never covers its buttons. */
  g_assert_null (gtk_widget_get_ancestor (GTK_WIDGET (fixture->bar), ADW_TYPE_TOAST_OVERLAY));
}

static void
test_capture_number_key (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *text = "公共施設の予約システムを市民活動団体にも開放してほしい。";
  RtHistory *history = rt_committee_get_history (fixture->committee);
  guint n_undo;
  RtCard *card;

  start_capture (fixture);

  /* The latest meeting, 第3回, is the default. */
  g_assert_cmpint (rt_capture_bar_get_meeting_id (fixture->bar), ==, 3);
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (fixture->text_entry), text);
  /* Alt+2: the second person, 林委員; the keyboard stays in the statement. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->bar), "<Alt>2"), ==, 1);
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->speaker_entry)), ==, "林委員");
  g_assert_true (rt_test_has_focus_within (fixture->text_entry));

  rt_test_iterate_for (100);
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-capture-ui-typing.png");

  /* Enter is the entry's activate signal: emitted only after the input
   * method has committed its text. */
  n_undo = rt_history_get_n_undo (history);
  press_enter (fixture->text_entry);

  card = find_inbox_card (fixture->committee, text);
  g_assert_nonnull (card);
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, 2);
  g_assert_cmpint (rt_card_get_meeting_id (card), ==, 3);
  g_assert_cmpint (rt_card_get_theme_id (card), ==, 0);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Capture opinion");

  /* The issue map lays the new card out by itself, but Ctrl+Z still takes
   * back the capture: the automatic layout is no step of its own. */
  rt_test_iterate_for (300);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  g_assert_cmpstr (rt_history_get_undo_label (history), ==, "Capture opinion");

  /* Ready for the next statement, same speaker. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->text_entry)), ==, "");
  g_assert_true (rt_test_has_focus_within (fixture->text_entry));
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 2);
  g_assert_cmpstr (rt_capture_bar_get_status_text (fixture->bar), ==, "Added to Unsorted: 林委員, 第3回");

  /* One undo step takes it back. */
  g_assert_true (rt_committee_undo (fixture->committee, NULL));
  g_assert_null (find_inbox_card (fixture->committee, text));
  g_assert_true (rt_committee_redo (fixture->committee, NULL));
  g_assert_nonnull (find_inbox_card (fixture->committee, text));

  rt_test_iterate_for (100);
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-capture-ui.png");

  /* Alt+0: no speaker; Alt+9 the ninth person, 山田委員. */
  rt_test_activate_shortcut (GTK_WIDGET (fixture->bar), "<Alt>0");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->speaker_entry)), ==, "");
  rt_test_activate_shortcut (GTK_WIDGET (fixture->bar), "<Alt>9");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 9);

  /* An empty statement stores nothing and says why. */
  n_undo = rt_history_get_n_undo (history);
  gtk_editable_set_text (GTK_EDITABLE (fixture->text_entry), "   ");
  press_enter (fixture->text_entry);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo);
  g_assert_cmpstr (rt_capture_bar_get_status_text (fixture->bar), !=, "");

  /* Escape closes the bar. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->bar), "Escape"), ==, 1);
  g_assert_false (rt_capture_bar_get_revealed (fixture->bar));
}

static void
test_capture_typed_name (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *text = "センターの専門性をどう高めるかを次回議論したい。";
  RtCard *card;
  GtkDropDown *meetings;

  /* Asked for before any capture, the bar is made then, hidden. */
  fixture->bar = rt_window_get_capture_bar (fixture->window, TRUE);
  g_assert_nonnull (fixture->bar);
  meetings = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (fixture->bar),
                                                           RT_TYPE_CAPTURE_BAR,
                                                           "meeting_dropdown"));

  start_capture (fixture);

  /* Typing 林 picks 林委員; 準備 picks 準備室 (a role without a name). */
  gtk_widget_grab_focus (fixture->speaker_entry);
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "林");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 2);
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "準備");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 13);
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "事務");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 12);
  /* Nobody matches: no speaker, and the entry shows an error. */
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "鈴木");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 0);
  g_assert_true (gtk_widget_has_css_class (fixture->speaker_entry, "error"));
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "準備");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), ==, 13);

  /* Enter in the speaker entry takes the match and moves to the statement. */
  press_enter (fixture->speaker_entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->speaker_entry)), ==, "準備室");
  g_assert_true (rt_test_has_focus_within (fixture->text_entry));

  /* Another meeting, chosen in the bar. */
  gtk_drop_down_set_selected (meetings, 1);
  g_assert_cmpint (rt_capture_bar_get_meeting_id (fixture->bar), ==, 2);

  gtk_editable_set_text (GTK_EDITABLE (fixture->text_entry), text);
  press_enter (fixture->text_entry);
  rt_test_iterate_for (50);

  card = find_inbox_card (fixture->committee, text);
  g_assert_nonnull (card);
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, 13);
  g_assert_cmpint (rt_card_get_meeting_id (card), ==, 2);
  g_assert_cmpstr (rt_capture_bar_get_status_text (fixture->bar), ==, "Added to Unsorted: 準備室, 第2回");

  /* A new person gets a chip, and a number if among the first nine. */
  g_assert_cmpint (rt_committee_add_person (fixture->committee, "佐藤", "委員", NULL), >, 0);
  rt_test_iterate_for (50);
  gtk_editable_set_text (GTK_EDITABLE (fixture->speaker_entry), "佐藤");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (fixture->bar), >, 13);
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

  g_test_add ("/ronten/capture-ui/number-key", Fixture, NULL, fixture_set_up, test_capture_number_key, fixture_tear_down);
  g_test_add ("/ronten/capture-ui/typed-name", Fixture, NULL, fixture_set_up, test_capture_typed_name, fixture_tear_down);

  return g_test_run ();
}
