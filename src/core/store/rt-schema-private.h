/* rt-migrations-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* rt_migrations[v] turns a schema of version v into version v + 1. */
extern const char * const rt_migrations[];

G_END_DECLS
