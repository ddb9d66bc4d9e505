/* rt-handout-opinions.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The opinion list by theme, as 資料1-1 and 資料1-2: one handout per handout
 * label, each theme a heading, each opinion a paragraph ending with its
 * speaker（林委員）, in board order. 非公開 cards are left out. The 未分類
 * inbox is left out unless asked for; then it comes last, after every label. */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* "委員意見一覧（第1回・第2回）": the meetings whose opinions are listed. */
static char *
make_title (const RtHandoutOptions *options,
            GPtrArray              *themes,
            GPtrArray              *extra)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) title = g_string_new (rt_handout_kind_get_title (RT_HANDOUT_OPINIONS));
  GPtrArray *groups[2];
  guint n_groups = 0;

  for (guint i = 0; themes != NULL && i < themes->len; i++)
    {
      groups[0] = ((HTheme *)themes->pdata[i])->cards;
      n_groups = 1;
      if (extra != NULL && i == themes->len - 1)
        groups[n_groups++] = extra;

      for (guint g = 0; g < n_groups; g++)
        for (guint j = 0; j < groups[g]->len; j++)
          {
            HCard *card = groups[g]->pdata[j];
            gboolean seen = FALSE;

            if (!_rt_handout_lists_card (options, card) || card->meeting_number <= 0)
              continue;
            for (guint k = 0; k < numbers->len; k++)
              seen |= g_array_index (numbers, int, k) == card->meeting_number;
            if (!seen)
              g_array_append_val (numbers, card->meeting_number);
          }
    }

  if (numbers->len == 0)
    return g_string_free (g_steal_pointer (&title), FALSE);

  g_array_sort (numbers, compare_ints);

  g_string_append (title, "　");
  for (guint i = 0; i < numbers->len; i++)
    {
      if (i > 0)
        g_string_append (title, "・");
      g_string_append_printf (title, C_("handout", "第%d回"), g_array_index (numbers, int, i));
    }
  if (options->statements == 0 || options->statements == RT_STATEMENT_KINDS_ALL)
    g_string_append (title, C_("handout", "の意見"));
  else
    {
      /* Only some kinds: "第1回の質問・要望". */
      const char *sep = "の";

      for (guint k = 0; k <= RT_STATEMENT_KIND_LAST; k++)
        if (options->statements & (1u << k))
          {
            g_string_append (title, sep);
            g_string_append (title, rt_statement_kind_to_tag (k));
            sep = "・";
          }
    }

  return g_string_free (g_steal_pointer (&title), FALSE);
}

static void
write_cards (RtWriter  *w,
             GPtrArray *cards)
{
  guint shown = 0;

  for (guint i = 0; i < cards->len; i++)
    {
      HCard *card = cards->pdata[i];

      if (!_rt_handout_lists_card (_rt_writer_get_options (w), card))
        continue;

      _rt_handout_add_opinion (w, _rt_writer_paragraph (w, 10.5, 0, "・"), card);
      shown++;
    }

  if (shown == 0)
    {
      guint statements = _rt_writer_get_options (w)->statements;

      /* Some kinds only: the theme may well have opinions of others. */
      if (statements != 0 && statements != RT_STATEMENT_KINDS_ALL)
        _rt_writer_note (w, C_("handout", "（該当する発言なし）"));
      else
        _rt_writer_note (w, C_("handout", "（意見なし）"));
    }
}

void
_rt_handout_build_opinions (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  gboolean with_inbox = options->include_inbox && data->inbox->len > 0;
  int last = -1;

  for (guint i = 0; i < data->labels->len; i++)
    if (((HLabel *)data->labels->pdata[i])->themes->len > 0)
      last = i;

  if (last < 0)
    {
      g_autofree char *title = make_title (options, NULL, NULL);

      _rt_writer_begin_section (w, _rt_handout_label (data, _rt_writer_get_meeting (w), "opinions",
                                                      C_("handout", "資料1")), title);
      if (with_inbox)
        {
          _rt_writer_heading (w, C_("handout", "未分類"));
          write_cards (w, data->inbox);
        }
      else
        _rt_writer_note (w, C_("handout", "（意見なし）"));
      return;
    }

  for (guint i = 0; i < data->labels->len; i++)
    {
      HLabel *label = data->labels->pdata[i];
      gboolean inbox_here = with_inbox && (int)i == last;
      g_autofree char *title = NULL;
      g_autofree char *nick = NULL;
      const char *number;

      if (label->themes->len == 0)
        continue;

      /* The material of the meeting made from this label, or from all the
       * opinions; else the label's own name. */
      nick = g_strdup_printf ("opinions:%" G_GINT64_FORMAT, label->id);
      number = _rt_handout_label (data, _rt_writer_get_meeting (w), nick, NULL);
      if (number == NULL)
        number = _rt_handout_label (data, _rt_writer_get_meeting (w), "opinions",
                                    label->name[0] != '\0' ? label->name : C_("handout", "資料1"));

      title = make_title (options, label->themes, inbox_here ? data->inbox : NULL);
      _rt_writer_begin_section (w, number, title);

      for (guint j = 0; j < label->themes->len; j++)
        {
          HTheme *theme = label->themes->pdata[j];

          _rt_writer_heading (w, theme->name);
          write_cards (w, theme->cards);
        }

      if (inbox_here)
        {
          _rt_writer_heading (w, C_("handout", "未分類"));
          write_cards (w, data->inbox);
        }
    }
}
