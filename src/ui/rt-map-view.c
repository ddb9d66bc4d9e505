/* rt-map-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rt-committee.h"
#include "rt-feedback.h"
#include "rt-file-chooser.h"
#include "rt-history.h"
#include "rt-map-view.h"
#include "rt-settings.h"

/* The issue map on screen: a canvas painted by rt_map_paint(), with zoom,
 * pan, drag, selection and focus. Layout runs in a worker thread and the
 * canvas shows it as it settles. Zoomed out past readable text, the themes
 * fold (see rt_map_paint()); a click on a folded theme opens it at full
 * size. The map can also be shown in columns (the structured arrangement,
 * not saved), and exported as PNG, SVG or PDF in a worker thread. */

#define MIN_ZOOM   0.03
#define MAX_ZOOM   4.0
#define ZOOM_STEP  1.25
#define SEED       1

struct _RtMapView
{
  GtkWidget      parent_instance;

  RtCommittee   *committee;
  RtMap         *map;
  RtMapViewport  viewport;
  GCancellable  *layout_cancellable;
  guint          reload_id;
  gboolean       stale;        /* changed while not shown: reload when shown */

  /* Dragging: a node, or the view when drag_node is -1. */
  int            drag_node;
  double         drag_x;
  double         drag_y;
  gboolean       dragged;
  double         pointer_x;
  double         pointer_y;
  double         zoom_begin;

  guint          auto_fit : 1;
  guint          unsaved : 1;
  guint          layout_asked : 1;
  guint          structured : 1;
  double         arranged_aspect;
  GCancellable  *export_cancellable;

  GtkWidget     *controls;
  GtkWidget     *unfocus_button;
};

G_DEFINE_FINAL_TYPE (RtMapView, rt_map_view, GTK_TYPE_WIDGET)

enum {
  CARD_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_ARRANGEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Text on the laptop's screen is never drawn smaller than this. */
#define SCREEN_MIN_TEXT 12.0

static const RtColor background = { 0xfa / 255.0, 0xf9 / 255.0, 0xf7 / 255.0 };

static double
legend_height (void)
{
  return SCREEN_MIN_TEXT * 2.4;
}

/* Where the map may stand in the widget: below the controls, above the
 * legend, so that nothing sits under either when it is fitted. */
static void
free_area (RtMapView *self,
           RtMapRect *area)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  GtkRequisition natural;
  double top;

  gtk_widget_get_preferred_size (self->controls, NULL, &natural);
  top = 12 + natural.height + 12;
  *area = (RtMapRect) { 16, top, MAX (w - 32, 1), MAX (h - top - legend_height () - 24, 1) };
}

static void
fit_rect (RtMapView       *self,
          const RtMapRect *content)
{
  RtMapRect area;

  free_area (self, &area);
  rt_map_fit_rect (self->map, &self->viewport, &area, content);
  self->viewport.scale = CLAMP (self->viewport.scale, MIN_ZOOM, MAX_ZOOM);
  self->viewport.x = content->x + content->width / 2 - (area.x + area.width / 2) / self->viewport.scale;
  self->viewport.y = content->y + content->height / 2 - (area.y + area.height / 2) / self->viewport.scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fit (RtMapView *self)
{
  RtMapRect bounds;

  if (self->map == NULL || gtk_widget_get_width (GTK_WIDGET (self)) <= 0 ||
      gtk_widget_get_height (GTK_WIDGET (self)) <= 0)
    return;

  rt_map_get_bounds (self->map, &bounds);
  fit_rect (self, &bounds);
}

/* Zooms by @factor keeping the map point under (@x, @y) in place. */
static void
zoom_at (RtMapView *self,
         double     factor,
         double     x,
         double     y)
{
  double mx = self->viewport.x + x / self->viewport.scale;
  double my = self->viewport.y + y / self->viewport.scale;
  double scale = CLAMP (self->viewport.scale * factor, MIN_ZOOM, MAX_ZOOM);

  self->viewport.scale = scale;
  self->viewport.x = mx - x / scale;
  self->viewport.y = my - y / scale;
  self->auto_fit = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_center (RtMapView *self,
             double     factor)
{
  zoom_at (self, factor,
           gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

static void
save_positions (RtMapView *self,
                int        node)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) positions = NULL;

  if (self->committee == NULL || rt_committee_get_read_only (self->committee) || self->structured)
    return;

  /* One transaction per user action: a drag saves its node, unless a
   * stopped layout left other positions unsaved. */
  if (node >= 0 && !self->unsaved)
    {
      RtMapPosition position;

      position.kind = rt_map_get_node_kind (self->map, node);
      position.item_id = rt_map_get_node_item_id (self->map, node);
      rt_map_get_node_position (self->map, node, &position.x, &position.y);
      position.pinned = rt_map_get_node_pinned (self->map, node);
      if (!rt_committee_set_map_positions (self->committee, &position, 1, FALSE, &error))
        g_debug ("Could not save the position of a node: %s", error->message);
      return;
    }

  positions = rt_map_get_positions (self->map);
  if (!rt_committee_set_map_positions (self->committee, (RtMapPosition *)(gpointer)positions->data,
                                       positions->len, TRUE, &error))
    g_debug ("Could not save the map: %s", error->message);
  else
    self->unsaved = FALSE;
}

static void
stop_layout (RtMapView *self)
{
  if (self->layout_cancellable != NULL)
    {
      g_cancellable_cancel (self->layout_cancellable);
      g_clear_object (&self->layout_cancellable);
    }
}

static void
layout_progress (const double *xy,
                 guint         n_nodes,
                 guint         iteration,
                 gpointer      user_data)
{
  RtMapView *self = user_data;

  if (self->map == NULL || n_nodes != rt_map_get_n_nodes (self->map))
    return;

  rt_map_set_layout_positions (self->map, xy, n_nodes);
  self->unsaved = TRUE;
  if (self->auto_fit)
    fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
layout_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RtMapView) self = user_data;
  g_autoptr(RtMapLayout) layout = NULL;
  g_autoptr(GError) error = NULL;

  if (!(layout = rt_map_layout_run_finish (result, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not lay the map out: %s", error->message);
      return;
    }

  if (self->map == NULL || rt_map_layout_get_n_nodes (layout) != rt_map_get_n_nodes (self->map))
    return;

  g_clear_object (&self->layout_cancellable);
  rt_map_set_layout_positions (self->map, rt_map_layout_get_positions (layout), rt_map_get_n_nodes (self->map));
  self->unsaved = TRUE;
  if (!self->layout_asked && self->committee != NULL && !rt_committee_get_read_only (self->committee))
    rt_history_skip_next_step (rt_committee_get_history (self->committee));
  save_positions (self, -1);
  if (self->auto_fit)
    fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* @asked: the user asked for this layout; one the map makes by itself for
 * new nodes is saved without becoming a step of the undo history. */
static void
start_layout (RtMapView *self,
              gboolean   keep_positions,
              gboolean   asked)
{
  RtMapLayout *layout;

  stop_layout (self);
  self->layout_asked = asked;
  if (self->map == NULL || rt_map_get_n_nodes (self->map) == 0 || self->structured)
    return;

  layout = rt_map_create_layout (self->map, SEED, keep_positions);
  self->layout_cancellable = g_cancellable_new ();
  rt_map_layout_run_async (layout, 3, self->layout_cancellable,
                           layout_progress, g_object_ref (self), g_object_unref,
                           layout_done, g_object_ref (self));
}

/**
 * rt_map_view_relayout:
 *
 * Lays the map out again; pinned nodes (the points, and nodes placed by
 * hand) stay where they are.
 */
void
rt_map_view_relayout (RtMapView *self)
{
  g_return_if_fail (RT_IS_MAP_VIEW (self));

  start_layout (self, FALSE, TRUE);
}

/* The structured arrangement, for the widget's shape. */
static void
arrange (RtMapView *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double aspect = w > 0 && h > 0 ? (double)w / MAX (h - 80, 1) : 1.6;

  if (self->map == NULL)
    return;
  rt_map_arrange_structured (self->map, aspect);
  self->arranged_aspect = aspect;
}

static void
update_focus_button (RtMapView *self)
{
  gtk_widget_set_visible (self->unfocus_button, self->map != NULL && rt_map_get_focus (self->map) >= 0);
}

static void
load_map (RtMapView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RtMap) map = NULL;
  int selected_kind = -1, focus_kind = -1;
  gint64 selected_id = 0, focus_id = 0;

  stop_layout (self);

  if (self->map != NULL)
    {
      int s = rt_map_get_selected (self->map), f = rt_map_get_focus (self->map);

      if (s >= 0)
        selected_kind = rt_map_get_node_kind (self->map, s), selected_id = rt_map_get_node_item_id (self->map, s);
      if (f >= 0)
        focus_kind = rt_map_get_node_kind (self->map, f), focus_id = rt_map_get_node_item_id (self->map, f);
    }

  if (self->committee != NULL && !(map = rt_map_new_from_committee (self->committee, &error)))
    g_warning ("Could not read the issue map: %s", error->message);

  g_set_object (&self->map, map);
  self->drag_node = -1;

  if (self->map != NULL)
    {
      if (selected_kind >= 0)
        rt_map_set_selected (self->map, rt_map_find_node (self->map, selected_kind, selected_id));
      if (focus_kind >= 0)
        rt_map_set_focus (self->map, rt_map_find_node (self->map, focus_kind, focus_id));
      if (self->structured)
        arrange (self);
      else if (!rt_map_get_complete (self->map))
        start_layout (self, TRUE, FALSE);
      else if (rt_map_tidy (self->map))
        {
          /* Saved positions from before the blocks grew: moved aside, saved
           * without becoming a step of the undo history. */
          self->unsaved = TRUE;
          if (self->committee != NULL && !rt_committee_get_read_only (self->committee))
            rt_history_skip_next_step (rt_committee_get_history (self->committee));
          save_positions (self, -1);
        }
    }

  update_focus_button (self);
  if (self->auto_fit)
    fit (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
reload_idle (gpointer data)
{
  RtMapView *self = data;

  self->reload_id = 0;
  load_map (self);

  return G_SOURCE_REMOVE;
}

/* The graph changed: nodes or links came or went. A map not on screen
 * (another page of the window is) is read and laid out again only when it
 * shows, not on every change made on the board. */
static void
queue_reload (RtMapView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      stop_layout (self);
      self->stale = TRUE;
      return;
    }

  if (self->reload_id == 0)
    self->reload_id = g_idle_add (reload_idle, self);
}

static void
rt_map_view_map (GtkWidget *widget)
{
  RtMapView *self = RT_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (rt_map_view_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      queue_reload (self);
    }
}

/* An edited card keeps its node: only a card that moved to another theme
 * changes the graph. */
static void
card_changed (RtMapView *self,
              RtCard    *card)
{
  int node;

  if (self->map == NULL || self->reload_id != 0 || self->stale)
    return;

  node = rt_map_find_node (self->map, RT_MAP_NODE_CARD, rt_card_get_id (card));
  if (node < 0 || rt_map_get_card_theme (self->map, node) != rt_card_get_theme_id (card))
    {
      queue_reload (self);
      return;
    }

  rt_map_set_node_text (self->map, node, rt_card_get_text (card), rt_card_get_speaker (card));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rt_map_view_set_committee (RtMapView   *self,
                           RtCommittee *committee)
{
  g_return_if_fail (RT_IS_MAP_VIEW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);

  if (!g_set_object (&self->committee, committee))
    return;

  if (committee != NULL)
    {
      g_signal_connect_swapped (rt_committee_get_cards (committee), "items-changed", G_CALLBACK (queue_reload), self);
      g_signal_connect_swapped (committee, "item-changed::card", G_CALLBACK (card_changed), self);
      rt_committee_watch (committee, RT_KIND_THEME, G_CALLBACK (queue_reload), self);
      rt_committee_watch (committee, RT_KIND_POINT, G_CALLBACK (queue_reload), self);
      rt_committee_watch (committee, RT_KIND_PERSPECTIVE, G_CALLBACK (queue_reload), self);
      rt_committee_watch (committee, RT_KIND_FRAMEWORK, G_CALLBACK (queue_reload), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (queue_reload), self);
      g_signal_connect_swapped (committee, "links-changed", G_CALLBACK (queue_reload), self);
    }

  self->auto_fit = TRUE;
  /* Read when first shown: a committee opens on its board. */
  stop_layout (self);
  g_clear_object (&self->map);
  self->stale = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) || committee == NULL)
    load_map (self);
  else
    self->stale = TRUE;
}

/**
 * rt_map_view_get_map:
 *
 * Returns: (transfer none) (nullable): the map shown
 */
RtMap *
rt_map_view_get_map (RtMapView *self)
{
  g_return_val_if_fail (RT_IS_MAP_VIEW (self), NULL);

  /* Changed while hidden: read it now for whoever asks. */
  if (self->stale)
    {
      self->stale = FALSE;
      load_map (self);
    }

  return self->map;
}

double
rt_map_view_get_zoom (RtMapView *self)
{
  g_return_val_if_fail (RT_IS_MAP_VIEW (self), 1);

  return self->viewport.scale;
}

static void
to_map (RtMapView *self,
        double     x,
        double     y,
        double    *mx,
        double    *my)
{
  *mx = self->viewport.x + x / self->viewport.scale;
  *my = self->viewport.y + y / self->viewport.scale;
}

static void
activate_node (RtMapView *self,
               int        node)
{
  if (node < 0)
    return;

  if (rt_map_get_node_kind (self->map, node) == RT_MAP_NODE_CARD)
    g_signal_emit (self, signals[CARD_ACTIVATED], 0, rt_map_get_node_item_id (self->map, node));
  else
    {
      /* Focus: what is linked stays bright, and fills the view. */
      rt_map_set_focus (self->map, rt_map_get_focus (self->map) == node ? -1 : node);
      update_focus_button (self);
      if (rt_map_get_focus (self->map) >= 0)
        {
          RtMapRect bounds;

          rt_map_get_focus_bounds (self->map, &bounds);
          self->auto_fit = FALSE;
          fit_rect (self, &bounds);
        }
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* Shows @node and what it holds at a readable size, if the view allows. */
static void
open_node (RtMapView *self,
           int        node)
{
  RtMapRect extent;

  if (node < 0)
    return;

  rt_map_get_node_extent (self->map, node, &extent);
  extent.x -= 12;
  extent.y -= 12;
  extent.width += 24;
  extent.height += 24;
  self->auto_fit = FALSE;
  fit_rect (self, &extent);
}

static void
drag_begin (GtkGestureDrag *gesture,
            double          x,
            double          y,
            RtMapView      *self)
{
  double mx, my;

  if (self->map == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  to_map (self, x, y, &mx, &my);
  self->drag_node = rt_map_hit_test (self->map, mx, my);
  self->dragged = FALSE;

  if (self->drag_node >= 0)
    rt_map_get_node_position (self->map, self->drag_node, &self->drag_x, &self->drag_y);
  else
    {
      self->drag_x = self->viewport.x;
      self->drag_y = self->viewport.y;
    }

  rt_map_set_selected (self->map, self->drag_node);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             RtMapView      *self)
{
  if (self->map == NULL)
    return;

  if (!self->dragged && dx * dx + dy * dy < 9)
    return;

  if (!self->dragged && self->drag_node >= 0)
    /* Moving a node by hand stops the layout, which would move it back. */
    stop_layout (self);
  self->dragged = TRUE;

  if (self->drag_node >= 0 && !self->structured)
    rt_map_move_node (self->map, self->drag_node,
                      self->drag_x + dx / self->viewport.scale,
                      self->drag_y + dy / self->viewport.scale);
  else
    {
      self->viewport.x = self->drag_x - dx / self->viewport.scale;
      self->viewport.y = self->drag_y - dy / self->viewport.scale;
      self->auto_fit = FALSE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end (GtkGestureDrag *gesture,
          double          dx,
          double          dy,
          RtMapView      *self)
{
  if (self->map != NULL && self->dragged && self->drag_node >= 0 && !self->structured)
    {
      /* A node placed by hand stays there when the map is arranged again. */
      rt_map_set_node_pinned (self->map, self->drag_node, TRUE);
      save_positions (self, self->drag_node);
    }
  else if (self->map != NULL && !self->dragged && self->drag_node >= 0 &&
           rt_map_get_folded (self->map, &self->viewport))
    {
      /* A click on a folded theme (or in its block) opens it: its block at
       * a size where its cards show their words. */
      int node = rt_map_get_node_parent (self->map, self->drag_node) >= 0 ?
                 rt_map_get_node_parent (self->map, self->drag_node) : self->drag_node;

      open_node (self, node);
    }

  self->drag_node = -1;
  self->dragged = FALSE;
}

static void
click_pressed (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               RtMapView       *self)
{
  double mx, my;

  if (self->map == NULL || n_press != 2)
    return;

  to_map (self, x, y, &mx, &my);
  activate_node (self, rt_map_hit_test (self->map, mx, my));
}

static void
motion (GtkEventControllerMotion *controller,
        double                    x,
        double                    y,
        RtMapView                *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
}

static gboolean
scroll (GtkEventControllerScroll *controller,
        double                    dx,
        double                    dy,
        RtMapView                *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = event != NULL && gdk_scroll_event_get_unit (event) == GDK_SCROLL_UNIT_WHEEL;

  /* A mouse wheel zooms at the pointer, as in map applications; a touchpad
   * pans, and zooms with Ctrl. */
  if ((state & GDK_CONTROL_MASK) || wheel)
    zoom_at (self, pow (ZOOM_STEP, -(wheel ? dy : dy / 10.0)), self->pointer_x, self->pointer_y);
  else
    {
      self->viewport.x += dx / self->viewport.scale;
      self->viewport.y += dy / self->viewport.scale;
      self->auto_fit = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }

  return TRUE;
}

static void
zoom_begin (GtkGesture       *gesture,
            GdkEventSequence *sequence,
            RtMapView        *self)
{
  self->zoom_begin = self->viewport.scale;
}

static void
zoom_changed (GtkGestureZoom *gesture,
              double          scale,
              RtMapView      *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->pointer_x, y = self->pointer_y;

  zoom_at (self, self->zoom_begin * scale / self->viewport.scale, x, y);
}

static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtMapView *self = RT_MAP_VIEW (widget);

  if (g_str_equal (action_name, "map.zoom-in"))
    zoom_center (self, ZOOM_STEP);
  else if (g_str_equal (action_name, "map.zoom-out"))
    zoom_center (self, 1 / ZOOM_STEP);
  else if (g_str_equal (action_name, "map.zoom-reset"))
    zoom_center (self, 1 / self->viewport.scale);
  else
    {
      self->auto_fit = TRUE;
      fit (self);
    }
}

static void
action_relayout (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  rt_map_view_relayout (RT_MAP_VIEW (widget));
}

static void
action_focus (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtMapView *self = RT_MAP_VIEW (widget);

  if (self->map == NULL)
    return;

  if (g_str_equal (action_name, "map.unfocus"))
    {
      rt_map_set_focus (self->map, -1);
      rt_map_set_selected (self->map, -1);
    }
  else
    rt_map_set_focus (self->map, rt_map_get_selected (self->map));

  update_focus_button (self);
  gtk_widget_queue_draw (widget);
}

static void
action_activate (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtMapView *self = RT_MAP_VIEW (widget);

  if (self->map != NULL)
    activate_node (self, rt_map_get_selected (self->map));
}

/* Export */

typedef struct
{
  RtMap *map;
  char  *path;
  char  *title;
  gboolean structured;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->map);
  g_free (export->path);
  g_free (export->title);
  g_free (export);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  Export *export = task_data;
  GError *error = NULL;
  double width, height;

  /* Columns are arranged for the sheet, not for the window. */
  if (export->structured)
    {
      rt_map_get_paper_size (RT_MAP_PAPER_A3, &width, &height);
      rt_map_set_min_text_size (export->map, rt_map_get_paper_min_text (RT_MAP_PAPER_A3));
      rt_map_arrange_for_sheet (export->map, width - 56, height - 78);
    }

  if (!rt_map_export (export->map, export->path, RT_MAP_PAPER_A3, export->title, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RtMapView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = NULL;
  Export *export = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_error (GTK_WIDGET (self), _("Could Not Export the Issue Map"), error);
      return;
    }

  name = g_filename_display_basename (export->path);
  /* Translators: shown when the issue map was written to the file %s. */
  message = g_strdup_printf (_("Exported the issue map to “%s”"), name);
  rt_feedback_toast (GTK_WIDGET (self), message);
}

/**
 * rt_map_view_export:
 * @file: a file ending in .pdf, .png or .svg (another ending becomes .pdf)
 *
 * Writes the map shown, as it is arranged, in a worker thread: A3 landscape,
 * a large map over several pages of a PDF. The window is told how it went
 * (win.toast).
 */
void
rt_map_view_export (RtMapView *self,
                    GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  Export *export;

  g_return_if_fail (RT_IS_MAP_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->map == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  /* A name without a known ending becomes a PDF. */
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg"))
    {
      char *pdf = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = pdf;
    }

  export = g_new0 (Export, 1);
  export->map = rt_map_copy (self->map);
  export->path = g_steal_pointer (&path);
  export->title = g_strdup (self->committee != NULL ? rt_committee_get_name (self->committee) : NULL);
  export->structured = self->structured;

  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  self->export_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->export_cancellable, export_done, g_object_ref (self));
  g_task_set_source_tag (task, rt_map_view_export);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
export_chosen (GFile    *file,
               gpointer  user_data)
{
  g_autoptr(RtMapView) self = user_data;

  if (file != NULL)
    rt_map_view_export (self, file);
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtMapView *self = RT_MAP_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->map == NULL)
    return;

  /* Translators: the suggested file name of the exported issue map. */
  rt_file_chooser_save_map (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Issue map.pdf"),
                            export_chosen, g_object_ref (self));
}

/**
 * rt_map_view_get_arrangement:
 *
 * Returns: "force" or "structured"
 */
const char *
rt_map_view_get_arrangement (RtMapView *self)
{
  g_return_val_if_fail (RT_IS_MAP_VIEW (self), NULL);

  return self->structured ? "structured" : "force";
}

/**
 * rt_map_view_set_arrangement:
 * @arrangement: "force" (as laid out and arranged by hand) or "structured"
 *   (points in a column, themes beside them in the order of the 資料)
 */
void
rt_map_view_set_arrangement (RtMapView  *self,
                             const char *arrangement)
{
  RtMapArrangement value;
  gboolean structured;

  g_return_if_fail (RT_IS_MAP_VIEW (self));

  if (!rt_map_arrangement_from_string (arrangement, &value))
    value = RT_MAP_ARRANGEMENT_FORCE;
  structured = value == RT_MAP_ARRANGEMENT_STRUCTURED;
  if (self->structured == structured)
    return;

  self->structured = structured;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.relayout", !structured);
  self->auto_fit = TRUE;
  /* Back to the saved arrangement, or to columns. */
  load_map (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARRANGEMENT]);
}

static void
rt_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RtMapView *self = RT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARRANGEMENT:
      g_value_set_string (value, rt_map_view_get_arrangement (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RtMapView *self = RT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_ARRANGEMENT:
      rt_map_view_set_arrangement (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The map is painted into an image of the widget's pixels and handed to
 * GTK as a texture, rather than through gtk_snapshot_append_cairo(), whose
 * recording surface would be replayed later at a scale rt_map_paint() cannot
 * see: on an image it writes the thin links straight into the pixels. */
static void
rt_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  RtMapView *self = RT_MAP_VIEW (widget);
  int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  int scale = MAX (1, gtk_widget_get_scale_factor (widget));
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_t *cr;

  if (w <= 0 || h <= 0)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w * scale, h * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, background.red, background.green, background.blue);
  cairo_paint (cr);

  if (self->map != NULL)
    {
      self->viewport.width = w;
      self->viewport.height = h;
      self->viewport.min_text = SCREEN_MIN_TEXT;
      rt_map_paint (self->map, cr, &self->viewport);
      rt_map_paint_legend (self->map, cr, 12, h - legend_height () - 12, w - 24, SCREEN_MIN_TEXT);
    }

  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
    {
      /* The texture keeps the image's pixels, without a copy. */
      bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                          (gsize)cairo_image_surface_get_stride (surface) * h * scale,
                                          (GDestroyNotify)cairo_surface_destroy,
                                          cairo_surface_reference (surface));
      texture = gdk_memory_texture_new (w * scale, h * scale, GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
      gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, w, h));
    }
  cairo_surface_destroy (surface);

  gtk_widget_snapshot_child (widget, self->controls, snapshot);
}

static void
rt_map_view_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  RtMapView *self = RT_MAP_VIEW (widget);

  gtk_widget_measure (self->controls, orientation, -1, minimum, natural, NULL, NULL);
  *natural = MAX (*natural, orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480);
}

static void
rt_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  RtMapView *self = RT_MAP_VIEW (widget);
  GtkRequisition natural;

  gtk_widget_get_preferred_size (self->controls, NULL, &natural);
  gtk_widget_allocate (self->controls, MIN (natural.width, width), natural.height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (MAX (0, width - natural.width - 12), 12)));

  if (self->structured && self->map != NULL && height > 0 &&
      fabs (log ((double)width / MAX (height - 80, 1) / self->arranged_aspect)) > 0.15)
    arrange (self);
  if (self->auto_fit)
    fit (self);
}

static void
rt_map_view_dispose (GObject *object)
{
  RtMapView *self = (RtMapView *)object;

  stop_layout (self);
  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  g_clear_object (&self->committee);
  g_clear_object (&self->map);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_MAP_VIEW);

  G_OBJECT_CLASS (rt_map_view_parent_class)->dispose (object);
}

static void
rt_map_view_class_init (RtMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_map_view_dispose;
  object_class->get_property = rt_map_view_get_property;
  object_class->set_property = rt_map_view_set_property;
  widget_class->snapshot = rt_map_view_snapshot;
  widget_class->map = rt_map_view_map;
  widget_class->measure = rt_map_view_measure;
  widget_class->size_allocate = rt_map_view_size_allocate;

  /**
   * RtMapView::card-activated:
   * @card_id: the card
   *
   * Emitted when a card is opened from the map: double-click or Enter.
   */
  signals[CARD_ACTIVATED] =
    g_signal_new ("card-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * RtMapView:arrangement:
   *
   * "force": the map as laid out and arranged by hand, saved with the
   * committee; "structured": the points in a column and the themes beside
   * them in the order of the 資料, the same at every meeting.
   */
  properties[PROP_ARRANGEMENT] =
    g_param_spec_string ("arrangement", NULL, NULL, "force",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RtMapView, controls);
  gtk_widget_class_bind_template_child (widget_class, RtMapView, unfocus_button);
  gtk_widget_class_set_css_name (widget_class, "rt-map-view");

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, action_zoom);
  gtk_widget_class_install_action (widget_class, "map.relayout", NULL, action_relayout);
  gtk_widget_class_install_action (widget_class, "map.focus", NULL, action_focus);
  gtk_widget_class_install_action (widget_class, "map.unfocus", NULL, action_focus);
  gtk_widget_class_install_action (widget_class, "map.activate", NULL, action_activate);
  gtk_widget_class_install_action (widget_class, "map.export", NULL, action_export);
  gtk_widget_class_install_property_action (widget_class, "map.arrangement", "arrangement");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_SHIFT_MASK, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "map.focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "map.unfocus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "map.activate", NULL);
}

static void
rt_map_view_init (RtMapView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->drag_node = -1;
  self->auto_fit = TRUE;
  self->viewport.scale = 1;
  self->arranged_aspect = 1.6;

  /* The arrangement is a setting. */
  g_settings_bind (rt_settings_get (), "map-arrangement", self, "arrangement", G_SETTINGS_BIND_DEFAULT);

  gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_click_new ();
  g_signal_connect (gesture, "pressed", G_CALLBACK (click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (zoom_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (zoom_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
