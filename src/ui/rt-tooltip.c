/* rt-tooltip.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-tooltip"

#include "config.h"

#include "rt-tooltip.h"

/* Tooltips that do not break Japanese inside words.
 *
 * GTK 4.8 caps the width of a tooltip's label at as many "characters" as
 * its text has, counted in the width of an average Latin character; a
 * Japanese character is about twice as wide, so a Japanese tooltip wraps at
 * half its length, anywhere: 「メイン/メ/ニュー」. Rather than touch every
 * widget, hooks on GtkWidget::map and ::query-tooltip give each widget with
 * a tooltip text a handler of its own, which runs before GTK's default one
 * and shows the text in a label sized by its display width (a wide
 * character counts twice) and wrapped between words or, in Japanese,
 * between characters only where a line must break. */

#define MAX_COLUMNS 60

static GQuark handled_quark;

/* The width of @text in columns of an average Latin character. */
static int
display_columns (const char *text)
{
  int columns = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        continue;
      columns += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2 : 1;
    }

  return columns;
}

static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard_mode,
               GtkTooltip *tooltip,
               gpointer    data)
{
  const char *markup = gtk_widget_get_tooltip_markup (widget);
  GtkWidget *label;
  g_autofree char *text = NULL;
  int columns = 0;

  if (markup == NULL || markup[0] == '\0')
    return FALSE;

  if (!pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL))
    return FALSE;

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  /* The longest line decides the width, up to MAX_COLUMNS. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      columns = MAX (columns, display_columns (lines[i]));
  }
  gtk_label_set_max_width_chars (GTK_LABEL (label), MIN (columns, MAX_COLUMNS));

  gtk_tooltip_set_custom (tooltip, label);

  return TRUE;
}

static void
handle (GtkWidget *widget)
{
  if (!g_object_get_qdata (G_OBJECT (widget), handled_quark))
    {
      g_object_set_qdata (G_OBJECT (widget), handled_quark, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip), NULL);
    }
}

/* A widget with a tooltip gets its handler when it is shown, before any
 * tooltip is asked of it: a handler connected during an emission (from the
 * hook below) only runs from the next one. */
static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_params,
          const GValue          *params,
          gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&params[0]);

  if (gtk_widget_get_has_tooltip (widget))
    handle (widget);

  return TRUE;
}

/* A tooltip given to a widget already shown is fixed from its second
 * showing on. */
static gboolean
query_tooltip_hook (GSignalInvocationHint *hint,
                    guint                  n_params,
                    const GValue          *params,
                    gpointer               data)
{
  handle (g_value_get_object (&params[0]));

  return TRUE;
}

/**
 * rt_tooltip_install:
 *
 * Makes every tooltip text of the application wrap as Japanese wraps; call
 * once GTK is initialised (more calls do nothing).
 */
void
rt_tooltip_install (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      /* The signal exists once the class does: at startup, no widget may have been made yet. */
      gpointer klass = g_type_class_ref (GTK_TYPE_WIDGET);
      guint signal_id = g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET);

      g_type_class_unref (klass);
      handled_quark = g_quark_from_static_string ("rt-tooltip-handled");
      g_signal_add_emission_hook (signal_id, 0, query_tooltip_hook, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
