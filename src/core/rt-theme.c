/* rt-theme.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-theme.h"

/* A theme (テーマ): a column of cards under a handout label.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtTheme
{
  GObject parent_instance;

  gint64 id;
  gint64 label_id;
  char *name;
  char *color;
  int position;
  int n_cards;
};

G_DEFINE_FINAL_TYPE (RtTheme, rt_theme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL_ID,
  PROP_NAME,
  PROP_COLOR,
  PROP_POSITION,
  PROP_N_CARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_theme_finalize (GObject *object)
{
  RtTheme *self = (RtTheme *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (rt_theme_parent_class)->finalize (object);
}

static void
rt_theme_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RtTheme *self = RT_THEME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_LABEL_ID:
      g_value_set_int64 (value, self->label_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_N_CARDS:
      g_value_set_int (value, self->n_cards);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_theme_class_init (RtThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_theme_finalize;
  object_class->get_property = rt_theme_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL_ID] =
    g_param_spec_int64 ("label-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_CARDS] =
    g_param_spec_int ("n-cards", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_theme_init (RtTheme *self)
{
  self->name = g_strdup ("");
  self->color = g_strdup ("");
}

gint64
rt_theme_get_id (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), 0);

  return self->id;
}

gint64
rt_theme_get_label_id (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), 0);

  return self->label_id;
}

const char *
rt_theme_get_name (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), NULL);

  return self->name;
}

const char *
rt_theme_get_color (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), NULL);

  return self->color;
}

int
rt_theme_get_position (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), 0);

  return self->position;
}

int
rt_theme_get_n_cards (RtTheme *self)
{
  g_return_val_if_fail (RT_IS_THEME (self), 0);

  return self->n_cards;
}

/* Reads the columns of RT_THEME_COLUMNS, in order, and notifies what changed. */
gboolean
_rt_theme_load (RtTheme      *self,
                RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->label_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "label_id")), properties[PROP_LABEL_ID]);
  changed |= rt_model_set_string (self, &self->name, rt_stmt_get_text (stmt, RT_COL (stmt, "name")), properties[PROP_NAME]);
  changed |= rt_model_set_string (self, &self->color, rt_stmt_get_text (stmt, RT_COL (stmt, "color")), properties[PROP_COLOR]);
  changed |= rt_model_set_int (self, &self->position, rt_stmt_get_int (stmt, RT_COL (stmt, "position")), properties[PROP_POSITION]);
  changed |= rt_model_set_int (self, &self->n_cards, rt_stmt_get_int (stmt, RT_COL (stmt, "n_cards")), properties[PROP_N_CARDS]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
