/* rt-handout-agenda.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The 次第 of a meeting, one A4 page in the usual layout: the title, 日時
 * and 場所 (和暦 with the weekday), the items of the 次第 with the 資料 of
 * each, the 宿題 still open from earlier meetings, and the list of 配布資料
 * with their numbers, 委員限り marked. */

static char *
fullwidth_number (int n)
{
  static const char * const digits[] = { "０", "１", "２", "３", "４", "５", "６", "７", "８", "９" };
  g_autofree char *ascii = g_strdup_printf ("%d", n);
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    g_string_append (s, digits[*p - '0']);

  return g_string_free (s, FALSE);
}

/* Whether a 宿題 belongs on the 次第 of @meeting: it is due then, or it is
 * still open from an earlier meeting. */
static gboolean
followup_is_listed (RtSnapshot     *snapshot,
                    RtSnapFollowup *f,
                    RtSnapMeeting  *meeting)
{
  RtSnapCard *card = f->card_id ? rt_snapshot_get_card (snapshot, f->card_id) : NULL;

  if (card != NULL && card->visibility == RT_VISIBILITY_PRIVATE)
    return FALSE;
  if (f->due_meeting_number == meeting->number)
    return TRUE;
  if (f->status == RT_FOLLOWUP_ANSWERED)
    return FALSE;
  if (f->due_meeting_number > meeting->number)
    return FALSE;

  /* Asked before this meeting: at an earlier one, or written down before its day. */
  if (card != NULL && card->meeting_number > 0)
    return card->meeting_number < meeting->number;
  return meeting->date == NULL || meeting->date[0] == '\0' || g_strcmp0 (f->created, meeting->date) < 0;
}

static const char *
status_word (RtFollowupStatus status)
{
  switch (status)
    {
    case RT_FOLLOWUP_IN_PROGRESS:
      return C_("handout", "対応中");
    case RT_FOLLOWUP_ANSWERED:
      return C_("handout", "回答済");
    case RT_FOLLOWUP_OPEN:
    default:
      return C_("handout", "未対応");
    }
}

static void
write_followups (RtWriter      *w,
                 RtSnapshot    *snapshot,
                 RtSnapMeeting *meeting)
{
  gboolean any = FALSE;

  for (guint i = 0; i < snapshot->followups->len; i++)
    {
      RtSnapFollowup *f = snapshot->followups->pdata[i];
      RtDocPara *para;
      g_autoptr(GString) note = g_string_new (NULL);

      if (!followup_is_listed (snapshot, f, meeting))
        continue;

      if (!any)
        {
          _rt_writer_space (w, 10);
          rt_doc_para_add_run (_rt_writer_paragraph (w, 11, 0, NULL), RT_DOC_RUN_BOLD,
                               C_("handout", "【前回までの宿題・資料要求】"));
        }
      any = TRUE;

      para = _rt_writer_paragraph (w, 10, 21, "・");
      rt_doc_para_add_run (para, 0, f->question);
      if (f->assignee[0] != '\0')
        g_string_append_printf (note, C_("handout", "担当：%s、"), f->assignee);
      g_string_append (note, status_word (f->status));
      rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, C_("handout", "（%s）"), note->str);
    }
}

void
_rt_handout_build_agenda (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  RtSnapshot *snapshot = data->snapshot;
  RtSnapMeeting *meeting = _rt_writer_get_meeting (w);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) materials = NULL;
  g_autofree RtAgendaKind *kinds = NULL;
  g_autofree RtAgendaNumber *numbers = NULL;
  g_autofree char *title = NULL;
  g_autofree char *when = NULL;
  double indent = _rt_writer_get_width (w) * 0.4;
  RtDocPara *para;

  if (meeting == NULL)
    {
      _rt_writer_begin_section (w, "", rt_handout_kind_get_title (RT_HANDOUT_AGENDA));
      _rt_writer_note (w, C_("handout", "会議が登録されていません。"));
      return;
    }

  title = g_strdup_printf (C_("handout", "%s　第%d回　次第"), data->committee_name, meeting->number);
  _rt_writer_begin_section (w, _rt_handout_label (data, meeting, "agenda", ""), title);

  when = rt_date_format_meeting (meeting->date, meeting->start_time, meeting->end_time, options->date_style);
  para = _rt_writer_paragraph (w, 10.5, indent, NULL);
  rt_doc_para_add_run (para, RT_DOC_RUN_BOLD, C_("handout", "日時　"));
  rt_doc_para_add_run (para, 0, when[0] != '\0' ? when : C_("handout", "（未定）"));
  para = _rt_writer_paragraph (w, 10.5, indent, NULL);
  rt_doc_para_add_run (para, RT_DOC_RUN_BOLD, C_("handout", "場所　"));
  rt_doc_para_add_run (para, 0, meeting->place[0] != '\0' ? meeting->place : C_("handout", "（未定）"));
  _rt_writer_space (w, 18);

  items = rt_snapshot_get_agenda (snapshot, meeting->id);
  materials = rt_snapshot_get_materials (snapshot, meeting->id);
  kinds = g_new (RtAgendaKind, MAX (items->len, 1));
  numbers = g_new (RtAgendaNumber, MAX (items->len, 1));
  for (guint i = 0; i < items->len; i++)
    kinds[i] = ((RtSnapAgendaItem *)items->pdata[i])->kind;
  rt_agenda_number_items (kinds, items->len, numbers);

  if (items->len == 0)
    _rt_writer_note (w, C_("handout", "（次第の項目が登録されていません）"));

  for (guint i = 0; i < items->len; i++)
    {
      RtSnapAgendaItem *item = items->pdata[i];
      g_autofree char *top = fullwidth_number (numbers[i].top);
      g_autoptr(GString) refs = g_string_new (NULL);

      for (guint j = 0; j < materials->len; j++)
        {
          RtSnapMaterial *m = materials->pdata[j];

          if (m->agenda_item_id != item->id)
            continue;
          if (refs->len > 0)
            g_string_append (refs, "・");
          g_string_append (refs, m->number);
        }

      if (numbers[i].sub == 0)
        {
          _rt_writer_space (w, 6);
          para = _rt_writer_paragraph (w, 12, 0, NULL);
          rt_doc_para_add_printf (para, RT_DOC_RUN_BOLD, "%s　%s", top, item->title);
        }
      else
        {
          g_autofree char *sub = fullwidth_number (numbers[i].sub);

          if (numbers[i].opens_group)
            {
              _rt_writer_space (w, 6);
              rt_doc_para_add_printf (_rt_writer_paragraph (w, 12, 0, NULL), RT_DOC_RUN_BOLD,
                                      C_("handout", "%s　議事"), top);
            }
          para = _rt_writer_paragraph (w, 11, 24, NULL);
          rt_doc_para_add_printf (para, 0, "（%s）%s", sub, item->title);
        }

      if (refs->len > 0)
        rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, C_("handout", "　【%s】"), refs->str);
    }

  write_followups (w, snapshot, meeting);

  _rt_writer_space (w, 22);
  rt_doc_para_add_run (_rt_writer_paragraph (w, 11, 0, NULL), RT_DOC_RUN_BOLD, C_("handout", "【配布資料】"));
  if (materials->len == 0)
    _rt_writer_note (w, C_("handout", "（なし）"));
  for (guint i = 0; i < materials->len; i++)
    {
      RtSnapMaterial *m = materials->pdata[i];

      para = _rt_writer_paragraph (w, 10.5, 10.5, NULL);
      rt_doc_para_add_run (para, RT_DOC_RUN_BOLD, m->number);
      rt_doc_para_add_printf (para, 0, "　%s", m->title);
      if (m->restricted)
        rt_doc_para_add_run (para, RT_DOC_RUN_BOLD, C_("handout", "（委員限り）"));
    }
}
