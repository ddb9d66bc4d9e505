/* rt-presentation-console.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rt-committee.h"
#include "rt-presentation-window.h"

G_BEGIN_DECLS

#define RT_TYPE_PRESENTATION_CONSOLE (rt_presentation_console_get_type ())

G_DECLARE_FINAL_TYPE (RtPresentationConsole, rt_presentation_console, RT, PRESENTATION_CONSOLE, AdwWindow)

RtPresentationConsole *rt_presentation_console_new              (GtkWindow             *parent,
                                                                 RtCommittee           *committee);
RtPresentationWindow  *rt_presentation_console_get_presentation (RtPresentationConsole *self);
guint                  rt_presentation_console_get_selected     (RtPresentationConsole *self);
void                   rt_presentation_console_select           (RtPresentationConsole *self,
                                                                 guint                  scene);
RtPresentationWindow  *rt_presentation_console_start            (RtPresentationConsole *self);
const char            *rt_presentation_console_get_timer_text   (RtPresentationConsole *self);

G_END_DECLS
