/* rt-response.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "rt-model-private.h"
#include "rt-response.h"

/* A response (対応): the secretariat's answer to one or more opinion cards,
 * or to a theme for each of its cards: a kind (反映する …), the text of the
 * answer (事務局の考え方), where it is reflected, and the meeting at which it
 * was given.
 *
 * Instances are owned by RtCommittee, which keeps one per row and updates
 * it when the store changes; views bind to its read-only properties.
 */
struct _RtResponse
{
  GObject parent_instance;

  gint64 id;
  gint64 theme_id;
  gint64 kind_id;
  char *kind;
  char *text;
  char *reflected;
  gint64 point_id;
  int point_number;
  gint64 meeting_id;
  int meeting_number;
  char *created;
  char *modified;
  char *cards;        /* the card ids, joined by commas, ascending */
  GArray *card_ids;   /* the same, parsed */
};

G_DEFINE_FINAL_TYPE (RtResponse, rt_response, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_THEME_ID,
  PROP_KIND_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_REFLECTED,
  PROP_POINT_ID,
  PROP_POINT_NUMBER,
  PROP_MEETING_ID,
  PROP_MEETING_NUMBER,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_CARDS,
  PROP_N_CARDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_response_finalize (GObject *object)
{
  RtResponse *self = (RtResponse *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->reflected, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->cards, g_free);
  g_clear_pointer (&self->card_ids, g_array_unref);

  G_OBJECT_CLASS (rt_response_parent_class)->finalize (object);
}

static void
rt_response_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtResponse *self = RT_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_THEME_ID:
      g_value_set_int64 (value, self->theme_id);
      break;

    case PROP_KIND_ID:
      g_value_set_int64 (value, self->kind_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_REFLECTED:
      g_value_set_string (value, self->reflected);
      break;

    case PROP_POINT_ID:
      g_value_set_int64 (value, self->point_id);
      break;

    case PROP_POINT_NUMBER:
      g_value_set_int (value, self->point_number);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_MEETING_NUMBER:
      g_value_set_int (value, self->meeting_number);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;

    case PROP_CARDS:
      g_value_set_string (value, self->cards);
      break;

    case PROP_N_CARDS:
      g_value_set_uint (value, self->card_ids->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_response_class_init (RtResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_response_finalize;
  object_class->get_property = rt_response_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_THEME_ID] =
    g_param_spec_int64 ("theme-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND_ID] =
    g_param_spec_int64 ("kind-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REFLECTED] =
    g_param_spec_string ("reflected", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POINT_ID] =
    g_param_spec_int64 ("point-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_POINT_NUMBER] =
    g_param_spec_int ("point-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_NUMBER] =
    g_param_spec_int ("meeting-number", NULL, NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_string ("modified", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARDS] =
    g_param_spec_string ("cards", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_CARDS] =
    g_param_spec_uint ("n-cards", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_response_init (RtResponse *self)
{
  self->kind = g_strdup ("");
  self->text = g_strdup ("");
  self->reflected = g_strdup ("");
  self->created = g_strdup ("");
  self->modified = g_strdup ("");
  self->cards = g_strdup ("");
  self->card_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

gint64
rt_response_get_id (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->id;
}

/**
 * rt_response_get_theme_id:
 *
 * Returns: the theme this answer is given to (for each of its cards), or 0
 *   for an answer given to cards
 */
gint64
rt_response_get_theme_id (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->theme_id;
}

gint64
rt_response_get_kind_id (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->kind_id;
}

/**
 * rt_response_get_kind:
 *
 * Returns: the name of the response's kind (反映する …), or "" for none
 */
const char *
rt_response_get_kind (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  return self->kind;
}

const char *
rt_response_get_text (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  return self->text;
}

const char *
rt_response_get_reflected (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  return self->reflected;
}

gint64
rt_response_get_point_id (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->point_id;
}

int
rt_response_get_point_number (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->point_number;
}

gint64
rt_response_get_meeting_id (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->meeting_id;
}

int
rt_response_get_meeting_number (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->meeting_number;
}

const char *
rt_response_get_created (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  return self->created;
}

const char *
rt_response_get_modified (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  return self->modified;
}

guint
rt_response_get_n_cards (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), 0);

  return self->card_ids->len;
}

/**
 * rt_response_get_card_ids:
 *
 * Returns: (array length=n_cards): the cards the answer is given to, by
 *   id; none for an answer given to a theme
 */
const gint64 *
rt_response_get_card_ids (RtResponse *self,
                          guint      *n_cards)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  if (n_cards != NULL)
    *n_cards = self->card_ids->len;

  return (const gint64 *)(gpointer)self->card_ids->data;
}

static int
compare_ids (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;

  return x < y ? -1 : x > y;
}

gboolean
rt_response_has_card (RtResponse *self,
                      gint64      card_id)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), FALSE);

  return bsearch (&card_id, self->card_ids->data, self->card_ids->len, sizeof (gint64), compare_ids) != NULL;
}

/**
 * rt_response_dup_where:
 *
 * Returns: (transfer full) (nullable): where the answer is reflected, as a
 *   handout says it: 「答申案 第3章」, 「論点3」, or both; %NULL when neither
 *   is given
 */
char *
rt_response_dup_where (RtResponse *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE (self), NULL);

  if (self->point_number > 0 && self->reflected[0] != '\0')
    return g_strdup_printf (C_("response", "%s（論点%d）"), self->reflected, self->point_number);
  if (self->point_number > 0)
    return g_strdup_printf (C_("response", "論点%d"), self->point_number);
  if (self->reflected[0] != '\0')
    return g_strdup (self->reflected);

  return NULL;
}

static gboolean
set_cards (RtResponse *self,
           const char *joined)
{
  g_auto(GStrv) parts = NULL;

  if (g_strcmp0 (self->cards, joined) == 0)
    return FALSE;

  g_free (self->cards);
  self->cards = g_strdup (joined);
  g_array_set_size (self->card_ids, 0);

  parts = g_strsplit (joined, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gint64 id;

      if (g_ascii_string_to_signed (parts[i], 10, 1, G_MAXINT64, &id, NULL))
        g_array_append_val (self->card_ids, id);
    }
  /* The store orders them, but rt_response_has_card() must not depend on it. */
  g_array_sort (self->card_ids, (GCompareFunc)compare_ids);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CARDS]);

  return TRUE;
}

/* Reads a row of the responses' SELECT by column name, and notifies what changed. */
gboolean
_rt_response_load (RtResponse *self,
                   RtStmt     *stmt)
{
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  changed |= rt_model_set_int64 (self, &self->id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "id")), properties[PROP_ID]);
  changed |= rt_model_set_int64 (self, &self->theme_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "theme_id")), properties[PROP_THEME_ID]);
  changed |= rt_model_set_int64 (self, &self->kind_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "kind_id")), properties[PROP_KIND_ID]);
  changed |= rt_model_set_string (self, &self->kind, rt_stmt_get_text (stmt, RT_COL (stmt, "kind")), properties[PROP_KIND]);
  changed |= rt_model_set_string (self, &self->text, rt_stmt_get_text (stmt, RT_COL (stmt, "text")), properties[PROP_TEXT]);
  changed |= rt_model_set_string (self, &self->reflected, rt_stmt_get_text (stmt, RT_COL (stmt, "reflected")), properties[PROP_REFLECTED]);
  changed |= rt_model_set_int64 (self, &self->point_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "point_id")), properties[PROP_POINT_ID]);
  changed |= rt_model_set_int (self, &self->point_number, rt_stmt_get_int (stmt, RT_COL (stmt, "point_number")), properties[PROP_POINT_NUMBER]);
  changed |= rt_model_set_int64 (self, &self->meeting_id, rt_stmt_get_int64 (stmt, RT_COL (stmt, "meeting_id")), properties[PROP_MEETING_ID]);
  changed |= rt_model_set_int (self, &self->meeting_number, rt_stmt_get_int (stmt, RT_COL (stmt, "meeting_number")), properties[PROP_MEETING_NUMBER]);
  changed |= rt_model_set_string (self, &self->created, rt_stmt_get_text (stmt, RT_COL (stmt, "created")), properties[PROP_CREATED]);
  changed |= rt_model_set_string (self, &self->modified, rt_stmt_get_text (stmt, RT_COL (stmt, "modified")), properties[PROP_MODIFIED]);
  changed |= set_cards (self, rt_stmt_get_text (stmt, RT_COL (stmt, "cards")));
  g_object_thaw_notify (G_OBJECT (self));

  return changed;
}
