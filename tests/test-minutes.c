/* test-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tests of the minutes decoder and parser.
 */

#include <string.h>

#include <glib.h>

#include "rt-minutes.h"

/* Invariants that hold for every input */

static gsize
space_len_at (const char *p,
              const char *e)
{
  guchar c = (guchar) p[0];

  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
    return 1;
  if (c == 0xC2 && e - p >= 2 && (guchar) p[1] == 0xA0)
    return 2;
  if (c == 0xE3 && e - p >= 3 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0x80)
    return 3;
  if (c == 0xEF && e - p >= 3 && (guchar) p[1] == 0xBB && (guchar) p[2] == 0xBF)
    return 3;
  return 0;
}

static gboolean
is_blank (const char *p,
          const char *e)
{
  while (p < e)
    {
      gsize n = space_len_at (p, e);

      if (n == 0)
        return FALSE;
      p += n;
    }
  return TRUE;
}

typedef struct
{
  gsize start;
  gsize end;
} Range;

static int
range_cmp (gconstpointer a,
           gconstpointer b)
{
  const Range *ra = a, *rb = b;

  return ra->start < rb->start ? -1 : ra->start > rb->start;
}

static void
assert_string (const char *s,
               gboolean    may_be_null)
{
  if (s == NULL)
    {
      g_assert_true (may_be_null);
      return;
    }
  g_assert_true (g_utf8_validate (s, -1, NULL));
}

static void
check_invariants (const char      *text,
                  gsize            len,
                  const RtMinutes *m)
{
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (Range));
  guint n_statements = rt_minutes_get_n_statements (m);
  guint n_headings = rt_minutes_get_n_headings (m);
  guint n_unused = rt_minutes_get_n_unused (m);
  guint unattributed = 0;
  gsize pos = 0;

  for (guint i = 0; i < n_statements; i++)
    {
      const RtStatement *s = rt_minutes_get_statement (m, i);
      Range r = { s->start, s->end };

      assert_string (s->label, TRUE);
      assert_string (s->name, TRUE);
      assert_string (s->role, TRUE);
      assert_string (s->text, FALSE);
      assert_string (s->answer, TRUE);
      g_assert_cmpuint (strlen (s->text), >, 0);
      g_assert_cmpint (s->kind, >=, RT_STATEMENT_KIND_OPINION);
      g_assert_cmpint (s->kind, <=, RT_STATEMENT_KIND_LAST);
      g_assert_cmpint (s->heading, >=, -1);
      g_assert_cmpint (s->heading, <, (int) n_headings);
      if (s->label == NULL)
        {
          unattributed++;
          g_assert_null (s->name);
          g_assert_null (s->role);
        }
      if (i > 0)
        g_assert_cmpuint (rt_minutes_get_statement (m, i - 1)->end, <=, s->start);
      g_array_append_val (ranges, r);
    }
  for (guint i = 0; i < n_headings; i++)
    {
      const RtHeading *h = rt_minutes_get_heading (m, i);
      Range r = { h->start, h->end };

      assert_string (h->text, FALSE);
      g_assert_cmpuint (strlen (h->text), >, 0);
      if (i > 0)
        g_assert_cmpuint (rt_minutes_get_heading (m, i - 1)->end, <=, h->start);
      g_array_append_val (ranges, r);
    }
  for (guint i = 0; i < n_unused; i++)
    {
      const RtSpan *u = rt_minutes_get_unused (m, i);
      Range r = { u->start, u->end };

      g_assert_cmpuint (u->end, <=, len);
      g_assert_false (is_blank (text + u->start, text + u->end));
      if (i > 0)
        g_assert_cmpuint (rt_minutes_get_unused (m, i - 1)->end, <=, u->start);
      g_array_append_val (ranges, r);
    }

  {
    gsize hs = 0, he = 0;

    if (rt_minutes_get_header (m, &hs, &he))
      {
        Range r = { hs, he };

        g_assert_false (is_blank (text + hs, text + he));
        g_array_append_val (ranges, r);
      }
    else
      {
        g_assert_cmpuint (hs, ==, 0);
        g_assert_cmpuint (he, ==, 0);
      }
  }

  g_assert_cmpuint (unattributed, ==, rt_minutes_get_n_unattributed (m));
  g_assert_cmpuint (rt_minutes_get_n_speakers (m), <=, n_statements - unattributed);

  g_array_sort (ranges, range_cmp);
  for (guint i = 0; i < ranges->len; i++)
    {
      const Range *r = &g_array_index (ranges, Range, i);

      g_assert_cmpuint (r->start, <, r->end);
      g_assert_cmpuint (r->end, <=, len);
      g_assert_cmpuint (pos, <=, r->start);
      g_assert_true (is_blank (text + pos, text + r->start));
      pos = r->end;
    }
  g_assert_true (is_blank (text + pos, text + len));
}

static RtMinutes *
parse_checked (const char *text,
               gssize      len)
{
  RtMinutes *m;

  if (len < 0)
    len = strlen (text);
  m = rt_minutes_parse (text, len);
  g_assert_nonnull (m);
  check_invariants (text, len, m);
  return m;
}

/* Everything the parser found, in text order, as one string:
 * "S:label:text" for a statement ("-" when the speaker is unknown, ⏎ for a
 * paragraph break, "=>answer" after it for a public comment's answer),
 * "H:text" for a heading, "U:text" for an unused span, "R:text" for the
 * header block first, separated by " | ".
 */
static char *
describe (const char      *text,
          const RtMinutes *m)
{
  GString *out = g_string_new (NULL);
  guint si = 0, hi = 0, ui = 0;
  guint ns = rt_minutes_get_n_statements (m);
  guint nh = rt_minutes_get_n_headings (m);
  guint nu = rt_minutes_get_n_unused (m);
  gsize head_start, head_end;

  if (rt_minutes_get_header (m, &head_start, &head_end))
    g_string_append_printf (out, "R:%.*s", (int) (head_end - head_start), text + head_start);

  while (si < ns || hi < nh || ui < nu)
    {
      gsize ss = si < ns ? rt_minutes_get_statement (m, si)->start : G_MAXSIZE;
      gsize hs = hi < nh ? rt_minutes_get_heading (m, hi)->start : G_MAXSIZE;
      gsize us = ui < nu ? rt_minutes_get_unused (m, ui)->start : G_MAXSIZE;

      if (out->len > 0)
        g_string_append (out, " | ");

      if (ss <= hs && ss <= us)
        {
          const RtStatement *s = rt_minutes_get_statement (m, si++);
          g_autoptr(GString) t = g_string_new (s->text);

          g_string_replace (t, "\n", "⏎", 0);
          g_string_append_printf (out, "S:%s:%s", s->label != NULL ? s->label : "-", t->str);
          if (s->answer != NULL)
            g_string_append_printf (out, "=>%s", s->answer);
        }
      else if (hs <= us)
        g_string_append_printf (out, "H:%s", rt_minutes_get_heading (m, hi++)->text);
      else
        {
          const RtSpan *u = rt_minutes_get_unused (m, ui++);

          g_string_append_printf (out, "U:%.*s", (int) (u->end - u->start), text + u->start);
        }
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  const char *input;
  const char *expected;
} ParseCase;

static void
run_cases (const ParseCase *cases,
           gsize            n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(RtMinutes) m = parse_checked (cases[i].input, -1);
      g_autofree char *got = describe (cases[i].input, m);

      if (g_strcmp0 (got, cases[i].expected) != 0)
        g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].input);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* Speaker labels */

static void
test_split_speaker (void)
{
  static const struct {
    const char *label;
    gboolean ok;
    const char *name;
    const char *role;
  } cases[] = {
    { "降旗委員", TRUE, "降旗", "委員" },
    { "金尾委員長", TRUE, "金尾", "委員長" },
    { "委員長", TRUE, NULL, "委員長" },
    { "副委員長", TRUE, NULL, "副委員長" },
    { "林副委員長", TRUE, "林", "副委員長" },
    { "委員", TRUE, NULL, "委員" },
    { "会長", TRUE, NULL, "会長" },
    { "副会長", TRUE, NULL, "副会長" },
    { "市長", TRUE, NULL, "市長" },
    { "副市長", TRUE, NULL, "副市長" },
    { "事務局", TRUE, NULL, "事務局" },
    { "準備室", TRUE, NULL, "準備室" },
    { "部長", TRUE, NULL, "部長" },
    { "課長", TRUE, NULL, "課長" },
    { "佐藤課長", TRUE, "佐藤", "課長" },
    { "市民部長", TRUE, "市民", "部長" },
    { "林 委員", TRUE, "林", "委員" },
    { "林　委員", TRUE, "林", "委員" },
    { "事務局（佐藤課長）", TRUE, "佐藤", "事務局" },
    { "市長(白井)", TRUE, "白井", "市長" },
    { "林（委員）", TRUE, "林", "委員" },
    { "委員A", TRUE, "A", "委員" },
    { "Ａ委員", TRUE, "Ａ", "委員" },
    { "林さん", TRUE, "林", NULL },
    { "山岡氏", TRUE, "山岡", NULL },
    { "林", TRUE, "林", NULL },
    { "ステークホルダー", TRUE, "ステークホルダー", NULL },
    { "市民活動", TRUE, "市民活動", NULL },
    { "企業", TRUE, "企業", NULL },
    /* A role, then the person; any family of brackets around the name. */
    { "委員長山田太郎君", TRUE, "山田太郎", "委員長" },
    { "副議長 川上一郎君", TRUE, "川上一郎", "副議長" },
    { "議長【森花子君】", TRUE, "森花子", "議長" },
    { "事務局〔佐藤課長〕", TRUE, "佐藤", "事務局" },
    { "会長［林一郎］", TRUE, "林一郎", "会長" },
    /* A role, a blank, the person, as a heading's parentheses give them. */
    { "芦屋市長 いとう まい", TRUE, "いとう まい", "芦屋市長" },
    { "自治会連合会会長 天井 裕一", TRUE, "天井 裕一", "自治会連合会会長" },
    { "会長 よろしく", FALSE, NULL, NULL },
    /* An answer glued to a role; a question glued heads a section. */
    { "事務局回答", TRUE, NULL, "事務局" },
    { "幹事社質問", TRUE, "幹事社質問", NULL },
    /* A heading that says who spoke, and how the words came. */
    { "市民から出た意見など", TRUE, NULL, "市民" },
    { "市長からの話", TRUE, NULL, "市長" },
    /* A person named by a letter, after the group they speak for. */
    { "まちづくり協議会 Aさん", TRUE, "まちづくり協議会 A", NULL },
    { "Ｂさん", TRUE, "Ｂ", NULL },
    /* A family name in hiragana, then the given name. */
    { "わしの 恵子 委員", TRUE, "わしの 恵子", "委員" },
    /* A label that says what the turn is: the kind word is no name. */
    { "さくら 質問", TRUE, "さくら", NULL },
    { "町の答弁", TRUE, "町", NULL },
    { "山田部長 答弁", TRUE, "山田", "部長" },
    { "協働についての委員", FALSE, NULL, NULL },
    { "1", FALSE, NULL, NULL },
    { "", FALSE, NULL, NULL },
    { "あいう", FALSE, NULL, NULL },
    { "小金井市市民協働支援センター再検討委員", FALSE, NULL, NULL },
    { "\xff\xfe", FALSE, NULL, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *role = NULL;
      gboolean ok = rt_minutes_split_speaker (cases[i].label, &name, &role);

      g_autofree char *escaped = g_strescape (cases[i].label, NULL);

      g_test_message ("label %s", escaped);
      g_assert_cmpint (ok, ==, cases[i].ok);
      g_assert_cmpstr (name, ==, cases[i].name);
      g_assert_cmpstr (role, ==, cases[i].role);
    }

  /* Both outputs are optional. */
  g_assert_true (rt_minutes_split_speaker ("林委員", NULL, NULL));
}

/* Blanks a PDF put between characters come out; columns and marks keep theirs. */
static void
test_unspace (void)
{
  static const struct {
    const char *in;
    const char *out;   /* NULL: unchanged */
  } cases[] = {
    { "○ 今 日 は 素 晴 ら し い 秋 晴 れ で す が 、 台 風 18 号 の\nようなので心配です。\n",
      "○ 今日は素晴らしい秋晴れですが、台風18号の\nようなので心配です。\n" },
    { "平 成 28 年 10 月 4 日 ( 火 ) 午 前 11 時", "平成28年10月4日 ( 火 ) 午前11時" },
    /* Two blanks, a column's edge, stay; so do the blanks around a mark. */
    { "書     記  平 本 真 岐   書 記  島 田 剛 至 ○議長吉村君) た だ い ま の",
      "書     記  平本真岐   書記  島田剛至 ○議長吉村君) ただいまの" },
    /* Words apart, names in a list, Latin text: no change. */
    { "○林委員 賛成です。 図書館の開館時間について伺います。", NULL },
    { "出席委員 林 花子 森 太郎 原 一郎", NULL },
    { "a b c d e f g h i j", NULL },
    { "", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = rt_minutes_unspace (cases[i].in, strlen (cases[i].in));

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      g_assert_cmpstr (got, ==, cases[i].out);
    }

  /* A spaced-out speech parses as the same statement as the plain one. */
  {
    const char *spaced = "あいさつ\n○ 今 日 は 素 晴 ら し い 秋 晴 れ で す 。\n";
    g_autofree char *text = rt_minutes_unspace (spaced, strlen (spaced));
    g_autoptr(RtMinutes) m = parse_checked (text, -1);

    g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 1);
    g_assert_cmpstr (rt_minutes_get_statement (m, 0)->text, ==, "今日は素晴らしい秋晴れです。");
  }
}

static void
test_speaker_end (void)
{
  static const ParseCase cases[] = {
    { "事業の目的を共有できる企業でなければいけないと考えている。(降旗委員)",
      "S:降旗委員:事業の目的を共有できる企業でなければいけないと考えている。" },
    { "人材育成が必要。（準備室）",
      "S:準備室:人材育成が必要。" },
    { "障がい者など、活動に参加することが難しい人への配慮(矢澤委員)",
      "S:矢澤委員:障がい者など、活動に参加することが難しい人への配慮" },
    { "区別しないといけないと感じている。(金尾委員長)",
      "S:金尾委員長:区別しないといけないと感じている。" },
    { "再度つながったこと。(副市長)\n\n前答申書では「養成」という言葉を使った。(市長)",
      "S:副市長:再度つながったこと。 | S:市長:前答申書では「養成」という言葉を使った。" },
    { "現行の市の考えとしても共創(企業)と協働(市民活動)で線を引いている。(市長)",
      "S:市長:現行の市の考えとしても共創(企業)と協働(市民活動)で線を引いている。" },
    { "現行の市の考えとしても共創(企業)と協働(市民活動)で線を引いている。",
      "S:-:現行の市の考えとしても共創(企業)と協働(市民活動)で線を引いている。" },
    { "共創と協働(市民活動)", "H:共創と協働(市民活動)" },
    { "センターが必要だと考えている（林 委員）。",
      "S:林 委員:センターが必要だと考えている" },
    { "センターが必要だと考えている。\n(林委員)",
      "S:林委員:センターが必要だと考えている。" },
    { "センターが必要だと考えている。(事務局（佐藤課長）)",
      "S:事務局（佐藤課長）:センターが必要だと考えている。" },
    { "賛成です。(林さん)", "S:林さん:賛成です。" },
    { "協働相手の範囲\n\n(ステークホルダー)\n\nステークホルダーは拡大している。(降旗委員)",
      "H:協働相手の範囲(ステークホルダー) | S:降旗委員:ステークホルダーは拡大している。" },
    { "(ステークホルダー)", "U:(ステークホルダー)" },
    { "賛成です。(林委員)\n\n（休憩）\n\n反対です。(森田委員)",
      "S:林委員:賛成です。 | U:（休憩） | S:森田委員:反対です。" },
    { "○林委員　賛成です。\n（笑）\n以上です。",
      "S:林委員:賛成です。⏎以上です。" },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_speaker_start (void)
{
  static const ParseCase cases[] = {
    { "林委員：センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "林委員:センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "林委員 : センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "○林委員　センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "◯林委員　センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "●事務局　ご説明します。", "S:事務局:ご説明します。" },
    { "◎委員長　開会します。", "S:委員長:開会します。" },
    { "〇副会長 賛成です。", "S:副会長:賛成です。" },
    { "【林委員】センターは必要だ。", "S:林委員:センターは必要だ。" },
    { "〔事務局〕ご説明します。", "S:事務局:ご説明します。" },
    { "［会長］はい。", "S:会長:はい。" },
    { "委員長　それでは始めます。", "S:委員長:それでは始めます。" },
    { "副市長　よろしくお願いします。", "S:副市長:よろしくお願いします。" },
    { "金尾委員長：開会します。", "S:金尾委員長:開会します。" },
    { "○事務局（佐藤課長）　ご説明します。", "S:事務局（佐藤課長）:ご説明します。" },
    { "○林　それは大事だ。", "S:林:それは大事だ。" },
    { "【林】それは大事だ。", "S:林:それは大事だ。" },
    { "委員A：賛成です。", "S:委員A:賛成です。" },
    { "林さん：賛成です。", "S:林さん:賛成です。" },
    { "（事務局）ご説明します。", "S:事務局:ご説明します。" },
    { "(1) 市民協働支援センターと行政との関係性", "H:(1) 市民協働支援センターと行政との関係性" },
    /* Q&A blocks: the label alone on a line. */
    { "委員\nセンターの役割は何か。\n事務局\n市としては支援を考えている。\nまた予算も検討する。",
      "S:委員:センターの役割は何か。 | S:事務局:市としては支援を考えている。⏎また予算も検討する。" },
    { "【委員】\n役割は何か。\n\n【事務局】\n支援を考えている。",
      "S:委員:役割は何か。 | S:事務局:支援を考えている。" },
    { "委員：\n役割は何か。", "S:委員:役割は何か。" },
    /* A turn takes the paragraphs that follow it, up to the next speaker or heading. */
    { "○林委員　一点目は予算です。\n　二点目は人材です。\n・三点目\n○事務局　承知しました。",
      "S:林委員:一点目は予算です。⏎二点目は人材です。⏎・三点目 | S:事務局:承知しました。" },
    { "○林委員　賛成です。\n\n２　議事\n\n事務局から説明があった。",
      "S:林委員:賛成です。 | H:２　議事 | U:事務局から説明があった。" },
    { "委員長　開会します。(笑)", "S:委員長:開会します。(笑)" },
    /* Not speakers. */
    { "日時：平成30年6月12日（火）", "R:日時：平成30年6月12日（火）" },
    { "参 加 者：橋野 出口 奈良", "R:参 加 者：橋野 出口 奈良" },
    { "○協働の形態（あくまで手段）", "H:協働の形態（あくまで手段）" },
    { "●例えば、地域円卓会議", "H:例えば、地域円卓会議" },
    { "○NPO・市民活動団体は、市民の地域参加の入口になる。",
      "S:-:NPO・市民活動団体は、市民の地域参加の入口になる。" },
    { "協働の定義: キーワード", "H:協働の定義: キーワード" },
    { "<p>（2）市民協働支援センターと行政との関係性</p> 協働が重要。",
      "S:-:<p>（2）市民協働支援センターと行政との関係性</p> 協働が重要。" },
    { "東京都 清瀬市 2 施設、足立区、瑞穂町", "H:東京都 清瀬市 2 施設、足立区、瑞穂町" },
    { "委員", "U:委員" },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_line_breaks (void)
{
  static const ParseCase cases[] = {
    /* Seed 001: a blank line between the halves of a sentence. */
    { "異種、異質の組織（行政や企業、他の NPOなど）が、共通の社会的な目 \n\n"
      "的を果たすためにそれぞれの資源や特性を持ち寄り、対等な立場で、協\n\n"
      "力して共に動くこと。 \n",
      "S:-:異種、異質の組織（行政や企業、他の NPOなど）が、共通の社会的な目的を果たすためにそれぞれの資源や特性を持ち寄り、対等な立場で、協力して共に動くこと。" },
    { "・一方通行の事業の投げかけではなく、日頃から市民の関心がどこに \n\n あるか理解しておく。 \n",
      "S:-:一方通行の事業の投げかけではなく、日頃から市民の関心がどこにあるか理解しておく。" },
    { "市民はサービスを受ける側でしたが、社会の変化にともない行政主導に\n"
      "よるサービスでは市民のニーズへの対応が難しくなった。",
      "S:-:市民はサービスを受ける側でしたが、社会の変化にともない行政主導によるサービスでは市民のニーズへの対応が難しくなった。" },
    /* Seed 002: short lines of a narrow column. */
    { "・市民自治推進課が間に入り\n調整役となることで、協働のハー\nドルを下げる。",
      "S:-:市民自治推進課が間に入り調整役となることで、協働のハードルを下げる。" },
    { "今後の協働推進に向けた\n市民自治推進課の事業の方向性",
      "H:今後の協働推進に向けた市民自治推進課の事業の方向性" },
    /* The break falls on a page break. */
    { "異種、異質の組織が、共通の社会的な目的を果たすためにそれぞれの資源を\n\n- 3 -\n\n持ち寄り、対等な立場で協力して共に動くこと。",
      "S:-:異種、異質の組織が、共通の社会的な目的を果たすためにそれぞれの資源を持ち寄り、対等な立場で協力して共に動くこと。" },
    { "これは一文目です。\nこれは二文目です。",
      "S:-:これは一文目です。 | S:-:これは二文目です。" },
    { "政府と自治体との地域協定（Local Area\nAgreement: LAA）と結びつくものである。",
      "S:-:政府と自治体との地域協定（Local Area Agreement: LAA）と結びつくものである。" },
    /* A short line before a long one is a heading, not a wrap. */
    { "協働の理念\n「育成」という言葉は上から目線に感じる。(玉山委員)",
      "H:協働の理念 | S:玉山委員:「育成」という言葉は上から目線に感じる。" },
    { "協働事業の課題\n\n \n \n懸念がある(金尾委員長)",
      "H:協働事業の課題 | S:金尾委員長:懸念がある" },
    /* CRLF and a lone CR. */
    { "林委員：賛成です。\r\n事務局：承知しました。\r\n",
      "S:林委員:賛成です。 | S:事務局:承知しました。" },
    { "林委員：賛成です。\r事務局：承知しました。\r",
      "S:林委員:賛成です。 | S:事務局:承知しました。" },
    { "市民はサービスを受ける側でしたが、社会の変化にともない行政主導に\r\n\r\n"
      "よるサービスでは対応が難しくなった。\r\n",
      "S:-:市民はサービスを受ける側でしたが、社会の変化にともない行政主導によるサービスでは対応が難しくなった。" },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_bullets_and_pages (void)
{
  static const ParseCase cases[] = {
    { "・ここはまだまだご意見いただきたいです。\n・一旦拡散→収束という順番で",
      "S:-:ここはまだまだご意見いただきたいです。 | S:-:一旦拡散→収束という順番で" },
    { "- 名義後援\n- 共催／実行委員会",
      "S:-:名義後援 | S:-:共催／実行委員会" },
    { "- ・ 1999年6月～2007年頃 せんだい・みやぎNPOセンター\n行政の市民活動支援施設の立ち上げなど",
      "S:-:1999年6月～2007年頃 せんだい・みやぎNPOセンター行政の市民活動支援施設の立ち上げなど" },
    { "• 協働の定義\n– どちらか一方が他方を強制しない",
      "S:-:協働の定義 | S:-:どちらか一方が他方を強制しない" },
    { "・企業も参加できるようにしておくとよい。(林委員)",
      "S:林委員:企業も参加できるようにしておくとよい。" },
    { "賛成です。(林委員)\n\n- 3 -\n\n反対です。(森田委員)\n\n４\n",
      "S:林委員:賛成です。 | U:- 3 - | S:森田委員:反対です。 | U:４" },
    { "－３－\n\n3 / 10\n\nP. 12\n\n12ページ", "U:－３－ | U:3 / 10 | U:P. 12 | U:12ページ" },
    { "第3回委員会\n本文です。\n第3回委員会\n本文2です。\n第3回委員会\n本文3です。",
      "R:第3回委員会 | S:-:本文です。 | U:第3回委員会 | S:-:本文2です。 | U:第3回委員会 | S:-:本文3です。" },
    { "2026年2月20日（金） 18：30～20：30", "R:2026年2月20日（金） 18：30～20：30" },
    { "①\nはじめに", "H:①はじめに" },
    { "↑\n\n→", "U:↑ | U:→" },
    { "1. 協働ってなに？（協力して働くこと）\n異種、異質の組織（行政や企業、他の NPOなど）が共に動くこと。",
      "H:1. 協働ってなに？（協力して働くこと） | S:-:異種、異質の組織（行政や企業、他の NPOなど）が共に動くこと。" },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_headings (void)
{
  static const ParseCase cases[] = {
    { "【資料 1—2】\n\nセンターに必要なこと\n\n人材育成が必要。(準備室)",
      "H:資料 1—2 | H:センターに必要なこと | S:準備室:人材育成が必要。" },
    { "〔参考〕\n\n賛成です。", "H:参考 | S:-:賛成です。" },
    { "【資料2】との関係", "H:【資料2】との関係" },
    { "参加の促進・包摂・担い手を増やす\n\n協働の理念\n\n「育成」という言葉は上から目線に感じる。(玉山委員)",
      "H:参加の促進・包摂・担い手を増やす | H:協働の理念 | S:玉山委員:「育成」という言葉は上から目線に感じる。" },
    { "協働ってなに？", "S:-:協働ってなに？" },
  };
  static const char *assoc =
    "賛成です。(林委員)\n\n協働の理念\n\n反対です。(森田委員)\n\n条例化の方向性\n\n"
    "検討したい。(事務局)\n\n中立です。(市長)";
  static const int expected[] = { 0, 0, 1, 1 };
  g_autoptr(RtMinutes) m = NULL;

  run_cases (cases, G_N_ELEMENTS (cases));

  /* Statements take the heading before them, or the first one if none is. */
  m = parse_checked (assoc, -1);
  g_assert_cmpuint (rt_minutes_get_n_headings (m), ==, 2);
  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (rt_minutes_get_statement (m, i)->heading, ==, expected[i]);
  g_assert_cmpuint (rt_minutes_get_n_speakers (m), ==, 4);
  g_assert_cmpuint (rt_minutes_get_n_unattributed (m), ==, 0);

  g_clear_pointer (&m, rt_minutes_free);
  m = parse_checked ("賛成です。", -1);
  g_assert_cmpint (rt_minutes_get_statement (m, 0)->heading, ==, -1);
}

static void
test_ranges (void)
{
  const char *text = "  ○林委員　賛成です。\n\n反対です。(森田委員)  \n";
  g_autoptr(RtMinutes) m = parse_checked (text, -1);
  const RtStatement *s;

  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 2);
  s = rt_minutes_get_statement (m, 0);
  g_assert_cmpuint (s->start, ==, 2);
  g_assert_true (g_str_has_prefix (text + s->start, "○林委員"));
  g_assert_true (g_str_has_prefix (text + s->end, "\n\n"));
  g_assert_cmpstr (s->name, ==, "林");
  g_assert_cmpstr (s->role, ==, "委員");
  s = rt_minutes_get_statement (m, 1);
  g_assert_true (g_str_has_prefix (text + s->start, "反対です。"));
  g_assert_true (g_str_has_prefix (text + s->end, "  \n"));
  g_assert_cmpstr (s->name, ==, "森田");
  g_assert_cmpuint (rt_minutes_get_n_speakers (m), ==, 2);
}


/* Detect, then cut: each convention is found, and cut with */

static void
test_conventions (void)
{
  static const struct {
    const char          *input;
    RtMinutesConvention  convention;
    const char          *expected;
  } cases[] = {
    { "○林委員　賛成です。\n○事務局　承知しました。", RT_MINUTES_CONVENTION_MARK,
      "S:林委員:賛成です。 | S:事務局:承知しました。" },
    { "【林委員】賛成です。\n【事務局】承知しました。", RT_MINUTES_CONVENTION_BRACKET,
      "S:林委員:賛成です。 | S:事務局:承知しました。" },
    { "（委員）賛成です。\n（事務局）承知しました。", RT_MINUTES_CONVENTION_PAREN,
      "S:委員:賛成です。 | S:事務局:承知しました。" },
    { "林委員：賛成です。\n事務局：承知しました。", RT_MINUTES_CONVENTION_COLON,
      "S:林委員:賛成です。 | S:事務局:承知しました。" },
    { "委員長　開会します。\n林委員　賛成です。", RT_MINUTES_CONVENTION_NAME,
      "S:委員長:開会します。 | S:林委員:賛成です。" },
    /* A closing parenthesis only; numbered turns. */
    { "川村委員長)ただ今から開会します。\n林委員)賛成です。", RT_MINUTES_CONVENTION_NAME,
      "S:川村委員長:ただ今から開会します。 | S:林委員:賛成です。" },
    { "1 石井和子委員長 ただいまから開会します。\n2 林委員 賛成です。", RT_MINUTES_CONVENTION_NAME,
      "S:石井和子委員長:ただいまから開会します。 | S:林委員:賛成です。" },
    { "委員\n賛成です。\n事務局\n承知しました。", RT_MINUTES_CONVENTION_LABEL_LINE,
      "S:委員:賛成です。 | S:事務局:承知しました。" },
    { "議長(佐藤一郎君)\nただいまから会議を開きます。\n◎森会長\n賛成です。", RT_MINUTES_CONVENTION_LABEL_LINE,
      "S:議長(佐藤一郎君):ただいまから会議を開きます。 | S:森会長:賛成です。" },
    /* (会長) alone before its words, not after: nothing precedes the first. */
    { "（会長）\nただいまから開会します。\n（事務局）\n資料を説明します。", RT_MINUTES_CONVENTION_PAREN,
      "S:会長:ただいまから開会します。 | S:事務局:資料を説明します。" },
    { "賛成です。(林委員)\n反対です。(森委員)", RT_MINUTES_CONVENTION_END,
      "S:林委員:賛成です。 | S:森委員:反対です。" },
    { "・市民への周知が必要だ。\n・予算を確保すべきだ。", RT_MINUTES_CONVENTION_SUMMARY,
      "S:-:市民への周知が必要だ。 | S:-:予算を確保すべきだ。" },
    /* Bullets under a label alone: one statement each, the label's. */
    { "【委員】\n・周知が必要だ。\n・予算が足りない。\n【事務局】\n・検討します。", RT_MINUTES_CONVENTION_LABEL_LINE,
      "S:委員:周知が必要だ。 | S:委員:予算が足りない。 | S:事務局:検討します。" },
    /* Flattened by a web page. */
    { "○林委員　賛成です。○事務局　承知しました。○林委員　ありがとうございます。", RT_MINUTES_CONVENTION_MARK,
      "S:林委員:賛成です。 | S:事務局:承知しました。 | S:林委員:ありがとうございます。" },
    { "・参加者との綿密な連絡調整 ・市民目線の意見", RT_MINUTES_CONVENTION_SUMMARY,
      "S:-:参加者との綿密な連絡調整 | S:-:市民目線の意見" },
    /* Spaces inside the marks; stage notes inside a turn stay in its range,
     * out of its text. */
    { "◎ 委員長　開会します。\n【委 員】\n賛成です。", RT_MINUTES_CONVENTION_MARK,
      "S:委員長:開会します。 | S:委員:賛成です。" },
    { "○委員長　休憩します。\n午前10時9分休憩\n○委員長　再開します。", RT_MINUTES_CONVENTION_MARK,
      "S:委員長:休憩します。 | S:委員長:再開します。" },
    { "〔意見等〕\n（委員）設置はいつか。\n（事務局）4月です。\n-資料1に基づき、事務局から説明-\n-了承-",
      RT_MINUTES_CONVENTION_PAREN,
      "H:意見等 | S:委員:設置はいつか。 | S:事務局:4月です。 | U:-資料1に基づき、事務局から説明- | U:-了承-" },
    /* Bare names of the attendance list. */
    { "第3回協働推進委員会 会議録\n日時：令和6年5月10日\n出席委員：山口太郎、林花子\n\n"
      "山口太郎\nただいまから開会します。\n林花子\n賛成です。", RT_MINUTES_CONVENTION_LABEL_LINE,
      "R:第3回協働推進委員会 会議録\n日時：令和6年5月10日\n出席委員：山口太郎、林花子 | "
      "S:山口太郎:ただいまから開会します。 | S:林花子:賛成です。" },
    /* Public comments: the answer stays with its opinion. */
    { "パブリックコメントの結果\n1 [お寄せいただいた意見]\n図書館の開館時間を延長してほしい。\n"
      "[市の検討結果と理由]\n今後検討します。\n2 [お寄せいただいた意見]\n駐輪場を増やしてほしい。\n"
      "[市の検討結果と理由]\n計画に反映します。", RT_MINUTES_CONVENTION_COMMENTS,
      "R:パブリックコメントの結果 | S:-:図書館の開館時間を延長してほしい。=>今後検討します。 | "
      "S:-:駐輪場を増やしてほしい。=>計画に反映します。" },
    { "意見の概要\t市の考え方\n駐輪場を増やしてほしい。\t計画に反映します。\n開館時間を延ばしてほしい。\t今後検討します。",
      RT_MINUTES_CONVENTION_COMMENTS,
      "U:意見の概要\t市の考え方 | S:-:駐輪場を増やしてほしい。=>計画に反映します。 | "
      "S:-:開館時間を延ばしてほしい。=>今後検討します。" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RtMinutes) m = parse_checked (cases[i].input, -1);
      g_autofree char *got = describe (cases[i].input, m);

      g_test_message ("case %" G_GSIZE_FORMAT ": %s", i, cases[i].input);
      g_assert_cmpstr (got, ==, cases[i].expected);
      g_assert_cmpint (rt_minutes_get_convention (m), ==, cases[i].convention);
      g_assert_true (rt_minutes_get_convention_found (m));
      g_assert_true (g_utf8_validate (rt_minutes_convention_describe (cases[i].convention), -1, NULL));
    }
}

/* A caller forces another convention and cuts again. */
static void
test_forced (void)
{
  static const char text[] = "（会長）\n賛成です。\n（委員）\n反対です。";
  g_autoptr(RtMinutes) before = NULL;
  g_autoptr(RtMinutes) after = NULL;
  g_autoptr(RtMinutes) summary = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  before = rt_minutes_parse_full (text, -1, RT_MINUTES_CONVENTION_LABEL_LINE);
  check_invariants (text, strlen (text), before);
  a = describe (text, before);
  g_assert_cmpstr (a, ==, "S:会長:賛成です。 | S:委員:反対です。");
  g_assert_false (rt_minutes_get_convention_found (before));

  /* The speaker after the statement: the first label names nothing. */
  after = rt_minutes_parse_full (text, -1, RT_MINUTES_CONVENTION_END);
  check_invariants (text, strlen (text), after);
  b = describe (text, after);
  g_assert_cmpstr (b, ==, "S:会長:賛成です。 | S:委員:反対です。");
  g_assert_cmpint (rt_minutes_get_convention (after), ==, RT_MINUTES_CONVENTION_END);

  /* A convention chosen takes its own shape of speakers only: ○ items read
   * as a summary are bullets, with no speaker. */
  {
    static const char marks[] = "○林委員　賛成です。\n○森委員　反対です。";
    g_autoptr(RtMinutes) as_summary = rt_minutes_parse_full (marks, -1, RT_MINUTES_CONVENTION_SUMMARY);
    g_autoptr(RtMinutes) as_brackets = rt_minutes_parse_full (marks, -1, RT_MINUTES_CONVENTION_BRACKET);
    g_autofree char *d = NULL;

    check_invariants (marks, strlen (marks), as_summary);
    check_invariants (marks, strlen (marks), as_brackets);
    d = describe (marks, as_summary);
    g_assert_cmpstr (d, ==, "S:-:林委員　賛成です。 | S:-:森委員　反対です。");
    g_assert_cmpuint (rt_minutes_get_n_statements (as_brackets), ==, 0);
  }

  summary = rt_minutes_parse_full ("1 [お寄せいただいた意見]\n駐輪場を増やしてほしい。\n[市の検討結果と理由]\n反映します。", -1,
                                   RT_MINUTES_CONVENTION_COMMENTS);
  c = describe ("1 [お寄せいただいた意見]\n駐輪場を増やしてほしい。\n[市の検討結果と理由]\n反映します。", summary);
  g_assert_cmpstr (c, ==, "S:-:駐輪場を増やしてほしい。=>反映します。");

  for (RtMinutesConvention i = 0; i < RT_MINUTES_N_CONVENTIONS; i++)
    {
      RtMinutesConvention back;

      g_assert_true (rt_minutes_convention_from_nick (rt_minutes_convention_to_nick (i), &back));
      g_assert_cmpint (back, ==, i);
    }
}

/* What PDFs and pages make of minutes: labels glued to the text, lists of
 * who attended cut from their header, text no speaker says. */
static void
test_messy (void)
{
  static const ParseCase cases[] = {
    /* A PDF lost the blank after the speaker. */
    { "○林委員長ただいまから会議を開きます。\n○森委員賛成です。\n○事務局ご説明いたします。",
      "S:林委員長:ただいまから会議を開きます。 | S:森委員:賛成です。 | S:事務局:ご説明いたします。" },
    { "○議長(山田太郎君)お諮りします。\n○日向委員長議会運営委員会を開会いたします。",
      "S:議長(山田太郎君):お諮りします。 | S:日向委員長:議会運営委員会を開会いたします。" },
    /* In a record of speakers, what no speaker says is no statement… */
    { "当日の資料は市のホームページで公開しています。\n\n○林委員　賛成です。\n\n○森委員　反対です。",
      "U:当日の資料は市のホームページで公開しています。 | S:林委員:賛成です。 | S:森委員:反対です。" },
    /* …but for the secretariat's explanation under -…説明-. */
    { "○林委員　賛成です。\n\n-資料1に基づき、事務局から説明-\n\n計画の期間は5年である。\n\n○森委員　反対です。",
      "S:林委員:賛成です。 | U:-資料1に基づき、事務局から説明- | S:-:計画の期間は5年である。 | S:森委員:反対です。" },
    /* Who attended, the header cut away. */
    { "○林委員　賛成です。\n\n平田郁美教育長、沼田翔二朗委員、代田秋子委員\n\n○森委員　反対です。",
      "S:林委員:賛成です。 | S:森委員:反対です。" },   /* in the turn's range, not its text */
    { "財務部長 古内勝人,財務部理事 下河邊卓美,次長 鈴木 勉\n○森委員　反対です。",
      "U:財務部長 古内勝人,財務部理事 下河邊卓美,次長 鈴木 勉 | S:森委員:反対です。" },
    /* Assemblies: offices named in kana, a seat and its councillor. */
    { "○こども未来部長　説明いたします。\n○１２番　佐藤花子君　再質問します。",
      "S:こども未来部長:説明いたします。 | S:１２番　佐藤花子君:再質問します。" },
    /* A seat in kanji, as Tokyo's wards write it, and the name in
     * parentheses. */
    { "○議長(木村正義)　文教委員長の報告を求めます。\n◆三十四番(菅野茂)　ただいま議題となりました議案を報告いたします。",
      "S:議長(木村正義):文教委員長の報告を求めます。 | S:三十四番(菅野茂):ただいま議題となりました議案を報告いたします。" },
    /* The chair's calls. */
    { "委員長(相馬君):ほかに討論ありませんか。", "S:委員長(相馬君):ほかに討論ありませんか。" },
    /* Fields of a header, not speakers. */
    { "会議録\n〇欠席委員        な し\n〇出席説明員  教育長  浦 田 幹 男\n○森委員　反対です。",
      "R:会議録\n〇欠席委員        な し\n〇出席説明員  教育長  浦 田 幹 男 | S:森委員:反対です。" },
    /* A header drawn as a table. */
    { "第16回議会改革特別委員会\n┌──────┬──────┐\n│会議名 │第16回 │\n├──────┼──────┤\n│日 時│平成25年10月29日│\n└──────┴──────┘\n○森委員　反対です。",
      "R:第16回議会改革特別委員会\n┌──────┬──────┐\n│会議名 │第16回 │\n├──────┼──────┤\n│日 時│平成25年10月29日│\n└──────┴──────┘ | S:森委員:反対です。" },
  };

  run_cases (cases, G_N_ELEMENTS (cases));
}

/* Public comments under numbered marks: 意見1 … 回答 …. */
static void
test_comments_numbered (void)
{
  static const char text[] =
    "パブリックコメントの結果\n\n意見1\n公園を増やしてほしい。\n回答\n計画に位置付けます。\n"
    "意見2\n駐輪場が足りない。\n回答\n検討します。\n";
  g_autoptr(RtMinutes) m = parse_checked (text, -1);

  g_assert_cmpint (rt_minutes_get_convention (m), ==, RT_MINUTES_CONVENTION_COMMENTS);
  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 2);
  g_assert_cmpstr (rt_minutes_get_statement (m, 0)->text, ==, "公園を増やしてほしい。");
  g_assert_cmpstr (rt_minutes_get_statement (m, 0)->answer, ==, "計画に位置付けます。");
  g_assert_cmpstr (rt_minutes_get_statement (m, 1)->text, ==, "駐輪場が足りない。");
  g_assert_cmpstr (rt_minutes_get_statement (m, 1)->answer, ==, "検討します。");
}

/* A PDF that gave its text one character a line. */
static void
test_char_per_line (void)
{
  static const char * const lines[] = {
    "○林委員長　ただいまから会議を開きます。", "○森委員　賛成です。", "○事務局　ご説明いたします。",
  };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(RtMinutes) m = NULL;
  g_autofree char *got = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      for (const char *p = lines[i]; *p != '\0'; p = g_utf8_next_char (p))
        if (g_utf8_get_char (p) != 0x3000)
          g_string_append_printf (text, "%.*s\n", (int) (g_utf8_next_char (p) - p), p);
      g_string_append_c (text, '\n');
    }

  m = parse_checked (text->str, text->len);
  got = describe (text->str, m);
  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 3);
  g_assert_cmpstr (rt_minutes_get_statement (m, 0)->label, ==, "林委員長");
  g_assert_cmpstr (rt_minutes_get_statement (m, 0)->text, ==, "ただいまから会議を開きます。");
  g_assert_cmpstr (rt_minutes_get_statement (m, 1)->label, ==, "森委員");
  g_assert_cmpstr (rt_minutes_get_statement (m, 2)->label, ==, "事務局");
  /* The statements' ranges are in the text as given. */
  g_assert_true (g_str_has_prefix (text->str + rt_minutes_get_statement (m, 1)->start, "○\n森"));
}

static void
test_header (void)
{
  static const char text[] =
    "ページの先頭です\n"
    "令和6年度第1回市民協働推進委員会 会議録\n"
    "1 日時 令和6年5月10日（金）午後2時～4時\n"
    "2 場所 市役所5階委員会室\n"
    "3 出席委員 会長 山本花子、林 太郎、森 一郎\n"
    "4 議題\n"
    "(1) 推進計画について\n"
    "5 会議の経過\n"
    "○山本会長　ただいまから開会します。\n";
  g_autoptr(RtMinutes) m = parse_checked (text, -1);
  const char * const *names = rt_minutes_get_attendees (m);
  gsize start, end;

  g_assert_true (rt_minutes_get_header (m, &start, &end));
  g_assert_cmpuint (start, ==, 0);
  g_assert_true (g_str_has_prefix (text + end, "\n5 会議の経過"));
  g_assert_cmpstrv (names, ((const char * const[]) { "山本花子", "林太郎", "森一郎", NULL }));
  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 1);
  g_assert_cmpstr (rt_minutes_get_statement (m, 0)->label, ==, "山本会長");

  /* No header: the seed's opinion lists start with a heading. */
  {
    g_autoptr(RtMinutes) none = parse_checked ("協働の理念\n\n賛成です。(林委員)", -1);

    g_assert_false (rt_minutes_get_header (none, &start, &end));
    g_assert_cmpuint (start, ==, 0);
    g_assert_cmpuint (end, ==, 0);
  }
}

/* Statement kinds, by the rules of rt_minutes_classify(). */
static void
test_kinds (void)
{
  static const struct {
    const char      *label;
    const char      *role;
    const char      *text;
    RtStatementKind  kind;
  } cases[] = {
    /* Procedure: stock phrases, greetings, 異議なし. */
    { "委員長", "委員長", "ただいまから第3回委員会を開会いたします。", RT_STATEMENT_KIND_PROCEDURE },
    { "委員長", "委員長", "ほかにご意見はありませんか。", RT_STATEMENT_KIND_PROCEDURE },
    { "会長", "会長", "次第に沿って進めます。議題1について事務局から説明をお願いします。", RT_STATEMENT_KIND_PROCEDURE },
    { "林委員", "委員", "林です。よろしくお願いいたします。", RT_STATEMENT_KIND_PROCEDURE },
    { NULL, NULL, "異議なし", RT_STATEMENT_KIND_PROCEDURE },
    { NULL, NULL, "（「異議なし」と呼ぶ者あり）", RT_STATEMENT_KIND_PROCEDURE },
    { "事務局", "事務局", "定刻になりましたので、ただいまから会議を始めます。", RT_STATEMENT_KIND_PROCEDURE },
    { "委員長", "委員長", "休憩します。", RT_STATEMENT_KIND_PROCEDURE },
    { "議長", "議長", "日程第1を議題といたします。", RT_STATEMENT_KIND_PROCEDURE },
    /* The secretariat and the city explain and answer. */
    { "事務局", "事務局", "資料1について、市民活動団体の登録数は120件です。", RT_STATEMENT_KIND_ANSWER },
    { "佐藤課長", "課長", "予算は前年並みを見込んでいます。", RT_STATEMENT_KIND_ANSWER },
    { "市民部長", "部長", "条例の改正は来年度を予定しています。", RT_STATEMENT_KIND_ANSWER },
    { "事務局（佐藤課長）", "事務局", "4月から実施します。", RT_STATEMENT_KIND_ANSWER },
    /* The role before what the label says in parentheses, or with its city's name. */
    { "医務国保課主幹(国保・福祉医療)", NULL, "施行令に規定することとなっている。", RT_STATEMENT_KIND_ANSWER },
    { "芦屋市長 いとう まい", "芦屋市長", "行政改革についてお話をしました。", RT_STATEMENT_KIND_ANSWER },
    { "事務局", "事務局", "委員の皆様はどちらの案がよいとお考えでしょうか。", RT_STATEMENT_KIND_QUESTION },
    /* Requests, questions, opinions. */
    { "林委員", "委員", "周知を徹底してほしい。", RT_STATEMENT_KIND_REQUEST },
    { "林委員", "委員", "次回までに資料を提供していただきたい。", RT_STATEMENT_KIND_REQUEST },
    { "林委員", "委員", "若者の参加について検討をお願いしたい。", RT_STATEMENT_KIND_REQUEST },
    { NULL, NULL, "要望として、駐輪場を増やすこと。", RT_STATEMENT_KIND_REQUEST },
    { "林委員", "委員", "予算はいくらか。", RT_STATEMENT_KIND_QUESTION },
    { "林委員", "委員", "どのように進めるのでしょうか。", RT_STATEMENT_KIND_QUESTION },
    { "林委員", "委員", "開館時間は何時までですか？", RT_STATEMENT_KIND_QUESTION },
    /* A digest of questions names what was asked for. */
    { NULL, NULL, "JR北海道に対する地域支援に係る見解", RT_STATEMENT_KIND_QUESTION },
    { "林委員", "委員", "誘致表明についての真意", RT_STATEMENT_KIND_QUESTION },
    { NULL, NULL, "配布しているなら、手渡しでないといけない理由を教えてください。", RT_STATEMENT_KIND_QUESTION },
    { NULL, NULL, "人口を増やすためには、どうしたら良いか、考えを聞きたい", RT_STATEMENT_KIND_QUESTION },
    { NULL, NULL, "学び合いができる場所がほしい。町民会館だけでは足りない。", RT_STATEMENT_KIND_REQUEST },
    { NULL, NULL, "駐輪場を増やすべきとの認識で一致した。", RT_STATEMENT_KIND_OPINION },
    { "林委員", "委員", "市民の意見を聴くべきではないか。", RT_STATEMENT_KIND_OPINION },
    { "林委員", "委員", "協働は大切だと思う。", RT_STATEMENT_KIND_OPINION },
    { "副委員長", "副委員長", "賛成です。", RT_STATEMENT_KIND_OPINION },
    { "金尾委員長", "委員長", "協働と委託の相違をきちんと区別しないといけないと感じている。", RT_STATEMENT_KIND_OPINION },
    { NULL, NULL, "ステークホルダーは拡大している。", RT_STATEMENT_KIND_OPINION },
    { "委員長(相馬君)", "委員長", "ほかに討論ありませんか。", RT_STATEMENT_KIND_PROCEDURE },
    /* The chair calling on a speaker, an assembly's formulae whoever the
     * page names, a vice-chair chairing, the chair speaking to the meeting
     * (but not asking about the matter), attendance and introductions. */
    { "委員長(伊藤成一)", "委員長", "町長。", RT_STATEMENT_KIND_PROCEDURE },
    { "副議長", "副議長", "2番。", RT_STATEMENT_KIND_PROCEDURE },
    { NULL, NULL, "質疑なしと認めます。これで質疑を終わります。", RT_STATEMENT_KIND_PROCEDURE },
    { NULL, NULL, "起立全員。よって、本案は原案のとおり可決されました。", RT_STATEMENT_KIND_PROCEDURE },
    { "宮入副会長", "副会長", "次第に従って進行する。事務局から説明願いたい。", RT_STATEMENT_KIND_PROCEDURE },
    { "会長", "会長", "いよいよ会議も大詰めです。皆様の活発な議論をお願いします。", RT_STATEMENT_KIND_PROCEDURE },
    { "部会長", "部会長", "総合戦略と総合計画、どちらに対するご意見か。", RT_STATEMENT_KIND_QUESTION },
    { "事務局", "事務局", "なお、本日は委員2名が欠席です。", RT_STATEMENT_KIND_PROCEDURE },
    { "鈴木会長", "会長", "本日は天竜区へお越しいただき感謝申し上げる。", RT_STATEMENT_KIND_PROCEDURE },
    { "金指会長", "会長", "東区協議会長の金指操です。1月から会長を務めている。よろしくお願いする。",
      RT_STATEMENT_KIND_PROCEDURE },
    /* A guest's title explains; a member's report; questions announced or
     * confirmed; a rhetorical end broken by a blank. */
    { "大江教授", NULL, "人口は5年間で27万人ほど減少すると思われます。", RT_STATEMENT_KIND_ANSWER },
    { "2番(長野晋治)", NULL, "ただいま議題となりました条例について、審査の経過と結果を御報告いたします。",
      RT_STATEMENT_KIND_ANSWER },
    { "白井委員", "委員", "住民の方々の意見を聞きました。そこで何点かについて質問したいと思います。",
      RT_STATEMENT_KIND_QUESTION },
    { "徳田", NULL, "この場で言うことは意見ではなく疑問点などでしたよね。", RT_STATEMENT_KIND_QUESTION },
    { "林委員", "委員", "事前に話をしておいた方が良いので はないか。", RT_STATEMENT_KIND_OPINION },
    /* Marks of questions and answers. */
    { NULL, NULL, "（問）申請の時期は決まっている", RT_STATEMENT_KIND_QUESTION },
    { NULL, NULL, "（答）市内の団体が対象です。", RT_STATEMENT_KIND_ANSWER },
    { NULL, NULL, "Q：申請の時期は決まっている", RT_STATEMENT_KIND_QUESTION },
    { NULL, NULL, "A：4月です。", RT_STATEMENT_KIND_ANSWER },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("kind case %" G_GSIZE_FORMAT ": %s", i, cases[i].text);
      g_assert_cmpstr (rt_statement_kind_to_tag (rt_minutes_classify (cases[i].label, cases[i].role, cases[i].text)),
                       ==, rt_statement_kind_to_tag (cases[i].kind));
    }

  /* Tags and nicks both read back. */
  for (RtStatementKind k = 0; k <= RT_STATEMENT_KIND_LAST; k++)
    {
      RtStatementKind back;

      g_assert_true (rt_statement_kind_from_tag (rt_statement_kind_to_tag (k), &back));
      g_assert_cmpint (back, ==, k);
      g_assert_true (rt_statement_kind_from_tag (rt_enum_to_nick (RT_TYPE_STATEMENT_KIND, k), &back));
      g_assert_cmpint (back, ==, k);
    }
}

/* Whole documents against the statements they give: each expected line is
 * "label<TAB>first characters[<TAB>first characters of the answer]", an
 * empty label for none. */
static void
check_statements (const char         *text,
                  const char * const *expected)
{
  g_autoptr(RtMinutes) m = parse_checked (text, -1);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < rt_minutes_get_n_statements (m); i++)
    g_test_message ("  got %s | %s | %s", rt_minutes_get_statement (m, i)->label,
                    rt_minutes_get_statement (m, i)->text, rt_minutes_get_statement (m, i)->answer);
  g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) want = g_strsplit (expected[i], "\t", 3);
      const RtStatement *st = rt_minutes_get_statement (m, i);

      if (want[0][0] == '\0')
        g_assert_null (st->label);
      else
        g_assert_cmpstr (st->label, ==, want[0]);
      g_assert_true (g_str_has_prefix (st->text, want[1]));
      if (want[2] != NULL)
        {
          g_assert_nonnull (st->answer);
          g_assert_true (g_str_has_prefix (st->answer, want[2]));
        }
      else
        g_assert_null (st->answer);
    }
}

/* A roll of who attended is no turn; letters and their answers without
 * marks; a label broken across lines; the page speaking to its reader. */
static void
test_rolls_and_voices (void)
{
  static const struct {
    const char *text;
    const char *expected[6];
  } cases[] = {
    /* 委員長 前田 剛志 君: names and head counts after labels. */
    { "出席委員\n委員長　前田 剛志 君\n副委員長　1番 大 塚 善 弘\n事務局　5名\n"
      "○前田委員長　ただいまから委員会を開会いたします。\n"
      "○林委員　駐輪場を増やしてほしい。\n",
      { "前田委員長\tただいまから", "林委員\t駐輪場を", NULL } },
    /* A turn cut short by the page is still a turn: 本日 is no name. */
    { "○議長　ただいまから会議を開きます。\n○議長　本日\n",
      { "議長\tただいまから", "議長\t本日", NULL } },
    /* A citizen's letter and the ward's answer, paragraphs without marks. */
    { "「区長への手紙」から\n\n"
      "駅前の駐輪場が足りません。増設してください。\n(4月投書)\n\n"
      "区では、来年度に駐輪場の増設を予定しています。\n\n"
      "図書館の開館時間を延ばしてほしい。\n\n"
      "貴重なご意見をいただきありがとうございます。延長を検討してまいります。\n",
      { "\t駅前の駐輪場\t区では、来年度", "\t図書館の開館\t貴重なご意見", NULL } },
    { "市への提言\n\n外国人市民に情報を届ける会議を開いてほしい。\n\n"
      "本市には、翻訳や通訳を担当する職員がおり、情報提供に努めてきました。\n",
      { "\t外国人市民に\t本市には", NULL } },
    /* The answer under a heading that names it. */
    { "提言内容\n\n新聞に意見公募の欄を設けてはどうか。\n\n取組状況\n\n"
      "県では、各種媒体での情報発信を行っています。\n",
      { "\t新聞に意見公募\t県では、各種", NULL } },
    /* An opinion after an opinion stays an opinion. */
    { "意見の概要\n\n駐輪場が足りないと思う。\n\n図書館を夜まで開けてほしい。\n",
      { "\t駐輪場が", "\t図書館を", NULL } },
    /* ○議長(\n渡邉一夫君): a label broken after its parenthesis is joined;
     * a line that merely ends in one is left as it is. */
    { "△議案第53号の質疑\n○議長(\n渡邉一夫君) 日程第4を議題とします。\n"
      "○議長(\n渡邉一夫君) 質疑なしと認めます。\n○3番(\n佐藤花子君) 賛成です。\n",
      { "議長(渡邉一夫君)\t日程第4", "議長(渡邉一夫君)\t質疑なし", "3番(佐藤花子君)\t賛成です", NULL } },
    { "○林委員 資料の説明をお願いしたい(\n特に2ページ)。\n",
      { "林委員\t資料の説明をお願いしたい(", NULL } },
    /* • 石黒委員 11ページの…。: a bullet, the speaker, a blank, a sentence. */
    { "議事\n\n  • 事務局 資料についての説明。前回の委員会のあと、提言書を作成した。\n"
      "  • 石黒委員 11ページの3-3(4)が削除になっているが、これは議論に基づいて結論が出た部分。\n"
      "  • 佐藤会長 あのときの議論では、書面で議会に提出すると試案にあった。\n",
      { "事務局\t資料について", "石黒委員\t11ページ", "佐藤会長\tあのとき", NULL } },
    /* 委員②, 事務局①: roles numbered in circles; 議長あいさつ and 説明。
     * are turns of placeholders, :承認。 (the colon of a label left empty)
     * a stage note. */
    { "公共交通会議議事要旨\n議長:議長あいさつ\n事務局①:説明。\n(委員拍手)\n:承認。\n"
      "委員②:似たようなバスがいっぱい走ることについてどう考えるのか。\n"
      "事務局①:各地区からの要望もあり、このような路線になると思っております。\n",
      { "委員②\t似たような", "事務局①\t各地区", NULL } },
    /* A page that broke its lines at highlighted words: ◆ alone, then
     * 総務委員長(, then 山田清一議員) is one label; 〔 at a line's end and
     * …演台へ移動〕 on the next is one stage note, no turn. */
    { "○議長(\n鈴木幸彦議員) 各委員長から報告をお願いします。 初めに、\n総務委員長からお願いします。 〔\n"
      "総務委員長 山田清一議員 演台へ移動〕\n◆\n総務委員長(\n山田清一議員) 当\n総務委員会に付託された案件について御報告申し上げます。\n",
      { "議長(鈴木幸彦議員)\t各委員長", "総務委員長(山田清一議員)\t当", NULL } },
    /* 挨拶(吉川会長): what the turn is, then who makes it. */
    { "会議の結果\n\n挨拶(吉川会長)\n\n6月に入り猛暑が続いていますが、体調管理には気をつけてください。\n\n2.議事\n\n"
      "吉川会長:議事の(2)について、説明をお願いします。\n",
      { "吉川会長\t6月に", "吉川会長\t議事の", NULL } },
    /* 助役 (a title of before 2007), 政策監, 参事: roles of a city hall. */
    { "開会\n\n司会\n 本日の司会を担当します森です。\n\n西尾関市助役\n 皆さん、おはようございます。\n\n"
      "政策監\n お答えします。\n\n企画参事\n 補足します。\n",
      { "司会\t本日", "西尾関市助役\t皆さん", "政策監\tお答え", "企画参事\t補足", NULL } },
    /* ◯議長(緒方\n重則議員): broken inside the name, the next line closing
     * it soon; 市長 隈元 新君。 is the chair calling the mayor, no label;
     * 登 壇 after his label is a stage note. */
    { "△開 会△(10時00分)\n◯議長(緒方\n重則議員)\nただいまから臨時会を開会します。\n"
      "◯議長(緒方\n重則議員)\n市長の提案理由の説明を求めます。\n市長 隈元 新君。\n"
      "◯市長(隈元 新君) 登 壇\nおはようございます。\n",
      { "議長(緒方重則議員)\tただいまから", "議長(緒方重則議員)\t市長の提案", "市長(隈元 新君)\tおはよう", NULL } },
    /* A roll broken one word a line by a PDF, after a narration: names,
     * not turns. */
    { "第1回農業委員会総会議事録\n令和6年7月22日第1回農業委員会総会は、町役場に招集された。\n"
      "1.委員の出欠状況\n(1)出席者(仮議席順)\n1番\n石田\n敦\n2番\n井上\n良幸\n3番\n岩原\n秀嗣\n"
      "4番\n江口美世司\n\n作田局長\n\n開会前ではございますが、ご案内いたします。\n\n"
      "山下会長\n\n皆様おはようございます。\n",
      { "作田局長\t開会前", "山下会長\t皆様", NULL } },
    /* A header field's name is no speaker, after the title of a summary. */
    { "第1回都市計画審議会\n― 議 事 要 旨 ―\n■日時:平成 24 年 1 月 30 日(月)\n10:00~\n"
      "■場所:市役所 1 階 大会議室\n【会議次第】\n1 開会\n2 あいさつ\n"
      "○会長　ただいまから審議会を開会します。\n○林委員　駐輪場を増やしてほしい。\n",
      { "会長\tただいまから", "林委員\t駐輪場", NULL } },
    /* 質問・意見 / 回答 alone on their lines, in turn: questions and their
     * answers, not a speaker named 質問・意見. */
    { "地区懇談会の結果\n\n主な質問・意見など\n\n質問・意見\n\n公園を増やしてほしい。\n\n回答\n\n"
      "来年度に検討します。\n\n質問・意見\n\nバスの本数はどうなるのか。\n\n回答\n\n事業者と協議します。\n",
      { "\t公園を\t来年度", "\tバスの本数\t事業者", NULL } },
    /* A letter to the mayor: what was written, its lines one opinion, then
     * the answer. */
    { "市長への手紙の回答について\n\n令和4年6月13日受付\n\n寄せられた内容(要旨)\n\n"
      "公園の遊具が古くなっています。\n子どもが安心して遊べるようにしてほしい。\n"
      "点検の結果も知らせてほしい。\n\n回答\n\n ご意見をいただき、ありがとうございます。\n"
      " 遊具は来年度に更新します。\n",
      { "\t公園の遊具\tご意見を", NULL } },
    /* A turn that only reports a speech is narration; a turn that says
     * something and then reports is kept. */
    { "(事務局) 今年度の事業スケジュールについて説明。\n(委員) 調査の際には写真を添付してほしい。\n"
      "(事務局) 資料を配った。続いて説明。\n",
      { "委員\t調査の際", "事務局\t資料を配", NULL } },
    /* A bulleted roll is no list of opinions, in a page of bullets. */
    { "出席議員(4名)\n\n  • 1番 小川 克也\n  • 2番 佐野 英俊\n  • 3番 石川 敏\n  • 4番 小川ひろみ\n\n"
      "主な意見\n\n  • 駐輪場を増やしてほしい。\n  • 図書館を夜まで開けてほしい。\n",
      { "\t駐輪場", "\t図書館", NULL } },
    /* 内容 / 回答 at the start of lines: a citizen's request and the answer. */
    { "ご意見とその回答No.2\nNo.2 69歳 男性 令和7年4月9日受け付け\n"
      "内容 県道の側溝が土のままなので、ふたをしてほしい。\n回答 県に対して問い合わせたところ、来年度に整備するとのことでした。\n"
      "ご意見とその回答No.1\nNo.1 80歳 男性 令和7年4月8日受け付け\n"
      "内容 自宅周辺の道路が凸凹しています。\n回答 職員が現地を確認しました。\n",
      { "\t県道の側溝\t県に対して", "\t自宅周辺\t職員が", NULL } },
    /* A report flattened into one line: <質疑> and <答弁> in it, a second
     * answer going on with the first. 答弁 alone is a link of a page. */
    { "議会報告会実施報告書 質疑応答 <質疑> 車の対象はどちらですか。 <答弁> 平成28年度以降です。 "
      "<答弁> 補足しますと、古い車は高くなります。 <質疑> 病院の機器はどうするのか。 <答弁> 両方です。\n",
      { "\t車の対象\t平成28年度以降です。\n補足しますと", "\t病院の機器\t両方です", NULL } },
    { "会議録\n高橋 雄大 議員\n答弁\n○田口議長 会議を開きます。\n◎大森市長 お答えいたします。\n",
      { "田口議長\t会議を", "大森市長\tお答え", NULL } },
    /* Answers in brackets inside a flattened line: a mark after a blank
     * starts the next opinion. */
    { "アンケートに対する回答 ○議会の目標を明確にしてほしい。 (回答) 総合計画に示されています。 "
      "○風疹ワクチンに助成してほしい。 (回答)助成が決定されました。 ○トイレが欲しいです。 (回答)要望していきます。\n",
      { "\t議会の目標\t総合計画", "\t風疹ワクチン\t助成が", "\tトイレ\t要望して", NULL } },
    /* An answer mark with a date alone, then the answer under its own mark. */
    { "市長への手紙\n【内容】\n温泉を売り出してはどうでしょうか。\n【回答】5月18日回答\n<益田市からの回答>\n"
      "ご意見をいただきありがとうございました。\n",
      { "\t温泉を\tご意見を", NULL } },
    /* Rows of a table whose text is a stage note, then the agenda. */
    { "支所長 | (開会のあいさつ) 2 あいさつ |\n委員長 | (あいさつ) |\n"
      "委員長 | それでは議事に入ります。 |\n",
      { "委員長\t| それでは", NULL } },
    /* (高桑課長) / 事 / 19:00: a character of a broken heading and a time
     * between a label alone and its text; the first label is the body's,
     * not the header's. */
    { "(高桑課長)\n事\n19:00\nみなさんこんばんは。本日はお忙しい中ありがとうございます。\n"
      "それでは、有賀会長からごあいさつをいただきます。\n(有賀会長)\n皆さんこんばんは。よろしくお願いします。\n",
      { "高桑課長\tみなさん", "有賀会長\t皆さん", NULL } },
    /* The topics each councillor asks about, listed under the name, are
     * an index of what follows, no statements. */
    { "5名の議員が町政を問う\n山田久子議員\n・子育て支援について\n・防災・減災対策について\n渡辺善男議員\n"
      "・町内道路網の整備推進について\n○議長　山田久子議員。\n○山田久子議員　子育て支援として、給食を無償にしてはどうか。\n",
      { "議長\t山田久子議員。", "山田久子議員\t子育て支援として", NULL } },
    /* A turn whose whole text is a bracketed note (〔資料により説明〕) is
     * no statement. */
    { "○委員長　次に、林務課から説明を求めます。\n◎佐野林務課長　〔資料により説明〕\n"
      "○委員長　説明は終わりました。質疑はありませんか。\n",
      { "委員長\t次に", "委員長\t説明は", NULL } },
    /* A word of a sentence broken onto a line of its own (四万十市) is no
     * label when what follows closes a quotation it never opened. */
    { "○議長　次に、「第3号議案、平成26年度\n四万十市\n一般会計補正予算について」、「第4号議案、平成26年度\n"
      "四万十市\n病院事業会計補正予算について」を一括して採決いたします。\n",
      { "議長\t次に", NULL } },
    /* 荒木 for 荒木亮太 of the attendance: a family name alone before a
     * blank is the speaker. */
    { "出席者\n\n  • 新成人代表者(敬称略)\n    荒木亮太、石橋将大、加藤翼、小渡千尋\n\n将来の夢について\n\n"
      "小渡 将来はバイオ関連の研究者を志望している。\n\n荒木 車が好きなことがきっかけで自動車設計の勉強をしている。\n\n"
      "石橋 将来は父が経営している店を手伝いたい。\n",
      { "小渡\t将来は", "荒木\t車が", "石橋\t将来は", NULL } },
    /* ◯総務分科会長森多久男君): a committee's name before the role, the
     * opening parenthesis lost; 開会宣告議長 is a heading run into it. */
    { "1 ◯委員長(山口健一君) 次に、総務分科会長。 2 ◯総務分科会長森多久男君)登壇 総務分科会長報告を行います。\n",
      { "委員長(山口健一君)\t次に", "総務分科会長森多久男君\t", NULL } },
    /* • 南市民会議委員長「…」: a bullet, who speaks, then the quotation. */
    { "2 開会挨拶\n  • 南市民会議委員長「一番大事なのは、出来た後の推進だ。」\n  • 北市民会議委員長「地域の声を聴くことだ。」\n",
      { "南市民会議委員長\t「一番大事", "北市民会議委員長\t「地域の", NULL } },
    /* • 藤本委員 alone over the text: a speaker listed as a bullet. */
    { "7 会議経過\n\n  1. 開会(9時55分)\n  4. 委員自己紹介\n    • 藤本委員\n"
      "      私は、自治会連絡協議会の出身で吉部に住んでおります。\n    • 山下委員\n"
      "      私は、船木地区の自治会連絡協議会の会長をしております。\n",
      { "藤本委員\t私は、自治会", "山下委員\t私は、船木", NULL } },
    /* 議   長 alone on its line: wide blanks between the characters. */
    { "事 務 局 長\n\n ありがとうございます。\n\n議   長\n\n それでは、議事に入らせていただきます。\n",
      { "事務局長\tありがとう", "議長\tそれでは", NULL } },
    /* 〔会 / 長〕: a bracketed label a PDF broke in two lines. */
    { "【2.会長のあいさつ】\n〔会\n長〕\n今回の大地震においては、皆様もご覧になって。\n〔事務\n局〕\n資料を説明します。\n",
      { "会長\t今回の", "事務局\t資料を", NULL } },
    /* ○教育長 / 笹山忠則君: a label a table's cell broke in two. */
    { "○教育長\n笹山忠則君\nそれでは、開会させていただきます。\n○委員\n水谷知子君\n"
      "資料の3ページについて伺います。\n",
      { "教育長笹山忠則君\tそれでは", "委員水谷知子君\t資料の", NULL } },
    /* What is said, leader dots, who says it; the text below. */
    { "△[議案の説明]\n\n・議案第1号についての説明・・・・・・・・・丸口財政課長\n\n"
      " 補正予算のうち、当委員会所管の分を説明する。\n\n"
      "・議案第2号についての説明・・・・・・・・・森総務課長\n\n 条例の改正を説明する。\n",
      { "丸口財政課長\t補正予算", "森総務課長\t条例の", NULL } },
    /* A press conference: the paper asks, the governor answers. */
    { "質疑応答:地域防災計画\n○西日本新聞\n 地域防災計画の原案について伺います。\n○知事\n"
      " 専門家や議会の意見も聞いています。\n○NHK記者\n 公表はいつですか。\n",
      { "西日本新聞\t地域防災", "知事\t専門家", "NHK記者\t公表は", NULL } },
    /* Letters to the mayor under ▼, answers under [答]; 町長の is no label. */
    { "「町長への手紙」を通じて、貴重な提言・意見をいただき、ありがとうございました。\n"
      "▼住民と町長の対話集会を開催してほしいです。\n[答]1月14日に住民懇談会を開催しました。\n"
      "▼小学校の近くにカーブミラーを設置してほしいです。\n[答]現地を確認し、設置します。\n",
      { "\t住民と町長の\t1月14日", "\t小学校の近く\t現地を確認", NULL } },
    /* A site's furniture around the opinions is none of them. */
    { "県民の声\n\n現在位置:ホーム 声の広場 ご意見と回答\n\nカテゴリで探す:内容別に分類した一覧から探す\n\n"
      "検索条件を選択してください。\n\n主な意見\n\n・駐輪場を増やしてほしい。\n\n"
      "あなたの評価でページをより良くします!\nこのページの内容は分かりやすかったですか\n",
      { "\t駐輪場", NULL } },
    /* A date and time alone is said by no one, in a page of bullets too. */
    { "事務局出席職員氏名\n\n  • 事務局長 大友 末子\n  • 書記 和泉文雄\n  • 書記 高橋 吉輝\n\n"
      "議事日程(第1号)\n\n 令和元年6月5日(水曜日)午前10時開会\n\n 第1 会議録署名議員の指名\n\n"
      "主な意見\n\n  • 駐輪場を増やしてほしい。\n",
      { "\t駐輪場", NULL } },
    /* 質疑(石津委員): what the turn is, then who speaks. */
    { "○質疑(石津委員)\n 先日、福山市の施設を見てきた。\n○答弁(河野課長)\n 来年度に検討します。\n",
      { "石津委員\t先日", "河野課長\t来年度", NULL } },
    /* 吉田 祐樹委員(自民)から、: the member of every bullet below, across the
     * headings of the topics; 等について closes the list. */
    { "1 総括質疑に入り、\n  吉田 祐樹委員(自民)から、\n 1 震災被害の復旧について\n"
      "  ・ 災害復旧工事の円滑な実施に係る対応\n 2 医師確保対策について\n  ・ 医師偏在対策に係る所見\n"
      "  ・ 今後の取り組み\n等について\n \n  梶谷 大志委員(民主)から、\n 1 IRについて\n"
      "  ・ 誘致表明についての真意\n",
      { "吉田 祐樹委員(自民)\t災害復旧", "吉田 祐樹委員(自民)\t医師偏在", "吉田 祐樹委員(自民)\t今後の",
        "梶谷 大志委員(民主)\t誘致表明", NULL } },
    { "委員から次の意見があった。\n・駐輪場を増やしてほしい。\n・図書館を夜まで開けてほしい。\n",
      { "委員\t駐輪場", "委員\t図書館", NULL } },
    /* A press conference: a heading names who speaks (知事発表); Q and A
     * before the labels say who asks and who answers; a topic in 【】
     * under a label opens the turn, not a heading of its own. */
    { "知事発表\nお手元の資料をご覧ください。私の方からは以上です。\n質疑\nQ 代表幹事(時事通信)\n"
      "入国の解禁について、知事のご所見をお願いします。\nA 知事\n慎重に判断したいと思います。\n",
      { "知事\tお手元の", "代表幹事(時事通信)\t入国の", "知事\t慎重に", NULL } },
    { "〇幹事社\n　ただ今から定例記者会見を始めます。\n\n〇知事\n【能登半島地震に係る応援について】\n"
      "　職員の派遣を決定しました。\n　二回目となります。\n",
      { "幹事社\tただ今から", "知事\t職員の派遣を決定しました。\n二回目", NULL } },
    /* A table of 区民の声 flattened with its bars: the marks end in a cell's
     * edge; 教えてください asks. */
    { "【区民の声の内容】 |\n理由を教えてください。 |\n---|---|\n【回答・所管の方針等】\n|\n"
      "まず、マップは配送しました。\n",
      { "\t理由を\tまず", NULL } },
    /* 意見提言内容 / 取組状況: a word naming what was submitted and its
     * content marks the opinion; the page's notes above are none. */
    { "  • 提言内容は、御意見等の要旨です。\n  • 取組状況は、回答時点における県の取組です。\n\n"
      "受理年月日:2023年7月19日\n\n意見提言内容\n\n (県の広報としての)新聞にアンケートを載せてはどうか。\n\n"
      "取組状況\n\n 県では、情報発信を行っています。\n",
      { "\t(県の広報\t県では", NULL } },
    /* Q and A before the text: a citizen's question and its answer; Q
     * before a label alone is who asks, at a press conference. */
    { "出されたご意見ご質問の中から一部を、ご紹介します。\nQ 図書館に気軽に行けるよう、整備してほしい。\n"
      "A 新しい公共交通のあり方について、考えたい。\nQ 空き家が目立つが、どのように考えているか。\n"
      "A 先進事例を研究しながら、対策を行っていきたい。\n",
      { "\t図書館に\t新しい", "\t空き家が\t先進事例", NULL } },
    { "①「子育て・教育」について\nQ1 給食の無償化をどう考えているのか教えてほしい。\nA1 国のサポートが必要と考えます。\n"
      "現在、給食費は食材費のみです。\nQ2 自校給食を大事にして欲しい。\nA2 自校給食を堅持します。\n",
      { "\t給食の\t国の", "\t自校給食を\t自校給食を", NULL } },
    /* The letter right against the text (Q中学生…, Aなし); Aグループ
     * over a list is a group's name, not an answer. */
    { "R5.5議会懇談会\nQ中学生の町営学習塾は周辺の町で実施しているか。\nA宮城県にはない。英語と数学を支援する。\n"
      "Qよその町から中学校に入る人も出るのではないか。\nAなし\nQスタッフはどうする。\nA地域おこし協力隊でする。\n",
      { "\t中学生の\t宮城県に", "\tよその町\tなし", "\tスタッフ\t地域おこし", NULL } },
    { "グループ討議の結果\nAグループ「子育て・教育」\n・公園を増やしてほしい。\n・通学路を安全にしてほしい。\n",
      { "\t公園を", "\t通学路", NULL } },
    /* 意見の趣旨 市の考え方 over cells each a paragraph of its own: the
     * paragraph under an opinion is its answer, whatever its voice; what
     * is above the head row is the page's. */
    { "唐津市過疎計画(案)についての意見募集結果\n\n意見提出者 1人\n\n意見の趣旨 市の考え方\n\n(表記について)\n"
      "お役所言葉の使用で堅苦しい表現になっています。\n\nわかりにくい表現はできる限り修正します。\n\n"
      "(福祉の表記について)\nP37の「障がい者福祉」は「障がい者・児福祉」とすべきではないか。\n\n「障がい児」を含めた表記に修正します。\n",
      { "\tお役所言葉\tわかりにくい", "\tP37の\t「障がい児」", NULL } },
    /* 回答(…課): the answer, who gives it in parentheses; 市の考え方(対応)
     * alone names a column. */
    { "政策・制度要請書の要望と回答\n\n(1)中心市街地の活性化について\n空き店舗の活用を支援してほしい。\n\n"
      "回答(ふるさと産業振興課、中心市街地活性化推進室)\n本市では、空き店舗の改修を支援しています。\n"
      "また、2021年6月に策定した計画に基づき取り組みます。\n\n(2)バス路線の維持について\n路線バスを維持してほしい。\n\n"
      "回答(交通政策課)\n事業者と協議してまいります。\n",
      { "\t空き店舗\t本市では", "\t路線バス\t事業者と", NULL } },
    /* ○回答(令和5年8月28日回答): the answer, when it was given in
     * parentheses; its paragraphs are the answer's. */
    { "市長への提案について\n皆様にいただいた市長への提案について,御回答申し上げます。\n\nごみ収集車について\n\n○提案内容\n\n"
      "    ごみ収集車が2台一緒に行動しないでほしい。\n\n○回答(令和5年8月28日回答)\n\n  ごみ処理を取り巻く現状として,焼却場を建設しています。\n\n"
      "  しかし人々が安心して住むためには,行政の努力が要ります。\n\n公園について\n\n○提案内容\n\n    公園に遊具を置いてほしい。\n\n"
      "○回答(令和5年9月1日回答)\n\n  遊具の設置を検討します。\n",
      { "\tごみ収集車\tごみ処理", "\t公園に\t遊具の", NULL } },
    /* 【会長:開会あいさつ】: who speaks, a colon, what the turn is. */
    { "【会長:開会あいさつ】 今日で6回目の審議会となる。ご議論賜りたい。\n【会長】 議事に入る。事務局から説明をお願いする。\n"
      "【事務局】 前回いただいたご意見等は、市役所内部で検討した。\n",
      { "会長\t今日で", "会長\t議事に", "事務局\t前回", NULL } },
    /* 市の対応について alone over the answer; the letter's fields (部門:,
     * 受付年月日:, 担当課:) are said by no one. */
    { "総務企画へのご意見・ご提案(令和3年度)\nかもめ大橋の料金撤廃について\nご意見\nかもめ大橋の通行料を無料にしていただけないでしょうか。\n"
      "市の対応について\n事業主体である千葉県道路公社によると、料金は据え置きとのことです。\n"
      "- 部門:総務企画\n- 受付年月日:2021年4月15日\n- 担当課:政策企画課\n指定管理者の決定について\nご意見\n"
      "指定管理者の募集を公平にしてください。\n市の対応について\n当市における選定は、公募によります。\n- 部門:総務企画\n",
      { "\tかもめ大橋\t事業主体", "\t指定管理者\t当市に", NULL } },
    /* 回答・対処方法 alone over the answer; 受付部課:, カテゴリ: are the
     * letter's fields. */
    { "2017年度にいただいたご意見\n\n件名:ふるさと納税について (受付日:平成29年09月08日)\n\nご意見・ご質問等の内容\n\n"
      "ふるさと納税の返礼品が、市内在住者に対して取りやめになったのはなぜか。\n\n回答・対処方法\n\n"
      "須坂市在住の寄附者の方に対する返礼品の送付を取りやめました。\n\n受付部課:政策推進課\n回答部課:政策推進課\nカテゴリ:その他\n\n"
      "件名:キャラクターについて (受付日:平成29年10月2日)\n\nご意見・ご質問等の内容\n\n町おこしキャラクターを募集してはどうか。\n\n"
      "回答・対処方法\n\n募集は行っておりません。\n",
      { "\tふるさと納税\t須坂市在住", "\t町おこし\t募集は", NULL } },
    /* A 広報 site's fields over the article: 発行日 :, 自治体名 :, 広報紙名 :. */
    { "- 発行日 :\n- 自治体名 : 北海道新得町\n- 広報紙名 : 広報しんとく(令和7年11月号)\n◆駅前の未来を考えるワークショップを開催\n"
      "▽当日のアイディアや提案を一部紹介します\n- 駅前に子どもの遊び場がほしい。\n- 空き店舗を活用してほしい。\n",
      { "\t駅前に", "\t空き店舗", NULL } },
    /* 〒107-0052 東京都港区…: the publisher's address at the page's foot. */
    { "市政報告会の主なご意見\n■主なご意見\n・道路の補修を早くしてほしい。\n・公園にトイレがほしい。\n\n"
      "問い合わせ:企画政策課【電話】25-3102\n\n<この記事についてアンケートにご協力ください。>\n\n"
      "〒107-0052 東京都港区赤坂2丁目9番11号 オリックス赤坂2丁目ビル\n\n市区町村の広報紙をネットやスマホで マイ広報紙\n",
      { "\t道路の", "\t公園に", NULL } },
    /* A summary's Q.…: the question is a sentence of its own whatever its
     * end, the unmarked answer below it another statement. */
    { "吉原地区のみなさんと語る会を実施しました\n\nQ.スマートインターの開通はいつですか\n\n"
      "平成29年度末の予定ですが、工法の変更のため予定より遅れることが予想されます。\n \n\n"
      "Q.小城市の地震の防災マップはありますか\n\n地震に対しての防災マップはまだ作成しておらず、避難所を検討しています。\n",
      { "\tスマート", "\t平成29年度", "\t小城市の", "\t地震に", NULL } },
    /* 意見交換概要 heads what was said at a meeting: no submitted
     * opinion's mark, the labels alone over the turns still count. */
    { "学生と市長の意見交換会\n意見交換概要\n(参加者)\nスタジアムをつくってほしい。\n(市長)\n"
      "私もスタジアムがあったらいいなと思っています。\n(参加者)\n駅前でイベントを開催するのは難しいですか。\n(市長)\n"
      "公園の使用許可があればできます。\n",
      { "参加者\tスタジアム\t私も", "参加者\t駅前で\t公園の", NULL } },
    /* A 議会だより flattened to one long line: each ◎ after a full stop
     * opens the next opinion. */
    { "議会報告会\n\nH29.7.25◎防災無線について、害獣発見等、注意を喚起する情報を発信できるよう、地域性をもっと考慮して増設してほしい。"
      "◎新庄まつりの素晴らしさを伝えるために、宵祭をふるさと納税の返礼品の一つに加えたらいかがか。"
      "◎ふるさと納税の返礼割合は、従来の約50%から総務省の是正勧告の30%に変更するのか。"
      "◎国道13号線に沿う旧泉田橋の解体撤去はどうなっているのか。安全面はもちろん景観上においても好ましくない。\n",
      { "\tH29.7.25", "\t新庄まつり", "\tふるさと納税", "\t国道13号線", NULL } },
    /* A page flattened to one long line: Q and A before a blank, after
     * the topic's name or a full stop, cut its questions and answers. */
    { "議会報告会 各会場で交わされた主な質疑をご紹介します。 防犯灯設置についてQ 助成の仕方をしっかりして欲しい。"
      "A 補助については事業費の2/3、金額では33,000円のいずれか少ない方の助成となっています。"
      "道の駅についてQ 新庄に必要と思うがどうか。A 地元農産品をはじめ、特産品の発信の場として重要と考えている。"
      "昨年、市長に政策提言の一つとして申し入れをしている。雪対策についてQ 国道沿いの玄関除雪について、対策はあるのか。"
      "A 国道事務所と協議していきたい。\n",
      { "\t助成の\t補助に", "\t新庄に\t地元農産品", "\t国道沿い\t国道事務所", NULL } },
    /* A list flattened to one long line, its ・ after blanks: each opens
     * an opinion, the topic's name before it (医療, 教育) ending the one
     * above. */
    { "資料10 区長および住民との意見交換会における主なご意見 1.くらし 医療 ・ 町立病院を再度つくってほしい。 "
      "高齢者福祉 ・ 独居の高齢者にタクシーチケットを配布して欲しい。 子育て世代・子どもの定住促進 ・ 今まで住んできた人が"
      "益城に戻ってくる、新しく人が入る、というモデルを作って欲しい。若い人が益城で子供を育てたいと思うまちにしてほしい。 "
      "教育 ・ 益城町に高校や大学をつくってほしい。 文化施設 ・ 図書館を早期に復旧・復興して欲しい。\n",
      { "\t町立病院", "\t独居の", "\t今まで", "\t益城町に", "\t図書館を", NULL } },
    /* A 議会だより flattened to one line, a speaker (■参加者) cut in it
     * too: each ▼ that no speaker follows opens an opinion (608). */
    {
      "● 1月 日 ● 人 平舘コミュニティ センター ■参加者 ▼寺田若谷地の下水道工事の工期 につ い て 、 進 捗 状"
      " 況 を 広 報 に 掲 載し て ほ し い 。 ▼八幡平市は、観光に力を入れて いる の で 、 平 舘 高 校 に"
      " 観 光 学 科 を設 け て ほ し い 。 ▼市の保育所の民間委託について、 保育 士 の 離 職 率 が 高 い "
      "と 聞 く 。 市は 、 委 託 し て 終 わ り な の か 。 "
      "\n",
      { "参加者\t寺田若谷地", "参加者\t八幡平市は", "参加者\t市の保育所", NULL } },
    /* 質問, 答弁, 意見 alone over the text: what each is, no one who says
     * it. */
    { "委員会レポート\n\n総務経済\n\n質問\n\n条例改正後の、庁内連携による情報の取得方法は。\n\n答弁\n\n"
      "被保険者情報を保有する保険年金課に問い合わせて取得する。\n\n意見\n\nマイナンバーカードについて賛成していない市民もいる。\n\n"
      "質問\n\n審議会解散後の本事業に関する審議の行い方は。\n\n答弁\n\n今後は、市と指定管理者で審議を行っていく。\n",
      { "\t条例改正後", "\t被保険者", "\tマイナンバー", "\t審議会解散", "\t今後は", NULL } },
    /* 意見:4件(2人) counts the opinions; it marks none. */
    { "パブリックコメントの結果\n\n募集期間:平成29年1月13日~2月13日\n意見:4件(2人)\n\nNo. 意見内容 市の考え方\n"
      "多言語で情報提供すれば、生活できるとは限りません。\n\n本市には、翻訳を担当する職員がおります。\n",
      { "\t多言語で\t本市には", NULL } },
    /* 理事者), 回答): who answers, the opening paren lost; the answer's
     * paragraphs go on under it. */
    { "議会報告会での質問に対する回答\n\n1.都市計画税を廃止すると言っていたが、どうするのか?\n\n"
      "理事者)都市計画税とは、都市の社会基盤を整備するための税です。\n完了するまでは税負担をお願いしたい。\n\n"
      "2.緑地の植樹が枯れている、税の無駄遣いではないか?\n\n回答)計画的に植え替えを行っております。\n",
      { "\t1.都市計画税\t都市計画税とは", "\t2.緑地の\t計画的に", NULL } },
    /* Rows of a schedule are no opinions. */
    { "開催状況\n回数日程時間会場テーマ参加人数\n14月22日(木)午後3時30分~5時30分千種区役所講堂【まちの姿1】人が支えあうまち約120名\n"
      "24月23日(金)午後2時~4時中川区役所講堂【まちの姿2】人を育むまち約100名\n\nご意見の概要\n\n"
      "  • 地域委員会は初めて行うものなので、結果を見るべきである。\n",
      { "\t地域委員会", NULL } },
    /* A PDF table's speaker column broken around the text's first line. */
    { "事務局\n会議要綱第5条に基づき、横山会長に議事進行をお願いする。\n会\n"
      "それでは、次第に従い会議を進める。まず、本日の会議資料について、事務局より\n長\n説明をお願いする。\n"
      "委\n駐輪場が足りないので、増やしてほしいと思います。理由は二つあります。\n員\n一つは通学です。\n",
      { "事務局\t会議要綱", "会長\tそれでは、次第に",
        "委員\t駐輪場が", NULL } },
    /* Its text ends with the line, blanks after it: nothing is left out. */
    { "会\n本日はお集まりいただきありがとうございます。それでは始めます。　 \n長\n○林委員　賛成です。\n",
      { "会長\t本日は", "林委員\t賛成です", NULL } },
    /* The same column, both pieces above the text; ■事務局より… is no label. */
    { "会\n長\n今日は提言書のまとめを中心に行う。最後まで活発な意見交換をお願いする。\n"
      "■事務局より資料について説明\n委\n員\n駐輪場を増やしてほしい。\n",
      { "会長\t今日は", "委員\t駐輪場", NULL } },
    /* The header's last field, then 開 会(課長補佐) with its words below:
     * the body starts there. 【会長よりあいさつ】 names the chair. */
    { "第3回子ども・子育て会議概要\n日 時 平成27年2月2日(月)13 時 30 分~15 時 30 分\n"
      "事務局 石井子育て健康課長 橋本課長補佐\n市川主査\n1\n開 会(課長補佐)\n"
      "ただいまから平成26年度第3回大井町子ども・子育て会議及び次世代育成支援対策協会\n"
      "を開催する。\n【会長よりあいさつ】\nいよいよ会議も大詰めということで、よろしくお願いする。\n",
      { "課長補佐\tただいまから", "会長\tいよいよ", NULL } },
    /* A document host's buttons are no opinions. */
    { "主な意見\n\nUpload\n\nView\n\nDownload\n\n・駐輪場を増やしてほしい。\n",
      { "\t駐輪場", NULL } },
    /* 松前町の回答: who answers, alone on its line; a 【topic】 opens the
     * answer; the page's notes on what it shows are no opinions. */
    { "町政への意見\nフレッシュBoxに寄せられた町政に対するご意見と回答について、町民の皆さまと情報を共有するため、以下のとおり公表します。\n■ ご意見は、個人が特定されないよう配慮しています。\n"
      "1 自転車横断帯の設置について (令和7年4月)\n自転車横断帯を設置してほしい。\n松前町の回答\n"
      "自転車横断帯については、公安委員会の管轄になります。\n2 津波対策について (令和7年4月)\n"
      "津波対策を切実にお願いします。\n松前町の回答\n【避難所タワーについて】\n町内には3箇所を指定しております。\n",
      { "\t自転車横断帯を\t自転車横断帯については", "\t津波対策を\t【避難所タワー", NULL } },
    /* 委 員・・・, 事務局 ・・・: leader dots part the label from the text. */
    { "【主な質疑(意見)及び回答】\n委 員・・・毎年貸出冊数が減っているが原因は何か。\n"
      "事務局 ・・・新しい図書館が出来たことによる減少も考えられる。\n委員…学校の図書館はどうか。\n",
      { "委員\t毎年", "事務局\t新しい", "委員\t学校の", NULL } },
    /* ⇒ under each numbered opinion: the city's answer. */
    { "懇談会で出された意見・要望と、市側の回答の要旨は、以下の通りです。\n\n①歩道の整備をお願いしたい。\n\n"
      "⇒来年度から用地の買収に着手する。\n\n②防災無線を行事に使用できないか。\n\n⇒前向きに検討していく。\n\n"
      "③交通手段を考えてほしい。\n\n⇒デマンド型タクシーについて説明。\n",
      { "\t①歩道の\t来年度から", "\t②防災無線\t前向きに", "\t③交通手段\tデマンド型", NULL } },
    /* A 座談会: citizens by what they are, officials by their roles; the
     * photo captions of the page are no opinions. */
    { "座談会で出た内容の一部を紹介します。\n 世代別会議01 世代別会議02\n"
      "(中学生)横断歩道に信号がないので困っている。\n(副町長)警察に伺ってみようと思う。\n"
      "(町民)本気で人口を増やそうと思っているのか。\n(町長)人口減少は難しい問題である。\n",
      { "中学生\t横断歩道\t警察に", "町民\t本気で\t人口減少", NULL } },
    /* ■ opinions, each answered on the next line: the marked line is the
     * opinion, however short, and what the page says was done above them
     * is none; a caption without a mark between an opinion and its answer
     * is neither. */
    { "町内の6会場で住民懇談会を開催しました。\n■公園をつくってほしい\n回答:公園整備を進めていく。\n"
      "■道の駅を魅力的にしてほしい\n回答:協議会を設置する。\n■ごみの投げ捨てに迷惑している\n回答:巡回を実施する。\n",
      { "\t公園を\t公園整備", "\t道の駅\t協議会", "\tごみの\t巡回", NULL } },
    /* A councillor's page: above the one turn with its speaker, the
     * preface and the list of the questions are the page's own. */
    { "大庭議員の一般質問・・・見てね!!\n\n大庭議員は9月定例会においてパートナーシップ事業について質問しました。\n"
      "ここに、質問要旨と答弁をお知らせします。\n\n要旨 (1)パートナーシップは計画通り推進するのか。\n"
      "(2)業務のシンプル化と他団体との連携を。\n\n21番(大庭通嘉) 通告に従いまして、一般質問をさせていただきます。\n",
      { "21番(大庭通嘉)\t通告に", NULL } },
    /* Above the first answered opinion, a line under the same mark is an
     * opinion still, its answer unseen. */
    { "村政懇談会に寄せられた意見・要望の一部と回答内容をお知らせします。\n・鳥獣駆除に係る弾代が高い。補助してほしい。\n"
      "捕獲奨励金を増額して支援します。\n・総合グラウンドの水はけを良くしてほしい。\n"
      "現状、すぐに改良することは難しい状況ですが、ご理解をお願いします。\n",
      { "\t鳥獣駆除", "\t総合グラウンド\t現状、", NULL } },
    /* Above the first answered row, a row is an opinion still, its answer
     * unseen. */
    { "皆さまからのご意見と市の対応\nNO | キーワード | 意見内容 | 回答(対応)内容 |\n---|---|---|---|\n"
      "1 | 騒音 | 祭りの夜の太鼓をやめて頂きたい。 |\n2 | 屋台 | アーケード内での運行をやめてほしい。 | "
      "市としては、制限を行うことはできません。 |\n",
      { "\t祭りの夜", "\tアーケード\t市としては", NULL } },
    /* Two opinions each answered (回答:) make answers to citizens; above
     * the first answered one, the page's own words are none, whatever their
     * form: where the box stands, what is not answered. */
    { "市民提案箱を設置しています。住所・氏名をお書きください。\n\n設置場所\n\n  • 市役所\n  • 市民会館\n\n"
      "回答しないもの\n\n  • 営利を目的とするもの\n  • 回答を希望しないもの\n\n"
      "■循環バスを増やしてほしい\n回答:運行状況を検証します。\n■公園にトイレがほしい\n回答:設置を検討します。\n",
      { "\t循環バス\t運行状況", "\t公園に\t設置を", NULL } },
    { "市民の声\n\n歩道の舗装が荒れている。補修してほしい。\n\n修繕前の写真\n\n回答\n\n補修工事を実施します。\n\n"
      "市民の声\n\n図書館の開館時間を延長してほしい。\n\n回答\n\n午後8時まで延長します。\n",
      { "\t歩道の\t補修工事", "\t図書館\t午後8時", NULL } },
    /* Field headings alone on their lines name the opinion and its
     * answer: お問合せ内容 / 回答内容, ひとことの内容 / 回答, 御意見(御提案) /
     * 対応状況; the department under the answer stays in it. */
    { "マイナンバーカードの更新について\n\nお問合せ内容\n\n更新を代理で行うことは可能でしょうか。\n\n"
      "回答内容\n\n代理の方でも可能です。\n\n担当部署\n\n市民課\n",
      { "\t更新を代理\t代理の方", NULL } },
    { "広報の配布方法について\n\nひとことの内容\n\n 広報配布について見直すべきと思います。\n\n回答\n\n"
      " 「市長へひとこと」をお寄せいただき、ありがとうございました。\n 広報誌は重要な情報媒体です。\n",
      { "\t広報配布\t「市長へ", NULL } },
    { "電話の保留音について\n\n御意見(御提案)\n\n保留音が小さく聞こえません。\n\n対応状況\n\n"
      "音量を見直しました。\n",
      { "\t保留音が\t音量を", NULL } },
    /* [資料:… where the page links a handout is no heading: the
     * governor's turn goes on after it. */
    { "【知事】\n\n それでは、記者会見を始めます。\n\n[資料:予算案の概要\n\n まず、資料をごらんください。\n",
      { "知事\tそれでは", NULL } },
    /* ●…を / ●…は: a list of opinions one a line under the same mark, no
     * headings; ●…(町から) and a list of titles stay headings. */
    { "各会場での主な意見\n\n●町道の早急な安全対策を\n●林道が少なすぎるので新たに整備を\n●Jアラート発生時の対応は\n"
      "●通学自転車補助の補足説明(町から)\n\n内容\n○「しばた米コン!」\n○「市民茶会」\n○「まちゼミ」\n",
      { "\t町道の", "\t林道が", "\tJアラート", NULL } },
    /* ※様式は自由です。: the page's note to its reader, no opinion. */
    { "提出方法\n\n ※様式は自由です。\n ※住所・氏名を必ず明記して下さい。\n\nいただいたご意見\n\n・公共の集会所が少ない。ふやしてほしい。\n"
      "・町のPRをしてほしい。\n",
      { "\t公共の集会所", "\t町のPR", NULL } },
    /* Q alone on its line, the question below it; A and the answer on one
     * line. */
    { "「質疑応答及び要望等」\nQ\n議員定数について現状維持との報告があったが、見直しはいつになるのか。\n"
      "A 議員各自の意見を出し合って検討を行った。\nQ\n政務活動費が話題に上った経緯は。\nA 地方自治法の改正に伴うものである。\n",
      { "\t議員定数\t議員各自", "\t政務活動費\t地方自治法", NULL } },
    /* ■[手紙] a letter, ◇[回答] its answer: a mark, then the bracketed word. */
    { "抜粋して紹介します。\n\n■[手紙]回収ボックスを休日も使えるようにしてほしい。\n自分で行くことができず困っています。 (80歳代・女性)\n\n"
      "◇[回答]平日のみ使えます。\n休日は対応できないため、平日のみとしています。 (環境住宅課)\n",
      { "\t回収ボックス\t平日のみ", NULL } },
    /* 質問: / 要望: opinions, each answered on the next line after a dash
     * (―…). */
    { "懇談会でいただいた意見や要望の一部をご紹介します。\n\n質問:人口減少対策について。もっと積極的にしてほしい\n"
      "―人口減少対策は、全国的な問題です。\n\n質問:高速道路について\n―高速道路は、今後整備されることになります。\n\n"
      "要望:国に農業政策について要望をしてほしい\n―農業経営は、大変厳しい状況です。\n",
      { "\t人口減少\t人口減少", "\t高速道路\t高速道路", "\t国に農業\t農業経営", NULL } },
    /* ■市長等に伝える / □当日の回答のとおり: a form's boxes, no speaker
     * (市長等 is 市長 and the others) and no letters and replies. */
    { "区分\n■市長等に伝える\n□当日の回答のとおり\n「広報」を町内へ配布しているが、高齢者が配っている。\n"
      "■市長等に伝える\n□当日の回答のとおり\n郵便で広報を送ったときの経費を検討してほしい。\n",
      { "\t「広報」", "\t郵便で", NULL } },
    /* ○ letters and ● the city's replies, one reply to two letters: each
     * letter has it (○石井市長と… is a letter, not the mayor's turn). */
    { "お便りのコーナー\n\n○石井市長と北川フラムさんの特別対談で、芸術祭への興味がわいて良かったです!(40代・女性)\n"
      "○アート作品が気になりました!(60代・女性)\n●芸術祭はお楽しみいただけたでしょうか?\n\n"
      "○特集だけでなく行事まで案内があり良いと思いました!(20代・男性)\n●広報きみつでは市からのお知らせをお届けしています。\n",
      { "\t石井市長と\t芸術祭は", "\tアート作品\t芸術祭は", "\t特集だけ\t広報きみつ", NULL } },
    /* 意見・ 要望など (a blank where the line broke, and the like) marks
     * the letter as 意見・要望 does. */
    { "お知らせ一覧の改善  [米本・男性]\n\n意見・ 要望など\n\n 「お知らせ一覧」は、時系列に並んでいるだけで不便である。\n\n"
      "回答\n\n 本市ホームページは、リニューアルを予定しています。\n",
      { "\t「お知らせ\t本市ホーム", NULL } },
    /* ご意見・ご提案 / お答えします: marks of a letter and its answer. */
    { "寄せられた市民のこえ\n\nご意見・ご提案\n\n 市長さんは、市をもっと良くするために、\n 悔しくないのですか。\n\n"
      "(令和4年6月受付)\n\nお答えします\n\n 市の広聴活動は、市民のこえを聴くことです。\n",
      { "\t市長さんは\t市の広聴", NULL } },
    /* 提案 / 回答 alone: the marks of a letter, not a speaker named 提案;
     * <益田市からの回答> names who answers. */
    { "植物園の車椅子について\n\n提案\n\n植物園の車椅子の貸し出しを増やしてほしい。\n\n回答\n\n"
      "この度は、ご提案をいただきありがとうございます。\n\n府営住宅の活用について\n\n提案\n\n"
      "空き住戸を学生に貸してはどうか。\n\n回答\n\n京都府では、府有資産の活用を進めています。\n",
      { "\t植物園\tこの度は", "\t空き住戸\t京都府では", NULL } },
    { "【提案No.12】\n\n 溢れるほどに各所に多彩な花を植えてほしい。\n\n<益田市からの回答>\n\n"
      " このたびはご意見をいただきありがとうございました。\n",
      { "\t溢れる\tこのたびは", NULL } },
    /* A table of opinions read one cell a line: the count of the opinions
     * (1) lies between an opinion and the city's answer. */
    { "意見等の概要\n意見数\n市の考え方(対応)\n【これまでの方向性について】\n\n"
      "これまでの施策と結果を示してほしい。\n1\n\nご提案ありがとうございます。総合計画の策定過程で検証しました。\n\n"
      "【人口の推移について】\n\n合併した年からの推移を示すべきではないか。\n\n1\n\n"
      "ご提案のとおり近年の経緯も重要な指標と捉えております。\n",
      { "\tこれまでの施策\tご提案あり", "\t合併した\tご提案のとおり", NULL } },
    /* 内容(令和7年7月4日受け付け): a mark with its date in parentheses. */
    { "リサイクルプラザの開店日について\n\n内容(令和7年7月4日受け付け)\n\n昨日は月1回のリサイクル日でした。\n"
      "ぜひ月2回にしてほしい。\n\n回答\n\nリサイクルプラザをご利用いただき、ありがとうございます。\n",
      { "\t昨日は\tリサイクル", NULL } },
    /* Letters under their titles, one answer mark on the page: the page
     * names the citizens' voices, so it answers them; the next title ends
     * the answer, and the opinion under it needs no mark. */
    { "主な「市民の声」と回答\n\nゴミ袋の種類について(令和元年12月)\n\n燃えないゴミと缶・ビンの袋を統一してほしい。\n\n"
      "回答\n\n日頃より、ごみの分別にご協力いただきありがとうございます。\n\n"
      "路面電車開通の提案について(令和元年9月)\n\n駅から公園まで路面電車を走らせてはどうか。\n",
      { "\t燃えない\t日頃より", "\t駅から", NULL } },
    /* A number alone opens the next opinion, as a mark does; (町の考え方)
     * answers it. */
    { "■ 意見の内容\n\n1.\n加太スカイライン構想があるが、町を通過するだけになる。\n\n(町の考え方)\n"
      "将来的な構想です。\n\n2.\n駅前を整備してほしい。\n\n(町の考え方)\n検討します。\n",
      { "\t加太\t将来的", "\t駅前\t検討", NULL } },
    /* The page's title naming the consultation is no opinion. */
    { "更新日:2025年12月3日\n\n計画(案)へのご意見を公表します。\n\n"
      "第7次総合振興計画パブリックコメントにおける意見及び回答\nNo カテゴリ 質問・意見等 回答\n\n"
      "計画(案)の公表場所が村内3か所では、読むことができる方が限られてしまいます。\n",
      { "\t計画(案)の公表", NULL } },
    /* 〈市民〉/〈市長〉: the mayor's answer runs on over its lines. */
    { "〈市民〉飯沼貞吉と喜多方の関わりを生かした地域振興をしてはどうか。\n"
      "〈市長〉参考になるお話、ありがとうございます。\nまた、新島八重などの足跡もあります。\n"
      "〈市民〉旧中学校の利活用を考えてほしい。\n〈市長〉利用のためには修繕が必要です。\n"
      "全国には注目されている木造校舎があります。\n",
      { "市民\t飯沼\t参考に", "市民\t旧中学校\t利用の", NULL } },
    /* 問:… then 町長:…: the mayor's turn answers the question before it;
     * a second official's turn goes with that answer. */
    { "■中央公民館6月21日(水)\n問:国道沿いにゴミが堆積している。\n町長:監視カメラを設置している。\n"
      "教育長:学校でも呼びかけている。\n問:街路樹の草刈りを増やしてほしい。\n町長:引き続き対応していく。\n",
      { "\t国道沿い\t監視カメラ", "\t街路樹\t引き続き", NULL } },
    /* 中学生からの意見・要望 / 議員の答弁, labels alone: the students ask, the
     * councillors answer; the page's own lines under no label are none. */
    { "テーマをクリックしてください。\n\n中学生からの意見・要望\n\n バスの便数を増やしてほしい。\n\n"
      "議員の答弁\n\n 交渉をしながら増やしていきたい。\n\n中学生からの意見・要望\n\n 公園を作ってほしい。\n\n"
      "議員の答弁\n\n 空き地の活用を考えたい。\n",
      { "中学生\tバスの\t交渉を", "中学生\t公園を\t空き地", NULL } },
    /* 問:/答: and ご意見・ご提言 / 回答 mark opinions and answers. */
    { "■相互理解と共感のあるまちづくり\n問:議会中継のアーカイブも行ってほしい。\n答:議会へ伝えます。\n\n"
      "問:回覧文書の文字が小さくて読みづらい。\n答:さらに工夫します。\n",
      { "\t議会中継\t議会へ", "\t回覧文書\tさらに", NULL } },
    { "ご意見・ご提言\n\n「夏踊りについて」\n今年の夏、踊りの練習をしました。\nこのイベントを続けていただきたい。\n\n"
      "回答\n\n今後も続けていきたいと思います。\n\nご意見・ご提言\n\n「景観対策について」\n空き家が増えています。\n",
      { "\t「夏踊り\t今後も", "\t「景観対策", NULL } },
    /* Q/A before a name and a role a blank apart; 参加者からのご意見1 is
     * the participant; 町民の皆さんからのご意見 heads the bullets below. */
    { "Q 金野桃子 議員(県民)\n設置場所を拡大できないか、部長にお伺いします。\nA 島田繁 県民生活部長\n"
      "まず、設置場所についてでございます。\n",
      { "金野桃子 議員(県民)\t設置場所", "島田繁 県民生活部長\tまず", NULL } },
    { "◯参加者からのご意見1\n給食費を一律にしてほしい。\n◯知事\n対応を検討します。\n",
      { "参加者\t給食費", "知事\t対応を", NULL } },
    { "■町民の皆さんからのご意見\n・ごみの収集日に不公平感がある。\n"
      "・耕作放棄地の管理について、考えてほしい。\n",
      { "\tごみの", "\t耕作放棄地", NULL } },
    /* A heading that names the speaker, with a note that the page gives
     * the gist (市長説明(要旨)), or a photograph's caption under it. */
    { "市長説明(要旨)\n\nただいまご紹介いただきました市長の西端です。\n",
      { "市長\tただいま", NULL } },
    { "市長あいさつ\n\n写真:宮本守山市長\n\n私は、守山市の目指すべき姿について話します。\n",
      { "市長\t私は", NULL } },
    /* A mayor's words without a speaker marker: the paragraphs of the
     * speech are one statement; the opinions of a summary stay apart. */
    { "市長説明及び記者との質疑応答要旨\n\n おはようございます。新年初めての開催でございます。\n"
      " まず年始に当たりまして、一言、御挨拶申しあげたいと思います。\n 今年もよろしくお願いいたします。\n",
      { "\tおはよう", NULL } },
    { "今議会を終えて\n私からは、3項目、お話をさせていただきます。\nまず、閉会いたしました定例会についてでございます。\n"
      "県では、産業用地の確保につきまして、造成を進めております。\n今後とも、県政の発展に努めてまいりたいと存じます。\n",
      { "\t私からは", NULL } },
    /* …資料をご覧ください。 inside the speech is the mayor's too, and so
     * is what the administration's voice would have taken for an answer. */
    { "本庁舎4階大会議室\n本日は、お忙しい中、お集まりいただきましてありがとうございます。\n"
      "まず、寄附金の速報値についてご報告いたします。\n右上の資料をご覧ください。\n"
      "寄附金につきましては、当初目標を上回りました。\n前年度を上回るご寄附をいただき、感謝を申し上げます。\n",
      { "\t本日は", NULL } },
    { "主な意見\n\n駐輪場を増やしてほしい。\n\n図書館の開館時間を延ばしてほしいです。\n",
      { "\t駐輪場", "\t図書館", NULL } },
    /* A heading naming the citizens who spoke gives the bullets under it
     * their speaker, a note of excerpting after it or not; what the page
     * says was done above them is none. */
    { "第2回市民フォーラムを2月15日に開催しました。\n参加者からの意見(一部抜粋)\n"
      "・自然豊かで、遊水地があることが魅力だ。\n・駅前でイベントが行われていて楽しい。\n",
      { "参加者\t自然豊か", "参加者\t駅前", NULL } },
    { "参加者の主な発言内容\n◆来年度から消費税が上がるので、支援をお願いしたい。\n",
      { "参加者\t来年度", NULL } },
    /* A field that recurs (関係団体) over a list of bodies is no speaker:
     * speech has kana. The page's preface above the bullets is no opinion
     * (294's truth). */
    { "懇談会を実施しました\n\n日立市議会では、市民との意見交換を行っています。\n\n総務産業委員会\n\n開催日\n\n"
      "令和4年6月30日(木曜)\n\n関係団体\n\n日立商工会議所 工業部会、商業部会\n\n主なご意見\n\n"
      "  • 新規雇用について、合同企業説明会を増やしてほしい。\n  • 駅周辺の空き店舗を活用してほしい。\n\n"
      "教育福祉委員会\n\n開催日\n\n令和4年7月9日(土曜)\n\n関係団体\n\n日立市立小・中学校PTA連合会 教育部会\n\n"
      "主なご意見\n\n  • 通学路の安全を確保してほしい。\n",
      { "\t新規雇用", "\t駅周辺", "\t通学路", NULL } },
    /* A summary's items (…について), what became of them (…が了解され
     * ました。) and its sections' names (【主な意見】) are the page's words;
     * the members' opinions are not. */
    { "主な議事等の概要\n- 審議会のスケジュールについて\n資料のスケジュールで審議を進めていくことが了解されました。\n"
      "- 計画の全体構成について\n4部構成とすることとしました。\n- 【主な意見】\n"
      "- 網羅的ではなく、政策の濃淡をはっきりとさせるべき。\n- 多世代で支え合う地域づくりを進めるべき。\n",
      { "\t網羅的", "\t多世代", NULL } },
    /* Above the bullets, what the page says was done is no opinion; a
     * citizen's words in the polite present are. */
    { "懇談会を開催しました。延べ93人の町民の皆さんにご参加いただきました。\n\n"
      "公表場所が3か所では、読むことができる方が限られてしまいます。\n"
      "・Web版も公開してください。\n・印刷用番号を発行してください。\n",
      { "\t公表場所", "\tWeb版", "\t印刷用", NULL } },
    /* Under a numbered item of the agenda, the paragraphs above the
     * bullets of the same item are the page telling what it was about;
     * those of another item are kept. */
    { "①条例の一部改正について\n改正後の基準では、工場を建てられない区域が残ります。\n②区域指定方針について\n"
      "今回の審議は、開発行為を限定することを目的としています。\n本日の対象は、下福田地区です。\n\n"
      "・森林伐採は、ゼロカーボンに相反するのではないか。\n・道路整備との整合性は。\n",
      { "\t改正後の", "\t森林伐採", "\t道路整備", NULL } },
    /* After the header's list, a label alone over a long line cut before
     * its end: the body starts at the label. */
    { "定例記者会見\n\n開催日時\n\n平成27年10月23日(金曜)午前11時から正午まで\n\n会見項目\n\n"
      "  1. 地方創生の取り組みについて\n  2. 立地適正化計画について\n\n会見説明内容\n\n"
      "地方創生の取り組みについて\n\n市長\n\n花巻市は4月に、花巻市まち・ひと・しごと創生推進本部を立ち上げ、主に若手・中堅職員で構成するワーキン\n",
      { "市長\t花巻市は", NULL } },
    /* A name all in kana, told a name by its honorific. */
    { "○議長(ますだよしお君) ただいまから本日の会議を開きます。\n○議長(ますだよしお君) ここで報告します。\n",
      { "議長(ますだよしお君)\tただいまから", "議長(ますだよしお君)\tここで", NULL } },
    /* 〇説明のため委員会に出席した者: a heading of the roll, no 委員 who
     * speaks. */
    { "総務建設常任委員会\n  • \"改修計画\"(/)\n〇説明のため委員会に出席した者  町長      岡 本 信 司      副町長        奥 田   貢\n"
      "〇職務のため委員会に出席した事務局職員  事務局長    住 野 智 章\n〇山田委員長 おはようございます。開会します。\n〇中井委員 質問します。\n",
      { "山田委員長\tおはよう", "中井委員\t質問します", NULL } },
    /* 参加者 / 新成人(…) ６名: a field of the header and its head count,
     * no turn of 参加者. */
    { "市民みらいミーティング開催結果(将来の夢と京田辺のまちづくり)\n- [2023年3月6日]\n- ID:18881\n"
      "ソーシャルサイトへのリンクは別ウィンドウで開きます\n日時\n令和5年1月7日(土) 午前9時30分~10時30分\n"
      "場所\n田辺中央体育館(体育館会議室)\n参加者\n新成人(「二十歳のつどい」運営スタッフ) ６名\n内容\n"
      "今回は、京田辺を「ずっと住み続けたいまち」「また戻って来たいまち」にするためにはどうすればよいか、若い世代の声を聞くため「二十歳のつどい」運営スタッフである新成人の皆さんと意見交換を行いました。\n"
      "市長あいさつ\nおはようございます。市長の上村です。\n",
      { "市長\tおはよう", NULL } },
    /* ○司会:相澤廣貴事務局長 alone: the part and who plays it, one label. */
    { "日時\n平成16年6月1日\n場所\n勝沼町ぶどうの丘\n○司会:相澤廣貴事務局長\n定刻になりました。ただいまから協議会を開会いたします。\n"
      "○副会長:佐藤繁則氏\n皆さん、こんにちは。\n",
      { "司会:相澤廣貴事務局長\t定刻に", "副会長:佐藤繁則氏\t皆さん", NULL } },
    /* ○事務局(吉崎) / 午後2時00分 / 定刻となりましたので、…松原 / 市…:
     * the time the turn began between the label and its words, a line the
     * page broke inside a word; the first turn, not the header's. */
    { "平成27年度 第1回松原市子ども・子育て会議\n"
      "\n"
      "平成27年度\n"
      "第1回松原市子ども・子育て会議\n"
      "日時:平成27年11月16日\n"
      "開会\n"
      "○事務局(吉崎)\n"
      "午後2時00分\n"
      "定刻となりましたので、ただいまから平成27年度第1回松原\n"
      "市子ども・子育て会議を開催いたします。\n"
      "皆様、本日はお忙しいところ、お越しいただき誠にありがとうございます。\n"
      "○大倉福祉部長\n"
      "皆さん、こんにちは。お世話になっております。\n",
      { "事務局(吉崎)\t定刻", "大倉福祉部長\t皆さん", NULL } },
    /* <横山 知哉さん> alone: a name with its honorific in angle brackets
     * names who speaks; <p> stays markup. */
    { "【成人式に出席した感想】\n\n <横山 知哉さん>\n\n 謝辞を述べなければならなかったので、緊張した。\n\n"
      " <中村 弥来さん>\n\n 成人式では誓いの言葉を述べた。\n\n<p>\n",
      { "横山 知哉さん\t謝辞", "中村 弥来さん\t成人式", NULL } },
    /* 14番荒木敏文議員: the seat, the name and the role, before a colon. */
    { "高橋輝議長:では、次の質問者、荒木敏文議員の登壇を許します。\n\n荒木敏文議員。\n\n(14番荒木敏文議員:登壇)\n\n"
      "14番荒木敏文議員:創政会の荒木敏文でございます。質問いたします。\n\n高橋輝議長:答弁を求めます。\n",
      { "高橋輝議長\tでは、", "14番荒木敏文議員\t創政会", "高橋輝議長\t答弁を", NULL } },
    /* A role, then a name whose given name is in hiragana. */
    { "○委員長(山下てんせい)\nただいまから委員会を開会いたします。\n○委員(高橋としえ)\n駐輪場を増やしてほしい。\n",
      { "委員長(山下てんせい)\tただいまから", "委員(高橋としえ)\t駐輪場", NULL } },
    /* …それに対する市の回答です。, …公表しています。: the page telling what
     * it holds. */
    { "「市長への手紙」でお寄せいただいたご意見とそれに対する市の回答です。\n"
      "※個人情報が特定される恐れがあるものは一部を変更して公表しています。\n\n"
      "1.スケートボードができる場所について\n\n スケボーができる場所を作っていただけないでしょうか。\n",
      { "\tスケボー", NULL } },
    /* この資料は、…広報課でまとめたものです。: the page on itself. */
    { "この資料は、県政記者クラブとの会見内容を広報課でまとめたものです。\n\n"
      "このたび、オリンピック委員会と事前キャンプの協定を締結いたしました。\n",
      { "\tこのたび", NULL } },
    /* …いくつかを紹介します。: the page, not a statement. */
    { "寄せられた声\n\nここで、寄せられた手紙の中から、いくつかを紹介します。\n\n"
      "公園にベンチを置いてほしい。\n",
      { "\t公園にベンチ", NULL } },
    /* The page on itself before the first opinion, though a paragraph of
     * its own follows it as an answer would. */
    { "総合計画(中間案)に貴重なご意見をいただきありがとうございました。\n"
      "意見募集を行った結果、33件のご意見が寄せられましたので、それらのご意見とご意見に対する市の考え方を公表いたします。\n"
      "ご意見につきましては、項目ごとに整理し、適宜要約し掲載しています。\nまた、お寄せいただきましたご意見を考慮して、総合計画の策定を予定しております。\n"
      "今後とも、行政運営に対するご理解とご協力をお願いいたします。\n\n意見募集結果\n\n意見1\n\n駐輪場を増やしてほしい。\n",
      { "\t駐輪場を", NULL } },
    /* ・1月11日富里研修センター, ・提出件数 7件: when and where, how many;
     * no opinions. */
    { "地域の課題を村づくりに反映させるため、1月11日から18日まで、村政懇談会を開催しました。\n参加住民数合計:75人\n■令和5年度日程\n・1月11日富里研修センター\n"
      "・1月12日知来別克雪管理センター\n・1月15日真狩町内会館\n村政懇談会に寄せられた意見・要望の一部と回答内容をお知らせします。(要約しています)\n"
      "・鳥獣駆除に係る弾代が高い。補助等、何かしてほしい。\n",
      { "\t鳥獣駆除", NULL } },
    { "市民ホール基本計画(案)パブリック・コメント実施結果\n\n案件名\n\n市民ホール基本計画(案)\n\n意見等の募集期間\n\n平成24年6月26日から平成24年7月25日\n"
      "\n意見等の提出者数・提出件数\n\n  • 提出者 3人\n  • 提出件数 7件\n\nご意見の概要\n\n  • 利用計画について、市民に説明してほしい。\n",
      { "\t利用計画", NULL } },
    /* 〔問〕, 〔答〕: a question's and an answer's marks in brackets, no
     * speaker named 問. */
    { "町政懇談会報告\n\n【いただいたご意見・要望】\n(1)新庁舎の整備計画について\n"
      "〔問〕総事業費はいくらですか。\n〔答〕約29億円を見込んでいます。\n\n〔問〕財源は何ですか。\n〔答〕基金で整備します。\n",
      { "\t総事業費\t約29億円", "\t財源は\t基金で", NULL } },
    /* 【地域振興】1.…。2.…: a numbered list a page ran into one line, cut
     * at its numbers in their order (not at 1.5倍). */
    { "議会報告会  今年5月15日から18日までの4日間にわたり、市内4会場で初めて開催しました。参加した市民の皆さまから意見・要望をいただきまし"
      "た。【地域振興・定住促進】1.本市の自然環境を活かし、山林を利用したバイオマス発電による地域再生を図って欲しい。2.「市民との協働による地域"
      "づくり補助金」について、これまでどおり各地域1千万円ずつの配分を継続して欲しい。3.補助金がどこにどれだけ使われたのか市民に対しての周知が必"
      "要なのではないか。4.地域の老朽化した集会施設等の改修は市が行う姿勢があってしかるべきではないか。人口は1.5倍になった。\n",
      { "\t議会報告会", "\t1.本市", "\t2.「市民", "\t3.補助金", "\t4.地域の", NULL } },
    /* Opinions without marks, each over its 【回答】: the paragraph over
     * the second answer is the next opinion, not the first answer's. */
    { "令和5年度 市長へのはがき\n\n広報誌が不要な人は届出をして、浮いた経費を他のサービスに還元してはどうでしょうか。\n\n"
      "【回答】 \n 紙媒体の広報紙が不要であれば、隣組長に申出をお願いします。\n また、紙媒体の広報紙の配布は継続していきます。\n\n"
      "町内会をやめたいのですが、どうすればいいですか?\n\n【回答】 \n 自治会は、最も身近な自治組織として活動を行っています。\n",
      { "\t広報誌が不要\t紙媒体の", "\t町内会を\t自治会は", NULL } },
    /* ご意見・ご要望 / 市長の回答, each alone: the heads of a table's
     * columns, its numbered rows below; not an opinion with its answer. */
    { "ご意見ご要望と市長の回答\n\nご意見・ご要望\n\n市長の回答\n\n"
      "1 校舎跡地に温泉を引いて憩いの場にという案があるが、資金を考えてもらえるだろうか。 跡地利活用の財政面は中期財政計画で検討しています。\n"
      "2 横断歩道の白線が消えかかっている。 早急な改善を警察に要請したい。\n",
      { "\t1 校舎跡地", "\t2 横断歩道", NULL } },
    /* 意見の概要 / 向日市の考え方 over paragraphs: an opinion, then what
     * the city says (ご意見のとおり…, また、…), then the next opinion. */
    { "「パブリック・コメント制度」に対しての意見\n\n意見の概要\n\n向日市の考え方\n"
      " パブリックコメント制度は、市民参加の基本であり、創設すべきである。\n\n"
      " ご意見のとおり、本制度は、市の意志決定過程における公正の確保を図るものです。\n\n"
      " また、協働推進条例についても、現在制定に向け検討しています。\n\n"
      " 条例の対象に、金銭徴収に関する条例も加えるべきだ。\n\n 本市では、金銭徴収に関する条例は対象外としています。\n",
      { "\tパブリック\tご意見のとおり", "\t条例の対象\t本市では", NULL } },
    /* …と要望があり、次の様に説明しました。: the paragraph below is the
     * answer the opinion announces. */
    { "6月26日(木)午後7時から小立野区において村政懇談会を開催しました。\n\n主な意見と質問とその回答の概要については、\n\n"
      "・県道の土留めが仮設されており、できるだけ早く撤去して欲しいと要望があり次の様に説明しました。\n"
      "村からも建設事務所に対し、何とかして欲しいと要望している。\n"
      "・アカシアの木が1本横たわっているので伐採して欲しいと要望があり、次の様に説明しました。\n"
      "建設事務所にも依頼しているが、中々対応できない状況。\n",
      { "\t県道の土留め\t村からも", "\tアカシアの木\t建設事務所に", NULL } },
    /* A letter to the mayor: its paragraphs, in the first person, and the
     * quotes it makes its point with are one opinion; so are its numbered
     * questions. */
    { "市長への手紙\n受付日\n令和6年1月22日\n手紙の内容\n"
      "市内の公園に、散歩で良く行きます。ずっと気になっているのは、園内にあるベンチの事です。この場所の計画は、どのようになっているのでしょうか?\n"
      "私は、この場所の一部を小花の花畑として、解放していただけないかと思います。「パパと一緒に植えたんだよ!」という声が聞こえてくる気がします。\n"
      "差出人\n青木一枝\n",
      { "\t市内の公園", NULL } },
    { "市長への手紙\n\n文化財団の人事について\n\n"
      "Q 文化財団は、文化ホールなどの施設を運営する財団法人ですが、この財団の人事は誰がどのようにして決めているのですか?\n\n"
      "以下の質問にすべてご回答くださいますようお願いします。\n\n  1. 理事に占める元市職員は、それぞれ何人ですか?\n"
      "  2. 理事は誰がどのようにして決めるのですか?\n",
      { "\t文化財団", "\t以下の質問", NULL } },
    /* …本数を増やしてほしいです。 / 2025年10月から、…増設します。: under a
     * letter that asks, the city reporting what it does is the answer. */
    { "市長への手紙・市長へのメールに寄せられた声\n"
      "市は、「市長への手紙・市長へのメール」によって、市民の皆さんの声をお聴きし、まちづくりに生かしています。\n"
      "寄せられた手紙・メールの内容は、全て市長が確認しています。主なご意見とその後の対応を紹介します。\n"
      "ふれあいバスの拡充について\n"
      "ふれあいバスを利用していますが、発着が少ないため、本数を増やしてほしいです。\n"
      "2025年10月から、ふれあいバスのさらなる充実を望む多くの声を受け、2台のバスを増車し、市内各地域から主要な医療施設や買い物施設を走行するサクラコース・ツツジコースを増設します。\n"
      "ベビーチェアの設置について\n"
      "こどもが一緒でも利用がしやすくなるよう、市役所のトイレにベビーチェアを設置してほしいです。\n"
      "ちびっこ広場の草刈りについて\n"
      "ちびっこ広場の草が伸びていて、こどもたちが遊べないので草刈りをお願いします。\n"
      "要望を受けて、広場の草刈りを行いました。\n",
      { "\tふれあいバス\t2025年10月", "\tこどもが", "\tちびっこ\t要望を受けて", NULL } },
    /* 一般質問 / ■山田久子議員 / 問: / 答:: the councillor's question and
     * the answer are statements of their own, not an opinion and the
     * city's reply. */
    { "一般質問\n\n■山田久子議員\n▽子育て支援について\n問:子育て支援として、保育園の主食を無償提供できないか。\n"
      "答:現在、移住支援推進会議を中心に検討しています。\n▽道路について\n問:基幹農道の法面の点検はどうか。\n"
      "答:令和2年度に点検を行いました。\n",
      { "山田久子議員\t子育て支援", "\t現在、移住", "山田久子議員\t基幹農道", "\t令和2年度", NULL } },
    /* てらだひろし(公明党), 新田 義昭 議員 alone on their lines: who asks
     * the questions below, under 【質問】 too. */
    { "一般質問(9月21日、22日 本会議)\n\n質問と答弁は要旨を掲載しています。\n\nてらだひろし(公明党)\n\n"
      "子ども支援について問う\n\n【質問】私立保育所に対し、子ども食堂の開設支援を行うべき。\n"
      "【区長】今後、園長会などを通じて周知し、個別の相談に応じる。\n"
      "【質問】学習障がいについて、区民に周知すべき。\n【区長】今後もホームページなどで周知していく。\n",
      { "てらだひろし\t私立保育所", "区長\t今後、園長会", "てらだひろし\t学習障がい", "区長\t今後も", NULL } },
    { "一般質問\n\n新田 義昭 議員\n指定ごみ袋の改定を問う\n【質問】全国的に見ると、市が一番ごみの処理費用が少ない。原因は何か。\n"
      "【答弁】ごみの減量が進んでいるためである。\n",
      { "新田 義昭 議員\t全国的に", "\tごみの減量", NULL } },
    /* 畑中:…, again further on, where 司会: labels a turn: a surname and
     * its colon are a speaker's label, though no list names her. */
    { "新春トーク\n\n司会:区への要望はありますか。\n畑中:荒川区の魅力は温かいコミュニティだと思っています。\n"
      "篠原:中学生まではふれあい館で地域の方と交流する機会がありました。\n"
      "畑中:荒川区の魅力が海外の方に評価されていると聞きました。\n篠原:20代への読書のアドバイスはありますか。\n",
      { "司会\t区への", "畑中\t荒川区の魅力は", "篠原\t中学生", "畑中\t荒川区の魅力が", "篠原\t20代", NULL } },
    /* An interview: 山本区長(以下、山本): names the one who answers and the
     * short name the page goes on with; the questions after a dash are the
     * interviewer's, unnamed. */
    { "INTERVIEW\n\n2021.8.20\n\n- 生まれも育ちも墨田区の区長にとって、墨田区はどんな場所ですか?\n\n"
      "山本区長(以下、山本):私は、2021年でちょうど生誕60周年なんです。\n\n- おめでとうございます!\n\n"
      "山本:錦糸町の病院で生まれてね、今日に至るまで墨田区を離れたことがない。\n",
      { "\t生まれも", "山本区長\t私は", "\tおめでとう", "山本\t錦糸町", NULL } },
    /* ◆渡辺ふさ子議員 / (…の整備) / 問 … / 市長 …: her questions, the
     * answers of those who give them. */
    { "P3 一般質問\n◆渡辺ふさ子議員\n(パークゴルフ場の整備)\n問 パークゴルフ場の必要性について見解を伺う。\n"
      "市長 必要だという認識は同じです。今検討に入っていることは確かです。\n問 担当課による検討に入っているのか。\n"
      "総務部長 市長から担当の部署に調査の指示が出ています。\n",
      { "渡辺ふさ子議員\tパークゴルフ", "市長\t必要だ", "渡辺ふさ子議員\t担当課", "総務部長\t市長から", NULL } },
    /* このページでは…を公開しています。: the page speaking of itself. */
    { "これまでに寄せられた主なご意見と回答\n\n このページでは、「町長の手紙」に寄せられたご意見・ご提案の一部を公開しています。\n\n"
      "1.町営霊園の運営について(令和4年5月受付・回答)\n\n1.ほうきの備置について\nごみ処理場のほうきが利用できない。点検していただきたい。\n",
      { "\tごみ処理場", NULL } },
    /* 【実施日】, 【テーマ】: the fields of a report's header, no speakers. */
    { "出前座談会レポート\n\n主な内容は次のとおりです。\n【実施日】平成30年9月28日(金)\n【会 場】役場会議室\n"
      "【テーマ】杉戸の未来について\n【まちづくりの知恵】\n町のPRについて\n※町はソフトテニスが盛んです。\n",
      { NULL } },
    /* 町長 / a paragraph / bullets, in a summary: each bullet is a
     * statement of that speaker, as under a label alone. */
    { "総合教育会議 会議録\n発言の内容\n(1) あいさつ\n町長\n制度は大きく変わるが、今まで同様にご協力をお願いしたい。\n"
      "(内容の抜粋)\n・予算を有効に活用し教育を推進する。\n・郷土愛が持てる人材を育成する。\n",
      { "町長\t制度は", "町長\t予算を", "町長\t郷土愛", NULL } },
    /* 幹事長, 企業長, 副管理者: the roles of councils and 一部事務組合. */
    { "発言者\n\n発   言   内   容   等\n\n幹事長\n\nそれでは、定刻となりましたので、会議を開催いたします。\n\n"
      "会長\n\n皆さん、こんにちは。\n\n企業長\n\n水道料金は据え置きます。\n\n副管理者\n\n施設の更新を進めます。\n",
      { "幹事長\tそれでは", "会長\t皆さん", "企業長\t水道料金", "副管理者\t施設の", NULL } },
    /* ○議長(齋藤邦夫君) / (午前10時00分) / それでは…: the time in
     * parentheses between the label and its words is in the turn. */
    { "- 5 - 開会の宣告 (午前10時00分) 議長(齋藤邦夫君) それでは、定足数\n\n◎開会の宣告\n○議長(齋藤邦夫君)\n(午前10時00分)\n"
      "それでは、定足数に達しましたので、ただ今から会議を開会いたします。\n◎開議の宣告\n○議長(齋藤邦夫君)\n直ちに本日の会議を開きます。\n",
      { "議長(齋藤邦夫君)\tそれでは", "議長(齋藤邦夫君)\t直ちに", NULL } },
    /* 市長あいさつ要旨: a heading that names who speaks below it. */
    { "令和2年1月9日定例記者会見\n\n  • 印刷用ページを表示する\n\n会見内容\n\n市長あいさつ要旨 \n\n"
      " 健やかに新年をお迎えのこととお喜び申し上げる。\n 本日は、新年になり初めての記者会見となる。\n\n"
      " 今日の異常気象の中、日本は新しい時代に入った。\n",
      { "市長\t健やかに", NULL } },
    /* 印刷用ページを表示する glued to the title over it: the page's
     * furniture. */
    { "現在地\nトップページ > 市長の部屋 > 記者会見 > 市長定例記者会見 発言要旨(平成28年2月5日)\n\n"
      "市長定例記者会見 発言要旨(平成28年2月5日)\n\n印刷用ページを表示する掲載日:2016年2月26日更新\n\n所感\n\n"
      "  2月の定例記者会見を行います。総合計画の策定に向けて、市長と語る市民懇談会を昨夜から始め、たくさんの意見を"
      "いただきました。2月、3月で、9カ所で開催しますので、どうぞよろしくお願いします。  \n",
      { "\t2月の定例", NULL } },
    /* 〇 市 / 長: a label a PDF broke after its mark and first character. */
    { "さいたま市長6月定例記者会見\n午後1時30分開会\n〇 毎日新聞\n6月の幹事社を務めます毎日新聞と申します。よろしくお願いします。\n"
      "〇 市\n長\n皆さん、こんにちは。\n本日の議題の説明に入らせていただきます。\n",
      { "毎日新聞\t6月の", "市長\t皆さん", NULL } },
    /* [ / 回答]: a bracket a page broke after its opening one. */
    { "主なご意見・ご質問と市長回答\n\n[意見]\n 十勝産小麦のうどんを開発したら、もっと小麦が売れるようになると思う。\n[\n回答]\n"
      " うどんは、以前から十勝産小麦で作られています。\n[質問]\n イベントの日程が重なることが多い。時期をずらしてはどうか。\n"
      "[\n回答]\n 調整するのはこれからの大きな課題です。\n",
      { "\t十勝産\tうどんは", "\tイベント\t調整する", NULL } },
    /* 提案・意見 市の回答: the heads of the columns on one line are no
     * opinion's mark; the paragraphs under them are the cells. */
    { "これまでのまちづくり提案箱への意見と回答\n\nこちらのページではこれまでにまちづくり提案箱にいただいたご意見を掲載しています。\n\n"
      "ご意見・ご回答の一例\n\n提案・意見 市の回答\n\n【立花駅へのスロープ等の設置について】\n\n"
      "立花駅上のバス停にベビーカーで行けないのを何とかしてほしい。せめて階段にスロープを付けてほしい。\n\n \n\n"
      "JR立花駅の陸橋上のバス停については、本市としても課題があると認識している。スロープの設置などの検討は行っていく。\n",
      { "\t立花駅上\tJR立花駅", NULL } },
    /* 現在地 ホーム > … > …: the page's path in its site, however long. */
    { "現在地 ホーム > 分類でさがす > 市政情報 > 広聴・広報 > 広聴 > 「市民の意見箱」実施報告(平成30年度)\n\n"
      "市道に歩道を作ってほしい。\n\n公園を増やしてほしい。\n",
      { "\t市道に", "\t公園を", NULL } },
    /* 分野別主な意見: the opinions below; the table of the meetings above
     * (テーマ … 参加人数) no longer holds the header open. */
    { "令和元年度「市長とのおしゃべり集会」実施状況\n\nテーマ 開催日 開催場所 参加人数\n観光振興 令和元年7月30日\n"
      "キックス3階 大会議室\n19名\n\n市民のみなさんからいただいた、主なご意見やご提案など\n\n分野別主な意見\n\n観光振興\n\n"
      "  • お土産や特産品などの観光資源の充実\n  • 日本遺産を活用したインバウンドの集客\n",
      { "\tお土産", "\t日本遺産", NULL } },
    /* …を募集しています。 お寄せいただいたご提案・ご提言につきましては…,
     * …に分類しています。: the page of what it asks for and received; not
     * お寄せいただいた内容の概要 over a letter. */
    { "「市民の意見箱」実施報告(平成30年度)\n\n市では、主な公共施設に「市民の意見箱」を設置し、まちづくりについて"
      "市民の皆さまからのご提案・ご提言を募集しています。\nお寄せいただいたご提案・ご提言につきましては今後のまちづくりに"
      "活かしてまいります。\n\n実施結果\n\nお寄せいただきましたご提案・ご提言は、生活環境に関すること、その他、に分類しています。\n\n"
      "市道五条口線に歩道を作ってほしい。\n\nお寄せいただいた内容の概要\n今の柏崎は本当に元気がありません。市民が誇りを持てる町にしてほしい。\n",
      { "\t市道五条口線", "\t今の柏崎", NULL } },
    /* ご意見・ご提案の要旨市の回答・対応担当課: the heads of the columns run
     * together; the page's list of places above them is no opinion. */
    { "市民提案箱\n\n「市民提案箱」設置場所\n\n  • 市役所(市民ホール)\n  • 市民会館\n  • 図書館\n\n"
      "回答しないもの\n\n  • 回答を希望しないもの\n\n令和元年度受付(24件)より\n"
      "ご意見・ご提案の要旨市の回答・対応担当課\n循環バスの便数を増やしてほしい。循環バスは、毎年運行状況を見直しています。\n",
      { "\t循環バス", NULL } },
    /* 質問・意見等当日の回答担当課の処理・回答(3月2日現在): the same, with an
     * aside; the list of the city's people above is the header's. */
    { "夏井区質問回答(平成20年11月11日開催)\n\n2009年2月16日\n\n質問\n\nID\n\n"
      "期日:平成20年11月11日(火) 時間:午後6時~午後8時\n場所:夏井公民館 住民出席者:17人 記録者:秘書広報係長\n"
      "市関係:市長 教育長 財務課長 福祉課長\n質問・意見等当日の回答担当課の処理・回答(3月2日現在)\n"
      "(報告)市長:先月、町長が合併の申し入れに来られた。\n\n議員は多いのではないか。 市長:次の選挙では24人まで減少する。\n",
      { "市長\t先月、", "\t議員は\t次の選挙", NULL } },
    /* 市長:… / 合併は…どうか。 市長:…: a paragraph of its own, with the
     * same speaker's turn on the rest of its line, is a citizen's
     * question, and that turn its answer. */
    { "区長:本日はお集まりいただき、ありがとうございます。\n市長:先月、町長が合併の申し入れに来られた。\n\n"
      "合併の利点を説明すべきと思うがどうか。 市長:議会にも相談し、対応を協議している。\n\n"
      "道路の補修を早くしてほしい。 市長:来年度に補修する予定である。\n",
      { "区長\t本日は", "市長\t先月、", "\t合併の\t議会にも", "\t道路の\t来年度", NULL } },
    /* ◆質問 藤田和子議員 / ◆答弁 野村村長: a newsletter's heads of the
     * turns, what each is and who makes it; the note to the reader (※…)
     * and the topic's heading (▽…について) under the head are neither's. */
    { "◆質問 藤田和子議員\n※藤田議員の「藤」は環境依存文字のため、置き換えています。\n▽診療所のこれからの在り方について\n"
      "現在、村に3箇所に診療所がある。身近にある診療所は、村民の安心を支える大切な役割を担っている。"
      "診療所の患者数は減少の一途である。医療関係者の人材不足も問題になっている。村長の考えは。\n◆答弁 野村村長\n"
      "村民の身近にある診療所は、気軽に信頼して受診できる、生活の安心を支える医療の場として大変重要なものであると考えている。\n",
      { "藤田和子議員\t現在、", "野村村長\t村民の", NULL } },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT, i);
      check_statements (cases[i].text, cases[i].expected);
    }
}

/* A PDF's bullets alone on their lines, each item's text on the next one,
 * in a list where long items were wrapped: each bullet opens an item,
 * however short (自然が多い、…, とくにありません). */
static void
test_lone_bullets (void)
{
  static const char * const expected[] = {
    "\t町区3班", "\t自然が多い、", "\t景色が", "\t宮田村に", "\t山の風景", "\t自然が多いこと", "\tとくに",
    "\t障害児", NULL,
  };

  check_statements (
    "村の自慢\n"
    "•\n"
    "町区3班(曙町)で、年一回 30 年来、親ぼく運動と懇親会を行って、地域の人々との交流をしています。\n"
    "•\n"
    "自然が多い、空気がきれい、星空が綺麗\n"
    "•\n"
    "景色がきれい、自然が豊かである\n"
    "•\n"
    "宮田村に来てまだ 2 ヶ月なので、まだわからないが、アルプスや自然が美しく、住みやすい所と感じている。\n"
    "•\n"
    "山の風景が素晴らしい。\n"
    "•\n"
    "自然が多いこと。安全な食材が豊富\n"
    "•\n"
    "とくにありません\n"
    "•\n"
    "障害児への支援は素晴らしいと思う\n",
    expected);
}

/* What a document's labels carry besides the speaker: the number of a
 * turn or of a speech in a search engine of minutes, a name in brackets of
 * any family after the role, a role glued to the name when the page lost the
 * opening parenthesis, the kind of the turn; and a flattened page cut at a
 * label that its role makes a turn even where it is the only one. */
static void
test_label_shapes (void)
{
  static const struct {
    const char *text;
    const char *expected[6];
  } cases[] = {
    /* Numbers of speeches before brackets. */
    { "501【林委員】 公園の整備を急いでほしい。\n502【森課長】 来年度に着手いたします。\n",
      { "林委員\t公園の整備", "森課長\t来年度に", NULL } },
    /* Numbers of turns before marks, in a flattened page. */
    { "第5回 協議会 1: 開会 午後2時 ◯会長山田太郎君) ただいまから開会します。 "
      "2: ◯事務局長川上一郎君) 資料をご覧ください。\n",
      { "会長山田太郎君\tただいまから", "事務局長川上一郎君\t資料を", NULL } },
    /* The name in any brackets after the role stays with it. */
    { "3 ◯議長【森花子君】 おはようございます。 4 ◯議長【森花子君】 日程第1に入ります。\n",
      { "議長【森花子君】\tおはよう", "議長【森花子君】\t日程第1", NULL } },
    { "〇会長〔林一郎〕 これより審議に入ります。\n〇委員〔森花子〕 賛成です。\n",
      { "会長〔林一郎〕\tこれより", "委員〔森花子〕\t賛成です", NULL } },
    /* One turn in a flattened page: its role makes it a turn. */
    { "令和5年度 第1回 審議会 会議録 日時 令和5年6月1日 場所 第1会議室   午前10時開会 "
      "○会長山田太郎君) ただいまから審議会を開会いたします。本日はよろしくお願いします。\n",
      { "会長山田太郎君\tただいまから", NULL } },
    { "第2回 懇話会 議事録 出席者 委員8名 事務局3名 《資料確認》 (森企画課長補佐) 本日はお集まりいただき"
      "ありがとうございます。それでは始めます。\n",
      { "森企画課長補佐\t本日は", NULL } },
    /* A label glued to the heading before it, its opening parenthesis lost. */
    { "午前10時開議-----------開議の宣告議長山田太郎君) ただいまの出席議員は10名です。"
      "-----------日程第1議長山田太郎君) 日程第1を議題とします。\n",
      { "議長山田太郎君\tただいまの", "議長山田太郎君\t日程第1を", NULL } },
    /* A blank inside the name. */
    { "─── ◯委員長川上 一郎君) 委員会を開きます。 ◯委員長川上 一郎君) 休憩します。\n",
      { "委員長川上 一郎君\t委員会を", "委員長川上 一郎君\t休憩します", NULL } },
    /* A seat and a name in parentheses after a sentence. */
    { "副議長山田太郎君) 質疑に入ります。 3番(森花子君) 告知の方法を伺います。 "
      "副議長山田太郎君) 町長。 町長(川上一郎君) お答えします。\n",
      { "副議長山田太郎君\t質疑に", "3番(森花子君)\t告知の", "副議長山田太郎君\t町長。",
        "町長(川上一郎君)\tお答え", NULL } },
    /* The kind word is not part of the speaker. */
    { "【さくら 質問】\n図書館の開館時間を延ばす考えはあるか。\n【山田部長 答弁】\n延長を検討しております。\n",
      { "さくら\t図書館の", "山田部長\t延長を", NULL } },
    /* A bare name alone on its line, again further on: a speaker. */
    { "議会報告\n\n森はなこ\n\n公園の遊具の点検はいつ行ったのか伺います。\n\n(町の答弁)\n\n"
      "昨年度の秋に全ての遊具を点検いたしました。\n\n森はなこ\n\n"
      "点検の結果を町のサイトで公表してはどうでしょうか。\n",
      { "森はなこ\t公園の遊具", "町\t昨年度の秋", "森はなこ\t点検の結果", NULL } },
    /* An item of the agenda names its speaker, its number on the line above. */
    { "1\n開 会(課長補佐)\nただいまから第2回会議を開催する。\n2\nあいさつ(福祉課長)\n"
      "本日は計画案について説明する。\n",
      { "課長補佐\tただいまから", "福祉課長\t本日は", NULL } },
    /* Under a heading that names the speaker, lines saying what is
     * explained are no break: the bullets are still the secretariat's. */
    { "議事録\n市長あいさつ\n・総合教育会議は、協議調整を行う場である。\n・委員とともに取り組みたい。\n事務局説明\n"
      "地方教育行政の組織及び運営に関する法律の規定説明\n・協議事項・会議の構成員・会議の招集\n"
      "運営要綱(案)説明\n・招集は市長が7日前までに原則通知\n",
      { "市長\t総合教育", "市長\t委員と", "事務局\t協議事項", "事務局\t招集は", NULL } },
    /* Letters that end saying when and how they came: the answer runs on
     * over its paragraphs and its date to the next letter. */
    { "市長への手紙・メールの紹介\n\n保育料を完全無償化してほしい。(令和7年8月・市長へのメール)\n\n"
      "メールをいただきありがとうございます。\n\n保育料の無償化は、近隣自治体で広がっていることは承知しております。\n\n"
      "市全体の中で判断してまいります。\n\n(令和7年8月)\n\n"
      "駅前が寂しくなった。活気を取り戻せるように尽力してほしい。(令和7年7月・市長へのメール)\n\n"
      "メールをいただきありがとうございます。\n\n駅は都市の重要な拠点施設と考えております。\n",
      { "\t保育料を\tメールを", "\t駅前が\tメールを", NULL } },
    /* 投稿内容(件名) over each submission, 回答 alone over its answer. */
    { "投稿内容一覧\n\n市長の資産の公開について\n\n請願の手引きの作成をお願いします\n\n"
      "投稿内容(郡山市長の資産等の公開に関する条例について)\n\n 市長の資産はどこで見れますか。教えてください。\n\n"
      "回答\n\n 資料は秘書課で閲覧することができます。\n\n なお、閲覧可能な資料は前市長のものです。\n\n"
      "投稿内容(郡山市議会に「請願・陳情の手引き」の作成をお願いします)\n\n 請願の手引きを作ってほしい。\n",
      { "\t市長の資産\t資料は", "\t請願の手引き", NULL } },
    /* The heading of the answers broken after its ・ (市の対応・ / 方針). */
    { "提案内容と市の対応・方針\n\n路線バス運休時にコミュニティバスの運行を\n\n内容\n"
      "路線バスの運休時にコミュニティバスを運行してほしい。\n\n市の対応・\n方針\n\n"
      "公共交通機関の利用者が減少しております。\n\nダイヤの改正を検討してまいります。\n",
      { "\t路線バスの運休時\t公共交通機関", NULL } },
    /* A table copied as text, its cells between bars, its rows numbered in
     * a column the head row does not name. */
    { "一問一答におけるご意見等\nご意見 | 回答 | |\n---|---|---|\n"
      "1 | 自然を上手に使う施策を行っていただきたい。 | 総合戦略に基づき進めます。 |\n"
      "2 | 老人福祉センターの廃止について経緯を。 | 改修費用がかかるためです。 |\n",
      { "\t自然を\t総合戦略", "\t老人福祉\t改修費用", NULL } },
    /* Questions and answers two blanks apart under 質問 回答, two tables
     * with a numbered heading between them. */
    { "令和6年6月定例記者会見\n  1. 日時 令和6年5月28日\n  3. 主な質問と回答\n    質問 回答\n"
      "     停留所はどのように決定するのか。  利用があった停留所を選びました。\n"
      "     観光駐車場の状況はどうか。  使用料を改定します。\n令和6年2月定例記者会見\n  2. 場所 市役所201会議室\n"
      "  3. 主な質問と回答\n    質問 回答\n     思い入れのある予算は何か。  全ての予算に思い入れがあります。\n",
      { "\t停留所\t利用があった", "\t観光駐車場\t使用料", "\t思い入れ\t全ての予算", NULL } },
    /* The answer's cell on a row of its own, after who gives it. */
    { "会場 | 質問・要望など | 当日回答した内容 |\n階上 | 横断歩道を付けてほしい。 |\n"
      "土木課: 現在、警察等と協議をしております。 |\n階上 | 避難所の備えが十分とは言えない。 |\n"
      "危機管理課長: 必要な物資の購入を進めております。 |\n",
      { "\t横断歩道\t現在、警察", "\t避難所の備え\t必要な物資", NULL } },
    { "ご意見\t回答\n1\t自然を上手に使う施策を行っていただきたい。\t総合戦略に基づき進めます。\n"
      "2\t老人福祉センターの廃止について経緯を。\t改修費用がかかるためです。\n",
      { "\t自然を\t総合戦略", "\t老人福祉\t改修費用", NULL } },
    /* A bullet, who, a colon, a sentence; a header's field is none. */
    { "会議録\n出席者\n・事務局: 北部まちづくりセンター\n"
      "・会長:ただいまから開会します。\n- 山田委員: 公園の整備について伺います。\n・事務局：予算は500万円です。\n",
      { "会長\tただいま", "山田委員\t公園の", "事務局\t予算は", NULL } },
    /* A label over the bullets of its own, after a blank line: 【事務局回答】
     * (the answer glued to the role), (事務局). */
    { "会議概要\n\n【委員からの主な意見】\n・駐輪場を増やしてほしい。\n・夜間の照明が暗い。\n\n【事務局回答】\n・来年度に検討します。\n",
      { "\t駐輪場", "\t夜間の", "事務局\t来年度", NULL } },
    { "会議概要\n\n【委員からの主な意見】\n・駐輪場を増やしてほしい。\n・夜間の照明が暗い。\n\n(事務局)\n・来年度に検討します。\n",
      { "\t駐輪場", "\t夜間の", "事務局\t来年度", NULL } },
    /* A page reporting its meeting narrates what happened: no statement. */
    { "主な意見\n\n・駐輪場を増やしてほしい。\n\n懇談会には7組のご夫婦に参加いただきました。\n\n"
      "・図書館を夜まで開けてほしい。\n",
      { "\t駐輪場", "\t図書館", NULL } },
    /* Themes asked as questions, listed and then repeated over the
     * opinions on them, are no opinions; nor a theme listed with them. */
    { "ワークショップで頂いたご意見\n今回のワークショップでは、\n- 高岡の人口を増やすには?\n- 高岡を景気の良いまちにするには?\n"
      "の2つのテーマについて意見交換をしていただきました。\n主なご意見\n- 高岡の人口を増やすには?\n"
      "- 子どもの養育費など負担を減らす。\n- デートする場所を増やす。\n",
      { "\t子どもの養育費", "\tデートする", NULL } },
    /* That nothing was said, and the page announcing what follows, are no
     * statements. */
    { "議事\n• 事務局より資料1について説明。\n• 委員から質問・意見等なし\n\n委員から寄せられた質問・意見等は次のとおり\n\n"
      "• 公共交通の充実を図ってほしい。\n",
      { "\t公共交通", NULL } },
    { "Taga懇\n\n市民から出た意見など\n\n  • 図書館はとても素敵な場所であると思う。\n\n市長からの話\n\n"
      "  • すでに暮らしやすいまちであると思っている。\n",
      { "市民\t図書館", "市長\tすでに", NULL } },
    /* 教育長より報告事項 names who reports under it. */
    { "会議録\n○山田委員長 開会します。\n2.教育長より報告事項\n<管内教育長会>1.学校行事について報告します。\n"
      "○山田委員長 ありがとうございました。\n",
      { "山田委員長\t開会", "教育長\t<管内", "山田委員長\tありがとう", NULL } },
    /* 市長からひとこと names who speaks under it. */
    { "まちカフェを開催しました\n\n市長からひとこと\n\n私自身も今年、銀婚式を迎えます。\n",
      { "市長\t私自身", NULL } },
    /* A flattened record whose sentences lost their full stops: a person
     * with the role and a colon after a blank starts a turn; a roll does not. */
    { "会議録要旨 ◎出席者 審議会委員:海寳嘉胤委員(会長)、堀部和夫委員 ◎傍聴者 なし 浅野目部長:本日は、ご出席をいただきまして、ありがとうございます "
      "松岡係長:本日の出席委員は15名です\n",
      { "浅野目部長\t本日は", "松岡係長\t本日の出席", NULL } },
    /* A PDF table of speakers and their words flattened into one line: a
     * person named with the role after a sentence or a stage note, words
     * after it; not a name that a particle follows. */
    { "会議録 発言者 議事の概要 ただいまから、第1回審議会を開会します。 <委嘱状交付> 事務局(中) それでは、"
      "梶市長よりごあいさつ申し上げます。 梶市長 本日はご出席いただきありがとうございます。 山田委員 から意見がありました。\n",
      { "事務局(中)\tそれでは", "梶市長\t本日は", NULL } },
    /* The first turn glued to the time the meeting opened, its mark lost. */
    { "民生常任委員会 平成30年9月11日(火)午前10時開会土山 委員長  ただいまから、委員会を開会いたします。  "
      "◎宮本 市長  おはようございます。\n",
      { "土山 委員長\tただいまから", "宮本 市長\tおはよう", NULL } },
    /* An office of the city with a colon answers; a field of the header
     * is no speaker. */
    { "会見場所:県庁西棟889会議室\n\n要旨\n\n市民:早期の復興計画の実施をお願いしたい。\n\n"
      "都市計画課:震災以降、地盤のかさ上げが想定されました。\n\n市民:それはわかる。\n",
      { "市民\t早期の", "都市計画課\t震災以降", "市民\tそれは", NULL } },
    /* A 座談会 whose speakers are family names in parentheses, at the start
     * of a line or after a sentence: known once they recur; (拍手) is none. */
    { "座談会\n(市長)新成人、おめでとうございます。\n(松本) 海外との軍事問題が気になっています。\n"
      "(杉本) 教育について学んでいます。 (下田) スポーツ観戦が好きです。 (加納) 看護を学んでいます。\n"
      "(拍手) 本日はありがとうございました。\n",
      { "市長\t新成人", "松本\t海外", "杉本\t教育", "下田\tスポーツ", "加納\t看護を学んでいます。\n(拍手)", NULL } },
    /* The item of the agenda that the turn opens is no part of its speaker. */
    { "【会議の概要】\n○ 開会 内海課長 それでは、これより本日の会議を開きます。\n○ 山田委員 賛成です。\n",
      { "内海課長\tそれでは", "山田委員\t賛成", NULL } },
    /* A dash between blanks after the speaker. */
    { "会議録\n会長 ― ただいまから開会します。\n山田委員 ― 公園の整備について伺います。\n",
      { "会長\tただいま", "山田委員\t公園の", NULL } },
    /* Numbered opinions, each with its answer in the paragraphs below it,
     * unmarked; a number alone opens the next. */
    { "寄せられた意見と市の考え方\n\n番号 ご意見の概要 市の考え方、対応\n\n1 計画の内容が具体性に乏しい。\n\n"
      "総合振興計画基本構想は、本市の将来像を示し、施策の方針を示しています。\n\n2 何を書くのか説明がありません。\n\n"
      "説明が不足していたとすれば申し訳ありませんでした。今後に生かします。\n\n3\n\n"
      "引き続き基本構想にも「快適都市」を掲げてほしい。\n\n新たな計画においても、快適都市を引き継ぎます。\n",
      { "\t1 計画の内容\t総合振興計画", "\t2 何を書く\t説明が不足", "\t引き続き", NULL } },
    /* Participants named by a letter, in parentheses alone on their lines. */
    { "意見交換\n(まちづくり協議会 Aさん)\n市長からのご意見を伺いたい。\n【馬場市長】\n大変驚きました。\n"
      "(まちづくり協議会 Eさん)\n解体するという話にびっくりしている。\n",
      { "まちづくり協議会 Aさん\t市長から", "馬場市長\t大変", "まちづくり協議会 Eさん\t解体", NULL } },
    /* The buttons and menus of a site, alone on their lines, are none. */
    { "本文へ\n拡大\n縮小\n背景を変える\n標準\n  • 文字を大きくする\n  • 背景色黒\n  • くらしの情報\n  • 市政情報\n\n主な意見\n\n"
      "・駐輪場を増やしてほしい。\n・図書館を夜まで開けてほしい。\n",
      { "\t駐輪場", "\t図書館", NULL } },
    /* gホーム (an icon font's letter glued on), 担当課から探す, 事業者の方へ:
     * a site's menu; a letter cut into paragraphs ends with when and how
     * it came, and its paragraphs before that are its own. */
    { "  • gホーム\n  • g市民の方へ\n  • g事業者の方へ\n  • g担当課から探す\n"
      "「市長への手紙」に寄せられたご意見\n\n問1\n\n数年前から市内のごみ拾いを行っています。ごみは一向に減りません。\n"
      "「誰も捨てない」。それがキレイなまちづくりかと思います。(平成23年8月中旬投書)\n\n問2\n\n"
      "駅の駐輪場が狭く、朝は自転車を停める場所がありません。(平成23年9月投書)\n",
      { "\t数年前から", "\t駅の駐輪場", NULL } },
    /* A 議会だより flattened to one line: 問 and 答 between blanks mark each
     * question and its answer; the narration before them is none. */
    { "審査の過程では多岐にわたる質疑が行われましたが、主な内容は次のとおりです。 【主な質疑】 一般会計予算 【総務費】 "
      "問 コミュニティバスの料金は200円だが、理由を問う。 答 乗合タクシーは、運行経費が異なるためである。 "
      "【教育費】 問 図書館の開館時間は。 答 午後8時までである。\n",
      { "\tコミュニティ\t乗合", "\t図書館\t午後8時", NULL } },
    /* A report quoting what was said: each quote a statement, of the role
     * quoted before it; 「食堂」「土産物店」がない quotes no words, and
     * the narration is none. */
    { "委嘱式が28日に開かれた。\n長野市長が「今年4月から子ども部を新設しました」とあいさつした。\n"
      "山岸会長が議長を務め、「進捗状況について」を事務局が説明した。\n"
      "住民からは、「返事がいつまでも来ない」「防災グッズを配布してほしい」などがあった。\n"
      "縄文館の付近には「食堂」「土産物店」がない。何とかならないか。\n",
      { "長野市長\t「今年4月", "\t「返事が", "\t「防災グッズ", "\t縄文館", NULL } },
    /* 町長はあいさつで「…」: what the speaker did between who and the
     * quote; 「…」や「…」といった意見: one run of quotes. */
    { "復興会議を開催しました。\n\n町長はあいさつで「より魅力ある町にしなければならないと強く思っています」と述べました。\n\n"
      "その後各委員から「効率の良い農業を築くため組織づくりをしなければならない」や「地域の線引きを早く決定しなければならない」"
      "といった意見が出されました。\n",
      { "町長\t「より魅力", "\t「効率の良い", "\t「地域の線引き", NULL } },
    /* 「…。」「…。」等の意見がありました: など in kanji. */
    { "意見交換会を開催しました。\n\nグループ内で積極的な意見が出されました。具体的には、「地区ごとに集まり情報共有している。」"
      "「地区を超えた連携がなかなか取れていない。」等の意見がありました。\n",
      { "\t「地区ごとに", "\t「地区を超えた", NULL } },
    /* Points numbered inside an answer, (1) on its line, go on where (2)
     * and (3) open the next paragraphs. */
    { "主な意見\n\n道路のひび割れが目につく。補修を進めていただきたい。 (1)病院南側の道路は、今年度補修する予定です。\n"
      "(2)公園通りの歩道は、優先的に補修していく予定です。\n(3)国道の段差は、国に補修を要望しました。\n\n"
      "図書館を夜まで開けてほしい。\n",
      { "\t道路のひび割れ", "\t図書館", NULL } },
    /* Above a summary's marked opinions, the page's preface is none,
     * whatever its tense; under a numbered section, paragraphs are the
     * document's content. */
    { "栗東をつくる「声」\n 栗東のまちづくりの原動力。それは、市民皆さんの声です。\n"
      " 市長が自ら各地域に伺い、市民の皆さんと意見交換をする場です。\n\n「声」により一層の防災力強化に!\n\n"
      "■防災無線が非常に聞こえにくい。\n\n■防災無線をだれでも聞ける方向で設置してほしい。\n",
      { "\t防災無線が非常", "\t防災無線をだれ", NULL } },
    { "1. 協働とは\n\n異なる組織が、共通の目的を果たすために協力して共に動くこと。\n\n"
      "2. 協働の効果\n\n・地域課題の解決につながる。\n・多くの住民の理解を得られる。\n",
      { "\t異なる組織", "\t地域課題", "\t多くの住民", NULL } },
    /* After a page's fields (ページ番号:, 最終更新日:), bullets of words that
     * run on, without 。, are the body, not the fields' list. */
    { "市政に関する意見募集の結果\nページ番号:558-328-084\n最終更新日:2017年3月24日\nご意見をお伺いする施策と意見\n"
      "1.ふるさとづくりの工夫について\n- 小さいうちから市に対して誇りを持ってもらうため、小学生への文化財、偉人等についての教育\n"
      "- 歴史や名所を知らないため勉強の場を設けて欲しい\n2.災害に強いまちづくりについて\n- 森林を保護することは大災害への抑制となる。\n",
      { "\t小さいうち", "\t歴史や", "\t森林を", NULL } },
    /* A report flattened to one long line: each mark after a blank, one
     * of several, opens an item; ○白鳥会場 names a place, no speaker (its
     * line stays unattributed; the title and the first venue, the
     * header). */
    { "議員と語ろう会の結果報告書 ○八幡会場 平成28年10月26日(水)19:30~ 郡上市総合文化センター ○白鳥会場 平成28年10月26日(水)19:30~ "
      "白鳥ふれあい創造館 グループ会議で出された意見 〇婚活事業の推進について 個人情報のこともあって、進めていくことは難しいかもしれないが、"
      "とにかくイベントなどいろいろな施策をやり続けていくしかない。 ○マリアージュ郡上の運営について 平成8年から290人をまとめてきた。"
      "男性がもっと積極的になるように教育が必要である。 ○災害時対応について 南海トラフ地震を想定した、燃料の確保などの準備が必要ではないか。\n",
      { "\t白鳥会場", "\t婚活事業", "\tマリアージュ", "\t災害時", NULL } },
    /* A chair's call of the next speaker, glued to the label, no kana. */
    { "○議長(横田久俊)これより会議を開きます。\n○議長(横田久俊)市長。\n○市長(森井秀明)発言をさせていただきます。\n"
      "○議長(横田久俊)4番、中村岩雄議員。\n",
      { "議長(横田久俊)\tこれより", "議長(横田久俊)\t市長。", "市長(森井秀明)\t発言を", "議長(横田久俊)\t4番、", NULL } },
    /* The parentheses of a numbered heading name a role, then the person. */
    { "1 主催者あいさつ(自治会連合会会長 天井 裕一)\n\n〇 地域の核となりたい。\n\n"
      "2 市長あいさつ(芦屋市長 いとう まい)\n\n〇 本日は市制施行記念日です。\n",
      { "自治会連合会会長 天井 裕一\t地域の核", "芦屋市長 いとう まい\t本日は", NULL } },
    /* A name once alone on its line is not enough. */
    { "お知らせ\n\n森はなこ\n\n公園の遊具の点検はいつ行ったのか伺います。\n",
      { "\t公園の遊具", NULL } },
    /* ≪懇談≫ then 町民:, in a page flattened to one line: the heading in
     * brackets ends where the first turn begins. */
    { "司会:企画財政課長 <参 加 者 数> 32人 ≪懇談≫ 町民:ふるさと納税はどのように進めるのか。 "
      "企画財政課長:業務を一括代行する。 町長:この会社は実績がある。\n",
      { "町民\tふるさと", "企画財政課長\t業務を", "町長\tこの会社", NULL } },
    /* 1 開会 総合政策課長(松澤) …, 2町長あいさつ 町長(佐々木定男) …: in a
     * flattened page, a role and a name in parentheses after an item of
     * the agenda opens a turn, as after a sentence. */
    { "○ 説明のため出席した者 総合政策課長(松澤明彦) 学校教育係長(小澤実) 1 開会 総合政策課長(松澤) ただ今から会議を"
      "開会いたします。 では、2町長あいさつをお願いいたします。 2町長あいさつ 町長(佐々木定男) あらためまして皆さんこんにちは。\n",
      { "総合政策課長(松澤)\tただ今から", "町長(佐々木定男)\tあらためまして", NULL } },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT, i);
      check_statements (cases[i].text, cases[i].expected);
    }

  /* The kind word gives the kind. */
  {
    g_autoptr(RtMinutes) m = parse_checked ("【さくら 質問】\n図書館を延ばす考えはあります。\n"
                                            "【山田部長 答弁】\nはい。延長を検討しております。\n", -1);

    g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 2);
    g_assert_cmpint (rt_minutes_get_statement (m, 0)->kind, ==, RT_STATEMENT_KIND_QUESTION);
    g_assert_cmpint (rt_minutes_get_statement (m, 1)->kind, ==, RT_STATEMENT_KIND_ANSWER);
  }
}

/* A table of public comments flattened onto one line: its opinions and
 * answers start at their marks, when a colon or a table's gap follows. */
static void
test_flattened_comments (void)
{
  static const struct {
    const char *text;
    const char *expected[6];
  } cases[] = {
    { "町民意見と町の考え方 (1) 募集期間 5月1日〜5月31日 (2) 意見の概要と町の考え方 "
      "意見概要 : 公園にトイレを増やしてほしい。 町の考え方 : 来年度に1か所設置します。 "
      "意見概要 : バスの本数を増やしてください。 町の考え方 : 事業者と協議してまいります。\n",
      { "\t公園にトイレ\t来年度に", "\tバスの本数\t事業者と", NULL } },
    { "計画案への意見 意見の内容：図書館の開館時間を延ばしてほしい。 市の回答  開館時間の延長を検討します。\n",
      { "\t図書館の開館\t開館時間の延長", NULL } },
    /* A mark in prose, without a colon or a gap, cuts nothing. */
    { "○林委員 市の回答を待ってから意見を述べたい。\n",
      { "林委員\t市の回答を", NULL } },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %" G_GSIZE_FORMAT, i);
      check_statements (cases[i].text, cases[i].expected);
    }
}

/* Broken inputs: nothing crashes, the invariants hold. */

static void
test_broken (void)
{
  static const struct {
    const char *data;
    gssize len;
  } cases[] = {
    { "", 0 },
    { "\n\n\n", -1 },
    { " \t\xe3\x80\x80\r\n\xc2\xa0", -1 },
    { "(", -1 },
    { ")", -1 },
    { "（林委員", -1 },
    { "林委員）", -1 },
    { "○", -1 },
    { "○○○○", -1 },
    { "【", -1 },
    { "【】", -1 },
    { "【林委員", -1 },
    { "()", -1 },
    { "(林委員)", -1 },
    { "(林委員)\n(林委員)\n(林委員)", -1 },
    { "委員\n委員\n委員", -1 },
    { "：", -1 },
    { "林委員：", -1 },
    { "・", -1 },
    { "本文\n・", -1 },
    { "・ \n・", -1 },
    { "- ", -1 },
    { "-", -1 },
    { "。", -1 },
    { "\xef\xbb\xbf", -1 },
    { "\xef\xbb\xbf林委員：賛成", -1 },
    { "\xff\xfe\x00\x00", 4 },
    { "賛成\xff です。(林委員)", -1 },
    { "賛成です。\n\xe3\x81\n反対です。", -1 },
    /* Speech in the polite form over a line of broken bytes: the speech
     * ends there, the bytes join no text. */
    { "\xe3\x80\x80異議でございます。林委員\n\xfe\n異議です賛成です。林委員", -1 },
    { "\xe3\x80", -1 },
    { "林委員：賛成\0です。\n反対です。", 28 },
    { "\0\0\0", 3 },
    { "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((", -1 },
    { "))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))", -1 },
    { "賛成です。(((((((((((林委員)", -1 },
    { "賛成です。(林委員))))))))", -1 },
    { "【【【【【【【【【【【【【【【【【【【【林委員】】】】】】", -1 },
    { "\r\r\r\n\n\r", -1 },
    { "a\nb\nc\nd\ne", -1 },
    { "1.\n2.\n(1)\n（２）\n①", -1 },
    { "- 3 -\n- 4 -\n- 5 -", -1 },
    { "○林委員\n\n\xff\n\n賛成です。", -1 },
    { "協働相手の範囲\n\xff\n(ステークホルダー)", -1 },
    { "賛成です。\n\xff\n(林委員)", -1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = cases[i].len < 0 ? strlen (cases[i].data) : (gsize) cases[i].len;
      /* No terminating NUL after the text: what reads past its end is
       * caught by the sanitizer and valgrind runs. */
      g_autofree char *data = g_memdup2 (cases[i].data, MAX (len, 1));
      g_autoptr(RtMinutes) m = parse_checked (data, len);

      /* Whatever convention the caller forces. */
      for (RtMinutesConvention c = 0; c < RT_MINUTES_N_CONVENTIONS; c++)
        {
          g_autoptr(RtMinutes) f = rt_minutes_parse_full (data, len, c);

          check_invariants (data, len, f);
          if (c != RT_MINUTES_CONVENTION_AUTO)
            g_assert_cmpint (rt_minutes_get_convention (f), ==, c);
        }
    }

  /* An invalid line is reported, never dropped. */
  {
    const char *text = "賛成です。\n\xe3\x81\n反対です。";
    g_autoptr(RtMinutes) m = parse_checked (text, -1);

    g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, 2);
    g_assert_cmpuint (rt_minutes_get_n_unused (m), ==, 1);
  }
}

/* Random soup of the pieces the parser reacts to. */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "林委員", "委員長", "事務局", "日時：", "出席委員", "市の考え方", "\t", "意見の概要", "パブリックコメント",
    "-了承-", "午前10時9分休憩", "川村委員長)", "2 ", "委 員 長", "。○事務局　", "（", "）", "(", ")", "【", "】", "〔", "〕", "○", "●",
    "◎", "・", "- ", "-", "：", ":", "　", " ", "\t", "\n", "\n\n", "\r\n", "\r", "。",
    "、", "「", "」", "考えている", "協働", "NPO", "Local", "1.", "(1)", "①", "3",
    "- 3 -", "\xff", "\xe3\x81", "\xef\xbb\xbf", "\xc2\xa0", "\xe3\x80\x80", "<p>",
    "2026年2月20日", "（ステークホルダー）", "(降旗委員)", "さん", "A", "ー", "？",
  };

  for (guint iter = 0; iter < 3000; iter++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint n = g_test_rand_int_range (0, 60);
      g_autoptr(RtMinutes) m = NULL;

      for (guint i = 0; i < n; i++)
        g_string_append (s, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      m = parse_checked (s->str, s->len);
      {
        g_autoptr(RtMinutes) f = rt_minutes_parse_full (s->str, s->len,
                                                        g_test_rand_int_range (0, RT_MINUTES_N_CONVENTIONS));

        check_invariants (s->str, s->len, f);
      }
    }
}

/* Large inputs finish: no quadratic behaviour. */
static void
test_large (void)
{
  static const char * const fills[] = {
    "-", "- ", "・", "○", "（", "）", "【", "】", "1.", "林委員", "：", "　", "。", "a", "\xff",
  };
  gsize size = 10 * 1024 * 1024;
  g_autofree char *line = g_malloc (size + 1);
  g_autoptr(GString) lines = g_string_sized_new (size);
  g_autoptr(RtMinutes) a = NULL;
  g_autoptr(RtMinutes) b = NULL;
  g_autoptr(RtMinutes) c = NULL;
  gint64 t0;

  for (gsize i = 0; i < size; i++)
    line[i] = "ab(c)。 "[i % 8];
  line[size] = '\0';
  t0 = g_get_monotonic_time ();
  a = parse_checked (line, size);
  g_test_message ("10 MB single line: %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);

  for (guint i = 0; i < 1000000; i++)
    g_string_append (lines, i % 3 == 0 ? "(林委員)\n" : i % 3 == 1 ? "委員\n" : "a\n");
  t0 = g_get_monotonic_time ();
  b = parse_checked (lines->str, lines->len);
  g_test_message ("1,000,000 lines: %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);

  memset (line, '(', size);
  c = parse_checked (line, size);
  g_assert_cmpuint (rt_minutes_get_n_unused (c), ==, 1);

  /* Runs of the characters that start or end a line's markers. */
  for (gsize k = 0; k < G_N_ELEMENTS (fills); k++)
    {
      gsize n = strlen (fills[k]);
      g_autoptr(RtMinutes) m = NULL;

      for (gsize i = 0; i + n <= size; i += n)
        memcpy (line + i, fills[k], n);
      line[size - size % n] = '\0';
      m = parse_checked (line, size - size % n);
    }
}

/* Decoding */

static void
test_decode (void)
{
  static const struct {
    const char *data;
    gsize len;
    const char *encoding;
    const char *text;
  } cases[] = {
    { "", 0, "UTF-8", "" },
    { "林委員：賛成", 18, "UTF-8", "林委員：賛成" },
    { "\xef\xbb\xbf林委員", 12, "UTF-8", "林委員" },
    { "\xef\xbb\xbf", 3, "UTF-8", "" },
    { "a\r\nb", 4, "UTF-8", "a\r\nb" },
    /* 林委員 in Shift_JIS */
    { "\x97\xd1\x88\xcf\x88\xf5", 6, "CP932", "林委員" },
    /* ① and ～ exist only in CP932 */
    { "\x87\x40\x81\x60", 4, "CP932", "①～" },
    { "\xff\xfe\x97\x67\xd4\x59\xe1\x54\r\0\n\0", 12, "UTF-16LE", "林委員\r\n" },
    { "\xfe\xff\x67\x97\x59\xd4\x54\xe1", 8, "UTF-16BE", "林委員" },
    { "a\0b\0\n\0\x97\x67", 8, "UTF-16LE", "ab\n林" },
    { "\0a\0b\0\n\x67\x97", 8, "UTF-16BE", "ab\n林" },
    { "\xff\xfe", 2, "UTF-16LE", "" },
  };
  static const struct {
    const char *data;
    gsize len;
    int code;
  } errors[] = {
    { "\xef\xbb\xbf\xff", 4, RT_MINUTES_ERROR_ENCODING },
    { "\xff\xfe\x41", 3, RT_MINUTES_ERROR_ENCODING },
    { "\xff\xfe\x00\xd8", 4, RT_MINUTES_ERROR_ENCODING },
    { "\xff\xfe\x41\x00\x00\x00", 6, RT_MINUTES_ERROR_ENCODING },
    { "\x80\xff\xfd", 3, RT_MINUTES_ERROR_ENCODING },
    { "abc\0def", 7, RT_MINUTES_ERROR_ENCODING },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *encoding = NULL;
      g_autofree char *text = rt_minutes_decode ((const guint8 *) cases[i].data, cases[i].len,
                                                 &encoding, &error);

      g_test_message ("decode case %" G_GSIZE_FORMAT, i);
      g_assert_no_error (error);
      g_assert_cmpstr (encoding, ==, cases[i].encoding);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *encoding = NULL;
      g_autofree char *text = rt_minutes_decode ((const guint8 *) errors[i].data, errors[i].len,
                                                 &encoding, &error);

      g_test_message ("decode error case %" G_GSIZE_FORMAT, i);
      g_assert_error (error, RT_MINUTES_ERROR, errors[i].code);
      g_assert_null (text);
      g_assert_null (encoding);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  {
    g_autoptr(GError) error = NULL;
    gsize len = RT_MINUTES_MAX_INPUT + 1;
    /* Never touched, so never paged in. */
    g_autofree guint8 *big = g_malloc (len);
    g_autofree char *text = rt_minutes_decode (big, len, NULL, &error);

    g_assert_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE);
    g_assert_null (text);
  }
}

/* Seed 000: 資料1-1 and the first 資料1-2 */

static const char * const seed_speakers[] = {
  "林委員", "林委員", "降旗委員", "倉本委員", "市長", "玉山委員", "金尾委員長", "降旗委員",
  "準備室", "矢澤委員", "小早川委員", "矢澤委員", "玉山委員", "矢澤委員", "小早川委員",
  "森田委員", "森田委員",
  "玉山委員", "玉山委員", "副市長", "倉本委員", "市長", "森田委員", "市長",
  "降旗委員", "事務局", "玉山委員",
  "準備室", "準備室", "準備室", "準備室", "林委員", "金尾委員長", "準備室", "小早川委員",
  "山田委員",
  "降旗委員", "事務局", "事務局", "市長", "小早川委員", "山田委員", "小早川委員",
  "金尾委員長", "玉山委員", "降旗委員",
};

static const char * const seed_headings[] = {
  "協働相手の範囲(ステークホルダー)", "参加の促進・包摂・担い手を増やす", "協働の理念",
  "条例化の方向性", "資料 1—2", "センターに必要なこと", "センターと他機関の連携",
  "市民活動団体の変化", "協働事業の課題",
};

static char *
read_seed (const char *prefix,
           gsize      *len)
{
  const char *dir = g_getenv ("RT_SEEDS_DIR");
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (dir == NULL || (d = g_dir_open (dir, 0, NULL)) == NULL)
    g_error ("RT_SEEDS_DIR (%s) cannot be read", dir ? dir : "unset");
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".txt"))
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          char *data = NULL;

          if (g_file_get_contents (path, &data, len, NULL))
            return data;
        }
    }
  g_error ("The seed %s*.txt is missing from %s", prefix, dir ? dir : "(RT_SEEDS_DIR unset)");
}

static void
check_seed_part (const char *text,
                 gsize       len,
                 gboolean    exact_text)
{
  g_autoptr(RtMinutes) m = parse_checked (text, len);

  g_assert_cmpuint (rt_minutes_get_n_statements (m), >=, G_N_ELEMENTS (seed_speakers));
  for (guint i = 0; i < G_N_ELEMENTS (seed_speakers); i++)
    {
      const RtStatement *s = rt_minutes_get_statement (m, i);
      g_autofree char *source = g_strndup (text + s->start, s->end - s->start);
      g_autofree char *rebuilt = NULL;

      g_assert_cmpstr (s->label, ==, seed_speakers[i]);
      /* The source of each opinion is exactly its text and its speaker. */
      rebuilt = g_strdup_printf ("%s(%s)", s->text, s->label);
      g_assert_cmpstr (source, ==, rebuilt);
      g_assert_nonnull (s->role);
    }

  if (exact_text)
    {
      g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, G_N_ELEMENTS (seed_speakers));
      g_assert_cmpuint (rt_minutes_get_n_unattributed (m), ==, 0);
      g_assert_cmpuint (rt_minutes_get_n_unused (m), ==, 0);
      g_assert_cmpuint (rt_minutes_get_n_speakers (m), ==, 13);
    }

  g_assert_cmpuint (rt_minutes_get_n_headings (m), >=, G_N_ELEMENTS (seed_headings));
  for (guint i = 0; i < G_N_ELEMENTS (seed_headings); i++)
    if (exact_text || i != 4)
      g_assert_cmpstr (rt_minutes_get_heading (m, i)->text, ==, seed_headings[i]);

  /* Each block of opinions takes the heading in front of it. */
  g_assert_cmpint (rt_minutes_get_statement (m, 0)->heading, ==, 0);
  g_assert_cmpint (rt_minutes_get_statement (m, 17)->heading, ==, 2);
  g_assert_cmpint (rt_minutes_get_statement (m, 24)->heading, ==, 3);
  g_assert_cmpint (rt_minutes_get_statement (m, 27)->heading, ==, 5);
  g_assert_cmpint (rt_minutes_get_statement (m, 36)->heading, ==, 6);
  g_assert_cmpint (rt_minutes_get_statement (m, 45)->heading, ==, 8);
}

static void
test_seed_000 (void)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  const char *cut;
  gsize part;

  data = read_seed ("000_", &len);

  cut = strstr (data, "\n「NPOと行政の協働タスクチーム」が提示した論点");
  g_assert_nonnull (cut);
  part = cut - data + 1;

  /* The first part alone, and the whole file. */
  check_seed_part (data, part, TRUE);
  check_seed_part (data, len, FALSE);

  /* The same part in Shift_JIS, in UTF-16LE with a BOM, and with CRLF. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *sjis = NULL, *utf16 = NULL, *back = NULL, *encoding = NULL;
    g_autoptr(GString) crlf = g_string_new_len (data, part);
    g_autoptr(GByteArray) bom = g_byte_array_new ();
    gsize n = 0;

    sjis = g_convert (data, part, "CP932", "UTF-8", NULL, &n, &error);
    g_assert_no_error (error);
    back = rt_minutes_decode ((const guint8 *) sjis, n, &encoding, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (encoding, ==, "CP932");
    check_seed_part (back, strlen (back), FALSE);
    g_clear_pointer (&back, g_free);
    g_clear_pointer (&encoding, g_free);

    utf16 = g_convert (data, part, "UTF-16LE", "UTF-8", NULL, &n, &error);
    g_assert_no_error (error);
    g_byte_array_append (bom, (const guint8 *) "\xff\xfe", 2);
    g_byte_array_append (bom, (const guint8 *) utf16, n);
    back = rt_minutes_decode (bom->data, bom->len, &encoding, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (encoding, ==, "UTF-16LE");
    g_assert_cmpstr (back, ==, crlf->str);
    g_clear_pointer (&back, g_free);

    g_string_replace (crlf, "\n", "\r\n", 0);
    {
      g_autoptr(RtMinutes) m = parse_checked (crlf->str, crlf->len);

      g_assert_cmpuint (rt_minutes_get_n_statements (m), ==, G_N_ELEMENTS (seed_speakers));
      for (guint i = 0; i < G_N_ELEMENTS (seed_speakers); i++)
        g_assert_cmpstr (rt_minutes_get_statement (m, i)->label, ==, seed_speakers[i]);
    }
  }
}

static void
test_seeds_all (void)
{
  static const char * const prefixes[] = { "000_", "001_", "002_", "003_", "004_" };
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize len = 0;
      g_autofree char *data = read_seed (prefixes[i], &len);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      found++;
      text = rt_minutes_decode ((const guint8 *) data, len, NULL, &error);
      g_assert_no_error (error);
      {
        g_autoptr(RtMinutes) m = parse_checked (text, -1);

        g_assert_cmpuint (rt_minutes_get_n_statements (m), >, 0);
      }

      /* Every prefix of a seed is a broken input too. */
      for (gsize cut = 0; cut < len; cut += 97)
        {
          g_autoptr(RtMinutes) m = parse_checked (data, cut);
        }
    }

  g_assert_cmpuint (found, ==, G_N_ELEMENTS (prefixes));
}

/* Seed 001 puts a blank line between the halves of a sentence. */
static void
test_seed_001 (void)
{
  gsize len = 0;
  g_autofree char *data = read_seed ("001_", &len);
  g_autoptr(RtMinutes) m = NULL;
  gboolean found = FALSE;


  m = parse_checked (data, len);
  for (guint i = 0; i < rt_minutes_get_n_statements (m); i++)
    {
      const char *t = rt_minutes_get_statement (m, i)->text;

      g_assert_null (strstr (t, "\n"));
      if (g_str_has_prefix (t, "異種、異質の組織"))
        {
          g_assert_cmpstr (t, ==, "異種、異質の組織（行政や企業、他の NPOなど）が、共通の社会的な目的を"
                                  "果たすためにそれぞれの資源や特性を持ち寄り、対等な立場で、協力して共に動くこと。");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/minutes/split-speaker", test_split_speaker);
  g_test_add_func ("/ronten/minutes/unspace", test_unspace);
  g_test_add_func ("/ronten/minutes/speaker-end", test_speaker_end);
  g_test_add_func ("/ronten/minutes/speaker-start", test_speaker_start);
  g_test_add_func ("/ronten/minutes/line-breaks", test_line_breaks);
  g_test_add_func ("/ronten/minutes/bullets-and-pages", test_bullets_and_pages);
  g_test_add_func ("/ronten/minutes/headings", test_headings);
  g_test_add_func ("/ronten/minutes/ranges", test_ranges);
  g_test_add_func ("/ronten/minutes/conventions", test_conventions);
  g_test_add_func ("/ronten/minutes/forced", test_forced);
  g_test_add_func ("/ronten/minutes/header", test_header);
  g_test_add_func ("/ronten/minutes/kinds", test_kinds);
  g_test_add_func ("/ronten/minutes/label-shapes", test_label_shapes);
  g_test_add_func ("/ronten/minutes/flattened-comments", test_flattened_comments);
  g_test_add_func ("/ronten/minutes/rolls-and-voices", test_rolls_and_voices);
  g_test_add_func ("/ronten/minutes/lone-bullets", test_lone_bullets);
  g_test_add_func ("/ronten/minutes/broken", test_broken);
  g_test_add_func ("/ronten/minutes/random", test_random);
  g_test_add_func ("/ronten/minutes/messy", test_messy);
  g_test_add_func ("/ronten/minutes/char-per-line", test_char_per_line);
  g_test_add_func ("/ronten/minutes/comments-numbered", test_comments_numbered);
  g_test_add_func ("/ronten/minutes/large", test_large);
  g_test_add_func ("/ronten/minutes/decode", test_decode);
  g_test_add_func ("/ronten/minutes/seed-000", test_seed_000);
  g_test_add_func ("/ronten/minutes/seed-001", test_seed_001);
  g_test_add_func ("/ronten/minutes/seeds", test_seeds_all);

  return g_test_run ();
}
