/* rt-application.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rt-feedback.h"
#include "rt-application.h"
#include "rt-tooltip.h"
#include "rt-preferences-window.h"
#include "rt-window.h"
#include "rt-committee.h"
#include "rt-settings.h"

#define MAX_RECENT 10

struct _RtApplication
{
  AdwApplication  parent_instance;

  /* libadwaita's and Ronten's high-contrast stylesheets, while forced */
  GtkCssProvider *high_contrast[2];
  gboolean        forced_high_contrast;
};

G_DEFINE_FINAL_TYPE (RtApplication, rt_application, ADW_TYPE_APPLICATION)

void
rt_application_note_recent (RtApplication *self,
                            const char    *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_return_if_fail (RT_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  recent = g_settings_get_strv (rt_settings_get (), "recent-files");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] && n < MAX_RECENT; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (rt_settings_get (), "recent-files", (const char * const *)updated);
  g_settings_set_string (rt_settings_get (), "last-file", path);
}

/**
 * rt_application_get_sample_path:
 *
 * Returns: (transfer full): where the first start puts the sample committee
 */
char *
rt_application_get_sample_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "ronten", "sample.ronten", NULL);
}

/* The committee to open with no file given: the last one, or else the sample,
 * created from the seed documents on the first start. */
static char *
find_start_path (RtApplication  *self,
                 GError        **error)
{
  g_autofree char *sample = rt_application_get_sample_path ();
  g_autofree char *last = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *json = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  gsize length;

  last = g_settings_get_string (rt_settings_get (), "last-file");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&last);

  if (g_file_test (sample, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&sample);

  dir = g_path_get_dirname (sample);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (errsv));
      return NULL;
    }

  if (!(json = rt_sample_committee_json (&length, error)) ||
      !(committee = rt_committee_create_from_json (sample, json, length, error)))
    return NULL;

  return g_steal_pointer (&sample);
}

static void
rt_application_activate (GApplication *application)
{
  RtApplication *self = RT_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  if ((window = gtk_application_get_active_window (GTK_APPLICATION (self))))
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (rt_window_new (GTK_APPLICATION (self)));
  gtk_window_present (window);

  if (!(path = find_start_path (self, &error)) ||
      !rt_window_open_path (RT_WINDOW (window), path, &error))
    rt_feedback_error (GTK_WIDGET (window), _("Could Not Open the Committee"), error);
}

static void
rt_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_file_get_path (files[i]);
      RtWindow *window = NULL;

      /* A committee has one window: its file is locked by the one that has it. */
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); path && l; l = l->next)
        if (RT_IS_WINDOW (l->data) && rt_window_shows_path (l->data, path))
          window = l->data;

      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }

      window = rt_window_new (GTK_APPLICATION (application));

      gtk_window_present (GTK_WINDOW (window));
      if (path == NULL || !rt_window_open_path (window, path, &error))
        rt_feedback_error (GTK_WIDGET (window), _("Could Not Open the Committee"), error);
    }
}

/* libadwaita 1.2 has no API to ask for high contrast, and ignores GTK's
 * theme name. Its own high-contrast stylesheet is loaded over the normal one
 * instead, with Ronten's high-contrast additions, as the desktop's setting
 * would load them. */
static void
set_high_contrast (RtApplication *self,
                   gboolean       high_contrast)
{
  static const char * const sheets[] = {
    "/org/gnome/Adwaita/styles/base-hc.css",
    "/io/github/ronten/Ronten/style-hc.css",
  };
  static const guint priorities[] = {
    GTK_STYLE_PROVIDER_PRIORITY_THEME + 1,
    GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1,
  };
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL || high_contrast == self->forced_high_contrast)
    return;

  self->forced_high_contrast = high_contrast;

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      if (high_contrast)
        {
          if (!g_resources_get_info (sheets[i], G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
            {
              g_debug ("No stylesheet %s", sheets[i]);
              continue;
            }
          self->high_contrast[i] = gtk_css_provider_new ();
          gtk_css_provider_load_from_resource (self->high_contrast[i], sheets[i]);
          gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->high_contrast[i]),
                                                      priorities[i]);
        }
      else if (self->high_contrast[i] != NULL)
        {
          gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (self->high_contrast[i]));
          g_clear_object (&self->high_contrast[i]);
        }
    }
}

static void
apply_style (RtApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *style = NULL;

  style = g_settings_get_string (rt_settings_get (), "style");
  if (g_str_equal (style, "light"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (style, "dark"))
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  set_high_contrast (self, g_str_equal (style, "high-contrast"));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Ronten authors", NULL };
  RtApplication *self = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Ronten"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Ronten authors"),
                        "developers", developers,
                        "comments", _("Turn meeting minutes into opinion cards, sort them into themes, tie them to discussion points, and print the handouts for the next meeting."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RtApplication *self = user_data;
  GtkWidget *preferences;

  preferences = rt_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                           rt_settings_get ());
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing windows one by one lets each save its size; edits are already stored. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
rt_application_startup (GApplication *application)
{
  RtApplication *self = RT_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (rt_application_parent_class)->startup (application);
  rt_tooltip_install ();

  g_signal_connect_object (rt_settings_get (), "changed::style", G_CALLBACK (apply_style), self, G_CONNECT_SWAPPED);
  apply_style (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}

static void
rt_application_dispose (GObject *object)
{
  RtApplication *self = (RtApplication *)object;

  g_clear_object (&self->high_contrast[0]);
  g_clear_object (&self->high_contrast[1]);

  G_OBJECT_CLASS (rt_application_parent_class)->dispose (object);
}

static void
rt_application_class_init (RtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rt_application_dispose;
  app_class->activate = rt_application_activate;
  app_class->open = rt_application_open;
  app_class->startup = rt_application_startup;
}

static void
rt_application_init (RtApplication *self)
{
}

RtApplication *
rt_application_new (void)
{
  return g_object_new (RT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/ronten/Ronten",
                       NULL);
}
