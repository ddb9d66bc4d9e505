/* rt-file-chooser.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*RtFileChosenFunc) (GFile    *file,
                                  gpointer  user_data);
/* @choice: the id of the option chosen in the dialog, or NULL */
typedef void (*RtFileChoiceFunc) (GFile      *file,
                                  const char *choice,
                                  gpointer    user_data);

GFile *rt_file_chooser_get_start_folder (GtkWindow  *parent);

void rt_file_chooser_open_committee (GtkWindow        *parent,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_save_handouts  (GtkWindow        *parent,
                                     const char       *suggested_name,
                                     gboolean          word,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_save_table     (GtkWindow        *parent,
                                     const char       *suggested_name,
                                     gboolean          csv,
                                     RtFileChoiceFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_open_table     (GtkWindow        *parent,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_save_committee (GtkWindow        *parent,
                                     const char       *suggested_name,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_new_committee  (GtkWindow        *parent,
                                     const char       *suggested_name,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_save_map       (GtkWindow        *parent,
                                     const char       *suggested_name,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);
void rt_file_chooser_open_minutes   (GtkWindow        *parent,
                                     RtFileChosenFunc  callback,
                                     gpointer          user_data);

G_END_DECLS
