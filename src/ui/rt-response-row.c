/* rt-response-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-response-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-response-row.h"

/* One row of the Responses view: an opinion card and what the view shows
 * of it that the card itself does not hold (the answer that counts for it,
 * its theme's name, the orders it sorts by). The cells bind to the card's
 * properties and to these; the view calls rt_response_row_update() after
 * the committee changed, and only changed properties notify. */
struct _RtResponseRow
{
  GObject     parent_instance;

  RtCard     *card;
  RtResponse *response;      /* not owned: the committee keeps it */
  gboolean    own;
  gboolean    listed;     /* waits for an answer, or has one of its own */
  char       *theme_name;
  char       *meeting_label;
  char       *kind_label;
  char       *answer;
  guint       theme_order;
  guint       kind_order;
};

G_DEFINE_FINAL_TYPE (RtResponseRow, rt_response_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CARD,
  PROP_ANSWERED,
  PROP_THEME_NAME,
  PROP_MEETING_LABEL,
  PROP_KIND_LABEL,
  PROP_ANSWER,
  PROP_STATE_CLASSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_response_row_finalize (GObject *object)
{
  RtResponseRow *self = (RtResponseRow *)object;

  g_clear_object (&self->card);
  g_clear_pointer (&self->theme_name, g_free);
  g_clear_pointer (&self->meeting_label, g_free);
  g_clear_pointer (&self->kind_label, g_free);
  g_clear_pointer (&self->answer, g_free);

  G_OBJECT_CLASS (rt_response_row_parent_class)->finalize (object);
}

static void
rt_response_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtResponseRow *self = RT_RESPONSE_ROW (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;

    case PROP_ANSWERED:
      g_value_set_boolean (value, self->response != NULL);
      break;

    case PROP_THEME_NAME:
      g_value_set_string (value, self->theme_name);
      break;

    case PROP_MEETING_LABEL:
      g_value_set_string (value, self->meeting_label);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, self->kind_label);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_STATE_CLASSES:
      {
        static const char * const unanswered[] = { "response-kind", "unanswered", NULL };
        static const char * const answered[] = { "response-kind", NULL };

        g_value_set_boxed (value, self->response != NULL ? answered : unanswered);
        break;
      }

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_response_row_class_init (RtResponseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_response_row_finalize;
  object_class->get_property = rt_response_row_get_property;

  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL,
                         RT_TYPE_CARD,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWERED] =
    g_param_spec_boolean ("answered", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_THEME_NAME] =
    g_param_spec_string ("theme-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_LABEL] =
    g_param_spec_string ("meeting-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* The CSS classes of the kind's label: unanswered rows stand out. */
  properties[PROP_STATE_CLASSES] =
    g_param_spec_boxed ("state-classes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_response_row_init (RtResponseRow *self)
{
  self->theme_name = g_strdup ("");
  self->meeting_label = g_strdup ("");
  self->kind_label = g_strdup ("");
  self->answer = g_strdup ("");
}

RtResponseRow *
rt_response_row_new (RtCard *card)
{
  RtResponseRow *self;

  g_return_val_if_fail (RT_IS_CARD (card), NULL);

  self = g_object_new (RT_TYPE_RESPONSE_ROW, NULL);
  self->card = g_object_ref (card);

  return self;
}

RtCard *
rt_response_row_get_card (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), NULL);

  return self->card;
}

/**
 * rt_response_row_get_response:
 *
 * Returns: (transfer none) (nullable): the answer that counts for the card,
 *   as of the last update
 */
RtResponse *
rt_response_row_get_response (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), NULL);

  return self->response;
}

gboolean
rt_response_row_get_answered (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), FALSE);

  return self->response != NULL;
}

/* Whether the row is an opinion of the view: a statement that waits for an
 * answer (rt_statement_kind_awaits_answer()), or any card answered on its
 * own; the secretariat's explanations and the chair's procedure are not. */
gboolean
rt_response_row_get_listed (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), FALSE);

  return self->listed;
}

guint
rt_response_row_get_theme_order (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), 0);

  return self->theme_order;
}

guint
rt_response_row_get_kind_order (RtResponseRow *self)
{
  g_return_val_if_fail (RT_IS_RESPONSE_ROW (self), 0);

  return self->kind_order;
}

static void
set_string (RtResponseRow  *self,
            char          **field,
            char           *value,
            guint           prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * rt_response_row_update:
 * @theme_order: theme id → its index on the board, 1-based
 * @kind_order: kind id → its index in the committee's list, 1-based
 *
 * Reads again what the row shows beside its card.
 */
void
rt_response_row_update (RtResponseRow *self,
                        RtCommittee   *committee,
                        GHashTable    *theme_order,
                        GHashTable    *kind_order)
{
  gint64 theme_id = rt_card_get_theme_id (self->card);
  RtResponse *response = rt_committee_get_card_response (committee, rt_card_get_id (self->card));
  gboolean was_answered = self->response != NULL;
  RtTheme *theme = theme_id != 0 ? rt_committee_lookup (committee, RT_KIND_THEME, theme_id) : NULL;
  int meeting = rt_card_get_meeting_number (self->card);
  char *kind;
  char *answer;

  self->response = response;
  self->own = response != NULL && rt_response_get_theme_id (response) == 0;
  self->listed = rt_statement_kind_awaits_answer (rt_card_get_kind (self->card)) || self->own;
  self->theme_order = GPOINTER_TO_UINT (g_hash_table_lookup (theme_order, &theme_id));
  if (self->theme_order == 0)
    self->theme_order = G_MAXUINT;  /* the inbox, last */

  if (response == NULL)
    {
      kind = g_strdup (_("Unanswered"));
      answer = g_strdup ("");
      self->kind_order = 0;
    }
  else
    {
      gint64 kind_id = rt_response_get_kind_id (response);
      const char *name = rt_response_get_kind (response);

      kind = g_strdup (name[0] != '\0' ? name : _("Answered"));
      self->kind_order = kind_id != 0 ? GPOINTER_TO_UINT (g_hash_table_lookup (kind_order, &kind_id)) : G_MAXUINT;
      /* An answer given to the theme says so. */
      answer = self->own ? g_strdup (rt_response_get_text (response))
                         : g_strdup_printf (_("(Theme) %s"), rt_response_get_text (response));
    }

  set_string (self, &self->kind_label, kind, PROP_KIND_LABEL);
  set_string (self, &self->answer, answer, PROP_ANSWER);
  set_string (self, &self->theme_name, g_strdup (theme ? rt_theme_get_name (theme) : _("Unsorted")),
              PROP_THEME_NAME);
  /* Translators: a meeting in the Responses view: 第%d回. */
  set_string (self, &self->meeting_label, meeting > 0 ? g_strdup_printf (_("No. %d"), meeting) : g_strdup (""),
              PROP_MEETING_LABEL);

  if (was_answered != (response != NULL))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE_CLASSES]);
    }
}
