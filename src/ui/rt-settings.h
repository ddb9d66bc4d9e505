/* rt-settings.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-date.h"

G_BEGIN_DECLS

GSettings   *rt_settings_get            (void);
RtDateStyle  rt_settings_get_date_style (void);

G_END_DECLS
