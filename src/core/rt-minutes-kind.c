/* rt-minutes-kind.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a statement is — opinion, question, request, explanation or
 * procedure — by rules a secretariat can check: who speaks, the chair's
 * stock phrases and how the sentences end. No statistics.
 */

#define G_LOG_DOMAIN "rt-minutes"

#include "config.h"

#include <string.h>

#include "rt-minutes-private.h"

/* Speakers on the city's side of the table: what they say explains or
 * answers. Matched at the end of the role, or anywhere in the label.
 * 教授 and 講師: a label that names the title of a guest, not a member. */
static const char * const answer_roles[] = {
  "教授", "講師",
  "事務局", "準備室", "課長", "部長", "局長", "次長", "室長", "係長", "所長", "館長",
  "センター長", "主幹", "主査", "主任", "主事", "参事", "担当", "説明員", "市長", "区長", "町長",
  "村長", "知事", "教育長", "理事者", "管理者", "課長補佐", "監", "職員",
};

/* The chair, whose stock phrases are procedure. */
static const char * const chair_roles[] = {
  "委員長", "会長", "議長", "座長", "部会長", "分科会長", "司会", "会長代理",
  "委員長代理", "職務代理者", "進行",
};

/* Committee members who happen to end in a city role: 副委員長 is no 長 of
 * the city. */
static const char * const member_roles[] = {
  "委員", "副委員長", "副会長", "副座長", "副議長", "議員", "オブザーバー", "アドバイザー",
};

static const char * const procedure_phrases[] = {
  "開会", "閉会", "散会", "休憩", "再開", "異議なし", "異議ありませんか", "異議はありませんか",
  "御異議", "ご異議", "議題とします", "議題といたします", "議題に入り", "を議題と",
  "ほかにありませんか", "他にありませんか", "ほかにございませんか", "他にございませんか",
  "ほかにご意見", "他にご意見", "ほかに御意見", "他に御意見", "ほかに質問", "他に質問",
  "ご意見はありませんか", "ご意見ありませんか", "御意見ありませんか", "ご質問はありませんか",
  "ご質問ありませんか", "御質問ありませんか", "会議録署名", "署名委員", "定足数", "会議は成立",
  "会議が成立", "傍聴", "以上で本日", "これをもちまして", "採決", "賛成の方は", "挙手",
  "お諮りします", "お諮りいたします", "次第に沿って", "次第に従って", "次の議題", "次に、",
  "以上をもって", "終了いたします", "終了します", "閉じます", "日程第", "報告事項",
  "終わります", "終わりにします", "終わりといたします", "これで終わり",
};

/* How a meeting is opened and people introduced, whoever speaks: in the
 * first sentence of a statement. */
static const char * const opening_phrases[] = {
  "おはようございます", "こんにちは", "こんばんは", "おめでとうございます", "と申します",
  "着任いたしました", "着任しました", "お忙しい中", "お集まりいただき", "ご出席いただき",
  "御出席いただき", "ただいまから", "ただ今から", "ただいまより", "ただ今より", "これより",
  "定刻", "開会いたします", "開会します", "開催いたします", "開催します", "始めます",
  "始めさせていただきます", "会議を開き", "紹介させていただきます", "ご紹介いたします",
  "ご紹介します", "続きまして", "改めまして", "ありがとうございました。", "お越しいただき",
  "感謝申し上げ",
};

/* How the chair or the secretariat calls for what comes next. */
static const char * const calling_phrases[] = {
  "ご意見はないか", "ご意見ございますか", "ご意見はございますか", "ご意見ありますか",
  "ご意見はありますか", "御意見はありますか", "意見ございますか", "ご質問、ご意見",
  "ご質問・ご意見", "ご意見、ご質問", "感想をお伺い", "ご意見をお伺い", "ご意見を頂きたい",
  "ご意見をいただきたい", "御意見をいただきたい", "ご意見を伺いたい", "次第に沿って",
  "審査日程", "議題とします", "議題といたします", "説明をお願い", "説明をしていただ",
  "説明を求めます", "ご説明をお願い", "会議録については", "議事録については", "会議録の確認",
  "議事録の確認", "朗読", "よろしいでしょうか", "よろしいですか", "お諮り",
  "討論ありませんか", "質疑ありませんか", "討論はありませんか", "質疑はありませんか",
  "発言はありませんか", "ご発言ありませんか", "ご発言はありませんか",
};

/* The chair's formulae of an assembly, procedure whoever the document
 * names (flattened pages often lose the chair's label). */
static const char * const formula_phrases[] = {
  "と認めます", "と認めました", "起立全員", "起立多数", "挙手全員", "挙手多数", "を議題とします",
  "を議題といたします", "会議を開きます", "休憩いたします", "再開いたします", "散会いたします",
  "閉会いたします", "討論を終わります", "質疑を終わります",
};

/* What the chair says to the meeting rather than about the matter: a
 * chair's statement with one of these is procedure (opening words, the
 * order of business, calling on people), one without them keeps the kind
 * its sentences give (a chair's own opinion or question). */
static const char * const chair_address[] = {
  "本日", "今回", "議事", "審議に", "審議を", "皆様", "皆さん", "委員の",
  "進め", "進行", "お願いします", "お願いいたします", "お願いしたい", "よろしく", "発言",
  "ご意見", "御意見", "ご質問", "御質問", "ご質疑", "御質疑", "審査",
};

/* How the side of the table that runs a meeting opens it: attendance,
 * introductions, who chairs. In the first sentence of the chair's or the
 * secretariat's statement. */
static const char * const attendance_phrases[] = {
  "欠席", "出席", "お待たせ", "紹介", "挨拶", "あいさつ", "推薦", "進行",
};

/* A member reporting (a committee chair's report to the assembly). */
static const char * const report_phrases[] = {
  "報告いたします", "報告します", "報告申し上げます", "報告させていただきます",
};

/* A member announcing questions: 何点か質問したい, お尋ねします. */
static const char * const asking_phrases[] = {
  "質問した", "質問させて", "質問をさせて", "質問いたします", "質問します", "お尋ねし",
  "お尋ねを", "お伺いしたい", "お聞きしたい", "伺いたい", "教えてください", "教えて下さい",
  "教えていただきたい", "教えてほしい", "を聞きたい", "を聞かせて",
};

/* Short enough to be nothing but procedure when said by anyone: 異議なし. */
static const char * const short_procedure[] = {
  "異議なし", "異議無し", "了承", "はい", "なし", "ありません", "特にありません", "特になし",
};

static const char * const request_phrases[] = {
  "てほしい", "て欲しい", "でほしい", "ていただきたい", "て頂きたい", "でいただきたい",
  "ていただけないか", "ていただけないでしょうか", "ていただければ", "て頂ければ",
  "てもらいたい", "でもらいたい", "てもらえないか", "お願いしたい", "お願いいたしたい",
  "要望", "要請", "お願いします。", "お願いする。", "求める。", "求めます。", "望みます",
  "望む。", "してください", "してくださ", "ようにされたい", "されたい。", "配慮願いたい",
  "願いたい", "検討願", "してもらえれば", "がほしい", "が欲しい",
};

/* Greetings end in お願いします too. */
static const char * const not_request[] = {
  "よろしくお願いします", "宜しくお願いします", "よろしくお願いいたします",
  "宜しくお願いいたします", "よろしくお願い致します", "お願いいたします。",
};

/* Sentences ending so are rhetorical: 〜ではないか。 is an opinion. */
static const char * const rhetorical_ends[] = {
  "ではないか", "のではないか", "じゃないか", "ないだろうか", "のではなかろうか",
  "ではないでしょうか", "のではないでしょうか", "ではなかろうか",
};

static gboolean
ends_with (const char *s,
           gsize       len,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return len >= n && memcmp (s + len - n, suffix, n) == 0;
}

static RtPhrases request_set = RT_PHRASES (request_phrases);
static RtPhrases opening_set = RT_PHRASES (opening_phrases);
static RtPhrases formula_set = RT_PHRASES (formula_phrases);
static RtPhrases procedure_set = RT_PHRASES (procedure_phrases);
static RtPhrases calling_set = RT_PHRASES (calling_phrases);
static RtPhrases attendance_set = RT_PHRASES (attendance_phrases);
static RtPhrases chair_address_set = RT_PHRASES (chair_address);
static RtPhrases report_set = RT_PHRASES (report_phrases);
static RtPhrases asking_set = RT_PHRASES (asking_phrases);

/* Whether @text holds one of the phrases. */
static gboolean
contains_any (const char *text,
              RtPhrases  *phrases)
{
  return _rt_minutes_has_phrase (text, text + strlen (text), phrases);
}

static gboolean
is_role_of (const char         *label,
            const char         *role,
            const char * const *roles,
            gsize               n_roles)
{
  gsize len;

  /* 芦屋市長: the role may carry the name of its city or body. */
  for (gsize i = 0; role != NULL && i < n_roles; i++)
    if (ends_with (role, strlen (role), roles[i]))
      return TRUE;

  if (label == NULL)
    return FALSE;

  /* 事務局（佐藤課長）, 市民協働課長, 佐藤会長: the label's own ending;
   * 医務国保課主幹(国保・福祉医療): before what it says in parentheses. */
  len = strlen (label);
  for (gsize i = 0; i < n_roles; i++)
    if (ends_with (label, len, roles[i]) || g_str_has_prefix (label, roles[i]))
      return TRUE;
  if (len > 0 && (label[len - 1] == ')' || ends_with (label, len, "）")))
    {
      const char *open = _rt_minutes_paren_open_before (label, g_utf8_find_prev_char (label, label + len));

      for (gsize i = 0; open != NULL && open > label && i < n_roles; i++)
        if (ends_with (label, open - label, roles[i]))
          return TRUE;
    }

  return FALSE;
}

static gboolean
is_member (const char *label,
           const char *role)
{
  for (guint i = 0; role != NULL && i < G_N_ELEMENTS (member_roles); i++)
    if (g_str_equal (role, member_roles[i]))
      return TRUE;

  return label != NULL && (strstr (label, "副委員長") != NULL || strstr (label, "副会長") != NULL);
}

static gboolean
is_chair (const char *label,
          const char *role)
{
  if (role != NULL && g_str_has_prefix (role, "副"))
    return FALSE;

  return is_role_of (label, role, chair_roles, G_N_ELEMENTS (chair_roles));
}

/* 副委員長, 副会長 who chair in the chair's absence: their procedure is
 * procedure, their opinions stay opinions. */
static gboolean
is_vice_chair (const char *label,
               const char *role)
{
  const char *r = role != NULL ? role : label;

  return r != NULL && g_str_has_prefix (r, "副") && !g_str_has_suffix (r, "委員") &&
         is_role_of (NULL, r + strlen ("副"), chair_roles, G_N_ELEMENTS (chair_roles));
}

/* The chair calling on someone: 町長。 2番。 総務課長. */
static gboolean
is_calling_name (const char *short_text)
{
  static const char * const ends[] = { "長", "委員", "番", "君", "さん", "議員", "局", "担当", "課" };
  glong n = g_utf8_strlen (short_text, -1);

  if (n == 0 || n > 8)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (short_text, ends[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_city (const char *label,
         const char *role)
{
  if (is_member (label, role) || is_chair (label, role))
    return FALSE;

  if (label != NULL && strstr (label, "事務局") != NULL)
    return TRUE;

  return is_role_of (label, role, answer_roles, G_N_ELEMENTS (answer_roles));
}

/**
 * _rt_minutes_label_side:
 *
 * Whether a speaker label, as written, names a citizen who asks
 * ((中学生), 参加者からのご意見, 中学生からの意見・要望) or the city that
 * answers (町長, 議員の答弁, 【市の回答】); a member or the chair is neither.
 */
RtTurnSide
_rt_minutes_label_side (const char *p,
                        const char *e)
{
  const char *kw = _rt_minutes_label_kind_word (p, e);
  const char *who_end = kw != NULL ? kw : e;
  g_autofree char *label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;

  if (kw != NULL)
    {
      const char *w = skip_space (kw, e);

      if (starts_with (w, e, "の"))
        w += strlen ("の");
      if (starts_with (w, e, "答弁") || starts_with (w, e, "回答") || starts_with (w, e, "再答弁"))
        return RT_TURN_ANSWERS;
    }
  if (_rt_minutes_is_citizen_label (p, who_end))
    return RT_TURN_ASKS;
  if (_rt_minutes_label_level (p, who_end, &name, &role) == LEVEL_NONE)
    return RT_TURN_NEITHER;
  label = g_strndup (p, trim_end (p, who_end) - p);
  return is_city (label, role) ? RT_TURN_ANSWERS : RT_TURN_NEITHER;
}

/* The text without blanks, brackets and stage notes at its end: 「異議な
 * し」と呼ぶ者あり → 異議なし. */
static gboolean
is_compacted_out (gunichar c)
{
  switch (c)
    {
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:   /* 「」『』 */
    case 0xFF08: case 0xFF09: case '(': case ')':         /* （）() */
    case 0x3014: case 0x3015: case 0x3010: case 0x3011:   /* 〔〕【】 */
    case 0x30FB: case 0x3002: case 0x3001:                /* ・。、 */
      return TRUE;
    default:
      return rt_minutes_is_space (c);
    }
}

static char *
compact (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_compacted_out (c))
        continue;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* @text without blanks: PDF text breaks ので はないか. */
static char *
without_blanks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!rt_minutes_is_space (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* Whether the last sentence of @raw asks something. */
static gboolean
ends_as_question (const char *raw)
{
  g_autofree char *text = NULL;
  const char *tail = raw + strlen (raw);
  gsize len;

  /* Only the end is read: the last 32 characters that are no blank or
   * closing bracket, more than the longest ending looked for. */
  for (guint n = 0; tail > raw && n < 32;)
    {
      gunichar c;

      tail = g_utf8_find_prev_char (raw, tail);
      c = g_utf8_get_char (tail);
      if (!rt_minutes_is_space (c) && c != 0x300D && c != 0x300F)
        n++;
    }
  text = without_blanks (tail);
  len = strlen (text);

  /* Trailing blanks, closing brackets and a stage note in parentheses. */
  for (;;)
    {
      const char *prev;
      gunichar c;

      if (len == 0)
        return FALSE;
      prev = g_utf8_find_prev_char (text, text + len);
      if (prev == NULL)
        return FALSE;
      c = g_utf8_get_char (prev);
      if (rt_minutes_is_space (c) || c == 0x300D || c == 0x300F)
        {
          len = prev - text;
          continue;
        }
      break;
    }

  if (ends_with (text, len, "？") || ends_with (text, len, "?"))
    return TRUE;

  /* 〜でしたよね。: asking to confirm. */
  if (ends_with (text, len, "よね。") || ends_with (text, len, "よね"))
    return TRUE;

  if (ends_with (text, len, "。"))
    len -= strlen ("。");

  if (!ends_with (text, len, "か"))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (rhetorical_ends); i++)
    if (ends_with (text, len, rhetorical_ends[i]))
      return FALSE;

  return TRUE;
}

/* …に係る所見, …についての見解: a digest of questions names what was asked
 * for, in a phrase without a sentence end. */
static gboolean
asks_for_view (const char *text)
{
  static const char * const views[] = {
    "所見", "見解", "認識", "考え方", "真意", "見通し", "お考え",
  };
  gsize len = strlen (text);

  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '\n' || text[len - 1] == '\t'))
    len--;
  if (strstr (text, "。") != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (ends_with (text, len, views[i]))
      return TRUE;
  return FALSE;
}

static gboolean
asks_anywhere (const char *text)
{
  return strstr (text, "？") != NULL || strstr (text, "でしょうか。") != NULL ||
         strstr (text, "ですか。") != NULL || strstr (text, "ますか。") != NULL;
}

static gboolean
is_request (const char *text)
{
  g_autofree char *clean = NULL;

  if (!contains_any (text, &request_set))
    return FALSE;

  /* お願いします after a greeting is no request. */
  clean = g_strdup (text);
  for (guint i = 0; i < G_N_ELEMENTS (not_request); i++)
    {
      char *hit;

      while ((hit = strstr (clean, not_request[i])) != NULL)
        memset (hit, ' ', strlen (not_request[i]));
    }

  return contains_any (clean, &request_set);
}

/**
 * rt_minutes_classify:
 * @label: (nullable): the speaker as written
 * @role: (nullable): the speaker's role
 * @text: the statement
 *
 * See rt-minutes.h.
 *
 * Returns: the kind of the statement
 */
RtStatementKind
rt_minutes_classify (const char *label,
                     const char *role,
                     const char *text)
{
  g_autofree char *short_text = NULL;
  g_autofree char *first = NULL;
  gboolean chair, city, vice;
  gsize n_chars;

  g_return_val_if_fail (text != NULL, RT_STATEMENT_KIND_OPINION);

  short_text = compact (text);
  n_chars = g_utf8_strlen (short_text, -1);

  /* 異議なし, 了承, (「異議なし」と呼ぶ者あり): procedure, whoever says it. */
  if (n_chars <= 16)
    for (guint i = 0; i < G_N_ELEMENTS (short_procedure); i++)
      if (g_str_has_prefix (short_text, short_procedure[i]) &&
          (g_utf8_strlen (short_procedure[i], -1) + 4 >= (glong)n_chars ||
           strstr (short_text, "と呼ぶ者") != NULL || strstr (short_text, "の声") != NULL))
        return RT_STATEMENT_KIND_PROCEDURE;

  /* Calling on the next speaker: 町長。 */
  if (is_calling_name (short_text))
    return RT_STATEMENT_KIND_PROCEDURE;

  /* Greetings, self-introductions and openings, whoever says them. */
  {
    const char *stop = strstr (text, "。");

    first = g_strndup (text, stop != NULL ? (gsize)(stop - text) + strlen ("。") : strlen (text));
    if (contains_any (first, &opening_set) ||
        (n_chars <= 40 && strstr (text, "よろしくお願い") != NULL) ||
        (g_utf8_strlen (first, -1) <= 24 && g_str_has_suffix (first, "でございます。")) ||
        (g_utf8_strlen (first, -1) <= 24 && g_str_has_suffix (first, "です。") &&
         strstr (text, "よろしくお願い") != NULL))
      return RT_STATEMENT_KIND_PROCEDURE;
  }

  /* 質疑なしと認めます, 起立全員: the chair's formulae. */
  if (contains_any (text, &formula_set))
    return RT_STATEMENT_KIND_PROCEDURE;

  /* (問)… (答)…, Q：… A：…: the document says which is which. */
  {
    static const char * const asks[] = { "(問)", "（問）", "問：", "問:", "Q：", "Q:", "Ｑ：", "Ｑ:", "〔問〕", "【問】" };
    static const char * const answers[] = { "(答)", "（答）", "答：", "答:", "A：", "A:", "Ａ：", "Ａ:", "〔答〕", "【答】" };

    const char *t = text;

    while (*t != '\0' && rt_minutes_is_space (g_utf8_get_char (t)))
      t = g_utf8_next_char (t);
    for (guint i = 0; i < G_N_ELEMENTS (asks); i++)
      if (g_str_has_prefix (t, asks[i]))
        return RT_STATEMENT_KIND_QUESTION;
    for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
      if (g_str_has_prefix (t, answers[i]))
        return RT_STATEMENT_KIND_ANSWER;
  }

  chair = is_chair (label, role);
  city = is_city (label, role);
  vice = is_vice_chair (label, role);

  if ((chair || city || vice) &&
      (contains_any (text, &procedure_set) ||
       contains_any (text, &calling_set) ||
       contains_any (first, &attendance_set)))
    return RT_STATEMENT_KIND_PROCEDURE;

  if (city)
    return ends_as_question (text) ? RT_STATEMENT_KIND_QUESTION : RT_STATEMENT_KIND_ANSWER;

  /* The chair speaking to the meeting, unless asking about the matter. */
  if (chair && !ends_as_question (text) &&
      contains_any (text, &chair_address_set))
    return RT_STATEMENT_KIND_PROCEDURE;

  /* A member's report: 審査の経過と結果について御報告いたします. */
  if (contains_any (first, &report_set))
    return RT_STATEMENT_KIND_ANSWER;

  /* 何点か質問したい, お尋ねします: what follows are questions. */
  if (contains_any (text, &asking_set))
    return RT_STATEMENT_KIND_QUESTION;

  if (is_request (text))
    return RT_STATEMENT_KIND_REQUEST;

  if (ends_as_question (text) || asks_anywhere (text) || asks_for_view (text))
    return RT_STATEMENT_KIND_QUESTION;

  return RT_STATEMENT_KIND_OPINION;
}
