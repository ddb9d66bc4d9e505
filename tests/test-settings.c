/* test-settings.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

/* The settings schema, as compiled into the build directory: every key the
 * application reads exists with a sane default, and choices and ranges hold. */

static const char *keys[] = {
  "window-width", "window-height", "window-maximized", "view", "recent-files", "last-file",
  "projector-monitor", "projector-scale", "projector-hide-speakers", "handout-paper",
  "handout-landscape", "handout-margin-mm", "style", "date-style",
};

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  g_assert_nonnull (source);
  return g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
}

static void
test_settings_keys (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  g_assert_nonnull (schema);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (g_settings_schema_has_key (schema, keys[i]));
}

static void
test_settings_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *paper = g_settings_get_string (settings, "handout-paper");
  g_autofree char *style = g_settings_get_string (settings, "style");
  g_autofree char *date_style = g_settings_get_string (settings, "date-style");
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-files");

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >=, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), >=, 600);
  g_assert_cmpstr (paper, ==, "A4");
  g_assert_cmpstr (style, ==, "system");
  g_assert_cmpstr (date_style, ==, "era");
  g_assert_cmpfloat (g_settings_get_double (settings, "projector-scale"), ==, 1.0);
  g_assert_cmpuint (g_strv_length (recent), ==, 0);
}

static void
test_settings_ranges (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autoptr(GSettingsSchemaKey) paper = g_settings_schema_get_key (schema, "handout-paper");
  g_autoptr(GSettingsSchemaKey) style = g_settings_schema_get_key (schema, "style");
  g_autoptr(GSettingsSchemaKey) scale = g_settings_schema_get_key (schema, "projector-scale");
  g_autoptr(GSettingsSchemaKey) margin = g_settings_schema_get_key (schema, "handout-margin-mm");
  g_autoptr(GVariant) a3 = g_variant_ref_sink (g_variant_new_string ("A3"));
  g_autoptr(GVariant) letter = g_variant_ref_sink (g_variant_new_string ("Letter"));
  g_autoptr(GVariant) contrast = g_variant_ref_sink (g_variant_new_string ("high-contrast"));
  g_autoptr(GVariant) too_big = g_variant_ref_sink (g_variant_new_double (10.0));
  g_autoptr(GVariant) too_small = g_variant_ref_sink (g_variant_new_double (1.0));

  g_assert_true (g_settings_schema_key_range_check (paper, a3));
  g_assert_false (g_settings_schema_key_range_check (paper, letter));
  g_assert_true (g_settings_schema_key_range_check (style, contrast));
  g_assert_false (g_settings_schema_key_range_check (scale, too_big));
  g_assert_false (g_settings_schema_key_range_check (margin, too_small));
}

static void
test_settings_round_trip (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *recent[] = { "/tmp/a.ronten", "/tmp/b.ronten", NULL };
  g_auto(GStrv) read = NULL;

  g_assert_true (g_settings_set_strv (settings, "recent-files", recent));
  read = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstrv (read, recent);
  g_settings_reset (settings, "recent-files");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/settings/keys", test_settings_keys);
  g_test_add_func ("/ronten/settings/defaults", test_settings_defaults);
  g_test_add_func ("/ronten/settings/ranges", test_settings_ranges);
  g_test_add_func ("/ronten/settings/round-trip", test_settings_round_trip);

  return g_test_run ();
}
