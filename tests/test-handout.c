/* test-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-handout-private.h"
#include "rt-docx.h"
#include "rt-pdf.h"
#include "rt-test-util.h"
#include "rt-zip.h"

typedef struct
{
  char          *tmpdir;
  char          *path;
  RtCommittee   *committee;
  RtHandoutData *data;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->data = rt_handout_data_new (f->committee, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_pointer (&f->data, rt_handout_data_unref);
  g_clear_object (&f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static void
test_snapshot (Fixture       *f,
               gconstpointer  user_data)
{
  guint in_themes = 0;

  g_assert_cmpuint (f->data->cards->len, ==, 46);
  g_assert_cmpuint (f->data->themes->len, ==, 8);
  g_assert_cmpuint (f->data->points->len, ==, 9);
  g_assert_cmpuint (f->data->people->len, ==, 13);

  for (guint i = 0; i < f->data->themes->len; i++)
    in_themes += ((HTheme *)f->data->themes->pdata[i])->cards->len;
  g_assert_cmpuint (in_themes + f->data->inbox->len, ==, 46);

  /* The sample links cards 25–27, 44–46 to 論点1 and theme 4 (条例化の方向性) to it. */
  g_assert_cmpuint (((HPoint *)f->data->points->pdata[0])->cards->len, ==, 6);
  g_assert_cmpuint (((HPoint *)f->data->points->pdata[0])->themes->len, ==, 1);
}

/* The text that @markup shows. */
static char *
markup_text (const char *markup)
{
  char *text = NULL;

  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, NULL));

  return text;
}

static void
test_speaker_masking (Fixture       *f,
                      gconstpointer  user_data)
{
  HCard *card = f->data->cards->pdata[0];
  RtVisibility saved = card->visibility;
  g_autofree char *markup = _rt_handout_opinion_markup (f->data, card);
  g_autofree char *shown = markup_text (markup);
  g_autofree char *masked = NULL;

  g_assert_true (g_str_has_suffix (shown, "（林委員）"));

  card->visibility = RT_VISIBILITY_ANONYMOUS;
  g_free (markup);
  markup = _rt_handout_opinion_markup (f->data, card);
  masked = markup_text (markup);
  card->visibility = saved;

  g_assert_true (g_str_has_suffix (masked, "（発言者非公開）"));
  g_assert_null (strstr (masked, "林"));
}

static void
test_paper_sizes (Fixture       *f,
                  gconstpointer  user_data)
{
  static const struct {
    RtPaper  paper;
    gboolean landscape;
    double   width;
    double   height;
  } cases[] = {
    { RT_PAPER_A4, FALSE, 595.28, 841.89 },
    { RT_PAPER_A4, TRUE, 841.89, 595.28 },
    { RT_PAPER_A3, FALSE, 841.89, 1190.55 },
    { RT_PAPER_A3, TRUE, 1190.55, 841.89 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RtHandoutOptions) options;
      g_autoptr(RtHandoutDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      double width, height;

      rt_handout_options_init (&options);
      options.paper = cases[i].paper;
      options.landscape = cases[i].landscape;
      doc = rt_handout_document_new (f->data, &options, NULL, &error);
      g_assert_no_error (error);

      rt_handout_document_get_size (doc, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, cases[i].width, 0.01);
      g_assert_cmpfloat_with_epsilon (height, cases[i].height, 0.01);
      /* 資料1-1, 資料1-2, 資料2, 資料3, 資料4, 資料5: a page at least each. */
      g_assert_cmpuint (rt_handout_document_get_n_pages (doc), >=, 6);
    }
}

static void
test_each_kind (Fixture       *f,
                gconstpointer  user_data)
{
  static const RtHandoutKind kinds[] = {
    RT_HANDOUT_OPINIONS, RT_HANDOUT_POINTS, RT_HANDOUT_MAP, RT_HANDOUT_SPEAKERS, RT_HANDOUT_CHANGES,
    RT_HANDOUT_RESPONSES,
  };
  guint total = 0, all;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_auto(RtHandoutOptions) options;
      g_autoptr(RtHandoutDocument) doc = NULL;
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;

      rt_handout_options_init (&options);
      options.kinds = kinds[i];
      options.since = g_strdup ("2026-02-01");
      doc = rt_handout_document_new (f->data, &options, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rt_handout_document_get_n_pages (doc), >=, 1);
      total += rt_handout_document_get_n_pages (doc);

      /* Every page paints without a cairo error. */
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 85);
      cr = cairo_create (surface);
      cairo_scale (cr, 0.1, 0.1);
      for (guint p = 0; p < rt_handout_document_get_n_pages (doc); p++)
        rt_handout_document_draw_page (doc, cr, p);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  {
    g_auto(RtHandoutOptions) options;
    g_autoptr(RtHandoutDocument) doc = NULL;

    rt_handout_options_init (&options);
    options.since = g_strdup ("2026-02-01");
    doc = rt_handout_document_new (f->data, &options, NULL, NULL);
    all = rt_handout_document_get_n_pages (doc);
  }
  g_assert_cmpuint (all, ==, total);
}

static void
test_no_kind (Fixture       *f,
              gconstpointer  user_data)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(GError) error = NULL;
  RtHandoutDocument *doc;

  rt_handout_options_init (&options);
  options.kinds = 0;
  doc = rt_handout_document_new (f->data, &options, NULL, &error);
  g_assert_null (doc);
  g_assert_error (error, RT_HANDOUT_ERROR, RT_HANDOUT_ERROR_INVALID);
}

static void
test_kinds_parse (void)
{
  RtHandoutKind kinds = 0;

  g_assert_true (rt_handout_kinds_parse ("all", &kinds));
  g_assert_cmpint (kinds, ==, RT_HANDOUT_ALL);
  g_assert_true (rt_handout_kinds_parse ("opinions,points", &kinds));
  g_assert_cmpint (kinds, ==, RT_HANDOUT_OPINIONS | RT_HANDOUT_POINTS);
  g_assert_true (rt_handout_kinds_parse ("speakers", &kinds));
  g_assert_cmpint (kinds, ==, RT_HANDOUT_SPEAKERS);
  g_assert_false (rt_handout_kinds_parse ("nothing", &kinds));
  g_assert_false (rt_handout_kinds_parse ("", &kinds));
}

/* 禁則処理: Pango's UAX #14 line breaking never starts a line with a closing
 * mark. Every opinion of the sample, with its speaker, at many widths. */
static void
test_line_breaking (Fixture       *f,
                    gconstpointer  user_data)
{
  static const char * const closing[] = { "。", "、", "）", "」", "』", "，", "．", "！", "？" };
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(GObject) context_object = G_OBJECT (pango_font_map_create_context (font_map));
  PangoContext *context = PANGO_CONTEXT (context_object);
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  guint n_lines = 0;

  for (guint i = 0; i < f->data->cards->len; i++)
    {
      g_autofree char *markup = _rt_handout_opinion_markup (f->data, f->data->cards->pdata[i]);

      g_string_append (text, markup);
    }

  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string ("ja"));
  layout = pango_layout_new (context);
  font = pango_font_description_from_string ("Noto Sans CJK JP 10.5");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, text->str, -1);

  for (int width = 60; width <= 480; width += 7)
    {
      GSList *lines;

      pango_layout_set_width (layout, width * PANGO_SCALE);
      lines = pango_layout_get_lines_readonly (layout);
      for (GSList *l = lines->next; l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          const char *start = pango_layout_get_text (layout) + line->start_index;

          for (guint c = 0; c < G_N_ELEMENTS (closing); c++)
            if (g_str_has_prefix (start, closing[c]))
              g_error ("A line starts with %s at width %d: %.30s", closing[c], width, start);
          n_lines++;
        }
    }

  g_assert_cmpuint (n_lines, >, 1000);
}

/* A speaker's name and role stay on one line: 「（佐藤委員）」 never ends a
 * line at 「（佐藤委」, whatever the width of the column. */
static void
test_names_kept_together (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  g_autoptr(GObject) context_object = G_OBJECT (pango_font_map_create_context (font_map));
  PangoContext *context = PANGO_CONTEXT (context_object);
  guint n_checked = 0, n_moved = 0;

  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_language (context, pango_language_from_string ("ja"));

  for (guint i = 0; i < f->data->cards->len; i++)
    {
      HCard *card = f->data->cards->pdata[i];
      g_autofree char *speaker = rt_snapshot_name_speaker (f->data->snapshot, card, RT_OUTPUT_OPINIONS,
                                                           RT_SPEAKER_DISPLAY_DEFAULT);
      g_autofree char *markup = _rt_handout_opinion_markup (f->data, card);
      g_autofree char *name = NULL;
      g_autoptr(PangoLayout) layout = pango_layout_new (context);
      PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK JP 10.5");
      const char *text, *found;
      gsize start, end;

      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_markup (layout, markup, -1);
      if (speaker == NULL)
        continue;

      name = g_strdup_printf ("（%s）", speaker);
      text = pango_layout_get_text (layout);
      found = g_strrstr (text, name);
      g_assert_nonnull (found);
      start = found - text;
      end = start + strlen (name);

      for (int width = 120; width <= 480; width += 3)
        {
          GSList *lines;

          pango_layout_set_width (layout, width * PANGO_SCALE);
          lines = pango_layout_get_lines_readonly (layout);
          for (GSList *l = lines->next; l != NULL; l = l->next)
            {
              PangoLayoutLine *line = l->data;

              if ((gsize)line->start_index > start && (gsize)line->start_index < end)
                g_error ("「%s」 is broken at width %d: …%.*s / %s", name, width,
                         (int)(line->start_index - start), text + start, text + line->start_index);
              n_moved += (gsize)line->start_index == start;
            }
          n_checked++;
        }
    }

  /* Names did come to the end of a line, and went whole to the next one. */
  g_assert_cmpuint (n_checked, >, 1000);
  g_assert_cmpuint (n_moved, >, 10);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_export_async (Fixture       *f,
                   gconstpointer  user_data)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->tmpdir, "handouts.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  guint n_pages = 0;

  rt_handout_options_init (&options);
  options.paper = RT_PAPER_A3;
  rt_pdf_export_async (f->data, &options, out, NULL, export_done, &result);

  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (rt_pdf_export_finish (result, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 6);

  g_assert_true (g_file_get_contents (out, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, <, 1500 * 1024);
}

static void
test_export_cancelled (Fixture       *f,
                       gconstpointer  user_data)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->tmpdir, "cancelled.pdf", NULL);

  rt_handout_options_init (&options);
  g_cancellable_cancel (cancellable);
  rt_pdf_export_async (f->data, &options, out, cancellable, export_done, &result);

  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (rt_pdf_export_finish (result, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
paint_box (gpointer  user_data,
           cairo_t  *cr,
           double    width,
           double    height)
{
  guint *n_painted = user_data;

  cairo_set_source_rgb (cr, 0.2, 0.4, 0.8);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  (*n_painted)++;
}

/* A model made by hand, with what no handout uses yet (a cell spanning two
 * columns, an image of a given size, a page break), through both writers. */
static void
test_model_both_writers (void)
{
  g_autoptr(RtDoc) doc = rt_doc_new (595.28, 841.89, 56.69);
  g_autoptr(RtHandoutDocument) pages = NULL;
  g_autoptr(GBytes) docx = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(RtZipReader) zip = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *markup = NULL;
  const double widths[] = { 100, 100, 200 };
  const char *text;
  RtDocTable *table;
  RtDocPara *para;
  RtDocCell *cell;
  guint n_painted = 0;
  cairo_surface_t *surface;
  cairo_t *cr;

  rt_doc_set_header (doc, "委員会 & <会議>", "令和8年2月20日");
  rt_doc_begin_section (doc, "資料9", "表題");
  rt_doc_add_heading (doc, 2, "見出し");
  para = rt_doc_add_paragraph (doc, RT_DOC_PARA_BODY, 10.5, 0, "・");
  rt_doc_para_add_run (para, RT_DOC_RUN_BOLD, "太字");
  rt_doc_para_add_run (para, RT_DOC_RUN_SMALL, "小さく<&>");
  rt_doc_para_add_run (para, RT_DOC_RUN_SPEAKER, "（林委員）");

  table = rt_doc_add_table (doc, 3, widths, NULL, 8.5);
  rt_doc_table_add_row (table, TRUE);
  rt_doc_table_add_text (table, 0, "A");
  rt_doc_table_add_text (table, 0, "B");
  rt_doc_table_add_text (table, 0, "C");
  rt_doc_table_add_row (table, FALSE);
  cell = rt_doc_table_add_cell (table, 2);
  rt_doc_para_add_run (rt_doc_cell_add_para (cell, NULL), 0, "二列にまたがる");
  rt_doc_para_add_run (rt_doc_cell_add_para (cell, "・"), 0, "二行目");
  rt_doc_table_add_text (table, 0, "右");

  rt_doc_add_page_break (doc);
  rt_doc_add_image (doc, 200, 100, 0, "図", paint_box, &n_painted, NULL);

  markup = rt_doc_cell_to_markup (cell);
  g_assert_cmpstr (markup, ==, "二列にまたがる\n・二行目");

  pages = rt_handout_document_new_for_doc (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_handout_document_get_n_pages (pages), ==, 2);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 85);
  cr = cairo_create (surface);
  cairo_scale (cr, 0.1, 0.1);
  for (guint p = 0; p < 2; p++)
    rt_handout_document_draw_page (pages, cr, p);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (n_painted, ==, 1);

  docx = rt_docx_build (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_painted, ==, 2);
  zip = rt_zip_reader_new (docx, 16 * 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_true (rt_zip_reader_has (zip, "word/media/image1.png"));
  g_assert_true (rt_zip_reader_has (zip, "word/header1.xml"));
  xml = rt_zip_reader_read (zip, "word/document.xml", &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (xml, NULL);
  g_assert_nonnull (strstr (text, "<w:gridSpan w:val=\"2\"/>"));
  g_assert_nonnull (strstr (text, "小さく&lt;&amp;&gt;"));
  g_assert_nonnull (strstr (text, "<w:rStyle w:val=\"RtSpeaker\"/>"));
  g_assert_nonnull (strstr (text, "<w:tblHeader/>"));
  g_assert_nonnull (strstr (text, "<w:br w:type=\"page\"/>"));
}

static void
test_docx_cancelled (Fixture       *f,
                     gconstpointer  user_data)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RtDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->tmpdir, "cancelled.docx", NULL);

  rt_handout_options_init (&options);
  doc = rt_handout_build_doc (f->data, &options, NULL, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancellable);
  g_assert_false (rt_docx_write (doc, out, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* The handouts' data again, after a change to the committee. */
static void
reread_data (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&f->data, rt_handout_data_unref);
  f->data = rt_handout_data_new (f->committee, &error);
  g_assert_no_error (error);
}

/* The text of every paragraph and heading of @doc, one a line. */
static char *
doc_text (RtDoc *doc)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      RtDocBlock *block = g_ptr_array_index (doc->blocks, i);

      if (block->kind == RT_DOC_BLOCK_PARAGRAPH)
        {
          g_autofree char *para = rt_doc_para_get_text (block->para);

          g_string_append_printf (text, "%s\n", para);
        }
      else if (block->text != NULL)
        g_string_append_printf (text, "%s\n", block->text);
    }

  return g_string_free (text, FALSE);
}

/* The handouts are for one meeting: its number and date head every page;
 * the changes since the previous meeting start from that meeting's date,
 * once meetings have dates. */
static void
test_meeting_header_and_changes (Fixture       *f,
                                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  RtMeetingEdit second = { .number = 2, .title = "第2回", .date = "2026-01-23", .observers = -1, .is_public = TRUE };
  static const struct {
    int         meeting;
    const char *header;
    const char *date;
    const char *since;
  } cases[] = {
    { 4, "（第4回）", "令和8年3月19日", "前回（第3回・令和8年2月20日）以降に追加・更新された" },
    { 3, "（第3回）", "令和8年2月20日", "前回（第2回・令和8年1月23日）以降に追加・更新された" },
    /* 第1回 has no date: said, not guessed. */
    { 2, "（第2回）", "令和8年1月23日", "前回の会議の日付が登録されていないため" },
  };

  g_assert_true (rt_committee_edit_meeting (f->committee, 2, &second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rt_committee_add_meeting (f->committee, 4, "", "2026-03-19", &error), >, 0);
  reread_data (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RtHandoutOptions) options;
      g_autoptr(RtDoc) doc = NULL;
      g_autofree char *text = NULL;

      rt_handout_options_init (&options);
      options.kinds = RT_HANDOUT_OPINIONS | RT_HANDOUT_CHANGES;
      options.meeting_number = cases[i].meeting;
      doc = rt_handout_build_doc (f->data, &options, NULL, &error);
      g_assert_no_error (error);
      text = doc_text (doc);

      g_assert_true (g_str_has_suffix (doc->header_left, cases[i].header));
      g_assert_cmpstr (doc->header_right, ==, cases[i].date);
      g_assert_nonnull (strstr (text, cases[i].since));
    }

  /* 第1回 has no date: none is printed, rather than today's. */
  {
    g_auto(RtHandoutOptions) options;
    g_autoptr(RtDoc) doc = NULL;

    rt_handout_options_init (&options);
    options.kinds = RT_HANDOUT_OPINIONS;
    options.meeting_number = 1;
    doc = rt_handout_build_doc (f->data, &options, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_suffix (doc->header_left, "（第1回）"));
    g_assert_cmpstr (doc->header_right, ==, "");
  }

  /* The sample's cards were made before 第3回 (2026-02-13); one typed now
   * is new since then. */
  {
    g_auto(RtHandoutOptions) options;
    g_autoptr(RtDoc) doc = NULL;
    g_autofree char *text = NULL;

    g_assert_cmpint (rt_committee_capture_card (f->committee, 3, 2, "次回までに事例を集めてほしい。", &error), >, 0);
    g_clear_pointer (&f->data, rt_handout_data_unref);
    f->data = rt_handout_data_new (f->committee, &error);
    rt_handout_options_init (&options);
    options.kinds = RT_HANDOUT_CHANGES;
    options.meeting_number = 4;
    doc = rt_handout_build_doc (f->data, &options, NULL, &error);
    text = doc_text (doc);
    g_assert_nonnull (strstr (text, "新しい意見（1件）"));
    g_assert_nonnull (strstr (text, "次回までに事例を集めてほしい。"));
  }
}

/* The lists of opinions show the kinds of statement asked for: a card
 * marked 質問 alone in a questions-only handout, and left out of an
 * opinions-only one; every kind when none is asked for. */
static void
test_statement_kinds (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  GListModel *cards = rt_committee_get_cards (f->committee);
  g_autoptr(RtCard) question = NULL;
  g_autoptr(RtCard) opinion = NULL;
  g_autofree char *question_text = NULL;
  g_autofree char *opinion_text = NULL;
  gint64 id;
  static const struct {
    guint    statements;
    gboolean question, opinion;
  } cases[] = {
    { 0, TRUE, TRUE },
    { 1u << RT_STATEMENT_KIND_QUESTION, TRUE, FALSE },
    { 1u << RT_STATEMENT_KIND_OPINION, FALSE, TRUE },
    { RT_STATEMENT_KINDS_MEMBERS, TRUE, TRUE },
    { 1u << RT_STATEMENT_KIND_PROCEDURE, FALSE, FALSE },
    { RT_STATEMENT_KINDS_ALL, TRUE, TRUE },
  };
  guint mask;

  /* Two public opinions of a theme; the first becomes a question. */
  for (guint i = 0; i < g_list_model_get_n_items (cards) && opinion == NULL; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (rt_card_get_kind (card) != RT_STATEMENT_KIND_OPINION || rt_card_get_theme_id (card) == 0 ||
          rt_card_get_visibility (card) != RT_VISIBILITY_PUBLIC)
        continue;
      if (question == NULL)
        question = g_steal_pointer (&card);
      else
        opinion = g_steal_pointer (&card);
    }
  g_assert_nonnull (opinion);
  id = rt_card_get_id (question);
  question_text = g_strdup (rt_card_get_text (question));
  opinion_text = g_strdup (rt_card_get_text (opinion));

  g_assert_true (rt_committee_set_cards_kind (f->committee, &id, 1, RT_STATEMENT_KIND_QUESTION, &error));
  g_assert_no_error (error);
  reread_data (f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(RtHandoutOptions) options;
      g_autoptr(RtDoc) doc = NULL;
      g_autofree char *text = NULL;

      rt_handout_options_init (&options);
      options.kinds = RT_HANDOUT_OPINIONS | RT_HANDOUT_SPEAKERS | RT_HANDOUT_RESPONSES;
      options.speakers = RT_SPEAKER_DISPLAY_REAL;
      options.statements = cases[i].statements;
      doc = rt_handout_build_doc (f->data, &options, NULL, &error);
      g_assert_no_error (error);
      text = doc_text (doc);
      g_assert_true ((strstr (text, question_text) != NULL) == cases[i].question);
      g_assert_true ((strstr (text, opinion_text) != NULL) == cases[i].opinion);
    }

  g_assert_true (rt_statement_kinds_parse ("意見、質問", &mask));
  g_assert_cmpuint (mask, ==, (1u << RT_STATEMENT_KIND_OPINION) | (1u << RT_STATEMENT_KIND_QUESTION));
  g_assert_true (rt_statement_kinds_parse ("request, procedure", &mask));
  g_assert_cmpuint (mask, ==, (1u << RT_STATEMENT_KIND_REQUEST) | (1u << RT_STATEMENT_KIND_PROCEDURE));
  g_assert_false (rt_statement_kinds_parse ("意見,感想", &mask));
  g_assert_false (rt_statement_kinds_parse (",", &mask));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ronten/handout/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("snapshot", test_snapshot);
  ADD ("speaker-masking", test_speaker_masking);
  ADD ("paper-sizes", test_paper_sizes);
  ADD ("each-kind", test_each_kind);
  ADD ("no-kind", test_no_kind);
  ADD ("line-breaking", test_line_breaking);
  ADD ("names-kept-together", test_names_kept_together);
  ADD ("export-async", test_export_async);
  ADD ("export-cancelled", test_export_cancelled);
  ADD ("docx-cancelled", test_docx_cancelled);
  ADD ("meeting-header-and-changes", test_meeting_header_and_changes);
  ADD ("statement-kinds", test_statement_kinds);
  g_test_add_func ("/ronten/handout/model-both-writers", test_model_both_writers);
  g_test_add_func ("/ronten/handout/kinds-parse", test_kinds_parse);

#undef ADD

  return g_test_run ();
}
