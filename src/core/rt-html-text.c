/* rt-html-text.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-html-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "rt-html-text.h"
#include "rt-minutes-format.h"
#include "rt-minutes.h"

/* Charset */

static const struct {
  const char *name;
  const char *iconv;
} charset_names[] = {
  { "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
  { "x-sjis", "CP932" }, { "windows-31j", "CP932" }, { "cp932", "CP932" },
  { "ms932", "CP932" }, { "ms_kanji", "CP932" }, { "csshiftjis", "CP932" },
  { "euc-jp", "EUC-JP" }, { "x-euc-jp", "EUC-JP" }, { "eucjp", "EUC-JP" },
  { "iso-2022-jp", "ISO-2022-JP" }, { "csiso2022jp", "ISO-2022-JP" },
  { "utf-8", "UTF-8" }, { "utf8", "UTF-8" },
};

/* The charset a <meta> of the first kilobytes declares, for iconv, or NULL. */
static char *
declared_charset (const char *data,
                  gsize       len)
{
  const char *p = data;
  const char *e = data + MIN (len, 8192);
  static const char key[] = "charset";

  for (; p + sizeof key < e; p++)
    {
      const char *q;
      char name[40];
      gsize n = 0;

      if (g_ascii_strncasecmp (p, key, sizeof key - 1) != 0)
        continue;

      q = p + sizeof key - 1;
      while (q < e && (*q == ' ' || *q == '\t'))
        q++;
      if (q >= e || *q != '=')
        continue;
      q++;
      while (q < e && (*q == ' ' || *q == '"' || *q == '\''))
        q++;
      while (q < e && n + 1 < sizeof name && (g_ascii_isalnum (*q) || *q == '-' || *q == '_' || *q == ':' || *q == '.'))
        name[n++] = g_ascii_tolower (*q++);
      name[n] = '\0';
      if (n == 0)
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (charset_names); i++)
        if (g_str_equal (name, charset_names[i].name))
          return g_strdup (charset_names[i].iconv);

      return g_ascii_strup (name, -1);
    }

  return NULL;
}

/* The page as UTF-8: by its BOM, by its <meta>, else UTF-8 when the bytes
 * are valid UTF-8, else the Japanese encoding that converts them best. */
static char *
page_to_utf8 (const guint8 *data,
              gsize         len)
{
  g_autofree char *charset = NULL;
  const char *bytes = (const char *)data;
  static const char * const guesses[] = { "CP932", "EUC-JP" };
  char *best = NULL;
  guint best_bad = G_MAXUINT;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    return rt_minutes_convert_lossy (bytes + 3, len - 3, "UTF-8", NULL);
  if (len >= 2 && data[0] == 0xff && data[1] == 0xfe)
    return rt_minutes_convert_lossy (bytes + 2, len - 2, "UTF-16LE", NULL);
  if (len >= 2 && data[0] == 0xfe && data[1] == 0xff)
    return rt_minutes_convert_lossy (bytes + 2, len - 2, "UTF-16BE", NULL);

  charset = declared_charset (bytes, len);
  if (charset != NULL)
    {
      guint bad = 0;
      char *out;

      /* A page declared UTF-8 that is not: its real encoding is a guess. */
      if (!g_str_equal (charset, "UTF-8") || g_utf8_validate_len (bytes, len, NULL))
        {
          out = rt_minutes_convert_lossy (bytes, len, charset, &bad);
          if (out != NULL && bad == 0)
            return out;
          if (out != NULL)
            {
              best = out;
              best_bad = bad;
            }
        }
    }

  if (g_utf8_validate_len (bytes, len, NULL))
    {
      g_free (best);
      return g_strndup (bytes, len);
    }

  for (guint i = 0; i < G_N_ELEMENTS (guesses) && best_bad > 0; i++)
    {
      guint bad = 0;
      char *out = rt_minutes_convert_lossy (bytes, len, guesses[i], &bad);

      if (out != NULL && bad < best_bad)
        {
          g_free (best);
          best = out;
          best_bad = bad;
        }
      else
        g_free (out);
    }

  if (best == NULL)
    best = g_utf8_make_valid (bytes, len);

  return best;
}

/* Text */

typedef struct
{
  GString  *out;
  gsize     line_start;   /* where the current line starts in out */
  gboolean  space;        /* a blank is pending before the next word */
  int       pre;          /* depth of <pre> */
  int       cell;         /* depth of <td>/<th> */
  gboolean  row_cells;    /* the current row has a cell already */
} Writer;

static gboolean
name_is (const xmlNode *node,
         const char    *name)
{
  return node->name != NULL && g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

static gboolean
name_in (const xmlNode      *node,
         const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (name_is (node, names[i]))
      return TRUE;

  return FALSE;
}

static const char * const skipped[] = {
  "script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe",
  "object", "embed", "canvas", "select", "option", "button", "textarea", "input",
  "nav", "map", "audio", "video", NULL,
};

static const char * const blocks[] = {
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
  "table", "thead", "tbody", "tfoot", "tr", "caption", "section", "article", "aside",
  "header", "footer", "main", "blockquote", "pre", "address", "hr", "form", "fieldset",
  "legend", "figure", "figcaption", "center", "details", "summary", "body", "html", NULL,
};

static gboolean
is_hidden (const xmlNode *node)
{
  g_autofree xmlChar *style = NULL;
  g_autofree char *compact = NULL;
  gsize j = 0;

  if (xmlHasProp ((xmlNode *)node, (const xmlChar *)"hidden") != NULL)
    return TRUE;

  style = xmlGetProp ((xmlNode *)node, (const xmlChar *)"style");
  if (style == NULL)
    return FALSE;

  compact = g_ascii_strdown ((const char *)style, -1);
  for (gsize i = 0; compact[i] != '\0'; i++)
    if (compact[i] != ' ')
      compact[j++] = compact[i];
  compact[j] = '\0';

  return strstr (compact, "display:none") != NULL || strstr (compact, "visibility:hidden") != NULL;
}

static gboolean
is_skipped (const xmlNode *node)
{
  return node->type == XML_ELEMENT_NODE && (name_in (node, skipped) || is_hidden (node));
}

static void
end_line (Writer *w)
{
  /* Inside a cell, a paragraph break is a blank: the row stays one line. */
  if (w->cell > 0)
    {
      w->space = TRUE;
      return;
    }

  while (w->out->len > w->line_start && w->out->str[w->out->len - 1] == ' ')
    g_string_truncate (w->out, w->out->len - 1);

  if (w->out->len > w->line_start)
    {
      g_string_append_c (w->out, '\n');
      w->line_start = w->out->len;
    }
  w->space = FALSE;
}

static void
write_text (Writer     *w,
            const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      char c = *p;

      if (w->pre > 0 && w->cell == 0 && (c == '\n' || c == '\r'))
        {
          if (c == '\r' && p[1] == '\n')
            p++;
          /* Blank lines of a <pre> stay. */
          g_string_append_c (w->out, '\n');
          w->line_start = w->out->len;
          w->space = FALSE;
          continue;
        }

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          if (w->pre > 0 && c != '\n' && c != '\r')
            g_string_append_c (w->out, c == '\t' ? ' ' : c);
          else
            w->space = TRUE;
          continue;
        }

      if (w->space && w->out->len > w->line_start &&
          w->out->str[w->out->len - 1] != '\t')
        g_string_append_c (w->out, ' ');
      w->space = FALSE;
      g_string_append_c (w->out, c);
    }
}

static guint
list_index (const xmlNode *li)
{
  guint n = 1;

  for (const xmlNode *s = li->prev; s != NULL; s = s->prev)
    if (s->type == XML_ELEMENT_NODE && name_is (s, "li"))
      n++;

  return n;
}

static void
enter_element (Writer        *w,
               const xmlNode *node)
{
  if (name_is (node, "br"))
    {
      end_line (w);
      return;
    }

  if (name_is (node, "td") || name_is (node, "th"))
    {
      if (w->cell == 0)
        {
          while (w->out->len > w->line_start && w->out->str[w->out->len - 1] == ' ')
            g_string_truncate (w->out, w->out->len - 1);
          if (w->row_cells)
            g_string_append_c (w->out, '\t');
          w->row_cells = TRUE;
          w->space = FALSE;
        }
      w->cell++;
      return;
    }

  if (name_is (node, "tr"))
    {
      end_line (w);
      if (w->cell == 0)
        w->row_cells = FALSE;
      return;
    }

  if (name_in (node, blocks))
    end_line (w);

  if (name_is (node, "pre"))
    w->pre++;

  if (name_is (node, "li") && w->cell == 0)
    {
      if (node->parent != NULL && name_is (node->parent, "ol"))
        g_string_append_printf (w->out, "%u. ", list_index (node));
      else
        g_string_append (w->out, "・");
    }
}

static void
leave_element (Writer        *w,
               const xmlNode *node)
{
  if (name_is (node, "td") || name_is (node, "th"))
    {
      w->cell--;
      return;
    }

  if (name_is (node, "tr"))
    {
      end_line (w);
      return;
    }

  if (name_is (node, "pre"))
    w->pre--;

  if (name_in (node, blocks))
    end_line (w);
}

/* The node to read: <main> (or role="main") when the page has one, which
 * leaves out the site's menus and footers; else the whole page. */
static xmlNode *
find_main (xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          g_autofree xmlChar *role = xmlGetProp (node, (const xmlChar *)"role");

          if (name_is (node, "main") || (role != NULL && g_ascii_strcasecmp ((const char *)role, "main") == 0))
            return node;
        }

      if (node->children != NULL && !is_skipped (node))
        {
          node = node->children;
          continue;
        }
      while (node != NULL && node != root && node->next == NULL)
        node = node->parent;
      if (node == NULL || node == root)
        break;
      node = node->next;
    }

  return root;
}

/* Walks the tree without recursion: a page may nest thousands deep. */
static void
write_tree (Writer  *w,
            xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      gboolean descend = FALSE;

      switch (node->type)
        {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          if (node->content != NULL)
            write_text (w, (const char *)node->content);
          break;

        case XML_ELEMENT_NODE:
          if (!is_skipped (node))
            {
              enter_element (w, node);
              descend = TRUE;
            }
          break;

        case XML_DOCUMENT_NODE:
        case XML_HTML_DOCUMENT_NODE:
          descend = TRUE;
          break;

        case XML_ATTRIBUTE_NODE:
        case XML_ENTITY_REF_NODE:
        case XML_ENTITY_NODE:
        case XML_PI_NODE:
        case XML_COMMENT_NODE:
        case XML_DOCUMENT_TYPE_NODE:
        case XML_DOCUMENT_FRAG_NODE:
        case XML_NOTATION_NODE:
        case XML_DTD_NODE:
        case XML_ELEMENT_DECL:
        case XML_ATTRIBUTE_DECL:
        case XML_ENTITY_DECL:
        case XML_NAMESPACE_DECL:
        case XML_XINCLUDE_START:
        case XML_XINCLUDE_END:
#ifdef LIBXML_DOCB_ENABLED
        case XML_DOCB_DOCUMENT_NODE:
#endif
        default:
          break;
        }

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }

      /* Leave this node, then every parent whose last child it was. */
      for (;;)
        {
          if (node->type == XML_ELEMENT_NODE && !is_skipped (node))
            leave_element (w, node);
          if (node == root)
            {
              node = NULL;
              break;
            }
          if (node->next != NULL)
            {
              node = node->next;
              break;
            }
          node = node->parent;
          if (node == NULL)
            break;
        }
    }

  end_line (w);
}

/**
 * rt_html_text_read:
 *
 * See rt-html-text.h.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
rt_html_text_read (const guint8  *data,
                   gsize          len,
                   GError       **error)
{
  g_autofree char *utf8 = NULL;
  htmlDocPtr doc;
  xmlNode *root;
  Writer w = { 0 };
  gsize n;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len > RT_HTML_TEXT_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (RT_HTML_TEXT_MAX_INPUT);

      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                   _("The web page is too large (%s); pages of up to %s can be imported."),
                   size, max);
      return NULL;
    }

  utf8 = page_to_utf8 (data, len);
  n = strlen (utf8);
  if (n > G_MAXINT)
    n = G_MAXINT;

  /* An empty page has no text: not an error, the caller tells it. */
  {
    gboolean blank = TRUE;

    for (gsize i = 0; i < n && blank; i++)
      blank = g_ascii_isspace (utf8[i]);
    if (blank)
      return g_strdup ("");
  }

  /* No network, no external entities; the encoding is ours, not the page's. */
  doc = htmlReadMemory (utf8, (int)n, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC);
  if (doc == NULL)
    {
      g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_DAMAGED,
                           _("The web page could not be read: it is empty or damaged."));
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  w.out = g_string_sized_new (n / 2 + 64);
  if (root != NULL)
    write_tree (&w, find_main (root));
  xmlFreeDoc (doc);

  return g_string_free (w.out, FALSE);
}
