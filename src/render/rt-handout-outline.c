/* rt-handout-outline.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include "rt-handout-private.h"
#include "rt-outline-draft.h"

/* The 答申 outline: one version as the secretariat wrote it, and its
 * 「主な変更点」 from the version before, sentence by sentence. */

static char *
version_line (RtSnapOutline *outline,
              RtDateStyle    date_style)
{
  g_autofree char *date = rt_date_format_iso (outline->date, date_style);

  if (date[0] != '\0')
    return g_strdup_printf (C_("handout", "第%d版・%s（%s）"), outline->version,
                            outline->stage[0] != '\0' ? outline->stage : C_("handout", "版"), date);
  return g_strdup_printf (C_("handout", "第%d版・%s"), outline->version,
                          outline->stage[0] != '\0' ? outline->stage : C_("handout", "版"));
}

void
_rt_handout_build_outline (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  RtSnapOutline *outline = rt_snapshot_find_outline (data->snapshot, options->outline_version);
  const char *label = _rt_handout_label (data, _rt_writer_get_meeting (w), "outline", "");
  g_autofree char *title = NULL;
  g_autofree char *line = NULL;

  if (outline == NULL)
    {
      _rt_writer_begin_section (w, label, rt_handout_kind_get_title (RT_HANDOUT_OUTLINE));
      _rt_writer_note (w, C_("handout", "（答申骨子の版はまだありません）"));
      return;
    }

  title = outline->stage[0] != '\0'
          ? g_strdup_printf (C_("handout", "答申骨子（%s）"), outline->stage)
          : g_strdup (rt_handout_kind_get_title (RT_HANDOUT_OUTLINE));
  _rt_writer_begin_section (w, label, title);
  line = version_line (outline, options->date_style);
  _rt_writer_note (w, line);
  _rt_writer_space (w, 4);
  _rt_handout_write_text (w, outline->text, FALSE);
}

static const char *
change_word (RtTextChangeKind kind)
{
  switch (kind)
    {
    case RT_TEXT_ADDED:
      return C_("handout", "追加");
    case RT_TEXT_REMOVED:
      return C_("handout", "削除");
    case RT_TEXT_CHANGED:
    default:
      return C_("handout", "修正");
    }
}

void
_rt_handout_build_outline_changes (RtWriter *w)
{
  RtHandoutData *data = _rt_writer_get_data (w);
  const RtHandoutOptions *options = _rt_writer_get_options (w);
  RtSnapOutline *outline = rt_snapshot_find_outline (data->snapshot, options->outline_version);
  RtSnapOutline *previous = rt_snapshot_previous_outline (data->snapshot, outline);
  const char *label = _rt_handout_label (data, _rt_writer_get_meeting (w), "outline-changes", "");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *title = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *counts = NULL;
  double width = _rt_writer_get_width (w);
  RtTableSpec spec = {
    4,
    { 0, 34, 0, 0 },
    { C_("handout", "箇所"), C_("handout", "区分"), C_("handout", "変更前"), C_("handout", "変更後") },
    { RT_DOC_ALIGN_LEFT, RT_DOC_ALIGN_CENTER, RT_DOC_ALIGN_LEFT, RT_DOC_ALIGN_LEFT },
    8.5,
  };
  guint n[3] = { 0 };
  RtDocTable *table;

  if (outline == NULL || previous == NULL)
    {
      _rt_writer_begin_section (w, label, rt_handout_kind_get_title (RT_HANDOUT_OUTLINE_CHANGES));
      _rt_writer_note (w, outline == NULL ? C_("handout", "（答申骨子の版はまだありません）")
                                          : C_("handout", "（比べる前の版がありません）"));
      return;
    }

  title = g_strdup_printf (C_("handout", "答申骨子 主な変更点（%s→%s）"),
                           previous->stage[0] != '\0' ? previous->stage : C_("handout", "前の版"),
                           outline->stage[0] != '\0' ? outline->stage : C_("handout", "この版"));
  _rt_writer_begin_section (w, label, title);

  from = version_line (previous, options->date_style);
  to = version_line (outline, options->date_style);
  intro = g_strdup_printf (C_("handout", "%sから%sへの変更点です。"), from, to);
  _rt_writer_note (w, intro);

  changes = rt_text_compare (previous->text, outline->text);
  for (guint i = 0; i < changes->len; i++)
    n[((RtTextChange *)changes->pdata[i])->kind]++;
  counts = g_strdup_printf (C_("handout", "追加%u件・削除%u件・修正%u件"), n[RT_TEXT_ADDED], n[RT_TEXT_REMOVED],
                            n[RT_TEXT_CHANGED]);
  _rt_writer_note (w, counts);
  _rt_writer_space (w, 6);

  if (changes->len == 0)
    {
      _rt_writer_note (w, C_("handout", "（変更はありません）"));
      return;
    }

  spec.widths[0] = width * 0.2;
  spec.widths[2] = spec.widths[3] = (width - spec.widths[0] - spec.widths[1]) / 2;
  table = _rt_writer_table (w, &spec);
  for (guint i = 0; i < changes->len; i++)
    {
      RtTextChange *c = changes->pdata[i];

      rt_doc_table_add_row (table, FALSE);
      rt_doc_table_add_text (table, 0, c->section);
      rt_doc_table_add_text (table, RT_DOC_RUN_BOLD, change_word (c->kind));
      rt_doc_table_add_text (table, 0, c->before ? c->before : "－");
      rt_doc_table_add_text (table, 0, c->after ? c->after : "－");
    }
}
