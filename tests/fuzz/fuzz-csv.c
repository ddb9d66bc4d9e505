/* fuzz-csv.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the CSV reader (rt-sheet.h).
 *
 * Reads arbitrary bytes as CSV and aborts when the result breaks the
 * reader's promises: a table or an error, never both; rows as wide as the
 * table; every cell valid UTF-8; lines increasing; the import's text form
 * of the table accounting for every row.
 */

#include <stdint.h>
#include <stdlib.h>

#include <glib.h>

#include "fuzz-sheet.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = rt_sheet_read_csv (data, size, &error);

  CHECK ((sheet == NULL) != (error == NULL));
  if (sheet == NULL)
    {
      CHECK (error->domain == RT_SHEET_ERROR && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  rt_fuzz_check_sheet (sheet, TRUE);
  CHECK (rt_sheet_find_column (sheet, "1", NULL) == 0);
  return 0;
}
