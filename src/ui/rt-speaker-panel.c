/* rt-speaker-panel.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-speaker-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-color.h"
#include "rt-speaker-panel.h"
#include "rt-committee.h"

/* Who has been heard: the sidebar with the number of cards of each speaker,
 * overall and theme by theme (a strip of cells in the themes' colours, one per
 * theme in board order and the last for 未分類, darker for more cards).
 * Speakers without a card are marked 未発言. The panel follows the committee:
 * any change to cards, people, themes or meetings recomputes it once, when
 * the main loop is idle.
 */
#define CELL_HEIGHT 18
#define CELL_GAP 2

struct _RtSpeakerPanel
{
  GtkWidget       parent_instance;

  RtCommittee    *committee;
  RtSpeakerStats *stats;
  guint           refresh_id;
  GArray         *meeting_ids;
  gboolean        filling;

  GtkDropDown    *meeting_dropdown;
  GtkLabel       *summary_label;
  GtkListBox     *list_box;
  gboolean        stale;
};

G_DEFINE_FINAL_TYPE (RtSpeakerPanel, rt_speaker_panel, GTK_TYPE_WIDGET)

/* What one strip draws; it refers to the panel's stats, which outlive it
 * (the rows are rebuilt whenever the stats are). */
typedef struct
{
  RtSpeakerPanel *panel;
  guint           speaker;
  guint           max;
  RtColor        *colors;   /* [n_themes] */
} Strip;

static void
strip_free (gpointer data)
{
  Strip *strip = data;

  g_free (strip->colors);
  g_free (strip);
}

static void
cell_rect (int    width,
           guint  n_themes,
           guint  index,
           double *x,
           double *w)
{
  double cell = (width - (double)CELL_GAP * (n_themes - 1)) / n_themes;

  *x = index * (cell + CELL_GAP);
  *w = cell;
}

static void
draw_strip (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  Strip *strip = data;
  RtSpeakerStats *stats = strip->panel->stats;
  GtkWidget *widget = GTK_WIDGET (area);
  GdkRGBA fg;

  if (stats == NULL || stats->n_themes == 0 || strip->speaker >= stats->n_speakers)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  for (guint j = 0; j < stats->n_themes; j++)
    {
      guint count = rt_speaker_stats_get (stats, strip->speaker, j);
      const RtColor *c = &strip->colors[j];
      double x, w;

      cell_rect (width, stats->n_themes, j, &x, &w);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - 3, 3, 3, -G_PI / 2, 0);
      cairo_arc (cr, x + w - 3, height - 3, 3, 0, G_PI / 2);
      cairo_arc (cr, x + 3, height - 3, 3, G_PI / 2, G_PI);
      cairo_arc (cr, x + 3, 3, 3, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);

      if (count == 0)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.07);
          cairo_fill (cr);
          continue;
        }

      cairo_set_source_rgba (cr, c->red, c->green, c->blue,
                             0.35 + 0.65 * count / MAX (strip->max, 1));
      cairo_fill (cr);

      if (w >= 10)
        {
          g_autofree char *text = g_strdup_printf ("%u", count);
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
          int tw, th;

          pango_layout_get_pixel_size (layout, &tw, &th);
          if (rt_color_wants_dark_text (c) && count * 2 > strip->max)
            cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
          else if (count * 2 > strip->max)
            cairo_set_source_rgb (cr, 1, 1, 1);
          else
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.85);
          cairo_move_to (cr, x + (w - tw) / 2, (height - th) / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
    }
}

static gboolean
strip_query_tooltip (GtkWidget  *widget,
                     int         px,
                     int         py,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  Strip *strip = data;
  RtSpeakerStats *stats = strip->panel->stats;
  g_autofree char *text = NULL;
  guint count;

  if (stats == NULL || stats->n_themes == 0 || strip->speaker >= stats->n_speakers)
    return FALSE;

  for (guint j = 0; j < stats->n_themes; j++)
    {
      double x, w;

      cell_rect (gtk_widget_get_width (widget), stats->n_themes, j, &x, &w);
      if (px < x || px > x + w + CELL_GAP)
        continue;

      count = rt_speaker_stats_get (stats, strip->speaker, j);
      /* Translators: a tooltip: a theme and how many cards of the speaker it holds. */
      text = g_strdup_printf (ngettext ("%s: %u card", "%s: %u cards", count),
                              stats->theme_ids[j] == 0 ? _("Unsorted") : stats->theme_names[j], count);
      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }

  return FALSE;
}

static void
theme_color (RtCommittee *committee,
             gint64       theme_id,
             guint        index,
             RtColor     *color)
{
  RtTheme *theme;

  /* The inbox is grey, as on the board. */
  if (theme_id == 0)
    {
      *color = (RtColor) { 0.60, 0.60, 0.59 };
      return;
    }

  theme = rt_committee_lookup (committee, RT_KIND_THEME, theme_id);
  if (theme == NULL || !rt_color_parse (rt_theme_get_color (theme), color))
    rt_color_for_index (index, color);
}

static GtkWidget *
make_row (RtSpeakerPanel *self,
          guint           speaker,
          guint           max)
{
  RtSpeakerStats *stats = self->stats;
  guint total = stats->speaker_totals[speaker];
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name, *count, *area;
  g_autofree char *total_text = g_strdup_printf ("%u", total);
  g_autofree char *accessible = NULL;
  const char *speaker_name = stats->speaker_ids[speaker] == 0 ? _("No speaker") : stats->speaker_names[speaker];
  Strip *strip;

  name = gtk_label_new (speaker_name);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "speaker-name");
  gtk_box_append (GTK_BOX (top), name);

  if (total == 0)
    {
      /* Translators: a badge on a speaker who has no card yet: 未発言. */
      GtkWidget *badge = gtk_label_new (_("Not heard"));

      gtk_widget_add_css_class (badge, "silent-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), badge);
      gtk_widget_add_css_class (row, "silent");
    }

  count = gtk_label_new (total_text);
  gtk_widget_add_css_class (count, "speaker-total");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (top), count);
  gtk_box_append (GTK_BOX (box), top);

  strip = g_new0 (Strip, 1);
  strip->panel = self;
  strip->speaker = speaker;
  strip->max = max;
  strip->colors = g_new0 (RtColor, stats->n_themes);
  for (guint j = 0; j < stats->n_themes; j++)
    theme_color (self->committee, stats->theme_ids[j], j, &strip->colors[j]);

  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), CELL_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_strip, strip, strip_free);
  gtk_widget_set_has_tooltip (area, TRUE);
  g_signal_connect (area, "query-tooltip", G_CALLBACK (strip_query_tooltip), strip);
  gtk_widget_add_css_class (area, "speaker-strip");
  gtk_box_append (GTK_BOX (box), area);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "speaker-row");

  /* Translators: what a screen reader says for a row: speaker, number of cards. */
  accessible = g_strdup_printf (ngettext ("%s, %u card", "%s, %u cards", total), speaker_name, total);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

static void
refresh (RtSpeakerPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *cards = NULL;
  g_autofree char *speakers = NULL;
  GtkWidget *child;
  guint silent = 0, max = 0, n_people = 0;

  /* The rows point into the stats: remove them first. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))))
    gtk_list_box_remove (self->list_box, child);
  g_clear_pointer (&self->stats, rt_speaker_stats_free);

  if (self->committee == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }

  self->stats = rt_committee_get_speaker_stats (self->committee, rt_speaker_panel_get_meeting_id (self), &error);
  if (self->stats == NULL)
    {
      g_warning ("Could not count the cards of the speakers: %s", error->message);
      gtk_label_set_label (self->summary_label, error->message);
      return;
    }

  for (guint i = 0; i < self->stats->n_speakers * self->stats->n_themes; i++)
    max = MAX (max, self->stats->counts[i]);

  for (guint i = 0; i < self->stats->n_speakers; i++)
    {
      if (self->stats->speaker_ids[i] != 0)
        {
          n_people++;
          if (self->stats->speaker_totals[i] == 0)
            silent++;
        }
      gtk_list_box_append (self->list_box, make_row (self, i, max));
    }

  cards = g_strdup_printf (ngettext ("%u card", "%u cards", self->stats->n_cards), self->stats->n_cards);
  speakers = g_strdup_printf (ngettext ("%u speaker", "%u speakers", n_people), n_people);
  /* Translators: the summary of the speaker panel: “46 cards · 13 speakers · 2 not heard”. */
  summary = g_strdup_printf (_("%s · %s · %u not heard"), cards, speakers, silent);
  gtk_label_set_label (self->summary_label, summary);
}

static gboolean
refresh_idle (gpointer data)
{
  RtSpeakerPanel *self = data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (RtSpeakerPanel *self)
{
  /* A hidden panel catches up when it is shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

static void
rt_speaker_panel_map (GtkWidget *widget)
{
  RtSpeakerPanel *self = RT_SPEAKER_PANEL (widget);

  GTK_WIDGET_CLASS (rt_speaker_panel_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }
}

static void
fill_meetings (RtSpeakerPanel *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 chosen = rt_speaker_panel_get_meeting_id (self);
  gint64 all = 0;
  guint selected = 0;

  g_array_set_size (self->meeting_ids, 0);
  gtk_string_list_append (strings, _("All meetings"));
  g_array_append_val (self->meeting_ids, all);

  if (self->committee != NULL)
    {
      GListModel *meetings = rt_committee_get_meetings (self->committee);

      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
          const char *title = rt_meeting_get_title (meeting);
          g_autofree char *name = title != NULL && title[0] != '\0'
                                  ? g_strdup (title)
                                  : g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
          gint64 id = rt_meeting_get_id (meeting);

          gtk_string_list_append (strings, name);
          g_array_append_val (self->meeting_ids, id);
          if (id == chosen)
            selected = i + 1;
        }
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->meeting_dropdown, selected);
  self->filling = FALSE;
}

static void
meetings_changed (RtSpeakerPanel *self)
{
  fill_meetings (self);
  queue_refresh (self);
}

static void
meeting_changed (RtSpeakerPanel *self)
{
  if (!self->filling)
    queue_refresh (self);
}

void
rt_speaker_panel_set_committee (RtSpeakerPanel *self,
                                RtCommittee    *committee)
{
  g_return_if_fail (RT_IS_SPEAKER_PANEL (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_set_object (&self->committee, committee);
  if (committee != NULL)
    {
      /* The table counts cards per speaker and theme. */
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (meetings_changed), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (queue_refresh), self);
      rt_committee_watch (committee, RT_KIND_LABEL, G_CALLBACK (queue_refresh), self);
      rt_committee_watch (committee, RT_KIND_THEME, G_CALLBACK (queue_refresh), self);
      rt_committee_watch (committee, RT_KIND_CARD, G_CALLBACK (queue_refresh), self);
    }

  g_array_set_size (self->meeting_ids, 0);
  fill_meetings (self);
  refresh (self);
}

gint64
rt_speaker_panel_get_meeting_id (RtSpeakerPanel *self)
{
  guint selected;

  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), 0);

  selected = gtk_drop_down_get_selected (self->meeting_dropdown);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->meeting_ids->len)
    return 0;

  return g_array_index (self->meeting_ids, gint64, selected);
}

/* Counts the cards of one meeting only; 0 for all meetings. */
void
rt_speaker_panel_set_meeting_id (RtSpeakerPanel *self,
                                 gint64          meeting_id)
{
  g_return_if_fail (RT_IS_SPEAKER_PANEL (self));

  for (guint i = 0; i < self->meeting_ids->len; i++)
    if (g_array_index (self->meeting_ids, gint64, i) == meeting_id)
      {
        gtk_drop_down_set_selected (self->meeting_dropdown, i);
        /* Tests and callers read the counts right away. */
        g_clear_handle_id (&self->refresh_id, g_source_remove);
        refresh (self);
        return;
      }
}

guint
rt_speaker_panel_get_n_speakers (RtSpeakerPanel *self)
{
  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), 0);

  return self->stats != NULL ? self->stats->n_speakers : 0;
}

static gboolean
find_speaker (RtSpeakerPanel *self,
              gint64          speaker_id,
              guint          *index)
{
  for (guint i = 0; self->stats != NULL && i < self->stats->n_speakers; i++)
    if (self->stats->speaker_ids[i] == speaker_id)
      {
        *index = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * rt_speaker_panel_get_row:
 *
 * Returns: (transfer none) (nullable): the row showing @speaker_id
 */
GtkWidget *
rt_speaker_panel_get_row (RtSpeakerPanel *self,
                          gint64          speaker_id)
{
  guint index;

  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), NULL);

  if (!find_speaker (self, speaker_id, &index))
    return NULL;

  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, index));
}

guint
rt_speaker_panel_get_total (RtSpeakerPanel *self,
                            gint64          speaker_id)
{
  guint index;

  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), 0);

  return find_speaker (self, speaker_id, &index) ? self->stats->speaker_totals[index] : 0;
}

guint
rt_speaker_panel_get_count (RtSpeakerPanel *self,
                            gint64          speaker_id,
                            gint64          theme_id)
{
  guint index;

  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), 0);

  if (!find_speaker (self, speaker_id, &index))
    return 0;

  for (guint j = 0; j < self->stats->n_themes; j++)
    if (self->stats->theme_ids[j] == theme_id)
      return rt_speaker_stats_get (self->stats, index, j);

  return 0;
}

const char *
rt_speaker_panel_get_summary (RtSpeakerPanel *self)
{
  g_return_val_if_fail (RT_IS_SPEAKER_PANEL (self), NULL);

  return gtk_label_get_label (self->summary_label);
}

static void
rt_speaker_panel_dispose (GObject *object)
{
  RtSpeakerPanel *self = (RtSpeakerPanel *)object;
  GtkWidget *child;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_SPEAKER_PANEL);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_pointer (&self->stats, rt_speaker_stats_free);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_speaker_panel_parent_class)->dispose (object);
}

static void
rt_speaker_panel_finalize (GObject *object)
{
  RtSpeakerPanel *self = (RtSpeakerPanel *)object;

  g_clear_pointer (&self->meeting_ids, g_array_unref);

  G_OBJECT_CLASS (rt_speaker_panel_parent_class)->finalize (object);
}

static void
rt_speaker_panel_class_init (RtSpeakerPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_speaker_panel_dispose;
  object_class->finalize = rt_speaker_panel_finalize;
  widget_class->map = rt_speaker_panel_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-speaker-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RtSpeakerPanel, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSpeakerPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RtSpeakerPanel, list_box);
  gtk_widget_class_bind_template_callback (widget_class, meeting_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "speakerpanel");
}

static void
rt_speaker_panel_init (RtSpeakerPanel *self)
{
  self->meeting_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  fill_meetings (self);
}
