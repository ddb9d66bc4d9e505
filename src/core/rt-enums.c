/* rt-enums.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-enums.h"

G_DEFINE_ENUM_TYPE (RtCardStatus, rt_card_status,
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_NEW, "new"),
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_REVIEWED, "reviewed"),
  G_DEFINE_ENUM_VALUE (RT_CARD_STATUS_HOLD, "hold"))

G_DEFINE_ENUM_TYPE (RtVisibility, rt_visibility,
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_PUBLIC, "public"),
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_PRIVATE, "private"),
  G_DEFINE_ENUM_VALUE (RT_VISIBILITY_ANONYMOUS, "anonymous"))

G_DEFINE_ENUM_TYPE (RtPointStatus, rt_point_status,
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_UNDISCUSSED, "undiscussed"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_DISCUSSING, "discussing"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_CONVERGED, "converged"),
  G_DEFINE_ENUM_VALUE (RT_POINT_STATUS_PARALLEL, "parallel"))

G_DEFINE_ENUM_TYPE (RtStatementKind, rt_statement_kind,
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_OPINION, "opinion"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_QUESTION, "question"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_REQUEST, "request"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_ANSWER, "answer"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_PROCEDURE, "procedure"))

const char *
rt_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev ? ev->value_nick : NULL;
}

gboolean
rt_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  if (!(ev = g_enum_get_value_by_nick (klass, nick)))
    return FALSE;

  *value = ev->value;
  return TRUE;
}

const char *
rt_card_status_to_label (RtCardStatus status)
{
  switch (status)
    {
    case RT_CARD_STATUS_NEW:
      return _("New");
    case RT_CARD_STATUS_REVIEWED:
      return _("Reviewed");
    case RT_CARD_STATUS_HOLD:
      return _("On hold");
    default:
      return "";
    }
}

const char *
rt_visibility_to_label (RtVisibility visibility)
{
  switch (visibility)
    {
    case RT_VISIBILITY_PUBLIC:
      return _("Public");
    case RT_VISIBILITY_PRIVATE:
      return _("Private");
    case RT_VISIBILITY_ANONYMOUS:
      return _("Speaker hidden");
    default:
      return "";
    }
}

const char *
rt_point_status_to_label (RtPointStatus status)
{
  switch (status)
    {
    case RT_POINT_STATUS_UNDISCUSSED:
      return _("Not yet discussed");
    case RT_POINT_STATUS_DISCUSSING:
      return _("Under discussion");
    case RT_POINT_STATUS_CONVERGED:
      return _("Converged");
    case RT_POINT_STATUS_PARALLEL:
      return _("Views side by side");
    default:
      return "";
    }
}

const char *
rt_statement_kind_to_label (RtStatementKind kind)
{
  switch (kind)
    {
    case RT_STATEMENT_KIND_OPINION:
      return _("Opinion");
    case RT_STATEMENT_KIND_QUESTION:
      return _("Question");
    case RT_STATEMENT_KIND_REQUEST:
      return _("Request");
    case RT_STATEMENT_KIND_ANSWER:
      return _("Explanation or answer");
    case RT_STATEMENT_KIND_PROCEDURE:
      return _("Procedure");
    default:
      return "";
    }
}

static const char * const kind_tags[] = {
  [RT_STATEMENT_KIND_OPINION] = "意見",
  [RT_STATEMENT_KIND_QUESTION] = "質問",
  [RT_STATEMENT_KIND_REQUEST] = "要望",
  [RT_STATEMENT_KIND_ANSWER] = "説明・回答",
  [RT_STATEMENT_KIND_PROCEDURE] = "進行",
};

const char *
rt_statement_kind_to_tag (RtStatementKind kind)
{
  if ((guint)kind >= G_N_ELEMENTS (kind_tags))
    return "";

  return kind_tags[kind];
}

gboolean
rt_statement_kind_from_tag (const char      *tag,
                            RtStatementKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (tag == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kind_tags); i++)
    if (g_str_equal (tag, kind_tags[i]))
      {
        *kind = i;
        return TRUE;
      }

  /* The stored nicks too, so that a file may use either spelling. */
  return rt_enum_from_nick (RT_TYPE_STATEMENT_KIND, tag, (int *)kind);
}
