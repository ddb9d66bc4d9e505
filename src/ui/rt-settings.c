/* rt-settings.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-settings"

#include "config.h"

#include "rt-settings.h"

/**
 * rt_settings_get:
 *
 * The settings of Ronten (io.github.ronten.Ronten), always there: the
 * installed schema, or for a build that runs uninstalled the one compiled in
 * its build directory. Views never check for %NULL.
 *
 * Returns: (transfer none): the settings
 */
GSettings *
rt_settings_get (void)
{
  static GSettings *settings;

  if (g_once_init_enter (&settings))
    {
      GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchemaSource) built = NULL;
      g_autoptr(GSettingsSchema) schema = NULL;
      g_autoptr(GError) error = NULL;

      if (installed != NULL)
        schema = g_settings_schema_source_lookup (installed, APPLICATION_ID, TRUE);

      if (schema == NULL &&
          (built = g_settings_schema_source_new_from_directory (BUILD_SCHEMA_DIR, installed, FALSE, &error)))
        schema = g_settings_schema_source_lookup (built, APPLICATION_ID, FALSE);

      if (schema == NULL)
        g_error ("The settings schema %s is neither installed nor in %s: %s",
                 APPLICATION_ID, BUILD_SCHEMA_DIR, error ? error->message : "not found");

      g_once_init_leave (&settings, g_settings_new_full (schema, NULL, NULL));
    }

  return settings;
}

/**
 * rt_settings_get_date_style:
 *
 * Returns: how dates are written, on screen as in the handouts: the
 *   Japanese era (令和8年2月20日) or western years (2026年2月20日)
 */
RtDateStyle
rt_settings_get_date_style (void)
{
  g_autofree char *style = g_settings_get_string (rt_settings_get (), "date-style");

  return rt_date_style_from_string (style);
}
