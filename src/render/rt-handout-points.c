/* rt-handout-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <string.h>

#include "rt-coverage-painter.h"
#include "rt-handout-private.h"

/* The point table, as 資料2: one row per point of the committee's first
 * framework — its number, title and question, the local proposals, the
 * opinions and themes linked to it, its status and the committee's
 * directions. Rows that do not fit break between lines, under a repeated
 * header row. On request, the coverage matrix follows: the public opinions
 * on each point by speaker, an image in the PDF and in the Word file. */

static void
add_list (RtDocCell          *cell,
          const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    rt_doc_para_add_run (rt_doc_cell_add_para (cell, "・"), 0, items[i]);
}

typedef struct
{
  RtCoverage      *coverage;
  RtCoverageStyle  style;
  double           width;
  double           height;
} Matrix;

static void
matrix_free (Matrix *matrix)
{
  rt_coverage_free (matrix->coverage);
  g_free (matrix);
}

static void
paint_matrix (gpointer  user_data,
              cairo_t  *cr,
              double    width,
              double    height)
{
  Matrix *matrix = user_data;
  double scale = MIN (width / matrix->width, height / matrix->height);

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  rt_coverage_paint (matrix->coverage, &matrix->style, cr);
  cairo_restore (cr);
}

static void
add_count (RtCoverage *coverage,
           GHashTable *counted,
           guint       row,
           guint       column,
           HCard      *card)
{
  g_autofree char *key = g_strdup_printf ("%u:%" G_GINT64_FORMAT, row, card->id);

  if (!g_hash_table_add (counted, g_steal_pointer (&key)))
    return;

  coverage->counts[row * coverage->n_columns + column]++;
  coverage->column_totals[column]++;
}

/* The matrix of the snapshot: points × speakers, counting each public
 * opinion once per point, whether linked itself or through its theme;
 * opinions whose speaker is hidden count under 発言者非公開. Speakers are
 * named as the handout names them: people shown alike (all members as
 * 委員) share a column. */
static RtCoverage *
public_coverage (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  RtCoverage *coverage = g_new0 (RtCoverage, 1);
  g_autoptr(GHashTable) column_of = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) column_of_label = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint hidden;

  for (guint i = 0; i < data->people->len; i++)
    {
      HPerson *person = data->people->pdata[i];
      char *label = _rt_handout_person (w, person);
      gpointer column;

      if (label == NULL)
        continue;
      if (!g_hash_table_lookup_extended (column_of_label, label, NULL, &column))
        {
          column = GUINT_TO_POINTER (labels->len);
          g_ptr_array_add (labels, label);
          g_hash_table_insert (column_of_label, label, column);
        }
      else
        g_free (label);
      g_hash_table_insert (column_of, &person->id, column);
    }
  hidden = labels->len;

  coverage->axis = RT_COVERAGE_BY_SPEAKER;
  coverage->n_rows = data->points->len;
  coverage->n_columns = labels->len + 1;
  coverage->row_ids = g_new0 (gint64, coverage->n_rows);
  coverage->row_numbers = g_new0 (int, coverage->n_rows);
  coverage->row_titles = g_new0 (char *, coverage->n_rows + 1);
  coverage->column_ids = g_new0 (gint64, coverage->n_columns);
  coverage->column_labels = g_new0 (char *, coverage->n_columns + 1);
  coverage->counts = g_new0 (guint, coverage->n_rows * coverage->n_columns);
  coverage->row_totals = g_new0 (guint, coverage->n_rows);
  coverage->column_totals = g_new0 (guint, coverage->n_columns);

  for (guint c = 0; c < labels->len; c++)
    {
      coverage->column_ids[c] = c + 1;
      coverage->column_labels[c] = g_strdup (labels->pdata[c]);
    }
  coverage->column_labels[hidden] = g_strdup (C_("handout", "発言者非公開"));

  for (guint r = 0; r < data->points->len; r++)
    {
      HPoint *point = data->points->pdata[r];
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      guint before = g_hash_table_size (counted);

      coverage->row_ids[r] = point->id;
      coverage->row_numbers[r] = point->number;
      coverage->row_titles[r] = g_strdup (point->title);

      g_ptr_array_extend (cards, point->cards, NULL, NULL);
      for (guint t = 0; t < point->themes->len; t++)
        g_ptr_array_extend (cards, ((HTheme *)point->themes->pdata[t])->cards, NULL, NULL);

      for (guint i = 0; i < cards->len; i++)
        {
          HCard *card = cards->pdata[i];
          gpointer column;

          if (card->visibility == RT_VISIBILITY_PRIVATE)
            continue;
          if (card->visibility == RT_VISIBILITY_ANONYMOUS)
            add_count (coverage, counted, r, hidden, card);
          else if (g_hash_table_lookup_extended (column_of, &card->speaker_id, NULL, &column))
            add_count (coverage, counted, r, GPOINTER_TO_UINT (column), card);
        }
      coverage->row_totals[r] = g_hash_table_size (counted) - before;
    }

  /* No hidden speaker: no column for them. */
  if (coverage->column_totals[hidden] == 0)
    {
      guint *counts = g_new0 (guint, coverage->n_rows * (coverage->n_columns - 1));

      for (guint r = 0; r < coverage->n_rows; r++)
        memcpy (counts + r * (coverage->n_columns - 1), coverage->counts + r * coverage->n_columns,
                (coverage->n_columns - 1) * sizeof (guint));
      g_free (coverage->counts);
      coverage->counts = counts;
      g_clear_pointer (&coverage->column_labels[hidden], g_free);
      coverage->n_columns--;
    }

  return coverage;
}

static void
add_coverage (RtWriter *w)
{
  Matrix *matrix;

  /* Speakers not shown at all: a matrix of speakers would say nothing. */
  if (_rt_writer_get_display (w) == RT_SPEAKER_DISPLAY_HIDDEN)
    {
      _rt_writer_heading (w, C_("handout", "論点別の発言状況（発言者別の意見数）"));
      _rt_writer_note (w, C_("handout", "発言者を表示しない設定のため、発言者別の発言状況は載せていません。"));
      return;
    }

  matrix = g_new0 (Matrix, 1);
  matrix->coverage = public_coverage (w);
  rt_coverage_style_init_light (&matrix->style);
  matrix->style.font_size = 9;
  rt_coverage_measure (matrix->coverage, &matrix->style, &matrix->width, &matrix->height);

  _rt_writer_heading (w, C_("handout", "論点別の発言状況（発言者別の意見数）"));
  _rt_writer_note (w, C_("handout", "色の付いた空欄は、まだ誰も発言していない組み合わせです。"
                                    "テーマを通じて結び付いた意見を含み、非公開の意見は数えていません。"));
  rt_doc_add_image (_rt_writer_get_doc (w), matrix->width, matrix->height, 0,
                    C_("handout", "論点別の発言状況"), paint_matrix, matrix, (GDestroyNotify)matrix_free);
}

void
_rt_handout_build_points (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  static const double fractions[] = { 0.06, 0.25, 0.22, 0.28, 0.19 };
  RtTableSpec spec = { 0, };
  RtDocTable *table;
  double width = _rt_writer_get_width (w);

  _rt_writer_begin_section (w, _rt_handout_label (_rt_writer_get_data (w), _rt_writer_get_meeting (w), "points",
                                                 C_("handout", "資料2")),
                            rt_handout_kind_get_title (RT_HANDOUT_POINTS));

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

          _rt_handout_add_opinion (w, rt_doc_cell_add_para (cell, "・"), card);
          n_opinions++;
        }
      if (n_opinions == 0)
        rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, "－");

      cell = rt_doc_table_add_cell (table, 1);
      rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), RT_DOC_RUN_BOLD, _rt_handout_point_status (point->status));
      add_list (cell, (const char * const *)point->directions);
    }

  if (_rt_writer_get_options (w)->include_coverage)
    add_coverage (w);
}
