/* rt-correction-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-correction-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-correction-row.h"

/* A correction a member sent against the 議事要旨: what, who and when, a
 * check for "made in the text" and a delete button. Both buttons activate
 * the summary view's actions with the correction's id as target; the row
 * follows its RtCorrection, so an undo shows at once. */
struct _RtCorrectionRow
{
  AdwActionRow    parent_instance;

  RtCorrection   *correction;

  GtkCheckButton *done_check;
  GtkButton      *remove_button;
};

G_DEFINE_FINAL_TYPE (RtCorrectionRow, rt_correction_row, ADW_TYPE_ACTION_ROW)

static void
update (RtCorrectionRow *self)
{
  RtCorrection *c = self->correction;
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (rt_correction_get_created (c), NULL);
  g_autofree char *date = when ? g_date_time_format (when, "%Y-%m-%d") : g_strdup ("");
  g_autofree char *title = g_markup_escape_text (rt_correction_get_text (c), -1);
  const char *person = rt_correction_get_person (c);
  g_autofree char *subtitle = g_markup_printf_escaped ("%s · %s", person[0] ? person : _("Someone"), date);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_check_button_set_active (self->done_check, rt_correction_get_done (c));
}

static void
rt_correction_row_dispose (GObject *object)
{
  RtCorrectionRow *self = (RtCorrectionRow *)object;

  if (self->correction != NULL)
    g_signal_handlers_disconnect_by_data (self->correction, self);
  g_clear_object (&self->correction);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_CORRECTION_ROW);

  G_OBJECT_CLASS (rt_correction_row_parent_class)->dispose (object);
}

static void
rt_correction_row_class_init (RtCorrectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_correction_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-correction-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtCorrectionRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, RtCorrectionRow, remove_button);
}

static void
rt_correction_row_init (RtCorrectionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rt_correction_row_new (RtCorrection *correction)
{
  RtCorrectionRow *self;
  GVariant *target;

  g_return_val_if_fail (RT_IS_CORRECTION (correction), NULL);

  self = g_object_new (RT_TYPE_CORRECTION_ROW, NULL);
  self->correction = g_object_ref (correction);
  target = g_variant_new_int64 (rt_correction_get_id (correction));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->done_check), target);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), target);
  g_signal_connect_swapped (correction, "notify", G_CALLBACK (update), self);
  update (self);

  return GTK_WIDGET (self);
}

RtCorrection *
rt_correction_row_get_correction (RtCorrectionRow *self)
{
  g_return_val_if_fail (RT_IS_CORRECTION_ROW (self), NULL);

  return self->correction;
}
