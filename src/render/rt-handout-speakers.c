/* rt-handout-speakers.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The speaker index: a table of speakers × themes with the number of
 * opinions, then each speaker's opinions with their theme. 非公開 cards are
 * not counted; cards whose speaker is hidden count under 発言者非公開 and are
 * not listed under anyone. Speakers are named by the committee's display
 * policy: people it names alike (every member as 委員) share a row, and
 * with speakers not shown at all only the totals remain. */

#define MAX_THEME_COLUMNS 6

typedef struct
{
  HTheme    *theme;    /* NULL: the inbox */
  GPtrArray *cards;
} Column;

void
_rt_handout_build_speakers (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  g_autoptr(GArray) columns = g_array_new (FALSE, FALSE, sizeof (Column));
  g_autoptr(GHashTable) row_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) row_of_label = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *all_totals = NULL;
  guint n_rows;
  g_autofree guint *counts = NULL;
  g_autofree guint *totals = NULL;
  double width = _rt_writer_get_width (w);
  guint per_table;

  _rt_writer_begin_section (w, _rt_handout_label (_rt_writer_get_data (w), _rt_writer_get_meeting (w), "speakers",
                                                 C_("handout", "資料4")),
                            rt_handout_kind_get_title (RT_HANDOUT_SPEAKERS));

  for (guint i = 0; i < data->themes->len; i++)
    {
      Column c = { data->themes->pdata[i], ((HTheme *)data->themes->pdata[i])->cards };
      g_array_append_val (columns, c);
    }
  if (options->include_inbox && data->inbox->len > 0)
    {
      Column c = { NULL, data->inbox };
      g_array_append_val (columns, c);
    }

  /* Rows are 1-based in row_of: 0 is no row. */
  for (guint i = 0; i < data->people->len; i++)
    {
      HPerson *person = data->people->pdata[i];
      char *label = _rt_handout_person (w, person);
      gpointer row;

      if (label == NULL)
        continue;
      if (!(row = g_hash_table_lookup (row_of_label, label)))
        {
          g_ptr_array_add (labels, label);
          row = GUINT_TO_POINTER (labels->len);
          g_hash_table_insert (row_of_label, label, row);
        }
      else
        g_free (label);
      g_hash_table_insert (row_of, &person->id, row);
    }
  n_rows = labels->len + 1;  /* the last row: 発言者非公開 */

  if (_rt_writer_get_display (w) == RT_SPEAKER_DISPLAY_HIDDEN)
    _rt_writer_note (w, C_("handout", "発言者を表示しない設定のため、テーマ別の意見数のみを載せています。"));

  counts = g_new0 (guint, n_rows * MAX (columns->len, 1));
  totals = g_new0 (guint, n_rows);
  all_totals = g_new0 (guint, MAX (columns->len, 1));
  for (guint c = 0; c < columns->len; c++)
    {
      GPtrArray *cards = g_array_index (columns, Column, c).cards;

      for (guint j = 0; j < cards->len; j++)
        {
          HCard *card = cards->pdata[j];
          guint row;

          if (!_rt_handout_lists_card (_rt_writer_get_options (w), card))
            continue;
          if (_rt_writer_get_display (w) == RT_SPEAKER_DISPLAY_HIDDEN)
            {
              all_totals[c]++;
              continue;
            }
          if (card->visibility == RT_VISIBILITY_ANONYMOUS)
            row = n_rows - 1;
          else if ((row = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &card->speaker_id))) == 0)
            continue;
          else
            row--;

          counts[row * columns->len + c]++;
          totals[row]++;
          all_totals[c]++;
        }
    }

  /* Wide committees get several tables of a few themes each. */
  per_table = CLAMP ((guint)((width - 130) / 52), 1, MAX_THEME_COLUMNS);
  if (columns->len > per_table)
    {
      guint n_tables = (columns->len + per_table - 1) / per_table;

      /* Tables of even width: 4 + 4 rather than 6 + 2. */
      per_table = (columns->len + n_tables - 1) / n_tables;
    }
  for (guint start = 0; start < MAX (columns->len, 1); start += per_table)
    {
      guint n = MIN (per_table, columns->len - start);
      gboolean last_table = start + per_table >= columns->len;
      RtTableSpec spec = { 0, };
      RtDocTable *table;
      double name_width = 90, total_width = last_table ? 40 : 0;

      spec.n_cols = 1 + n + (last_table ? 1 : 0);
      spec.font_size = 8;
      spec.widths[0] = name_width;
      spec.headers[0] = C_("handout", "発言者");
      spec.align[0] = RT_DOC_ALIGN_LEFT;
      for (guint c = 0; c < n; c++)
        {
          Column *column = &g_array_index (columns, Column, start + c);

          spec.headers[1 + c] = column->theme ? column->theme->name : C_("handout", "未分類");
          spec.widths[1 + c] = (width - name_width - total_width) / n;
          spec.align[1 + c] = RT_DOC_ALIGN_CENTER;
        }
      if (last_table)
        {
          spec.headers[n + 1] = C_("handout", "計");
          spec.widths[n + 1] = total_width;
          spec.align[n + 1] = RT_DOC_ALIGN_CENTER;
        }

      table = _rt_writer_table (w, &spec);
      for (guint row = 0; row < n_rows + 1; row++)
        {
          gboolean sum_row = row == n_rows;

          if (row == n_rows - 1 && totals[row] == 0)
            continue;

          rt_doc_table_add_row (table, FALSE);
          if (sum_row)
            rt_doc_table_add_text (table, RT_DOC_RUN_BOLD, C_("handout", "計"));
          else if (row == n_rows - 1)
            rt_doc_table_add_text (table, 0, C_("handout", "発言者非公開"));
          else
            rt_doc_table_add_text (table, 0, labels->pdata[row]);

          for (guint c = 0; c < n; c++)
            {
              guint value;

              if (sum_row)
                value = all_totals[start + c];
              else
                value = counts[row * columns->len + start + c];
              if (value > 0)
                rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, "%u", value);
              else
                rt_doc_table_add_text (table, 0, "－");
            }

          if (last_table)
            {
              guint value = 0;

              if (sum_row)
                for (guint c = 0; c < columns->len; c++)
                  value += all_totals[c];
              else
                value = totals[row];
              rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, "%u", value);
            }
        }
    }

  for (guint row = 0; row + 1 < n_rows; row++)
    {
      g_autofree char *heading = NULL;

      if (totals[row] == 0)
        continue;

      heading = g_strdup_printf (C_("handout", "%s（%u件）"), (char *)labels->pdata[row], totals[row]);
      _rt_writer_heading (w, heading);

      for (guint c = 0; c < columns->len; c++)
        {
          Column *column = &g_array_index (columns, Column, c);
          const char *theme = column->theme ? column->theme->name : C_("handout", "未分類");

          for (guint j = 0; j < column->cards->len; j++)
            {
              HCard *card = column->cards->pdata[j];
              g_autofree char *text = NULL;
              RtDocPara *para;

              if (card->visibility != RT_VISIBILITY_PUBLIC ||
                  !_rt_handout_lists_card (_rt_writer_get_options (w), card) ||
                  GPOINTER_TO_UINT (g_hash_table_lookup (row_of, &card->speaker_id)) != row + 1)
                continue;

              para = _rt_writer_paragraph (w, 10, 0, "・");
              text = _rt_handout_text (w, card->text);
              rt_doc_para_add_run (para, 0, text);
              rt_doc_para_add_printf (para, RT_DOC_RUN_SMALL, "〔%s〕", theme);
            }
        }
    }
}
