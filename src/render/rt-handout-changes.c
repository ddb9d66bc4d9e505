/* rt-handout-changes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <string.h>

#include "rt-handout-private.h"

/* What changed since the previous meeting: cards created on or after the
 * date of the previous meeting (or a given date), cards modified since then,
 * and directions recorded since then.
 *
 * A limitation: the committee file keeps no history, so a card moved to
 * another theme shows only as modified (a move updates the card's modified
 * time), and a card moved within its theme does not show at all. */

static gboolean
on_or_after (const char *timestamp,
             const char *since)
{
  return timestamp != NULL && strncmp (timestamp, since, 10) >= 0;
}

/* The date of the last meeting before the one the handouts are for. */
static const char *
previous_meeting_date (RtHandoutData *data,
                       int            meeting_number,
                       int           *number)
{
  int current = meeting_number;
  const char *date = NULL;

  if (current == 0)
    for (guint i = 0; i < data->meetings->len; i++)
      current = MAX (current, ((HMeeting *)data->meetings->pdata[i])->number);

  for (guint i = 0; i < data->meetings->len; i++)
    {
      HMeeting *m = data->meetings->pdata[i];

      if (m->number < current && m->date != NULL && m->date[0] != '\0')
        {
          date = m->date;
          *number = m->number;
        }
    }

  return date;
}

static const char *
theme_name (RtHandoutData *data,
            HCard         *card)
{
  HTheme *theme = g_hash_table_lookup (data->themes_by_id, &card->theme_id);

  return theme ? theme->name : C_("handout", "未分類");
}

/* An opinion's answer, where it has one, under it: 「→ 反映する：…」. */
void
_rt_handout_add_response (RtWriter *w,
                          HCard    *card,
                          double    font_size,
                          double    indent)
{
  RtSnapResponse *response = card->response;
  g_autofree char *text = NULL;
  RtDocPara *para;

  if (response == NULL)
    return;

  text = _rt_handout_text (w, response->text);
  /* Under its opinion, not a list item of its own. */
  para = _rt_writer_paragraph (w, font_size, indent, NULL);
  rt_doc_para_add_run (para, 0, "→ ");
  if (response->kind[0] != '\0')
    rt_doc_para_add_printf (para, RT_DOC_RUN_BOLD, C_("handout", "【%s】"), response->kind);
  rt_doc_para_add_run (para, 0, text);
  if (response->where != NULL)
    rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, C_("handout", "（反映先：%s）"), response->where);
}

static void
write_card_list (RtWriter   *w,
                 GPtrArray  *cards)
{
  RtHandoutData *data = _rt_writer_get_data (w);

  if (cards->len == 0)
    {
      _rt_writer_note (w, C_("handout", "（なし）"));
      return;
    }

  for (guint i = 0; i < cards->len; i++)
    {
      HCard *card = cards->pdata[i];
      RtDocPara *para = _rt_writer_paragraph (w, 10, 0, "・");

      _rt_handout_add_opinion (w, para, card);
      rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, "〔%s〕", theme_name (data, card));
      _rt_handout_add_response (w, card, 9.5, 14);
    }
}

/* The 宿題 answered since the previous meeting: at a meeting after it, or,
 * answered at none, written down since @since. */
static void
write_followup_answers (RtWriter   *w,
                        const char *since,
                        int         previous)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  RtSnapshot *snapshot = data->snapshot;
  RtSnapMeeting *current = _rt_writer_get_meeting (w);
  g_autoptr(GPtrArray) answered = g_ptr_array_new ();
  g_autofree char *heading = NULL;

  for (guint i = 0; i < snapshot->followups->len; i++)
    {
      RtSnapFollowup *f = snapshot->followups->pdata[i];
      RtSnapCard *card = f->card_id ? rt_snapshot_get_card (snapshot, f->card_id) : NULL;
      gboolean recent;

      if (f->status != RT_FOLLOWUP_ANSWERED || (card != NULL && card->visibility == RT_VISIBILITY_PRIVATE))
        continue;

      if (f->answered_meeting_number > 0 && previous > 0)
        recent = f->answered_meeting_number > previous &&
                 (current == NULL || f->answered_meeting_number <= current->number);
      else
        recent = on_or_after (f->modified, since);

      if (recent)
        g_ptr_array_add (answered, f);
    }

  heading = g_strdup_printf (C_("handout", "宿題・資料要求への回答（%u件）"), answered->len);
  _rt_writer_heading (w, heading);
  if (answered->len == 0)
    _rt_writer_note (w, C_("handout", "（なし）"));
  for (guint i = 0; i < answered->len; i++)
    {
      RtSnapFollowup *f = answered->pdata[i];
      RtDocPara *para = _rt_writer_paragraph (w, 10, 0, "・");

      rt_doc_para_add_run (para, 0, f->question);
      if (f->assignee[0] != '\0')
        rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, C_("handout", "〔%s〕"), f->assignee);
      rt_doc_para_add_printf (_rt_writer_paragraph (w, 10, 10, "→"), 0, "%s", f->answer);
    }
}

void
_rt_handout_build_changes (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  g_autoptr(GPtrArray) created = g_ptr_array_new ();
  g_autoptr(GPtrArray) modified = g_ptr_array_new ();
  g_autoptr(GPtrArray) directions = g_ptr_array_new ();
  g_autoptr(GPtrArray) answered = g_ptr_array_new ();
  g_autofree char *since_text = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *heading = NULL;
  const char *since = options->since;
  int previous = 0;
  GPtrArray *groups[2];

  _rt_writer_begin_section (w, _rt_handout_label (_rt_writer_get_data (w), _rt_writer_get_meeting (w), "changes",
                                                 C_("handout", "資料5")),
                            rt_handout_kind_get_title (RT_HANDOUT_CHANGES));

  if (since == NULL || since[0] == '\0')
    since = previous_meeting_date (data, options->meeting_number, &previous);

  if (since == NULL || strlen (since) < 10)
    {
      _rt_writer_note (w, C_("handout", "前回の会議の日付が登録されていないため、変更点を特定できません。"
                                        "会議の日付を登録するか、基準日を指定してください。"));
      return;
    }

  since_text = rt_date_format_iso (since, options->date_style);
  if (previous > 0)
    intro = g_strdup_printf (C_("handout", "前回（第%d回・%s）以降に追加・更新された意見と委員会の方向性です。"),
                             previous, since_text);
  else
    intro = g_strdup_printf (C_("handout", "%s以降に追加・更新された意見と委員会の方向性です。"), since_text);
  _rt_writer_note (w, intro);

  /* Board order: label by label, theme by theme, then the inbox. */
  for (guint i = 0; i <= data->themes->len; i++)
    {
      GPtrArray *cards = i < data->themes->len ? ((HTheme *)data->themes->pdata[i])->cards : data->inbox;

      groups[0] = cards;
      for (guint j = 0; j < groups[0]->len; j++)
        {
          HCard *card = groups[0]->pdata[j];

          if (card->visibility == RT_VISIBILITY_PRIVATE)
            continue;
          if (on_or_after (card->created, since))
            g_ptr_array_add (created, card);
          else if (on_or_after (card->modified, since))
            g_ptr_array_add (modified, card);
          /* Older opinions answered since: what the secretariat did with them. */
          else if (card->response != NULL && on_or_after (card->response->modified, since))
            g_ptr_array_add (answered, card);
        }
    }

  for (guint i = 0; i < data->directions->len; i++)
    if (on_or_after (((HDirection *)data->directions->pdata[i])->created, since))
      g_ptr_array_add (directions, data->directions->pdata[i]);

  heading = g_strdup_printf (C_("handout", "新しい意見（%u件）"), created->len);
  _rt_writer_heading (w, heading);
  write_card_list (w, created);

  g_free (heading);
  heading = g_strdup_printf (C_("handout", "更新された意見（%u件）"), modified->len);
  _rt_writer_heading (w, heading);
  write_card_list (w, modified);

  g_free (heading);
  heading = g_strdup_printf (C_("handout", "対応を記入した意見（%u件）"), answered->len);
  _rt_writer_heading (w, heading);
  write_card_list (w, answered);

  g_free (heading);
  heading = g_strdup_printf (C_("handout", "新しい委員会の方向性（%u件）"), directions->len);
  _rt_writer_heading (w, heading);
  if (directions->len == 0)
    _rt_writer_note (w, C_("handout", "（なし）"));
  for (guint i = 0; i < directions->len; i++)
    {
      HDirection *d = directions->pdata[i];

      rt_doc_para_add_printf (_rt_writer_paragraph (w, 10, 0, "・"), 0, C_("handout", "論点%d「%s」：%s"),
                              d->point->number, d->point->title, d->text);
    }

  write_followup_answers (w, since, previous);

  _rt_writer_space (w, 10);
  _rt_writer_note (w, C_("handout", "※意見のテーマ間の移動は履歴が記録されていないため、「更新された意見」に含まれ、"
                                    "移動と内容の更新は区別できません。同じテーマの中での並べ替えは含まれません。"));
}
