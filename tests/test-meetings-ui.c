/* test-meetings-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which meeting this is, and who the people are (issue 14, items 3 and 4):
 * the meetings window (number, name, date, times, place, observers,
 * public, attendance) and the people window (add, rename, role, kind,
 * order, other names, merge, delete), opened from the main window and
 * driven through their widgets and actions; the meeting chosen by the
 * import, the capture bar and the handouts; a speaker typed in the capture
 * bar who is not in the list. Needs a display (exits 77 without one).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-attendance-item.h"
#include "rt-capture-bar.h"
#include "rt-committee.h"
#include "rt-date.h"
#include "rt-handout-dialog.h"
#include "rt-import-dialog.h"
#include "rt-meetings-dialog.h"
#include "rt-people-dialog.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-settings.h"
#include "rt-window.h"

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtWindow    *window;
  RtCommittee *committee;
} Fixture;

static void
open_committee (Fixture     *fixture,
                RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;

  /* The file is opened again by the window: closed here first. */
  g_assert_finalize_object (committee);
  fixture->window = rt_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1366, 736);
  g_assert_true (rt_window_open_path (fixture->window, fixture->path, &error));
  g_assert_no_error (error);
  fixture->committee = rt_window_get_committee (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  rt_test_iterate_until (rt_test_is_mapped, fixture->window);
}

static void
fixture_set_up_sample (Fixture       *fixture,
                       gconstpointer  data)
{
  open_committee (fixture, rt_test_create_sample ("ronten-meetings-ui-XXXXXX", &fixture->tmpdir,
                                                  &fixture->path, NULL, NULL));
}

static void
fixture_set_up_empty (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee;

  fixture->tmpdir = g_dir_make_tmp ("ronten-meetings-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->tmpdir, "empty.ronten", NULL);
  committee = rt_committee_create_empty (fixture->path, "市民協働推進委員会", TRUE, &error);
  g_assert_no_error (error);
  open_committee (fixture, committee);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  rt_test_iterate_for (50);
  rt_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
  g_free (fixture->path);
}

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
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

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What Enter does in an entry once the input method has committed: its
 * GtkText emits "activate" (an AdwEntryRow's "entry-activated"). */
static void
press_enter (GtkWidget *entry)
{
  GtkWidget *text = find_descendant (entry, GTK_TYPE_TEXT);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
  rt_test_iterate_for (30);
}

static void
type_into (gpointer    row,
           const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  press_enter (GTK_WIDGET (row));
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

/* The toggle of @css_class in the attendance row of @name, as shown. */
static GtkToggleButton *
find_toggle (GtkWidget  *root,
             const char *name,
             const char *css_class)
{
  if (gtk_widget_has_css_class (root, "attendance-row"))
    {
      GtkLabel *label = GTK_LABEL (find_descendant (root, GTK_TYPE_LABEL));

      if (g_strcmp0 (gtk_label_get_label (label), name) != 0)
        return NULL;
      for (GtkWidget *w = find_descendant (root, GTK_TYPE_TOGGLE_BUTTON); w != NULL; w = gtk_widget_get_next_sibling (w))
        if (gtk_widget_has_css_class (w, css_class))
          return GTK_TOGGLE_BUTTON (w);
      return NULL;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkToggleButton *found = find_toggle (c, name, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
status_of (RtCommittee *committee,
           gint64       meeting_id,
           gint64       person_id)
{
  g_autoptr(GArray) attendance = rt_committee_get_attendance (committee, meeting_id, NULL);

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    if (g_array_index (attendance, RtAttendee, i).person_id == person_id)
      return g_array_index (attendance, RtAttendee, i).status;

  return RT_ATTENDANCE_UNKNOWN;
}

/* A click, through the button's own activation (pressed, then clicked). */
static void
click (gpointer button)
{
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  rt_test_iterate_for (400);
}

static void
respond (GType       type,
         const char *response)
{
  AdwMessageDialog *dialog;

  rt_test_iterate_for (50);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  rt_test_iterate_for (50);
}

/* A new committee has no meeting: the window says what to do; Add makes
 * the next one, dated today; every field is typed and saved with Enter,
 * and attendance is clicked. */
static void
test_meetings_window (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = rt_date_today_iso ();
  RtCommittee *committee = fixture->committee;
  RtHistory *history = rt_committee_get_history (committee);
  RtMeetingsDialog *dialog;
  GtkStack *editor;
  RtMeeting *first, *fourth;
  RtPerson *yamamoto, *sato, *office;
  GtkToggleButton *toggle;
  guint n_undo;

  /* People to attend, first. */
  g_assert_cmpint (rt_committee_add_person (committee, "山本", "委員長", &error), >, 0);
  g_assert_cmpint (rt_committee_add_person (committee, "佐藤", "委員", &error), >, 0);
  g_assert_cmpint (rt_committee_add_person (committee, "", "事務局", &error), >, 0);
  yamamoto = person_named (committee, "山本委員長");
  sato = person_named (committee, "佐藤委員");
  office = person_named (committee, "事務局");

  /* Ctrl+Shift+M, the window's. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control><Shift>m"), ==, 1);
  dialog = find_toplevel (RT_TYPE_MEETINGS_DIALOG);
  g_assert_nonnull (dialog);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  editor = child (dialog, RT_TYPE_MEETINGS_DIALOG, "editor_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor), ==, "empty");
  g_assert_cmpint (rt_meetings_dialog_get_meeting_id (dialog), ==, 0);
  rt_test_save_screenshot (GTK_WIDGET (dialog), "test-meetings-ui-empty.png");

  /* Add: 第1回, dated today. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.add", NULL));
  first = meeting_numbered (committee, 1);
  g_assert_nonnull (first);
  g_assert_cmpstr (rt_meeting_get_date (first), ==, today);
  g_assert_cmpint (rt_meetings_dialog_get_meeting_id (dialog), ==, rt_meeting_get_id (first));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (editor), ==, "meeting");

  /* Typed as a secretariat would: 第4回, an era date, times in Japanese. */
  n_undo = rt_history_get_n_undo (history);
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "number_row"), "第4回");
  fourth = first;
  g_assert_cmpint (rt_meeting_get_number (fourth), ==, 4);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), "令和8年3月19日");
  g_assert_cmpstr (rt_meeting_get_date (fourth), ==, "2026-03-19");
  /* Shown back as notices write it. */
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row")), ==,
                   "令和8年3月19日（木）");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "start_row"), "午後6時30分");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "end_row"), "20:30");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "place_row"), "市役所第一会議室");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "observers_row"), "3");
  g_assert_cmpstr (rt_meeting_get_start_time (fourth), ==, "18:30");
  g_assert_cmpstr (rt_meeting_get_end_time (fourth), ==, "20:30");
  g_assert_cmpstr (rt_meeting_get_place (fourth), ==, "市役所第一会議室");
  g_assert_cmpint (rt_meeting_get_observers (fourth), ==, 3);
  gtk_switch_set_active (child (dialog, RT_TYPE_MEETINGS_DIALOG, "public_switch"), FALSE);
  g_assert_false (rt_meeting_get_public (fourth));
  /* One step per save: six fields and the switch. */
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 7);

  /* Enter again changes nothing, and stores nothing. */
  press_enter (child (dialog, RT_TYPE_MEETINGS_DIALOG, "place_row"));
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 7);

  /* What cannot be read is marked, said, and not stored. */
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), "来週の木曜日");
  g_assert_true (gtk_widget_has_css_class (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), "error"));
  g_assert_cmpstr (rt_meeting_get_date (fourth), ==, "2026-03-19");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), "2026/3/19");
  g_assert_false (gtk_widget_has_css_class (child (dialog, RT_TYPE_MEETINGS_DIALOG, "date_row"), "error"));
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 7);

  /* The 日時 of the minutes pasted into the start fills the end too; an
   * end typed without 午後 after an evening start is in the evening. */
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "start_row"), "午後7時～8時50分");
  g_assert_cmpstr (rt_meeting_get_start_time (fourth), ==, "19:00");
  g_assert_cmpstr (rt_meeting_get_end_time (fourth), ==, "20:50");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, RT_TYPE_MEETINGS_DIALOG, "start_row")), ==, "19:00");
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, RT_TYPE_MEETINGS_DIALOG, "end_row")), ==, "20:50");
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "end_row"), "9時");
  g_assert_cmpstr (rt_meeting_get_end_time (fourth), ==, "21:00");

  /* The next meeting is 第5回; it cannot be renumbered 第4回. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.add", NULL));
  g_assert_nonnull (meeting_numbered (committee, 5));
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "number_row"), "4");
  g_assert_true (gtk_widget_has_css_class (child (dialog, RT_TYPE_MEETINGS_DIALOG, "number_row"), "error"));
  g_assert_nonnull (meeting_numbered (committee, 5));
  type_into (child (dialog, RT_TYPE_MEETINGS_DIALOG, "number_row"), "5");

  /* Back to 第4回: its attendance, clicked. */
  rt_meetings_dialog_set_meeting_id (dialog, rt_meeting_get_id (fourth));
  rt_test_iterate_for (100);
  toggle = find_toggle (GTK_WIDGET (dialog), "佐藤委員", "attendance-absent");
  g_assert_nonnull (toggle);
  n_undo = rt_history_get_n_undo (history);
  click (toggle);
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (sato)), ==, RT_ATTENDANCE_ABSENT);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  /* Everyone else present, in one step: the absent stays absent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.all-present", NULL));
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (yamamoto)), ==, RT_ATTENDANCE_PRESENT);
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (office)), ==, RT_ATTENDANCE_PRESENT);
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (sato)), ==, RT_ATTENDANCE_ABSENT);
  g_assert_cmpint (rt_meeting_get_n_present (fourth), ==, 2);
  g_assert_cmpint (rt_meeting_get_n_absent (fourth), ==, 1);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 2);
  /* Clicking a toggle that is on clears it: not recorded. */
  toggle = find_toggle (GTK_WIDGET (dialog), "佐藤委員", "attendance-absent");
  g_assert_true (gtk_toggle_button_get_active (toggle));
  click (toggle);
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (sato)), ==, RT_ATTENDANCE_UNKNOWN);
  /* Undo, from the dialog's keyboard, brings it back, and the toggle follows. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (dialog), "<Control>z"), ==, 1);
  g_assert_cmpint (status_of (committee, rt_meeting_get_id (fourth), rt_person_get_id (sato)), ==, RT_ATTENDANCE_ABSENT);
  rt_test_iterate_for (50);
  g_assert_true (gtk_toggle_button_get_active (find_toggle (GTK_WIDGET (dialog), "佐藤委員", "attendance-absent")));
  g_assert_cmpstr (gtk_label_get_label (child (dialog, RT_TYPE_MEETINGS_DIALOG, "attendance_label")), ==,
                   "Members: 1 present, 1 absent\nSecretariat and officials: 1 present\nObservers: 3");
  rt_test_save_screenshot (GTK_WIDGET (dialog), "test-meetings-ui.png");

  /* Deleting asks first; undo brings the meeting back with its attendance. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "meetings.delete", NULL));
  respond (ADW_TYPE_MESSAGE_DIALOG, "delete");
  g_assert_null (meeting_numbered (committee, 4));
  g_assert_true (rt_committee_undo (committee, &error));
  fourth = meeting_numbered (committee, 4);
  g_assert_nonnull (fourth);
  g_assert_cmpint (rt_meeting_get_n_present (fourth), ==, 2);

  gtk_window_close (GTK_WINDOW (dialog));
  rt_test_iterate_for (50);
}

/* People: added as minutes write them, renamed, given a role (which brings
 * its kind), another name, moved, merged with their double, deleted. */
static void
test_people_window (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtPeopleDialog *dialog;
  GtkSelectionModel *selection;
  RtPerson *yamamoto, *hayashi, *chair;
  gint64 ids[2];
  guint n_people, hayashi_cards;

  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (fixture->window), "<Control><Shift>l"), ==, 1);
  dialog = find_toplevel (RT_TYPE_PEOPLE_DIALOG);
  g_assert_nonnull (dialog);
  rt_test_iterate_until (rt_test_is_mapped, dialog);
  selection = rt_people_dialog_get_selection (dialog);
  n_people = g_list_model_get_n_items (G_LIST_MODEL (selection));
  g_assert_cmpuint (n_people, ==, 13);

  /* 山本委員, typed and Enter: 山本 with the role 委員, a member, last. */
  gtk_editable_set_text (child (dialog, RT_TYPE_PEOPLE_DIALOG, "add_entry"), "山本委員");
  press_enter (child (dialog, RT_TYPE_PEOPLE_DIALOG, "add_entry"));
  yamamoto = person_named (committee, "山本委員");
  g_assert_nonnull (yamamoto);
  g_assert_cmpstr (rt_person_get_name (yamamoto), ==, "山本");
  g_assert_cmpstr (rt_person_get_role (yamamoto), ==, "委員");
  g_assert_cmpint (rt_person_get_kind (yamamoto), ==, RT_PERSON_KIND_MEMBER);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_people + 1);
  /* Chosen, for editing. */
  g_assert_true (gtk_selection_model_is_selected (selection, n_people));
  /* Typed again, or by another name they go by: chosen, not added twice. */
  gtk_editable_set_text (child (dialog, RT_TYPE_PEOPLE_DIALOG, "add_entry"), "林委員");
  press_enter (child (dialog, RT_TYPE_PEOPLE_DIALOG, "add_entry"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_people + 1);
  g_assert_true (gtk_selection_model_is_selected (selection, 1));
  rt_people_dialog_select (dialog, (gint64[]) { rt_person_get_id (yamamoto) }, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, RT_TYPE_PEOPLE_DIALOG, "editor_stack")), ==, "person");

  /* Renamed; then the role 事務局 from the menu, which makes them secretariat. */
  type_into (child (dialog, RT_TYPE_PEOPLE_DIALOG, "name_row"), "山本太郎");
  g_assert_cmpstr (rt_person_get_display_name (yamamoto), ==, "山本太郎委員");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "people.set-role", "s", "事務局"));
  g_assert_cmpstr (rt_person_get_role (yamamoto), ==, "事務局");
  g_assert_cmpint (rt_person_get_kind (yamamoto), ==, RT_PERSON_KIND_SECRETARIAT);
  /* The kind, chosen apart from the role, stays when the role changes. */
  adw_combo_row_set_selected (child (dialog, RT_TYPE_PEOPLE_DIALOG, "kind_row"), 3);
  g_assert_cmpint (rt_person_get_kind (yamamoto), ==, RT_PERSON_KIND_OTHER);
  type_into (child (dialog, RT_TYPE_PEOPLE_DIALOG, "role_row"), "委員");
  g_assert_cmpint (rt_person_get_kind (yamamoto), ==, RT_PERSON_KIND_OTHER);

  /* Another name, added and removed. */
  type_into (child (dialog, RT_TYPE_PEOPLE_DIALOG, "alias_row"), "山本副委員長");
  g_assert_true (g_strv_contains (rt_person_get_aliases (yamamoto), "山本副委員長"));
  g_assert_cmpstr (gtk_editable_get_text (child (dialog, RT_TYPE_PEOPLE_DIALOG, "alias_row")), ==, "");
  rt_test_save_screenshot (GTK_WIDGET (dialog), "test-people-ui.png");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "people.remove-alias", "s", "山本副委員長"));
  g_assert_false (g_strv_contains (rt_person_get_aliases (yamamoto), "山本副委員長"));

  /* Alt+Up moves them up the list; the choice follows. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (dialog), "<Alt>Up"), ==, 1);
  {
    g_autoptr(RtPerson) above = g_list_model_get_item (G_LIST_MODEL (selection), n_people - 1);

    g_assert_true (above == yamamoto);
    g_assert_true (gtk_selection_model_is_selected (selection, n_people - 1));
  }

  /* 林委員 and 金尾委員長 chosen: merged, 林委員 stays. */
  hayashi = person_named (committee, "林委員");
  chair = person_named (committee, "金尾委員長");
  hayashi_cards = rt_committee_count_cards_of (committee, rt_person_get_id (hayashi), NULL);
  ids[0] = rt_person_get_id (hayashi);
  ids[1] = rt_person_get_id (chair);
  rt_people_dialog_select (dialog, ids, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (dialog, RT_TYPE_PEOPLE_DIALOG, "editor_stack")), ==, "two");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "people.merge", NULL));
  /* 金尾委員長 is first in the list: keeping the second keeps 林委員. */
  respond (ADW_TYPE_MESSAGE_DIALOG, "keep-second");
  g_assert_null (person_named (committee, "金尾委員長"));
  g_assert_true (g_strv_contains (rt_person_get_aliases (hayashi), "金尾委員長"));
  g_assert_cmpuint (rt_committee_count_cards_of (committee, ids[0], NULL), >, hayashi_cards);
  /* One undo takes the merge back. */
  g_assert_cmpuint (rt_test_activate_shortcut (GTK_WIDGET (dialog), "<Control>z"), ==, 1);
  g_assert_nonnull (person_named (committee, "金尾委員長"));
  g_assert_cmpuint (rt_committee_count_cards_of (committee, ids[0], NULL), ==, hayashi_cards);

  /* Deleted, after asking: the cards stay, without a speaker. */
  rt_people_dialog_select (dialog, &ids[0], 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "people.delete", NULL));
  respond (ADW_TYPE_MESSAGE_DIALOG, "delete");
  g_assert_null (person_named (committee, "林委員"));
  g_assert_cmpuint (rt_committee_count_cards_of (committee, 0, NULL), >=, hayashi_cards);

  gtk_window_close (GTK_WINDOW (dialog));
  rt_test_iterate_for (50);
  (void)error;
}

static gboolean
is_read (gpointer dialog)
{
  return rt_import_dialog_get_import (dialog) != NULL && !rt_import_dialog_get_busy (dialog);
}

static const char *
dropdown_text (GtkDropDown *dropdown)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);

  return GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;
}

/* The meeting new minutes go to: the latest one still waiting for its
 * minutes, else a new one; the meetings window, opened from the import,
 * makes that one with its date, and the import follows. */
static void
test_import_meeting (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtImportDialog *dialog;
  RtMeetingsDialog *meetings;
  GtkDropDown *dropdown;
  RtImportSummary summary;
  RtMeeting *fourth;

  /* The sample's 第3回 (2026-02-20) has no minutes yet: they go there. */
  dialog = rt_window_import_minutes (fixture->window);
  dropdown = child (dialog, RT_TYPE_IMPORT_DIALOG, "meeting_dropdown");
  g_assert_cmpstr (dropdown_text (dropdown), ==, "Meeting 3 (令和8年2月20日)");
  gtk_window_destroy (GTK_WINDOW (dialog));
  /* Dates on screen as the preferences write them. */
  g_settings_set_string (rt_settings_get (), "date-style", "western");
  dialog = rt_window_import_minutes (fixture->window);
  dropdown = child (dialog, RT_TYPE_IMPORT_DIALOG, "meeting_dropdown");
  g_assert_cmpstr (dropdown_text (dropdown), ==, "Meeting 3 (2026年2月20日)");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (rt_settings_get (), "date-style");

  /* Once 第3回 has an opinion, minutes are of a new meeting, not of 第3回. */
  g_assert_cmpint (rt_committee_capture_card (committee, 3, 2, "次回までに事例を集めてほしい。", &error), >, 0);
  dialog = rt_window_import_minutes (fixture->window);
  dropdown = child (dialog, RT_TYPE_IMPORT_DIALOG, "meeting_dropdown");
  g_assert_cmpstr (dropdown_text (dropdown), ==, "New Meeting (4)");

  rt_import_dialog_set_text (dialog, "○林委員　センターの利用者を増やす工夫が必要だ。\n○降旗委員　開館時間を延ばしてほしい。\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.read", NULL));
  rt_test_iterate_until_full (is_read, dialog, 60, 50, TRUE);

  /* Meetings… makes 第4回 with today's date; the import follows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.meetings", NULL));
  meetings = find_toplevel (RT_TYPE_MEETINGS_DIALOG);
  g_assert_nonnull (meetings);
  fourth = meeting_numbered (committee, 4);
  g_assert_nonnull (fourth);
  g_assert_cmpint (rt_meetings_dialog_get_meeting_id (meetings), ==, rt_meeting_get_id (fourth));
  type_into (child (meetings, RT_TYPE_MEETINGS_DIALOG, "date_row"), "2026-03-19");
  gtk_window_close (GTK_WINDOW (meetings));
  rt_test_iterate_for (50);
  g_assert_cmpstr (dropdown_text (dropdown), ==, "Meeting 4 (令和8年3月19日)");
  g_assert_cmpint (rt_import_get_meeting_id (rt_import_dialog_get_import (dialog)), ==, rt_meeting_get_id (fourth));
  rt_test_save_screenshot (GTK_WIDGET (dialog), "test-meetings-ui-import.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));
  rt_test_iterate_for (100);
  g_assert_null (find_toplevel (RT_TYPE_IMPORT_DIALOG));
  {
    GListModel *cards = rt_committee_get_cards (committee);
    guint in_fourth = 0;

    for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
      {
        g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

        in_fourth += rt_card_get_meeting_id (card) == rt_meeting_get_id (fourth);
      }
    g_assert_cmpuint (in_fourth, ==, 2);
  }
  (void)summary;
}

/* What Enter does in the capture bar's entries. */
static void
capture_enter (RtCaptureBar *bar,
               GtkWidget    *entry)
{
  press_enter (entry);
  rt_test_iterate_for (50);
}

/* 山本委員, not in the list, typed as the speaker: the statement is not
 * stored without a speaker; Enter in the speaker field adds them, in one
 * key; then the statement is stored with them. The meeting of today is
 * the default. */
static void
test_capture_unknown_speaker (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = rt_date_today_iso ();
  RtCommittee *committee = fixture->committee;
  RtHistory *history = rt_committee_get_history (committee);
  const char *text = "センターの夜間の利用を増やしてほしい。";
  RtCaptureBar *bar;
  GtkWidget *speaker, *statement;
  RtPerson *yamamoto;
  gint64 fourth;
  guint n_cards, n_undo;

  /* 第4回 is today; 第5回 is planned: opinions go to today's. */
  fourth = rt_committee_add_meeting (committee, 4, "", today, &error);
  g_assert_cmpint (rt_committee_add_meeting (committee, 5, "", "2099-01-01", &error), >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.capture", NULL));
  rt_test_iterate_for (300);
  bar = rt_window_get_capture_bar (fixture->window, FALSE);
  g_assert_cmpint (rt_capture_bar_get_meeting_id (bar), ==, fourth);
  speaker = rt_capture_bar_get_speaker_entry (bar);
  statement = rt_capture_bar_get_text_entry (bar);

  gtk_widget_grab_focus (speaker);
  gtk_editable_set_text (GTK_EDITABLE (speaker), "山本委員");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (bar), ==, 0);
  gtk_widget_grab_focus (statement);
  gtk_editable_set_text (GTK_EDITABLE (statement), text);

  n_cards = g_list_model_get_n_items (rt_committee_get_cards (committee));
  n_undo = rt_history_get_n_undo (history);
  capture_enter (bar, statement);
  /* Not stored; the statement stays; the bar says why and how to add them. */
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (committee)), ==, n_cards);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (statement)), ==, text);
  g_assert_nonnull (strstr (rt_capture_bar_get_status_text (bar), "山本委員"));
  g_assert_true (rt_test_has_focus_within (speaker));
  rt_test_save_screenshot (GTK_WIDGET (fixture->window), "test-meetings-ui-capture-unknown.png");

  /* One key: Enter in the speaker field adds 山本委員 and chooses them. */
  capture_enter (bar, speaker);
  yamamoto = person_named (committee, "山本委員");
  g_assert_nonnull (yamamoto);
  g_assert_cmpstr (rt_person_get_role (yamamoto), ==, "委員");
  g_assert_cmpint (rt_capture_bar_get_speaker_id (bar), ==, rt_person_get_id (yamamoto));
  g_assert_true (rt_test_has_focus_within (statement));

  capture_enter (bar, statement);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (committee)), ==, n_cards + 1);
  g_assert_cmpuint (rt_committee_count_cards_of (committee, rt_person_get_id (yamamoto), NULL), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (statement)), ==, "");

  /* Alt+0, no speaker, is a choice: stored without one. */
  rt_test_activate_shortcut (GTK_WIDGET (bar), "<Alt>0");
  gtk_editable_set_text (GTK_EDITABLE (statement), "（発言者不明）会場から質問があった。");
  capture_enter (bar, statement);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (committee)), ==, n_cards + 2);
}

/* The handouts are for the meeting chosen: its number and date on every
 * page; a meeting added meanwhile can be chosen. */
static void
test_handout_meeting (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtHandoutDialog *dialog;
  AdwComboRow *row;
  GListModel *model;
  g_autoptr(GtkStringObject) last = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.handouts", NULL));
  dialog = find_toplevel (RT_TYPE_HANDOUT_DIALOG);
  g_assert_nonnull (dialog);
  row = child (dialog, RT_TYPE_HANDOUT_DIALOG, "meeting_row");
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);

  g_assert_cmpint (rt_committee_add_meeting (committee, 4, "", "2026-03-19", &error), >, 0);
  rt_test_iterate_for (300);
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  /* The choice stays on 第3回 until another is chosen. */
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  adw_combo_row_set_selected (row, 3);
  last = g_list_model_get_item (model, 3);
  g_assert_cmpstr (gtk_string_object_get_string (last), ==, "Meeting 4 (令和8年3月19日)");
  rt_test_iterate_for (400);
  g_assert_cmpuint (rt_handout_dialog_get_n_pages (dialog), >, 0);
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

  g_test_add ("/ronten/meetings-ui/meetings-window", Fixture, NULL,
              fixture_set_up_empty, test_meetings_window, fixture_tear_down);
  g_test_add ("/ronten/meetings-ui/people-window", Fixture, NULL,
              fixture_set_up_sample, test_people_window, fixture_tear_down);
  g_test_add ("/ronten/meetings-ui/import-meeting", Fixture, NULL,
              fixture_set_up_sample, test_import_meeting, fixture_tear_down);
  g_test_add ("/ronten/meetings-ui/capture-unknown-speaker", Fixture, NULL,
              fixture_set_up_empty, test_capture_unknown_speaker, fixture_tear_down);
  g_test_add ("/ronten/meetings-ui/handout-meeting", Fixture, NULL,
              fixture_set_up_sample, test_handout_meeting, fixture_tear_down);

  return g_test_run ();
}
