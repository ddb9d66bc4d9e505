/* test-response-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The 意見と対応 handout in its two forms, on the sample and on real public
 * comment results imported with the city's answers; how handouts and the
 * projector name speakers by the display policy: no member's name in a
 * pseudonymous or public version, none at all when hidden.
 */

#include "config.h"

#include <string.h>

#include "rt-committee.h"
#include "rt-handout-private.h"
#include "rt-slide.h"
#include "rt-table-import.h"
#include "rt-test-util.h"

typedef struct
{
  char          *tmpdir;
  char          *path;
  RtCommittee   *committee;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_object (&f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static void
append_para (GString         *text,
             const RtDocPara *para)
{
  g_autofree char *s = rt_doc_para_get_text (para);

  g_string_append (text, s);
  g_string_append_c (text, '\n');
}

/* Everything a document says, in order: section titles, headings,
 * paragraphs and table cells, a line each, the cells of a row separated by
 * tabs. */
static char *
doc_text (RtDoc *doc)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      RtDocBlock *block = doc->blocks->pdata[i];

      if (block->label != NULL && block->label[0] != '\0')
        g_string_append_printf (text, "【%s】\n", block->label);
      if (block->text != NULL)
        g_string_append_printf (text, "%s\n", block->text);
      if (block->para != NULL)
        append_para (text, block->para);
      if (block->table != NULL)
        for (guint r = 0; r < block->table->rows->len; r++)
          {
            GPtrArray *row = block->table->rows->pdata[r];

            for (guint c = 0; c < row->len; c++)
              {
                RtDocCell *cell = row->pdata[c];

                for (guint p = 0; p < cell->paras->len; p++)
                  {
                    g_autofree char *s = rt_doc_para_get_text (cell->paras->pdata[p]);

                    g_string_append (text, s);
                  }
                g_string_append_c (text, '\t');
              }
            g_string_append_c (text, '\n');
          }
    }

  return g_string_free (text, FALSE);
}

static char *
build_text (RtCommittee            *committee,
            const RtHandoutOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtHandoutData) data = rt_handout_data_new (committee, &error);
  g_autoptr(RtDoc) doc = NULL;

  g_assert_no_error (error);
  doc = rt_handout_build_doc (data, options, NULL, &error);
  g_assert_no_error (error);

  return doc_text (doc);
}

/* The table rows of the 意見と対応 handout: the lines whose first cell is a number. */
static GPtrArray *
table_rows (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_ascii_isdigit (lines[i][0]) && strchr (lines[i], '\t'))
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));

  return rows;
}

/* The committee form: a numbered row for every public opinion of the
 * themes, each with its answer or a reference to the row that has it. */
static void
test_committee_form (Fixture       *f,
                     gconstpointer  user_data)
{
  g_auto(RtHandoutOptions) options;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GListModel *cards = rt_committee_get_cards (f->committee);
  guint n_shown = 0, n_answered = 0;

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_RESPONSES;
  text = build_text (f->committee, &options);
  rows = table_rows (text);

  g_assert_nonnull (strstr (text, "委員意見と対応"));
  g_assert_nonnull (strstr (text, "番号\tテーマ\t意見\t発言者\t対応\t考え方"));

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      RtResponse *response = rt_committee_get_card_response (f->committee, rt_card_get_id (card));
      g_autofree char *opinion = g_strstrip (g_strdup (rt_card_get_text (card)));
      gboolean found = FALSE;

      if (rt_card_get_theme_id (card) == 0 || rt_card_get_visibility (card) == RT_VISIBILITY_PRIVATE)
        continue;
      n_shown++;
      n_answered += response != NULL;

      for (guint r = 0; r < rows->len; r++)
        {
          char **cells = rows->pdata[r];

          if (g_strv_length (cells) < 6 || !g_str_equal (cells[2], opinion))
            continue;
          found = TRUE;
          if (response == NULL)
            g_assert_cmpstr (cells[5], ==, "");
          else
            {
              g_assert_cmpstr (cells[4], ==, rt_response_get_kind (response));
              /* Written out at its first row, referred to at the others. */
              g_assert_true (g_str_has_prefix (cells[5], rt_response_get_text (response)) ||
                             (g_str_has_prefix (cells[5], "No.") && strstr (cells[5], "と同じ")));
            }
        }
      g_assert_true (found);
    }

  g_assert_cmpuint (rows->len, ==, n_shown);
  g_assert_cmpuint (n_answered, ==, 24);
  g_assert_nonnull (strstr (text, "46件中22件の意見は、対応が未記入です"));

  /* The public version has no note for the secretariat. */
  options.public_version = TRUE;
  g_free (text);
  text = build_text (f->committee, &options);
  g_assert_null (strstr (text, "未記入"));
}

/* The secretariat's explanations and the chair's procedure wait for no
 * answer: left out of 意見と対応 unless answered on their own, even in a
 * theme that has an answer. */
static void
test_statement_kinds (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_auto(RtHandoutOptions) options;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL, before = NULL;
  g_autoptr(RtCard) explained = NULL, unanswered = NULL;
  GListModel *cards = rt_committee_get_cards (f->committee);
  gint64 ids[2];

  /* A card of a theme answered as a whole, and an unanswered one. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      RtResponse *response = rt_committee_get_card_response (f->committee, rt_card_get_id (card));

      if (rt_card_get_theme_id (card) == 0 || rt_card_get_visibility (card) == RT_VISIBILITY_PRIVATE)
        continue;
      if (explained == NULL && response != NULL && rt_response_get_theme_id (response) != 0)
        explained = g_object_ref (card);
      else if (unanswered == NULL && response == NULL)
        unanswered = g_object_ref (card);
    }
  g_assert_nonnull (explained);
  g_assert_nonnull (unanswered);

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_RESPONSES;
  text = build_text (f->committee, &options);
  before = table_rows (text);

  ids[0] = rt_card_get_id (explained);
  ids[1] = rt_card_get_id (unanswered);
  g_assert_true (rt_committee_set_cards_kind (f->committee, &ids[0], 1, RT_STATEMENT_KIND_ANSWER, &error));
  g_assert_true (rt_committee_set_cards_kind (f->committee, &ids[1], 1, RT_STATEMENT_KIND_PROCEDURE, &error));
  g_assert_no_error (error);
  g_free (text);
  text = build_text (f->committee, &options);
  rows = table_rows (text);
  g_assert_cmpuint (rows->len, ==, before->len - 2);
  g_assert_null (strstr (text, rt_card_get_text (explained)));
  g_assert_null (strstr (text, rt_card_get_text (unanswered)));
  g_assert_nonnull (strstr (text, "44件中21件の意見は、対応が未記入です"));

  /* Answered on its own, a procedure is listed again. */
  g_assert_cmpint (rt_committee_answer_cards (f->committee, &ids[1], 1,
                                              &(RtResponseEdit) { 0, "記録にとどめます。", "", 0, 0 }, &error), >, 0);
  g_assert_no_error (error);
  g_free (text);
  text = build_text (f->committee, &options);
  g_ptr_array_unref (g_steal_pointer (&rows));
  rows = table_rows (text);
  g_assert_cmpuint (rows->len, ==, before->len - 1);
  g_assert_nonnull (strstr (text, "記録にとどめます。"));
}

/* Real results of a public comment, imported with the city's answers
 * through rt_committee_add_answers(), as the public-comment import does,
 * and printed in the public form with their count. */
static void
test_public_form (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (g_getenv ("RT_SOURCE_DIR"), "tests", "data",
                                              "nishitokyo-sangyo-results.tsv", NULL);
  g_autofree char *path = g_build_filename (f->tmpdir, "public.ronten", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (source);
  g_autoptr(RtSheet) sheet = rt_sheet_load (file, NULL, NULL, &error);
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(GArray) answers = g_array_new (FALSE, TRUE, sizeof (RtAnswerDraft));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(RtHandoutOptions) options;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  RtTableImportResult result;
  RtTableMapping mapping;
  GListModel *cards;
  int answer_column;
  gint64 submitter;

  g_assert_no_error (error);
  committee = rt_committee_create_empty (path, "西東京市 産業振興マスタープラン 意見募集", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_set_mode (committee, RT_COMMITTEE_MODE_PUBLIC_COMMENT, &error));

  rt_table_mapping_init (&mapping);
  mapping.text = rt_sheet_find_column (sheet, "お寄せいただいた意見", &error);
  mapping.category = rt_sheet_find_column (sheet, "案件", &error);
  answer_column = rt_sheet_find_column (sheet, "市の検討結果", &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_import_table (committee, sheet, &mapping, "意見募集の結果", &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_cards, ==, 3);

  /* The cards in the order of the rows, each with the city's answer. */
  cards = rt_committee_get_cards (committee);
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      gint64 id = rt_card_get_id (card);

      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, ==, 3);
  for (guint i = 0; i < ids->len; i++)
    {
      RtAnswerDraft answer = {
        .card_ids = &g_array_index (ids, gint64, i),
        .n_cards = 1,
        .text = rt_sheet_get_cell (sheet, i + 1, answer_column),
      };

      g_array_append_val (answers, answer);
    }
  g_assert_true (rt_committee_add_answers (committee, (RtAnswerDraft *)(gpointer)answers->data, answers->len, &error));
  g_assert_no_error (error);

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_RESPONSES;
  text = build_text (committee, &options);
  rows = table_rows (text);

  g_assert_nonnull (strstr (text, "お寄せいただいたご意見と市の考え方"));
  g_assert_nonnull (strstr (text, "番号\t項目\t意見の概要\t市の考え方"));
  /* No submitter is known: the count of opinions alone. */
  g_assert_nonnull (strstr (text, "意見の件数：3件\n"));
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = rows->pdata[i];
      g_autofree char *opinion = g_strstrip (g_strdup (rt_sheet_get_cell (sheet, i + 1, mapping.text)));

      g_assert_cmpstr (cells[2], ==, opinion);
      g_assert_cmpstr (cells[3], ==, rt_sheet_get_cell (sheet, i + 1, answer_column));
    }
  /* The item on its first row only. */
  g_assert_cmpstr (((char **)rows->pdata[0])[1], ==, "産業振興マスタープラン中間のまとめ");
  g_assert_cmpstr (((char **)rows->pdata[1])[1], ==, "");
  g_assert_cmpstr (((char **)rows->pdata[2])[1], ==, "西東京市第2次産業振興マスタープラン(素案)");

  /* Two submitters, one of whom sent two opinions: 3件（2人）. */
  submitter = rt_committee_add_person (committee, "", "", &error);
  g_assert_true (rt_committee_set_cards_speaker (committee, (gint64 *)(gpointer)ids->data, 2, submitter, &error));
  submitter = rt_committee_add_person (committee, "", "", &error);
  g_assert_true (rt_committee_set_cards_speaker (committee, &g_array_index (ids, gint64, 2), 1, submitter, &error));
  g_assert_no_error (error);
  g_free (text);
  text = build_text (committee, &options);
  g_assert_nonnull (strstr (text, "意見の件数：3件（2人）"));

  /* The committee form shows them as numbered submitters. */
  options.responses_form = RT_RESPONSES_FORM_COMMITTEE;
  g_free (text);
  text = build_text (committee, &options);
  g_assert_nonnull (strstr (text, "\t提出者1\t"));
  g_assert_nonnull (strstr (text, "\t提出者2\t"));
}

static const char * const member_names[] = {
  "金尾", "林委員", "降旗", "倉本", "玉山", "矢澤", "小早川", "森田", "山田",
};

static void
assert_no_name (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_names); i++)
    if (strstr (text, member_names[i]) != NULL)
      g_error ("“%s” is named in: %.200s", member_names[i], strstr (text, member_names[i]));
}

/* Pseudonyms in every handout kind of a public version, the same letter
 * for a person everywhere; with speakers hidden, no speaker at all. */
static void
test_no_names (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_auto(RtHandoutOptions) options;
  g_autofree char *text = NULL;
  g_autofree char *hidden = NULL;
  g_autoptr(GListModel) theme_cards = rt_committee_list_cards (f->committee, 1);
  g_autoptr(RtCard) first = g_list_model_get_item (theme_cards, 0);

  /* A card whose text names a member, as minutes sometimes do. */
  g_assert_true (rt_committee_set_card_text (f->committee, rt_card_get_id (first),
                                             "林委員の意見に賛成。降旗委員も同じ考え。", &error));
  g_assert_no_error (error);

  rt_handout_options_init (&options);
  options.kinds = RT_HANDOUT_ALL;
  options.public_version = TRUE;
  options.include_coverage = TRUE;
  options.since = g_strdup ("2025-01-01");
  text = build_text (f->committee, &options);
  assert_no_name (text);
  /* 林委員 is 委員A, first to speak at 第1回, and 降旗委員 委員B. */
  g_assert_nonnull (strstr (text, "（委員A）"));
  g_assert_nonnull (strstr (text, "委員Aの意見に賛成。委員Bも同じ考え。"));
  /* The roles of the mayor and the secretariat stay. */
  g_assert_nonnull (strstr (text, "（市長）"));
  g_assert_nonnull (strstr (text, "（準備室）"));

  /* The internal version of the same committee names them. */
  options.public_version = FALSE;
  g_free (text);
  text = build_text (f->committee, &options);
  g_assert_nonnull (strstr (text, "（林委員）"));

  options.speakers = RT_SPEAKER_DISPLAY_HIDDEN;
  hidden = build_text (f->committee, &options);
  assert_no_name (hidden);
  g_assert_null (strstr (hidden, "委員A"));
  g_assert_null (strstr (hidden, "（市長）"));
  g_assert_null (strstr (hidden, "（事務局）"));

  /* The pseudonym table is the only one to name them, and never in public. */
  options.speakers = RT_SPEAKER_DISPLAY_DEFAULT;
  options.kinds = RT_HANDOUT_ALL | RT_HANDOUT_PSEUDONYMS;
  options.public_version = TRUE;
  g_free (text);
  text = build_text (f->committee, &options);
  assert_no_name (text);
  g_assert_null (strstr (text, "委員限り"));
}

/* The projector: slides follow the projector's display, responses show. */
static void
test_slides (Fixture       *f,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  RtScene scene = { .kind = RT_SCENE_RESPONSES, .target_id = 1 };
  RtSlideOptions options = { 0 };
  g_autoptr(RtSlide) slide = NULL;
  guint with_response = 0;

  g_assert_true (rt_committee_set_speaker_display (f->committee, RT_OUTPUT_PROJECTOR, RT_SPEAKER_DISPLAY_PSEUDONYM,
                                                   &error));
  slide = rt_slide_new_for_scene (f->committee, &scene, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slide->kind, ==, RT_SLIDE_CARDS);
  /* The 24 answered opinions of 第1回. */
  g_assert_cmpuint (slide->cards->len, ==, 24);
  for (guint i = 0; i < slide->cards->len; i++)
    {
      RtSlideCard *card = slide->cards->pdata[i];

      assert_no_name (card->text);
      if (card->speaker != NULL)
        assert_no_name (card->speaker);
      with_response += card->response != NULL;
    }
  g_assert_cmpuint (with_response, ==, slide->cards->len);
  g_assert_cmpstr (((RtSlideCard *)slide->cards->pdata[0])->speaker, ==, "委員A");
  g_assert_true (g_str_has_prefix (((RtSlideCard *)slide->cards->pdata[0])->response, "【一部反映】"));

  /* The console's switch hides every speaker on top of the policy. */
  g_clear_pointer (&slide, rt_slide_free);
  options.hide_speakers = TRUE;
  slide = rt_slide_new_for_scene (f->committee, &scene, &options, &error);
  for (guint i = 0; i < slide->cards->len; i++)
    g_assert_null (((RtSlideCard *)slide->cards->pdata[i])->speaker);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/response-handout/committee-form", test_committee_form);
  ADD ("/ronten/response-handout/public-form", test_public_form);
  ADD ("/ronten/response-handout/statement-kinds", test_statement_kinds);
  ADD ("/ronten/response-handout/no-names", test_no_names);
  ADD ("/ronten/response-handout/slides", test_slides);

  return g_test_run ();
}
