/* rt-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cutting a minutes text (議事録) into statements. The parser works in three passes, each linear in the size of the text:
 * lines are classified one by one (speaker markers, bullets, page numbers…),
 * consecutive lines are joined into units where a PDF hard break cut a
 * sentence, and units become statements, headings or unused spans.
 */

#define G_LOG_DOMAIN "rt-minutes"
#define _GNU_SOURCE  /* memmem */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-minutes-private.h"

struct _RtMinutes
{
  GArray              *statements;   /* RtStatement */
  GArray              *headings;     /* RtHeading */
  GArray              *unused;       /* RtSpan */
  guint                n_speakers;
  guint                n_unattributed;
  RtMinutesConvention  convention;
  gboolean             found;
  gboolean             explaining;    /* while cutting: under a note that the secretariat explains */
  gboolean             has_header;
  gsize                header_start;
  gsize                header_end;
  char               **attendees;
  GArray              *sides;        /* while cutting: the RtTurnSide of each statement's label */
  gboolean             qa_apart;      /* while cutting: questions and answers are statements of their own */
};

G_DEFINE_QUARK (rt-minutes-error-quark, rt_minutes_error)

/* Whitespace */

gboolean
rt_minutes_is_space (gunichar c)
{
  switch (c)
    {
    case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
    case 0x00A0: case 0x3000: case 0xFEFF:
      return TRUE;
    default:
      return FALSE;
    }
}
/* Lines */



static gboolean
is_page_number (const char *s,
                const char *e)
{
  const char *p = s;
  guint digits = 0;

  if (e - s > 40)
    return FALSE;

  while (p < e && (is_dash (char_at (p)) || space_len_at (p, e) > 0))
    p = g_utf8_next_char (p);
  if (p < e && (*p == 'P' || *p == 'p') && p + 1 < e && p[1] == '.')
    p = skip_space (p + 2, e);
  while (p < e && is_digit (char_at (p)))
    {
      digits++;
      p = g_utf8_next_char (p);
    }
  if (digits == 0 || digits > 4)
    return FALSE;
  p = skip_space (p, e);
  if (p < e && (*p == '/' || char_at (p) == 0xFF0F))
    {
      guint more = 0;

      p = skip_space (g_utf8_next_char (p), e);
      while (p < e && is_digit (char_at (p)))
        {
          more++;
          p = g_utf8_next_char (p);
        }
      if (more == 0 || more > 4)
        return FALSE;
    }
  if (starts_with (p, e, "ページ"))
    p += strlen ("ページ");
  else if (starts_with (p, e, "頁"))
    p += strlen ("頁");
  while (p < e && (is_dash (char_at (p)) || space_len_at (p, e) > 0))
    p = g_utf8_next_char (p);

  return p == e;
}

/* |, ---|---|: what is left of a table's bars and rules on a line of its own. */
static gboolean
is_table_rule (const char *s,
               const char *e)
{
  gboolean bar = FALSE;

  if (e - s > 200)
    return FALSE;
  for (const char *p = s; p < e; p++)
    {
      if (*p == '|')
        bar = TRUE;
      else if (*p != '-' && *p != ':' && *p != ' ' && *p != '\t')
        return FALSE;
    }
  return bar;
}

/* Finds the closing bracket @close after @p, within a label's length. */
static const char *
find_close (const char *p,
            const char *e,
            gunichar    open,
            gunichar    close)
{
  const char *limit = e - p > LABEL_MAX_BYTES + 4 ? p + LABEL_MAX_BYTES + 4 : e;

  while (p < limit)
    {
      gunichar c = char_at (p);

      if (c == close || (is_open_paren (open) && is_close_paren (c)))
        return p;
      p = g_utf8_next_char (p);
    }
  return NULL;
}

/* ・ ･ … ． ‥ */
static inline gboolean
is_leader_dot (gunichar c)
{
  return c == 0x30FB || c == 0xFF65 || c == 0x2026 || c == 0xFF0E || c == 0x2025;
}

/* 委 員・・・前年…, 事務局 ・・・金沢…: two leader dots or more (or an
 * ellipsis) part a label from its text, like a colon. Returns the end of the
 * run at @p, or @p when there is none. */
static const char *
leader_run_end (const char *p,
                const char *e)
{
  const char *q = p;
  guint n = 0;

  /* Called at every character of a label: told by the first byte first. */
  if (p >= e || ((guchar) *p != 0xE3 && (guchar) *p != 0xEF && (guchar) *p != 0xE2))
    return p;

  while (q < e)
    {
      gunichar c = char_at (q);

      if (!is_leader_dot (c))
        break;
      n += c == 0x2026 ? 2 : 1;   /* … is three dots in one */
      q = g_utf8_next_char (q);
    }
  return n >= 2 ? q : p;
}

/* ◯市長(隈元 新君) 登 壇, 分科会長森多久男君)登壇[ 228頁]: the stage
 * note of the speaker going to the rostrum, after the label and before
 * the words; its length, or 0. */
static gsize
rostrum_note_len (const char *p,
                  const char *e)
{
  static const char * const first[] = { "登", "降" };
  const char *q;

  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    {
      if (!starts_with (p, e, first[i]))
        continue;
      q = p + strlen (first[i]);
      q += space_len_at (q, e) <= 3 ? space_len_at (q, e) : 0;
      if (!starts_with (q, e, "壇"))
        return 0;
      q += strlen ("壇");
      return q == e || space_len_at (q, e) > 0 || *q == '[' || *q == '\r' ? (gsize) (q - p) : 0;
    }
  return 0;
}

static const char *
skip_separators (const char *p,
                 const char *e)
{
  while (p < e)
    {
      gsize n = space_len_at (p, e);
      const char *dots;

      if (n > 0)
        p += n;
      else if (is_colon (char_at (p)))
        p = g_utf8_next_char (p);
      else if ((dots = leader_run_end (p, e)) > p)
        p = dots;
      /* 会長 ― ただいまから…: a dash between blanks. */
      else if (is_dash (char_at (p)) && g_utf8_next_char (p) < e && space_len_at (g_utf8_next_char (p), e) > 0)
        p = g_utf8_next_char (p);
      else if ((n = rostrum_note_len (p, e)) > 0)
        p += n;
      else
        break;
    }
  return p;
}

static void
set_speaker (Line       *l,
             const char *s,
             const char *label,
             const char *label_end,
             const char *text,
             guint8      mark,
             guint8      shape,
             guint8      via)
{
  l->mark = mark;
  l->label_off = label - s;
  l->label_len = label_end - label;
  l->head = text - s;
  l->shape = shape;
  l->via = via;
}

/* 。 or a comma before @e: a sentence, no label. */
static gboolean
has_sentence_end_before (const char *p,
                         const char *e)
{
  return g_strstr_len (p, e - p, "。") != NULL || g_strstr_len (p, e - p, "、") != NULL;
}

/* Whether @p…@e, its blanks taken out, is a name of the attendance list. */
static gboolean
is_attendee (const Conv *conv,
             const char *p,
             const char *e)
{
  g_autoptr(GString) key = NULL;

  if (conv == NULL || conv->names == NULL || g_hash_table_size (conv->names) == 0 || e - p > LABEL_MAX_BYTES)
    return FALSE;

  key = g_string_sized_new (e - p);
  for (; p < e; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (char_at (p)))
      g_string_append_unichar (key, char_at (p));

  if (g_hash_table_contains (conv->names, key->str))
    return TRUE;

  /* 荒木 for 荒木亮太: a family name alone, two kanji at least, of one
   * attendee only. */
  if (g_utf8_strlen (key->str, -1) >= 2 && g_utf8_strlen (key->str, -1) <= 3 &&
      is_kanji (g_utf8_get_char (key->str)))
    {
      guint found = 0;

      for (guint i = 0; i < conv->attendees->len && found < 2; i++)
        {
          const char *name = g_ptr_array_index (conv->attendees, i);

          if (g_str_has_prefix (name, key->str) && strlen (name) > key->len)
            found++;
        }
      return found == 1;
    }
  return FALSE;
}

/* A label spaced out character by character, 委 員 長 or 木 原 大 輔: the
 * end of its last character, when the label so read is a speaker. */
static const char *
spaced_label_end (const char *label,
                  const char *e,
                  LabelLevel  need)
{
  const char *q = label;
  const char *best = NULL;
  guint tokens = 0;

  while (q < e && tokens < 8)
    {
      const char *t = q;
      guint n = 0;

      while (q < e && !rt_minutes_is_space (char_at (q)) && !is_colon (char_at (q)) && n < 3 &&
             leader_run_end (q, e) == q)
        {
          if (is_label_stop (char_at (q)))
            return best;
          q = g_utf8_next_char (q);
          n++;
        }
      if (q == t || (q < e && !rt_minutes_is_space (char_at (q)) && !is_colon (char_at (q)) &&
                     leader_run_end (q, e) == q))
        return best;
      tokens++;
      if (tokens >= 2 && _rt_minutes_label_level (label, q, NULL, NULL) >= need)
        best = q;
      /* 委 員・・・前年…: the dots end the label as a colon does. */
      if (q >= e || is_colon (char_at (q)) || leader_run_end (q, e) > q)
        return best;
      /* One blank between the characters, two or more before the text. */
      if (space_len_at (q, e) == 0)
        return best;
      q += space_len_at (q, e);
      if (q < e && space_len_at (q, e) > 0)
        {
          /* 議   長 alone on its line: wide blanks between two characters. */
          const char *r = skip_space (q, e);
          const char *end = trim_end (r, e);
          const char *w = r;

          while (w < end && !rt_minutes_is_space (char_at (w)))
            w = g_utf8_next_char (w);
          if (tokens == 1 && end > r && w == end && g_utf8_strlen (r, end - r) <= 3 &&
              trim_end (label, e) == end && _rt_minutes_label_level (label, end, NULL, NULL) >= need)
            return end;
          return best;
        }
    }

  return best;
}

/* Recognises a speaker at the start of a line. */
/* What may follow a role and still be the label: 委員+長, 課長+補佐, +君, (山田君). */
static gboolean
is_label_suffix (const char *p,
                 const char *e)
{
  static const char * const suffixes[] = {
    "長", "君", "氏", "さん", "様", "補佐", "代理", "職務代理者", "職務代理",
  };

  if (p < e && is_open_paren (char_at (p)))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if ((gsize)(e - p) == strlen (suffixes[i]) && memcmp (p, suffixes[i], e - p) == 0)
      return TRUE;
  return FALSE;
}

/* ○林委員長ただいまから…, ○議長(山田太郎君)お諮りします: a PDF lost the
 * blank after the speaker. The first start that is a role and someone's
 * name is the label, with what may follow a role (長, 補佐, 君, (名前));
 * then the text, which must follow. */
static const char *
glued_label_end (const char *label,
                 const char *e)
{
  const char *best = NULL;
  guint n = 0;

  for (const char *q = label; q < e && n < 24; n++)
    {
      gunichar c = char_at (q);

      if (rt_minutes_is_space (c) || is_label_stop (c) || is_colon (c))
        break;
      if (is_open_paren (c))
        {
          const char *r = find_close (g_utf8_next_char (q), e, c, 0xFF09);

          if (r == NULL)
            break;
          q = r;
        }
      q = g_utf8_next_char (q);
      if (q < e && (best == NULL || is_label_suffix (best, q)) &&
          _rt_minutes_label_level (label, q, NULL, NULL) == LEVEL_ROLE && !_rt_minutes_is_citizen_label (label, q))
        best = q;
    }

  return best;
}

/* から…, の…: a particle, the words going on, not starting. */
static gboolean
starts_with_particle (const char *p,
                      const char *e)
{
  static const char * const particles[] = {
    "の", "が", "を", "に", "は", "へ", "と", "で", "も", "より", "から", "や", "さん", "様", "君",
    /* ■市長等に伝える: and the others, a noun still. */
    "等", "など",
  };

  p = skip_space (p, e);
  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (starts_with (p, e, particles[i]))
      return TRUE;
  return FALSE;
}

static gboolean
parse_glued_speaker (Line       *l,
                     const char *s,
                     const char *label,
                     const char *e)
{
  const char *q = glued_label_end (label, e);
  gboolean kana = FALSE;

  if (q == NULL)
    return FALSE;
  /* ▼住民と町長の対話集会を…: a particle after the role makes it a noun of
   * the sentence, not a label. */
  if (starts_with_particle (q, e))
    return FALSE;
  /* 〇説明のため委員会に出席した者: the role runs on into the name of a
   * body (委員会, 協議会), a heading of the roll. */
  if (starts_with (q, e, "会"))
    return FALSE;
  /* Words follow, not more of a header: 〇理事者側出席者, 〇議会事務局出席者;
   * a sentence may be a call alone: ○議長(横田久俊)市長。 */
  for (const char *t = q; t < e && !kana; t = g_utf8_next_char (t))
    kana = (char_at (t) >= 0x3041 && char_at (t) <= 0x3096) || char_at (t) == 0x3002;
  if (!kana)
    return FALSE;
  set_speaker (l, s, label, q, q, MARK_SPEAKER, SHAPE_MARK, VIA_PLAIN);
  return TRUE;
}

/* Q 代表幹事(時事通信), A 知事: a letter that says who asks and who answers,
 * before a label alone on its line. Returns where the label starts, or NULL. */
static const char *
qa_letter (const char *s,
           const char *e,
           gunichar   *letter)
{
  gunichar c = char_at (s);
  const char *p;

  if (c != 'Q' && c != 'A' && c != 0xFF31 && c != 0xFF21)
    return NULL;
  p = g_utf8_next_char (s);
  if (p >= e || space_len_at (p, e) == 0)
    return NULL;
  p = skip_space (p, e);
  if (p >= e)
    return NULL;
  if (letter != NULL)
    *letter = c == 0xFF31 ? 'Q' : c == 0xFF21 ? 'A' : c;
  return p;
}

/* After Q or A: a name and a role a blank or two apart, nothing else. */
static gboolean
qa_spaced_label (const char *p,
                 const char *e)
{
  g_autoptr(GString) compact = g_string_new (NULL);
  guint blanks = 0;

  e = trim_end (p, e);
  if (e - p > 24 * 3)
    return FALSE;
  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    {
      if (rt_minutes_is_space (char_at (q)))
        blanks++;
      else
        g_string_append_unichar (compact, char_at (q));
    }
  return blanks >= 1 && blanks <= 2 &&
         _rt_minutes_label_level (compact->str, compact->str + compact->len, NULL, NULL) == LEVEL_ROLE;
}

/* 隈元 新君。: the name the chair calls, a sentence of its own. */
static gboolean
is_call_to_speak (const char *text,
                  const char *e)
{
  static const char * const calls[] = { "君。", "さん。" };
  const char *t = e;

  while (t > text && (t[-1] == ' ' || t[-1] == '\r' || t[-1] == '\t'))
    t--;
  return t - text <= 12 * 3 && g_strstr_len (text, t - text, "。") == t - strlen ("。") &&
         ends_with_any (text, t, calls, G_N_ELEMENTS (calls), FALSE);
}

/* 都市計画課, 市民生活部, 地域振興係: an office of the city, which a field of
 * a header (会見場所, 会議室) is not. */
static gboolean
is_office_label (const char *p,
                 const char *e)
{
  static const char * const offices[] = { "課", "部", "局", "係", "事務所", "支所", "センター", "担当" };
  glong n;

  e = trim_end (p, e);
  n = g_utf8_strlen (p, e - p);
  return n >= 3 && n <= 12 && _rt_minutes_is_name (p, e, 12) &&
         ends_with_any (p, e, offices, G_N_ELEMENTS (offices), FALSE);
}

static void parse_start_speaker_raw (Line       *l,
                                     const char *s,
                                     const char *e,
                                     const Conv *conv);

/* ○ 開会 内海課長 それでは、…: the item of the agenda that the turn opens
 * is no part of the speaker. */
static void
parse_start_speaker (Line       *l,
                     const char *s,
                     const char *e,
                     const Conv *conv)
{
  const char *label, *label_end, *gap;
  const char *item_label = NULL, *item_label_end = NULL;

  parse_start_speaker_raw (l, s, e, conv);
  if ((l->mark != MARK_SPEAKER && l->mark != MARK_LABEL) || l->label_len == 0)
    return;
  label = s + l->label_off;
  label_end = label + l->label_len;
  for (gap = label; gap < label_end && !rt_minutes_is_space (char_at (gap)); gap = g_utf8_next_char (gap))
    ;
  if (gap >= label_end || gap == label ||
      _rt_minutes_agenda_line (label, gap, &item_label, &item_label_end) != 1)
    return;
  gap = skip_space (gap, label_end);
  if (_rt_minutes_label_level (gap, label_end, NULL, NULL) != LEVEL_ROLE)
    return;
  l->label_len = label_end - gap;
  l->label_off = gap - s;
}

/* 横山 知哉さん, 前田君: a name with the honorific that follows names. */
static gboolean
ends_with_honorific (const char *p,
                     const char *e)
{
  static const char * const honorifics[] = { "さん", "君", "氏", "様" };

  return ends_with_any (p, trim_end (p, e), honorifics, G_N_ELEMENTS (honorifics), FALSE);
}

static void
parse_start_speaker_raw (Line       *l,
                         const char *s,
                         const char *e,
                         const Conv *conv)
{
  const char *p = s;
  gboolean marker = FALSE;
  gboolean numbered = FALSE;
  gunichar c;
  gunichar close;

  /* Lines are not NUL-terminated: an empty one has no first character. */
  if (s >= e)
    return;
  c = char_at (p);

  {
    const char *label, *label_end;

    if (_rt_minutes_turn_head (s, e, &label, &label_end))
      {
        set_speaker (l, s, label, label_end, e, MARK_LABEL,
                     is_speaker_marker (c) || g_utf8_strchr ("■□◆◇●", -1, c) != NULL ? SHAPE_MARK : SHAPE_NAME,
                     VIA_PLAIN);
        return;
      }
  }

  /* 21364【宮代委員】, 2 ◯議長…, 1: ◯委員長…: the number of a turn, or of
   * a speech in a search engine of minutes, before its mark or bracket. */
  if (is_digit (c))
    {
      const char *q = p;
      const char *r;
      guint n = 0;

      while (q < e && is_digit (char_at (q)) && n < 6)
        {
          q = g_utf8_next_char (q);
          n++;
        }
      if (q < e && (is_colon (char_at (q)) || char_at (q) == '.' || char_at (q) == 0xFF0E))
        q = g_utf8_next_char (q);
      r = skip_space (q, e);
      if (r < e && (is_speaker_marker (char_at (r)) || char_at (r) == 0x3010 || char_at (r) == 0x3014 ||
                    char_at (r) == 0xFF3B))
        {
          p = r;
          c = char_at (p);
        }
    }

  if (is_speaker_marker (c))
    {
      p = skip_space (g_utf8_next_char (p), e);
      marker = TRUE;
      if (p >= e)
        return;
      c = char_at (p);
    }
  else if (is_digit (c) && (conv->numbered || conv->probe))
    {
      const char *q = p;
      guint n = 0;

      /* A numbered turn: 2 石井和子委員長 … */
      while (q < e && is_digit (char_at (q)) && n < 4)
        {
          q = g_utf8_next_char (q);
          n++;
        }
      if (q < e && space_len_at (q, e) > 0)
        {
          p = skip_space (q, e);
          numbered = TRUE;
          if (p >= e)
            return;
          c = char_at (p);
        }
    }

  close = closing_bracket (c);
  if (close != 0 && !numbered)
    {
      const char *label = g_utf8_next_char (p);
      const char *r = find_close (label, e, c, close);
      const char *text;
      gboolean empty, paren;
      LabelLevel need;
      guint8 shape;

      if (r == NULL)
        return;
      text = skip_separators (g_utf8_next_char (r), e);
      empty = text >= e;
      paren = is_open_paren (c);
      /* <p> and [1] are markup and references, never a bare name; but
       * <横山 知哉さん> alone on its line names someone. */
      if (c != 0x3010 && c != 0x3014 && c != 0xFF3B)
        need = empty && ends_with_honorific (label, r) ? LEVEL_PERSON : LEVEL_ROLE;
      else
        need = empty ? LEVEL_PERSON : LEVEL_NAME;
      shape = marker ? SHAPE_MARK : paren ? SHAPE_PAREN : SHAPE_BRACKET;
      /* 【会長:開会あいさつ】: who speaks, a colon, what the turn is. */
      if (!paren && _rt_minutes_label_level (label, r, NULL, NULL) < need)
        {
          const char *colon = label;

          while (colon < r && !is_colon (char_at (colon)))
            colon = g_utf8_next_char (colon);
          if (colon > label && colon < r && _rt_minutes_label_level (label, colon, NULL, NULL) == LEVEL_ROLE)
            {
              set_speaker (l, s, label, colon, text, empty ? MARK_LABEL : MARK_SPEAKER, shape, VIA_PLAIN);
              return;
            }
        }
      if (_rt_minutes_label_level (label, r, NULL, NULL) < need)
        {
          if (!is_attendee (conv, label, r))
            return;
          set_speaker (l, s, label, r, text, empty ? (paren && !marker ? MARK_SPEAKER_PAREN : MARK_LABEL)
                                                   : MARK_SPEAKER, shape, VIA_ATTENDEE);
          return;
        }
      if (empty && paren && !marker)
        set_speaker (l, s, label, r, text, MARK_SPEAKER_PAREN, shape, VIA_PLAIN);
      else
        set_speaker (l, s, label, r, text, empty ? MARK_LABEL : MARK_SPEAKER, shape, VIA_PLAIN);
      return;
    }
  else
    {
      const char *label = p;
      const char *q = p;
      const char *text;
      const char *spaced;
      gboolean empty, colon;
      LabelLevel need, level;
      guint8 shape;

      while (q < e)
        {
          c = char_at (q);
          if (rt_minutes_is_space (c) || is_colon (c) || leader_run_end (q, e) > q)
            break;
          /* 議長【二見泰弘君】, 事務局〔佐藤課長〕: the name in brackets of
           * any family after the role. */
          if (q > label && (c == 0x3010 || c == 0x3014 || c == 0xFF3B))
            {
              const char *r = find_close (g_utf8_next_char (q), e, c, closing_bracket (c));

              if (r == NULL || r == g_utf8_next_char (q))
                return;
              q = g_utf8_next_char (r);
              if (q - label > LABEL_MAX_BYTES)
                return;
              continue;
            }
          if (is_label_stop (c))
            {
              if (marker)
                parse_glued_speaker (l, s, label, e);
              return;
            }
          if (is_close_paren (c) && !numbered)
            {
              /* 川村委員長)ただ今から…: a closing parenthesis only. */
              const char *r = q;

              text = skip_separators (g_utf8_next_char (r), e);
              if (text < e && r > label &&
                  (_rt_minutes_label_level (label, r, NULL, NULL) == LEVEL_ROLE || is_attendee (conv, label, r) ||
                   _rt_minutes_is_role_then_name (label, r)))
                set_speaker (l, s, label, r, text, MARK_SPEAKER, marker ? SHAPE_MARK : SHAPE_NAME, VIA_CLOSE);
              return;
            }
          if (is_open_paren (c))
            {
              const char *r = find_close (g_utf8_next_char (q), e, c, 0xFF09);

              if (r == NULL)
                return;
              q = r;
            }
          q = g_utf8_next_char (q);
          if (q - label > LABEL_MAX_BYTES)
            {
              if (marker)
                parse_glued_speaker (l, s, label, e);
              return;
            }
        }
      if (q == label)
        return;

      colon = q < e && is_colon (char_at (q));
      text = skip_separators (q, e);
      empty = text >= e;
      /* 市長 隈元 新君。: the chair calls who speaks next, on a line of its
       * own; the called one's label follows. */
      if (!marker && !colon && !empty && is_call_to_speak (text, e))
        return;
      if (numbered)
        need = LEVEL_ROLE;
      else if (empty)
        need = marker ? LEVEL_PERSON : LEVEL_ROLE;
      else if (colon)
        need = marker ? LEVEL_NAME : LEVEL_PERSON;
      else
        need = marker ? LEVEL_NAME : LEVEL_ROLE;
      shape = marker ? SHAPE_MARK : colon ? SHAPE_COLON : SHAPE_NAME;

      level = _rt_minutes_label_level (label, q, NULL, NULL);

      /* 山本区長(以下、山本):…: the label, then the short name the page
       * goes on with (a name of the attendance since). */
      if (level < LEVEL_ROLE && colon && !empty && is_close_paren (last_char (label, q, NULL)))
        {
          const char *alias = g_strstr_len (label, q - label, "(以下");

          if (alias == NULL)
            alias = g_strstr_len (label, q - label, "（以下");
          if (alias != NULL && _rt_minutes_label_level (label, alias, NULL, NULL) == LEVEL_ROLE)
            {
              set_speaker (l, s, label, alias, text, MARK_SPEAKER, shape, VIA_PLAIN);
              return;
            }
        }

      /* 〇関 三郎委員長 …, 委 員 長　…: a label with blanks inside. */
      if (level < LEVEL_ROLE && !colon && (spaced = spaced_label_end (label, e, LEVEL_ROLE)) != NULL)
        {
          q = spaced;
          level = LEVEL_ROLE;
          colon = q < e && is_colon (char_at (q));
          text = skip_separators (q, e);
          empty = text >= e;
          if (colon)
            shape = marker ? SHAPE_MARK : SHAPE_COLON;
        }
      else if (level < LEVEL_ROLE && marker && !colon && text < e)
        {
          const char *t = text;

          /* 〇関 三郎委員長: a name, a blank, then given name and role. */
          while (t < e && !rt_minutes_is_space (char_at (t)) && !is_colon (char_at (t)) && t - text < 24)
            t = g_utf8_next_char (t);
          if (t > text && _rt_minutes_label_level (label, t, NULL, NULL) == LEVEL_ROLE)
            {
              q = t;
              level = LEVEL_ROLE;
              colon = q < e && is_colon (char_at (q));
              text = skip_separators (q, e);
              empty = text >= e;
            }
          else if (t > text)
            {
              const char *paren = NULL;
              gunichar lc = last_char (text, t, &paren);
              const char *after;

              /* ◯委員長北田 織君) …: the opening parenthesis lost, a blank
               * inside the name. */
              if (is_close_paren (lc) && (after = skip_separators (t, e)) < e &&
                  (_rt_minutes_label_level (label, paren, NULL, NULL) == LEVEL_ROLE ||
                   _rt_minutes_is_role_then_name (label, paren)))
                {
                  set_speaker (l, s, label, paren, after, MARK_SPEAKER, SHAPE_MARK, VIA_CLOSE);
                  return;
                }
            }
        }

      /* 都市計画課:震災以降、…: an office of the city answers. */
      if (level < need && colon && !empty && is_office_label (label, q))
        level = LEVEL_ROLE;
      if (level < need)
        {
          if (!numbered && is_attendee (conv, label, q))
            set_speaker (l, s, label, q, text, empty ? MARK_LABEL : MARK_SPEAKER, shape, VIA_ATTENDEE);
          else if (marker && !colon)
            parse_glued_speaker (l, s, label, e);
          return;
        }
      if (level == LEVEL_NAME && g_utf8_strlen (label, q - label) > 5)
        return;
      /* ○12番　佐藤花子君　…: the seat, then the councillor. */
      if (level == LEVEL_ROLE && q - label >= (gssize) strlen ("番") &&
          memcmp (q - strlen ("番"), "番", strlen ("番")) == 0 && !empty)
        {
          const char *t = text;

          while (t < e && !rt_minutes_is_space (char_at (t)) && t - text < 40)
            t = g_utf8_next_char (t);
          if (t < e && t > text && _rt_minutes_label_level (text, t, NULL, NULL) == LEVEL_PERSON)
            {
              q = t;
              text = skip_separators (q, e);
              empty = text >= e;
            }
        }
      /* ○司会:相澤廣貴事務局長, ○副会長:佐藤繁則氏 alone on the line: the
       * part, then who plays it; the words below. */
      if (colon && !empty && level == LEVEL_ROLE)
        {
          const char *t = trim_end (text, e);

          if (g_utf8_strlen (text, t - text) <= 16 && g_strstr_len (text, t - text, "。") == NULL &&
              _rt_minutes_label_level (text, t, NULL, NULL) >= LEVEL_PERSON)
            {
              q = t;
              text = e;
              empty = TRUE;
            }
        }
      set_speaker (l, s, label, q, text, empty ? MARK_LABEL : MARK_SPEAKER, shape,
                   numbered ? VIA_NUMBER : VIA_PLAIN);
    }
}

/* The words that say what a turn is (質問, 答弁 …), longest first where
 * one starts another. */
static const char * const turn_kinds[] = {
  "再質問", "再答弁", "質疑", "質問", "答弁", "回答", "意見", "要望", "提言"
};

/* 質問, 答弁, 意見 alone on a line over the text: what the text is, no
 * one who says it. */
static gboolean
is_kind_alone (const char *s,
               const char *e)
{
  const char *p = skip_space (s, e);
  const char *t = trim_end (p, e);

  for (guint i = 0; i < G_N_ELEMENTS (turn_kinds); i++)
    if ((gsize) (t - p) == strlen (turn_kinds[i]) && memcmp (p, turn_kinds[i], t - p) == 0)
      return TRUE;
  return FALSE;
}

/* 日  時：…, 参考資料：… start a new item even though they name no speaker. */
static gboolean
is_field_line (const char *s,
               const char *e)
{
  guint n = 0;

  for (const char *p = s; p < e && n <= 8; p = g_utf8_next_char (p), n++)
    {
      gunichar c = char_at (p);

      if (is_colon (c))
        return n > 0;
      if (is_label_stop (c) || is_open_paren (c))
        return FALSE;
    }
  return FALSE;
}

static gboolean
is_whole_paren (const char *s,
                const char *e)
{
  int depth = 0;

  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (is_open_paren (c))
        depth++;
      else if (is_close_paren (c) && --depth == 0)
        return g_utf8_next_char (p) == e;
    }
  return FALSE;
}

static gboolean
is_plain_bullet (gunichar c)
{
  switch (c)
    {
    case 0x30FB: case 0xFF65: case 0x2022: case 0x2023: case 0x25E6: case 0x2219:
    case 0x2192: case 0x27A1: case 0x25B6: case 0x25BA: case 0x25B8: case 0x21D2:
    case 0x203B: case 0x2714: case 0x2713:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_bullet_char (gunichar    c,
                const char *next,
                const char *e)
{
  switch (c)
    {
    case '-': case 0x2010: case 0x2013: case 0x2014: case 0x2015: case 0xFF0D:
    case '*': case 0xFF0A: case '+': case 0xFF0B:
      /* Only with a space or a bullet after it: -3- is a page number, −1 a number. */
      return next >= e || space_len_at (next, e) > 0 || is_plain_bullet (char_at (next));
    default:
      return is_plain_bullet (c);
    }
}

static gboolean
is_enumerator (const char *s,
               const char *e)
{
  const char *p = s;
  gunichar c = char_at (p);
  guint n = 0;

  if ((c >= 0x2460 && c <= 0x24FF) || (c >= 0x3251 && c <= 0x325F)
      || (c >= 0x32B1 && c <= 0x32BF) || (c >= 0x2160 && c <= 0x217F)
      || (c >= 0x2776 && c <= 0x2793))
    return TRUE;

  if (is_open_paren (c))
    {
      guint letters = 0;

      /* (1) （２） （一） (a) （ア） */
      p = g_utf8_next_char (p);
      while (p < e && n + letters < 4)
        {
          c = char_at (p);
          if (is_digit (c) || g_utf8_strchr ("一二三四五六七八九十", -1, c) != NULL)
            n++;
          else if (is_latin (c) || (c >= 0x30A2 && c <= 0x30F3))
            letters++;
          else
            break;
          p = g_utf8_next_char (p);
        }
      if (!((n >= 1 && n <= 3 && letters == 0) || (n == 0 && letters == 1)))
        return FALSE;
      return p < e && is_close_paren (char_at (p));
    }

  while (p < e && is_digit (char_at (p)) && n <= 3)
    {
      n++;
      p = g_utf8_next_char (p);
    }
  if (n == 0)
    {
      /* ア. イ) a) */
      if (is_latin (c) || (c >= 0x30A2 && c <= 0x30F3))
        {
          p = g_utf8_next_char (p);
          if (p < e)
            {
              c = char_at (p);
              return c == '.' || c == 0xFF0E || is_close_paren (c);
            }
        }
      return FALSE;
    }
  if (n > 3 || p >= e)
    return FALSE;

  c = char_at (p);
  if (c == '.' || c == 0xFF0E)
    {
      const char *q = g_utf8_next_char (p);

      return q >= e || !is_digit (char_at (q));
    }
  return is_close_paren (c) || c == 0x3001 || space_len_at (p, e) > 0;
}

/* Finds a speaker in parentheses at the end of a line: …と考えている。(降旗委員) */
static void
parse_end_speaker (Line       *l,
                   const char *s,
                   const char *e)
{
  const char *close, *open = NULL, *q;
  const char *limit;
  gunichar c = last_char (s, e, &close);
  int depth = 0;

  if (c == 0x3002)
    c = last_char (s, close, &close);
  if (!is_close_paren (c))
    return;

  limit = close - s > LABEL_MAX_BYTES + 8 ? close - (LABEL_MAX_BYTES + 8) : s;
  q = close;
  while (q > limit)
    {
      q = g_utf8_find_prev_char (s, q);
      if (q == NULL)
        return;
      c = char_at (q);
      if (is_close_paren (c))
        depth++;
      else if (is_open_paren (c))
        {
          if (depth == 0)
            {
              open = q;
              break;
            }
          depth--;
        }
    }

  if (open == NULL || trim_end (s, open) == s + l->head || open <= s + l->head)
    return;
  if (_rt_minutes_label_level (g_utf8_next_char (open), close, NULL, NULL) < LEVEL_PERSON)
    return;

  l->ends = ENDS_SPEAKER;
  l->tail = e - open;
  l->elabel_off = g_utf8_next_char (open) - s;
  l->elabel_len = close - g_utf8_next_char (open);
}

static gboolean
is_note_dash (gunichar c)
{
  return c == '-' || c == 0xFF0D || c == 0x2015 || c == 0x2010 || c == 0x2500 || c == 0x2014 ||
         c == 0x2212;
}

static gboolean is_note_text (const char *text);

/* -資料1に基づき、事務局から説明-, ―了承―, 午前10時9分休憩: what happened,
 * not what was said. */
static gboolean
is_stage_note (const char *s,
               const char *e)
{
  const char *last_at = NULL;
  gunichar first = char_at (s);
  gunichar last = last_char (s, e, &last_at);
  static const char * const events[] = {
    "休憩", "再開", "開会", "閉会", "散会", "開議", "延会", "休会", "閉議",
  };
  gboolean event = FALSE;
  guint n = 0;

  if (last_at != NULL && last_at > s && is_note_dash (first) && is_note_dash (last) &&
      space_len_at (g_utf8_next_char (s), e) == 0 &&
      space_len_before (s, last_at) == 0)
    return TRUE;

  /* [資料:予算案の概要, 【資料1】: where the page links its handout. */
  if ((first == '[' || first == 0xFF3B || first == 0x3010) &&
      starts_with (g_utf8_next_char (s), e, "資料") && g_utf8_strlen (s, e - s) <= 40)
    {
      const char *p = g_utf8_next_char (s) + strlen ("資料");

      while (p < e && is_digit (char_at (p)))
        p = g_utf8_next_char (p);
      if (p < e && is_colon (char_at (p)))
        return TRUE;
      /* 【資料1】 alone; 【資料2】との関係 is a heading. */
      if (p < e && (char_at (p) == ']' || char_at (p) == 0xFF3D || char_at (p) == 0x3011) &&
          skip_space (g_utf8_next_char (p), e) == e)
        return TRUE;
    }

  /* :承認。: what happened, after the colon of a label left empty. */
  if (is_colon (first) && g_utf8_strlen (s, e - s) <= 20)
    {
      const char *t = skip_space (g_utf8_next_char (s), e);

      g_autofree char *rest = g_strndup (t, e - t);

      if (t < e && (is_note_text (rest) || _rt_minutes_is_narration (t, e - t)))
        return TRUE;
    }

  /* A time and an event, and nothing else. */
  for (const char *p = s; p < e; n++)
    {
      gunichar c = char_at (p);
      gboolean found = FALSE;

      if (n > 30)
        return FALSE;
      if (is_digit (c) || rt_minutes_is_space (c) ||
          g_utf8_strchr ("年月日時分秒午前後()（）:：〔〕［］「」一二三四五六七八九十〇零", -1, c) != NULL)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      for (guint i = 0; i < G_N_ELEMENTS (events) && !found; i++)
        if (starts_with (p, e, events[i]))
          {
            found = TRUE;
            p += strlen (events[i]);
          }
      if (!found)
        return FALSE;
      event = TRUE;
    }

  return event && n > 2;
}

/* 平田郁美教育長、沼田翔二朗教育長職務代理者、代田秋子委員 …, 財務部長 古内勝人,
 * 次長 鈴木 勉: a list of who attended, read from a header cut away. Names
 * and titles are written in kanji and katakana; a sentence has kana. */
static gboolean
is_name_list (const char *s,
              const char *e)
{
  guint n_items = 1, n_chars = 0, n_kana = 0, item = 0;
  int depth = 0;

  if (g_strstr_len (s, e - s, "。") != NULL || g_strstr_len (s, e - s, "？") != NULL ||
      g_strstr_len (s, e - s, "?") != NULL)
    return FALSE;

  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (c == 0x3001 || c == ',' || c == 0xFF0C)
        {
          if (item == 0)
            return FALSE;
          n_items++;
          item = 0;
          continue;
        }
      if (rt_minutes_is_space (c))
        continue;
      if (is_open_paren (c))
        depth++;
      else if (is_close_paren (c))
        depth--;
      /* 2 施設、足立区: numbered, a list of things; (14名) may close names. */
      else if (is_digit (c) && depth <= 0)
        return FALSE;
      if (++item > 30)
        return FALSE;
      n_chars++;
      if (c >= 0x3041 && c <= 0x3096)
        n_kana++;
    }

  return n_items >= 3 && item > 0 && n_kana * 10 <= n_chars;
}

/* 資料4 狛江市市民協働事業提案制度 [3361KB pdfファイル], 参考資料2 …: the
 * list of handouts, read from a header cut away. */
static gboolean
is_handout_line (const char *s,
                 const char *e)
{
  const char *p = s;

  if (g_strstr_len (s, e - s, "。") != NULL)
    return FALSE;
  if (starts_with (p, e, "参考資料"))
    p += strlen ("参考資料");
  else if (starts_with (p, e, "資料"))
    p += strlen ("資料");
  else
    return FALSE;

  return p < e && (is_digit (char_at (p)) || rt_minutes_is_space (char_at (p)));
}

/* The speaker after leader dots at the end of a line (…の説明・・・・・・丸口
 * 財政課長): a role, with or without a name, after three dots or more. */
static gboolean
leader_label (const char  *s,
              const char  *e,
              const char **label,
              const char **label_end)
{
  const char *dots = NULL;
  const char *p, *t = e;
  guint run = 0;
  g_autofree char *word = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  glong n;

  /* Most lines have no leader dots: looked for fast first. */
  if (memmem (s, e - s, "・・・", strlen ("・・・")) == NULL && memmem (s, e - s, "･･･", strlen ("･･･")) == NULL &&
      memmem (s, e - s, "…", strlen ("…")) == NULL && memmem (s, e - s, "．．．", strlen ("．．．")) == NULL &&
      memmem (s, e - s, "‥", strlen ("‥")) == NULL)
    return FALSE;

  for (p = s; p < e; p = g_utf8_next_char (p))
    {
      if (is_leader_dot (char_at (p)))
        {
          if (++run >= 3)
            dots = g_utf8_next_char (p);
        }
      else
        run = 0;
    }
  if (dots == NULL || dots == e)
    return FALSE;
  /* The run of dots goes on to its end. */
  for (p = dots; p < e && is_leader_dot (char_at (p)); p = g_utf8_next_char (p))
    ;
  p = skip_space (p, e);
  while (t > p && (t[-1] == '\r' || t[-1] == ' ' || t[-1] == '\t'))
    t--;
  n = g_utf8_strlen (p, t - p);
  if (n < 2 || n > 14 || g_strstr_len (p, t - p, "。") != NULL)
    return FALSE;
  word = g_strndup (p, t - p);
  if (!rt_minutes_split_speaker (word, &name, &role) || role == NULL)
    return FALSE;

  *label = p;
  *label_end = t;
  return TRUE;
}

/* What parse_start_speaker() found, undone: the line has no start speaker. */
static void
clear_start_speaker (Line *l)
{
  l->mark = MARK_NONE;
  l->shape = SHAPE_NONE;
  l->via = VIA_PLAIN;
  l->head = 0;
  l->label_off = l->label_len = 0;
}

/* A convention the caller chose, not one found: its shape of speakers only. */
static gboolean
conv_is_forced (const Conv *conv)
{
  return !conv->probe && !conv->found;
}

/* Whether the parenthesis that closes at @close opens right after the end
 * of a sentence: 。(令和7年8月・市長へのメール). */
static gboolean
sentence_before_note (const char *s,
                      const char *close)
{
  const char *open = NULL;
  const char *before;
  guint depth = 0;

  for (const char *q = close; q > s;)
    {
      q = g_utf8_prev_char (q);
      if (is_close_paren (char_at (q)))
        depth++;
      else if (is_open_paren (char_at (q)) && depth-- == 0)
        {
          open = q;
          break;
        }
      if (close - q > 40 * 3)
        return FALSE;
    }
  if (open == NULL || open == s)
    return FALSE;
  before = trim_end (s, open);
  return before > s && is_sentence_end (last_char (s, before, NULL));
}

static gboolean
forced_allows (const Conv *conv,
               const Line *l)
{
  if (!conv_is_forced (conv) ||
      (l->mark != MARK_SPEAKER && l->mark != MARK_LABEL && l->mark != MARK_SPEAKER_PAREN))
    return TRUE;

  switch (conv->convention)
    {
    case RT_MINUTES_CONVENTION_LABEL_LINE:
      return l->mark == MARK_LABEL || l->mark == MARK_SPEAKER_PAREN;
    case RT_MINUTES_CONVENTION_MARK:
      return l->shape == SHAPE_MARK;
    case RT_MINUTES_CONVENTION_BRACKET:
      return l->shape == SHAPE_BRACKET;
    case RT_MINUTES_CONVENTION_PAREN:
      return l->shape == SHAPE_PAREN || l->mark == MARK_SPEAKER_PAREN;
    case RT_MINUTES_CONVENTION_COLON:
      return l->shape == SHAPE_COLON;
    case RT_MINUTES_CONVENTION_NAME:
      return l->shape == SHAPE_NAME;
    case RT_MINUTES_CONVENTION_AUTO:
      return TRUE;
    case RT_MINUTES_CONVENTION_END:
      /* （林委員） alone after the statement. */
      return l->mark == MARK_SPEAKER_PAREN;
    case RT_MINUTES_CONVENTION_SUMMARY:
    case RT_MINUTES_CONVENTION_COMMENTS:
    default:
      return FALSE;
    }
}

static gboolean is_bare_number (const char *s,
                                const char *e);

static void
classify_line (Line       *l,
               const char *base,
               const Conv *conv)
{
  const char *s = base + l->start;
  const char *e = base + l->end;
  gunichar c, close, last;
  const char *last_at = NULL;
  const char *after = NULL;
  gboolean asked = FALSE;

  /* Lines are classified twice: once to learn, once to cut. */
  l->mark = MARK_NONE;
  l->ends = ENDS_NONE;
  l->head = l->tail = 0;
  l->label_off = l->label_len = l->elabel_off = l->elabel_len = 0;
  l->shape = SHAPE_NONE;
  l->via = VIA_PLAIN;

  if (!g_utf8_validate_len (s, e - s, NULL))
    {
      l->kind = LINE_INVALID;
      return;
    }

  l->n_chars = (guint) MIN (g_utf8_strlen (s, e - s), G_MAXUINT);
  /* 3 alone, where numbered opinions have their answers below them: the
   * number of the next, not a page's. */
  if ((is_page_number (s, e) && !(conv->numbered_answers && is_bare_number (s, e))) || is_table_rule (s, e))
    {
      l->kind = LINE_SKIP;
      return;
    }

  l->kind = LINE_TEXT;

  /* A table of public comments: its head row is no comment. */
  if (conv->comments && conv->opinion_col >= 0)
    {
      const char *cell_end;
      int answer_col = -1;

      if (_rt_minutes_is_comment_head_row (s, e, conv->row_spaces, NULL, &answer_col) && answer_col >= 0)
        {
          l->mark = MARK_HEAD_ROW;
          return;
        }
      if (next_cell (s, e, conv->row_spaces, &cell_end) != NULL)
        {
          l->mark = MARK_ROW;
          return;
        }
    }

  if (conv->comments && _rt_minutes_is_answer_mark (s, e, &after))
    {
      l->mark = MARK_ANSWER;
      l->head = after - s;
      return;
    }
  /* ● after ○ letters: the city's reply. */
  if (conv->comments && conv->answer_symbol != 0)
    {
      const char *m = skip_space (s, e);

      if (m < e && char_at (m) == conv->answer_symbol)
        {
          l->mark = MARK_ANSWER;
          l->head = skip_space (g_utf8_next_char (m), e) - s;
          return;
        }
    }
  if (conv->comments && _rt_minutes_is_opinion_mark (s, e, &after))
    {
      l->mark = MARK_OPINION;
      l->head = after - s;
      return;
    }

  if (is_stage_note (s, e) || _rt_minutes_is_web_furniture (s, e) || is_kind_alone (s, e))
    {
      l->mark = MARK_NOTE;
      return;
    }

  {
    const char *after_qa = qa_letter (s, e, NULL);

    parse_start_speaker (l, after_qa != NULL ? after_qa : s, e, conv);
    if (after_qa != NULL)
      {
        /* Only a label alone takes the letter: A 知事. */
        if (l->mark == MARK_LABEL)
          {
            l->label_off += after_qa - s;
            l->head += after_qa - s;
          }
        else if (qa_spaced_label (after_qa, e))
          {
            /* Q 金野桃子 議員(県民), A 島田繁 県民生活部長: a name, a blank,
             * the role. */
            l->mark = MARK_LABEL;
            l->shape = SHAPE_NAME;
            l->via = VIA_PLAIN;
            l->label_off = after_qa - s;
            l->label_len = trim_end (after_qa, e) - after_qa;
            l->head = e - s;
          }
        else
          clear_start_speaker (l);
      }
  }
  /* • 藤本委員 alone over the text: a speaker listed as a bullet. */
  if (l->mark == MARK_NONE)
    {
      const char *b = skip_space (s, e);

      if (b < e && is_bullet_char (char_at (b), g_utf8_next_char (b), e))
        {
          const char *after_bullet = skip_space (g_utf8_next_char (b), e);

          parse_start_speaker (l, after_bullet, e, conv);
          /* ・山田委員：公園の…。, • 石黒委員 11ページの…。: a bullet, who, a
           * colon or a blank, a sentence (not ・事務局: 北部まちづくりセンター
           * of a header). */
          if (l->mark == MARK_LABEL ||
              (l->mark == MARK_SPEAKER && (l->shape == SHAPE_COLON || l->shape == SHAPE_NAME) &&
               has_sentence_end_before (after_bullet, e) &&
               _rt_minutes_label_level (after_bullet + l->label_off, after_bullet + l->label_off + l->label_len,
                                        NULL, NULL) == LEVEL_ROLE))
            {
              l->label_off += after_bullet - s;
              l->head += after_bullet - s;
            }
          else
            {
              /* • 南市民会議委員長「一番大事なのは…」: who, then the quotation. */
              const char *quote = g_strstr_len (after_bullet, MIN (e - after_bullet, 24 * 3), "「");

              clear_start_speaker (l);
              if (quote != NULL && quote > after_bullet && !has_sentence_end_before (after_bullet, quote) &&
                  _rt_minutes_label_level (after_bullet, quote, NULL, NULL) == LEVEL_ROLE)
                set_speaker (l, s, after_bullet, quote, quote, MARK_SPEAKER, SHAPE_NAME, VIA_PLAIN);
            }
        }
    }
  if (!forced_allows (conv, l))
    clear_start_speaker (l);
  if (l->mark == MARK_LABEL || l->mark == MARK_SPEAKER_PAREN)
    return;
  /* 財務部長 古内勝人,財務部理事 下河邊卓美,…: an attendance list, no turn. */
  if (l->mark == MARK_SPEAKER && (l->shape == SHAPE_NAME || l->shape == SHAPE_COLON) &&
      !conv->comments && is_name_list (s + l->head, e))
    {
      l->mark = MARK_NOTE;
      l->shape = SHAPE_NONE;
      l->head = 0;
      l->label_off = l->label_len = 0;
      return;
    }

  /* ・議案第1号についての説明・・・・・・丸口財政課長: what is said, leader
   * dots, then who says it, the text on the lines below. */
  {
    const char *label = NULL, *label_end = NULL;

    if (leader_label (s, e, &label, &label_end))
      {
        set_speaker (l, s, label, label_end, e, MARK_LABEL, SHAPE_NAME, VIA_HEADING);
        return;
      }
  }

  /* 吉田 祐樹委員(自民)から、: narration naming who speaks below. */
  {
    const char *label = NULL, *label_end = NULL;

    if (_rt_minutes_narrated_label (s, e, &label, &label_end))
      {
        set_speaker (l, s, label, label_end, e, MARK_LABEL, SHAPE_NAME, VIA_NARRATION);
        return;
      }
  }

  /* Items of the agenda, and headings that name who speaks under them. */
  if (l->n_chars <= 40)
    {
      const char *label = NULL, *label_end = NULL;

      switch (_rt_minutes_agenda_line (s, e, &label, &label_end))
        {
        case 1:
          l->mark = MARK_AGENDA;
          return;
        case 2:
          set_speaker (l, s, label, label_end, e, MARK_LABEL, SHAPE_NAME, VIA_HEADING);
          return;
        default:
          break;
        }
    }

  c = char_at (s);
  last = last_char (s, e, &last_at);
  close = closing_bracket (c);

  if (l->mark == MARK_NONE)
    {
      if (close != 0 && !is_open_paren (c) && last == close && last_at > s)
        {
          l->mark = MARK_BRACKET;
          l->head = g_utf8_next_char (s) - s;
          l->tail = e - last_at;
          return;
        }
      else if (is_open_paren (c) && is_whole_paren (s, e))
        {
          l->mark = MARK_PAREN;
          return;
        }
      else if (is_bullet_char (c, g_utf8_next_char (s), e))
        {
          const char *p = s;

          while (p < e)
            {
              const char *next = g_utf8_next_char (p);

              if (space_len_at (p, e) > 0)
                p += space_len_at (p, e);
              else if (is_bullet_char (char_at (p), next, e))
                p = next;
              else
                break;
            }
          l->mark = MARK_BULLET;
          l->head = p - s;
        }
      /* Q.スマートインターの開通はいつですか / its answer below, A.…: in a
       * summary, the letters mark items as bullets do. */
      else if (conv->summary &&
               ((after = _rt_minutes_qa_mark (s, e, FALSE)) != NULL || (after = _rt_minutes_qa_mark (s, e, TRUE)) != NULL) &&
               after < e)
        {
          l->mark = MARK_BULLET;
          l->head = after - s;
          asked = TRUE;
        }
      else if (is_speaker_marker (c))
        {
          l->mark = MARK_SYMBOL;
          l->head = skip_space (g_utf8_next_char (s), e) - s;
        }
      else if (is_enumerator (s, e))
        l->mark = MARK_ENUM;
      else if (close != 0 || is_field_line (s, e))
        l->mark = MARK_OPEN;
      else if (!conv->comments && (is_name_list (s, e) || is_handout_line (s, e)))
        {
          l->mark = MARK_NOTE;
          return;
        }
    }

  if (!conv_is_forced (conv) || conv->convention == RT_MINUTES_CONVENTION_END)
    parse_end_speaker (l, s, e);
  /* 1 自転車横断帯の設置について (令和7年4月), 路面電車開通の提案について
   * (令和元年9月): a heading with its date, numbered or naming its topic,
   * not the start of a wrapped sentence. */
  if (l->ends == ENDS_NONE && (l->mark == MARK_ENUM || l->mark == MARK_NONE) &&
      l->n_chars <= HEADING_MAX_CHARS && is_close_paren (last))
    {
      const char *open = NULL;

      for (const char *q = s; q < last_at; q = g_utf8_next_char (q))
        if (is_open_paren (char_at (q)))
          open = q;
      if (open != NULL && (g_strstr_len (open, last_at - open, "年") != NULL ||
                           g_strstr_len (open, last_at - open, "月") != NULL) &&
          (l->mark == MARK_ENUM ||
           (open - s > (gssize) strlen ("について") &&
            memcmp (trim_end (s, open) - strlen ("について"), "について", strlen ("について")) == 0)))
        l->ends = ENDS_HEADING;
    }
  if (l->ends == ENDS_NONE)
    {
      if (is_sentence_end (last))
        l->ends = ENDS_SENTENCE;
      /* …してほしい。(令和7年8月・市長へのメール): a note after the sentence. */
      else if (is_close_paren (last) && sentence_before_note (s, last_at))
        l->ends = ENDS_SENTENCE;
      else if (last == '.' && last_at > s
               && !is_digit (char_at (g_utf8_find_prev_char (s, last_at))))
        l->ends = ENDS_SENTENCE;
      /* Q.…開通はいつですか: what a letter asks or answers is a sentence,
       * whatever its end, not the first half of one. */
      else if (asked)
        l->ends = ENDS_SENTENCE;
    }
}

/* Running page headers: the same short line three times or more. */
static guint
hash_bytes (const char *p,
            gsize       n)
{
  guint h = 2166136261u;

  for (gsize i = 0; i < n; i++)
    h = (h ^ (guchar) p[i]) * 16777619u;
  return h;
}

/* A running header counts in the header block too, where its first copy
 * stays. */
static gboolean
is_repeat_candidate (const Line *l)
{
  return (l->kind == LINE_TEXT || l->kind == LINE_HEADER) && l->mark == MARK_NONE && l->ends == ENDS_NONE
         && l->n_chars >= 2 && l->n_chars <= REPEAT_MAX_CHARS;
}

static void
mark_repeated_lines (GArray     *lines,
                     const char *base)
{
  g_autofree guint *slots = NULL;
  g_autofree guint *counts = NULL;
  guint n_candidates = 0;
  gsize size = 16;

  for (guint i = 0; i < lines->len; i++)
    if (is_repeat_candidate (&g_array_index (lines, Line, i)))
      n_candidates++;
  if (n_candidates < REPEAT_MIN)
    return;

  while (size < (gsize) n_candidates * 2)
    size *= 2;
  slots = g_new0 (guint, size);
  counts = g_new0 (guint, size);

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < lines->len; i++)
        {
          Line *l = &g_array_index (lines, Line, i);
          const char *p = base + l->start;
          gsize n = l->end - l->start;
          gsize h;

          if (!is_repeat_candidate (l))
            continue;

          h = hash_bytes (p, n) & (size - 1);
          for (;;)
            {
              if (slots[h] == 0)
                {
                  slots[h] = i + 1;
                  break;
                }
              else
                {
                  const Line *o = &g_array_index (lines, Line, slots[h] - 1);

                  if (o->end - o->start == n && memcmp (base + o->start, p, n) == 0)
                    break;
                }
              h = (h + 1) & (size - 1);
            }

          if (pass == 0)
            counts[h]++;
          else if (counts[h] >= REPEAT_MIN && l->kind == LINE_TEXT)
            l->kind = LINE_SKIP;
        }
    }
}

/* Units: lines joined where a sentence was cut by a hard line break */

typedef struct
{
  guint    first;
  guint    last;
  guint    n_chars;
  guint8   kind;           /* the mark of its first line */
  guint32  n_blank;        /* blank lines before it */
  gboolean after_invalid;  /* an invalid line lies between it and the unit before */
  gboolean skip;           /* in its statement's range, not in its text */
} Unit;

/* The width of a full line of the text, in characters, when lines were
 * broken by a page or a window: most long lines are about as long. 0 when
 * the text is too short or too ragged to tell. */
static guint
wrap_width (GArray *lines)
{
  guint counts[257] = { 0 };
  guint n = 0, seen = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_TEXT && l->n_chars >= 5)
        {
          counts[MIN (l->n_chars, 256)]++;
          n++;
        }
    }
  if (n < 8)
    return 0;

  for (guint w = 0; w <= 256; w++)
    {
      seen += counts[w];
      if (seen * 10 >= n * 9)
        return w >= 24 ? w : 0;
    }

  return 0;
}

/* 【ご意見】 or 【回答】 alone on its line: a mark with no text after it. */
static gboolean
unit_is_bare_mark (const Unit *u,
                   GArray     *lines,
                   const char *base)
{
  const Line *l = &g_array_index (lines, Line, u->first);
  const char *e = base + l->end;

  return u->first == u->last && skip_space (base + l->start + l->head, e) >= e;
}

/* 意見の概要 / 向日市の考え方, each alone on its line: the heads of a
 * table's columns, not an opinion and its answer. */
static gboolean
are_column_heads (const Unit *opinion,
                  const Unit *answer,
                  GArray     *lines,
                  const char *base)
{
  return opinion->kind == MARK_OPINION && answer->kind == MARK_ANSWER && opinion->last + 1 <= answer->first &&
         unit_is_bare_mark (opinion, lines, base) && unit_is_bare_mark (answer, lines, base);
}

static gboolean
can_join (const Unit *u,
          const Line *prev,
          const Line *next,
          guint32     n_blank,
          guint       width)
{
  switch (u->kind)
    {
    case MARK_LABEL:
    case MARK_SPEAKER_PAREN:
    case MARK_BRACKET:
    case MARK_PAREN:
    case MARK_NOTE:
    case MARK_ROW:
    case MARK_HEAD_ROW:
    case MARK_AGENDA:
      return FALSE;
    default:
      break;
    }

  if (prev->ends != ENDS_NONE || next->mark != MARK_NONE || n_blank > 2)
    return FALSE;
  /* 1. alone over a sentence: a number over its item, not a line the page
   * broke (①/はじめに is a heading broken). */
  if (u->kind == MARK_ENUM && u->first == u->last && prev->n_chars <= 4 &&
      (next->ends == ENDS_SENTENCE || next->n_chars >= 20))
    return FALSE;

  if (n_blank == 0)
    {
      if (u->kind == MARK_SPEAKER || u->kind == MARK_ANSWER)
        return TRUE;
      /* • alone on its line, its text on the next one (a PDF's bullets; not
       * 意 / 見 / ・ / 要, a heading written down a column). */
      if (u->kind == MARK_BULLET && u->first == u->last && prev->n_chars <= 2 && next->n_chars >= 3)
        return TRUE;
      /* A line well short of the text's width, or well beyond it, was not
       * broken by it: a list of one opinion a line. */
      if (width > 0 && (prev->n_chars * 5 < width * 4 || prev->n_chars * 4 > width * 5))
        return FALSE;
      if (u->kind == MARK_BULLET)
        return TRUE;
      /* A short line followed by a much longer one is a heading, not a wrap. */
      if (prev->n_chars <= LONG_LINE_CHARS
          && next->n_chars >= MAX (LONG_LINE_CHARS, prev->n_chars * 3 / 2))
        return FALSE;
      return TRUE;
    }

  /* PDF extraction may put a blank line between the halves of a sentence. */
  if (prev->n_chars < LONG_LINE_CHARS)
    return FALSE;
  if (u->kind == MARK_ENUM && u->first == u->last && prev->n_chars <= HEADING_MAX_CHARS)
    return FALSE;
  if (next->n_chars < LONG_LINE_CHARS && next->ends == ENDS_NONE)
    return FALSE;
  return TRUE;
}

static GArray *
build_units (GArray     *lines,
             const char *base,
             guint       from,
             guint       width)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  Unit *cur = NULL;
  guint32 n_blank = 0;
  gboolean after_invalid = FALSE;

  for (guint i = from; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      n_blank = (guint32) MIN ((guint64) n_blank + l->n_blank, G_MAXUINT32);
      switch (l->kind)
        {
        case LINE_SKIP:
          continue;
        case LINE_INVALID:
          cur = NULL;
          after_invalid = TRUE;
          continue;
        default:
          break;
        }

      if (cur != NULL
          && can_join (cur, &g_array_index (lines, Line, cur->last), l, n_blank, width)
          && !(cur->first == cur->last && units->len >= 2 &&
               are_column_heads (&g_array_index (units, Unit, units->len - 2), cur, lines, base)))
        {
          cur->last = i;
          cur->n_chars += l->n_chars;
        }
      else
        {
          Unit u = { 0 };

          u.first = u.last = i;
          u.n_chars = l->n_chars;
          u.kind = l->mark;
          u.n_blank = n_blank;
          u.after_invalid = after_invalid;
          g_array_append_val (units, u);
          cur = &g_array_index (units, Unit, units->len - 1);
        }
      n_blank = 0;
      after_invalid = FALSE;
    }

  return units;
}

/* Stray markers (①, ↑, ・ alone) carry no words. */
static gboolean
unit_has_letter (const Unit *u,
                 GArray     *lines,
                 const char *base)
{
  for (guint i = u->first; i <= u->last; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *p = base + l->start + (i == u->first ? l->head : 0);
      const char *e = base + l->end;

      if (l->kind != LINE_TEXT)
        continue;
      for (; p < e; p = g_utf8_next_char (p))
        if (g_unichar_isalpha (char_at (p)))
          return TRUE;
    }
  return FALSE;
}

static gboolean
is_date_char (gunichar c)
{
  return is_digit (c) || rt_minutes_is_space (c)
         || g_utf8_strchr ("年月日時分秒曜午前後令和平成昭元祝火水木金土()（）:：/／.．-－~～〜、,・", -1, c) != NULL;
}

/* Dates and times (2026年2月20日（金） 18：30～20：30) are not themes. */
static gboolean
unit_is_date (const Unit *u,
              GArray     *lines,
              const char *base)
{
  gboolean digit = FALSE;

  if (u->n_chars > HEADING_MAX_CHARS)
    return FALSE;

  for (guint i = u->first; i <= u->last; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind != LINE_TEXT)
        continue;
      for (const char *p = base + l->start; p < base + l->end; p = g_utf8_next_char (p))
        {
          gunichar c = char_at (p);

          if (!is_date_char (c))
            return FALSE;
          digit |= is_digit (c);
        }
    }
  return digit;
}

static gboolean
unit_is_heading (const Unit *u,
                 GArray     *lines,
                 const char *base)
{
  const Line *last = &g_array_index (lines, Line, u->last);
  gunichar c;

  if (u->kind == MARK_BULLET || u->n_chars > HEADING_MAX_CHARS)
    return FALSE;

  c = last_char (base + last->start, base + last->end, NULL);
  if (c == 0x3002 || c == 0xFF0E || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?')
    return FALSE;

  for (guint i = u->first; i <= u->last; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->kind == LINE_TEXT
          && memchr (base + l->start, 0xE3, l->end - l->start) != NULL
          && g_strstr_len (base + l->start, l->end - l->start, "。") != NULL)
        return FALSE;
    }
  return TRUE;
}

/* Items: statements, headings and unused units, in text order */

enum
{
  ITEM_STATEMENT,
  ITEM_HEADING,
  ITEM_UNUSED,
};

enum
{
  SPEAKER_NONE,
  SPEAKER_START,   /* label on the first line of the first unit */
  SPEAKER_END,     /* label in parentheses at the end of the last unit */
  SPEAKER_PAREN,   /* label alone on the last line */
};

typedef struct
{
  guint8   kind;
  guint8   speaker;
  gboolean open;     /* a speaker's turn that takes the paragraphs that follow */
  gboolean empty;    /* a turn that has only its label yet */
  gboolean listed;   /* a turn of bullets under a label alone: one statement each */
  gboolean opinion;  /* a public comment opened by a mark: it takes everything to its answer */
  gboolean section;  /* a turn opened by a heading naming its speaker: it runs over sub-headings */
  guint    u0;
  guint    u1;
  guint    answer;   /* the first unit of the answer to a public comment, or 0 */
  gboolean voiced;   /* that answer was told by its voice, not by a mark */
  guint    speaker_line;
} Item;

static Item *
push_item (GArray *items,
           guint8  kind,
           guint   u)
{
  Item it = { 0 };

  it.kind = kind;
  it.u0 = it.u1 = u;
  g_array_append_val (items, it);
  return &g_array_index (items, Item, items->len - 1);
}

/* A bullet of a speaker's list: one statement of its own, the speaker's. */
static void
push_listed (GArray *items,
             guint   u,
             guint   speaker_line)
{
  Item *it = push_item (items, ITEM_STATEMENT, u);

  it->speaker = SPEAKER_START;
  it->speaker_line = speaker_line;
  it->open = TRUE;
  it->listed = TRUE;
}

/* Stage notes and asides inside a turn stay in its range, out of its text. */
static gboolean
is_note_unit (const Unit *unit)
{
  return unit->kind == MARK_NOTE || unit->kind == MARK_PAREN;
}

static guint8
unit_indent (GArray *units,
             GArray *lines,
             guint   u)
{
  return g_array_index (lines, Line, g_array_index (units, Unit, u).first).indent;
}

/* Short lines indented under a heading, one after the other, are not
 * headings but a list of opinions, one a line:
 *
 *   1.職員及び市民の意識改革の視点の追加
 *     行政に携わる人の体質改善・意識改革が重要
 *     協働の観点から市民の意識改革も必要
 */
static void
list_short_lines (GArray *items,
                  GArray *units,
                  GArray *lines)
{
  g_autofree guint8 *to_list = g_new0 (guint8, items->len + 1);
  guint i = 1;

  while (i < items->len)
    {
      const Item *first = &g_array_index (items, Item, i);
      const Item *before = &g_array_index (items, Item, i - 1);
      guint8 indent = unit_indent (units, lines, first->u0);
      guint n_headings = 0;
      guint j;

      /* Under a heading less indented, or an enumerated one. */
      if (indent == 0 || before->kind != ITEM_HEADING ||
          unit_indent (units, lines, before->u0) >= indent)
        {
          i++;
          continue;
        }

      /* The run: short lines at that indentation, headings to look at or
       * statements already, none enumerated. */
      for (j = i; j < items->len; j++)
        {
          const Item *it = &g_array_index (items, Item, j);
          const Unit *unit = &g_array_index (units, Unit, it->u0);

          if ((it->kind != ITEM_HEADING && !(it->kind == ITEM_STATEMENT && it->speaker == SPEAKER_NONE)) ||
              it->u0 != it->u1 || unit->kind == MARK_ENUM || unit->kind == MARK_BRACKET ||
              unit_indent (units, lines, it->u0) != indent)
            break;
          n_headings += it->kind == ITEM_HEADING;
        }

      if (j - i >= 2 && n_headings > 0)
        for (guint k = i; k < j; k++)
          to_list[k] = TRUE;
      i = MAX (j, i + 1);
    }

  for (guint k = 0; k < items->len; k++)
    if (to_list[k])
      g_array_index (items, Item, k).kind = ITEM_STATEMENT;
}

/* ●町道市場杉線の早急な安全対策を / ●林道が少なすぎるので新たに整備を /
 * ●Jアラート発生時の対応は: lines one after the other, each under the same
 * mark and without a sentence's end, three at least of them ending in kana
 * or asking, are a list of opinions, one a line, not headings. */
static void
list_marked_lines (GArray     *items,
                   GArray     *units,
                   GArray     *lines,
                   const char *base)
{
  guint i = 0;

  while (i < items->len)
    {
      guint j, n_headings = 0;
      gunichar mark = 0;

      for (j = i; j < items->len; j++)
        {
          const Item *it = &g_array_index (items, Item, j);
          const Unit *unit = &g_array_index (units, Unit, it->u0);
          const Line *l = &g_array_index (lines, Line, unit->first);
          gunichar c = char_at (skip_space (base + l->start, base + l->end));

          if ((it->kind != ITEM_HEADING && !(it->kind == ITEM_STATEMENT && it->speaker == SPEAKER_NONE)) ||
              it->u0 != it->u1 || unit->kind != MARK_SYMBOL || (mark != 0 && c != mark) ||
              (j > i && g_array_index (items, Item, j - 1).u1 + 1 != it->u0))
            break;
          mark = c;
          n_headings += it->kind == ITEM_HEADING;
        }
      /* Those that end asking or in kana (…整備を, …対応は); a title
       * (「しばた米コン!」, 市民茶会) or a note ((町から)) stays as it was. */
      if (j - i >= 3 && n_headings > 0)
        {
          guint n_asked = 0;

          for (guint pass = 0; pass < 2; pass++)
            for (guint k = i; k < j; k++)
              {
                const Item *it = &g_array_index (items, Item, k);
                const Unit *unit = &g_array_index (units, Unit, it->u0);
                const Line *l = &g_array_index (lines, Line, unit->last);
                gunichar c = last_char (base + l->start, trim_end (base + l->start, base + l->end), NULL);

                if (!((c >= 0x3041 && c <= 0x3096) || c == '?' || c == 0xFF1F))
                  continue;
                if (pass == 0)
                  n_asked++;
                else if (n_asked >= 3)
                  g_array_index (items, Item, k).kind = ITEM_STATEMENT;
              }
        }
      i = MAX (j, i + 1);
    }
}

static gboolean explains (const char *p,
                          const char *e);

/* 1., (2), No.3, ４: a number alone, no text. */
static gboolean
is_bare_number (const char *s,
                const char *e)
{
  guint digits = 0, n = 0;

  s = skip_space (s, e);
  e = trim_end (s, e);
  if (starts_with (s, e, "No.") || starts_with (s, e, "NO."))
    s += strlen ("No.");
  for (const char *p = s; p < e; p = g_utf8_next_char (p), n++)
    {
      gunichar c = char_at (p);

      if (is_digit (c) || (c >= 0x2460 && c <= 0x2473))
        digits++;
      else if (!is_open_paren (c) && !is_close_paren (c) && c != '.' && c != 0xFF0E && c != 0x3001)
        return FALSE;
    }
  return digits > 0 && n <= 6;
}

/* A heading alone on its line that names the answer: 取組状況, 回答, 市の考え方. */
static gboolean
answer_heading (const Unit *unit,
                GArray     *lines,
                const char *base)
{
  static const char * const words[] = { "取組状況", "取り組み状況", "対応状況", "回答" };
  const Line *l = &g_array_index (lines, Line, unit->first);
  const char *s = base + l->start, *e = base + l->end, *after = NULL;

  if (unit->first != unit->last)
    return FALSE;
  while (s < e && rt_minutes_is_space (g_utf8_get_char (s)))
    s = g_utf8_next_char (s);
  while (e > s)
    {
      const char *prev = g_utf8_find_prev_char (s, e);

      if (prev == NULL || !rt_minutes_is_space (g_utf8_get_char (prev)))
        break;
      e = prev;
    }
  if (_rt_minutes_is_answer_mark (s, e, &after))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if ((gsize) (e - s) == strlen (words[i]) && memcmp (s, words[i], e - s) == 0)
      return TRUE;
  return FALSE;
}

/* でございます, 申し上げます, させていただきます: the honorifics of someone
 * speaking to a room, which a written summary does not use. */
static gboolean
is_speech (const char *text)
{
  static const char * const words[] = { "ございます", "申し上げ", "申しあげ", "させていただ", "させて頂" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The text of a unit, from its first line's start to its last line's end. */
static char *
unit_text (const Unit *unit,
           GArray     *lines,
           const char *base)
{
  gsize start = g_array_index (lines, Line, unit->first).start;
  gsize end = g_array_index (lines, Line, unit->last).end;

  return g_strndup (base + start, end - start);
}

/* An opinion is in a citizen's voice: what the administration says
 * itself (県では、…, まず、…でございます) answers nothing above it. */
static gboolean
unit_in_city_voice (const Unit *unit,
                    GArray     *lines,
                    const char *base)
{
  g_autofree char *text = unit_text (unit, lines, base);

  return _rt_minutes_is_city_voice (text, -1) || is_speech (text);
}

static gboolean is_reported_speech (const char *text);

/* …の規定説明, 運営要綱(案)説明: a line that says what is explained. */
static gboolean
unit_is_reported (const Unit *unit,
                  GArray     *lines,
                  const char *base)
{
  g_autofree char *text = unit_text (unit, lines, base);

  return is_reported_speech (text);
}

/* 市長, 危機管理課長, 土木課, 市民生活部: who answers for the city, a role
 * or an office. */
static gboolean
is_answerer_label (const char *p,
                   const char *e)
{
  return _rt_minutes_label_level (p, e, NULL, NULL) == LEVEL_ROLE || is_office_label (p, e);
}

/* 土木課: 現在、…, 市長：…: where the label of who answers, within sixteen
 * characters from @p, ends at a colon; NULL when the text opens with none. */
static const char *
answerer_colon (const char *p,
                const char *e)
{
  guint n = 0;

  for (const char *q = p; q < e && n < 16; q = g_utf8_next_char (q), n++)
    if (is_colon (char_at (q)))
      return q > p && is_answerer_label (p, q) ? q : NULL;
  return NULL;
}

/* 2. 場所 市役所201会議室, 3. 主な質問と回答: a field of a header or a
 * short heading, one line, no sentence. */
static gboolean
unit_is_row_heading (const Unit *u,
                     GArray     *lines,
                     const char *base)
{
  const Line *l = &g_array_index (lines, Line, u->first);
  const char *e = trim_end (base + l->start, base + l->end);
  const char *p = _rt_minutes_skip_item_prefix (base + l->start, e);

  if (u->first != u->last)
    return FALSE;
  if (_rt_minutes_is_field_line (p, e))
    return TRUE;
  /* Numbered as an item of the page (テーマ型まち is a row the excerpt cut). */
  return p > skip_space (base + l->start, e) && g_utf8_strlen (p, e - p) <= 20 && g_strstr_len (p, e - p, "。") == NULL &&
         g_strstr_len (p, e - p, "？") == NULL && memchr (p, '?', e - p) == NULL;
}

/* Opinions without a mark, each over its answer under a mark (【回答】):
 * where an answer mark at @u follows an answer that @last already has, the
 * paragraph just over @u, after a blank line and after some text of that
 * answer, is the next opinion unless it speaks as the city does. Returns its
 * first unit, or 0. */
static guint
next_opinion_in_answer (GArray      *units,
                        const Item  *last,
                        guint        u,
                        GArray      *lines,
                        const char  *base,
                        const Conv  *conv)
{
  guint k = u - 1;
  const Unit *mark = &g_array_index (units, Unit, last->answer);
  const char *ps, *pe;

  if (conv->opinion_marks > 0 || conv->opinion_col >= 0 || k <= last->answer || last->u1 != k)
    return 0;
  while (k > last->answer && g_array_index (units, Unit, k).n_blank == 0)
    k--;
  if (k <= last->answer || g_array_index (units, Unit, k).n_blank == 0)
    return 0;
  /* The answer has words of its own above the paragraph. */
  if (k == last->answer + 1 && unit_is_bare_mark (mark, lines, base))
    return 0;
  ps = base + g_array_index (lines, Line, g_array_index (units, Unit, k).first).start;
  pe = base + g_array_index (lines, Line, g_array_index (units, Unit, u - 1).last).end;
  if (_rt_minutes_is_city_voice (ps, pe - ps))
    return 0;
  return k;
}

/* ご意見のとおり、本制度は…: a paragraph in which the city answers; after
 * an answer (@answering), また、… and なお、… go on with it. */
static gboolean
unit_is_city_voice (const Unit *u,
                    GArray     *lines,
                    const char *base,
                    gboolean    answering)
{
  static const char * const going_on[] = { "また、", "なお、", "さらに、", "ただし、", "併せて、", "あわせて、" };
  const char *s = base + g_array_index (lines, Line, u->first).start;
  const char *e = base + g_array_index (lines, Line, u->last).end;

  if (answering)
    for (guint i = 0; i < G_N_ELEMENTS (going_on); i++)
      if (starts_with (skip_space (s, e), e, going_on[i]))
        return TRUE;
  return _rt_minutes_is_city_voice (s, e - s);
}

/* 私も…, 我が家には…: a citizen writing of themselves. */
static gboolean
in_first_person (const char *s,
                 const char *e)
{
  static const char * const words[] = { "私", "我が家", "わが家", "僕", "わたし", "自分" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_strstr_len (s, e - s, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The same, in the units @u0…@u1. */
static gboolean
units_in_first_person (GArray     *units,
                       guint       u0,
                       guint       u1,
                       GArray     *lines,
                       const char *base)
{
  const char *s = base + g_array_index (lines, Line, g_array_index (units, Unit, u0).first).start;
  const char *e = base + g_array_index (lines, Line, g_array_index (units, Unit, u1).last).end;

  return in_first_person (s, e);
}

/* …してほしいです。, …でしょうか?: a paragraph that ends asking. */
static gboolean
units_ask (GArray     *units,
           guint       u,
           GArray     *lines,
           const char *base)
{
  static const char * const ends[] = {
    "ほしい。", "ほしいです。", "欲しい。", "欲しいです。", "ください。", "下さい。", "か。", "か?", "か？", "?", "？",
    "たい。", "たいです。", "願います。", "お願いします。",
  };
  const Unit *unit = &g_array_index (units, Unit, u);
  const char *s = base + g_array_index (lines, Line, unit->first).start;

  return ends_with_any (s, trim_end (s, base + g_array_index (lines, Line, unit->last).end), ends,
                        G_N_ELEMENTS (ends), FALSE);
}

/* …を行いました。, …を運行しています。, …検討してまいります。: a paragraph in
 * which someone reports what is done, not in the first person. */
static gboolean
unit_reports_action (const Unit *unit,
                     GArray     *lines,
                     const char *base)
{
  static const char * const ends[] = {
    "行いました。", "しました。", "しています。", "おります。", "まいります。", "いたします。", "予定です。",
    "検討します。", "ました。", "します。",
  };
  const char *s = base + g_array_index (lines, Line, unit->first).start;
  const char *e = trim_end (s, base + g_array_index (lines, Line, unit->last).end);
  const char *stop = g_strstr_len (s, e - s, "。");

  if (stop == NULL || in_first_person (s, e) || _rt_minutes_is_reader_note (s, e - s))
    return FALSE;
  /* The first sentence tells it. */
  e = stop + strlen ("。");
  return ends_with_any (s, e, ends, G_N_ELEMENTS (ends), FALSE) && g_strstr_len (s, e - s, "思") == NULL &&
         g_strstr_len (s, e - s, "願い") == NULL;
}

/* …と要望があり、次の様に説明しました。: a paragraph that ends saying the
 * answer comes next. */
static gboolean
announces_answer (const Unit *u,
                  GArray     *lines,
                  const char *base)
{
  static const char * const ends[] = {
    "次の様に説明しました", "次のように説明しました", "次の様に回答しました", "次のように回答しました",
    "以下のように説明しました", "以下のように回答しました", "次のとおり回答しました", "次のとおり説明しました",
    "次の通り回答しました", "次の通り説明しました", "次のように答えました", "次の様に答えました",
  };
  const char *s = base + g_array_index (lines, Line, u->first).start;
  const char *e = trim_end (s, base + g_array_index (lines, Line, u->last).end);

  if (e - s >= (gssize) strlen ("。") && memcmp (e - strlen ("。"), "。", strlen ("。")) == 0)
    e -= strlen ("。");
  return ends_with_any (s, e, ends, G_N_ELEMENTS (ends), FALSE);
}

/* ■山田久子議員, ◆渡辺ふさ子議員 alone on a line: the councillor whose
 * questions follow. Makes the name the line's label. */
/* 問:…, 【質問】…: a question's mark, not an opinion's or a letter's. */
static gboolean
marks_question (const char *s,
                const char *e)
{
  const char *p = skip_space (s, e);

  if (_rt_minutes_qa_mark (s, e, FALSE) != NULL)
    return TRUE;
  if (p < e && (closing_bracket (char_at (p)) != 0 || is_speaker_marker (char_at (p))))
    p = skip_space (g_utf8_next_char (p), e);
  return starts_with (p, e, "質問");
}

/* てらだひろし, 山田 太郎: letters of a name only, before a party. */
static gboolean
is_party_member (const char *p,
                 const char *e)
{
  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    {
      gunichar c = char_at (q);

      if (!is_kanji (c) && !is_katakana (c) && !(c >= 0x3041 && c <= 0x3096) && !rt_minutes_is_space (c))
        return FALSE;
    }
  return TRUE;
}

static gboolean
line_names_councillor (Line       *l,
                       const char *base)
{
  const char *s = base + l->start;
  const char *e = base + l->end;
  const char *p = l->label_len > 0 ? s + l->label_off : s;
  const char *t;

  if (l->label_len > 0)
    e = p + l->label_len;
  else
    while (p < e && (is_speaker_marker (char_at (p)) || rt_minutes_is_space (char_at (p))))
      p = g_utf8_next_char (p);
  t = trim_end (p, e);
  /* てらだひろし(公明党): a name alone, the party after it. */
  if (l->label_len == 0 && t > p && is_close_paren (last_char (p, t, NULL)))
    {
      const char *open = _rt_minutes_paren_open_before (p, g_utf8_find_prev_char (p, t));
      const char *close = g_utf8_find_prev_char (p, t);
      const char *name_end = open != NULL ? trim_end (p, open) : NULL;

      if (open != NULL && name_end > p && g_utf8_strlen (p, name_end - p) <= 12 &&
          (ends_with_word (open, close, "党") || ends_with_word (open, close, "クラブ") ||
           ends_with_word (open, close, "会派") || ends_with_word (open, close, "無所属")) &&
          (ends_with_word (p, name_end, "議員") || is_party_member (p, name_end)))
        {
          l->label_off = p - s;
          l->label_len = name_end - p;
          return TRUE;
        }
    }
  if (t - p <= (gssize) strlen ("議員") || g_utf8_strlen (p, t - p) > 12 ||
      memcmp (t - strlen ("議員"), "議員", strlen ("議員")) != 0 ||
      (l->label_len == 0 && skip_space (t, base + l->end) < base + l->end))
    return FALSE;
  l->label_off = p - s;
  l->label_len = t - p;
  return TRUE;
}

/* The number of cells of a row that hold letters, and whether the one of
 * the answers is among them. */
static guint
row_filled_cells (const Unit *u,
                  GArray     *lines,
                  const char *base,
                  const Conv *conv,
                  gboolean   *answered)
{
  const Line *l = &g_array_index (lines, Line, u->first);
  const char *p = base + l->start;
  const char *e = base + l->end;
  guint filled = 0;

  *answered = FALSE;
  for (int col = 0; p != NULL; col++)
    {
      const char *end = e;
      const char *next = next_cell (p, e, conv->row_spaces, &end);
      gboolean letters = FALSE;

      for (const char *q = p; q < end && !letters; q = g_utf8_next_char (q))
        letters = g_unichar_isalpha (char_at (q));
      if (letters)
        {
          filled++;
          *answered |= col >= conv->answer_col && col > conv->opinion_col;
        }
      p = next;
    }
  return filled;
}

static gboolean
row_lacks_answer (const Unit *u,
                  GArray     *lines,
                  const char *base,
                  const Conv *conv)
{
  gboolean answered;

  return row_filled_cells (u, lines, base, conv, &answered) >= 1 && !answered;
}

static gboolean
row_is_one_cell (const Unit *u,
                 GArray     *lines,
                 const char *base,
                 const Conv *conv)
{
  const Line *l = &g_array_index (lines, Line, u->first);
  gboolean answered;

  /* 土木課: …, 市長：…: the label of who answers opens it. */
  return row_filled_cells (u, lines, base, conv, &answered) == 1 &&
         answerer_colon (base + l->start, base + l->end) != NULL;
}

/* …してほしい。(令和7年8月・市長へのメール): a letter that ends saying when
 * and how it came. */
static gboolean
unit_is_tagged_letter (const Unit *u,
                       GArray     *lines,
                       const char *base)
{
  static const char * const ways[] = {
    "メール", "手紙", "はがき", "ハガキ", "FAX", "ファクス", "ファックス", "投書", "電話", "来庁", "提案箱",
  };
  const Line *l = &g_array_index (lines, Line, u->last);
  const char *s = base + l->start;
  const char *e = trim_end (s, base + l->end);
  const char *close = NULL;
  const char *open;

  if (!is_close_paren (last_char (s, e, &close)) || close == NULL)
    return FALSE;
  open = _rt_minutes_paren_open_before (s, close);
  if (open == NULL || close - open > 40 * 3 || g_strstr_len (open, close - open, "月") == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ways); i++)
    if (g_strstr_len (open, close - open, ways[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* - 生まれも育ちも墨田区の区長にとって…? / 山本:…, ――墨田区の魅力は?:
 * an interview's questions, after a dash, the interviewer unnamed; not a
 * stage note between dashes (-資料1に基づき、事務局から説明-). */
static gboolean
is_interviewer_turn (const Unit *first,
                     GArray     *lines,
                     const char *base)
{
  const Line *l = &g_array_index (lines, Line, first->first);
  const char *s = base + l->start;
  const char *e = base + l->end;
  gunichar c = char_at (s);
  const char *after;

  if (first->kind != MARK_BULLET || (c != '-' && c != 0xFF0D && c != 0x2015 && c != 0x2014 && c != 0x2500))
    return FALSE;
  after = g_utf8_next_char (s);
  if (after >= e || (!rt_minutes_is_space (char_at (after)) && char_at (after) != c))
    return FALSE;
  /* A question or a word said, short: not a menu (- トップページ), nor a
   * page's lines run together after a dash. */
  e = base + g_array_index (lines, Line, first->last).end;
  c = last_char (s, e, NULL);
  return (c == '?' || c == 0xFF1F || c == '!' || c == 0xFF01 || c == 0x3002) && g_utf8_strlen (s, e - s) <= 100;
}

/* (報告)市長:先月、… / 合併は…説明すべきと思うがどうか。 市長:大崎町の…: a
 * paragraph of its own, with the turn of the speaker who had the word
 * before it on the rest of its line, is another's, a citizen's question
 * on a page that gives only the answerers' names; that turn answers it. */
static gboolean
asks_speaker_again (GArray     *units,
                    guint       u,
                    const Item *last,
                    GArray     *lines,
                    const char *base)
{
  const Unit *unit = &g_array_index (units, Unit, u);
  const Unit *next;
  const Line *turn;
  const Line *again;
  const char *gap;

  if (unit->kind != MARK_NONE || unit->n_blank == 0 || u + 1 >= units->len)
    return FALSE;
  next = &g_array_index (units, Unit, u + 1);
  if (next->kind != MARK_SPEAKER)
    return FALSE;
  /* The speaker of the turn before, or of the answer to the question
   * before. */
  if (last->speaker == SPEAKER_START)
    turn = &g_array_index (lines, Line, last->speaker_line);
  else if (last->speaker == SPEAKER_NONE && last->answer != 0 &&
           g_array_index (units, Unit, last->answer).kind == MARK_SPEAKER)
    turn = &g_array_index (lines, Line, g_array_index (units, Unit, last->answer).first);
  else
    return FALSE;
  again = &g_array_index (lines, Line, next->first);
  gap = base + g_array_index (lines, Line, unit->last).end;
  if (memchr (gap, '\n', base + again->start - gap) != NULL)
    return FALSE;
  return turn->label_len > 0 && turn->label_len == again->label_len &&
         memcmp (base + turn->start + turn->label_off, base + again->start + again->label_off, turn->label_len) == 0;
}

static GArray *
build_items (GArray     *units,
             GArray     *lines,
             const char *base,
             const Conv *conv)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));
  gboolean in_table = FALSE;
  gboolean titled = FALSE;   /* a heading just ended an answered opinion */
  gboolean column_heads = FALSE;   /* the heads of a table's columns were alone on their lines */
  int asker = -1;   /* the line of the councillor whose 問 lines follow, or -1 */
  /* The turn of a narration that names the speaker of the bullets below
   * (吉田委員から、), over the headings of its topics, or -1. */
  int narrated = -1;

  for (guint u = 0; u < units->len; u++)
    {
      Unit *unit = &g_array_index (units, Unit, u);
      const Line *last_line = &g_array_index (lines, Line, unit->last);
      Item *last = items->len > 0 ? &g_array_index (items, Item, items->len - 1) : NULL;
      gboolean adjacent = last != NULL && !unit->after_invalid;
      gboolean heading;
      Item *it;
      guint k;

      /* Under 吉田委員から、 each bullet is that member's, across the
       * headings of the topics (1 医師確保対策について). */
      if (narrated >= 0 && adjacent && last->kind == ITEM_HEADING && unit->kind == MARK_BULLET)
        {
          push_listed (items, u, g_array_index (items, Item, narrated).speaker_line);
          continue;
        }
      if (unit->kind != MARK_BULLET && !(narrated >= 0 && unit_is_heading (unit, lines, base)))
        narrated = -1;

      /* 1. alone on its line, in answers to citizens: the next opinion
       * starts; the legend or the opinion above is over. */
      if ((conv->comments || conv->numbered_answers) &&
          (unit->kind == MARK_ENUM || (conv->numbered_answers && unit->kind == MARK_NONE)) &&
          unit->first == unit->last &&
          is_bare_number (base + g_array_index (lines, Line, unit->first).start,
                          base + g_array_index (lines, Line, unit->first).end))
        {
          if (last != NULL && last->kind == ITEM_STATEMENT && last->answer == 0)
            last->open = FALSE;
          /* It opens the opinion as a mark does, the number no part of it. */
          it = push_item (items, ITEM_STATEMENT, u);
          it->open = TRUE;
          it->opinion = TRUE;
          unit->skip = TRUE;
          continue;
        }

      /* ■山田久子議員 over her 問 lines: who asks them. */
      if (conv->qa_apart && conv->comments && unit->first == unit->last &&
          (unit->kind == MARK_LABEL || unit->kind == MARK_SYMBOL || unit->kind == MARK_BULLET ||
           unit->kind == MARK_NONE) &&
          line_names_councillor (&g_array_index (lines, Line, unit->first), base))
        asker = (int) unit->first;

      switch (unit->kind)
        {
        case MARK_SPEAKER_PAREN:
          /* (林委員) under the statement it closes; not (事務局) after a blank
           * line over bullets of its own. */
          if (!conv->paren_before && adjacent && last->kind == ITEM_STATEMENT &&
              last->speaker == SPEAKER_NONE && unit->n_blank <= 1 &&
              !(unit->n_blank == 1 && u + 1 < units->len &&
                (g_array_index (units, Unit, u + 1).kind == MARK_BULLET ||
                 g_array_index (units, Unit, u + 1).kind == MARK_SYMBOL) &&
                g_array_index (units, Unit, u + 1).n_blank == 0))
            {
              last->u1 = u;
              last->speaker = SPEAKER_PAREN;
              last->speaker_line = unit->first;
              continue;
            }
          G_GNUC_FALLTHROUGH;
        case MARK_LABEL:
          it = push_item (items, ITEM_STATEMENT, u);
          it->speaker = SPEAKER_START;
          it->speaker_line = unit->first;
          it->open = TRUE;
          it->empty = TRUE;
          it->section = g_array_index (lines, Line, unit->first).via == VIA_HEADING ||
                        g_array_index (lines, Line, unit->first).via == VIA_NARRATION;
          if (g_array_index (lines, Line, unit->first).via == VIA_NARRATION)
            narrated = items->len - 1;
          continue;

        case MARK_SPEAKER:
          it = push_item (items, ITEM_STATEMENT, u);
          it->speaker = SPEAKER_START;
          it->speaker_line = unit->first;
          it->open = TRUE;
          continue;

        case MARK_BRACKET:
          /* 松前町の回答 / 【避難所タワーについて】: a part of the answer. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->answer != 0 && last->answer + 1 == u &&
              last->u1 + 1 == u && unit->n_blank == 0)
            {
              last->u1 = u;
              continue;
            }
          /* 〇知事 / 【能登半島地震に係る応援について】: the topic of the
           * turn, in its range, not its text. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->empty &&
              last->speaker == SPEAKER_START && !last->section && unit->n_blank == 0)
            {
              last->u1 = u;
              unit->skip = TRUE;
              continue;
            }
          push_item (items, ITEM_HEADING, u);
          continue;

        case MARK_AGENDA:
          push_item (items, ITEM_HEADING, u);
          continue;

        case MARK_NOTE:
          /* -資料1に基づき、事務局から説明-: a turn ends, the explanation starts. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && !last->empty &&
              !explains (base + g_array_index (lines, Line, unit->first).start,
                         base + g_array_index (lines, Line, unit->last).end))
            last->u1 = u;
          /* 市長あいさつ / 写真:宮本守山市長: a caption under a heading that
           * names the speaker, before the words. */
          else if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->empty && last->section &&
                   _rt_minutes_is_web_furniture (base + g_array_index (lines, Line, unit->first).start,
                                                 base + g_array_index (lines, Line, unit->last).end))
            last->u1 = u;
          else
            push_item (items, ITEM_UNUSED, u);
          continue;

        case MARK_ANSWER:
          /* ■子どもたちが遊べる公園をつくってほしい / 回答:…: what the
           * answer answers is an opinion, however short and marked. */
          if (adjacent && last->kind == ITEM_HEADING && last->u0 == last->u1 && last->u0 + 1 == u &&
              unit->n_blank <= 1 &&
              !answer_heading (&g_array_index (units, Unit, last->u0), lines, base))
            {
              Unit *caption = &g_array_index (units, Unit, last->u0);
              Item *before = items->len >= 2 ? &g_array_index (items, Item, items->len - 2) : NULL;

              /* 修繕前の写真: a caption without a mark between an opinion
               * and its answer. */
              if (caption->kind != MARK_SYMBOL && caption->kind != MARK_BULLET && caption->kind != MARK_ENUM &&
                  before != NULL && before->kind == ITEM_STATEMENT && before->answer == 0 && !before->empty &&
                  before->u1 + 1 == last->u0)
                {
                  caption->skip = TRUE;
                  g_array_set_size (items, items->len - 1);
                  last = before;
                }
              else
                {
                  last->kind = ITEM_STATEMENT;
                  last->empty = FALSE;
                }
            }
          /* 意見の概要 / 向日市の考え方, each alone: the heads of a table's
           * columns, not an opinion and its answer; the rows follow. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->opinion && last->answer == 0 &&
              last->u0 == last->u1 && last->u0 + 1 == u &&
              are_column_heads (&g_array_index (units, Unit, last->u0), unit, lines, base))
            {
              last->kind = ITEM_UNUSED;
              last->open = FALSE;
              push_item (items, ITEM_UNUSED, u);
              column_heads = TRUE;
              continue;
            }
          /* The city's answer belongs to the comment before it. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->answer == 0 && !last->empty)
            {
              last->u1 = u;
              last->answer = u;
              last->open = TRUE;
            }
          /* <答弁> 平成28年度以降… <答弁> 補足しますと…: a second answer
           * right after the first goes on with it; after a date alone
           * (【回答】5月18日回答 / <益田市からの回答>), it is the answer. */
          else if (adjacent && last->kind == ITEM_STATEMENT && last->answer != 0 && last->open &&
                   (k = next_opinion_in_answer (units, last, u, lines, base, conv)) != 0)
            {
              /* 【回答】 … / 町内会をやめたいのですが、…? / 【回答】 …: the
               * paragraph over the second answer is the next opinion. */
              last->u1 = k - 1;
              it = push_item (items, ITEM_STATEMENT, k);
              it->u1 = u;
              it->answer = u;
              it->open = TRUE;
            }
          else if (adjacent && last->kind == ITEM_STATEMENT && last->answer != 0 && last->open)
            {
              const Unit *first = &g_array_index (units, Unit, last->answer);
              const char *fs = base + g_array_index (lines, Line, first->first).start;
              const char *fe = base + g_array_index (lines, Line, first->last).end;

              if (last->answer == last->u1 && first->n_chars <= 20 && !has_sentence_end_before (fs, fe))
                last->answer = u;
              last->u1 = u;
            }
          else
            push_item (items, ITEM_UNUSED, u);
          continue;

        case MARK_ROW:
          /* 階上 | 横断歩道を付けてほしい。 | / 土木課: 現在、協議を… |: the
           * answer's cell on a row of its own, under a row without one. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->u0 == last->u1 && last->answer == 0 &&
              g_array_index (units, Unit, last->u0).kind == MARK_ROW && conv->answer_col >= 0 &&
              row_lacks_answer (&g_array_index (units, Unit, last->u0), lines, base, conv) &&
              row_is_one_cell (unit, lines, base, conv))
            {
              last->u1 = u;
              last->answer = u;
              continue;
            }
          push_item (items, ITEM_STATEMENT, u);
          continue;

        case MARK_HEAD_ROW:
          in_table = TRUE;
          push_item (items, ITEM_UNUSED, u);
          continue;

        case MARK_OPINION:
          it = push_item (items, ITEM_STATEMENT, u);
          it->open = TRUE;
          it->opinion = TRUE;
          /* 問:… or 【質問】… under ■山田久子議員: her question. */
          if (asker >= 0 && marks_question (base + g_array_index (lines, Line, unit->first).start,
                                            base + g_array_index (lines, Line, unit->first).end))
            {
              it->speaker = SPEAKER_START;
              it->speaker_line = (guint) asker;
            }
          continue;

        case MARK_PAREN:
          if (adjacent && last->kind == ITEM_HEADING && unit->n_blank <= 2)
            {
              last->u1 = u;
              continue;
            }
          if (adjacent && last->kind == ITEM_STATEMENT && last->open)
            {
              last->u1 = u;
              continue;
            }
          /* Asides such as （休憩） or （拍手） are neither themes nor opinions. */
          if (unit_is_heading (unit, lines, base))
            {
              push_item (items, ITEM_UNUSED, u);
              continue;
            }
          break;

        case MARK_SYMBOL:
        case MARK_BULLET:
          /* 山本:… / - 子ども時代の思い出は?: the interviewer's turn, not
           * the answer's bullet. */
          if (!conv->summary && !conv->comments && is_interviewer_turn (unit, lines, base))
            {
              it = push_item (items, ITEM_STATEMENT, u);
              it->open = TRUE;
              continue;
            }
          /* ◆質問 藤田和子議員 / ※…置き換えています。 / ▽診療所の在り方につ
           * いて / the question: a note to the reader and the topic's
           * heading under the label are no part of the turn. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->empty && !last->section &&
              last->speaker == SPEAKER_START && unit->first == unit->last &&
              (starts_with (base + g_array_index (lines, Line, unit->first).start,
                            base + g_array_index (lines, Line, unit->first).end, "※") ||
               (unit->kind == MARK_SYMBOL && unit_is_heading (unit, lines, base) &&
                ends_with_word (base + g_array_index (lines, Line, unit->first).start,
                                base + g_array_index (lines, Line, unit->first).end, "について"))))
            {
              last->u1 = u;
              unit->skip = TRUE;
              continue;
            }
          /* 【委員】 and bullets under it: each bullet is an opinion of its
           * own; ◆ and ● serve as bullets too, when a sentence follows. In
           * a summary, bullets after the speaker's paragraph too (町長 /
           * 制度は…お願いしたい。 / ・予算を…). */
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->speaker == SPEAKER_START &&
              (last->empty || last->listed || (conv->summary && unit->kind == MARK_BULLET)) &&
              last_line->ends != ENDS_SPEAKER &&
              (unit->kind == MARK_BULLET || g_array_index (lines, Line, unit->last).ends == ENDS_SENTENCE))
            {
              if (last->empty)
                {
                  last->u1 = u;
                  last->empty = FALSE;
                  last->listed = TRUE;
                }
              else
                push_listed (items, u, last->speaker_line);
              continue;
            }
          break;

        default:
          break;
        }

      /* Opinions without marks (a summary of citizens' letters, 提言 and
       * 取組状況): a paragraph in the administration's voice after an
       * opinion that has no answer yet is that opinion's answer, across a
       * heading that names the answer (取組状況, 回答), an aside ((4月投書))
       * or a count of the opinions (1).
       * Where the answers have marks, the voice starts none, but goes on
       * with one. */
      if ((conv->summary || conv->comments) && unit->kind == MARK_NONE && last != NULL)
        {
          Item *owner = NULL;
          gboolean over_heading = FALSE;

          if (adjacent && last->kind == ITEM_STATEMENT)
            owner = last;
          else if (adjacent && last->u0 == last->u1 && items->len >= 2 &&
                   ((last->kind == ITEM_HEADING &&
                     answer_heading (&g_array_index (units, Unit, last->u0), lines, base)) ||
                    (last->kind == ITEM_UNUSED &&
                     (g_array_index (units, Unit, last->u0).kind == MARK_PAREN ||
                      !unit_has_letter (&g_array_index (units, Unit, last->u0), lines, base)))))
            {
              owner = &g_array_index (items, Item, items->len - 2);
              over_heading = TRUE;
            }
          /* 1 計画の内容が具体性に乏しい。 / 総合振興計画基本構想は、…:
           * where numbered opinions each have the answer below them
           * unmarked, the paragraphs under one are its answer. */
          if (conv->numbered_answers && owner != NULL && !over_heading && owner->kind == ITEM_STATEMENT &&
              owner->speaker == SPEAKER_NONE && !owner->empty && owner->u1 + 1 == u &&
              g_array_index (units, Unit, owner->u0).kind == MARK_ENUM &&
              !g_array_index (units, Unit, owner->u0).skip)
            {
              if (owner->answer == 0)
                {
                  owner->answer = u;
                  owner->voiced = TRUE;
                }
              owner->u1 = u;
              continue;
            }
          /* 数年前から…。 / 「誰も捨てない」…。(平成23年8月中旬投書): a letter
           * cut into paragraphs ends saying when and how it came; the
           * paragraphs before it since the last such end are its own. */
          if (owner != NULL && !over_heading && owner->kind == ITEM_STATEMENT && owner->speaker == SPEAKER_NONE &&
              owner->answer == 0 && !owner->empty && !owner->listed && owner->u1 + 1 == u &&
              g_array_index (units, Unit, owner->u0).kind == MARK_NONE &&
              unit_is_tagged_letter (unit, lines, base) &&
              !unit_is_tagged_letter (&g_array_index (units, Unit, owner->u1), lines, base))
            {
              owner->u1 = u;
              continue;
            }
          /* …してほしい。(令和7年8月・市長へのメール): where each letter says
           * when and how it came, the answer runs on to the next one. */
          if (owner != NULL && owner->kind == ITEM_STATEMENT && owner->speaker == SPEAKER_NONE &&
              owner->answer != 0 && owner->voiced && owner->u1 + 1 == u &&
              unit_is_tagged_letter (&g_array_index (units, Unit, owner->u0), lines, base) &&
              !unit_is_tagged_letter (unit, lines, base))
            {
              owner->u1 = u;
              if (unit_is_date (unit, lines, base))
                unit->skip = TRUE;
              continue;
            }
          if (owner != NULL && owner->kind == ITEM_STATEMENT && owner->speaker == SPEAKER_NONE &&
              owner->answer != 0 && (owner->voiced || (conv->comments && conv->answer_marks > 0)) && owner->u1 + 1 == u &&
              _rt_minutes_is_city_voice (base + g_array_index (lines, Line, unit->first).start,
                                         g_array_index (lines, Line, unit->last).end -
                                         g_array_index (lines, Line, unit->first).start))
            {
              /* The answer goes on in the same voice. */
              owner->u1 = u;
              continue;
            }
          if (owner != NULL && owner->kind == ITEM_STATEMENT && owner->speaker == SPEAKER_NONE &&
              owner->answer == 0 && !owner->empty && !owner->listed && (!conv->comments || conv->answer_marks == 0) &&
              owner->u1 + (over_heading ? 2u : 1u) == u &&
              !unit_in_city_voice (&g_array_index (units, Unit, owner->u0), lines, base) &&
              (conv->cell_answers ||
               _rt_minutes_is_city_voice (base + g_array_index (lines, Line, unit->first).start,
                                          g_array_index (lines, Line, unit->last).end -
                                          g_array_index (lines, Line, unit->first).start)))
            {
              if (over_heading)
                {
                  g_array_index (units, Unit, last->u0).skip = TRUE;
                  g_array_set_size (items, items->len - 1);
                }
              owner->u1 = u;
              owner->answer = u;
              /* What follows in another voice is the next opinion. */
              owner->open = FALSE;
              owner->voiced = TRUE;
              continue;
            }
        }

      /* Public comments under marks: the opinion and its answer take every
       * paragraph and list up to the next mark; what lies outside them is
       * no opinion. */
      if (conv->comments && (conv->opinion_marks > 0 || conv->opinion_col >= 0))
        {
          gboolean heading_here = unit_is_heading (unit, lines, base);

          /* 路面電車開通の提案について(令和元年9月): the title of the next
           * letter ends the answer above; the opinion under it needs no
           * mark. */
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->opinion && last->answer != 0 &&
              heading_here)
            {
              push_item (items, ITEM_HEADING, u);
              titled = TRUE;
              continue;
            }
          if (titled && adjacent && last->kind == ITEM_HEADING && !heading_here &&
              unit_has_letter (unit, lines, base))
            {
              it = push_item (items, ITEM_STATEMENT, u);
              it->open = TRUE;
              it->opinion = TRUE;
              titled = FALSE;
              continue;
            }
          titled = FALSE;
          /* Under the heads of the columns, alone on their lines: each
           * numbered row, or each paragraph after an answer, an opinion;
           * what speaks as the city does, its answer. */
          if (column_heads && !heading_here && unit_has_letter (unit, lines, base))
            {
              gboolean city = unit_is_city_voice (unit, lines, base,
                                                  adjacent && last->kind == ITEM_STATEMENT && last->answer != 0);

              if (adjacent && last->kind == ITEM_STATEMENT && last->opinion && unit->kind != MARK_ENUM &&
                  (last->answer != 0 ? city : !city))
                last->u1 = u;
              else if (adjacent && last->kind == ITEM_STATEMENT && last->opinion && last->answer == 0 && city)
                {
                  last->u1 = u;
                  last->answer = u;
                }
              else
                {
                  it = push_item (items, ITEM_STATEMENT, u);
                  it->open = TRUE;
                  it->opinion = TRUE;
                }
              continue;
            }
          if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->opinion)
            last->u1 = u;
          /* A row cut short; not 2. 場所 市役所201会議室 or 3. 主な質問と
           * 回答 between two tables. */
          else if (in_table && unit_has_letter (unit, lines, base) && !unit_is_row_heading (unit, lines, base))
            push_item (items, ITEM_STATEMENT, u);
          else
            push_item (items, unit_is_heading (unit, lines, base) ? ITEM_HEADING : ITEM_UNUSED, u);
          continue;
        }

      if (last_line->ends == ENDS_SPEAKER)
        {
          it = push_item (items, ITEM_STATEMENT, u);
          it->speaker = SPEAKER_END;
          it->speaker_line = unit->last;
          continue;
        }

      /* ○事務局(吉崎) / 午後2時00分 or (午前10時00分) / 定刻となりましたの
       * で…: the time the turn began, in its range, not its text. */
      if (adjacent && last->kind == ITEM_STATEMENT && last->open && last->empty && last->speaker == SPEAKER_START &&
          (unit->kind == MARK_NONE || unit->kind == MARK_PAREN) && unit_is_date (unit, lines, base))
        {
          last->u1 = u;
          unit->skip = TRUE;
          continue;
        }
      if (!unit_has_letter (unit, lines, base) || unit_is_date (unit, lines, base))
        {
          push_item (items, ITEM_UNUSED, u);
          continue;
        }

      heading = unit_is_heading (unit, lines, base);

      /* 事務局説明 / …の規定説明 / ・協議事項…: what the speaker the heading
       * names goes on to explain, in its range, not its text. */
      if (heading && adjacent && last->kind == ITEM_STATEMENT && last->open && last->section &&
          unit->kind == MARK_NONE && unit_is_reported (unit, lines, base))
        {
          last->u1 = u;
          unit->skip = TRUE;
          continue;
        }

      /* Under 3 報告事項(事務局), （1）… is a part of the same report. */
      if (heading && adjacent && last->kind == ITEM_STATEMENT && last->open && last->section &&
          (unit->kind == MARK_ENUM || unit->kind == MARK_PAREN || unit->kind == MARK_OPEN || unit->kind == MARK_AGENDA) &&
          is_open_paren (char_at (base + g_array_index (lines, Line, unit->first).start)) &&
          !is_open_paren (char_at (base + g_array_index (lines, Line, last->speaker_line).start)))
        {
          last->u1 = u;
          unit->skip = TRUE;
          continue;
        }

      if (adjacent && last->kind == ITEM_STATEMENT && last->open && asks_speaker_again (units, u, last, lines, base))
        {
          it = push_item (items, ITEM_STATEMENT, u);
          it->u1 = it->answer = ++u;
          it->open = TRUE;
          continue;
        }
      if (adjacent && last->kind == ITEM_STATEMENT && last->open
          && ((last->empty && !last->section) || !heading ||
              (last->section && (unit->kind == MARK_SYMBOL || unit->kind == MARK_BULLET)))
          && !(last->listed && unit->kind != MARK_NONE)
          && !(conv->comments && unit->kind != MARK_NONE))
        {
          last->u1 = u;
          last->empty = FALSE;
          continue;
        }

      /* ちびっこ広場の草が伸びて…刈ってほしい。 / 要望を受けて、広場の草刈り
       * を行いました。: on a page of letters, a paragraph in which the city
       * reports what it does, under a letter that asks, is the answer. */
      if (!heading && conv->letters && !conv->comments && unit->kind == MARK_NONE && adjacent &&
          last->kind == ITEM_STATEMENT && last->speaker == SPEAKER_NONE && last->answer == 0 && !last->empty &&
          units_ask (units, last->u1, lines, base) && unit_reports_action (unit, lines, base))
        {
          last->u1 = u;
          last->answer = u;
          continue;
        }
      /* A letter to the mayor: its paragraphs and its numbered points are
       * one opinion, up to a heading. */
      if (!heading && conv->letters && !conv->comments && adjacent && last->kind == ITEM_STATEMENT &&
          last->speaker == SPEAKER_NONE && last->answer == 0 && !last->empty &&
          (unit->kind == MARK_NONE || unit->kind == MARK_ENUM || unit->kind == MARK_PAREN) &&
          !unit_is_city_voice (unit, lines, base, FALSE) &&
          (unit->kind != MARK_NONE || units_in_first_person (units, last->u0, last->u1, lines, base) ||
           units_in_first_person (units, u, u, lines, base)))
        {
          last->u1 = u;
          continue;
        }
      /* ・…と要望があり、次の様に説明しました。 / 村からも…: the paragraph
       * that the opinion announces is its answer. */
      if (!heading && unit->kind == MARK_NONE && adjacent && last->kind == ITEM_STATEMENT && last->answer == 0 &&
          last->speaker == SPEAKER_NONE && !last->empty &&
          announces_answer (&g_array_index (units, Unit, last->u1), lines, base))
        {
          last->u1 = u;
          last->answer = u;
          last->open = FALSE;
          continue;
        }

      it = push_item (items, heading ? ITEM_HEADING : ITEM_STATEMENT, u);
      /* A public comment runs on to its answer. */
      it->open = conv->comments && !heading;
    }

  list_short_lines (items, units, lines);
  list_marked_lines (items, units, lines, base);

  return items;
}

/* Output */

static void
append_segment (GString    *out,
                const char *p,
                const char *e)
{
  p = skip_space (p, e);
  e = trim_end (p, e);
  if (p >= e)
    return;

  /* Japanese joins without a space; words of Latin script do not. */
  if (out->len > 0 && g_ascii_isalnum (out->str[out->len - 1]) && g_ascii_isalnum (*p))
    g_string_append_c (out, ' ');
  g_string_append_len (out, p, e - p);
}

static void
append_unit (GString    *out,
             const Unit *unit,
             GArray     *lines,
             const char *base,
             gboolean    skip_head,
             gboolean    skip_tail)
{
  for (guint i = unit->first; i <= unit->last; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      const char *p = base + l->start;
      const char *e = base + l->end;

      if (l->kind != LINE_TEXT)
        continue;
      if (i == unit->first && skip_head)
        p += l->head;
      if (i == unit->last && skip_tail)
        e -= l->tail;
      if (p < e)
        append_segment (out, p, e);
    }
}

static void
rt_statement_clear (gpointer data)
{
  RtStatement *st = data;

  g_free (st->label);
  g_free (st->name);
  g_free (st->role);
  g_free (st->text);
  g_free (st->answer);
}

static void
rt_heading_clear (gpointer data)
{
  RtHeading *h = data;

  g_free (h->text);
}

static void
push_unused (RtMinutes *self,
             gsize      start,
             gsize      end)
{
  RtSpan span = { start, end };

  g_array_append_val (self->unused, span);
}

/* The label as written, or without its blanks when it was spaced out
 * character by character (委 員 長 → 委員長; 林 委員 stays). */
static char *
dup_label (const char *p,
           const char *e)
{
  g_autofree char *label = NULL;
  GString *compact;
  gboolean spaced = FALSE;
  guint run = 0;
  const char *kw;

  /* 質疑(石津委員): what the turn is, then who speaks, in parentheses. */
  {
    const char *t = e;

    while (t > p && rt_minutes_is_space (g_utf8_get_char (g_utf8_find_prev_char (p, t))))
      t = g_utf8_find_prev_char (p, t);
    for (guint i = 0; i < G_N_ELEMENTS (turn_kinds); i++)
      {
        gsize n = strlen (turn_kinds[i]);

        if ((gsize)(t - p) > n + 2 && memcmp (p, turn_kinds[i], n) == 0 && is_open_paren (char_at (p + n)) &&
            is_close_paren (g_utf8_get_char (g_utf8_find_prev_char (p, t))))
          {
            const char *inner = g_utf8_next_char (p + n);
            const char *inner_end = g_utf8_find_prev_char (p, t);

            if (_rt_minutes_label_level (inner, inner_end, NULL, NULL) != LEVEL_NONE)
              {
                p = inner;
                e = inner_end;
              }
            break;
          }
      }
  }
  kw = _rt_minutes_label_kind_word (p, e);

  /* 【かじや 質問】 is かじや's turn: the kind word is not the speaker. */
  if (kw != NULL && _rt_minutes_label_level (p, e, NULL, NULL) != LEVEL_NONE)
    e = kw;
  label = _rt_minutes_dup_trimmed (p, e);
  if (label == NULL)
    return NULL;

  for (const char *q = label; *q != '\0'; q = g_utf8_next_char (q))
    {
      if (rt_minutes_is_space (char_at (q)))
        {
          spaced = TRUE;
          run = 0;
          continue;
        }
      if (++run > 1)
        return g_steal_pointer (&label);
    }
  if (!spaced)
    return g_steal_pointer (&label);

  compact = g_string_new (NULL);
  for (const char *q = label; *q != '\0'; q = g_utf8_next_char (q))
    if (!rt_minutes_is_space (char_at (q)))
      g_string_append_unichar (compact, char_at (q));

  return g_string_free (compact, FALSE);
}

/* -資料1に基づき、事務局から説明-: what follows is the secretariat's
 * explanation. */
static gboolean
explains (const char *p,
          const char *e)
{
  return g_strstr_len (p, e - p, "説明") != NULL &&
         (g_strstr_len (p, e - p, "事務局") != NULL || g_strstr_len (p, e - p, "市から") != NULL ||
          g_strstr_len (p, e - p, "市より") != NULL || g_strstr_len (p, e - p, "課から") != NULL ||
          g_strstr_len (p, e - p, "課より") != NULL || g_strstr_len (p, e - p, "担当") != NULL);
}

/* A speaker's "turn" that only reports that they spoke: (事務局) 今年度の事
 *業スケジュールについて説明。, 事務局 「…」により説明: one sentence at most,
 * ending in 説明 or 報告. */
static gboolean
is_reported_speech (const char *text)
{
  static const char * const ends[] = { "説明", "説明した", "報告", "報告した" };
  const char *stop = strstr (text, "。");
  g_autofree char *t = NULL;

  if (stop != NULL && stop[strlen ("。")] != '\0')
    return FALSE;
  t = g_strndup (text, stop != NULL ? (gsize)(stop - text) : strlen (text));
  g_strchomp (t);
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (t, ends[i]))
      return TRUE;

  return FALSE;
}

/* A turn whose whole text is a stage note: 事務局 (説明), ○議長 (挨拶). */
static gboolean
is_note_text (const char *text)
{
  static const char * const notes[] = {
    "説明", "挨拶", "あいさつ", "了承", "承認", "報告", "資料説明", "朗読", "省略", "以下省略",
  };
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (!rt_minutes_is_space (c) && !is_open_paren (c) && !is_close_paren (c) && c != 0x3002 &&
          c != 0x3014 && c != 0x3015 && c != 0x3010 && c != 0x3011)
        g_string_append_unichar (key, c);
    }

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    if (g_str_equal (key->str, notes[i]))
      return TRUE;

  /* 議長:議長あいさつ, 会長挨拶: a role, then what it did. */
  if (key->len <= 12 * 3)
    for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
      if (g_str_has_suffix (key->str, notes[i]) && key->len > strlen (notes[i]) &&
          _rt_minutes_label_level (key->str, key->str + key->len - strlen (notes[i]), NULL, NULL) == LEVEL_ROLE)
        return TRUE;

  /* 〔資料により説明〕, (事務局より説明): a bracketed note that ends so. */
  {
    const char *s = skip_space (text, text + strlen (text));
    const char *e = trim_end (s, s + strlen (s));
    const char *last = e > s ? g_utf8_find_prev_char (s, e) : NULL;
    gunichar open = char_at (s);

    if (last != NULL && last > s && (is_open_paren (open) || open == 0x3014 || open == 0x3010) &&
        (is_close_paren (char_at (last)) || char_at (last) == 0x3015 || char_at (last) == 0x3011) &&
        g_utf8_strlen (s, e - s) <= 22)
      for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
        if (g_str_has_suffix (key->str, notes[i]))
          return TRUE;
  }

  return FALSE;
}

/* Whether @st's text has no sentence in it: no hiragana and no sentence
 * end. A turn is said in sentences, and Japanese sentences have kana. */
static gboolean
is_sentenceless (const RtStatement *st)
{
  for (const char *p = st->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x3041 && c <= 0x3096) || c == 0x3002 || c == 0xFF1F || c == 0xFF01 || c == '?' || c == '!')
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_japanese_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_kanji (c) || is_katakana (c) || (c >= 0x3041 && c <= 0x3096))
        return TRUE;
    }
  return FALSE;
}

/* 4月22日(木)午後3時30分~5時30分千種区役所講堂…約120名: a row of a
 * schedule, a date and a time without a sentence. */
static gboolean
is_schedule_row (const char *text)
{
  gboolean month = FALSE, date = FALSE, hour = FALSE;
  gboolean after_digit = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x3002 || c == 0xFF1F || c == 0xFF01 || c == '?' || c == '!')
        return FALSE;
      if (after_digit && c == 0x6708)          /* 月 */
        month = TRUE;
      else if (after_digit && month && c == 0x65E5)   /* 日 */
        date = TRUE;
      else if (after_digit && c == 0x6642)     /* 時 */
        hour = TRUE;
      after_digit = is_digit (c);
    }
  return date && hour;
}

/* Past blanks and a table's bars (| ｜). */
static const char *
skip_cell_edges (const char *p)
{
  while (*p != '\0' && (rt_minutes_is_space (g_utf8_get_char (p)) || g_utf8_get_char (p) == '|' ||
                        g_utf8_get_char (p) == 0xFF5C))
    p = g_utf8_next_char (p);
  return p;
}

/* 委員長 | (あいさつ) |, 支所長 | (開会のあいさつ) 2 あいさつ |: a row of a
 * table whose text is a stage note, then nothing or the agenda's next item. */
static gboolean
is_note_row (const char *text)
{
  const char *p = text;
  int depth = 0;

  p = skip_cell_edges (p);
  if (!is_open_paren (char_at (p)))
    return FALSE;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (is_open_paren (char_at (p)))
        depth++;
      else if (is_close_paren (char_at (p)) && --depth == 0)
        break;
    }
  if (*p == '\0')
    return FALSE;
  p = g_utf8_next_char (p);
  p = skip_cell_edges (p);

  return strstr (p, "。") == NULL && (*p == '\0' || is_digit (char_at (p)));
}

/* Whether @st's source, blanks aside, opens with a bullet (・, •, -). */
static gboolean
opens_with_bullet (const char        *text,
                   const RtStatement *st)
{
  const char *p = skip_space (text + st->start, text + st->end);

  return p < text + st->end && is_bullet_char (g_utf8_get_char (p), g_utf8_next_char (p), text + st->end);
}

/* A bullet, or a speaker's first bullet under the label alone on its
 * line (参加者からの意見 / ・…). */
static gboolean
is_bulleted (const char        *text,
             const RtStatement *st)
{
  const char *e = text + st->end;
  const char *nl;

  if (opens_with_bullet (text, st))
    return TRUE;
  if (st->label == NULL)
    return FALSE;
  nl = memchr (text + st->start, '\n', st->end - st->start);
  if (nl == NULL)
    return FALSE;
  nl = skip_space (nl + 1, e);
  return nl < e && is_bullet_char (g_utf8_get_char (nl), g_utf8_next_char (nl), e);
}

static gboolean
is_roll_statement (const RtStatement *st)
{
  return st->label == NULL && _rt_minutes_is_roll_entry (st->text, -1);
}

/* 1.本郷地区道路新設について: one line naming a topic, no sentence. */
static gboolean
is_topic_line (const char *text)
{
  static const char * const ends[] = { "について", "に関して", "に関すること" };
  const char *e = trim_end (text, text + strlen (text));

  if (memchr (text, '\n', e - text) != NULL || g_strstr_len (text, e - text, "。") != NULL ||
      g_utf8_strlen (text, e - text) > 80)
    return FALSE;
  return ends_with_any (text, e, ends, G_N_ELEMENTS (ends), FALSE);
}

/* …が了解されました。, …意見交換が行われました。, …こととしました。: the
 * page telling what was done, in the passive or as a decision, not what
 * someone said (…PRを行ってきました。 is a speaker's). */
static gboolean
narrates_result (const char *text)
{
  static const char * const ends[] = { "れました。", "こととしました。", "ことになりました。", "ととなりました。" };

  return ends_with_any (text, trim_end (text, text + strlen (text)), ends, G_N_ELEMENTS (ends), TRUE);
}

/* 【主な意見】: a section's name in brackets, whole. */
static gboolean
is_bracketed_caption (const char *text)
{
  const char *s = skip_space (text, text + strlen (text));
  const char *e = trim_end (s, s + strlen (s));
  gunichar close = closing_bracket (char_at (s));
  const char *last = e > s ? g_utf8_find_prev_char (s, e) : NULL;

  return close != 0 && last != NULL && last > s && char_at (last) == close &&
         g_utf8_strlen (s, e - s) <= 16 && g_utf8_strchr (g_utf8_next_char (s), last - g_utf8_next_char (s), close) == NULL &&
         g_strstr_len (s, e - s, "。") == NULL;
}

/* A line without a sentence that names a consultation or its results:
 * …(素案)に対するパブリックコメント, 意見及び回答, 市長へのホットラインに寄せ
 * られたご意見. */
static gboolean
names_consultation (const char *text)
{
  static const char * const words[] = {
    "パブリックコメント", "パブリック・コメント", "意見募集", "意見公募", "意見の募集", "に対する意見",
    "に対するご意見", "意見及び回答", "ご意見と回答", "意見と回答", "寄せられた", "意見の概要",
    "ご意見の概要", "意見の要旨",
  };

  if (strstr (text, "。") != NULL || g_utf8_strlen (text, -1) > 120)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @text is one line naming a field and its value, no sentence:
 * 受付年月日:2021年4月15日. */
static gboolean
is_field_statement (const char *text)
{
  const char *colon = text;
  g_autofree char *name = NULL;

  if (strchr (text, '\n') != NULL || strstr (text, "。") != NULL || g_utf8_strlen (text, -1) > 60)
    return FALSE;
  while (*colon != '\0' && !is_colon (g_utf8_get_char (colon)))
    colon = g_utf8_next_char (colon);
  if (*colon == '\0' || colon == text)
    return FALSE;
  name = g_strndup (text, colon - text);
  return _rt_minutes_is_field_name (name);
}

/* Whether statement @i, once cut, is none: what a document writes without
 * a sentence. Texts without one, several in a row or a long one, are a roll
 * of names (1番 石田, 2番 井上 …; 10番 中 野 弘 道委 員 2番 植 松 明 義 …),
 * a header field's value (平成24年1月30日(月)) or page furniture (Upload,
 * View, Download); one short one alone is a turn cut by the page (○議長
 * 本日). A bullet of a summary may be a noun alone (- 名義後援): there,
 * only three names of a roll in a row are dropped. A label
 * that is a header field's name (日時, 場所) is no speaker, whatever
 * follows it; a turn that is a stage note in a table's row is none
 * (is_note_row()); a paragraph that opens with a record's title and its fields
 * is the header of a flattened PDF. */
static gboolean
is_no_statement (const RtMinutes     *self,
                 const char          *text,
                 guint                i,
                 RtMinutesConvention  convention)
{
  const RtStatement *st = &g_array_index (self->statements, RtStatement, i);

  if (st->label != NULL && (_rt_minutes_is_field_name (st->label) || is_note_row (st->text)))
    return TRUE;
  /* 山田久子議員 / ・子育て支援について: the topics a councillor asks about,
   * an index of what follows. */
  if (st->label != NULL && st->role != NULL && g_str_equal (st->role, "議員") && is_topic_line (st->text))
    return TRUE;
  if (st->label == NULL && _rt_minutes_is_flat_header (st->text))
    return TRUE;
  /* 受付年月日:2021年4月15日, 担当課:政策企画課: a field of the page and
   * its value, not said by anyone. */
  if (st->label == NULL && st->answer == NULL && is_field_statement (st->text))
    return TRUE;
  /* A date or a time alone is said by no one, in any document, nor a
   * row of a schedule. */
  if (_rt_minutes_is_date_line (st->text, st->text + strlen (st->text)))
    return TRUE;
  if (st->label == NULL && is_schedule_row (st->text))
    return TRUE;
  /* Upload, View, Download: no word of Japanese, no statement. */
  if (st->label == NULL && !has_japanese_text (st->text))
    return TRUE;
  /* ※様式は自由です。: the page's note to its reader. */
  if (st->label == NULL && st->answer == NULL &&
      starts_with (skip_space (text + st->start, text + st->end), text + st->end, "※"))
    return TRUE;

  /* In a summary, only a roll: three names in a row at least
   * (• 1番 小川 克也, • 2番 佐野 英俊, • 4番 小川ひろみ …). */
  if (st->label == NULL &&
      (convention == RT_MINUTES_CONVENTION_SUMMARY || convention == RT_MINUTES_CONVENTION_COMMENTS))
    {
      guint first = i, last = i;
      gunichar c = g_utf8_get_char (skip_space (text + st->start, text + st->end));

      /* 第7次総合振興計画パブリックコメントにおける意見及び回答: the page's
       * title, which names the consultation. */
      if (st->answer == NULL && names_consultation (st->text))
        return TRUE;
      /* 審議会のスケジュールについて / …が了解されました。: the items of the
       * meeting and what became of them, in the page's words. */
      if (st->answer == NULL && (is_topic_line (st->text) || narrates_result (st->text) ||
                                 is_bracketed_caption (st->text)))
        return TRUE;
      /* 世代別会議01 世代別会議02: a caption, not a bullet, no sentence. */
      if (is_sentenceless (st) && !opens_with_bullet (text, st) &&
          !is_enumerator (text + st->start, text + st->end) && !is_speaker_marker (c))
        return TRUE;
      if (!is_roll_statement (st))
        return FALSE;
      while (first > 0 && is_roll_statement (&g_array_index (self->statements, RtStatement, first - 1)))
        first--;
      while (last + 1 < self->statements->len &&
             is_roll_statement (&g_array_index (self->statements, RtStatement, last + 1)))
        last++;
      return last - first >= 2;
    }
  if (!is_sentenceless (st))
    return FALSE;

  return g_utf8_strlen (st->text, -1) >= 12 ||
         (i > 0 && is_sentenceless (&g_array_index (self->statements, RtStatement, i - 1))) ||
         (i + 1 < self->statements->len && is_sentenceless (&g_array_index (self->statements, RtStatement, i + 1)));
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const RtSpan *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

/* 1. 協働ってなに？, (2) 事業の概要: a section the document numbers, whose
 * paragraphs are its content, no preface. */
static gboolean
is_numbered_heading (const RtHeading *h)
{
  const char *p = skip_space (h->text, h->text + strlen (h->text));

  return is_digit (char_at (p)) || is_enumerator (p, p + strlen (p));
}

/* Whether @st ends on the line before @list starts: a paragraph that
 * leads its own list. */
static gboolean
leads_list (const char        *text,
            const RtStatement *st,
            const RtStatement *list)
{
  const char *e = text + list->start;
  guint breaks = 0;

  for (const char *q = text + st->end; q < e;)
    {
      gsize n = space_len_at (q, e);

      if (n == 0)
        return FALSE;
      breaks += *q == '\n';
      q += n;
    }
  return breaks <= 1;
}

/* Appends a line to *@to (a statement's text or answer), which may be
 * NULL. */
static void
append_line (char       **to,
             const char  *line)
{
  char *both = *to != NULL ? g_strconcat (*to, "\n", line, NULL) : g_strdup (line);

  g_free (*to);
  *to = both;
}

/* Answers told by who gives them (問:… / 町長:…, 中学生からの意見・要望 /
 * 議員の答弁, (中学生) / (町長)): in answers to citizens, a turn of the city
 * right after an opinion is that opinion's answer, and a second turn of
 * the city on it goes with that answer. */
static void
pair_answers (RtMinutes  *self,
              const char *text,
              gboolean   *drop,
              gboolean   *merged)
{
  int owner = -1;        /* the opinion that the turns of the city answer */
  guint labelled = 0, unlabelled = 0;   /* opinions answered so, by their label */

  for (guint i = 0; i < self->statements->len; i++)
    {
      RtStatement *st = &g_array_index (self->statements, RtStatement, i);
      RtTurnSide side = g_array_index (self->sides, guint8, i);
      RtStatement *asked;

      if (drop[i])
        {
          owner = -1;
          continue;
        }
      asked = owner >= 0 ? &g_array_index (self->statements, RtStatement, owner) : NULL;
      /* Nothing but blanks between: a stage note or a heading in between
       * keeps its place. */
      if (side != RT_TURN_ANSWERS || st->label == NULL || asked == NULL ||
          skip_space (text + asked->end, text + st->start) != text + st->start)
        {
          owner = side == RT_TURN_ASKS && st->answer == NULL ? (int) i : -1;
          continue;
        }

      if (asked->answer == NULL)
        {
          asked->answer = g_strdup (st->text);
          if (asked->label != NULL)
            labelled++;
          else
            unlabelled++;
        }
      else
        {
          /* Who adds to the answer says so: 教育長：… */
          g_autofree char *said = g_strconcat (st->label, "：", st->text, NULL);

          append_line (&asked->answer, said);
        }
      asked->end = MAX (asked->end, st->end);
      merged[i] = TRUE;
    }

  /* Where the citizens' labels tell the opinions, text under no label is
   * the page's: its introduction, a caption, a note to the reader. */
  if (labelled >= 2 && unlabelled == 0)
    for (guint i = 0; i < self->statements->len; i++)
      {
        const RtStatement *st = &g_array_index (self->statements, RtStatement, i);

        if (st->label == NULL && st->answer == NULL)
          drop[i] = TRUE;
      }
}

/* …ます。, …です。, …ください。: polite, as speech goes on, in one of its
 * sentences at least. */
static gboolean
ends_politely (const char *text)
{
  static const char * const ends[] = { "ます。", "ません。", "です。", "でした。", "ました。", "ましょう。", "ください。" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (strstr (text, ends[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether nothing but blanks and unused spans of text (…資料をご覧くださ
 * い。, set aside as the page speaking to its reader) lies between @to's end
 * and @start; if so, those spans become part of @to's text and range. */
static gboolean
take_gap (RtMinutes   *self,
          const char  *text,
          RtStatement *to,
          gsize        start)
{
  gsize pos = skip_space (text + to->end, text + start) - text;
  guint first = 0, last = 0;
  gboolean found = FALSE;

  for (guint k = 0; k < self->unused->len && pos < start; k++)
    {
      const RtSpan *u = &g_array_index (self->unused, RtSpan, k);

      if (u->start < pos || u->end > start)
        continue;
      /* Bytes that are no text (an invalid line) end the speech. */
      if (u->start != pos || !g_utf8_validate_len (text + u->start, u->end - u->start, NULL))
        return FALSE;
      if (!found)
        first = k;
      found = TRUE;
      last = k;
      pos = skip_space (text + u->end, text + start) - text;
    }
  if (pos < start)
    return FALSE;
  if (!found)
    return TRUE;
  for (guint k = first; k <= last; k++)
    {
      const RtSpan *u = &g_array_index (self->unused, RtSpan, k);
      g_autofree char *piece = _rt_minutes_dup_trimmed (text + u->start, text + u->end);

      append_line (&to->text, piece != NULL ? piece : "");
    }
  g_array_remove_range (self->unused, first, last - first + 1);
  return TRUE;
}

/* @st goes on @into, @before's text or answer, its own answer with it;
 * @before now ends where it ends. */
static void
merge_statement (RtStatement       *before,
                 char             **into,
                 const RtStatement *st)
{
  append_line (into, st->text);
  if (st->answer != NULL)
    append_line (into, st->answer);
  before->end = st->end;
}

/* A mayor's or a governor's words published without a speaker marker
 * (記者会見の要旨, 知事の発表): paragraphs in the polite form after one in the
 * honorifics of speech, under the same heading, are one statement, not one
 * a paragraph. */
static void
join_speech (RtMinutes  *self,
             const char *text,
             gboolean   *drop,
             gboolean   *merged)
{
  int owner = -1;

  for (guint i = 0; i < self->statements->len; i++)
    {
      RtStatement *st = &g_array_index (self->statements, RtStatement, i);
      /* What the administration's voice took for an answer (…感謝を申し上げ
       * ます) is the speech going on. */
      gboolean answered_in_speech = st->answer != NULL && owner >= 0 && is_speech (st->answer);
      /* …資料をご覧ください。, dropped as the page speaking to its reader,
       * is the speaker's too. */
      gboolean dropped_in_speech = drop[i] && owner >= 0 && st->answer == NULL;
      gboolean plain = (!drop[i] || dropped_in_speech) && st->label == NULL &&
                       (st->answer == NULL || answered_in_speech) && !opens_with_bullet (text, st);
      gboolean speech = plain && st->answer == NULL && is_speech (st->text);
      RtStatement *before = owner >= 0 ? &g_array_index (self->statements, RtStatement, owner) : NULL;

      /* Speech goes on in the polite form once its honorifics began it. */
      if (plain && (speech || answered_in_speech || ends_politely (st->text)) && before != NULL &&
          before->heading == st->heading && take_gap (self, text, before, st->start))
        {
          merge_statement (before, &before->text, st);
          merged[i] = TRUE;
          drop[i] = FALSE;
          continue;
        }
      owner = speech && !drop[i] ? (int) i : -1;
    }
}

/* (2), （２）: the number of the enumerator that opens @text, or 0. */
static guint
opening_paren_number (const char *text)
{
  const char *p = text;
  guint n = 0;

  if (!is_open_paren (char_at (p)))
    return 0;
  for (p = g_utf8_next_char (p); is_digit (char_at (p)) && n < 100; p = g_utf8_next_char (p))
    n = n * 10 + (guint) g_unichar_digit_value (char_at (p));
  return is_close_paren (char_at (p)) ? n : 0;
}

/* Whether @text holds the enumerator (@n) in any of its widths. */
static gboolean
holds_paren_number (const char *text,
                    guint       n)
{
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autofree char *digits = g_strdup_printf ("%u", n);
  const char *numbers[2];

  for (const char *d = digits; *d != '\0'; d++)
    g_string_append_unichar (wide, 0xFF10 + (*d - '0'));
  numbers[0] = digits;
  numbers[1] = wide->str;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *narrow = g_strconcat ("(", numbers[i], ")", NULL);
      g_autofree char *full = g_strconcat ("（", numbers[i], "）", NULL);

      if (strstr (text, narrow) != NULL || strstr (text, full) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* 1 4月 道路整備 …。 (1)済生会…予定です。 / (2)公園通りの… / (3)国道や…:
 * points numbered inside a statement go on where the next ones open a
 * paragraph; they are its own. */
static void
join_enumeration (RtMinutes  *self,
                  const char *text,
                  gboolean   *drop,
                  gboolean   *merged)
{
  int owner = -1;

  for (guint i = 0; i < self->statements->len; i++)
    {
      RtStatement *st = &g_array_index (self->statements, RtStatement, i);
      RtStatement *before = owner >= 0 ? &g_array_index (self->statements, RtStatement, owner) : NULL;
      guint n = opening_paren_number (st->text);
      char **into = before == NULL ? NULL : before->answer != NULL ? &before->answer : &before->text;

      if (n >= 2 && before != NULL && st->label == NULL && st->answer == NULL && !drop[i] &&
          before->heading == st->heading && holds_paren_number (*into, n - 1) &&
          !holds_paren_number (*into, n) && opening_paren_number (*into) == 0 &&
          take_gap (self, text, before, st->start))
        {
          merge_statement (before, into, st);
          merged[i] = TRUE;
          continue;
        }
      if (!drop[i] && !merged[i])
        owner = (int) i;
    }
}

/* 高岡の人口を増やすには?: short, asked, one line. */
static gboolean
is_theme_question (const char *text)
{
  gsize len = strlen (text);

  return len <= 40 * 3 && strchr (text, '\n') == NULL &&
         (g_str_has_suffix (text, "?") || g_str_has_suffix (text, "？"));
}

/* The bullet, the mark or the enumerator's first character ((1), ・, ■,
 * ○) that opens @st in the text, or 0. */
static gunichar
leading_mark (const char        *text,
              const RtStatement *st)
{
  const char *p = skip_space (text + st->start, text + st->end);
  const char *e = text + st->end;
  gunichar c = p < e ? char_at (p) : 0;

  return is_speaker_marker (c) || is_bullet_char (c, g_utf8_next_char (p), e) ||
         (c != 0 && !is_digit (c) && is_enumerator (p, e)) ? c : 0;
}

/* 1 | 祭事での深夜の騒音 | 西条まつり…: a statement that starts a row of
 * a table, its cells apart by bars or tabs. */
static gboolean
is_table_row (const char        *text,
              const RtStatement *st)
{
  const char *s = text + st->start;
  const char *nl = memchr (s, '\n', st->end - st->start);
  const char *e = nl != NULL ? nl : text + st->end;

  return memchr (s, '|', e - s) != NULL || memchr (s, '\t', e - s) != NULL;
}

/* Moves what is no statement (is_no_statement()) to the unused spans, then
 * counts the speakers and the statements without one: the only count. */
static void
drop_no_statements (RtMinutes           *self,
                    const char          *text,
                    RtMinutesConvention  convention)
{
  g_autoptr(GHashTable) speakers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree gboolean *drop = g_new0 (gboolean, self->statements->len + 1);
  g_autofree gboolean *merged = g_new0 (gboolean, self->statements->len + 1);
  guint kept = 0;

  /* Decided before anything moves: a statement's neighbours count. */
  for (guint i = 0; i < self->statements->len; i++)
    drop[i] = is_no_statement (self, text, i, convention);

  if (convention == RT_MINUTES_CONVENTION_COMMENTS && !self->qa_apart)
    pair_answers (self, text, drop, merged);
  else if (convention == RT_MINUTES_CONVENTION_SUMMARY)
    join_speech (self, text, drop, merged);
  if (convention == RT_MINUTES_CONVENTION_COMMENTS || convention == RT_MINUTES_CONVENTION_SUMMARY)
    join_enumeration (self, text, drop, merged);

  /* - 高岡の人口を増やすには? in the list of themes, and again over the
   * opinions on it: a theme asked as a question, twice, is no opinion. */
  if (convention == RT_MINUTES_CONVENTION_SUMMARY)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < self->statements->len; i++)
          {
            const RtStatement *st = &g_array_index (self->statements, RtStatement, i);

            if (st->label != NULL || st->answer != NULL || !is_theme_question (st->text))
              continue;
            if (pass == 0)
              g_hash_table_insert (seen, st->text,
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, st->text)) + 1));
            else if (GPOINTER_TO_UINT (g_hash_table_lookup (seen, st->text)) >= 2)
              drop[i] = TRUE;
          }
      /* The other themes of the same list, whose repeat the page (or the
       * excerpt) does not show. */
      for (guint i = 0; i + 1 < self->statements->len; i++)
        {
          const RtStatement *a = &g_array_index (self->statements, RtStatement, i);
          const RtStatement *b = &g_array_index (self->statements, RtStatement, i + 1);

          if (a->label == NULL && b->label == NULL && is_theme_question (a->text) && is_theme_question (b->text) &&
              drop[i] != drop[i + 1])
            drop[i] = drop[i + 1] = TRUE;
        }
    }

  /* A summary whose opinions are bullets or marked (・, ■): the
   * unattributed paragraphs above the first of them are the page's own
   * (its preface, what it tells was done), but for the one just above it,
   * line to line, which leads its list (…下記の方法を提案します。 / ・…). */
  if (convention == RT_MINUTES_CONVENTION_SUMMARY)
    {
      guint first = self->statements->len, n = 0;

      for (guint i = 0; i < self->statements->len; i++)
        {
          const RtStatement *st = &g_array_index (self->statements, RtStatement, i);

          if (!drop[i] && !merged[i] &&
              (is_bulleted (text, st) || is_speaker_marker (leading_mark (text, st))))
            {
              n++;
              first = MIN (first, i);
            }
        }
      for (guint i = 0; n >= 2 && i < first; i++)
        {
          const RtStatement *st = &g_array_index (self->statements, RtStatement, i);

          if (st->heading >= 0 && st->heading != g_array_index (self->statements, RtStatement, first).heading &&
              is_numbered_heading (&g_array_index (self->headings, RtHeading, st->heading)))
            continue;
          if (st->label == NULL && !(i + 1 == first && leads_list (text, st, &g_array_index (self->statements, RtStatement, first))))
            drop[i] = TRUE;
        }
    }

  /* ○ a letter / ○ another / ● one reply to both: the opinions under the
   * same mark just before an answered one share its answer. */
  if (convention == RT_MINUTES_CONVENTION_COMMENTS)
    for (guint i = 1; i < self->statements->len; i++)
      {
        const RtStatement *st = &g_array_index (self->statements, RtStatement, i);
        gunichar mark = leading_mark (text, st);

        if (drop[i] || merged[i] || st->answer == NULL || st->label != NULL || !is_speaker_marker (mark))
          continue;
        for (guint j = i; j-- > 0;)
          {
            RtStatement *before = &g_array_index (self->statements, RtStatement, j);

            if (merged[j])
              continue;
            if (drop[j] || before->answer != NULL || before->label != NULL || leading_mark (text, before) != mark)
              break;
            before->answer = g_strdup (st->answer);
          }
      }

  /* Opinions that have their answers: the unattributed paragraphs above
   * the first answered one are the page's own (how the box works, where it
   * stands, what is not answered, what was done), whatever their form; but
   * a table's row, or a line under the same mark as the answered one
   * (・鳥獣駆除に… over ・総合グラウンドの…), is an opinion whose answer was
   * not found. */
  for (guint i = 0; i < self->statements->len; i++)
    {
      const RtStatement *st = &g_array_index (self->statements, RtStatement, i);
      gunichar mark;

      if (drop[i] || merged[i] || st->answer == NULL)
        continue;
      mark = leading_mark (text, st);
      for (guint j = 0; j < i; j++)
        {
          const RtStatement *above = &g_array_index (self->statements, RtStatement, j);

          if (above->label == NULL && !is_table_row (text, above) &&
              (mark == 0 || leading_mark (text, above) != mark))
            drop[j] = TRUE;
        }
      break;
    }

  /* Turns that have their speakers: the unattributed paragraphs above the
   * first of them are the page's own (a preface, a table of contents, the
   * questions' summary); bullets stay, the members' opinions over the
   * secretariat's labelled answer; and a councillor's 問 over the mayor's
   * answer. */
  for (guint i = 0; i < self->statements->len && !self->qa_apart; i++)
    {
      if (drop[i] || merged[i] || g_array_index (self->statements, RtStatement, i).label == NULL)
        continue;
      for (guint j = 0; j < i; j++)
        if (!opens_with_bullet (text, &g_array_index (self->statements, RtStatement, j)))
          drop[j] = TRUE;
      break;
    }

  self->n_unattributed = 0;
  for (guint i = 0; i < self->statements->len; i++)
    {
      RtStatement *st = &g_array_index (self->statements, RtStatement, i);

      if (drop[i] || merged[i])
        {
          if (!merged[i])
            push_unused (self, st->start, st->end);
          rt_statement_clear (st);
          memset (st, 0, sizeof *st);
          continue;
        }

      if (st->label != NULL)
        g_hash_table_add (speakers, st->label);
      else
        self->n_unattributed++;
      if (kept != i)
        g_array_index (self->statements, RtStatement, kept) = *st;
      kept++;
    }

  /* The moved-out slots are bitwise copies now owned by their new place. */
  for (guint i = kept; i < self->statements->len; i++)
    memset (&g_array_index (self->statements, RtStatement, i), 0, sizeof (RtStatement));
  g_array_set_size (self->statements, kept);
  self->n_speakers = g_hash_table_size (speakers);
  g_array_sort (self->unused, compare_spans);
}

static void
push_statement (RtMinutes   *self,
                RtStatement *st,
                RtTurnSide   side)
{
  guint8 s = side;

  st->kind = rt_minutes_classify (st->label, st->role, st->text);
  g_array_append_val (self->statements, *st);
  g_array_append_val (self->sides, s);
}

/* Copies a cell of a tab-separated row, trimmed; NULL when empty. */
static char *
dup_cell (const char *s,
          const char *e,
          gboolean    spaces,
          int         col)
{
  const char *p = s;
  const char *end = e;

  for (int i = 0; p != NULL; i++)
    {
      const char *next = next_cell (p, e, spaces, &end);

      if (i == col)
        return _rt_minutes_dup_trimmed (p, end);
      p = next;
    }

  return NULL;
}

/* 土木課: 現在、協議を…, 市長：…: the answer after the label of who gives
 * it, when it has one. */
static const char *
after_answer_label (const char *cell)
{
  const char *colon = answerer_colon (cell, cell + strlen (cell));

  if (colon == NULL)
    return cell;
  colon = g_utf8_next_char (colon);
  while (*colon != '\0' && rt_minutes_is_space (g_utf8_get_char (colon)))
    colon = g_utf8_next_char (colon);
  return *colon != '\0' ? colon : cell;
}

/* A row of a table of public comments: the opinion's cell is the text,
 * the answer's cell the answer. */
static void
emit_row (RtMinutes  *self,
          const Item *it,
          const Unit *unit,
          GArray     *units,
          GArray     *lines,
          const char *base,
          const Conv *conv)
{
  const Line *l = &g_array_index (lines, Line, unit->first);
  const char *s = base + l->start;
  const char *e = base + l->end;
  const Line *al = it->answer != 0 && it->answer != it->u0
                   ? &g_array_index (lines, Line, g_array_index (units, Unit, it->answer).first) : NULL;
  RtStatement st = { 0 };
  int shift = 0;

  st.text = dup_cell (s, e, conv->row_spaces, MAX (conv->opinion_col, 0));
  /* 1 | 意見 | 回答 under ご意見 | 回答: the rows are numbered in a column
   * that the head row does not name. */
  if (st.text != NULL && is_bare_number (st.text, st.text + strlen (st.text)))
    {
      g_free (st.text);
      shift = 1;
      st.text = dup_cell (s, e, conv->row_spaces, MAX (conv->opinion_col, 0) + shift);
    }
  if (st.text == NULL)
    {
      push_unused (self, l->start, al != NULL ? al->end : l->end);
      return;
    }
  if (al != NULL)
    {
      /* The answer's row: its one cell, after the label of who answers. */
      g_autofree char *cell = dup_cell (base + al->start, base + al->end, conv->row_spaces, 0);

      st.answer = cell != NULL ? g_strdup (after_answer_label (cell)) : NULL;
    }
  else if (conv->answer_col >= 0)
    st.answer = dup_cell (s, e, conv->row_spaces, conv->answer_col + shift);
  st.start = l->start;
  st.end = al != NULL ? al->end : l->end;
  st.heading = (int) self->headings->len - 1;
  push_statement (self, &st, RT_TURN_ASKS);
}

/* 長野市長が「…」とあいさつした。, 「…」「…」などがあった。: a report
 * quoting what was said. Whether the words after a quote's end at @p say
 * so: と述べた, との意見, という声, など. */
static gboolean
is_speech_tail (const char *p,
                const char *e)
{
  static const char * const tails[] = {
    "とあいさつ", "と挨拶", "と述べ", "と話", "と語", "と説明", "と強調", "と訴え", "と呼びかけ",
    "と答え", "と質問", "と要望", "と指摘", "と提案", "と発言", "との", "という", "などが", "などの意見",
    "などの声", "などの要望", "などの質問", "などの発言", "といった", "とお話",
    /* 「…。」「…。」等の意見がありました: など in kanji. */
    "等の意見", "等の声", "等の要望", "等の質問", "等の発言", "等が",
  };

  for (guint i = 0; i < G_N_ELEMENTS (tails); i++)
    if (starts_with (p, e, tails[i]))
      return TRUE;
  return FALSE;
}

/* Where the quote that opens at @p closes, one past its 」, or NULL. */
static const char *
quote_end (const char *p,
           const char *e)
{
  guint depth = 0;

  for (const char *q = p; q < e; q = g_utf8_next_char (q))
    {
      gunichar c = char_at (q);

      if (c == 0x300C)
        depth++;
      else if (c == 0x300D && --depth == 0)
        return g_utf8_next_char (q);
    }
  return NULL;
}

/* 長野市長が「: who is quoted, the role before が, は or から that opens the
 * quote at @quote, within the line from @s. */
static void
quoted_speaker (const char  *s,
                const char  *quote,
                const char **label,
                const char **label_end)
{
  static const char * const particles[] = { "が", "は", "から", "より" };
  const char *end = NULL, *from;
  guint n = 0;

  *label = *label_end = NULL;
  /* 町長はあいさつで「: what the speaker was doing, between who and the
   * quote. */
  if (quote - s > (gssize) strlen ("で") && memcmp (quote - strlen ("で"), "で", strlen ("で")) == 0)
    {
      const char *q = quote - strlen ("で");

      for (guint k = 0; q > s && k < 8; k++)
        {
          q = g_utf8_find_prev_char (s, q);
          if (q != NULL && (starts_with (q, quote, "は") || starts_with (q, quote, "が")))
            {
              quote = q + strlen ("は");
              break;
            }
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (particles) && end == NULL; i++)
    if (quote - s > (gssize) strlen (particles[i]) &&
        memcmp (quote - strlen (particles[i]), particles[i], strlen (particles[i])) == 0)
      end = quote - strlen (particles[i]);
  if (end == NULL)
    return;
  for (from = end; from > s && n < 20; n++)
    {
      const char *prev = g_utf8_find_prev_char (s, from);
      gunichar c = char_at (prev);

      if (rt_minutes_is_space (c) || is_sentence_end (c) || c == 0x3001 || c == 0xFF0C || c == 0x300D ||
          is_close_paren (c) || !(is_kanji (c) || is_katakana (c) || (c >= 0x3041 && c <= 0x3096)))
        break;
      from = prev;
    }
  if (from < end && _rt_minutes_label_level (from, end, NULL, NULL) == LEVEL_ROLE)
    {
      *label = from;
      *label_end = end;
    }
}

/* 「地区の独居高齢者に防災グッズを配布してほしい」, not 「尖石縄文考古館」:
 * words said, six characters or more with kana among them, between the
 * brackets @q…@qe. */
static gboolean
is_said (const char *q,
         const char *qe)
{
  const char *close = qe - strlen ("」");
  guint n = 0;
  gboolean kana = FALSE;

  for (const char *p = g_utf8_next_char (q); p < close; p = g_utf8_next_char (p), n++)
    {
      gunichar c = char_at (p);

      kana |= c >= 0x3041 && c <= 0x3096;
    }
  return kana && n >= 6;
}

/* A summary's paragraph reporting what was said in quotes: each quote
 * (is_said(), alone or in a run of them) that the words
 * after the run say was said is a statement, of the role quoted before it
 * if any; the narration around them is unused. Returns whether there was
 * one. */
static gboolean
emit_quotes (RtMinutes  *self,
             const char *base,
             gsize       start,
             gsize       end)
{
  const char *s = base + start;
  const char *e = base + end;
  const char *done = s;
  gboolean any = FALSE;

  for (const char *p = s; p < e;)
    {
      const char *run = p, *run_end = NULL, *q = p;
      guint n_quotes = 0;

      if (char_at (p) != 0x300C)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      /* The run: quotes one after the other, or apart by a comma. */
      while (q < e && char_at (q) == 0x300C)
        {
          const char *qe = quote_end (q, e);

          if (qe == NULL)
            break;
          run_end = qe;
          n_quotes++;
          q = qe;
          /* 「…」、「…」 or 「…」や「…」: one run. */
          if (q < e && (char_at (q) == 0x3001 || char_at (q) == 0xFF0C || char_at (q) == 0x3084) &&
              g_utf8_next_char (q) < e && char_at (g_utf8_next_char (q)) == 0x300C)
            q = g_utf8_next_char (q);
        }
      if (n_quotes == 0)
        break;
      if (!is_speech_tail (run_end, e))
        {
          p = run_end;
          continue;
        }

      for (q = run; q < run_end;)
        {
          const char *qe = quote_end (q, run_end);
          RtStatement st = { 0 };
          const char *label = NULL, *label_end = NULL;
          const char *line = q;

          if (qe == NULL)
            break;
          if (is_said (q, qe))
            {
              while (line > s && line[-1] != '\n')
                line--;
              if (q == run)
                quoted_speaker (line, q, &label, &label_end);
              if (q > done)
                push_unused (self, done - base, q - base);
              st.text = g_strndup (q, qe - q);
              st.start = q - base;
              st.end = qe - base;
              st.heading = (int) self->headings->len - 1;
              if (label != NULL)
                {
                  st.label = dup_label (label, label_end);
                  _rt_minutes_label_parts (label, label_end, &st.name, &st.role);
                }
              push_statement (self, &st, RT_TURN_NEITHER);
              done = qe;
              any = TRUE;
            }
          q = qe;
          if (q < run_end && char_at (q) != 0x300C)
            q = g_utf8_next_char (q);
        }
      p = run_end;
    }

  if (any && done < e)
    push_unused (self, done - base, end);
  return any;
}

static void
emit_item (RtMinutes  *self,
           const Item *it,
           GArray     *units,
           GArray     *lines,
           const char *base,
           const Conv *conv)
{
  const Unit *first = &g_array_index (units, Unit, it->u0);
  const Unit *end_unit = &g_array_index (units, Unit, it->u1);
  gsize start = g_array_index (lines, Line, first->first).start;
  gsize end = g_array_index (lines, Line, end_unit->last).end;
  g_autoptr(GString) text = NULL;
  g_autoptr(GString) answer = NULL;

  if (it->kind == ITEM_UNUSED)
    {
      push_unused (self, start, end);
      self->explaining = explains (base + start, base + end);
      return;
    }

  text = g_string_new (NULL);

  if (it->kind == ITEM_HEADING)
    {
      RtHeading h = { 0 };

      for (guint u = it->u0; u <= it->u1; u++)
        {
          const Unit *unit = &g_array_index (units, Unit, u);
          gboolean strip = unit->kind == MARK_BRACKET || unit->kind == MARK_SYMBOL;

          append_unit (text, unit, lines, base, strip, unit->kind == MARK_BRACKET);
        }
      if (text->len == 0)
        {
          push_unused (self, start, end);
          return;
        }
      h.text = g_string_free (g_steal_pointer (&text), FALSE);
      h.start = start;
      h.end = end;
      g_array_append_val (self->headings, h);
      /* -事務局から説明- (1)自己紹介 …: the explanation goes on under its items. */

      /* Statements before the first heading belong to it. */
      if (self->headings->len == 1)
        for (guint i = 0; i < self->statements->len; i++)
          g_array_index (self->statements, RtStatement, i).heading = 0;
      return;
    }

  if (first->kind == MARK_ROW && (it->u0 == it->u1 || it->answer == it->u1))
    {
      emit_row (self, it, first, units, lines, base, conv);
      return;
    }

  for (guint u = it->u0; u <= it->u1; u++)
    {
      const Unit *unit = &g_array_index (units, Unit, u);
      gboolean head, tail;
      GString *out;
      gsize before;

      if (it->speaker == SPEAKER_PAREN && u == it->u1)
        break;
      if ((u > it->u0 && is_note_unit (unit)) || unit->skip)
        continue;
      /* A heading naming the speaker is no part of the statement. */
      if (u == it->u0 && it->section)
        continue;

      if (it->answer != 0 && u >= it->answer)
        {
          if (answer == NULL)
            answer = g_string_new (NULL);
          out = answer;
        }
      else
        out = text;

      if (u == it->u0 || u == it->answer || (it->answer != 0 && u > it->answer && unit->kind == MARK_ANSWER))
        head = unit->kind != MARK_ENUM && unit->kind != MARK_OPEN
               && unit->kind != MARK_PAREN && unit->kind != MARK_NONE;
      else if (it->opinion || it->listed)
        head = unit->kind == MARK_BULLET || (it->listed && unit->kind == MARK_SYMBOL);
      else
        head = FALSE;
      tail = it->speaker == SPEAKER_END && u == it->u1;

      before = out->len;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_unit (out, unit, lines, base, head, tail);
      if (out->len == before + 1)
        g_string_truncate (out, before);
    }

  /* 長野市長が「…」とあいさつした。: a report quoting what was said (a
   * letter quotes to make its point). */
  if (it->speaker == SPEAKER_NONE && answer == NULL && conv->summary && !conv->comments && !conv->letters &&
      memmem (base + start, end - start, "「", strlen ("「")) != NULL &&
      emit_quotes (self, base, start, end))
    return;

  /* Narration: …について説明。 without a speaker, or 「…」により説明 without a
   * sentence of its own. */
  if (text->len == 0 || is_note_text (text->str) ||
      (answer == NULL && _rt_minutes_is_narration (text->str, text->len) &&
       (it->speaker == SPEAKER_NONE || is_reported_speech (text->str))))
    {
      push_unused (self, start, end);
      self->explaining = explains (text->str, text->str + text->len);
      return;
    }

  /* In a record of speakers a statement is a speaker's turn: text that no
   * speaker says is the header's, the agenda's or narration, but for what
   * follows -資料1に基づき、事務局から説明-. */
  if (it->speaker == SPEAKER_NONE && answer == NULL && !conv->summary && !conv->comments &&
      !self->explaining && !is_interviewer_turn (first, lines, base))
    {
      push_unused (self, start, end);
      /* ― 次第及び資料1に基づき、事務局から説明 ―, blanks inside the dashes. */
      self->explaining = (is_note_dash (char_at (base + start)) || is_open_paren (char_at (base + start))) &&
                         explains (text->str, text->str + text->len);
      return;
    }

  /* 委員長 前田 剛志 君, 事務局 5名: a roll of who attended, not a turn. */
  if (it->speaker != SPEAKER_NONE && answer == NULL && _rt_minutes_is_roll_entry (text->str, text->len))
    {
      push_unused (self, start, end);
      return;
    }

  if (it->speaker == SPEAKER_NONE && (conv->summary || conv->comments))
    {
      /* …いくつかを紹介します。: the page speaking to its reader; before
       * the first statement, whatever follows it (ご意見につきましては…掲載
       * しています。 また、…). */
      if ((answer == NULL || self->statements->len == 0) && _rt_minutes_is_reader_note (text->str, text->len))
        {
          push_unused (self, start, end);
          return;
        }
      /* 1月11日富里研修センター, 提出件数 7件: the page's listings. */
      if (answer == NULL && _rt_minutes_is_listing (text->str, text->len))
        {
          push_unused (self, start, end);
          return;
        }
    }

  {
    RtStatement st = { 0 };
    const char *kind_word = NULL, *label_end = NULL;
    RtTurnSide side = RT_TURN_ASKS;
    GString *apart = NULL;
    gsize apart_start = 0;

    st.text = g_string_free (g_steal_pointer (&text), FALSE);
    st.start = start;
    st.end = end;
    st.heading = (int) self->headings->len - 1;
    if (answer != NULL && answer->len > 0 && self->qa_apart && it->answer != 0)
      {
        /* 一般質問 / 問 … / 答 …: a councillor's question and the answer
         * are turns of their own, not a citizen's opinion and the reply. */
        apart = g_steal_pointer (&answer);
        apart_start = g_array_index (lines, Line, g_array_index (units, Unit, it->answer).first).start;
        st.end = MIN (st.end, apart_start);
      }
    else if (answer != NULL && answer->len > 0)
      st.answer = g_string_free (g_steal_pointer (&answer), FALSE);

    if (it->speaker != SPEAKER_NONE)
      {
        const Line *l = &g_array_index (lines, Line, it->speaker_line);
        gboolean at_end = it->speaker == SPEAKER_END;
        const char *p = base + l->start + (at_end ? l->elabel_off : l->label_off);
        gsize n = at_end ? l->elabel_len : l->label_len;

        st.label = dup_label (p, p + n);
        _rt_minutes_label_parts (p, p + n, &st.name, &st.role);
        kind_word = _rt_minutes_label_kind_word (p, p + n);
        label_end = p + n;
        /* Who asks and who answers matters in answers to citizens only. */
        if (st.label != NULL)
          side = conv->comments ? _rt_minutes_label_side (p, p + n) : RT_TURN_NEITHER;
      }

    push_statement (self, &st, side);

    /* 【かじや 質問】, (市の答弁): the label says what the turn is. */
    if (kind_word != NULL && st.label != NULL)
      {
        RtStatement *last = &g_array_index (self->statements, RtStatement, self->statements->len - 1);
        const char *w = skip_space (kind_word, label_end);
        gssize n = label_end - w;

        /* 参加者からのご意見, 中学生からの意見・要望: what it is, the words
         * of the text say; 答弁 and 回答 answer, 質問 and 質疑 ask. Only
         * within the label. */
        if (g_strstr_len (w, n, "答弁") != NULL || g_strstr_len (w, n, "回答") != NULL)
          last->kind = RT_STATEMENT_KIND_ANSWER;
        else if ((g_strstr_len (w, n, "質問") != NULL || g_strstr_len (w, n, "質疑") != NULL) &&
                 g_strstr_len (w, n, "意見") == NULL && g_strstr_len (w, n, "要望") == NULL)
          last->kind = RT_STATEMENT_KIND_QUESTION;
      }

    /* Q 代表幹事, A 知事: the letter says it. */
    if (it->speaker == SPEAKER_START && st.label != NULL)
      {
        const Line *l = &g_array_index (lines, Line, it->speaker_line);
        gunichar letter = 0;
        RtStatement *last = &g_array_index (self->statements, RtStatement, self->statements->len - 1);

        /* A answers, whatever its first words; Q may open the meeting. */
        if (l->label_off > 0 && qa_letter (base + l->start, base + l->end, &letter) != NULL &&
            (letter == 'A' || last->kind != RT_STATEMENT_KIND_PROCEDURE))
          last->kind = letter == 'Q' ? RT_STATEMENT_KIND_QUESTION : RT_STATEMENT_KIND_ANSWER;
      }

    /* Bullets under -資料1に基づき、事務局から説明- are its explanation. */
    if (st.label == NULL && self->explaining)
      g_array_index (self->statements, RtStatement, self->statements->len - 1).kind = RT_STATEMENT_KIND_ANSWER;
    else if (st.label != NULL)
      self->explaining = FALSE;

    if (apart != NULL)
      {
        RtStatement an = { 0 };

        an.text = g_string_free (g_steal_pointer (&apart), FALSE);
        an.start = apart_start;
        an.end = end;
        an.heading = st.heading;
        push_statement (self, &an, RT_TURN_ANSWERS);
        g_array_index (self->statements, RtStatement, self->statements->len - 1).kind = RT_STATEMENT_KIND_ANSWER;
      }
  }
}

/* Blank lines are not stored, only counted in the line after them. */
static GArray *
split_lines (const char *text,
             gsize       len)
{
  GArray *lines = g_array_sized_new (FALSE, TRUE, sizeof (Line), len / 64 + 1);
  guint32 n_blank = 0;
  gsize i = 0;

  while (i < len)
    {
      gsize j = i;
      const char *s, *e;

      while (j < len && text[j] != '\n' && text[j] != '\r')
        j++;

      s = skip_space (text + i, text + j);
      e = trim_end (s, text + j);
      if (s == e)
        {
          if (n_blank < G_MAXUINT32)
            n_blank++;
        }
      else
        {
          Line l = { 0 };
          guint indent = 0;

          /* The indentation, in half-width columns. */
          for (const char *p = text + i; p < s && indent < 255; )
            {
              gsize n = space_len_at (p, s);

              indent += n == 3 ? 2 : 1;
              p += MAX (n, 1);
            }

          l.start = s - text;
          l.end = e - text;
          l.n_blank = n_blank;
          l.indent = MIN (indent, 255);
          g_array_append_val (lines, l);
          n_blank = 0;
        }

      if (j < len && text[j] == '\r' && j + 1 < len && text[j + 1] == '\n')
        j++;
      i = j + 1;
    }

  return lines;
}

/* Flattened lines */

/* An opinion's or an answer's mark at @p followed by a colon: 意見概要 :,
 * 区の考え方：. */
static gboolean
marked_by_colon (const char *p,
                 const char *e)
{
  const char *after = NULL;

  guint blanks = 0;

  if (!_rt_minutes_is_answer_mark (p, e, &after) && !_rt_minutes_is_opinion_mark (p, e, &after))
    return FALSE;
  if (after >= e)
    return FALSE;
  /* 意見概要 ・…: its bullets follow. */
  if (char_at (after) == 0x30FB && after > p && rt_minutes_is_space (char_at (g_utf8_find_prev_char (p, after))))
    return TRUE;
  for (const char *q = p; q < after; q = g_utf8_next_char (q))
    {
      if (is_colon (char_at (q)))
        return TRUE;
      if (rt_minutes_is_space (char_at (q)))
        blanks++;
    }
  /* 区の考え方  これまでの…: two blanks apart, as a table's cells. */
  return blanks >= 2;
}

/* <質疑> 地方税法の件で…, 【市の考え方】 …: an opinion's or an answer's mark
 * in brackets at @p, and text after it. */
static gboolean
marked_in_brackets (const char *p,
                    const char *e)
{
  const char *after = NULL;

  return (_rt_minutes_is_answer_mark (p, e, &after) || _rt_minutes_is_opinion_mark (p, e, &after)) &&
         after > p && after < e && closing_bracket (char_at (p)) == last_char (p, trim_end (p, after), NULL);
}

/* 開会宣告議長斎藤秀雄君) おはよう…: a label whose opening parenthesis was
 * lost, glued to what comes before it. Given the closing parenthesis at
 * @paren, where the longest label that ends there starts, or NULL. */
static const char *
orphan_label_start (const char *s,
                    const char *paren)
{
  const char *q = paren;
  const char *from;
  guint n = 0;
  gboolean blank = FALSE;

  /* The run of the label's characters before the parenthesis, first: most
   * parentheses close one that opened in it, and cost nothing more. */
  while (q > s && n < 20)
    {
      const char *prev = g_utf8_find_prev_char (s, q);
      gunichar pc;

      if (prev == NULL)
        break;
      pc = char_at (prev);
      if (rt_minutes_is_space (pc))
        {
          /* One blank inside a name: 北田 織君). */
          if (blank || n == 0)
            break;
          blank = TRUE;
          q = prev;
          continue;
        }
      if (is_open_paren (pc))
        return NULL;
      if (is_label_stop (pc) || is_sentence_end (pc) || is_close_paren (pc) || is_dash (pc) ||
          !(is_kanji (pc) || is_katakana (pc) || (pc >= 0x3041 && pc <= 0x3096) || is_digit (pc)))
        break;
      q = prev;
      n++;
    }
  if (n < 3)
    return NULL;

  /* Then the longest label that ends at the parenthesis. */
  for (from = rt_minutes_is_space (char_at (q)) ? g_utf8_next_char (q) : q; from < paren;
       from = g_utf8_next_char (from))
    {
      if (rt_minutes_is_space (char_at (from)) || is_digit (char_at (from)))
        continue;
      if (_rt_minutes_is_role_then_name (from, paren) ||
          _rt_minutes_label_level (from, paren, NULL, NULL) == LEVEL_ROLE)
        return from;
    }

  return NULL;
}

/* 本日は、何かと…: words, hiragana among the first ten characters; not
 * 海寳嘉胤委員(会長)、堀部和夫委員 of a roll. */
static gboolean
starts_in_words (const char *p,
                 const char *e)
{
  guint n = 0;

  for (p = skip_space (p, e); p < e && n < 10; p = g_utf8_next_char (p), n++)
    if (char_at (p) >= 0x3041 && char_at (p) <= 0x3096)
      return TRUE;
  return FALSE;
}


/* 浅野目部長, 山田委員: a role with the person's name. */
static gboolean
label_names_person (const char *label,
                    gsize       len)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;

  /* 回答消防防災室長: the kind of the turn, then the role; no name. */
  for (guint i = 0; i < G_N_ELEMENTS (turn_kinds); i++)
    if (starts_with (label, label + len, turn_kinds[i]))
      return FALSE;
  return _rt_minutes_label_level (label, label + len, &name, &role) == LEVEL_ROLE && name != NULL &&
         role != NULL;
}

/* 午前10時開会土山 委員長 ただいまから…: the time the meeting opened, then
 * the first turn, glued. Whether the text before @p ends so. */
static gboolean
after_opening_time (const char *s,
                    const char *p)
{
  static const char * const ends[] = { "時開会", "分開会", "時開議", "分開議", "時再開", "分再開" };

  return ends_with_any (s, trim_end (s, p), ends, G_N_ELEMENTS (ends), TRUE);
}

/* … 1 開会 総合政策課長(松澤) ただ今から…: whether the word before the
 * blanks before @p is an item of the agenda (開会, 2町長あいさつ). */
static gboolean
after_agenda_item (const char *s,
                   const char *p)
{
  const char *end = trim_end (s, p);
  const char *w = end;
  const char *label, *label_end;

  while (w > s)
    {
      const char *prev = g_utf8_find_prev_char (s, w);

      if (prev == NULL || rt_minutes_is_space (char_at (prev)))
        break;
      w = prev;
    }
  return w < end && _rt_minutes_agenda_line (w, end, &label, &label_end) != 0;
}

/* Whether a line holds an answer's mark in brackets after a blank: (回答). */
static gboolean
line_has_bracketed_answer (const char *s,
                           const char *e)
{
  for (const char *p = g_utf8_next_char (s); p < e; p = g_utf8_next_char (p))
    if (closing_bracket (char_at (p)) != 0 && space_len_before (s, p) > 0 &&
        _rt_minutes_is_answer_mark (p, e, NULL) && marked_in_brackets (p, e))
      return TRUE;
  return FALSE;
}

/* A line this long was a page's text run together, not a line of it. */
#define FLAT_LINE_CHARS 200

/* Whether the character before @p, in the line from @s, is a blank or a
 * sentence's full stop (…してほしい。◎新庄まつりの…). */
static gboolean
after_blank_or_stop (const char *s,
                     const char *p)
{
  const char *prev = p > s ? g_utf8_find_prev_char (s, p) : NULL;

  return space_len_before (s, p) > 0 || (prev != NULL && char_at (prev) == 0x3002);
}

static gboolean
is_middle_dot (gunichar c)
{
  return c == 0x30FB;
}

/* How many of the characters @is stand in a line after a blank (or, with
 * @or_stop, after a full stop), up to three: a page's list flattened
 * (医療 ・ 町立病院を… 高齢者福祉 ・ 独居の…), or its marked items
 * (…してほしい。◎新庄まつりの… ○…). */
static guint
count_after_blank (const char *s,
                   const char *e,
                   gboolean  (*is) (gunichar),
                   gboolean    or_stop)
{
  guint n = 0;

  for (const char *p = g_utf8_next_char (s); p < e && n < 3; p = g_utf8_next_char (p))
    if (is (char_at (p)) && (or_stop ? after_blank_or_stop (s, p) : space_len_before (s, p) > 0))
      n++;
  return n;
}

/* … しかない。 ○マリアージュ郡上の運営について…, …してほしい。◎新庄まつり
 * の…: in a page flattened to one long line @l, a mark at @p after a blank
 * or a full stop, one of three or more (*@marked, -1 until counted), opens
 * an item. */
static gboolean
opens_flat_item (const Line *l,
                 const char *s,
                 const char *p,
                 const char *e,
                 int        *marked)
{
  const char *next = g_utf8_next_char (p);

  if (l->n_chars < FLAT_LINE_CHARS || !is_speaker_marker (char_at (p)) ||
      !after_blank_or_stop (s, p) || next >= e || rt_minutes_is_space (char_at (next)))
    return FALSE;
  if (*marked < 0)
    *marked = count_after_blank (s, e, is_speaker_marker, TRUE) >= 3;
  return *marked;
}

/* 【地域振興】1.本市の…欲しい。2.「市民との…」について…: in a line a page
 * flattened, the numbers 1. 2. 3. … in their order, each after a full stop,
 * a bracket or a blank, open the items of a list. Returns their offsets in
 * the line, or %NULL when there are fewer than three. */
static GArray *
find_flat_numbers (const char *s,
                   const char *e)
{
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint expected = 1;

  for (const char *p = g_utf8_next_char (s); p < e; p = g_utf8_next_char (p))
    {
      const char *prev = g_utf8_find_prev_char (s, p);
      gunichar b = char_at (prev);
      const char *q = p;
      guint value = 0;

      if (!is_digit (char_at (p)) || is_digit (b) ||
          !(b == 0x3002 || is_close_paren (b) || b == 0x3011 || b == 0x3015 || b == 0x300D ||
            space_len_before (s, p) > 0))
        continue;
      for (guint n = 0; q < e && is_digit (char_at (q)) && n < 3; n++, q = g_utf8_next_char (q))
        value = value * 10 + g_unichar_digit_value (char_at (q));
      /* 1. or 1．, not 1.5 */
      if (q >= e || (char_at (q) != '.' && char_at (q) != 0xFF0E) || value != expected)
        continue;
      q = g_utf8_next_char (q);
      if (q < e && is_digit (char_at (q)))
        continue;
      {
        guint32 off = p - s;

        g_array_append_val (offsets, off);
        expected++;
      }
    }
  if (offsets->len < 3)
    g_clear_pointer (&offsets, g_array_unref);
  return offsets;
}

/* 問, 答, and in a flattened line Q and A: the letters that may mark a
 * question or an answer. Most characters are none of them: told first,
 * fast, before qa_letter_at() looks around them. */
static inline gboolean
may_be_qa_letter (gunichar c,
                  gboolean flat)
{
  return c == 0x554F || c == 0x7B54 || (flat && (c == 'Q' || c == 'A' || c == 0xFF31 || c == 0xFF21));
}

/* 問 …を問う。 答 …: a question's or an answer's one-letter mark between
 * blanks at @p; or, in a line a page flattened, Q and A before a blank,
 * not ending a word of Latin letters (…についてQ 助成の仕方を…。A 補助に
 * ついては…). Returns 'Q', 'A' or 0. */
static gunichar
qa_letter_at (const char *s,
              const char *p,
              const char *e,
              gboolean    flat)
{
  gunichar c = char_at (p);
  gboolean latin = c == 'Q' || c == 'A' || c == 0xFF31 || c == 0xFF21;
  const char *after, *prev;

  if (!may_be_qa_letter (c, flat))
    return 0;
  after = g_utf8_next_char (p);
  prev = p > s ? g_utf8_find_prev_char (s, p) : NULL;
  if (after >= e || space_len_at (after, e) == 0)
    return 0;
  if ((c == 0x554F || c == 0x7B54) && space_len_before (s, p) > 0)
    return c == 0x554F ? 'Q' : 'A';
  if (flat && latin && prev != NULL &&
      !(char_at (prev) < 0x80 && g_ascii_isalnum (char_at (prev))) && !(char_at (prev) >= 0xFF10 && char_at (prev) <= 0xFF5A))
    return c == 'Q' || c == 0xFF31 ? 'Q' : 'A';
  return 0;
}

/* Whether a flattened line holds both marks, a question's and an answer's. */
static gboolean
line_has_qa_letters (const char *s,
                     const char *e,
                     gboolean    flat)
{
  gboolean q = FALSE, a = FALSE;

  for (const char *p = g_utf8_next_char (s); p < e && !(q && a); p = g_utf8_next_char (p))
    {
      gunichar letter = qa_letter_at (s, p, e, flat);

      q |= letter == 'Q';
      a |= letter == 'A';
    }
  return q && a;
}

/* Where a turn starts inside a line that a web page flattened: a speaker
 * mark, a bracketed or a colon speaker right after the end of a sentence
 * (…ます。○事務局　…), or a bullet after a blank in a line of bullets
 * (・市民目線の意見 ・費用対効果が高い). Returns the byte offsets of the cuts,
 * relative to the line. */
static GArray *
find_inline_cuts (const Line *l,
                  const char *base,
                  const Conv *conv,
                  gboolean    speakers,
                  guint      *n_speakers)
{
  const char *s = base + l->start;
  const char *e = base + l->end;
  gboolean bullets = (is_bullet_char (char_at (s), g_utf8_next_char (s), e) && is_plain_bullet (char_at (s))) ||
                     (conv->split_inline && l->n_chars >= 30) ||
                     (l->n_chars >= FLAT_LINE_CHARS && count_after_blank (s, e, is_middle_dot, FALSE) >= 3);
  GArray *cuts = NULL;
  gunichar before = 0;
  int answered = -1;   /* not looked for yet */
  int lettered = -1;   /* not looked for yet */
  int marked = -1;     /* not looked for yet */
  g_autoptr(GArray) numbered = !speakers && l->n_chars >= FLAT_LINE_CHARS ? find_flat_numbers (s, e) : NULL;
  guint next_number = 0;

  /* 8 会議の内容都市計画課係長(水野剛史君) 本日は…: the first turn glued to
   * the heading of the body. */
  {
    const char *p = _rt_minutes_body_heading_end (s, e);

    if (speakers && p != NULL && p < e && !rt_minutes_is_space (char_at (p)))
      {
        Line probe = { 0 };

        probe.start = p - base;
        probe.end = l->end;
        parse_start_speaker (&probe, p, e, conv);
        if (probe.mark == MARK_SPEAKER &&
            _rt_minutes_label_level (p + probe.label_off, p + probe.label_off + probe.label_len,
                                     NULL, NULL) == LEVEL_ROLE)
          {
            guint32 off = p - s;

            cuts = g_array_new (FALSE, FALSE, sizeof (guint32));
            g_array_append_val (cuts, off);
            *n_speakers += 2;
          }
      }
  }

  for (const char *p = g_utf8_next_char (s); p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);
      gboolean cut = FALSE;
      gboolean after_blank, after_sentence;

      /* The numbers behind @p are passed. */
      while (numbered != NULL && next_number < numbered->len &&
             g_array_index (numbered, guint32, next_number) < (guint32) (p - s))
        next_number++;
      if (rt_minutes_is_space (c))
        continue;

      /* A label glued to the text before it, its opening parenthesis lost. */
      if (speakers && is_close_paren (c))
        {
          const char *k = orphan_label_start (s, p);

          if (k != NULL && k > s)
            {
              const char *pk = g_utf8_find_prev_char (s, k);
              gunichar bk = pk != NULL ? char_at (pk) : 0;
              guint32 off = k - s;

              /* Not inside a label that the loop already cut at. */
              if (!rt_minutes_is_space (bk) && !is_speaker_marker (bk) && closing_bracket (bk) == 0 &&
                  (cuts == NULL || g_array_index (cuts, guint32, cuts->len - 1) < off))
                {
                  if (cuts == NULL)
                    cuts = g_array_new (FALSE, FALSE, sizeof (guint32));
                  g_array_append_val (cuts, off);
                  *n_speakers += 2;
                }
            }
        }

      after_blank = space_len_before (s, p) > 0;
      after_sentence = before == 0x3002 || before == 0xFF01 || before == 0xFF1F || before == 0x300D ||
                       (before != 0 && is_close_paren (before)) || (after_blank && is_dash (before)) ||
                       (after_blank && is_closing_bracket (before)) ||
                       ((before == 0x4F1A || before == 0x8B70 || before == 0x958B) && after_opening_time (s, p));

      if (bullets && c == 0x30FB && after_blank && g_utf8_next_char (p) < e)
        cut = TRUE;
      /* A mark in a page flattened to one long line opens the next item. */
      /* 【地域振興】1.本市の…。2.「市民との…: a list numbered in order. */
      else if (numbered != NULL && next_number < numbered->len &&
               g_array_index (numbered, guint32, next_number) == (guint32) (p - s))
        cut = TRUE;
      else if (!speakers && opens_flat_item (l, s, p, e, &marked))
        cut = TRUE;
      /* 意見概要 : … 区の考え方 : …: a flattened table of public comments,
       * its opinions and answers marked with a colon. */
      else if (after_blank && (is_kanji (c) || c == 0x304A || c == 0x3054) && marked_by_colon (p, e))
        cut = TRUE;
      /* … どちらですか。 <答弁> 平成28年度以降で…: an opinion's or an
       * answer's mark in brackets, its text after it. */
      else if (after_blank && closing_bracket (c) != 0 && marked_in_brackets (p, e))
        cut = TRUE;
      /* …でもよい。 (回答) 桐生市の… ○風疹ワクチンにも…: where answers are
       * marked in brackets inside the line, a mark after a blank starts the
       * next opinion. Looked for once, at the first such mark. */
      else if (after_blank && is_speaker_marker (c) && !speakers &&
               (answered >= 0 ? answered : (answered = line_has_bracketed_answer (s, e))))
        cut = TRUE;
      /* 【総務費】 問 …理由を問う。 答 乗合タクシーは…: a question and its
       * answer, each marked by one letter between blanks. Looked for once,
       * at the first such letter. */
      else if (may_be_qa_letter (c, l->n_chars >= FLAT_LINE_CHARS) &&
               qa_letter_at (s, p, e, l->n_chars >= FLAT_LINE_CHARS) != 0 &&
               (lettered >= 0 ? lettered : (lettered = line_has_qa_letters (s, e, l->n_chars >= FLAT_LINE_CHARS))))
        cut = TRUE;
      /* In a flattened page, (1)開会 (2)会長あいさつ … are items of their own. */
      else if (conv->split_inline && after_blank && is_open_paren (c) && is_enumerator (p, e) &&
               !is_whole_paren (p, e))
        cut = TRUE;
      /* … 9、審議の概要 (1)開会 …: the heading of the body. */
      else if (conv->split_inline && after_blank && is_digit (c) && _rt_minutes_body_heading_end (p, e) != NULL)
        cut = TRUE;
      else if (speakers && (after_sentence || after_blank) &&
               (is_speaker_marker (c) || closing_bracket (c) != 0 || is_kanji (c) || is_katakana (c) ||
                is_digit (c)))
        {
          Line probe = { 0 };
          LabelLevel level;
          gboolean paren_label;

          probe.start = p - base;
          probe.end = l->end;
          parse_start_speaker (&probe, p, e, conv);
          level = probe.mark == MARK_SPEAKER || probe.mark == MARK_LABEL
                  ? _rt_minutes_label_level (p + probe.label_off, p + probe.label_off + probe.label_len, NULL, NULL)
                  : LEVEL_NONE;
          /* ○委員長佐々木克敏) …: a role, then the name, the opening
           * parenthesis lost. */
          if (probe.via == VIA_CLOSE && level < LEVEL_ROLE &&
              _rt_minutes_is_role_then_name (p + probe.label_off, p + probe.label_off + probe.label_len))
            level = LEVEL_ROLE;
          /* 2番(岡山勝廣君), 教育長(山田君): a role and a name in parentheses. */
          paren_label = probe.label_len > 0 &&
                        is_close_paren (last_char (p + probe.label_off, p + probe.label_off + probe.label_len, NULL));

          /* After a sentence: a mark, brackets, parentheses or a colon and a
           * speaker; after a mere blank, a mark or parentheses only. */
          /* A digit opens a turn only as the number before a mark or a
           * bracket (2 ◯議長…, 21364【宮代委員】), or a seat (2番(岡山君)). */
          if (is_digit (c) && probe.label_off == 0 && probe.via != VIA_CLOSE && !paren_label)
            probe.mark = MARK_NONE;
          if (probe.mark == MARK_SPEAKER || (probe.mark == MARK_LABEL && probe.shape == SHAPE_BRACKET))
            {
              if (probe.via == VIA_CLOSE && after_sentence)
                {
                  cut = TRUE;
                  /* 副議長鳥山和一郎君) after a sentence: a turn even alone. */
                  if (level == LEVEL_ROLE || _rt_minutes_is_role_then_name (p + probe.label_off,
                                                                         p + probe.label_off + probe.label_len))
                    (*n_speakers)++;
                }
              else if (level >= LEVEL_PERSON || probe.via == VIA_ATTENDEE)
                switch (probe.shape)
                  {
                  case SHAPE_MARK:
                    cut = TRUE;
                    /* ○委員長 after a blank is a turn even alone in a text. */
                    if (level == LEVEL_ROLE)
                      (*n_speakers)++;
                    break;
                  case SHAPE_PAREN:
                    cut = TRUE;
                    /* (高橋福祉政策課長補佐) 本日は…: a role in parentheses
                     * that text follows is a turn even alone in a text. */
                    if (level == LEVEL_ROLE && probe.mark == MARK_SPEAKER)
                      (*n_speakers)++;
                    break;
                  case SHAPE_BRACKET:
                    /* <委員長> alone, its bullets after it. */
                    cut = level == LEVEL_ROLE && (after_sentence || probe.mark == MARK_LABEL ||
                                                  (conv->split_inline && after_blank));
                    break;
                  case SHAPE_COLON:
                    /* … なし 浅野目部長:本日は…: after a mere blank, a
                     * person named with the role (not 事務局:浅野目部長、…
                     * of a header). */
                    cut = level == LEVEL_ROLE &&
                          (after_sentence || (after_blank && label_names_person (p + probe.label_off,
                                                                                 probe.label_len) &&
                                              starts_in_words (p + probe.head, e)));
                    break;
                  case SHAPE_NAME:
                    /* …ます。 2番(岡山勝廣君) 今、…: a role and a name in
                     * parentheses after a sentence; …申し上げます。 梶市長 本日
                     * は…: a person named with the role, words after it. */
                    cut = level == LEVEL_ROLE &&
                          ((after_sentence &&
                            (paren_label || (label_names_person (p + probe.label_off, probe.label_len) &&
                                             starts_in_words (p + probe.head, e) &&
                                             !starts_with_particle (p + probe.head, e)))) ||
                           /* … 1 開会 総合政策課長(松澤) ただ今から…: after
                            * an item of the agenda, as after a sentence. */
                           (after_blank && paren_label && after_agenda_item (s, p)));
                    break;
                  case SHAPE_NONE:
                  default:
                    break;
                  }
            }
          if (cut)
            (*n_speakers)++;
          /* ■参加者 ▼寺田若谷地の… ▼八幡平市は、…: where speakers are cut
           * too, a mark that no speaker follows, one of several after
           * blanks in a page flattened to one line, opens an item still. */
          else if (probe.mark == MARK_NONE && opens_flat_item (l, s, p, e, &marked))
            cut = TRUE;
        }

      if (cut)
        {
          guint32 off = p - s;

          if (cuts == NULL)
            cuts = g_array_new (FALSE, FALSE, sizeof (guint32));
          if (cuts->len == 0 || g_array_index (cuts, guint32, cuts->len - 1) < off)
            g_array_append_val (cuts, off);
        }
      before = c;
    }

  return cuts;
}

/* Cuts flattened lines into one line per turn; NULL when none is cut. */
static GArray *
split_inline (GArray     *lines,
              const char *base,
              const Conv *conv,
              gboolean    speakers,
              guint      *n_speakers)
{
  GArray *out = NULL;

  *n_speakers = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      g_autoptr(GArray) cuts = NULL;

      if (l->kind == LINE_TEXT && l->n_chars >= 8)
        cuts = find_inline_cuts (l, base, conv, speakers, n_speakers);

      if (cuts == NULL)
        {
          if (out != NULL)
            g_array_append_val (out, *l);
          continue;
        }

      if (out == NULL)
        {
          out = g_array_sized_new (FALSE, TRUE, sizeof (Line), lines->len + cuts->len);
          g_array_append_vals (out, lines->data, i);
        }

      for (guint k = 0; k <= cuts->len; k++)
        {
          Line piece = { 0 };
          gsize a = k == 0 ? l->start : l->start + g_array_index (cuts, guint32, k - 1);
          gsize b = k == cuts->len ? l->end : l->start + g_array_index (cuts, guint32, k);
          const char *pa = skip_space (base + a, base + b);
          const char *pb = trim_end (pa, base + b);

          if (pa >= pb)
            continue;
          piece.start = pa - base;
          piece.end = pb - base;
          piece.n_blank = k == 0 ? l->n_blank : 0;
          g_array_append_val (out, piece);
        }
    }

  return out;
}

/* …について」、「第4: a closing quotation mark before any opening one. */
static gboolean
closes_unopened (const char *s,
                 const char *e)
{
  for (const char *p = s; p < e; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);

      if (c == 0x300C || c == 0x300E)
        return FALSE;
      if (c == 0x300D || c == 0x300F)
        return TRUE;
    }
  return FALSE;
}

/* 事, 19:00: one character of a column's heading, or a clock time alone. */
static gboolean
is_fragment_line (const char *s,
                  const char *e)
{
  guint n = 0;
  gboolean colon = FALSE;

  s = skip_space (s, e);
  e = trim_end (s, e);
  if (s >= e || e - s > 8 * 4)
    return FALSE;
  if (g_utf8_next_char (s) == e)
    return is_kanji (char_at (s));
  for (const char *p = s; p < e; p = g_utf8_next_char (p), n++)
    {
      if (is_colon (char_at (p)))
        colon = TRUE;
      else if (!is_digit (char_at (p)))
        return FALSE;
    }
  return colon && n <= 5;
}

void
_rt_minutes_classify_lines (GArray     *lines,
                            const char *base,
                            const Conv *conv)
{
  for (guint i = 0; i < lines->len; i++)
    classify_line (&g_array_index (lines, Line, i), base, conv);

  /* 平成26年度 / 四万十市 / 一般会計補正予算(第1号)について」、…: a word
   * of a sentence that a PDF broke onto a line of its own, not a label,
   * since what follows closes a quotation it never opened. */
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      const Line *next = &g_array_index (lines, Line, i + 1);

      if (l->kind == LINE_TEXT && l->mark == MARK_LABEL && next->kind == LINE_TEXT &&
          closes_unopened (base + next->start, base + next->end))
        clear_start_speaker (l);
    }

  /* (高桑課長) / 事 / 19:00 / みなさんこんばんは。…: a character of a broken
   * table heading and a time between a label alone and its text are
   * neither. */
  for (guint i = 0; i + 1 < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      guint j = i + 1;

      if (l->kind != LINE_TEXT || (l->mark != MARK_LABEL && l->mark != MARK_SPEAKER_PAREN))
        continue;
      while (j < lines->len && j <= i + 2 && g_array_index (lines, Line, j).kind == LINE_TEXT &&
             is_fragment_line (base + g_array_index (lines, Line, j).start,
                               base + g_array_index (lines, Line, j).end))
        j++;
      if (j == i + 1 || j >= lines->len || g_array_index (lines, Line, j).kind != LINE_TEXT ||
          g_array_index (lines, Line, j).mark != MARK_NONE || g_array_index (lines, Line, j).n_chars < 12)
        continue;
      for (guint k = i + 1; k < j; k++)
        g_array_index (lines, Line, k).kind = LINE_SKIP;
    }
}

/**
 * rt_minutes_parse:
 * @text: the minutes text, normally from rt_minutes_decode()
 * @len: its length in bytes, or -1 if it is NUL-terminated
 *
 * Cuts @text into statements, with the convention it finds. See
 * rt-minutes.h.
 *
 * Returns: (transfer full): the result, never %NULL
 */
RtMinutes *
rt_minutes_parse (const char *text,
                  gssize      len)
{
  return rt_minutes_parse_full (text, len, RT_MINUTES_CONVENTION_AUTO);
}

/* PDF text one character a line */

/* Text that a PDF gave one character a line (a vertical layout, a justified
 * line read letter by letter): most lines hold a single character. */
static gboolean
is_char_per_line (const char *text,
                  gsize       len)
{
  guint n_lines = 0, n_single = 0;
  const char *e = text + len;

  for (const char *p = text; p < e;)
    {
      const char *nl = memchr (p, '\n', e - p);
      const char *end = nl != NULL ? nl : e;
      guint n = 0;

      for (const char *q = p; q < end && n < 2;)
        {
          gsize sp = space_len_at (q, end);

          if (sp > 0)
            q += sp;
          else
            {
              const char *next = g_utf8_find_next_char (q, end);

              n++;
              q = next != NULL ? next : end;
            }
        }
      if (n > 0)
        {
          n_lines++;
          n_single += n == 1;
        }
      p = nl != NULL ? nl + 1 : e;
    }

  return n_lines >= 20 && n_single * 10 >= n_lines * 6;
}

/* Joins the runs of one-character lines into lines; @map gets the offset
 * in @text of every byte of the result, and of its end. */
static char *
join_char_lines (const char  *text,
                 gsize        len,
                 GArray     **map,
                 gsize       *out_len)
{
  GString *out = g_string_sized_new (len);
  GArray *m = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 1);
  const char *e = text + len;
  gboolean open = FALSE;    /* a joined line is being written */

  for (const char *p = text; p < e;)
    {
      const char *nl = memchr (p, '\n', e - p);
      const char *end = nl != NULL ? nl : e;
      const char *s = p, *t = end;
      guint n = 0;

      while (s < t && space_len_at (s, t) > 0)
        s += space_len_at (s, t);
      while (t > s && (t[-1] == '\r' || t[-1] == ' ' || t[-1] == '\t'))
        t--;
      for (const char *q = s; q < t && n < 2; n++)
        {
          const char *next = g_utf8_find_next_char (q, t);
          q = next != NULL ? next : t;
        }

      /* One character: on to the line being joined; not a stray byte,
       * which could make a character with the next line's (\xc2 / \xa0
       * joined into a blank), leaving both bytes in no range. */
      if (n == 1 && t - s <= 4 && g_utf8_validate_len (s, t - s, NULL))
        {
          if (!open && out->len > 0)
            {
              gsize o = p - text > 0 ? (gsize)(p - text - 1) : 0;

              g_string_append_c (out, '\n');
              g_array_append_val (m, o);
            }
          for (const char *q = s; q < t; q++)
            {
              gsize o = q - text;

              g_string_append_c (out, *q);
              g_array_append_val (m, o);
            }
          open = TRUE;
        }
      else
        {
          /* A blank line ends the joined line; a longer line stands alone. */
          if (out->len > 0)
            {
              gsize o = p - text > 0 ? (gsize)(p - text - 1) : 0;

              g_string_append_c (out, '\n');
              g_array_append_val (m, o);
            }
          for (const char *q = p; q < end; q++)
            {
              gsize o = q - text;

              g_string_append_c (out, *q);
              g_array_append_val (m, o);
            }
          open = FALSE;
        }
      p = nl != NULL ? nl + 1 : e;
    }

  g_array_append_val (m, len);
  *map = m;
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static void
remap_spans (RtMinutes *self,
             GArray    *map)
{
  const gsize *o = (const gsize *) map->data;

  for (guint i = 0; i < self->statements->len; i++)
    {
      RtStatement *st = &g_array_index (self->statements, RtStatement, i);
      st->start = o[st->start];
      st->end = MAX (o[st->end], st->start);   /* a label put together may come from below */
    }
  for (guint i = 0; i < self->headings->len; i++)
    {
      RtHeading *h = &g_array_index (self->headings, RtHeading, i);
      h->start = o[h->start];
      h->end = MAX (o[h->end], h->start);
    }
  for (guint i = 0; i < self->unused->len; i++)
    {
      RtSpan *u = &g_array_index (self->unused, RtSpan, i);
      u->start = o[u->start];
      u->end = MAX (o[u->end], u->start);
    }
  if (self->has_header)
    {
      self->header_start = o[self->header_start];
      self->header_end = MAX (o[self->header_end], self->header_start);
    }
}

static RtMinutes *parse_text (const char          *text,
                              gsize                len,
                              RtMinutesConvention  convention);

/**
 * rt_minutes_parse_full:
 * @text: the minutes text
 * @len: its length in bytes, or -1 if it is NUL-terminated
 * @convention: the convention to cut with, or %RT_MINUTES_CONVENTION_AUTO
 *
 * Cuts @text into statements: first learns its conventions, then cuts
 * with them, or with @convention when the caller forces one.
 *
 * Returns: (transfer full): the result, never %NULL
 */
/* ○議長(\n渡邉一夫君) 日程第4…, ◯議長(緒方\n重則議員): a speaker's mark
 * and role, their parenthesis opened and the line broken there or inside
 * the name (a web page's highlight or wrap). Whether the line @s…@e is such
 * a piece, the line @next…@next_end closing the parenthesis soon. */
static gboolean
is_broken_marker (const char *s,
                  const char *e,
                  const char *next,
                  const char *next_end)
{
  const char *t = e, *open = NULL, *valid_end = next;
  glong n;

  while (s < e && space_len_at (s, e) > 0)
    s += space_len_at (s, e);
  while (t > s && (t[-1] == '\r' || t[-1] == ' ' || t[-1] == '\t'))
    t--;
  if (s >= t || !is_speaker_marker (g_utf8_get_char (s)) || t - s > 12 * 4)
    return FALSE;
  n = 0;
  for (const char *q = s; q < t; q = g_utf8_next_char (q), n++)
    {
      gunichar c = g_utf8_get_char (q);

      if (is_open_paren (c))
        open = q;
      else if (is_close_paren (c))
        open = NULL;
    }
  if (n < 3 || n > 12 || open == NULL)
    return FALSE;
  if (g_utf8_next_char (open) == t)
    return TRUE;
  /* Broken inside the name: the next line closes it within a few
   * characters, the name's rest (looked at as far as it is UTF-8). */
  n = 0;
  (void) g_utf8_validate (next, MIN (next_end - next, 10 * 4), &valid_end);
  for (const char *q = next; q < valid_end && n < 10; q = g_utf8_next_char (q), n++)
    {
      gunichar c = g_utf8_get_char (q);

      if (is_close_paren (c))
        return n > 0;
      if (is_open_paren (c) || rt_minutes_is_space (c) || !g_unichar_isalpha (c))
        return FALSE;
    }
  return FALSE;
}

/* 総務委員長(: a role and the parenthesis of its name opened, the line
 * broken there. */
static gboolean
is_role_opened (const char *s,
                const char *e)
{
  const char *open;

  g_autofree char *role = NULL;

  s = skip_space (s, e);
  e = trim_end (s, e);
  /* The text is not checked yet: told by its bytes, then checked. */
  if (s >= e || e - s > 12 * 4 || !g_utf8_validate_len (s, e - s, NULL))
    return FALSE;
  open = g_utf8_find_prev_char (s, e);
  if (open == NULL || open == s || !is_open_paren (char_at (open)) || memchr (s, '\0', open - s) != NULL)
    return FALSE;
  role = g_strndup (s, open - s);
  return _rt_minutes_label_level (role, role + strlen (role), NULL, NULL) == LEVEL_ROLE;
}

/* ◆ / 総務委員長( / 山田清一議員) 当…: a speaker's mark alone on its line,
 * the role and its parenthesis on the next. Whether @s…@e is the mark
 * and @next…@next_end such a role. */
static gboolean
is_lone_marker (const char *s,
                const char *e,
                const char *next,
                const char *next_end)
{
  s = skip_space (s, e);
  e = trim_end (s, e);
  return s < e && e - s <= 4 && g_utf8_validate_len (s, e - s, NULL) && g_utf8_next_char (s) == e &&
         is_speaker_marker (char_at (s)) && is_role_opened (next, next_end);
}

/* …お願いします。 〔 / 総務委員長 山田清一議員 演台へ移動〕: a stage note's
 * bracket opened at the end of a line and closed at the end of the next. */
static gboolean
is_note_opened (const char *s,
                const char *e,
                const char *next,
                const char *next_end)
{
  const char *last;

  e = trim_end (s, e);
  next_end = trim_end (next, next_end);
  /* 〔 is three bytes; the lines are not checked yet. */
  if (e - s < 3 || memcmp (e - 3, "〔", 3) != 0 || next_end - next > 40 * 3 || next_end - next < 3 ||
      !g_utf8_validate_len (next, next_end - next, NULL))
    return FALSE;
  last = g_utf8_find_prev_char (next, next_end);
  return last != NULL && char_at (last) == 0x3015 && memchr (next, '\n', next_end - next) == NULL;
}

/* ○教育長 alone on its line, and on the next only the name, 笹山忠則君: a
 * label a table's cell broke in two (○教育長(笹山忠則君)). */
static gboolean
is_role_then_name (const char *s,
                   const char *e,
                   const char *next,
                   const char *next_end)
{
  static const char * const honorifics[] = { "君", "さん", "氏" };
  g_autofree char *role = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  const char *t = next_end;
  glong n;

  while (s < e && space_len_at (s, e) > 0)
    s += space_len_at (s, e);
  while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
    e--;
  if (s >= e || !is_speaker_marker (g_utf8_get_char (s)))
    return FALSE;
  s = g_utf8_next_char (s);
  n = g_utf8_strlen (s, e - s);
  if (n < 2 || n > 10)
    return FALSE;
  label = g_strndup (s, e - s);
  if (!rt_minutes_split_speaker (label, &name, &role) || role == NULL || name != NULL)
    return FALSE;

  /* The name: a few kanji or kana, then an honorific, and nothing else. */
  while (t > next && (t[-1] == '\r' || t[-1] == ' ' || t[-1] == '\t'))
    t--;
  for (guint i = 0; i < G_N_ELEMENTS (honorifics); i++)
    {
      gsize h = strlen (honorifics[i]);

      if ((gsize)(t - next) > h && memcmp (t - h, honorifics[i], h) == 0)
        {
          glong m = g_utf8_strlen (next, t - h - next);

          if (m < 2 || m > 7)
            return FALSE;
          for (const char *q = next; q < t - h; q = g_utf8_next_char (q))
            {
              gunichar c = g_utf8_get_char (q);

              if (!is_kanji (c) && !(c >= 0x3041 && c <= 0x30FF) && c != ' ' && c != 0x3000)
                return FALSE;
            }
          return TRUE;
        }
    }

  return FALSE;
}

/* A speaker's column of a PDF table broken one character a line around
 * the first line of the text:
 *
 *   会
 *   それでは、次第に従い会議を進める。まず、…事務局より
 *   長
 *   説明をお願いする。
 *
 * Whether @s…@e is such a first piece, the text @t…@te after it and the
 * last piece @b…@be after that; the pieces, put together, are a role. */
/* Whether the lines @s…@e and @b…@be are pieces of a role, each of one to
 * @most kanji (会 / 長, 委 / 員). */
static gboolean
is_role_in_pieces (const char *s,
                   const char *e,
                   const char *b,
                   const char *be,
                   glong       most)
{
  g_autofree char *whole = NULL;
  glong n_s, n_b;

  if (e > s && e[-1] == '\r')
    e--;
  if (be > b && be[-1] == '\r')
    be--;
  /* Most lines are longer than that: told by their bytes. */
  if (e - s > most * 4 || be - b > most * 4 || e == s || be == b ||
      !g_utf8_validate_len (s, e - s, NULL) || !g_utf8_validate_len (b, be - b, NULL))
    return FALSE;
  n_s = g_utf8_strlen (s, e - s);
  n_b = g_utf8_strlen (b, be - b);
  if (n_s > most || n_b > most)
    return FALSE;
  for (const char *q = s; q < e; q = g_utf8_next_char (q))
    if (!is_kanji (g_utf8_get_char (q)))
      return FALSE;
  for (const char *q = b; q < be; q = g_utf8_next_char (q))
    if (!is_kanji (g_utf8_get_char (q)))
      return FALSE;
  whole = g_strdup_printf ("%.*s%.*s", (int) (e - s), s, (int) (be - b), b);
  return _rt_minutes_label_level (whole, whole + strlen (whole), NULL, NULL) == LEVEL_ROLE;
}

static gboolean
is_split_column_label (const char *s,
                       const char *e,
                       const char *t,
                       const char *te,
                       const char *b,
                       const char *be)
{
  /* The pieces first: they rule out most lines by their length. */
  return te - t >= 30 && is_role_in_pieces (s, e, b, be, 2) &&
         g_utf8_validate_len (t, te - t, NULL) && memchr (t, '\0', te - t) == NULL;
}

/* 会 / 長 / 今日は…: a speaker's column of a PDF table, one character a
 * line, just above the text. Whether @s…@e and @b…@be are the pieces. */
/* 〔会 / 長〕: a bracketed label a PDF broke in two lines. */
static gboolean
is_bracket_in_pieces (const char *s,
                      const char *e,
                      const char *b,
                      const char *be)
{
  gunichar open, close;
  const char *inner_end;

  if (e > s && e[-1] == '\r')
    e--;
  if (be > b && be[-1] == '\r')
    be--;
  if (e - s > 8 * 4 || be - b > 8 * 4 || e - s < 4 || be - b < 4 ||
      !g_utf8_validate_len (s, e - s, NULL) || !g_utf8_validate_len (b, be - b, NULL))
    return FALSE;
  open = g_utf8_get_char (s);
  close = closing_bracket (open);
  if (close == 0 || is_open_paren (open))
    return FALSE;
  inner_end = g_utf8_find_prev_char (b, be);
  if (inner_end == NULL || inner_end == b || g_utf8_get_char (inner_end) != close)
    return FALSE;
  return is_role_in_pieces (g_utf8_next_char (s), e, b, inner_end, 6);
}

/* [ / 回答]: an opening bracket alone on its line, the words it holds
 * and its closing one on the next, a few characters without a blank. */
static gboolean
is_bracket_opened_alone (const char *s,
                         const char *e,
                         const char *b,
                         const char *be)
{
  gunichar close;
  const char *last;
  glong n;

  while (e > s && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
    e--;
  while (s < e && (*s == ' ' || *s == '\t'))
    s++;
  if (be > b && be[-1] == '\r')
    be--;
  if (e - s > 4 || e == s || be - b > 10 * 4 || be - b < 2 || !g_utf8_validate_len (s, e - s, NULL) ||
      g_utf8_next_char (s) != e || !g_utf8_validate_len (b, be - b, NULL))
    return FALSE;
  close = closing_bracket (g_utf8_get_char (s));
  last = g_utf8_find_prev_char (b, be);
  if (close == 0 || last == NULL || last == b || g_utf8_get_char (last) != close)
    return FALSE;
  n = 0;
  for (const char *q = b; q < last; q = g_utf8_next_char (q), n++)
    if (rt_minutes_is_space (g_utf8_get_char (q)) || closing_bracket (g_utf8_get_char (q)) != 0 ||
        g_utf8_get_char (q) == close)
      return FALSE;
  return n <= 8;
}

/* 市の対応・ / 方針: the heading of the answers, broken after its ・ by a
 * narrow column. */
static gboolean
is_split_answer_heading (const char *s,
                         const char *e,
                         const char *b,
                         const char *be)
{
  g_autofree char *whole = NULL;
  const char *after = NULL;

  if (e > s && e[-1] == '\r')
    e--;
  if (be > b && be[-1] == '\r')
    be--;
  /* Told by their bytes first: short lines, the first ending in ・. */
  if (e - s > 12 * 3 || e - s < (gssize) strlen ("・") * 2 || be - b > 6 * 3 || be == b ||
      memcmp (e - strlen ("・"), "・", strlen ("・")) != 0 ||
      !g_utf8_validate_len (s, e - s, NULL) || !g_utf8_validate_len (b, be - b, NULL) ||
      memchr (b, ' ', be - b) != NULL)
    return FALSE;
  whole = g_strdup_printf ("%.*s%.*s", (int) (e - s), s, (int) (be - b), b);
  return _rt_minutes_is_answer_mark (whole, whole + strlen (whole), &after) && *after == '\0';
}

static gboolean
is_split_label (const char *s,
                const char *e,
                const char *b,
                const char *be)
{
  const char *p = s;
  gunichar c;

  /* 〇 市 / 長: the mark and a blank before the first piece. */
  while (p < e && space_len_at (p, e) > 0)
    p += space_len_at (p, e);
  c = p < e ? g_utf8_get_char_validated (p, e - p) : (gunichar) -1;
  if (c != (gunichar) -1 && c != (gunichar) -2 && is_speaker_marker (c))
    {
      p = g_utf8_next_char (p);
      while (p < e && space_len_at (p, e) > 0)
        p += space_len_at (p, e);
    }
  else
    p = s;
  return is_role_in_pieces (p, e, b, be, 1);
}

/* The text with such breaks joined, and for each byte of it the offset of
 * the byte it came from; NULL when there is none. */
static char *
join_broken_markers (const char  *text,
                     gsize        len,
                     GArray     **map,
                     gsize       *out_len)
{
  const char *e = text + len;
  GString *out = NULL;
  GArray *m = NULL;
  const char *done = text;   /* copied up to here */
  gboolean after_lone_marker = FALSE;

  for (const char *p = text; p < e;)
    {
      const char *nl = memchr (p, '\n', e - p);
      const char *next_nl;

      if (nl == NULL)
        break;
      next_nl = nl + 1 < e ? memchr (nl + 1, '\n', e - nl - 1) : NULL;

      /* 会 / text / 長: the label put together above the text. */
      if (next_nl != NULL && next_nl + 1 < e)
        {
          const char *b = next_nl + 1;
          const char *b_nl = memchr (b, '\n', e - b);
          const char *be = b_nl != NULL ? b_nl : e;

          if (is_split_column_label (p, nl, nl + 1, next_nl, b, be))
            {
              if (out == NULL)
                {
                  out = g_string_sized_new (len);
                  m = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 1);
                }
              for (const char *q = done; q < nl; q++)
                if (*q != '\r')
                  {
                    gsize o = q - text;

                    g_string_append_c (out, *q);
                    g_array_append_val (m, o);
                  }
              /* The last piece is told to lie where the first ends, and the
               * text's line end where the last piece's line ends, so that
               * places still go forward and what is cut covers both. */
              for (const char *q = b; q < be; q++)
                if (*q != '\r')
                  {
                    gsize o = nl - text;

                    g_string_append_c (out, *q);
                    g_array_append_val (m, o);
                  }
              {
                /* Where the text's own characters end, blanks aside. */
                const char *t_end = next_nl;

                while (t_end > nl + 1)
                  {
                    const char *prev = g_utf8_find_prev_char (nl + 1, t_end);

                    if (prev == NULL || !(*prev == '\r' || rt_minutes_is_space (g_utf8_get_char (prev))))
                      break;
                    t_end = prev;
                  }
                for (const char *q = nl; q <= next_nl; q++)
                  {
                    gsize o = q >= t_end && q > nl ? (gsize) ((b_nl != NULL ? b_nl : e) - text) : (gsize) (q - text);

                    g_string_append_c (out, *q);
                    g_array_append_val (m, o);
                  }
              }
              done = b_nl != NULL ? b_nl + 1 : e;
              p = done;
              continue;
            }
        }

      if (nl + 1 < e && (is_broken_marker (p, nl, nl + 1, next_nl != NULL ? next_nl : e) ||
                         (after_lone_marker && is_role_opened (p, nl)) ||
                         is_lone_marker (p, nl, nl + 1, next_nl != NULL ? next_nl : e) ||
                         is_note_opened (p, nl, nl + 1, next_nl != NULL ? next_nl : e) ||
                         is_role_then_name (p, nl, nl + 1, next_nl != NULL ? next_nl : e) ||
                         (next_nl != NULL && (is_split_label (p, nl, nl + 1, next_nl) ||
                                              is_split_answer_heading (p, nl, nl + 1, next_nl) ||
                                              is_bracket_in_pieces (p, nl, nl + 1, next_nl) ||
                                              is_bracket_opened_alone (p, nl, nl + 1, next_nl)))))
        {
          if (out == NULL)
            {
              out = g_string_sized_new (len);
              m = g_array_sized_new (FALSE, FALSE, sizeof (gsize), len + 1);
            }
          /* Up to the break, without the line end, then go on after it. */
          for (const char *q = done; q < nl; q++)
            if (!(q + 1 == nl && *q == '\r'))
              {
                gsize o = q - text;

                g_string_append_c (out, *q);
                g_array_append_val (m, o);
              }
          done = nl + 1;
        }
      after_lone_marker = is_lone_marker (p, nl, nl + 1, next_nl != NULL ? next_nl : e);
      p = nl + 1;
    }

  if (out == NULL)
    return NULL;
  for (const char *q = done; q < e; q++)
    {
      gsize o = q - text;

      g_string_append_c (out, *q);
      g_array_append_val (m, o);
    }
  g_array_append_val (m, len);
  *map = m;
  *out_len = out->len;
  return g_string_free (out, FALSE);
}

RtMinutes *
rt_minutes_parse_full (const char          *text,
                       gssize               len,
                       RtMinutesConvention  convention)
{
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (convention < RT_MINUTES_N_CONVENTIONS, NULL);

  if (text != NULL && len < 0)
    len = strlen (text);

  /* One character a line: cut the lines as they were, then tell where in
   * the text each piece lies. */
  if (text != NULL && is_char_per_line (text, len))
    {
      g_autoptr(GArray) map = NULL;
      gsize joined_len = 0;
      g_autofree char *joined = join_char_lines (text, len, &map, &joined_len);
      RtMinutes *self = parse_text (joined, joined_len, convention);

      remap_spans (self, map);
      return self;
    }

  /* A speaker's label broken after its opening parenthesis: joined. */
  if (text != NULL)
    {
      g_autoptr(GArray) map = NULL;
      gsize joined_len = 0;
      g_autofree char *joined = join_broken_markers (text, len, &map, &joined_len);

      if (joined != NULL)
        {
          RtMinutes *self = parse_text (joined, joined_len, convention);

          remap_spans (self, map);
          return self;
        }
    }

  return parse_text (text, MAX (len, 0), convention);
}

static RtMinutes *
parse_text (const char          *text,
            gsize                len,
            RtMinutesConvention  convention)
{
  g_autoptr(RtMinutes) self = g_new0 (RtMinutes, 1);
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) items = NULL;
  GArray *split;
  Conv conv;
  guint line_cursor = 0;
  guint n_inline = 0;
  gsize header_bytes = 0;

  self->statements = g_array_new (FALSE, TRUE, sizeof (RtStatement));
  self->headings = g_array_new (FALSE, TRUE, sizeof (RtHeading));
  self->unused = g_array_new (FALSE, TRUE, sizeof (RtSpan));
  g_array_set_clear_func (self->statements, rt_statement_clear);
  g_array_set_clear_func (self->headings, rt_heading_clear);
  self->convention = convention != RT_MINUTES_CONVENTION_AUTO ? convention : RT_MINUTES_CONVENTION_SUMMARY;
  self->attendees = g_new0 (char *, 1);
  self->sides = g_array_new (FALSE, FALSE, sizeof (guint8));

  if (text == NULL)
    return g_steal_pointer (&self);

  _rt_minutes_conv_init (&conv);

  /* First pass: every rule on, to learn which the text uses. Lines a web
   * page flattened are cut first, when marks recur inside them. */
  lines = split_lines (text, len);
  _rt_minutes_learn_paren_names (&conv, lines, text);
  conv.probe = TRUE;
  _rt_minutes_classify_lines (lines, text, &conv);
  split = split_inline (lines, text, &conv, TRUE, &n_inline);
  g_clear_pointer (&split, g_array_unref);
  /* Speakers inside lines when they recur; bullets after a blank in a line
   * of bullets always. */
  conv.split_inline = n_inline >= 2;
  split = split_inline (lines, text, &conv, conv.split_inline, &n_inline);
  if (split != NULL)
    {
      g_array_unref (lines);
      lines = split;
      _rt_minutes_classify_lines (lines, text, &conv);
    }
  _rt_minutes_detect (&conv, lines, text, convention);
  if (conv.header_end > 0)
    header_bytes = g_array_index (lines, Line, conv.header_end - 1).end;

  /* Second pass: cut with what was learnt. */
  _rt_minutes_classify_lines (lines, text, &conv);
  conv.wrap_width = wrap_width (lines);

  if (header_bytes > 0)
    {
      guint i = 0;

      while (i < lines->len && g_array_index (lines, Line, i).end <= header_bytes)
        g_array_index (lines, Line, i++).kind = LINE_HEADER;
      conv.header_end = i;
      if (i > 0)
        {
          self->has_header = TRUE;
          self->header_start = g_array_index (lines, Line, 0).start;
          self->header_end = g_array_index (lines, Line, i - 1).end;
        }
    }
  else
    conv.header_end = 0;

  mark_repeated_lines (lines, text);

  units = build_units (lines, text, conv.header_end, conv.wrap_width);
  items = build_items (units, lines, text, &conv);

  line_cursor = conv.header_end;
  self->qa_apart = conv.qa_apart && conv.comments;

  for (guint k = 0; k <= items->len; k++)
    {
      const Item *it = k < items->len ? &g_array_index (items, Item, k) : NULL;
      guint stop = it != NULL ? g_array_index (units, Unit, it->u0).first : lines->len;

      for (; line_cursor < stop; line_cursor++)
        {
          const Line *l = &g_array_index (lines, Line, line_cursor);

          if (l->kind == LINE_SKIP || l->kind == LINE_INVALID)
            push_unused (self, l->start, l->end);
        }

      if (it == NULL)
        break;

      emit_item (self, it, units, lines, text, &conv);
      line_cursor = g_array_index (units, Unit, it->u1).last + 1;
    }

  /* Also counts the speakers and the statements without one. */
  drop_no_statements (self, text, conv.convention);
  self->convention = conv.convention;
  self->found = conv.found;
  g_strfreev (self->attendees);
  g_ptr_array_add (conv.attendees, NULL);
  self->attendees = g_strdupv ((char **)conv.attendees->pdata);
  _rt_minutes_conv_clear (&conv);

  return g_steal_pointer (&self);
}

void
rt_minutes_free (RtMinutes *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->statements, g_array_unref);
  g_clear_pointer (&self->headings, g_array_unref);
  g_clear_pointer (&self->unused, g_array_unref);
  g_clear_pointer (&self->attendees, g_strfreev);
  g_clear_pointer (&self->sides, g_array_unref);
  g_free (self);
}

static const struct {
  const char *nick;
  const char *description;
} conventions[RT_MINUTES_N_CONVENTIONS] = {
  [RT_MINUTES_CONVENTION_AUTO] = { "auto", N_("Find the convention") },
  /* Translators: how minutes write their speakers; 発言者: 行頭の○名前 */
  [RT_MINUTES_CONVENTION_MARK] = { "mark", N_("Speakers: a mark and the name at the start of a line (○Name)") },
  /* Translators: 発言者: 行頭の【名前】 */
  [RT_MINUTES_CONVENTION_BRACKET] = { "bracket", N_("Speakers: the name in brackets at the start of a line (【Name】)") },
  /* Translators: 発言者: 行頭の（名前） */
  [RT_MINUTES_CONVENTION_PAREN] = { "paren", N_("Speakers: the name in parentheses at the start of a line ((Name))") },
  /* Translators: 発言者: 名前：本文 */
  [RT_MINUTES_CONVENTION_COLON] = { "colon", N_("Speakers: the name and a colon (Name: text)") },
  /* Translators: 発言者: 行頭の名前と空白（記号なし） */
  [RT_MINUTES_CONVENTION_NAME] = { "name", N_("Speakers: the name and a blank at the start of a line, without a mark") },
  /* Translators: 発言者: 名前だけの行、発言はその下 */
  [RT_MINUTES_CONVENTION_LABEL_LINE] = { "label-line", N_("Speakers: the name alone on a line, the statement below it") },
  /* Translators: 発言者: 文末の（名前） */
  [RT_MINUTES_CONVENTION_END] = { "end", N_("Speakers: the name in parentheses after the statement (…(Name))") },
  /* Translators: 要点筆記: 箇条書き・段落ごとに一つの発言（発言者なし） */
  [RT_MINUTES_CONVENTION_SUMMARY] = { "summary", N_("Summary: one statement per bullet or paragraph, no speakers") },
  /* Translators: パブリックコメント: 意見ごとに一つ、市の考え方を添えて */
  [RT_MINUTES_CONVENTION_COMMENTS] = { "comments", N_("Public comments: one statement per opinion, with the city's answer") },
};

/**
 * rt_minutes_convention_describe:
 *
 * Returns: the convention in words, translated
 */
const char *
rt_minutes_convention_describe (RtMinutesConvention convention)
{
  g_return_val_if_fail (convention < RT_MINUTES_N_CONVENTIONS, "");

  return _(conventions[convention].description);
}

const char *
rt_minutes_convention_to_nick (RtMinutesConvention convention)
{
  g_return_val_if_fail (convention < RT_MINUTES_N_CONVENTIONS, "");

  return conventions[convention].nick;
}

gboolean
rt_minutes_convention_from_nick (const char          *nick,
                                 RtMinutesConvention *convention)
{
  g_return_val_if_fail (convention != NULL, FALSE);

  for (guint i = 0; nick != NULL && i < RT_MINUTES_N_CONVENTIONS; i++)
    if (g_str_equal (nick, conventions[i].nick))
      {
        *convention = i;
        return TRUE;
      }

  return FALSE;
}

RtMinutesConvention
rt_minutes_get_convention (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, RT_MINUTES_CONVENTION_SUMMARY);

  return self->convention;
}

gboolean
rt_minutes_get_convention_found (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->found;
}

/**
 * rt_minutes_get_header:
 * @start: (out) (optional): its first byte
 * @end: (out) (optional): one past its last byte
 *
 * See rt-minutes.h.
 */
gboolean
rt_minutes_get_header (const RtMinutes *self,
                       gsize           *start,
                       gsize           *end)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (start != NULL)
    *start = self->has_header ? self->header_start : 0;
  if (end != NULL)
    *end = self->has_header ? self->header_end : 0;

  return self->has_header;
}

const char * const *
rt_minutes_get_attendees (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *)self->attendees;
}

guint
rt_minutes_get_n_statements (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->statements->len;
}

const RtStatement *
rt_minutes_get_statement (const RtMinutes *self,
                          guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->statements->len, NULL);

  return &g_array_index (self->statements, RtStatement, i);
}

guint
rt_minutes_get_n_headings (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->headings->len;
}

const RtHeading *
rt_minutes_get_heading (const RtMinutes *self,
                        guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->headings->len, NULL);

  return &g_array_index (self->headings, RtHeading, i);
}

guint
rt_minutes_get_n_unused (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->unused->len;
}

const RtSpan *
rt_minutes_get_unused (const RtMinutes *self,
                       guint            i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->unused->len, NULL);

  return &g_array_index (self->unused, RtSpan, i);
}

guint
rt_minutes_get_n_speakers (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_speakers;
}

guint
rt_minutes_get_n_unattributed (const RtMinutes *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_unattributed;
}
