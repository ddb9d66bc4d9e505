/* rt-doc-pages.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "rt-doc.h"
#include "rt-handout.h"

/* The page writer: an RtDoc is laid out once into pages of drawing operations
 * (text lines, rules, boxes, images), then painted from those pages on
 * whatever cairo context asks: the PDF writer, a GtkPrintOperation, the
 * preview. Everything is measured in points (1/72 inch) with a font map of its
 * own, so a document can be laid out in a worker thread.
 */

#define FONT_FAMILY "Noto Sans CJK JP"
#define BODY_SIZE 10.5
#define LINE_SPACING 1.45
#define TABLE_LINE_SPACING 1.3
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
#define RULE_WIDTH 0.5
#define MAX_CELLS 32

typedef enum
{
  OP_LAYOUT,
  OP_LINE,
  OP_RECT,
  OP_IMAGE,
} OpKind;

typedef struct
{
  OpKind            kind;
  double            x, y, w, h;
  double            gray;
  double            line_width;
  PangoLayout      *layout;
  const RtDocImage *image;
  int               first_line;
  int               n_lines;
} Op;

typedef struct
{
  GPtrArray *ops;
} Page;

struct _RtHandoutDocument
{
  RtDoc        *doc;
  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray    *pages;
  double        width;
  double        height;
};

/* A cell of a table row being placed: its layout, its place and what of it
 * is already on earlier pages. */
typedef struct
{
  PangoLayout *layout;
  GArray      *edges;
  double       x;
  double       width;
  guint        first;
  guint        last;
} Slot;

typedef struct
{
  RtHandoutDocument *doc;

  double             left;
  double             right;
  double             top;
  double             bottom;
  double             content_top;
  double             footer_y;

  Page              *page;
  double             y;
  char              *label;
  char              *header_left;
  char              *header_date;
  guint              section_page;

  const RtDocTable  *table;
  GPtrArray         *table_headers;  /* GPtrArray of Slot arrays, one per header row */
} Pager;

/* Pages and their operations */

static void
op_free (Op *op)
{
  g_clear_object (&op->layout);
  g_free (op);
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->ops);
  g_free (page);
}

static Op *
add_op (Pager  *w,
        OpKind  kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  g_ptr_array_add (w->page->ops, op);
  return op;
}

static void
add_line (Pager  *w,
          double  x1,
          double  y1,
          double  x2,
          double  y2,
          double  width)
{
  Op *op = add_op (w, OP_LINE);

  op->x = x1;
  op->y = y1;
  op->w = x2 - x1;
  op->h = y2 - y1;
  op->line_width = width;
}

static void
add_image (Pager            *w,
           const RtDocImage *image,
           double            x,
           double            y,
           double            width,
           double            height)
{
  Op *op = add_op (w, OP_IMAGE);

  op->image = image;
  op->x = x;
  op->y = y;
  op->w = width;
  op->h = height;
}

static void
add_rect (Pager  *w,
          double  x,
          double  y,
          double  width,
          double  height,
          double  fill_gray,
          double  line_width)
{
  Op *op = add_op (w, OP_RECT);

  op->x = x;
  op->y = y;
  op->w = width;
  op->h = height;
  op->gray = fill_gray;
  op->line_width = line_width;
}

static void
add_layout_lines (Pager       *w,
                  PangoLayout *layout,
                  double       x,
                  double       y,
                  int          first_line,
                  int          n_lines)
{
  Op *op = add_op (w, OP_LAYOUT);

  op->x = x;
  op->y = y;
  op->layout = g_object_ref (layout);
  op->first_line = first_line;
  op->n_lines = n_lines;
}

static void
add_layout (Pager       *w,
            PangoLayout *layout,
            double       x,
            double       y)
{
  add_layout_lines (w, layout, x, y, 0, pango_layout_get_line_count (layout));
}

/* The top and bottom of every line of @layout, in points. */
static GArray *
layout_line_edges (PangoLayout *layout)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double edge[2];

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      edge[0] = (double)y0 / PANGO_SCALE;
      edge[1] = (double)y1 / PANGO_SCALE;
      g_array_append_vals (edges, edge, 1);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return edges;
}

#define EDGE_TOP(e, i) (((double *)(e)->data)[2 * (i)])
#define EDGE_BOTTOM(e, i) (((double *)(e)->data)[2 * (i) + 1])

static PangoAlignment
pango_align (RtDocAlign align)
{
  switch (align)
    {
    case RT_DOC_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case RT_DOC_ALIGN_RIGHT:
      return PANGO_ALIGN_RIGHT;
    case RT_DOC_ALIGN_LEFT:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

static PangoLayout *
make_layout (Pager          *w,
             const char     *markup,
             double          font_size,
             double          width,
             PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (w->doc->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int)(font_size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_line_spacing (layout, LINE_SPACING);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

/* The page header: 【資料1-1】 at the top right, the committee and meeting on
 * the left and the date on the right below it, a thin rule; the page number
 * "- n -" centred in the footer. */
static void
new_page (Pager *w)
{
  double width = w->right - w->left;
  g_autofree char *label = NULL;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) label_layout = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double y = w->top;

  w->page = g_new0 (Page, 1);
  w->page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify)op_free);
  g_ptr_array_add (w->doc->pages, w->page);
  w->section_page++;

  if (w->label != NULL && w->label[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (w->label, -1);

      label = g_strdup_printf ("<b>【%s】</b>", escaped);
      label_layout = make_layout (w, label, 12, width, PANGO_ALIGN_RIGHT);
      add_layout (w, label_layout, w->left, y);
      y += layout_height (label_layout) + 2;
    }

  left = make_layout (w, w->header_left, 8.5, width * 0.75, PANGO_ALIGN_LEFT);
  date = make_layout (w, w->header_date, 8.5, width * 0.25, PANGO_ALIGN_RIGHT);
  add_layout (w, left, w->left, y);
  add_layout (w, date, w->left + width * 0.75, y);
  y += MAX (layout_height (left), layout_height (date)) + 2;
  add_line (w, w->left, y, w->right, y, RULE_WIDTH);
  w->content_top = y + 12;
  w->y = w->content_top;

  number = g_strdup_printf ("- %u -", w->section_page);
  footer = make_layout (w, number, 9, width, PANGO_ALIGN_CENTER);
  add_layout (w, footer, w->left, w->footer_y);
}

static gboolean
page_is_empty (Pager *w)
{
  return w->y <= w->content_top + 0.01;
}

static void
begin_section (Pager      *w,
               const char *label,
               const char *title)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *markup = NULL;

  g_free (w->label);
  w->label = g_strdup (label);
  w->section_page = 0;
  w->table = NULL;
  new_page (w);

  escaped = g_markup_escape_text (title, -1);
  markup = g_strdup_printf ("<b>%s</b>", escaped);
  layout = make_layout (w, markup, 14, w->right - w->left, PANGO_ALIGN_CENTER);
  add_layout (w, layout, w->left, w->y);
  w->y += layout_height (layout) + 14;
  w->content_top = w->y;
}

static void
space (Pager  *w,
       double  height)
{
  if (!page_is_empty (w))
    w->y = MIN (w->y + height, w->bottom);
}

/* Places @layout from the current position on, cutting it between lines where
 * a page ends; a part left alone on a page has at least @min_lines lines. */
static void
flow_layout (Pager       *w,
             PangoLayout *layout,
             double       x,
             guint        min_lines)
{
  g_autoptr(GArray) edges = layout_line_edges (layout);
  guint n = edges->len;
  guint first = 0;

  while (first < n)
    {
      double avail = w->bottom - w->y;
      guint need = MIN (min_lines, n - first);
      guint k = first;

      while (k < n && EDGE_BOTTOM (edges, k) - EDGE_TOP (edges, first) <= avail)
        k++;

      if (k == n)
        {
          add_layout_lines (w, layout, x, w->y, first, n - first);
          w->y += EDGE_BOTTOM (edges, n - 1) - EDGE_TOP (edges, first);
          return;
        }

      /* Keep at least min_lines for the next page too. */
      if (n - k < need && k - first > need)
        k = n - need;

      if (k - first < need)
        {
          if (!page_is_empty (w))
            {
              new_page (w);
              continue;
            }
          /* A part taller than a page: place what fits, at least a line. */
          k = MAX (k, first + 1);
        }

      add_layout_lines (w, layout, x, w->y, first, k - first);
      first = k;
      new_page (w);
    }
}

static void
heading (Pager      *w,
         const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<b>■ %s</b>", escaped);
  g_autoptr(PangoLayout) layout = make_layout (w, markup, 12, w->right - w->left, PANGO_ALIGN_LEFT);
  double height = layout_height (layout);

  space (w, 8);

  /* A heading never ends a page: it keeps two body lines with it. */
  if (w->y + height + 2 * BODY_SIZE * LINE_SPACING + 6 > w->bottom && !page_is_empty (w))
    new_page (w);

  add_layout (w, layout, w->left, w->y);
  w->y += height + 1;
  add_line (w, w->left, w->y, w->right, w->y, RULE_WIDTH);
  w->y += 5;
}

/* A paragraph; a bullet such as "・" hangs before its first line. */
static void
paragraph (Pager           *w,
           const RtDocPara *para)
{
  g_autofree char *markup = rt_doc_para_to_markup (para);
  g_autofree char *bullet = para->bullet ? g_markup_escape_text (para->bullet, -1) : NULL;
  g_autofree char *full = bullet ? g_strconcat (bullet, markup, NULL) : g_strdup (markup);
  g_autoptr(PangoLayout) layout = make_layout (w, full, para->font_size, w->right - w->left - para->indent,
                                               PANGO_ALIGN_LEFT);

  if (bullet != NULL)
    pango_layout_set_indent (layout, -(int)(para->font_size * PANGO_SCALE));

  flow_layout (w, layout, w->left + para->indent, 2);
  w->y += para->font_size * 0.35;
}

/* Tables: header rows repeated on every page, cells that wrap, rows that
 * break across pages only between lines. */

static void
slots_free (GArray *slots)
{
  for (guint i = 0; i < slots->len; i++)
    {
      Slot *slot = &g_array_index (slots, Slot, i);

      g_clear_object (&slot->layout);
      g_clear_pointer (&slot->edges, g_array_unref);
    }
  g_array_unref (slots);
}

/* The cells of @row laid out: a cell covering several columns is as wide as
 * they are together. */
static GArray *
row_slots (Pager     *w,
           GPtrArray *row,
           gboolean   header)
{
  const RtDocTable *table = w->table;
  GArray *slots = g_array_new (FALSE, TRUE, sizeof (Slot));
  double x = w->left;
  guint col = 0;

  for (guint i = 0; i < row->len && col < table->n_cols; i++)
    {
      const RtDocCell *cell = row->pdata[i];
      g_autofree char *markup = rt_doc_cell_to_markup (cell);
      Slot slot = { NULL, };
      guint span = MIN (cell->span, table->n_cols - col);

      slot.x = x;
      slot.width = table->widths[col];
      for (guint k = 1; k < span; k++)
        slot.width += table->widths[col + k];

      if (header)
        {
          g_autofree char *bold = g_strdup_printf ("<b>%s</b>", markup);

          slot.layout = make_layout (w, bold, table->font_size, slot.width - 2 * CELL_PAD_X, PANGO_ALIGN_CENTER);
        }
      else
        slot.layout = make_layout (w, markup, table->font_size, slot.width - 2 * CELL_PAD_X,
                                   pango_align (table->align[col]));
      pango_layout_set_line_spacing (slot.layout, TABLE_LINE_SPACING);
      slot.edges = layout_line_edges (slot.layout);

      g_array_append_val (slots, slot);
      x += slot.width;
      col += span;
    }

  return slots;
}

static double
draw_table_header (Pager *w)
{
  double total = 0;

  for (guint r = 0; w->table_headers != NULL && r < w->table_headers->len; r++)
    {
      GArray *slots = w->table_headers->pdata[r];
      double height = 0;

      for (guint i = 0; i < slots->len; i++)
        height = MAX (height, layout_height (g_array_index (slots, Slot, i).layout));
      height += 2 * CELL_PAD_Y;

      for (guint i = 0; i < slots->len; i++)
        {
          Slot *slot = &g_array_index (slots, Slot, i);

          add_rect (w, slot->x, w->y, slot->width, height, 0.88, RULE_WIDTH);
          add_layout (w, slot->layout, slot->x + CELL_PAD_X, w->y + CELL_PAD_Y);
        }

      w->y += height;
      total += height;
    }

  return total;
}

static void
table_new_page (Pager *w)
{
  new_page (w);
  draw_table_header (w);
  w->content_top = w->y;
}

static void
table_row (Pager     *w,
           GPtrArray *row)
{
  GArray *slots = row_slots (w, row, FALSE);
  guint n_slots = slots->len;

  for (;;)
    {
      double avail = w->bottom - w->y - 2 * CELL_PAD_Y;
      gboolean all_fit = TRUE, can_split = TRUE;
      double segment = 0;

      for (guint i = 0; i < n_slots; i++)
        {
          Slot *s = &g_array_index (slots, Slot, i);
          guint n = s->edges->len, k = s->first;

          while (k < n && EDGE_BOTTOM (s->edges, k) - EDGE_TOP (s->edges, s->first) <= avail)
            k++;
          s->last = k;

          if (k < n)
            {
              guint need = MIN (2, n - s->first);

              all_fit = FALSE;
              if (k - s->first < need)
                can_split = FALSE;
            }
        }

      if (!all_fit && !can_split)
        {
          if (!page_is_empty (w))
            {
              table_new_page (w);
              continue;
            }

          /* A row taller than a page: place what fits, at least a line of each. */
          for (guint i = 0; i < n_slots; i++)
            {
              Slot *s = &g_array_index (slots, Slot, i);

              if (s->first < s->edges->len)
                s->last = MAX (s->last, s->first + 1);
            }
        }

      for (guint i = 0; i < n_slots; i++)
        {
          Slot *s = &g_array_index (slots, Slot, i);

          if (s->last > s->first)
            segment = MAX (segment, EDGE_BOTTOM (s->edges, s->last - 1) - EDGE_TOP (s->edges, s->first));
        }
      segment += 2 * CELL_PAD_Y;

      for (guint i = 0; i < n_slots; i++)
        {
          Slot *s = &g_array_index (slots, Slot, i);

          add_rect (w, s->x, w->y, s->width, segment, -1, RULE_WIDTH);
          if (s->last > s->first)
            add_layout_lines (w, s->layout, s->x + CELL_PAD_X, w->y + CELL_PAD_Y, s->first, s->last - s->first);
          s->first = s->last;
        }
      w->y += segment;

      if (all_fit)
        break;

      table_new_page (w);
    }

  slots_free (slots);
}

static void
table (Pager            *w,
       const RtDocTable *t)
{
  double header_height = 0;

  w->table = t;
  g_clear_pointer (&w->table_headers, g_ptr_array_unref);
  w->table_headers = g_ptr_array_new_with_free_func ((GDestroyNotify)slots_free);
  for (guint r = 0; r < t->n_header_rows; r++)
    {
      GArray *slots = row_slots (w, t->rows->pdata[r], TRUE);
      double height = 0;

      for (guint i = 0; i < slots->len; i++)
        height = MAX (height, layout_height (g_array_index (slots, Slot, i).layout));
      header_height += height + 2 * CELL_PAD_Y;
      g_ptr_array_add (w->table_headers, slots);
    }

  /* The header and the first line of a row, or a new page. */
  if (w->y + header_height + 3 * t->font_size * TABLE_LINE_SPACING > w->bottom)
    new_page (w);

  draw_table_header (w);

  for (guint r = t->n_header_rows; r < t->rows->len; r++)
    table_row (w, t->rows->pdata[r]);

  w->table = NULL;
  g_clear_pointer (&w->table_headers, g_ptr_array_unref);
  w->y += 6;
}

/* An image of a given size goes where it fits, scaled down to the text width;
 * one without a height takes the rest of the page. */
static void
image (Pager            *w,
       const RtDocImage *image)
{
  double width = w->right - w->left;
  double height;

  if (image->height <= 0)
    {
      add_image (w, image, w->left, w->y, width, w->bottom - w->y - image->bottom_gap);
      w->y = w->bottom;
      return;
    }

  if (image->width > 0 && image->width < width)
    width = image->width;
  height = image->height * width / (image->width > 0 ? image->width : width);
  if (height > w->bottom - w->content_top)
    {
      width *= (w->bottom - w->content_top) / height;
      height = w->bottom - w->content_top;
    }

  if (w->y + height > w->bottom && !page_is_empty (w))
    new_page (w);

  add_image (w, image, w->left, w->y, width, height);
  w->y += height + 6;
}

static void
pager_init (Pager             *w,
            RtHandoutDocument *document)
{
  RtDoc *doc = document->doc;

  memset (w, 0, sizeof *w);
  w->doc = document;
  w->left = doc->margin;
  w->right = document->width - doc->margin;
  w->top = doc->margin;
  w->footer_y = MIN (document->height - doc->margin + 10, document->height - 22);
  w->bottom = MIN (document->height - doc->margin, w->footer_y - 8);
  w->header_left = g_markup_escape_text (doc->header_left, -1);
  w->header_date = g_markup_escape_text (doc->header_right, -1);
}

static void
pager_clear (Pager *w)
{
  g_clear_pointer (&w->table_headers, g_ptr_array_unref);
  g_free (w->label);
  g_free (w->header_left);
  g_free (w->header_date);
}

/**
 * rt_handout_document_new_for_doc:
 *
 * Lays out @doc into pages. May run in any thread: it touches nothing but
 * @doc and a font map of its own.
 *
 * Returns: (transfer full): the paginated document, or %NULL with @error set
 */
RtHandoutDocument *
rt_handout_document_new_for_doc (RtDoc         *doc,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(RtHandoutDocument) document = NULL;
  cairo_font_options_t *font_options;
  Pager w;

  g_return_val_if_fail (doc != NULL, NULL);

  document = g_new0 (RtHandoutDocument, 1);
  document->doc = rt_doc_ref (doc);
  document->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)page_free);
  document->width = doc->page_width;
  document->height = doc->page_height;

  /* Unhinted metrics at 72 dpi: one unit is one point on paper and on screen. */
  document->font_map = pango_cairo_font_map_new ();
  document->context = pango_font_map_create_context (document->font_map);
  pango_cairo_context_set_resolution (document->context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (document->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (document->context, FALSE);
  pango_context_set_language (document->context, pango_language_from_string ("ja"));

  pager_init (&w, document);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const RtDocBlock *block = doc->blocks->pdata[i];

      if (block->kind == RT_DOC_BLOCK_SECTION && g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          pager_clear (&w);
          return NULL;
        }

      /* A document that does not open with a section gets a page all the same. */
      if (w.page == NULL && block->kind != RT_DOC_BLOCK_SECTION)
        new_page (&w);

      switch (block->kind)
        {
        case RT_DOC_BLOCK_SECTION:
          begin_section (&w, block->label, block->text);
          break;
        case RT_DOC_BLOCK_HEADING:
          heading (&w, block->text);
          break;
        case RT_DOC_BLOCK_PARAGRAPH:
          paragraph (&w, block->para);
          break;
        case RT_DOC_BLOCK_SPACE:
          space (&w, block->space);
          break;
        case RT_DOC_BLOCK_TABLE:
          table (&w, block->table);
          break;
        case RT_DOC_BLOCK_IMAGE:
          image (&w, block->image);
          break;
        case RT_DOC_BLOCK_PAGE_BREAK:
          if (!page_is_empty (&w))
            new_page (&w);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  pager_clear (&w);

  return g_steal_pointer (&document);
}

void
rt_handout_document_free (RtHandoutDocument *document)
{
  if (document == NULL)
    return;

  g_clear_pointer (&document->pages, g_ptr_array_unref);
  g_clear_object (&document->context);
  g_clear_object (&document->font_map);
  g_clear_pointer (&document->doc, rt_doc_unref);
  g_free (document);
}

guint
rt_handout_document_get_n_pages (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, 0);

  return document->pages->len;
}

void
rt_handout_document_get_size (RtHandoutDocument *document,
                              double            *width,
                              double            *height)
{
  g_return_if_fail (document != NULL);

  if (width != NULL)
    *width = document->width;
  if (height != NULL)
    *height = document->height;
}

const char *
rt_handout_document_get_title (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->doc->title;
}

const char *
rt_handout_document_get_author (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->doc->author;
}

/**
 * rt_handout_document_get_doc:
 *
 * Returns: (transfer none): the document model the pages were laid out from
 */
RtDoc *
rt_handout_document_get_doc (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->doc;
}

/* Shows lines [first, first + n) of a layout, the top of the first at op->y.
 * Line by line, so that a paragraph cut by a page break puts each glyph in the
 * file once. */
static void
draw_layout_op (cairo_t  *cr,
                const Op *op)
{
  PangoLayoutIter *iter = pango_layout_get_iter (op->layout);
  int index = 0, top = 0;

  do
    {
      if (index >= op->first_line)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          int y0, y1, baseline;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (index == op->first_line)
            top = y0;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          baseline = pango_layout_iter_get_baseline (iter);

          cairo_move_to (cr,
                         op->x + (double)logical.x / PANGO_SCALE,
                         op->y + (double)(baseline - top) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, line);
        }
      index++;
    }
  while (index < op->first_line + op->n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/**
 * rt_handout_document_draw_page:
 * @cr: a context whose unit is the point, origin at the paper's top left
 *
 * Paints @page: the same code for the PDF, the printer and the preview.
 */
void
rt_handout_document_draw_page (RtHandoutDocument *document,
                               cairo_t           *cr,
                               guint              page)
{
  Page *p;

  g_return_if_fail (document != NULL);
  g_return_if_fail (page < document->pages->len);

  p = document->pages->pdata[page];

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, document->width, document->height);
  cairo_fill (cr);

  for (guint i = 0; i < p->ops->len; i++)
    {
      const Op *op = p->ops->pdata[i];

      switch (op->kind)
        {
        case OP_LAYOUT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          draw_layout_op (cr, op);
          break;

        case OP_LINE:
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, op->line_width);
          cairo_move_to (cr, op->x, op->y);
          cairo_rel_line_to (cr, op->w, op->h);
          cairo_stroke (cr);
          break;

        case OP_IMAGE:
          cairo_save (cr);
          cairo_translate (cr, op->x, op->y);
          op->image->paint (op->image->user_data, cr, op->w, op->h);
          cairo_restore (cr);
          break;

        case OP_RECT:
          cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          if (op->gray >= 0)
            {
              cairo_set_source_rgb (cr, op->gray, op->gray, op->gray);
              cairo_fill_preserve (cr);
            }
          if (op->line_width > 0)
            {
              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_set_line_width (cr, op->line_width);
              cairo_stroke (cr);
            }
          else
            cairo_new_path (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
