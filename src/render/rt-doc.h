/* rt-doc.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* A handout as a small document model: what it says, not where it falls on a
 * page. A handout kind is built once into an RtDoc by its builder
 * (rt-handout-*.c); two writers consume it:
 *  - the page writer (rt-doc-pages.c) lays it out into pages and paints them
 *    for the PDF, the print preview and GtkPrintOperation;
 *  - the Word writer (rt-docx.c) turns it into a .docx with real styles,
 *    tables, sections, header and footer fields and embedded images.
 *
 * The model is plain data: blocks in order, each a section start (a new page
 * with its 資料番号 and title), a heading, a paragraph of runs, a vertical
 * space, a table, an image or a page break. Lengths are in points (1/72 in).
 * Once built, an RtDoc is immutable and may be read from any thread.
 */

typedef enum
{
  RT_DOC_RUN_BOLD    = 1 << 0,
  RT_DOC_RUN_SMALL   = 1 << 1,  /* a size smaller than the paragraph's */
  RT_DOC_RUN_SPEAKER = 1 << 2,  /* the speaker part of an opinion: （林委員） */
} RtDocRunFlags;

typedef struct
{
  char          *text;   /* plain text; "\n" is a line break */
  RtDocRunFlags  flags;
} RtDocRun;

typedef enum
{
  RT_DOC_PARA_BODY,   /* 本文 */
  RT_DOC_PARA_NOTE,   /* a small note: （意見なし）, explanations */
} RtDocParaStyle;

typedef struct
{
  RtDocParaStyle  style;
  double          font_size;
  double          indent;
  char           *bullet;  /* NULL, or the mark of a list item: "・" */
  GArray         *runs;    /* RtDocRun */
} RtDocPara;

typedef enum
{
  RT_DOC_ALIGN_LEFT,
  RT_DOC_ALIGN_CENTER,
  RT_DOC_ALIGN_RIGHT,
} RtDocAlign;

typedef struct
{
  GPtrArray *paras;      /* RtDocPara, one a line */
  guint      span;       /* the number of columns the cell covers, at least 1 */
  double     font_size;  /* the table's */
} RtDocCell;

typedef struct
{
  guint       n_cols;
  double     *widths;          /* n_cols, points */
  RtDocAlign *align;           /* n_cols */
  double      font_size;
  guint       n_header_rows;   /* the first rows, repeated on every page */
  GPtrArray  *rows;            /* GPtrArray of RtDocCell */
} RtDocTable;

/* Paints an image into the rectangle (0, 0, width, height) of @cr, at any
 * size: a page of the PDF, a printer, a PNG for Word. Called from any thread,
 * possibly several times. */
typedef void (*RtDocPaintFunc) (gpointer  user_data,
                                cairo_t  *cr,
                                double    width,
                                double    height);

typedef struct
{
  RtDocPaintFunc  paint;
  gpointer        user_data;
  GDestroyNotify  destroy;
  double          width;       /* the natural size; 0: the full text width */
  double          height;      /* 0: the rest of the page, less bottom_gap */
  double          bottom_gap;
  char           *description; /* alternative text */
} RtDocImage;

typedef enum
{
  RT_DOC_BLOCK_SECTION,
  RT_DOC_BLOCK_HEADING,
  RT_DOC_BLOCK_PARAGRAPH,
  RT_DOC_BLOCK_SPACE,
  RT_DOC_BLOCK_TABLE,
  RT_DOC_BLOCK_IMAGE,
  RT_DOC_BLOCK_PAGE_BREAK,
} RtDocBlockKind;

typedef struct
{
  RtDocBlockKind  kind;
  char           *label;   /* SECTION: the 資料番号 ("資料1-1"), or "" */
  char           *text;    /* SECTION: its title; HEADING: the heading */
  int             level;   /* HEADING: 2 (1 is the section title) */
  double          space;   /* SPACE: points */
  RtDocPara      *para;
  RtDocTable     *table;
  RtDocImage     *image;
} RtDocBlock;

typedef struct
{
  char       *title;         /* document properties */
  char       *author;
  char       *header_left;   /* on every page: the committee and meeting */
  char       *header_right;  /* the date */
  double      page_width;
  double      page_height;
  double      margin;
  GPtrArray  *blocks;        /* RtDocBlock */
} RtDoc;

RtDoc      *rt_doc_new                (double             page_width,
                                       double             page_height,
                                       double             margin);
RtDoc      *rt_doc_ref                (RtDoc             *doc);
void        rt_doc_unref              (RtDoc             *doc);
double      rt_doc_get_text_width     (const RtDoc       *doc);
double      rt_doc_get_text_height    (const RtDoc       *doc);
void        rt_doc_set_properties     (RtDoc             *doc,
                                       const char        *title,
                                       const char        *author);
void        rt_doc_set_header         (RtDoc             *doc,
                                       const char        *left,
                                       const char        *right);

void        rt_doc_begin_section      (RtDoc             *doc,
                                       const char        *label,
                                       const char        *title);
void        rt_doc_add_heading        (RtDoc             *doc,
                                       int                level,
                                       const char        *text);
RtDocPara  *rt_doc_add_paragraph      (RtDoc             *doc,
                                       RtDocParaStyle     style,
                                       double             font_size,
                                       double             indent,
                                       const char        *bullet);
void        rt_doc_add_space          (RtDoc             *doc,
                                       double             height);
RtDocTable *rt_doc_add_table          (RtDoc             *doc,
                                       guint              n_cols,
                                       const double      *widths,
                                       const RtDocAlign  *align,
                                       double             font_size);
void        rt_doc_add_image          (RtDoc             *doc,
                                       double             width,
                                       double             height,
                                       double             bottom_gap,
                                       const char        *description,
                                       RtDocPaintFunc     paint,
                                       gpointer           user_data,
                                       GDestroyNotify     destroy);
void        rt_doc_add_page_break     (RtDoc             *doc);

void        rt_doc_para_add_run       (RtDocPara         *para,
                                       RtDocRunFlags      flags,
                                       const char        *text);
void        rt_doc_para_add_printf    (RtDocPara         *para,
                                       RtDocRunFlags      flags,
                                       const char        *format,
                                       ...) G_GNUC_PRINTF (3, 4);
char       *rt_doc_para_get_text      (const RtDocPara   *para);
char       *rt_doc_para_to_markup     (const RtDocPara   *para);

void        rt_doc_table_add_row      (RtDocTable        *table,
                                       gboolean           header);
RtDocCell  *rt_doc_table_add_cell     (RtDocTable        *table,
                                       guint              span);
RtDocPara  *rt_doc_table_add_text     (RtDocTable        *table,
                                       RtDocRunFlags      flags,
                                       const char        *text);
RtDocPara  *rt_doc_cell_add_para      (RtDocCell         *cell,
                                       const char        *bullet);
char       *rt_doc_cell_to_markup     (const RtDocCell   *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtDoc, rt_doc_unref)

G_END_DECLS
