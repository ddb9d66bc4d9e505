/* rt-card-widget.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-card-widget"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-card-widget.h"
#include "rt-search.h"

/* One opinion card on the board. It lays out its three lines of text with
 * Pango itself instead of holding a label per line: a board shows hundreds of
 * cards, and one layout each keeps opening and scrolling fast. CSS still
 * draws the card's background, border and shadow (css name "card"). */
struct _RtCardWidget
{
  GtkWidget    parent_instance;

  RtCard      *card;
  int          last_width;
  PangoLayout *text_layout;
  PangoLayout *speaker_layout;
  PangoLayout *meeting_layout;
  PangoLayout *points_layout;
  gboolean     highlighted;
};

G_DEFINE_FINAL_TYPE (RtCardWidget, rt_card_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PADDING_X 10
#define PADDING_Y 8
#define SPACING 6

static PangoLayout *
new_layout (RtCardWidget *self,
            double        scale,
            gboolean      bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
update_text (RtCardWidget *self)
{
  g_autofree char *meeting = NULL;
  g_autoptr(GString) points = g_string_new (NULL);
  g_auto(GStrv) numbers = NULL;
  g_autofree char *accessible = NULL;
  int number;

  if (self->card == NULL)
    {
      pango_layout_set_text (self->text_layout, "", -1);
      pango_layout_set_text (self->speaker_layout, "", -1);
      pango_layout_set_text (self->meeting_layout, "", -1);
      pango_layout_set_text (self->points_layout, "", -1);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      return;
    }

  number = rt_card_get_meeting_number (self->card);
  /* TRANSLATORS: a meeting by its number, as on a card: 第1回 */
  meeting = number > 0 ? g_strdup_printf (_("Meeting %d"), number) : g_strdup ("");
  /* A statement that is no opinion says what it is (質問, 要望 …) before
   * its meeting. */
  if (rt_card_get_kind (self->card) != RT_STATEMENT_KIND_OPINION)
    {
      const char *kind = rt_statement_kind_to_label (rt_card_get_kind (self->card));
      char *both = meeting[0] != '\0' ? g_strdup_printf ("%s · %s", kind, meeting) : g_strdup (kind);

      g_free (meeting);
      meeting = both;
    }

  numbers = g_strsplit (rt_card_get_points (self->card), ",", -1);
  for (guint i = 0; numbers[i] && numbers[i][0]; i++)
    {
      if (points->len > 0)
        g_string_append_c (points, ' ');
      /* TRANSLATORS: a discussion point by its number, as on a card: 論点3 */
      g_string_append_printf (points, _("Point %s"), numbers[i]);
    }

  pango_layout_set_text (self->text_layout, rt_card_get_text (self->card), -1);
  pango_layout_set_text (self->speaker_layout, rt_card_get_speaker (self->card), -1);
  pango_layout_set_text (self->meeting_layout, meeting, -1);
  pango_layout_set_text (self->points_layout, points->str, -1);

  accessible = g_strdup_printf ("%s — %s %s", rt_card_get_text (self->card),
                                rt_card_get_speaker (self->card), meeting);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static int
layout_height (PangoLayout *layout,
               int          width)
{
  int height;

  pango_layout_set_width (layout, MAX (1, width) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static gboolean
has_points (RtCardWidget *self)
{
  return pango_layout_get_text (self->points_layout)[0] != '\0';
}

/* Lays out every line for @width and returns the height they need. The same
 * widths are used for measuring and drawing, so Pango shapes the text only
 * when the width really changes. */
static int
content_height (RtCardWidget *self,
                int           width,
                int          *speaker_y,
                int          *points_y)
{
  int meeting_width, meeting_height, height;

  height = PADDING_Y + layout_height (self->text_layout, width) + SPACING;
  if (speaker_y)
    *speaker_y = height;

  pango_layout_get_pixel_size (self->meeting_layout, &meeting_width, &meeting_height);
  height += MAX (layout_height (self->speaker_layout, width - meeting_width - SPACING), meeting_height);

  if (has_points (self))
    {
      height += SPACING;
      if (points_y)
        *points_y = height;
      height += layout_height (self->points_layout, width);
    }

  return height + PADDING_Y;
}

/* Reckons the height of the card from the number of characters and the font
 * size, without laying anything out: see rt_card_widget_measure(). */
static int
estimate_height (RtCardWidget *self,
                 int           width)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double resolution = pango_cairo_context_get_resolution (context);
  double em = pango_font_description_get_size (font) / (double) PANGO_SCALE;
  double advance = 0;
  int line_height, lines;

  if (!pango_font_description_get_size_is_absolute (font))
    em *= (resolution > 0 ? resolution : 96.0) / 72.0;
  line_height = (int) (em * 1.4 + 0.5);

  for (const char *p = pango_layout_get_text (self->text_layout); *p; p = g_utf8_next_char (p))
    advance += g_unichar_iswide (g_utf8_get_char (p)) ? em : em * 0.55;
  lines = (int) (advance / MAX (width, 1)) + 1;

  return PADDING_Y + lines * line_height + SPACING + line_height +
         (has_points (self) ? SPACING + line_height : 0) + PADDING_Y;
}

static void
rt_card_widget_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RtCardWidget *self = RT_CARD_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 260;
      return;
    }

  /* Without a width, GTK only wants an estimate: the column's list asks for
   * one to size its scrolled content, which does not use it. Answer it from
   * the width the card last had, so that shaping happens once per real width;
   * before the card had one, reckon it rather than shape the text at a width
   * the card will not get. */
  if (for_size < 0)
    {
      if (self->last_width == 0)
        {
          *minimum = *natural = estimate_height (self, 260 - 2 * PADDING_X);
          return;
        }
      for_size = self->last_width;
    }
  self->last_width = for_size;

  *minimum = *natural = content_height (self, for_size - 2 * PADDING_X, NULL, NULL);
}

static GtkSizeRequestMode
rt_card_widget_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static GdkRGBA
style_color (GtkWidget *widget)
{
  GdkRGBA color;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS

  return color;
}

static void
append_layout (GtkSnapshot   *snapshot,
               PangoLayout   *layout,
               int            x,
               int            y,
               const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
rt_card_widget_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RtCardWidget *self = RT_CARD_WIDGET (widget);
  int width = gtk_widget_get_width (widget) - 2 * PADDING_X;
  GdkRGBA color = style_color (widget);
  GdkRGBA dim = color;
  GdkRGBA accent = { 0.11, 0.44, 0.85, 1.0 };
  int speaker_y = 0, points_y = 0, meeting_width;

  dim.alpha *= 0.55;

  content_height (self, width, &speaker_y, &points_y);
  pango_layout_get_pixel_size (self->meeting_layout, &meeting_width, NULL);

  append_layout (snapshot, self->text_layout, PADDING_X, PADDING_Y, &color);
  append_layout (snapshot, self->speaker_layout, PADDING_X, speaker_y, &color);
  append_layout (snapshot, self->meeting_layout, PADDING_X + width - meeting_width, speaker_y, &dim);
  if (has_points (self))
    append_layout (snapshot, self->points_layout, PADDING_X, points_y, &accent);
}

static void
rt_card_widget_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  RtCardWidget *self = RT_CARD_WIDGET (widget);

  GTK_WIDGET_CLASS (rt_card_widget_parent_class)->css_changed (widget, change);

  /* Fonts come from CSS; make the layouts follow a font or scale change. */
  pango_layout_context_changed (self->text_layout);
  pango_layout_context_changed (self->speaker_layout);
  pango_layout_context_changed (self->meeting_layout);
  pango_layout_context_changed (self->points_layout);
  gtk_widget_queue_resize (widget);
}

void
rt_card_widget_set_card (RtCardWidget *self,
                         RtCard       *card)
{
  g_return_if_fail (RT_IS_CARD_WIDGET (self));
  g_return_if_fail (card == NULL || RT_IS_CARD (card));

  if (self->card == card)
    return;

  if (self->card != NULL)
    g_signal_handlers_disconnect_by_func (self->card, update_text, self);

  g_set_object (&self->card, card);

  if (card != NULL)
    g_signal_connect_swapped (card, "notify", G_CALLBACK (update_text), self);

  update_text (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD]);
}

RtCard *
rt_card_widget_get_card (RtCardWidget *self)
{
  g_return_val_if_fail (RT_IS_CARD_WIDGET (self), NULL);

  return self->card;
}

static void
rt_card_widget_dispose (GObject *object)
{
  RtCardWidget *self = (RtCardWidget *)object;

  rt_card_widget_set_card (self, NULL);

  G_OBJECT_CLASS (rt_card_widget_parent_class)->dispose (object);
}

static void
rt_card_widget_finalize (GObject *object)
{
  RtCardWidget *self = (RtCardWidget *)object;

  g_clear_object (&self->text_layout);
  g_clear_object (&self->speaker_layout);
  g_clear_object (&self->meeting_layout);
  g_clear_object (&self->points_layout);

  G_OBJECT_CLASS (rt_card_widget_parent_class)->finalize (object);
}

static void
rt_card_widget_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RtCardWidget *self = RT_CARD_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CARD:
      g_value_set_object (value, self->card);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_card_widget_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RtCardWidget *self = RT_CARD_WIDGET (object);

  switch (prop_id)
    {
    case PROP_CARD:
      rt_card_widget_set_card (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_card_widget_class_init (RtCardWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_card_widget_dispose;
  object_class->finalize = rt_card_widget_finalize;
  object_class->get_property = rt_card_widget_get_property;
  object_class->set_property = rt_card_widget_set_property;

  widget_class->get_request_mode = rt_card_widget_get_request_mode;
  widget_class->measure = rt_card_widget_measure;
  widget_class->snapshot = rt_card_widget_snapshot;
  widget_class->css_changed = rt_card_widget_css_changed;

  properties[PROP_CARD] =
    g_param_spec_object ("card", NULL, NULL,
                         RT_TYPE_CARD,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_card_widget_init (RtCardWidget *self)
{
  self->text_layout = new_layout (self, 1.0, FALSE);
  self->speaker_layout = new_layout (self, 0.85, TRUE);
  self->meeting_layout = new_layout (self, 0.85, FALSE);
  self->points_layout = new_layout (self, 0.85, FALSE);

  pango_layout_set_wrap (self->text_layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (self->speaker_layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (self->points_layout, PANGO_WRAP_WORD_CHAR);

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

/**
 * rt_card_widget_set_highlights:
 * @ranges: (nullable) (element-type RtSearchRange): byte ranges of the text
 *
 * Marks the ranges of the card's text that a search found. The ranges only
 * change attributes of the text layout, not its size.
 */
void
rt_card_widget_set_highlights (RtCardWidget *self,
                               const GArray *ranges)
{
  PangoAttrList *attrs;

  g_return_if_fail (RT_IS_CARD_WIDGET (self));

  if ((ranges == NULL || ranges->len == 0) && !self->highlighted)
    return;

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (1.0));
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const RtSearchRange *range = &g_array_index (ranges, RtSearchRange, i);
      PangoAttribute *background = pango_attr_background_new (0xf6 * 257, 0xd3 * 257, 0x2d * 257);
      PangoAttribute *foreground = pango_attr_foreground_new (0, 0, 0);

      background->start_index = foreground->start_index = range->start;
      background->end_index = foreground->end_index = range->end;
      pango_attr_list_insert (attrs, background);
      pango_attr_list_insert (attrs, foreground);
    }
  pango_layout_set_attributes (self->text_layout, attrs);
  pango_attr_list_unref (attrs);

  self->highlighted = ranges != NULL && ranges->len > 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
rt_card_widget_get_highlighted (RtCardWidget *self)
{
  g_return_val_if_fail (RT_IS_CARD_WIDGET (self), FALSE);

  return self->highlighted;
}

GtkWidget *
rt_card_widget_new (void)
{
  return g_object_new (RT_TYPE_CARD_WIDGET, NULL);
}
