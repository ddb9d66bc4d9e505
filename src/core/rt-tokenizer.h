/* rt-tokenizer.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Terms of a Japanese text for clustering and matching, offline: MeCab with
 * the IPA dictionary finds the words; the content words (nouns, verbs and
 * adjectives, in their base forms, without stop words such as する・こと・
 * 思う) are the terms. A tokenizer wraps one MeCab tagger, which is not
 * thread-safe: use one tokenizer per thread.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RT_TOKENIZER_ERROR (rt_tokenizer_error_quark ())

typedef enum
{
  RT_TOKENIZER_ERROR_NO_DICTIONARY,
} RtTokenizerError;

/* Which terms a text yields. The default is RT_TERMS_CONTENT_WORDS; the
 * others exist to measure the choice (see bench/bench-suggest.c). */
typedef enum
{
  RT_TERMS_CONTENT_WORDS = 0,      /* nouns, verbs, adjectives; base forms */
  RT_TERMS_NOUNS         = 1 << 0, /* only nouns */
  RT_TERMS_COMPOUNDS     = 1 << 1, /* also runs of nouns joined: 市民+活動 → 市民活動 */
  RT_TERMS_CHAR_BIGRAMS  = 1 << 2, /* character bigrams of the text, no MeCab */
  RT_TERMS_WORD_BIGRAMS  = 1 << 3, /* also character bigrams inside each content word */
  RT_TERMS_KANJI         = 1 << 4, /* also each kanji of a content word: 助成金 → 助, 成, 金 */
} RtTermFlags;

typedef struct _RtTokenizer RtTokenizer;

/* One term of a text: @term is what is counted (a base form), @surface the
 * text as written (for highlighting). */
typedef struct
{
  char *term;
  char *surface;
} RtToken;

GQuark       rt_tokenizer_error_quark (void);
RtTokenizer *rt_tokenizer_new         (RtTermFlags   flags,
                                       GError      **error);
void         rt_tokenizer_free        (RtTokenizer  *self);
RtTermFlags  rt_tokenizer_get_flags   (RtTokenizer  *self);
GArray      *rt_tokenizer_tokenize    (RtTokenizer  *self,
                                       const char   *text);
gboolean     rt_tokenizer_is_stop_word (const char  *term);
char        *rt_tokenizer_reading     (RtTokenizer  *self,
                                       const char   *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtTokenizer, rt_tokenizer_free)

G_END_DECLS
