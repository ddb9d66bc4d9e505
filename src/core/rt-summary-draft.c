/* rt-summary-draft.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-summary-draft"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-summary-draft.h"

/* See rt-summary-draft.h for the text it writes. The draft is the
 * committee's Japanese document: its words are Japanese whatever the
 * language of the interface, as the handouts' are. */

static char *
fullwidth_number (int n)
{
  static const char * const digits[] = { "０", "１", "２", "３", "４", "５", "６", "７", "８", "９" };
  g_autofree char *ascii = g_strdup_printf ("%d", n);
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    g_string_append (s, *p >= '0' && *p <= '9' ? digits[*p - '0'] : "");

  return g_string_free (s, FALSE);
}

/* One line: the text of a card with its line breaks made spaces. */
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
append_names (GString    *line,
              GPtrArray  *names)
{
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (line, "、");
      g_string_append (line, names->pdata[i]);
    }
}

/* The header block: 会議名, 日時, 場所, 出席委員, 欠席委員, 事務局, 傍聴者,
 * 配布資料, 公開・非公開. */
static void
write_header (GString       *out,
              RtSnapshot    *snapshot,
              RtSnapMeeting *meeting,
              GPtrArray     *materials,
              RtDateStyle    date_style)
{
  g_autofree char *when = rt_date_format_meeting (meeting->date, meeting->start_time, meeting->end_time, date_style);
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  g_autoptr(GPtrArray) absent = g_ptr_array_new ();
  g_autoptr(GPtrArray) secretariat = g_ptr_array_new ();
  g_autoptr(GPtrArray) officials = g_ptr_array_new ();
  guint n_members = 0, n_recorded = 0;

  for (guint i = 0; i < snapshot->people->len; i++)
    n_members += ((RtSnapPerson *)snapshot->people->pdata[i])->kind == RT_PERSON_KIND_MEMBER;

  for (guint i = 0; i < meeting->attendance->len; i++)
    {
      RtAttendee *a = &g_array_index (meeting->attendance, RtAttendee, i);
      RtSnapPerson *person = rt_snapshot_get_person (snapshot, a->person_id);

      if (person == NULL)
        continue;
      if (person->kind == RT_PERSON_KIND_MEMBER)
        {
          g_ptr_array_add (a->status == RT_ATTENDANCE_PRESENT ? present : absent, person->display);
          n_recorded++;
        }
      else if (a->status == RT_ATTENDANCE_PRESENT)
        g_ptr_array_add (person->kind == RT_PERSON_KIND_SECRETARIAT ? secretariat : officials, person->display);
    }

  g_string_append_printf (out, "会議名：%s（第%d回）\n", snapshot->committee_name, meeting->number);
  g_string_append_printf (out, "日時：%s\n", when);
  g_string_append_printf (out, "場所：%s\n", meeting->place ? meeting->place : "");

  g_string_append (out, "出席委員：");
  append_names (out, present);
  if (present->len > 0)
    g_string_append_printf (out, "（%u名）", present->len);
  /* None absent only when every member's attendance is known. */
  g_string_append (out, "\n欠席委員：");
  if (absent->len == 0 && n_members > 0 && n_recorded == n_members)
    g_string_append (out, "なし");
  append_names (out, absent);
  g_string_append (out, "\n事務局：");
  append_names (out, secretariat);
  if (officials->len > 0)
    {
      g_string_append (out, "\n出席者（行政）：");
      append_names (out, officials);
    }
  g_string_append (out, "\n傍聴者：");
  if (meeting->observers == 0)
    g_string_append (out, "なし");
  else if (meeting->observers > 0)
    g_string_append_printf (out, "%d名", meeting->observers);

  g_string_append (out, "\n配布資料：");
  if (materials->len == 0)
    g_string_append (out, "なし");
  for (guint i = 0; i < materials->len; i++)
    {
      RtSnapMaterial *m = materials->pdata[i];

      if (i > 0)
        g_string_append (out, "\n　");
      g_string_append_printf (out, "%s　%s%s", m->number, m->title, m->restricted ? "（委員限り）" : "");
    }

  g_string_append_printf (out, "\n公開・非公開：%s\n", meeting->is_public ? "公開" : "非公開");
}

/* How much of @title's character bigrams @line holds, 0 … 1. */
static double
containment (const char *title,
             const char *line,
             gsize       line_length)
{
  guint total = 0, found = 0;

  for (const char *p = title; *p && *g_utf8_next_char (p); p = g_utf8_next_char (p))
    {
      const char *q = g_utf8_next_char (g_utf8_next_char (p));
      g_autofree char *bigram = g_strndup (p, q - p);

      total++;
      found += g_strstr_len (line, line_length, bigram) != NULL;
    }

  return total > 0 ? (double)found / total : 0;
}

/* Where @title stands in @text after @from: as written, or without its
 * について, or in a line that holds nearly all of it (the chair announcing
 * 「改定計画の構成案についての議事に入りたい」 for 改定計画構成案について).
 * Returns the byte offset, or -1. */
static gint64
find_title (const char *text,
            gsize       length,
            gsize       from,
            const char *title,
            gsize      *title_length)
{
  g_autofree char *short_title = NULL;
  const char *found;

  if ((found = g_strstr_len (text + from, length - from, title)) != NULL)
    {
      *title_length = strlen (title);
      return found - text;
    }

  if (g_str_has_suffix (title, "について") && strlen (title) > strlen ("について"))
    {
      short_title = g_strndup (title, strlen (title) - strlen ("について"));
      if ((found = g_strstr_len (text + from, length - from, short_title)) != NULL)
        {
          *title_length = strlen (short_title);
          return found - text;
        }
    }

  /* Short titles (開会, その他) are not worth guessing at. */
  if (g_utf8_strlen (title, -1) < 6)
    return -1;

  for (const char *line = text + from; line < text + length; )
    {
      const char *end = memchr (line, '\n', text + length - line);
      gsize line_length = (end ? end : text + length) - line;

      if (containment (title, line, line_length) >= 0.75)
        {
          *title_length = line_length;
          return line - text;
        }
      line += line_length + 1;
    }

  return -1;
}

/* Where each agenda item's title first stands in @text after @from, each
 * after the one before it: the minutes follow their 次第. -1 where it is
 * not found. Returns where the last one found ends, or @from. */
static gsize
locate_items (GPtrArray  *items,
              const char *text,
              gsize       from,
              gint64     *positions)
{
  gsize length = strlen (text);

  for (guint i = 0; i < items->len; i++)
    {
      RtSnapAgendaItem *item = items->pdata[i];
      g_autofree char *title = g_strstrip (g_strdup (item->title));
      gsize title_length = 0;

      positions[i] = title[0] != '\0' ? find_title (text, length, from, title, &title_length) : -1;
      if (positions[i] >= 0)
        from = positions[i] + title_length;
    }

  return from;
}

typedef struct
{
  RtSnapCard *card;
  guint       source_rank;  /* the order of its source among the meeting's; G_MAXUINT: none */
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->source_rank != pb->source_rank)
    return pa->source_rank < pb->source_rank ? -1 : 1;
  if (pa->source_rank != G_MAXUINT && pa->card->source_offset != pb->card->source_offset)
    return pa->card->source_offset < pb->card->source_offset ? -1 : 1;
  return pa->card->id < pb->card->id ? -1 : pa->card->id > pb->card->id;
}

/* The item the cards go under when the minutes do not say: the last 議事,
 * or the last item that is not the closing. */
static int
default_item (GPtrArray *items)
{
  int fallback = -1;

  for (int i = items->len - 1; i >= 0; i--)
    {
      RtSnapAgendaItem *item = items->pdata[i];

      if (item->kind == RT_AGENDA_KIND_ITEM)
        return i;
      if (fallback < 0 && item->kind != RT_AGENDA_KIND_CLOSING)
        fallback = i;
    }

  return fallback >= 0 ? fallback : (int)items->len - 1;
}

static gboolean
is_statement (RtSnapCard *card)
{
  return card->visibility != RT_VISIBILITY_PRIVATE && card->kind != RT_STATEMENT_KIND_PROCEDURE;
}

static void
append_statement (GString    *out,
                  RtSnapshot *snapshot,
                  RtSnapCard *card)
{
  g_autofree char *text = one_line (card->text);
  g_autofree char *speaker = rt_snapshot_name_speaker (snapshot, card, RT_OUTPUT_SUMMARY, RT_SPEAKER_DISPLAY_DEFAULT);

  g_string_append (out, card->kind == RT_STATEMENT_KIND_ANSWER ? "　→" : "・");
  g_string_append (out, text);
  if (speaker != NULL)
    g_string_append_printf (out, "（%s）", speaker);
  g_string_append_c (out, '\n');
}

static gboolean
is_explainer (RtSnapshot *snapshot,
              RtSnapCard *card)
{
  RtSnapPerson *person = rt_snapshot_get_person (snapshot, card->speaker_id);

  return card->kind == RT_STATEMENT_KIND_ANSWER &&
         (person == NULL || person->kind != RT_PERSON_KIND_MEMBER);
}

/* One agenda item's content: the secretariat's explanation in one line, then
 * the statements. @cards are the item's, in the order they were said. */
static void
write_item (GString          *out,
            RtSnapshot       *snapshot,
            RtSnapAgendaItem *item,
            GPtrArray        *materials,
            GPtrArray        *cards,
            GHashTable       *explained)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  RtSnapCard *explainer = NULL;
  guint first = 0;
  gboolean any = FALSE;

  for (guint i = 0; item != NULL && i < materials->len; i++)
    {
      RtSnapMaterial *m = materials->pdata[i];

      if (m->agenda_item_id != item->id)
        continue;
      if (numbers->len > 0)
        g_string_append (numbers, "、");
      g_string_append (numbers, m->number);
    }

  /* The explanations given before any member spoke are the one line. */
  for (; first < cards->len; first++)
    {
      RtSnapCard *card = cards->pdata[first];

      if (!is_statement (card))
        continue;
      if (!is_explainer (snapshot, card))
        break;
      if (explainer == NULL)
        explainer = card;
      if (explained != NULL)
        g_hash_table_add (explained, &card->id);
    }

  if (numbers->len > 0 || explainer != NULL)
    {
      RtSnapPerson *person = explainer ? rt_snapshot_get_person (snapshot, explainer->speaker_id) : NULL;
      g_autofree char *who = NULL;

      if (person != NULL && person->kind == RT_PERSON_KIND_OFFICIAL)
        who = rt_snapshot_name_speaker (snapshot, explainer, RT_OUTPUT_SUMMARY, RT_SPEAKER_DISPLAY_DEFAULT);
      if (who == NULL)
        who = g_strdup ("事務局");

      if (numbers->len > 0)
        g_string_append_printf (out, "%sに基づき、%sから説明があった。\n", numbers->str, who);
      else
        g_string_append_printf (out, "%sから説明があった。\n", who);
    }

  /* With @explained, only the explanation: the statements go by theme. */
  for (guint i = first; explained == NULL && i < cards->len; i++)
    if (is_statement (cards->pdata[i]))
      {
        if (!any && (numbers->len > 0 || explainer != NULL))
          g_string_append (out, "〔主な意見等〕\n");
        any = TRUE;
        append_statement (out, snapshot, cards->pdata[i]);
      }
}

/* The statements of @cards grouped by theme, in board order. */
static void
write_by_theme (GString    *out,
                RtSnapshot *snapshot,
                GPtrArray  *buckets,
                GHashTable *explained)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint b = 0; b < buckets->len; b++)
    {
      GPtrArray *cards = buckets->pdata[b];

      for (guint i = 0; i < cards->len; i++)
        {
          RtSnapCard *card = cards->pdata[i];

          if (is_statement (card) && !g_hash_table_contains (explained, &card->id))
            g_hash_table_add (wanted, &card->id);
        }
    }

  for (guint t = 0; t <= snapshot->themes->len; t++)
    {
      RtSnapTheme *theme = t < snapshot->themes->len ? snapshot->themes->pdata[t] : NULL;
      GPtrArray *column = theme ? theme->cards : snapshot->inbox;
      gboolean heading = FALSE;

      for (guint i = 0; i < column->len; i++)
        {
          RtSnapCard *card = column->pdata[i];

          if (!g_hash_table_contains (wanted, &card->id))
            continue;
          if (!heading)
            g_string_append_printf (out, "【%s】\n", theme ? theme->name : "未分類");
          heading = TRUE;
          append_statement (out, snapshot, card);
        }
    }
}

/**
 * rt_summary_draft_build:
 * @sources: (nullable): the text of the meeting's minutes, source id →
 *   text (rt_summary_draft_read_sources()), to place the cards under the
 *   agenda items
 *
 * Drafts the 議事要旨 of a meeting from its 次第, 配布資料, attendance and
 * cards. Reads nothing but @snapshot and @sources: safe in any thread.
 *
 * Returns: (transfer full): the draft, or %NULL when @meeting_id is no
 *   meeting of @snapshot
 */
char *
rt_summary_draft_build (RtSnapshot     *snapshot,
                        gint64          meeting_id,
                        RtSummaryOrder  order,
                        RtDateStyle     date_style,
                        GHashTable     *sources)
{
  RtSnapMeeting *meeting;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) materials = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GArray) source_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) buckets = NULL;
  g_autofree RtAgendaKind *kinds = NULL;
  g_autofree RtAgendaNumber *numbers = NULL;
  g_autoptr(GHashTable) explained = NULL;
  GString *out;
  int fallback;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (!(meeting = rt_snapshot_get_meeting (snapshot, meeting_id)))
    return NULL;

  /* In theme order, the explanations collapsed into their item's line are
   * not statements under a theme too. */
  if (order == RT_SUMMARY_ORDER_THEME)
    explained = g_hash_table_new (g_int64_hash, g_int64_equal);

  items = rt_snapshot_get_agenda (snapshot, meeting_id);
  materials = rt_snapshot_get_materials (snapshot, meeting_id);

  out = g_string_new (NULL);
  write_header (out, snapshot, meeting, materials, date_style);
  g_string_append_c (out, '\n');

  /* The meeting's cards in the order they were said: by their place in the
   * minutes, then the others (typed live) by when they were made. */
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      RtSnapCard *card = snapshot->cards->pdata[i];
      Placed p = { card, G_MAXUINT };

      if (card->meeting_id != meeting_id)
        continue;

      if (card->source_id != 0 && card->source_offset >= 0)
        {
          guint rank;

          for (rank = 0; rank < source_ids->len; rank++)
            if (g_array_index (source_ids, gint64, rank) == card->source_id)
              break;
          if (rank == source_ids->len)
            g_array_append_val (source_ids, card->source_id);
          p.source_rank = rank;
        }
      g_array_append_val (placed, p);
    }
  g_array_sort (placed, compare_placed);

  buckets = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < MAX (items->len, 1); i++)
    g_ptr_array_add (buckets, g_ptr_array_new ());
  fallback = items->len > 0 ? default_item (items) : 0;

  {
    g_autofree gint64 *positions = g_new (gint64, MAX (items->len, 1) * MAX (source_ids->len, 1));
    g_autofree gboolean *any_found = g_new0 (gboolean, MAX (source_ids->len, 1));

    for (guint s = 0; s < source_ids->len; s++)
      {
        const char *text = sources ? g_hash_table_lookup (sources, &g_array_index (source_ids, gint64, s)) : NULL;

        gint64 *at = positions + s * items->len;
        gint64 first_card = G_MAXINT64;
        gboolean before_all = TRUE;

        for (guint i = 0; i < items->len; i++)
          at[i] = -1;
        if (text != NULL && items->len > 0)
          {
            gsize end = locate_items (items, text, 0, at);

            /* Minutes often open with their 次第: titles found only there,
             * before anyone spoke, say nothing of where the turns fall.
             * Look again after the list. */
            for (guint k = 0; k < placed->len; k++)
              {
                Placed *p = &g_array_index (placed, Placed, k);

                if (p->source_rank == s)
                  first_card = MIN (first_card, p->card->source_offset);
              }
            for (guint i = 0; i < items->len; i++)
              before_all &= at[i] < first_card;
            if (before_all)
              locate_items (items, text, end, at);
          }
        for (guint i = 0; i < items->len; i++)
          any_found[s] |= at[i] >= 0;
      }

    for (guint k = 0; k < placed->len; k++)
      {
        Placed *p = &g_array_index (placed, Placed, k);
        int bucket = fallback;

        if (items->len > 0 && p->source_rank != G_MAXUINT && any_found[p->source_rank])
          {
            bucket = 0;
            for (guint i = 0; i < items->len; i++)
              {
                gint64 at = positions[p->source_rank * items->len + i];

                if (at >= 0 && at <= p->card->source_offset)
                  bucket = i;
              }
          }
        g_ptr_array_add (buckets->pdata[bucket], p->card);
      }
  }

  if (items->len == 0)
    {
      /* No 次第: the statements under one heading. */
      g_string_append (out, "１　議事\n");
      write_item (out, snapshot, NULL, materials, buckets->pdata[0], explained);
      if (order == RT_SUMMARY_ORDER_THEME)
        write_by_theme (out, snapshot, buckets, explained);
      return g_string_free (out, FALSE);
    }

  kinds = g_new (RtAgendaKind, items->len);
  numbers = g_new (RtAgendaNumber, items->len);
  for (guint i = 0; i < items->len; i++)
    kinds[i] = ((RtSnapAgendaItem *)items->pdata[i])->kind;
  rt_agenda_number_items (kinds, items->len, numbers);

  for (guint i = 0; i < items->len; i++)
    {
      RtSnapAgendaItem *item = items->pdata[i];
      g_autofree char *top = fullwidth_number (numbers[i].top);

      if (numbers[i].sub == 0)
        g_string_append_printf (out, "%s　%s\n", top, item->title);
      else
        {
          g_autofree char *sub = fullwidth_number (numbers[i].sub);

          if (numbers[i].opens_group)
            g_string_append_printf (out, "%s　議事\n", top);
          g_string_append_printf (out, "（%s）%s\n", sub, item->title);
        }

      write_item (out, snapshot, item, materials, buckets->pdata[i], explained);
      if (order == RT_SUMMARY_ORDER_THEME && (int)i == fallback)
        write_by_theme (out, snapshot, buckets, explained);
    }

  return g_string_free (out, FALSE);
}

/**
 * rt_summary_draft_read_sources:
 *
 * Reads the minutes the cards of a meeting were imported from, for
 * rt_summary_draft_build(). Call it on the committee's thread.
 *
 * Returns: (transfer full): source id (gint64 *) → text
 */
GHashTable *
rt_summary_draft_read_sources (RtCommittee  *committee,
                               RtSnapshot   *snapshot,
                               gint64        meeting_id,
                               GError      **error)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (snapshot != NULL, NULL);

  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      RtSnapCard *card = snapshot->cards->pdata[i];
      char *text;

      if (card->meeting_id != meeting_id || card->source_id == 0 ||
          g_hash_table_contains (sources, &card->source_id))
        continue;

      if (!(text = rt_committee_get_source_text (committee, card->source_id, NULL, error)))
        return NULL;
      g_hash_table_insert (sources, g_memdup2 (&card->source_id, sizeof (gint64)), text);
    }

  return g_steal_pointer (&sources);
}

typedef struct
{
  RtSnapshot     *snapshot;
  GHashTable     *sources;
  gint64          meeting_id;
  RtSummaryOrder  order;
  RtDateStyle     date_style;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_clear_pointer (&job->snapshot, rt_snapshot_unref);
  g_clear_pointer (&job->sources, g_hash_table_unref);
  g_free (job);
}

static void
draft_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DraftJob *job = task_data;
  char *text = rt_summary_draft_build (job->snapshot, job->meeting_id, job->order, job->date_style, job->sources);

  if (text == NULL)
    g_task_return_new_error (task, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND,
                             _("The meeting %lld does not exist"), (long long)job->meeting_id);
  else
    g_task_return_pointer (task, text, g_free);
}

/**
 * rt_summary_draft_async:
 *
 * Drafts a meeting's 議事要旨 in a worker thread; the committee is read
 * here, on its own thread, first.
 */
void
rt_summary_draft_async (RtCommittee          *committee,
                        gint64                meeting_id,
                        RtSummaryOrder        order,
                        RtDateStyle           date_style,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  DraftJob *job;

  g_return_if_fail (RT_IS_COMMITTEE (committee));

  task = g_task_new (committee, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_summary_draft_async);

  job = g_new0 (DraftJob, 1);
  job->meeting_id = meeting_id;
  job->order = order;
  job->date_style = date_style;
  g_task_set_task_data (task, job, (GDestroyNotify)draft_job_free);

  if (!(job->snapshot = rt_snapshot_new (committee, &error)) ||
      !(job->sources = rt_summary_draft_read_sources (committee, job->snapshot, meeting_id, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_run_in_thread (task, draft_thread);
}

/**
 * rt_summary_draft_finish:
 *
 * Returns: (transfer full): the draft, or %NULL with @error set
 */
char *
rt_summary_draft_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result) && g_async_result_is_tagged (result, rt_summary_draft_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
