/* bench-startup.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long opening Ronten's main window on the sample committee takes, against
 * an empty GtkApplicationWindow, alternating, in the same run:
 *
 * - cold: a new process each time, from its start to the first painted frame
 *   (what a user waits for after launching);
 * - warm: in one process, from creating the window to its first painted frame.
 *
 * Run under a display:
 *   xvfb-run -a -s "-screen 0 1920x1080x24" ./bench-startup [RUNS]
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rt-json.h"
#include "rt-window.h"

static int runs = 15;
static char *sample_path;
static const char *once;

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_first_frame (GtkWidget *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong id;

  gtk_widget_realize (window);
  clock = gtk_widget_get_frame_clock (window);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_window_present (GTK_WINDOW (window));

  while (!painted)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (clock, id);
}

static double
time_empty (GtkApplication *app)
{
  gint64 start = g_get_monotonic_time ();
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_first_frame (window);
  start = g_get_monotonic_time () - start;
  gtk_window_destroy (GTK_WINDOW (window));

  return start / 1000.0;
}

static double
time_ronten (GtkApplication *app)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  RtWindow *window = rt_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!rt_window_open_path (window, sample_path, &error))
    g_error ("%s", error->message);
  wait_first_frame (GTK_WIDGET (window));
  start = g_get_monotonic_time () - start;
  gtk_window_destroy (GTK_WINDOW (window));

  return start / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

/* A child process of the cold measurement: one window, then exit. */
static void
activate_once (GtkApplication *app)
{
  if (g_str_equal (once, "empty"))
    time_empty (app);
  else
    time_ronten (app);
}

static double
time_process (const char *self,
              const char *mode)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self, "--once", mode, sample_path, NULL };
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static char *self_path;

static void
measure_cold (void)
{
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ronten = g_array_new (FALSE, FALSE, sizeof (double));
  double e, r;

  time_process (self_path, "empty");
  time_process (self_path, "ronten");

  for (int i = 0; i < runs; i++)
    {
      e = time_process (self_path, "empty");
      r = time_process (self_path, "ronten");
      g_array_append_val (empty, e);
      g_array_append_val (ronten, r);
    }

  e = median (empty);
  r = median (ronten);
  g_print ("cold, process start to first frame (%d runs):\n", runs);
  g_print ("  empty GtkApplicationWindow: median %.1f ms\n", e);
  g_print ("  Ronten on the sample committee: median %.1f ms\n", r);
  g_print ("  ratio: %.2f (target ≤ 1.50)\n", r / e);
}

static void
activate (GtkApplication *app)
{
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ronten = g_array_new (FALSE, FALSE, sizeof (double));
  double e, r;

  g_application_hold (G_APPLICATION (app));

  /* One of each first, so fonts, icons and CSS are loaded before timing. */
  time_empty (app);
  time_ronten (app);

  for (int i = 0; i < runs; i++)
    {
      e = time_empty (app);
      r = time_ronten (app);
      g_array_append_val (empty, e);
      g_array_append_val (ronten, r);
    }

  e = median (empty);
  r = median (ronten);
  g_print ("warm, window creation to first frame in one process (%d runs):\n", runs);
  g_print ("  empty GtkApplicationWindow: median %.1f ms\n", e);
  g_print ("  Ronten on the sample committee: median %.1f ms\n", r);
  g_print ("  ratio: %.2f\n", r / e);

  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autofree char *json = NULL;
  g_autofree char *tmpdir = NULL;
  gsize length;
  int status;

  if (argc == 4 && g_str_equal (argv[1], "--once"))
    {
      once = argv[2];
      sample_path = g_strdup (argv[3]);
      app = adw_application_new ("io.github.ronten.Ronten.BenchStartup", G_APPLICATION_NON_UNIQUE);
      g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/ronten/Ronten");
      g_signal_connect (app, "activate", G_CALLBACK (activate_once), NULL);
      return g_application_run (G_APPLICATION (app), 1, argv);
    }

  if (argc > 1)
    runs = MAX (1, atoi (argv[1]));
  self_path = g_canonicalize_filename (argv[0], NULL);

  tmpdir = g_dir_make_tmp ("ronten-bench-XXXXXX", &error);
  g_assert_no_error (error);
  sample_path = g_build_filename (tmpdir, "sample.ronten", NULL);
  json = rt_sample_committee_json (&length, &error);
  g_assert_no_error (error);
  committee = rt_committee_create_from_json (sample_path, json, length, &error);
  g_assert_no_error (error);
  g_clear_object (&committee);

  app = adw_application_new ("io.github.ronten.Ronten.BenchStartup", G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/ronten/Ronten");
  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  status = g_application_run (G_APPLICATION (app), 1, argv);
  measure_cold ();

  g_unlink (sample_path);
  g_rmdir (tmpdir);
  return status;
}
