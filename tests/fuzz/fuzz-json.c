/* fuzz-json.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibFuzzer target for the JSON import.
 *
 * Every input replaces the content of one in-memory committee. The import
 * is all or nothing, so after each input:
 *  - the store passes its integrity check and is not left in a transaction;
 *  - a refused input left the committee exactly as it was (same export);
 *  - an accepted input exports to JSON that imports again and exports the same;
 *  - every error has a domain of its own and a UTF-8 message.
 * A broken invariant aborts, which libFuzzer reports as a crash.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include "rt-committee.h"
#include "rt-committee-private.h"


int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

#define CHECK(cond) G_STMT_START { if (!(cond)) { g_printerr ("CHECK failed: %s\n", #cond); abort (); } } G_STMT_END

static RtCommittee *committee;
static char *current;

static char *
export (void)
{
  g_autoptr(GError) error = NULL;
  char *json = rt_committee_export_json (committee, NULL, &error);

  if (json == NULL)
    g_printerr ("export failed: %s\n", error->message);
  CHECK (json != NULL);
  return json;
}

static void
check_store (void)
{
  g_autoptr(GError) error = NULL;
  RtStore *store = rt_committee_get_store (committee);

  CHECK (!rt_store_in_transaction (store));
  if (!rt_store_check_integrity (store, &error))
    g_printerr ("integrity: %s\n", error->message);
  CHECK (error == NULL);
}

static void
init (void)
{
  g_autoptr(GError) error = NULL;

  /* Fatal criticals: a g_return_if_fail() reached by input is a bug too. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  committee = rt_committee_open (":memory:", RT_STORE_OPEN_CREATE, &error);
  CHECK (committee != NULL);
  current = export ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  if (committee == NULL)
    init ();

  if (rt_committee_import_json (committee, (const char *)data, size,
                                RT_JSON_IMPORT_REPLACE, &error))
    {
      g_autofree char *again = NULL;

      CHECK (error == NULL);
      check_store ();

      /* What was accepted reads back the same way. */
      after = export ();
      CHECK (rt_committee_import_json (committee, after, -1, RT_JSON_IMPORT_REPLACE, &error));
      check_store ();
      again = export ();
      CHECK (strcmp (again, after) == 0);

      g_free (current);
      current = g_steal_pointer (&after);
    }
  else
    {
      CHECK (error != NULL);
      CHECK (error->domain == RT_JSON_ERROR || error->domain == RT_STORE_ERROR);
      CHECK (error->message != NULL && error->message[0] != '\0');
      CHECK (g_utf8_validate (error->message, -1, NULL));
      check_store ();

      /* Nothing of a refused file is left behind. */
      after = export ();
      CHECK (strcmp (after, current) == 0);
    }

  return 0;
}
