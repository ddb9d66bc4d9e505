/* fuzz-sheet.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the CSV and .xlsx fuzz targets check of any table they read.
 */

#pragma once

#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rt-sheet.h"

#define CHECK(cond) G_STMT_START { if (!(cond)) abort (); } G_STMT_END

/* Lines (CSV) increase; a workbook's rows are taken in the order written. */
static void
rt_fuzz_check_sheet (RtSheet  *sheet,
                     gboolean  lines_increase)
{
  guint n_rows = rt_sheet_get_n_rows (sheet);
  guint n_columns = rt_sheet_get_n_columns (sheet);
  guint previous = 0;
  g_autoptr(GArray) offsets = NULL;
  g_autofree char *text = NULL;

  CHECK (n_rows > 0 && n_rows <= RT_SHEET_MAX_ROWS);
  CHECK (n_columns > 0 && n_columns <= RT_SHEET_MAX_COLUMNS);

  for (guint r = 0; r < n_rows; r++)
    {
      gboolean empty = TRUE;

      CHECK (!lines_increase || rt_sheet_get_line (sheet, r) > previous || r == 0);
      previous = rt_sheet_get_line (sheet, r);
      for (guint c = 0; c < n_columns; c++)
        {
          const char *cell = rt_sheet_get_cell (sheet, r, c);

          CHECK (cell != NULL && g_utf8_validate (cell, -1, NULL));
          empty &= cell[0] == '\0';
        }
      /* Empty rows are left out. */
      CHECK (!empty);
    }
  CHECK (rt_sheet_get_cell (sheet, n_rows, 0)[0] == '\0');

  text = rt_sheet_to_text (sheet, &offsets);
  CHECK (offsets->len == n_rows + 1);
  CHECK (g_array_index (offsets, gsize, n_rows) == strlen (text));
}

