/* rt-window.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-capture-bar.h"
#include "rt-committee.h"
#include "rt-import-dialog.h"
#include "rt-presentation-console.h"
#include "rt-search-bar.h"
#include "rt-speaker-panel.h"
#include "rt-sheet-import-dialog.h"

G_BEGIN_DECLS

#define RT_TYPE_WINDOW (rt_window_get_type ())

G_DECLARE_FINAL_TYPE (RtWindow, rt_window, RT, WINDOW, AdwApplicationWindow)

RtWindow    *rt_window_new           (GtkApplication *application);
RtCommittee *rt_window_get_committee (RtWindow       *self);
GtkWidget   *rt_window_get_board     (RtWindow       *self);
GtkWidget   *rt_window_get_points_view   (RtWindow  *self);
GtkWidget   *rt_window_get_responses_view (RtWindow  *self);
GtkWidget   *rt_window_get_cycle_view    (RtWindow  *self);
void         rt_window_show_view     (RtWindow       *self,
                                      const char     *name);
GtkWindow   *rt_window_edit_card     (RtWindow       *self,
                                      RtCard         *card);
void         rt_window_set_committee (RtWindow       *self,
                                      RtCommittee    *committee);
gboolean     rt_window_open_path     (RtWindow       *self,
                                      const char     *path,
                                      GError        **error);
gboolean     rt_window_shows_path    (RtWindow       *self,
                                      const char     *path);
RtImportDialog *rt_window_import_minutes (RtWindow   *self);
RtSheetImportDialog *rt_window_import_table (RtWindow *self,
                                             GFile    *file);
RtPresentationConsole *rt_window_get_presentation_console (RtWindow *self);

/* rt-window-meetings.c */
GtkWindow   *rt_window_show_meetings (RtWindow       *self,
                                      gint64          meeting_id);
GtkWindow   *rt_window_show_people   (RtWindow       *self);

/* Made on first use: %NULL before unless @create. */
RtSearchBar    *rt_window_get_search_bar    (RtWindow *self,
                                             gboolean  create);
RtCaptureBar   *rt_window_get_capture_bar   (RtWindow *self,
                                             gboolean  create);
RtSpeakerPanel *rt_window_get_speaker_panel (RtWindow *self,
                                             gboolean  create);

/* rt-window-files.c */
void         rt_window_open_committee_file (RtWindow    *self,
                                            const char  *path);
void         rt_window_open_file     (RtWindow       *self,
                                      GFile          *file);
RtWindow    *rt_window_create_committee (RtWindow    *self,
                                         const char  *path,
                                         const char  *name,
                                         gboolean     from_sample,
                                         GError     **error);

G_END_DECLS
