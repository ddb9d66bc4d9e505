/* rt-cli-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rt-committee.h"

G_BEGIN_DECLS

/* Verbs that live in files of their own: each takes the verb's arguments,
 * argv[0] being the verb, and returns the exit status. */
int rt_cli_verb_export_pdf (int    argc,
                            char **argv);
int rt_cli_verb_export_docx (int    argc,
                             char **argv);
int rt_cli_verb_export_xlsx (int    argc,
                             char **argv);
int rt_cli_verb_export_csv  (int    argc,
                             char **argv);
int rt_cli_verb_import_table (int    argc,
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
int rt_cli_verb_draft_summary  (int    argc,
                                char **argv);
int rt_cli_verb_draft_outline  (int    argc,
                                char **argv);
int rt_cli_verb_parse_minutes  (int    argc,
                                char **argv);
int rt_cli_verb_import_minutes (int    argc,
                                char **argv);

/* Shared by the verbs: the value of "--name=value", or NULL when @arg is
 * not that option. */
const char *rt_cli_option_value (const char *arg,
                                 const char *name);
/* Print @error and return 1 (failure). */
int    rt_cli_fail         (GError      *error);
/* Print how @verb is used and return 2 (bad arguments). */
int    rt_cli_usage_error  (const char  *verb,
                            const char  *args);
/* --speakers=real|pseudonym|generic|hidden: TRUE and @display set when
 * @arg is that option with a valid value; @bad set when its value is not. */
gboolean rt_cli_speakers_option (const char        *arg,
                                 RtSpeakerDisplay  *display,
                                 gboolean          *bad);
/* Before an output that shows pseudonyms is written from @committee (at
 * @path, opened read-only): the letters not kept yet are kept in the file,
 * when it can be written, so that later members get new ones and move
 * nobody; @committee is then read again, read-only. */
gboolean rt_cli_keep_pseudonyms (RtCommittee **committee,
                                 const char   *path,
                                 GError      **error);
/* The id of the meeting numbered @number in @committee, or 0 if none. */
gint64 rt_cli_find_meeting (RtCommittee *committee,
                            gint64       number);

G_END_DECLS
