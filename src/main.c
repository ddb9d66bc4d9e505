/* main.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rt-application.h"
#include "rt-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RtApplication) app = NULL;
  const char *localedir;

  /* RONTEN_LOCALEDIR lets an uninstalled build find its translations. */
  localedir = g_getenv ("RONTEN_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Verbs work on committee files without a display. */
  if (rt_cli_handles (argc, argv))
    return rt_cli_run (argc, argv);

  app = rt_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
