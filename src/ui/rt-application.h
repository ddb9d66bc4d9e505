/* rt-application.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RT_TYPE_APPLICATION (rt_application_get_type ())

G_DECLARE_FINAL_TYPE (RtApplication, rt_application, RT, APPLICATION, AdwApplication)

RtApplication *rt_application_new                 (void);
void           rt_application_note_recent         (RtApplication *self,
                                                   const char    *path);
char          *rt_application_get_sample_path     (void);

G_END_DECLS
