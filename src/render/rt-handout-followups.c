/* rt-handout-followups.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The 宿題・資料要求 of the committee in one table: what was asked, at which
 * meeting and by whom, who answers, by when, where it stands and the
 * answer; open ones first. One from a 非公開 card is left out. */

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

void
_rt_handout_build_followups (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  RtSnapshot *snapshot = data->snapshot;
  RtSnapMeeting *meeting = _rt_writer_get_meeting (w);
  double width = _rt_writer_get_width (w);
  RtTableSpec spec = {
    7,
    { 28, 0, 62, 52, 36, 40, 0 },
    { C_("handout", "No."), C_("handout", "宿題・資料要求"), C_("handout", "発言"), C_("handout", "担当"),
      C_("handout", "期限"), C_("handout", "状況"), C_("handout", "回答") },
    { RT_DOC_ALIGN_CENTER, RT_DOC_ALIGN_LEFT, RT_DOC_ALIGN_LEFT, RT_DOC_ALIGN_LEFT, RT_DOC_ALIGN_CENTER,
      RT_DOC_ALIGN_CENTER, RT_DOC_ALIGN_LEFT },
    8.5,
  };
  double rest = width - spec.widths[0] - spec.widths[2] - spec.widths[3] - spec.widths[4] - spec.widths[5];
  RtDocTable *table = NULL;
  guint number = 0, open = 0;

  spec.widths[1] = rest * 0.5;
  spec.widths[6] = rest * 0.5;

  _rt_writer_begin_section (w, _rt_handout_label (data, meeting, "followups", ""),
                            rt_handout_kind_get_title (RT_HANDOUT_FOLLOWUPS));

  for (guint i = 0; i < snapshot->followups->len; i++)
    {
      RtSnapFollowup *f = snapshot->followups->pdata[i];
      RtSnapCard *card = f->card_id ? rt_snapshot_get_card (snapshot, f->card_id) : NULL;
      g_autofree char *speaker = NULL;
      g_autofree char *asked = NULL;
      RtDocPara *para;

      if (card != NULL && card->visibility == RT_VISIBILITY_PRIVATE)
        continue;

      if (table == NULL)
        table = _rt_writer_table (w, &spec);

      open += f->status != RT_FOLLOWUP_ANSWERED;
      speaker = card != NULL ? rt_snapshot_name_speaker (snapshot, card, RT_OUTPUT_FOLLOWUPS, RT_SPEAKER_DISPLAY_DEFAULT) : NULL;
      if (card != NULL && card->meeting_number > 0)
        asked = speaker ? g_strdup_printf (C_("handout", "第%d回\n%s"), card->meeting_number, speaker)
                        : g_strdup_printf (C_("handout", "第%d回"), card->meeting_number);
      else
        asked = g_strdup (speaker ? speaker : "－");

      rt_doc_table_add_row (table, FALSE);
      rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, "%u", ++number);
      rt_doc_table_add_text (table, 0, f->question);
      rt_doc_table_add_text (table, 0, asked);
      rt_doc_table_add_text (table, 0, f->assignee[0] != '\0' ? f->assignee : "－");
      if (f->due_meeting_number > 0)
        rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, C_("handout", "第%d回"),
                                f->due_meeting_number);
      else
        rt_doc_table_add_text (table, 0, "－");
      para = rt_doc_table_add_text (table, f->status == RT_FOLLOWUP_ANSWERED ? 0 : RT_DOC_RUN_BOLD,
                                    status_word (f->status));
      if (f->status == RT_FOLLOWUP_ANSWERED && f->answered_meeting_number > 0)
        rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, C_("handout", "\n（第%d回）"), f->answered_meeting_number);
      rt_doc_table_add_text (table, 0, f->answer);
    }

  if (table == NULL)
    _rt_writer_note (w, C_("handout", "（宿題・資料要求はありません）"));
  else
    {
      g_autofree char *count = g_strdup_printf (C_("handout", "全%u件（うち未回答%u件）"), number, open);

      _rt_writer_note (w, count);
    }
}
