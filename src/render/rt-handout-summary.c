/* rt-handout-summary.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The 議事要旨 of a meeting, as the secretariat wrote it (from Ronten's
 * draft, rt-summary-draft.c): its header block as a table, then the items.
 * 「（案）」 until the secretariat marks it final. Sent to the next meeting,
 * it takes the number of that meeting's material for it. */

void
_rt_handout_build_summary (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  RtSnapshot *snapshot = data->snapshot;
  RtSnapMeeting *meeting = _rt_writer_get_meeting (w);
  RtSnapMeeting *next = NULL;
  RtSnapSummary *summary;
  g_autofree char *title = NULL;

  if (meeting == NULL)
    {
      _rt_writer_begin_section (w, "", rt_handout_kind_get_title (RT_HANDOUT_SUMMARY));
      _rt_writer_note (w, C_("handout", "会議が登録されていません。"));
      return;
    }

  for (guint i = 0; i < snapshot->meetings->len; i++)
    {
      RtSnapMeeting *m = snapshot->meetings->pdata[i];

      if (m->number > meeting->number && (next == NULL || m->number < next->number))
        next = m;
    }

  summary = rt_snapshot_find_summary (snapshot, meeting->id);
  /* The committee's name is in the 会議名 row and the page header: the
   * title stays on one line. */
  title = g_strdup_printf (C_("handout", "第%d回　議事要旨%s"), meeting->number,
                           summary != NULL && summary->final ? "" : C_("handout", "（案）"));
  _rt_writer_begin_section (w, _rt_handout_label (data, next, "summary", ""), title);

  if (summary == NULL || summary->text[0] == '\0')
    {
      _rt_writer_note (w, C_("handout", "（この会議の議事要旨はまだ作成されていません）"));
      return;
    }

  _rt_handout_write_text (w, summary->text, TRUE);
}
