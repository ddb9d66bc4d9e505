/* rt-enums.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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

/* As stored in map_positions.kind. */
G_DEFINE_ENUM_TYPE (RtMapNodeKind, rt_map_node_kind,
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_POINT, "point"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_PROPOSAL, "proposal"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_PERSPECTIVE, "perspective"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_THEME, "theme"),
  G_DEFINE_ENUM_VALUE (RT_MAP_NODE_CARD, "card"))

/* As stored in scenes.kind. */
G_DEFINE_ENUM_TYPE (RtSceneKind, rt_scene_kind,
  G_DEFINE_ENUM_VALUE (RT_SCENE_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_THEME, "theme"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_LABEL, "label"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_POINT, "point"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_POINT_TABLE, "point-table"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_MAP, "map"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_TEXT, "text"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_FOLLOWUPS, "followups"),
  G_DEFINE_ENUM_VALUE (RT_SCENE_RESPONSES, "responses"))

G_DEFINE_ENUM_TYPE (RtPersonKind, rt_person_kind,
  G_DEFINE_ENUM_VALUE (RT_PERSON_KIND_MEMBER, "member"),
  G_DEFINE_ENUM_VALUE (RT_PERSON_KIND_SECRETARIAT, "secretariat"),
  G_DEFINE_ENUM_VALUE (RT_PERSON_KIND_OFFICIAL, "official"),
  G_DEFINE_ENUM_VALUE (RT_PERSON_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (RtAttendance, rt_attendance,
  G_DEFINE_ENUM_VALUE (RT_ATTENDANCE_PRESENT, "present"),
  G_DEFINE_ENUM_VALUE (RT_ATTENDANCE_ABSENT, "absent"))

G_DEFINE_ENUM_TYPE (RtStatementKind, rt_statement_kind,
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_OPINION, "opinion"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_QUESTION, "question"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_REQUEST, "request"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_ANSWER, "answer"),
  G_DEFINE_ENUM_VALUE (RT_STATEMENT_KIND_PROCEDURE, "procedure"))

/* As stored in agenda_items.kind, materials.kind and followups.status. */
G_DEFINE_ENUM_TYPE (RtAgendaKind, rt_agenda_kind,
  G_DEFINE_ENUM_VALUE (RT_AGENDA_KIND_OPENING, "opening"),
  G_DEFINE_ENUM_VALUE (RT_AGENDA_KIND_ITEM, "item"),
  G_DEFINE_ENUM_VALUE (RT_AGENDA_KIND_OTHER, "other"),
  G_DEFINE_ENUM_VALUE (RT_AGENDA_KIND_CLOSING, "closing"))

G_DEFINE_ENUM_TYPE (RtMaterialKind, rt_material_kind,
  G_DEFINE_ENUM_VALUE (RT_MATERIAL_KIND_MATERIAL, "material"),
  G_DEFINE_ENUM_VALUE (RT_MATERIAL_KIND_REFERENCE, "reference"),
  G_DEFINE_ENUM_VALUE (RT_MATERIAL_KIND_DAY, "day"))

G_DEFINE_ENUM_TYPE (RtFollowupStatus, rt_followup_status,
  G_DEFINE_ENUM_VALUE (RT_FOLLOWUP_OPEN, "open"),
  G_DEFINE_ENUM_VALUE (RT_FOLLOWUP_IN_PROGRESS, "in-progress"),
  G_DEFINE_ENUM_VALUE (RT_FOLLOWUP_ANSWERED, "answered"))

/* As stored in committee.mode. */
G_DEFINE_ENUM_TYPE (RtCommitteeMode, rt_committee_mode,
  G_DEFINE_ENUM_VALUE (RT_COMMITTEE_MODE_COMMITTEE, "committee"),
  G_DEFINE_ENUM_VALUE (RT_COMMITTEE_MODE_PUBLIC_COMMENT, "public-comment"))

/* As stored in committee_settings and given to --speakers=. */
G_DEFINE_ENUM_TYPE (RtSpeakerDisplay, rt_speaker_display,
  G_DEFINE_ENUM_VALUE (RT_SPEAKER_DISPLAY_REAL, "real"),
  G_DEFINE_ENUM_VALUE (RT_SPEAKER_DISPLAY_PSEUDONYM, "pseudonym"),
  G_DEFINE_ENUM_VALUE (RT_SPEAKER_DISPLAY_GENERIC, "generic"),
  G_DEFINE_ENUM_VALUE (RT_SPEAKER_DISPLAY_HIDDEN, "hidden"))

/* The outputs' names in the keys of committee_settings ("speakers.opinions"). */
G_DEFINE_ENUM_TYPE (RtOutput, rt_output,
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_OPINIONS, "opinions"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_POINTS, "points"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_MAP, "map"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_SPEAKERS, "speakers"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_CHANGES, "changes"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_RESPONSES, "responses"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_PROJECTOR, "projector"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_XLSX, "xlsx"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_CSV, "csv"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_SUMMARY, "summary"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_OUTLINE, "outline"),
  G_DEFINE_ENUM_VALUE (RT_OUTPUT_FOLLOWUPS, "followups"))

G_DEFINE_ENUM_TYPE (RtPseudonymOrder, rt_pseudonym_order,
  G_DEFINE_ENUM_VALUE (RT_PSEUDONYM_ORDER_APPEARANCE, "appearance"),
  G_DEFINE_ENUM_VALUE (RT_PSEUDONYM_ORDER_READING, "reading"))

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
rt_person_kind_to_label (RtPersonKind kind)
{
  switch (kind)
    {
    case RT_PERSON_KIND_MEMBER:
      return _("Member");
    case RT_PERSON_KIND_SECRETARIAT:
      return _("Secretariat");
    case RT_PERSON_KIND_OFFICIAL:
      return _("Official");
    case RT_PERSON_KIND_OTHER:
    default:
      return _("Other");
    }
}

/**
 * rt_person_kind_guess:
 * @role: a role as minutes write it: 委員, 委員長, 事務局, 市長, 企画課長 …
 *
 * Returns: the kind of person a role names; members unless the role says
 *   otherwise (the same rule as the migration to schema 3)
 */
RtPersonKind
rt_person_kind_guess (const char *role)
{
  static const char * const officials[] = {
    "市長", "町長", "村長", "区長", "部長", "課長", "係長", "所長", "局長", "室長", "主幹", "主査",
  };

  if (role == NULL)
    return RT_PERSON_KIND_MEMBER;

  if (strstr (role, "事務局") || strstr (role, "準備室"))
    return RT_PERSON_KIND_SECRETARIAT;

  for (guint i = 0; i < G_N_ELEMENTS (officials); i++)
    if (strstr (role, officials[i]))
      return RT_PERSON_KIND_OFFICIAL;

  return RT_PERSON_KIND_MEMBER;
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

const char *
rt_agenda_kind_to_label (RtAgendaKind kind)
{
  switch (kind)
    {
    case RT_AGENDA_KIND_OPENING:
      return _("Opening");
    case RT_AGENDA_KIND_ITEM:
      return _("Agenda item");
    case RT_AGENDA_KIND_OTHER:
      return _("Other business");
    case RT_AGENDA_KIND_CLOSING:
      return _("Closing");
    default:
      return "";
    }
}

const char *
rt_material_kind_to_label (RtMaterialKind kind)
{
  switch (kind)
    {
    case RT_MATERIAL_KIND_MATERIAL:
      return _("Material");
    case RT_MATERIAL_KIND_REFERENCE:
      return _("Reference material");
    case RT_MATERIAL_KIND_DAY:
      return _("Handed out on the day");
    default:
      return "";
    }
}

const char *
rt_followup_status_to_label (RtFollowupStatus status)
{
  switch (status)
    {
    case RT_FOLLOWUP_OPEN:
      return C_("follow-up", "Open");
    case RT_FOLLOWUP_IN_PROGRESS:
      return _("In progress");
    case RT_FOLLOWUP_ANSWERED:
      return _("Answered");
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

/**
 * rt_statement_kinds_parse:
 * @spec: kinds separated by commas, each a tag (意見) or a nick (opinion)
 * @mask: (out): the kinds, 1 << RtStatementKind each
 *
 * Returns: whether every kind of @spec is known and there is one at least
 */
gboolean
rt_statement_kinds_parse (const char *spec,
                          guint      *mask)
{
  g_autoptr(GString) commas = NULL;
  g_auto(GStrv) parts = NULL;
  guint result = 0;

  g_return_val_if_fail (mask != NULL, FALSE);

  if (spec == NULL)
    return FALSE;

  /* 意見、質問 as well as opinion,question */
  commas = g_string_new (spec);
  g_string_replace (commas, "、", ",", 0);
  parts = g_strsplit (commas->str, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      RtStatementKind kind;
      char *part = g_strstrip (parts[i]);

      if (part[0] == '\0')
        continue;
      if (!rt_statement_kind_from_tag (part, &kind))
        return FALSE;
      result |= 1u << kind;
    }
  if (result == 0)
    return FALSE;

  *mask = result;
  return TRUE;
}

const char *
rt_speaker_display_to_label (RtSpeakerDisplay display)
{
  switch (display)
    {
    case RT_SPEAKER_DISPLAY_DEFAULT:
      return _("As set for each output");
    case RT_SPEAKER_DISPLAY_REAL:
      return _("Real names (林委員)");
    case RT_SPEAKER_DISPLAY_PSEUDONYM:
      return _("Pseudonyms (委員A, 委員B)");
    case RT_SPEAKER_DISPLAY_GENERIC:
      return _("Generic (委員)");
    case RT_SPEAKER_DISPLAY_HIDDEN:
      return _("Hidden");
    case RT_N_SPEAKER_DISPLAYS:
    default:
      return "";
    }
}

const char *
rt_output_to_label (RtOutput output)
{
  switch (output)
    {
    case RT_OUTPUT_OPINIONS:
      return _("Opinions by theme");
    case RT_OUTPUT_POINTS:
      return _("Point table");
    case RT_OUTPUT_MAP:
      return _("Issue map");
    case RT_OUTPUT_SPEAKERS:
      return _("Speaker index");
    case RT_OUTPUT_CHANGES:
      return _("Changes since the previous meeting");
    case RT_OUTPUT_RESPONSES:
      return _("Opinions and responses");
    case RT_OUTPUT_PROJECTOR:
      return _("Projector");
    case RT_OUTPUT_XLSX:
      return _("Excel export");
    case RT_OUTPUT_CSV:
      return _("CSV export");
    case RT_OUTPUT_SUMMARY:
      return _("Meeting summary (議事要旨)");
    case RT_OUTPUT_OUTLINE:
      return _("Report outline (答申骨子)");
    case RT_OUTPUT_FOLLOWUPS:
      return _("Follow-ups");
    case RT_N_OUTPUTS:
    default:
      return "";
    }
}

const char *
rt_pseudonym_order_to_label (RtPseudonymOrder order)
{
  switch (order)
    {
    case RT_PSEUDONYM_ORDER_APPEARANCE:
      return _("Order of first appearance");
    case RT_PSEUDONYM_ORDER_READING:
      return _("Order of the names’ readings (五十音)");
    default:
      return "";
    }
}

/**
 * rt_statement_kind_awaits_answer:
 *
 * Whether a statement of @kind waits for the secretariat's answer (対応):
 * an opinion, a question or a request does; the secretariat's own
 * explanation and the chair's procedure do not. The Responses view, the
 * 意見と対応 handout and its scene list the cards that do, and any other
 * card that has an answer of its own.
 */
gboolean
rt_statement_kind_awaits_answer (RtStatementKind kind)
{
  return kind == RT_STATEMENT_KIND_OPINION || kind == RT_STATEMENT_KIND_QUESTION ||
         kind == RT_STATEMENT_KIND_REQUEST;
}
