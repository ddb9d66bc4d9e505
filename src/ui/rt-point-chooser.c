/* rt-point-chooser.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-point-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-point-chooser.h"
#include "rt-committee.h"

/* A check button per point of a framework, ticked for the points a card is
 * linked to. Ticking links, unticking unlinks: each is one undo step. The
 * card editor embeds it; it follows the store, so an undo or a link made
 * elsewhere shows at once. */
struct _RtPointChooser
{
  GtkWidget    parent_instance;

  RtCommittee *committee;
  gint64       framework_id;
  gint64       card_id;
  GListModel  *points;
  GtkWidget   *box;
  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (RtPointChooser, rt_point_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_FRAMEWORK_ID,
  PROP_CARD_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
check_point_id (RtPointChooser *self,
                GtkWidget      *check)
{
  g_autoptr(RtPoint) point = NULL;
  guint index = 0;

  for (GtkWidget *w = gtk_widget_get_prev_sibling (check); w; w = gtk_widget_get_prev_sibling (w))
    index++;
  point = self->points ? g_list_model_get_item (self->points, index) : NULL;

  return point ? rt_point_get_id (point) : 0;
}

static void
sync_checks (RtPointChooser *self)
{
  g_autoptr(GArray) linked = NULL;

  if (self->committee == NULL || self->card_id == 0)
    return;

  linked = rt_committee_get_card_point_ids (self->committee, self->card_id, NULL);
  self->syncing = TRUE;
  /* The checks are the points of self->points, in order. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->box); child; child = gtk_widget_get_next_sibling (child))
    {
      gint64 point_id = check_point_id (self, child);
      gboolean active = FALSE;

      for (guint i = 0; linked != NULL && i < linked->len && !active; i++)
        active = g_array_index (linked, gint64, i) == point_id;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), active);
    }
  self->syncing = FALSE;
}

static void
check_toggled (RtPointChooser *self,
               GtkCheckButton *check)
{
  g_autoptr(GError) error = NULL;
  gint64 point_id = check_point_id (self, GTK_WIDGET (check));
  gboolean ok;

  if (self->syncing || self->committee == NULL || self->card_id == 0)
    return;

  if (gtk_check_button_get_active (check))
    ok = rt_committee_link_card_point (self->committee, self->card_id, point_id, &error);
  else
    ok = rt_committee_unlink_card_point (self->committee, self->card_id, point_id, &error);

  if (!ok)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Link to the Point"), error);
      sync_checks (self);
    }
}

static void
update_label (GtkLabel   *label,
              GParamSpec *pspec,
              RtPoint    *point)
{
  /* TRANSLATORS: a discussion point with its title: 論点1 協働制度の見直しと働きかけ */
  g_autofree char *text = g_strdup_printf (_("Point %d  %s"), rt_point_get_number (point), rt_point_get_title (point));

  gtk_label_set_label (label, text);
}

static void
rebuild (RtPointChooser *self)
{
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);

  if (self->points == NULL)
    return;

  n = g_list_model_get_n_items (self->points);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (self->points, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label;

      label = gtk_label_new (NULL);
      update_label (GTK_LABEL (label), NULL, point);
      /* A renamed point keeps its check, and the check its state. */
      g_signal_connect_object (point, "notify::title", G_CALLBACK (update_label), label, G_CONNECT_SWAPPED);
      g_signal_connect_object (point, "notify::number", G_CALLBACK (update_label), label, G_CONNECT_SWAPPED);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (check_toggled), self);
      gtk_box_append (GTK_BOX (self->box), check);
    }

  sync_checks (self);
}

static void
points_changed (RtPointChooser *self)
{
  rebuild (self);
}


static void
reload (RtPointChooser *self)
{
  if (self->points != NULL)
    g_signal_handlers_disconnect_by_func (self->points, points_changed, self);
  g_clear_object (&self->points);

  if (self->committee != NULL && self->framework_id != 0)
    {
      self->points = rt_committee_list_points (self->committee, self->framework_id);
      g_signal_connect_swapped (self->points, "items-changed", G_CALLBACK (points_changed), self);
    }

  rebuild (self);
}

static void
rt_point_chooser_dispose (GObject *object)
{
  RtPointChooser *self = RT_POINT_CHOOSER (object);

  rt_point_chooser_set_committee (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (rt_point_chooser_parent_class)->dispose (object);
}

static void
rt_point_chooser_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RtPointChooser *self = RT_POINT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;
    case PROP_CARD_ID:
      g_value_set_int64 (value, self->card_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_point_chooser_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RtPointChooser *self = RT_POINT_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      rt_point_chooser_set_committee (self, g_value_get_object (value));
      break;
    case PROP_FRAMEWORK_ID:
      rt_point_chooser_set_framework_id (self, g_value_get_int64 (value));
      break;
    case PROP_CARD_ID:
      rt_point_chooser_set_card_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_point_chooser_class_init (RtPointChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_point_chooser_dispose;
  object_class->get_property = rt_point_chooser_get_property;
  object_class->set_property = rt_point_chooser_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL, RT_TYPE_COMMITTEE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARD_ID] =
    g_param_spec_int64 ("card-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pointchooser");
}

static void
rt_point_chooser_init (RtPointChooser *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Discussion points of the card"),
                                  -1);
}

/**
 * rt_point_chooser_new:
 * @framework_id: the framework whose points are listed; 0 for the first
 *
 * Returns: a chooser of the points @card_id is linked to
 */
GtkWidget *
rt_point_chooser_new (RtCommittee *committee,
                      gint64       framework_id,
                      gint64       card_id)
{
  RtPointChooser *self = g_object_new (RT_TYPE_POINT_CHOOSER, NULL);

  self->card_id = card_id;
  if (framework_id == 0 && committee != NULL &&
      g_list_model_get_n_items (rt_committee_get_frameworks (committee)) > 0)
    {
      g_autoptr(RtFramework) first = g_list_model_get_item (rt_committee_get_frameworks (committee), 0);

      framework_id = rt_framework_get_id (first);
    }
  self->framework_id = framework_id;
  rt_point_chooser_set_committee (self, committee);

  return GTK_WIDGET (self);
}

RtCommittee *
rt_point_chooser_get_committee (RtPointChooser *self)
{
  g_return_val_if_fail (RT_IS_POINT_CHOOSER (self), NULL);

  return self->committee;
}

void
rt_point_chooser_set_committee (RtPointChooser *self,
                                RtCommittee    *committee)
{
  g_return_if_fail (RT_IS_POINT_CHOOSER (self));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_data (self->committee, self);
  g_set_object (&self->committee, committee);
  if (committee != NULL)
    {
      /* The ticks come from the links. */
      g_signal_connect_swapped (committee, "links-changed", G_CALLBACK (sync_checks), self);
    }
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
}

gint64
rt_point_chooser_get_framework_id (RtPointChooser *self)
{
  g_return_val_if_fail (RT_IS_POINT_CHOOSER (self), 0);

  return self->framework_id;
}

void
rt_point_chooser_set_framework_id (RtPointChooser *self,
                                   gint64          framework_id)
{
  g_return_if_fail (RT_IS_POINT_CHOOSER (self));

  if (self->framework_id == framework_id)
    return;

  self->framework_id = framework_id;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK_ID]);
}

gint64
rt_point_chooser_get_card_id (RtPointChooser *self)
{
  g_return_val_if_fail (RT_IS_POINT_CHOOSER (self), 0);

  return self->card_id;
}

void
rt_point_chooser_set_card_id (RtPointChooser *self,
                              gint64          card_id)
{
  g_return_if_fail (RT_IS_POINT_CHOOSER (self));

  if (self->card_id == card_id)
    return;

  self->card_id = card_id;
  sync_checks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD_ID]);
}
