/* rt-ui-util.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"

G_BEGIN_DECLS

void      rt_entry_row_set_text   (AdwEntryRow *row,
                                   const char  *text);
void      rt_entry_row_watch      (AdwEntryRow *row,
                                   GCallback    save,
                                   gpointer     data);

/* How the rows of a list are put in another order: the row's id, and the
 * committee's move of a row with that id to an index of the list. */
typedef struct
{
  gint64      (*get_id) (GtkListBoxRow  *row);
  gboolean    (*move)   (GtkListBoxRow  *row,
                         gint64          id,
                         int             index,
                         GError        **error);
  const char   *error_title;   /* N_(): shown when the move fails */
} RtRowReorder;

void      rt_list_row_make_reorderable (GtkListBoxRow      *row,
                                        GtkWidget          *handle,
                                        const RtRowReorder *how);
gboolean  rt_list_row_move_to           (GtkListBoxRow      *row,
                                         const RtRowReorder *how,
                                         gint64              id,
                                         int                 index);

G_END_DECLS
