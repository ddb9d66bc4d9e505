/* rt-handout.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-handout"

#include "config.h"

#include <string.h>

#include "rt-handout-data.h"
#include "rt-handout-private.h"

/* Handouts are laid out once into pages of drawing operations (text lines,
 * rules, boxes), then painted from those pages on whatever cairo context asks:
 * the PDF writer, a GtkPrintOperation, the preview. Everything is measured in
 * points (1/72 inch) with a font map of its own, so a document can be built in
 * a worker thread.
 */

#define FONT_FAMILY "Noto Sans CJK JP"
#define BODY_SIZE 10.5
#define LINE_SPACING 1.45
#define TABLE_LINE_SPACING 1.3
#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.0
#define RULE_WIDTH 0.5

G_DEFINE_QUARK (rt-handout-error-quark, rt_handout_error)

typedef enum
{
  OP_LAYOUT,
  OP_LINE,
  OP_RECT,
  OP_MAP,
} OpKind;

typedef struct
{
  OpKind       kind;
  double       x, y, w, h;
  double       gray;
  double       line_width;
  PangoLayout *layout;
  RtMap       *map;
  guint        map_page;
  int          first_line;
  int          n_lines;
} Op;

typedef struct
{
  GPtrArray *ops;
} Page;

struct _RtHandoutDocument
{
  PangoFontMap *font_map;
  PangoContext *context;
  GPtrArray    *pages;
  double        width;
  double        height;
  char         *title;
  char         *author;
};

struct _RtWriter
{
  RtHandoutDocument      *doc;
  RtHandoutData          *data;
  const RtHandoutOptions *options;

  double                  left;
  double                  right;
  double                  top;
  double                  bottom;
  double                  content_top;
  double                  footer_y;

  Page                   *page;
  double                  y;
  char                   *label;
  char                   *header_left;
  char                   *header_date;
  guint                   section_page;

  const RtTableSpec      *table;
  PangoLayout            *table_headers[8];
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
    default:
      return NULL;
    }
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
h_meeting_free (HMeeting *m)
{
  g_free (m->date);
  g_free (m);
}

static void
h_person_free (HPerson *p)
{
  g_free (p->name);
  g_free (p->role);
  g_free (p->display);
  g_free (p);
}

static void
h_label_free (HLabel *l)
{
  g_free (l->name);
  g_ptr_array_unref (l->themes);
  g_free (l);
}

static void
h_theme_free (HTheme *t)
{
  g_free (t->name);
  g_ptr_array_unref (t->cards);
  g_free (t);
}

static void
h_card_free (HCard *c)
{
  g_free (c->text);
  g_free (c->created);
  g_free (c->modified);
  g_free (c);
}

static void
h_point_free (HPoint *p)
{
  g_free (p->title);
  g_free (p->question);
  g_strfreev (p->proposals);
  g_strfreev (p->directions);
  g_ptr_array_unref (p->cards);
  g_ptr_array_unref (p->themes);
  g_free (p);
}

static void
h_direction_free (HDirection *d)
{
  g_free (d->text);
  g_free (d->created);
  g_free (d);
}

static void
rt_handout_data_clear (RtHandoutData *data)
{
  g_free (data->committee_name);
  g_free (data->framework_name);
  g_clear_pointer (&data->meetings, g_ptr_array_unref);
  g_clear_pointer (&data->people, g_ptr_array_unref);
  g_clear_pointer (&data->labels, g_ptr_array_unref);
  g_clear_pointer (&data->themes, g_ptr_array_unref);
  g_clear_pointer (&data->inbox, g_ptr_array_unref);
  g_clear_pointer (&data->cards, g_ptr_array_unref);
  g_clear_pointer (&data->points, g_ptr_array_unref);
  g_clear_pointer (&data->directions, g_ptr_array_unref);
  g_clear_pointer (&data->people_by_id, g_hash_table_unref);
  g_clear_pointer (&data->themes_by_id, g_hash_table_unref);
  g_clear_object (&data->map);
}

static int
compare_cards_by_position (gconstpointer a,
                           gconstpointer b)
{
  const HCard *ca = *(HCard * const *)a;
  const HCard *cb = *(HCard * const *)b;

  if (ca->position != cb->position)
    return ca->position < cb->position ? -1 : 1;
  return ca->id < cb->id ? -1 : ca->id > cb->id;
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
  g_autoptr(GHashTable) labels_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) cards_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) points_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) card_links = NULL;
  g_autoptr(GArray) theme_links = NULL;
  g_autoptr(GPtrArray) directions = NULL;
  GListModel *model;
  HLabel *unlabeled = NULL;
  guint n;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(card_links = rt_committee_list_card_point_links (committee, error)) ||
      !(theme_links = rt_committee_list_theme_point_links (committee, error)) ||
      !(directions = rt_committee_list_directions (committee, error)))
    return NULL;

  data = g_atomic_rc_box_new0 (RtHandoutData);
  data->committee_name = g_strdup (rt_committee_get_name (committee));
  data->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify)h_meeting_free);
  data->people = g_ptr_array_new_with_free_func ((GDestroyNotify)h_person_free);
  data->labels = g_ptr_array_new_with_free_func ((GDestroyNotify)h_label_free);
  data->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)h_theme_free);
  data->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)h_card_free);
  data->inbox = g_ptr_array_new ();
  data->points = g_ptr_array_new_with_free_func ((GDestroyNotify)h_point_free);
  data->directions = g_ptr_array_new_with_free_func ((GDestroyNotify)h_direction_free);
  data->people_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  data->themes_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  model = rt_committee_get_meetings (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (model, i);
      HMeeting *m = g_new0 (HMeeting, 1);

      m->id = rt_meeting_get_id (meeting);
      m->number = rt_meeting_get_number (meeting);
      m->date = g_strdup (rt_meeting_get_date (meeting));
      g_ptr_array_add (data->meetings, m);
    }

  model = rt_committee_get_people (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (model, i);
      HPerson *p = g_new0 (HPerson, 1);

      p->id = rt_person_get_id (person);
      p->name = g_strdup (rt_person_get_name (person));
      p->role = g_strdup (rt_person_get_role (person));
      p->display = g_strdup (rt_person_get_display_name (person));
      g_ptr_array_add (data->people, p);
      g_hash_table_insert (data->people_by_id, &p->id, p);
    }

  model = rt_committee_get_labels (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);
      HLabel *l = g_new0 (HLabel, 1);

      l->id = rt_label_get_id (label);
      l->name = g_strdup (rt_label_get_name (label));
      l->themes = g_ptr_array_new ();
      g_ptr_array_add (data->labels, l);
      g_hash_table_insert (labels_by_id, &l->id, l);
    }

  model = rt_committee_get_themes (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);
      HTheme *t = g_new0 (HTheme, 1);
      HLabel *l;

      t->id = rt_theme_get_id (theme);
      t->label_id = rt_theme_get_label_id (theme);
      t->name = g_strdup (rt_theme_get_name (theme));
      t->cards = g_ptr_array_new ();
      g_ptr_array_add (data->themes, t);
      g_hash_table_insert (data->themes_by_id, &t->id, t);

      if (!(l = g_hash_table_lookup (labels_by_id, &t->label_id)))
        {
          if (unlabeled == NULL)
            {
              unlabeled = g_new0 (HLabel, 1);
              unlabeled->name = g_strdup ("");
              unlabeled->themes = g_ptr_array_new ();
            }
          l = unlabeled;
        }
      g_ptr_array_add (l->themes, t);
    }
  if (unlabeled != NULL)
    g_ptr_array_add (data->labels, unlabeled);

  model = rt_committee_get_cards (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);
      HCard *c = g_new0 (HCard, 1);
      HTheme *t;

      c->id = rt_card_get_id (card);
      c->text = g_strdup (rt_card_get_text (card));
      c->speaker_id = rt_card_get_speaker_id (card);
      c->meeting_number = rt_card_get_meeting_number (card);
      c->theme_id = rt_card_get_theme_id (card);
      c->position = rt_card_get_position (card);
      c->visibility = rt_card_get_visibility (card);
      c->created = g_strdup (rt_card_get_created (card));
      c->modified = g_strdup (rt_card_get_modified (card));
      g_ptr_array_add (data->cards, c);
      g_hash_table_insert (cards_by_id, &c->id, c);

      if ((t = g_hash_table_lookup (data->themes_by_id, &c->theme_id)))
        g_ptr_array_add (t->cards, c);
      else
        g_ptr_array_add (data->inbox, c);
    }

  for (guint i = 0; i < data->themes->len; i++)
    g_ptr_array_sort (((HTheme *)data->themes->pdata[i])->cards, compare_cards_by_position);
  g_ptr_array_sort (data->inbox, compare_cards_by_position);

  /* The point table shows the first framework, the one the committee works with. */
  model = rt_committee_get_frameworks (committee);
  if (g_list_model_get_n_items (model) > 0)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (model, 0);
      g_autoptr(GListModel) points = rt_committee_list_points (committee, rt_framework_get_id (framework));

      data->framework_name = g_strdup (rt_framework_get_name (framework));
      n = g_list_model_get_n_items (points);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RtPoint) point = g_list_model_get_item (points, i);
          HPoint *p = g_new0 (HPoint, 1);

          p->id = rt_point_get_id (point);
          p->number = rt_point_get_number (point);
          p->title = g_strdup (rt_point_get_title (point));
          p->question = g_strdup (rt_point_get_question (point));
          p->proposals = g_strdupv ((char **)rt_point_get_proposals (point));
          p->directions = g_strdupv ((char **)rt_point_get_directions (point));
          p->status = rt_point_get_status (point);
          p->cards = g_ptr_array_new ();
          p->themes = g_ptr_array_new ();
          g_ptr_array_add (data->points, p);
          g_hash_table_insert (points_by_id, &p->id, p);
        }
    }
  if (data->framework_name == NULL)
    data->framework_name = g_strdup ("");

  for (guint i = 0; i < card_links->len; i++)
    {
      RtPointLinkRow *link = &g_array_index (card_links, RtPointLinkRow, i);
      HPoint *p = g_hash_table_lookup (points_by_id, &link->point_id);
      HCard *c = g_hash_table_lookup (cards_by_id, &link->from_id);

      if (p != NULL && c != NULL)
        g_ptr_array_add (p->cards, c);
    }

  for (guint i = 0; i < theme_links->len; i++)
    {
      RtPointLinkRow *link = &g_array_index (theme_links, RtPointLinkRow, i);
      HPoint *p = g_hash_table_lookup (points_by_id, &link->point_id);
      HTheme *t = g_hash_table_lookup (data->themes_by_id, &link->from_id);

      if (p != NULL && t != NULL)
        g_ptr_array_add (p->themes, t);
    }

  for (guint i = 0; i < directions->len; i++)
    {
      RtDirectionRow *row = directions->pdata[i];
      HPoint *p = g_hash_table_lookup (points_by_id, &row->point_id);
      HDirection *d;

      if (p == NULL)
        continue;

      d = g_new0 (HDirection, 1);
      d->point = p;
      d->text = g_strdup (row->text);
      d->created = g_strdup (row->created);
      g_ptr_array_add (data->directions, d);
    }

  /* The issue map page shows what a handout may show: no 非公開 card and
   * no hidden speaker. Laid out here, on the caller's thread, once. */
  data->map = rt_map_new_for_audience (committee, RT_MAP_CONTENT_PUBLIC_ONLY, NULL);
  if (data->map != NULL)
    rt_map_tidy (data->map);

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

/* Helpers shared by the handout kinds */

/* Cards whose speaker is hidden keep their text but not their speaker: even a
 * role such as 市長 would name the person, so none is printed. */
char *
_rt_handout_speaker (RtHandoutData *data,
                     HCard         *card)
{
  HPerson *person;

  if (card->visibility == RT_VISIBILITY_ANONYMOUS)
    return g_strdup (C_("handout", "発言者非公開"));

  person = g_hash_table_lookup (data->people_by_id, &card->speaker_id);
  if (person == NULL || person->display[0] == '\0')
    return NULL;

  return g_strdup (person->display);
}

/* "text（林委員）", as the opinions of 資料1-1 end. */
char *
_rt_handout_opinion_markup (RtHandoutData *data,
                            HCard         *card)
{
  g_autofree char *speaker = _rt_handout_speaker (data, card);
  g_autofree char *stripped = g_strstrip (g_strdup (card->text));
  g_autofree char *text = g_markup_escape_text (stripped, -1);
  g_autofree char *who = NULL;

  if (speaker == NULL)
    return g_steal_pointer (&text);

  who = g_markup_escape_text (speaker, -1);
  return g_strdup_printf ("%s（%s）", text, who);
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

/* Pages and their operations */

static void
op_free (Op *op)
{
  g_clear_object (&op->layout);
  g_clear_object (&op->map);
  g_free (op);
}

static void
page_free (Page *page)
{
  g_ptr_array_unref (page->ops);
  g_free (page);
}

static Op *
add_op (RtWriter *w,
        OpKind    kind)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  g_ptr_array_add (w->page->ops, op);
  return op;
}

void
_rt_writer_add_line (RtWriter *w,
                     double    x1,
                     double    y1,
                     double    x2,
                     double    y2,
                     double    width)
{
  Op *op = add_op (w, OP_LINE);

  op->x = x1;
  op->y = y1;
  op->w = x2 - x1;
  op->h = y2 - y1;
  op->line_width = width;
}

/* One page of an issue map (see rt_map_paint_page()) in the given area. */
void
_rt_writer_add_map (RtWriter *w,
                    RtMap    *map,
                    guint     page,
                    double    x,
                    double    y,
                    double    width,
                    double    height)
{
  Op *op = add_op (w, OP_MAP);

  op->map = g_object_ref (map);
  op->map_page = page;
  op->x = x;
  op->y = y;
  op->w = width;
  op->h = height;
}

void
_rt_writer_add_rect (RtWriter *w,
                     double    x,
                     double    y,
                     double    width,
                     double    height,
                     double    fill_gray,
                     double    line_width)
{
  Op *op = add_op (w, OP_RECT);

  op->x = x;
  op->y = y;
  op->w = width;
  op->h = height;
  op->gray = fill_gray;
  op->line_width = line_width;
}

static void
add_layout_lines (RtWriter    *w,
                  PangoLayout *layout,
                  double       x,
                  double       y,
                  int          first_line,
                  int          n_lines)
{
  Op *op = add_op (w, OP_LAYOUT);

  op->x = x;
  op->y = y;
  op->layout = g_object_ref (layout);
  op->first_line = first_line;
  op->n_lines = n_lines;
}

void
_rt_writer_add_layout (RtWriter    *w,
                       PangoLayout *layout,
                       double       x,
                       double       y)
{
  add_layout_lines (w, layout, x, y, 0, pango_layout_get_line_count (layout));
}

/* The top and bottom of every line of @layout, in points. */
static GArray *
layout_line_edges (PangoLayout *layout)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      int y0, y1;
      double edge[2];

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      edge[0] = (double)y0 / PANGO_SCALE;
      edge[1] = (double)y1 / PANGO_SCALE;
      g_array_append_vals (edges, edge, 1);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  return edges;
}

#define EDGE_TOP(e, i) (((double *)(e)->data)[2 * (i)])
#define EDGE_BOTTOM(e, i) (((double *)(e)->data)[2 * (i) + 1])

PangoLayout *
_rt_writer_layout (RtWriter       *w,
                   const char     *markup,
                   double          font_size,
                   double          width,
                   PangoAlignment  align)
{
  PangoLayout *layout = pango_layout_new (w->doc->context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int)(font_size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_line_spacing (layout, LINE_SPACING);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double)height / PANGO_SCALE;
}

/* The page header: 【資料1-1】 at the top right, the committee and meeting on
 * the left and the date on the right below it, a thin rule; the page number
 * "- n -" centred in the footer. */
static void
new_page (RtWriter *w)
{
  double width = w->right - w->left;
  g_autofree char *label = NULL;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) label_layout = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) date = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double y = w->top;

  w->page = g_new0 (Page, 1);
  w->page->ops = g_ptr_array_new_with_free_func ((GDestroyNotify)op_free);
  g_ptr_array_add (w->doc->pages, w->page);
  w->section_page++;

  if (w->label != NULL && w->label[0] != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (w->label, -1);

      label = g_strdup_printf ("<b>【%s】</b>", escaped);
      label_layout = _rt_writer_layout (w, label, 12, width, PANGO_ALIGN_RIGHT);
      _rt_writer_add_layout (w, label_layout, w->left, y);
      y += layout_height (label_layout) + 2;
    }

  left = _rt_writer_layout (w, w->header_left, 8.5, width * 0.75, PANGO_ALIGN_LEFT);
  date = _rt_writer_layout (w, w->header_date, 8.5, width * 0.25, PANGO_ALIGN_RIGHT);
  _rt_writer_add_layout (w, left, w->left, y);
  _rt_writer_add_layout (w, date, w->left + width * 0.75, y);
  y += MAX (layout_height (left), layout_height (date)) + 2;
  _rt_writer_add_line (w, w->left, y, w->right, y, RULE_WIDTH);
  w->content_top = y + 12;
  w->y = w->content_top;

  number = g_strdup_printf ("- %u -", w->section_page);
  footer = _rt_writer_layout (w, number, 9, width, PANGO_ALIGN_CENTER);
  _rt_writer_add_layout (w, footer, w->left, w->footer_y);
}

/* A page of the section begun last, for what continues it. */
void
_rt_writer_new_page (RtWriter *w)
{
  new_page (w);
}

static gboolean
page_is_empty (RtWriter *w)
{
  return w->y <= w->content_top + 0.01;
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

double
_rt_writer_get_width (RtWriter *w)
{
  return w->right - w->left;
}

void
_rt_writer_begin_section (RtWriter   *w,
                          const char *label,
                          const char *title)
{
  const RtHandoutOptions *options = w->options;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *markup = NULL;

  g_free (w->label);
  w->label = g_strdup (options->label != NULL && options->label[0] != '\0' ? options->label : label);
  w->section_page = 0;
  w->table = NULL;
  new_page (w);

  escaped = g_markup_escape_text (title, -1);
  markup = g_strdup_printf ("<b>%s</b>", escaped);
  layout = _rt_writer_layout (w, markup, 14, w->right - w->left, PANGO_ALIGN_CENTER);
  _rt_writer_add_layout (w, layout, w->left, w->y);
  w->y += layout_height (layout) + 14;
  w->content_top = w->y;
}

void
_rt_writer_space (RtWriter *w,
                  double    height)
{
  if (!page_is_empty (w))
    w->y = MIN (w->y + height, w->bottom);
}

/* Places @layout from the current position on, cutting it between lines where
 * a page ends; a part left alone on a page has at least @min_lines lines. */
static void
flow_layout (RtWriter    *w,
             PangoLayout *layout,
             double       x,
             guint        min_lines)
{
  g_autoptr(GArray) edges = layout_line_edges (layout);
  guint n = edges->len;
  guint first = 0;

  while (first < n)
    {
      double avail = w->bottom - w->y;
      guint need = MIN (min_lines, n - first);
      guint k = first;

      while (k < n && EDGE_BOTTOM (edges, k) - EDGE_TOP (edges, first) <= avail)
        k++;

      if (k == n)
        {
          add_layout_lines (w, layout, x, w->y, first, n - first);
          w->y += EDGE_BOTTOM (edges, n - 1) - EDGE_TOP (edges, first);
          return;
        }

      /* Keep at least min_lines for the next page too. */
      if (n - k < need && k - first > need)
        k = n - need;

      if (k - first < need)
        {
          if (!page_is_empty (w))
            {
              new_page (w);
              continue;
            }
          /* A part taller than a page: place what fits, at least a line. */
          k = MAX (k, first + 1);
        }

      add_layout_lines (w, layout, x, w->y, first, k - first);
      first = k;
      new_page (w);
    }
}

void
_rt_writer_heading (RtWriter   *w,
                    const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<b>■ %s</b>", escaped);
  g_autoptr(PangoLayout) layout = _rt_writer_layout (w, markup, 12, w->right - w->left, PANGO_ALIGN_LEFT);
  double height = layout_height (layout);

  _rt_writer_space (w, 8);

  /* A heading never ends a page: it keeps two body lines with it. */
  if (w->y + height + 2 * BODY_SIZE * LINE_SPACING + 6 > w->bottom && !page_is_empty (w))
    new_page (w);

  _rt_writer_add_layout (w, layout, w->left, w->y);
  w->y += height + 1;
  _rt_writer_add_line (w, w->left, w->y, w->right, w->y, RULE_WIDTH);
  w->y += 5;
}

/**
 * _rt_writer_paragraph:
 * @indent: the left indent of the paragraph, in points
 * @bullet: (nullable): a mark such as "・" hanging before the first line
 */
void
_rt_writer_paragraph (RtWriter   *w,
                      const char *markup,
                      double      font_size,
                      double      indent,
                      const char *bullet)
{
  g_autofree char *full = bullet ? g_strconcat (bullet, markup, NULL) : g_strdup (markup);
  g_autoptr(PangoLayout) layout = _rt_writer_layout (w, full, font_size, w->right - w->left - indent,
                                                    PANGO_ALIGN_LEFT);

  if (bullet != NULL)
    pango_layout_set_indent (layout, -(int)(font_size * PANGO_SCALE));

  flow_layout (w, layout, w->left + indent, 2);
  w->y += font_size * 0.35;
}

void
_rt_writer_note (RtWriter   *w,
                 const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  _rt_writer_paragraph (w, escaped, 9, 0, NULL);
}

/* Tables: a header row repeated on every page, cells that wrap, rows that
 * break across pages only between lines. */

static double
draw_table_header (RtWriter *w)
{
  const RtTableSpec *spec = w->table;
  double height = 0, x = w->left;

  for (guint i = 0; i < spec->n_cols; i++)
    height = MAX (height, layout_height (w->table_headers[i]));
  height += 2 * CELL_PAD_Y;

  for (guint i = 0; i < spec->n_cols; i++)
    {
      _rt_writer_add_rect (w, x, w->y, spec->widths[i], height, 0.88, RULE_WIDTH);
      _rt_writer_add_layout (w, w->table_headers[i], x + CELL_PAD_X, w->y + CELL_PAD_Y);
      x += spec->widths[i];
    }

  w->y += height;
  return height;
}

static void
table_new_page (RtWriter *w)
{
  new_page (w);
  draw_table_header (w);
  w->content_top = w->y;
}

void
_rt_writer_table_begin (RtWriter          *w,
                        const RtTableSpec *spec)
{
  double header_height = 0;

  g_assert (spec->n_cols <= G_N_ELEMENTS (spec->widths));

  w->table = spec;
  for (guint i = 0; i < spec->n_cols; i++)
    {
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", spec->headers[i]);

      g_clear_object (&w->table_headers[i]);
      w->table_headers[i] = _rt_writer_layout (w, markup, spec->font_size,
                                               spec->widths[i] - 2 * CELL_PAD_X, PANGO_ALIGN_CENTER);
      pango_layout_set_line_spacing (w->table_headers[i], TABLE_LINE_SPACING);
      header_height = MAX (header_height, layout_height (w->table_headers[i]));
    }

  /* The header and the first line of a row, or a new page. */
  if (w->y + header_height + 2 * CELL_PAD_Y + 3 * spec->font_size * TABLE_LINE_SPACING > w->bottom)
    new_page (w);

  draw_table_header (w);
}

void
_rt_writer_table_row (RtWriter           *w,
                      const char * const *cells)
{
  const RtTableSpec *spec = w->table;
  PangoLayout *layouts[8] = { NULL, };
  GArray *edges[8] = { NULL, };
  guint first[8] = { 0, };
  guint n_cols;

  g_return_if_fail (spec != NULL);

  n_cols = spec->n_cols;
  for (guint i = 0; i < n_cols; i++)
    {
      layouts[i] = _rt_writer_layout (w, cells[i] ? cells[i] : "", spec->font_size,
                                      spec->widths[i] - 2 * CELL_PAD_X, spec->align[i]);
      pango_layout_set_line_spacing (layouts[i], TABLE_LINE_SPACING);
      edges[i] = layout_line_edges (layouts[i]);
    }

  for (;;)
    {
      double avail = w->bottom - w->y - 2 * CELL_PAD_Y;
      guint last[8];
      gboolean all_fit = TRUE, can_split = TRUE;
      double segment = 0, x = w->left;

      for (guint i = 0; i < n_cols; i++)
        {
          guint n = edges[i]->len, k = first[i];

          while (k < n && EDGE_BOTTOM (edges[i], k) - EDGE_TOP (edges[i], first[i]) <= avail)
            k++;
          last[i] = k;

          if (k < n)
            {
              guint need = MIN (2, n - first[i]);

              all_fit = FALSE;
              if (k - first[i] < need)
                can_split = FALSE;
            }
        }

      if (!all_fit && !can_split)
        {
          if (!page_is_empty (w))
            {
              table_new_page (w);
              continue;
            }

          /* A row taller than a page: place what fits, at least a line of each. */
          for (guint i = 0; i < n_cols; i++)
            if (first[i] < edges[i]->len)
              last[i] = MAX (last[i], first[i] + 1);
        }

      for (guint i = 0; i < n_cols; i++)
        if (last[i] > first[i])
          segment = MAX (segment, EDGE_BOTTOM (edges[i], last[i] - 1) - EDGE_TOP (edges[i], first[i]));
      segment += 2 * CELL_PAD_Y;

      for (guint i = 0; i < n_cols; i++)
        {
          _rt_writer_add_rect (w, x, w->y, spec->widths[i], segment, -1, RULE_WIDTH);
          if (last[i] > first[i])
            add_layout_lines (w, layouts[i], x + CELL_PAD_X, w->y + CELL_PAD_Y, first[i], last[i] - first[i]);
          first[i] = last[i];
          x += spec->widths[i];
        }
      w->y += segment;

      if (all_fit)
        break;

      table_new_page (w);
    }

  for (guint i = 0; i < n_cols; i++)
    {
      g_object_unref (layouts[i]);
      g_array_unref (edges[i]);
    }
}

void
_rt_writer_table_end (RtWriter *w)
{
  w->table = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (w->table_headers); i++)
    g_clear_object (&w->table_headers[i]);
  w->y += 6;
}

void
_rt_writer_get_free_area (RtWriter *w,
                          double   *x,
                          double   *y,
                          double   *width,
                          double   *height)
{
  *x = w->left;
  *y = w->y;
  *width = w->right - w->left;
  *height = w->bottom - w->y;
  w->y = w->bottom;
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

RtWriter *
_rt_writer_new (RtHandoutDocument      *document,
                RtHandoutData          *data,
                const RtHandoutOptions *options)
{
  RtWriter *w = g_new0 (RtWriter, 1);
  double margin = CLAMP (options->margin_mm, 5.0, 50.0) * 72.0 / 25.4;
  const HMeeting *meeting = find_meeting (data, options->meeting_number);
  g_autofree char *name = g_markup_escape_text (data->committee_name, -1);
  g_autofree char *date = NULL;

  w->doc = document;
  w->data = data;
  w->options = options;
  w->left = margin;
  w->right = document->width - margin;
  w->top = margin;
  w->footer_y = MIN (document->height - margin + 10, document->height - 22);
  w->bottom = MIN (document->height - margin, w->footer_y - 8);

  if (meeting != NULL)
    w->header_left = g_strdup_printf (C_("handout", "%s（第%d回）"), name, meeting->number);
  else
    w->header_left = g_strdup (name);

  if (options->date != NULL && options->date[0] != '\0')
    date = rt_date_format_iso (options->date, options->date_style);
  else if (meeting != NULL && meeting->date != NULL && meeting->date[0] != '\0')
    date = rt_date_format_iso (meeting->date, options->date_style);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *iso = g_date_time_format (now, "%F");

      date = rt_date_format_iso (iso, options->date_style);
    }
  w->header_date = g_markup_escape_text (date, -1);

  return w;
}

void
_rt_writer_free (RtWriter *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (w->table_headers); i++)
    g_clear_object (&w->table_headers[i]);
  g_free (w->label);
  g_free (w->header_left);
  g_free (w->header_date);
  g_free (w);
}

/* The document */

/**
 * rt_handout_document_new:
 *
 * Lays out the handouts of @options. May run in any thread: it touches
 * nothing but @data and a font map of its own.
 *
 * Returns: (transfer full): the paginated document, or %NULL with @error set
 */
RtHandoutDocument *
rt_handout_document_new (RtHandoutData           *data,
                         const RtHandoutOptions  *options,
                         GCancellable            *cancellable,
                         GError                 **error)
{
  static const struct {
    RtHandoutKind kind;
    void (*build) (RtWriter *w);
  } builders[] = {
    { RT_HANDOUT_OPINIONS, _rt_handout_build_opinions },
    { RT_HANDOUT_POINTS, _rt_handout_build_points },
    { RT_HANDOUT_MAP, _rt_handout_build_map },
    { RT_HANDOUT_SPEAKERS, _rt_handout_build_speakers },
    { RT_HANDOUT_CHANGES, _rt_handout_build_changes },
  };
  g_autoptr(RtHandoutDocument) doc = NULL;
  cairo_font_options_t *font_options;
  RtWriter *w;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if ((options->kinds & RT_HANDOUT_ALL) == 0)
    {
      g_set_error_literal (error, RT_HANDOUT_ERROR, RT_HANDOUT_ERROR_INVALID,
                           _("No handout is chosen"));
      return NULL;
    }

  doc = g_new0 (RtHandoutDocument, 1);
  doc->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)page_free);
  rt_paper_get_size (options->paper, options->landscape, &doc->width, &doc->height);

  /* Unhinted metrics at 72 dpi: one unit is one point on paper and on screen. */
  doc->font_map = pango_cairo_font_map_new ();
  doc->context = pango_font_map_create_context (doc->font_map);
  pango_cairo_context_set_resolution (doc->context, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (doc->context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_round_glyph_positions (doc->context, FALSE);
  pango_context_set_language (doc->context, pango_language_from_string ("ja"));

  doc->author = g_strdup (data->committee_name);
  doc->title = g_strdup_printf (C_("handout", "%s 会議資料"), data->committee_name);

  w = _rt_writer_new (doc, data, options);
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    {
      if ((options->kinds & builders[i].kind) == 0)
        continue;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          _rt_writer_free (w);
          return NULL;
        }

      builders[i].build (w);
    }
  _rt_writer_free (w);

  return g_steal_pointer (&doc);
}

void
rt_handout_document_free (RtHandoutDocument *document)
{
  if (document == NULL)
    return;

  g_clear_pointer (&document->pages, g_ptr_array_unref);
  g_clear_object (&document->context);
  g_clear_object (&document->font_map);
  g_free (document->title);
  g_free (document->author);
  g_free (document);
}

guint
rt_handout_document_get_n_pages (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, 0);

  return document->pages->len;
}

void
rt_handout_document_get_size (RtHandoutDocument *document,
                              double            *width,
                              double            *height)
{
  g_return_if_fail (document != NULL);

  if (width != NULL)
    *width = document->width;
  if (height != NULL)
    *height = document->height;
}

const char *
rt_handout_document_get_title (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->title;
}

const char *
rt_handout_document_get_author (RtHandoutDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->author;
}

/* Shows lines [first, first + n) of a layout, the top of the first at op->y.
 * Line by line, so that a paragraph cut by a page break puts each glyph in the
 * file once. */
static void
draw_layout_op (cairo_t  *cr,
                const Op *op)
{
  PangoLayoutIter *iter = pango_layout_get_iter (op->layout);
  int index = 0, top = 0;

  do
    {
      if (index >= op->first_line)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          int y0, y1, baseline;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          if (index == op->first_line)
            top = y0;
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          baseline = pango_layout_iter_get_baseline (iter);

          cairo_move_to (cr,
                         op->x + (double)logical.x / PANGO_SCALE,
                         op->y + (double)(baseline - top) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, line);
        }
      index++;
    }
  while (index < op->first_line + op->n_lines && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/**
 * rt_handout_document_draw_page:
 * @cr: a context whose unit is the point, origin at the paper's top left
 *
 * Paints @page: the same code for the PDF, the printer and the preview.
 */
void
rt_handout_document_draw_page (RtHandoutDocument *document,
                               cairo_t           *cr,
                               guint              page)
{
  Page *p;

  g_return_if_fail (document != NULL);
  g_return_if_fail (page < document->pages->len);

  p = document->pages->pdata[page];

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, document->width, document->height);
  cairo_fill (cr);

  for (guint i = 0; i < p->ops->len; i++)
    {
      const Op *op = p->ops->pdata[i];

      switch (op->kind)
        {
        case OP_LAYOUT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          draw_layout_op (cr, op);
          break;

        case OP_LINE:
          cairo_set_source_rgb (cr, 0, 0, 0);
          cairo_set_line_width (cr, op->line_width);
          cairo_move_to (cr, op->x, op->y);
          cairo_rel_line_to (cr, op->w, op->h);
          cairo_stroke (cr);
          break;

        case OP_MAP:
          cairo_save (cr);
          cairo_translate (cr, op->x, op->y);
          rt_map_paint_page (op->map, cr, op->map_page, op->w, op->h);
          cairo_restore (cr);
          break;

        case OP_RECT:
          cairo_rectangle (cr, op->x, op->y, op->w, op->h);
          if (op->gray >= 0)
            {
              cairo_set_source_rgb (cr, op->gray, op->gray, op->gray);
              cairo_fill_preserve (cr);
            }
          if (op->line_width > 0)
            {
              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_set_line_width (cr, op->line_width);
              cairo_stroke (cr);
            }
          else
            cairo_new_path (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  cairo_restore (cr);
}
