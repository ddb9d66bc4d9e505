/* rt-docx.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-docx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rt-docx.h"
#include "rt-zip.h"

/* The Word writer. The parts of the package are written as text with careful
 * escaping (characters XML 1.0 cannot hold are left out), zipped in memory
 * and written in one step, so a failed or cancelled export leaves nothing
 * behind. The page geometry follows the page writer's (rt-doc-pages.c): the
 * same paper and margins, the header in the top margin, the body between the
 * margins, the page number in the footer; line spacing is set as a multiple
 * of the font's own line height, as Pango's is, so that with the same fonts
 * a page holds about what the PDF's does.
 *
 * Fonts: 游明朝 for the text, 游ゴシック for headings and the table heads,
 * as Japanese Word documents have them; each font in the font table names
 * its fallbacks (ＭＳ 明朝 / ＭＳ ゴシック, then Noto) for a machine that
 * lacks it.
 */

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_BASE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

#define MINCHO "游明朝"
#define GOTHIC "游ゴシック"

#define BODY_SIZE 10.5
#define NOTE_SIZE 9.0
#define TABLE_SIZE 8.5
/* Word spaces every line of a paragraph by the multiple, Pango only the gaps
 * between lines (and the page writer adds a little after a paragraph): these
 * multiples make paragraphs of two to four lines, and table cells of one to
 * three, about as tall as on the PDF's pages; headings, of one line, are
 * single-spaced for the same reason. */
#define LINE_SPACING 1.4
#define TABLE_LINE_SPACING 1.1
/* The line height of a CJK font as a multiple of its size (Noto CJK: 1.448). */
#define FONT_LINE_HEIGHT 1.45

typedef struct
{
  RtDoc        *doc;
  GString      *body;
  RtZipWriter  *zip;
  GString      *rels;
  guint         n_sections;
  guint         n_images;
  double        space_before;
  const RtDocBlock *section;  /* the section being written, or NULL */
  guint         section_start; /* its first block */
} Writer;

static int
twips (double points)
{
  return (int)lround (points * 20);
}

/* Appends @text escaped for XML, without the characters XML 1.0 forbids. */
static void
append_escaped (GString    *s,
                const char *text,
                gssize      length)
{
  const char *p = text, *end;

  if (text == NULL)
    return;
  end = length < 0 ? text + strlen (text) : text + length;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);

      switch (c)
        {
        case '&':
          g_string_append (s, "&amp;");
          break;
        case '<':
          g_string_append (s, "&lt;");
          break;
        case '>':
          g_string_append (s, "&gt;");
          break;
        case '"':
          g_string_append (s, "&quot;");
          break;
        default:
          if ((c >= 0x20 && c <= 0xD7FF) || c == '\t' || c == '\n' || c == '\r' ||
              (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
            g_string_append_len (s, p, next - p);
          break;
        }
      p = next;
    }
}

static void
append_text_element (GString    *s,
                     const char *text,
                     gssize      length)
{
  g_string_append (s, "<w:t xml:space=\"preserve\">");
  append_escaped (s, text, length);
  g_string_append (s, "</w:t>");
}

static void
append_size (GString *s,
             double   size)
{
  int half_points = (int)lround (size * 2);

  g_string_append_printf (s, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", half_points, half_points);
}

/* A run: its text cut at line breaks and tabs. */
static void
write_run (GString        *s,
           const RtDocRun *run,
           double          para_size,
           double          style_size)
{
  double size = (run->flags & RT_DOC_RUN_SMALL) ? para_size / 1.2 : para_size;
  const char *p = run->text;

  g_string_append (s, "<w:r>");
  if ((run->flags & (RT_DOC_RUN_SPEAKER | RT_DOC_RUN_BOLD)) || fabs (size - style_size) > 0.01)
    {
      g_string_append (s, "<w:rPr>");
      if (run->flags & RT_DOC_RUN_SPEAKER)
        g_string_append (s, "<w:rStyle w:val=\"RtSpeaker\"/>");
      if (run->flags & RT_DOC_RUN_BOLD)
        g_string_append (s, "<w:b/><w:bCs/>");
      if (fabs (size - style_size) > 0.01)
        append_size (s, size);
      g_string_append (s, "</w:rPr>");
    }

  while (*p != '\0')
    {
      gsize n = strcspn (p, "\n\t");

      if (n > 0)
        append_text_element (s, p, n);
      p += n;
      if (*p == '\n')
        g_string_append (s, "<w:br/>");
      else if (*p == '\t')
        g_string_append (s, "<w:tab/>");
      if (*p != '\0')
        p++;
    }

  g_string_append (s, "</w:r>");
}

typedef struct
{
  const char *style;
  double      style_size;
  const char *jc;            /* NULL: the style's */
  double      space_before;  /* points, 0: the style's */
  double      indent;        /* points, for list items: the hanging mark's width */
  gboolean    list;
} ParaFormat;

static void
write_para (GString          *s,
            const RtDocPara  *para,
            const ParaFormat *format)
{
  gboolean mark_as_text = para->bullet != NULL && !format->list;

  g_string_append_printf (s, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/>", format->style);
  if (format->space_before > 0)
    g_string_append_printf (s, "<w:spacing w:before=\"%d\"/>", twips (format->space_before));
  if (format->list)
    g_string_append_printf (s, "<w:ind w:left=\"%d\" w:hanging=\"%d\"/>",
                            twips (para->indent + para->font_size), twips (para->font_size));
  else if (!format->list && para->indent > 0)
    g_string_append_printf (s, "<w:ind w:left=\"%d\"/>", twips (para->indent));
  if (format->jc != NULL)
    g_string_append_printf (s, "<w:jc w:val=\"%s\"/>", format->jc);
  g_string_append (s, "</w:pPr>");

  if (mark_as_text)
    {
      RtDocRun mark = { para->bullet, 0 };

      write_run (s, &mark, para->font_size, format->style_size);
    }
  for (guint i = 0; i < para->runs->len; i++)
    write_run (s, &g_array_index (para->runs, RtDocRun, i), para->font_size, format->style_size);

  g_string_append (s, "</w:p>");
}

static gboolean
is_list_mark (const char *bullet)
{
  return g_strcmp0 (bullet, "・") == 0;
}

static void
write_body_para (Writer          *w,
                 const RtDocPara *para)
{
  ParaFormat format = { 0, };

  format.list = is_list_mark (para->bullet);
  if (para->style == RT_DOC_PARA_NOTE)
    {
      format.style = "RtNote";
      format.style_size = NOTE_SIZE;
    }
  else
    {
      format.style = format.list ? "ListBullet" : "BodyText";
      format.style_size = BODY_SIZE;
    }
  format.space_before = w->space_before;
  w->space_before = 0;

  write_para (w->body, para, &format);
}

static void
write_heading (Writer     *w,
               int         level,
               const char *text)
{
  g_string_append_printf (w->body, "<w:p><w:pPr><w:pStyle w:val=\"Heading%d\"/></w:pPr><w:r>", level);
  append_text_element (w->body, text, -1);
  g_string_append (w->body, "</w:r></w:p>");
  w->space_before = 0;
}

/* Tables */

static const char *
align_jc (RtDocAlign align)
{
  switch (align)
    {
    case RT_DOC_ALIGN_CENTER:
      return "center";
    case RT_DOC_ALIGN_RIGHT:
      return "right";
    case RT_DOC_ALIGN_LEFT:
    default:
      return NULL;
    }
}

static void
write_table (Writer           *w,
             const RtDocTable *table)
{
  GString *s = w->body;
  double total = 0;

  for (guint i = 0; i < table->n_cols; i++)
    total += table->widths[i];

  g_string_append (s, "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>");
  g_string_append_printf (s, "<w:tblW w:w=\"%d\" w:type=\"dxa\"/>", twips (total));
  g_string_append (s, "<w:tblLayout w:type=\"fixed\"/>"
                      "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\""
                      " w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
  for (guint i = 0; i < table->n_cols; i++)
    g_string_append_printf (s, "<w:gridCol w:w=\"%d\"/>", twips (table->widths[i]));
  g_string_append (s, "</w:tblGrid>");

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = table->rows->pdata[r];
      gboolean header = r < table->n_header_rows;
      guint col = 0;

      g_string_append (s, "<w:tr>");
      if (header)
        g_string_append (s, "<w:trPr><w:tblHeader/></w:trPr>");

      for (guint c = 0; c < row->len && col < table->n_cols; c++)
        {
          const RtDocCell *cell = row->pdata[c];
          guint span = MIN (cell->span, table->n_cols - col);
          double width = 0;

          for (guint k = 0; k < span; k++)
            width += table->widths[col + k];

          g_string_append_printf (s, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", twips (width));
          if (span > 1)
            g_string_append_printf (s, "<w:gridSpan w:val=\"%u\"/>", span);
          if (header)
            g_string_append (s, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E0E0E0\"/>");
          g_string_append (s, "</w:tcPr>");

          for (guint p = 0; p < cell->paras->len; p++)
            {
              const RtDocPara *para = cell->paras->pdata[p];
              ParaFormat format = { 0, };

              format.list = !header && is_list_mark (para->bullet);
              format.style = header ? "RtTableHeading" : format.list ? "RtTableBullet" : "RtTableText";
              format.style_size = TABLE_SIZE;
              format.jc = header ? NULL : align_jc (table->align[col]);
              write_para (s, para, &format);
            }
          /* A cell holds at least one paragraph. */
          if (cell->paras->len == 0)
            g_string_append_printf (s, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/></w:pPr></w:p>",
                                    header ? "RtTableHeading" : "RtTableText");

          g_string_append (s, "</w:tc>");
          col += span;
        }

      /* Word wants every row to fill the grid. */
      for (; col < table->n_cols; col++)
        g_string_append_printf (s, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>"
                                   "<w:p><w:pPr><w:pStyle w:val=\"RtTableText\"/></w:pPr></w:p></w:tc>",
                                twips (table->widths[col]));

      g_string_append (s, "</w:tr>");
    }

  /* Two tables in a row would merge into one: a small paragraph after each. */
  g_string_append (s, "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"RtSpacer\"/></w:pPr></w:p>");
  w->space_before = 0;
}

/* Images */

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* How tall the blocks of the current section before @index are, roughly:
 * for an image that takes the rest of its page. */
static double
estimate_section_height (Writer *w,
                         guint   index)
{
  double width = rt_doc_get_text_width (w->doc);
  double height = 0;

  for (guint i = w->section_start; i < index; i++)
    {
      const RtDocBlock *block = w->doc->blocks->pdata[i];

      switch (block->kind)
        {
        case RT_DOC_BLOCK_SECTION:
          height += 14 * LINE_SPACING * FONT_LINE_HEIGHT + 14;
          break;
        case RT_DOC_BLOCK_HEADING:
          height += 12 * LINE_SPACING * FONT_LINE_HEIGHT + 14;
          break;
        case RT_DOC_BLOCK_SPACE:
          height += block->space;
          break;
        case RT_DOC_BLOCK_PARAGRAPH:
          {
            g_autofree char *text = rt_doc_para_get_text (block->para);
            double ems = 0;
            guint lines;

            for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
              ems += g_unichar_iswide (g_utf8_get_char (p)) ? 1.0 : 0.55;
            lines = MAX (1, (guint)ceil (ems * block->para->font_size / (width - block->para->indent)));
            height += lines * block->para->font_size * LINE_SPACING * FONT_LINE_HEIGHT + block->para->font_size * 0.35;
          }
          break;
        case RT_DOC_BLOCK_TABLE:
          height += block->table->rows->len * block->table->font_size * 3;
          break;
        case RT_DOC_BLOCK_IMAGE:
        case RT_DOC_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  return height;
}

static double
body_height (Writer *w)
{
  /* The header takes the label and the committee line above the text. */
  return w->doc->page_height - 2 * w->doc->margin - 46;
}

static gboolean
write_image (Writer            *w,
             const RtDocImage  *image,
             guint              index,
             GError           **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  double width = rt_doc_get_text_width (w->doc), height;
  double scale = RT_DOCX_IMAGE_DPI / 72.0;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int px_width, px_height;
  gint64 cx, cy;
  guint n;

  if (image->height <= 0)
    {
      height = body_height (w) - estimate_section_height (w, index) - image->bottom_gap;
      height = MAX (height * 0.92, 72);
    }
  else
    {
      if (image->width > 0 && image->width < width)
        width = image->width;
      height = image->height * width / (image->width > 0 ? image->width : width);
      if (height > body_height (w))
        {
          width *= body_height (w) / height;
          height = body_height (w);
        }
    }

  scale = MIN (scale, 5000.0 / MAX (width, height));
  px_width = MAX (1, (int)ceil (width * scale));
  px_height = MAX (1, (int)ceil (height * scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, px_width, px_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  image->paint (image->user_data, cr, width, height);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw an image for Word: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  n = ++w->n_images;
  name = g_strdup_printf ("word/media/image%u.png", n);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  rt_zip_writer_add (w->zip, name, bytes, FALSE);
  g_string_append_printf (w->rels,
                          "<Relationship Id=\"rIdImage%u\" Type=\"" REL_BASE "image\" Target=\"media/image%u.png\"/>",
                          n, n);

  cx = (gint64)llround (width * 12700);
  cy = (gint64)llround (height * 12700);
  g_string_append (w->body, "<w:p><w:pPr><w:pStyle w:val=\"RtFigure\"/></w:pPr><w:r><w:drawing>");
  g_string_append_printf (w->body,
                          "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                          "<wp:extent cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/>"
                          "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                          "<wp:docPr id=\"%u\" name=\"Picture %u\" descr=\"",
                          cx, cy, n, n);
  append_escaped (w->body, image->description, -1);
  g_string_append_printf (w->body,
                          "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                          "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                          "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"%u\" name=\"image%u.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                          "<pic:blipFill><a:blip r:embed=\"rIdImage%u\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                          "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                          "<a:ext cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/></a:xfrm>"
                          "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                          "</a:graphicData></a:graphic></wp:inline>",
                          n, n, n, cx, cy);
  g_string_append (w->body, "</w:drawing></w:r></w:p>");
  w->space_before = 0;

  return TRUE;
}

/* Sections, headers and footers */

static void
add_header_part (Writer     *w,
                 guint       n,
                 const char *label)
{
  GString *s = g_string_new (XML_DECL "<w:hdr xmlns:w=\"" NS_W "\" xmlns:r=\"" NS_R "\">");
  g_autofree char *name = g_strdup_printf ("word/header%u.xml", n);

  if (label != NULL && label[0] != '\0')
    {
      g_string_append (s, "<w:p><w:pPr><w:pStyle w:val=\"RtLabel\"/></w:pPr><w:r>");
      g_string_append (s, "<w:t>【");
      append_escaped (s, label, -1);
      g_string_append (s, "】</w:t></w:r></w:p>");
    }

  g_string_append_printf (s, "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:tabs><w:tab w:val=\"clear\" w:pos=\"4252\"/>"
                             "<w:tab w:val=\"clear\" w:pos=\"8504\"/><w:tab w:val=\"right\" w:pos=\"%d\"/></w:tabs></w:pPr><w:r>",
                          twips (rt_doc_get_text_width (w->doc)));
  append_text_element (s, w->doc->header_left, -1);
  g_string_append (s, "<w:tab/>");
  append_text_element (s, w->doc->header_right, -1);
  g_string_append (s, "</w:r></w:p></w:hdr>");

  rt_zip_writer_add_string (w->zip, name, s);
  g_string_append_printf (w->rels,
                          "<Relationship Id=\"rIdHeader%u\" Type=\"" REL_BASE "header\" Target=\"header%u.xml\"/>",
                          n, n);
}

static void
add_footer_part (Writer *w)
{
  GString *s = g_string_new (XML_DECL "<w:ftr xmlns:w=\"" NS_W "\" xmlns:r=\"" NS_R "\">"
                             "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
                             "<w:r><w:t xml:space=\"preserve\">- </w:t></w:r>"
                             "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                             "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                             "<w:r><w:t>1</w:t></w:r>"
                             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                             "<w:r><w:t xml:space=\"preserve\"> -</w:t></w:r></w:p></w:ftr>");

  rt_zip_writer_add_string (w->zip, "word/footer1.xml", s);
  g_string_append (w->rels, "<Relationship Id=\"rIdFooter1\" Type=\"" REL_BASE "footer\" Target=\"footer1.xml\"/>");
}

/* The properties of section @n: as the page writer, the header starts at the
 * margin and the text below it; pages are numbered from 1 in each section. */
static void
append_section_properties (Writer *w,
                           GString *s,
                           guint    n,
                           gboolean labelled)
{
  RtDoc *doc = w->doc;
  gboolean landscape = doc->page_width > doc->page_height;
  double top = doc->margin + (labelled ? 46 : 27);
  double footer = MAX (doc->margin - 23, 8);

  g_string_append_printf (s, "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader%u\"/>"
                             "<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"
                             "<w:type w:val=\"nextPage\"/>", n);
  g_string_append_printf (s, "<w:pgSz w:w=\"%d\" w:h=\"%d\"%s/>", twips (doc->page_width), twips (doc->page_height),
                          landscape ? " w:orient=\"landscape\"" : "");
  g_string_append_printf (s, "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\""
                             " w:header=\"%d\" w:footer=\"%d\" w:gutter=\"0\"/>",
                          twips (top), twips (doc->margin), twips (doc->margin), twips (doc->margin),
                          twips (doc->margin), twips (footer));
  g_string_append (s, "<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/></w:sectPr>");
}

/* Ends the current section: in WordprocessingML a section's properties sit
 * in its last paragraph, here a tiny empty one. */
static void
end_section (Writer   *w,
             gboolean  last)
{
  gboolean labelled = w->section != NULL && w->section->label[0] != '\0';

  if (w->n_sections == 0)
    return;

  if (last)
    {
      append_section_properties (w, w->body, w->n_sections, labelled);
      return;
    }

  g_string_append (w->body, "<w:p><w:pPr><w:pStyle w:val=\"RtSpacer\"/>");
  append_section_properties (w, w->body, w->n_sections, labelled);
  g_string_append (w->body, "</w:pPr></w:p>");
}

static void
begin_section (Writer           *w,
               const RtDocBlock *block,
               guint             index)
{
  end_section (w, FALSE);

  w->n_sections++;
  w->section = block;
  w->section_start = index;
  w->space_before = 0;
  add_header_part (w, w->n_sections, block ? block->label : "");

  if (block != NULL)
    write_heading (w, 1, block->text);
}

/* The fixed parts */

static GString *
content_types (Writer *w)
{
  GString *s = g_string_new (XML_DECL
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");

  for (guint i = 1; i <= w->n_sections; i++)
    g_string_append_printf (s, "<Override PartName=\"/word/header%u.xml\" ContentType=\""
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>", i);
  g_string_append (s, "</Types>");
  return s;
}

static GString *
package_rels (void)
{
  return g_string_new (XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_BASE "officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_BASE "extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>");
}

static GString *
core_properties (RtDoc *doc)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  GString *s = g_string_new (XML_DECL
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>");

  append_escaped (s, doc->title, -1);
  g_string_append (s, "</dc:title><dc:creator>");
  append_escaped (s, doc->author, -1);
  g_string_append (s, "</dc:creator><cp:lastModifiedBy>");
  append_escaped (s, doc->author, -1);
  g_string_append_printf (s, "</cp:lastModifiedBy><dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                             "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified></cp:coreProperties>",
                          date, date);
  return s;
}

static GString *
app_properties (void)
{
  return g_string_new (XML_DECL
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>Ronten " PACKAGE_VERSION "</Application></Properties>");
}

static GString *
settings (void)
{
  return g_string_new (XML_DECL
    "<w:settings xmlns:w=\"" NS_W "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"840\"/>"
    "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
    "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"ja-JP\"/></w:settings>");
}

/* Each font names, in w:altName, the fonts to try when it is missing. */
static GString *
font_table (void)
{
  static const struct {
    const char *name;
    const char *alt;
    const char *family;
  } fonts[] = {
    { MINCHO, "Yu Mincho,ＭＳ 明朝,MS Mincho,Noto Serif CJK JP", "roman" },
    { GOTHIC, "Yu Gothic,ＭＳ ゴシック,MS Gothic,Noto Sans CJK JP", "swiss" },
    { "ＭＳ 明朝", "MS Mincho,Noto Serif CJK JP", "roman" },
    { "ＭＳ ゴシック", "MS Gothic,Noto Sans CJK JP", "modern" },
    { "Noto Serif CJK JP", NULL, "roman" },
    { "Noto Sans CJK JP", NULL, "swiss" },
  };
  GString *s = g_string_new (XML_DECL "<w:fonts xmlns:w=\"" NS_W "\">");

  for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
    {
      g_string_append_printf (s, "<w:font w:name=\"%s\">", fonts[i].name);
      if (fonts[i].alt != NULL)
        g_string_append_printf (s, "<w:altName w:val=\"%s\"/>", fonts[i].alt);
      g_string_append_printf (s, "<w:charset w:val=\"80\"/><w:family w:val=\"%s\"/><w:pitch w:val=\"variable\"/></w:font>",
                              fonts[i].family);
    }
  g_string_append (s, "</w:fonts>");
  return s;
}

/* Bullets: 1 for the text (・ hanging by 10.5 pt), 2 in tables (8.5 pt),
 * 3 the ■ before a 見出し 2. As on paper, the text follows the mark with no
 * tab: the mark is one em wide, as is the hanging indent. */
static GString *
numbering (void)
{
  static const struct {
    const char *mark;
    int         indent;
    const char *suffix;
  } lists[] = {
    { "・", 210, "nothing" },
    { "・", 170, "nothing" },
    { "■", 0, "space" },
  };
  GString *s = g_string_new (XML_DECL "<w:numbering xmlns:w=\"" NS_W "\">");

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_string_append_printf (s, "<w:abstractNum w:abstractNumId=\"%u\"><w:multiLevelType w:val=\"singleLevel\"/>"
                               "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                               "<w:suff w:val=\"%s\"/><w:lvlText w:val=\"%s\"/><w:lvlJc w:val=\"left\"/>"
                               "<w:pPr><w:ind w:left=\"%d\" w:hanging=\"%d\"/></w:pPr></w:lvl></w:abstractNum>",
                            i, lists[i].suffix, lists[i].mark, lists[i].indent, lists[i].indent);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_string_append_printf (s, "<w:num w:numId=\"%u\"><w:abstractNumId w:val=\"%u\"/></w:num>", i + 1, i);
  g_string_append (s, "</w:numbering>");
  return s;
}

static void
append_fonts (GString    *s,
              const char *font)
{
  g_string_append_printf (s, "<w:rFonts w:ascii=\"%s\" w:eastAsia=\"%s\" w:hAnsi=\"%s\" w:cs=\"%s\"/>",
                          font, font, font, font);
}

static void
append_spacing (GString *s,
                double   before,
                double   after,
                double   line)
{
  g_string_append_printf (s, "<w:spacing w:before=\"%d\" w:after=\"%d\" w:line=\"%d\" w:lineRule=\"auto\"/>",
                          twips (before), twips (after), (int)lround (line * 240));
}

/* Built-in styles keep Word's own names, which Word shows in its language
 * (heading 1 is 見出し 1 in Japanese Word); the aliases give the Japanese
 * names to every other reader. Ronten's own styles have Japanese names. */
static GString *
styles (void)
{
  GString *s = g_string_new (XML_DECL "<w:styles xmlns:w=\"" NS_W "\"><w:docDefaults><w:rPrDefault><w:rPr>");

  append_fonts (s, MINCHO);
  g_string_append (s, "<w:kern w:val=\"2\"/>");
  append_size (s, BODY_SIZE);
  g_string_append (s, "<w:lang w:val=\"en-US\" w:eastAsia=\"ja-JP\" w:bidi=\"ar-SA\"/>"
                      "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                      "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>");
  append_spacing (s, 0, 0, 1.0);
  g_string_append (s, "</w:pPr></w:pPrDefault></w:docDefaults>");

  /* 標準 */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                      "<w:aliases w:val=\"標準\"/><w:qFormat/><w:pPr><w:widowControl w:val=\"0\"/>"
                      "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/></w:pPr></w:style>");

  /* 見出し 1: the title of a handout */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                      "<w:aliases w:val=\"見出し 1\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/>"
                      "<w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/>");
  append_spacing (s, 0, 14, 1.0);
  g_string_append (s, "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>");
  append_fonts (s, GOTHIC);
  g_string_append (s, "<w:b/><w:bCs/>");
  append_size (s, 14);
  g_string_append (s, "</w:rPr></w:style>");

  /* 見出し 2: a theme, a speaker; ■ in front and a rule below, as on paper */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                      "<w:aliases w:val=\"見出し 2\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"ListBullet\"/>"
                      "<w:uiPriority w:val=\"9\"/><w:qFormat/><w:pPr><w:keepNext/>"
                      "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"
                      "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>");
  append_spacing (s, 8, 5, 1.0);
  g_string_append (s, "<w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr>");
  append_fonts (s, GOTHIC);
  g_string_append (s, "<w:b/><w:bCs/>");
  append_size (s, 12);
  g_string_append (s, "</w:rPr></w:style>");

  /* 本文 */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/>"
                      "<w:aliases w:val=\"本文\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>");
  append_spacing (s, 0, 0, LINE_SPACING);
  g_string_append (s, "</w:pPr></w:style>");

  /* 箇条書き: an opinion */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>"
                      "<w:aliases w:val=\"箇条書き\"/><w:basedOn w:val=\"BodyText\"/><w:qFormat/><w:pPr>"
                      "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                      "<w:ind w:left=\"210\" w:hanging=\"210\"/></w:pPr></w:style>");

  /* 注記 */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtNote\"><w:name w:val=\"注記\"/>"
                      "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>");
  append_spacing (s, 0, 0, LINE_SPACING);
  g_string_append (s, "</w:pPr><w:rPr>");
  append_size (s, NOTE_SIZE);
  g_string_append (s, "</w:rPr></w:style>");

  /* 資料番号, ヘッダー, フッター */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtLabel\"><w:name w:val=\"資料番号\"/>"
                      "<w:basedOn w:val=\"Normal\"/><w:pPr>");
  append_spacing (s, 0, 2, 1.0);
  g_string_append (s, "<w:jc w:val=\"right\"/></w:pPr><w:rPr>");
  append_fonts (s, GOTHIC);
  g_string_append (s, "<w:b/><w:bCs/>");
  append_size (s, 12);
  g_string_append (s, "</w:rPr></w:style>");

  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
                      "<w:aliases w:val=\"ヘッダー\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
                      "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
                      "</w:pPr><w:rPr>");
  append_fonts (s, GOTHIC);
  append_size (s, 8.5);
  g_string_append (s, "</w:rPr></w:style>");

  g_string_append (s, "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/>"
                      "<w:aliases w:val=\"フッター\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr>");
  append_size (s, 9);
  g_string_append (s, "</w:rPr></w:style>");

  /* In tables: 表本文, 表見出し, 表の箇条書き */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtTableText\"><w:name w:val=\"表本文\"/>"
                      "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>");
  append_spacing (s, 0, 0, TABLE_LINE_SPACING);
  g_string_append (s, "</w:pPr><w:rPr>");
  append_size (s, TABLE_SIZE);
  g_string_append (s, "</w:rPr></w:style>");

  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtTableHeading\"><w:name w:val=\"表見出し\"/>"
                      "<w:basedOn w:val=\"RtTableText\"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val=\"center\"/></w:pPr><w:rPr>");
  append_fonts (s, GOTHIC);
  g_string_append (s, "<w:b/><w:bCs/></w:rPr></w:style>");

  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtTableBullet\"><w:name w:val=\"表の箇条書き\"/>"
                      "<w:basedOn w:val=\"RtTableText\"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"
                      "<w:ind w:left=\"170\" w:hanging=\"170\"/></w:pPr></w:style>");

  /* 図: an image on a line of its own; 余白: the paragraphs that end a
   * section or keep two tables apart */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtFigure\"><w:name w:val=\"図\"/>"
                      "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>");
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"RtSpacer\"><w:name w:val=\"余白\"/>"
                      "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>"
                      "</w:pPr><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:style>");

  /* 発言者: the speaker part of an opinion */
  g_string_append (s, "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"RtSpeaker\"><w:name w:val=\"発言者\"/>"
                      "<w:qFormat/></w:style>");

  /* 表 (格子) */
  g_string_append (s, "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
                      "<w:aliases w:val=\"表 (格子)\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>"
                      "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                      "</w:tblBorders><w:tblCellMar><w:top w:w=\"60\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
                      "<w:bottom w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
                      "</w:tblPr></w:style>");

  g_string_append (s, "</w:styles>");
  return s;
}

/**
 * rt_docx_build:
 *
 * Writes @doc as a .docx package in memory. May run in any thread.
 *
 * Returns: (transfer full): the bytes of the file, or %NULL with @error set
 */
GBytes *
rt_docx_build (RtDoc         *doc,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(RtZipWriter) zip = rt_zip_writer_new ();
  g_autoptr(GString) rels = g_string_new (NULL);
  GString *document;
  Writer w = { 0, };

  g_return_val_if_fail (doc != NULL, NULL);

  w.doc = doc;
  w.zip = zip;
  w.rels = rels;
  w.body = g_string_new (XML_DECL
    "<w:document xmlns:w=\"" NS_W "\" xmlns:r=\"" NS_R "\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
  document = w.body;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const RtDocBlock *block = doc->blocks->pdata[i];

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_string_free (document, TRUE);
          return NULL;
        }

      if (w.n_sections == 0 && block->kind != RT_DOC_BLOCK_SECTION)
        begin_section (&w, NULL, i);

      switch (block->kind)
        {
        case RT_DOC_BLOCK_SECTION:
          begin_section (&w, block, i);
          break;
        case RT_DOC_BLOCK_HEADING:
          write_heading (&w, block->level, block->text);
          break;
        case RT_DOC_BLOCK_PARAGRAPH:
          write_body_para (&w, block->para);
          break;
        case RT_DOC_BLOCK_SPACE:
          w.space_before += block->space;
          break;
        case RT_DOC_BLOCK_TABLE:
          write_table (&w, block->table);
          break;
        case RT_DOC_BLOCK_IMAGE:
          if (!write_image (&w, block->image, i, error))
            {
              g_string_free (document, TRUE);
              return NULL;
            }
          break;
        case RT_DOC_BLOCK_PAGE_BREAK:
          g_string_append (document, "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (w.n_sections == 0)
    begin_section (&w, NULL, 0);
  end_section (&w, TRUE);
  g_string_append (document, "</w:body></w:document>");

  add_footer_part (&w);

  /* [Content_Types].xml first, as Word writes it. */
  {
    g_autoptr(RtZipWriter) package = rt_zip_writer_new ();
    GString *document_rels = g_string_new (XML_DECL
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdStyles\" Type=\"" REL_BASE "styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"" REL_BASE "settings\" Target=\"settings.xml\"/>"
      "<Relationship Id=\"rIdNumbering\" Type=\"" REL_BASE "numbering\" Target=\"numbering.xml\"/>"
      "<Relationship Id=\"rIdFonts\" Type=\"" REL_BASE "fontTable\" Target=\"fontTable.xml\"/>");

    g_string_append (document_rels, rels->str);
    g_string_append (document_rels, "</Relationships>");

    rt_zip_writer_add_string (package, "[Content_Types].xml", content_types (&w));
    rt_zip_writer_add_string (package, "_rels/.rels", package_rels ());
    rt_zip_writer_add_string (package, "docProps/core.xml", core_properties (doc));
    rt_zip_writer_add_string (package, "docProps/app.xml", app_properties ());
    rt_zip_writer_add_string (package, "word/document.xml", document);
    rt_zip_writer_add_string (package, "word/_rels/document.xml.rels", document_rels);
    rt_zip_writer_add_string (package, "word/styles.xml", styles ());
    rt_zip_writer_add_string (package, "word/settings.xml", settings ());
    rt_zip_writer_add_string (package, "word/numbering.xml", numbering ());
    rt_zip_writer_add_string (package, "word/fontTable.xml", font_table ());
    rt_zip_writer_append (package, zip);

    return rt_zip_writer_finish (package, error);
  }
}

/**
 * rt_docx_write:
 *
 * Writes @doc to @path in one step: a failed or cancelled export leaves
 * nothing half-written.
 */
gboolean
rt_docx_write (RtDoc         *doc,
               const char    *path,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  gconstpointer data;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(bytes = rt_docx_build (doc, cancellable, error)) ||
      g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return g_file_set_contents (path, data, length, error);
}
