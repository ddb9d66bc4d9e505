/* rt-handout-text.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <string.h>

#include "rt-handout-private.h"

/* Documents the secretariat writes as text (the 議事要旨, the 答申 outline)
 * come into the document model here, line by line, by the marks their
 * drafts use (rt-summary-draft.h, rt-outline-draft.h):
 *
 *   １　開会            a numbered item: bold
 *   （１）…             a 議事: bold, indented
 *   論点1　…            a point: a heading
 *   【…】 〔…〕          a part: bold, indented
 *   ・…                 an item of a list, its speaker kept whole
 *   　→…                an answer under it
 *   anything else       a paragraph
 *
 * Nothing is lost: a line no mark fits is a paragraph as typed. */

static gboolean
starts_with_digit (const char *line)
{
  gunichar c = g_utf8_get_char (line);

  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* "１　開会", "2 議事": digits, then a blank. */
static gboolean
is_numbered (const char *line)
{
  const char *p = line;

  if (!starts_with_digit (p))
    return FALSE;
  while (starts_with_digit (p))
    p = g_utf8_next_char (p);

  return g_str_has_prefix (p, "　") || g_str_has_prefix (p, " ") || g_str_has_prefix (p, "．") ||
         g_str_has_prefix (p, ".");
}

/* "（１）…", "(2)…". */
static gboolean
is_sub_item (const char *line)
{
  const char *p = line;

  if (g_str_has_prefix (p, "（"))
    p += strlen ("（");
  else if (*p == '(')
    p++;
  else
    return FALSE;

  if (!starts_with_digit (p))
    return FALSE;
  while (starts_with_digit (p))
    p = g_utf8_next_char (p);

  return g_str_has_prefix (p, "）") || *p == ')';
}

/* Adds @text to @para, a speaker at its end — 「…（林委員）」 — as a run of
 * its own, which a line never breaks. */
static void
add_with_speaker (RtDocPara  *para,
                  const char *text)
{
  const char *open = g_strrstr (text, "（");
  gsize length = strlen (text);

  if (open != NULL && open != text && g_str_has_suffix (text, "）") &&
      g_utf8_strlen (open, -1) <= 16 && strstr (open, "。") == NULL)
    {
      g_autofree char *body = g_strndup (text, open - text);

      rt_doc_para_add_run (para, 0, body);
      rt_doc_para_add_run (para, RT_DOC_RUN_SPEAKER, open);
      return;
    }

  rt_doc_para_add_run (para, 0, length > 0 ? text : "");
}

static const char *
skip_blanks (const char *line)
{
  while (g_str_has_prefix (line, "　") || *line == ' ' || *line == '\t')
    line += g_str_has_prefix (line, "　") ? strlen ("　") : 1;

  return line;
}

/* The 項目：内容 lines of the header, up to the first blank line, as a
 * table; returns the line after them. */
static guint
write_header_table (RtWriter  *w,
                    char     **lines)
{
  double width = _rt_writer_get_width (w);
  double widths[2] = { 96, width - 96 };
  RtDocAlign align[2] = { RT_DOC_ALIGN_CENTER, RT_DOC_ALIGN_LEFT };
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  RtDocTable *table;
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *stripped = g_strstrip (g_strdup (line));
      const char *colon;

      if (stripped[0] == '\0' || skip_blanks (stripped)[0] == '\0')
        break;

      if (g_str_has_prefix (line, "　") && values->len > 0)
        {
          char *value = values->pdata[values->len - 1];

          values->pdata[values->len - 1] = g_strconcat (value, "\n", skip_blanks (line), NULL);
          g_free (value);
          continue;
        }

      colon = strstr (line, "：");
      if (colon == NULL || g_utf8_strlen (line, colon - line) > 10 || colon == line)
        break;

      g_ptr_array_add (keys, g_strndup (line, colon - line));
      g_ptr_array_add (values, g_strdup (colon + strlen ("：")));
    }

  if (keys->len == 0)
    return i;

  table = rt_doc_add_table (_rt_writer_get_doc (w), 2, widths, align, 9.5);
  for (guint k = 0; k < keys->len; k++)
    {
      g_auto(GStrv) parts = g_strsplit (values->pdata[k], "\n", -1);
      RtDocCell *cell;

      rt_doc_table_add_row (table, FALSE);
      rt_doc_table_add_text (table, RT_DOC_RUN_BOLD, keys->pdata[k]);
      cell = rt_doc_table_add_cell (table, 1);
      for (guint p = 0; parts[p] != NULL; p++)
        rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, parts[p]);
    }
  _rt_writer_space (w, 8);

  return i;
}

void
_rt_handout_write_text (RtWriter   *w,
                        const char *text,
                        gboolean    header_table)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  guint i = 0;

  if (header_table)
    i = write_header_table (w, lines);

  for (; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strchomp (g_strdup (lines[i]));
      const char *body = skip_blanks (line);
      gboolean indented = body != line;
      RtDocPara *para;

      if (body[0] == '\0')
        {
          _rt_writer_space (w, 4);
          continue;
        }

      if (!indented && g_str_has_prefix (body, "論点"))
        {
          _rt_writer_heading (w, body);
          continue;
        }

      if (!indented && is_numbered (body))
        {
          _rt_writer_space (w, 6);
          rt_doc_para_add_run (_rt_writer_paragraph (w, 11.5, 0, NULL), RT_DOC_RUN_BOLD, body);
          continue;
        }

      if (!indented && is_sub_item (body))
        {
          rt_doc_para_add_run (_rt_writer_paragraph (w, 10.5, 10.5, NULL), RT_DOC_RUN_BOLD, body);
          continue;
        }

      if (g_str_has_prefix (body, "【") || g_str_has_prefix (body, "〔"))
        {
          rt_doc_para_add_run (_rt_writer_paragraph (w, 10.5, 10.5, NULL), RT_DOC_RUN_BOLD, body);
          continue;
        }

      if (g_str_has_prefix (body, "・"))
        {
          para = _rt_writer_paragraph (w, 10.5, 21, "・");
          add_with_speaker (para, skip_blanks (body + strlen ("・")));
          continue;
        }

      if (g_str_has_prefix (body, "→"))
        {
          para = _rt_writer_paragraph (w, 10.5, 31.5, "→");
          add_with_speaker (para, skip_blanks (body + strlen ("→")));
          continue;
        }

      para = _rt_writer_paragraph (w, 10.5, indented ? 21 : 10.5, NULL);
      add_with_speaker (para, body);
    }
}
