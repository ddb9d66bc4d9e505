/* rt-coverage-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-coverage-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-coverage-painter.h"
#include "rt-coverage-view.h"

/* The coverage matrix on screen: points × speakers or points × meetings,
 * painted by rt_coverage_paint() as in print. It rebuilds itself when the
 * links, cards, points, speakers or meetings change, follows the light or
 * dark style, and tells each cell in a tooltip. */
struct _RtCoverageView
{
  GtkWidget        parent_instance;

  RtCommittee     *committee;
  gint64           framework_id;
  RtCoverageAxis   axis;
  RtCoverage      *coverage;
  RtCoverageStyle  style;
  guint            rebuild_id;
  gboolean         stale;
  GtkWidget       *cell_popover;   /* the cards of the cell clicked */
};

G_DEFINE_FINAL_TYPE (RtCoverageView, rt_coverage_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_FRAMEWORK_ID,
  PROP_BY_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (RtCoverageView *self)
{
  g_autofree char *description = NULL;

  if (self->coverage == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u point, %u columns, %u empty cell",
                                              "%u points, %u columns, %u empty cells",
                                              rt_coverage_n_empty (self->coverage)),
                                 self->coverage->n_rows, self->coverage->n_columns,
                                 rt_coverage_n_empty (self->coverage));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->axis == RT_COVERAGE_BY_SPEAKER
                                    ? _("Coverage of the points by speaker")
                                    : _("Coverage of the points by meeting"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
rebuild (RtCoverageView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->coverage, rt_coverage_free);
  g_clear_pointer (&self->cell_popover, gtk_widget_unparent);

  if (self->committee != NULL && self->framework_id != 0 &&
      rt_committee_lookup (self->committee, RT_KIND_FRAMEWORK, self->framework_id) != NULL)
    {
      self->coverage = rt_coverage_new (self->committee, self->framework_id, self->axis, &error);
      if (self->coverage == NULL)
        g_debug ("Could not count the coverage: %s", error->message);
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static gboolean
rebuild_idle (gpointer data)
{
  RtCoverageView *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* A hidden matrix waits to be shown: counting 10,000 cards for nobody to
 * see would slow every edit. */
static void
queue_rebuild (RtCoverageView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

static void
rt_coverage_view_map (GtkWidget *widget)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (widget);

  GTK_WIDGET_CLASS (rt_coverage_view_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
update_style (RtCoverageView *self)
{
  double max_width = self->style.max_width;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    rt_coverage_style_init_dark (&self->style);
  else
    rt_coverage_style_init_light (&self->style);
  self->style.max_width = max_width;

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rt_coverage_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (widget);
  RtCoverageStyle style = self->style;
  double width = 0, height = 0, compact = 0;

  if (self->coverage == NULL)
    {
      *minimum = *natural = 0;
      return;
    }

  /* As narrow as the compact matrix, as wide as the natural one; its height
   * depends on the width it is given. */
  style.max_width = 1;
  rt_coverage_measure (self->coverage, &style, &compact, &height);
  style.max_width = orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 ? for_size : 0;
  rt_coverage_measure (self->coverage, &style, &width, &height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int)ceil (compact);
      *natural = (int)ceil (width);
    }
  else
    *minimum = *natural = (int)ceil (height);
}

static GtkSizeRequestMode
rt_coverage_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rt_coverage_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (widget);
  double width, height;
  cairo_t *cr;

  if (self->coverage == NULL)
    return;

  rt_coverage_measure (self->coverage, &self->style, &width, &height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rt_coverage_paint (self->coverage, &self->style, cr);
  cairo_destroy (cr);
}

static gboolean
rt_coverage_view_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (widget);
  g_autofree char *text = NULL;
  guint row, column, count;

  if (self->coverage == NULL || keyboard ||
      !rt_coverage_hit (self->coverage, &self->style, x, y, &row, &column))
    return FALSE;

  count = rt_coverage_get (self->coverage, row, column);
  if (count == 0)
    /* TRANSLATORS: a tooltip of the coverage matrix: 論点2 — 林委員: not discussed yet */
    text = g_strdup_printf (_("Point %d — %s: not discussed yet"),
                            self->coverage->row_numbers[row], self->coverage->column_labels[column]);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Point %d — %s: %u opinion",
                                         "Point %d — %s: %u opinions", count),
                            self->coverage->row_numbers[row], self->coverage->column_labels[column], count);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* A cell's cards */

static GtkWidget *
new_card_button (RtCard *card)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (rt_card_get_text (card));
  GtkWidget *speaker = gtk_label_new (rt_card_get_speaker (card));

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (text), 3);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 36);
  gtk_label_set_width_chars (GTK_LABEL (text), 36);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_xalign (GTK_LABEL (speaker), 0);
  gtk_widget_add_css_class (speaker, "caption");
  gtk_widget_add_css_class (speaker, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), speaker);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.edit-card");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", rt_card_get_id (card));
  gtk_widget_set_tooltip_text (button, _("Open the Card"));

  return button;
}

/**
 * rt_coverage_view_show_cell:
 *
 * Shows the cards counted in a cell in a popover beside it, each one to
 * open in the card editor; a cell nobody spoke to says so.
 */
void
rt_coverage_view_show_cell (RtCoverageView *self,
                            guint           row,
                            guint           column)
{
  g_autofree char *heading = NULL;
  GtkWidget *box, *title, *scroller, *list;
  const gint64 *ids;
  guint n_cards;
  double x, y, w, h;

  g_return_if_fail (RT_IS_COVERAGE_VIEW (self));

  if (self->coverage == NULL || row >= self->coverage->n_rows || column >= self->coverage->n_columns)
    return;

  g_clear_pointer (&self->cell_popover, gtk_widget_unparent);
  ids = rt_coverage_get_cards (self->coverage, row, column, &n_cards);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* TRANSLATORS: the heading of the cards of a coverage cell: 論点2 — 林委員 */
  heading = g_strdup_printf (_("Point %d — %s"), self->coverage->row_numbers[row],
                             self->coverage->column_labels[column]);
  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  for (guint i = 0; i < n_cards; i++)
    {
      RtCard *card = rt_committee_lookup (self->committee, RT_KIND_CARD, ids[i]);

      if (card != NULL)
        gtk_box_append (GTK_BOX (list), new_card_button (card));
    }
  if (n_cards == 0)
    {
      GtkWidget *none = gtk_label_new (_("Not discussed yet"));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (list), none);
    }

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);

  self->cell_popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->cell_popover), box);
  gtk_widget_set_parent (self->cell_popover, GTK_WIDGET (self));
  rt_coverage_cell_area (self->coverage, &self->style, row, column, &x, &y, &w, &h);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->cell_popover), &(GdkRectangle) { x, y, w, h });
  gtk_popover_popup (GTK_POPOVER (self->cell_popover));
}

/**
 * rt_coverage_view_get_cell_popover:
 *
 * Returns: (transfer none) (nullable): the popover of the cell last shown
 */
GtkWidget *
rt_coverage_view_get_cell_popover (RtCoverageView *self)
{
  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), NULL);

  return self->cell_popover;
}

/**
 * rt_coverage_view_get_cell_area:
 *
 * Returns: whether there is such a cell; @area receives where it is
 */
gboolean
rt_coverage_view_get_cell_area (RtCoverageView  *self,
                                guint            row,
                                guint            column,
                                graphene_rect_t *area)
{
  double x, y, w, h;

  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), FALSE);

  if (self->coverage == NULL || row >= self->coverage->n_rows || column >= self->coverage->n_columns)
    return FALSE;

  rt_coverage_cell_area (self->coverage, &self->style, row, column, &x, &y, &w, &h);
  graphene_rect_init (area, x, y, w, h);

  return TRUE;
}

static void
cell_clicked (GtkGestureClick *gesture,
              int              n_press,
              double           x,
              double           y,
              RtCoverageView  *self)
{
  guint row, column;

  if (self->coverage != NULL && rt_coverage_hit (self->coverage, &self->style, x, y, &row, &column))
    rt_coverage_view_show_cell (self, row, column);
}

static void
rt_coverage_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (widget);

  /* Painted, and hit, at the width given. */
  self->style.max_width = width;
  if (self->cell_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cell_popover));
}

static void
rt_coverage_view_dispose (GObject *object)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (object);

  g_clear_pointer (&self->cell_popover, gtk_widget_unparent);
  g_signal_handlers_disconnect_by_func (adw_style_manager_get_default (), update_style, self);
  rt_coverage_view_set_committee (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->coverage, rt_coverage_free);

  G_OBJECT_CLASS (rt_coverage_view_parent_class)->dispose (object);
}

static void
rt_coverage_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;
    case PROP_FRAMEWORK_ID:
      g_value_set_int64 (value, self->framework_id);
      break;
    case PROP_BY_MEETING:
      g_value_set_boolean (value, self->axis == RT_COVERAGE_BY_MEETING);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_coverage_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RtCoverageView *self = RT_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      rt_coverage_view_set_committee (self, g_value_get_object (value));
      break;
    case PROP_FRAMEWORK_ID:
      rt_coverage_view_set_framework_id (self, g_value_get_int64 (value));
      break;
    case PROP_BY_MEETING:
      rt_coverage_view_set_axis (self, g_value_get_boolean (value) ? RT_COVERAGE_BY_MEETING : RT_COVERAGE_BY_SPEAKER);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_coverage_view_class_init (RtCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_coverage_view_dispose;
  object_class->get_property = rt_coverage_view_get_property;
  object_class->set_property = rt_coverage_view_set_property;

  widget_class->map = rt_coverage_view_map;
  widget_class->measure = rt_coverage_view_measure;
  widget_class->snapshot = rt_coverage_view_snapshot;
  widget_class->query_tooltip = rt_coverage_view_query_tooltip;
  widget_class->size_allocate = rt_coverage_view_size_allocate;
  widget_class->get_request_mode = rt_coverage_view_get_request_mode;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL, RT_TYPE_COMMITTEE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRAMEWORK_ID] =
    g_param_spec_int64 ("framework-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BY_MEETING] =
    g_param_spec_boolean ("by-meeting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "coverageview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rt_coverage_view_init (RtCoverageView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  /* Clicking a cell shows its cards. */
  g_signal_connect (click, "released", G_CALLBACK (cell_clicked), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  update_style (self);
}

GtkWidget *
rt_coverage_view_new (void)
{
  return g_object_new (RT_TYPE_COVERAGE_VIEW, NULL);
}

RtCommittee *
rt_coverage_view_get_committee (RtCoverageView *self)
{
  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), NULL);

  return self->committee;
}

void
rt_coverage_view_set_committee (RtCoverageView *self,
                                RtCommittee    *committee)
{
  g_return_if_fail (RT_IS_COVERAGE_VIEW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_set_object (&self->committee, committee);
  if (committee != NULL)
    {
      /* The matrix counts the linked cards of each point per speaker or meeting. */
      rt_committee_watch (committee, RT_KIND_CARD, G_CALLBACK (queue_rebuild), self);
      rt_committee_watch (committee, RT_KIND_POINT, G_CALLBACK (queue_rebuild), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (queue_rebuild), self);
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (queue_rebuild), self);
      rt_committee_watch (committee, RT_KIND_FRAMEWORK, G_CALLBACK (queue_rebuild), self);
      g_signal_connect_swapped (committee, "links-changed", G_CALLBACK (queue_rebuild), self);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
}

gint64
rt_coverage_view_get_framework_id (RtCoverageView *self)
{
  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), 0);

  return self->framework_id;
}

void
rt_coverage_view_set_framework_id (RtCoverageView *self,
                                   gint64          framework_id)
{
  g_return_if_fail (RT_IS_COVERAGE_VIEW (self));

  if (self->framework_id == framework_id)
    return;

  self->framework_id = framework_id;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRAMEWORK_ID]);
}

RtCoverageAxis
rt_coverage_view_get_axis (RtCoverageView *self)
{
  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), RT_COVERAGE_BY_SPEAKER);

  return self->axis;
}

void
rt_coverage_view_set_axis (RtCoverageView *self,
                           RtCoverageAxis  axis)
{
  g_return_if_fail (RT_IS_COVERAGE_VIEW (self));

  if (self->axis == axis)
    return;

  self->axis = axis;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_MEETING]);
}

/**
 * rt_coverage_view_get_coverage:
 *
 * Returns: (transfer none) (nullable): the matrix shown
 */
const RtCoverage *
rt_coverage_view_get_coverage (RtCoverageView *self)
{
  g_return_val_if_fail (RT_IS_COVERAGE_VIEW (self), NULL);

  return self->coverage;
}
