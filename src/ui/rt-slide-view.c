/* rt-slide-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-slide-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-slide-view.h"

/* One slide on screen, painted by rt_slide_paint(): the projector and the
 * console's preview. A card that is new or changed since the last slide is
 * outlined for HIGHLIGHT_TIME, fading out, so that the room sees what was
 * just typed. */

#define HIGHLIGHT_TIME (2 * G_USEC_PER_SEC)

struct _RtSlideView
{
  GtkWidget   parent_instance;

  RtSlide    *slide;
  GHashTable *signatures;   /* card id → text and group of the last slide */
  GHashTable *fresh;        /* card id → when it became new, in frame time */
  guint       tick_id;
  double      base_size;
  double      reference_height;
  gboolean    dark;
  gboolean    black;
  guint       page;
  guint       n_pages;      /* at pages_width × pages_height */
  int         pages_width;
  int         pages_height;
};

G_DEFINE_FINAL_TYPE (RtSlideView, rt_slide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
now (RtSlideView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  return clock ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();
}

/**
 * rt_slide_view_get_highlight:
 *
 * Returns: how strongly the card is outlined as new, 0 … 1
 */
double
rt_slide_view_get_highlight (RtSlideView *self,
                             gint64       card_id)
{
  gpointer since;
  double age;

  g_return_val_if_fail (RT_IS_SLIDE_VIEW (self), 0);

  if (!g_hash_table_lookup_extended (self->fresh, &card_id, NULL, &since))
    return 0;

  age = (double)(now (self) - *(gint64 *)since) / HIGHLIGHT_TIME;
  if (age >= 1)
    return 0;

  /* Full strength for the first half, then an ease out. */
  return age < 0.5 ? 1.0 : 1.0 - (age - 0.5) * (age - 0.5) * 4;
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       data)
{
  RtSlideView *self = RT_SLIDE_VIEW (widget);
  gint64 t = gdk_frame_clock_get_frame_time (clock);
  GHashTableIter iter;
  gpointer since;

  g_hash_table_iter_init (&iter, self->fresh);
  while (g_hash_table_iter_next (&iter, NULL, &since))
    if (t - *(gint64 *)since >= HIGHLIGHT_TIME)
      g_hash_table_iter_remove (&iter);

  gtk_widget_queue_draw (widget);

  if (g_hash_table_size (self->fresh) == 0)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* A screen reader reads the slide's title and says what is on it. */
static void
update_accessible (RtSlideView *self)
{
  g_autofree char *description = NULL;
  const char *label;

  if (self->black)
    label = _("Black screen");
  else if (self->slide == NULL)
    label = _("No slide");
  else if (self->slide->title != NULL && self->slide->title[0] != '\0')
    label = self->slide->title;
  else
    label = _("Slide");

  if (!self->black && self->slide != NULL && self->slide->cards->len > 0)
    description = g_strdup_printf (ngettext ("%u opinion", "%u opinions", self->slide->cards->len),
                                   self->slide->cards->len);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static RtSlideStyle
get_style (RtSlideView *self,
           double       height)
{
  RtSlideStyle style = { 0 };

  style.base_size = self->base_size > 0 ? self->base_size : rt_slide_base_size_for_height (height, 1.0);
  style.dark = self->dark;
  style.black = self->black;

  return style;
}

/* The scale from the screen the view stands for to the view (see
 * rt_slide_view_set_reference_height()), and that screen's size. */
static double
paint_scale (RtSlideView *self,
             int          width,
             int          height,
             double      *screen_width,
             double      *screen_height)
{
  double k = self->reference_height > 0 && height > 0 ? height / self->reference_height : 1;

  *screen_width = width / k;
  *screen_height = height / k;

  return k;
}

/* Paints page @page where nothing is shown, for what it holds. */
static guint
measure_page (RtSlideView *self,
              guint        page,
              GArray      *card_ids)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  RtSlideStyle style;
  RtSlidePaintInfo info = { .card_ids = card_ids };
  cairo_surface_t *surface;
  cairo_t *cr;
  double k, pw, ph;

  if (self->slide == NULL || w <= 0 || h <= 0)
    return 1;

  k = paint_scale (self, w, h, &pw, &ph);
  style = get_style (self, ph);
  style.black = FALSE;
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, &(cairo_rectangle_t) { 0, 0, w, h });
  cr = cairo_create (surface);
  cairo_scale (cr, k, k);
  rt_slide_paint_page (self->slide, &style, page, cr, pw, ph, &info);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return info.n_pages;
}

/**
 * rt_slide_view_get_n_pages:
 *
 * Returns: how many pages the slide has at the view's size: the cards of
 *   a scene that do not fit at the smallest type go on further pages
 */
guint
rt_slide_view_get_n_pages (RtSlideView *self)
{
  int w, h;

  g_return_val_if_fail (RT_IS_SLIDE_VIEW (self), 1);

  w = gtk_widget_get_width (GTK_WIDGET (self));
  h = gtk_widget_get_height (GTK_WIDGET (self));
  if (self->n_pages == 0 || w != self->pages_width || h != self->pages_height)
    {
      self->n_pages = measure_page (self, 0, NULL);
      self->pages_width = w;
      self->pages_height = h;
    }

  return self->n_pages;
}

/**
 * rt_slide_view_get_page:
 *
 * Returns: the page shown, from 0
 */
guint
rt_slide_view_get_page (RtSlideView *self)
{
  g_return_val_if_fail (RT_IS_SLIDE_VIEW (self), 0);

  return MIN (self->page, rt_slide_view_get_n_pages (self) - 1);
}

/**
 * rt_slide_view_set_page:
 * @page: a page, from 0; past the last, the last
 */
void
rt_slide_view_set_page (RtSlideView *self,
                        guint        page)
{
  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  if (self->page == page)
    return;

  self->page = page;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* The page that shows @card_id, or the current one. */
static guint
page_of_card (RtSlideView *self,
              gint64       card_id)
{
  guint n_pages = rt_slide_view_get_n_pages (self);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      measure_page (self, page, ids);
      for (guint i = 0; i < ids->len; i++)
        if (g_array_index (ids, gint64, i) == card_id)
          return page;
    }

  return self->page;
}

/**
 * rt_slide_view_set_slide:
 * @slide: (transfer full) (nullable): the slide
 * @highlight_changes: whether cards that are new or changed since the
 *   previous slide are outlined; %FALSE when another scene is shown
 */
void
rt_slide_view_set_slide (RtSlideView *self,
                         RtSlide     *slide,
                         gboolean     highlight_changes)
{
  g_autoptr(GHashTable) signatures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gint64 t, added = 0;
  guint page = self->page;

  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  if (!highlight_changes)
    g_hash_table_remove_all (self->fresh);

  t = now (self);
  for (guint i = 0; slide != NULL && i < slide->cards->len; i++)
    {
      RtSlideCard *card = g_ptr_array_index (slide->cards, i);
      char *signature = g_strdup_printf ("%d\x1f%s", card->group, card->text);
      const char *old = g_hash_table_lookup (self->signatures, &card->card_id);

      if (highlight_changes && g_strcmp0 (old, signature) != 0)
        g_hash_table_replace (self->fresh, dup_id (card->card_id), g_memdup2 (&t, sizeof t));
      if (highlight_changes && old == NULL)
        added = card->card_id;
      g_hash_table_replace (signatures, dup_id (card->card_id), signature);
    }

  g_clear_pointer (&self->signatures, g_hash_table_unref);
  self->signatures = g_steal_pointer (&signatures);
  g_clear_pointer (&self->slide, rt_slide_free);
  self->slide = slide;
  self->n_pages = 0;

  /* Another scene starts on its first page; a card just typed is shown on
   * its page, so that the room sees it. */
  if (!highlight_changes)
    page = 0;
  else if (added != 0)
    page = page_of_card (self, added);
  rt_slide_view_set_page (self, page);

  if (g_hash_table_size (self->fresh) > 0 && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick, NULL, NULL);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rt_slide_view_get_slide:
 *
 * Returns: (transfer none) (nullable): the slide shown
 */
RtSlide *
rt_slide_view_get_slide (RtSlideView *self)
{
  g_return_val_if_fail (RT_IS_SLIDE_VIEW (self), NULL);

  return self->slide;
}

void
rt_slide_view_set_dark (RtSlideView *self,
                        gboolean     dark)
{
  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  self->dark = !!dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rt_slide_view_set_black (RtSlideView *self,
                         gboolean     black)
{
  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  self->black = !!black;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
rt_slide_view_get_black (RtSlideView *self)
{
  g_return_val_if_fail (RT_IS_SLIDE_VIEW (self), FALSE);

  return self->black;
}

/**
 * rt_slide_view_set_base_size:
 * @base_size: the body text size in pixels, or 0 to derive it from the
 *   widget's height
 */
void
rt_slide_view_set_base_size (RtSlideView *self,
                             double       base_size)
{
  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  self->base_size = base_size;
  self->n_pages = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * rt_slide_view_set_reference_height:
 * @height: the height, in pixels, of the screen the view stands for, or 0
 *
 * Makes the view a preview: it paints the slide as a screen @height pixels
 * high would show it, scaled down to the view, so that what folds or gives
 * way on the projector does so in the preview.
 */
void
rt_slide_view_set_reference_height (RtSlideView *self,
                                    double       height)
{
  g_return_if_fail (RT_IS_SLIDE_VIEW (self));

  self->reference_height = MAX (height, 0);
  self->n_pages = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rt_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RtSlideView *self = RT_SLIDE_VIEW (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  RtSlideStyle style;
  RtSlidePaintInfo info = { 0 };
  double k, pw, ph;
  cairo_t *cr;

  if (w <= 0 || h <= 0)
    return;

  k = paint_scale (self, w, h, &pw, &ph);
  style = get_style (self, ph);

  for (guint i = 0; self->slide != NULL && i < self->slide->cards->len; i++)
    {
      RtSlideCard *card = g_ptr_array_index (self->slide->cards, i);

      card->highlight = rt_slide_view_get_highlight (self, card->card_id);
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_scale (cr, k, k);
  rt_slide_paint_page (self->slide, &style, self->page, cr, pw, ph, &info);
  cairo_destroy (cr);
  if (!self->black)
    {
      self->n_pages = info.n_pages;
      self->pages_width = w;
      self->pages_height = h;
    }
}

static void
rt_slide_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 90;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 270;
}

static void
rt_slide_view_dispose (GObject *object)
{
  RtSlideView *self = (RtSlideView *)object;

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  G_OBJECT_CLASS (rt_slide_view_parent_class)->dispose (object);
}

static void
rt_slide_view_finalize (GObject *object)
{
  RtSlideView *self = (RtSlideView *)object;

  g_clear_pointer (&self->slide, rt_slide_free);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  g_clear_pointer (&self->fresh, g_hash_table_unref);

  G_OBJECT_CLASS (rt_slide_view_parent_class)->finalize (object);
}

static void
rt_slide_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RtSlideView *self = RT_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_uint (value, rt_slide_view_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_slide_view_class_init (RtSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_slide_view_dispose;
  object_class->finalize = rt_slide_view_finalize;
  object_class->get_property = rt_slide_view_get_property;

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = rt_slide_view_snapshot;
  widget_class->measure = rt_slide_view_measure;
  gtk_widget_class_set_css_name (widget_class, "slideview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rt_slide_view_init (RtSlideView *self)
{
  self->signatures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->fresh = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  update_accessible (self);
}

GtkWidget *
rt_slide_view_new (void)
{
  return g_object_new (RT_TYPE_SLIDE_VIEW, NULL);
}
