/* rt-model.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-model"

#include "config.h"

#include "rt-model-private.h"

/* Setters shared by the model objects: they notify only on a real change, so
 * a refresh of unchanged rows does not make views redraw. */

gboolean
rt_model_set_int64 (gpointer    object,
                    gint64     *field,
                    gint64      value,
                    GParamSpec *pspec)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (object, pspec);
      return TRUE;
    }

  return FALSE;
}

gboolean
rt_model_set_int (gpointer    object,
                  int        *field,
                  int         value,
                  GParamSpec *pspec)
{
  if (*field != value)
    {
      *field = value;
      g_object_notify_by_pspec (object, pspec);
      return TRUE;
    }

  return FALSE;
}

gboolean
rt_model_set_string (gpointer     object,
                     char       **field,
                     const char  *value,
                     GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) != 0)
    {
      g_free (*field);
      *field = g_strdup (value);
      g_object_notify_by_pspec (object, pspec);
      return TRUE;
    }

  return FALSE;
}

gboolean
rt_model_set_strv (gpointer      object,
                   char       ***field,
                   const char   *joined,
                   GParamSpec   *pspec)
{
  g_auto(GStrv) value = NULL;

  if (joined == NULL || joined[0] == '\0')
    value = g_new0 (char *, 1);
  else
    value = g_strsplit (joined, RT_LIST_SEPARATOR, -1);

  if (!g_strv_equal ((const char * const *)*field, (const char * const *)value))
    {
      g_strfreev (*field);
      *field = g_steal_pointer (&value);
      g_object_notify_by_pspec (object, pspec);
      return TRUE;
    }

  return FALSE;
}

gboolean
rt_model_set_enum (gpointer    object,
                   int        *field,
                   GType       enum_type,
                   const char *nick,
                   GParamSpec *pspec)
{
  int value = 0;

  if (!rt_enum_from_nick (enum_type, nick, &value))
    value = 0;

  return rt_model_set_int (object, field, value, pspec);
}
