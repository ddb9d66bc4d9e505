/* rt-cli-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Verbs that live in files of their own: each takes the verb's arguments,
 * argv[0] being the verb, and returns the exit status. */
int rt_cli_verb_export_pdf (int    argc,
                            char **argv);
int rt_cli_verb_render_map (int    argc,
                            char **argv);
int rt_cli_verb_suggest_themes (int    argc,
                                char **argv);
int rt_cli_verb_place_cards    (int    argc,
                                char **argv);
int rt_cli_verb_suggest_points (int    argc,
                                char **argv);
int rt_cli_verb_search         (int    argc,
                                char **argv);

G_END_DECLS
