/* rt-minutes-format.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-minutes-format"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "rt-minutes-format.h"

#define SNIFF_BYTES 1024

static gboolean
has_prefix_ci (const char *p,
               const char *e,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize)(e - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static const char *
find_ci (const char *p,
         const char *e,
         const char *needle)
{
  gsize n = strlen (needle);

  for (; (gsize)(e - p) >= n; p++)
    if (g_ascii_strncasecmp (p, needle, n) == 0)
      return p;

  return NULL;
}

/* memmem() is a GNU extension; Windows has none. */
static gboolean
contains_bytes (const char *p,
                gsize       len,
                const char *needle,
                gsize       n)
{
  const char *e = p + len;

  if (n == 0 || len < n)
    return FALSE;

  while ((p = memchr (p, needle[0], (e - p) - n + 1)) != NULL)
    {
      if (memcmp (p, needle, n) == 0)
        return TRUE;
      p++;
      if ((gsize)(e - p) < n)
        break;
    }

  return FALSE;
}

/* The start of an HTML page: a doctype, or one of the elements a page opens
 * with, after a BOM, blanks, comments and an XML declaration. */
static gboolean
looks_like_html (const char *p,
                 const char *e,
                 gboolean    named_html)
{
  if ((gsize)(e - p) >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < e && g_ascii_isspace (*p))
    p++;
  if (p >= e || *p != '<')
    return FALSE;

  if (has_prefix_ci (p, e, "<!doctype html") || has_prefix_ci (p, e, "<html") ||
      has_prefix_ci (p, e, "<head") || has_prefix_ci (p, e, "<meta") ||
      has_prefix_ci (p, e, "<body") || has_prefix_ci (p, e, "<title"))
    return TRUE;

  /* A comment or an XML declaration first: an <html> element soon after. */
  if (has_prefix_ci (p, e, "<!--") || has_prefix_ci (p, e, "<?xml"))
    return find_ci (p, e, "<html") != NULL || find_ci (p, e, "<!doctype html") != NULL;

  return named_html;
}

static gboolean
name_has_suffix (const char *name,
                 const char *suffix)
{
  gsize n, m;

  if (name == NULL)
    return FALSE;

  n = strlen (name);
  m = strlen (suffix);
  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/**
 * rt_minutes_sniff_format:
 * @data: the first bytes of a file, or all of them
 * @len: their number
 * @name: (nullable): the file name, a hint only
 *
 * Tells the kind of a minutes file by its content. The name only helps an
 * HTML page that starts with neither a doctype nor an <html> element; a
 * PDF named .txt is still a PDF.
 *
 * Returns: the format; %RT_MINUTES_FORMAT_TEXT for anything else
 */
RtMinutesFormat
rt_minutes_sniff_format (const guint8 *data,
                         gsize         len,
                         const char   *name)
{
  const char *p = (const char *)data;
  const char *head_end = p + MIN (len, SNIFF_BYTES);
  gboolean named_html;

  g_return_val_if_fail (data != NULL || len == 0, RT_MINUTES_FORMAT_TEXT);

  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      static const char part[] = "word/document.xml";

      /* The part's name is stored in the local header and the directory. */
      if (contains_bytes (p, len, part, sizeof part - 1))
        return RT_MINUTES_FORMAT_DOCX;
      return RT_MINUTES_FORMAT_ZIP;
    }

  if (len >= 8 && memcmp (data, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
    return RT_MINUTES_FORMAT_DOC;

  /* The PDF header may follow some junk, within the first kilobyte. */
  if (contains_bytes (p, head_end - p, "%PDF-", 5))
    return RT_MINUTES_FORMAT_PDF;

  named_html = name_has_suffix (name, ".html") || name_has_suffix (name, ".htm") ||
               name_has_suffix (name, ".xhtml") || name_has_suffix (name, ".shtml");

  if (len >= 2 && ((data[0] == 0xff && data[1] == 0xfe) || (data[0] == 0xfe && data[1] == 0xff)))
    {
      gsize n = MIN (len - 2, SNIFF_BYTES) & ~(gsize)1;
      g_autofree char *utf8 = rt_minutes_convert_lossy ((const char *)data + 2, n,
                                                        data[0] == 0xff ? "UTF-16LE" : "UTF-16BE",
                                                        NULL);

      if (utf8 != NULL && looks_like_html (utf8, utf8 + strlen (utf8), named_html))
        return RT_MINUTES_FORMAT_HTML;
      return RT_MINUTES_FORMAT_TEXT;
    }

  if (looks_like_html (p, head_end, named_html))
    return RT_MINUTES_FORMAT_HTML;

  return RT_MINUTES_FORMAT_TEXT;
}

/* For messages and debugging; not translated. */
const char *
rt_minutes_format_to_string (RtMinutesFormat format)
{
  switch (format)
    {
    case RT_MINUTES_FORMAT_TEXT:
      return "text";
    case RT_MINUTES_FORMAT_HTML:
      return "html";
    case RT_MINUTES_FORMAT_DOCX:
      return "docx";
    case RT_MINUTES_FORMAT_PDF:
      return "pdf";
    case RT_MINUTES_FORMAT_ZIP:
      return "zip";
    case RT_MINUTES_FORMAT_DOC:
      return "doc";
    default:
      return "unknown";
    }
}

/**
 * rt_minutes_convert_lossy:
 *
 * See rt-minutes-format.h.
 *
 * Returns: (transfer full) (nullable): UTF-8 text
 */
char *
rt_minutes_convert_lossy (const char *data,
                          gsize       len,
                          const char *charset,
                          guint      *n_bad)
{
  GIConv cd;
  GString *out;
  char buffer[4096];
  char *in = (char *)data;
  gsize in_left = len;
  guint bad = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (charset != NULL, NULL);

  if (n_bad != NULL)
    *n_bad = 0;

  cd = g_iconv_open ("UTF-8", charset);
  if (cd == (GIConv)-1)
    return NULL;

  out = g_string_sized_new (len + len / 2 + 1);
  while (in_left > 0)
    {
      char *o = buffer;
      gsize o_left = sizeof buffer;
      gsize r = g_iconv (cd, &in, &in_left, &o, &o_left);
      int saved = errno;

      g_string_append_len (out, buffer, o - buffer);
      if (r != (gsize)-1)
        continue;

      if (saved == E2BIG)
        continue;

      /* An invalid or truncated sequence: one byte becomes U+FFFD. */
      g_string_append (out, "\xef\xbf\xbd");
      bad++;
      in++;
      in_left--;
      g_iconv (cd, NULL, NULL, NULL, NULL);
    }

  /* Flush a stateful encoding (ISO-2022-JP) back to its initial state. */
  {
    char *o = buffer;
    gsize o_left = sizeof buffer;

    g_iconv (cd, NULL, NULL, &o, &o_left);
    g_string_append_len (out, buffer, o - buffer);
  }
  g_iconv_close (cd);

  /* NUL characters would cut the text short; they carry nothing. */
  {
    gsize j = 0;

    for (gsize i = 0; i < out->len; i++)
      if (out->str[i] != '\0')
        out->str[j++] = out->str[i];
    g_string_truncate (out, j);
  }

  if (!g_utf8_validate_len (out->str, out->len, NULL))
    {
      char *valid = g_utf8_make_valid (out->str, out->len);

      g_string_free (out, TRUE);
      bad++;
      if (n_bad != NULL)
        *n_bad = bad;
      return valid;
    }

  if (n_bad != NULL)
    *n_bad = bad;
  return g_string_free (out, FALSE);
}
