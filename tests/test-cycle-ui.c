/* test-cycle-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A meeting's whole cycle, as a secretariat runs it on a 1366×768 laptop in
 * Japanese (issue 14, "Must show"): create an empty committee, add the
 * members, register 第3回 and 第4回 with their dates and 第4回's
 * attendance, import the minutes of 第4回, sort them into themes, link them
 * to points, open the console and the projector, step through every scene
 * with → and Space pressed for real, capture a live opinion of a speaker who
 * is not in the list yet, close the console, export every handout as PDF and
 * as Word: no crash, no critical (G_DEBUG=fatal-criticals at least), and the
 * handouts show 第4回 and its date (pdftotext, and the .docx's XML).
 *
 * The real widgets are driven through their actions, their shortcuts, the
 * signals their entries emit once an input method has committed, real key
 * presses through the X server (xdotool) on the projector, and the file
 * dialogs GTK shows where there is no portal. Needs a display and the
 * ja_JP.UTF-8 locale (build-aux/install-deps.sh makes it).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rt-board.h"
#include "rt-capture-bar.h"
#include "rt-committee.h"
#include "rt-date.h"
#include "rt-handout-dialog.h"
#include "rt-import-dialog.h"
#include "rt-meetings-dialog.h"
#include "rt-new-committee-dialog.h"
#include "rt-people-dialog.h"
#include "rt-point-row.h"
#include "rt-points-view.h"
#include "rt-presentation-console.h"
#include "rt-presentation-window.h"
#include "rt-slide-view.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-theme-column.h"
#include "rt-window.h"
#include "rt-zip.h"

static gboolean japanese;

/* Helpers */

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
has_toplevel (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gpointer
wait_toplevel (GType type)
{
  rt_test_iterate_until_full (has_toplevel, GSIZE_TO_POINTER (type), 20, 30, TRUE);
  return find_toplevel (type);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect (c, type, found);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static GtkWidget *
find_css (GtkWidget  *root,
          const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_css (c, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What Enter does once the input method has committed the text: the
 * entry's GtkText emits "activate". */
static void
press_enter (gpointer entry)
{
  GtkWidget *text = GTK_IS_TEXT (entry) ? entry : find_descendant (GTK_WIDGET (entry), GTK_TYPE_TEXT);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  rt_test_iterate_for (50);
}

static void
type_into (gpointer    entry,
           const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  press_enter (entry);
}

/* A click on a button, through its own activation (pressed, then clicked). */
static void
click (gpointer button)
{
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  rt_test_iterate_for (400);
}

/* The file dialog GTK shows without a portal: saves @name in @folder. */
static void
save_as (const char *folder,
         const char *name)
{
  GtkWidget *dialog = wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) dir = g_file_new_for_path (folder);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (dialog);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), dir, &error));
  g_assert_no_error (error);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  rt_test_iterate_for (200);
}

static void
shot (gpointer    widget,
      const char *name)
{
  rt_test_iterate_for (200);
  rt_test_save_screenshot (GTK_WIDGET (widget), name);
}

static RtPerson *
person_named (RtCommittee *committee,
              const char  *display_name)
{
  GListModel *people = rt_committee_get_people (committee);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (rt_person_get_display_name (person), display_name) == 0)
        return rt_committee_lookup (committee, RT_KIND_PERSON, rt_person_get_id (person));
    }

  return NULL;
}

static RtMeeting *
meeting_numbered (RtCommittee *committee,
                  int          number)
{
  GListModel *meetings = rt_committee_get_meetings (committee);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_number (meeting) == number)
        return rt_committee_lookup (committee, RT_KIND_MEETING, rt_meeting_get_id (meeting));
    }

  return NULL;
}

static RtCard *
card_saying (RtCommittee *committee,
             const char  *words)
{
  GListModel *cards = rt_committee_get_cards (committee);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (strstr (rt_card_get_text (card), words) != NULL)
        return rt_committee_lookup (committee, RT_KIND_CARD, rt_card_get_id (card));
    }

  return NULL;
}

static char *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, -days);

  return g_date_time_format (then, "%F");
}

/* The steps */

typedef struct
{
  char        *dir;
  RtWindow    *window;
  RtCommittee *committee;
  char        *today;
  char        *third_date;
} Cycle;

static gboolean
shows_committee (gpointer data)
{
  return rt_window_get_committee (data) != NULL;
}

/* Ctrl+N: an empty committee with the national points, saved where the
 * file dialog says. */
static void
create_committee (Cycle *c)
{
  RtNewCommitteeDialog *dialog;
  RtCommitteeStats stats;

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control>n"), ==, 1);
  dialog = wait_toplevel (RT_TYPE_NEW_COMMITTEE_DIALOG);
  g_assert_nonnull (dialog);
  rt_new_committee_dialog_set_name (dialog, "市民協働推進委員会");
  g_assert_false (rt_new_committee_dialog_get_from_sample (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  gtk_window_close (GTK_WINDOW (dialog));
  save_as (c->dir, "市民協働推進委員会.ronten");
  rt_test_iterate_until_full (shows_committee, c->window, 20, 50, TRUE);

  c->committee = rt_window_get_committee (c->window);
  g_assert_cmpstr (rt_committee_get_name (c->committee), ==, "市民協働推進委員会");
  g_assert_true (rt_committee_get_stats (c->committee, &stats, NULL));
  g_assert_cmpuint (stats.cards, ==, 0);
  g_assert_cmpuint (stats.speakers, ==, 0);
  g_assert_cmpuint (stats.meetings, ==, 0);
  g_assert_cmpuint (stats.points, ==, 9);
  shot (c->window, "cycle-1-empty.png");
}

/* Ctrl+Shift+L: the members and the secretariat, typed as minutes write
 * them. */
static void
add_members (Cycle *c)
{
  static const char *people[] = { "金尾委員長", "林委員", "降旗委員", "倉本委員", "玉山委員", "事務局" };
  RtPeopleDialog *dialog;
  GtkWidget *entry;

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control><Shift>l"), ==, 1);
  dialog = wait_toplevel (RT_TYPE_PEOPLE_DIALOG);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  entry = child (dialog, RT_TYPE_PEOPLE_DIALOG, "add_entry");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    type_into (entry, people[i]);

  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_people (c->committee)), ==, G_N_ELEMENTS (people));
  g_assert_cmpstr (rt_person_get_role (person_named (c->committee, "金尾委員長")), ==, "委員長");
  g_assert_cmpint (rt_person_get_kind (person_named (c->committee, "林委員")), ==, RT_PERSON_KIND_MEMBER);
  g_assert_cmpint (rt_person_get_kind (person_named (c->committee, "事務局")), ==, RT_PERSON_KIND_SECRETARIAT);
  shot (dialog, "cycle-2-people.png");
  gtk_window_close (GTK_WINDOW (dialog));
  rt_test_iterate_for (100);
}

/* Ctrl+Shift+M: 第3回, held two weeks ago, then 第4回: the next number,
 * dated today, with its times, place, observers and attendance. */
static void
register_meetings (Cycle *c)
{
  g_autofree char *third_text = rt_date_format_iso (c->third_date, RT_DATE_STYLE_ERA);
  RtMeetingsDialog *dialog;
  RtMeeting *third, *fourth;
  GtkToggleButton *absent = NULL;
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control><Shift>m"), ==, 1);
  dialog = wait_toplevel (RT_TYPE_MEETINGS_DIALOG);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, RT_TYPE_MEETINGS_DIALOG, "editor_stack")), ==,
                   "empty");

  /* The first meeting recorded here is the third the committee held. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (dialog), "<Control>n"), ==, 1);
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "number_row"), "第3回");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), third_text);
  third = meeting_numbered (c->committee, 3);
  g_assert_nonnull (third);
  g_assert_cmpstr (rt_meeting_get_date (third), ==, c->third_date);

  /* Add: 第4回, today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.add", NULL));
  fourth = meeting_numbered (c->committee, 4);
  g_assert_nonnull (fourth);
  g_assert_cmpstr (rt_meeting_get_date (fourth), ==, c->today);
  g_assert_cmpint (rt_meetings_dialog_get_meeting_id (dialog), ==, rt_meeting_get_id (fourth));
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "start_row"), "18:30");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "end_row"), "午後8時30分");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "place_row"), "市役所第一会議室");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "observers_row"), "2");
  g_assert_cmpstr (rt_meeting_get_end_time (fourth), ==, "20:30");
  g_assert_cmpint (rt_meeting_get_observers (fourth), ==, 2);

  /* Attendance: everyone present, then 降旗委員 absent, clicked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.all-present", NULL));
  rt_test_iterate_for (200);
  collect (GTK_WIDGET (dialog), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);
      GtkWidget *row = gtk_widget_get_ancestor (toggle, GTK_TYPE_BOX);

      while (row != NULL && !gtk_widget_has_css_class (row, "attendance-row"))
        row = gtk_widget_get_ancestor (gtk_widget_get_parent (row), GTK_TYPE_BOX);
      if (row != NULL && gtk_widget_has_css_class (toggle, "attendance-absent") &&
          g_str_equal (gtk_label_get_label (GTK_LABEL (find_descendant (row, GTK_TYPE_LABEL))), "降旗委員"))
        absent = GTK_TOGGLE_BUTTON (toggle);
    }
  g_assert_nonnull (absent);
  click (absent);
  g_assert_cmpint (rt_meeting_get_n_present (fourth), ==, 5);
  g_assert_cmpint (rt_meeting_get_n_absent (fourth), ==, 1);
  shot (dialog, "cycle-3-meeting.png");

  gtk_window_close (GTK_WINDOW (dialog));
  rt_test_iterate_for (100);
}

static gboolean
is_read (gpointer dialog)
{
  return rt_import_dialog_get_import (dialog) != NULL && !rt_import_dialog_get_busy (dialog);
}

/* Ctrl+I: the minutes of 第4回, which the import chooses by itself: the
 * latest meeting held and still waiting for its minutes. */
static void
import_minutes (Cycle *c)
{
  g_autofree char *path = g_build_filename (g_getenv ("RT_SOURCE_DIR"), "tests", "data", "cycle-minutes.txt", NULL);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  RtMeeting *fourth = meeting_numbered (c->committee, 4);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  RtImportDialog *dialog;
  GtkDropDown *dropdown;
  RtCard *card;
  guint n_included;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control>i"), ==, 1);
  dialog = wait_toplevel (RT_TYPE_IMPORT_DIALOG);
  rt_import_dialog_set_text (dialog, text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.read", NULL));
  rt_test_iterate_until_full (is_read, dialog, 60, 100, TRUE);

  dropdown = child (dialog, RT_TYPE_IMPORT_DIALOG, "meeting_dropdown");
  expected = rt_meeting_dup_label (fourth, TRUE, RT_DATE_STYLE_ERA);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==, expected);
  g_assert_cmpint (rt_import_get_meeting_id (rt_import_dialog_get_import (dialog)), ==, rt_meeting_get_id (fourth));

  /* The header of the minutes (場所, 出席者, 欠席者, 事務局) is no opinion
   * and no heading; the two headings of the agenda become themes with
   * their statements. What the review ticks is what is imported. */
  collect (child (dialog, RT_TYPE_IMPORT_DIALOG, "entries_view"), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >=, 8);
  n_included = rt_import_get_n_included (rt_import_dialog_get_import (dialog));
  g_assert_cmpuint (n_included, >=, 8);
  g_ptr_array_set_size (checks, 0);
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    guint ticked = 0;

    collect (child (dialog, RT_TYPE_IMPORT_DIALOG, "headings_list"), ADW_TYPE_ENTRY_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        GtkWidget *row = g_ptr_array_index (rows, i);
        GtkCheckButton *check = GTK_CHECK_BUTTON (find_descendant (row, GTK_TYPE_CHECK_BUTTON));

        g_assert_false (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (row)), "欠席者"));
        ticked += gtk_check_button_get_active (check);
      }
    g_assert_cmpuint (ticked, ==, 2);
  }
  rt_test_iterate_for (100);
  shot (dialog, "cycle-4-import.png");

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (dialog), "<Control>Return"), ==, 1);
  rt_test_iterate_for (300);
  g_assert_null (find_toplevel (RT_TYPE_IMPORT_DIALOG));

  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c->committee)), ==, n_included);
  card = card_saying (c->committee, "中間支援の役割");
  g_assert_nonnull (card);
  g_assert_cmpint (rt_card_get_meeting_id (card), ==, rt_meeting_get_id (fourth));
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, rt_person_get_id (person_named (c->committee, "林委員")));
  g_assert_null (card_saying (c->committee, "協働推進課"));
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_themes (c->committee)), ==, 2);
  g_assert_cmpint (rt_card_get_theme_id (card), !=, 0);
}

static gboolean
has_columns (gpointer data)
{
  Cycle *c = data;

  /* The inbox, the two themes of the import and the new one. */
  return rt_board_get_n_columns (RT_BOARD (rt_window_get_board (c->window))) == 4;
}

/* A theme made with the board's Add Theme, and the opinions on taking part
 * dropped on its column from the themes the import made. */
static void
sort_into_themes (Cycle *c)
{
  static const char *cards[] = { "オンラインでの登録", "担い手が高齢化", NULL };
  GtkWidget *board = rt_window_get_board (c->window);
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GListStore) moving = g_list_store_new (RT_TYPE_CARD);
  GtkWidget *button = find_css (board, "add-theme");
  RtThemeColumn *column = NULL;
  GValue value = G_VALUE_INIT;
  GtkPopover *popover;
  gint64 theme_id = 0;

  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rt_test_iterate_for (100);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (popover);
  type_into (find_descendant (GTK_WIDGET (popover), GTK_TYPE_ENTRY), "担い手と参加");
  rt_test_iterate_until (has_columns, c);

  columns = rt_board_get_columns (RT_BOARD (board));
  for (guint i = 0; i < columns->len; i++)
    {
      RtTheme *theme = rt_theme_column_get_theme (g_ptr_array_index (columns, i));

      if (theme != NULL && g_str_equal (rt_theme_get_name (theme), "担い手と参加"))
        {
          column = g_ptr_array_index (columns, i);
          theme_id = rt_theme_get_id (theme);
        }
    }
  g_assert_nonnull (column);

  for (guint i = 0; cards[i] != NULL; i++)
    g_list_store_append (moving, card_saying (c->committee, cards[i]));
  g_value_init (&value, G_TYPE_LIST_MODEL);
  g_value_set_object (&value, moving);
  g_assert_true (rt_theme_column_drop_value (column, &value, 100000));
  g_value_unset (&value);
  rt_test_iterate_for (200);

  for (guint i = 0; cards[i] != NULL; i++)
    g_assert_cmpint (rt_card_get_theme_id (card_saying (c->committee, cards[i])), ==, theme_id);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_list_cards (c->committee, 0)), ==, 0);

  shot (c->window, "cycle-5-board.png");
}

static RtPointRow *
point_row (GtkWidget *view,
           int        number)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (view, RT_TYPE_POINT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (rt_point_get_number (rt_point_row_get_point (g_ptr_array_index (rows, i))) == number)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* The points page: a theme and an opinion ticked in 論点1's Link Opinions
 * popover. */
static void
link_to_points (Cycle *c)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (rt_window_get_board (c->window), ADW_TYPE_VIEW_STACK));
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *view, *button, *popover;
  RtPointRow *row;
  RtPoint *point;

  adw_view_stack_set_visible_child_name (stack, "points");
  rt_test_iterate_for (300);
  view = adw_view_stack_get_visible_child (stack);
  row = point_row (view, 1);
  g_assert_nonnull (row);
  point = rt_point_row_get_point (row);

  button = child (row, RT_TYPE_POINT_ROW, "link_button");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  rt_test_iterate_for (200);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  collect (popover, GTK_TYPE_CHECK_BUTTON, checks);
  /* The three themes, then the cards. */
  g_assert_cmpuint (checks->len, ==, 3 + g_list_model_get_n_items (rt_committee_get_cards (c->committee)));
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 3 + 5), TRUE);
  rt_test_iterate_for (100);
  gtk_popover_popdown (GTK_POPOVER (popover));
  rt_test_iterate_for (200);

  /* One opinion linked by itself, and a whole theme. */
  g_assert_cmpint (rt_point_get_n_cards (point), ==, 1);
  {
    g_autoptr(RtTheme) theme = g_list_model_get_item (rt_committee_get_themes (c->committee), 0);
    g_autoptr(GArray) points = rt_committee_get_theme_point_ids (c->committee, rt_theme_get_id (theme), NULL);

    g_assert_cmpuint (points->len, ==, 1);
    g_assert_cmpint (g_array_index (points, gint64, 0), ==, rt_point_get_id (point));
  }
  shot (c->window, "cycle-6-points.png");
  adw_view_stack_set_visible_child_name (stack, "board");
  rt_test_iterate_for (200);
}

typedef struct
{
  RtPresentationWindow *presentation;
  guint                 scene;
  guint                 page;
} Step;

static gboolean
moved_on (gpointer data)
{
  Step *step = data;
  RtSlideView *view = rt_presentation_window_get_slide_view (step->presentation);

  return rt_presentation_window_get_current (step->presentation) != step->scene ||
         rt_slide_view_get_page (view) != step->page;
}

static gboolean
card_shown (gpointer data)
{
  gpointer *args = data;
  RtSlide *slide = rt_slide_view_get_slide (rt_presentation_window_get_slide_view (args[0]));

  return slide != NULL && rt_slide_find_card (slide, GPOINTER_TO_SIZE (args[1])) >= 0;
}

/* F5 on a committee without scenes opens the console, which says how to
 * add them; five scenes from diverge to converge; the projector, in a
 * window as there is one screen; → and Space, pressed for real, through
 * every page of every scene. Returns the projector. */
static RtPresentationWindow *
present (Cycle                  *c,
         RtPresentationConsole **console_out)
{
  static const char *kinds[] = { "meeting", "theme", "point", "point-table", "map" };
  RtPresentationConsole *console;
  RtPresentationWindow *presentation;
  Step step;
  guint n_keys = 0;

  rt_test_send_key (GTK_WIDGET (c->window), "F5", NULL, NULL);
  console = rt_window_get_presentation_console (c->window);
  g_assert_nonnull (console);
  rt_test_iterate_until (rt_test_is_mapped, console);
  shot (console, "cycle-7-console-empty.png");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "console.add-scene", "s", kinds[i]));
  rt_test_iterate_for (200);
  rt_presentation_console_select (console, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "console.start", NULL));
  presentation = rt_presentation_console_get_presentation (console);
  g_assert_nonnull (presentation);
  rt_test_iterate_until (rt_test_is_mapped, presentation);
  g_assert_cmpuint (rt_presentation_window_get_n_scenes (presentation), ==, G_N_ELEMENTS (kinds));
  g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);
  shot (presentation, "cycle-8-projector.png");

  /* Through every page of every scene, as a clicker does. */
  step.presentation = presentation;
  for (;;)
    {
      RtSlideView *view = rt_presentation_window_get_slide_view (presentation);
      const char *key = n_keys % 2 ? "space" : "Right";

      step.scene = rt_presentation_window_get_current (presentation);
      step.page = rt_slide_view_get_page (view);
      if (step.scene + 1 == G_N_ELEMENTS (kinds) && step.page + 1 >= rt_slide_view_get_n_pages (view))
        break;

      g_test_message ("scene %u, page %u: %s", step.scene, step.page, key);
      g_assert_true (rt_test_send_key (GTK_WIDGET (presentation), key, moved_on, &step));
      g_assert_cmpuint (rt_presentation_window_get_current (presentation), >=, step.scene);
      n_keys++;
      g_assert_cmpuint (n_keys, <, 40);
    }
  g_assert_cmpuint (n_keys, >=, G_N_ELEMENTS (kinds) - 1);
  shot (presentation, "cycle-9-projector-map.png");

  *console_out = console;
  return presentation;
}

/* During the meeting: 山本委員, who is not a speaker yet, says something;
 * the capture bar adds them with Enter in its speaker field, and the card
 * appears on the projector. */
static void
capture_live (Cycle                *c,
              RtPresentationWindow *presentation)
{
  const char *text = "センターの夜間の利用を増やしてほしい。";
  RtCaptureBar *bar;
  GtkWidget *speaker, *statement;
  RtMeeting *fourth = meeting_numbered (c->committee, 4);
  RtPerson *yamamoto;
  RtCard *card;
  gpointer args[2];

  /* Back to the first scene, all the opinions, with Home on the projector. */
  {
    Step step = { presentation, rt_presentation_window_get_current (presentation), 0 };

    rt_test_send_key (GTK_WIDGET (presentation), "Home", moved_on, &step);
    g_assert_cmpuint (rt_presentation_window_get_current (presentation), ==, 0);
  }

  gtk_window_present (GTK_WINDOW (c->window));
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control><Shift>n"), ==, 1);
  rt_test_iterate_for (300);
  bar = rt_window_get_capture_bar (c->window, FALSE);
  g_assert_nonnull (bar);
  /* Today's meeting. */
  g_assert_cmpint (rt_capture_bar_get_meeting_id (bar), ==, rt_meeting_get_id (fourth));
  speaker = rt_capture_bar_get_speaker_entry (bar);
  statement = rt_capture_bar_get_text_entry (bar);

  gtk_widget_grab_focus (speaker);
  gtk_editable_set_text (GTK_EDITABLE (speaker), "山本委員");
  press_enter (speaker);
  yamamoto = person_named (c->committee, "山本委員");
  g_assert_nonnull (yamamoto);
  g_assert_cmpint (rt_capture_bar_get_speaker_id (bar), ==, rt_person_get_id (yamamoto));
  g_assert_true (rt_test_has_focus_within (statement));

  gtk_editable_set_text (GTK_EDITABLE (statement), text);
  press_enter (statement);
  card = card_saying (c->committee, text);
  g_assert_nonnull (card);
  g_assert_cmpint (rt_card_get_speaker_id (card), ==, rt_person_get_id (yamamoto));
  g_assert_cmpint (rt_card_get_meeting_id (card), ==, rt_meeting_get_id (fourth));
  shot (c->window, "cycle-10-capture.png");

  args[0] = presentation;
  args[1] = GSIZE_TO_POINTER (rt_card_get_id (card));
  rt_test_iterate_until (card_shown, args);
  rt_test_activate_shortcut (GTK_WIDGET (bar), "Escape");
}

static gboolean
export_done (gpointer data)
{
  GtkWidget *button = data;

  return gtk_widget_get_sensitive (button);
}

static gboolean
file_written (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-q", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static char *
docx_part (const char *path,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RtZipReader) zip = NULL;
  g_autoptr(GBytes) part = NULL;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  zip = rt_zip_reader_new (bytes, 64 * 1024 * 1024, &error);
  g_assert_no_error (error);
  part = rt_zip_reader_read (zip, name, &error);
  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (part, NULL), g_bytes_get_size (part));
}

/* Ctrl+P: every handout, for 第4回, as a PDF and as a Word file, through
 * the export buttons and their file dialogs. */
static void
export_handouts (Cycle *c)
{
  g_autofree char *pdf = g_build_filename (c->dir, "第4回資料.pdf", NULL);
  g_autofree char *docx = g_build_filename (c->dir, "第4回資料.docx", NULL);
  g_autofree char *date = rt_date_format_iso (c->today, RT_DATE_STYLE_ERA);
  g_autofree char *third = rt_date_format_iso (c->third_date, RT_DATE_STYLE_ERA);
  g_autofree char *since = g_strdup_printf ("前回（第3回・%s）以降", third);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *header = NULL;
  g_autofree char *document = NULL;
  RtHandoutDialog *dialog;
  AdwComboRow *meeting_row;
  GtkWidget *export_button;
  static const char *checks[] = { "kind_opinions", "kind_points", "kind_map", "kind_speakers", "kind_changes" };

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (c->window), "<Control>p"), ==, 1);
  dialog = wait_toplevel (RT_TYPE_HANDOUT_DIALOG);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  meeting_row = child (dialog, RT_TYPE_HANDOUT_DIALOG, "meeting_row");
  /* For the latest meeting, 第4回. */
  g_assert_cmpuint (adw_combo_row_get_selected (meeting_row), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    gtk_check_button_set_active (child (dialog, RT_TYPE_HANDOUT_DIALOG, checks[i]), TRUE);
  gtk_switch_set_active (child (dialog, RT_TYPE_HANDOUT_DIALOG, "coverage_switch"), TRUE);
  rt_test_iterate_for (600);
  g_assert_cmpuint (rt_handout_dialog_get_n_pages (dialog), >=, 5);
  shot (dialog, "cycle-11-handouts.png");

  export_button = child (dialog, RT_TYPE_HANDOUT_DIALOG, "export_button");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "handout.export", NULL));
  save_as (c->dir, "第4回資料.pdf");
  rt_test_iterate_until_full (file_written, pdf, 60, 10, TRUE);
  rt_test_iterate_until_full (export_done, export_button, 60, 50, TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "handout.export-word", NULL));
  save_as (c->dir, "第4回資料.docx");
  rt_test_iterate_until_full (file_written, docx, 60, 10, TRUE);
  rt_test_iterate_until_full (export_done, export_button, 60, 50, TRUE);
  gtk_window_destroy (GTK_WINDOW (dialog));
  rt_test_iterate_for (100);

  /* The PDF: every handout, each page headed by 第4回 and today's date;
   * the changes since 第3回's date; the opinion captured live. */
  text = pdf_text (pdf);
  flat = g_strdup (text);
  {
    GString *s = g_string_new (NULL);

    for (const char *p = text; *p != '\0'; p++)
      if (*p != ' ' && *p != '\n' && *p != '\f')
        g_string_append_c (s, *p);
    g_free (flat);
    flat = g_string_free (s, FALSE);
  }
  g_assert_nonnull (strstr (flat, "市民協働推進委員会（第4回）"));
  g_assert_nonnull (strstr (flat, date));
  g_assert_nonnull (strstr (flat, since));
  g_assert_nonnull (strstr (flat, "委員意見一覧（テーマ別）"));
  g_assert_nonnull (strstr (flat, "論点整理表"));
  g_assert_nonnull (strstr (flat, "論点マップ"));
  g_assert_nonnull (strstr (flat, "発言者別意見一覧"));
  g_assert_nonnull (strstr (flat, "前回からの変更点"));
  g_assert_nonnull (strstr (flat, "センターの夜間の利用を増やしてほしい。（山本委員）"));
  g_assert_nonnull (strstr (flat, "第4回の意見"));
  g_assert_null (strstr (flat, "第1回"));

  /* The Word file: the same header, the same handouts. */
  header = docx_part (docx, "word/header1.xml");
  g_assert_nonnull (strstr (header, "市民協働推進委員会（第4回）"));
  g_assert_nonnull (strstr (header, date));
  document = docx_part (docx, "word/document.xml");
  g_assert_nonnull (strstr (document, since));
  g_assert_nonnull (strstr (document, "センターの夜間の利用を増やしてほしい。"));
}

static void
test_cycle (void)
{
  g_autoptr(GError) error = NULL;
  Cycle c = { 0 };
  RtPresentationConsole *console = NULL;
  RtPresentationWindow *presentation;

  if (!japanese)
    {
      g_test_skip ("The ja_JP.UTF-8 locale is not there (build-aux/install-deps.sh makes it)");
      return;
    }

  c.dir = g_dir_make_tmp ("ronten-cycle-XXXXXX", &error);
  g_assert_no_error (error);
  c.today = rt_date_today_iso ();
  c.third_date = days_ago (14);

  c.window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (c.window), 1366, 768);
  gtk_window_present (GTK_WINDOW (c.window));
  rt_test_iterate_until (rt_test_is_mapped, c.window);

  create_committee (&c);
  add_members (&c);
  register_meetings (&c);
  import_minutes (&c);
  sort_into_themes (&c);
  link_to_points (&c);
  presentation = present (&c, &console);
  capture_live (&c, presentation);

  /* Closing the console ends the presentation; the window goes on. */
  g_object_add_weak_pointer (G_OBJECT (console), (gpointer *)&console);
  g_object_add_weak_pointer (G_OBJECT (presentation), (gpointer *)&presentation);
  gtk_window_close (GTK_WINDOW (console));
  rt_test_iterate_until (is_gone, &console);
  rt_test_iterate_until (is_gone, &presentation);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (c.window)));

  export_handouts (&c);

  gtk_window_destroy (GTK_WINDOW (c.window));
  rt_test_iterate_for (100);
  rt_test_remove_tree (c.dir);
  g_free (c.dir);
  g_free (c.today);
  g_free (c.third_date);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *localedir = NULL;

  /* In Japanese, whatever the environment, as the secretariat works. */
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

  g_test_add_func ("/ronten/cycle-ui/meeting-cycle", test_cycle);

  return g_test_run ();
}
