/* rt-minutes-decode.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes of a text file to UTF-8: UTF-8, UTF-16 or Shift_JIS; and the
 * blanks a PDF put between characters taken out.
 */

#define G_LOG_DOMAIN "rt-minutes"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rt-minutes-private.h"

/* Decoding */

static char *
decode_utf16 (const guint8  *data,
              gsize          len,
              gboolean       big_endian,
              GError       **error)
{
  g_autofree gunichar2 *units = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n = len / 2;
  char *out;

  if (len % 2 != 0)
    {
      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                   _("The UTF-16 text ends in the middle of a character."));
      return NULL;
    }

  units = g_new (gunichar2, n + 1);
  for (gsize i = 0; i < n; i++)
    {
      units[i] = big_endian ? (data[2 * i] << 8 | data[2 * i + 1])
                            : (data[2 * i] | data[2 * i + 1] << 8);
      if (units[i] == 0)
        {
          g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                       _("The text contains NUL characters; it is probably not a text file."));
          return NULL;
        }
    }
  units[n] = 0;

  out = g_utf16_to_utf8 (units, n, NULL, NULL, &local_error);
  if (out == NULL)
    {
      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                   _("The text is not valid UTF-16: %s"), local_error->message);
      return NULL;
    }
  return out;
}

static char *
decode_cp932 (const guint8  *data,
              gsize          len,
              const char   **charset)
{
  static const char * const charsets[] = { "CP932", "SHIFT_JIS" };

  for (guint i = 0; i < G_N_ELEMENTS (charsets); i++)
    {
      gsize written = 0;
      char *out = g_convert ((const char *) data, len, "UTF-8", charsets[i],
                             NULL, &written, NULL);

      if (out != NULL && memchr (out, 0, written) == NULL
          && g_utf8_validate_len (out, written, NULL))
        {
          *charset = charsets[i];
          return out;
        }
      g_free (out);
    }
  return NULL;
}

/**
 * rt_minutes_decode:
 * @data: the bytes of a minutes file
 * @len: their number
 * @encoding: (out) (optional): the encoding found
 * @error: a #GError
 *
 * See rt-minutes.h.
 *
 * Returns: (transfer full): NUL-terminated UTF-8 text, or %NULL with @error set
 */
char *
rt_minutes_decode (const guint8  *data,
                   gsize          len,
                   char         **encoding,
                   GError       **error)
{
  const char *charset = NULL;
  char *out = NULL;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (encoding != NULL)
    *encoding = NULL;

  if (len > RT_MINUTES_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (RT_MINUTES_MAX_INPUT);

      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                   _("The text is too large (%s); minutes of up to %s can be imported."),
                   size, max);
      return NULL;
    }

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      if (!g_utf8_validate_len ((const char *) data + 3, len - 3, NULL))
        {
          g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                       _("The text is marked as UTF-8 but contains invalid bytes or NUL characters."));
          return NULL;
        }
      charset = "UTF-8";
      out = g_strndup ((const char *) data + 3, len - 3);
    }
  else if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      gboolean big_endian = data[0] == 0xFE;

      out = decode_utf16 (data + 2, len - 2, big_endian, error);
      if (out == NULL)
        return NULL;
      charset = big_endian ? "UTF-16BE" : "UTF-16LE";
    }
  else if (len > 0 && memchr (data, 0, len) != NULL)
    {
      gsize even = 0, odd = 0;

      /* Without a BOM, UTF-16 shows itself by the NUL half of ASCII characters. */
      for (gsize i = 0; i < len; i++)
        if (data[i] == 0)
          {
            if (i % 2 == 0)
              even++;
            else
              odd++;
          }

      if (len % 2 == 0 && (odd > 2 * even || even > 2 * odd))
        {
          gboolean big_endian = even > odd;

          out = decode_utf16 (data, len, big_endian, NULL);
          charset = big_endian ? "UTF-16BE" : "UTF-16LE";
        }
      if (out == NULL)
        {
          g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                       _("The text contains NUL characters; it is probably not a text file."));
          return NULL;
        }
    }
  else if (g_utf8_validate_len ((const char *) data, len, NULL))
    {
      charset = "UTF-8";
      out = g_strndup ((const char *) data, len);
    }
  else
    {
      out = decode_cp932 (data, len, &charset);
      if (out == NULL)
        {
          g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCODING,
                       _("The text is neither UTF-8, UTF-16 nor Shift_JIS. "
                         "Save it as UTF-8 and try again."));
          return NULL;
        }
    }

  if (encoding != NULL)
    *encoding = g_strdup (charset);
  return out;
}

/* Text spaced out */

static inline gboolean
is_blank_char (gunichar c)
{
  return c == ' ' || c == 0x3000;
}

/* Marks and brackets keep their blanks: ○議長 after a turn, 君) before its
 * text, where a flattened line is cut. */
static inline gboolean
is_mark_char (const char *p)
{
  return strchr ("()<>[]", *p) != NULL ||
         ((guchar) *p >= 0x80 && g_utf8_strchr ("○◯〇◎●◆◇■□▼▽△▲☆★・【】〔〕［］（）＜＞《》〈〉「」『』", -1,
                                                 g_utf8_get_char (p)) != NULL);
}

/* 今 日 は 素 晴 ら し い: six pieces between blanks at least, six in ten of
 * them one character that is not ASCII. */
static gboolean
line_is_spaced_out (const char *p,
                    const char *e)
{
  guint pieces = 0, singles = 0;

  while (p < e)
    {
      guint n = 0;
      gboolean ascii = FALSE;

      while (p < e && is_blank_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p >= e)
        break;
      while (p < e && !is_blank_char (g_utf8_get_char (p)))
        {
          ascii |= (guchar) *p < 0x80;
          p = g_utf8_next_char (p);
          n++;
        }
      pieces++;
      singles += n == 1 && !ascii;
    }

  return pieces >= 6 && singles * 10 >= pieces * 6;
}

char *
rt_minutes_unspace (const char *text,
                    gsize       len)
{
  const char *end = text + len;
  GString *out = NULL;
  const char *copied = text;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  for (const char *line = text; line < end;)
    {
      const char *eol = memchr (line, '\n', end - line);
      const char *next = eol != NULL ? eol + 1 : end;

      if (eol == NULL)
        eol = end;
      if (eol - line >= 11 && line_is_spaced_out (line, eol))
        {
          if (out == NULL)
            out = g_string_sized_new (len);
          g_string_append_len (out, copied, line - copied);

          for (const char *p = line; p < eol;)
            {
              const char *q = g_utf8_next_char (p);

              /* One blank between two characters, one of them not ASCII. */
              if (is_blank_char (g_utf8_get_char (p)) && p > line && q < eol &&
                  !is_blank_char (g_utf8_get_char (q)) &&
                  !is_blank_char (g_utf8_get_char (g_utf8_prev_char (p))) &&
                  ((guchar) *q >= 0x80 || (guchar) *g_utf8_prev_char (p) >= 0x80) &&
                  !is_mark_char (q) && !is_mark_char (g_utf8_prev_char (p)))
                {
                  p = q;
                  continue;
                }
              g_string_append_len (out, p, q - p);
              p = q;
            }
          copied = eol;
        }
      line = next;
    }

  if (out == NULL)
    return NULL;
  g_string_append_len (out, copied, end - copied);
  return g_string_free (out, FALSE);
}
