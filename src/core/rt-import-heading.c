/* rt-import-heading.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-heading"

#include "config.h"

#include "rt-import-private.h"
#include "rt-model-private.h"

/* A heading of the minutes (協働の理念, センターに必要なこと …) offered as a
 * theme for the statements under it. The user accepts or rejects it, may
 * rename it and picks the handout label (資料1-1 …) it goes under. A heading
 * that names an existing theme brings its cards into that theme instead of
 * making a new one.
 */
struct _RtImportHeading
{
  GObject   parent_instance;

  char     *source_text;
  char     *text;
  gsize     start;
  gsize     end;
  gint64    label_id;
  gint64    theme_id;
  guint     n_statements;
  gboolean  accepted;
};

G_DEFINE_FINAL_TYPE (RtImportHeading, rt_import_heading, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SOURCE_TEXT,
  PROP_TEXT,
  PROP_START,
  PROP_END,
  PROP_ACCEPTED,
  PROP_LABEL_ID,
  PROP_THEME_ID,
  PROP_N_STATEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_import_heading_finalize (GObject *object)
{
  RtImportHeading *self = (RtImportHeading *)object;

  g_clear_pointer (&self->source_text, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (rt_import_heading_parent_class)->finalize (object);
}

static void
rt_import_heading_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RtImportHeading *self = RT_IMPORT_HEADING (object);

  switch (prop_id)
    {
    case PROP_SOURCE_TEXT:
      g_value_set_string (value, self->source_text);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_START:
      g_value_set_uint64 (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint64 (value, self->end);
      break;

    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;

    case PROP_LABEL_ID:
      g_value_set_int64 (value, self->label_id);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_N_STATEMENTS:
      g_value_set_uint (value, self->n_statements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_heading_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RtImportHeading *self = RT_IMPORT_HEADING (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      rt_import_heading_set_text (self, g_value_get_string (value));
      break;

    case PROP_ACCEPTED:
      rt_import_heading_set_accepted (self, g_value_get_boolean (value));
      break;

    case PROP_LABEL_ID:
      rt_import_heading_set_label_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_heading_class_init (RtImportHeadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_import_heading_finalize;
  object_class->get_property = rt_import_heading_get_property;
  object_class->set_property = rt_import_heading_set_property;

  properties[PROP_SOURCE_TEXT] =
    g_param_spec_string ("source-text", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_START] =
    g_param_spec_uint64 ("start", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_END] =
    g_param_spec_uint64 ("end", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL_ID] =
    g_param_spec_int64 ("label-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_STATEMENTS] =
    g_param_spec_uint ("n-statements", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_import_heading_init (RtImportHeading *self)
{
  self->text = g_strdup ("");
}

RtImportHeading *
_rt_import_heading_new (const char *text,
                        gsize       start,
                        gsize       end)
{
  RtImportHeading *self = g_object_new (RT_TYPE_IMPORT_HEADING, NULL);

  self->source_text = g_strdup (text);
  g_free (self->text);
  self->text = g_strdup (text);
  self->start = start;
  self->end = end;

  return self;
}

void
_rt_import_heading_set_theme_id (RtImportHeading *self,
                                 gint64           theme_id)
{
  rt_model_set_int64 (self, &self->theme_id, theme_id, properties[PROP_THEME_ID]);
}

void
_rt_import_heading_set_n_statements (RtImportHeading *self,
                                     guint            n_statements)
{
  if (self->n_statements != n_statements)
    {
      self->n_statements = n_statements;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STATEMENTS]);
    }
}

/* The heading as found in the minutes, brackets removed. */
const char *
rt_import_heading_get_source_text (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), NULL);

  return self->source_text;
}

/* The name of the theme it becomes; the user may change it. */
const char *
rt_import_heading_get_text (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), NULL);

  return self->text;
}

void
rt_import_heading_set_text (RtImportHeading *self,
                            const char      *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (RT_IS_IMPORT_HEADING (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  rt_model_set_string (self, &self->text, stripped, properties[PROP_TEXT]);
}

gsize
rt_import_heading_get_start (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), 0);

  return self->start;
}

gsize
rt_import_heading_get_end (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), 0);

  return self->end;
}

/* Whether the statements under the heading go into its theme, rather than
 * into the 未分類 inbox. */
gboolean
rt_import_heading_get_accepted (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), FALSE);

  return self->accepted;
}

void
rt_import_heading_set_accepted (RtImportHeading *self,
                                gboolean         accepted)
{
  g_return_if_fail (RT_IS_IMPORT_HEADING (self));

  accepted = !!accepted;
  if (self->accepted != accepted)
    {
      self->accepted = accepted;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
    }
}

/* The handout label a new theme goes under, or 0 for none. */
gint64
rt_import_heading_get_label_id (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), 0);

  return self->label_id;
}

void
rt_import_heading_set_label_id (RtImportHeading *self,
                                gint64           label_id)
{
  g_return_if_fail (RT_IS_IMPORT_HEADING (self));

  rt_model_set_int64 (self, &self->label_id, MAX (label_id, 0), properties[PROP_LABEL_ID]);
}

/* The existing theme of the same name, which an accepted heading reuses; or 0. */
gint64
rt_import_heading_get_theme_id (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), 0);

  return self->theme_id;
}

guint
rt_import_heading_get_n_statements (RtImportHeading *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_HEADING (self), 0);

  return self->n_statements;
}
