/* rt-minutes-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the minutes parser share: character classes, speaker
 * labels, the lines of a text and what the first pass learnt of them.
 */

#pragma once

#include <string.h>

#include "rt-minutes.h"

G_BEGIN_DECLS

/* A speaker label is short: about 24 Japanese characters at most. */
#define LABEL_MAX_BYTES    96
#define HEADING_MAX_CHARS  40
/* A line at least this long (in characters) can be a line wrapped by a PDF. */
#define LONG_LINE_CHARS    20
/* A short line seen this many times is a running page header. */
#define REPEAT_MIN         3
#define REPEAT_MAX_CHARS   40

/* Whitespace and characters. The text is valid UTF-8 wherever a character
 * is decoded; the byte-level helpers also work on lines that are not. */
/* The byte-level twins of rt_minutes_is_space() also work on lines that are
 * not valid UTF-8, which are only ever trimmed, never decoded.
 */
static inline gsize
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

static inline gsize
space_len_before (const char *s,
                  const char *p)
{
  if (p - s >= 1)
    {
      guchar c = (guchar) p[-1];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
        return 1;
    }
  if (p - s >= 2 && (guchar) p[-2] == 0xC2 && (guchar) p[-1] == 0xA0)
    return 2;
  if (p - s >= 3
      && (((guchar) p[-3] == 0xE3 && (guchar) p[-2] == 0x80 && (guchar) p[-1] == 0x80)
          || ((guchar) p[-3] == 0xEF && (guchar) p[-2] == 0xBB && (guchar) p[-1] == 0xBF)))
    return 3;
  return 0;
}

static inline const char *
skip_space (const char *p,
            const char *e)
{
  gsize n;

  while (p < e && (n = space_len_at (p, e)) > 0)
    p += n;
  return p;
}

static inline const char *
trim_end (const char *s,
          const char *e)
{
  gsize n;

  while (e > s && (n = space_len_before (s, e)) > 0)
    e -= n;
  return e;
}

/* Lines are not NUL-terminated: never compare past @e. */
static inline gboolean
starts_with (const char *p,
             const char *e,
             const char *prefix)
{
  gsize n = strlen (prefix);

  /* The last byte first: it tells most prefixes apart without a call. */
  return (gsize) (e - p) >= n && (n == 0 || p[n - 1] == prefix[n - 1]) && memcmp (p, prefix, n) == 0;
}

static inline gboolean
ends_with_word (const char *p,
                const char *e,
                const char *suffix)
{
  gsize n = strlen (suffix);

  return (gsize) (e - p) >= n && memcmp (e - n, suffix, n) == 0;
}

/* Character classes (the text is valid UTF-8 wherever these are used) */

/* The character at @p: ASCII and the three bytes of kana and kanji
 * without a call, as the parser reads almost every character of a text
 * many times; anything else through g_utf8_get_char(). */
static inline gunichar
char_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (u[0] < 0x80)
    return u[0];
  if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
    return ((gunichar) (u[0] & 0x0F) << 12) | ((gunichar) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
  return g_utf8_get_char (p);
}

static inline gunichar
last_char (const char *s,
           const char *e,
           const char **at)
{
  const char *p = g_utf8_find_prev_char (s, e);

  if (p == NULL)
    return 0;
  if (at != NULL)
    *at = p;
  return g_utf8_get_char (p);
}

static inline gboolean
is_kanji (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
         || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF)
         || c == 0x3005 || c == 0x3006 || c == 0x30F6;
}

static inline gboolean
is_katakana (gunichar c)
{
  return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0xFF66 && c <= 0xFF9F);
}

static inline gboolean
is_latin (gunichar c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

/* Whether @s…@e ends with one of @words; with @whole, a word may be all
 * of it. */
static inline gboolean
ends_with_any (const char         *s,
               const char         *e,
               const char * const *words,
               guint               n_words,
               gboolean            whole)
{
  for (guint i = 0; i < n_words; i++)
    {
      gsize n = strlen (words[i]);

      if (((gsize) (e - s) > n || (whole && (gsize) (e - s) == n)) && memcmp (e - n, words[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline gboolean
is_open_paren (gunichar c)
{
  return c == '(' || c == 0xFF08;
}

static inline gboolean
is_close_paren (gunichar c)
{
  return c == ')' || c == 0xFF09;
}

static inline gboolean
is_colon (gunichar c)
{
  return c == ':' || c == 0xFF1A;
}

/* ○ ◯ ● ◎ 〇 ◆ ◇ ■ □ ◉ ☆ ★ ▼ ▽ put in front of a speaker in minutes. */
static inline gboolean
is_speaker_marker (gunichar c)
{
  switch (c)
    {
    case 0x25CB: case 0x25EF: case 0x25CF: case 0x25CE: case 0x3007:
    case 0x25C6: case 0x25C7: case 0x25A0: case 0x25A1: case 0x25C9:
    case 0x2606: case 0x2605: case 0x25BC: case 0x25BD:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Brackets that can hold a speaker at the start of a line, or a heading. */
static inline gunichar
closing_bracket (gunichar c)
{
  switch (c)
    {
    case 0x3010: return 0x3011;   /* 【】 */
    case 0x3014: return 0x3015;   /* 〔〕 */
    case 0xFF3B: return 0xFF3D;   /* ［］ */
    case '[': return ']';
    case 0x300A: return 0x300B;   /* 《》 */
    case 0xFF1C: return 0xFF1E;   /* ＜＞ */
    case 0x3008: return 0x3009;   /* 〈〉 */
    case '<': return '>';
    case '(': return ')';
    case 0xFF08: return 0xFF09;   /* （） */
    default: return 0;
    }
}

/* 】〕］]》＞〉>): the closing one of a pair of closing_bracket(), or ≫
 * (≪懇談≫, the signs of much less and much more used as brackets). */
static inline gboolean
is_closing_bracket (gunichar c)
{
  switch (c)
    {
    case 0x3011: case 0x3015: case 0xFF3D: case ']': case 0x300B: case 0xFF1E:
    case 0x3009: case '>': case ')': case 0xFF09: case 0x226B:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_sentence_end (gunichar c)
{
  switch (c)
    {
    case 0x3002: case 0xFF0E: case 0xFF01: case 0xFF1F: case '!': case '?':
    case 0x300D: case 0x300F:   /* 」』 */
      return TRUE;
    default:
      return FALSE;
    }
}

/* Characters that never occur in a speaker label. */
static inline gboolean
is_label_stop (gunichar c)
{
  switch (c)
    {
    case 0x3001: case 0x3002: case 0xFF0C: case ',': case 0xFF0E:
    case 0xFF01: case 0xFF1F: case '!': case '?':
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x3010: case 0x3011:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_dash (gunichar c)
{
  switch (c)
    {
    case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFF0D: case 0x30FC: case '~': case 0xFF5E:
    case 0x301C:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Where the cell that starts at @p ends, in a row of a table whose cells
 * are apart by tabs or bars (1 | 意見 | 回答 |, as a table copied as text)
 * or, when @spaces, by two blanks or more: the separator starts at
 * *@cell_end; returns where the next cell starts, or NULL for the last
 * cell. */
static inline const char *
next_cell (const char  *p,
           const char  *e,
           gboolean     spaces,
           const char **cell_end)
{
  for (const char *q = p; q < e; )
    {
      gsize n = space_len_at (q, e);

      if (*q == '\t' || *q == '|')
        {
          *cell_end = q;
          return skip_space (q + 1, e);
        }
      if (spaces && n > 0 && q > p)
        {
          gsize m = space_len_at (q + n, e);

          if (m > 0 || n == 3)
            {
              *cell_end = q;
              return skip_space (q, e);
            }
        }
      q += MAX (n, 1);
    }

  *cell_end = e;
  return NULL;
}

/* Speaker labels */

typedef enum
{
  LEVEL_NONE,
  LEVEL_NAME,     /* looks like a name: 林, 金尾 */
  LEVEL_PERSON,   /* a name with an honorific: 林さん, 林氏 */
  LEVEL_ROLE,     /* ends with a known role: 委員, 林委員, 事務局（佐藤課長） */
} LabelLevel;

typedef struct
{
  const char *str;
  gsize       len;
} Word;

#define WORD(s) { s, sizeof (s) - 1 }

LabelLevel  _rt_minutes_label_level  (const char  *p,
                                      const char  *e,
                                      char       **name,
                                      char       **role);
char       *_rt_minutes_dup_trimmed  (const char  *p,
                                      const char  *e);
gboolean    _rt_minutes_is_name      (const char  *p,
                                      const char  *e,
                                      guint        max_chars);
LabelLevel  _rt_minutes_label_parts  (const char  *p,
                                      const char  *e,
                                      char       **name,
                                      char       **role);
gboolean    _rt_minutes_is_role_space_name (const char *p,
                                            const char *e);
gboolean    _rt_minutes_is_role_then_name (const char *p,
                                           const char *e);
const char *_rt_minutes_label_kind_word (const char *p,
                                         const char *e);
/* Who speaks in answers to citizens: a citizen who asks, or the city. */
typedef enum
{
  RT_TURN_NEITHER,
  RT_TURN_ASKS,
  RT_TURN_ANSWERS,
} RtTurnSide;

RtTurnSide  _rt_minutes_label_side   (const char  *p,
                                      const char  *e);
const char *_rt_minutes_excerpt_note_start (const char *p,
                                            const char *e);
gboolean    _rt_minutes_is_citizen_label (const char *p,
                                          const char *e);
gboolean    _rt_minutes_is_person_name (const char *p,
                                        const char *e,
                                        guint       max_chars);

/* Lines */

enum
{
  LINE_SKIP,       /* page number or running header */
  LINE_INVALID,    /* not valid UTF-8, or holds a NUL */
  LINE_TEXT,
  LINE_HEADER,     /* in the header block */
};

enum
{
  MARK_NONE,
  MARK_SPEAKER,        /* ○林委員　…, 林委員：…, 【事務局】… */
  MARK_LABEL,          /* a speaker label alone: 委員, 【事務局】 */
  MARK_SPEAKER_PAREN,  /* (林委員) alone */
  MARK_BRACKET,        /* 【資料 1-2】 alone */
  MARK_PAREN,          /* (ステークホルダー) alone */
  MARK_BULLET,         /* ・ - • */
  MARK_SYMBOL,         /* ○ ● … not followed by a speaker */
  MARK_ENUM,           /* 1. (1) ① */
  MARK_OPEN,           /* 【…】 followed by more text */
  MARK_NOTE,           /* -資料1に基づき、事務局から説明-: a stage note */
  MARK_ANSWER,         /* [市の考え方], 回答: the answer to a public comment */
  MARK_ROW,            /* a table row of public comments, cells apart by tabs */
  MARK_OPINION,        /* [お寄せいただいた意見], (意見): a submitted opinion starts */
  MARK_HEAD_ROW,       /* 意見の概要 | 市の考え方: the head of a table of comments */
  MARK_AGENDA,         /* 開会, ・意見交換: an item of the agenda */
};

/* How a start speaker is written, for the first pass to count. */
enum
{
  SHAPE_NONE,
  SHAPE_MARK,          /* ○林委員 */
  SHAPE_BRACKET,       /* 【林委員】 */
  SHAPE_PAREN,         /* （林委員） */
  SHAPE_COLON,         /* 林委員： */
  SHAPE_NAME,          /* 林委員　, 林委員）, 2 林委員 , 林 (a name of the attendance list) */
};

/* Why a line's start speaker was accepted beyond the plain rules. */
enum
{
  VIA_PLAIN,
  VIA_NUMBER,          /* 2 石井委員長 … */
  VIA_CLOSE,           /* 川村委員長)… */
  VIA_ATTENDEE,        /* a bare name of the attendance list */
  VIA_HEADING,         /* 2 会長あいさつ, 3 報告事項(事務局): a heading naming a speaker */
  VIA_NARRATION,       /* 林委員(自民)から、: narration naming the speaker of the bullets below */
};

enum
{
  ENDS_NONE,
  ENDS_SENTENCE,
  ENDS_SPEAKER,
  ENDS_HEADING,        /* 1 …について (令和7年4月) */
};

typedef struct
{
  gsize   start;        /* trimmed content */
  gsize   end;
  guint   n_chars;
  guint32 n_blank;      /* blank lines before it */
  guint8  kind;
  guint8  mark;
  guint8  ends;
  guint32 head;         /* bytes after start where the text begins */
  guint32 tail;         /* bytes before end that are a closing bracket or an end speaker */
  guint32 label_off;    /* the start speaker label, relative to start */
  guint32 label_len;
  guint32 elabel_off;   /* the end speaker label, relative to start */
  guint32 elabel_len;
  guint8  shape;        /* SHAPE_*, when mark is MARK_SPEAKER or MARK_LABEL */
  guint8  via;          /* VIA_* */
  guint8  indent;       /* leading blanks, in half-width columns */
} Line;

/* What the first pass learnt of a text: how the second pass cuts it. */
typedef struct
{
  RtMinutesConvention  convention;
  gboolean             found;         /* detected, not forced */
  gboolean             probe;         /* the first pass: every rule on, to count */
  gboolean             numbered;      /* 2 石井委員長 … opens a turn */
  gboolean             paren_before;  /* (林委員) alone opens a turn, not closes one */
  gboolean             split_inline;  /* cut flattened lines at marks inside them */
  gboolean             summary;       /* no speakers: bullets and paragraphs */
  gboolean             comments;      /* public comments with answers */
  guint                opinion_marks; /* lines such as (意見) that start a comment */
  guint                answer_marks;  /* lines such as 回答： that start the city's answer */
  gunichar             answer_symbol; /* ● after ○ letters: the mark of the answers, or 0 */
  gboolean             numbered_answers; /* 1 意見… / the answer in the paragraph below, unmarked */
  gboolean             letters;       /* a page of letters to the mayor: a letter's paragraphs are one opinion */
  gboolean             qa_apart;      /* 一般質問: a question and its answer are statements of their own */
  guint                header_end;    /* lines before it are the header */
  guint                wrap_width;    /* the width of a full line, or 0 */
  int                  opinion_col;   /* the columns of a table of comments, or -1 */
  int                  answer_col;
  gboolean             row_spaces;    /* its cells are apart by blanks, not tabs */
  gboolean             cell_answers;  /* 意見の趣旨 市の考え方, then each cell a paragraph: an opinion's answer is the paragraph below it */
  GHashTable          *names;         /* names of the attendance list */
  GPtrArray           *attendees;     /* the same, in order */
} Conv;

gboolean _rt_minutes_is_box_line   (const char          *s,
                                     const char          *e);
void     _rt_minutes_conv_init     (Conv                *conv);
void     _rt_minutes_conv_clear    (Conv                *conv);
void     _rt_minutes_classify_lines (GArray             *lines,
                                     const char         *base,
                                     const Conv         *conv);
void     _rt_minutes_detect        (Conv                *conv,
                                    GArray              *lines,
                                    const char          *base,
                                    RtMinutesConvention  forced);
gboolean _rt_minutes_is_field_name (const char          *label);
gboolean _rt_minutes_is_date_line (const char           *s,
                                   const char           *e);
gboolean _rt_minutes_is_flat_header (const char         *text);
void        _rt_minutes_learn_paren_names (Conv       *conv,
                                           GArray     *lines,
                                           const char *base);
const char *_rt_minutes_paren_open_before (const char *p,
                                           const char *close);
gboolean    _rt_minutes_turn_head (const char  *s,
                                   const char  *e,
                                   const char **label,
                                   const char **label_end);
const char *_rt_minutes_skip_item_prefix (const char *p,
                                          const char *e);
gboolean _rt_minutes_is_field_line (const char          *s,
                                    const char          *e);
gboolean _rt_minutes_is_web_furniture (const char       *s,
                                       const char       *e);
gboolean _rt_minutes_is_narration  (const char          *text,
                                    gssize               length);
gboolean _rt_minutes_is_roll_entry (const char          *text,
                                    gssize               length);
gboolean _rt_minutes_is_city_voice (const char          *text,
                                    gssize               length);
gboolean _rt_minutes_is_reader_note (const char         *text,
                                     gssize              length);
gboolean _rt_minutes_is_listing    (const char          *text,
                                    gssize               length);
const char *_rt_minutes_body_heading_end (const char    *s,
                                          const char    *e);
gboolean _rt_minutes_narrated_label (const char        *s,
                                     const char        *e,
                                     const char       **label,
                                     const char       **label_end);
int      _rt_minutes_agenda_line   (const char          *s,
                                    const char          *e,
                                    const char         **label,
                                    const char         **label_end);
const char *_rt_minutes_qa_mark (const char *s,
                                 const char *e,
                                 gboolean    answer);
gboolean _rt_minutes_is_comment_head_row (const char   *s,
                                          const char   *e,
                                          gboolean      spaces,
                                          int          *opinion_col,
                                          int          *answer_col);
gboolean _rt_minutes_is_opinion_mark (const char        *s,
                                      const char        *e,
                                      const char       **after);
gboolean _rt_minutes_is_answer_mark (const char         *s,
                                     const char         *e,
                                     const char        **after);

/* Stock phrases, looked for in one pass over a text (rt-minutes-phrases.c):
 * a static list of at most eighty, with the first character of each and a
 * bitmap of those characters, filled at the first use. */
typedef struct
{
  const char * const *words;
  guint               n_words;
  gsize               ready;
  guint32             bits[4096 / 32];   /* first characters, by their low 12 bits */
  gunichar            first[80];
  guint8              len[80];
} RtPhrases;

#define RT_PHRASES(list) { list, G_N_ELEMENTS (list), 0, { 0 }, { 0 }, { 0 } }

gboolean _rt_minutes_has_phrase (const char *p,
                                 const char *e,
                                 RtPhrases  *phrases);

G_END_DECLS
