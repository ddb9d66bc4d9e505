/* rt-handout-responses.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* 意見と対応: each opinion with the secretariat's answer, numbered, theme
 * by theme in board order (then those of the 未分類 inbox that have an
 * answer, or all of them when asked for), in one of
 * two forms:
 *  - the committee's: 番号・テーマ・意見・発言者・対応・考え方;
 *  - a public comment's (お寄せいただいたご意見と市の考え方): 番号・項目・
 *    意見の概要・市の考え方, under the count 「N件（M人）」.
 * 非公開 opinions are left out. An answer shared by several opinions is
 * written out once, at the first of them; the others say 「No.3と同じ」. The
 * secretariat's own copy says how many opinions still wait for an answer;
 * the public version does not. */

typedef struct
{
  HCard   *card;
  HTheme  *theme;   /* NULL: the inbox */
} Row;

static RtResponsesForm
get_form (RtWriter *w)
{
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  RtHandoutData *data = _rt_writer_get_data (w);

  if (options->responses_form != RT_RESPONSES_FORM_DEFAULT)
    return options->responses_form;

  return data->snapshot->mode == RT_COMMITTEE_MODE_PUBLIC_COMMENT ? RT_RESPONSES_FORM_PUBLIC
                                                                  : RT_RESPONSES_FORM_COMMITTEE;
}

static void
add_rows (GArray                 *rows,
          const RtHandoutOptions *options,
          GPtrArray              *cards,
          HTheme                 *theme,
          gboolean                answered_only)
{
  for (guint i = 0; i < cards->len; i++)
    {
      HCard *card = cards->pdata[i];
      Row row = { card, theme };

      if (!_rt_handout_lists_card (options, card) || (answered_only && card->response == NULL))
        continue;
      /* The secretariat's explanations and the chair's procedure wait for
       * no answer: listed only with one of their own. */
      if (!rt_statement_kind_awaits_answer (card->kind) && !card->own_response)
        continue;
      g_array_append_val (rows, row);
    }
}

/* The answer's cell: its text and where it is reflected, or, for an answer
 * written out at an earlier row, a reference to that row. */
static void
add_answer (RtWriter       *w,
            RtDocTable     *table,
            RtSnapResponse *response,
            GHashTable     *first_row,
            guint           number,
            gboolean        with_kind)
{
  RtDocCell *cell = rt_doc_table_add_cell (table, 1);
  g_autofree char *text = NULL;
  gpointer first;
  RtDocPara *para;

  if (response == NULL)
    {
      rt_doc_cell_add_para (cell, NULL);
      return;
    }

  if (g_hash_table_lookup_extended (first_row, response, NULL, &first))
    {
      rt_doc_para_add_printf (rt_doc_cell_add_para (cell, NULL), 0, C_("handout", "No.%uと同じ"),
                              GPOINTER_TO_UINT (first));
      return;
    }
  g_hash_table_insert (first_row, response, GUINT_TO_POINTER (number));

  para = rt_doc_cell_add_para (cell, NULL);
  if (with_kind && response->kind[0] != '\0')
    rt_doc_para_add_printf (para, RT_DOC_RUN_BOLD, C_("handout", "【%s】"), response->kind);
  text = _rt_handout_text (w, response->text);
  rt_doc_para_add_run (para, 0, text);
  if (response->where != NULL)
    rt_doc_para_add_printf (rt_doc_cell_add_para (cell, NULL), RT_DOC_RUN_SMALL,
                            C_("handout", "（反映先：%s）"), response->where);
}

/* Submitters: each person once; an opinion without one counts as one. */
static guint
count_submitters (GArray   *rows,
                  gboolean *all_unknown)
{
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint unknown = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      HCard *card = g_array_index (rows, Row, i).card;

      if (card->speaker_id != 0)
        g_hash_table_add (people, &card->speaker_id);
      else
        unknown++;
    }

  *all_unknown = rows->len > 0 && unknown == rows->len;

  return g_hash_table_size (people) + unknown;
}

/* The table of either form. The committee's has the speaker and the kind
 * in columns of their own; the public form puts the kind, if any, before
 * the answer, and names no one. */
static void
build_table (RtWriter *w,
             GArray   *rows,
             gboolean  public_form)
{
  static const double committee_fractions[] = { 0.05, 0.13, 0.33, 0.09, 0.09, 0.31 };
  static const double public_fractions[] = { 0.06, 0.16, 0.39, 0.39 };
  const double *fractions = public_form ? public_fractions : committee_fractions;
  g_autoptr(GHashTable) first_row = g_hash_table_new (NULL, NULL);
  RtTableSpec spec = { 0, };
  RtDocTable *table;
  double width = _rt_writer_get_width (w);
  HTheme *last_theme = NULL;

  spec.n_cols = public_form ? G_N_ELEMENTS (public_fractions) : G_N_ELEMENTS (committee_fractions);
  spec.font_size = public_form ? 9 : 8.5;
  spec.headers[0] = C_("handout", "番号");
  if (public_form)
    {
      spec.headers[1] = C_("handout", "項目");
      spec.headers[2] = C_("handout", "意見の概要");
      spec.headers[3] = C_("handout", "市の考え方");
    }
  else
    {
      spec.headers[1] = C_("handout", "テーマ");
      spec.headers[2] = C_("handout", "意見");
      spec.headers[3] = C_("handout", "発言者");
      spec.headers[4] = C_("handout", "対応");
      spec.headers[5] = C_("handout", "考え方");
      spec.align[4] = RT_DOC_ALIGN_CENTER;
    }
  for (guint i = 0; i < spec.n_cols; i++)
    spec.widths[i] = width * fractions[i];
  spec.align[0] = RT_DOC_ALIGN_CENTER;

  table = _rt_writer_table (w, &spec);
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);
      RtSnapResponse *response = row->card->response;
      g_autofree char *text = _rt_handout_text (w, row->card->text);
      gboolean new_theme = i == 0 || row->theme != last_theme;

      rt_doc_table_add_row (table, FALSE);
      rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, "%u", i + 1);
      /* The theme on its first row only, as a merged cell would show it. */
      rt_doc_table_add_text (table, 0, !new_theme ? "" : row->theme ? row->theme->name
                                       : public_form ? C_("handout", "その他") : C_("handout", "未分類"));
      rt_doc_table_add_text (table, 0, text);
      if (!public_form)
        {
          g_autofree char *speaker = _rt_handout_speaker (w, row->card);

          rt_doc_table_add_text (table, 0, speaker != NULL ? speaker : "－");
          rt_doc_table_add_text (table, 0, response != NULL ? response->kind : "");
        }
      add_answer (w, table, response, first_row, i + 1, public_form);
      last_theme = row->theme;
    }
}

void
_rt_handout_build_responses (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  RtResponsesForm form = get_form (w);
  guint unanswered = 0;

  /* Opinions of the 未分類 inbox that have an answer are there even
   * without --include-inbox: a public comment imported is answered before
   * it is sorted into items. */
  for (guint i = 0; i < data->themes->len; i++)
    add_rows (rows, options, ((HTheme *)data->themes->pdata[i])->cards, data->themes->pdata[i], FALSE);
  add_rows (rows, options, data->inbox, NULL, !options->include_inbox);

  for (guint i = 0; i < rows->len; i++)
    unanswered += g_array_index (rows, Row, i).card->response == NULL;

  if (form == RT_RESPONSES_FORM_PUBLIC)
    {
      g_autofree char *count = NULL;
      gboolean all_unknown;
      guint submitters = count_submitters (rows, &all_unknown);

      _rt_writer_begin_section (w, C_("handout", "資料6"), C_("handout", "お寄せいただいたご意見と市の考え方"));
      if (all_unknown)
        count = g_strdup_printf (C_("handout", "意見の件数：%u件"), rows->len);
      else
        count = g_strdup_printf (C_("handout", "意見の件数：%u件（%u人）"), rows->len, submitters);
      rt_doc_para_add_run (_rt_writer_paragraph (w, 11, 0, NULL), RT_DOC_RUN_BOLD, count);
      _rt_writer_note (w, C_("handout", "いただいたご意見は、趣旨を損なわない範囲で要約しています。"));
    }
  else
    _rt_writer_begin_section (w, C_("handout", "資料6"), rt_handout_kind_get_title (RT_HANDOUT_RESPONSES));

  if (!options->public_version && unanswered > 0)
    {
      g_autofree char *note = g_strdup_printf (C_("handout", "（事務局用）%u件中%u件の意見は、対応が未記入です。"),
                                               rows->len, unanswered);

      _rt_writer_note (w, note);
    }

  if (rows->len == 0)
    {
      _rt_writer_note (w, C_("handout", "（意見なし）"));
      return;
    }

  build_table (w, rows, form == RT_RESPONSES_FORM_PUBLIC);
}

/* The pseudonym table (委員限り): which member each letter stands for, for
 * the secretariat's file. Never in a public version. */
void
_rt_handout_build_pseudonyms (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  RtSpeakerPolicy *policy = data->snapshot->speakers;
  static const double fractions[] = { 0.18, 0.30, 0.24, 0.14, 0.14 };
  RtTableSpec spec = { 0, };
  RtDocTable *table;
  double width = _rt_writer_get_width (w);
  guint n = 0;

  _rt_writer_begin_section (w, C_("handout", "委員限り"), rt_handout_kind_get_title (RT_HANDOUT_PSEUDONYMS));
  _rt_writer_note (w, C_("handout", "公開用の資料では、発言者を次の仮名で表示しています。同じ方は、どの会議・どの資料でも同じ仮名です。"
                                    "この表は委員会限りの資料とし、公開しないでください。"));

  spec.n_cols = G_N_ELEMENTS (fractions);
  spec.font_size = 10;
  spec.headers[0] = C_("handout", "仮名");
  spec.headers[1] = C_("handout", "氏名");
  spec.headers[2] = C_("handout", "役職");
  spec.headers[3] = C_("handout", "初出");
  spec.headers[4] = C_("handout", "状態");
  for (guint i = 0; i < spec.n_cols; i++)
    {
      spec.widths[i] = width * fractions[i];
      spec.align[i] = RT_DOC_ALIGN_LEFT;
    }
  spec.align[3] = RT_DOC_ALIGN_CENTER;
  spec.align[4] = RT_DOC_ALIGN_CENTER;

  table = _rt_writer_table (w, &spec);
  for (guint i = 0; i < rt_speaker_policy_get_n_entries (policy); i++)
    {
      const RtPseudonymEntry *entry = rt_speaker_policy_get_entry (policy, i);
      g_autofree char *pseudonym = NULL;

      if (entry->letter[0] == '\0')
        continue;

      pseudonym = rt_speaker_policy_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM,
                                          entry->person_id, RT_VISIBILITY_PUBLIC);
      rt_doc_table_add_row (table, FALSE);
      rt_doc_table_add_text (table, RT_DOC_RUN_BOLD, pseudonym ? pseudonym : entry->letter);
      rt_doc_table_add_text (table, 0, entry->name[0] != '\0' ? entry->name : "－");
      rt_doc_table_add_text (table, 0, entry->role[0] != '\0' ? entry->role : "－");
      if (entry->first_meeting > 0)
        rt_doc_para_add_printf (rt_doc_table_add_text (table, 0, NULL), 0, C_("handout", "第%d回"),
                                entry->first_meeting);
      else
        rt_doc_table_add_text (table, 0, "－");
      /* A letter not yet kept may still change until an output stores it. */
      rt_doc_table_add_text (table, 0, entry->stored ? C_("handout", "確定") : C_("handout", "仮"));
      n++;
    }

  if (n == 0)
    {
      rt_doc_table_add_row (table, FALSE);
      rt_doc_para_add_run (rt_doc_cell_add_para (rt_doc_table_add_cell (table, spec.n_cols), NULL), 0,
                           C_("handout", "（委員が登録されていません）"));
    }

  _rt_writer_space (w, 8);
  _rt_writer_note (w, C_("handout", "事務局、市長、職員は仮名ではなく役職名で表示します。"));
}
