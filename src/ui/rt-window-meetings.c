/* rt-window-meetings.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-window-meetings"

#include "config.h"

#include "rt-meetings-dialog.h"
#include "rt-people-dialog.h"
#include "rt-window-private.h"

/* The meetings (第n回, their date, place and attendance) and the people of
 * the committee, each in a window of its own, one per main window, from the
 * main menu or the keyboard (Ctrl+Shift+M, Ctrl+Shift+L). */

/**
 * rt_window_show_meetings:
 * @meeting_id: the meeting to show, or 0 for the one shown last
 *
 * Opens the meetings window of the committee shown, or brings it forward.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
rt_window_show_meetings (RtWindow *self,
                         gint64    meeting_id)
{
  GtkWindow *dialog;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (rt_window_get_committee (self) != NULL, NULL);

  if ((dialog = rt_window_find_dialog (self, RT_TYPE_MEETINGS_DIALOG)) == NULL)
    dialog = rt_window_track_dialog (self, GTK_WINDOW (rt_meetings_dialog_new (GTK_WINDOW (self),
                                                                                rt_window_get_committee (self))));
  if (meeting_id > 0)
    rt_meetings_dialog_set_meeting_id (RT_MEETINGS_DIALOG (dialog), meeting_id);
  gtk_window_present (dialog);

  return dialog;
}

/**
 * rt_window_show_people:
 *
 * Opens the people window of the committee shown, or brings it forward.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
rt_window_show_people (RtWindow *self)
{
  GtkWindow *dialog;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (rt_window_get_committee (self) != NULL, NULL);

  if ((dialog = rt_window_find_dialog (self, RT_TYPE_PEOPLE_DIALOG)) == NULL)
    dialog = rt_window_track_dialog (self, GTK_WINDOW (rt_people_dialog_new (GTK_WINDOW (self),
                                                                              rt_window_get_committee (self))));
  gtk_window_present (dialog);

  return dialog;
}

static void
meetings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (rt_window_get_committee (self) != NULL)
    rt_window_show_meetings (self, 0);
}

static void
people_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);

  if (rt_window_get_committee (self) != NULL)
    rt_window_show_people (self);
}

void
rt_window_meetings_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.meetings", NULL, meetings_action);
  gtk_widget_class_install_action (widget_class, "win.people", NULL, people_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.meetings", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.people", NULL);
}
