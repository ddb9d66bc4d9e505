/* rt-handout-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The point table, as 資料2: one row per point of the committee's first
 * framework — its number, title and question, the local proposals, the
 * opinions and themes linked to it, its status and the committee's
 * directions. Rows that do not fit break between lines, under a repeated
 * header row. */

static void
add_list (RtDocCell          *cell,
          const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    rt_doc_para_add_run (rt_doc_cell_add_para (cell, "・"), 0, items[i]);
}

void
_rt_handout_build_points (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  static const double fractions[] = { 0.06, 0.25, 0.22, 0.28, 0.19 };
  RtTableSpec spec = { 0, };
  RtDocTable *table;
  double width = _rt_writer_get_width (w);

  _rt_writer_begin_section (w, C_("handout", "資料2"), rt_handout_kind_get_title (RT_HANDOUT_POINTS));

  if (data->framework_name[0] != '\0')
    {
      g_autofree char *note = g_strdup_printf (C_("handout", "論点の枠組み：%s"), data->framework_name);

      _rt_writer_note (w, note);
    }

  if (data->points->len == 0)
    {
      _rt_writer_note (w, C_("handout", "（論点が登録されていません）"));
      return;
    }

  spec.n_cols = G_N_ELEMENTS (fractions);
  spec.font_size = 8.5;
  spec.headers[0] = C_("handout", "No.");
  spec.headers[1] = C_("handout", "全国的な論点・問い");
  spec.headers[2] = C_("handout", "答申等による提案");
  spec.headers[3] = C_("handout", "関連する委員意見");
  spec.headers[4] = C_("handout", "状況・委員会の方向性");
  for (guint i = 0; i < spec.n_cols; i++)
    {
      spec.widths[i] = width * fractions[i];
      spec.align[i] = RT_DOC_ALIGN_LEFT;
    }
  spec.align[0] = RT_DOC_ALIGN_CENTER;

  table = _rt_writer_table (w, &spec);

  for (guint i = 0; i < data->points->len; i++)
    {
      HPoint *point = data->points->pdata[i];
      RtDocCell *cell;
      guint n_opinions = 0;

      rt_doc_table_add_row (table, FALSE);
      rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, "%d", point->number);

      cell = rt_doc_table_add_cell (table, 1);
      rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), RT_DOC_RUN_BOLD, point->title);
      if (point->question[0] != '\0')
        rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, point->question);

      cell = rt_doc_table_add_cell (table, 1);
      add_list (cell, (const char * const *)point->proposals);
      if (cell->paras->len == 0)
        rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, "－");

      cell = rt_doc_table_add_cell (table, 1);
      for (guint j = 0; j < point->themes->len; j++)
        {
          HTheme *theme = point->themes->pdata[j];

          rt_doc_para_add_printf (rt_doc_cell_add_para (cell, "・"), 0, C_("handout", "〔テーマ〕%s"), theme->name);
          n_opinions++;
        }
      for (guint j = 0; j < point->cards->len; j++)
        {
          HCard *card = point->cards->pdata[j];

          if (card->visibility == RT_VISIBILITY_PRIVATE)
            continue;

          _rt_handout_add_opinion (data, rt_doc_cell_add_para (cell, "・"), card);
          n_opinions++;
        }
      if (n_opinions == 0)
        rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, "－");

      cell = rt_doc_table_add_cell (table, 1);
      rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), RT_DOC_RUN_BOLD, _rt_handout_point_status (point->status));
      add_list (cell, (const char * const *)point->directions);
    }
}
