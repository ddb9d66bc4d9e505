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

G_END_DECLS
