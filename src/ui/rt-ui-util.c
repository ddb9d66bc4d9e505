/* rt-ui-util.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-ui-util"

#include "config.h"

#include <glib/gi18n.h>

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
