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

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-minutes-private.h"

struct _RtMinutes
{
  GArray *statements;   /* RtStatement */
  GArray *headings;     /* RtHeading */
  GArray *unused;       /* RtSpan */
  guint   n_speakers;
  guint   n_unattributed;
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



/* Lines are not NUL-terminated: never compare past @e. */
static gboolean
has_prefix_bytes (const char *p,
                  const char *e,
                  const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (e - p) >= n && memcmp (p, prefix, n) == 0;
}

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
  if (has_prefix_bytes (p, e, "ページ"))
    p += strlen ("ページ");
  else if (has_prefix_bytes (p, e, "頁"))
    p += strlen ("頁");
  while (p < e && (is_dash (char_at (p)) || space_len_at (p, e) > 0))
    p = g_utf8_next_char (p);

  return p == e;
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

static const char *
skip_separators (const char *p,
                 const char *e)
{
  while (p < e)
    {
      gsize n = space_len_at (p, e);

      if (n > 0)
        p += n;
      else if (is_colon (char_at (p)))
        p = g_utf8_next_char (p);
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
             guint8      mark)
{
  l->mark = mark;
  l->label_off = label - s;
  l->label_len = label_end - label;
  l->head = text - s;
}

/* Recognises a speaker at the start of a line. */
static void
parse_start_speaker (Line       *l,
                     const char *s,
                     const char *e)
{
  const char *p = s;
  gboolean marker = FALSE;
  gunichar c = char_at (p);
  gunichar close;

  if (is_speaker_marker (c))
    {
      p = skip_space (g_utf8_next_char (p), e);
      marker = TRUE;
      if (p >= e)
        return;
      c = char_at (p);
    }

  close = closing_bracket (c);
  if (close != 0)
    {
      const char *label = g_utf8_next_char (p);
      const char *r = find_close (label, e, c, close);
      const char *text;
      gboolean empty, paren;
      LabelLevel need;

      if (r == NULL)
        return;
      text = skip_separators (g_utf8_next_char (r), e);
      empty = text >= e;
      paren = is_open_paren (c);
      /* <p> and [1] are markup and references, never a bare name. */
      if (c != 0x3010 && c != 0x3014 && c != 0xFF3B)
        need = LEVEL_ROLE;
      else
        need = empty ? LEVEL_PERSON : LEVEL_NAME;
      if (_rt_minutes_label_level (label, r, NULL, NULL) < need)
        return;
      if (empty && paren && !marker)
        set_speaker (l, s, label, r, text, MARK_SPEAKER_PAREN);
      else
        set_speaker (l, s, label, r, text, empty ? MARK_LABEL : MARK_SPEAKER);
      return;
    }
  else
    {
      const char *label = p;
      const char *q = p;
      const char *text;
      gboolean empty, colon;
      LabelLevel need, level;

      while (q < e)
        {
          c = char_at (q);
          if (rt_minutes_is_space (c) || is_colon (c))
            break;
          if (is_label_stop (c))
            return;
          if (is_open_paren (c))
            {
              const char *r = find_close (g_utf8_next_char (q), e, c, 0xFF09);

              if (r == NULL)
                return;
              q = r;
            }
          q = g_utf8_next_char (q);
          if (q - label > LABEL_MAX_BYTES)
            return;
        }
      if (q == label)
        return;

      colon = q < e && is_colon (char_at (q));
      text = skip_separators (q, e);
      empty = text >= e;
      if (empty)
        need = marker ? LEVEL_PERSON : LEVEL_ROLE;
      else if (colon)
        need = marker ? LEVEL_NAME : LEVEL_PERSON;
      else
        need = marker ? LEVEL_NAME : LEVEL_ROLE;

      level = _rt_minutes_label_level (label, q, NULL, NULL);
      if (level < need)
        return;
      if (level == LEVEL_NAME && g_utf8_strlen (label, q - label) > 5)
        return;
      set_speaker (l, s, label, q, text, empty ? MARK_LABEL : MARK_SPEAKER);
    }
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

static void
classify_line (Line       *l,
               const char *base)
{
  const char *s = base + l->start;
  const char *e = base + l->end;
  gunichar c, close, last;
  const char *last_at = NULL;

  if (!g_utf8_validate_len (s, e - s, NULL))
    {
      l->kind = LINE_INVALID;
      return;
    }

  l->n_chars = (guint) MIN (g_utf8_strlen (s, e - s), G_MAXUINT);
  if (is_page_number (s, e))
    {
      l->kind = LINE_SKIP;
      return;
    }

  l->kind = LINE_TEXT;
  parse_start_speaker (l, s, e);
  if (l->mark == MARK_LABEL || l->mark == MARK_SPEAKER_PAREN)
    return;

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
      else if (is_speaker_marker (c))
        {
          l->mark = MARK_SYMBOL;
          l->head = skip_space (g_utf8_next_char (s), e) - s;
        }
      else if (is_enumerator (s, e))
        l->mark = MARK_ENUM;
      else if (close != 0 || is_field_line (s, e))
        l->mark = MARK_OPEN;
    }

  parse_end_speaker (l, s, e);
  if (l->ends == ENDS_NONE)
    {
      if (is_sentence_end (last))
        l->ends = ENDS_SENTENCE;
      else if (last == '.' && last_at > s
               && !is_digit (char_at (g_utf8_find_prev_char (s, last_at))))
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

static gboolean
is_repeat_candidate (const Line *l)
{
  return l->kind == LINE_TEXT && l->mark == MARK_NONE && l->ends == ENDS_NONE
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
          else if (counts[h] >= REPEAT_MIN)
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
} Unit;

static gboolean
can_join (const Unit *u,
          const Line *prev,
          const Line *next,
          guint32     n_blank)
{
  switch (u->kind)
    {
    case MARK_LABEL:
    case MARK_SPEAKER_PAREN:
    case MARK_BRACKET:
    case MARK_PAREN:
      return FALSE;
    default:
      break;
    }

  if (prev->ends != ENDS_NONE || next->mark != MARK_NONE || n_blank > 2)
    return FALSE;

  if (n_blank == 0)
    {
      if (u->kind == MARK_SPEAKER || u->kind == MARK_BULLET)
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
build_units (GArray *lines)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  Unit *cur = NULL;
  guint32 n_blank = 0;
  gboolean after_invalid = FALSE;

  for (guint i = 0; i < lines->len; i++)
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
          && can_join (cur, &g_array_index (lines, Line, cur->last), l, n_blank))
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
  gboolean open;    /* a speaker's turn that takes the paragraphs that follow */
  gboolean empty;   /* a turn that has only its label yet */
  guint    u0;
  guint    u1;
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

static GArray *
build_items (GArray     *units,
             GArray     *lines,
             const char *base)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  for (guint u = 0; u < units->len; u++)
    {
      const Unit *unit = &g_array_index (units, Unit, u);
      const Line *last_line = &g_array_index (lines, Line, unit->last);
      Item *last = items->len > 0 ? &g_array_index (items, Item, items->len - 1) : NULL;
      gboolean adjacent = last != NULL && !unit->after_invalid;
      gboolean heading;
      Item *it;

      switch (unit->kind)
        {
        case MARK_SPEAKER_PAREN:
          if (adjacent && last->kind == ITEM_STATEMENT && last->speaker == SPEAKER_NONE
              && unit->n_blank <= 1)
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
          continue;

        case MARK_SPEAKER:
          it = push_item (items, ITEM_STATEMENT, u);
          it->speaker = SPEAKER_START;
          it->speaker_line = unit->first;
          it->open = TRUE;
          continue;

        case MARK_BRACKET:
          push_item (items, ITEM_HEADING, u);
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
              last->empty = FALSE;
              continue;
            }
          /* Asides such as （休憩） or （拍手） are neither themes nor opinions. */
          if (unit_is_heading (unit, lines, base))
            {
              push_item (items, ITEM_UNUSED, u);
              continue;
            }
          break;

        default:
          break;
        }

      if (last_line->ends == ENDS_SPEAKER)
        {
          it = push_item (items, ITEM_STATEMENT, u);
          it->speaker = SPEAKER_END;
          it->speaker_line = unit->last;
          continue;
        }

      if (!unit_has_letter (unit, lines, base) || unit_is_date (unit, lines, base))
        {
          push_item (items, ITEM_UNUSED, u);
          continue;
        }

      heading = unit_is_heading (unit, lines, base);
      if (adjacent && last->kind == ITEM_STATEMENT && last->open
          && (last->empty || !heading))
        {
          last->u1 = u;
          last->empty = FALSE;
          continue;
        }

      push_item (items, heading ? ITEM_HEADING : ITEM_STATEMENT, u);
    }

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

static void
emit_item (RtMinutes  *self,
           const Item *it,
           GArray     *units,
           GArray     *lines,
           const char *base,
           GHashTable *speakers)
{
  const Unit *first = &g_array_index (units, Unit, it->u0);
  const Unit *end_unit = &g_array_index (units, Unit, it->u1);
  gsize start = g_array_index (lines, Line, first->first).start;
  gsize end = g_array_index (lines, Line, end_unit->last).end;
  g_autoptr(GString) text = NULL;

  if (it->kind == ITEM_UNUSED)
    {
      push_unused (self, start, end);
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

      /* Statements before the first heading belong to it. */
      if (self->headings->len == 1)
        for (guint i = 0; i < self->statements->len; i++)
          g_array_index (self->statements, RtStatement, i).heading = 0;
      return;
    }

  for (guint u = it->u0; u <= it->u1; u++)
    {
      const Unit *unit = &g_array_index (units, Unit, u);
      gboolean head, tail;
      gsize before = text->len;

      if (it->speaker == SPEAKER_PAREN && u == it->u1)
        break;

      if (u == it->u0)
        head = unit->kind != MARK_ENUM && unit->kind != MARK_OPEN
               && unit->kind != MARK_PAREN && unit->kind != MARK_NONE;
      else
        head = FALSE;
      tail = it->speaker == SPEAKER_END && u == it->u1;

      if (text->len > 0)
        g_string_append_c (text, '\n');
      append_unit (text, unit, lines, base, head, tail);
      if (text->len == before + 1)
        g_string_truncate (text, before);
    }

  if (text->len == 0)
    {
      push_unused (self, start, end);
      return;
    }

  {
    RtStatement st = { 0 };

    st.text = g_string_free (g_steal_pointer (&text), FALSE);
    st.start = start;
    st.end = end;
    st.heading = (int) self->headings->len - 1;

    if (it->speaker != SPEAKER_NONE)
      {
        const Line *l = &g_array_index (lines, Line, it->speaker_line);
        gboolean at_end = it->speaker == SPEAKER_END;
        const char *p = base + l->start + (at_end ? l->elabel_off : l->label_off);
        gsize n = at_end ? l->elabel_len : l->label_len;

        st.label = _rt_minutes_dup_trimmed (p, p + n);
        _rt_minutes_label_level (p, p + n, &st.name, &st.role);
      }

    if (st.label != NULL)
      g_hash_table_add (speakers, st.label);
    else
      self->n_unattributed++;

    g_array_append_val (self->statements, st);
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

          l.start = s - text;
          l.end = e - text;
          l.n_blank = n_blank;
          g_array_append_val (lines, l);
          n_blank = 0;
        }

      if (j < len && text[j] == '\r' && j + 1 < len && text[j + 1] == '\n')
        j++;
      i = j + 1;
    }

  return lines;
}

/**
 * rt_minutes_parse:
 * @text: the minutes text, normally from rt_minutes_decode()
 * @len: its length in bytes, or -1 if it is NUL-terminated
 *
 * Cuts @text into statements. See rt-minutes.h.
 *
 * Returns: (transfer full): the result, never %NULL
 */
RtMinutes *
rt_minutes_parse (const char *text,
                  gssize      len)
{
  g_autoptr(RtMinutes) self = g_new0 (RtMinutes, 1);
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) items = NULL;
  g_autoptr(GHashTable) speakers = NULL;
  guint line_cursor = 0;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  self->statements = g_array_new (FALSE, TRUE, sizeof (RtStatement));
  self->headings = g_array_new (FALSE, TRUE, sizeof (RtHeading));
  self->unused = g_array_new (FALSE, TRUE, sizeof (RtSpan));
  g_array_set_clear_func (self->statements, rt_statement_clear);
  g_array_set_clear_func (self->headings, rt_heading_clear);

  if (text == NULL)
    return g_steal_pointer (&self);
  if (len < 0)
    len = strlen (text);

  lines = split_lines (text, len);
  for (guint i = 0; i < lines->len; i++)
    classify_line (&g_array_index (lines, Line, i), text);
  mark_repeated_lines (lines, text);

  units = build_units (lines);
  items = build_items (units, lines, text);

  speakers = g_hash_table_new (g_str_hash, g_str_equal);

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

      emit_item (self, it, units, lines, text, speakers);
      line_cursor = g_array_index (units, Unit, it->u1).last + 1;
    }

  self->n_speakers = g_hash_table_size (speakers);

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
  g_free (self);
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
