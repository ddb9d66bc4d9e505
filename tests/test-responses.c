/* test-responses.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The secretariat's answers to opinions (responses), the committee's
 * settings, and the speaker display policy: answers shared by cards and
 * given to themes, undo, the JSON round trip, answers stored with an
 * import, and how every output names speakers (stable pseudonyms).
 */

#include <string.h>

#include <glib.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-import.h"
#include "rt-snapshot.h"
#include "rt-speaker-policy.h"
#include "rt-test-util.h"

typedef struct
{
  char        *dir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->committee = rt_test_create_sample ("ronten-test-responses-XXXXXX", &fixture->dir,
                                              &fixture->path, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->committee != NULL)
    g_assert_finalize_object (g_steal_pointer (&fixture->committee));

  rt_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* The ids of the cards of meeting @number, by id. */
static GArray *
meeting_cards (RtCommittee *committee,
               int          number)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *cards = rt_committee_get_cards (committee);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (rt_card_get_meeting_number (card) == number)
        {
          gint64 id = rt_card_get_id (card);

          g_array_append_val (ids, id);
        }
    }

  return ids;
}

static gint64
kind_id (RtCommittee *committee,
         const char  *name)
{
  gint64 id = rt_committee_find_response_kind (committee, name);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* Several cards answered at once share one answer; answering one of them
 * again gives it an answer of its own; answering exactly the sharing cards
 * edits theirs. */
static void
test_share (Fixture       *fixture,
            gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = meeting_cards (c, 2);
  gint64 *card = (gint64 *)(gpointer)ids->data;
  RtResponseEdit edit = { kind_id (c, "反映する"), "答申案に盛り込みます。", "答申案 第3章", 0, 0 };
  RtResponseEdit other = { kind_id (c, "今後の検討"), "引き続き検討します。", "", 0, 0 };
  RtResponse *response;
  gint64 shared, single, again;
  guint n0 = g_list_model_get_n_items (rt_committee_get_responses (c));

  /* The sample answers 第1回's opinions, not 第2回's. */
  g_assert_cmpuint (ids->len, >=, 4);
  g_assert_cmpuint (n0, ==, 16);
  g_assert_null (rt_committee_get_card_response (c, card[0]));

  shared = rt_committee_answer_cards (c, card, 3, &edit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (shared, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 1);

  for (guint i = 0; i < 3; i++)
    {
      response = rt_committee_get_card_response (c, card[i]);
      g_assert_nonnull (response);
      g_assert_cmpint (rt_response_get_id (response), ==, shared);
    }
  g_assert_null (rt_committee_get_card_response (c, card[3]));
  response = rt_committee_lookup (c, RT_KIND_RESPONSE, shared);
  g_assert_cmpuint (rt_response_get_n_cards (response), ==, 3);
  g_assert_cmpstr (rt_response_get_kind (response), ==, "反映する");
  g_assert_cmpstr (rt_response_get_text (response), ==, "答申案に盛り込みます。");
  g_assert_cmpstr (rt_response_get_reflected (response), ==, "答申案 第3章");
  g_assert_true (rt_response_has_card (response, card[1]));

  /* The same three cards again: their answer is edited, not replaced. */
  again = rt_committee_answer_cards (c, (gint64[]) { card[2], card[0], card[1], card[0] }, 4, &other, &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, shared);
  g_assert_cmpstr (rt_response_get_kind (response), ==, "今後の検討");

  /* One of them answered alone leaves the others theirs. */
  single = rt_committee_answer_cards (c, &card[1], 1, &edit, &error);
  g_assert_no_error (error);
  g_assert_cmpint (single, !=, shared);
  g_assert_cmpuint (rt_response_get_n_cards (response), ==, 2);
  g_assert_false (rt_response_has_card (response, card[1]));
  g_assert_cmpint (rt_response_get_id (rt_committee_get_card_response (c, card[1])), ==, single);

  /* Editing an answer changes it for all its cards. */
  g_assert_true (rt_committee_edit_response (c, shared, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rt_response_get_text (rt_committee_get_card_response (c, card[2])), ==, "答申案に盛り込みます。");

  /* Taken off its last card, an answer goes. */
  g_assert_true (rt_committee_clear_card_responses (c, &card[1], 1, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_get_card_response (c, card[1]));
  g_assert_null (rt_committee_lookup (c, RT_KIND_RESPONSE, single));
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 1);

  /* An empty answer, or one to a card that does not exist, is refused. */
  g_assert_cmpint (rt_committee_answer_cards (c, card, 1, &(RtResponseEdit) { 0, "  ", "", 0, 0 }, &error), ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (rt_committee_answer_cards (c, (gint64[]) { 99999 }, 1, &edit, &error), ==, 0);
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
}

/* A theme's answer counts for its cards that have none of their own. */
static void
test_theme (Fixture       *fixture,
            gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cards = rt_committee_list_cards (c, 5);
  g_autoptr(RtCard) first = g_list_model_get_item (cards, 0);
  g_autoptr(RtCard) second = g_list_model_get_item (cards, 1);
  guint n0 = g_list_model_get_n_items (rt_committee_get_responses (c));
  RtResponseEdit theme_edit = { kind_id (c, "一部反映"), "テーマ全体への回答です。", "", 0, 0 };
  RtResponseEdit own_edit = { kind_id (c, "質問への回答"), "個別の回答です。", "", 0, 0 };
  gint64 theme_answer, own;

  theme_answer = rt_committee_answer_theme (c, 5, &theme_edit, &error);
  g_assert_no_error (error);
  own = rt_committee_answer_cards (c, (gint64[]) { rt_card_get_id (first) }, 1, &own_edit, &error);
  g_assert_no_error (error);

  g_assert_cmpint (rt_response_get_id (rt_committee_get_card_response (c, rt_card_get_id (first))), ==, own);
  g_assert_cmpint (rt_response_get_id (rt_committee_get_card_response (c, rt_card_get_id (second))), ==, theme_answer);
  g_assert_cmpint (rt_response_get_id (rt_committee_get_theme_response (c, 5)), ==, theme_answer);

  /* Answering the theme again edits its answer. */
  g_assert_cmpint (rt_committee_answer_theme (c, 5, &own_edit, &error), ==, theme_answer);

  /* A card moved out of the theme leaves the theme's answer behind. */
  g_assert_true (rt_committee_move_cards (c, (gint64[]) { rt_card_get_id (second) }, 1, 6, -1, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_get_card_response (c, rt_card_get_id (second)));

  g_assert_true (rt_committee_clear_theme_response (c, 5, &error));
  g_assert_null (rt_committee_get_theme_response (c, 5));
  g_assert_nonnull (rt_committee_get_card_response (c, rt_card_get_id (first)));

  /* Deleting the theme deletes its answer, not the cards' own. */
  g_assert_cmpint (rt_committee_answer_theme (c, 5, &theme_edit, &error), >, 0);
  g_assert_true (rt_committee_delete_theme (c, 5, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 1);
}

/* Every change is one step of the history. */
static void
test_undo (Fixture       *fixture,
           gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = meeting_cards (c, 2);
  gint64 *card = (gint64 *)(gpointer)ids->data;
  RtResponseEdit edit = { kind_id (c, "反映する"), "盛り込みます。", "", 0, 0 };
  RtResponseEdit changed = { kind_id (c, "反映しない"), "反映しません。", "", 0, 0 };
  g_autofree char *before = rt_test_export (c, NULL);
  g_autofree char *answered = NULL;
  gint64 id;

  id = rt_committee_answer_cards (c, card, 2, &edit, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_history_get_undo_label (rt_committee_get_history (c)), ==, "Answer 2 opinions");
  answered = rt_test_export (c, NULL);

  g_assert_true (rt_committee_edit_response (c, id, &changed, &error));
  g_assert_true (rt_committee_undo (c, &error));
  g_assert_cmpstr (rt_response_get_text (rt_committee_get_card_response (c, card[0])), ==, "盛り込みます。");

  g_assert_true (rt_committee_undo (c, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_get_card_response (c, card[0]));
  {
    g_autofree char *now = rt_test_export (c, NULL);

    g_assert_cmpstr (now, ==, before);
  }

  g_assert_true (rt_committee_redo (c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_response_get_id (rt_committee_get_card_response (c, card[1])), ==, id);
  {
    g_autofree char *now = rt_test_export (c, NULL);

    g_assert_cmpstr (now, ==, answered);
  }

  /* Deleting an answered card and undoing it brings its answer back. */
  g_assert_true (rt_committee_delete_cards (c, card, 2, &error));
  g_assert_cmpuint (rt_response_get_n_cards (rt_committee_lookup (c, RT_KIND_RESPONSE, id)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, 16);
  g_assert_true (rt_committee_undo (c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_response_get_id (rt_committee_get_card_response (c, card[0])), ==, id);
}

/* Answers, kinds, settings, the mode and the pseudonyms survive export and
 * import; a file without kinds keeps the usual ones. */
static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = meeting_cards (c, 2);
  gint64 *card = (gint64 *)(gpointer)ids->data;
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(RtCommittee) copy = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.ronten", NULL);
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  gint64 custom;

  custom = rt_committee_add_response_kind (c, "対応済み", &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_move_response_kind (c, custom, 0, &error));
  g_assert_cmpint (rt_committee_answer_cards (c, card, 2,
                                              &(RtResponseEdit) { custom, "対応しました。", "資料3", 1, 1 },
                                              &error), >, 0);
  g_assert_cmpint (rt_committee_answer_theme (c, 3, &(RtResponseEdit) { 0, "理念は答申に記述します。", "", 0, 2 },
                                              &error), >, 0);
  g_assert_true (rt_committee_set_speaker_display (c, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM, &error));
  g_assert_true (rt_committee_set_mode (c, RT_COMMITTEE_MODE_PUBLIC_COMMENT, &error));
  policy = rt_speaker_policy_new (c, &error);
  g_assert_true (rt_speaker_policy_keep (policy, c, &error));
  g_assert_no_error (error);

  json = rt_test_export (c, NULL);
  g_assert_nonnull (strstr (json, "\"response_kinds\""));
  g_assert_nonnull (strstr (json, "\"mode\" : \"public-comment\""));
  g_assert_nonnull (strstr (json, "\"speakers.opinions\""));

  copy = rt_committee_create_from_json (copy_path, json, -1, &error);
  g_assert_no_error (error);
  again = rt_test_export (copy, NULL);
  g_assert_cmpstr (again, ==, json);
  g_assert_cmpint (rt_committee_get_mode (copy), ==, RT_COMMITTEE_MODE_PUBLIC_COMMENT);
  g_assert_cmpint (rt_committee_get_speaker_display (copy, RT_OUTPUT_OPINIONS), ==, RT_SPEAKER_DISPLAY_PSEUDONYM);
  g_assert_cmpstr (rt_response_get_kind (rt_committee_get_card_response (copy, card[1])), ==, "対応済み");
  g_assert_cmpstr (rt_response_get_reflected (rt_committee_get_card_response (copy, card[1])), ==, "資料3");
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_response_kinds (copy)), ==, 7);
  {
    g_autoptr(RtResponseKind) first = g_list_model_get_item (rt_committee_get_response_kinds (copy), 0);

    g_assert_cmpstr (rt_response_kind_get_name (first), ==, "対応済み");
  }
  g_clear_object (&copy);

  /* A file of format 2 knows nothing of answers: a new committee keeps its kinds. */
  {
    g_autofree char *old = g_strdup (json);
    char *kinds = strstr (old, "\"response_kinds\"");
    g_autofree char *old_path = g_build_filename (fixture->dir, "old.ronten", NULL);
    g_autofree char *trimmed = NULL;

    g_assert_nonnull (kinds);
    /* Cut every member from response_kinds on (they come last). */
    while (kinds > old && *kinds != ',')
      kinds--;
    *kinds = '\0';
    trimmed = g_strconcat (old, "\n}", NULL);
    copy = rt_committee_create_from_json (old_path, trimmed, -1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_response_kinds (copy)), ==, 6);
    g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (copy)), ==, 0);
    g_assert_cmpint (rt_committee_get_mode (copy), ==, RT_COMMITTEE_MODE_PUBLIC_COMMENT);
  }
}

/* The import's function: one change, kinds made by name, shared answers. */
static void
test_add_answers (Fixture       *fixture,
                  gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = meeting_cards (c, 2);
  gint64 *card = (gint64 *)(gpointer)ids->data;
  guint undo_steps = rt_history_get_n_undo (rt_committee_get_history (c));
  guint n0 = g_list_model_get_n_items (rt_committee_get_responses (c));
  RtAnswerDraft answers[] = {
    { card, 2, "A（反映）", "ご意見を踏まえ修正します。", "第2章", 0 },
    { &card[2], 1, NULL, "ご意見として承ります。", NULL, 0 },
    { &card[3], 1, "反映する", "反映します。", NULL, 0 },
  };

  g_assert_true (rt_committee_add_answers (c, answers, G_N_ELEMENTS (answers), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (rt_committee_get_history (c)), ==, undo_steps + 1);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 3);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_response_kinds (c)), ==, 7);
  g_assert_cmpstr (rt_response_get_kind (rt_committee_get_card_response (c, card[1])), ==, "A（反映）");
  g_assert_cmpuint (rt_response_get_n_cards (rt_committee_get_card_response (c, card[0])), ==, 2);
  g_assert_cmpstr (rt_response_get_kind (rt_committee_get_card_response (c, card[2])), ==, "");
  g_assert_cmpint (rt_response_get_kind_id (rt_committee_get_card_response (c, card[3])), ==,
                   kind_id (c, "反映する"));

  /* A bad card anywhere leaves nothing. */
  answers[1].card_ids = (gint64[]) { 123456 };
  g_assert_false (rt_committee_add_answers (c, answers, G_N_ELEMENTS (answers), &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 3);

  g_assert_true (rt_committee_undo (c, &error));
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_response_kinds (c)), ==, 6);
  /* Inside an import's own change (a savepoint): one step for both. */
  undo_steps = rt_history_get_n_undo (rt_committee_get_history (c));
  answers[1].card_ids = &card[2];
  g_assert_true (rt_committee_begin_change (c, "Import minutes", &error));
  g_assert_cmpint (rt_committee_add_card (c, &(RtCardDraft) { .text = "取り込んだ意見" }, &error), >, 0);
  g_assert_true (rt_committee_add_answers (c, answers, G_N_ELEMENTS (answers), &error));
  g_assert_true (rt_committee_end_change (c, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (rt_committee_get_history (c)), ==, undo_steps + 1);
  g_assert_cmpstr (rt_history_get_undo_label (rt_committee_get_history (c)), ==, "Import minutes");
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 3);
}

/* The card of @text (the committee keeps it), or NULL. */
static RtCard *
card_with_text (RtCommittee *committee,
                const char  *text)
{
  GListModel *cards = rt_committee_get_cards (committee);

  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (g_strcmp0 (rt_card_get_text (card), text) == 0)
        return card;
    }

  return NULL;
}

/* A public comment's results imported: each opinion's card gets the city's
 * answer as its own, in the import's one change (one undo step). */
static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtImport) import = NULL;
  RtImportSummary summary;
  guint undo_steps = rt_history_get_n_undo (rt_committee_get_history (c));
  guint n0 = g_list_model_get_n_items (rt_committee_get_responses (c));
  guint n_cards = g_list_model_get_n_items (rt_committee_get_cards (c));
  const char *text = "意見の概要\t市の考え方\n"
                     "駐輪場を増やしてほしい。\t計画に反映します。\n"
                     "開館時間を延ばしてほしい。\t今後検討します。\n";
  RtCard *card;

  import = rt_import_new (c, text, -1, 0, NULL, &error);
  g_assert_no_error (error);
  rt_import_set_new_meeting_number (import, 9);
  g_assert_true (rt_import_commit (import, &error));
  g_assert_no_error (error);
  rt_import_get_summary (import, &summary);
  g_assert_cmpuint (summary.n_cards, ==, 2);
  g_assert_cmpuint (summary.n_answers, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0 + 2);

  card = card_with_text (c, "駐輪場を増やしてほしい。");
  g_assert_nonnull (card);
  g_assert_cmpstr (rt_response_get_text (rt_committee_get_card_own_response (c, rt_card_get_id (card))), ==,
                   "計画に反映します。");
  card = card_with_text (c, "開館時間を延ばしてほしい。");
  g_assert_nonnull (card);
  g_assert_cmpstr (rt_response_get_text (rt_committee_get_card_own_response (c, rt_card_get_id (card))), ==,
                   "今後検討します。");

  g_assert_cmpuint (rt_history_get_n_undo (rt_committee_get_history (c)), ==, undo_steps + 1);
  g_assert_true (rt_committee_undo (c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_responses (c)), ==, n0);
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_cards (c)), ==, n_cards);
}

/* Kinds of answer: deleting one keeps the answers, without a kind. */
static void
test_kinds (Fixture       *fixture,
            gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = meeting_cards (c, 2);
  gint64 partly = kind_id (c, "一部反映");
  RtResponse *response;
  gint64 id;

  id = rt_committee_answer_cards (c, (gint64 *)(gpointer)ids->data, 1,
                                  &(RtResponseEdit) { partly, "一部を反映します。", "", 0, 0 }, &error);
  response = rt_committee_lookup (c, RT_KIND_RESPONSE, id);
  g_assert_true (rt_committee_rename_response_kind (c, partly, "一部反映する", &error));
  g_assert_cmpstr (rt_response_get_kind (response), ==, "一部反映する");
  g_assert_false (rt_committee_rename_response_kind (c, partly, " ", &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rt_committee_delete_response_kind (c, partly, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_response_get_kind_id (response), ==, 0);
  g_assert_cmpstr (rt_response_get_text (response), ==, "一部を反映します。");
  g_assert_cmpuint (g_list_model_get_n_items (rt_committee_get_response_kinds (c)), ==, 5);
}

static char *
name (RtSpeakerPolicy  *policy,
      RtOutput          output,
      RtSpeakerDisplay  display,
      gint64            person,
      RtVisibility      visibility)
{
  return rt_speaker_policy_name (policy, output, display, person, visibility);
}

#define assert_name(policy, output, display, person, visibility, expected) \
  G_STMT_START { \
    g_autofree char *got_ = name ((policy), (output), (display), (person), (visibility)); \
    g_assert_cmpstr (got_, ==, (expected)); \
  } G_STMT_END

/* The table of rt-speaker-policy.h, on the sample's people: 1 金尾委員長,
 * 2 林委員 … 9 山田委員, 10 市長, 12 事務局. */
static void
test_policy (Fixture       *fixture,
             gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSpeakerPolicy) policy = rt_speaker_policy_new (c, &error);
  const char *letter;

  g_assert_no_error (error);
  g_assert_cmpint (rt_speaker_policy_get_display (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_DEFAULT), ==,
                   RT_SPEAKER_DISPLAY_REAL);
  g_assert_cmpint (rt_speaker_policy_get_display (policy, RT_OUTPUT_SUMMARY, RT_SPEAKER_DISPLAY_DEFAULT), ==,
                   RT_SPEAKER_DISPLAY_GENERIC);

  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_DEFAULT, 2, RT_VISIBILITY_PUBLIC, "林委員");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_GENERIC, 2, RT_VISIBILITY_PUBLIC, "委員");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_GENERIC, 1, RT_VISIBILITY_PUBLIC, "委員");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_HIDDEN, 2, RT_VISIBILITY_PUBLIC, NULL);
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM, 10, RT_VISIBILITY_PUBLIC, "市長");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_GENERIC, 12, RT_VISIBILITY_PUBLIC, "事務局");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_HIDDEN, 12, RT_VISIBILITY_PUBLIC, NULL);
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_REAL, 0, RT_VISIBILITY_PUBLIC, NULL);
  /* 発言者を伏せる: documents say so, the projector shows no one. */
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_REAL, 2, RT_VISIBILITY_ANONYMOUS, "発言者非公開");
  assert_name (policy, RT_OUTPUT_CSV, RT_SPEAKER_DISPLAY_PSEUDONYM, 2, RT_VISIBILITY_ANONYMOUS, "発言者非公開");
  assert_name (policy, RT_OUTPUT_PROJECTOR, RT_SPEAKER_DISPLAY_REAL, 2, RT_VISIBILITY_ANONYMOUS, NULL);
  assert_name (policy, RT_OUTPUT_MAP, RT_SPEAKER_DISPLAY_REAL, 12, RT_VISIBILITY_ANONYMOUS, NULL);

  /* First appearance: 第1回's first card is 林委員's in the sample. */
  letter = rt_speaker_policy_get_letter (policy, 2);
  g_assert_cmpstr (letter, ==, "A");
  assert_name (policy, RT_OUTPUT_OPINIONS, RT_SPEAKER_DISPLAY_PSEUDONYM, 2, RT_VISIBILITY_PUBLIC, "委員A");
  g_assert_null (rt_speaker_policy_get_letter (policy, 10));
  g_assert_cmpuint (rt_speaker_policy_get_n_unstored (policy), ==, 9);

  /* Letters are unique, and every member has one. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < rt_speaker_policy_get_n_entries (policy); i++)
      {
        const RtPseudonymEntry *entry = rt_speaker_policy_get_entry (policy, i);

        if (entry->kind == RT_PERSON_KIND_MEMBER)
          g_assert_true (entry->letter[0] != '\0');
        if (entry->letter[0] != '\0')
          g_assert_true (g_hash_table_add (seen, (gpointer)entry->letter));
      }
    g_assert_cmpuint (g_hash_table_size (seen), ==, 9);
  }
}

/* Stored letters stay: a member who speaks before everyone in a new first
 * meeting, or a new member whose name reads first, takes a new letter
 * and moves nobody. Without storing, a read-only file shows the same letters. */
static void
test_stable (Fixture       *fixture,
             gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSpeakerPolicy) before = rt_speaker_policy_new (c, &error);
  g_autoptr(RtSpeakerPolicy) after = NULL;
  g_autoptr(RtSpeakerPolicy) read_only = NULL;
  g_autoptr(RtCommittee) reader = NULL;
  g_autoptr(GArray) stored = NULL;
  guint n_undo;
  gint64 newcomer, meeting;

  /* A read-only file computes the same letters, and writes nothing. */
  {
    g_autofree char *copy = g_build_filename (fixture->dir, "read-only.ronten", NULL);

    g_assert_true (rt_committee_save_copy (c, copy, &error));
    reader = rt_committee_open (copy, RT_STORE_OPEN_READ_ONLY, &error);
  }
  g_assert_no_error (error);
  read_only = rt_speaker_policy_new (reader, &error);
  g_assert_true (rt_speaker_policy_keep (read_only, reader, &error));
  g_assert_no_error (error);
  for (gint64 person = 1; person <= 13; person++)
    g_assert_cmpstr (rt_speaker_policy_get_letter (read_only, person), ==,
                     rt_speaker_policy_get_letter (before, person));
  stored = rt_committee_get_pseudonyms (reader, &error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_clear_pointer (&stored, g_array_unref);
  g_clear_object (&reader);
  stored = rt_committee_get_pseudonyms (c, &error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_clear_pointer (&stored, g_array_unref);

  /* Keeping them is no step of the history. */
  n_undo = rt_history_get_n_undo (rt_committee_get_history (c));
  g_assert_true (rt_speaker_policy_keep (before, c, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (rt_committee_get_history (c)), ==, n_undo);
  stored = rt_committee_get_pseudonyms (c, &error);
  g_assert_cmpuint (stored->len, ==, 9);

  /* A new member speaks first at a meeting numbered before all others, and
   * the order switches to 五十音: nobody's letter moves. */
  newcomer = rt_committee_add_person (c, "相川", "委員", &error);
  meeting = rt_committee_add_meeting (c, 0, "準備会", NULL, &error);
  g_assert_cmpint (rt_committee_add_card (c, &(RtCardDraft) { .text = "最初の発言", .speaker_id = newcomer,
                                                             .meeting_id = meeting }, &error), >, 0);
  g_assert_true (rt_committee_set_pseudonym_order (c, RT_PSEUDONYM_ORDER_READING, &error));
  g_assert_no_error (error);

  after = rt_speaker_policy_new (c, &error);
  for (gint64 person = 1; person <= 13; person++)
    g_assert_cmpstr (rt_speaker_policy_get_letter (after, person), ==,
                     rt_speaker_policy_get_letter (before, person));
  g_assert_cmpstr (rt_speaker_policy_get_letter (after, newcomer), ==, "J");
}

/* In 五十音 order, letters follow the names' readings from MeCab. */
static void
test_reading_order (Fixture       *fixture,
                    gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSpeakerPolicy) policy = NULL;

  g_assert_true (rt_committee_set_pseudonym_order (c, RT_PSEUDONYM_ORDER_READING, &error));
  policy = rt_speaker_policy_new (c, &error);
  g_assert_no_error (error);

  /* 金尾 (カナオ) … 山田 (ヤマダ): カ < ク < コ < タ < ハ < フ < モ < ヤ. */
  g_assert_cmpstr (rt_speaker_policy_get_letter (policy, 1), ==, "A");   /* 金尾 カナオ */
  g_assert_cmpstr (rt_speaker_policy_get_letter (policy, 4), ==, "B");   /* 倉本 クラモト */
  g_assert_cmpstr (rt_speaker_policy_get_letter (policy, 9), ==, "I");   /* 山田 ヤマダ */
}

/* Submitters of a public comment are numbered. */
static void
test_public_comment (Fixture       *fixture,
                     gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSpeakerPolicy) policy = NULL;

  g_assert_true (rt_committee_set_mode (c, RT_COMMITTEE_MODE_PUBLIC_COMMENT, &error));
  g_assert_cmpint (rt_committee_get_mode (c), ==, RT_COMMITTEE_MODE_PUBLIC_COMMENT);
  policy = rt_speaker_policy_new (c, &error);
  g_assert_no_error (error);

  g_assert_cmpint (rt_speaker_policy_get_display (policy, RT_OUTPUT_RESPONSES, RT_SPEAKER_DISPLAY_DEFAULT), ==,
                   RT_SPEAKER_DISPLAY_PSEUDONYM);
  assert_name (policy, RT_OUTPUT_RESPONSES, RT_SPEAKER_DISPLAY_DEFAULT, 2, RT_VISIBILITY_PUBLIC, "提出者1");
  assert_name (policy, RT_OUTPUT_RESPONSES, RT_SPEAKER_DISPLAY_REAL, 2, RT_VISIBILITY_PUBLIC, "林委員");
  assert_name (policy, RT_OUTPUT_RESPONSES, RT_SPEAKER_DISPLAY_GENERIC, 2, RT_VISIBILITY_PUBLIC, "提出者");
}

/* The snapshot carries each card's answer and the policy. */
static void
test_snapshot (Fixture       *fixture,
               gconstpointer  data)
{
  RtCommittee *c = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) cards = rt_committee_list_cards (c, 6);
  g_autoptr(RtCard) first = g_list_model_get_item (cards, 0);
  g_autoptr(RtCard) second = g_list_model_get_item (cards, 1);
  g_autoptr(RtSnapshot) snapshot = NULL;
  RtSnapCard *card;
  gint64 own;

  g_assert_cmpint (rt_committee_answer_theme (c, 6, &(RtResponseEdit) { 0, "条例化を検討します。", "", 0, 0 },
                                              &error), >, 0);
  own = rt_committee_answer_cards (c, (gint64[]) { rt_card_get_id (first) }, 1,
                                   &(RtResponseEdit) { 0, "個別に回答します。", "", 3, 0 }, &error);
  g_assert_no_error (error);

  snapshot = rt_snapshot_new (c, &error);
  g_assert_no_error (error);
  card = rt_snapshot_get_card (snapshot, rt_card_get_id (first));
  g_assert_nonnull (card->response);
  g_assert_true (card->own_response);
  g_assert_cmpint (card->response->id, ==, own);
  g_assert_cmpstr (card->response->where, ==, "論点3");
  card = rt_snapshot_get_card (snapshot, rt_card_get_id (second));
  g_assert_false (card->own_response);
  g_assert_cmpstr (card->response->text, ==, "条例化を検討します。");
  g_assert_nonnull (snapshot->speakers);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/ronten/responses/share", test_share);
  ADD ("/ronten/responses/theme", test_theme);
  ADD ("/ronten/responses/undo", test_undo);
  ADD ("/ronten/responses/json", test_json);
  ADD ("/ronten/responses/add-answers", test_add_answers);
  ADD ("/ronten/responses/import", test_import);
  ADD ("/ronten/responses/kinds", test_kinds);
  ADD ("/ronten/responses/snapshot", test_snapshot);
  ADD ("/ronten/speakers/policy", test_policy);
  ADD ("/ronten/speakers/stable", test_stable);
  ADD ("/ronten/speakers/reading-order", test_reading_order);
  ADD ("/ronten/speakers/public-comment", test_public_comment);

  return g_test_run ();
}
