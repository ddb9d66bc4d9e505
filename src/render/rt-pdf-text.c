/* rt-pdf-text.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-pdf-text"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <poppler.h>

#include "rt-minutes.h"
#include "rt-pdf-text.h"

/* Lines within this share of the page height from its top or bottom edge
 * may be running headers, footers or page numbers. */
#define MARGIN_ZONE 0.12
/* How many lines at the top and at the bottom of a page are looked at. */
#define ZONE_LINES 3

typedef struct
{
  char     *text;       /* without leading and trailing blanks */
  double    x1, x2, y1, y2;
  double    text_x;     /* where the words start, after a bullet or a mark */
  double    cw;         /* the width of a character of the line */
  guint     page;
  guint     n_chars;
  gboolean  geometry;   /* the rectangles are known */
  gboolean  drop;
} Line;

static void
line_clear (gpointer data)
{
  Line *l = data;

  g_free (l->text);
}

static gboolean
is_blank (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == 0x3000 || c == 0xa0 || c == 0xfeff;
}

/* Characters that open a line of their own: a speaker mark, a bullet, a
 * bracket. A line starting with one is never the continuation of another. */
static gboolean
is_line_opener (gunichar c)
{
  return g_utf8_strchr ("○◯●◎〇◆◇■□▼▽☆★・•※【〔［<＜(（「『-－*＊→⇒➡▶►①②③④⑤⑥⑦⑧⑨⑩", -1, c) != NULL;
}

static gboolean
is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);
}

/* 1. 2) （3） ２　 start an item; 2026年 does not. */
static gboolean
starts_numbered (const char *text)
{
  const char *p = text;
  gunichar c;

  while (*p != '\0' && is_digit (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (p == text || *p == '\0')
    return FALSE;

  c = g_utf8_get_char (p);
  return c == '.' || c == 0xff0e || c == ')' || c == 0xff09 || c == 0x3001 || is_blank (c);
}

static gboolean
is_wide (gunichar c)
{
  return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xf900 && c <= 0xfaff);
}

/* A PDF laid out with space between Japanese and Latin script (第 3 回,
 * NPO と) gives that space as a character; the document had none. */
static char *
drop_script_gaps (const char *p,
                  const char *e)
{
  GString *out = g_string_sized_new (e - p);
  gunichar before = 0;

  while (p < e)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (c == ' ' && next < e && before != 0)
        {
          gunichar after = g_utf8_get_char (next);

          if ((is_wide (before) && after < 0x80 && g_ascii_isalnum (after)) ||
              (before < 0x80 && g_ascii_isalnum (before) && is_wide (after)))
            {
              p = next;
              continue;
            }
        }

      g_string_append_len (out, p, next - p);
      before = c;
      p = next;
    }

  return g_string_free (out, FALSE);
}

static int
compare_y (gconstpointer a,
           gconstpointer b)
{
  const Line *la = *(const Line * const *)a;
  const Line *lb = *(const Line * const *)b;
  double ya = (la->y1 + la->y2) / 2, yb = (lb->y1 + lb->y2) / 2;

  return ya < yb ? -1 : ya > yb;
}

static int
compare_x (gconstpointer a,
           gconstpointer b)
{
  const Line *la = *(const Line * const *)a;
  const Line *lb = *(const Line * const *)b;

  return la->x1 < lb->x1 ? -1 : la->x1 > lb->x1;
}

/* Appends the pieces of one line of print as one line: poppler may read
 * ○林委員　賛成です。 as two blocks, the mark apart from the words. */
static void
append_visual_line (GPtrArray *group,
                    GArray    *lines)
{
  Line merged = { 0 };
  GString *text = g_string_new (NULL);
  double width_sum = 0;

  g_ptr_array_sort (group, compare_x);
  merged = *(Line *)g_ptr_array_index (group, 0);
  merged.text = NULL;
  merged.n_chars = 0;

  for (guint k = 0; k < group->len; k++)
    {
      Line *seg = g_ptr_array_index (group, k);

      if (k > 0)
        {
          const Line *prev = g_ptr_array_index (group, k - 1);

          /* A gap of a character or more was a blank in the document. */
          if (seg->x1 - prev->x2 > 0.8 * MAX (prev->cw, 1.0))
            {
              g_string_append (text, "　");
              merged.n_chars++;
            }
        }
      g_string_append (text, seg->text);
      merged.n_chars += seg->n_chars;
      merged.x1 = MIN (merged.x1, seg->x1);
      merged.x2 = MAX (merged.x2, seg->x2);
      merged.y1 = MIN (merged.y1, seg->y1);
      merged.y2 = MAX (merged.y2, seg->y2);
      width_sum += seg->cw * seg->n_chars;
      g_clear_pointer (&seg->text, g_free);
    }

  merged.cw = merged.n_chars > 0 ? width_sum / merged.n_chars : 0;
  merged.text = g_string_free (text, FALSE);
  g_array_append_val (lines, merged);
}

/* Orders the pieces of a page by their baselines, pieces of one baseline
 * that do not overlap making one line. */
static void
merge_baselines (GArray *segments,
                 GArray *lines)
{
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (segments->len);
  g_autoptr(GPtrArray) group = g_ptr_array_new ();
  double group_y = 0, group_h = 0;

  for (guint i = 0; i < segments->len; i++)
    {
      Line *seg = &g_array_index (segments, Line, i);

      if (!seg->geometry)
        {
          /* No geometry on the page: poppler's order as it is. */
          g_array_append_vals (lines, segments->data, segments->len);
          g_array_set_size (segments, 0);
          return;
        }
      g_ptr_array_add (order, seg);
    }

  g_ptr_array_sort (order, compare_y);

  for (guint i = 0; i < order->len; i++)
    {
      Line *seg = g_ptr_array_index (order, i);
      double y = (seg->y1 + seg->y2) / 2;
      double h = MAX (seg->y2 - seg->y1, 1.0);
      gboolean same = group->len > 0 && fabs (y - group_y) <= 0.5 * MIN (h, group_h);

      for (guint k = 0; same && k < group->len; k++)
        {
          const Line *other = g_ptr_array_index (group, k);

          if (seg->x1 < other->x2 && other->x1 < seg->x2)
            same = FALSE;
        }

      if (!same && group->len > 0)
        {
          append_visual_line (group, lines);
          g_ptr_array_set_size (group, 0);
        }
      if (group->len == 0)
        {
          group_y = y;
          group_h = h;
        }
      g_ptr_array_add (group, seg);
    }

  if (group->len > 0)
    append_visual_line (group, lines);
  g_array_set_size (segments, 0);
}

static void
read_page (PopplerPage *page,
           guint        index,
           GArray      *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr(GArray) segments = g_array_new (FALSE, TRUE, sizeof (Line));
  guint n_rects = 0;
  gboolean geometry;
  const char *p;
  guint i = 0;

  if (text == NULL)
    return;

  geometry = poppler_page_get_text_layout (page, &rects, &n_rects) &&
             (glong)n_rects == g_utf8_strlen (text, -1);

  p = text;
  while (*p != '\0')
    {
      Line l = { 0 };
      double width_sum = 0;
      guint n_marked = 0;
      gboolean seen = FALSE;
      gboolean after_opener = FALSE;
      const char *first = NULL, *last = NULL;

      l.x1 = l.y1 = G_MAXDOUBLE;
      l.x2 = l.y2 = -G_MAXDOUBLE;
      l.page = index;
      l.geometry = geometry;

      for (; *p != '\0' && *p != '\n'; p = g_utf8_next_char (p), i++)
        {
          gunichar c = g_utf8_get_char (p);

          if (is_blank (c) || c == '\r')
            continue;

          if (first == NULL)
            first = p;
          last = g_utf8_next_char (p);
          l.n_chars++;

          if (geometry && i < n_rects)
            {
              const PopplerRectangle *r = &rects[i];

              l.x1 = MIN (l.x1, r->x1);
              l.x2 = MAX (l.x2, r->x2);
              l.y1 = MIN (l.y1, r->y1);
              l.y2 = MAX (l.y2, r->y2);
              width_sum += fabs (r->x2 - r->x1);
              n_marked++;

              /* Continuation lines line up with the words, not the bullet. */
              if (!seen)
                {
                  seen = TRUE;
                  l.text_x = r->x1;
                  after_opener = is_line_opener (c);
                }
              else if (after_opener)
                {
                  l.text_x = r->x1;
                  after_opener = FALSE;
                }
            }
        }

      if (*p == '\n')
        {
          p++;
          i++;
        }

      if (first == NULL)
        continue;

      l.text = drop_script_gaps (first, last);
      if (n_marked > 0)
        l.cw = width_sum / n_marked;
      else
        l.geometry = FALSE;
      g_array_append_val (segments, l);
    }

  merge_baselines (segments, lines);
}

/* A page number alone: 3, - 3 -, 3/10, P.3, 3ページ, （3）. */
static gboolean
is_page_number (const char *text)
{
  guint digits = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_digit (c))
        digits++;
      else if (!is_blank (c) && g_utf8_strchr ("-－‐—–─/／()（）.．Pp頁ページ第", -1, c) == NULL)
        return FALSE;
    }

  return digits > 0 && digits <= 4;
}

/* The line with its numbers and blanks taken out, to find the same running
 * header on every page: 第3回委員会 会議録 - 3 - and … - 4 - are one. */
static char *
repeat_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_digit (c) && !is_blank (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static gboolean
in_zone (const Line *l,
         double      page_height,
         gboolean    top)
{
  if (!l->geometry || page_height <= 0)
    return TRUE;

  if (top)
    return l->y2 <= page_height * MARGIN_ZONE;
  return l->y1 >= page_height * (1 - MARGIN_ZONE);
}

/* Marks running headers and footers, and page numbers, as dropped. */
static void
drop_furniture (GArray       *lines,
                const guint  *page_first,
                const double *heights,
                guint         n_pages)
{
  g_autoptr(GHashTable) top_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) bottom_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *counts[2] = { bottom_counts, top_counts };
  guint need = MAX (2, (guint)ceil (n_pages * 0.4));

  for (int pass = 0; pass < 2; pass++)
    for (guint pg = 0; pg < n_pages; pg++)
      {
        guint a = page_first[pg], b = page_first[pg + 1];

        for (int top = 0; top < 2; top++)
          for (guint k = 0; k < ZONE_LINES && k < b - a; k++)
            {
              Line *l = &g_array_index (lines, Line, top ? a + k : b - 1 - k);
              g_autofree char *key = NULL;

              if (!in_zone (l, heights[pg], top))
                break;

              if (is_page_number (l->text))
                {
                  l->drop = TRUE;
                  continue;
                }

              key = repeat_key (l->text);
              if (key[0] == '\0')
                continue;

              if (pass == 0)
                {
                  /* Counted once per page. */
                  gpointer seen = g_hash_table_lookup (counts[top], key);
                  guint n = GPOINTER_TO_UINT (seen) & 0xffff;
                  guint last_page = GPOINTER_TO_UINT (seen) >> 16;

                  if (seen == NULL || last_page != pg + 1)
                    g_hash_table_insert (counts[top], g_steal_pointer (&key),
                                         GUINT_TO_POINTER (MIN (n + 1, 0xffff) | ((pg + 1) << 16)));
                }
              else if (n_pages >= 2 &&
                       (GPOINTER_TO_UINT (g_hash_table_lookup (counts[top], key)) & 0xffff) >= need)
                l->drop = TRUE;
            }
      }
}

typedef struct
{
  double left;
  double right;
} Block;

/* The left and right edges of the text of a page. */
static Block
page_block (GArray *lines,
            guint   a,
            guint   b)
{
  Block block = { G_MAXDOUBLE, -G_MAXDOUBLE };

  for (guint i = a; i < b; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->drop || !l->geometry)
        continue;
      block.left = MIN (block.left, l->x1);
      if (l->n_chars >= 5)
        block.right = MAX (block.right, l->x2);
    }

  return block;
}

/* Whether @b continues the paragraph whose last line is @a, broken only
 * because the line was full. @para_x is where @a's paragraph's
 * continuation lines start. */
static gboolean
continues (const Line  *a,
           const Line  *b,
           const Block *block_a,
           const Block *block_b,
           double       para_x)
{
  double cw = MAX (a->cw, 1.0);

  if (!a->geometry || !b->geometry || block_a->right < block_a->left)
    return FALSE;

  /* The line runs to the right edge of the text, give or take a character
   * moved by the line-breaking rules. */
  if (a->x2 < block_a->right - 1.5 * cw)
    return FALSE;

  if (is_line_opener (g_utf8_get_char (b->text)) || starts_numbered (b->text))
    return FALSE;

  /* An indented line starts a paragraph. */
  if (b->page != a->page)
    return b->x1 <= block_b->left + 0.6 * MAX (b->cw, 1.0);
  return b->x1 <= para_x + 0.6 * cw;
}

static char *
join_lines (GArray       *lines,
            const guint  *page_first,
            guint         n_pages)
{
  GString *out = g_string_new (NULL);
  g_autofree Block *blocks = g_new (Block, n_pages + 1);
  const Line *prev = NULL;
  double para_x = 0;

  for (guint pg = 0; pg < n_pages; pg++)
    blocks[pg] = page_block (lines, page_first[pg], page_first[pg + 1]);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);

      if (l->drop)
        continue;

      if (prev != NULL && continues (prev, l, &blocks[prev->page], &blocks[l->page], para_x))
        {
          gunichar before = out->len > 0 ? (guchar)out->str[out->len - 1] : 0;
          gunichar after = (guchar)l->text[0];

          if (before < 0x80 && after < 0x80 && g_ascii_isalnum (before) && g_ascii_isalnum (after))
            g_string_append_c (out, ' ');
          para_x = l->x1;
        }
      else
        {
          if (prev != NULL)
            g_string_append_c (out, '\n');
          /* A first line that starts with a mark continues under its words;
           * one indented as a paragraph continues at the left edge. */
          if (l->geometry && is_line_opener (g_utf8_get_char (l->text)))
            para_x = MAX (l->text_x, blocks[l->page].left);
          else
            para_x = blocks[l->page].left;
        }

      g_string_append (out, l->text);
      prev = l;
    }

  if (out->len > 0)
    g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

/**
 * rt_pdf_text_read:
 *
 * See rt-pdf-text.h.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
rt_pdf_text_read (const guint8  *data,
                  gsize          len,
                  GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GObject) doc_object = NULL;
  PopplerDocument *doc;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree guint *page_first = NULL;
  g_autofree double *heights = NULL;
  g_autofree char *text = NULL;
  int n_pages;
  gboolean any = FALSE;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len > RT_MINUTES_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (RT_MINUTES_MAX_INPUT);

      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                   _("The PDF is too large (%s); documents of up to %s can be imported."),
                   size, max);
      return NULL;
    }

  bytes = g_bytes_new_static (data, len);
  doc = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  doc_object = (GObject *)doc;
  if (doc == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCRYPTED,
                             _("The PDF is protected by a password. Open it in a PDF viewer, save a "
                               "copy without the password and try again."));
      else
        g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_DAMAGED,
                             _("The PDF is damaged or incomplete and could not be read."));
      return NULL;
    }

  n_pages = poppler_document_get_n_pages (doc);
  lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_array_set_clear_func (lines, line_clear);
  page_first = g_new0 (guint, n_pages + 1);
  heights = g_new0 (double, n_pages + 1);

  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autoptr(GObject) page_object = (GObject *)page;
      double width = 0;

      page_first[i] = lines->len;
      if (page == NULL)
        continue;
      poppler_page_get_size (page, &width, &heights[i]);
      read_page (page, i, lines);
    }
  page_first[n_pages] = lines->len;

  for (guint i = 0; i < lines->len && !any; i++)
    any = g_array_index (lines, Line, i).n_chars > 0;

  if (!any)
    {
      if (n_pages == 0)
        g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_DAMAGED,
                             _("The PDF has no pages."));
      else
        g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_NO_TEXT,
                             _("The PDF has no text, only images: it is probably a scan. Make its "
                               "text searchable with character recognition (OCR) and try again."));
      return NULL;
    }

  drop_furniture (lines, page_first, heights, n_pages);
  text = join_lines (lines, page_first, n_pages);

  if (!g_utf8_validate (text, -1, NULL))
    return g_utf8_make_valid (text, -1);

  return g_steal_pointer (&text);
}
