/* bench-import.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How fast minutes are imported.
 *
 * Usage: bench-import [STATEMENTS] [EXISTING_CARDS] [SIZE_MB]
 *
 * Builds minutes of STATEMENTS seed-like statements (default 10000) by many
 * speakers, in the speaker styles of the seeds, and imports them into a new
 * committee that holds EXISTING_CARDS cards already (default 2000): the parse,
 * the duplicate scan against the cards and within the import, and the commit
 * in one transaction, timed apart (target: under 1.5 s in all). Then parses a
 * text of SIZE_MB megabytes (default 10; target: under 1 s).
 */

#include "config.h"

#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rt-import.h"
#include "rt-minutes.h"

static const char * const speakers[] = {
  "林委員", "降旗委員", "倉本委員", "市長", "玉山委員", "金尾委員長", "準備室", "矢澤委員",
  "小早川委員", "森田委員", "副市長", "事務局", "山田委員", "佐藤委員", "鈴木委員", "高橋委員",
  "田中委員", "伊藤委員", "渡辺副委員長", "中村委員", "小林委員", "加藤委員", "吉田委員", "山本委員",
};

static const char * const topics[] = {
  "協働", "ステークホルダー", "市民活動団体", "中間支援組織", "センター", "行政提案型事業",
  "人材育成", "情報発信", "ボランティア", "若い世代", "地域包括支援", "条例化", "企業の参入",
  "団体情報のデジタル化", "相談対応", "パイプ役", "つなぎ役", "公民館の講座", "担い手不足",
  "協働事業の課題", "入札", "委託", "補助金", "指定管理", "市民参加条例", "協働の理念",
  "学生の団体", "高齢化", "地域連携協定", "市の内部",
};

static const char * const aspects[] = {
  "範囲", "位置付け", "役割", "あり方", "進め方", "仕組み", "課題", "方向性", "支援", "評価",
  "連携", "住み分け", "考え方", "継続性", "情報提供", "相談体制", "予算", "人員配置", "広報",
  "振り返り",
};

static const char * const predicates[] = {
  "をきちんと区別しないといけないと感じている",
  "について、はっきり検討してほしい",
  "が必要と考えている",
  "を広げた視点で見直すことがテーマになるのではないか",
  "は前回の検討委員会の中でも議論があった",
  "を応援できるような対応が必要",
  "について数が少ないと感じている",
  "を明確にした方がいい",
  "の連続性を感じない",
  "は以前よりも停滞しているのではないかと感じる",
  "を考える中で、仕組みづくりが必要",
  "について市とつながる役割が必要と感じた",
  "は変わってきていると思う",
  "に懸念がある",
  "を巻き込むことも必要",
  "は外部からはわからない",
  "について議論は必要",
  "をコーディネートするのが中間支援組織だと思う",
  "の相違を区別したい",
  "を整理できることが大切だ",
};

static const char * const modifiers[] = {
  "", "当時は", "現行の", "これまでの", "新しい", "全国的な", "小金井市の", "提案型の",
  "様々な", "一方で", "基本的に", "今の社会の状況から見て", "活動している立場からは",
  "行政の業務を知っている方が", "以前から", "少子化の中で",
};

static guint32
next (guint32 *r)
{
  *r = *r * 1103515245u + 12345u;
  return *r >> 8;
}

/* Common kanji: content words are drawn from them, so that statements share
 * their grammar and their stock phrases, as in real minutes, but not all
 * their words. */
static const char kanji[] =
  "市民協働支援行政団体活動地域課題事業企業参加役割情報相談人材育成職員配置理解必要考"
  "検討会議委員長副事務局準備室条例方向性理念範囲包摂担手増変化連携機関専門性向上関係"
  "多様主体間視点全国的傾向確認議論流意見交換次回案内振返初期段階目的資源特性対等立場"
  "共同運営補助助成委託指定管理者社会状況変化効果仲間組織化住民関心意志税法民法契約書"
  "明確交渉力会計設立学生高齢化少子不足新種類動出始以前停滞連続感地元商店街自治会町内"
  "防災福祉子育環境教育文化芸術観光産業雇用財政予算計画評価公開透明説明責任協議合意形"
  "成提案制度改正施策推進拠点施設利用登録手続窓口広報発信講座研修交流場所時間費用負担";

static void
append_word (GString *s,
             guint32 *r)
{
  guint n_chars = g_utf8_strlen (kanji, -1);
  guint length = 2 + next (r) % 2;

  for (guint i = 0; i < length; i++)
    {
      const char *c = g_utf8_offset_to_pointer (kanji, next (r) % n_chars);

      g_string_append_len (s, c, g_utf8_next_char (c) - c);
    }
}

static void
append_sentence (GString *s,
                 guint32 *r)
{
  g_string_append (s, modifiers[next (r) % G_N_ELEMENTS (modifiers)]);
  if (next (r) % 2)
    g_string_append (s, topics[next (r) % G_N_ELEMENTS (topics)]);
  else
    append_word (s, r);
  g_string_append (s, "の");
  append_word (s, r);
  g_string_append (s, aspects[next (r) % G_N_ELEMENTS (aspects)]);
  g_string_append (s, predicates[next (r) % G_N_ELEMENTS (predicates)]);
  g_string_append (s, "。");
}

/* Minutes of @n statements, or of at least @target bytes when @n is 0. */
static char *
build_text (guint   n,
            gsize   target,
            guint32 seed,
            gsize  *len)
{
  GString *s = g_string_new (NULL);
  guint32 r = seed;
  guint page = 1;

  for (guint i = 0; n > 0 ? i < n : s->len < target; i++)
    {
      const char *who = speakers[next (&r) % G_N_ELEMENTS (speakers)];
      g_autoptr(GString) what = g_string_new (NULL);
      guint n_sentences = 1 + next (&r) % 3;

      for (guint k = 0; k < n_sentences; k++)
        append_sentence (what, &r);

      if (i % 400 == 0)
        g_string_append_printf (s, "%s\n\n", topics[next (&r) % G_N_ELEMENTS (topics)]);
      if (i % 50 == 49)
        g_string_append_printf (s, "- %u -\n\n", page++);

      switch (next (&r) % 3)
        {
        case 0:
          g_string_append_printf (s, "○%s　%s\n", who, what->str);
          break;
        case 1:
          g_string_append_printf (s, "%s：%s\n", who, what->str);
          break;
        default:
          g_string_append_printf (s, "%s(%s)\n\n", what->str, who);
          break;
        }
    }

  *len = s->len;
  return g_string_free (s, FALSE);
}

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = NULL;
  g_autoptr(RtImport) existing = NULL;
  g_autoptr(RtImport) import = NULL;
  g_autoptr(RtMinutes) minutes = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *big = NULL;
  guint n = argc > 1 ? (guint)atoi (argv[1]) : 10000;
  guint n_existing = argc > 2 ? (guint)atoi (argv[2]) : 2000;
  gsize mb = argc > 3 ? (gsize)atoi (argv[3]) : 10;
  RtImportSummary summary;
  gsize len, old_len, big_len;
  double t_parse, t_import, t_commit, t_big;
  gint64 t0;

  if (n == 0 || mb == 0)
    {
      g_printerr ("Usage: %s [STATEMENTS] [EXISTING_CARDS] [SIZE_MB]\n", argv[0]);
      return 2;
    }

  tmpdir = g_dir_make_tmp ("ronten-bench-XXXXXX", &error);
  if (tmpdir == NULL)
    goto failed;
  path = g_build_filename (tmpdir, "bench.ronten", NULL);
  if (!(committee = rt_committee_open (path, RT_STORE_OPEN_CREATE, &error)))
    goto failed;

  /* The cards the committee has already, from earlier meetings. */
  if (n_existing > 0)
    {
      old_text = build_text (n_existing, 0, 7, &old_len);
      if (!(existing = rt_import_new (committee, old_text, old_len, 0, NULL, &error)) ||
          !rt_import_commit (existing, &error))
        goto failed;
    }

  text = build_text (n, 0, 1, &len);

  t0 = g_get_monotonic_time ();
  minutes = rt_minutes_parse (text, len);
  t_parse = ms_since (t0);

  t0 = g_get_monotonic_time ();
  if (!(import = rt_import_new (committee, text, len, 0, NULL, &error)))
    goto failed;
  t_import = ms_since (t0);

  /* The review keeps what the scan flagged: duplicates stay out. */
  t0 = g_get_monotonic_time ();
  /* RT_BENCH_NO_HISTORY=1: without the undo log, to tell its share. */
  if (g_strcmp0 (g_getenv ("RT_BENCH_NO_HISTORY"), "1") == 0)
    {
      rt_history_set_enabled (rt_committee_get_history (committee), FALSE, NULL);
      g_print ("(the undo log is off)\n");
    }
  if (!rt_import_commit (import, &error))
    goto failed;
  t_commit = ms_since (t0);

  rt_import_get_summary (import, &summary);

  g_print ("import: %u statements (%.1f MB), %u speakers, into a committee of %u cards\n",
           summary.n_statements, len / (1024.0 * 1024.0), summary.n_speakers, n_existing);
  g_print ("  parse alone:                 %7.1f ms\n", t_parse);
  g_print ("  parse + duplicate scan:      %7.1f ms (%u duplicates of cards, %u within)\n",
           t_import, summary.n_duplicates, summary.n_internal_duplicates);
  g_print ("  commit (one transaction):    %7.1f ms (%u cards, %u people, %u themes)\n",
           t_commit, summary.n_cards, summary.n_new_people, summary.n_new_themes);
  g_print ("  total:                       %7.1f ms (target < 1500 ms) %s\n",
           t_import + t_commit, t_import + t_commit < 1500 ? "ok" : "SLOW");

  big = build_text (0, mb * 1024 * 1024, 3, &big_len);
  g_clear_pointer (&minutes, rt_minutes_free);
  t0 = g_get_monotonic_time ();
  minutes = rt_minutes_parse (big, big_len);
  t_big = ms_since (t0);
  g_print ("parse: %.1f MB, %u statements: %.1f ms (target < 1000 ms) %s\n",
           big_len / (1024.0 * 1024.0), rt_minutes_get_n_statements (minutes), t_big,
           t_big < 1000 ? "ok" : "SLOW");

  g_clear_object (&import);
  g_clear_object (&existing);
  g_clear_object (&committee);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (tmpdir);

  return 0;

failed:
  g_printerr ("bench-import: %s\n", error->message);
  return 1;
}
