/* rt-handout-points.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"

/* The point table, as 資料2: one row per point of the committee's first
 * framework — its number, title and question, the local proposals, the
 * opinions and themes linked to it, its status and the committee's
 * directions. Rows that do not fit break between lines, under a repeated
 * header row. */

static void
append_list (GString            *s,
             const char * const *items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (items[i], -1);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append_printf (s, "・%s", escaped);
    }
}

void
_rt_handout_build_points (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  static const double fractions[] = { 0.06, 0.25, 0.22, 0.28, 0.19 };
  RtTableSpec spec = { 0, };
  double width = _rt_writer_get_width (w);

  _rt_writer_begin_section (w, C_("handout", "資料2"), rt_handout_kind_get_title (RT_HANDOUT_POINTS));

  if (data->framework_name[0] != '\0')
    {
      g_autofree char *note = g_strdup_printf (C_("handout", "論点の枠組み：%s"), data->framework_name);

      _rt_writer_note (w, note);
    }

  if (data->points->len == 0)
    {
      _rt_writer_note (w, C_("handout", "（論点が登録されていません）"));
      return;
    }

  spec.n_cols = G_N_ELEMENTS (fractions);
  spec.font_size = 8.5;
  spec.headers[0] = C_("handout", "No.");
  spec.headers[1] = C_("handout", "全国的な論点・問い");
  spec.headers[2] = C_("handout", "答申等による提案");
  spec.headers[3] = C_("handout", "関連する委員意見");
  spec.headers[4] = C_("handout", "状況・委員会の方向性");
  for (guint i = 0; i < spec.n_cols; i++)
    {
      spec.widths[i] = width * fractions[i];
      spec.align[i] = PANGO_ALIGN_LEFT;
    }
  spec.align[0] = PANGO_ALIGN_CENTER;

  _rt_writer_table_begin (w, &spec);

  for (guint i = 0; i < data->points->len; i++)
    {
      HPoint *point = data->points->pdata[i];
      g_autofree char *number = g_strdup_printf ("%d", point->number);
      g_autofree char *title = g_markup_escape_text (point->title, -1);
      g_autofree char *question = g_markup_escape_text (point->question, -1);
      g_autofree char *national = NULL;
      g_autoptr(GString) proposals = g_string_new (NULL);
      g_autoptr(GString) opinions = g_string_new (NULL);
      g_autoptr(GString) directions = g_string_new (NULL);
      g_autofree char *status = NULL;
      const char *cells[5];

      national = question[0] != '\0' ? g_strdup_printf ("<b>%s</b>\n%s", title, question)
                                     : g_strdup_printf ("<b>%s</b>", title);
      append_list (proposals, (const char * const *)point->proposals);

      for (guint j = 0; j < point->themes->len; j++)
        {
          HTheme *theme = point->themes->pdata[j];
          g_autofree char *name = g_markup_escape_text (theme->name, -1);

          if (opinions->len > 0)
            g_string_append_c (opinions, '\n');
          g_string_append_printf (opinions, C_("handout", "・〔テーマ〕%s"), name);
        }
      for (guint j = 0; j < point->cards->len; j++)
        {
          HCard *card = point->cards->pdata[j];
          g_autofree char *markup = NULL;

          if (card->visibility == RT_VISIBILITY_PRIVATE)
            continue;

          markup = _rt_handout_opinion_markup (data, card);
          if (opinions->len > 0)
            g_string_append_c (opinions, '\n');
          g_string_append_printf (opinions, "・%s", markup);
        }

      status = g_strdup_printf ("<b>%s</b>", _rt_handout_point_status (point->status));
      g_string_append (directions, status);
      append_list (directions, (const char * const *)point->directions);

      cells[0] = number;
      cells[1] = national;
      cells[2] = proposals->len > 0 ? proposals->str : "－";
      cells[3] = opinions->len > 0 ? opinions->str : "－";
      cells[4] = directions->str;
      _rt_writer_table_row (w, cells);
    }

  _rt_writer_table_end (w);
}
