/* test-cycle-view-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Meetings page of the window, driven as the secretariat would: the
 * 次第 and its materials renumbered by a move, a 宿題 answered, the 議事要旨
 * drafted, edited and noted against, drafted again only after asking, an
 * outline version copied and compared; a card made a follow-up from the card
 * editor; every page fitting a 1280×720 laptop in Japanese.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rt-agenda-row.h"
#include "rt-agenda-view.h"
#include "rt-card-editor.h"
#include "rt-correction-row.h"
#include "rt-cycle-view.h"
#include "rt-followups-view.h"
#include "rt-handout-dialog.h"
#include "rt-material-row.h"
#include "rt-outline-view.h"
#include "rt-summary-view.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

static gboolean japanese;

typedef struct
{
  char         *tmpdir;
  char         *path;
  RtWindow     *window;
  RtCommittee  *committee;
  RtCycleView  *cycle;
} Fixture;

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  gpointer child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwViewStack *stack;

  fixture->path = rt_test_make_sample (&fixture->tmpdir);
  fixture->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 736);
  g_assert_true (rt_window_open_path (fixture->window, fixture->path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (fixture->window));
  rt_test_iterate_until (rt_test_is_mapped, fixture->window);
  fixture->committee = rt_window_get_committee (fixture->window);

  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (rt_window_get_board (fixture->window), ADW_TYPE_VIEW_STACK));
  adw_view_stack_set_visible_child_name (stack, "cycle");
  fixture->cycle = RT_CYCLE_VIEW (rt_window_get_cycle_view (fixture->window));
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (fixture->cycle), adw_view_stack_get_visible_child (stack)));
  rt_test_iterate_for (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != fixture->window)
      gtk_window_destroy (l->data);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rt_test_iterate_for (50);
  rt_test_remove_tree (fixture->tmpdir);
  g_free (fixture->path);
  g_free (fixture->tmpdir);
}

static gpointer
show_page (Fixture    *fixture,
           const char *name)
{
  rt_cycle_view_show_page (fixture->cycle, name);
  rt_test_iterate_for (150);
  return rt_cycle_view_get_page (fixture->cycle, name);
}

static gint64
meeting_id (RtCommittee *committee,
            int          number)
{
  GListModel *meetings = rt_committee_get_meetings (committee);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_number (meeting) == number)
        return rt_meeting_get_id (meeting);
    }

  g_assert_not_reached ();
}

static char *
numbers_of (GtkListBox *list)
{
  GString *s = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    if (RT_IS_MATERIAL_ROW (row))
      g_string_append_printf (s, "%s%s", s->len ? " " : "",
                              rt_material_get_number (rt_material_row_get_material (RT_MATERIAL_ROW (row))));

  return g_string_free (s, FALSE);
}

/* 第3回's 次第 and 配布資料 as the seed has them; a material moved with
 * Alt+↓ takes the next number, and undo gives the old ones back; a new 議事
 * goes before その他 and is numbered under 議事. */
static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  RtAgendaView *view = show_page (fixture, "agenda");
  GtkListBox *items = template_child (view, RT_TYPE_AGENDA_VIEW, "items_list");
  GtkListBox *materials = template_child (view, RT_TYPE_AGENDA_VIEW, "materials_list");
  GtkListBoxRow *row;
  g_autofree char *numbers = NULL;
  guint n_items;

  rt_agenda_view_select_meeting (view, meeting_id (fixture->committee, 3));
  rt_test_iterate_for (100);
  numbers = numbers_of (materials);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2");

  row = gtk_list_box_get_row_at_index (items, 1);
  g_assert_true (RT_IS_AGENDA_ROW (row));
  if (japanese)
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "２　議事（１）");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "第1・2回目の振り返り");

  /* Alt+↓ on 資料1-2: after 資料2 it is alone, 資料3. */
  row = gtk_list_box_get_row_at_index (materials, 1);
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (row), "<Alt>Down"), ==, 1);
  rt_test_iterate_for (100);
  g_free (numbers);
  numbers = numbers_of (materials);
  g_assert_cmpstr (numbers, ==, "資料1 資料2 資料3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rt_test_iterate_for (100);
  g_free (numbers);
  numbers = numbers_of (materials);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2");

  /* 資料2 dragged onto the first row takes its place; undo puts it back. */
  {
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (materials, 0);
    GtkListBoxRow *last = gtk_list_box_get_row_at_index (materials, 2);
    gint64 moved = rt_material_get_id (rt_material_row_get_material (RT_MATERIAL_ROW (last)));
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (first));
    GtkDropTarget *target = NULL;
    GValue value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (target);
    g_value_init (&value, G_TYPE_INT64);
    g_value_set_int64 (&value, moved);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &dropped);
    g_value_unset (&value);
    g_assert_true (dropped);
    rt_test_iterate_for (100);
    first = gtk_list_box_get_row_at_index (materials, 0);
    g_assert_cmpint (rt_material_get_id (rt_material_row_get_material (RT_MATERIAL_ROW (first))), ==, moved);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    rt_test_iterate_for (100);
    g_free (numbers);
    numbers = numbers_of (materials);
    g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2");
  }

  /* A new 議事 comes before その他, numbered （５）. */
  for (n_items = 0; gtk_list_box_get_row_at_index (items, n_items) != NULL; n_items++)
    ;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "agenda.add-item", "s", "item"));
  rt_test_iterate_for (100);
  row = gtk_list_box_get_row_at_index (items, n_items - 1);
  g_assert_true (RT_IS_AGENDA_ROW (row));
  if (japanese)
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "２　議事（５）");
  g_assert_cmpint (rt_agenda_item_get_kind (rt_agenda_row_get_item (RT_AGENDA_ROW (row))), ==, RT_AGENDA_KIND_ITEM);

  /* Its title typed and applied. */
  gtk_editable_set_text (GTK_EDITABLE (row), "答申に向けたスケジュール");
  g_signal_emit_by_name (row, "apply");
  rt_test_iterate_for (50);
  g_assert_cmpstr (rt_agenda_item_get_title (rt_agenda_row_get_item (RT_AGENDA_ROW (row))), ==,
                   "答申に向けたスケジュール");

  /* A new material, numbered at the end. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "agenda.add-material", NULL));
  rt_test_iterate_for (100);
  g_free (numbers);
  numbers = numbers_of (materials);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2 資料3");

  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "cycle-agenda.png");
}

/* A 宿題 answered in the editor: its answer, the meeting it was given at,
 * and so answered; undo takes it back. */
static void
test_followups (Fixture       *fixture,
                gconstpointer  data)
{
  RtFollowupsView *view = show_page (fixture, "followups");
  GtkSingleSelection *selection = template_child (view, RT_TYPE_FOLLOWUPS_VIEW, "selection");
  GtkTextView *answer = template_child (view, RT_TYPE_FOLLOWUPS_VIEW, "answer_view");
  AdwComboRow *answered_at = template_child (view, RT_TYPE_FOLLOWUPS_VIEW, "answered_row");
  RtFollowup *followup;
  gint64 id;

  /* Open ones first. */
  followup = gtk_single_selection_get_selected_item (selection);
  g_assert_nonnull (followup);
  g_assert_cmpint (rt_followup_get_status (followup), !=, RT_FOLLOWUP_ANSWERED);
  id = rt_followup_get_id (followup);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (answer), "条例の要否は資料3で整理した。", -1);
  adw_combo_row_set_selected (answered_at, g_list_model_get_n_items (adw_combo_row_get_model (answered_at)) - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "followups.save", NULL));
  rt_test_iterate_for (100);

  followup = rt_committee_lookup (fixture->committee, RT_KIND_FOLLOWUP, id);
  g_assert_cmpint (rt_followup_get_status (followup), ==, RT_FOLLOWUP_ANSWERED);
  g_assert_cmpstr (rt_followup_get_answer (followup), ==, "条例の要否は資料3で整理した。");
  g_assert_cmpint (rt_followup_get_answered_meeting_number (followup), ==, 3);
  /* The editor stays on it, though the list moved it. */
  g_assert_true (gtk_single_selection_get_selected_item (selection) == followup);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  rt_test_iterate_for (100);
  g_assert_cmpint (rt_followup_get_status (followup), !=, RT_FOLLOWUP_ANSWERED);

  /* A new one, written here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "followups.add", NULL));
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_followups (fixture->committee)), ==, 3);

  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "cycle-followups.png");
}

static gboolean
has_summary (gpointer data)
{
  Fixture *fixture = data;

  return rt_committee_find_summary (fixture->committee, meeting_id (fixture->committee, 3)) != NULL;
}

static gpointer
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
text_is_draft (gpointer data)
{
  Fixture *fixture = data;
  RtSummary *summary = rt_committee_find_summary (fixture->committee, meeting_id (fixture->committee, 3));

  return summary != NULL && g_str_has_prefix (rt_summary_get_text (summary), "会議名：");
}

/* The 議事要旨 of 第3回: drafted in a worker thread, edited and saved after
 * a pause, a correction noted, drafted again only after asking. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  RtSummaryView *view = show_page (fixture, "summary");
  GtkTextView *text = rt_summary_view_get_text_view (view);
  GtkEntry *entry = template_child (view, RT_TYPE_SUMMARY_VIEW, "correction_entry");
  GtkListBox *corrections = template_child (view, RT_TYPE_SUMMARY_VIEW, "corrections_list");
  RtSummary *summary;
  GtkTextIter end;
  AdwMessageDialog *dialog;
  g_autofree char *edited = NULL;

  rt_summary_view_select_meeting (view, meeting_id (fixture->committee, 3));
  rt_test_iterate_for (50);
  g_assert_false (has_summary (fixture));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.generate", NULL));
  rt_test_iterate_until (has_summary, fixture);
  summary = rt_committee_find_summary (fixture->committee, meeting_id (fixture->committee, 3));
  g_assert_true (g_str_has_prefix (rt_summary_get_text (summary), "会議名："));
  rt_test_iterate_for (50);
  {
    g_autofree char *shown = NULL;
    GtkTextIter start;

    gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (text), &start, &end);
    shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (text), &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, rt_summary_get_text (summary));
  }

  /* Typed, and saved a moment later. */
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (text), &end);
  gtk_text_buffer_insert (gtk_text_view_get_buffer (text), &end, "（以上）\n", -1);
  edited = g_strconcat (rt_summary_get_text (summary), "（以上）\n", NULL);
  rt_test_iterate_for (1500);
  g_assert_cmpstr (rt_summary_get_text (summary), ==, edited);

  gtk_editable_set_text (GTK_EDITABLE (entry), "第2段落の表現を修正");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.add-correction", NULL));
  rt_test_iterate_for (100);
  g_assert_nonnull (gtk_list_box_get_row_at_index (corrections, 0));
  g_assert_cmpint (rt_summary_get_n_open_corrections (summary), ==, 1);

  /* Ticked as made in the text with its row's check, and back by undo:
   * the row follows its correction. */
  {
    RtCorrectionRow *row = RT_CORRECTION_ROW (gtk_list_box_get_row_at_index (corrections, 0));
    GtkCheckButton *done = template_child (row, RT_TYPE_CORRECTION_ROW, "done_check");
    g_autoptr(GError) error = NULL;

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "第2段落の表現を修正");
    g_assert_false (gtk_check_button_get_active (done));
    g_assert_true (gtk_widget_activate (GTK_WIDGET (done)));
    rt_test_iterate_for (100);
    g_assert_true (rt_correction_get_done (rt_correction_row_get_correction (row)));
    g_assert_true (gtk_check_button_get_active (done));
    g_assert_cmpint (rt_summary_get_n_open_corrections (summary), ==, 0);

    g_assert_true (rt_committee_undo (fixture->committee, &error));
    g_assert_no_error (error);
    rt_test_iterate_for (100);
    g_assert_false (rt_correction_get_done (rt_correction_row_get_correction (row)));
    g_assert_false (gtk_check_button_get_active (done));
    g_assert_cmpint (rt_summary_get_n_open_corrections (summary), ==, 1);
  }

  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "cycle-summary.png");

  /* Drafting again asks; cancelled, the text stays. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.generate", NULL));
  rt_test_iterate_until (dialog_shown, NULL);
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "cancel");
  rt_test_iterate_for (300);
  g_assert_cmpstr (rt_summary_get_text (summary), ==, edited);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "summary.generate", NULL));
  rt_test_iterate_until (dialog_shown, NULL);
  adw_message_dialog_response (find_message_dialog (), "replace");
  rt_test_iterate_until (text_is_draft, fixture);
  rt_test_iterate_for (300);
  g_assert_false (g_str_has_suffix (rt_summary_get_text (summary), "（以上）\n"));

  /* Marked final, and back. */
  gtk_switch_set_active (template_child (view, RT_TYPE_SUMMARY_VIEW, "final_switch"), TRUE);
  rt_test_iterate_for (50);
  g_assert_true (rt_summary_get_final (summary));
}

/* A copy of the outline becomes 素案; an edited sentence shows in the
 * comparison with the 骨子案. */
static void
test_outline (Fixture       *fixture,
              gconstpointer  data)
{
  RtOutlineView *view = show_page (fixture, "outline");
  GtkTextView *text = rt_outline_view_get_text_view (view);
  GtkListBox *changes = template_child (view, RT_TYPE_OUTLINE_VIEW, "changes_list");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text);
  GtkTextIter start, end;
  GListModel *outlines = rt_committee_get_outlines (fixture->committee);

  g_assert_cmpuint (g_list_model_get_n_items (outlines), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outline.new-copy", NULL));
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (outlines), ==, 2);
  {
    g_autoptr(RtOutline) second = g_list_model_get_item (outlines, 1);

    g_assert_cmpstr (rt_outline_get_stage (second), ==, "素案");
  }

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, "・（未議論）", 0, &start, &end, NULL));
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, "・協働条例の制定を検討する。", -1);
  gtk_toggle_button_set_active (template_child (view, RT_TYPE_OUTLINE_VIEW, "compare_button"), TRUE);
  rt_test_iterate_for (100);
  g_assert_nonnull (gtk_list_box_get_row_at_index (changes, 0));
  g_assert_true (rt_outline_view_flush (view));
  {
    g_autoptr(RtOutline) second = g_list_model_get_item (outlines, 1);

    g_assert_nonnull (strstr (rt_outline_get_text (second), "協働条例の制定を検討する。"));
  }

  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "cycle-outline.png");
}

/* A question on a card becomes a 宿題 from the card editor, due at the
 * meeting after the card's. */
static void
test_card_followup (Fixture       *fixture,
                    gconstpointer  data)
{
  RtCard *card = rt_committee_lookup (fixture->committee, RT_KIND_CARD, 6);
  GListModel *followups = rt_committee_get_followups (fixture->committee);
  GtkWindow *editor;
  guint before = g_list_model_get_n_items (followups);

  g_assert_nonnull (card);
  editor = rt_window_edit_card (fixture->window, card);
  rt_test_iterate_until (rt_test_is_mapped, editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.followup", NULL));
  rt_test_iterate_for (100);
  g_assert_cmpuint (g_list_model_get_n_items (followups), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (followups); i++)
    {
      g_autoptr(RtFollowup) f = g_list_model_get_item (followups, i);

      if (rt_followup_get_card_id (f) == 6)
        {
          g_assert_cmpint (rt_followup_get_due_meeting_number (f), ==, 2);
          g_assert_cmpstr (rt_followup_get_question (f), ==, rt_card_get_text (card));
        }
    }
  /* Once is enough. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (template_child (editor, RT_TYPE_CARD_EDITOR, "followup_button"))));
  gtk_window_destroy (editor);
}

/* Every page of the cycle fits a laptop mirrored to a projector. */
static void
test_fits (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const pages[] = { "agenda", "followups", "summary", "outline" };
  static const int sizes[][2] = { { 1280, 720 }, { 1366, 768 } };

  if (!japanese)
    {
      g_test_skip ("The ja_JP.UTF-8 locale is not there (build-aux/install-deps.sh makes it)");
      return;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
      {
        int min_width, min_height;

        gtk_window_set_default_size (GTK_WINDOW (fixture->window), sizes[s][0], sizes[s][1] - 32);
        show_page (fixture, pages[p]);
        rt_test_iterate_for (200);
        gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
        gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_VERTICAL, sizes[s][0], &min_height, NULL, NULL,
                            NULL);
        g_test_message ("%s at %dx%d: at least %dx%d", pages[p], sizes[s][0], sizes[s][1], min_width, min_height);
        g_assert_cmpint (min_width, <=, sizes[s][0]);
        g_assert_cmpint (min_height, <=, sizes[s][1] - 32);
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

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/cycle-view-ui/agenda", test_agenda);
  ADD ("/ronten/cycle-view-ui/followups", test_followups);
  ADD ("/ronten/cycle-view-ui/summary", test_summary);
  ADD ("/ronten/cycle-view-ui/outline", test_outline);
  ADD ("/ronten/cycle-view-ui/card-followup", test_card_followup);
  ADD ("/ronten/cycle-view-ui/fits", test_fits);

  return g_test_run ();
}
