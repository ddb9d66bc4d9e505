/* test-cycle.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting cycle in core: a meeting's 次第 and its numbered 配布資料,
 * 宿題, the 議事要旨 and its draft, the versions of the 答申 outline and
 * their comparison; each change one undo step, each thing through the JSON
 * format and back.
 */

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-import.h"
#include "rt-outline-draft.h"
#include "rt-snapshot.h"
#include "rt-summary-draft.h"
#include "rt-test-util.h"

typedef struct
{
  char        *dir;
  char        *path;
  RtCommittee *committee;
  gint64       meeting_id;
  gint64       meeting2_id;
  gint64       hayashi;
  gint64       tamayama;
  gint64       secretariat;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtMeetingEdit edit = { 1, "第1回", "2025-10-10", "18:30", "20:30", "市役所第一会議室", 2, TRUE };

  fixture->dir = g_dir_make_tmp ("ronten-test-cycle-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "cycle.ronten", NULL);
  fixture->committee = rt_committee_create_empty (fixture->path, "協働推進委員会", FALSE, &error);
  g_assert_no_error (error);

  fixture->meeting_id = rt_committee_add_meeting (fixture->committee, 1, "第1回", "2025-10-10", &error);
  g_assert_no_error (error);
  g_assert_true (rt_committee_edit_meeting (fixture->committee, fixture->meeting_id, &edit, &error));
  g_assert_no_error (error);
  fixture->meeting2_id = rt_committee_add_meeting (fixture->committee, 2, "第2回", "2025-12-12", &error);
  g_assert_no_error (error);

  fixture->hayashi = rt_committee_add_person (fixture->committee, "林", "委員", &error);
  fixture->tamayama = rt_committee_add_person (fixture->committee, "玉山", "委員", &error);
  fixture->secretariat = rt_committee_add_person (fixture->committee, "", "事務局", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->committee));
  rt_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static char *
material_numbers (RtCommittee *committee,
                  gint64       meeting_id)
{
  g_autoptr(GListModel) materials = rt_committee_list_materials (committee, meeting_id);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (materials); i++)
    {
      g_autoptr(RtMaterial) material = g_list_model_get_item (materials, i);

      if (i > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, rt_material_get_number (material));
    }

  return g_string_free (s, FALSE);
}

static gint64
add_material (RtCommittee    *committee,
              gint64          meeting_id,
              gint64          item_id,
              const char     *title,
              RtMaterialKind  kind,
              int             position)
{
  g_autoptr(GError) error = NULL;
  RtMaterialEdit edit = { item_id, title, kind, FALSE, NULL };
  gint64 id = rt_committee_add_material (committee, meeting_id, &edit, position, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_item (RtCommittee  *committee,
          gint64        meeting_id,
          RtAgendaKind  kind,
          const char   *title)
{
  g_autoptr(GError) error = NULL;
  gint64 id = rt_committee_add_agenda_item (committee, meeting_id, kind, title, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* 資料 take the numbers of their place: 資料1-1, 1-2 for one agenda item,
 * 資料2 for the next, 参考資料 and 当日配布資料 counted apart; dragging
 * renumbers, and undo puts the numbers back. */
static void
test_material_numbers (Fixture       *fixture,
                       gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autofree char *numbers = NULL;
  gint64 item1, item2, a, b, c, r1, r2, d;

  item1 = add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, "第1・2回目の振り返り");
  item2 = add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, "全国的な傾向の確認");

  a = add_material (committee, fixture->meeting_id, item1, "委員意見一覧（第1回）", RT_MATERIAL_KIND_MATERIAL, -1);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1");

  b = add_material (committee, fixture->meeting_id, item1, "委員意見一覧（第2回）", RT_MATERIAL_KIND_MATERIAL, -1);
  c = add_material (committee, fixture->meeting_id, item2, "論点整理表", RT_MATERIAL_KIND_MATERIAL, -1);
  r1 = add_material (committee, fixture->meeting_id, 0, "平成24年度答申", RT_MATERIAL_KIND_REFERENCE, -1);
  d = add_material (committee, fixture->meeting_id, 0, "委員提出資料", RT_MATERIAL_KIND_DAY, -1);
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2 参考資料 当日配布資料");

  r2 = add_material (committee, fixture->meeting_id, 0, "協働推進指針", RT_MATERIAL_KIND_REFERENCE, 3);
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2 参考資料1 参考資料2 当日配布資料");
  g_assert_cmpint (rt_material_get_position (rt_committee_lookup (committee, RT_KIND_MATERIAL, r2)), ==, 3);
  g_assert_cmpint (rt_material_get_position (rt_committee_lookup (committee, RT_KIND_MATERIAL, r1)), ==, 4);

  /* Dragging the 論点整理表 to the top: it is 資料1, the others follow. */
  g_assert_true (rt_committee_move_material (committee, c, 0, &error));
  g_assert_no_error (error);
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1 資料2-1 資料2-2 参考資料1 参考資料2 当日配布資料");
  g_assert_cmpstr (rt_material_get_number (rt_committee_lookup (committee, RT_KIND_MATERIAL, c)), ==, "資料1");

  /* Dragging one of a group away splits it. */
  g_assert_true (rt_committee_move_material (committee, b, 0, &error));
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1 資料2 資料3 参考資料1 参考資料2 当日配布資料");

  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_no_error (error);
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2 参考資料1 参考資料2 当日配布資料");

  /* Another kind, another count; an agenda item moved moves its group's
   * number; deleted, its materials keep their numbers without it. */
  {
    RtMaterialEdit edit = { 0, "当日の資料", RT_MATERIAL_KIND_DAY, TRUE, NULL };

    g_assert_true (rt_committee_edit_material (committee, r2, &edit, &error));
    g_assert_no_error (error);
    g_free (numbers);
    numbers = material_numbers (committee, fixture->meeting_id);
    g_assert_cmpstr (numbers, ==, "資料1-1 資料1-2 資料2 当日配布資料1 参考資料 当日配布資料2");
    g_assert_true (rt_material_get_restricted (rt_committee_lookup (committee, RT_KIND_MATERIAL, r2)));
  }

  g_assert_true (rt_committee_delete_material (committee, a, &error));
  g_free (numbers);
  numbers = material_numbers (committee, fixture->meeting_id);
  g_assert_cmpstr (numbers, ==, "資料1 資料2 当日配布資料1 参考資料 当日配布資料2");

  g_assert_true (rt_committee_delete_agenda_item (committee, item1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_material_get_agenda_item_id (rt_committee_lookup (committee, RT_KIND_MATERIAL, b)), ==, 0);

  /* A material of another meeting's agenda item is refused. */
  {
    RtMaterialEdit edit = { item2, "他の会議", RT_MATERIAL_KIND_MATERIAL, FALSE, NULL };

    g_assert_cmpint (rt_committee_add_material (committee, fixture->meeting2_id, &edit, -1, &error), ==, 0);
    g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    edit.title = "　";
    g_assert_cmpint (rt_committee_add_material (committee, fixture->meeting_id, &edit, -1, &error), ==, 0);
    g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  }

  (void)d;
}

static void
test_agenda_numbers (void)
{
  static const RtAgendaKind kinds[] = {
    RT_AGENDA_KIND_OPENING, RT_AGENDA_KIND_ITEM, RT_AGENDA_KIND_ITEM, RT_AGENDA_KIND_OTHER,
    RT_AGENDA_KIND_ITEM, RT_AGENDA_KIND_CLOSING,
  };
  RtAgendaNumber numbers[G_N_ELEMENTS (kinds)];
  static const RtAgendaNumber expected[] = {
    { 1, 0, FALSE }, { 2, 1, TRUE }, { 2, 2, FALSE }, { 3, 0, FALSE }, { 4, 1, TRUE }, { 5, 0, FALSE },
  };

  rt_agenda_number_items (kinds, G_N_ELEMENTS (kinds), numbers);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpint (numbers[i].top, ==, expected[i].top);
      g_assert_cmpint (numbers[i].sub, ==, expected[i].sub);
      g_assert_cmpint (numbers[i].opens_group, ==, expected[i].opens_group);
    }
}

/* The list of a meeting's 次第 follows every change: added, edited, moved,
 * deleted, undone. */
static void
test_agenda_items (Fixture       *fixture,
                   gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  g_autoptr(GListModel) items = rt_committee_list_agenda_items (committee, fixture->meeting_id);
  g_autoptr(GError) error = NULL;
  RtAgendaItem *first;
  gint64 id;

  g_assert_true (rt_committee_add_usual_agenda (committee, fixture->meeting_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_false (rt_committee_add_usual_agenda (committee, fixture->meeting_id, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  id = rt_committee_add_agenda_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, " 意見交換 ", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  {
    g_autoptr(RtAgendaItem) second = g_list_model_get_item (items, 1);

    g_assert_cmpint (rt_agenda_item_get_id (second), ==, id);
    g_assert_cmpstr (rt_agenda_item_get_title (second), ==, "意見交換");
  }

  g_assert_true (rt_committee_edit_agenda_item (committee, id, RT_AGENDA_KIND_ITEM, "意見交換について", &error));
  g_assert_cmpstr (rt_agenda_item_get_title (rt_committee_lookup (committee, RT_KIND_AGENDA_ITEM, id)), ==,
                   "意見交換について");
  g_assert_true (rt_committee_move_agenda_item (committee, id, -1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(RtAgendaItem) last = g_list_model_get_item (items, 3);

    g_assert_cmpint (rt_agenda_item_get_id (last), ==, id);
  }

  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpstr (rt_agenda_item_get_title (rt_committee_lookup (committee, RT_KIND_AGENDA_ITEM, id)), ==,
                   "意見交換");
  g_assert_true (rt_committee_delete_agenda_item (committee, id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  g_assert_no_error (error);

  first = g_list_model_get_item (items, 0);
  g_assert_cmpstr (rt_agenda_item_get_title (first), ==, "開会");
  g_assert_cmpint (rt_agenda_item_get_kind (first), ==, RT_AGENDA_KIND_OPENING);
  g_object_unref (first);

  /* Deleting the meeting deletes its 次第. */
  g_assert_true (rt_committee_delete_meeting (committee, fixture->meeting_id, &error));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
}

static gint64
add_card (RtCommittee     *committee,
          gint64           meeting_id,
          gint64           speaker_id,
          const char      *text,
          RtStatementKind  kind)
{
  g_autoptr(GError) error = NULL;
  RtCardDraft draft = { .text = text, .speaker_id = speaker_id, .meeting_id = meeting_id, .kind = kind };
  gint64 id = rt_committee_add_card (committee, &draft, &error);

  g_assert_no_error (error);
  return id;
}

/* Follow-ups: open ones first, by the meeting they are due for; a card's
 * text stands in for an empty question; every change one undo step. */
static void
test_followups (Fixture       *fixture,
                gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  GListModel *followups = rt_committee_get_followups (committee);
  g_autoptr(GError) error = NULL;
  gint64 card, first, second;
  RtFollowupEdit edit = { NULL, "協働推進課", fixture->meeting2_id, RT_FOLLOWUP_OPEN, NULL, 0 };
  RtFollowup *followup;

  card = add_card (committee, fixture->meeting_id, fixture->tamayama, "補助金の割合はどうなっているか。",
                   RT_STATEMENT_KIND_QUESTION);
  first = rt_committee_add_followup (committee, card, &edit, &error);
  g_assert_no_error (error);
  followup = rt_committee_lookup (committee, RT_KIND_FOLLOWUP, first);
  g_assert_cmpstr (rt_followup_get_question (followup), ==, "補助金の割合はどうなっているか。");
  g_assert_cmpstr (rt_followup_get_card_speaker (followup), ==, "玉山委員");
  g_assert_cmpint (rt_followup_get_card_meeting_number (followup), ==, 1);
  g_assert_cmpint (rt_followup_get_due_meeting_number (followup), ==, 2);

  edit.question = "他市の事例を示してほしい";
  edit.due_meeting_id = 0;
  second = rt_committee_add_followup (committee, 0, &edit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (followups), ==, 2);

  /* Answered, the first goes after the open one. */
  edit.question = "補助金の割合はどうなっているか。";
  edit.due_meeting_id = fixture->meeting2_id;
  edit.status = RT_FOLLOWUP_ANSWERED;
  edit.answer = "補助金は事業費の1割です。";
  edit.answered_meeting_id = fixture->meeting2_id;
  g_assert_true (rt_committee_edit_followup (committee, first, &edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_followup_get_status (followup), ==, RT_FOLLOWUP_ANSWERED);
  {
    g_autoptr(RtFollowup) top = g_list_model_get_item (followups, 0);

    g_assert_cmpint (rt_followup_get_id (top), ==, second);
  }

  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpint (rt_followup_get_status (followup), ==, RT_FOLLOWUP_OPEN);
  g_assert_cmpstr (rt_followup_get_answer (followup), ==, "");

  /* Deleting the card keeps the follow-up, without its card. */
  g_assert_true (rt_committee_delete_cards (committee, &card, 1, &error));
  g_assert_cmpint (rt_followup_get_card_id (followup), ==, 0);
  g_assert_cmpstr (rt_followup_get_question (followup), ==, "補助金の割合はどうなっているか。");

  edit.question = " ";
  g_assert_false (rt_committee_edit_followup (committee, first, &edit, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (rt_committee_delete_followup (committee, second, &error));
  g_assert_cmpuint (g_list_model_get_n_items (followups), ==, 1);
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpuint (g_list_model_get_n_items (followups), ==, 2);
  g_assert_no_error (error);
}

/* A summary: written, marked final, corrections noted against it; each one
 * undo step. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) corrections = NULL;
  RtSummary *summary;
  gint64 id, again, correction;

  g_assert_null (rt_committee_find_summary (committee, fixture->meeting_id));
  id = rt_committee_set_summary_text (committee, fixture->meeting_id, "１　開会\n", TRUE, &error);
  g_assert_no_error (error);
  summary = rt_committee_find_summary (committee, fixture->meeting_id);
  g_assert_nonnull (summary);
  g_assert_cmpint (rt_summary_get_id (summary), ==, id);
  g_assert_cmpstr (rt_summary_get_generated (summary), !=, "");
  g_assert_false (rt_summary_get_final (summary));

  again = rt_committee_set_summary_text (committee, fixture->meeting_id, "１　開会\n２　議事\n", FALSE, &error);
  g_assert_cmpint (again, ==, id);
  g_assert_cmpstr (rt_summary_get_text (summary), ==, "１　開会\n２　議事\n");

  g_assert_true (rt_committee_set_summary_final (committee, id, TRUE, &error));
  g_assert_true (rt_summary_get_final (summary));

  corrections = rt_committee_list_corrections (committee, id);
  correction = rt_committee_add_correction (committee, id, fixture->hayashi, "「企業」を「事業者」に", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 1);
  g_assert_cmpint (rt_summary_get_n_open_corrections (summary), ==, 1);
  g_assert_true (rt_committee_edit_correction (committee, correction, fixture->hayashi, "「企業」を「事業者」に",
                                               TRUE, &error));
  g_assert_cmpint (rt_summary_get_n_open_corrections (summary), ==, 0);
  g_assert_cmpint (rt_summary_get_n_corrections (summary), ==, 1);
  g_assert_cmpstr (rt_correction_get_person (rt_committee_lookup (committee, RT_KIND_CORRECTION, correction)), ==,
                   "林委員");

  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpuint (g_list_model_get_n_items (corrections), ==, 0);
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_false (rt_summary_get_final (summary));
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpstr (rt_summary_get_text (summary), ==, "１　開会\n");
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_no_error (error);
  g_assert_null (rt_committee_find_summary (committee, fixture->meeting_id));
}

/* Outline versions are numbered one after another, each with its date. */
static void
test_outlines (Fixture       *fixture,
               gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  GListModel *outlines = rt_committee_get_outlines (committee);
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  first = rt_committee_add_outline (committee, "骨子案", "2026-03-01", "論点1　協働\n", &error);
  second = rt_committee_add_outline (committee, "素案", NULL, "論点1　協働\n・方向性。\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_outline_get_version (rt_committee_lookup (committee, RT_KIND_OUTLINE, first)), ==, 1);
  g_assert_cmpint (rt_outline_get_version (rt_committee_lookup (committee, RT_KIND_OUTLINE, second)), ==, 2);
  g_assert_cmpstr (rt_outline_get_date (rt_committee_lookup (committee, RT_KIND_OUTLINE, second)), ==, "");

  g_assert_false (rt_committee_edit_outline (committee, second, "素案", "3月1日", "x", &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (rt_committee_edit_outline (committee, second, "案", "2026-03-30", "論点1　協働\n", &error));
  g_assert_cmpstr (rt_outline_get_stage (rt_committee_lookup (committee, RT_KIND_OUTLINE, second)), ==, "案");

  g_assert_true (rt_committee_delete_outline (committee, first, &error));
  g_assert_cmpuint (g_list_model_get_n_items (outlines), ==, 1);
  g_assert_true (rt_committee_undo (committee, &error));
  g_assert_cmpuint (g_list_model_get_n_items (outlines), ==, 2);
  g_assert_no_error (error);
}

/* Minutes of a meeting with the 次第's headings in them, imported as cards
 * with their places. Returns the ids of the cards, in the order said. */
static GArray *
import_minutes (Fixture *fixture)
{
  static const struct {
    const char      *line;
    int              speaker;   /* 0 secretariat, 1 林, 2 玉山 */
    RtStatementKind  kind;
    RtVisibility     visibility;
  } turns[] = {
    { "ただいまから第1回協働推進委員会を開会します。", 0, RT_STATEMENT_KIND_PROCEDURE, RT_VISIBILITY_PUBLIC },
    { "（１）第1・2回目の振り返り", -1, 0, 0 },
    { "資料1-1と資料1-2について説明します。前回までの意見をテーマ別に整理しました。", 0, RT_STATEMENT_KIND_ANSWER,
      RT_VISIBILITY_PUBLIC },
    { "企業も協働の相手に含めるべきではないか。", 1, RT_STATEMENT_KIND_OPINION, RT_VISIBILITY_PUBLIC },
    { "「育成」という言葉は上から目線に感じる。", 2, RT_STATEMENT_KIND_OPINION, RT_VISIBILITY_PUBLIC },
    { "個人的な事情なので記録しないでほしい。", 1, RT_STATEMENT_KIND_OPINION, RT_VISIBILITY_PRIVATE },
    { "（２）意見交換", -1, 0, 0 },
    { "補助金の割合はどうなっているか。", 2, RT_STATEMENT_KIND_QUESTION, RT_VISIBILITY_PUBLIC },
    { "補助金は事業費の1割です。", 0, RT_STATEMENT_KIND_ANSWER, RT_VISIBILITY_PUBLIC },
    { "センターには相談の聞き役が必要だ。", 1, RT_STATEMENT_KIND_REQUEST, RT_VISIBILITY_ANONYMOUS },
    { "３　閉会", -1, 0, 0 },
    { "以上で閉会します。", 0, RT_STATEMENT_KIND_PROCEDURE, RT_VISIBILITY_PUBLIC },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("第1回協働推進委員会 会議録\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 speakers[] = { fixture->secretariat, fixture->hayashi, fixture->tamayama };
  gint64 source;
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (turns); i++)
    {
      gsize at;

      if (turns[i].speaker >= 0)
        g_string_append (text, turns[i].speaker == 0 ? "○事務局　" : turns[i].speaker == 1 ? "○林委員　" : "○玉山委員　");
      at = text->len;
      g_array_append_val (offsets, at);
      g_string_append (text, turns[i].line);
      g_string_append_c (text, '\n');
    }

  g_assert_true (rt_committee_begin_change (fixture->committee, NULL, &error));
  source = rt_committee_insert_source (fixture->committee, fixture->meeting_id, "会議録", text->str, text->len, &error);
  ok = source != 0;
  g_assert_true (rt_committee_end_change (fixture->committee, ok, &error));
  g_assert_no_error (error);

  /* Added in another order than said: the draft follows the minutes. */
  for (guint k = G_N_ELEMENTS (turns); k-- > 0;)
    {
      RtCardDraft draft = { 0 };
      gint64 id;

      if (turns[k].speaker < 0)
        continue;
      draft.text = turns[k].line;
      draft.verbatim = turns[k].line;
      draft.speaker_id = speakers[turns[k].speaker];
      draft.meeting_id = fixture->meeting_id;
      draft.source_id = source;
      draft.source_offset = g_array_index (offsets, gsize, k);
      draft.source_length = strlen (turns[k].line);
      draft.visibility = turns[k].visibility;
      draft.kind = turns[k].kind;
      id = rt_committee_add_card (fixture->committee, &draft, &error);
      g_assert_no_error (error);
      g_array_prepend_val (ids, id);
    }

  return ids;
}

static void
setup_agenda (Fixture *fixture)
{
  RtCommittee *committee = fixture->committee;
  g_autoptr(GError) error = NULL;
  RtAttendee attendees[] = {
    { fixture->hayashi, RT_ATTENDANCE_PRESENT },
    { fixture->tamayama, RT_ATTENDANCE_ABSENT },
    { fixture->secretariat, RT_ATTENDANCE_PRESENT },
  };
  gint64 item1, item2;

  add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_OPENING, "開会");
  item1 = add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, "第1・2回目の振り返りについて");
  item2 = add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, "意見交換");
  add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_CLOSING, "閉会");
  add_material (committee, fixture->meeting_id, item1, "委員意見一覧（テーマ別）", RT_MATERIAL_KIND_MATERIAL, -1);
  add_material (committee, fixture->meeting_id, item1, "委員意見一覧（機能別）", RT_MATERIAL_KIND_MATERIAL, -1);
  add_material (committee, fixture->meeting_id, item2, "論点整理表", RT_MATERIAL_KIND_MATERIAL, -1);
  g_assert_true (rt_committee_set_attendance (committee, fixture->meeting_id, attendees, G_N_ELEMENTS (attendees),
                                              &error));
  g_assert_no_error (error);
}

static char *
draft (RtCommittee    *committee,
       gint64          meeting_id,
       RtSummaryOrder  order)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSnapshot) snapshot = rt_snapshot_new (committee, &error);
  g_autoptr(GHashTable) sources = NULL;

  g_assert_no_error (error);
  sources = rt_summary_draft_read_sources (committee, snapshot, meeting_id, &error);
  g_assert_no_error (error);

  return rt_summary_draft_build (snapshot, meeting_id, order, RT_DATE_STYLE_ERA, sources);
}

/* Where @needle stands in @haystack, -1 if nowhere. */
static gssize
find (const char *haystack,
      const char *needle)
{
  const char *at = strstr (haystack, needle);

  return at ? at - haystack : -1;
}

/* The draft holds the header, every public statement of the meeting in the
 * order said, under the item of the 次第 it was said at, the secretariat's
 * explanation as one line, and no 非公開 card or 進行. */
static void
test_summary_draft (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GArray) ids = NULL;
  g_autofree char *text = NULL;
  static const char * const header[] = {
    "会議名：協働推進委員会（第1回）\n",
    "日時：令和7年10月10日（金）18時30分～20時30分\n",
    "場所：市役所第一会議室\n",
    "出席委員：林委員（1名）\n",
    "欠席委員：玉山委員\n",
    "事務局：事務局\n",
    "傍聴者：2名\n",
    "配布資料：資料1-1　委員意見一覧（テーマ別）\n　資料1-2　委員意見一覧（機能別）\n　資料2　論点整理表\n",
    "公開・非公開：公開\n",
  };
  static const char * const body[] = {
    "１　開会\n",
    "２　議事\n（１）第1・2回目の振り返りについて\n",
    "資料1-1、資料1-2に基づき、事務局から説明があった。\n",
    "〔主な意見等〕\n",
    "・企業も協働の相手に含めるべきではないか。（林委員）\n",
    "・「育成」という言葉は上から目線に感じる。（玉山委員）\n",
    "（２）意見交換\n",
    "資料2に基づき、事務局から説明があった。\n",
    "・補助金の割合はどうなっているか。（玉山委員）\n",
    "　→補助金は事業費の1割です。（事務局）\n",
    /* A hidden speaker is said to be hidden, as in every handout. */
    "・センターには相談の聞き役が必要だ。（発言者非公開）\n",
    "３　閉会\n",
  };
  gssize last = -1;

  setup_agenda (fixture);
  ids = import_minutes (fixture);
  /* 議事要旨 name members as 委員 unless the committee chooses otherwise
   * (rt-speaker-policy.c); this one names them. */
  g_assert_cmpint (rt_committee_get_speaker_display (fixture->committee, RT_OUTPUT_SUMMARY), ==,
                   RT_SPEAKER_DISPLAY_GENERIC);
  {
    g_autofree char *generic = draft (fixture->committee, fixture->meeting_id, RT_SUMMARY_ORDER_AGENDA);

    g_assert_cmpint (find (generic, "・企業も協働の相手に含めるべきではないか。（委員）\n"), >, 0);
    g_assert_cmpint (find (generic, "（林委員）"), ==, -1);
    g_assert_cmpint (find (generic, "　→補助金は事業費の1割です。（事務局）\n"), >, 0);
  }
  g_assert_true (rt_committee_set_speaker_display (fixture->committee, RT_OUTPUT_SUMMARY, RT_SPEAKER_DISPLAY_REAL, NULL));
  text = draft (fixture->committee, fixture->meeting_id, RT_SUMMARY_ORDER_AGENDA);
  g_test_message ("%s", text);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    {
      gssize at = find (text, header[i]);

      g_assert_cmpint (at, >, last);
      last = at;
    }
  g_assert_cmpint (find (text, "\n\n"), >, last);
  for (guint i = 0; i < G_N_ELEMENTS (body); i++)
    {
      gssize at = find (text, body[i]);

      if (at <= last)
        g_error ("%s is not after what comes before it", body[i]);
      last = at;
    }

  g_assert_cmpint (find (text, "記録しないで"), ==, -1);
  g_assert_cmpint (find (text, "開会します"), ==, -1);
  g_assert_cmpint (find (text, "閉会します"), ==, -1);
  g_assert_cmpint (find (text, "テーマ別に整理しました"), ==, -1);

  /* In theme order, the statements go under the last 議事, by theme. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *by_theme = NULL;
    gint64 theme = rt_committee_add_theme (fixture->committee, 0, "補助金", NULL, &error);
    gint64 card = g_array_index (ids, gint64, 5);  /* 補助金の割合は… */

    g_assert_true (rt_committee_move_cards (fixture->committee, &card, 1, theme, -1, &error));
    g_assert_no_error (error);
    by_theme = draft (fixture->committee, fixture->meeting_id, RT_SUMMARY_ORDER_THEME);
    g_test_message ("%s", by_theme);
    g_assert_cmpint (find (by_theme, "【補助金】\n・補助金の割合はどうなっているか。（玉山委員）\n"), >,
                     find (by_theme, "（２）意見交換\n"));
    g_assert_cmpint (find (by_theme, "【未分類】\n"), >, find (by_theme, "【補助金】"));
    g_assert_cmpint (find (by_theme, "・企業も協働の相手に含めるべきではないか。（林委員）\n"), >,
                     find (by_theme, "【未分類】\n"));
    g_assert_cmpint (find (by_theme, "資料1-1、資料1-2に基づき、事務局から説明があった。\n"), >, 0);
    g_assert_cmpint (find (by_theme, "記録しないで"), ==, -1);
    g_assert_cmpint (find (by_theme, "テーマ別に整理しました"), ==, -1);
  }

  /* Without a 次第, and without minutes, it is still a draft. */
  {
    g_autofree char *other = NULL;

    add_card (fixture->committee, fixture->meeting2_id, fixture->hayashi, "次回までに資料を。", RT_STATEMENT_KIND_REQUEST);
    other = draft (fixture->committee, fixture->meeting2_id, RT_SUMMARY_ORDER_AGENDA);
    g_assert_cmpint (find (other, "会議名：協働推進委員会（第2回）\n"), ==, 0);
    g_assert_cmpint (find (other, "１　議事\n・次回までに資料を。（林委員）\n"), >, 0);
    g_assert_cmpint (find (other, "配布資料：なし\n"), >, 0);
  }
}

/* Real minutes (宮代町, tests/data/README.md): imported, and drafted with
 * the meeting's 次第. The minutes open with their 次第, so the titles found
 * there say nothing; the turns fall under the 議事 whose heading stands
 * before them in the body, every one of them kept, in order, the 事務局's
 * answers under the questions. */
static void
test_summary_draft_real (Fixture       *fixture,
                         gconstpointer  data)
{
  RtCommittee *committee = fixture->committee;
  g_autofree char *path = g_build_filename (g_getenv ("RT_SOURCE_DIR"), "tests", "data",
                                            "miyashiro-2021-06-10.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtImport) import = NULL;
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  GListModel *cards = rt_committee_get_cards (committee);
  static const char * const items[] = {
    "令和3年度事業計画(案)について", "男女共同参画情報誌・セミナーについて", "男女共同参画プラン策定委員会について",
  };
  gssize item, last;
  guint n_turns = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  import = rt_import_new (committee, text, -1, fixture->meeting_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rt_import_commit (import, &error));
  g_assert_no_error (error);

  add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_OPENING, "開会");
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_ITEM, items[i]);
  add_item (committee, fixture->meeting_id, RT_AGENDA_KIND_CLOSING, "閉会");

  /* The import tells the secretariat's answers from the questions. */
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (g_str_has_prefix (rt_card_get_speaker (card), "事務局"))
        g_assert_cmpint (rt_card_get_kind (card), ==, RT_STATEMENT_KIND_ANSWER);
    }

  summary = draft (committee, fixture->meeting_id, RT_SUMMARY_ORDER_AGENDA);
  g_test_message ("%s", summary);

  item = find (summary, "（１）令和3年度事業計画(案)について\n");
  g_assert_cmpint (item, >, 0);
  last = item;
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      const char *speaker = rt_card_get_speaker (card);
      g_autofree char *line = NULL;
      gssize at;

      if (speaker[0] == '\0')
        continue;
      line = g_strdup_printf ("%s%s（%s）\n", g_str_has_prefix (speaker, "事務局") ? "　→" : "・",
                              rt_card_get_text (card), speaker);
      at = find (summary, line);
      if (at <= last)
        g_error ("%s is missing or out of order", line);
      last = at;
      n_turns++;
    }
  g_assert_cmpuint (n_turns, ==, 7);
  g_assert_cmpint (last, <, find (summary, "（２）男女共同参画情報誌・セミナーについて\n"));
}

/* Comparing two versions finds the sentence that changed, the one added and
 * the one removed, each under its point. */
static void
test_compare (void)
{
  const char *before =
    "論点1　協働制度の見直し\n"
    "【委員会の方向性】\n"
    "・協働条例の制定を検討する。市民参加条例第25条を根拠とする。\n"
    "・協働専担課を置く。\n"
    "論点2　市民活動団体の力量形成\n"
    "【委員会の方向性】\n"
    "・研修の機会を設ける。\n";
  const char *after =
    "論点1　協働制度の見直し\n"
    "【委員会の方向性】\n"
    "・協働条例の制定を検討する。市民参加条例第25条を根拠とし、センター設置条例も検討する。\n"
    "論点2　市民活動団体の力量形成\n"
    "【委員会の方向性】\n"
    "・研修の機会を設ける。\n"
    "・アドボカシーを学ぶ場をつくる。\n";
  g_autoptr(GPtrArray) changes = rt_text_compare (before, after);
  g_autoptr(GPtrArray) same = rt_text_compare (after, after);
  RtTextChange *c;

  g_assert_cmpuint (same->len, ==, 0);
  g_assert_cmpuint (changes->len, ==, 3);

  c = changes->pdata[0];
  g_assert_cmpint (c->kind, ==, RT_TEXT_CHANGED);
  g_assert_cmpstr (c->before, ==, "市民参加条例第25条を根拠とする。");
  g_assert_cmpstr (c->after, ==, "市民参加条例第25条を根拠とし、センター設置条例も検討する。");
  g_assert_cmpstr (c->section, ==, "論点1　協働制度の見直し 【委員会の方向性】");

  c = changes->pdata[1];
  g_assert_cmpint (c->kind, ==, RT_TEXT_REMOVED);
  g_assert_cmpstr (c->before, ==, "協働専担課を置く。");
  g_assert_null (c->after);

  c = changes->pdata[2];
  g_assert_cmpint (c->kind, ==, RT_TEXT_ADDED);
  g_assert_cmpstr (c->after, ==, "アドボカシーを学ぶ場をつくる。");
  g_assert_cmpstr (c->section, ==, "論点2　市民活動団体の力量形成 【委員会の方向性】");
}

/* A speaker in brackets after a sentence stays with it, and a placeholder
 * of the draft replaced by a sentence is an addition, not a removal. */
static void
test_compare_notes (void)
{
  const char *before =
    "論点1　協働制度の見直し\n"
    "【委員会の方向性】\n"
    "・（未議論）\n"
    "【主な意見】\n"
    "・提案型協働事業が少ない。（降旗委員）\n"
    "・条例が欲しい。（玉山委員）\n"
    "【前回答申の提案とその後】\n"
    "・協働専担課の設置\n"
    "　→（その後の状況を記入）\n";
  const char *after =
    "論点1　協働制度の見直し\n"
    "【委員会の方向性】\n"
    "・条例の必要性を検討する。\n"
    "【主な意見】\n"
    "・条例が欲しい。（玉山委員）\n"
    "【前回答申の提案とその後】\n"
    "・協働専担課の設置\n"
    "　→平成26年度に協働推進係を設置した。\n";
  g_autoptr(GPtrArray) changes = rt_text_compare (before, after);
  RtTextChange *c;

  g_assert_cmpuint (changes->len, ==, 3);

  c = changes->pdata[0];
  g_assert_cmpint (c->kind, ==, RT_TEXT_ADDED);
  g_assert_cmpstr (c->after, ==, "条例の必要性を検討する。");

  c = changes->pdata[1];
  g_assert_cmpint (c->kind, ==, RT_TEXT_REMOVED);
  g_assert_cmpstr (c->before, ==, "提案型協働事業が少ない。（降旗委員）");

  c = changes->pdata[2];
  g_assert_cmpint (c->kind, ==, RT_TEXT_ADDED);
  g_assert_cmpstr (c->after, ==, "平成26年度に協働推進係を設置した。");
}

/* The outline draft of the sample: every point of the first framework with
 * its parts, the opinions linked to it, and no 非公開 card. */
static void
test_outline_draft (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RtCommittee) committee = rt_test_create_sample ("ronten-test-cycle-XXXXXX", &dir, &path, NULL, NULL);
  g_autoptr(RtSnapshot) snapshot = rt_snapshot_new (committee, &error);
  g_autofree char *text = NULL;
  RtSnapFramework *framework;

  g_assert_no_error (error);
  text = rt_outline_draft_build (snapshot, 0);
  framework = snapshot->frameworks->pdata[0];
  for (guint i = 0; i < framework->points->len; i++)
    {
      RtSnapPoint *point = framework->points->pdata[i];
      g_autofree char *heading = g_strdup_printf ("論点%d　%s\n【委員会の方向性】\n", point->number, point->title);

      g_assert_nonnull (strstr (text, heading));
      for (guint j = 0; point->proposals[j] != NULL; j++)
        g_assert_nonnull (strstr (text, point->proposals[j]));
      for (guint j = 0; j < point->cards->len && j < 3; j++)
        {
          RtSnapCard *card = point->cards->pdata[j];

          if (card->visibility != RT_VISIBILITY_PRIVATE)
            g_assert_nonnull (strstr (text, card->text));
        }
    }
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      RtSnapCard *card = snapshot->cards->pdata[i];

      if (card->visibility == RT_VISIBILITY_PRIVATE)
        g_assert_null (strstr (text, card->text));
    }

  g_clear_pointer (&snapshot, rt_snapshot_unref);
  g_assert_finalize_object (g_steal_pointer (&committee));
  rt_test_remove_tree (dir);
}

/* Everything of the cycle goes through the JSON format and back the same. */
static void
test_json_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  g_autofree char *copy_path = g_build_filename (fixture->dir, "copy.ronten", NULL);
  g_autoptr(RtCommittee) copy = NULL;
  RtFollowupEdit edit = { "他市の事例", "事務局", fixture->meeting2_id, RT_FOLLOWUP_IN_PROGRESS, "調査中", 0 };
  gint64 summary;
  gsize length;

  setup_agenda (fixture);
  ids = import_minutes (fixture);
  g_assert_cmpint (rt_committee_add_followup (fixture->committee, g_array_index (ids, gint64, 5), &edit, &error), >, 0);
  summary = rt_committee_set_summary_text (fixture->committee, fixture->meeting_id, "１　開会\n", TRUE, &error);
  g_assert_cmpint (rt_committee_add_correction (fixture->committee, summary, fixture->hayashi, "誤字", &error), >, 0);
  g_assert_cmpint (rt_committee_add_correction (fixture->committee, summary, 0, "日付", &error), >, 0);
  g_assert_cmpint (rt_committee_add_outline (fixture->committee, "骨子案", "2026-03-01", "論点1\n", &error), >, 0);
  g_assert_no_error (error);

  json = rt_test_export (fixture->committee, &length);
  g_assert_nonnull (strstr (json, "\"agenda_items\""));
  g_assert_nonnull (strstr (json, "\"restricted\""));
  g_assert_nonnull (strstr (json, "\"corrections\""));
  g_assert_nonnull (strstr (json, "\"kind\" : \"procedure\""));

  copy = rt_committee_create_from_json (copy_path, json, length, &error);
  g_assert_no_error (error);
  again = rt_test_export (copy, NULL);
  g_assert_cmpstr (again, ==, json);

  {
    g_autoptr(GListModel) materials = rt_committee_list_materials (copy, fixture->meeting_id);
    g_autoptr(RtMaterial) second = g_list_model_get_item (materials, 1);

    g_assert_cmpstr (rt_material_get_number (second), ==, "資料1-2");
    g_assert_nonnull (rt_committee_find_summary (copy, fixture->meeting_id));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/ronten/cycle/agenda-numbers", test_agenda_numbers);
  ADD ("/ronten/cycle/agenda-items", test_agenda_items);
  ADD ("/ronten/cycle/material-numbers", test_material_numbers);
  ADD ("/ronten/cycle/followups", test_followups);
  ADD ("/ronten/cycle/summary", test_summary);
  ADD ("/ronten/cycle/outlines", test_outlines);
  ADD ("/ronten/cycle/summary-draft", test_summary_draft);
  ADD ("/ronten/cycle/summary-draft-real", test_summary_draft_real);
  g_test_add_func ("/ronten/cycle/compare", test_compare);
  g_test_add_func ("/ronten/cycle/compare-notes", test_compare_notes);
  g_test_add_func ("/ronten/cycle/outline-draft", test_outline_draft);
  ADD ("/ronten/cycle/json-round-trip", test_json_round_trip);

  return g_test_run ();
}
