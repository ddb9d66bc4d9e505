/* rt-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <string.h>

#include "rt-handout-private.h"
#include "rt-committee.h"

/* The handouts: their options, the snapshot of the committee they are built
 * from, and the building of the chosen kinds into one document model
 * (rt-doc.h), which the page writer (rt-doc-pages.c) and the Word writer
 * (rt-docx.c) both consume.
 */

G_DEFINE_QUARK (rt-handout-error-quark, rt_handout_error)

struct _RtWriter
{
  RtDoc                  *doc;
  RtHandoutData          *data;
  const RtHandoutOptions *options;
  RtHandoutKind           kind;     /* the handout being built */
};

/* Options */

void
rt_handout_options_init (RtHandoutOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->kinds = RT_HANDOUT_ALL;
  options->paper = RT_PAPER_A4;
  options->margin_mm = 20.0;
  options->date_style = RT_DATE_STYLE_ERA;
  options->map_focus = RT_HANDOUT_MAP_FOCUS_POINTS;
  options->speakers = RT_SPEAKER_DISPLAY_DEFAULT;
  options->responses_form = RT_RESPONSES_FORM_DEFAULT;
}

/**
 * _rt_handout_lists_card:
 *
 * Returns: whether the lists of opinions (意見一覧, 発言者別, 意見と対応)
 *   show @card: not 非公開, and of one of the kinds of statement asked for
 */
gboolean
_rt_handout_lists_card (const RtHandoutOptions *options,
                               const RtSnapCard       *card)
{
  g_return_val_if_fail (options != NULL && card != NULL, FALSE);

  if (card->visibility == RT_VISIBILITY_PRIVATE)
    return FALSE;
  return options->statements == 0 || (options->statements & (1u << card->kind)) != 0;
}

void
rt_handout_options_clear (RtHandoutOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->label, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->since, g_free);
}

void
rt_handout_options_copy (const RtHandoutOptions *src,
                         RtHandoutOptions       *dest)
{
  g_return_if_fail (src != NULL && dest != NULL);

  *dest = *src;
  dest->label = g_strdup (src->label);
  dest->date = g_strdup (src->date);
  dest->since = g_strdup (src->since);
}

static const struct {
  RtHandoutKind  kind;
  const char    *nick;
} kind_nicks[] = {
  { RT_HANDOUT_OPINIONS, "opinions" },
  { RT_HANDOUT_POINTS, "points" },
  { RT_HANDOUT_MAP, "map" },
  { RT_HANDOUT_SPEAKERS, "speakers" },
  { RT_HANDOUT_CHANGES, "changes" },
  { RT_HANDOUT_RESPONSES, "responses" },
  { RT_HANDOUT_PSEUDONYMS, "pseudonyms" },
  { RT_HANDOUT_AGENDA, "agenda" },
  { RT_HANDOUT_FOLLOWUPS, "followups" },
  { RT_HANDOUT_SUMMARY, "summary" },
  { RT_HANDOUT_OUTLINE, "outline" },
  { RT_HANDOUT_OUTLINE_CHANGES, "outline-changes" },
};

const char *
rt_handout_kind_get_nick (RtHandoutKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_nicks); i++)
    if (kind_nicks[i].kind == kind)
      return kind_nicks[i].nick;

  return NULL;
}

/**
 * rt_handout_kind_get_title:
 *
 * Returns: the title of a single handout kind, as printed on its first page
 */
const char *
rt_handout_kind_get_title (RtHandoutKind kind)
{
  switch ((int)kind)
    {
    case RT_HANDOUT_OPINIONS:
      return C_("handout", "委員意見一覧（テーマ別）");
    case RT_HANDOUT_POINTS:
      return C_("handout", "論点整理表");
    case RT_HANDOUT_MAP:
      return C_("handout", "論点マップ");
    case RT_HANDOUT_SPEAKERS:
      return C_("handout", "発言者別意見一覧");
    case RT_HANDOUT_CHANGES:
      return C_("handout", "前回からの変更点");
    case RT_HANDOUT_RESPONSES:
      return C_("handout", "委員意見と対応");
    case RT_HANDOUT_PSEUDONYMS:
      return C_("handout", "発言者の表示（仮名）対応表");
    case RT_HANDOUT_AGENDA:
      return C_("handout", "次第");
    case RT_HANDOUT_FOLLOWUPS:
      return C_("handout", "宿題・資料要求一覧");
    case RT_HANDOUT_SUMMARY:
      return C_("handout", "議事要旨");
    case RT_HANDOUT_OUTLINE:
      return C_("handout", "答申骨子");
    case RT_HANDOUT_OUTLINE_CHANGES:
      return C_("handout", "答申骨子 主な変更点");
    default:
      return NULL;
    }
}

/**
 * rt_handout_kind_get_output:
 *
 * Returns: the output whose speaker display policy a single handout kind
 *   follows
 */
RtOutput
rt_handout_kind_get_output (RtHandoutKind kind)
{
  switch ((int)kind)
    {
    case RT_HANDOUT_POINTS:
      return RT_OUTPUT_POINTS;
    case RT_HANDOUT_MAP:
      return RT_OUTPUT_MAP;
    case RT_HANDOUT_SPEAKERS:
      return RT_OUTPUT_SPEAKERS;
    case RT_HANDOUT_CHANGES:
      return RT_OUTPUT_CHANGES;
    case RT_HANDOUT_RESPONSES:
      return RT_OUTPUT_RESPONSES;
    case RT_HANDOUT_OPINIONS:
    case RT_HANDOUT_PSEUDONYMS:
    default:
      return RT_OUTPUT_OPINIONS;
    }
}

/**
 * rt_responses_form_parse:
 * @nick: "committee" or "public"
 */
gboolean
rt_responses_form_parse (const char      *nick,
                         RtResponsesForm *form)
{
  g_return_val_if_fail (form != NULL, FALSE);

  if (g_strcmp0 (nick, "committee") == 0)
    *form = RT_RESPONSES_FORM_COMMITTEE;
  else if (g_strcmp0 (nick, "public") == 0)
    *form = RT_RESPONSES_FORM_PUBLIC;
  else
    return FALSE;

  return TRUE;
}

/**
 * rt_handout_map_focus_parse:
 * @spec: none, points, themes or all
 *
 * Returns: %TRUE when @spec names which focused maps to print
 */
gboolean
rt_handout_map_focus_parse (const char        *spec,
                            RtHandoutMapFocus *focus)
{
  if (g_strcmp0 (spec, "none") == 0)
    *focus = RT_HANDOUT_MAP_FOCUS_NONE;
  else if (g_strcmp0 (spec, "points") == 0)
    *focus = RT_HANDOUT_MAP_FOCUS_POINTS;
  else if (g_strcmp0 (spec, "themes") == 0)
    *focus = RT_HANDOUT_MAP_FOCUS_THEMES;
  else if (g_strcmp0 (spec, "all") == 0)
    *focus = RT_HANDOUT_MAP_FOCUS_ALL;
  else
    return FALSE;

  return TRUE;
}

/**
 * rt_handout_kinds_parse:
 * @spec: "all", or nicks separated by commas: "opinions,points"
 *
 * Returns: %TRUE when every part of @spec names a handout
 */
gboolean
rt_handout_kinds_parse (const char    *spec,
                        RtHandoutKind *kinds)
{
  g_auto(GStrv) parts = NULL;
  RtHandoutKind result = 0;

  g_return_val_if_fail (kinds != NULL, FALSE);

  if (spec == NULL || spec[0] == '\0')
    return FALSE;

  parts = g_strsplit (spec, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      gboolean found = FALSE;

      /* "all" is what a meeting hands out: the pseudonym table (委員限り)
       * only when named. */
      if (g_str_equal (part, "all"))
        {
          result |= RT_HANDOUT_ALL;
          continue;
        }

      for (guint j = 0; j < G_N_ELEMENTS (kind_nicks); j++)
        if (g_str_equal (part, kind_nicks[j].nick))
          {
            result |= kind_nicks[j].kind;
            found = TRUE;
          }

      if (!found)
        return FALSE;
    }

  *kinds = result;
  return result != 0;
}

/**
 * rt_paper_get_size:
 *
 * The size of @paper in points: A4 is 595 × 842, A3 842 × 1191.
 */
void
rt_paper_get_size (RtPaper   paper,
                   gboolean  landscape,
                   double   *width,
                   double   *height)
{
  double w = paper == RT_PAPER_A3 ? 841.89 : 595.28;
  double h = paper == RT_PAPER_A3 ? 1190.55 : 841.89;

  if (width != NULL)
    *width = landscape ? h : w;
  if (height != NULL)
    *height = landscape ? w : h;
}

/* The data snapshot */

static void
rt_handout_data_clear (RtHandoutData *data)
{
  g_clear_pointer (&data->directions, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (data->maps); i++)
    g_clear_object (&data->maps[i]);
  g_mutex_clear (&data->map_lock);
  g_clear_pointer (&data->snapshot, rt_snapshot_unref);
}

/* The issue map of the handouts: what a handout may show, no 非公開 card
 * and no hidden speaker, the others named as @display says (a display, not
 * %RT_SPEAKER_DISPLAY_DEFAULT: _rt_writer_get_display()). Made and laid out
 * once for each display, by the first document that needs it, on that
 * document's thread; then only read. */
RtMap *
_rt_handout_data_get_map (RtHandoutData    *data,
                          RtSpeakerDisplay  display)
{
  RtMap *map;

  g_return_val_if_fail (display >= 0 && display < RT_N_SPEAKER_DISPLAYS, NULL);

  g_mutex_lock (&data->map_lock);
  if (data->maps[display] == NULL)
    {
      data->maps[display] = rt_map_new_for_output (data->snapshot, RT_MAP_CONTENT_PUBLIC_ONLY,
                                                   RT_OUTPUT_MAP, display);
      rt_map_tidy (data->maps[display]);
    }
  map = data->maps[display];
  g_mutex_unlock (&data->map_lock);

  return map;
}

/**
 * rt_handout_data_new:
 *
 * Copies what the handouts show out of @committee. Call it on the thread
 * that owns @committee; the result is immutable and may go to any thread.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
RtHandoutData *
rt_handout_data_new (RtCommittee  *committee,
                     GError      **error)
{
  g_autoptr(RtHandoutData) data = NULL;
  RtSnapshot *snapshot;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(snapshot = rt_committee_get_snapshot (committee, error)))
    return NULL;

  data = g_atomic_rc_box_new0 (RtHandoutData);
  g_mutex_init (&data->map_lock);
  data->snapshot = snapshot;
  data->committee_name = snapshot->committee_name;
  data->meetings = snapshot->meetings;
  data->people = snapshot->people;
  data->labels = snapshot->labels;
  data->themes = snapshot->themes;
  data->cards = snapshot->cards;
  data->inbox = snapshot->inbox;
  data->people_by_id = snapshot->people_by_id;
  data->themes_by_id = snapshot->themes_by_id;
  data->directions = g_ptr_array_new ();

  /* The point table shows the first framework, the one the committee works with. */
  if (snapshot->frameworks->len > 0)
    {
      RtSnapFramework *framework = g_ptr_array_index (snapshot->frameworks, 0);

      data->framework_name = framework->name;
      data->points = framework->points;
      for (guint i = 0; i < snapshot->directions->len; i++)
        {
          RtSnapDirection *direction = g_ptr_array_index (snapshot->directions, i);

          if (direction->point->framework_id == framework->id)
            g_ptr_array_add (data->directions, direction);
        }
    }
  else
    {
      static GPtrArray *no_points;

      if (g_once_init_enter (&no_points))
        g_once_init_leave (&no_points, g_ptr_array_new ());
      data->framework_name = "";
      data->points = no_points;
    }

  return g_steal_pointer (&data);
}

RtHandoutData *
rt_handout_data_ref (RtHandoutData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return g_atomic_rc_box_acquire (data);
}

void
rt_handout_data_unref (RtHandoutData *data)
{
  g_return_if_fail (data != NULL);

  g_atomic_rc_box_release_full (data, (GDestroyNotify)rt_handout_data_clear);
}

/**
 * rt_handout_data_get_speakers:
 *
 * Returns: (transfer none): how the committee names its speakers
 */
RtSpeakerPolicy *
rt_handout_data_get_speakers (RtHandoutData *data)
{
  g_return_val_if_fail (data != NULL, NULL);

  return data->snapshot->speakers;
}

/**
 * rt_handout_options_get_display:
 * @kind: a single handout kind
 *
 * Returns: how @kind names speakers with @options: their display, else
 *   the committee's setting for the handout; at least pseudonyms in a
 *   public version (公開用)
 */
RtSpeakerDisplay
rt_handout_options_get_display (const RtHandoutOptions *options,
                                RtHandoutData          *data,
                                RtHandoutKind           kind)
{
  RtSpeakerDisplay display;

  g_return_val_if_fail (options != NULL, RT_SPEAKER_DISPLAY_HIDDEN);
  g_return_val_if_fail (data != NULL, RT_SPEAKER_DISPLAY_HIDDEN);

  display = rt_speaker_policy_get_display (data->snapshot->speakers, rt_handout_kind_get_output (kind),
                                           options->speakers);
  if (options->public_version)
    display = rt_speaker_display_stricter (display, RT_SPEAKER_DISPLAY_PSEUDONYM);

  return display;
}

/**
 * rt_handout_options_need_pseudonyms:
 *
 * Returns: whether the handouts of @options show pseudonym letters, which
 *   the committee should then keep (rt_speaker_policy_keep())
 */
gboolean
rt_handout_options_need_pseudonyms (const RtHandoutOptions *options,
                                    RtHandoutData          *data)
{
  g_return_val_if_fail (options != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_nicks); i++)
    {
      RtHandoutKind kind = kind_nicks[i].kind;

      if ((options->kinds & kind) == 0)
        continue;
      if (kind == RT_HANDOUT_PSEUDONYMS ||
          rt_handout_options_get_display (options, data, kind) == RT_SPEAKER_DISPLAY_PSEUDONYM)
        return TRUE;
    }

  return FALSE;
}

/* Helpers shared by the handout kinds */

/* How the handout being built names speakers. */
RtSpeakerDisplay
_rt_writer_get_display (RtWriter *w)
{
  return rt_handout_options_get_display (w->options, w->data, w->kind);
}

/* The speaker of @card as the handout being built names it, by the
 * committee's display policy (rt_speaker_policy_name()), or NULL. */
char *
_rt_handout_speaker (RtWriter *w,
                     HCard    *card)
{
  return rt_snapshot_name_speaker (w->data->snapshot, card, rt_handout_kind_get_output (w->kind),
                                   _rt_writer_get_display (w));
}

/* A person as the handout being built names them (the speaker index). */
char *
_rt_handout_person (RtWriter *w,
                    HPerson  *person)
{
  return rt_speaker_policy_name (w->data->snapshot->speakers, rt_handout_kind_get_output (w->kind),
                                 _rt_writer_get_display (w), person->id, RT_VISIBILITY_PUBLIC);
}

/* A text the handout prints (an opinion, an answer), with the names it may
 * hold written as the handout names speakers (rt_speaker_policy_mask()). */
char *
_rt_handout_text (RtWriter   *w,
                  const char *text)
{
  char *masked = rt_speaker_policy_mask (w->data->snapshot->speakers, rt_handout_kind_get_output (w->kind),
                                         _rt_writer_get_display (w), text ? text : "");

  return g_strstrip (masked);
}

/* "text（林委員）", as the opinions of 資料1-1 end: the text, then the
 * speaker as a run of its own. */
void
_rt_handout_add_opinion (RtWriter  *w,
                         RtDocPara *para,
                         HCard     *card)
{
  g_autofree char *speaker = _rt_handout_speaker (w, card);
  g_autofree char *stripped = _rt_handout_text (w, card->text);

  rt_doc_para_add_run (para, 0, stripped);
  if (speaker != NULL)
    rt_doc_para_add_printf (para, RT_DOC_RUN_SPEAKER, "（%s）", speaker);
}

/* An opinion as the opinions handout shows it with the default options, as
 * Pango markup (for tests and previews). */
char *
_rt_handout_opinion_markup (RtHandoutData *data,
                            HCard         *card)
{
  g_auto(RtHandoutOptions) options;
  g_autoptr(RtDoc) doc = rt_doc_new (100, 100, 0);
  RtDocPara *para = rt_doc_add_paragraph (doc, RT_DOC_PARA_BODY, 10.5, 0, NULL);
  RtWriter w = { doc, data, &options, RT_HANDOUT_OPINIONS };

  rt_handout_options_init (&options);
  _rt_handout_add_opinion (&w, para, card);

  return rt_doc_para_to_markup (para);
}

const char *
_rt_handout_point_status (RtPointStatus status)
{
  switch (status)
    {
    case RT_POINT_STATUS_UNDISCUSSED:
      return C_("handout", "未議論");
    case RT_POINT_STATUS_DISCUSSING:
      return C_("handout", "議論中");
    case RT_POINT_STATUS_CONVERGED:
      return C_("handout", "収束");
    case RT_POINT_STATUS_PARALLEL:
      return C_("handout", "複数併記");
    default:
      return "";
    }
}

/* The builder's context */

RtSnapMeeting *
_rt_writer_get_meeting (RtWriter *w)
{
  return rt_snapshot_find_meeting (w->data->snapshot, w->options->meeting_number);
}

const char *
_rt_handout_label (RtHandoutData *data,
                   RtSnapMeeting *meeting,
                   const char    *handout,
                   const char    *fallback)
{
  RtSnapMaterial *material;

  if (meeting != NULL && (material = rt_snapshot_find_material (data->snapshot, meeting->id, handout)))
    return material->number;

  return fallback;
}

RtHandoutData *
_rt_writer_get_data (RtWriter *w)
{
  return w->data;
}

const RtHandoutOptions *
_rt_writer_get_options (RtWriter *w)
{
  return w->options;
}

RtDoc *
_rt_writer_get_doc (RtWriter *w)
{
  return w->doc;
}

double
_rt_writer_get_width (RtWriter *w)
{
  return rt_doc_get_text_width (w->doc);
}

/* A handout starts on a new page, under its own label unless the options
 * give one for all. */
void
_rt_writer_begin_section (RtWriter   *w,
                          const char *label,
                          const char *title)
{
  const RtHandoutOptions *options = w->options;

  rt_doc_begin_section (w->doc, options->label != NULL && options->label[0] != '\0' ? options->label : label, title);
}

void
_rt_writer_heading (RtWriter   *w,
                    const char *text)
{
  rt_doc_add_heading (w->doc, 2, text);
}

/**
 * _rt_writer_paragraph:
 * @indent: the left indent of the paragraph, in points
 * @bullet: (nullable): a mark such as "・" hanging before the first line
 *
 * Returns: (transfer none): the paragraph, to add its runs to
 */
RtDocPara *
_rt_writer_paragraph (RtWriter   *w,
                      double      font_size,
                      double      indent,
                      const char *bullet)
{
  return rt_doc_add_paragraph (w->doc, RT_DOC_PARA_BODY, font_size, indent, bullet);
}

void
_rt_writer_note (RtWriter   *w,
                 const char *text)
{
  rt_doc_para_add_run (rt_doc_add_paragraph (w->doc, RT_DOC_PARA_NOTE, 9, 0, NULL), 0, text);
}

void
_rt_writer_space (RtWriter *w,
                  double    height)
{
  rt_doc_add_space (w->doc, height);
}

RtDocTable *
_rt_writer_table (RtWriter          *w,
                  const RtTableSpec *spec)
{
  RtDocTable *table;

  g_assert (spec->n_cols <= G_N_ELEMENTS (spec->widths));

  table = rt_doc_add_table (w->doc, spec->n_cols, spec->widths, spec->align, spec->font_size);
  rt_doc_table_add_row (table, TRUE);
  for (guint i = 0; i < spec->n_cols; i++)
    rt_doc_table_add_text (table, 0, spec->headers[i]);

  return table;
}

void
_rt_writer_image (RtWriter       *w,
                  double          bottom_gap,
                  const char     *description,
                  RtDocPaintFunc  paint,
                  gpointer        user_data,
                  GDestroyNotify  destroy)
{
  rt_doc_add_image (w->doc, 0, 0, bottom_gap, description, paint, user_data, destroy);
}

static const HMeeting *
find_meeting (RtHandoutData *data,
              int            number)
{
  const HMeeting *found = NULL;

  for (guint i = 0; i < data->meetings->len; i++)
    {
      const HMeeting *m = data->meetings->pdata[i];

      if (number == 0 || m->number == number)
        found = m;
    }

  return found;
}

/* The header of every page: the committee and meeting, and the date. */
static void
set_header (RtDoc                  *doc,
            RtHandoutData          *data,
            const RtHandoutOptions *options)
{
  const HMeeting *meeting = find_meeting (data, options->meeting_number);
  g_autofree char *left = NULL;
  g_autofree char *date = NULL;

  if (meeting != NULL)
    left = g_strdup_printf (C_("handout", "%s（第%d回）"), data->committee_name, meeting->number);
  else
    left = g_strdup (data->committee_name);

  if (options->date != NULL && options->date[0] != '\0')
    date = rt_date_format_iso (options->date, options->date_style);
  else if (meeting != NULL && meeting->date != NULL && meeting->date[0] != '\0')
    date = rt_date_format_iso (meeting->date, options->date_style);
  else if (meeting != NULL)
    /* A meeting not yet dated: no date rather than today's, which would
     * be taken for the meeting's. */
    date = g_strdup ("");
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *iso = g_date_time_format (now, "%F");

      date = rt_date_format_iso (iso, options->date_style);
    }

  rt_doc_set_header (doc, left, date);
}

/* The document */

/**
 * rt_handout_build_doc:
 *
 * Builds the handouts of @options into one document model, each kind by its
 * one builder. May run in any thread: it touches nothing but @data.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
RtDoc *
rt_handout_build_doc (RtHandoutData           *data,
                      const RtHandoutOptions  *options,
                      GCancellable            *cancellable,
                      GError                 **error)
{
  static const struct {
    RtHandoutKind kind;
    void (*build) (RtWriter *w);
  } builders[] = {
    { RT_HANDOUT_AGENDA, _rt_handout_build_agenda },
    { RT_HANDOUT_OPINIONS, _rt_handout_build_opinions },
    { RT_HANDOUT_POINTS, _rt_handout_build_points },
    { RT_HANDOUT_MAP, _rt_handout_build_map },
    { RT_HANDOUT_SPEAKERS, _rt_handout_build_speakers },
    { RT_HANDOUT_CHANGES, _rt_handout_build_changes },
    { RT_HANDOUT_RESPONSES, _rt_handout_build_responses },
    { RT_HANDOUT_PSEUDONYMS, _rt_handout_build_pseudonyms },
    { RT_HANDOUT_FOLLOWUPS, _rt_handout_build_followups },
    { RT_HANDOUT_SUMMARY, _rt_handout_build_summary },
    { RT_HANDOUT_OUTLINE, _rt_handout_build_outline },
    { RT_HANDOUT_OUTLINE_CHANGES, _rt_handout_build_outline_changes },
  };
  g_autoptr(RtDoc) doc = NULL;
  g_autofree char *title = NULL;
  RtWriter w;
  double width, height;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if ((options->kinds & RT_HANDOUT_EVERY) == 0)
    {
      g_set_error_literal (error, RT_HANDOUT_ERROR, RT_HANDOUT_ERROR_INVALID,
                           _("No handout is chosen"));
      return NULL;
    }

  /* The pseudonym table names everyone: it is never published. */
  if (options->public_version && (options->kinds & RT_HANDOUT_EVERY) == RT_HANDOUT_PSEUDONYMS)
    {
      g_set_error_literal (error, RT_HANDOUT_ERROR, RT_HANDOUT_ERROR_INVALID,
                           _("The pseudonym table is for the committee only: it has no public version"));
      return NULL;
    }

  rt_paper_get_size (options->paper, options->landscape, &width, &height);
  doc = rt_doc_new (width, height, CLAMP (options->margin_mm, 5.0, 50.0) * 72.0 / 25.4);
  title = g_strdup_printf (C_("handout", "%s 会議資料"), data->committee_name);
  rt_doc_set_properties (doc, title, data->committee_name);
  set_header (doc, data, options);

  w.doc = doc;
  w.data = data;
  w.options = options;
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    {
      if ((options->kinds & builders[i].kind) == 0)
        continue;
      if (options->public_version && builders[i].kind == RT_HANDOUT_PSEUDONYMS)
        continue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      w.kind = builders[i].kind;
      builders[i].build (&w);
    }

  return g_steal_pointer (&doc);
}

/**
 * rt_handout_document_new:
 *
 * Builds the handouts of @options and lays them out into pages. May run in
 * any thread: it touches nothing but @data and a font map of its own.
 *
 * Returns: (transfer full): the paginated document, or %NULL with @error set
 */
RtHandoutDocument *
rt_handout_document_new (RtHandoutData           *data,
                         const RtHandoutOptions  *options,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  g_autoptr(RtDoc) doc = rt_handout_build_doc (data, options, cancellable, error);

  if (doc == NULL)
    return NULL;

  return rt_handout_document_new_for_doc (doc, cancellable, error);
}
