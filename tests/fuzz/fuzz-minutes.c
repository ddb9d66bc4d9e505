/* fuzz-minutes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the minutes decoder and parser.
 *
 * Decodes arbitrary bytes, parses the result and the raw bytes, and aborts
 * when an invariant of rt-minutes.h does not hold.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rt-minutes.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond) G_STMT_START { if (!(cond)) abort (); } G_STMT_END

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

static void
check_string (const char *s,
              gboolean    may_be_null)
{
  if (s == NULL)
    {
      CHECK (may_be_null);
      return;
    }
  CHECK (g_utf8_validate (s, -1, NULL));
}

/* Walks the three lists like a merge, so that the ranges are checked in text order. */
static void
check_invariants (const char      *text,
                  gsize            len,
                  const RtMinutes *m)
{
  guint ns = rt_minutes_get_n_statements (m);
  guint nh = rt_minutes_get_n_headings (m);
  guint nu = rt_minutes_get_n_unused (m);
  guint si = 0, hi = 0, ui = 0;
  guint unattributed = 0;
  gsize pos = 0;
  gsize head_start = 0, head_end = 0;

  /* The header block comes first, before any other range. */
  if (rt_minutes_get_header (m, &head_start, &head_end))
    {
      CHECK (head_start < head_end && head_end <= len);
      CHECK (is_blank (text, text + head_start));
      CHECK (!is_blank (text + head_start, text + head_end));
      pos = head_end;
    }
  else
    CHECK (head_start == 0 && head_end == 0);

  while (si < ns || hi < nh || ui < nu)
    {
      gsize ss = si < ns ? rt_minutes_get_statement (m, si)->start : G_MAXSIZE;
      gsize hs = hi < nh ? rt_minutes_get_heading (m, hi)->start : G_MAXSIZE;
      gsize us = ui < nu ? rt_minutes_get_unused (m, ui)->start : G_MAXSIZE;
      gsize start, end;

      if (ss <= hs && ss <= us)
        {
          const RtStatement *s = rt_minutes_get_statement (m, si++);

          check_string (s->label, TRUE);
          check_string (s->name, TRUE);
          check_string (s->role, TRUE);
          check_string (s->text, FALSE);
          check_string (s->answer, TRUE);
          CHECK (s->text[0] != '\0');
          CHECK (s->kind >= RT_STATEMENT_KIND_OPINION && s->kind <= RT_STATEMENT_KIND_LAST);
          CHECK (s->heading >= -1 && s->heading < (int) nh);
          if (s->label == NULL)
            {
              CHECK (s->name == NULL && s->role == NULL);
              unattributed++;
            }
          start = s->start;
          end = s->end;
        }
      else if (hs <= us)
        {
          const RtHeading *h = rt_minutes_get_heading (m, hi++);

          check_string (h->text, FALSE);
          CHECK (h->text[0] != '\0');
          start = h->start;
          end = h->end;
        }
      else
        {
          const RtSpan *u = rt_minutes_get_unused (m, ui++);

          start = u->start;
          end = u->end;
          CHECK (end <= len);
          CHECK (!is_blank (text + start, text + end));
        }

      CHECK (pos <= start);
      CHECK (start < end);
      CHECK (end <= len);
      CHECK (is_blank (text + pos, text + start));
      pos = end;
    }

  CHECK (is_blank (text + pos, text + len));
  CHECK (unattributed == rt_minutes_get_n_unattributed (m));
  CHECK (rt_minutes_get_n_speakers (m) <= ns - unattributed);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *encoding = NULL;
  g_autofree char *text = NULL;

  text = rt_minutes_decode (data, size, &encoding, &error);
  if (text != NULL)
    {
      g_autoptr(RtMinutes) m = NULL;
      gsize len = strlen (text);

      CHECK (error == NULL);
      CHECK (encoding != NULL);
      CHECK (g_utf8_validate (text, len, NULL));
      m = rt_minutes_parse (text, len);
      CHECK (m != NULL);
      check_invariants (text, len, m);

      /* Unspacing takes blanks out, nothing else, and leaves UTF-8. */
      {
        g_autofree char *unspaced = rt_minutes_unspace (text, len);

        if (unspaced != NULL)
          {
            gsize ulen = strlen (unspaced);
            gsize k = 0;

            CHECK (ulen < len);
            CHECK (g_utf8_validate (unspaced, ulen, NULL));
            for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
              {
                gsize n = g_utf8_next_char (p) - p;

                if (k + n <= ulen && memcmp (unspaced + k, p, n) == 0)
                  k += n;
                else
                  CHECK (*p == ' ' || g_utf8_get_char (p) == 0x3000);
              }
            CHECK (k == ulen);
          }
      }
    }
  else
    {
      CHECK (error != NULL && error->domain == RT_MINUTES_ERROR);
      CHECK (encoding == NULL);
      CHECK (g_utf8_validate (error->message, -1, NULL));
    }

  /* The parser must also survive bytes that were never decoded, and hold
   * its invariants whatever convention it is forced to cut with. */
  {
    g_autoptr(RtMinutes) m = rt_minutes_parse ((const char *) data, size);
    RtMinutesConvention forced = size > 0 ? data[0] % RT_MINUTES_N_CONVENTIONS : 0;
    g_autoptr(RtMinutes) f = rt_minutes_parse_full ((const char *) data, size, forced);

    CHECK (m != NULL && f != NULL);
    check_invariants ((const char *) data, size, m);
    check_invariants ((const char *) data, size, f);
    CHECK (rt_minutes_get_convention (m) != RT_MINUTES_CONVENTION_AUTO);
    CHECK (forced == RT_MINUTES_CONVENTION_AUTO || rt_minutes_get_convention (f) == forced);
  }

  /* And the speaker splitter any short string. */
  {
    g_autofree char *label = g_strndup ((const char *) data, MIN (size, 64));
    g_autofree char *name = NULL;
    g_autofree char *role = NULL;

    if (rt_minutes_split_speaker (label, &name, &role))
      {
        check_string (name, TRUE);
        check_string (role, TRUE);
      }
    else
      CHECK (name == NULL && role == NULL);
  }

  return 0;
}
