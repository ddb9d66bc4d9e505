/* rt-tokenizer.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-tokenizer"

#include "config.h"

#include <glib/gi18n.h>
#include <mecab.h>
#include <string.h>

#include "rt-tokenizer.h"

struct _RtTokenizer
{
  mecab_t     *mecab;
  RtTermFlags  flags;
};

G_DEFINE_QUARK (rt-tokenizer-error-quark, rt_tokenizer_error)

/* Words that occur in nearly every opinion and say nothing about its topic:
 * light verbs, formal nouns, verbs of thinking and saying, and the words
 * committees use to frame any statement. Sorted for bsearch (strcmp order). */
static const char * const stop_words[] = {
  "ある", "いい", "いう", "いく", "いる", "おる", "くる", "こと", "これ", "させる",
  "しまう", "する", "せる", "それ", "ため", "できる", "ところ", "ない", "なる",
  "の", "みる", "もの", "やる", "よい", "よう", "られる", "れる", "わかる",
  "事", "今", "今後", "他", "以上", "何", "出る", "分かる", "場合", "多い",
  "必要", "思う", "感じる", "所", "方", "時", "物", "等", "考える", "良い",
  "行く", "言う", "部分", "際", "面",
};

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

gboolean
rt_tokenizer_is_stop_word (const char *term)
{
  static gsize sorted = 0;
  static const char *table[G_N_ELEMENTS (stop_words)];

  g_return_val_if_fail (term != NULL, FALSE);

  if (g_once_init_enter (&sorted))
    {
      memcpy (table, stop_words, sizeof stop_words);
      qsort (table, G_N_ELEMENTS (table), sizeof table[0], compare_strings);
      g_once_init_leave (&sorted, 1);
    }

  return bsearch (&term, table, G_N_ELEMENTS (table), sizeof table[0], compare_strings) != NULL;
}

static void
clear_token (gpointer data)
{
  RtToken *token = data;

  g_free (token->term);
  g_free (token->surface);
}

static void
add_token (GArray     *tokens,
           const char *term,
           gssize      term_len,
           const char *surface,
           gssize      surface_len)
{
  RtToken token;

  token.term = term_len < 0 ? g_strdup (term) : g_strndup (term, term_len);
  token.surface = surface_len < 0 ? g_strdup (surface) : g_strndup (surface, surface_len);
  g_array_append_val (tokens, token);
}

/* A character that can be part of a term: letters and digits of any
 * script, including kana and kanji, but not punctuation or spaces. */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_OTHER_LETTER ||
         g_unichar_type (c) == G_UNICODE_MODIFIER_LETTER;
}

static void
add_char_bigrams (GArray     *tokens,
                  const char *text,
                  gsize       len,
                  const char *surface)
{
  const char *end = text + len;
  const char *p = text;

  while (p < end)
    {
      const char *q = g_utf8_next_char (p);
      const char *r;

      if (q >= end)
        break;
      r = g_utf8_next_char (q);
      if (is_word_char (g_utf8_get_char (p)) && is_word_char (g_utf8_get_char (q)))
        add_token (tokens, p, r - p, surface ? surface : p, surface ? -1 : r - p);
      p = q;
    }
}

static gboolean
is_kanji (gunichar c)
{
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/* Kanji carry meaning on their own: 助成金, 補助金 and 資金 share 金,
 * 防災 and 災害 share 災. */
static void
add_kanji (GArray     *tokens,
           const char *term,
           const char *surface)
{
  for (const char *p = term; *p; p = g_utf8_next_char (p))
    if (is_kanji (g_utf8_get_char (p)))
      add_token (tokens, p, g_utf8_next_char (p) - p, surface, -1);
}

/* IPADIC features: 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音.
 * Copies the first @n_fields into @buf (NUL-separated) without allocating:
 * this runs for every word of every card. */
static void
split_features (const char  *feature,
                char        *buf,
                gsize        buf_size,
                const char **fields,
                guint        n_fields)
{
  const char *p = feature;
  gsize used = 0;

  for (guint i = 0; i < n_fields; i++)
    {
      const char *end = p ? strchr (p, ',') : NULL;
      gsize len = p == NULL ? 0 : end ? (gsize)(end - p) : strlen (p);

      if (p == NULL || used + len + 1 > buf_size)
        {
          fields[i] = "*";
          p = NULL;
          continue;
        }
      memcpy (buf + used, p, len);
      buf[used + len] = '\0';
      fields[i] = buf + used;
      used += len + 1;
      p = end ? end + 1 : NULL;
    }
}

typedef enum
{
  WORD_SKIP,
  WORD_NOUN,
  WORD_OTHER,
} WordKind;

static WordKind
classify (const char *pos,
          const char *sub1,
          RtTermFlags flags)
{
  if (strcmp (pos, "名詞") == 0)
    {
      if (strcmp (sub1, "非自立") == 0 || strcmp (sub1, "代名詞") == 0 ||
          strcmp (sub1, "数") == 0 || strcmp (sub1, "接尾") == 0 ||
          strcmp (sub1, "特殊") == 0 || strcmp (sub1, "副詞可能") == 0)
        return WORD_SKIP;
      return WORD_NOUN;
    }

  if (flags & RT_TERMS_NOUNS)
    return WORD_SKIP;

  if ((strcmp (pos, "動詞") == 0 || strcmp (pos, "形容詞") == 0) && strcmp (sub1, "自立") == 0)
    return WORD_OTHER;

  return WORD_SKIP;
}

static gboolean
is_worth_a_term (const char *term)
{
  glong n_chars = g_utf8_strlen (term, -1);
  gunichar c = g_utf8_get_char (term);

  if (n_chars == 0)
    return FALSE;
  /* A lone kana or letter is almost always a mis-split. */
  if (n_chars == 1 && (g_unichar_isalpha (c) && c < 0x4e00))
    return FALSE;
  if (g_unichar_isdigit (c) || !is_word_char (c))
    return FALSE;
  return !rt_tokenizer_is_stop_word (term);
}

static void
flush_compound (GArray  *tokens,
                GString *compound,
                GString *compound_surface,
                guint   *n_parts)
{
  if (*n_parts > 1)
    add_token (tokens, compound->str, -1, compound_surface->str, -1);
  g_string_truncate (compound, 0);
  g_string_truncate (compound_surface, 0);
  *n_parts = 0;
}

/**
 * rt_tokenizer_new:
 *
 * Creates a tokenizer with its own MeCab tagger. The dictionary is the one
 * of the system's mecabrc (Debian: mecab-ipadic-utf8), or the directory
 * named by the environment variable RONTEN_MECAB_DICDIR.
 *
 * Returns: (transfer full): a tokenizer, or %NULL if MeCab has no dictionary
 */
RtTokenizer *
rt_tokenizer_new (RtTermFlags   flags,
                  GError      **error)
{
  g_autoptr(RtTokenizer) self = g_new0 (RtTokenizer, 1);

  self->flags = flags;

  if (!(flags & RT_TERMS_CHAR_BIGRAMS))
    {
      const char *dicdir = g_getenv ("RONTEN_MECAB_DICDIR");
      g_autofree char *arg = NULL;

      if (dicdir != NULL && dicdir[0] != '\0')
        {
          g_autofree char *quoted = g_shell_quote (dicdir);
          arg = g_strdup_printf ("-d %s", quoted);
        }

      if (!(self->mecab = mecab_new2 (arg ? arg : "")))
        {
          g_set_error (error, RT_TOKENIZER_ERROR, RT_TOKENIZER_ERROR_NO_DICTIONARY,
                       _("The Japanese dictionary of MeCab could not be loaded: %s"),
                       mecab_strerror (NULL));
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

void
rt_tokenizer_free (RtTokenizer *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->mecab, mecab_destroy);
  g_free (self);
}

RtTermFlags
rt_tokenizer_get_flags (RtTokenizer *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->flags;
}

/**
 * rt_tokenizer_tokenize:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): an array of #RtToken, in text order, with
 *   repeats; the array frees its tokens
 */
GArray *
rt_tokenizer_tokenize (RtTokenizer *self,
                       const char  *text)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (RtToken));
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) compound = NULL;
  g_autoptr(GString) compound_surface = NULL;
  g_autoptr(GString) prev_suffix = g_string_new (NULL);
  const mecab_node_t *node;
  guint n_parts = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  g_array_set_clear_func (tokens, clear_token);

  /* NFKC makes full-width letters and digits and half-width kana ordinary,
   * so that ＮＰＯ and NPO are one term. */
  if (!(normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC)))
    return g_steal_pointer (&tokens);
  folded = g_ascii_strdown (normalized, -1);

  if (self->flags & RT_TERMS_CHAR_BIGRAMS)
    {
      add_char_bigrams (tokens, folded, strlen (folded), NULL);
      return g_steal_pointer (&tokens);
    }

  if (!(node = mecab_sparse_tonode (self->mecab, folded)))
    return g_steal_pointer (&tokens);

  compound = g_string_new (NULL);
  compound_surface = g_string_new (NULL);

  for (; node != NULL; node = node->next)
    {
      const char *fields[7];
      char buf[512];
      const char *base;
      WordKind kind;

      if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
        continue;

      split_features (node->feature, buf, sizeof buf, fields, G_N_ELEMENTS (fields));
      kind = classify (fields[0], fields[1], self->flags);
      base = strcmp (fields[6], "*") == 0 ? NULL : fields[6];

      if (kind == WORD_NOUN && (self->flags & RT_TERMS_COMPOUNDS))
        {
          g_string_append_len (compound, node->surface, node->length);
          g_string_append_len (compound_surface, node->surface, node->length);
          n_parts++;
        }
      else if (self->flags & RT_TERMS_COMPOUNDS)
        flush_compound (tokens, compound, compound_surface, &n_parts);

      if (kind != WORD_SKIP)
        {
          g_autofree char *surface = g_strndup (node->surface, node->length);
          const char *term;

          /* IPADIC does not know 協働, the word of this field: it reads a
           * suffix 協 and an unknown 働. A lone unknown kanji after a lone
           * suffix is joined to it again. */
          if (base == NULL && prev_suffix->len > 0 && g_utf8_strlen (surface, -1) == 1)
            {
              g_autofree char *joined = g_strconcat (prev_suffix->str, surface, NULL);

              g_free (surface);
              surface = g_steal_pointer (&joined);
            }
          term = base ? base : surface;

          if (is_worth_a_term (term))
            {
              add_token (tokens, term, -1, surface, -1);
              if ((self->flags & RT_TERMS_WORD_BIGRAMS) && g_utf8_strlen (term, -1) > 2)
                add_char_bigrams (tokens, term, strlen (term), surface);
              if ((self->flags & RT_TERMS_KANJI) && g_utf8_strlen (term, -1) > 1)
                add_kanji (tokens, term, surface);
            }
        }

      g_string_truncate (prev_suffix, 0);
      if (strcmp (fields[0], "名詞") == 0 && strcmp (fields[1], "接尾") == 0 &&
          g_utf8_strlen (node->surface, node->length) == 1)
        g_string_append_len (prev_suffix, node->surface, node->length);

    }

  if (self->flags & RT_TERMS_COMPOUNDS)
    flush_compound (tokens, compound, compound_surface, &n_parts);

  return g_steal_pointer (&tokens);
}

/**
 * rt_tokenizer_reading:
 * @text: UTF-8 text, such as a name
 *
 * The reading of @text in katakana, as the dictionary gives it: 林 → ハヤシ,
 * for sorting names in 五十音 order. Hiragana is written as katakana; a word
 * the dictionary does not know is kept as written.
 *
 * Returns: (transfer full): the reading
 */
char *
rt_tokenizer_reading (RtTokenizer *self,
                      const char  *text)
{
  g_autoptr(GString) reading = g_string_new (NULL);
  g_autofree char *normalized = NULL;
  const mecab_node_t *node;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!(normalized = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC)))
    return g_strdup (text);

  if (self->mecab == NULL || !(node = mecab_sparse_tonode (self->mecab, normalized)))
    node = NULL;

  for (; node != NULL; node = node->next)
    {
      const char *fields[8];
      char buf[512];

      if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
        continue;

      split_features (node->feature, buf, sizeof buf, fields, G_N_ELEMENTS (fields));
      if (strcmp (fields[7], "*") != 0)
        g_string_append (reading, fields[7]);
      else
        g_string_append_len (reading, node->surface, node->length);
    }

  if (reading->len == 0)
    g_string_append (reading, normalized);

  /* ひらがな → カタカナ: U+3041…U+3096 are U+30A1…U+30F6 less 0x60. */
  {
    g_autoptr(GString) katakana = g_string_new (NULL);

    for (const char *p = reading->str; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        g_string_append_unichar (katakana, c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c);
      }

    return g_string_free (g_steal_pointer (&katakana), FALSE);
  }
}
