/* test-tooltip-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rt-test-ui.h"
#include "rt-tooltip.h"

/* Tooltips as the user sees them: the pointer rests on a button (moved
 * there through the X server), the tooltip opens, and its text is read
 * back from the label it shows. GTK 4.8 caps a tooltip's width at as many
 * "characters" as its text has, counted in Latin character widths: a
 * Japanese text, twice as wide, broke inside words (「メイン/メ/ニュー」). */

typedef struct
{
  GtkWidget  *window;
  const char *text;    /* the tooltip looked for */
  GtkLabel   *label;
} Shown;

/* The label of the tooltip shown over @window, if any. */
static GtkLabel *
find_tooltip_label (GtkWidget *widget,
                    gboolean   in_tooltip)
{
  in_tooltip |= g_str_equal (gtk_widget_get_css_name (widget), "tooltip");

  if (in_tooltip && GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = find_tooltip_label (child, in_tooltip);

      if (label != NULL)
        return label;
    }

  return NULL;
}

static gboolean
tooltip_shown (gpointer data)
{
  Shown *shown = data;

  shown->label = find_tooltip_label (shown->window, FALSE);
  /* The tooltip of the button hovered before may still be going. */
  if (shown->label != NULL && g_strcmp0 (gtk_label_get_text (shown->label), shown->text) != 0)
    shown->label = NULL;

  return shown->label != NULL;
}

static void
hover (GtkWidget *window,
       GtkWidget *button)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *xid = NULL;
  g_autofree char *x = NULL, *y = NULL;
  graphene_point_t point;
  const char *argv[8];
  int status;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  g_assert_nonnull (xdotool);
  g_assert_true (gtk_widget_compute_point (button, window, &GRAPHENE_POINT_INIT (gtk_widget_get_width (button) / 2.0,
                                                                                 gtk_widget_get_height (button) / 2.0),
                                           &point));
  xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (surface));
  x = g_strdup_printf ("%d", (int)point.x);
  y = g_strdup_printf ("%d", (int)point.y);

  /* Above the windows of tests running beside this one, then away from
   * the button, so that GTK sees the pointer arrive. */
  argv[0] = xdotool; argv[1] = "windowraise"; argv[2] = xid; argv[3] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
  argv[1] = "mousemove"; argv[2] = "--window"; argv[3] = xid;
  argv[4] = "1"; argv[5] = "1"; argv[6] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
  rt_test_iterate_for (100);
  argv[4] = x; argv[5] = y;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, NULL, NULL, &status, NULL));
}

static void
test_tooltip_lines (void)
{
  static const struct { const char *text; int max_lines; } cases[] = {
    { "メインメニュー", 1 },
    { "選択した場面から投影 (F5)", 1 },
    { "投影時に発言者を表示しない", 1 },
    { "元に戻す：3枚のカードを移動 (Ctrl+Z)", 1 },
    { "Present from the Selected Scene (F5)", 1 },
  };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 200);
  GtkWidget *buttons[G_N_ELEMENTS (cases)];

  rt_tooltip_install ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 300);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      buttons[i] = gtk_button_new_from_icon_name ("open-menu-symbolic");
      gtk_widget_set_tooltip_text (buttons[i], cases[i].text);
      gtk_box_append (GTK_BOX (box), buttons[i]);
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  rt_test_iterate_until (rt_test_is_mapped, window);
  rt_test_iterate_for (200);

  /* The first tooltip shown is already right: each button has its handler
   * before it is ever asked for a tooltip. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_true (g_signal_has_handler_pending (buttons[i], g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET),
                                                 0, FALSE));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Shown shown = { window, cases[i].text, NULL };
      PangoLayout *layout;

      /* Other tests may move the shared pointer: hover again until it
       * shows, and look for the label again once it has settled (a tooltip
       * hidden meanwhile takes its label with it). */
      for (guint attempt = 0; attempt < 5 && shown.label == NULL; attempt++)
        {
          gint64 end;

          hover (window, buttons[i]);
          for (end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC; g_get_monotonic_time () < end && !tooltip_shown (&shown); )
            {
              g_main_context_iteration (NULL, FALSE);
              g_usleep (1000);
            }
          rt_test_iterate_for (20);
          tooltip_shown (&shown);
        }
      g_assert_nonnull (shown.label);
      g_assert_cmpstr (gtk_label_get_text (shown.label), ==, cases[i].text);
      layout = gtk_label_get_layout (shown.label);
      g_test_message ("%s: %d lines, %d px", cases[i].text, pango_layout_get_line_count (layout),
                      gtk_widget_get_width (GTK_WIDGET (shown.label)));
      g_assert_cmpint (pango_layout_get_line_count (layout), <=, cases[i].max_lines);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }
  adw_init ();

  g_test_add_func ("/ronten/tooltip/lines", test_tooltip_lines);

  return g_test_run ();
}
