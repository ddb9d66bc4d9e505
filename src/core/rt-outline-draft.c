/* rt-outline-draft.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-outline-draft"

#include "config.h"

#include <string.h>

#include "rt-outline-draft.h"

/* See rt-outline-draft.h. The outline is the committee's Japanese document:
 * its words are Japanese whatever the language of the interface. */

/* How many opinions an outline lists under a point: the main ones. */
#define MAX_OPINIONS 6

static char *
one_line (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  for (char *p = copy; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return g_steal_pointer (&copy);
}

static void
add_opinion (GPtrArray  *opinions,
             GHashTable *seen,
             RtSnapCard *card)
{
  if (card->visibility == RT_VISIBILITY_PRIVATE || card->kind == RT_STATEMENT_KIND_PROCEDURE ||
      g_hash_table_contains (seen, &card->id))
    return;

  g_hash_table_add (seen, &card->id);
  g_ptr_array_add (opinions, card);
}

static void
write_point (GString     *out,
             RtSnapshot  *snapshot,
             RtSnapPoint *point)
{
  g_autoptr(GPtrArray) opinions = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean any = FALSE;

  g_string_append_printf (out, "論点%d　%s\n", point->number, point->title);

  g_string_append (out, "【委員会の方向性】\n");
  for (guint i = 0; i < snapshot->directions->len; i++)
    {
      RtSnapDirection *d = snapshot->directions->pdata[i];
      g_autofree char *text = NULL;

      if (d->point != point)
        continue;
      text = one_line (d->text);
      if (d->meeting_number > 0)
        g_string_append_printf (out, "・%s（第%d回）\n", text, d->meeting_number);
      else
        g_string_append_printf (out, "・%s\n", text);
      any = TRUE;
    }
  if (!any)
    g_string_append (out, point->status == RT_POINT_STATUS_UNDISCUSSED ? "・（未議論）\n" : "・（整理中）\n");

  /* The opinions linked to the point itself first, then those of its themes. */
  for (guint i = 0; i < point->cards->len; i++)
    add_opinion (opinions, seen, point->cards->pdata[i]);
  for (guint i = 0; i < point->themes->len; i++)
    {
      RtSnapTheme *theme = point->themes->pdata[i];

      for (guint j = 0; j < theme->cards->len; j++)
        add_opinion (opinions, seen, theme->cards->pdata[j]);
    }

  g_string_append (out, "【主な意見】\n");
  if (opinions->len == 0)
    g_string_append (out, "・（意見なし）\n");
  for (guint i = 0; i < MIN (opinions->len, MAX_OPINIONS); i++)
    {
      RtSnapCard *card = opinions->pdata[i];
      g_autofree char *text = one_line (card->text);
      g_autofree char *speaker = rt_snapshot_name_speaker (snapshot, card, RT_OUTPUT_OUTLINE, RT_SPEAKER_DISPLAY_DEFAULT);

      if (speaker != NULL)
        g_string_append_printf (out, "・%s（%s）\n", text, speaker);
      else
        g_string_append_printf (out, "・%s\n", text);
    }
  if (opinions->len > MAX_OPINIONS)
    g_string_append_printf (out, "・ほか%u件の意見\n", opinions->len - MAX_OPINIONS);

  if (point->proposals != NULL && point->proposals[0] != NULL)
    {
      g_string_append (out, "【前回答申の提案とその後】\n");
      for (guint i = 0; point->proposals[i] != NULL; i++)
        {
          g_autofree char *text = one_line (point->proposals[i]);

          g_string_append_printf (out, "・%s\n　→（その後の状況を記入）\n", text);
        }
    }
}

/**
 * rt_outline_draft_build:
 * @framework_id: the framework whose points make the outline, or 0 for the
 *   first
 *
 * Drafts the 答申 outline from the points, their directions, the opinions
 * linked to them and the proposals of the previous 答申. Reads nothing but
 * @snapshot: safe in any thread.
 *
 * Returns: (transfer full): the draft
 */
char *
rt_outline_draft_build (RtSnapshot *snapshot,
                        gint64      framework_id)
{
  RtSnapFramework *framework = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (snapshot != NULL, NULL);

  for (guint i = 0; i < snapshot->frameworks->len; i++)
    {
      RtSnapFramework *f = snapshot->frameworks->pdata[i];

      if ((framework_id == 0 && framework == NULL) || f->id == framework_id)
        framework = f;
    }

  for (guint i = 0; framework != NULL && i < framework->points->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      write_point (out, snapshot, framework->points->pdata[i]);
    }

  return g_string_free (out, FALSE);
}

/* Comparison */

void
rt_text_change_free (RtTextChange *change)
{
  if (change == NULL)
    return;

  g_free (change->section);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

typedef struct
{
  char *text;     /* the sentence, without its bullet */
  char *key;      /* what is compared: the text without blanks */
  char *section;  /* the heading it stands under */
} Unit;

static void
unit_clear (gpointer data)
{
  Unit *unit = data;

  g_free (unit->text);
  g_free (unit->key);
  g_free (unit->section);
}

/* A heading: a point (論点3 …), a chapter (第2章 …) or a numbered line,
 * which is no sentence. */
static gboolean
is_heading (const char *line)
{
  static const char * const starts[] = {
    "論点", "第", "１", "２", "３", "４", "５", "６", "７", "８", "９",
  };

  if (strstr (line, "。") != NULL)
    return FALSE;

  if (g_ascii_isdigit (line[0]))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    if (g_str_has_prefix (line, starts[i]))
      return TRUE;

  return FALSE;
}

/* Drops the marks in front of an item and the blanks around it. */
static const char *
skip_marks (const char *line)
{
  static const char * const marks[] = { "・", "　", " ", "→", "○", "◯", "●", "-", "－" };
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        if (g_str_has_prefix (line, marks[i]))
          {
            line += strlen (marks[i]);
            again = TRUE;
          }
    }

  return line;
}

static char *
make_key (const char *text)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x3000)
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static void
add_unit (GArray     *units,
          const char *text,
          gsize       length,
          const char *section)
{
  g_autofree char *copy = g_strndup (text, length);
  Unit unit;

  g_strstrip (copy);
  if (copy[0] == '\0')
    return;

  unit.text = g_steal_pointer (&copy);
  unit.key = make_key (unit.text);
  unit.section = g_strdup (section);
  g_array_append_val (units, unit);
}

/* Whether @text, stripped, is only a note in brackets: the placeholders of
 * a draft (（未議論）, （その後の状況を記入）) or a speaker alone, which are
 * no sentences to compare. */
static gboolean
is_note (const char *text,
         gsize       length)
{
  g_autofree char *copy = g_strstrip (g_strndup (text, length));
  const char *close;

  if (!g_str_has_prefix (copy, "（") || !g_str_has_suffix (copy, "）"))
    return FALSE;
  close = strstr (copy, "）");

  return close != NULL && close[strlen ("）")] == '\0';
}

/* After a sentence's 。, the speaker in brackets that ends it: （林委員）. */
static const char *
skip_speaker (const char *end)
{
  const char *p = end;
  const char *close;

  while (*p == ' ' || g_str_has_prefix (p, "　"))
    p += *p == ' ' ? 1 : strlen ("　");
  if (!g_str_has_prefix (p, "（") && *p != '(')
    return end;
  close = *p == '(' ? strchr (p, ')') : strstr (p, "）");
  if (close == NULL)
    return end;
  close += *close == ')' ? 1 : strlen ("）");
  /* A bracket holding a sentence of its own is not a speaker. */
  if (g_strstr_len (p, close - p, "。") != NULL)
    return end;

  return close;
}

/* The sentences of @text, each with the heading it stands under; a heading
 * is a unit of its own. */
static GArray *
split_units (const char *text)
{
  GArray *units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autofree char *heading = g_strdup ("");
  g_autofree char *part = NULL;

  g_array_set_clear_func (units, unit_clear);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *section = NULL;
      const char *body, *start;

      if (line[0] == '\0')
        continue;

      if (is_heading (line))
        {
          g_free (heading);
          heading = g_strdup (line);
          g_clear_pointer (&part, g_free);
          add_unit (units, line, strlen (line), "");
          continue;
        }

      if (g_str_has_prefix (line, "【"))
        {
          g_free (part);
          part = g_strdup (line);
          add_unit (units, line, strlen (line), heading);
          continue;
        }

      section = part != NULL && heading[0] != '\0' ? g_strdup_printf ("%s %s", heading, part)
                                                   : g_strdup (part != NULL ? part : heading);
      body = skip_marks (lines[i]);
      start = body;
      for (const char *p = body; *p; )
        if (g_str_has_prefix (p, "。"))
          {
            const char *end = skip_speaker (p + strlen ("。"));

            if (!is_note (start, end - start))
              add_unit (units, start, end - start, section);
            start = p = end;
          }
        else
          p = g_utf8_next_char (p);
      if (!is_note (start, strlen (start)))
        add_unit (units, start, strlen (start), section);
    }

  return units;
}

/* How alike two sentences are: the Dice coefficient of their character
 * bigrams, 0 … 1. */
static double
similarity (const char *a,
            const char *b)
{
  g_autoptr(GHashTable) grams = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  glong na = g_utf8_strlen (a, -1), nb = g_utf8_strlen (b, -1);
  guint total_a = 0, total_b = 0, shared = 0;

  if (na < 2 || nb < 2)
    return g_str_equal (a, b) ? 1.0 : 0.0;

  for (const char *p = a; *p && *g_utf8_next_char (p); p = g_utf8_next_char (p))
    {
      const char *q = g_utf8_next_char (g_utf8_next_char (p));
      char *gram = g_strndup (p, q - p);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (grams, gram));

      g_hash_table_insert (grams, gram, GUINT_TO_POINTER (n + 1));
      total_a++;
    }

  for (const char *p = b; *p && *g_utf8_next_char (p); p = g_utf8_next_char (p))
    {
      const char *q = g_utf8_next_char (g_utf8_next_char (p));
      g_autofree char *gram = g_strndup (p, q - p);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (grams, gram));

      if (n > 0)
        {
          shared++;
          g_hash_table_insert (grams, g_strdup (gram), GUINT_TO_POINTER (n - 1));
        }
      total_b++;
    }

  return 2.0 * shared / (total_a + total_b);
}

#define CHANGED_SIMILARITY 0.5

static RtTextChange *
new_change (RtTextChangeKind  kind,
            const Unit       *before,
            const Unit       *after)
{
  RtTextChange *change = g_new0 (RtTextChange, 1);

  change->kind = kind;
  change->section = g_strdup (after ? after->section : before->section);
  change->before = before ? g_strdup (before->text) : NULL;
  change->after = after ? g_strdup (after->text) : NULL;

  return change;
}

/* A run of removed and added units between two that are alike: a removed
 * and an added one of the same section that are similar enough are one
 * changed sentence. In the order of the new text; what was removed comes
 * where it was. */
static void
add_run (GPtrArray *changes,
         GArray    *old_units,
         guint      old_start,
         guint      old_end,
         GArray    *new_units,
         guint      new_start,
         guint      new_end)
{
  guint n_old = old_end - old_start;
  g_autofree int *partner = g_new (int, n_old + 1);
  g_autofree gboolean *taken = g_new0 (gboolean, new_end - new_start + 1);
  guint next_old = 0, first_match;

  for (guint i = 0; i < n_old; i++)
    {
      const Unit *o = &g_array_index (old_units, Unit, old_start + i);
      double best = CHANGED_SIMILARITY;

      partner[i] = -1;
      for (guint j = new_start; j < new_end; j++)
        {
          const Unit *n = &g_array_index (new_units, Unit, j);
          double score;

          if (taken[j - new_start] || g_strcmp0 (o->section, n->section) != 0)
            continue;
          if ((score = similarity (o->key, n->key)) >= best)
            {
              best = score;
              partner[i] = j;
            }
        }
      if (partner[i] >= 0)
        taken[partner[i] - new_start] = TRUE;
    }

  /* What was removed before anything that stayed, changed, comes first:
   * a sentence replaced by others reads 削除, then 追加. */
  for (first_match = 0; first_match < n_old && partner[first_match] < 0; first_match++)
    ;
  for (; next_old < first_match; next_old++)
    g_ptr_array_add (changes, new_change (RT_TEXT_REMOVED, &g_array_index (old_units, Unit, old_start + next_old),
                                          NULL));

  for (guint j = new_start; j < new_end; j++)
    {
      const Unit *n = &g_array_index (new_units, Unit, j);
      int match = -1;

      for (guint i = 0; i < n_old; i++)
        if (partner[i] == (int)j)
          match = i;

      if (match < 0)
        {
          g_ptr_array_add (changes, new_change (RT_TEXT_ADDED, NULL, n));
          continue;
        }

      /* What was removed before the changed one comes first. */
      for (; next_old < (guint)match; next_old++)
        if (partner[next_old] < 0)
          g_ptr_array_add (changes, new_change (RT_TEXT_REMOVED, &g_array_index (old_units, Unit, old_start + next_old),
                                                NULL));
      g_ptr_array_add (changes, new_change (RT_TEXT_CHANGED, &g_array_index (old_units, Unit, old_start + match), n));
      next_old = MAX (next_old, (guint)match + 1);
    }

  for (; next_old < n_old; next_old++)
    if (partner[next_old] < 0)
      g_ptr_array_add (changes, new_change (RT_TEXT_REMOVED, &g_array_index (old_units, Unit, old_start + next_old),
                                            NULL));
}

/**
 * rt_text_compare:
 * @before: the older version
 * @after: the newer version
 *
 * Compares two versions of the outline sentence by sentence.
 *
 * Returns: (transfer full) (element-type RtTextChange): what was added,
 *   removed and changed, in the order of the new version
 */
GPtrArray *
rt_text_compare (const char *before,
                 const char *after)
{
  g_autoptr(GArray) old_units = split_units (before);
  g_autoptr(GArray) new_units = split_units (after);
  GPtrArray *changes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_text_change_free);
  guint n = old_units->len, m = new_units->len;
  g_autofree guint *lcs = g_new0 (guint, (gsize)(n + 1) * (m + 1));
  guint i = 0, j = 0, run_i = 0, run_j = 0;

#define LCS(a, b) lcs[(gsize)(a) * (m + 1) + (b)]

  /* The longest common subsequence of the sentences, from the ends. */
  for (guint a = n; a-- > 0;)
    for (guint b = m; b-- > 0;)
      {
        if (g_str_equal (g_array_index (old_units, Unit, a).key, g_array_index (new_units, Unit, b).key))
          LCS (a, b) = LCS (a + 1, b + 1) + 1;
        else
          LCS (a, b) = MAX (LCS (a + 1, b), LCS (a, b + 1));
      }

  while (i < n && j < m)
    {
      if (g_str_equal (g_array_index (old_units, Unit, i).key, g_array_index (new_units, Unit, j).key))
        {
          add_run (changes, old_units, run_i, i, new_units, run_j, j);
          i++;
          j++;
          run_i = i;
          run_j = j;
        }
      else if (LCS (i + 1, j) >= LCS (i, j + 1))
        i++;
      else
        j++;
    }
  add_run (changes, old_units, run_i, n, new_units, run_j, m);

#undef LCS

  return changes;
}
