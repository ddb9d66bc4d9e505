/* rt-ui-util.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-ui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-ui-util.h"

/* Small pieces the editing windows share: entry rows that save when Enter
 * is pressed or the keyboard leaves them. */

/* Sets @text, unless the row shows it already: the cursor stays. */
void
rt_entry_row_set_text (AdwEntryRow *row,
                       const char  *text)
{
  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/**
 * rt_entry_row_watch:
 * @save: called as save (@data) when Enter is pressed in @row (once the
 *   input method has committed) or the keyboard leaves it
 */
void
rt_entry_row_watch (AdwEntryRow *row,
                    GCallback    save,
                    gpointer     data)
{
  GtkEventController *focus;

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (row, "entry-activated", save, data, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", save, data, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

/**
 * rt_list_row_move_to:
 *
 * Moves the row of @id to @index (nothing before the first), through @how;
 * a failure is shown.
 *
 * Returns: whether it moved
 */
gboolean
rt_list_row_move_to (GtkListBoxRow      *row,
                     const RtRowReorder *how,
                     gint64              id,
                     int                 index)
{
  g_autoptr(GError) error = NULL;

  if (index < 0)
    return FALSE;
  if (!how->move (row, id, index, &error))
    {
      rt_feedback_error (GTK_WIDGET (row), _(how->error_title), error);
      return FALSE;
    }

  return TRUE;
}

static GtkListBoxRow *
controller_row (GtkEventController *controller)
{
  return GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (gtk_event_controller_get_widget (controller),
                                                    GTK_TYPE_LIST_BOX_ROW));
}

/* Dragging: the row's id goes, and its picture. */
static GdkContentProvider *
reorder_prepare (GtkDragSource      *source,
                 double              x,
                 double              y,
                 const RtRowReorder *how)
{
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, how->get_id (controller_row (GTK_EVENT_CONTROLLER (source))));
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);

  return provider;
}

static void
reorder_begin (GtkDragSource *source,
               GdkDrag       *drag,
               gpointer       data)
{
  g_autoptr(GdkPaintable) paintable =
    gtk_widget_paintable_new (GTK_WIDGET (controller_row (GTK_EVENT_CONTROLLER (source))));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* Dropped on a row, the dragged one takes its place. */
static gboolean
reorder_drop (GtkDropTarget      *target,
              const GValue       *value,
              double              x,
              double              y,
              const RtRowReorder *how)
{
  GtkListBoxRow *row = controller_row (GTK_EVENT_CONTROLLER (target));
  gint64 id = g_value_get_int64 (value);

  if (id == how->get_id (row))
    return FALSE;

  return rt_list_row_move_to (row, how, id, gtk_list_box_row_get_index (row));
}

/**
 * rt_list_row_make_reorderable:
 * @handle: the part of @row that starts a drag
 * @how: (not nullable): static, lives as long as the program
 *
 * Lets @row be dragged by @handle and dropped on another row of its list.
 */
void
rt_list_row_make_reorderable (GtkListBoxRow      *row,
                              GtkWidget          *handle,
                              const RtRowReorder *how)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (reorder_prepare), (gpointer)how);
  g_signal_connect (source, "drag-begin", G_CALLBACK (reorder_begin), NULL);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (reorder_drop), (gpointer)how);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (target));
}
