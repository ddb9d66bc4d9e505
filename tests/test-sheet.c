/* test-sheet.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables from outside (rt-sheet.h): CSV by RFC 4180 in every encoding a
 * Japanese office meets, broken quoting with its line, workbooks written by
 * Ronten and made by hand (shared and inline strings, furigana, numbers,
 * dates in both date systems), and hostile workbooks: a DTD with entities,
 * a zip bomb, no sheet, no workbook. The card table's CSV and workbook
 * writers are checked by reading their files back.
 */

#include "config.h"

#include <string.h>

#include "rt-card-table.h"
#include "rt-sheet.h"
#include "rt-test-util.h"
#include "rt-zip.h"

static RtSheet *
read_text (const char  *text,
           GError     **error)
{
  return rt_sheet_read ((const guint8 *)text, strlen (text), NULL, error);
}

static void
assert_row (RtSheet            *sheet,
            guint               row,
            const char * const *cells)
{
  guint n = g_strv_length ((char **)cells);

  for (guint c = 0; c < n; c++)
    g_assert_cmpstr (rt_sheet_get_cell (sheet, row, c), ==, cells[c]);
  for (guint c = n; c < rt_sheet_get_n_columns (sheet); c++)
    g_assert_cmpstr (rt_sheet_get_cell (sheet, row, c), ==, "");
}

static void
test_csv_rfc4180 (void)
{
  static const struct {
    const char *name;
    const char *text;
    guint       n_rows;
    const char *cells[3][4];
  } cases[] = {
    { "plain", "a,b,c\n1,2,3\n", 2, { { "a", "b", "c" }, { "1", "2", "3" } } },
    { "crlf", "a,b\r\n1,2\r\n", 2, { { "a", "b" }, { "1", "2" } } },
    { "cr", "a,b\r1,2\r", 2, { { "a", "b" }, { "1", "2" } } },
    { "no final line end", "a,b\n1,2", 2, { { "a", "b" }, { "1", "2" } } },
    { "quoted separators and breaks", "a,b\n\"x,y\",\"line\r\nbreak\"\n", 2,
      { { "a", "b" }, { "x,y", "line\r\nbreak" } } },
    { "doubled quotes", "a\n\"say \"\"hi\"\"\"\n", 2, { { "a" }, { "say \"hi\"" } } },
    { "quote inside unquoted", "a\n5\" screen\n", 2, { { "a" }, { "5\" screen" } } },
    { "empty fields", "a,,c\n,,\n,2,\n", 2, { { "a", "", "c" }, { "", "2", "" } } },
    { "ragged", "a\n1,2,3\n", 2, { { "a" }, { "1", "2", "3" } } },
    { "blank lines", "a\n\n\nb\n", 2, { { "a" }, { "b" } } },
    { "tabs", "意見\t氏名\n施設\tA\n", 2, { { "意見", "氏名" }, { "施設", "A" } } },
    { "formula mark", "'=SUM(A1),'-x,'plain\n", 1, { { "=SUM(A1)", "-x", "'plain" } } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtSheet) sheet = read_text (cases[i].text, &error);

      g_test_message ("%s", cases[i].name);
      g_assert_no_error (error);
      g_assert_cmpuint (rt_sheet_get_n_rows (sheet), ==, cases[i].n_rows);
      for (guint r = 0; r < cases[i].n_rows; r++)
        assert_row (sheet, r, cases[i].cells[r]);
    }
}

static void
test_csv_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = read_text ("a,b\n\"two\nlines\",x\n\nlast,y\n", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rt_sheet_get_n_rows (sheet), ==, 3);
  g_assert_cmpuint (rt_sheet_get_line (sheet, 0), ==, 1);
  g_assert_cmpuint (rt_sheet_get_line (sheet, 1), ==, 2);
  g_assert_cmpuint (rt_sheet_get_line (sheet, 2), ==, 5);
}

static void
test_csv_broken (void)
{
  static const struct {
    const char *text;
    const char *line;
  } cases[] = {
    { "a,b\n1,2\n\"never closed,3\n4,5\n", "Line 3:" },
    { "a,b\n\"x\"y,2\n", "Line 2:" },
    { "a\n\"multi\nline\" junk\n", "Line 3:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RtSheet) sheet = read_text (cases[i].text, &error);

      g_assert_null (sheet);
      g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].line));
    }
}

static void
test_csv_encodings (void)
{
  static const char text[] = "意見,氏名\n図書館の開館時間を延長してほしい,山田\n";
  static const struct {
    const char *charset;
    const char *prefix;
    gsize       prefix_length;
    const char *encoding;
  } cases[] = {
    { "UTF-8", "", 0, "UTF-8" },
    { "UTF-8", "\xEF\xBB\xBF", 3, "UTF-8 (BOM)" },
    { "CP932", "", 0, "Shift_JIS (CP932)" },
    { "UTF-16LE", "\xFF\xFE", 2, "UTF-16LE" },
    { "UTF-16BE", "\xFE\xFF", 2, "UTF-16BE" },
    { "UTF-16LE", "", 0, "UTF-16LE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *converted = NULL;
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      g_autoptr(RtSheet) sheet = NULL;
      gsize length;

      converted = g_convert (text, -1, cases[i].charset, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
      g_byte_array_append (bytes, (const guint8 *)cases[i].prefix, cases[i].prefix_length);
      g_byte_array_append (bytes, (const guint8 *)converted, length);

      sheet = rt_sheet_read_csv (bytes->data, bytes->len, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (rt_sheet_get_encoding (sheet), ==, cases[i].encoding);
      g_assert_cmpstr (rt_sheet_get_cell (sheet, 1, 0), ==, "図書館の開館時間を延長してほしい");
      g_assert_cmpstr (rt_sheet_get_cell (sheet, 1, 1), ==, "山田");
    }
}

static void
test_csv_not_text (void)
{
  static const guint8 binary[] = { 0x89, 'P', 'N', 'G', 0, 0, 0xFF, 0x80, 0x81, 0x00, 0x13 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = rt_sheet_read (binary, sizeof binary, NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_ENCODING);

  g_clear_error (&error);
  g_assert_null (read_text ("\n\n,,\n", &error));
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_EMPTY);
}

static void
test_too_large (void)
{
  gsize length = RT_SHEET_MAX_INPUT + 1;
  g_autofree guint8 *big = g_malloc (length);
  g_autoptr(GError) error = NULL;

  memset (big, 'a', length);
  g_assert_null (rt_sheet_read_csv (big, length, &error));
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "MB"));
}

static void
test_find_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = read_text ("番号,意見, 氏名 \n1,x,y\n", &error);

  g_assert_cmpint (rt_sheet_find_column (sheet, "意見", &error), ==, 1);
  g_assert_cmpint (rt_sheet_find_column (sheet, "氏名", &error), ==, 2);
  g_assert_cmpint (rt_sheet_find_column (sheet, "3", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (rt_sheet_find_column (sheet, "4", &error), ==, -1);
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN);
  g_clear_error (&error);
  g_assert_cmpint (rt_sheet_find_column (sheet, "カテゴリ", &error), ==, -1);
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN);
  /* The message lists the columns there are. */
  g_assert_nonnull (strstr (error->message, "2「意見」"));
}

/* Workbooks made by hand */

static void
add_part (RtZipWriter *zip,
          const char  *name,
          const char  *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  rt_zip_writer_add (zip, name, bytes, TRUE);
}

#define WORKBOOK(sheets, pr) \
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" \
  "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"" \
  " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" \
  pr "<sheets>" sheets "</sheets></workbook>"

static GBytes *
make_workbook (const char *workbook,
               const char *sheet,
               const char *strings,
               const char *styles)
{
  g_autoptr(RtZipWriter) zip = rt_zip_writer_new ();

  add_part (zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  add_part (zip, "_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            " Target=\"xl/workbook.xml\"/></Relationships>");
  if (workbook != NULL)
    add_part (zip, "xl/workbook.xml", workbook);
  add_part (zip, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            " Target=\"worksheets/sheet1.xml\"/>"
            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            " Target=\"/xl/worksheets/sheet2.xml\"/>"
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
            " Target=\"sharedStrings.xml\"/></Relationships>");
  if (sheet != NULL)
    add_part (zip, "xl/worksheets/sheet1.xml", sheet);
  add_part (zip, "xl/worksheets/sheet2.xml",
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>二枚目</t></is></c></row>"
            "</sheetData></worksheet>");
  if (strings != NULL)
    add_part (zip, "xl/sharedStrings.xml", strings);
  if (styles != NULL)
    add_part (zip, "xl/styles.xml", styles);

  return rt_zip_writer_finish (zip, NULL);
}

static RtSheet *
read_workbook (GBytes      *bytes,
               const char  *sheet,
               GError     **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return rt_sheet_read (data, length, sheet, error);
}

static const char two_sheets[] =
  WORKBOOK ("<sheet name=\"回答\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"集計\" sheetId=\"2\" r:id=\"rId2\"/>", "");

static void
test_xlsx_cells (void)
{
  g_autoptr(GBytes) bytes = make_workbook (
    two_sheets,
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
    "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\" t=\"inlineStr\"><is><r><t>山田</t></r><r><t xml:space=\"preserve\"> 太郎</t></r></is></c>"
    "<c r=\"C3\" s=\"1\"><v>46073</v></c><c r=\"E3\"><v>3.25</v></c><c r=\"F3\"><v>12</v></c>"
    "<c r=\"G3\" t=\"b\"><v>1</v></c><c r=\"H3\" t=\"str\"><f>A3</f><v>式の値</v></c>"
    "<c r=\"I3\" s=\"2\"><v>45000.5</v></c><c r=\"J3\" t=\"e\"><v>#N/A</v></c><c r=\"K3\" s=\"1\"/></row>"
    "</sheetData></worksheet>",
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>意見</t></si><si><t>氏名</t></si><si><t>日付</t></si>"
    "<si><r><t>駐輪場を</t></r><r><rPr><b/></rPr><t>増やして&amp;ほしい</t></r>"
    "<rPh sb=\"0\" eb=\"3\"><t>チュウリンジョウ</t></rPh></si></sst>",
    "<styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm\"/></numFmts>"
    "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = read_workbook (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (rt_sheet_get_sheet_name (sheet), ==, "回答");
  g_assert_cmpstr (rt_sheet_get_encoding (sheet), ==, "Excel (.xlsx)");
  g_assert_cmpuint (g_strv_length ((char **)rt_sheet_get_sheet_names (sheet)), ==, 2);
  g_assert_cmpuint (rt_sheet_get_n_rows (sheet), ==, 2);
  g_assert_cmpuint (rt_sheet_get_line (sheet, 1), ==, 3);
  assert_row (sheet, 0, (const char *[]) { "意見", "氏名", "日付", NULL });
  /* Furigana (rPh) is left out; runs are joined; dates are ISO. */
  assert_row (sheet, 1, (const char *[]) { "駐輪場を増やして&ほしい", "山田 太郎", "2026-02-20", "", "3.25", "12",
                                           "TRUE", "式の値", "2023-03-15 12:00:00", "#N/A", NULL });
}

static void
test_xlsx_date1904_and_sheet (void)
{
  g_autoptr(GBytes) bytes = make_workbook (
    WORKBOOK ("<sheet name=\"回答\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"集計\" sheetId=\"2\" r:id=\"rId2\"/>",
              "<workbookPr date1904=\"1\"/>"),
    "<worksheet><sheetData><row><c s=\"1\"><v>44611</v></c></row></sheetData></worksheet>",
    NULL,
    "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) first = read_workbook (bytes, NULL, &error);
  g_autoptr(RtSheet) second = NULL;

  g_assert_no_error (error);
  /* 44611 days after 1904-01-01. */
  g_assert_cmpstr (rt_sheet_get_cell (first, 0, 0), ==, "2026-02-20");

  second = read_workbook (bytes, "集計", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_sheet_get_cell (second, 0, 0), ==, "二枚目");

  g_assert_null (read_workbook (bytes, "ない", &error));
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "回答、集計"));
}

static void
test_xlsx_hostile (void)
{
  static const struct {
    const char  *name;
    const char  *workbook;
    const char  *sheet;
    RtSheetError code;
  } cases[] = {
    { "no sheet", WORKBOOK ("", ""), NULL, RT_SHEET_ERROR_NO_SHEET },
    { "no workbook", NULL, NULL, RT_SHEET_ERROR_NO_SHEET },
    { "sheet part missing", two_sheets, NULL, RT_SHEET_ERROR_NO_SHEET },
    { "billion laughs", two_sheets,
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>",
      RT_SHEET_ERROR_INVALID },
    { "external entity", two_sheets,
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>",
      RT_SHEET_ERROR_INVALID },
    { "undeclared entity", two_sheets,
      "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>",
      RT_SHEET_ERROR_INVALID },
    { "not xml", two_sheets, "<worksheet><sheetData><row>", RT_SHEET_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = make_workbook (cases[i].workbook, cases[i].sheet, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(RtSheet) sheet = NULL;

      g_test_message ("%s", cases[i].name);
      sheet = read_workbook (bytes, NULL, &error);
      g_assert_null (sheet);
      g_assert_error (error, RT_SHEET_ERROR, cases[i].code);
      g_assert_null (strstr (error->message, "root:"));
    }
}

/* 64 MB of zeros deflate to some 64 kB: refused before inflating. */
static void
test_xlsx_zip_bomb (void)
{
  gsize size = 64 * 1024 * 1024;
  g_autoptr(RtZipWriter) zip = rt_zip_writer_new ();
  g_autoptr(GBytes) zeros = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = NULL;
  gint64 start;

  add_part (zip, "xl/workbook.xml", two_sheets);
  rt_zip_writer_add (zip, "xl/worksheets/sheet1.xml", zeros, TRUE);
  bytes = rt_zip_writer_finish (zip, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 1024 * 1024);

  start = g_get_monotonic_time ();
  sheet = read_workbook (bytes, NULL, &error);
  g_assert_null (sheet);
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "zip bomb"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_not_zip (void)
{
  static const guint8 broken[] = "PK\x03\x04 this is not really a zip archive";
  g_autoptr(GError) error = NULL;

  g_assert_null (rt_sheet_read (broken, sizeof broken - 1, NULL, &error));
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID);
}

/* The card table's writers, read back by this reader. */

typedef struct
{
  char        *tmpdir;
  char        *path;
  RtCommittee *committee;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->path = rt_test_make_sample (&f->tmpdir);
  f->committee = rt_committee_open (f->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->committee);
  rt_test_remove_tree (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->path);
}

static void
add_card (RtCommittee *committee,
          const char  *text)
{
  g_autoptr(GError) error = NULL;
  RtCardDraft draft = { 0, };

  draft.text = text;
  draft.verbatim = "";
  draft.source_offset = -1;
  g_assert_cmpint (rt_committee_add_card (committee, &draft, &error), >, 0);
  g_assert_no_error (error);
}

static RtSheet *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RtSheet *sheet = rt_sheet_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return sheet;
}

static void
test_card_table_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(RtCardTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xlsx = g_build_filename (f->tmpdir, "cards.xlsx", NULL);
  g_autofree char *csv = g_build_filename (f->tmpdir, "cards.csv", NULL);
  g_autofree char *sjis = g_build_filename (f->tmpdir, "cards-sjis.csv", NULL);
  const char *paths[] = { xlsx, csv, sjis };
  RtCardTableOptions options[] = {
    { RT_CARD_TABLE_XLSX, FALSE, RT_CSV_ENCODING_UTF8 },
    { RT_CARD_TABLE_CSV, FALSE, RT_CSV_ENCODING_UTF8 },
    { RT_CARD_TABLE_CSV, FALSE, RT_CSV_ENCODING_CP932 },
  };

  table = rt_card_table_new (f->committee, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rt_card_table_get_n_rows (table), ==, 46);

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(RtSheet) sheet = NULL;

      g_assert_true (rt_card_table_write (table, &options[i], paths[i], NULL, &error));
      g_assert_no_error (error);
      sheet = load (paths[i]);
      g_assert_cmpuint (rt_sheet_get_n_rows (sheet), ==, 47);
      g_assert_cmpuint (rt_sheet_get_n_columns (sheet), ==, RT_CARD_N_COLUMNS);
      for (guint c = 0; c < RT_CARD_N_COLUMNS; c++)
        g_assert_cmpstr (rt_sheet_get_cell (sheet, 0, c), ==, rt_card_column_get_title (c));
      for (guint r = 0; r < 46; r++)
        for (guint c = 0; c < RT_CARD_N_COLUMNS; c++)
          {
            const char *want = rt_card_table_get (table, r, c);

            /* Shift_JIS writes 〜 as ～ (see rt-card-table.h). */
            if (i == 2 && strstr (want, "〜"))
              continue;
            g_assert_cmpstr (rt_sheet_get_cell (sheet, r + 1, c), ==, want);
          }
    }
}

static void
test_cp932_unrepresentable (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(RtCardTable) table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = g_build_filename (f->tmpdir, "x.csv", NULL);
  RtCardTableOptions options = { RT_CARD_TABLE_CSV, FALSE, RT_CSV_ENCODING_CP932 };

  /* 𠮷 (U+20BB7) is not in CP932; 〜 has a twin there. */
  add_card (f->committee, "吉野家ではなく𠮷野家です〜");

  table = rt_card_table_new (f->committee, FALSE, &error);
  g_assert_no_error (error);
  bytes = rt_card_table_to_csv (table, RT_CSV_ENCODING_CP932, &error);
  g_assert_null (bytes);
  g_assert_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_UNREPRESENTABLE);
  g_assert_nonnull (strstr (error->message, "Row 47"));
  g_assert_nonnull (strstr (error->message, "U+20BB7"));

  g_clear_error (&error);
  g_assert_false (rt_card_table_write (table, &options, out, NULL, &error));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_csv_quoting_out (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RtCardTable) table = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;

  add_card (f->committee, "=HYPERLINK(\"http://x\")");
  add_card (f->committee, "一行目\n二行目, \"引用\"");

  table = rt_card_table_new (f->committee, FALSE, &error);
  bytes = rt_card_table_to_csv (table, RT_CSV_ENCODING_UTF8, &error);
  g_assert_no_error (error);
  text = g_bytes_get_data (bytes, &length);

  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF番号,意見,"));
  g_assert_nonnull (strstr (text, "\r\n"));
  g_assert_nonnull (strstr (text, ",\"'=HYPERLINK(\"\"http://x\"\")\","));
  g_assert_nonnull (strstr (text, ",\"一行目\n二行目, \"\"引用\"\"\","));
}

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* In a worker thread; a cancelled read says so. */
static void
test_load_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("ronten-test-sheet-XXXXXX", &error);
  g_autofree char *path = g_build_filename (tmpdir, "t.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RtSheet) sheet = NULL;

  g_assert_true (g_file_set_contents (path, "意見\n駐輪場\n", -1, &error));

  rt_sheet_load_async (file, NULL, NULL, loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  sheet = rt_sheet_load_finish (result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (rt_sheet_get_cell (sheet, 1, 0), ==, "駐輪場");

  g_clear_object (&result);
  g_cancellable_cancel (cancellable);
  rt_sheet_load_async (file, NULL, cancellable, loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (rt_sheet_load_finish (result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  rt_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ronten/sheet/csv-rfc4180", test_csv_rfc4180);
  g_test_add_func ("/ronten/sheet/csv-lines", test_csv_lines);
  g_test_add_func ("/ronten/sheet/csv-broken", test_csv_broken);
  g_test_add_func ("/ronten/sheet/csv-encodings", test_csv_encodings);
  g_test_add_func ("/ronten/sheet/csv-not-text", test_csv_not_text);
  g_test_add_func ("/ronten/sheet/too-large", test_too_large);
  g_test_add_func ("/ronten/sheet/find-column", test_find_column);
  g_test_add_func ("/ronten/sheet/xlsx-cells", test_xlsx_cells);
  g_test_add_func ("/ronten/sheet/xlsx-1904-and-sheets", test_xlsx_date1904_and_sheet);
  g_test_add_func ("/ronten/sheet/xlsx-hostile", test_xlsx_hostile);
  g_test_add_func ("/ronten/sheet/xlsx-zip-bomb", test_xlsx_zip_bomb);
  g_test_add_func ("/ronten/sheet/not-zip", test_not_zip);
  g_test_add_func ("/ronten/sheet/load-async", test_load_async);

#define ADD(path, func) \
  g_test_add ("/ronten/sheet/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("card-table-round-trip", test_card_table_round_trip);
  ADD ("cp932-unrepresentable", test_cp932_unrepresentable);
  ADD ("csv-quoting-out", test_csv_quoting_out);

#undef ADD

  return g_test_run ();
}
