/* rt-minutes-label.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Speaker labels: what looks like a speaker, and its name and role.
 */

#define G_LOG_DOMAIN "rt-minutes"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-minutes-private.h"

/* Speaker labels */



static const Word roles[] = {
  WORD ("副委員長"), WORD ("委員長代理"), WORD ("職務代理者"), WORD ("会長代理"),
  WORD ("委員長"), WORD ("副会長"), WORD ("副市長"), WORD ("副議長"), WORD ("副座長"),
  WORD ("事務局長"), WORD ("事務局次長"), WORD ("事務局員"), WORD ("事務局"),
  WORD ("準備室長"), WORD ("準備室"), WORD ("委員"), WORD ("会長"), WORD ("市長"),
  WORD ("議長"), WORD ("座長"), WORD ("部長"), WORD ("課長補佐"), WORD ("課長"),
  WORD ("係長"), WORD ("室長"), WORD ("所長"), WORD ("局長"), WORD ("次長"),
  WORD ("館長"), WORD ("センター長"), WORD ("理事長"), WORD ("理事"), WORD ("教育長"),
  WORD ("区長"), WORD ("町長"), WORD ("村長"), WORD ("知事"), WORD ("主査"),
  WORD ("主任"), WORD ("説明員"), WORD ("司会"), WORD ("講師"), WORD ("参与"),
  WORD ("顧問"), WORD ("オブザーバー"), WORD ("アドバイザー"),
  WORD ("副部会長"), WORD ("部会長"), WORD ("分科会長"), WORD ("副主幹"), WORD ("主幹"),
  WORD ("主任主事"), WORD ("指導主事"), WORD ("主事"), WORD ("専門員"), WORD ("技師"),
  WORD ("副館長"), WORD ("副所長"), WORD ("支所長"), WORD ("本部長"), WORD ("副本部長"),
  WORD ("事務長"), WORD ("副参事"), WORD ("准教授"), WORD ("教授"), WORD ("副校長"),
  WORD ("校長"), WORD ("教頭"), WORD ("園長"), WORD ("署長"), WORD ("消防長"), WORD ("議員"),
  /* Of 一部事務組合, 企業団 and councils of towns (組合長 not: in rolls it
   * is the head of a 農協, a member). */
  WORD ("副管理者"), WORD ("副企業長"), WORD ("企業長"), WORD ("幹事長"),
  WORD ("書記長"), WORD ("副団長"), WORD ("団長"),
  WORD ("監事"), WORD ("幹事"), WORD ("書記"), WORD ("会計管理者"), WORD ("管理者"),
  WORD ("副区長"), WORD ("副町長"), WORD ("副村長"), WORD ("副知事"), WORD ("一同"),
  /* Titles of before 2007 (助役, 収入役), and the 監 and 参事 of a city hall. */
  WORD ("助役"), WORD ("収入役"), WORD ("参事"), WORD ("政策監"), WORD ("管理監"), WORD ("指導監"),
  WORD ("技監"), WORD ("審議監"), WORD ("課長代理"), WORD ("保健師"), WORD ("相談員"),
  WORD ("コーディネーター"), WORD ("ファシリテーター"),
  /* Who asks at a press conference: 記者, or the paper or station. */
  WORD ("記者"), WORD ("幹事社"), WORD ("新聞社"), WORD ("新聞"), WORD ("放送"), WORD ("テレビ"), WORD ("通信社"),
};

/* Who speaks at a 座談会 or タウンミーティング: (中学生), (町民), 参加者. A
 * label only when that is the whole label: NPO・市民活動団体 is none. */
static const Word citizens[] = {
  WORD ("中学生"), WORD ("高校生"), WORD ("小学生"), WORD ("大学生"), WORD ("町民"), WORD ("市民"),
  WORD ("区民"), WORD ("村民"), WORD ("住民"), WORD ("参加者"), WORD ("保護者"),
};

gboolean
_rt_minutes_is_citizen_label (const char *p,
                              const char *e)
{
  p = skip_space (p, e);
  e = trim_end (p, e);
  for (guint i = 0; i < G_N_ELEMENTS (citizens); i++)
    if ((gsize) (e - p) == citizens[i].len && memcmp (p, citizens[i].str, citizens[i].len) == 0)
      return TRUE;
  return FALSE;
}

static const Word honorifics[] = {
  WORD ("さん"), WORD ("氏"), WORD ("様"), WORD ("君"), WORD ("先生"),
};

/* Whether @w starts the text and more follows it. */
static inline gboolean
has_prefix_word (const char *p,
                 const char *e,
                 const Word *w)
{
  return (gsize) (e - p) > w->len && p[w->len - 1] == w->str[w->len - 1] && memcmp (p, w->str, w->len) == 0;
}

static inline gboolean
has_suffix_word (const char *p,
                 const char *e,
                 const Word *w)
{
  /* The last byte first: most words are told apart by it, without a
   * call. */
  return (gsize) (e - p) >= w->len && e[-1] == w->str[w->len - 1] && memcmp (e - w->len, w->str, w->len) == 0;
}

/* 白鳥会場, 中央公民館, 北地区: a place, which no one is named; 挨拶, 説明:
 * what a turn is, before who makes it (挨拶(吉川会長)). */
static gboolean
names_no_one (const char *p,
              const char *e)
{
  static const Word acts[] = {
    WORD ("挨拶"), WORD ("あいさつ"), WORD ("説明"), WORD ("報告"), WORD ("講評"), WORD ("講話"),
  };
  static const Word places[] = {
    WORD ("会場"), WORD ("地区"), WORD ("会館"), WORD ("公民館"), WORD ("センター"), WORD ("学校"),
    WORD ("公園"), WORD ("病院"), WORD ("施設"), WORD ("庁舎"), WORD ("支所"), WORD ("地域"),
  };

  for (guint i = 0; i < G_N_ELEMENTS (acts); i++)
    if ((gsize) (e - p) == acts[i].len && memcmp (p, acts[i].str, acts[i].len) == 0)
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if ((gsize) (e - p) > places[i].len && has_suffix_word (p, e, &places[i]))
      return TRUE;
  return FALSE;
}

static gboolean
name_check (const char *p,
            const char *e,
            guint       max_chars,
            gboolean    kana_ok)
{
  guint n = 0;
  gboolean in_space = FALSE;
  gboolean kanji = FALSE;
  guint spaces = 0;
  guint kana = 0;

  while (p < e)
    {
      gunichar c = char_at (p);

      if (rt_minutes_is_space (c))
        {
          if (n == 0 || in_space || ++spaces > 1)
            return FALSE;
          in_space = TRUE;
        }
      else
        {
          in_space = FALSE;
          /* A given name in hiragana after a family name: 金崎ひさ, 山下てんせい. */
          if (c >= 0x3041 && c <= 0x3096 && kanji && kana_ok)
            kana++;
          else if (kana > 0)
            return FALSE;
          else if ((c == 0x30FB || c == 0x30FC) && n > 0)
            ;
          else if (!is_kanji (c) && !is_katakana (c) && !is_latin (c))
            return FALSE;
          kanji |= is_kanji (c);
          if (++n > max_chars || kana > 4)
            return FALSE;
        }
      p = g_utf8_next_char (p);
    }

  return n > 0 && !in_space;
}

gboolean
_rt_minutes_is_name (const char *p,
                     const char *e,
                     guint       max_chars)
{
  return name_check (p, e, max_chars, FALSE);
}

/* A person's name, which may end in hiragana (金崎ひさ): only where a role
 * or an honorific says it is a person. */
gboolean
_rt_minutes_is_person_name (const char *p,
                            const char *e,
                            guint       max_chars)
{
  const char *q = p;
  guint n = 0;

  if (name_check (p, e, max_chars, TRUE))
    return TRUE;

  /* わしの 恵子: a family name in hiragana, a blank, then the given name. */
  while (q < e && char_at (q) >= 0x3041 && char_at (q) <= 0x3096)
    {
      q = g_utf8_next_char (q);
      n++;
    }
  if (n < 2 || n > 5 || q >= e || !rt_minutes_is_space (char_at (q)))
    return FALSE;
  q = g_utf8_next_char (q);
  return q < e && is_kanji (char_at (q)) && n + g_utf8_strlen (q, e - q) <= max_chars &&
         name_check (q, e, max_chars, TRUE);
}

/* ますだよしお君: a name written in kana, which only its honorific says is
 * a name. */
static gboolean
is_kana_name_with_honorific (const char *p,
                             const char *e)
{
  static const char * const marks[] = { "君", "さん", "氏" };
  const char *end = NULL;
  guint n = 0;

  p = skip_space (p, e);
  e = trim_end (p, e);
  for (guint i = 0; i < G_N_ELEMENTS (marks) && end == NULL; i++)
    if ((gsize) (e - p) > strlen (marks[i]) && memcmp (e - strlen (marks[i]), marks[i], strlen (marks[i])) == 0)
      end = e - strlen (marks[i]);
  if (end == NULL)
    return FALSE;
  for (const char *q = p; q < end; q = g_utf8_next_char (q), n++)
    {
      gunichar c = char_at (q);

      if (!(c >= 0x3041 && c <= 0x3096) && !is_katakana (c) && !is_kanji (c) && c != 0x30FC)
        return FALSE;
    }
  return n >= 2 && n <= 10;
}

static gboolean
has_japanese (const char *p,
              const char *e)
{
  for (; p < e; p = g_utf8_next_char (p))
    if (is_kanji (char_at (p)) || is_katakana (char_at (p)))
      return TRUE;
  return FALSE;
}

char *
_rt_minutes_dup_trimmed (const char *p,
             const char *e)
{
  p = skip_space (p, e);
  e = trim_end (p, e);
  if (p >= e)
    return NULL;
  return g_strndup (p, e - p);
}

/* A label without a final parenthesised part. */
/* こども未来部長, まちづくり推進課長, みどり公園課長: offices are named in
 * kana too, which a person's name is not; a sentence has its particles. */
static gboolean
is_office_name (const char *p,
                const char *e,
                const char *role,
                gsize       role_len)
{
  static const char * const office_roles[] = {
    "部長", "課長", "課長補佐", "局長", "室長", "所長", "館長", "係長", "センター長", "主幹",
    "副主幹", "主査", "主任", "主事", "次長", "副参事", "事務局", "事務局長", "支所長",
  };
  gboolean office = FALSE;
  guint n = 0, kanji = 0;

  for (guint i = 0; i < G_N_ELEMENTS (office_roles) && !office; i++)
    office = strlen (office_roles[i]) == role_len && memcmp (role, office_roles[i], role_len) == 0;
  if (!office)
    return FALSE;

  for (; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (++n > 20)
        return FALSE;
      if (is_kanji (c))
        kanji++;
      else if (c >= 0x3041 && c <= 0x3096)
        {
          if (g_utf8_strchr ("はがをにでへ", -1, c) != NULL)
            return FALSE;
        }
      else if (!is_katakana (c) && c != 0x30FB && c != 0x30FC)
        return FALSE;
    }

  return kanji >= 2;
}

/* The length of the longest role that starts @p…@e and leaves more after
 * it, or 0. */
static gsize
role_prefix_len (const char *p,
                 const char *e)
{
  gsize best = 0;

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].len > best && has_prefix_word (p, e, &roles[i]))
      best = roles[i].len;
  return best;
}

/* A role, then a name of two to eight characters, without an honorific:
 * 委員長佐々木克敏 in ○委員長佐々木克敏), where the page lost the opening
 * parenthesis. Only where a closing parenthesis says it was a label. */
gboolean
_rt_minutes_is_role_then_name (const char *p,
                               const char *e)
{
  gsize rlen;
  const char *rest;

  p = skip_space (p, e);
  e = trim_end (p, e);
  rlen = role_prefix_len (p, e);
  if (rlen > 0)
    {
      rest = skip_space (p + rlen, e);
      if (rest < e && g_utf8_strlen (rest, e - rest) >= 2 && _rt_minutes_is_person_name (rest, e, 8))
        return TRUE;
    }

  /* 総務分科会長森多久男君: a committee's name of two or three kanji
   * before a role of three characters at least (開会宣告議長 is a heading
   * run into the label). */
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      const char *at;
      glong n_office;
      gboolean kanji = TRUE;

      if (g_utf8_strlen (roles[i].str, -1) < 3 ||
          (at = g_strstr_len (p, MIN (e - p, 12 * 3), roles[i].str)) == NULL || at == p)
        continue;
      n_office = g_utf8_strlen (p, at - p);
      for (const char *q = p; q < at; q = g_utf8_next_char (q))
        kanji &= is_kanji (char_at (q));
      rest = at + roles[i].len;
      if (kanji && n_office >= 2 && n_office <= 3 && rest < e && g_utf8_strlen (rest, e - rest) >= 2 &&
          _rt_minutes_is_person_name (rest, e, 8))
        return TRUE;
    }
  return FALSE;
}

/* A, まちづくり協議会 A, 参加者Ｂ: a person the page names by a letter, after
 * the group they speak for; an honorific follows. */
static gboolean
is_anonymised_person (const char *p,
                      const char *e)
{
  const char *q = e;
  guint letters = 0, n = 0;

  while (q > p && letters < 3)
    {
      const char *prev = g_utf8_prev_char (q);
      gunichar c = char_at (prev);

      if (!((c >= 'A' && c <= 'Z') || (c >= 0xFF21 && c <= 0xFF3A)))
        break;
      letters++;
      q = prev;
    }
  if (letters == 0 || letters > 2)
    return FALSE;
  q = trim_end (p, q);
  for (const char *t = p; t < q; t = g_utf8_next_char (t), n++)
    if (is_label_stop (char_at (t)) || is_sentence_end (char_at (t)) || is_latin (char_at (t)) ||
        rt_minutes_is_space (char_at (t)))
      return FALSE;
  return n <= 12;
}

/* 芦屋市自治会連合会会長 天井 裕一, 芦屋市長 いとう まい: a role, a blank,
 * then the person, as the parentheses of a heading give who speaks under it
 * (1 主催者あいさつ(…)). The name may be spaced, and written in kana alone,
 * since the role before it says it is a person. */
gboolean
_rt_minutes_is_role_space_name (const char *p,
                                const char *e)
{
  const char *gap, *rest;
  guint n = 0, gaps = 0;
  gboolean kana = TRUE;

  p = skip_space (p, e);
  e = trim_end (p, e);
  for (gap = p; gap < e && !rt_minutes_is_space (char_at (gap)); gap = g_utf8_next_char (gap))
    ;
  rest = skip_space (gap, e);
  if (gap == e || rest == e || _rt_minutes_label_level (p, gap, NULL, NULL) != LEVEL_ROLE)
    return FALSE;
  if (_rt_minutes_is_person_name (rest, e, 8))
    return TRUE;

  /* いとう まい: kana, with the blank between family and given name that
   * says it is a name (会長 よろしく is not). */
  for (const char *q = rest; q < e; q = g_utf8_next_char (q))
    {
      gunichar c = char_at (q);

      if (rt_minutes_is_space (c))
        {
          gaps += !rt_minutes_is_space (char_at (g_utf8_prev_char (q)));
          continue;
        }
      kana &= (c >= 0x3041 && c <= 0x3096) || is_katakana (c) || c == 0x30FC;
      n++;
    }
  return kana && gaps == 1 && n >= 3 && n <= 10;
}

/* の意見・要望, のご質問、ご提言: what a citizen submitted, after から.
 * Returns the end of the words, or NULL. */
static const char *
submitted_words_end (const char *p,
                     const char *e)
{
  static const char * const what[] = { "意見", "要望", "質問", "提言", "提案", "相談", "話", "発言" };
  static const char * const given[] = { "出た", "出された", "寄せられた", "いただいた", "頂いた" };
  const char *whole_end = e;
  guint n = 0;

  if (starts_with (p, e, "の"))
    p += strlen ("の");
  /* 市民から出た意見など: how the words came. */
  else
    for (guint i = 0; i < G_N_ELEMENTS (given); i++)
      if (starts_with (p, e, given[i]))
        {
          p += strlen (given[i]);
          break;
        }
  /* …意見など, …意見等: and the like. */
  if ((gsize) (e - p) > strlen ("など") && memcmp (e - strlen ("など"), "など", strlen ("など")) == 0)
    e -= strlen ("など");
  else if ((gsize) (e - p) > strlen ("等") && memcmp (e - strlen ("等"), "等", strlen ("等")) == 0)
    e -= strlen ("等");
  while (p < e)
    {
      gboolean found = FALSE;

      if (n > 0)
        {
          if (!starts_with (p, e, "・") && !starts_with (p, e, "、"))
            return NULL;
          p += strlen ("・");
        }
      if (starts_with (p, e, "ご") || starts_with (p, e, "御"))
        p += strlen ("ご");
      for (guint i = 0; i < G_N_ELEMENTS (what) && !found; i++)
        if (starts_with (p, e, what[i]))
          {
            p += strlen (what[i]);
            found = TRUE;
          }
      if (!found || ++n > 4)
        return NULL;
    }
  return n > 0 ? (p == e ? whole_end : p) : NULL;
}

/**
 * _rt_minutes_paren_open_before:
 *
 * The nearest opening parenthesis before @close, from @p on, or NULL:
 * where the parenthesised note that ends a line starts.
 */
const char *
_rt_minutes_paren_open_before (const char *p,
                               const char *close)
{
  for (const char *q = close; q > p;)
    {
      q = g_utf8_prev_char (q);
      if (is_open_paren (char_at (q)))
        return q;
    }
  return NULL;
}

/* (一部抜粋), (要約): where a trailing parenthesis says the page gives
 * excerpts; returns where it starts, or @e. */
const char *
_rt_minutes_excerpt_note_start (const char *p,
                                const char *e)
{
  static const char * const words[] = { "抜粋", "要約", "要旨", "一部", "概要" };
  const char *close = NULL;
  const char *open;

  if (e <= p || !is_close_paren (last_char (p, e, &close)))
    return e;
  open = _rt_minutes_paren_open_before (p, close);
  if (open == NULL || open <= p || e - open > 10 * 3)
    return e;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strstr_len (open, e - open, words[i]) != NULL)
      return open;
  return e;
}

/* 主な発言内容, 意見, ご意見: what a citizen said, after の (市民の声 names
 * a field of a page, not who speaks). Returns the end
 * of the words, or NULL. */
static const char *
said_words_end (const char *p,
                const char *e)
{
  static const char * const words[] = { "発言内容", "発言", "意見", "ご意見", "御意見", "要望", "質問" };

  if (starts_with (p, e, "主な"))
    p += strlen ("主な");
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (starts_with (p, e, words[i]))
      return p + strlen (words[i]);
  return NULL;
}

static LabelLevel label_level_simple (const char  *p,
                                      const char  *e,
                                      char       **name,
                                      char       **role);

/* 【かじや 質問】, (市の答弁), 【西口部長 答弁】: a label that says what the
 * turn is. Returns where the kind word starts (with its の or blank), or
 * NULL. */
const char *
_rt_minutes_label_kind_word (const char *p,
                             const char *e)
{
  static const char * const words[] = {
    "再質問", "再答弁", "質問", "答弁", "質疑", "回答", "からのご意見", "からの意見",
  };

  const char *from;

  e = trim_end (p, e);
  /* 参加者からの意見(一部抜粋): a note on how the page gives them. */
  e = trim_end (p, _rt_minutes_excerpt_note_start (p, e));
  /* 参加者からのご意見1: numbered. */
  while (e > p && is_digit (last_char (p, e, NULL)))
    e = g_utf8_find_prev_char (p, e);
  /* 参加者の主な発言内容, 市民の意見: after a citizen only, who else would
   * be a heading's subject. */
  {
    const char *no = g_strstr_len (p, e - p, "の");

    if (no != NULL && no > p && _rt_minutes_is_citizen_label (p, no) &&
        said_words_end (no + strlen ("の"), e) == e)
      return no;
  }
  /* 中学生からの意見・要望, 町民からのご質問・ご提言: what was submitted, one
   * word or several. */
  from = p < e ? g_strstr_len (g_utf8_next_char (p), e - g_utf8_next_char (p), "から") : NULL;
  if (from != NULL && submitted_words_end (from + strlen ("から"), e) == e)
    return from;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);
      const char *w, *before;

      if ((gsize) (e - p) <= n || memcmp (e - n, words[i], n) != 0)
        continue;
      w = e - n;
      before = trim_end (p, w);
      if (before < w)
        return before > p ? before : NULL;
      /* 参加者からのご意見: から needs no blank before it. */
      if (g_str_has_prefix (words[i], "から") && w > p)
        return w;
      if (w - p >= (gssize) strlen ("の") && memcmp (w - strlen ("の"), "の", strlen ("の")) == 0 &&
          w - strlen ("の") > p)
        return w - strlen ("の");
      /* 【事務局回答】, 市長答弁: an answer glued to a role (幹事社質問,
       * 代表質問 head sections). */
      if ((g_str_has_suffix (words[i], "回答") || g_str_has_suffix (words[i], "答弁")) && w > p &&
          label_level_simple (p, w, NULL, NULL) == LEVEL_ROLE)
        return w;
    }
  return NULL;
}

static gboolean
is_kanji_digit (gunichar c)
{
  return c != 0 && g_utf8_strchr ("〇一二三四五六七八九十", -1, c) != NULL;
}

/* 2番, 14番, 三十四番: a councillor's seat at @p, in at most @max_digits
 * digits (in kanji, one more: 三十四); where it ends, after 番, or %NULL. */
static const char *
seat_end (const char *p,
          const char *e,
          guint       max_digits)
{
  const char *q = p;
  guint digits = 0;
  gboolean kanji = q < e && is_kanji_digit (char_at (q));

  while (q < e && (kanji ? is_kanji_digit (char_at (q)) : is_digit (char_at (q))) &&
         digits < max_digits + (kanji ? 1 : 0))
    {
      q = g_utf8_next_char (q);
      digits++;
    }
  return digits > 0 && starts_with (q, e, "番") ? q + strlen ("番") : NULL;
}

static LabelLevel
label_level_simple (const char  *p,
                    const char  *e,
                    char       **name,
                    char       **role)
{
  gsize best = 0;

  p = skip_space (p, e);
  e = trim_end (p, e);
  if (p >= e)
    return LEVEL_NONE;

  if (_rt_minutes_is_citizen_label (p, e))
    {
      if (role != NULL)
        *role = g_strndup (p, e - p);
      return LEVEL_ROLE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i].len > best && has_suffix_word (p, e, &roles[i]))
      best = roles[i].len;

  if (best > 0)
    {
      const char *name_end = trim_end (p, e - best);

      /* 14番荒木敏文議員: the seat, then the name. */
      {
        const char *q = seat_end (p, name_end, 3);

        if (q != NULL && skip_space (q, name_end) < name_end)
          p = skip_space (q, name_end);
      }
      if (name_end != p && !_rt_minutes_is_person_name (p, name_end, 12) &&
          !is_office_name (p, name_end, e - best, best))
        return LEVEL_NONE;
      if (name != NULL)
        *name = _rt_minutes_dup_trimmed (p, name_end);
      if (role != NULL)
        *role = g_strndup (e - best, best);
      return LEVEL_ROLE;
    }

  /* A councillor by seat: 2番 (長野晋治). */
  if (seat_end (p, e, 4) == e)
    {
      if (role != NULL)
        *role = g_strndup (p, e - p);
      return LEVEL_ROLE;
    }

  /* Anonymised minutes write 委員A, 委員Ｂ, 委員1, 委員②. */
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      gsize rlen = roles[i].len;
      const char *q;
      guint ids = 0;

      if (!has_prefix_word (p, e, &roles[i]))
        continue;
      q = skip_space (p + rlen, e);
      while (q < e && ids <= 3)
        {
          gunichar c = char_at (q);

          if (!is_latin (c) && !is_digit (c) && c != 0x25CB && !(c >= 0x2460 && c <= 0x2473))
            break;
          ids++;
          q = g_utf8_next_char (q);
        }
      if (q == e && ids >= 1 && ids <= 3)
        {
          if (name != NULL)
            *name = _rt_minutes_dup_trimmed (p + rlen, e);
          if (role != NULL)
            *role = g_strndup (p, rlen);
          return LEVEL_ROLE;
        }
    }

  /* 委員長山田太郎君, 副議長 鳥山和一郎君: the role, then the person. */
  {
    gsize rlen = role_prefix_len (p, e);

    if (rlen > 0)
      for (guint i = 0; i < G_N_ELEMENTS (honorifics); i++)
        {
          const char *rest = skip_space (p + rlen, e);
          const char *name_end;

          if (!has_suffix_word (rest, e, &honorifics[i]))
            continue;
          name_end = trim_end (rest, e - honorifics[i].len);
          if (name_end > rest && g_utf8_strlen (rest, name_end - rest) >= 2 &&
              _rt_minutes_is_person_name (rest, name_end, 8))
            {
              if (name != NULL)
                *name = _rt_minutes_dup_trimmed (rest, name_end);
              if (role != NULL)
                *role = g_strndup (p, rlen);
              return LEVEL_ROLE;
            }
        }
  }

  for (guint i = 0; i < G_N_ELEMENTS (honorifics); i++)
    {
      if (has_suffix_word (p, e, &honorifics[i]))
        {
          gsize n = honorifics[i].len;
          const char *name_end = trim_end (p, e - n);

          /* (まちづくり協議会 Aさん): as sure a speaker as 委員A. */
          if (name_end > p && is_anonymised_person (p, name_end))
            {
              if (name != NULL)
                *name = _rt_minutes_dup_trimmed (p, name_end);
              return LEVEL_ROLE;
            }
          if (name_end == p || !_rt_minutes_is_person_name (p, name_end, 8))
            return LEVEL_NONE;
          if (name != NULL)
            *name = _rt_minutes_dup_trimmed (p, name_end);
          return LEVEL_PERSON;
        }
    }

  if (_rt_minutes_is_name (p, e, 8) && has_japanese (p, e) && !names_no_one (p, e))
    {
      if (name != NULL)
        *name = g_strndup (p, e - p);
      return LEVEL_NAME;
    }

  return LEVEL_NONE;
}

static gboolean
has_label_stop (const char *p,
                const char *e)
{
  for (; p < e; p = g_utf8_next_char (p))
    if (is_label_stop (char_at (p)) || is_sentence_end (char_at (p)))
      return TRUE;
  return FALSE;
}

/* Also understands 事務局（佐藤課長） and 林（委員）. */
static LabelLevel
label_level_raw (const char  *p,
                 const char  *e,
                 char       **name,
                 char       **role)
{
  const char *close;
  gunichar c;

  p = skip_space (p, e);
  e = trim_end (p, e);
  if (p >= e || e - p > LABEL_MAX_BYTES)
    return LEVEL_NONE;

  /* 出席委員, 欠席委員, 出席説明員: fields of the header, nobody's turn. */
  if (e - p >= 6 && (memcmp (p, "出席", 6) == 0 || memcmp (p, "欠席", 6) == 0))
    return LEVEL_NONE;

  /* 【かじや 質問】: who speaks, and the kind of the turn. A name written in
   * kana alone is taken here, where the kind word says it is a speaker. */
  {
    const char *kw = _rt_minutes_label_kind_word (p, e);

    if (kw != NULL)
      {
        LabelLevel inner = label_level_raw (p, kw, name, role);

        /* 参加者からのご意見: only after a role; 町民の皆さんからのご意見 is a
         * heading of opinions. */
        if (g_str_has_prefix (kw, "から"))
          return inner == LEVEL_ROLE ? LEVEL_ROLE : LEVEL_NONE;
        if (inner >= LEVEL_NAME)
          return LEVEL_ROLE;
        if (g_utf8_strlen (p, kw - p) <= 12 && !has_label_stop (p, kw))
          {
            if (name != NULL)
              *name = _rt_minutes_dup_trimmed (p, kw);
            return LEVEL_ROLE;
          }
        return LEVEL_NONE;
      }
  }

  c = last_char (p, e, &close);
  /* 議長(山田君), 議長【二見泰弘君】, 事務局〔佐藤課長〕: any family of brackets. */
  if (is_close_paren (c) || c == 0x3011 || c == 0x3015 || c == 0xFF3D)
    {
      const char *open = NULL;

      for (const char *q = p; q < close; q = g_utf8_next_char (q))
        if (is_close_paren (c) ? is_open_paren (char_at (q)) : closing_bracket (char_at (q)) == c)
          open = q;

      if (open != NULL && open > p)
        {
          const char *inner = g_utf8_next_char (open);
          g_autofree char *xn = NULL, *xr = NULL, *yn = NULL, *yr = NULL;
          LabelLevel lx = label_level_simple (p, open, &xn, &xr);
          LabelLevel ly = label_level_simple (inner, close, &yn, &yr);

          /* 委員長(山下てんせい): after a role, a name may end in hiragana;
           * 議長(ますだよしお君): with an honorific, be all kana. */
          if (lx == LEVEL_ROLE && ly < LEVEL_NAME && is_close_paren (c) &&
              (_rt_minutes_is_person_name (inner, close, 10) || is_kana_name_with_honorific (inner, close)))
            ly = LEVEL_NAME;
          if (lx == LEVEL_ROLE && ly >= LEVEL_NAME)
            {
              if (role != NULL)
                *role = g_steal_pointer (&xr);
              if (name != NULL)
                *name = xn != NULL ? g_steal_pointer (&xn) : g_steal_pointer (&yn);
              return LEVEL_ROLE;
            }
          if (lx >= LEVEL_NAME && ly == LEVEL_ROLE)
            {
              if (role != NULL)
                *role = g_steal_pointer (&yr);
              if (name != NULL)
                *name = g_steal_pointer (&xn);
              return LEVEL_ROLE;
            }
        }
      return LEVEL_NONE;
    }

  return label_level_simple (p, e, name, role);
}


/* Also understands labels spaced out character by character: 会 長,
 * 事 務 局, 委 員 長 (林 委員 is read as written). */
LabelLevel
_rt_minutes_label_level (const char  *p,
                         const char  *e,
                         char       **name,
                         char       **role)
{
  LabelLevel level = label_level_raw (p, e, NULL, NULL);
  LabelLevel spaced;
  g_autoptr(GString) compact = NULL;
  guint n = 0;

  if (level == LEVEL_ROLE || e - p > LABEL_MAX_BYTES)
    return label_level_raw (p, e, name, role);

  compact = g_string_sized_new (e - p);
  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    if (!rt_minutes_is_space (char_at (q)))
      {
        g_string_append_unichar (compact, char_at (q));
        n++;
      }
  if (compact->len == (gsize)(e - p) || n > 12 ||
      (spaced = label_level_raw (compact->str, compact->str + compact->len, NULL, NULL)) <= level)
    return label_level_raw (p, e, name, role);

  return label_level_raw (compact->str, compact->str + compact->len, name, role);
}

/* The level of a label and its parts, where a label may also be a role, a
 * blank and the person (芦屋市長 いとう まい), as a heading gives it. */
LabelLevel
_rt_minutes_label_parts (const char  *p,
                         const char  *e,
                         char       **name,
                         char       **role)
{
  const char *gap;
  LabelLevel level = _rt_minutes_label_level (p, e, name, role);

  if (level != LEVEL_NONE || !_rt_minutes_is_role_space_name (p, e))
    return level;

  p = skip_space (p, e);
  for (gap = p; gap < e && !rt_minutes_is_space (char_at (gap)); gap = g_utf8_next_char (gap))
    ;
  if (role != NULL)
    *role = _rt_minutes_dup_trimmed (p, gap);
  if (name != NULL)
    *name = _rt_minutes_dup_trimmed (gap, e);
  return LEVEL_ROLE;
}

gboolean
rt_minutes_split_speaker (const char  *label,
                          char       **name,
                          char       **role)
{
  g_autofree char *n = NULL;
  g_autofree char *r = NULL;
  gsize len;

  g_return_val_if_fail (label != NULL, FALSE);

  if (name != NULL)
    *name = NULL;
  if (role != NULL)
    *role = NULL;

  len = strlen (label);
  if (!g_utf8_validate_len (label, len, NULL))
    return FALSE;

  if (_rt_minutes_label_parts (label, label + len, &n, &r) == LEVEL_NONE)
    return FALSE;

  if (name != NULL)
    *name = g_steal_pointer (&n);
  if (role != NULL)
    *role = g_steal_pointer (&r);
  return TRUE;
}
