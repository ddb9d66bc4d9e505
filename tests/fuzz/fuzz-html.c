/* fuzz-html.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the reader of saved web pages: whatever the bytes
 * (any charset, broken markup, deep nesting), the reader returns UTF-8 text
 * or an error of RT_MINUTES_ERROR, and the parser cuts the text.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rt-html-text.h"
#include "rt-minutes.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond) G_STMT_START { if (!(cond)) { g_printerr ("CHECK failed: %s\n", #cond); abort (); } } G_STMT_END

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = rt_html_text_read (data, size, &error);

  if (text == NULL)
    {
      CHECK (error != NULL && error->domain == RT_MINUTES_ERROR);
      CHECK (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  CHECK (error == NULL);
  CHECK (g_utf8_validate (text, -1, NULL));
  {
    g_autoptr(RtMinutes) m = rt_minutes_parse (text, -1);

    CHECK (m != NULL);
  }

  return 0;
}
