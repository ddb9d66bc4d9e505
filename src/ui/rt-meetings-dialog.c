/* rt-meetings-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-meetings-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-attendance-item.h"
#include "rt-date.h"
#include "rt-feedback.h"
#include "rt-meetings-dialog.h"
#include "rt-people-dialog.h"
#include "rt-ui-util.h"
#include "rt-settings.h"

/* The meetings of the committee (第n回): the list on the left, bound to
 * rt_committee_get_meetings(); the chosen meeting's number, name, date,
 * times, place, whether it is public and its observers in the middle; who
 * attended on the right, one RtAttendanceItem per person.
 *
 * A field is saved when Enter is pressed in it or the keyboard leaves it,
 * all fields in one change (one undo step), and only when something
 * changed; a field that cannot be read is marked and says why, and nothing
 * is saved. Each click on the attendance is one change too. What the
 * committee changes, by undo or elsewhere, comes back through the
 * meeting's notify and the lists. */

struct _RtMeetingsDialog
{
  AdwWindow           parent_instance;

  RtCommittee        *committee;
  GtkSingleSelection *selection;
  GListStore         *attendance;   /* RtAttendanceItem, members first */
  RtMeeting          *meeting;      /* shown, or NULL */
  guint               syncing;

  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkListView        *meetings_view;
  GtkStack           *editor_stack;
  GtkWidget          *details_box;
  AdwEntryRow        *number_row;
  AdwEntryRow        *title_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *start_row;
  AdwEntryRow        *end_row;
  AdwEntryRow        *place_row;
  AdwEntryRow        *observers_row;
  GtkSwitch          *public_switch;
  GtkPopover         *calendar_popover;
  GtkCalendar        *calendar;
  GtkLabel           *attendance_label;
  GtkStack           *attendance_stack;
  GtkListView        *attendance_view;
};

G_DEFINE_FINAL_TYPE (RtMeetingsDialog, rt_meetings_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The closures of the rows (rt-meeting-row.ui, rt-attendance-row.ui). */

static char *
meeting_heading (gpointer    item,
                 int         number,
                 const char *title)
{
  /* Translators: a meeting by its number, 第%d回 in Japanese. */
  g_autofree char *label = g_strdup_printf (_("Meeting %d"), number);

  if (title == NULL || title[0] == '\0' || g_str_equal (title, label))
    return g_steal_pointer (&label);

  /* Translators: a meeting's number and name, as the list shows them. */
  return g_strdup_printf (_("%s  %s"), label, title);
}

static char *
meeting_when (gpointer    item,
              const char *date,
              const char *start_time)
{
  g_autofree char *day = rt_date_format_weekday (date, rt_settings_get_date_style ());

  if (day[0] == '\0')
    return g_strdup (_("No date"));
  if (start_time != NULL && start_time[0] != '\0')
    /* Translators: a meeting's date and the time it starts. */
    return g_strdup_printf (_("%s %s–"), day, start_time);

  return g_steal_pointer (&day);
}

static char *
meeting_attendance (gpointer item,
                    int      n_present,
                    int      n_absent,
                    int      observers)
{
  if (n_present == 0 && n_absent == 0 && observers < 0)
    return g_strdup (_("Attendance not recorded"));
  if (observers >= 0)
    /* Translators: who attended a meeting, in the list of meetings. */
    return g_strdup_printf (_("%d present, %d absent, %d observers"), n_present, n_absent, observers);

  return g_strdup_printf (_("%d present, %d absent"), n_present, n_absent);
}

static char *
person_kind_label (gpointer     item,
                   RtPersonKind kind)
{
  return g_strdup (rt_person_kind_to_label (kind));
}

static void
present_toggled (GtkListItem     *list_item,
                 GtkToggleButton *button)
{
  RtAttendanceItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_object_set (item, "present", gtk_toggle_button_get_active (button), NULL);
}

static void
absent_toggled (GtkListItem     *list_item,
                GtkToggleButton *button)
{
  RtAttendanceItem *item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_object_set (item, "absent", gtk_toggle_button_get_active (button), NULL);
}

static GtkListItemFactory *
new_factory (const char *resource)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "meeting_heading", G_CALLBACK (meeting_heading),
                                           "meeting_when", G_CALLBACK (meeting_when),
                                           "meeting_attendance", G_CALLBACK (meeting_attendance),
                                           "person_kind_label", G_CALLBACK (person_kind_label),
                                           "present_toggled", G_CALLBACK (present_toggled),
                                           "absent_toggled", G_CALLBACK (absent_toggled),
                                           NULL);

  return gtk_builder_list_item_factory_new_from_resource (scope, resource);
}

/* The fields */

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  rt_entry_row_set_text (row, text);
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
update_title (RtMeetingsDialog *self)
{
  g_autofree char *label = self->meeting ? rt_meeting_dup_label (self->meeting, TRUE, rt_settings_get_date_style ()) : NULL;

  adw_window_title_set_subtitle (self->window_title, label);
}

/* Shows what the committee holds for the meeting. */
static void
load_fields (RtMeetingsDialog *self)
{
  RtMeeting *meeting = self->meeting;
  g_autofree char *number = NULL;
  g_autofree char *date = NULL;
  g_autofree char *observers = NULL;

  if (meeting == NULL)
    return;

  number = g_strdup_printf ("%d", rt_meeting_get_number (meeting));
  date = rt_date_format_weekday (rt_meeting_get_date (meeting), rt_settings_get_date_style ());
  observers = rt_meeting_get_observers (meeting) >= 0 ? g_strdup_printf ("%d", rt_meeting_get_observers (meeting))
                                                      : g_strdup ("");

  self->syncing++;
  set_row_text (self->number_row, number);
  set_row_text (self->title_row, rt_meeting_get_title (meeting));
  set_row_text (self->date_row, date);
  set_row_text (self->start_row, rt_meeting_get_start_time (meeting));
  set_row_text (self->end_row, rt_meeting_get_end_time (meeting));
  set_row_text (self->place_row, rt_meeting_get_place (meeting));
  set_row_text (self->observers_row, observers);
  gtk_switch_set_active (self->public_switch, rt_meeting_get_public (meeting));
  self->syncing--;

  update_title (self);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A whole number typed as 4, ４ or 第4回; -1 when it is none. */
static int
parse_count (const char *text)
{
  g_autofree char *norm = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  const char *p = norm;
  gint64 value = 0;

  if (g_str_has_prefix (p, "第"))
    p += strlen ("第");
  if (!g_ascii_isdigit (*p))
    return -1;
  while (g_ascii_isdigit (*p) && value < 100000)
    value = value * 10 + (*p++ - '0');
  if (g_str_has_prefix (p, "回") || g_str_has_prefix (p, "人") || g_str_has_prefix (p, "名"))
    p += strlen ("回");
  if (*p != '\0' || value >= 100000)
    return -1;

  return (int)value;
}

/* Marks @row as wrong (or not); returns @ok. */
static gboolean
check_row (AdwEntryRow *row,
           gboolean     ok)
{
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");

  return ok;
}

/* Saves the fields of the meeting shown, as one change, if they changed
 * and can all be read; otherwise says what is wrong. */
static void
save_fields (RtMeetingsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *end = NULL;
  g_autofree char *place = NULL;
  g_autofree char *observers_text = NULL;
  RtMeeting *meeting = self->meeting;
  const char *problem = NULL;
  RtMeetingEdit edit = { 0 };

  if (meeting == NULL || self->syncing || rt_committee_get_read_only (self->committee))
    return;

  number_text = row_text (self->number_row);
  title = row_text (self->title_row);
  date_text = row_text (self->date_row);
  start_text = row_text (self->start_row);
  end_text = row_text (self->end_row);
  place = row_text (self->place_row);
  observers_text = row_text (self->observers_row);

  edit.number = parse_count (number_text);
  if (!check_row (self->number_row, edit.number >= 1))
    problem = _("The number of a meeting is a whole number, 1 or more");

  if (date_text[0] != '\0')
    date = rt_date_parse_text (date_text);
  if (!check_row (self->date_row, date_text[0] == '\0' || date != NULL) && problem == NULL)
    problem = _("The date could not be read: write it as 2026-03-19 or 令和8年3月19日");

  /* The whole 日時 of the minutes may be pasted into the start:
   * 午後7時~8時50分 fills both. */
  if (start_text[0] != '\0' && rt_time_parse_range (start_text, &start, &end) && end != NULL)
    {
      g_free (end_text);
      end_text = g_strdup (end);
    }
  else if (end_text[0] != '\0')
    end = rt_time_parse_end (end_text, start);
  if (!check_row (self->start_row, start_text[0] == '\0' || start != NULL) && problem == NULL)
    problem = _("The time could not be read: write it as 18:30 or 午後6時30分");
  if (!check_row (self->end_row, end_text[0] == '\0' || end != NULL) && problem == NULL)
    problem = _("The time could not be read: write it as 18:30 or 午後6時30分");

  edit.observers = observers_text[0] == '\0' ? -1 : parse_count (observers_text);
  if (!check_row (self->observers_row, observers_text[0] == '\0' || edit.observers >= 0) && problem == NULL)
    problem = _("The observers are a number of people, 0 or more; leave it empty when not recorded");

  if (problem != NULL)
    {
      rt_feedback_toast (GTK_WIDGET (self), problem);
      return;
    }

  edit.title = title;
  edit.date = date ? date : "";
  edit.start_time = start ? start : "";
  edit.end_time = end ? end : "";
  edit.place = place;
  edit.is_public = gtk_switch_get_active (self->public_switch);

  if (edit.number == rt_meeting_get_number (meeting) &&
      g_strcmp0 (edit.title, rt_meeting_get_title (meeting)) == 0 &&
      g_strcmp0 (edit.date, rt_meeting_get_date (meeting)) == 0 &&
      g_strcmp0 (edit.start_time, rt_meeting_get_start_time (meeting)) == 0 &&
      g_strcmp0 (edit.end_time, rt_meeting_get_end_time (meeting)) == 0 &&
      g_strcmp0 (edit.place, rt_meeting_get_place (meeting)) == 0 &&
      edit.observers == rt_meeting_get_observers (meeting) &&
      !edit.is_public == !rt_meeting_get_public (meeting))
    {
      /* Nothing changed; still show what was typed as the committee keeps it. */
      load_fields (self);
      return;
    }

  if (!rt_committee_edit_meeting (self->committee, rt_meeting_get_id (meeting), &edit, &error))
    {
      if (edit.number != rt_meeting_get_number (meeting))
        check_row (self->number_row, FALSE);
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* The date as 令和…（木）, the times as HH:MM. */
  load_fields (self);
}

static void
public_toggled (RtMeetingsDialog *self)
{
  save_fields (self);
}

static void
calendar_day_selected (RtMeetingsDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (day, "%F");
  g_autofree char *text = rt_date_format_weekday (iso, rt_settings_get_date_style ());

  if (self->syncing)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  gtk_popover_popdown (self->calendar_popover);
  save_fields (self);
}

/* The calendar opens on the meeting's date, or today. */
static void
calendar_shown (RtMeetingsDialog *self)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  iso = rt_date_parse_text (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  if (iso != NULL && rt_date_parse_iso (iso, &date))
    day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
  else
    day = g_date_time_new_now_local ();

  self->syncing++;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing--;
}

/* Attendance */

static void
update_attendance_label (RtMeetingsDialog *self)
{
  guint members_present = 0, members_absent = 0, members_unknown = 0, staff_present = 0;
  g_autoptr(GString) text = g_string_new (NULL);
  int observers = self->meeting ? rt_meeting_get_observers (self->meeting) : -1;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendance)); i++)
    {
      g_autoptr(RtAttendanceItem) item = g_list_model_get_item (G_LIST_MODEL (self->attendance), i);
      int status = rt_attendance_item_get_status (item);

      if (rt_person_get_kind (rt_attendance_item_get_person (item)) == RT_PERSON_KIND_MEMBER)
        {
          members_present += status == RT_ATTENDANCE_PRESENT;
          members_absent += status == RT_ATTENDANCE_ABSENT;
          members_unknown += status == RT_ATTENDANCE_UNKNOWN;
        }
      else
        staff_present += status == RT_ATTENDANCE_PRESENT;
    }

  /* Translators: a meeting's attendance, as minutes record it: 委員 出席%u名・欠席%u名. */
  g_string_append_printf (text, _("Members: %u present, %u absent"), members_present, members_absent);
  if (members_unknown > 0)
    g_string_append_printf (text, _(" (%u not recorded)"), members_unknown);
  g_string_append_c (text, '\n');
  /* Translators: the secretariat and the city's officials who attended. */
  g_string_append_printf (text, _("Secretariat and officials: %u present"), staff_present);
  g_string_append_c (text, '\n');
  if (observers >= 0)
    g_string_append_printf (text, _("Observers: %d"), observers);
  else
    g_string_append (text, _("Observers: not recorded"));

  gtk_label_set_label (self->attendance_label, text->str);
}

/* Shows who the committee says attended the meeting shown. */
static void
load_attendance (RtMeetingsDialog *self)
{
  g_autoptr(GArray) attendees = NULL;
  g_autoptr(GHashTable) status = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;

  if (self->meeting != NULL &&
      !(attendees = rt_committee_get_attendance (self->committee, rt_meeting_get_id (self->meeting), &error)))
    rt_feedback_toast (GTK_WIDGET (self), error->message);

  for (guint i = 0; attendees != NULL && i < attendees->len; i++)
    {
      RtAttendee *attendee = &g_array_index (attendees, RtAttendee, i);

      g_hash_table_insert (status, &attendee->person_id, GINT_TO_POINTER (attendee->status + 1));
    }

  self->syncing++;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendance)); i++)
    {
      g_autoptr(RtAttendanceItem) item = g_list_model_get_item (G_LIST_MODEL (self->attendance), i);
      gint64 id = rt_person_get_id (rt_attendance_item_get_person (item));

      rt_attendance_item_set_status (item, GPOINTER_TO_INT (g_hash_table_lookup (status, &id)) - 1);
    }
  self->syncing--;

  update_attendance_label (self);
}

/* Records the attendance the items show, as one change. */
static void
save_attendance (RtMeetingsDialog *self)
{
  g_autoptr(GArray) attendees = g_array_new (FALSE, FALSE, sizeof (RtAttendee));
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendance)); i++)
    {
      g_autoptr(RtAttendanceItem) item = g_list_model_get_item (G_LIST_MODEL (self->attendance), i);
      RtAttendee attendee;

      if (rt_attendance_item_get_status (item) == RT_ATTENDANCE_UNKNOWN)
        continue;

      attendee.person_id = rt_person_get_id (rt_attendance_item_get_person (item));
      attendee.status = rt_attendance_item_get_status (item);
      g_array_append_val (attendees, attendee);
    }

  if (!rt_committee_set_attendance (self->committee, rt_meeting_get_id (self->meeting),
                                    (RtAttendee *)attendees->data, attendees->len, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      load_attendance (self);
      return;
    }

  update_attendance_label (self);
}

static void
item_status_changed (RtMeetingsDialog *self)
{
  if (!self->syncing)
    save_attendance (self);
}

static int
kind_order (RtPersonKind kind)
{
  switch (kind)
    {
    case RT_PERSON_KIND_MEMBER:
      return 0;
    case RT_PERSON_KIND_SECRETARIAT:
      return 1;
    case RT_PERSON_KIND_OFFICIAL:
      return 2;
    case RT_PERSON_KIND_OTHER:
    default:
      return 3;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  RtPerson *pa = rt_attendance_item_get_person (*(RtAttendanceItem **)a);
  RtPerson *pb = rt_attendance_item_get_person (*(RtAttendanceItem **)b);
  int ka = kind_order (rt_person_get_kind (pa)), kb = kind_order (rt_person_get_kind (pb));

  if (ka != kb)
    return ka - kb;

  return rt_person_get_position (pa) - rt_person_get_position (pb);
}

/* One item per person: members first, then the secretariat, the city's
 * officials and others, each in the committee's order. */
static void
rebuild_attendance (RtMeetingsDialog *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *people;

  if (self->committee == NULL)
    return;

  people = rt_committee_get_people (self->committee);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      RtAttendanceItem *item = rt_attendance_item_new (person);

      g_signal_connect_object (item, "notify::status", G_CALLBACK (item_status_changed), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort (items, compare_items);

  g_list_store_splice (self->attendance, 0, g_list_model_get_n_items (G_LIST_MODEL (self->attendance)),
                       items->pdata, items->len);
  gtk_stack_set_visible_child_name (self->attendance_stack, items->len > 0 ? "list" : "no-people");
  load_attendance (self);
}

static void
all_present_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (widget);

  self->syncing++;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->attendance)); i++)
    {
      g_autoptr(RtAttendanceItem) item = g_list_model_get_item (G_LIST_MODEL (self->attendance), i);
      RtPersonKind kind = rt_person_get_kind (rt_attendance_item_get_person (item));

      if ((kind == RT_PERSON_KIND_MEMBER || kind == RT_PERSON_KIND_SECRETARIAT) &&
          rt_attendance_item_get_status (item) == RT_ATTENDANCE_UNKNOWN)
        rt_attendance_item_set_status (item, RT_ATTENDANCE_PRESENT);
    }
  self->syncing--;

  save_attendance (self);
}

static void
people_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (widget);
  RtPeopleDialog *dialog = rt_people_dialog_new (GTK_WINDOW (self), self->committee);

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The meeting shown */

static void
meeting_notify (RtMeetingsDialog *self,
                GParamSpec       *pspec)
{
  if (g_str_equal (pspec->name, "n-present") || g_str_equal (pspec->name, "n-absent"))
    load_attendance (self);
  else
    {
      load_fields (self);
      update_attendance_label (self);
    }
}

static void
update_actions (RtMeetingsDialog *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.delete", writable && self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.all-present", writable && self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.people", writable);
  gtk_widget_set_sensitive (self->details_box, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attendance_view), writable);
}

static void
show_meeting (RtMeetingsDialog *self,
              RtMeeting        *meeting)
{
  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, meeting_notify, self);
  g_set_object (&self->meeting, meeting);
  if (meeting != NULL)
    g_signal_connect_object (meeting, "notify", G_CALLBACK (meeting_notify), self, G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->editor_stack, meeting != NULL ? "meeting" : "empty");
  load_fields (self);
  load_attendance (self);
  update_title (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

static void
selection_changed (RtMeetingsDialog *self)
{
  show_meeting (self, gtk_single_selection_get_selected_item (self->selection));
}

/* What is typed in the meeting shown is saved before another is shown. */
static void
meetings_view_activated (RtMeetingsDialog *self)
{
  save_fields (self);
}

static guint
find_meeting (RtMeetingsDialog *self,
              gint64            meeting_id)
{
  GListModel *meetings = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_id (meeting) == meeting_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = rt_date_today_iso ();
  g_autofree char *message = NULL;
  int number;
  gint64 id;

  save_fields (self);

  number = rt_committee_next_meeting_number (self->committee);
  if (!(id = rt_committee_add_meeting (self->committee, number, "", today, &error)))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_meetings_dialog_set_meeting_id (self, id);
  /* Translators: %d is the number of the meeting added, 第%d回を追加しました. */
  message = g_strdup_printf (_("Added meeting %d, dated today"), number);
  rt_feedback_toast (GTK_WIDGET (self), message);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static guint
count_meeting_cards (RtCommittee *committee,
                     gint64       meeting_id)
{
  GListModel *cards = rt_committee_get_cards (committee);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      n += rt_card_get_meeting_id (card) == meeting_id;
    }

  return n;
}

/* The meeting to delete, as it was when asked: the selection may move
 * while the question is shown. */
typedef struct
{
  RtMeetingsDialog *self;
  gint64            meeting_id;
} DeleteRequest;

static void
delete_request_free (gpointer  data,
                     GClosure *closure)
{
  DeleteRequest *request = data;

  g_object_unref (request->self);
  g_free (request);
}

static void
delete_response (AdwMessageDialog *dialog,
                 const char       *response,
                 DeleteRequest    *request)
{
  RtMeetingsDialog *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  RtMeeting *meeting;

  if (!g_str_equal (response, "delete") || self->committee == NULL ||
      (meeting = rt_committee_lookup (self->committee, RT_KIND_MEETING, request->meeting_id)) == NULL)
    return;

  label = rt_meeting_dup_label (meeting, FALSE, rt_settings_get_date_style ());
  if (!rt_committee_delete_meeting (self->committee, request->meeting_id, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* Translators: %s is a meeting, 第4回. */
  message = g_strdup_printf (_("Deleted %s"), label);
  rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (widget);
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  DeleteRequest *request;
  guint n_cards;

  if (self->meeting == NULL)
    return;

  label = rt_meeting_dup_label (self->meeting, TRUE, rt_settings_get_date_style ());
  n_cards = count_meeting_cards (self->committee, rt_meeting_get_id (self->meeting));
  /* Translators: %s is a meeting, 第4回（令和8年3月19日）. */
  heading = g_strdup_printf (_("Delete %s?"), label);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u opinion and its minutes stay, without a meeting; its attendance is "
                                       "forgotten. Undo brings it all back.",
                                       "Its %u opinions and its minutes stay, without a meeting; its attendance is "
                                       "forgotten. Undo brings it all back.", n_cards), n_cards);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  request = g_new0 (DeleteRequest, 1);
  request->self = g_object_ref (self);
  request->meeting_id = rt_meeting_get_id (self->meeting);
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response), request, delete_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
rt_meetings_dialog_close_request (GtkWindow *window)
{
  /* What was typed last is kept. */
  save_fields (RT_MEETINGS_DIALOG (window));

  return GTK_WINDOW_CLASS (rt_meetings_dialog_parent_class)->close_request (window);
}

static void
rt_meetings_dialog_dispose (GObject *object)
{
  RtMeetingsDialog *self = (RtMeetingsDialog *)object;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting, meeting_notify, self);
  g_clear_object (&self->meeting);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_MEETINGS_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->attendance);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_meetings_dialog_parent_class)->dispose (object);
}

static void
rt_meetings_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      g_value_set_int64 (value, rt_meetings_dialog_get_meeting_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_meetings_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RtMeetingsDialog *self = RT_MEETINGS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MEETING_ID:
      rt_meetings_dialog_set_meeting_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_meetings_dialog_class_init (RtMeetingsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_meetings_dialog_dispose;
  object_class->get_property = rt_meetings_dialog_get_property;
  object_class->set_property = rt_meetings_dialog_set_property;
  window_class->close_request = rt_meetings_dialog_close_request;

  /**
   * RtMeetingsDialog:meeting-id:
   *
   * The meeting shown, or 0; a window that opened the dialog to choose a
   * meeting follows it.
   */
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RT_TYPE_ATTENDANCE_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-meetings-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, toast_overlay);
  rt_feedback_install (widget_class, RT_TYPE_MEETINGS_DIALOG, G_STRUCT_OFFSET (RtMeetingsDialog, toast_overlay));
  rt_feedback_install_undo (widget_class, RT_TYPE_MEETINGS_DIALOG, G_STRUCT_OFFSET (RtMeetingsDialog, committee));
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, meetings_view);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, details_box);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, observers_row);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, public_switch);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, attendance_stack);
  gtk_widget_class_bind_template_child (widget_class, RtMeetingsDialog, attendance_view);
  gtk_widget_class_bind_template_callback (widget_class, public_toggled);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected);

  gtk_widget_class_install_action (widget_class, "meetings.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "meetings.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "meetings.all-present", NULL, all_present_action);
  gtk_widget_class_install_action (widget_class, "meetings.people", NULL, people_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "meetings.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_meetings_dialog_init (RtMeetingsDialog *self)
{
  g_autoptr(GtkListItemFactory) meeting_factory = new_factory ("/io/github/ronten/Ronten/rt-meeting-row.ui");
  g_autoptr(GtkListItemFactory) attendance_factory = new_factory ("/io/github/ronten/Ronten/rt-attendance-row.ui");
  g_autoptr(GtkNoSelection) attendance_selection = NULL;
  AdwEntryRow *rows[7];

  gtk_widget_init_template (GTK_WIDGET (self));

  rows[0] = self->number_row;
  rows[1] = self->title_row;
  rows[2] = self->date_row;
  rows[3] = self->start_row;
  rows[4] = self->end_row;
  rows[5] = self->place_row;
  rows[6] = self->observers_row;
  /* Enter in a field, or the keyboard leaving it, saves the fields. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    rt_entry_row_watch (rows[i], G_CALLBACK (save_fields), self);
  g_signal_connect_object (self->calendar_popover, "show", G_CALLBACK (calendar_shown), self, G_CONNECT_SWAPPED);

  gtk_list_view_set_factory (self->meetings_view, meeting_factory);
  gtk_list_view_set_factory (self->attendance_view, attendance_factory);

  self->attendance = g_list_store_new (RT_TYPE_ATTENDANCE_ITEM);
  attendance_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->attendance)));
  gtk_list_view_set_model (self->attendance_view, GTK_SELECTION_MODEL (attendance_selection));

  /* Clicking another meeting in the list first saves the one shown. */
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect_object (click, "pressed", G_CALLBACK (meetings_view_activated), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->meetings_view), GTK_EVENT_CONTROLLER (click));
  }
}

RtMeetingsDialog *
rt_meetings_dialog_new (GtkWindow   *parent,
                        RtCommittee *committee)
{
  RtMeetingsDialog *self;
  GListModel *meetings;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_MEETINGS_DIALOG, "transient-for", parent, NULL);
  self->committee = g_object_ref (committee);

  meetings = rt_committee_get_meetings (committee);
  self->selection = gtk_single_selection_new (g_object_ref (meetings));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selection_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->meetings_view, GTK_SELECTION_MODEL (self->selection));

  rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (rebuild_attendance), self);
  rebuild_attendance (self);

  /* The latest meeting is the one most often edited. */
  if (g_list_model_get_n_items (meetings) > 0)
    gtk_single_selection_set_selected (self->selection, g_list_model_get_n_items (meetings) - 1);
  selection_changed (self);
  update_actions (self);

  return self;
}

RtCommittee *
rt_meetings_dialog_get_committee (RtMeetingsDialog *self)
{
  g_return_val_if_fail (RT_IS_MEETINGS_DIALOG (self), NULL);

  return self->committee;
}

gint64
rt_meetings_dialog_get_meeting_id (RtMeetingsDialog *self)
{
  g_return_val_if_fail (RT_IS_MEETINGS_DIALOG (self), 0);

  return self->meeting != NULL ? rt_meeting_get_id (self->meeting) : 0;
}

/**
 * rt_meetings_dialog_set_meeting_id:
 *
 * Shows the meeting @meeting_id, after saving what was typed in the one
 * shown.
 */
void
rt_meetings_dialog_set_meeting_id (RtMeetingsDialog *self,
                                   gint64            meeting_id)
{
  guint position;

  g_return_if_fail (RT_IS_MEETINGS_DIALOG (self));

  if (self->selection == NULL || (position = find_meeting (self, meeting_id)) == GTK_INVALID_LIST_POSITION)
    return;

  save_fields (self);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->meetings_view), "list.scroll-to-item", "u", position);
}

/**
 * rt_meetings_dialog_get_attendance:
 *
 * Returns: (transfer none): the attendance shown, a list of
 *   RtAttendanceItem, members first
 */
GListModel *
rt_meetings_dialog_get_attendance (RtMeetingsDialog *self)
{
  g_return_val_if_fail (RT_IS_MEETINGS_DIALOG (self), NULL);

  return G_LIST_MODEL (self->attendance);
}
