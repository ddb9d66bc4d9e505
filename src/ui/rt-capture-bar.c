/* rt-capture-bar.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-capture-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-capture-bar.h"
#include "rt-committee.h"
#include "rt-minutes.h"
#include "rt-search.h"

/* Quick capture during a meeting: the bar at the bottom of the window.
 *
 * The secretariat types what was said into a GtkEntry and presses Enter; the
 * card goes to the 未分類 inbox of the chosen meeting with the chosen speaker,
 * as one undo step, and the entry is cleared for the next statement. The
 * speaker is chosen without the mouse: Alt+1 … Alt+9 pick the first nine
 * people (their numbers are on the chips), Alt+0 none, or part of a name typed
 * into the speaker entry picks the best match (Up and Down move among the
 * matches). Enter is only ever taken from the entries' "activate" signal, which
 * GTK emits after the input method has committed, so typing Japanese works.
 *
 * A name that matches nobody (山本委員, a member not yet in the list) is
 * never dropped in silence: the matches offer to add them, which Enter in
 * the speaker entry does; a statement typed meanwhile is not stored, and
 * the bar says why and how to add them.
 */
#define N_NUMBERED_SPEAKERS 9
#define STATUS_TIMEOUT_SECONDS 5

struct _RtCaptureBar
{
  GtkWidget      parent_instance;

  RtCommittee   *committee;
  guint          rebuild_id;
  guint          status_id;

  GArray        *meeting_ids;
  GPtrArray     *people;       /* of RtPerson, in the committee's order */
  GPtrArray     *chips;        /* of GtkToggleButton, one per person */
  GPtrArray     *matches;      /* of RtPerson, borrowed from people */
  guint          match_index;
  gint64         speaker_id;
  gboolean       syncing;
  gboolean       rebuilding;
  gboolean       meeting_chosen;  /* by the user: kept, not the default */

  GtkRevealer   *revealer;
  GtkDropDown   *meeting_dropdown;
  GtkEntry      *speaker_entry;
  GtkEntry      *text_entry;
  GtkBox        *speakers_box;
  GtkLabel      *status_label;
  GtkPopover    *match_popover;
  GtkListBox    *match_list;
};

G_DEFINE_FINAL_TYPE (RtCaptureBar, rt_capture_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVEALED,
  PROP_SPEAKER_ID,
  PROP_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CAPTURED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RtPerson *
find_person (RtCaptureBar *self,
             gint64        speaker_id,
             guint        *index)
{
  for (guint i = 0; i < self->people->len; i++)
    if (rt_person_get_id (g_ptr_array_index (self->people, i)) == speaker_id)
      {
        if (index != NULL)
          *index = i;
        return g_ptr_array_index (self->people, i);
      }

  return NULL;
}

static void
set_entry_text (RtCaptureBar *self,
                const char   *text)
{
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->speaker_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->speaker_entry), -1);
  self->syncing = FALSE;
}

/* Chooses the speaker; @show_name also writes the name into the speaker
 * entry (not while the user is typing into it). */
static void
select_speaker (RtCaptureBar *self,
                gint64        speaker_id,
                gboolean      show_name)
{
  RtPerson *person = find_person (self, speaker_id, NULL);

  if (person == NULL)
    speaker_id = 0;

  self->syncing = TRUE;
  for (guint i = 0; i < self->chips->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->chips, i),
                                  rt_person_get_id (g_ptr_array_index (self->people, i)) == speaker_id);
  self->syncing = FALSE;

  if (show_name)
    set_entry_text (self, person != NULL ? rt_person_get_display_name (person) : "");

  gtk_widget_remove_css_class (GTK_WIDGET (self->speaker_entry), "error");

  if (self->speaker_id == speaker_id)
    return;

  self->speaker_id = speaker_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER_ID]);
}

static void
show_status (RtCaptureBar *self,
             const char   *text,
             gboolean      is_error);

static gboolean
clear_status (gpointer data)
{
  RtCaptureBar *self = data;

  self->status_id = 0;
  gtk_label_set_label (self->status_label, "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), NULL);

  return G_SOURCE_REMOVE;
}

static void
show_status (RtCaptureBar *self,
             const char   *text,
             gboolean      is_error)
{
  gtk_label_set_label (self->status_label, text);
  /* All of it, where the bar is too narrow to show it. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), text[0] != '\0' ? text : NULL);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
    }

  g_clear_handle_id (&self->status_id, g_source_remove);
  self->status_id = g_timeout_add_seconds (STATUS_TIMEOUT_SECONDS, clear_status, self);
}

static char *
meeting_name (RtMeeting *meeting)
{
  const char *title = rt_meeting_get_title (meeting);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  return g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
}

/* Matching a typed name: normalised like search (width and case ignored);
 * a name, role or alias that starts with the text comes before one that
 * merely contains it; otherwise the committee's order. */
static int
match_rank (RtPerson   *person,
            const char *needle)
{
  const char *fields[3] = {
    rt_person_get_display_name (person),
    rt_person_get_name (person),
    rt_person_get_role (person),
  };
  const char * const *aliases = rt_person_get_aliases (person);
  int best = -1;

  for (guint i = 0; i < G_N_ELEMENTS (fields) + (aliases ? g_strv_length ((char **)aliases) : 0); i++)
    {
      const char *field = i < G_N_ELEMENTS (fields) ? fields[i] : aliases[i - G_N_ELEMENTS (fields)];
      g_autofree char *normal = NULL;
      const char *found;

      if (field == NULL || field[0] == '\0')
        continue;

      normal = rt_search_normalize (field, -1);
      if ((found = strstr (normal, needle)) == NULL)
        continue;

      if (found == normal)
        return 0;
      best = 1;
    }

  return best;
}

/* The text of the speaker entry when it names nobody in the list, or NULL. */
static char *
dup_unknown_speaker (RtCaptureBar *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry))));

  if (self->speaker_id != 0 || text[0] == '\0' || self->matches->len > 0)
    return NULL;

  return g_steal_pointer (&text);
}

static void
fill_match_list (RtCaptureBar *self)
{
  g_autofree char *unknown = dup_unknown_speaker (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->match_list))))
    gtk_list_box_remove (self->match_list, child);

  /* Nobody matches: the one row offers to add them. */
  if (unknown != NULL)
    {
      /* Translators: the offer, in the speaker matches, to add a speaker typed in the capture bar. */
      g_autofree char *text = g_strdup_printf (_("Add “%s” as a new speaker (Enter)"), unknown);
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_add_css_class (row, "new-speaker");
      gtk_list_box_append (self->match_list, row);
      gtk_list_box_select_row (self->match_list, GTK_LIST_BOX_ROW (row));
      return;
    }

  for (guint i = 0; i < self->matches->len; i++)
    {
      RtPerson *person = g_ptr_array_index (self->matches, i);
      GtkWidget *label = gtk_label_new (rt_person_get_display_name (person));
      GtkWidget *row = gtk_list_box_row_new ();
      guint index = 0;

      find_person (self, rt_person_get_id (person), &index);
      if (index < N_NUMBERED_SPEAKERS)
        {
          g_autofree char *text = g_strdup_printf ("%u  %s", index + 1, rt_person_get_display_name (person));

          gtk_label_set_label (GTK_LABEL (label), text);
        }
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_append (self->match_list, row);
      if (i == self->match_index)
        gtk_list_box_select_row (self->match_list, GTK_LIST_BOX_ROW (row));
    }
}

/* Shows the matches; a popover already shown is shown again, as it keeps
 * the size it opened with and would cut a longer row. */
static void
show_matches (RtCaptureBar *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->speaker_entry)))
    return;

  if (gtk_widget_get_visible (GTK_WIDGET (self->match_popover)))
    gtk_popover_popdown (self->match_popover);
  gtk_popover_popup (self->match_popover);
}

static void
speaker_entry_changed (RtCaptureBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->speaker_entry));
  g_autofree char *needle = NULL;
  g_autoptr(GPtrArray) later = g_ptr_array_new ();

  if (self->syncing)
    return;

  g_ptr_array_set_size (self->matches, 0);
  self->match_index = 0;

  needle = g_strstrip (rt_search_normalize (text, -1));
  if (needle[0] == '\0')
    {
      gtk_popover_popdown (self->match_popover);
      select_speaker (self, 0, FALSE);
      return;
    }

  for (guint i = 0; i < self->people->len; i++)
    {
      RtPerson *person = g_ptr_array_index (self->people, i);
      int rank = match_rank (person, needle);

      if (rank == 0)
        g_ptr_array_add (self->matches, person);
      else if (rank == 1)
        g_ptr_array_add (later, person);
    }
  g_ptr_array_extend (self->matches, later, NULL, NULL);

  if (self->matches->len == 0)
    {
      select_speaker (self, 0, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self->speaker_entry), "error");
      fill_match_list (self);
      show_matches (self);
      return;
    }

  select_speaker (self, rt_person_get_id (g_ptr_array_index (self->matches, 0)), FALSE);
  fill_match_list (self);
  show_matches (self);
}

static void
move_match (RtCaptureBar *self,
            int           delta)
{
  if (self->matches->len == 0)
    return;

  self->match_index = (self->match_index + self->matches->len + delta) % self->matches->len;
  select_speaker (self, rt_person_get_id (g_ptr_array_index (self->matches, self->match_index)), FALSE);
  gtk_list_box_select_row (self->match_list,
                           gtk_list_box_get_row_at_index (self->match_list, self->match_index));
}

static gboolean
speaker_key_pressed (RtCaptureBar          *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->match_popover)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_match (self, 1);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_match (self, -1);
      return TRUE;

    case GDK_KEY_Escape:
      gtk_popover_popdown (self->match_popover);
      return TRUE;

    default:
      return FALSE;
    }
}

static void rebuild_chips (RtCaptureBar *self);

/* Adds the speaker typed, who matched nobody, as minutes write them:
 * 山本委員 is 山本 with the role 委員. One undo step. */
static gboolean
add_typed_speaker (RtCaptureBar *self,
                   const char   *typed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  if (!rt_minutes_split_speaker (typed, &name, &role))
    name = g_strdup (typed);

  if (!(id = rt_committee_add_person (self->committee, name, role, &error)))
    {
      show_status (self, error->message, TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }

  /* The chips now, not at idle: the new speaker is chosen at once. */
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild_chips (self);
  select_speaker (self, id, TRUE);

  /* Translators: a speaker typed in the capture bar was added to the committee. */
  message = g_strdup_printf (_("Added “%s” to the speakers"), typed);
  show_status (self, message, FALSE);

  return TRUE;
}

/* Enter in the speaker entry takes the highlighted match, or adds the
 * speaker typed if nobody matches, and moves on to the statement. */
static void
speaker_entry_activated (RtCaptureBar *self)
{
  g_autofree char *unknown = dup_unknown_speaker (self);

  gtk_popover_popdown (self->match_popover);
  if (unknown != NULL && !add_typed_speaker (self, unknown))
    return;

  select_speaker (self, self->speaker_id, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

static void
match_row_activated (RtCaptureBar  *self,
                     GtkListBoxRow *row)
{
  guint index = gtk_list_box_row_get_index (row);

  if (index < self->matches->len)
    select_speaker (self, rt_person_get_id (g_ptr_array_index (self->matches, index)), FALSE);
  speaker_entry_activated (self);
}

static void
speaker_focus_left (RtCaptureBar *self)
{
  gtk_popover_popdown (self->match_popover);
  /* Show the full name of whoever the typing picked. */
  if (self->speaker_id != 0)
    select_speaker (self, self->speaker_id, TRUE);
}

static void
chip_toggled (RtCaptureBar    *self,
              GtkToggleButton *chip)
{
  guint index;

  if (self->syncing)
    return;

  g_assert (g_ptr_array_find (self->chips, chip, &index));

  if (gtk_toggle_button_get_active (chip))
    select_speaker (self, rt_person_get_id (g_ptr_array_index (self->people, index)), TRUE);
  else
    select_speaker (self, 0, TRUE);
}

static void
capture (RtCaptureBar *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  g_autofree char *unknown = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  gint64 meeting_id = rt_capture_bar_get_meeting_id (self);
  RtPerson *person = find_person (self, self->speaker_id, NULL);
  RtMeeting *meeting = NULL;
  gint64 card_id;

  if (self->committee == NULL)
    return;

  /* A speaker typed who is not in the list: the card would have nobody's
   * name. Say so, keep the statement, and offer to add them. */
  if ((unknown = dup_unknown_speaker (self)) != NULL)
    {
      /* Translators: a statement was not stored: %s is the speaker typed, who is not in the list. */
      g_autofree char *why = g_strdup_printf (_("Not added: “%s” is no speaker yet; Enter in the speaker field "
                                                "adds them (Alt+0: no speaker)"), unknown);

      show_status (self, why, TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->speaker_entry));
      gtk_editable_set_position (GTK_EDITABLE (self->speaker_entry), -1);
      fill_match_list (self);
      show_matches (self);
      return;
    }

  card_id = rt_committee_capture_card (self->committee, meeting_id, self->speaker_id, text, &error);
  if (card_id <= 0)
    {
      show_status (self, error->message, TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));

  if (meeting_id != 0)
    meeting = rt_committee_lookup (self->committee, RT_KIND_MEETING, meeting_id);
  where = meeting != NULL ? meeting_name (meeting) : NULL;

  if (person != NULL && where != NULL)
    /* Translators: the confirmation of a captured card: speaker, meeting. */
    message = g_strdup_printf (_("Added to Unsorted: %s, %s"), rt_person_get_display_name (person), where);
  else if (person != NULL || where != NULL)
    message = g_strdup_printf (_("Added to Unsorted: %s"),
                               person != NULL ? rt_person_get_display_name (person) : where);
  else
    message = g_strdup (_("Added to Unsorted"));
  show_status (self, message, FALSE);

  g_signal_emit (self, signals[CAPTURED], 0, card_id);
}

static void
add_clicked (RtCaptureBar *self)
{
  capture (self);
}

static void
rebuild_chips (RtCaptureBar *self)
{
  GtkWidget *child;
  gint64 speaker_id = self->speaker_id;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->speakers_box))))
    gtk_box_remove (self->speakers_box, child);
  g_ptr_array_set_size (self->chips, 0);
  g_ptr_array_set_size (self->matches, 0);
  g_ptr_array_set_size (self->people, 0);

  if (self->committee != NULL)
    {
      GListModel *people = rt_committee_get_people (self->committee);

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        g_ptr_array_add (self->people, g_list_model_get_item (people, i));
    }

  for (guint i = 0; i < self->people->len; i++)
    {
      RtPerson *person = g_ptr_array_index (self->people, i);
      GtkWidget *chip = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (rt_person_get_display_name (person));

      if (i < N_NUMBERED_SPEAKERS)
        {
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *tooltip = NULL;
          GtkWidget *badge = gtk_label_new (number);

          gtk_widget_add_css_class (badge, "chip-number");
          gtk_widget_add_css_class (badge, "numeric");
          gtk_box_append (GTK_BOX (box), badge);
          /* Translators: the tooltip of a speaker chip; %u is a digit 1–9. */
          tooltip = g_strdup_printf (_("Choose this speaker (Alt+%u)"), i + 1);
          gtk_widget_set_tooltip_text (chip, tooltip);
        }
      gtk_box_append (GTK_BOX (box), name);
      gtk_button_set_child (GTK_BUTTON (chip), box);
      gtk_widget_add_css_class (chip, "speaker-chip");
      /* Clicking a chip leaves the keyboard in the statement entry. */
      gtk_widget_set_focus_on_click (chip, FALSE);
      g_signal_connect_swapped (chip, "toggled", G_CALLBACK (chip_toggled), self);
      gtk_box_append (self->speakers_box, chip);
      g_ptr_array_add (self->chips, chip);
    }

  self->speaker_id = 0;
  select_speaker (self, speaker_id, TRUE);
}

static void
rebuild_meetings (RtCaptureBar *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 chosen = rt_capture_bar_get_meeting_id (self);
  guint selected = GTK_INVALID_LIST_POSITION;
  guint latest = 0;
  int latest_number = G_MININT;
  GListModel *meetings;

  g_array_set_size (self->meeting_ids, 0);
  if (self->committee != NULL)
    {
      meetings = rt_committee_get_meetings (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
          g_autofree char *name = meeting_name (meeting);
          gint64 id = rt_meeting_get_id (meeting);

          gtk_string_list_append (strings, name);
          g_array_append_val (self->meeting_ids, id);
          if (id == chosen)
            selected = i;
          if (rt_meeting_get_number (meeting) >= latest_number)
            {
              latest_number = rt_meeting_get_number (meeting);
              latest = i;
            }
        }
    }

  if (self->meeting_ids->len == 0)
    {
      gint64 none = 0;

      gtk_string_list_append (strings, _("No meeting"));
      g_array_append_val (self->meeting_ids, none);
    }

  /* The default is the meeting going on: the one of today, else the
   * latest; a meeting the user chose stays chosen. */
  if (!self->meeting_chosen && self->committee != NULL)
    {
      gint64 current = rt_committee_find_current_meeting (self->committee, NULL);

      for (guint i = 0; i < self->meeting_ids->len; i++)
        if (g_array_index (self->meeting_ids, gint64, i) == current)
          selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION)
    selected = latest;

  self->rebuilding = TRUE;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->meeting_dropdown, selected);
  self->rebuilding = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

static gboolean
rebuild_idle (gpointer data)
{
  RtCaptureBar *self = data;

  self->rebuild_id = 0;
  rebuild_meetings (self);
  rebuild_chips (self);

  return G_SOURCE_REMOVE;
}

/* Meetings and speakers (with their aliases) came, went or were renamed. */
static void
people_changed (RtCaptureBar *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
meeting_changed (RtCaptureBar *self)
{
  if (self->rebuilding)
    return;

  self->meeting_chosen = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
}

void
rt_capture_bar_set_committee (RtCaptureBar *self,
                              RtCommittee  *committee)
{
  g_return_if_fail (RT_IS_CAPTURE_BAR (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_set_object (&self->committee, committee);
  if (committee != NULL)
    {
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (people_changed), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (people_changed), self);
    }

  self->speaker_id = 0;
  self->meeting_chosen = FALSE;
  g_array_set_size (self->meeting_ids, 0);
  rebuild_meetings (self);
  rebuild_chips (self);
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->revealer), committee != NULL);
}

gboolean
rt_capture_bar_get_revealed (RtCaptureBar *self)
{
  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

void
rt_capture_bar_set_revealed (RtCaptureBar *self,
                             gboolean      revealed)
{
  g_return_if_fail (RT_IS_CAPTURE_BAR (self));

  revealed = !!revealed;
  if (revealed == gtk_revealer_get_reveal_child (self->revealer))
    return;

  if (!revealed)
    gtk_popover_popdown (self->match_popover);
  gtk_revealer_set_reveal_child (self->revealer, revealed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

/**
 * rt_capture_bar_start:
 *
 * Shows the bar and puts the keyboard in its statement entry.
 */
void
rt_capture_bar_start (RtCaptureBar *self)
{
  g_return_if_fail (RT_IS_CAPTURE_BAR (self));

  rt_capture_bar_set_revealed (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

gint64
rt_capture_bar_get_meeting_id (RtCaptureBar *self)
{
  guint selected;

  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), 0);

  selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->meeting_ids->len)
    return 0;

  return g_array_index (self->meeting_ids, gint64, selected);
}

void
rt_capture_bar_set_meeting_id (RtCaptureBar *self,
                               gint64        meeting_id)
{
  g_return_if_fail (RT_IS_CAPTURE_BAR (self));

  for (guint i = 0; i < self->meeting_ids->len; i++)
    if (g_array_index (self->meeting_ids, gint64, i) == meeting_id)
      gtk_drop_down_set_selected (self->meeting_dropdown, i);
}

gint64
rt_capture_bar_get_speaker_id (RtCaptureBar *self)
{
  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), 0);

  return self->speaker_id;
}

void
rt_capture_bar_set_speaker_id (RtCaptureBar *self,
                               gint64        speaker_id)
{
  g_return_if_fail (RT_IS_CAPTURE_BAR (self));

  select_speaker (self, speaker_id, TRUE);
}

/**
 * rt_capture_bar_get_text_entry:
 *
 * Returns: (transfer none): the entry of the statement
 */
GtkWidget *
rt_capture_bar_get_text_entry (RtCaptureBar *self)
{
  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), NULL);

  return GTK_WIDGET (self->text_entry);
}

/**
 * rt_capture_bar_get_speaker_entry:
 *
 * Returns: (transfer none): the entry where part of a name picks the speaker
 */
GtkWidget *
rt_capture_bar_get_speaker_entry (RtCaptureBar *self)
{
  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), NULL);

  return GTK_WIDGET (self->speaker_entry);
}

const char *
rt_capture_bar_get_status_text (RtCaptureBar *self)
{
  g_return_val_if_fail (RT_IS_CAPTURE_BAR (self), NULL);

  return gtk_label_get_label (self->status_label);
}

static void
speaker_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RtCaptureBar *self = RT_CAPTURE_BAR (widget);
  guint number = g_variant_get_uint32 (parameter);

  gtk_popover_popdown (self->match_popover);
  if (number == 0)
    select_speaker (self, 0, TRUE);
  else if (number <= self->people->len)
    select_speaker (self, rt_person_get_id (g_ptr_array_index (self->people, number - 1)), TRUE);
  else
    gtk_widget_error_bell (widget);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rt_capture_bar_set_revealed (RT_CAPTURE_BAR (widget), FALSE);
}

static void
rt_capture_bar_dispose (GObject *object)
{
  RtCaptureBar *self = (RtCaptureBar *)object;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->status_id, g_source_remove);
  if (self->match_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->match_popover));
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_CAPTURE_BAR);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_capture_bar_parent_class)->dispose (object);
}

static void
rt_capture_bar_finalize (GObject *object)
{
  RtCaptureBar *self = (RtCaptureBar *)object;

  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->chips, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);

  G_OBJECT_CLASS (rt_capture_bar_parent_class)->finalize (object);
}

static void
rt_capture_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RtCaptureBar *self = RT_CAPTURE_BAR (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      g_value_set_boolean (value, rt_capture_bar_get_revealed (self));
      break;

    case PROP_SPEAKER_ID:
      g_value_set_int64 (value, self->speaker_id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, rt_capture_bar_get_meeting_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_capture_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RtCaptureBar *self = RT_CAPTURE_BAR (object);

  switch (prop_id)
    {
    case PROP_REVEALED:
      rt_capture_bar_set_revealed (self, g_value_get_boolean (value));
      break;

    case PROP_SPEAKER_ID:
      rt_capture_bar_set_speaker_id (self, g_value_get_int64 (value));
      break;

    case PROP_MEETING_ID:
      rt_capture_bar_set_meeting_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_capture_bar_class_init (RtCaptureBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_capture_bar_dispose;
  object_class->finalize = rt_capture_bar_finalize;
  object_class->get_property = rt_capture_bar_get_property;
  object_class->set_property = rt_capture_bar_set_property;

  properties[PROP_REVEALED] =
    g_param_spec_boolean ("revealed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPEAKER_ID] =
    g_param_spec_int64 ("speaker-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RtCaptureBar::captured:
   * @card_id: the new card
   *
   * A statement was stored as a card in the inbox.
   */
  signals[CAPTURED] =
    g_signal_new ("captured",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-capture-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, speaker_entry);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, text_entry);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, speakers_box);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, match_popover);
  gtk_widget_class_bind_template_child (widget_class, RtCaptureBar, match_list);
  gtk_widget_class_bind_template_callback (widget_class, capture);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked);
  gtk_widget_class_bind_template_callback (widget_class, meeting_changed);
  gtk_widget_class_bind_template_callback (widget_class, speaker_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, speaker_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, speaker_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, speaker_focus_left);
  gtk_widget_class_bind_template_callback (widget_class, match_row_activated);

  gtk_widget_class_install_action (widget_class, "capture.speaker", "u", speaker_action);
  gtk_widget_class_install_action (widget_class, "capture.close", NULL, close_action);
  for (guint i = 0; i <= N_NUMBERED_SPEAKERS; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                           "capture.speaker", "u", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, GDK_ALT_MASK,
                                           "capture.speaker", "u", i);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "capture.close", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "capturebar");
}

static void
rt_capture_bar_init (RtCaptureBar *self)
{
  self->meeting_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->people = g_ptr_array_new_with_free_func (g_object_unref);
  self->chips = g_ptr_array_new ();
  self->matches = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_parent (GTK_WIDGET (self->match_popover), GTK_WIDGET (self->speaker_entry));
  rebuild_meetings (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->revealer), FALSE);
}
