/* rt-minutes-detect.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first pass of the minutes parser: what the document's conventions
 * are. It reads the lines as the first classification left them (with
 * every rule on) and finds where the header block ends, which names the
 * attendance list gives, which speaker shape recurs, whether a speaker in
 * parentheses alone on a line opens or closes a statement, and whether the
 * text is a verbatim record, a summary without speakers or a table of
 * public comments. The second pass cuts with that (rt-minutes.c).
 */

#define G_LOG_DOMAIN "rt-minutes"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-minutes-private.h"

/* How far the header block may reach into a text, in lines: a header is a
 * page at most. */
#define HEADER_MAX_LINES 80

void
_rt_minutes_conv_init (Conv *conv)
{
  memset (conv, 0, sizeof *conv);
  conv->convention = RT_MINUTES_CONVENTION_MARK;
  conv->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  conv->attendees = g_ptr_array_new_with_free_func (g_free);
}

void
_rt_minutes_conv_clear (Conv *conv)
{
  g_clear_pointer (&conv->names, g_hash_table_unref);
  g_clear_pointer (&conv->attendees, g_ptr_array_unref);
}

/* Text helpers */

/* The line without blanks, for matching words written spaced out (日　時). */
static char *
compact_line (const char *s,
              const char *e,
              guint       max_chars)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = s; p < e && n < max_chars; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (rt_minutes_is_space (c))
        continue;
      g_string_append_unichar (out, c);
      n++;
    }

  return g_string_free (out, FALSE);
}

/* Skips what numbers or decorates an item: 1　, (1), ①, ■, ○, 【, ・. */
static const char *
skip_item_prefix (const char *p,
                  const char *e)
{
  const char *start = p;
  guint n = 0;

  p = skip_space (p, e);
  while (p < e && n < 6)
    {
      gunichar c = char_at (p);

      if (is_digit (c) || is_speaker_marker (c) || (c >= 0x2460 && c <= 0x24FF) ||
          g_utf8_strchr ("・･•■□◆◇▼▽★☆※【】〔〕［］[]<>＜＞()（）.．、,)第-－*＊", -1, c) != NULL)
        {
          p = skip_space (g_utf8_next_char (p), e);
          n++;
          continue;
        }
      break;
    }

  return p < e ? p : start;
}

/**
 * _rt_minutes_turn_head:
 * @label: (out): where the speaker's label starts
 * @label_end: (out): where it ends
 *
 * ◆質問 藤田和子議員, ◆答弁 野村村長: a newsletter's head of a turn, alone
 * on its line: what the turn is, a blank, then who makes it, a name with a
 * role. Not a comment page's 質問 or 回答 mark, which no name follows.
 */
gboolean
_rt_minutes_turn_head (const char  *s,
                       const char  *e,
                       const char **label,
                       const char **label_end)
{
  static const char * const acts[] = { "質問", "答弁" };
  const char *p = skip_space (s, e);

  if (p < e && (is_speaker_marker (char_at (p)) || g_utf8_strchr ("■□◆◇●", -1, char_at (p)) != NULL))
    p = skip_space (g_utf8_next_char (p), e);
  for (guint i = 0; i < G_N_ELEMENTS (acts); i++)
    if (starts_with (p, e, acts[i]) && space_len_at (p + strlen (acts[i]), e) > 0)
      {
        const char *start = skip_space (p + strlen (acts[i]), e);
        const char *end = trim_end (start, e);
        const char *q = start;
        g_autofree char *name = NULL;

        while (q < end && !rt_minutes_is_space (char_at (q)))
          q = g_utf8_next_char (q);
        if (q != end || end == start || _rt_minutes_label_level (start, end, &name, NULL) != LEVEL_ROLE ||
            name == NULL || *name == '\0')
          return FALSE;
        *label = start;
        *label_end = end;
        return TRUE;
      }
  return FALSE;
}

const char *
_rt_minutes_skip_item_prefix (const char *p,
                              const char *e)
{
  return skip_item_prefix (p, e);
}

static const char * const field_words[] = {
  "日時", "開催日時", "開催日", "開催時間", "開催期間", "日程", "場所", "開催場所", "会場",
  "出席者", "出席委員", "出席", "欠席者", "欠席委員", "欠席", "事務局", "傍聴者", "傍聴人",
  "傍聴", "議題", "案件", "次第", "会議次第", "配布資料", "配付資料", "会議名",
  "会議の名称", "名称", "附属機関等の名称", "附属機関", "担当", "所管", "記録", "作成",
  "公開", "非公開", "会議の公開", "委員", "構成員", "説明員", "説明のため出席した者",
  "出席説明員", "議事日程", "本日の会議に付した事件", "会議に付した事件", "付議事件",
  "招集日時", "招集場所", "審議事項", "報告事項", "協議事項", "出席職員", "事務局職員",
  "参加者", "オブザーバー", "庶務", "問合せ", "問い合わせ", "会議録の作成方法", "発言者",
  "公開日", "更新日", "最終更新日", "受付月日", "受付日", "受付年月日", "公開年月日", "検討結果公表日",
  "意見募集期間", "募集期間", "提出された意見件数", "意見件数", "担当課", "ページ番号",
  "審議会等名称", "審議会等の名称", "会議名称", "次回開催予定日", "次回開催予定", "問い合わせ先",
  "問合せ先", "所属名", "担当者名", "掲載日", "様式",
  "開会", "閉会", "時間", "期日", "欠席委員", "委員外出席者", "職員", "進行",
  /* A letter's own fields. */
  "部門", "意見の区分", "回答日", "回答年月日", "所管課", "受付部課", "回答部課", "関係部課", "カテゴリ",
  /* A 広報 site's fields. */
  "発行日", "自治体名", "広報紙名",
  /* A meeting held on request, or a talk's: 【実施日】【注文者】【テーマ】. */
  "実施日", "実施日時", "実施場所", "テーマ", "開催テーマ", "注文者", "申込者", "申込団体", "参加人数",
  "参加者数",
};

static const char * const title_words[] = {
  "会議録", "議事録", "議事要旨", "会議要旨", "会議概要", "議事概要", "要点筆記", "速記録",
  "会議記録", "委員会記録", "会議の概要", "審議会", "委員会", "協議会", "懇談会", "部会",
  "パブリックコメント", "意見募集", "意見公募",
};

static const char * const body_words[] = {
  "議事", "議事の経過", "議事経過", "会議の経過", "審議経過", "審議の経過", "審議内容",
  "審議の内容", "会議内容", "会議の内容", "議事内容", "発言要旨", "主な意見", "主な発言",
  "意見交換", "質疑応答", "質疑", "意見等", "委員からの意見", "委員意見", "議事概要",
  "会議概要", "会議の概要", "概要", "審議状況", "会議の結果", "内容", "議事の概要",
  "審議の概要", "発言内容", "結果", "会議経過", "議事要旨", "提出された意見",
  "意見の概要", "意見と市の考え方", "ご意見の概要", "審議要旨", "会議要旨", "審議の要旨",
  "意見要旨", "議事の要旨", "会議の要旨", "会議の内容",
};

static gboolean
is_role_word (const char *word)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;

  return rt_minutes_split_speaker (word, &name, &role) && role != NULL && name == NULL;
}

/**
 * _rt_minutes_is_field_name:
 *
 * Whether @label, blanks apart, is the name of a header field (日時, 場所,
 * 出席者 …) and not also a speaker's role (事務局, 委員).
 */
gboolean
_rt_minutes_is_field_name (const char *label)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (g_utf8_get_char (p)))
      g_string_append_unichar (key, g_utf8_get_char (p));

  for (guint i = 0; i < G_N_ELEMENTS (field_words); i++)
    if (g_str_equal (key->str, field_words[i]))
      return !is_role_word (field_words[i]);

  return FALSE;
}

/**
 * _rt_minutes_is_flat_header:
 *
 * Whether @text, a paragraph without speaker, opens with a record's title
 * and its fields run together, as a PDF's header table comes out when its
 * lines are flattened: 平成26年第2回川本町議会臨時会会議録 (第1日目)平成26年…招集…,
 * 1 会 議 録 会議の名称 第1回…審議会 開催日時 ….
 */
gboolean
_rt_minutes_is_flat_header (const char *text)
{
  static const char * const records[] = { "会議録", "議事録", "会議記録", "委員会記録", "速記録" };
  static const char * const fields[] = { "招集", "開催日", "日時", "場所", "会議の名称", "出席" };
  g_autoptr(GString) key = g_string_new (NULL);
  const char *title = NULL;

  /* Blanks out, the first 80 characters. */
  for (const char *p = text; *p != '\0' && g_utf8_strlen (key->str, -1) < 80; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (g_utf8_get_char (p)))
      g_string_append_unichar (key, g_utf8_get_char (p));

  for (guint i = 0; i < G_N_ELEMENTS (records) && title == NULL; i++)
    title = strstr (key->str, records[i]);
  if (title == NULL || g_utf8_pointer_to_offset (key->str, title) > 40)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strstr (title, fields[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* Where @word ends in @p…@e, its characters perhaps blanks apart (日　時),
 * or NULL when the line does not start with it. */
static const char *
match_spaced (const char *p,
              const char *e,
              const char *word)
{
  for (const char *w = word; *w != '\0'; w = g_utf8_next_char (w))
    {
      if (w != word)
        p = skip_space (p, e);
      if (p >= e || char_at (p) != g_utf8_get_char (w))
        return NULL;
      p = g_utf8_next_char (p);
    }

  return p;
}

/**
 * _rt_minutes_is_field_line:
 *
 * Whether a line is a field of a header block: 日時：…, 場所 …, 出席委員
 * …, 議題 …, written with or without a number, a colon or blanks inside:
 * the field's name, then a colon, a blank, a parenthesis or nothing.
 */
gboolean
_rt_minutes_is_field_line (const char *s,
                           const char *e)
{
  const char *p = skip_item_prefix (s, e);
  gboolean numbered = FALSE;

  /* 3 出席者会長 杉浦康枝: a numbered field glued to its value by a table. */
  for (const char *q = s; q < p; q = g_utf8_next_char (q))
    if (is_digit (char_at (q)))
      numbered = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (field_words); i++)
    {
      const char *q = match_spaced (p, e, field_words[i]);
      gunichar c;

      if (q == NULL)
        continue;
      if (numbered && q < e && g_utf8_strlen (field_words[i], -1) >= 2 && !is_role_word (field_words[i]) &&
          !g_utf8_strchr ("はがをにでとものへ", -1, char_at (q)))
        return TRUE;
      /* 委員 or 事務局 alone is a speaker's label. */
      if (q >= e)
        return !is_role_word (field_words[i]);
      c = char_at (q);
      if (is_colon (c) || rt_minutes_is_space (c) || is_open_paren (c) || c == '=' || c == 0xFF1D ||
          c == 0x3011 || c == 0x3015 || c == 0xFF3D || c == ']')
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_title_line (const char *s,
               const char *e)
{
  if (g_strstr_len (s, e - s, "。") != NULL || e - s > 240)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (title_words); i++)
    if (g_strstr_len (s, e - s, title_words[i]) != NULL)
      return TRUE;

  return FALSE;
}

/**
 * _rt_minutes_body_heading_end:
 *
 * When a line starts with a heading that opens the body of minutes (8 会議
 * の内容, 議事の経過), where that heading ends; else %NULL. For a first
 * turn glued to it: 8 会議の内容都市計画課係長(水野剛史君) 本日は….
 */
const char *
_rt_minutes_body_heading_end (const char *s,
                              const char *e)
{
  const char *p = skip_item_prefix (s, e);
  const char *best = NULL;

  /* The first characters of the headings: most lines go no further. */
  if (p >= e || g_utf8_strchr ("議会審発主意質委内概結提ご", -1, char_at (p)) == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (body_words); i++)
    {
      const char *q = match_spaced (p, e, body_words[i]);

      if (q != NULL && (best == NULL || q > best))
        best = q;
    }

  return best;
}

static gboolean
is_body_heading (const char *s,
                 const char *e)
{
  const char *p = skip_item_prefix (s, e);
  g_autofree char *key = NULL;
  gsize n;

  key = compact_line (p, e, 20);
  n = strlen (key);
  /* 〔意見等〕, 【議事】: the brackets closed at the end too. */
  while (n > 0 && g_utf8_strchr ("】〕］]>＞)）", -1, g_utf8_get_char (g_utf8_find_prev_char (key, key + n))) != NULL)
    {
      n = g_utf8_find_prev_char (key, key + n) - key;
      key[n] = '\0';
    }

  for (guint i = 0; i < G_N_ELEMENTS (body_words); i++)
    {
      gsize m = strlen (body_words[i]);

      if (g_str_equal (key, body_words[i]) && e - p <= 60)
        return TRUE;
      /* 議事(◎は委員長、○は委員の発言): a legend after the heading. */
      if (strncmp (key, body_words[i], m) == 0 &&
          (g_str_has_prefix (key + m, "(") || g_str_has_prefix (key + m, "（")))
        {
          const char *q = g_utf8_next_char (key + m);

          if (*q != '\0' && !is_digit (char_at (q)) && g_utf8_strchr ("一二三四五六七八九十", -1, char_at (q)) == NULL)
            return TRUE;
        }
    }

  /* 分野別主な意見, 地区別の主なご意見: the opinions, sorted, below. */
  {
    static const char * const ends[] = { "主な意見", "主なご意見", "主な御意見" };

    for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
      if (g_str_has_suffix (key, ends[i]) && e - p <= 60)
        return TRUE;
  }

  /* 議事 (1) …について: an agenda item of the body, not a header field. */
  return FALSE;
}

/* A date or a time alone: 令和元年6月5日(水曜日)午前10時開会. */
gboolean
_rt_minutes_is_date_line (const char *s,
                          const char *e)
{
  gboolean digit = FALSE;
  guint n = 0;

  for (const char *p = s; p < e; p = g_utf8_next_char (p), n++)
    {
      gunichar c = char_at (p);

      if (n > 60)
        return FALSE;
      if (is_digit (c))
        digit = TRUE;
      else if (!rt_minutes_is_space (c) &&
               g_utf8_strchr ("年月日時分秒曜午前後令和平成昭元祝火水木金土()（）:：/／.．-－~～〜、,・開会閉議散始終了から までより[]［］", -1, c) == NULL)
        return FALSE;
    }

  return digit;
}

static gboolean
has_sentence (const char *s,
              const char *e)
{
  return g_strstr_len (s, e - s, "。") != NULL || g_strstr_len (s, e - s, "？") != NULL;
}

static gboolean
has_hiragana (const char *s,
              const char *e)
{
  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    if (char_at (p) >= 0x3041 && char_at (p) <= 0x3096)
      return TRUE;
  return FALSE;
}

/* A sentence, or words that run on in kana (a statement cut short by the
 * end of a page), whatever the line's mark. */
static gboolean
runs_on (const Line *l,
         const char *s,
         const char *e)
{
  gunichar c;

  if (has_sentence (s, e))
    return TRUE;
  if (l->n_chars < 12 ||
      (e - s >= (gssize)strlen ("について") && memcmp (e - strlen ("について"), "について", strlen ("について")) == 0))
    return FALSE;
  /* A long line with commas and kana is a sentence cut by the page or the
   * excerpt (…主に若手・中堅職員で構成するワーキン). */
  if (l->n_chars >= 24 && g_strstr_len (s, e - s, "、") != NULL && has_hiragana (s, e))
    return TRUE;
  c = last_char (s, e, NULL);
  return c >= 0x3041 && c <= 0x3096;
}

/* Prose rather than a list: a sentence, or an unmarked line that runs on. */
static gboolean
is_prose (const Line *l,
          const char *s,
          const char *e)
{
  return l->mark == MARK_NONE ? runs_on (l, s, e) : has_sentence (s, e);
}

static const Line *
next_text_line (GArray *lines,
                guint   i)
{
  for (guint j = i + 1; j < lines->len; j++)
    {
      const Line *l = &g_array_index (lines, Line, j);

      if (l->kind == LINE_TEXT)
        return l;
    }

  return NULL;
}

/* A turn that surely starts the body of the minutes: a speaker whose words
 * are sentences, on the line or on the next one. 委員：林、森 is a field;
 * ○林委員　それは…。 a turn. */
static gboolean
is_body_turn (GArray     *lines,
              const char *base,
              guint       i)
{
  const Line *l = &g_array_index (lines, Line, i);
  const char *s = base + l->start;
  const char *e = base + l->end;
  const Line *next;

  if (l->kind != LINE_TEXT)
    return FALSE;

  if (l->mark == MARK_SPEAKER)
    {
      LabelLevel level = _rt_minutes_label_level (s + l->label_off, s + l->label_off + l->label_len, NULL, NULL);

      if (level < LEVEL_PERSON && l->via == VIA_PLAIN &&
          !(level == LEVEL_NAME && (l->shape == SHAPE_MARK || l->shape == SHAPE_BRACKET)))
        return FALSE;
      if (has_sentence (s + l->head, e))
        return TRUE;
      next = next_text_line (lines, i);
      return next != NULL && next->mark == MARK_NONE &&
             has_sentence (base + next->start, base + next->end);
    }

  if (l->mark == MARK_LABEL || l->mark == MARK_SPEAKER_PAREN)
    {
      next = next_text_line (lines, i);
      /* ○事務局(吉崎) / 午後2時00分 or (午前10時00分) / 定刻となりましたの
       * で…: the time the turn began, between the label and its words. */
      if (next != NULL && (next->mark == MARK_NONE || next->mark == MARK_PAREN) &&
          _rt_minutes_is_date_line (base + next->start, base + next->end))
        next = next_text_line (lines, next - &g_array_index (lines, Line, 0));
      return next != NULL && next->mark != MARK_LABEL && next->mark != MARK_SPEAKER_PAREN &&
             is_prose (next, base + next->start, base + next->end);
    }

  return FALSE;
}

/* A field of the header, 日時：…, 委員：林、森; not a speaker's sentence
 * (事務局：ご説明します。). */
static gboolean
is_header_field (const Line *l,
                 const char *s,
                 const char *e)
{
  if (!_rt_minutes_is_field_line (s, e))
    return FALSE;

  if (l->mark == MARK_SPEAKER && has_sentence (s + l->head, e))
    {
      const char *label = s + l->label_off;

      return _rt_minutes_label_level (label, label + l->label_len, NULL, NULL) < LEVEL_PERSON;
    }

  return TRUE;
}

/* 現在地 ホーム > 分類でさがす > 市政情報 > …: the path of a page in its
 * site, however long; two steps at least, from the site's top. */
static gboolean
is_breadcrumb (const char *s,
               gsize       n)
{
  static const char * const tops[] = {
    "トップページ >", "トップページ＞", "ホーム >", "ホーム＞", "HOME >", "Home >", "TOP >",
  };
  guint steps = 0;

  /* memchr and memmem: this runs on every long line. */
  for (const char *p = s; (p = memchr (p, '>', s + n - p)) != NULL; p++)
    steps++;
  for (const char *p = s; (p = memmem (p, s + n - p, "＞", strlen ("＞"))) != NULL; p += strlen ("＞"))
    steps++;
  if (steps < 2)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tops); i++)
    if (memmem (s, n, tops[i], strlen (tops[i])) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * _rt_minutes_is_web_furniture:
 *
 * Whether a line is what a web page adds around minutes: ページの先頭です,
 * breadcrumbs, share buttons, the notice about Adobe Reader.
 */
gboolean
_rt_minutes_is_web_furniture (const char *s,
                              const char *e)
{
  static const char * const furniture[] = {
    "ページの先頭", "メニューの終端", "本文へ移動", "本文へスキップ", "本文ここから",
    "ここから本文", "本文ここまで", "このページの本文", "別ウィンドウで開きます",
    "Adobe Reader", "Adobe Acrobat", "Acrobat Reader", "検索結果がありません",
    "最初のヒットへ", "ツイート", "最終取得日", "取得元:", "取得元：", "現在の位置",
    "トップページ >", "トップページ＞", "ホーム >", "ホーム＞", "文字サイズ", "Get ADOBE",
    "このページを印刷", "ページID", "運営者 Bitlet", "姉妹サービス", "をスキップ",
    "スマートフォン表示", "ナビゲーションを飛ばす", "メインメニュー", "サイト内検索",
    "現在位置:", "現在位置：", "現在地:", "現在地：", "現在地 ", "検索条件", "カテゴリで探す",
    "カテゴリで検索", "あなたの評価でページ", "このページの内容は分かりやすかった",
    "このページは見つけやすかった", "Xでポスト", "フェイスブックでシェア", "印刷ページ表示",
    "印刷用ページを表示", "ラインでシェア", "LINEで送る", "大きな文字で印刷",
  };
  static RtPhrases words = RT_PHRASES (furniture);
  gsize n;

  /* • [2010年3月1日], • ID:1442 */
  while (s < e && (is_speaker_marker (char_at (s)) || g_utf8_strchr ("・･•", -1, char_at (s)) ||
                   rt_minutes_is_space (char_at (s))))
    s = g_utf8_next_char (s);
  n = e - s;
  if (n > 400 || n == 0)
    return FALSE;

  if ((char_at (s) == '[' || char_at (s) == 0xFF3B) && _rt_minutes_is_date_line (g_utf8_next_char (s), e))
    return TRUE;

  /* 〒107-0052 東京都港区…: an address, the page's foot. */
  if (char_at (s) == 0x3012 && g_utf8_next_char (s) < e && is_digit (char_at (g_utf8_next_char (s))))
    return TRUE;

  /* Furniture is short, but for the notice about Adobe Reader and a
   * breadcrumb: longer lines are only looked at for those, which is cheap. */
  if (n > 120)
    return (memchr (s, 'A', n) != NULL &&
            (g_strstr_len (s, n, "Adobe") != NULL || g_strstr_len (s, n, "Acrobat") != NULL)) ||
           is_breadcrumb (s, n);

  /* A sentence is no furniture but for the notice about Adobe Reader (…が
   * 必要です。), looked at above for long lines and here for short ones. */
  if (n > 90 && memcmp (e - strlen ("。"), "。", strlen ("。")) == 0)
    return memchr (s, 'A', n) != NULL &&
           (g_strstr_len (s, n, "Adobe") != NULL || g_strstr_len (s, n, "Acrobat") != NULL);

  /* The buttons and menus of a site, each alone on its line: 本文へ, 拡大,
   * 縮小, 標準, 背景を変える, くらしの情報. */
  if (n <= 8 * 3)
    {
      static const char * const whole[] = {
        "本文へ", "拡大", "縮小", "標準", "大", "中", "小", "背景を変える", "背景色", "背景色を変える",
        "文字の大きさ", "文字を大きく", "文字を小さく", "音声読み上げ", "サイトマップ", "English",
        "Multilingual", "Foreign language", "モバイル", "印刷", "戻る", "前のページへ戻る",
        "くらしの情報", "くらし・手続き", "市政情報", "町政情報", "村政情報", "区政情報", "施設案内",
        "観光・イベント", "観光情報", "事業者向け", "お問い合わせ", "よくある質問", "関連リンク",
        "閉じる", "メニュー", "検索", "ホーム", "トップページ", "シェアする", "ポスト", "文字を大きくする",
        "文字を標準にする", "文字を小さくする", "文字サイズ変更", "背景色の変更", "背景色を変更", "背景色黒",
        "背景色青", "背景色黄色", "背景色白", "背景色を元に戻す", "読み上げ", "ふりがな", "やさしい日本語",
      };
      static const char * const menu_ends[] = { "から探す", "の方へ" };
      const char *t = trim_end (s, e);
      const char *item = s;

      /* gホーム: the letter of an icon font glued to the item. */
      if (g_ascii_isalpha (*item) && t - item > 1 && (guchar) item[1] >= 0x80)
        item++;
      for (guint i = 0; i < G_N_ELEMENTS (whole); i++)
        if ((gsize) (t - item) == strlen (whole[i]) && memcmp (item, whole[i], t - item) == 0)
          return TRUE;
      /* 担当課から探す, 事業者の方へ: a site's ways in. */
      for (guint i = 0; i < G_N_ELEMENTS (menu_ends); i++)
        if ((gsize) (t - item) > strlen (menu_ends[i]) &&
            memcmp (t - strlen (menu_ends[i]), menu_ends[i], strlen (menu_ends[i])) == 0)
          return TRUE;
    }

  /* In one pass: this runs on every short line. */
  if (_rt_minutes_has_phrase (s, e, &words))
    return TRUE;

  /* 電話番号 045-210-3061, ファックス番号 …: the contact of a page's footer. */
  if ((starts_with (s, e, "電話") || starts_with (s, e, "ファックス") || starts_with (s, e, "ファクシミリ") ||
       starts_with (s, e, "FAX") || starts_with (s, e, "TEL") || starts_with (s, e, "Tel") ||
       starts_with (s, e, "E-mail") || starts_with (s, e, "メール")) &&
      n < 160 && g_strstr_len (s, n, "-") != NULL)
    return TRUE;

  /* ID:17046, [2021年6月23日] */
  if (starts_with (s, e, "ID:") || starts_with (s, e, "ID："))
    return TRUE;

  /* 写真:宮本守山市長, 写真キャプション, (写真)会場の様子: a photograph's
   * caption, short and without a sentence. */
  if ((starts_with (s, e, "写真") || starts_with (s, e, "(写真") || starts_with (s, e, "（写真") ||
       starts_with (s, e, "画像")) &&
      n <= 40 * 3 && g_strstr_len (s, n, "。") == NULL)
    return TRUE;

  return FALSE;
}

/**
 * _rt_minutes_is_narration:
 *
 * Whether a text narrates what happened rather than being said by anyone:
 * 事務局より資料に基づき説明。, 互選により委員長は…に決定した。, …の開会を宣
 * す。
 */
gboolean
_rt_minutes_is_narration (const char *text,
                          gssize      length)
{
  static const char * const ends[] = {
    "説明", "説明した", "説明があった", "説明を受けた", "説明を行った", "説明がなされた",
    "報告", "報告した", "報告があった", "報告を受けた", "報告された", "決定", "決定した",
    "決定された", "宣す", "宣した", "宣言した", "務めた", "指名", "指名した", "指名された",
    "指名される", "選出", "選出した", "選出された", "了承", "了承した", "了承された", "承認",
    "承認した", "承認された", "紹介", "紹介した", "紹介があった", "確認した", "確認された",
    "開催した", "行った", "交付", "挨拶", "あいさつ", "配布", "可決", "可決した", "可決された",
    "採択", "採択された", "掲載しています", "掲載しております", "朗読", "朗読した", "議決",
    "議決した", "議決された", "発議があった", "散会した", "閉会した", "開会した", "進行",
    "進行した", "進行を務めた",
    /* A page reporting its meeting to the reader: 参加いただきました. */
    "いただきました", "開催しました", "行いました", "贈呈しました", "実施しました",
    /* 委員から質問・意見等なし: that nothing was said. */
    "なし", "特になし",
  };
  static const char * const particles[] = {
    "より", "から", "を", "について", "が", "による", "の", "は", "に",
  };
  gsize len = length < 0 ? strlen (text) : (gsize)length;
  gboolean ends_so = FALSE;

  if (len > 360)
    return FALSE;

  /* The ending, without its full stop. */
  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n'))
    len--;
  if (len >= strlen ("。") && memcmp (text + len - strlen ("。"), "。", strlen ("。")) == 0)
    len -= strlen ("。");

  for (guint i = 0; i < G_N_ELEMENTS (ends) && !ends_so; i++)
    {
      gsize n = strlen (ends[i]);

      if (len > n && memcmp (text + len - n, ends[i], n) == 0)
        {
          /* …について説明, not 丁寧な説明: a particle before the verb. */
          for (guint k = 0; k < G_N_ELEMENTS (particles) && !ends_so; k++)
            if (g_strstr_len (text, len - n, particles[k]) != NULL)
              ends_so = TRUE;
        }
    }

  /* A sentence of the first person is said, not narrated. */
  return ends_so && g_strstr_len (text, len, "思") == NULL && g_strstr_len (text, len, "私") == NULL;
}

/* The text without blanks, as a new string. */
static char *
squeeze (const char *text,
         gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *e = text + len;

  for (const char *p = text; p < e && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!rt_minutes_is_space (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Skips a run of digits at @p; NULL when there is none. */
static const char *
skip_digits (const char *p)
{
  const char *q = p;

  while (*q != '\0' && is_digit (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  return q > p ? q : NULL;
}

/* 1月11日, 2018年1月23日(火), 令和5年6月2日: a date at the start of @t;
 * where it ends, or NULL. */
static const char *
skip_date (const char *t)
{
  const char *p = t;
  const char *q;

  if (g_str_has_prefix (p, "令和") || g_str_has_prefix (p, "平成"))
    p += strlen ("令和");
  q = skip_digits (p);
  if (q != NULL && g_str_has_prefix (q, "年"))
    p = skip_digits (q + strlen ("年"));
  else
    p = p == t ? q : NULL;
  if (p == NULL || !g_str_has_prefix (p, "月") || (p = skip_digits (p + strlen ("月"))) == NULL ||
      !g_str_has_prefix (p, "日"))
    return NULL;
  p += strlen ("日");
  /* (火), (水曜日). */
  if (is_open_paren (g_utf8_get_char (p)))
    {
      const char *close = p;

      for (guint n = 0; *close != '\0' && n < 5 && !is_close_paren (g_utf8_get_char (close)); n++)
        close = g_utf8_next_char (close);
      if (is_close_paren (g_utf8_get_char (close)))
        p = g_utf8_next_char (close);
    }
  return p;
}

/**
 * _rt_minutes_is_listing:
 *
 * Whether a paragraph that no one says is a line of the page's listings
 * rather than a statement: a date and a place (1月11日富里研修センター,
 * 2018年1月23日(火)館地域振興センター) or a count (提出件数 7件, 提出者
 * 3人). No sentence.
 */
gboolean
_rt_minutes_is_listing (const char *text,
                        gssize      length)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *t = NULL;
  const char *p;
  glong n;

  if (len == 0 || len > 200)
    return FALSE;
  t = squeeze (text, len);
  if (strstr (t, "。") != NULL || strstr (t, "？") != NULL || strstr (t, "?") != NULL ||
      strstr (t, "、") != NULL)
    return FALSE;
  n = g_utf8_strlen (t, -1);

  /* A date, then a place: no more than a place's words. */
  p = skip_date (t);
  if (p != NULL && *p != '\0' && g_utf8_strlen (p, -1) <= 20)
    return TRUE;

  /* A name of what is counted, then the count. */
  if (n > 16)
    return FALSE;
  for (p = t; *p != '\0' && is_kanji (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    ;
  if (p - t < (gssize) (2 * strlen ("件")) || (p = skip_digits (p)) == NULL)
    return FALSE;
  return strcmp (p, "件") == 0 || strcmp (p, "人") == 0 || strcmp (p, "名") == 0 || strcmp (p, "通") == 0;
}

/**
 * _rt_minutes_is_roll_entry:
 *
 * Whether the text a label introduces is an entry of a roll rather than a
 * turn: a name alone (委員長 前田 剛志 君, 副委員長 1番 大 塚 善 弘) or a
 * head count (事務局 5名, 傍聴議員 0名, 【委員】委員25名(障害者団体…)).
 * No sentence, no kana but a name's.
 */
gboolean
_rt_minutes_is_roll_entry (const char *text,
                           gssize      length)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *t = NULL;
  const char *p;
  glong n;

  if (len == 0 || len > 400 || g_strstr_len (text, len, "。") != NULL)
    return FALSE;
  t = squeeze (text, len);
  if (strstr (t, "。") != NULL || (strstr (t, "、") != NULL && strstr (t, "名") == NULL))
    return FALSE;
  n = g_utf8_strlen (t, -1);
  if (n == 0)
    return FALSE;

  /* A head count at the start: 5名, 委員25名(…), 0人. */
  for (p = t; *p != '\0' && !g_ascii_isdigit (*p); p = g_utf8_next_char (p))
    if (!is_kanji (g_utf8_get_char (p)))
      break;
  if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        p++;
      if (g_str_has_prefix (p, "名") || g_str_has_prefix (p, "人"))
        return TRUE;
    }
  /* …or at the end: 新成人(「二十歳のつどい」運営スタッフ) 6名. */
  if (n <= 40 && (g_str_has_suffix (t, "名") || g_str_has_suffix (t, "人")))
    {
      const char *unit = t + strlen (t) - strlen ("名");
      const char *digit = unit > t ? g_utf8_find_prev_char (t, unit) : NULL;

      if (digit != NULL && is_digit (g_utf8_get_char (digit)))
        return TRUE;
    }

  /* A name: a seat number maybe, kanji and a kana or two; written with an
   * honorific (前田 剛志 君) or spaced as rolls space names (伊 藤 育 子),
   * so that a turn cut short (本日, 議事に入る前に) is not taken for one. */
  if (n > 12)
    return FALSE;
  {
    gboolean honorific = g_str_has_suffix (t, "君") || g_str_has_suffix (t, "氏") ||
                         g_str_has_suffix (t, "様") || g_str_has_suffix (t, "さん");
    gboolean spaced = FALSE;
    const char *q = text, *e = text + len;

    /* A blank between two letters, not only around the text. */
    while (q < e && rt_minutes_is_space (g_utf8_get_char (q)))
      q = g_utf8_next_char (q);
    for (gboolean seen_blank = FALSE; q < e && *q != '\0'; q = g_utf8_next_char (q))
      {
        if (rt_minutes_is_space (g_utf8_get_char (q)))
          seen_blank = TRUE;
        else if (seen_blank)
          {
            spaced = TRUE;
            break;
          }
      }
    if (!honorific && !spaced)
      return FALSE;
  }
  p = t;
  while (g_ascii_isdigit (*p))
    p++;
  if (p != t && g_str_has_prefix (p, "番"))
    p += strlen ("番");
  {
    guint kanji = 0, kana = 0;

    for (; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (is_kanji (c) || c == 0x3005 /* 々 */)
          kanji++;
        else if ((c >= 0x3041 && c <= 0x3096) || is_katakana (c))
          kana++;
        else
          return FALSE;
      }
    return kanji >= 2 && kana <= 4;
  }
}

/* What the administration writes back, at the start of a paragraph: 市で
 * は…, 県としては…; or anywhere in its first sentence: thanks for the
 * opinion, 参考とさせていただきます, …してまいります. */
static const char * const city_subjects[] = {
  "市では", "県では", "区では", "町では", "村では", "都では", "府では", "道では", "本市では",
  "本県では", "本区では", "本町では", "本村では", "当市では", "市としては", "県としては",
  "区としては", "町としては", "村としては", "本市としては", "お手数ですが", "本市には", "本市においては",
  "本市において", "本県には", "本県においては", "本町には", "本町においては",
};

static const char * const city_phrases[] = {
  "ご意見をいただき", "御意見をいただき", "ご意見をお寄せ", "御意見をお寄せ", "貴重なご意見",
  "貴重な御意見", "お寄せいただき", "参考とさせていただ", "参考にさせていただ", "てまいります",
  "お伝えしました", "ご理解", "御理解", "ご活用ください", "ご利用ください", "ご提案ありがとう",
  "ご意見ありがとう", "ご提案のとおり", "御提案のとおり", "ご意見のとおり", "御意見のとおり", "ご指摘のとおり",
  "御指摘のとおり", "メールをいただき", "手紙をいただき",
  "ご質問をいただき", "ご要望をいただき", "ご提言をいただき", "ご提案をいただき", "お便りをいただき",
  "をいただきありがとう", "をいただき、ありがとう",
};

/**
 * _rt_minutes_is_city_voice:
 *
 * Whether a paragraph with no speaker is the administration answering
 * rather than a citizen's opinion: 県では、…を行っています。, 貴重な御意見を
 * お寄せいただき…, …に努めてまいります。 Only the first sentence counts.
 */
gboolean
_rt_minutes_is_city_voice (const char *text,
                           gssize      length)
{
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *t = squeeze (text, len);
  const char *stop = strstr (t, "。");
  const char *p = t;

  /* ◯◯様におかれましては: a letter's answer opens with its addressee. */
  while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)) && !is_kanji (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  for (guint i = 0; i < G_N_ELEMENTS (city_subjects); i++)
    if (g_str_has_prefix (p, city_subjects[i]))
      return TRUE;
  if (stop != NULL)
    *(char *) (stop + strlen ("。")) = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (city_phrases); i++)
    if (strstr (t, city_phrases[i]) != NULL)
      return TRUE;

  return strstr (t, "様におかれましては") != NULL;
}

/**
 * _rt_minutes_is_reader_note:
 *
 * Whether a paragraph is the page speaking to its reader rather than a
 * statement: …の中から、いくつかを紹介します。, …ご了承ください。, …を公表しま
 * す。, 委員からの質問や意見の一部です。 (the last sentence counts), or
 * telling how the opinions were gathered (寄せられたご意見は…集約し…,
 * anywhere in it).
 */
gboolean
_rt_minutes_is_reader_note (const char *text,
                            gssize      length)
{
  static const char * const ends[] = {
    "紹介します", "紹介いたします", "ご了承ください", "を公表します",
    "を公表いたします", "お知らせします", "お知らせいたします", "をご覧ください",
    "ご存じですか", "ご存知ですか", "のとおりです", "の通りです", "のとおり公表します", "配慮しています",
    "異なる場合があります", "場合があります", "公表しています", "掲載しています", "掲載します",
    "掲載いたします", "する市の回答です", "する市の考え方です", "まとめたものです", "要約したものです",
    "抜粋したものです", "編集したものです", "は次のとおり", "は以下のとおり", "は次の通り", "は以下の通り",
    "の一部です", "主な内容です", "ダウンロードできます", "見てみましょう", "紹介させて頂きます",
    "紹介させていただきます", "をお寄せください", "内容を更新しています", "閲覧できます",
    "を公開しています", "を公開します", "を公開いたします", "を募集しています", "を募集しております",
    "に分類しています", "に分類しました",
  };
  /* Anywhere in it: the page telling how the opinions were gathered and
   * set out (寄せられたご意見は、同趣旨のものを集約し…, 6件のご意見が寄せら
   * れました, ご協力ありがとうございました). */
  static const char * const process[] = {
    "寄せられたご意見は", "寄せられた意見は", "ご意見が寄せられ", "意見が寄せられ", "御意見が寄せられ",
    "ご意見を集約", "意見を集約", "集約して掲載", "要約して掲載", "要約しています", "一部要約",
    "ご協力ありがとうございました", "ご協力いただきありがとう", "いただき、ありがとうございました",
    "いただきありがとうございました",
  };
  /* お寄せいただいたご提案・ご提言につきましては…: the page of what it
   * received, in a paragraph of its own (not お寄せいただいた内容の概要 over
   * a letter's lines). */
  static const char * const received[] = { "お寄せいただいた", "お寄せいただきました", "お寄せいただいております" };
  gsize len = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *t = squeeze (text, len);
  gsize n = strlen (t);

  for (guint i = 0; i < G_N_ELEMENTS (process); i++)
    if (strstr (t, process[i]) != NULL)
      return TRUE;
  if (memchr (text, '\n', len) == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (received); i++)
      if (strstr (t, received[i]) != NULL)
        return TRUE;

  if (n >= strlen ("。") && g_str_has_suffix (t, "。"))
    t[n - strlen ("。")] = '\0';
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (t, ends[i]))
      return TRUE;

  return FALSE;
}

static const char * const agenda_words[] = {
  "開会", "閉会", "開会あいさつ", "閉会あいさつ", "開会挨拶", "閉会挨拶", "議事", "議題", "報告",
  "報告事項", "協議事項", "審議事項", "意見交換", "その他", "質疑応答", "質疑", "次回の日程",
  "次回日程", "次回開催日", "事務連絡", "委員紹介", "委員の紹介", "事務局紹介", "自由討議",
  "情報提供", "連絡事項", "諸連絡", "閉会の辞", "開会の辞",
};

static const char * const heading_verbs[] = {
  "よりあいさつ", "からあいさつ", "より挨拶", "から挨拶", "よりごあいさつ", "あいさつ", "挨拶", "説明",
  "報告", "の挨拶", "のあいさつ", "より説明", "から説明", "発表",
  "の発表", "からひとこと", "よりひとこと", "ひとこと", "からのあいさつ", "からの挨拶", "からのごあいさつ",
  "より報告事項", "から報告事項", "より報告", "から報告", "からの報告",
  "あいさつ要旨", "挨拶要旨", "あいさつ概要", "挨拶概要",
};

/**
 * _rt_minutes_agenda_line:
 * @label: (out): for a heading that names a speaker, the label
 * @label_end: (out): its end
 *
 * Whether a short line is an item of the agenda: 開会, ・意見交換, 2 会長あい
 * さつ, 3 報告事項(事務局), 講演「…」. Returns 0 when not, 1 for an item, 2
 * for an item that names who speaks under it (会長, 事務局).
 */
int
_rt_minutes_agenda_line (const char  *s,
                         const char  *e,
                         const char **label,
                         const char **label_end)
{
  const char *p = skip_item_prefix (s, e);
  g_autofree char *key = NULL;
  gsize n;

  if (e - p > 90 || has_sentence (p, e))
    return 0;

  /* 【会長よりあいさつ】: the closing bracket of the one skipped. */
  {
    const char *close = NULL;
    gunichar c;

    e = trim_end (p, e);
    c = last_char (p, e, &close);
    if ((c == 0x3011 || c == 0x3015 || c == 0xFF3D) && close != NULL && close > p &&
        g_utf8_strchr ("【〔［", -1, char_at (skip_space (s, e))) != NULL)
      e = close;
  }

  /* 市長説明(要旨): a note that the page gives the gist. */
  e = trim_end (p, _rt_minutes_excerpt_note_start (p, e));
  key = compact_line (p, e, 30);
  for (guint i = 0; i < G_N_ELEMENTS (agenda_words); i++)
    if (g_str_equal (key, agenda_words[i]))
      return 1;
  if (g_str_has_prefix (key, "講演「") || g_str_has_prefix (key, "講演『"))
    return 1;

  /* 会長あいさつ, 会長 挨拶 */
  n = strlen (key);
  for (guint i = 0; i < G_N_ELEMENTS (heading_verbs); i++)
    {
      gsize m = strlen (heading_verbs[i]);

      if (n > m && memcmp (key + n - m, heading_verbs[i], m) == 0)
        {
          /* The role, as written in the line: up to the verb, blanks aside. */
          const char *q = p;
          gsize role_bytes = n - m;
          gsize seen = 0;

          while (q < e && seen < role_bytes)
            {
              if (!rt_minutes_is_space (char_at (q)))
                seen += g_utf8_next_char (q) - q;
              q = g_utf8_next_char (q);
            }
          if (_rt_minutes_label_level (p, q, NULL, NULL) == LEVEL_ROLE)
            {
              *label = p;
              *label_end = trim_end (p, q);
              return 2;
            }
          break;
        }
    }

  /* 3 報告事項(事務局), 2 市長あいさつ(芦屋市長 いとう まい): the speaker in
   * parentheses after the item. */
  {
    const char *close = NULL;
    gunichar c = last_char (p, e, &close);

    if (is_close_paren (c) && close != NULL)
      {
        const char *open = NULL;
        gboolean numbered = FALSE;

        for (const char *q = p; q < close; q = g_utf8_next_char (q))
          if (is_open_paren (char_at (q)))
            open = q;

        /* …(林委員) is an opinion and its speaker; 3 報告事項(事務局) a heading. */
        for (const char *q = s; q < p; q = g_utf8_next_char (q))
          numbered |= is_digit (char_at (q)) || (char_at (q) >= 0x2460 && char_at (q) <= 0x24FF);

        /* 開 会(課長補佐), あいさつ(課長): an item of the agenda names the
         * speaker even when its number is on the line above. */
        if (open != NULL && open > p && !numbered)
          {
            g_autofree char *item = compact_line (p, open, 30);

            for (guint i = 0; i < G_N_ELEMENTS (agenda_words) && !numbered; i++)
              numbered = g_str_equal (item, agenda_words[i]);
            for (guint i = 0; i < G_N_ELEMENTS (heading_verbs) && !numbered; i++)
              numbered = g_str_equal (item, heading_verbs[i]);
          }

        if (open != NULL && open > p && g_utf8_strlen (p, open - p) <= 20 && numbered &&
            (_rt_minutes_label_level (g_utf8_next_char (open), close, NULL, NULL) == LEVEL_ROLE ||
             _rt_minutes_is_role_space_name (g_utf8_next_char (open), close)))
          {
            *label = g_utf8_next_char (open);
            *label_end = close;
            return 2;
          }
      }
  }

  return 0;
}

/* What may follow 「…から」 on a line that names the speaker of what is below it. */
static const char * const narrated_tails[] = {
  "あった", "ありました", "出された", "出されました", "述べられた", "述べられました",
};

/**
 * _rt_minutes_narrated_label:
 * @label: (out): the label
 * @label_end: (out): its end
 *
 * Whether a line narrates who speaks in the bullets or the paragraph below
 * it: 吉田 祐樹委員(自民)から、 or 委員から次の意見があった。 The label is a
 * role, with or without a name, and may carry a short word in parentheses
 * after it (a party, a body), which stays part of it.
 */
gboolean
_rt_minutes_narrated_label (const char  *s,
                            const char  *e,
                            const char **label,
                            const char **label_end)
{
  const char *from, *p, *q, *l_end;
  g_autofree char *tail = NULL;

  s = skip_space (s, e);
  e = trim_end (s, e);
  if (e - s > 150)
    return FALSE;
  /* The label is short: から is looked for near the start only. */
  from = memmem (s, MIN ((gsize) (e - s), 24 * 3 + strlen ("から")), "から", strlen ("から"));
  if (from == NULL || from == s)
    return FALSE;

  /* After から: nothing, a comma, or 次の…があった。 */
  p = from + strlen ("から");
  while (p < e && (char_at (p) == 0x3001 || char_at (p) == ',' || char_at (p) == 0xFF0C || rt_minutes_is_space (char_at (p))))
    p = g_utf8_next_char (p);
  if (p < e)
    {
      gboolean known = FALSE;
      gsize n;

      if (!starts_with (p, e, "次の") && !starts_with (p, e, "以下の") && !starts_with (p, e, "下記の"))
        return FALSE;
      if (g_utf8_strlen (p, e - p) > 30)
        return FALSE;
      tail = compact_line (p, e, 40);
      n = strlen (tail);
      if (n >= strlen ("。") && g_str_has_suffix (tail, "。"))
        tail[n - strlen ("。")] = '\0';
      for (guint i = 0; i < G_N_ELEMENTS (narrated_tails); i++)
        known |= g_str_has_suffix (tail, narrated_tails[i]);
      if (!known || strstr (tail, "。") != NULL)
        return FALSE;
    }

  /* Before から: the label, with perhaps (自民) after its role. */
  l_end = trim_end (s, from);
  if (g_utf8_strlen (s, l_end - s) > 24)
    return FALSE;
  q = l_end;
  if (is_close_paren (last_char (s, l_end, NULL)))
    {
      const char *open = NULL;

      for (const char *r = s; r < l_end; r = g_utf8_next_char (r))
        if (is_open_paren (char_at (r)))
          open = r;
      if (open == NULL || open == s || g_utf8_strlen (open, l_end - open) > 10)
        return FALSE;
      q = trim_end (s, open);
    }
  if (_rt_minutes_label_level (s, q, NULL, NULL) != LEVEL_ROLE)
    return FALSE;

  *label = s;
  *label_end = l_end;
  return TRUE;
}


/* Addresses and contacts at the top of a page: 〒315-8640, Tel …, mail. */
static gboolean
is_contact_line (const char *s,
                 const char *e)
{
  return starts_with (s, e, "〒") || starts_with (s, e, "Tel") || starts_with (s, e, "TEL") ||
         starts_with (s, e, "電話") || starts_with (s, e, "FAX") || starts_with (s, e, "Fax") ||
         (memchr (s, '@', e - s) != NULL && memchr (s, ' ', e - s) == NULL);
}

/* A line of a table drawn with box characters: ┌──┬, │会議名 │… */
gboolean
_rt_minutes_is_box_line (const char *s,
                         const char *e)
{
  gunichar c = char_at (s);

  return s < e && c >= 0x2500 && c <= 0x257F;
}

#define is_box_line _rt_minutes_is_box_line

/* 会議録 日 時 令和5年9月15日 場 所 第3委員会室 出席委員(8名) …: the
 * fields of a header that a web page flattened into one line. */
static gboolean
is_flat_header_line (const char *s,
                     const char *e)
{
  static const char * const words[] = { "日時", "場所", "出席", "欠席", "議題", "会議名", "開会" };
  g_autoptr(GString) compact = g_string_new (NULL);
  guint n = 0;

  if (e - s < 40 || g_strstr_len (s, e - s, "。") != NULL)
    return FALSE;

  for (const char *p = s; p < e && compact->len < 4096; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (char_at (p)))
      g_string_append_unichar (compact, char_at (p));

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (compact->str, words[i]) != NULL)
      n++;

  return n >= 3;
}

/* -資料1に基づき、事務局から説明-, ― 資料2に基づき説明 ― */
static gboolean
is_explain_note (const char *s,
                 const char *e)
{
  static const char dashes[] = "-－―‐─—−";
  const char *last_at = NULL;
  gunichar last = last_char (s, e, &last_at);

  return last_at != NULL && last_at > s && g_utf8_strchr (dashes, -1, char_at (s)) != NULL &&
         g_utf8_strchr (dashes, -1, last) != NULL && g_strstr_len (s, e - s, "説明") != NULL;
}

/* Where the header block ends: at the first turn of the body, at a heading
 * that opens it (議事の経過, 会議概要), or at the first sentence; provided
 * a title or a field (日時, 場所, 出席者 …) was seen before. */
static guint
find_header_end (GArray     *lines,
                 const char *base)
{
  guint evidence_end = 0;
  guint content = 0;
  gboolean seen = FALSE;
  gboolean in_field = FALSE;
  guint limit = MIN (lines->len, HEADER_MAX_LINES);

  for (guint i = 0; i < limit; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *s = base + l->start;
      const char *e = base + l->end;

      if (l->kind == LINE_SKIP || l->kind == LINE_INVALID)
        continue;

      if (_rt_minutes_is_web_furniture (s, e) || is_contact_line (s, e))
        continue;
      content++;

      if (is_body_turn (lines, base, i))
        return seen ? i : 0;

      /* 開 会(課長補佐) and its words below: the body, not the 次第. */
      if (seen && i + 1 < lines->len && l->n_chars <= 40)
        {
          const Line *next = &g_array_index (lines, Line, i + 1);
          const char *label = NULL, *label_end = NULL;

          if (next->kind == LINE_TEXT && next->n_chars >= 20 &&
              has_hiragana (base + next->start, base + next->end) &&
              _rt_minutes_agenda_line (s, e, &label, &label_end) == 2)
            return i;
        }

      if (is_header_field (l, s, e) || is_flat_header_line (s, e) ||
          (seen && is_box_line (s, e)))
        {
          seen = TRUE;
          in_field = TRUE;
          evidence_end = i + 1;
          continue;
        }

      /* -資料1に基づき、事務局から説明-: the explanation starts. */
      if (is_explain_note (s, e))
        return seen ? i : 0;

      if (is_body_heading (s, e) || _rt_minutes_is_opinion_mark (s, e, NULL) ||
          _rt_minutes_is_answer_mark (s, e, NULL))
        return seen ? i : 0;


      if (content <= 6 && is_title_line (s, e) && !in_field && l->mark != MARK_BULLET)
        {
          seen = TRUE;
          evidence_end = i + 1;
          continue;
        }
      if (_rt_minutes_is_date_line (s, e))
        {
          seen |= content <= 6;
          evidence_end = i + 1;
          continue;
        }

      /* Narration (次の審議会等を下記のとおり開催した。) stays in the header. */
      if (has_sentence (s, e) && _rt_minutes_is_narration (s, e - s))
        continue;

      /* A bullet of a site's furniture above the title. */
      if (!seen && content <= 3 && l->mark == MARK_BULLET && !has_sentence (s, e))
        continue;

      /* A sentence, or a bullet outside a field's list or of words that
       * run on (- 小さいうちから…、小学生への…教育): the body. */
      if (has_sentence (s, e) || (l->mark == MARK_BULLET && (!in_field || runs_on (l, s, e))))
        return seen ? i : 0;

      /* Names, agenda items, handouts, an address. */
      if (in_field)
        evidence_end = i + 1;
    }

  /* No body found within reach: the fields and their lists only. */
  return seen ? evidence_end : 0;
}

/* Attendance */

/* The closing parenthesis of a short label opened before @p, or NULL. */
static const char *
find_paren_close (const char *p,
                  const char *e)
{
  guint n = 0;

  for (; p < e && n <= 8; p = g_utf8_next_char (p), n++)
    if (is_close_paren (char_at (p)))
      return p;
  return NULL;
}

static void
add_name (Conv       *conv,
          const char *p,
          const char *e)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  guint n = 0;

  for (; p < e; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (char_at (p)))
      {
        g_string_append_unichar (key, char_at (p));
        n++;
      }

  if (n < 2 || n > 8 || !_rt_minutes_is_person_name (key->str, key->str + key->len, 8))
    return;
  if (is_role_word (key->str) || g_hash_table_contains (conv->names, key->str) ||
      _rt_minutes_is_field_line (key->str, key->str + key->len))
    return;
  /* 林委員 in the list: its name is 林. */
  if (rt_minutes_split_speaker (key->str, &name, &role) && role != NULL)
    return;

  g_ptr_array_add (conv->attendees, g_strdup (key->str));
  g_hash_table_add (conv->names, g_string_free (g_steal_pointer (&key), FALSE));
}

/* (拍手), (仮称), (敬称略): what parentheses hold that is no one's name. */
static gboolean
is_paren_note_word (const char *p,
                    const char *e)
{
  static const char * const words[] = {
    "拍手", "笑", "笑い", "黙祷", "休憩", "再開", "挙手", "起立", "発言", "全員", "仮称", "参考", "要旨", "概要",
    "抜粋", "敬称略", "略", "続き", "資料", "別紙", "異議", "傍聴", "登壇", "降壇", "退席", "着席", "説明",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if ((gsize) (e - p) == strlen (words[i]) && memcmp (p, words[i], e - p) == 0)
      return TRUE;
  return FALSE;
}

/**
 * _rt_minutes_learn_paren_names:
 *
 * (松本) 国を守る者として…。 (杉本) 大学では…: speakers a 座談会 names by
 * their family name in parentheses before their words, at the start of a
 * line or after a sentence, none with a role. Where three such turns at
 * least, of two people at least, are found, their names are known as the
 * attendance list's are.
 */
void
_rt_minutes_learn_paren_names (Conv       *conv,
                               GArray     *lines,
                               const char *base)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint turns = 0;

  /* Then, the convention found, also after a heading run into the line
   * (▼今、興味や関心のあることは (松本) 国を守る…), after a blank. */
  for (guint pass = 0; pass < 2; pass++)
    {
      if (pass == 1 && (turns < 3 || g_hash_table_size (seen) < 2))
        break;
      for (guint i = 0; i < lines->len && turns < 1000; i++)
        {
          const Line *l = &g_array_index (lines, Line, i);
          const char *s = base + l->start;
          const char *e = base + l->end;
          gunichar before = 0;

          if (!g_utf8_validate_len (s, e - s, NULL))
            continue;
          for (const char *p = s; p < e; p = g_utf8_next_char (p))
            {
              gunichar c = char_at (p);
              const char *open = g_utf8_next_char (p);
              const char *close, *text;

              if (rt_minutes_is_space (c))
                continue;
              if (is_open_paren (c) &&
                  (before == 0 || before == 0x3002 || before == 0xFF01 || before == 0xFF1F ||
                   (pass == 1 && p > s && rt_minutes_is_space (char_at (g_utf8_prev_char (p))))) &&
                  (close = find_paren_close (open, e)) != NULL &&
                  (text = skip_space (g_utf8_next_char (close), e)) < e && has_hiragana (text, MIN (e, text + 30)) &&
                  g_utf8_strlen (open, close - open) >= 2 && g_utf8_strlen (open, close - open) <= 4 &&
                  _rt_minutes_is_person_name (open, close, 4) && !is_paren_note_word (open, close) &&
                  _rt_minutes_label_level (open, close, NULL, NULL) < LEVEL_ROLE)
                {
                  g_hash_table_add (seen, g_strndup (open, close - open));
                  turns++;
                }
              before = c;
            }
        }
    }

  if (turns >= 3 && g_hash_table_size (seen) >= 2)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, seen);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (conv->names, key))
          g_hash_table_add (conv->names, g_strdup (key));
    }
}

static gboolean
is_name_separator (const char *p,
                   const char *e,
                   gboolean    wide)
{
  gunichar c = char_at (p);

  if (g_utf8_strchr ("、，,・／/;；\t", -1, c) != NULL)
    return TRUE;
  if (c == 0x3000)
    return TRUE;
  /* Two blanks apart: 林 太郎  森 花子 */
  if (c == ' ' && wide)
    {
      const char *q = p + 1;

      return q < e && (*q == ' ' || char_at (q) == 0x3000);
    }
  return FALSE;
}

/* 末永けい alone on its line, a paragraph after it, and again further on:
 * a bare name that recurs as a line of its own before prose is a speaker's
 * label even when no attendance list names it. */
static void
collect_recurring_names (Conv       *conv,
                         GArray     *lines,
                         const char *base)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) colon_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean role_colon = FALSE;   /* 司会:…, 区長:…: a role and its colon start a line */

  for (guint i = conv->header_end; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *s = base + l->start;
      const char *e = base + l->end;
      const char *colon = s;
      guint n = 0;
      guint count;

      if (l->kind != LINE_TEXT)
        continue;
      while (colon < e && n <= 16 && !is_colon (char_at (colon)))
        {
          colon = g_utf8_next_char (colon);
          n++;
        }
      if (colon >= e || n < 2 || n > 16 || g_utf8_strlen (colon, e - colon) < 10 ||
          !has_hiragana (colon, e))
        continue;
      if (n <= 8 && _rt_minutes_label_level (s, colon, NULL, NULL) == LEVEL_ROLE)
        {
          role_colon = TRUE;
          continue;
        }
      /* 山本区長(以下、山本):…: the short name the page goes on with. */
      {
        const char *alias = g_strstr_len (s, colon - s, "(以下");

        if (alias == NULL)
          alias = g_strstr_len (s, colon - s, "（以下");
        if (alias != NULL && is_close_paren (last_char (s, colon, NULL)))
          {
            const char *a = g_utf8_next_char (alias) + strlen ("以下");
            const char *a_end = g_utf8_find_prev_char (s, colon);

            while (a < a_end && (char_at (a) == 0x3001 || char_at (a) == 0xFF0C || char_at (a) == ','))
              a = g_utf8_next_char (a);
            if (_rt_minutes_label_level (s, alias, NULL, NULL) == LEVEL_ROLE && a < a_end &&
                _rt_minutes_is_name (a, a_end, 4))
              {
                add_name (conv, a, a_end);
                role_colon = TRUE;
              }
            continue;
          }
      }
      /* 畑中:荒川区の魅力は…, again further on: a surname and its colon,
       * in a page whose roles are written the same way. */
      if (n > 4 || !_rt_minutes_is_name (s, colon, 4) || _rt_minutes_is_field_line (s, e) ||
          _rt_minutes_is_answer_mark (s, e, NULL) || _rt_minutes_is_opinion_mark (s, e, NULL))
        continue;
      {
        gboolean kanji = TRUE;
        char *key;

        for (const char *q = s; q < colon && kanji; q = g_utf8_next_char (q))
          kanji = is_kanji (char_at (q));
        if (!kanji)
          continue;
        key = g_strndup (s, colon - s);
        count = GPOINTER_TO_UINT (g_hash_table_lookup (colon_seen, key)) + 1;
        g_hash_table_replace (colon_seen, key, GUINT_TO_POINTER (count));
      }
    }
  if (role_colon)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, colon_seen);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) >= 2)
          add_name (conv, key, (const char *) key + strlen (key));
    }

  for (guint i = conv->header_end; i + 1 < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const Line *next = &g_array_index (lines, Line, i + 1);
      const char *s = base + l->start;
      const char *e = base + l->end;
      const char *after = NULL;
      const char *label = NULL, *label_end = NULL;
      guint count;
      char *key;

      /* The words under a speaker are speech, with kana; a list of bodies
       * under 関係団体 is not. */
      if (l->kind != LINE_TEXT || next->kind != LINE_TEXT || l->n_chars < 2 || l->n_chars > 8 ||
          next->n_chars < 15 || l->mark != MARK_NONE || !has_hiragana (base + next->start, base + next->end))
        continue;
      if (!_rt_minutes_is_person_name (s, e, 8) ||
          _rt_minutes_label_level (s, e, NULL, NULL) == LEVEL_ROLE ||
          _rt_minutes_is_answer_mark (s, e, &after) || _rt_minutes_is_opinion_mark (s, e, &after) ||
          _rt_minutes_agenda_line (s, e, &label, &label_end) != 0 ||
          _rt_minutes_is_field_line (s, e))
        continue;
      key = g_strndup (s, e - s);
      count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1;
      g_hash_table_replace (seen, key, GUINT_TO_POINTER (count));
      if (count == 2)
        add_name (conv, s, e);
    }
}

/* The names of the attendance fields of the header: 出席委員：林太郎、森花子 …,
 * 委員長 山本花子 出席. Spaced names (木 原 大 輔) are joined. */
static void
collect_names (Conv       *conv,
               GArray     *lines,
               const char *base)
{
  gboolean in_attendance = FALSE;

  for (guint i = 0; i < conv->header_end && i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *s = base + l->start;
      const char *e = base + l->end;
      g_autofree char *key = NULL;
      const char *p, *word;
      gboolean spaced;

      if (l->kind != LINE_TEXT)
        continue;

      key = compact_line (skip_item_prefix (s, e), e, 12);
      if (_rt_minutes_is_field_line (s, e))
        in_attendance = g_str_has_prefix (key, "出席") || g_str_has_prefix (key, "委員") ||
                        g_str_has_prefix (key, "構成員") || g_str_has_prefix (key, "参加者") ||
                        g_str_has_prefix (key, "事務局") || g_str_has_prefix (key, "説明") ||
                        g_str_has_prefix (key, "職員") || g_str_has_prefix (key, "会議に出席");
      if (!in_attendance || g_strstr_len (s, e - s, "欠席") != NULL)
        continue;

      /* After the field's name and its colon. */
      p = s;
      for (const char *q = s; q < e; q = g_utf8_next_char (q))
        if (is_colon (char_at (q)))
          {
            p = g_utf8_next_char (q);
            break;
          }

      /* A name spaced out character by character: 木 原 大 輔. */
      spaced = FALSE;
      {
        guint singles = 0, tokens = 0;
        const char *q = skip_space (p, e);

        while (q < e)
          {
            const char *t = q;
            guint n = 0;

            while (q < e && !rt_minutes_is_space (char_at (q)))
              {
                q = g_utf8_next_char (q);
                n++;
              }
            tokens++;
            singles += n == 1;
            q = skip_space (q, e);
            (void)t;
          }
        spaced = tokens >= 3 && singles * 3 >= tokens * 2;
      }

      word = skip_space (p, e);
      for (const char *q = word; q <= e; )
        {
          if (q == e || (!spaced && is_name_separator (q, e, TRUE)) ||
              (spaced && q + 1 < e && rt_minutes_is_space (char_at (q)) &&
               space_len_at (q + space_len_at (q, e), e) > 0) ||
              is_open_paren (char_at (q)) || is_colon (char_at (q)))
            {
              const char *end = q;

              if (end > word)
                {
                  const char *w = word;
                  g_autofree char *lead = NULL;

                  /* 委員長 山本花子: the role in front is no name. */
                  for (const char *t = word; t < end; t = g_utf8_next_char (t))
                    if (rt_minutes_is_space (char_at (t)) && !spaced)
                      {
                        lead = g_strndup (word, t - word);
                        if (is_role_word (lead))
                          w = skip_space (t, end);
                        break;
                      }
                  if (!spaced && g_utf8_strlen (w, end - w) > 8)
                    {
                      /* 林太郎 森花子 出席: names one blank apart. */
                      const char *t = w;

                      while (t < end)
                        {
                          const char *u = t;

                          while (u < end && !rt_minutes_is_space (char_at (u)))
                            u = g_utf8_next_char (u);
                          add_name (conv, t, u);
                          t = skip_space (u, end);
                        }
                    }
                  else
                    add_name (conv, w, end);
                }

              if (q == e)
                break;
              /* Skip a parenthesised part: (会長), (市民公募). */
              if (is_open_paren (char_at (q)))
                {
                  while (q < e && !is_close_paren (char_at (q)))
                    q = g_utf8_next_char (q);
                }
              if (q < e)
                q = g_utf8_next_char (q);
              q = skip_space (q, e);
              word = q;
              continue;
            }
          q = g_utf8_next_char (q);
        }
    }
}

/* Public comments */

/**
 * _rt_minutes_qa_mark:
 * @answer: whether to look for an answer's letter (A, 答) or a question's
 *   (Q, 問)
 *
 * Q 空き家が目立つが…, A1 先進事例を研究し…: a letter that marks a
 * question or an answer, then its text; not a label alone (Q 代表幹事,
 * A 知事), which says who speaks below.
 *
 * Returns: where the text starts (the line's end for Q alone), or %NULL
 */
const char *
_rt_minutes_qa_mark (const char *s,
                     const char *e,
                     gboolean    answer)
{
  gunichar c;
  const char *p, *t;

  s = skip_space (s, e);
  c = char_at (s);
  /* 〔問〕総事業費は…, 【答】約29億円…: the kanji in brackets (not (A),
   * (B), the letters of a list). */
  if (closing_bracket (c) != 0 && s < e)
    {
      gunichar close = closing_bracket (c);

      p = g_utf8_next_char (s);
      c = p < e ? char_at (p) : 0;
      if (c != (answer ? 0x7B54 : 0x554F))
        return NULL;
      p = g_utf8_next_char (p);
      for (guint n = 0; p < e && is_digit (char_at (p)) && n < 4; n++)
        p = g_utf8_next_char (p);
      if (p >= e || char_at (p) != close)
        return NULL;
      p = skip_space (g_utf8_next_char (p), e);
      while (p < e && is_colon (char_at (p)))
        p = skip_space (g_utf8_next_char (p), e);
      if (p >= e)
        return answer ? NULL : e;
      t = trim_end (p, e);
      return _rt_minutes_label_level (p, t, NULL, NULL) == LEVEL_ROLE ? NULL : p;
    }
  /* 問:…, 答:… as well. */
  if (answer ? (c != 'A' && c != 0xFF21 && c != 0x7B54) : (c != 'Q' && c != 0xFF31 && c != 0x554F))
    return NULL;
  p = g_utf8_next_char (s);
  /* Q1, A１: numbered. */
  for (guint n = 0; p < e && is_digit (char_at (p)) && n < 4; n++)
    p = g_utf8_next_char (p);
  /* Q alone on its line, the question below it (A alone is as often a
   * table's grade: 反映区分 A). */
  if (skip_space (p, e) >= e)
    return answer ? NULL : e;
  /* Q中学生の塾は…か。, A宮城県にはない。, Aなし: the letter right against
   * a sentence of Japanese (not Aグループ, A平成26年度事業計画について). */
  if (p == g_utf8_next_char (s) && (is_kanji (char_at (p)) || (char_at (p) >= 0x3041 && char_at (p) <= 0x30FA)) &&
      (g_strstr_len (p, e - p, "。") != NULL || (answer && trim_end (p, e) - p == strlen ("なし") &&
                                                  memcmp (p, "なし", strlen ("なし")) == 0)))
    return p;
  if (space_len_at (p, e) == 0 && !is_colon (char_at (p)) && char_at (p) != '.' && char_at (p) != 0xFF0E)
    return NULL;
  while (p < e && (rt_minutes_is_space (char_at (p)) || is_colon (char_at (p)) || char_at (p) == '.' ||
                   char_at (p) == 0xFF0E))
    p = g_utf8_next_char (p);
  if (p >= e)
    return NULL;
  t = trim_end (p, e);
  if (_rt_minutes_label_level (p, t, NULL, NULL) == LEVEL_ROLE)
    return NULL;
  return p;
}

/* 【区民の声の内容】 |: the edge of a table's cell ending the line is no text. */
static const char *
skip_cell_end (const char *p,
               const char *e)
{
  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    if (char_at (q) != '|' && !rt_minutes_is_space (char_at (q)))
      return p;
  return e;
}

static const char * const answer_words[] = {
  "市の考え方", "区の考え方", "町の考え方", "村の考え方", "県の考え方", "都の考え方",
  "府の考え方", "道の考え方", "本市の考え方", "市の検討結果", "区の検討結果", "町の検討結果",
  "検討結果", "市の回答", "区の回答", "町の回答", "回答", "考え方", "対応", "市の対応",
  "対応方針", "意見に対する考え方", "ご意見に対する考え方", "市の見解", "見解", "取組状況",
  "取り組み状況", "お答えします", "お答え", "答弁", "答",
};

/* …推進室, …課: the name of an office ends @s…@e. */
static gboolean
ends_with_office (const char *s,
                  const char *e)
{
  static const char * const offices[] = { "課", "室", "局", "部", "係", "センター", "委員会", "事務所" };

  return ends_with_any (s, trim_end (s, e), offices, G_N_ELEMENTS (offices), FALSE);
}

/* 令和5年8月28日回答, R5.8.28: a date, a digit before 月 or 日 in @s…@e. */
static gboolean
names_date (const char *s,
            const char *e)
{
  gunichar before = 0;

  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if ((c == 0x6708 || c == 0x65E5) && is_digit (before))
        return TRUE;
      before = c;
    }
  return FALSE;
}

/**
 * _rt_minutes_is_answer_mark:
 * @after: (out): where the answer's own text starts
 *
 * Whether a line starts the city's answer to a public comment:
 * [市の検討結果と理由], 【市の考え方】, 市の考え方：…, 回答 ….
 */
gboolean
_rt_minutes_is_answer_mark (const char  *s,
                            const char  *e,
                            const char **after)
{
  const char *p = s;
  gunichar open = char_at (p);
  gunichar close = closing_bracket (open);
  const char *word_end = NULL;
  const char *qa = _rt_minutes_qa_mark (s, e, TRUE);
  const char *label, *label_end;

  if (_rt_minutes_turn_head (s, e, &label, &label_end))
    return FALSE;
  if (qa != NULL)
    {
      if (after != NULL)
        *after = qa;
      return TRUE;
    }

  /* ⇒来年度から用地の買収に着手し…: the answer under an opinion. */
  if (starts_with (skip_space (s, e), e, "⇒"))
    {
      const char *t = skip_space (skip_space (s, e) + strlen ("⇒"), e);

      if (t >= e)
        return FALSE;
      if (after != NULL)
        *after = t;
      return TRUE;
    }

  if (close != 0 || is_speaker_marker (open) || g_utf8_strchr ("・■◆●", -1, open) != NULL)
    p = skip_space (g_utf8_next_char (p), e);
  /* ◇[回答]: a mark, then the bracket. */
  if (close == 0 && p < e && closing_bracket (char_at (p)) != 0)
    {
      open = char_at (p);
      close = closing_bracket (open);
      p = g_utf8_next_char (p);
    }

  for (guint i = 0; i < G_N_ELEMENTS (answer_words); i++)
    if (starts_with (p, e, answer_words[i]))
      {
        word_end = p + strlen (answer_words[i]);
        /* 答弁 alone on a line is a link of a page of the assembly's
         * records; <答弁>, 答弁：… mark an answer. */
        if (close == 0 && g_str_equal (answer_words[i], "答弁") && skip_space (word_end, e) >= e)
          return FALSE;
        break;
      }
  /* 松前町の回答, 教育委員会の考え方, <益田市からの回答>: who answers, alone
   * on the line or in brackets. */
  if (word_end == NULL)
    {
      static const char * const ends[] = { "の回答", "の考え方", "からの回答", "の対応" };
      const char *t = trim_end (p, e);

      if (close != 0)
        {
          const char *c = p;
          guint n = 0;

          while (c < e && char_at (c) != close && n++ < 16)
            c = g_utf8_next_char (c);
          t = c < e && char_at (c) == close ? c : p;
        }

      for (guint i = 0; i < G_N_ELEMENTS (ends) && word_end == NULL && t - p <= 14 * 4; i++)
        if (t - p > (gssize) strlen (ends[i]) &&
            memcmp (t - strlen (ends[i]), ends[i], strlen (ends[i])) == 0 &&
            g_utf8_strlen (p, t - p) <= 14 &&
            !has_sentence (p, t) && memchr (p, ' ', t - p) == NULL &&
            g_strstr_len (p, t - p, "、") == NULL && g_strstr_len (p, t - p, "意見") == NULL)
          word_end = t;
    }
  /* 理事者)都市計画税とは…: who answers for the executive, its opening
   * paren lost. */
  if (word_end == NULL && close == 0)
    {
      static const char * const answerers[] = { "理事者", "執行部", "当局" };

      for (guint i = 0; i < G_N_ELEMENTS (answerers) && word_end == NULL; i++)
        if (starts_with (p, e, answerers[i]) && p + strlen (answerers[i]) < e &&
            is_close_paren (char_at (p + strlen (answerers[i]))))
          word_end = p + strlen (answerers[i]);
    }
  if (word_end == NULL)
    return FALSE;

  p = word_end;
  if (close != 0)
    {
      /* [市の検討結果と理由]: up to the closing bracket, a short way off. */
      const char *q = p;
      guint n = 0;

      while (q < e && char_at (q) != close && !(is_close_paren (close) && is_close_paren (char_at (q))) && n < 12)
        {
          q = g_utf8_next_char (q);
          n++;
        }
      if (q >= e || n >= 12)
        return FALSE;
      p = g_utf8_next_char (q);
    }
  else
    {
      /* 市の考え方：…, 回答 …, 回答内容; not 回答を得た。 */
      static const char * const tails[] = { "と理由", "及び理由", "等", "内容", "の内容", "要旨", "状況", "・方針",
                                            "及び方針", "・対処方法" };
      const char *tail_end = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (tails) && tail_end == NULL; i++)
        if (starts_with (p, e, tails[i]))
          tail_end = p + strlen (tails[i]);
      if (tail_end != NULL)
        p = tail_end;
      /* 市の対応について alone on its line, over the answer. */
      else if (starts_with (p, e, "について") && skip_space (p + strlen ("について"), e) >= e)
        p += strlen ("について");
      /* 回答)…: the opening paren lost. */
      else if (p < e && is_close_paren (char_at (p)))
        p = g_utf8_next_char (p);
      /* 回答(ふるさと産業振興課、中心市街地活性化推進室), 回答(令和5年8月28日
       * 回答): who answers or when, in parentheses (not 市の考え方(対応), a
       * column's name). */
      else if (p < e && (char_at (p) == '(' || char_at (p) == 0xFF08))
        {
          const char *q = g_utf8_next_char (p);
          guint n = 0;

          while (q < e && !is_close_paren (char_at (q)) && char_at (q) != '(' && char_at (q) != 0xFF08 && n++ < 30)
            q = g_utf8_next_char (q);
          if (q >= e || !is_close_paren (char_at (q)) || has_sentence (p, q) ||
              !(ends_with_office (p, q) || names_date (p, q)))
            return FALSE;
          p = g_utf8_next_char (q);
        }
      else if (p < e && !is_colon (char_at (p)) && !rt_minutes_is_space (char_at (p)))
        return FALSE;
      /* 回答内容は次のとおり。: a sentence, no mark. */
      if (tail_end != NULL && p < e && !is_colon (char_at (p)) && !rt_minutes_is_space (char_at (p)))
        return FALSE;
    }

  while (p < e && (rt_minutes_is_space (char_at (p)) || is_colon (char_at (p))))
    p = g_utf8_next_char (p);
  p = skip_cell_end (p, e);
  if (after != NULL)
    *after = p;
  return TRUE;
}

/* ご意見・ご提案の要旨市の回答・対応担当課: the heads of a table's columns
 * run together, as a page's table gives them when its cells lose their
 * edges; the opinion's head comes first, the answer's after it. A title
 * joins the two with a word of its own (ご意見と回答, 意見に対する市の考え
 * 方, 意見及び回答) and is none, as is a note of a table's key
 * (:案に意見の考え方が含まれているもの). */
static gboolean
is_glued_head_row (const char *s,
                   const char *e)
{
  static const char * const opinion[] = { "意見", "質問", "要望", "提言", "提案" };
  static const char * const answer[] = { "回答", "考え方", "検討結果", "対応", "見解" };
  static const char * const joins[] = { "と", "及", "並", "に", "への", "。", "一覧", "一例" };
  const char *first = NULL;
  const char *after = NULL;
  const char *end;

  if (e - s > 30 * 3 || !g_unichar_isalpha (char_at (s)))
    return FALSE;
  for (const char *q = s; q < e; q = g_utf8_next_char (q))
    if (space_len_at (q, e) > 0)
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (joins); i++)
    if (g_strstr_len (s, e - s, joins[i]) != NULL)
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (opinion); i++)
    {
      const char *at = g_strstr_len (s, e - s, opinion[i]);

      if (at != NULL && (first == NULL || at < first))
        first = at;
    }
  if (first == NULL)
    return FALSE;
  /* …回答(3月2日現在): an aside after the heads; 質問につて(回答集): a
   * title's. */
  end = first;
  while (end < e && !is_open_paren (char_at (end)))
    end = g_utf8_next_char (end);
  for (guint i = 0; i < G_N_ELEMENTS (answer) && after == NULL; i++)
    after = g_strstr_len (first, end - first, answer[i]);
  return after != NULL;
}

/**
 * _rt_minutes_is_comment_head_row:
 * @opinion_col: (out) (optional): the column of the opinions
 * @answer_col: (out) (optional): the column of the answers, or -1
 *
 * Whether a tab-separated row heads a table of public comments: 番号 |
 * 意見の概要 | 市の考え方.
 */
gboolean
_rt_minutes_is_comment_head_row (const char *s,
                                 const char *e,
                                 gboolean    spaces,
                                 int        *opinion_col,
                                 int        *answer_col)
{
  int opinion = -1, answer = -1, col = 0;
  const char *p = s;

  if (e - s > 200)
    return FALSE;

  while (p != NULL)
    {
      const char *end;
      const char *next;
      gsize n;

      /* A head row is short: any blank may part its cells. */
      if (spaces)
        {
          end = p;
          while (end < e && space_len_at (end, e) == 0)
            end = g_utf8_next_char (end);
          next = end < e ? skip_space (end, e) : NULL;
        }
      else
        next = next_cell (p, e, FALSE, &end);
      n = end - p;

      if (n < 60)
        {
          if (answer < 0 && (g_strstr_len (p, n, "考え方") != NULL || g_strstr_len (p, n, "回答") != NULL ||
                             g_strstr_len (p, n, "検討結果") != NULL || g_strstr_len (p, n, "対応") != NULL ||
                             g_strstr_len (p, n, "見解") != NULL))
            answer = col;
          else if (opinion < 0 && (g_strstr_len (p, n, "意見") != NULL || g_strstr_len (p, n, "質問") != NULL ||
                                   g_strstr_len (p, n, "要望") != NULL || g_strstr_len (p, n, "提言") != NULL))
            opinion = col;
        }
      col++;
      p = next;
    }

  if (col == 1 && is_glued_head_row (s, e))
    {
      opinion = 0;
      answer = 1;
    }
  else if (opinion < 0 || col < 2)
    return FALSE;
  if (opinion_col != NULL)
    *opinion_col = opinion;
  if (answer_col != NULL)
    *answer_col = answer;
  return TRUE;
}

static const char * const opinion_words[] = {
  "お寄せいただいたご意見", "お寄せいただいた意見", "お寄せいただいた内容", "寄せられたご意見",
  "寄せられた意見", "寄せられた内容", "お手紙の内容", "手紙の内容", "いただいたご意見", "提出されたご意見",
  "提出された意見", "ご意見等要旨", "ご意見等の要旨", "ご意見の要旨", "意見の要旨", "ご意見の概要",
  "意見の概要", "意見概要", "意見要旨", "ご意見の内容", "意見の内容", "意見内容", "ご意見等",
  "質問・意見", "質問・要望", "意見・質問", "意見・要望", "ご質問・ご意見", "ご意見・ご質問",
  "ご意見・ご要望", "ご意見・ご提言", "意見・提言", "ご提言", "市民の声の内容", "区民の声の内容", "町民の声の内容", "村民の声の内容",
  "県民の声の内容", "都民の声の内容", "府民の声の内容", "道民の声の内容", "声の内容", "ご提言の内容",
  "提言の内容", "ご意見", "意見等", "意見", "ご質問", "質問", "質疑", "ご要望", "要望", "ご提案", "提案", "内容",
  /* ■[手紙]…: a letter's mark, with its bracket or colon. */
  "お手紙", "手紙",
};

/* 意見提言内容, ご意見・ご提言の要旨: a short word that names what was
 * submitted (意見, 提言, 要望, 声) and ends in its content (内容, 要旨, 概要).
 * Returns its end, or NULL. */
static const char *
opinion_word_end (const char *p,
                  const char *e)
{
  static const char * const what[] = { "意見", "提言", "要望", "声", "提案", "質問", "問合せ", "問い合わせ",
                                        "相談", "ひとこと", "手紙", "投稿" };
  static const char * const content[] = { "内容", "要旨", "概要" };
  const char *q = p;
  gboolean names = FALSE;
  gboolean ends = FALSE;
  gsize reach = MIN ((gsize) (e - p), 12 * 3 + 4);
  guint n = 0;

  /* Most lines name no content near their start: told fast. */
  for (guint i = 0; i < G_N_ELEMENTS (content) && !ends; i++)
    ends = memmem (p, reach, content[i], strlen (content[i])) != NULL;
  if (!ends)
    return NULL;

  while (q < e && n <= 12 && !rt_minutes_is_space (char_at (q)) && !is_colon (char_at (q)) &&
         !is_close_paren (char_at (q)) && !is_open_paren (char_at (q)) && closing_bracket (char_at (q)) == 0 && char_at (q) != 0x3011 &&
         char_at (q) != 0x3015 && char_at (q) != ']' && char_at (q) != 0xFF3D && char_at (q) != 0x3002 &&
         char_at (q) != 0x3001)
    {
      q = g_utf8_next_char (q);
      n++;
    }
  if (n > 12 || n < 3)
    return NULL;
  /* 意見交換概要: what was said at a meeting, not what was submitted. */
  if (g_strstr_len (p, q - p, "意見交換") != NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (what); i++)
    names |= g_strstr_len (p, q - p, what[i]) != NULL;
  if (!names)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (content); i++)
    {
      gsize m = strlen (content[i]);

      if ((gsize) (q - p) > m && memcmp (q - m, content[i], m) == 0)
        return q;
    }
  return NULL;
}

/**
 * _rt_minutes_is_opinion_mark:
 * @after: (out): where the opinion's own text starts
 *
 * Whether a line starts a submitted opinion: [お寄せいただいた意見],
 * (意見), ご意見等要旨, 1 意見の概要：…
 */
gboolean
_rt_minutes_is_opinion_mark (const char  *s,
                             const char  *e,
                             const char **after)
{
  const char *p = skip_item_prefix (s, e);
  const char *q = NULL;
  gunichar before = p > s ? g_utf8_get_char (g_utf8_find_prev_char (s, p)) : 0;
  gboolean kanji_go;
  const char *label, *label_end;

  if (_rt_minutes_turn_head (s, e, &label, &label_end))
    return FALSE;
  if ((q = _rt_minutes_qa_mark (s, e, FALSE)) != NULL)
    {
      if (after != NULL)
        *after = q;
      return TRUE;
    }

  q = opinion_word_end (p, e);
  kanji_go = starts_with (p, e, "御");
  for (guint i = 0; i < G_N_ELEMENTS (opinion_words) && q == NULL; i++)
    if (starts_with (p, e, opinion_words[i]))
      q = p + strlen (opinion_words[i]);
    /* 御意見, 御提言: ご in kanji. */
    else if (kanji_go && g_str_has_prefix (opinion_words[i], "ご") &&
             starts_with (p + strlen ("御"), e, opinion_words[i] + strlen ("ご")))
      q = p + strlen (opinion_words[i]);
  if (q == NULL)
    return FALSE;
  /* 質疑 alone is an item of the agenda; <質疑>, 質疑：… mark a question. */
  if (q - p == strlen ("質疑") && memcmp (p, "質疑", q - p) == 0 && closing_bracket (before) == 0 &&
      skip_space (q, e) >= e)
    return FALSE;

  /* ご意見・ご提案, 意見・要望, 意見・ 要望 (a blank where a line broke):
   * what else was submitted with it. */
  for (guint n = 0; n < 3 && starts_with (q, e, "・"); n++)
    {
      static const char * const more[] = { "提案", "要望", "質問", "提言", "意見" };
      const char *r = skip_space (q + strlen ("・"), e);
      gboolean found = FALSE;

      if (starts_with (r, e, "ご") || starts_with (r, e, "御"))
        r += strlen ("ご");
      for (guint i = 0; i < G_N_ELEMENTS (more) && !found; i++)
        if (starts_with (r, e, more[i]))
          {
            q = r + strlen (more[i]);
            found = TRUE;
          }
      if (!found)
        break;
    }

  /* 意見・要望など, ご意見等: and the like. */
  if (starts_with (q, e, "など"))
    q += strlen ("など");
  else if (starts_with (q, e, "等"))
    q += strlen ("等");

  /* 意見1, ご意見No.2, 意見２: numbered. */
  {
    const char *r = q;

    if (starts_with (r, e, "No.") || starts_with (r, e, "NO.") || starts_with (r, e, "No．"))
      r += starts_with (r, e, "No．") ? strlen ("No．") : strlen ("No.");
    else if (starts_with (r, e, "№"))
      r += strlen ("№");
    if (r < e && is_digit (char_at (r)))
      {
        while (r < e && is_digit (char_at (r)))
          r = g_utf8_next_char (r);
        q = r;
      }
  }

  /* (意見の概要) or 意見の概要 alone or with a colon; not 意見交換 or 意見が出た. */
  if (q < e && (char_at (q) == 0xFF08 || char_at (q) == '('))
    {
      const char *r = q;
      guint n = 0;

      /* (令和7年7月4日受け付け): twenty characters at most; forty for the
       * title of the submission that ends the line (投稿内容(…について)). */
      while (r < e && !is_close_paren (char_at (r)) && n++ < 40)
        r = g_utf8_next_char (r);
      if (r < e && is_close_paren (char_at (r)) && (n <= 20 || skip_space (g_utf8_next_char (r), e) >= e))
        q = g_utf8_next_char (r);
    }
  if (q < e && (closing_bracket (before) == char_at (q) || is_close_paren (char_at (q)) ||
                char_at (q) == 0x3011 || char_at (q) == 0x3015 || char_at (q) == ']' || char_at (q) == 0xFF3D ||
                char_at (q) == 0x300B || char_at (q) == '>' || char_at (q) == 0xFF1E))
    q = g_utf8_next_char (q);
  else if (q < e && !is_colon (char_at (q)) && !rt_minutes_is_space (char_at (q)))
    return FALSE;

  while (q < e && (rt_minutes_is_space (char_at (q)) || is_colon (char_at (q))))
    q = g_utf8_next_char (q);
  q = skip_cell_end (q, e);
  /* 意見:4件(2人): how many came, no opinion. */
  if (q < e && is_digit (char_at (q)))
    {
      const char *r = q;

      while (r < e && is_digit (char_at (r)))
        r = g_utf8_next_char (r);
      if (starts_with (r, e, "件") || starts_with (r, e, "人") || starts_with (r, e, "名"))
        return FALSE;
    }
  if (after != NULL)
    *after = q;
  return TRUE;
}

/* The words of a public comment are at the top of its text. */
static gboolean
text_has (const char *base,
          gsize       len,
          const char *word)
{
  return g_strstr_len (base, MIN (len, 64 * 1024), word) != NULL;
}

/* The words of a public comment's result, at the top of its text. */
static gboolean
has_comment_words (const char *base,
                   gsize       len)
{
  return text_has (base, len, "パブリックコメント") || text_has (base, len, "パブリック・コメント") ||
         text_has (base, len, "意見募集") || text_has (base, len, "意見公募") ||
         text_has (base, len, "提出された意見") || text_has (base, len, "意見の概要") ||
         text_has (base, len, "ご意見の概要") || text_has (base, len, "意見の要旨") ||
         text_has (base, len, "市民の声") || text_has (base, len, "への手紙") ||
         text_has (base, len, "ご意見等") || text_has (base, len, "お寄せいただいた") ||
         text_has (base, len, "ご意見と回答") || text_has (base, len, "意見と回答");
}

/* 市長への手紙, 意見箱, 市民の声: a page of letters a citizen wrote. */
static gboolean
has_letter_words (const char *base,
                  gsize       len)
{
  static const char * const words[] = {
    "への手紙", "意見箱", "提案箱", "市民の声", "区民の声", "町民の声", "村民の声", "へのはがき", "へのメール",
    "への提言",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (text_has (base, len, words[i]))
      return TRUE;
  return FALSE;
}

/* 1 計画の内容が具体性に乏しい。 / 総合振興計画基本構想は、…: opinions
 * numbered, each with the answer in the paragraph below it, unmarked.
 * Counts the numbered lines that such a paragraph follows. */
static guint
count_numbered_answers (GArray     *lines,
                        const char *base)
{
  guint n = 0;
  const Line *numbered = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind != LINE_TEXT)
        continue;
      if (l->mark == MARK_ENUM && l->n_chars >= 6 && l->n_chars <= 80)
        numbered = l;
      else if (numbered != NULL && l->mark == MARK_NONE && l->n_chars >= 20)
        {
          n++;
          numbered = NULL;
        }
      else
        numbered = NULL;
    }
  return n;
}

/* A public-comment result: the words of one, and answers in marks or in
 * a column of a table. */
/* ○ a letter (40代・女性) / ● the city's reply: two marks of lines without
 * speakers, the second only ever after the first or itself, the first
 * followed by the second twice at least. The second mark, or 0. */
static gunichar
alternating_symbol (GArray     *lines,
                    const char *base)
{
  gunichar first = 0, second = 0, prev = 0;
  guint turns = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      gunichar c;

      if (l->kind != LINE_TEXT)
        continue;
      if (l->mark == MARK_SPEAKER || l->mark == MARK_LABEL)
        return 0;
      if (l->mark != MARK_SYMBOL)
        continue;
      c = char_at (skip_space (base + l->start, base + l->end));
      if (first == 0)
        first = c;
      else if (c != first && second == 0)
        second = c;
      else if (c != first && c != second)
        return 0;
      /* ■市長等に伝える / □当日の回答のとおり: a form's boxes, too short
       * for a letter. */
      if (c == first && l->n_chars < 12)
        return 0;
      if (c == second && prev == first)
        turns++;
      else if (c == second && prev != second)
        return 0;
      prev = c;
    }
  return turns >= 2 ? second : 0;
}

/* 質問:人口減少対策について… / ―人口減少対策は、…: a dash that opens the
 * line after a marked opinion, twice at least: the mark of the answers, or
 * 0. */
static gunichar
dash_after_opinions (GArray     *lines,
                     const char *base)
{
  gunichar dash = 0;
  gboolean asked = FALSE;
  guint turns = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *s, *e;
      gunichar c;

      if (l->kind != LINE_TEXT)
        continue;
      s = skip_space (base + l->start, base + l->end);
      e = base + l->end;
      c = s < e ? char_at (s) : 0;
      /* ―人口減少対策は: the dash glued to the words, not a bullet's
       * hyphen (- 回答 …). */
      if (asked && is_dash (c) && (dash == 0 || c == dash) && g_utf8_next_char (s) < e &&
          space_len_at (g_utf8_next_char (s), e) == 0 && !_rt_minutes_is_answer_mark (s, e, NULL) &&
          !_rt_minutes_is_opinion_mark (s, e, NULL))
        {
          dash = c;
          turns++;
        }
      asked = _rt_minutes_is_opinion_mark (s, e, NULL);
    }
  return turns >= 2 ? dash : 0;
}

static gboolean
is_comment_table (GArray     *lines,
                  const char *base,
                  gsize       len,
                  int        *opinion_col,
                  int        *answer_col,
                  gboolean   *spaces,
                  guint      *cells_head,
                  guint      *n_opinions,
                  guint      *n_answers)
{
  guint rows_after = 0;
  guint rows_after_head = 0;
  guint answers = 0;
  guint rows = 0;
  gboolean header_row = FALSE;
  guint head_line = 0;
  gboolean runs_on = FALSE;

  guint opinions = 0;
  guint turns_answered = 0;
  gboolean asked = FALSE;
  gboolean words = has_comment_words (base, len);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *s = base + l->start;
      const char *e = base + l->end;
      gboolean opinion_here = FALSE;   /* the line is an opinion's mark */

      if (l->kind != LINE_TEXT)
        continue;
      if (_rt_minutes_is_answer_mark (s, e, NULL))
        {
          answers++;
          asked = FALSE;
        }
      else if (_rt_minutes_is_opinion_mark (s, e, NULL))
        {
          opinions++;
          asked = TRUE;
          opinion_here = TRUE;
        }
      else if (l->label_len > 0 && (l->mark == MARK_SPEAKER || l->mark == MARK_LABEL ||
                                    l->mark == MARK_SPEAKER_PAREN))
        {
          /* 問:… then 町長:…, (中学生) then (町長): a citizen asks, the
           * city answers. */
          RtTurnSide side = _rt_minutes_label_side (s + l->label_off, s + l->label_off + l->label_len);

          if (side == RT_TURN_ANSWERS && asked)
            turns_answered++;
          asked = side == RT_TURN_ASKS;
        }
      /* A head row: 意見の概要 <tab or blanks> 市の考え方. */
      {
        gboolean tabs = memchr (s, '\t', e - s) != NULL || memchr (s, '|', e - s) != NULL;
        int opinion = -1, answer = -1;

        if (tabs)
          rows++;
        if (tabs && header_row)
          rows_after_head++;
        if (!header_row && _rt_minutes_is_comment_head_row (s, e, !tabs, &opinion, &answer) && answer >= 0)
          {
            /* 提案・意見 市の回答: the heads of the columns, no opinion's
             * mark. */
            if (opinion_here)
              {
                opinions--;
                asked = FALSE;
              }
            header_row = TRUE;
            head_line = i;
            *opinion_col = opinion;
            *answer_col = answer;
            *spaces = !tabs;
            rows_after = 0;
          }
        else if (header_row && !tabs)
          {
            const char *end;
            const char *stop = g_strstr_len (s, e - s, "。");

            if (next_cell (s, e, TRUE, &end) != NULL)
              rows_after++;
            /* …と考えます。 当計画の…: a row run into one line, the
             * opinion's cell a blank away from the answer's. */
            for (; stop != NULL; stop = g_strstr_len (stop + strlen ("。"), e - stop - strlen ("。"), "。"))
              if (space_len_at (stop + strlen ("。"), e) > 0 &&
                  skip_space (stop + strlen ("。"), e) < e)
                {
                  runs_on = TRUE;
                  break;
                }
          }
      }
    }

  /* Opinions and answers under marks of their own (意見 / 回答) need no
   * other word; anything else, the words of a public comment. */
  *n_opinions = opinions;
  *n_answers = answers;
  if ((opinions >= 1 && answers >= 1) || answers >= 2 || turns_answered >= 2)
    return TRUE;
  /* ご意見 <tab> 回答 or 質問 回答, then rows of cells apart by tabs, bars or
   * two blanks. */
  if (header_row && (rows_after_head >= 2 || rows_after >= 2))
    return TRUE;

  if (words && (answers >= 1 || (header_row && (rows >= 2 || rows_after >= 2))))
    return TRUE;
  /* 意見の趣旨 市の考え方, then the cells each a paragraph of its own:
   * answers to citizens, but no rows to cut. */
  if (words && header_row && !runs_on)
    {
      *opinion_col = -1;
      *answer_col = -1;
      *cells_head = head_line + 1;
      return TRUE;
    }
  return FALSE;
}

/* Decision */

typedef struct
{
  guint shapes[SHAPE_NAME + 1];
  guint alone;        /* labels alone on a line */
  guint paren_alone;  /* (林委員) alone */
  guint end;          /* …。(林委員) */
  guint numbered;
  guint bullets;
  guint sentences;
} Counts;

static void
count_lines (GArray     *lines,
             const char *base,
             guint       from,
             Counts     *counts)
{
  memset (counts, 0, sizeof *counts);

  for (guint i = from; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind != LINE_TEXT)
        continue;

      switch (l->mark)
        {
        case MARK_SPEAKER:
          if (l->via == VIA_NUMBER)
            counts->numbered++;
          else
            counts->shapes[l->shape]++;
          break;
        case MARK_LABEL:
          counts->alone++;
          break;
        case MARK_SPEAKER_PAREN:
          counts->paren_alone++;
          break;
        case MARK_BULLET:
          counts->bullets++;
          break;
        default:
          break;
        }
      if (l->ends == ENDS_SPEAKER)
        counts->end++;
      else if (l->ends == ENDS_SENTENCE)
        counts->sentences++;
    }
}

/* Whether a speaker in parentheses alone on a line names the statement
 * after it rather than the one before: the text then starts with one, or
 * does not end with one. */
static gboolean
paren_opens (GArray     *lines,
             const char *base,
             guint       from)
{
  gint first = -1, last = -1;
  gboolean text_before = FALSE, text_after = FALSE;

  for (guint i = from; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_TEXT && l->mark == MARK_SPEAKER_PAREN)
        {
          if (first < 0)
            first = i;
          last = i;
        }
    }
  if (first < 0)
    return FALSE;

  for (guint i = from; i < (guint)first; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      /* Narration (…が説明。) is no statement awaiting its speaker. */
      if (l->kind == LINE_TEXT && (l->ends == ENDS_SENTENCE || l->n_chars > 40) &&
          l->mark != MARK_BRACKET && l->mark != MARK_PAREN &&
          !_rt_minutes_is_narration (base + l->start, l->end - l->start))
        text_before = TRUE;
    }
  for (guint i = last + 1; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_TEXT && (l->ends == ENDS_SENTENCE || l->n_chars > 40))
        text_after = TRUE;
    }

  return text_after && !text_before;
}

static void
apply_convention (Conv                *conv,
                  RtMinutesConvention  convention)
{
  conv->convention = convention;
  conv->summary = convention == RT_MINUTES_CONVENTION_SUMMARY;
  conv->comments = convention == RT_MINUTES_CONVENTION_COMMENTS;
  if (convention == RT_MINUTES_CONVENTION_LABEL_LINE)
    conv->paren_before = TRUE;
  else if (convention == RT_MINUTES_CONVENTION_END)
    conv->paren_before = FALSE;
  if (convention == RT_MINUTES_CONVENTION_NAME)
    conv->numbered = TRUE;
}

/**
 * _rt_minutes_detect:
 * @conv: what is learnt
 * @lines: the lines, classified with @conv->probe set
 * @base: the text
 * @forced: a convention to cut with, or AUTO to find it
 *
 * See the top of this file.
 */
void
_rt_minutes_detect (Conv                *conv,
                    GArray              *lines,
                    const char          *base,
                    RtMinutesConvention  forced)
{
  Counts counts;
  gsize len = lines->len > 0 ? g_array_index (lines, Line, lines->len - 1).end : 0;
  RtMinutesConvention best = RT_MINUTES_CONVENTION_SUMMARY;
  guint best_count = 0;
  guint total;
  gboolean comments;
  guint cells_head = 0;
  struct {
    RtMinutesConvention convention;
    guint count;
  } candidates[6];

  conv->header_end = find_header_end (lines, base);
  collect_names (conv, lines, base);
  collect_recurring_names (conv, lines, base);

  /* With the attendance known, bare names are speakers: the header ends
   * before a name followed by prose, and the lines are read again. */
  if (conv->attendees->len > 0)
    {
      _rt_minutes_classify_lines (lines, base, conv);
      while (conv->header_end > 0)
        {
          const Line *l = &g_array_index (lines, Line, conv->header_end - 1);

          if (l->kind == LINE_TEXT && (l->mark == MARK_LABEL || l->mark == MARK_SPEAKER) &&
              l->via == VIA_ATTENDEE && is_body_turn (lines, base, conv->header_end - 1))
            conv->header_end--;
          else
            break;
        }
    }

  count_lines (lines, base, conv->header_end, &counts);

  conv->numbered = counts.numbered >= 2;
  conv->paren_before = paren_opens (lines, base, conv->header_end);

  candidates[0].convention = RT_MINUTES_CONVENTION_MARK;
  candidates[0].count = counts.shapes[SHAPE_MARK];
  candidates[1].convention = RT_MINUTES_CONVENTION_BRACKET;
  candidates[1].count = counts.shapes[SHAPE_BRACKET];
  candidates[2].convention = RT_MINUTES_CONVENTION_PAREN;
  candidates[2].count = counts.shapes[SHAPE_PAREN] + (conv->paren_before ? counts.paren_alone : 0);
  candidates[3].convention = RT_MINUTES_CONVENTION_COLON;
  candidates[3].count = counts.shapes[SHAPE_COLON];
  candidates[4].convention = RT_MINUTES_CONVENTION_NAME;
  candidates[4].count = counts.shapes[SHAPE_NAME] + (conv->numbered ? counts.numbered : 0);
  candidates[5].convention = RT_MINUTES_CONVENTION_END;
  candidates[5].count = counts.end + (conv->paren_before ? 0 : counts.paren_alone);

  total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      total += candidates[i].count;
      if (candidates[i].count > best_count)
        {
          best = candidates[i].convention;
          best_count = candidates[i].count;
        }
    }

  /* Labels alone on their lines, the text below: a convention of its own
   * when they outnumber the inline ones. */
  if (counts.alone > best_count)
    {
      best = RT_MINUTES_CONVENTION_LABEL_LINE;
      best_count = counts.alone;
    }
  total += counts.alone;

  conv->opinion_col = conv->answer_col = -1;
  conv->numbered_answers = count_numbered_answers (lines, base) >= 2 && has_comment_words (base, len);
  conv->letters = has_letter_words (base, len);
  /* 一般質問: the assembly's questions, each answer a turn of its own;
   * not the citizens' questions at a 議会報告会. */
  conv->qa_apart = text_has (base, len, "一般質問") && !text_has (base, len, "議会報告会") &&
                   !text_has (base, len, "意見交換会");
  comments = is_comment_table (lines, base, len, &conv->opinion_col, &conv->answer_col, &conv->row_spaces,
                               &cells_head, &conv->opinion_marks, &conv->answer_marks);
  conv->cell_answers = cells_head > 0 &&
                       (forced == RT_MINUTES_CONVENTION_AUTO || forced == RT_MINUTES_CONVENTION_COMMENTS);
  /* 1 計画の内容が具体性に乏しい。 / its answer below: numbered opinions
   * tell their answers better than the head row. */
  if (conv->cell_answers && conv->numbered_answers)
    comments = conv->cell_answers = FALSE;
  /* What is above the table's head row is the page's own. */
  if (conv->cell_answers)
    conv->header_end = MAX (conv->header_end, cells_head);
  /* 質問・意見等当日の回答担当課の処理・回答: the heads of the columns run
   * together say as much, whatever the rows below them are cut by. */
  for (guint i = conv->header_end; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_TEXT && is_glued_head_row (base + l->start, base + l->end))
        {
          conv->header_end = i + 1;
          break;
        }
    }
  /* Answers under a mark of their own: ● after ○ letters, ― after 質問:. */
  conv->answer_symbol = alternating_symbol (lines, base);
  if (conv->answer_symbol == 0 && conv->opinion_marks >= 2)
    conv->answer_symbol = dash_after_opinions (lines, base);
  if (comments || conv->answer_symbol != 0)
    best = RT_MINUTES_CONVENTION_COMMENTS;
  else if (total == 0 || (total <= 1 && counts.bullets + counts.sentences >= 4))
    best = RT_MINUTES_CONVENTION_SUMMARY;

  if (forced == RT_MINUTES_CONVENTION_COMMENTS && conv->opinion_col < 0)
    {
      int opinion = -1, answer = -1;

      (void)is_comment_table (lines, base, len, &opinion, &answer, &conv->row_spaces, &cells_head,
                              &conv->opinion_marks, &conv->answer_marks);
      conv->opinion_col = opinion;
      conv->answer_col = answer;
    }

  conv->found = forced == RT_MINUTES_CONVENTION_AUTO;
  conv->probe = FALSE;
  apply_convention (conv, conv->found ? best : forced);
}

/**
 * rt_minutes_heading_is_structure:
 * @text: a heading's text
 *
 * See rt-minutes.h.
 */
gboolean
rt_minutes_heading_is_structure (const char *text)
{
  const char *e, *label, *label_end;
  const char *end;

  g_return_val_if_fail (text != NULL, FALSE);

  e = text + strlen (text);
  end = _rt_minutes_body_heading_end (text, e);
  if (end != NULL && skip_space (end, e) == e)
    return TRUE;

  return _rt_minutes_agenda_line (text, e, &label, &label_end) != 0;
}
