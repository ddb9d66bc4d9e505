/* fuzz-xlsx.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the .xlsx reader (rt-sheet.h, rt-zip.h).
 *
 * The input is either a whole file (when it starts as a zip archive does),
 * or the XML of a worksheet, which is zipped into a workbook with a fixed
 * workbook, shared strings and styles so that the fuzzer reaches the sheet
 * parser without having to invent a zip archive. Aborts when the result
 * breaks the reader's promises (see fuzz-csv.c).
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz-sheet.h"
#include "rt-zip.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
add (RtZipWriter *zip,
     const char  *name,
     const char  *text,
     gsize        length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  rt_zip_writer_add (zip, name, bytes, TRUE);
}

static GBytes *
workbook_around (const uint8_t *sheet,
                 size_t         size)
{
  static const char workbook[] =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<workbookPr date1904=\"0\"/><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static const char rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
  static const char strings[] =
    "<sst><si><t>意見</t></si><si><r><t>林</t></r><r><t>委員</t></r><rPh><t>はやし</t></rPh></si></sst>";
  static const char styles[] =
    "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy/m/d\"/></numFmts>"
    "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
  g_autoptr(RtZipWriter) zip = rt_zip_writer_new ();

  add (zip, "xl/workbook.xml", workbook, strlen (workbook));
  add (zip, "xl/_rels/workbook.xml.rels", rels, strlen (rels));
  add (zip, "xl/sharedStrings.xml", strings, strlen (strings));
  add (zip, "xl/styles.xml", styles, strlen (styles));
  add (zip, "xl/worksheets/sheet1.xml", (const char *)sheet, size);

  return rt_zip_writer_finish (zip, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autoptr(RtSheet) sheet = NULL;
  gsize length;
  const guint8 *bytes;

  if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    file = g_bytes_new (data, size);
  else
    file = workbook_around (data, size);
  CHECK (file != NULL);

  bytes = g_bytes_get_data (file, &length);
  sheet = rt_sheet_read_xlsx (bytes, length, NULL, &error);

  CHECK ((sheet == NULL) != (error == NULL));
  if (sheet == NULL)
    {
      CHECK (error->domain == RT_SHEET_ERROR && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  rt_fuzz_check_sheet (sheet, FALSE);
  CHECK (g_strcmp0 (rt_sheet_get_sheet_name (sheet), "S") == 0 || size >= 4);
  return 0;
}
