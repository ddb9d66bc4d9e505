/* rt-doc.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-doc"

#include "config.h"

#include <string.h>

#include "rt-doc.h"

/* See rt-doc.h. The model owns everything it holds; it is built by one thread
 * and read by any once built, so it is reference counted but never locked. */

static void
run_clear (gpointer data)
{
  RtDocRun *run = data;

  g_free (run->text);
}

static RtDocPara *
para_new (RtDocParaStyle  style,
          double          font_size,
          double          indent,
          const char     *bullet)
{
  RtDocPara *para = g_new0 (RtDocPara, 1);

  para->style = style;
  para->font_size = font_size;
  para->indent = indent;
  para->bullet = g_strdup (bullet);
  para->runs = g_array_new (FALSE, TRUE, sizeof (RtDocRun));
  g_array_set_clear_func (para->runs, run_clear);

  return para;
}

static void
para_free (RtDocPara *para)
{
  if (para == NULL)
    return;

  g_free (para->bullet);
  g_array_unref (para->runs);
  g_free (para);
}

static void
cell_free (RtDocCell *cell)
{
  g_ptr_array_unref (cell->paras);
  g_free (cell);
}

static void
table_free (RtDocTable *table)
{
  if (table == NULL)
    return;

  g_free (table->widths);
  g_free (table->align);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
image_free (RtDocImage *image)
{
  if (image == NULL)
    return;

  if (image->destroy != NULL)
    image->destroy (image->user_data);
  g_free (image->description);
  g_free (image);
}

static void
block_free (RtDocBlock *block)
{
  g_free (block->label);
  g_free (block->text);
  para_free (block->para);
  table_free (block->table);
  image_free (block->image);
  g_free (block);
}

static RtDocBlock *
add_block (RtDoc          *doc,
           RtDocBlockKind  kind)
{
  RtDocBlock *block = g_new0 (RtDocBlock, 1);

  block->kind = kind;
  g_ptr_array_add (doc->blocks, block);
  return block;
}

/**
 * rt_doc_new:
 * @margin: the margin on every side, in points
 *
 * Returns: (transfer full): an empty document for pages of this size
 */
RtDoc *
rt_doc_new (double page_width,
            double page_height,
            double margin)
{
  RtDoc *doc = g_atomic_rc_box_new0 (RtDoc);

  doc->page_width = page_width;
  doc->page_height = page_height;
  doc->margin = margin;
  doc->title = g_strdup ("");
  doc->author = g_strdup ("");
  doc->header_left = g_strdup ("");
  doc->header_right = g_strdup ("");
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);

  return doc;
}

RtDoc *
rt_doc_ref (RtDoc *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return g_atomic_rc_box_acquire (doc);
}

static void
rt_doc_clear (RtDoc *doc)
{
  g_free (doc->title);
  g_free (doc->author);
  g_free (doc->header_left);
  g_free (doc->header_right);
  g_ptr_array_unref (doc->blocks);
}

void
rt_doc_unref (RtDoc *doc)
{
  g_return_if_fail (doc != NULL);

  g_atomic_rc_box_release_full (doc, (GDestroyNotify)rt_doc_clear);
}

double
rt_doc_get_text_width (const RtDoc *doc)
{
  return doc->page_width - 2 * doc->margin;
}

double
rt_doc_get_text_height (const RtDoc *doc)
{
  return doc->page_height - 2 * doc->margin;
}

void
rt_doc_set_properties (RtDoc      *doc,
                       const char *title,
                       const char *author)
{
  g_return_if_fail (doc != NULL);

  g_free (doc->title);
  doc->title = g_strdup (title ? title : "");
  g_free (doc->author);
  doc->author = g_strdup (author ? author : "");
}

/**
 * rt_doc_set_header:
 * @left: what the header shows on the left of every page
 * @right: and on the right
 */
void
rt_doc_set_header (RtDoc      *doc,
                   const char *left,
                   const char *right)
{
  g_return_if_fail (doc != NULL);

  g_free (doc->header_left);
  doc->header_left = g_strdup (left ? left : "");
  g_free (doc->header_right);
  doc->header_right = g_strdup (right ? right : "");
}

/**
 * rt_doc_begin_section:
 * @label: the 資料番号 shown at the top right of its pages, or ""
 * @title: the title under the header of its first page
 *
 * Starts a handout on a new page; its pages are numbered from 1.
 */
void
rt_doc_begin_section (RtDoc      *doc,
                      const char *label,
                      const char *title)
{
  RtDocBlock *block;

  g_return_if_fail (doc != NULL);

  block = add_block (doc, RT_DOC_BLOCK_SECTION);
  block->label = g_strdup (label ? label : "");
  block->text = g_strdup (title ? title : "");
}

void
rt_doc_add_heading (RtDoc      *doc,
                    int         level,
                    const char *text)
{
  RtDocBlock *block;

  g_return_if_fail (doc != NULL);

  block = add_block (doc, RT_DOC_BLOCK_HEADING);
  block->level = CLAMP (level, 1, 3);
  block->text = g_strdup (text ? text : "");
}

/**
 * rt_doc_add_paragraph:
 * @bullet: (nullable): the mark of a list item, hanging before the first line
 *
 * Returns: (transfer none): the paragraph, to add its runs to
 */
RtDocPara *
rt_doc_add_paragraph (RtDoc          *doc,
                      RtDocParaStyle  style,
                      double          font_size,
                      double          indent,
                      const char     *bullet)
{
  RtDocBlock *block;

  g_return_val_if_fail (doc != NULL, NULL);

  block = add_block (doc, RT_DOC_BLOCK_PARAGRAPH);
  block->para = para_new (style, font_size, indent, bullet);
  return block->para;
}

/* Vertical space between blocks; none at the top of a page. */
void
rt_doc_add_space (RtDoc  *doc,
                  double  height)
{
  g_return_if_fail (doc != NULL);

  add_block (doc, RT_DOC_BLOCK_SPACE)->space = height;
}

/**
 * rt_doc_add_table:
 * @widths: the width of each column, in points
 * @align: (nullable): the alignment of each column; left when %NULL
 *
 * Returns: (transfer none): the table, to add its rows to
 */
RtDocTable *
rt_doc_add_table (RtDoc            *doc,
                  guint             n_cols,
                  const double     *widths,
                  const RtDocAlign *align,
                  double            font_size)
{
  RtDocBlock *block;
  RtDocTable *table;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (n_cols > 0 && widths != NULL, NULL);

  table = g_new0 (RtDocTable, 1);
  table->n_cols = n_cols;
  table->widths = g_memdup2 (widths, n_cols * sizeof (double));
  table->align = g_new0 (RtDocAlign, n_cols);
  if (align != NULL)
    memcpy (table->align, align, n_cols * sizeof (RtDocAlign));
  table->font_size = font_size;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  block = add_block (doc, RT_DOC_BLOCK_TABLE);
  block->table = table;
  return table;
}

/**
 * rt_doc_add_image:
 * @width: the natural width in points, or 0 for the width of the text
 * @height: the natural height in points, or 0 for the rest of the page
 * @bottom_gap: with a height of 0, what to leave free at the foot of the page
 * @paint: paints the image at any size
 * @destroy: (nullable): frees @user_data with the document
 */
void
rt_doc_add_image (RtDoc          *doc,
                  double          width,
                  double          height,
                  double          bottom_gap,
                  const char     *description,
                  RtDocPaintFunc  paint,
                  gpointer        user_data,
                  GDestroyNotify  destroy)
{
  RtDocImage *image;

  g_return_if_fail (doc != NULL && paint != NULL);

  image = g_new0 (RtDocImage, 1);
  image->paint = paint;
  image->user_data = user_data;
  image->destroy = destroy;
  image->width = width;
  image->height = height;
  image->bottom_gap = bottom_gap;
  image->description = g_strdup (description ? description : "");

  add_block (doc, RT_DOC_BLOCK_IMAGE)->image = image;
}

void
rt_doc_add_page_break (RtDoc *doc)
{
  g_return_if_fail (doc != NULL);

  add_block (doc, RT_DOC_BLOCK_PAGE_BREAK);
}

void
rt_doc_para_add_run (RtDocPara     *para,
                     RtDocRunFlags  flags,
                     const char    *text)
{
  RtDocRun run = { NULL, flags };

  g_return_if_fail (para != NULL);

  if (text == NULL || text[0] == '\0')
    return;

  run.text = g_strdup (text);
  g_array_append_val (para->runs, run);
}

void
rt_doc_para_add_printf (RtDocPara     *para,
                        RtDocRunFlags  flags,
                        const char    *format,
                        ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  rt_doc_para_add_run (para, flags, text);
}

/* The text of @para without its bullet. */
char *
rt_doc_para_get_text (const RtDocPara *para)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < para->runs->len; i++)
    g_string_append (s, g_array_index (para->runs, RtDocRun, i).text);

  return g_string_free (s, FALSE);
}

static void
append_markup (GString         *s,
               const RtDocPara *para)
{
  for (guint i = 0; i < para->runs->len; i++)
    {
      const RtDocRun *run = &g_array_index (para->runs, RtDocRun, i);
      g_autofree char *escaped = g_markup_escape_text (run->text, -1);

      /* A speaker's name and role are one unit: a line may break before
       * 「（」, never inside 「（佐藤委員）」. */
      if (run->flags & RT_DOC_RUN_SPEAKER)
        g_string_append (s, "<span allow_breaks=\"false\">");
      if (run->flags & RT_DOC_RUN_SMALL)
        g_string_append (s, "<span size=\"small\">");
      if (run->flags & RT_DOC_RUN_BOLD)
        g_string_append (s, "<b>");
      g_string_append (s, escaped);
      if (run->flags & RT_DOC_RUN_BOLD)
        g_string_append (s, "</b>");
      if (run->flags & RT_DOC_RUN_SMALL)
        g_string_append (s, "</span>");
      if (run->flags & RT_DOC_RUN_SPEAKER)
        g_string_append (s, "</span>");
    }
}

/* The runs of @para as Pango markup, without the bullet. */
char *
rt_doc_para_to_markup (const RtDocPara *para)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (para != NULL, NULL);

  append_markup (s, para);
  return g_string_free (s, FALSE);
}

/* The paragraphs of a cell as Pango markup, one a line, bullets in front. */
char *
rt_doc_cell_to_markup (const RtDocCell *cell)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (cell != NULL, NULL);

  for (guint i = 0; i < cell->paras->len; i++)
    {
      const RtDocPara *para = cell->paras->pdata[i];

      if (i > 0)
        g_string_append_c (s, '\n');
      if (para->bullet != NULL)
        {
          g_autofree char *bullet = g_markup_escape_text (para->bullet, -1);

          g_string_append (s, bullet);
        }
      append_markup (s, para);
    }

  return g_string_free (s, FALSE);
}

/**
 * rt_doc_table_add_row:
 * @header: whether the row is a header row; header rows come first
 */
void
rt_doc_table_add_row (RtDocTable *table,
                      gboolean    header)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (!header || table->n_header_rows == table->rows->len);

  g_ptr_array_add (table->rows, g_ptr_array_new_with_free_func ((GDestroyNotify)cell_free));
  if (header)
    table->n_header_rows++;
}

/**
 * rt_doc_table_add_cell:
 * @span: the number of columns the cell covers
 *
 * Adds an empty cell to the last row; rt_doc_cell_add_para() fills it.
 *
 * Returns: (transfer none): the cell
 */
RtDocCell *
rt_doc_table_add_cell (RtDocTable *table,
                       guint       span)
{
  GPtrArray *row;
  RtDocCell *cell;
  guint used = 0;

  g_return_val_if_fail (table != NULL && table->rows->len > 0, NULL);

  row = table->rows->pdata[table->rows->len - 1];
  for (guint i = 0; i < row->len; i++)
    used += ((RtDocCell *)row->pdata[i])->span;
  g_return_val_if_fail (used + MAX (span, 1) <= table->n_cols, NULL);

  cell = g_new0 (RtDocCell, 1);
  cell->span = MAX (span, 1);
  cell->font_size = table->font_size;
  cell->paras = g_ptr_array_new_with_free_func ((GDestroyNotify)para_free);
  g_ptr_array_add (row, cell);

  return cell;
}

/* A cell of one column with one run of text; returns its paragraph. */
RtDocPara *
rt_doc_table_add_text (RtDocTable    *table,
                       RtDocRunFlags  flags,
                       const char    *text)
{
  RtDocCell *cell = rt_doc_table_add_cell (table, 1);
  RtDocPara *para = rt_doc_cell_add_para (cell, NULL);

  rt_doc_para_add_run (para, flags, text);
  return para;
}

/**
 * rt_doc_cell_add_para:
 * @bullet: (nullable): the mark of a list item
 *
 * Returns: (transfer none): a new paragraph at the end of @cell
 */
RtDocPara *
rt_doc_cell_add_para (RtDocCell  *cell,
                      const char *bullet)
{
  RtDocPara *para;

  g_return_val_if_fail (cell != NULL, NULL);

  para = para_new (RT_DOC_PARA_BODY, cell->font_size, 0, bullet);
  g_ptr_array_add (cell->paras, para);
  return para;
}
