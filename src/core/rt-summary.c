/* rt-summary.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rt-model-private.h"
#include "rt-summary.h"

/* The 議事要旨 of a meeting: a draft 「（案）」 until the secretariat marks it final.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtSummary
{
  GObject parent_instance;

  gint64 id;
  gint64 meeting_id;
  int meeting_number;
  char *text;
  gboolean final;
  char *generated;
  char *modified;
  int n_corrections;
  int n_open_corrections;
};

G_DEFINE_FINAL_TYPE (RtSummary, rt_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_MEETING_NUMBER,
  PROP_TEXT,
  PROP_FINAL,
  PROP_GENERATED,
  PROP_MODIFIED,
  PROP_N_CORRECTIONS,
  PROP_N_OPEN_CORRECTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_summary_finalize (GObject *object)
{
  RtSummary *self = (RtSummary *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->generated, g_free);
  g_clear_pointer (&self->modified, g_free);

  G_OBJECT_CLASS (rt_summary_parent_class)->finalize (object);
}

static void
rt_summary_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RtSummary *self = RT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_MEETING_NUMBER:
      g_value_set_int (value, self->meeting_number);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_FINAL:
      g_value_set_boolean (value, self->final);
      break;

    case PROP_GENERATED:
      g_value_set_string (value, self->generated);
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;

    case PROP_N_CORRECTIONS:
      g_value_set_int (value, self->n_corrections);
      break;

    case PROP_N_OPEN_CORRECTIONS:
      g_value_set_int (value, self->n_open_corrections);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_summary_class_init (RtSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_summary_finalize;
  object_class->get_property = rt_summary_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_NUMBER] =
    g_param_spec_int ("meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FINAL] =
    g_param_spec_boolean ("final", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_GENERATED] =
    g_param_spec_string ("generated", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_CORRECTIONS] =
    g_param_spec_int ("n-corrections", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_OPEN_CORRECTIONS] =
    g_param_spec_int ("n-open-corrections", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_summary_init (RtSummary *self)
{
  self->text = g_strdup ("");
  self->generated = g_strdup ("");
  self->modified = g_strdup ("");
}

/* Reads a row by column name and notifies what changed. */
gboolean
_rt_summary_load (RtSummary *self,
                  RtStmt *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id")), properties[PROP_MEETING_ID]);
  changed |= rt_model_set_int (self, &self->meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "meeting_number")), properties[PROP_MEETING_NUMBER]);
  changed |= rt_model_set_string (self, &self->text, rt_stmt_get_text (stmt, RT_COL (stmt, "text")), properties[PROP_TEXT]);
  changed |= rt_model_set_int (self, &self->final, rt_stmt_get_int (stmt, RT_COL (stmt, "final")) != 0, properties[PROP_FINAL]);
  changed |= rt_model_set_string (self, &self->generated, rt_stmt_get_text (stmt, RT_COL (stmt, "generated")), properties[PROP_GENERATED]);
  changed |= rt_model_set_string (self, &self->modified, rt_stmt_get_text (stmt, RT_COL (stmt, "modified")), properties[PROP_MODIFIED]);
  changed |= rt_model_set_int (self, &self->n_corrections, rt_stmt_get_int (stmt, RT_COL (stmt, "n_corrections")), properties[PROP_N_CORRECTIONS]);
  changed |= rt_model_set_int (self, &self->n_open_corrections, rt_stmt_get_int (stmt, RT_COL (stmt, "n_open_corrections")), properties[PROP_N_OPEN_CORRECTIONS]);
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}

gint64
rt_summary_get_id (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), 0);

  return self->id;
}

gint64
rt_summary_get_meeting_id (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), 0);

  return self->meeting_id;
}

int
rt_summary_get_meeting_number (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), 0);

  return self->meeting_number;
}

const char *
rt_summary_get_text (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), NULL);

  return self->text;
}

gboolean
rt_summary_get_final (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), FALSE);

  return self->final;
}

const char *
rt_summary_get_generated (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), NULL);

  return self->generated;
}

const char *
rt_summary_get_modified (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), NULL);

  return self->modified;
}

int
rt_summary_get_n_corrections (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), 0);

  return self->n_corrections;
}

int
rt_summary_get_n_open_corrections (RtSummary *self)
{
  g_return_val_if_fail (RT_IS_SUMMARY (self), 0);

  return self->n_open_corrections;
}
