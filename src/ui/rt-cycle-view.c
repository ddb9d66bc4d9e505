/* rt-cycle-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-cycle-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-agenda-view.h"
#include "rt-cycle-private.h"
#include "rt-cycle-view.h"
#include "rt-date.h"
#include "rt-followups-view.h"
#include "rt-outline-view.h"
#include "rt-summary-view.h"
#include "rt-settings.h"

/* The page of the secretariat's cycle between two meetings: the 次第 and
 * 配布資料 of a meeting, the 宿題, the 議事要旨 and the 答申 outline, each a
 * page of its own under one switcher. */
struct _RtCycleView
{
  GtkWidget         parent_instance;

  GtkStack         *stack;
  RtAgendaView     *agenda_view;
  RtFollowupsView  *followups_view;
  RtSummaryView    *summary_view;
  RtOutlineView    *outline_view;

  /* The committee, given to the pages once the view is first shown: most
   * sessions never open it, and reading the meetings' documents is most of
   * a window's start otherwise. */
  RtCommittee      *committee;
  gboolean          bound;
};

G_DEFINE_FINAL_TYPE (RtCycleView, rt_cycle_view, GTK_TYPE_WIDGET)

/* Helpers of the pages (rt-cycle-private.h) */

char *
rt_cycle_meeting_label (RtMeeting *meeting)
{
  g_autofree char *date = rt_date_format_weekday (rt_meeting_get_date (meeting), rt_settings_get_date_style ());

  if (date[0] == '\0')
    /* TRANSLATORS: a meeting in a list, by its number: 第3回 */
    return g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));

  /* TRANSLATORS: a meeting in a list: its number and date, 第3回 令和8年2月20日（金） */
  return g_strdup_printf (_("Meeting %d — %s"), rt_meeting_get_number (meeting), date);
}

static char *
meeting_label_closure (RtMeeting  *meeting,
                       int         number,
                       const char *date,
                       gpointer    user_data)
{
  return meeting != NULL ? rt_cycle_meeting_label (meeting) : g_strdup ("");
}

void
rt_cycle_bind_meetings (GtkDropDown *dropdown,
                        RtCommittee *committee)
{
  GListModel *meetings = committee ? rt_committee_get_meetings (committee) : NULL;
  GtkExpression *params[2];
  guint n;

  /* The label follows the number and the date when they are edited. */
  params[0] = gtk_property_expression_new (RT_TYPE_MEETING, NULL, "number");
  params[1] = gtk_property_expression_new (RT_TYPE_MEETING, NULL, "date");
  gtk_drop_down_set_expression (dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 2, params,
                                                             G_CALLBACK (meeting_label_closure), NULL, NULL));
  gtk_drop_down_set_model (dropdown, meetings);

  n = meetings ? g_list_model_get_n_items (meetings) : 0;
  if (n > 0)
    gtk_drop_down_set_selected (dropdown, n - 1);
}

/**
 * rt_cycle_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting chosen in @dropdown
 */
RtMeeting *
rt_cycle_get_meeting (GtkDropDown *dropdown)
{
  gpointer item = gtk_drop_down_get_selected_item (dropdown);

  return RT_IS_MEETING (item) ? item : NULL;
}

void
rt_cycle_select_meeting (GtkDropDown *dropdown,
                         gint64       meeting_id)
{
  GListModel *meetings = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_id (meeting) == meeting_id)
        {
          gtk_drop_down_set_selected (dropdown, i);
          return;
        }
    }
}

void
rt_cycle_open_document (GtkWidget *widget,
                        guint      kinds,
                        int        meeting_number,
                        int        outline_version)
{
  gtk_widget_activate_action (widget, "win.cycle-document", "(uii)", kinds, meeting_number, outline_version);
}

char *
rt_cycle_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
rt_cycle_set_text (GtkTextView *view,
                   const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = rt_cycle_get_text (view);
  GtkTextIter iter;
  int offset;

  if (g_strcmp0 (current, text ? text : "") == 0)
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&iter);
  /* What comes from the committee is not the text view's own undo. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (buffer);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/* The view */

static void
bind_pages (RtCycleView *self)
{
  self->bound = TRUE;
  rt_agenda_view_set_committee (self->agenda_view, self->committee);
  rt_followups_view_set_committee (self->followups_view, self->committee);
  rt_summary_view_set_committee (self->summary_view, self->committee);
  rt_outline_view_set_committee (self->outline_view, self->committee);
}

void
rt_cycle_view_set_committee (RtCycleView *self,
                             RtCommittee *committee)
{
  g_return_if_fail (RT_IS_CYCLE_VIEW (self));

  if (!g_set_object (&self->committee, committee))
    return;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || committee == NULL)
    bind_pages (self);
  else if (self->bound)
    {
      /* The pages let the committee before go at once. */
      RtCommittee *next = g_steal_pointer (&self->committee);

      bind_pages (self);
      self->committee = next;
      self->bound = FALSE;
    }
}

static void
rt_cycle_view_map (GtkWidget *widget)
{
  RtCycleView *self = RT_CYCLE_VIEW (widget);

  if (!self->bound)
    bind_pages (self);
  GTK_WIDGET_CLASS (rt_cycle_view_parent_class)->map (widget);
}

void
rt_cycle_view_show_page (RtCycleView *self,
                         const char  *name)
{
  g_return_if_fail (RT_IS_CYCLE_VIEW (self));

  if (!self->bound)
    bind_pages (self);
  gtk_stack_set_visible_child_name (self->stack, name);
}

/**
 * rt_cycle_view_get_page:
 *
 * Returns: (transfer none) (nullable): the page @name, for tests
 */
GtkWidget *
rt_cycle_view_get_page (RtCycleView *self,
                        const char  *name)
{
  g_return_val_if_fail (RT_IS_CYCLE_VIEW (self), NULL);

  if (!self->bound)
    bind_pages (self);
  return gtk_stack_get_child_by_name (self->stack, name);
}

static void
rt_cycle_view_dispose (GObject *object)
{
  GtkWidget *child;

  g_clear_object (&RT_CYCLE_VIEW (object)->committee);
  gtk_widget_dispose_template (GTK_WIDGET (object), RT_TYPE_CYCLE_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rt_cycle_view_parent_class)->dispose (object);
}

static void
rt_cycle_view_class_init (RtCycleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_cycle_view_dispose;
  widget_class->map = rt_cycle_view_map;

  g_type_ensure (RT_TYPE_AGENDA_VIEW);
  g_type_ensure (RT_TYPE_FOLLOWUPS_VIEW);
  g_type_ensure (RT_TYPE_SUMMARY_VIEW);
  g_type_ensure (RT_TYPE_OUTLINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-cycle-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtCycleView, stack);
  gtk_widget_class_bind_template_child (widget_class, RtCycleView, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, RtCycleView, followups_view);
  gtk_widget_class_bind_template_child (widget_class, RtCycleView, summary_view);
  gtk_widget_class_bind_template_child (widget_class, RtCycleView, outline_view);
}

static void
rt_cycle_view_init (RtCycleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}
