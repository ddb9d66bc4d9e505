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
 * The frame that stops the clock on Ronten's window must show the board: every
 * column, each with its first cards mapped. If it does not, the clock runs on
 * to the first frame that does, and the number of frames is reported.
 *
 * Besides wall-clock time, the processor time spent (by every thread of the
 * process) is reported, which varies less on a busy machine.
 *
 * Run under a display:
 *   xvfb-run -a -s "-screen 0 1920x1080x24" ./bench-startup [RUNS]
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

#include "rt-board.h"
#include "rt-card-widget.h"
#include "rt-theme-column.h"
#include "rt-window.h"
#include "rt-committee.h"

static int runs = 15;
static char *sample_path;
static const char *once;

typedef struct
{
  double wall;
  double cpu;
  guint  frames;
  guint  cards;
  gint64 painted_at;
  double cpu_at_paint;
} Timing;

/* Processor time of the whole process, in milliseconds. */
static double
cpu_now (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static void
count_cards (GtkWidget *widget,
             guint     *mapped)
{
  if (RT_IS_CARD_WIDGET (widget))
    {
      if (gtk_widget_get_mapped (widget) &&
          gtk_widget_get_height (widget) > 0 &&
          rt_card_widget_get_card (RT_CARD_WIDGET (widget)) != NULL)
        (*mapped)++;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_cards (child, mapped);
}

static void
check_columns (GtkWidget *widget,
               guint     *n_columns,
               guint     *n_ready,
               guint     *n_cards)
{
  if (RT_IS_THEME_COLUMN (widget))
    {
      guint mapped = 0;

      count_cards (widget, &mapped);
      (*n_columns)++;
      *n_cards += mapped;
      if (gtk_widget_get_mapped (widget) &&
          (mapped > 0 || g_list_model_get_n_items (rt_theme_column_get_cards (RT_THEME_COLUMN (widget))) == 0))
        (*n_ready)++;
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_columns (child, n_columns, n_ready, n_cards);
}

/* Whether the board shows every column of the committee (the inbox and one
 * per theme), each with cards on it unless it has none. */
static gboolean
board_ready (RtWindow *window,
             guint    *n_cards)
{
  RtCommittee *committee = rt_window_get_committee (window);
  guint expected = g_list_model_get_n_items (rt_committee_get_themes (committee)) + 1;
  guint n_columns = 0, n_ready = 0;

  *n_cards = 0;
  check_columns (rt_window_get_board (window), &n_columns, &n_ready, n_cards);

  return n_columns == expected && n_ready == expected;
}

typedef struct
{
  GtkWidget *window;
  gboolean   done;
  guint      frames;
  guint      n_cards;
} FrameWait;

static void
on_after_paint (GdkFrameClock *clock,
                FrameWait     *wait)
{
  wait->frames++;
  wait->done = !RT_IS_WINDOW (wait->window) ||
               board_ready (RT_WINDOW (wait->window), &wait->n_cards);
}

static void
wait_first_frame (GtkWidget *window,
                  Timing    *timing)
{
  FrameWait wait = { window, FALSE, 0, 0 };
  GdkFrameClock *clock;
  gulong id;

  gtk_widget_realize (window);
  clock = gtk_widget_get_frame_clock (window);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &wait);
  gtk_window_present (GTK_WINDOW (window));

  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);

  timing->painted_at = g_get_monotonic_time ();
  timing->cpu_at_paint = cpu_now ();
  timing->frames = wait.frames;
  timing->cards = wait.n_cards;
  g_signal_handler_disconnect (clock, id);

  if (RT_IS_WINDOW (window) && wait.n_cards == 0)
    g_error ("no card is shown");
}

static void
time_empty (GtkApplication *app,
            Timing         *timing)
{
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_now ();
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  wait_first_frame (window, timing);
  timing->wall = (timing->painted_at - start) / 1000.0;
  timing->cpu = timing->cpu_at_paint - cpu;
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
time_ronten (GtkApplication *app,
             Timing         *timing)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu = cpu_now ();
  RtWindow *window = rt_window_new (app);
  RtCommittee *committee;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (!rt_window_open_path (window, sample_path, &error))
    g_error ("%s", error->message);
  wait_first_frame (GTK_WIDGET (window), timing);
  timing->wall = (timing->painted_at - start) / 1000.0;
  timing->cpu = timing->cpu_at_paint - cpu;

  /* The committee file stays locked while it is open: the next run can only
   * open it once this window has let it go. */
  committee = rt_window_get_committee (window);
  g_object_add_weak_pointer (G_OBJECT (committee), (gpointer *)&committee);
  gtk_window_destroy (GTK_WINDOW (window));
  for (guint i = 0; committee != NULL && i < 1000; i++)
    g_main_context_iteration (NULL, FALSE);
  if (committee != NULL)
    g_error ("the committee outlives its window");
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *timings,
        gsize   offset)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < timings->len; i++)
    {
      double value = G_STRUCT_MEMBER (double, &g_array_index (timings, Timing, i), offset);

      g_array_append_val (values, value);
    }

  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static guint
max_frames (GArray *timings)
{
  guint frames = 0;

  for (guint i = 0; i < timings->len; i++)
    frames = MAX (frames, g_array_index (timings, Timing, i).frames);

  return frames;
}

static guint
min_cards (GArray *timings)
{
  guint cards = G_MAXUINT;

  for (guint i = 0; i < timings->len; i++)
    cards = MIN (cards, g_array_index (timings, Timing, i).cards);

  return cards;
}

static void
print_figures (const char *title,
               GArray     *empty,
               GArray     *ronten,
               const char *target)
{
  double e = median (empty, G_STRUCT_OFFSET (Timing, wall));
  double r = median (ronten, G_STRUCT_OFFSET (Timing, wall));
  double ce = median (empty, G_STRUCT_OFFSET (Timing, cpu));
  double cr = median (ronten, G_STRUCT_OFFSET (Timing, cpu));

  g_print ("%s (%d runs):\n", title, runs);
  g_print ("  empty GtkApplicationWindow: median %.1f ms\n", e);
  g_print ("  Ronten on the sample committee: median %.1f ms (board shown after %u frame(s) at most, with %u cards or more)\n",
           r, max_frames (ronten), min_cards (ronten));
  g_print ("  ratio: %.2f%s\n", r / e, target);
  g_print ("  processor time: empty %.1f ms, Ronten %.1f ms, ratio %.2f\n", ce, cr, cr / ce);
}

/* A child process of the cold measurement: one window, then it tells when
 * its first frame was painted, on the system-wide monotonic clock, and how
 * much processor time it took to get there. */
static void
activate_once (GtkApplication *app)
{
  Timing timing;

  if (g_str_equal (once, "empty"))
    time_empty (app, &timing);
  else
    time_ronten (app, &timing);

  g_print ("%" G_GINT64_FORMAT " %.3f %u %u\n", timing.painted_at, timing.cpu_at_paint, timing.frames, timing.cards);
}

static Timing
time_process (const char *self,
              const char *mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const char *argv[] = { self, "--once", mode, sample_path, NULL };
  gint64 start = g_get_monotonic_time ();
  gint64 painted;
  Timing timing;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &output, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);

  if (sscanf (output, "%" G_GINT64_FORMAT " %lf %u %u", &painted, &timing.cpu, &timing.frames, &timing.cards) != 4)
    g_error ("unexpected output from the child: %s", output);
  timing.wall = (painted - start) / 1000.0;

  return timing;
}

static char *self_path;

static void
measure_cold (void)
{
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (Timing));
  g_autoptr(GArray) ronten = g_array_new (FALSE, FALSE, sizeof (Timing));
  Timing e, r;

  time_process (self_path, "empty");
  time_process (self_path, "ronten");

  for (int i = 0; i < runs; i++)
    {
      e = time_process (self_path, "empty");
      r = time_process (self_path, "ronten");
      g_array_append_val (empty, e);
      g_array_append_val (ronten, r);
    }

  print_figures ("cold, process start to first frame", empty, ronten, " (target ≤ 1.50)");
}

static void
activate (GtkApplication *app)
{
  g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (Timing));
  g_autoptr(GArray) ronten = g_array_new (FALSE, FALSE, sizeof (Timing));
  Timing e, r;

  g_application_hold (G_APPLICATION (app));

  /* One of each first, so fonts, icons and CSS are loaded before timing. */
  time_empty (app, &e);
  time_ronten (app, &r);

  for (int i = 0; i < runs; i++)
    {
      time_empty (app, &e);
      time_ronten (app, &r);
      g_array_append_val (empty, e);
      g_array_append_val (ronten, r);
    }

  print_figures ("warm, window creation to first frame in one process", empty, ronten, "");

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

  /* The window remembers its last view and size in the user's settings:
   * a benchmark starts from the defaults, whatever was run before. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

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
