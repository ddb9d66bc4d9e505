/* test-responses-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-card-editor.h"
#include "rt-committee.h"
#include "rt-committee-dialog.h"
#include "rt-response-editor.h"
#include "rt-response-row.h"
#include "rt-responses-view.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

/* The Responses view on a copy of the sample, in the window at the size
 * of a 1366×768 laptop: opinions answered one after the other as with the
 * keyboard (text, Ctrl+digit for the kind, Ctrl+Enter saves and moves on),
 * three answered at once, undo; the card editor's answer; Committee
 * Settings; screenshots. */

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtWindow    *window;
  RtCommittee *committee;
  RtResponsesView *view;
  RtResponseEditor *editor;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 736);
  g_assert_true (rt_window_open_path (f->window, f->path, &error));
  g_assert_no_error (error);
  f->committee = rt_window_get_committee (f->window);
  rt_window_show_view (f->window, "responses");
  gtk_window_present (GTK_WINDOW (f->window));
  f->view = RT_RESPONSES_VIEW (rt_window_get_responses_view (f->window));
  f->editor = rt_responses_view_get_editor (f->view);
  rt_test_iterate_until (rt_test_is_mapped, f->view);
  rt_test_iterate_for (300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  rt_test_iterate_for (50);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static RtResponseRow *
row_at (Fixture *f,
        guint    position)
{
  g_autoptr(RtResponseRow) row = g_list_model_get_item (G_LIST_MODEL (rt_responses_view_get_model (f->view)), position);

  return row;   /* the view keeps it */
}

static gint64
card_at (Fixture *f,
         guint    position)
{
  return rt_card_get_id (rt_response_row_get_card (row_at (f, position)));
}

static void
type_answer (Fixture    *f,
             const char *text,
             int         kind)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (rt_response_editor_get_text_view (f->editor)), text, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "response.kind", "i", kind);
}

static gboolean
selected_is (GtkSelectionModel *model,
             guint              position)
{
  return gtk_selection_model_is_selected (model, position);
}

/* Unanswered first: the sample's 22 unanswered opinions lead; answering
 * them one by one keeps every row where it is and selects the next. */
static void
test_answer_in_a_row (Fixture       *f,
                      gconstpointer  data)
{
  GtkSelectionModel *model = rt_responses_view_get_model (f->view);
  guint n_responses = g_list_model_get_n_items (rt_committee_get_responses (f->committee));
  gint64 first, second;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 46);
  for (guint i = 0; i < 22; i++)
    g_assert_false (rt_response_row_get_answered (row_at (f, i)));
  g_assert_true (rt_response_row_get_answered (row_at (f, 22)));

  first = card_at (f, 0);
  second = card_at (f, 1);
  rt_responses_view_select (f->view, 0);
  rt_test_iterate_for (100);
  g_assert_cmpuint (rt_response_editor_get_n_cards (f->editor), ==, 1);

  type_answer (f, "市の考え方を整理し、答申素案でお示しします。", 3);
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (f->editor), "<Control>Return"), ==, 1);
  rt_test_iterate_for (100);

  /* Stored, the row stays first, the next one is selected, ready to type. */
  g_assert_cmpstr (rt_response_get_text (rt_committee_get_card_response (f->committee, first)), ==,
                   "市の考え方を整理し、答申素案でお示しします。");
  g_assert_cmpstr (rt_response_get_kind (rt_committee_get_card_response (f->committee, first)), ==, "今後の検討");
  g_assert_cmpint (card_at (f, 0), ==, first);
  g_assert_true (rt_response_row_get_answered (row_at (f, 0)));
  g_assert_true (selected_is (model, 1));
  g_assert_false (selected_is (model, 0));
  g_assert_true (rt_test_has_focus_within (GTK_WIDGET (rt_response_editor_get_text_view (f->editor))));

  type_answer (f, "対応は要しません。", 6);
  gtk_widget_activate_action (GTK_WIDGET (f->editor), "response.save", NULL);
  rt_test_iterate_for (100);
  g_assert_cmpstr (rt_response_get_kind (rt_committee_get_card_response (f->committee, second)), ==, "対応不要");
  g_assert_true (selected_is (model, 2));
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (f->committee)), ==, n_responses + 2);

  /* Alt+↑ goes back; the answer shows in the editor. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (f->view), "<Alt>Up"), ==, 1);
  rt_test_iterate_for (100);
  g_assert_true (selected_is (model, 1));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (rt_response_editor_get_text_view (f->editor));
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, "対応は要しません。");
  }

  /* Each answer was one step: undone, the row is unanswered again. */
  g_assert_true (rt_committee_undo (f->committee, NULL));
  rt_test_iterate_for (100);
  g_assert_null (rt_committee_get_card_response (f->committee, second));
  g_assert_false (rt_response_row_get_answered (row_at (f, 1)));

  /* The new order applies when asked: the answered first row goes down. */
  rt_responses_view_set_state_filter (f->view, 1);
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 21);
  for (guint i = 0; i < 21; i++)
    g_assert_false (rt_response_row_get_answered (row_at (f, i)));

  rt_test_save_screenshot (GTK_WIDGET (f->window), "responses-view-light.png");
}

/* A card that turns out to be the secretariat's explanation leaves the
 * view (it waits for no answer) and comes back as an opinion. */
static void
test_statement_kind (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (rt_responses_view_get_model (f->view));
  gint64 id = card_at (f, 0);

  g_assert_true (rt_committee_set_cards_kind (f->committee, &id, 1, RT_STATEMENT_KIND_ANSWER, NULL));
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 45);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_assert_cmpint (card_at (f, i), !=, id);

  g_assert_true (rt_committee_undo (f->committee, NULL));
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 46);
}

/* Three opinions selected get one answer, shared. */
static void
test_answer_together (Fixture       *f,
                      gconstpointer  data)
{
  GtkSelectionModel *model = rt_responses_view_get_model (f->view);
  gint64 ids[3];
  RtResponse *shared;

  for (guint i = 0; i < 3; i++)
    ids[i] = card_at (f, i);
  gtk_selection_model_select_range (model, 0, 3, TRUE);
  rt_test_iterate_for (100);
  g_assert_cmpuint (rt_response_editor_get_n_cards (f->editor), ==, 3);

  type_answer (f, "いずれも論点7として第4回で議論いただきます。", 3);
  g_assert_true (rt_response_editor_save (f->editor));
  rt_test_iterate_for (100);

  shared = rt_committee_get_card_response (f->committee, ids[0]);
  g_assert_nonnull (shared);
  g_assert_cmpuint (rt_response_get_n_cards (shared), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (rt_committee_get_card_response (f->committee, ids[i]) == shared);
      g_assert_true (rt_response_row_get_answered (row_at (f, i)));
    }

  /* Dark, with three opinions answered at once. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  rt_test_iterate_for (300);
  rt_test_save_screenshot (GTK_WIDGET (f->window), "responses-view-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* The card editor answers its card with the same editor. */
static void
test_card_editor (Fixture       *f,
                  gconstpointer  data)
{
  RtCard *card = rt_committee_lookup (f->committee, RT_KIND_CARD, 1);
  GtkWindow *editor = rt_window_edit_card (f->window, card);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  RtResponseEditor *answer = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;

  rt_test_iterate_until (rt_test_is_mapped, editor);
  for (GtkWidget *w = GTK_WIDGET (editor); w != NULL && answer == NULL;)
    {
      /* Depth-first search for the answer editor. */
      GtkWidget *child = gtk_widget_get_first_child (w);

      if (RT_IS_RESPONSE_EDITOR (w))
        answer = RT_RESPONSE_EDITOR (w);
      else if (child != NULL)
        w = child;
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w ? gtk_widget_get_next_sibling (w) : NULL;
        }
    }
  g_assert_nonnull (answer);

  /* Card 1 shares 林委員's answer with card 2. */
  buffer = gtk_text_view_get_buffer (rt_response_editor_get_text_view (answer));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_true (g_str_has_prefix (shown, "協働の相手方には"));

  /* Saving an answer for card 1 alone gives it one of its own. */
  gtk_text_buffer_set_text (buffer, "企業も協働の相手方に含めます。", -1);
  g_assert_true (rt_response_editor_save (answer));
  g_assert_cmpuint (rt_response_get_n_cards (rt_committee_get_card_response (f->committee, 1)), ==, 1);
  g_assert_true (g_str_has_prefix (rt_response_get_text (rt_committee_get_card_response (f->committee, 2)),
                                   "協働の相手方には"));
  gtk_window_destroy (editor);
}

/* Committee Settings: a display chosen per output is stored. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  RtCommitteeDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.committee-settings", NULL));
  rt_test_iterate_for (200);
  dialog = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        if (RT_IS_COMMITTEE_DIALOG (window))
          dialog = RT_COMMITTEE_DIALOG (window);
      }
  }
  g_assert_nonnull (dialog);
  g_assert_true (rt_committee_set_speaker_display (f->committee, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM,
                                                   NULL));
  rt_test_iterate_for (100);
  rt_test_save_screenshot (GTK_WIDGET (dialog), "committee-settings.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/responses-ui/answer-in-a-row", test_answer_in_a_row);
  ADD ("/ronten/responses-ui/answer-together", test_answer_together);
  ADD ("/ronten/responses-ui/statement-kind", test_statement_kind);
  ADD ("/ronten/responses-ui/card-editor", test_card_editor);
  ADD ("/ronten/responses-ui/settings", test_settings);

  return g_test_run ();
}
