/* rt-theme-column.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-theme-column"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-board.h"
#include "rt-card-widget.h"
#include "rt-color.h"
#include "rt-committee.h"
#include "rt-theme-column.h"
#include "rt-theme-popover.h"

/* One column of the board: a theme, or the 未分類 inbox when it has no theme,
 * with its cards in a list view that creates widgets only for visible rows.
 *
 * The list shows the column's RtList through a filter (the board's search,
 * when there is one) and a multi-selection; the board joins the selections
 * of its columns into one. Cards are dragged out as their RtCard (several
 * selected cards also as a GListModel of them) and dropped at the row under
 * the pointer. */
struct _RtThemeColumn
{
  GtkWidget           parent_instance;

  RtCommittee        *committee;
  RtTheme            *theme;
  GListModel         *cards;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkMultiSelection  *selection;
  RtSearchModel      *search;
  GHashTable         *bound;       /* RtCardWidget* shown */
  GtkWidget          *drop_card;   /* the card with the drop indicator */

  GtkWidget          *header;
  GtkLabel           *title_label;
  GtkLabel           *count_label;
  GtkMenuButton      *menu_button;
  GtkScrolledWindow  *scroller;
  GtkListView        *list_view;
};

G_DEFINE_FINAL_TYPE (RtThemeColumn, rt_theme_column, GTK_TYPE_WIDGET)

enum {
  CARD_ACTIVATED,
  SELECTION_CHANGED,
  CONTEXT_MENU,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Dragging cards out */

static GdkContentProvider *
prepare_drag (GtkDragSource *source,
              double         x,
              double         y,
              RtCardWidget  *widget)
{
  RtCard *card = rt_card_widget_get_card (widget);
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (widget), RT_TYPE_BOARD);
  g_autoptr(GdkPaintable) icon = NULL;
  g_autoptr(GArray) ids = NULL;
  GValue value = G_VALUE_INIT;
  GdkContentProvider *single;
  gboolean in_selection = FALSE;

  /* A card of a read-only committee is not moved, nor linked to a point. */
  if (card == NULL || (board != NULL && rt_committee_get_read_only (rt_board_get_committee (RT_BOARD (board)))))
    return NULL;

  icon = gtk_widget_paintable_new (GTK_WIDGET (widget));
  gtk_drag_source_set_icon (source, icon, x, y);

  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, card);
  single = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);

  if (board != NULL)
    ids = rt_board_get_selected_cards (RT_BOARD (board));
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    in_selection |= g_array_index (ids, gint64, i) == rt_card_get_id (card);

  /* Several selected cards travel together; a point row still sees the one
   * under the pointer as an RtCard. */
  if (in_selection && ids->len > 1)
    {
      RtCommittee *committee = rt_board_get_committee (RT_BOARD (board));
      g_autoptr(GListStore) store = g_list_store_new (RT_TYPE_CARD);
      GdkContentProvider *providers[2];

      for (guint i = 0; i < ids->len; i++)
        {
          RtCard *selected = rt_committee_lookup (committee, RT_KIND_CARD, g_array_index (ids, gint64, i));

          if (selected != NULL)
            g_list_store_append (store, selected);
        }

      g_value_init (&value, G_TYPE_LIST_MODEL);
      g_value_set_object (&value, store);
      providers[0] = gdk_content_provider_new_for_value (&value);
      providers[1] = single;
      g_value_unset (&value);

      return gdk_content_provider_new_union (providers, 2);
    }

  return single;
}

/* The card list */

static void
update_highlights (RtThemeColumn *self,
                   RtCardWidget  *widget)
{
  RtCard *card = rt_card_widget_get_card (widget);
  g_autoptr(GArray) ranges = NULL;

  if (self->search != NULL && card != NULL)
    ranges = rt_search_model_get_ranges (self->search, card);

  rt_card_widget_set_highlights (widget, ranges);
}

static void
setup_card (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RtThemeColumn            *self)
{
  GtkWidget *widget = rt_card_widget_new ();
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (prepare_drag), widget);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (source));

  gtk_list_item_set_child (item, widget);
}

static void
bind_card (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RtThemeColumn            *self)
{
  RtCardWidget *widget = RT_CARD_WIDGET (gtk_list_item_get_child (item));

  rt_card_widget_set_card (widget, gtk_list_item_get_item (item));
  update_highlights (self, widget);
  g_hash_table_add (self->bound, widget);
}

static void
unbind_card (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RtThemeColumn            *self)
{
  RtCardWidget *widget = RT_CARD_WIDGET (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound, widget);
  if (self->drop_card == GTK_WIDGET (widget))
    {
      gtk_widget_remove_css_class (self->drop_card, "drop-before");
      gtk_widget_remove_css_class (self->drop_card, "drop-after");
      self->drop_card = NULL;
    }
  rt_card_widget_set_card (widget, NULL);
}

static void
update_count (RtThemeColumn *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (self->cards);
  g_autofree char *count = NULL;

  /* TRANSLATORS: cards found by a search out of all cards of a column */
  count = shown == all ? g_strdup_printf ("%u", all) : g_strdup_printf (_("%u of %u"), shown, all);
  gtk_label_set_label (self->count_label, count);
}

static gboolean
filter_card (gpointer item,
             gpointer user_data)
{
  RtThemeColumn *self = user_data;

  return self->search == NULL || rt_search_model_contains (self->search, rt_card_get_id (item));
}

static void
search_changed (RtThemeColumn *self)
{
  GHashTableIter iter;
  gpointer widget;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* Cards that stay shown keep their widget: mark them anew. */
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &widget, NULL))
    update_highlights (self, widget);
}

void
rt_theme_column_set_search (RtThemeColumn *self,
                            RtSearchModel *search)
{
  g_return_if_fail (RT_IS_THEME_COLUMN (self));
  g_return_if_fail (search == NULL || RT_IS_SEARCH_MODEL (search));

  if (self->search == search)
    return;

  if (self->search != NULL)
    g_signal_handlers_disconnect_by_func (self->search, search_changed, self);

  g_set_object (&self->search, search);

  if (search != NULL)
    g_signal_connect_swapped (search, "items-changed", G_CALLBACK (search_changed), self);

  search_changed (self);
}

/* Dropping cards */

static RtCardWidget *
card_at (RtThemeColumn *self,
         double         y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), gtk_widget_get_width (GTK_WIDGET (self)) / 2.0, y,
                                       GTK_PICK_DEFAULT);
  GtkWidget *card;

  if (picked == NULL)
    return NULL;

  card = RT_IS_CARD_WIDGET (picked) ? picked : gtk_widget_get_ancestor (picked, RT_TYPE_CARD_WIDGET);
  if (card == NULL || rt_card_widget_get_card (RT_CARD_WIDGET (card)) == NULL)
    return NULL;

  return RT_CARD_WIDGET (card);
}

static guint
index_of (GListModel *model,
          gint64      card_id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);

      if (rt_card_get_id (card) == card_id)
        return i;
    }

  return G_MAXUINT;
}

/* Where cards dropped at @y go, as an index into the column's cards (all of
 * them, not only those a search shows); sets the card whose edge is the
 * drop place, and whether it is its bottom edge. */
static guint
drop_index (RtThemeColumn  *self,
            double          y,
            RtCardWidget  **target,
            gboolean       *after)
{
  RtCardWidget *card = card_at (self, y);
  graphene_rect_t bounds;
  guint index;

  *target = NULL;
  *after = FALSE;

  if (card == NULL ||
      !gtk_widget_compute_bounds (GTK_WIDGET (card), GTK_WIDGET (self), &bounds) ||
      (index = index_of (self->cards, rt_card_get_id (rt_card_widget_get_card (card)))) == G_MAXUINT)
    {
      double header_bottom = gtk_widget_get_height (self->header);

      return y < header_bottom ? 0 : g_list_model_get_n_items (self->cards);
    }

  *target = card;
  *after = y > bounds.origin.y + bounds.size.height / 2;

  return index + (*after ? 1 : 0);
}

static void
clear_drop_indicator (RtThemeColumn *self)
{
  if (self->drop_card != NULL)
    {
      gtk_widget_remove_css_class (self->drop_card, "drop-before");
      gtk_widget_remove_css_class (self->drop_card, "drop-after");
      self->drop_card = NULL;
    }
}

static GdkDragAction
drop_motion (GtkDropTarget *target,
             double         x,
             double         y,
             RtThemeColumn *self)
{
  RtCardWidget *card;
  gboolean after;

  if (rt_committee_get_read_only (self->committee))
    return 0;

  drop_index (self, y, &card, &after);
  if (GTK_WIDGET (card) != self->drop_card ||
      (card != NULL && gtk_widget_has_css_class (GTK_WIDGET (card), "drop-after") != after))
    {
      clear_drop_indicator (self);
      if (card != NULL)
        {
          self->drop_card = GTK_WIDGET (card);
          gtk_widget_add_css_class (self->drop_card, after ? "drop-after" : "drop-before");
        }
    }

  return GDK_ACTION_MOVE;
}


static gboolean
drop_theme (RtThemeColumn *self,
            RtTheme       *theme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) siblings = NULL;
  gint64 label_id;
  guint n, position = 0;

  /* A column dropped on another takes its place. */
  if (self->theme == NULL || theme == self->theme)
    return FALSE;

  label_id = rt_theme_get_label_id (self->theme);
  siblings = rt_committee_list_themes (self->committee, label_id);
  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) sibling = g_list_model_get_item (siblings, i);

      if (sibling == self->theme)
        break;
      if (sibling != theme)
        position++;
    }

  if (!rt_committee_move_theme (self->committee, rt_theme_get_id (theme), label_id, position, &error))
    {
      rt_feedback_toast (GTK_WIDGET (GTK_WIDGET (self)), error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * rt_theme_column_drop_value:
 * @value: an RtCard, an RtTheme, or a GListModel of RtCard
 * @y: where it is dropped, in the column's coordinates
 *
 * What the column's drop target does with a dropped value: cards go to the
 * place under @y, a theme column takes this column's place.
 *
 * Returns: whether the value was accepted and moved
 */
gboolean
rt_theme_column_drop_value (RtThemeColumn *self,
                            const GValue  *value,
                            double         y)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GHashTable) moving = g_hash_table_new (g_int64_hash, g_int64_equal);
  RtCardWidget *target;
  GObject *object;
  gboolean after;
  guint index, position = 0;

  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), FALSE);

  clear_drop_indicator (self);

  if (!G_VALUE_HOLDS_OBJECT (value) || (object = g_value_get_object (value)) == NULL)
    return FALSE;

  if (RT_IS_THEME (object))
    return drop_theme (self, RT_THEME (object));

  if (RT_IS_CARD (object))
    {
      gint64 id = rt_card_get_id (RT_CARD (object));

      g_array_append_val (ids, id);
    }
  else if (G_IS_LIST_MODEL (object))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (object));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (object), i);
          gint64 id;

          if (!RT_IS_CARD (item))
            return FALSE;
          id = rt_card_get_id (RT_CARD (item));
          g_array_append_val (ids, id);
        }
    }

  if (ids->len == 0)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (moving, &g_array_index (ids, gint64, i));

  /* Positions count the cards that stay, not those that move. */
  index = drop_index (self, y, &target, &after);
  for (guint i = 0; i < index && i < g_list_model_get_n_items (self->cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (self->cards, i);
      gint64 id = rt_card_get_id (card);

      if (!g_hash_table_contains (moving, &id))
        position++;
    }

  if (!rt_committee_move_cards (self->committee, (const gint64 *)ids->data, ids->len,
                                self->theme ? rt_theme_get_id (self->theme) : 0, position, &error))
    {
      rt_feedback_toast (GTK_WIDGET (GTK_WIDGET (self)), error->message);
      return FALSE;
    }

  rt_theme_column_select_cards (self, ids);

  return TRUE;
}

static gboolean
drop (GtkDropTarget *target,
      const GValue  *value,
      double         x,
      double         y,
      RtThemeColumn *self)
{
  return rt_theme_column_drop_value (self, value, y);
}

static void
drop_leave (GtkDropTarget *target,
            RtThemeColumn *self)
{
  clear_drop_indicator (self);
}

/* Dragging the column by its header */

static GdkContentProvider *
prepare_header_drag (GtkDragSource *source,
                     double         x,
                     double         y,
                     RtThemeColumn *self)
{
  g_autoptr(GdkPaintable) icon = NULL;
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  if (self->theme == NULL || rt_committee_get_read_only (self->committee))
    return NULL;

  icon = gtk_widget_paintable_new (self->header);
  gtk_drag_source_set_icon (source, icon, x, y);

  g_value_init (&value, G_TYPE_OBJECT);
  g_value_set_object (&value, self->theme);
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);

  return provider;
}

/* Activation, selection and the context menu */

static void
activated (GtkListView   *list_view,
           guint          position,
           RtThemeColumn *self)
{
  g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (card != NULL)
    g_signal_emit (self, signals[CARD_ACTIVATED], 0, card);
}

static void
selection_changed (RtThemeColumn *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   RtThemeColumn   *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *card = NULL;
  guint position;

  if (picked != NULL)
    card = RT_IS_CARD_WIDGET (picked) ? picked : gtk_widget_get_ancestor (picked, RT_TYPE_CARD_WIDGET);
  if (card == NULL || rt_card_widget_get_card (RT_CARD_WIDGET (card)) == NULL)
    return;

  /* The menu acts on the selection: a card outside it becomes the selection. */
  position = index_of (G_LIST_MODEL (self->filtered), rt_card_get_id (rt_card_widget_get_card (RT_CARD_WIDGET (card))));
  if (position != G_MAXUINT && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[CONTEXT_MENU], 0, card, x, y);
}

static void
create_menu (GtkMenuButton *menu_button,
             gpointer       user_data)
{
  RtThemeColumn *self = user_data;

  gtk_menu_button_set_popover (menu_button, rt_theme_popover_new (self->committee, self->theme));
}

static void
rt_theme_column_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  RtThemeColumn *self = RT_THEME_COLUMN (widget);
  RtColor color;
  GdkRGBA rgba;

  GTK_WIDGET_CLASS (rt_theme_column_parent_class)->snapshot (widget, snapshot);

  if (self->theme == NULL || !rt_color_parse (rt_theme_get_color (self->theme), &color))
    return;

  rgba = (GdkRGBA) { color.red, color.green, color.blue, 1.0 };
  gtk_snapshot_append_color (snapshot, &rgba,
                             &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), 4));
}

static void
rt_theme_column_dispose (GObject *object)
{
  RtThemeColumn *self = (RtThemeColumn *)object;
  GtkWidget *child;

  if (self->search != NULL)
    g_signal_handlers_disconnect_by_func (self->search, search_changed, self);
  if (self->theme != NULL)
    g_signal_handlers_disconnect_by_func (self->theme, gtk_widget_queue_draw, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_THEME_COLUMN);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->search);
  g_clear_object (&self->cards);
  g_clear_object (&self->theme);
  g_clear_object (&self->committee);
  g_clear_pointer (&self->bound, g_hash_table_unref);

  G_OBJECT_CLASS (rt_theme_column_parent_class)->dispose (object);
}

static void
rt_theme_column_class_init (RtThemeColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_theme_column_dispose;
  widget_class->snapshot = rt_theme_column_snapshot;

  /**
   * RtThemeColumn::card-activated:
   * @card: the card double-clicked or activated with Enter
   */
  signals[CARD_ACTIVATED] =
    g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RT_TYPE_CARD);
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * RtThemeColumn::context-menu:
   * @card: the RtCardWidget clicked
   * @x: @y: where, in the list's coordinates
   */
  signals[CONTEXT_MENU] =
    g_signal_new ("context-menu", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, GTK_TYPE_WIDGET, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-theme-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, header);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, scroller);
  gtk_widget_class_bind_template_child (widget_class, RtThemeColumn, list_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "themecolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_theme_column_init (RtThemeColumn *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GType types[] = { G_TYPE_LIST_MODEL, G_TYPE_OBJECT };
  GtkDropTarget *target;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->bound = g_hash_table_new (NULL, NULL);

  /* Cards are built in C rather than from a template: see rt-card-widget.c. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_card), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_card), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_card), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activated), self);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "motion", G_CALLBACK (drop_motion), self);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
rt_theme_column_new (RtCommittee *committee,
                     RtTheme     *theme)
{
  RtThemeColumn *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (theme == NULL || RT_IS_THEME (theme), NULL);

  self = g_object_new (RT_TYPE_THEME_COLUMN, NULL);
  self->committee = g_object_ref (committee);
  self->theme = theme ? g_object_ref (theme) : NULL;
  self->cards = rt_committee_list_cards (committee, theme ? rt_theme_get_id (theme) : 0);

  if (theme != NULL)
    {
      GtkDragSource *source = gtk_drag_source_new ();

      g_object_bind_property (theme, "name", self->title_label, "label", G_BINDING_SYNC_CREATE);
      g_signal_connect_swapped (theme, "notify::color", G_CALLBACK (gtk_widget_queue_draw), self);

      gtk_widget_set_visible (GTK_WIDGET (self->menu_button), TRUE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), !rt_committee_get_read_only (committee));
      gtk_menu_button_set_create_popup_func (self->menu_button, create_menu, self, NULL);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (prepare_header_drag), self);
      gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (source));
    }
  else
    {
      gtk_label_set_label (self->title_label, _("New opinions"));
      gtk_widget_add_css_class (GTK_WIDGET (self), "inbox");
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_label (self->title_label),
                                  -1);

  self->filter = gtk_custom_filter_new (filter_card, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (self->cards), g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));

  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed), self,
                           G_CONNECT_SWAPPED);
  update_count (self);

  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  return GTK_WIDGET (self);
}

/**
 * rt_theme_column_get_theme:
 *
 * Returns: (transfer none) (nullable): the theme, or %NULL for the inbox
 */
RtTheme *
rt_theme_column_get_theme (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return self->theme;
}

/**
 * rt_theme_column_get_cards:
 *
 * Returns: (transfer none): all the cards of the column, also those a
 *   search hides
 */
GListModel *
rt_theme_column_get_cards (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return self->cards;
}

/**
 * rt_theme_column_get_selection:
 *
 * Returns: (transfer none): the cards shown, with their selection
 */
GtkSelectionModel *
rt_theme_column_get_selection (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * rt_theme_column_get_vadjustment:
 *
 * Returns: (transfer none): the vertical scrolling of the card list
 */
GtkAdjustment *
rt_theme_column_get_vadjustment (RtThemeColumn *self)
{
  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

/* Appends the ids of the selected cards, in column order. */
void
rt_theme_column_add_selected (RtThemeColumn *self,
                              GArray        *ids)
{
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_if_fail (RT_IS_THEME_COLUMN (self));

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
      gint64 id = rt_card_get_id (card);

      g_array_append_val (ids, id);
    }
}

void
rt_theme_column_unselect_all (RtThemeColumn *self)
{
  g_return_if_fail (RT_IS_THEME_COLUMN (self));

  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * rt_theme_column_select_cards:
 * @ids: (element-type gint64): cards to select
 *
 * Selects those of @ids that the column shows, and scrolls to and focuses
 * the first of them.
 *
 * Returns: whether the column shows any of them
 */
gboolean
rt_theme_column_select_cards (RtThemeColumn *self,
                              GArray        *ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint first = G_MAXUINT;

  g_return_val_if_fail (RT_IS_THEME_COLUMN (self), FALSE);

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (ids, gint64, i));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      gint64 id = rt_card_get_id (card);

      if (g_hash_table_contains (wanted, &id))
        {
          gtk_bitset_add (selected, i);
          first = MIN (first, i);
        }
    }

  if (first == G_MAXUINT)
    return FALSE;

  {
    g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, n);

    gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  }
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", first);

  return TRUE;
}
