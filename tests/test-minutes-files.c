/* test-minutes-files.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Minutes from files: the same meeting as a Word .docx, a PDF printed from
 * it and a page of a city's site gives the same statements; the kind of a
 * file is told by its content; hostile and broken files (zip bombs, XML
 * entities, password-protected and image-only PDFs, truncated files, old
 * .doc) give a clear error, never a crash or a hang.
 */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib.h>
#include <zip.h>

#include "rt-docx-text.h"
#include "rt-html-text.h"
#include "rt-minutes-file.h"
#include "rt-minutes.h"
#include "rt-pdf-text.h"

static char *
data_path (const char *name)
{
  const char *top = g_getenv ("RT_SOURCE_DIR");

  g_assert_nonnull (top);
  return g_build_filename (top, "tests", "data", "minutes-files", name, NULL);
}

static GBytes *
load (const char *name)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

/* The statements of a text, one a line: speaker <tab> kind <tab> text. */
static char *
statements (const char *text)
{
  g_autoptr(RtMinutes) m = rt_minutes_parse (text, -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rt_minutes_get_n_statements (m); i++)
    {
      const RtStatement *s = rt_minutes_get_statement (m, i);

      g_string_append_printf (out, "%s\t%s\t%s\n", s->label ? s->label : "-",
                              rt_statement_kind_to_tag (s->kind), s->text);
    }

  return g_string_free (out, FALSE);
}

static char *
read_sample (const char      *name,
             RtMinutesFormat  expected)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RtMinutesFormat format;
  char *text = rt_minutes_file_read (file, &format, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpint (format, ==, expected);
  return text;
}

static void
test_same_statements (void)
{
  g_autofree char *docx = read_sample ("meeting.docx", RT_MINUTES_FORMAT_DOCX);
  g_autofree char *pdf = read_sample ("meeting.pdf", RT_MINUTES_FORMAT_PDF);
  g_autofree char *html = read_sample ("meeting.html", RT_MINUTES_FORMAT_HTML);
  g_autofree char *from_docx = statements (docx);
  g_autofree char *from_pdf = statements (pdf);
  g_autofree char *from_html = statements (html);
  g_auto(GStrv) rows = g_strsplit (from_docx, "\n", -1);
  g_autoptr(RtMinutes) m = rt_minutes_parse (pdf, -1);
  gsize start, end;

  g_assert_cmpstr (from_pdf, ==, from_docx);
  g_assert_cmpstr (from_html, ==, from_docx);

  /* 12 turns with their speakers; two members agreeing are two. */
  g_assert_cmpuint (g_strv_length (rows), ==, 13);
  g_assert_cmpstr (rows[0], ==, "山本会長\t進行\tただいまから第2回市民協働推進委員会を開会します。"
                                "本日は議題が二つありますので、順に進めます。"
                                "まず、議題1について事務局から説明をお願いします。");
  g_assert_cmpstr (rows[5], ==, "田中委員\t意見\t賛成です。");
  g_assert_cmpstr (rows[6], ==, "林委員\t意見\t賛成です。");
  g_assert_true (g_str_has_prefix (rows[2], "林委員\t要望\t登録団体が増えたことは評価できる。"));
  g_assert_true (g_str_has_prefix (rows[3], "森委員\t質問\t補助金の申請手続きが複雑だ"));

  /* The PDF: the header block found, the running header and the page
   * numbers dropped, the lines broken by the page width joined. */
  g_assert_true (rt_minutes_get_header (m, &start, &end));
  g_assert_true (g_str_has_prefix (pdf + start, "令和7年度第2回"));
  g_assert_null (strstr (pdf, "- 1 -"));
  g_assert_null (strstr (pdf, "- 2 -"));
  g_assert_null (strstr (pdf, "会議録（令和7年度第2回）"));
  g_assert_nonnull (strstr (pdf, "次の担い手をどう育てるかが課題となっています。事務局としては、"));

  /* The page: scripts, styles, menus and hidden text dropped. */
  g_assert_null (strstr (html, "スクリプト"));
  g_assert_null (strstr (html, "font-family"));
  g_assert_null (strstr (html, "市政情報"));
  g_assert_null (strstr (html, "非表示"));
  g_assert_nonnull (strstr (html, "日時\t令和7年7月10日"));
}

/* By content, whatever the name says. */
static void
test_sniff (void)
{
  static const struct {
    const char      *data;
    gsize            len;
    const char      *name;
    RtMinutesFormat  format;
  } cases[] = {
    { "%PDF-1.7\n", 9, "minutes.txt", RT_MINUTES_FORMAT_PDF },
    { "\n\n%PDF-1.4", 10, NULL, RT_MINUTES_FORMAT_PDF },
    { "PK\x03\x04....word/document.xml", 29, "minutes.pdf", RT_MINUTES_FORMAT_DOCX },
    { "PK\x03\x04....xl/workbook.xml", 26, "a.docx", RT_MINUTES_FORMAT_ZIP },
    { "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "a.doc", RT_MINUTES_FORMAT_DOC },
    { "<!DOCTYPE html><html>", 21, "a.txt", RT_MINUTES_FORMAT_HTML },
    { "\xef\xbb\xbf  <html lang=\"ja\">", 21, NULL, RT_MINUTES_FORMAT_HTML },
    { "<!-- saved --><html>", 20, NULL, RT_MINUTES_FORMAT_HTML },
    { "<p>議事録</p>", 15, "page.htm", RT_MINUTES_FORMAT_HTML },
    { "<p>議事録</p>", 15, "page.txt", RT_MINUTES_FORMAT_TEXT },
    { "○林委員　賛成です。", 27, "minutes.html", RT_MINUTES_FORMAT_TEXT },
    { "", 0, NULL, RT_MINUTES_FORMAT_TEXT },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("sniff case %" G_GSIZE_FORMAT, i);
      g_assert_cmpint (rt_minutes_sniff_format ((const guint8 *)cases[i].data, cases[i].len, cases[i].name),
                       ==, cases[i].format);
    }

  /* A PDF named .txt is read as a PDF. */
  {
    g_autoptr(GBytes) pdf = load ("meeting.pdf");
    g_autoptr(GError) error = NULL;
    RtMinutesFormat format;
    g_autofree char *text = rt_minutes_file_read_bytes (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                                        "minutes.txt", &format, &error);

    g_assert_no_error (error);
    g_assert_cmpint (format, ==, RT_MINUTES_FORMAT_PDF);
    g_assert_nonnull (strstr (text, "みどり市"));
  }
}

static void
assert_refused (const guint8 *data,
                gsize         len,
                int           code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rt_minutes_file_read_bytes (data, len, NULL, NULL, &error);

  g_assert_null (text);
  g_assert_error (error, RT_MINUTES_ERROR, code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), >, 20);
}

/* A zip of one member, @name, holding @len bytes of @data repeated @times. */
static GBytes *
make_zip (const char *name,
          const char *data,
          gsize       len,
          gsize       times)
{
  zip_error_t zerror;
  zip_source_t *out;
  zip_source_t *member;
  zip_t *archive;
  g_autofree char *content = g_malloc (len * times);
  zip_stat_t st;
  void *bytes;

  for (gsize i = 0; i < times; i++)
    memcpy (content + i * len, data, len);

  zip_error_init (&zerror);
  out = zip_source_buffer_create (NULL, 0, 0, &zerror);
  g_assert_nonnull (out);
  zip_source_keep (out);
  archive = zip_open_from_source (out, ZIP_TRUNCATE, &zerror);
  g_assert_nonnull (archive);
  member = zip_source_buffer (archive, content, len * times, 0);
  g_assert_nonnull (member);
  g_assert_cmpint (zip_file_add (archive, name, member, ZIP_FL_OVERWRITE), >=, 0);
  g_assert_cmpint (zip_close (archive), ==, 0);

  g_assert_cmpint (zip_source_stat (out, &st), ==, 0);
  g_assert_cmpint (zip_source_open (out), ==, 0);
  bytes = g_malloc (st.size);
  g_assert_cmpint (zip_source_read (out, bytes, st.size), ==, (zip_int64_t)st.size);
  zip_source_close (out);
  zip_source_free (out);
  zip_error_fini (&zerror);

  return g_bytes_new_take (bytes, st.size);
}

static void
test_hostile_docx (void)
{
  static const char prolog[] = "<?xml version=\"1.0\"?>";
  static const char laughs[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE w:document [\n"
    " <!ENTITY a \"ha\">\n"
    " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
    " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
    " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
    " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
    " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
    "]>\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>&f;</w:t></w:r></w:p></w:body></w:document>";
  static const char external[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE w:document SYSTEM \"http://example.com/evil.dtd\">\n"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>";
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GBytes) dense = NULL;
  g_autoptr(GBytes) entities = NULL;
  g_autoptr(GBytes) dtd = NULL;
  g_autoptr(GBytes) xlsx = NULL;
  g_autoptr(GBytes) good = load ("meeting.docx");
  gsize size;

  /* Over the size limit; then small, but a thousand times its packed size. */
  huge = make_zip ("word/document.xml", "                                ", 32,
                   RT_DOCX_TEXT_MAX_XML / 32 + 1024);
  g_assert_cmpuint (g_bytes_get_size (huge), <, 1024 * 1024);
  assert_refused (g_bytes_get_data (huge, NULL), g_bytes_get_size (huge), RT_MINUTES_ERROR_UNSAFE);
  dense = make_zip ("word/document.xml", "                                ", 32, 2 * 1024 * 1024 / 32);
  assert_refused (g_bytes_get_data (dense, NULL), g_bytes_get_size (dense), RT_MINUTES_ERROR_UNSAFE);

  /* Entities and a DTD: never expanded, never fetched. */
  entities = make_zip ("word/document.xml", laughs, strlen (laughs), 1);
  assert_refused (g_bytes_get_data (entities, NULL), g_bytes_get_size (entities), RT_MINUTES_ERROR_UNSAFE);
  dtd = make_zip ("word/document.xml", external, strlen (external), 1);
  assert_refused (g_bytes_get_data (dtd, NULL), g_bytes_get_size (dtd), RT_MINUTES_ERROR_UNSAFE);

  /* A zip that is no Word document. */
  xlsx = make_zip ("xl/workbook.xml", prolog, strlen (prolog), 1);
  assert_refused (g_bytes_get_data (xlsx, NULL), g_bytes_get_size (xlsx), RT_MINUTES_ERROR_UNSUPPORTED);

  /* Truncated anywhere: an error, never a crash. */
  size = g_bytes_get_size (good);
  for (gsize cut = 4; cut < size; cut += size / 7)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = rt_minutes_file_read_bytes (g_bytes_get_data (good, NULL), cut, NULL, NULL, &error);

      g_assert_null (text);
      g_assert_nonnull (error);
      g_assert_true (error->domain == RT_MINUTES_ERROR);
    }
}

/* A PDF of one page with a drawing and no text, as a scanner makes. */
static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_hostile_pdf (void)
{
  g_autoptr(GBytes) protected = load ("protected.pdf");
  g_autoptr(GBytes) good = load ("meeting.pdf");
  g_autoptr(GByteArray) scan = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize size;

  assert_refused (g_bytes_get_data (protected, NULL), g_bytes_get_size (protected), RT_MINUTES_ERROR_ENCRYPTED);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, scan, 595, 842);
  cr = cairo_create (surface);
  cairo_rectangle (cr, 50, 50, 400, 600);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  assert_refused (scan->data, scan->len, RT_MINUTES_ERROR_NO_TEXT);

  assert_refused ((const guint8 *)"%PDF-1.7\n%%EOF\n", 15, RT_MINUTES_ERROR_DAMAGED);

  /* Truncated: an error or the pages that remain, never a crash. */
  size = g_bytes_get_size (good);
  for (gsize cut = 16; cut < size; cut += size / 5)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = rt_minutes_file_read_bytes (g_bytes_get_data (good, NULL), cut, NULL, NULL, &error);

      g_assert_true ((text == NULL) != (error == NULL));
      if (text != NULL)
        g_assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_other_files (void)
{
  assert_refused ((const guint8 *)"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old word", 17, RT_MINUTES_ERROR_UNSUPPORTED);

  /* Bytes that are no text, named .docx or .PDF: said not to be what the
   * name says; unnamed, not text. */
  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (1);
    guint8 junk[3000];
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    for (guint i = 0; i < sizeof junk; i++)
      junk[i] = g_rand_int_range (rand, 0, 256);
    text = rt_minutes_file_read_bytes (junk, sizeof junk, "議事録.docx", NULL, &error);

    g_assert_null (text);
    g_assert_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED);
    g_assert_nonnull (strstr (error->message, ".docx"));
    g_clear_error (&error);
    g_assert_null (rt_minutes_file_read_bytes (junk, sizeof junk, "MINUTES.PDF", NULL, &error));
    g_assert_error (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED);
    g_assert_nonnull (strstr (error->message, "PDF"));
    g_clear_error (&error);
    g_assert_null (rt_minutes_file_read_bytes (junk, sizeof junk, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_false (g_error_matches (error, RT_MINUTES_ERROR, RT_MINUTES_ERROR_UNSUPPORTED));
  }

  /* Text as ever: Shift_JIS, UTF-16. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *sjis = g_convert ("○林委員　賛成です。", -1, "CP932", "UTF-8", NULL, NULL, NULL);
    g_autofree char *text = rt_minutes_file_read_bytes ((const guint8 *)sjis, strlen (sjis), "a.txt", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (text, ==, "○林委員　賛成です。");
  }
}

/* Text a PDF spaced out reads without the blanks, from a text file and
 * from a web page alike. */
static void
test_unspaced (void)
{
  static const char text[] = "あいさつ\n今 日 は 素 晴 ら し い 秋 晴 れ で す 。\n";
  static const char page[] = "<p>今 日 は 素 晴 ら し い 秋 晴 れ で す 。</p>";
  g_autoptr(GError) error = NULL;
  g_autofree char *from_text = rt_minutes_file_read_bytes ((const guint8 *) text, strlen (text), NULL, NULL, &error);
  g_autofree char *from_page = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (from_text, ==, "あいさつ\n今日は素晴らしい秋晴れです。\n");
  from_page = rt_minutes_file_read_bytes ((const guint8 *) page, strlen (page), "page.html", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_page, ==, "今日は素晴らしい秋晴れです。\n");
}

static void
test_html (void)
{
  static const struct {
    const char *page;
    const char *text;
  } cases[] = {
    { "<html><body><p>賛成です。</p><p>反対です。</p></body></html>", "賛成です。\n反対です。\n" },
    { "<ul><li>一つ目</li><li>二つ目</li></ul><ol><li>甲</li><li>乙</li></ol>", "・一つ目\n・二つ目\n1. 甲\n2. 乙\n" },
    { "<table><tr><td>意見の概要</td><td>市の考え方</td></tr><tr><td>延長して<br>ほしい。</td><td>検討します。</td></tr></table>",
      "意見の概要\t市の考え方\n延長して ほしい。\t検討します。\n" },
    { "<p>一行目<br>二行目</p><pre>  整形済み\n  二行</pre>", "一行目\n二行目\n  整形済み\n  二行\n" },
    { "<body><nav>メニュー</nav><main><p>本文</p></main><footer>問い合わせ</footer></body>", "本文\n" },
    { "<p>&lt;委員長&gt; &amp; &#x3042;&nbsp;い</p>", "<委員長> & あ\xc2\xa0い\n" },
    { "<script>document.write('<p>x</p>')</script><style>p{}</style><p hidden>隠す</p><p>見える</p>", "見える\n" },
    { "", "" },
    { "<<<>>>&&&;;;</p></div>", ">>>&&&;;;\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = rt_html_text_read ((const guint8 *)cases[i].page, strlen (cases[i].page), &error);

      g_test_message ("html case %" G_GSIZE_FORMAT ": %s", i, cases[i].page);
      g_assert_no_error (error);
      g_assert_cmpstr (text, ==, cases[i].text);
    }

  /* Shift_JIS without a <meta>, and EUC-JP with one. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *sjis = g_convert ("<p>林委員：賛成です。</p>", -1, "CP932", "UTF-8", NULL, NULL, NULL);
    g_autofree char *euc = g_convert ("<meta charset=\"euc-jp\"><p>事務局：承知しました。</p>", -1, "EUC-JP", "UTF-8",
                                      NULL, NULL, NULL);
    g_autofree char *a = rt_html_text_read ((const guint8 *)sjis, strlen (sjis), &error);
    g_autofree char *b = rt_html_text_read ((const guint8 *)euc, strlen (euc), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (a, ==, "林委員：賛成です。\n");
    g_assert_cmpstr (b, ==, "事務局：承知しました。\n");
  }

  /* Nested ten thousand deep: no recursion to overflow. */
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;

    for (guint i = 0; i < 10000; i++)
      g_string_append (deep, "<div><span>");
    g_string_append (deep, "深い");
    text = rt_html_text_read ((const guint8 *)deep->str, deep->len, &error);
    g_assert_no_error (error);
    g_assert_nonnull (text);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/minutes-files/same-statements", test_same_statements);
  g_test_add_func ("/ronten/minutes-files/sniff", test_sniff);
  g_test_add_func ("/ronten/minutes-files/hostile-docx", test_hostile_docx);
  g_test_add_func ("/ronten/minutes-files/hostile-pdf", test_hostile_pdf);
  g_test_add_func ("/ronten/minutes-files/other-files", test_other_files);
  g_test_add_func ("/ronten/minutes-files/html", test_html);
  g_test_add_func ("/ronten/minutes-files/unspaced", test_unspaced);

  return g_test_run ();
}
