/* rt-docx-text.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-docx-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "rt-docx-text.h"
#include "rt-minutes.h"

#define NS_W        "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define NS_MC       "http://schemas.openxmlformats.org/markup-compatibility/2006"

#define MAIN_PART "word/document.xml"

static void
set_damaged (GError **error)
{
  g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_DAMAGED,
                       _("The Word document is damaged or incomplete: it could not be unpacked. "
                         "Open it in Word or LibreOffice, save it again and retry."));
}

static void
set_bomb (GError **error)
{
  g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSAFE,
                       _("The Word document unpacks to far more than a document holds; "
                         "it was not read, as it may be a zip bomb."));
}

static void
set_dtd (GError **error)
{
  g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSAFE,
                       _("The Word document holds a document type declaration, which Word never "
                         "writes; it was not read, as it may be an attack on the XML parser."));
}

/* Unpacks the main part, never more than the limits allow, whatever the
 * zip's directory claims. */
static char *
read_main_part (const guint8  *data,
                gsize          len,
                gsize         *out_len,
                GError       **error)
{
  zip_error_t zerror;
  zip_source_t *source;
  zip_t *archive;
  zip_file_t *file;
  zip_stat_t st;
  zip_int64_t index;
  g_autoptr(GByteArray) bytes = NULL;
  guint8 buffer[65536];
  gsize limit = RT_DOCX_TEXT_MAX_XML;

  zip_error_init (&zerror);
  source = zip_source_buffer_create (data, len, 0, &zerror);
  if (source == NULL)
    {
      zip_error_fini (&zerror);
      set_damaged (error);
      return NULL;
    }

  archive = zip_open_from_source (source, ZIP_RDONLY | ZIP_CHECKCONS, &zerror);
  if (archive == NULL)
    archive = zip_open_from_source (source, ZIP_RDONLY, &zerror);
  if (archive == NULL)
    {
      zip_source_free (source);
      zip_error_fini (&zerror);
      set_damaged (error);
      return NULL;
    }
  zip_error_fini (&zerror);

  index = zip_name_locate (archive, MAIN_PART, 0);
  if (index < 0)
    {
      zip_close (archive);
      g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED,
                           _("The zip file is not a Word document (.docx): it has no word/document.xml."));
      return NULL;
    }

  zip_stat_init (&st);
  if (zip_stat_index (archive, index, 0, &st) == 0 &&
      (st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE))
    {
      if (st.size > limit ||
          (st.size > 1024 * 1024 && st.size / MAX (st.comp_size, 1) > RT_DOCX_TEXT_MAX_RATIO))
        {
          zip_close (archive);
          set_bomb (error);
          return NULL;
        }
    }

  file = zip_fopen_index (archive, index, 0);
  if (file == NULL)
    {
      gboolean encrypted = zip_error_code_zip (zip_get_error (archive)) == ZIP_ER_NOPASSWD;

      zip_close (archive);
      if (encrypted)
        g_set_error_literal (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_ENCRYPTED,
                             _("The Word document is protected by a password. "
                               "Save it without a password and try again."));
      else
        set_damaged (error);
      return NULL;
    }

  /* The directory may lie about the size: count what really comes out. */
  bytes = g_byte_array_new ();
  for (;;)
    {
      zip_int64_t n = zip_fread (file, buffer, sizeof buffer);

      if (n < 0)
        {
          zip_fclose (file);
          zip_close (archive);
          set_damaged (error);
          return NULL;
        }
      if (n == 0)
        break;
      if (bytes->len + (gsize)n > limit ||
          (bytes->len + (gsize)n > 1024 * 1024 && (bytes->len + (gsize)n) / MAX (len, 1) > RT_DOCX_TEXT_MAX_RATIO))
        {
          zip_fclose (file);
          zip_close (archive);
          set_bomb (error);
          return NULL;
        }
      g_byte_array_append (bytes, buffer, n);
    }

  zip_fclose (file);
  zip_close (archive);

  *out_len = bytes->len;
  g_byte_array_append (bytes, (const guint8 *)"", 1);
  return (char *)g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/* Text */

typedef struct
{
  GString  *out;
  gsize     line_start;
  int       cell;          /* depth of w:tc */
  gboolean  row_cells;     /* the current row has a cell already */
  gboolean  list_item;     /* the paragraph is in a list: it starts with ・ */
  gboolean  space;         /* a blank is pending (a paragraph break in a cell) */
  int       run;           /* depth of w:r */
  int       text;          /* depth of w:t */
} Writer;

static void
end_line (Writer *w)
{
  if (w->cell > 0)
    {
      if (w->out->len > w->line_start)
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
  if (text[0] == '\0')
    return;

  if (w->space && w->out->len > w->line_start && w->out->str[w->out->len - 1] != '\t')
    g_string_append_c (w->out, ' ');
  w->space = FALSE;

  if (w->list_item)
    {
      w->list_item = FALSE;
      if (!g_str_has_prefix (text, "・"))
        g_string_append (w->out, "・");
    }

  /* Tabs and line breaks of the text itself are blanks: a line is a paragraph. */
  for (const char *p = text; *p != '\0'; p++)
    g_string_append_c (w->out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

static gboolean
is_word (const xmlChar *ns)
{
  return ns != NULL && (xmlStrEqual (ns, (const xmlChar *)NS_W) || xmlStrEqual (ns, (const xmlChar *)NS_W_STRICT));
}

static void
start_element (Writer     *w,
               const char *name)
{
  if (g_str_equal (name, "p"))
    {
      end_line (w);
      w->list_item = FALSE;
    }
  else if (g_str_equal (name, "numPr"))
    w->list_item = TRUE;
  else if (g_str_equal (name, "tr"))
    {
      end_line (w);
      if (w->cell == 0)
        w->row_cells = FALSE;
    }
  else if (g_str_equal (name, "tc"))
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
      else
        w->space = TRUE;
      w->cell++;
    }
  else if (g_str_equal (name, "r"))
    w->run++;
  else if (g_str_equal (name, "t"))
    w->text++;
  else if (w->run > 0 && (g_str_equal (name, "tab") || g_str_equal (name, "ptab")))
    w->space = TRUE;
  else if (w->run > 0 && (g_str_equal (name, "br") || g_str_equal (name, "cr")))
    {
      gboolean list_item = w->list_item;

      end_line (w);
      w->list_item = list_item && w->out->len == w->line_start;
    }
  else if (w->run > 0 && g_str_equal (name, "noBreakHyphen"))
    write_text (w, "-");
}

static void
end_element (Writer     *w,
             const char *name)
{
  if (g_str_equal (name, "p"))
    {
      end_line (w);
      w->list_item = FALSE;
    }
  else if (g_str_equal (name, "tc"))
    w->cell = MAX (w->cell - 1, 0);
  else if (g_str_equal (name, "tr"))
    end_line (w);
  else if (g_str_equal (name, "r"))
    w->run = MAX (w->run - 1, 0);
  else if (g_str_equal (name, "t"))
    w->text = MAX (w->text - 1, 0);
}

/* Streams the main part: no tree is built, whatever its size. */
static char *
read_body (const char  *xml,
           gsize        len,
           GError     **error)
{
  xmlTextReaderPtr reader;
  Writer w = { 0 };
  int ret;

  if (len > G_MAXINT)
    {
      set_bomb (error);
      return NULL;
    }

  /* Word never writes a DTD; one here could only be an entity attack. */
  if (g_strstr_len (xml, len, "<!DOCTYPE") != NULL || g_strstr_len (xml, len, "<!ENTITY") != NULL)
    {
      set_dtd (error);
      return NULL;
    }

  /* No network, no DTD, no entity substitution. */
  reader = xmlReaderForMemory (xml, (int)len, MAIN_PART, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (reader == NULL)
    {
      set_damaged (error);
      return NULL;
    }

  w.out = g_string_sized_new (len / 8 + 64);

  for (gboolean advance = TRUE;;)
    {
      int type;
      const xmlChar *ns;
      const char *name;

      if (advance)
        ret = xmlTextReaderRead (reader);
      advance = TRUE;
      if (ret != 1)
        break;

      type = xmlTextReaderNodeType (reader);
      ns = xmlTextReaderConstNamespaceUri (reader);
      name = (const char *)xmlTextReaderConstLocalName (reader);

      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          /* The fallback of a text box repeats its text in VML; deleted
           * text and field codes are not the document. */
          if (((ns != NULL && xmlStrEqual (ns, (const xmlChar *)NS_MC) && g_str_equal (name, "Fallback")) ||
               (is_word (ns) && (g_str_equal (name, "del") || g_str_equal (name, "moveFrom") ||
                                 g_str_equal (name, "instrText") || g_str_equal (name, "delText")))))
            {
              if (!xmlTextReaderIsEmptyElement (reader))
                {
                  ret = xmlTextReaderNext (reader);
                  advance = FALSE;
                }
              break;
            }
          if (is_word (ns))
            {
              start_element (&w, name);
              if (xmlTextReaderIsEmptyElement (reader))
                end_element (&w, name);
            }
          break;

        case XML_READER_TYPE_END_ELEMENT:
          if (is_word (ns))
            end_element (&w, name);
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        case XML_READER_TYPE_CDATA:
          if (w.text > 0)
            write_text (&w, (const char *)xmlTextReaderConstValue (reader));
          break;

        case XML_READER_TYPE_DOCUMENT_TYPE:
        case XML_READER_TYPE_ENTITY:
        case XML_READER_TYPE_ENTITY_REFERENCE:
          xmlFreeTextReader (reader);
          g_string_free (w.out, TRUE);
          set_dtd (error);
          return NULL;

        default:
          break;
        }
    }

  xmlFreeTextReader (reader);

  if (ret != 0)
    {
      g_string_free (w.out, TRUE);
      set_damaged (error);
      return NULL;
    }

  w.cell = 0;
  end_line (&w);

  if (!g_utf8_validate_len (w.out->str, w.out->len, NULL))
    {
      char *valid = g_utf8_make_valid (w.out->str, w.out->len);

      g_string_free (w.out, TRUE);
      return valid;
    }

  return g_string_free (w.out, FALSE);
}

/**
 * rt_docx_text_read:
 *
 * See rt-docx-text.h.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
rt_docx_text_read (const guint8  *data,
                   gsize          len,
                   GError       **error)
{
  g_autofree char *xml = NULL;
  gsize xml_len = 0;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (len > RT_MINUTES_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (RT_MINUTES_MAX_INPUT);

      g_set_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_TOO_LARGE,
                   _("The Word document is too large (%s); documents of up to %s can be imported."),
                   size, max);
      return NULL;
    }

  if (!(xml = read_main_part (data, len, &xml_len, error)))
    return NULL;

  return read_body (xml, xml_len, error);
}
