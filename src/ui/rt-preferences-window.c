/* rt-preferences-window.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-preferences-window.h"

/* Preferences, each row bound to its GSettings key, so a change applies at
 * once and there is nothing to confirm. */
struct _RtPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *style_row;
  AdwComboRow          *date_style_row;
  AdwComboRow          *monitor_row;
  GtkSpinButton        *scale_spin;
  GtkSwitch            *hide_speakers_switch;
  AdwComboRow          *paper_row;
  GtkSwitch            *landscape_switch;
  GtkSpinButton        *margin_spin;
  GtkStringList        *monitors;
};

G_DEFINE_FINAL_TYPE (RtPreferencesWindow, rt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The values of string keys with choices, in the order of their combo rows. */
static const char * const style_values[] = { "system", "light", "dark", "high-contrast", NULL };
static const char * const date_style_values[] = { "era", "western", NULL };
static const char * const paper_values[] = { "A4", "A3", NULL };

static gboolean
choice_to_index (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char * const *values = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; values[i]; i++)
    if (g_str_equal (values[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
index_to_choice (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  const char * const *values = user_data;
  guint index = g_value_get_uint (value);

  if (index >= g_strv_length ((char **)values))
    return NULL;

  return g_variant_new_string (values[index]);
}

static void
bind_choice (GSettings          *settings,
             const char         *key,
             AdwComboRow        *row,
             const char * const *values)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                choice_to_index, index_to_choice, (gpointer)values, NULL);
}

/* Monitor rows: "Automatic", then each connected monitor by its connector. */
static gboolean
monitor_to_index (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  GtkStringList *monitors = user_data;
  const char *connector = g_variant_get_string (variant, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (monitors));

  g_value_set_uint (value, 0);
  for (guint i = 1; i < n; i++)
    if (g_str_equal (gtk_string_list_get_string (monitors, i), connector))
      g_value_set_uint (value, i);

  return TRUE;
}

static GVariant *
index_to_monitor (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  GtkStringList *monitors = user_data;
  guint index = g_value_get_uint (value);

  if (index == 0 || index >= g_list_model_get_n_items (G_LIST_MODEL (monitors)))
    return g_variant_new_string ("");

  return g_variant_new_string (gtk_string_list_get_string (monitors, index));
}

static void
fill_monitors (RtPreferencesWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());

  gtk_string_list_append (self->monitors, _("Automatic"));
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *connector = gdk_monitor_get_connector (monitor);

      if (connector != NULL)
        gtk_string_list_append (self->monitors, connector);
    }
}

static void
rt_preferences_window_dispose (GObject *object)
{
  RtPreferencesWindow *self = (RtPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rt_preferences_window_parent_class)->dispose (object);
}

static void
rt_preferences_window_class_init (RtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, date_style_row);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, monitor_row);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, hide_speakers_switch);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, paper_row);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, landscape_switch);
  gtk_widget_class_bind_template_child (widget_class, RtPreferencesWindow, margin_spin);
}

static void
rt_preferences_window_init (RtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->monitors = gtk_string_list_new (NULL);
  fill_monitors (self);
  adw_combo_row_set_model (self->monitor_row, G_LIST_MODEL (self->monitors));
  /* The row keeps the model alive; the mappings below borrow it. */
  g_object_unref (self->monitors);
}

GtkWidget *
rt_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  RtPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->settings = g_object_ref (settings);

  bind_choice (settings, "style", self->style_row, style_values);
  bind_choice (settings, "date-style", self->date_style_row, date_style_values);
  bind_choice (settings, "handout-paper", self->paper_row, paper_values);
  g_settings_bind_with_mapping (settings, "projector-monitor", self->monitor_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, monitor_to_index, index_to_monitor,
                                self->monitors, NULL);
  g_settings_bind (settings, "projector-scale", self->scale_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "projector-hide-speakers", self->hide_speakers_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "handout-landscape", self->landscape_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "handout-margin-mm", self->margin_spin, "value", G_SETTINGS_BIND_DEFAULT);

  return GTK_WIDGET (self);
}
