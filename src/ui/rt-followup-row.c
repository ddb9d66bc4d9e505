/* rt-followup-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-followup-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-followup-row.h"

/* A 宿題 in the list: where it stands, what was asked, by whom at which
 * meeting, who answers by when, and the start of the answer. Bound to its
 * RtFollowup by the list's factory (rt-followups-view.ui). */
struct _RtFollowupRow
{
  GtkWidget   parent_instance;

  RtFollowup *followup;

  GtkLabel   *status_label;
  GtkLabel   *question_label;
  GtkLabel   *meta_label;
  GtkLabel   *answer_label;
};

G_DEFINE_FINAL_TYPE (RtFollowupRow, rt_followup_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FOLLOWUP,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (RtFollowupRow *self)
{
  RtFollowup *f = self->followup;
  g_autoptr(GString) meta = g_string_new (NULL);
  static const char * const classes[] = { "followup-open", "followup-in-progress", "followup-answered" };

  if (f == NULL)
    return;

  gtk_label_set_label (self->status_label, rt_followup_status_to_label (rt_followup_get_status (f)));
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), classes[rt_followup_get_status (f)]);
  gtk_label_set_label (self->question_label, rt_followup_get_question (f));

  if (rt_followup_get_card_meeting_number (f) > 0)
    /* TRANSLATORS: where a follow-up was asked: 第1回 */
    g_string_append_printf (meta, _("Meeting %d"), rt_followup_get_card_meeting_number (f));
  if (rt_followup_get_card_speaker (f)[0] != '\0')
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " " : "", rt_followup_get_card_speaker (f));
  if (rt_followup_get_assignee (f)[0] != '\0')
    g_string_append_printf (meta, "%s→ %s", meta->len > 0 ? "  " : "", rt_followup_get_assignee (f));
  if (rt_followup_get_due_meeting_number (f) > 0)
    {
      g_string_append (meta, meta->len > 0 ? "  " : "");
      /* TRANSLATORS: the meeting a follow-up is due for */
      g_string_append_printf (meta, _("due at meeting %d"), rt_followup_get_due_meeting_number (f));
    }
  gtk_label_set_label (self->meta_label, meta->str);

  gtk_label_set_label (self->answer_label, rt_followup_get_answer (f));
  gtk_widget_set_visible (GTK_WIDGET (self->answer_label), rt_followup_get_answer (f)[0] != '\0');
}

RtFollowup *
rt_followup_row_get_followup (RtFollowupRow *self)
{
  g_return_val_if_fail (RT_IS_FOLLOWUP_ROW (self), NULL);

  return self->followup;
}

void
rt_followup_row_set_followup (RtFollowupRow *self,
                              RtFollowup    *followup)
{
  g_return_if_fail (RT_IS_FOLLOWUP_ROW (self));

  if (self->followup == followup)
    return;

  if (self->followup != NULL)
    g_signal_handlers_disconnect_by_data (self->followup, self);
  g_set_object (&self->followup, followup);
  if (followup != NULL)
    g_signal_connect_swapped (followup, "notify", G_CALLBACK (update), self);
  update (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWUP]);
}

static void
rt_followup_row_dispose (GObject *object)
{
  RtFollowupRow *self = (RtFollowupRow *)object;
  GtkWidget *child;

  rt_followup_row_set_followup (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_FOLLOWUP_ROW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rt_followup_row_parent_class)->dispose (object);
}

static void
rt_followup_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtFollowupRow *self = RT_FOLLOWUP_ROW (object);

  switch (prop_id)
    {
    case PROP_FOLLOWUP:
      g_value_set_object (value, self->followup);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_followup_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtFollowupRow *self = RT_FOLLOWUP_ROW (object);

  switch (prop_id)
    {
    case PROP_FOLLOWUP:
      rt_followup_row_set_followup (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_followup_row_class_init (RtFollowupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_followup_row_dispose;
  object_class->get_property = rt_followup_row_get_property;
  object_class->set_property = rt_followup_row_set_property;

  properties[PROP_FOLLOWUP] =
    g_param_spec_object ("followup", NULL, NULL,
                         RT_TYPE_FOLLOWUP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-followup-row.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupRow, question_label);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, RtFollowupRow, answer_label);
}

static void
rt_followup_row_init (RtFollowupRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
