/* rt-board.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-board"

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-board.h"
#include "rt-card-widget.h"
#include "rt-committee.h"
#include "rt-theme-column.h"
#include "rt-theme-popover.h"

/* The board: the 未分類 inbox first, then the themes as columns grouped
 * under their handout label (資料1-1 …). The groups are built again when
 * labels are added, removed or reordered, or a group comes or goes; a
 * theme added, removed or moved adds, removes or moves its column alone;
 * cards update inside their column.
 *
 * The selections of the columns make one board selection: a plain click in
 * one column clears the others, Ctrl and Shift add to it. The board's
 * actions (move, merge, delete …) work on that selection. */
struct _RtBoard
{
  GtkWidget       parent_instance;

  RtCommittee    *committee;
  GListModel     *labels;
  GListModel     *themes;
  GListModel     *cards;
  gboolean        shows_empty;
  RtSearchModel  *search;
  GHashTable     *placed;         /* theme id → the label id its column is under */
  GHashTable     *groups;         /* label id (0: none, -1: inbox) → its box of columns */
  gboolean        rebuild_groups; /* labels changed: build the groups again */
  guint           rebuild_source;
  guint           focus_source;
  GdkModifierType last_state;
  gboolean        selecting;

  GtkBox         *columns_box;
  GtkWidget      *context_menu;
};

G_DEFINE_FINAL_TYPE (RtBoard, rt_board, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_SEARCH,
  N_PROPS
};

enum {
  CARD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_actions (RtBoard *self);

/* The card widget @widget is in, or %NULL. */
static GtkWidget *
card_widget_of (GtkWidget *widget,
                GtkWidget *top)
{
  for (; widget != NULL && widget != top; widget = gtk_widget_get_parent (widget))
    if (RT_IS_CARD_WIDGET (widget))
      return widget;
  return NULL;
}

/* Columns */

/**
 * rt_board_get_columns:
 *
 * Returns: (transfer container) (element-type RtThemeColumn): the columns,
 *   from left to right, the inbox first
 */
GPtrArray *
rt_board_get_columns (RtBoard *self)
{
  GPtrArray *columns = g_ptr_array_new ();

  g_return_val_if_fail (RT_IS_BOARD (self), columns);

  for (GtkWidget *group = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      GtkWidget *box = gtk_widget_get_last_child (group);

      if (!gtk_widget_has_css_class (group, "label-group"))
        continue;

      for (GtkWidget *column = gtk_widget_get_first_child (box);
           column != NULL;
           column = gtk_widget_get_next_sibling (column))
        if (RT_IS_THEME_COLUMN (column))
          g_ptr_array_add (columns, column);
    }

  return columns;
}

/**
 * rt_board_get_column:
 * @theme_id: a theme, or 0 for the inbox
 *
 * Returns: (transfer none) (nullable): the column of @theme_id
 */
GtkWidget *
rt_board_get_column (RtBoard *self,
                     gint64   theme_id)
{
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);

  for (guint i = 0; i < columns->len; i++)
    {
      RtTheme *theme = rt_theme_column_get_theme (columns->pdata[i]);

      if ((theme ? rt_theme_get_id (theme) : 0) == theme_id)
        return columns->pdata[i];
    }

  return NULL;
}

static void
clear_columns (RtBoard *self)
{
  GtkWidget *child;

  /* Gone once the board is disposed. */
  if (self->columns_box == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))))
    gtk_box_remove (self->columns_box, child);
}

/* Takes the columns out of the board, by theme id (0 for the inbox), so
 * that a rebuild puts back the columns of themes that stay, their cards
 * and scroll positions as they are, and builds only those of new themes. */
static GHashTable *
take_columns (RtBoard *self)
{
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);
  GHashTable *kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < columns->len; i++)
    {
      GtkWidget *column = columns->pdata[i];
      RtTheme *theme = rt_theme_column_get_theme (RT_THEME_COLUMN (column));
      gint64 *id = g_new (gint64, 1);

      *id = theme != NULL ? rt_theme_get_id (theme) : 0;
      g_hash_table_replace (kept, id, g_object_ref (column));
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (column)), column);
    }

  return kept;
}

static void
column_card_activated (RtBoard *self,
                       RtCard  *card)
{
  g_signal_emit (self, signals[CARD_ACTIVATED], 0, card);
}

static void
column_selection_changed (RtBoard       *self,
                          RtThemeColumn *changed)
{
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (rt_theme_column_get_selection (changed));

  /* A plain click starts a new board selection. */
  if (!self->selecting && (self->last_state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK)) == 0 &&
      !gtk_bitset_is_empty (selected))
    {
      self->selecting = TRUE;
      columns = rt_board_get_columns (self);
      for (guint i = 0; i < columns->len; i++)
        if (columns->pdata[i] != changed)
          rt_theme_column_unselect_all (columns->pdata[i]);
      self->selecting = FALSE;
    }

  update_actions (self);
}

static void
column_context_menu (RtBoard       *self,
                     GtkWidget     *card,
                     double         x,
                     double         y,
                     RtThemeColumn *column)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (card, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu),
                               &(GdkRectangle) { point.x, point.y, gtk_widget_get_width (card), gtk_widget_get_height (card) });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* The column of @theme: the one @kept has for it if it is still the
 * theme's, otherwise a new one. Returns: (transfer full) */
static GtkWidget *
new_column (RtBoard    *self,
            GHashTable *kept,
            RtTheme    *theme)
{
  gint64 id = theme != NULL ? rt_theme_get_id (theme) : 0;
  GtkWidget *column = kept != NULL && !g_getenv ("NOKEEP") ? g_hash_table_lookup (kept, &id) : NULL;

  if (column != NULL && rt_theme_column_get_theme (RT_THEME_COLUMN (column)) == theme)
    {
      g_object_ref (column);
      g_hash_table_remove (kept, &id);
      return column;
    }

  column = g_object_ref_sink (rt_theme_column_new (self->committee, theme));

  rt_theme_column_set_search (RT_THEME_COLUMN (column), self->search);
  g_signal_connect_object (column, "card-activated", G_CALLBACK (column_card_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (column, "selection-changed", G_CALLBACK (column_selection_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (column, "context-menu", G_CALLBACK (column_context_menu), self, G_CONNECT_SWAPPED);

  return column;
}

/* What a label's menu button or an add button stands for. */
typedef struct
{
  RtBoard *board;      /* weak: the board owns the button */
  RtLabel *label;      /* the label menu's label */
  gint64   label_id;   /* the add button's: a label, 0, or -1 for a new label */
} ButtonTarget;

static ButtonTarget *
button_target_new (RtBoard *board,
                   RtLabel *label,
                   gint64   label_id)
{
  ButtonTarget *target = g_new0 (ButtonTarget, 1);

  target->board = board;
  target->label = label ? g_object_ref (label) : NULL;
  target->label_id = label_id;

  return target;
}

static void
button_target_free (gpointer data)
{
  ButtonTarget *target = data;

  g_clear_object (&target->label);
  g_free (target);
}

static void
create_label_menu (GtkMenuButton *button,
                   gpointer       user_data)
{
  ButtonTarget *target = user_data;

  gtk_menu_button_set_popover (button, rt_label_popover_new (target->board->committee, target->label));
}

static void
create_add_popover (GtkMenuButton *button,
                    gpointer       user_data)
{
  ButtonTarget *target = user_data;

  gtk_menu_button_set_popover (button, rt_add_popover_new (target->board->committee, target->label_id));
}

/* A button that asks for the name of a new theme of @label_id, or of a new
 * label for a @label_id of -1. */
static GtkWidget *
new_add_button (RtBoard    *self,
                gint64      label_id,
                const char *text,
                const char *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();

  if (text != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), text);
      adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
      gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
    }
  else
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "list-add-symbolic");

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_sensitive (button, !rt_committee_get_read_only (self->committee));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_add_popover,
                                         button_target_new (self, NULL, label_id), button_target_free);

  return button;
}

static GtkWidget *
new_group (RtBoard    *self,
           const char *title,
           RtLabel    *label,
           gint64      label_id,
           GtkWidget **columns)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *header = gtk_label_new (title);

  if (label != NULL)
    g_object_bind_property (label, "name", header, "label", G_BINDING_DEFAULT);

  gtk_widget_add_css_class (group, "label-group");
  gtk_widget_add_css_class (header, "label-header");
  gtk_widget_add_css_class (header_box, "label-header-box");
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (group),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (header_box), header);

  if (label != NULL)
    {
      GtkWidget *menu = gtk_menu_button_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
      gtk_widget_set_tooltip_text (menu, _("Label Menu"));
      gtk_widget_set_sensitive (menu, !rt_committee_get_read_only (self->committee));
      gtk_widget_add_css_class (menu, "flat");
      gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), create_label_menu,
                                             button_target_new (self, label, 0), button_target_free);
      gtk_box_append (GTK_BOX (header_box), menu);
    }

  if (label_id >= 0)
    gtk_box_append (GTK_BOX (header_box), new_add_button (self, label_id, NULL, _("Add Theme")));

  gtk_box_append (GTK_BOX (group), header_box);

  *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_set_homogeneous (GTK_BOX (*columns), TRUE);
  gtk_widget_set_halign (*columns, GTK_ALIGN_START);
  gtk_widget_set_vexpand (*columns, TRUE);
  gtk_box_append (GTK_BOX (group), *columns);

  return group;
}

static void
add_group (RtBoard    *self,
           GHashTable *kept,
           const char *title,
           RtLabel    *label,
           gint64      label_id)
{
  g_autoptr(GListModel) themes = rt_committee_list_themes (self->committee, label_id);
  guint n = g_list_model_get_n_items (themes);
  GtkWidget *columns;
  GtkWidget *group;

  /* A label without themes still shows, so that themes can be added to it. */
  if (n == 0 && label == NULL)
    return;

  group = new_group (self, title, label, label_id, &columns);
  g_hash_table_insert (self->groups, g_memdup2 (&label_id, sizeof label_id), columns);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

      GtkWidget *column = new_column (self, kept, theme);
      gint64 *id = g_new (gint64, 1);

      *id = rt_theme_get_id (theme);
      g_hash_table_insert (self->placed, id, GSIZE_TO_POINTER (rt_theme_get_label_id (theme)));

      gtk_box_append (GTK_BOX (columns), column);
      g_object_unref (column);
    }

  if (n == 0)
    {
      GtkWidget *empty = gtk_label_new (_("No themes yet"));

      gtk_widget_add_css_class (empty, "dim-label");
      gtk_widget_add_css_class (empty, "empty-group");
      gtk_widget_set_valign (empty, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (columns), empty);
      gtk_widget_set_hexpand (group, FALSE);
    }

  gtk_box_append (self->columns_box, group);
}

/* A committee with no opinions yet and no themes: what to do first. */
static GtkWidget *
new_empty_page (RtBoard *self)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button;

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "view-grid-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Opinions Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("Import the minutes of a meeting, or type opinions as they are said. "
                                     "Then sort them into themes: a theme needs no handout label."));
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_add_css_class (page, "board-empty");

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  button = gtk_button_new_with_mnemonic (_("_Import Minutes…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.import-minutes");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (box), button);
  button = gtk_button_new_with_mnemonic (_("_Capture Opinions"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.capture");
  gtk_widget_add_css_class (button, "pill");
  gtk_box_append (GTK_BOX (box), button);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), box);

  return page;
}

static gboolean
committee_is_empty (RtBoard *self)
{
  return g_list_model_get_n_items (self->cards) == 0 && g_list_model_get_n_items (self->themes) == 0;
}

static void
rebuild (RtBoard *self)
{
  g_autoptr(GArray) selected = rt_board_get_selected_cards (self);
  g_autoptr(GHashTable) kept = take_columns (self);
  GtkWidget *inbox_columns;
  GtkWidget *inbox;
  GtkWidget *add_label;
  GtkWidget *add_theme;
  GtkWidget *add_box;
  guint n_labels;

  g_debug ("Rebuilding the board, %u columns kept", g_hash_table_size (kept));
  clear_columns (self);
  g_hash_table_remove_all (self->placed);
  g_hash_table_remove_all (self->groups);
  self->rebuild_groups = FALSE;

  if (self->committee == NULL)
    return;

  gtk_box_append (self->columns_box, new_group (self, _("Unsorted"), NULL, -1, &inbox_columns));
  inbox = new_column (self, kept, NULL);
  gtk_box_append (GTK_BOX (inbox_columns), inbox);
  g_object_unref (inbox);
  gtk_widget_set_hexpand (gtk_widget_get_parent (inbox_columns), FALSE);

  n_labels = g_list_model_get_n_items (self->labels);
  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (self->labels, i);

      add_group (self, kept, rt_label_get_name (label), label, rt_label_get_id (label));
    }

  add_group (self, kept, _("No handout label"), NULL, 0);

  /* A theme needs no handout label: one can be given later. */
  add_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_valign (add_box, GTK_ALIGN_START);
  add_theme = new_add_button (self, 0, _("Add _Theme"), _("Add a Theme without a Handout Label"));
  gtk_widget_add_css_class (add_theme, "add-theme");
  gtk_widget_set_halign (add_theme, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (add_box), add_theme);
  add_label = new_add_button (self, -1, _("Add _Label"), _("Add a Handout Label"));
  gtk_widget_add_css_class (add_label, "add-label");
  gtk_widget_set_halign (add_label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (add_box), add_label);
  gtk_box_append (self->columns_box, add_box);

  self->shows_empty = committee_is_empty (self);
  if (self->shows_empty)
    gtk_box_append (self->columns_box, new_empty_page (self));

  if (selected->len > 0)
    rt_board_select_cards (self, selected);
  update_actions (self);
}

/* Whether the groups the board shows are those it would build: the same
 * labels, each with themes or still empty, and the group of themes without
 * a label there only while it has some. */
static gboolean
groups_fit (RtBoard *self)
{
  guint n_labels = g_list_model_get_n_items (self->labels);

  if (self->rebuild_groups || committee_is_empty (self) != self->shows_empty)
    return FALSE;

  for (guint i = 0; i <= n_labels; i++)
    {
      g_autoptr(RtLabel) label = i < n_labels ? g_list_model_get_item (self->labels, i) : NULL;
      gint64 label_id = label != NULL ? rt_label_get_id (label) : 0;
      g_autoptr(GListModel) themes = rt_committee_list_themes (self->committee, label_id);
      GtkWidget *box = g_hash_table_lookup (self->groups, &label_id);
      GtkWidget *first = box != NULL ? gtk_widget_get_first_child (box) : NULL;
      gboolean has_themes = g_list_model_get_n_items (themes) > 0;

      if (box == NULL ? has_themes || label != NULL
                      : has_themes != (first != NULL && RT_IS_THEME_COLUMN (first)) || (label == NULL && !has_themes))
        return FALSE;
    }

  return TRUE;
}

/* Puts the columns of the themes as they are now in the groups the board
 * has: a new theme's column is built, a deleted theme's removed, a moved
 * one taken to its place; the others stay as they are, cards and scroll
 * position and all. */
static void
update_columns (RtBoard *self)
{
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  guint n_labels = g_list_model_get_n_items (self->labels);
  guint built = 0;

  for (guint i = 0; i < columns->len; i++)
    {
      RtTheme *theme = rt_theme_column_get_theme (columns->pdata[i]);
      gint64 id = theme != NULL ? rt_theme_get_id (theme) : 0;

      if (id != 0)
        g_hash_table_replace (kept, g_memdup2 (&id, sizeof id), g_object_ref (columns->pdata[i]));
    }

  g_hash_table_remove_all (self->placed);
  for (guint i = 0; i <= n_labels; i++)
    {
      g_autoptr(RtLabel) label = i < n_labels ? g_list_model_get_item (self->labels, i) : NULL;
      gint64 label_id = label != NULL ? rt_label_get_id (label) : 0;
      g_autoptr(GListModel) themes = rt_committee_list_themes (self->committee, label_id);
      GtkWidget *box = g_hash_table_lookup (self->groups, &label_id);
      GtkWidget *previous = NULL;

      for (guint j = 0; j < g_list_model_get_n_items (themes); j++)
        {
          g_autoptr(RtTheme) theme = g_list_model_get_item (themes, j);
          guint size = g_hash_table_size (kept);
          g_autoptr(GtkWidget) column = new_column (self, kept, theme);
          gint64 id = rt_theme_get_id (theme);

          built += g_hash_table_size (kept) == size ? 1 : 0;
          if (gtk_widget_get_parent (column) == box)
            gtk_box_reorder_child_after (GTK_BOX (box), column, previous);
          else
            {
              if (gtk_widget_get_parent (column) != NULL)
                gtk_box_remove (GTK_BOX (gtk_widget_get_parent (column)), column);
              gtk_box_insert_child_after (GTK_BOX (box), column, previous);
            }
          g_hash_table_insert (self->placed, g_memdup2 (&id, sizeof id), GSIZE_TO_POINTER (label_id));
          previous = column;
        }
    }

  /* What is left in kept are the columns of deleted themes. */
  {
    GHashTableIter iter;
    gpointer column;

    g_hash_table_iter_init (&iter, kept);
    while (g_hash_table_iter_next (&iter, NULL, &column))
      if (gtk_widget_get_parent (column) != NULL)
        gtk_box_remove (GTK_BOX (gtk_widget_get_parent (column)), column);
  }

  g_debug ("Updating the board's columns: %u built, %u removed", built, g_hash_table_size (kept));
  update_actions (self);
}

static gboolean
rebuild_idle (gpointer user_data)
{
  RtBoard *self = user_data;

  self->rebuild_source = 0;
  if (groups_fit (self))
    update_columns (self);
  else
    rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Several lists change in one transaction; update once after all of them. */
static void
queue_rebuild (RtBoard *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle, self, NULL);
}

static void
labels_changed (RtBoard *self)
{
  self->rebuild_groups = TRUE;
  queue_rebuild (self);
}

/* A theme given another label keeps its place in the list of all themes
 * when it moves across the edge of its label's group: its column moves. */
static void
theme_changed (RtBoard *self,
               RtTheme *theme)
{
  gint64 id = rt_theme_get_id (theme);
  gpointer label_id;

  if (g_hash_table_lookup_extended (self->placed, &id, NULL, &label_id) &&
      GPOINTER_TO_SIZE (label_id) != (gsize)rt_theme_get_label_id (theme))
    queue_rebuild (self);
}

/* The columns follow the cards themselves; only the first card of an empty
 * committee, or the last one gone, changes the board around them. */
static void
cards_changed (RtBoard *self)
{
  if (committee_is_empty (self) != self->shows_empty)
    queue_rebuild (self);
}

/* The board selection */

/**
 * rt_board_get_selected_cards:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the selected
 *   cards, column by column from the left, in column order
 */
GArray *
rt_board_get_selected_cards (RtBoard *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) columns = NULL;

  g_return_val_if_fail (RT_IS_BOARD (self), ids);

  columns = rt_board_get_columns (self);
  for (guint i = 0; i < columns->len; i++)
    rt_theme_column_add_selected (columns->pdata[i], ids);

  return ids;
}

/**
 * rt_board_select_cards:
 * @ids: (element-type gint64): the cards to select
 *
 * Makes @ids the board selection and scrolls to them.
 */
void
rt_board_select_cards (RtBoard *self,
                       GArray  *ids)
{
  g_autoptr(GPtrArray) columns = NULL;

  g_return_if_fail (RT_IS_BOARD (self));
  g_return_if_fail (ids != NULL);

  self->selecting = TRUE;
  columns = rt_board_get_columns (self);
  for (guint i = 0; i < columns->len; i++)
    if (!rt_theme_column_select_cards (columns->pdata[i], ids))
      rt_theme_column_unselect_all (columns->pdata[i]);
  self->selecting = FALSE;

  update_actions (self);
}

static void
update_actions (RtBoard *self)
{
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);
  gboolean any = writable && ids->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.edit", ids->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-to-theme", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-left", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-right", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-up", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.move-down", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.delete", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.merge", writable && ids->len > 1);
}

/* Toasts */



/* Actions on the selection */

/* The card widget of @card_id under @widget, if it is shown. */
static GtkWidget *
find_card_widget (GtkWidget *widget,
                  gint64     card_id)
{
  if (RT_IS_CARD_WIDGET (widget))
    {
      RtCard *card = rt_card_widget_get_card (RT_CARD_WIDGET (widget));

      return card != NULL && rt_card_get_id (card) == card_id ? widget : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_card_widget (child, card_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * rt_board_get_focus_card:
 *
 * Returns: the card that has the keyboard focus, or 0
 */
gint64
rt_board_get_focus_card (RtBoard *self)
{
  GtkRoot *root;
  GtkWidget *focus, *card;
  RtCard *data;

  g_return_val_if_fail (RT_IS_BOARD (self), 0);

  if ((root = gtk_widget_get_root (GTK_WIDGET (self))) == NULL ||
      (focus = gtk_root_get_focus (root)) == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return 0;
  if ((card = card_widget_of (gtk_widget_get_first_child (focus), focus)) == NULL &&
      (card = card_widget_of (focus, GTK_WIDGET (self))) == NULL)
    return 0;
  data = rt_card_widget_get_card (RT_CARD_WIDGET (card));

  return data != NULL ? rt_card_get_id (data) : 0;
}

/**
 * rt_board_focus_card:
 *
 * Gives the keyboard focus to the card @card_id, if the board shows it.
 *
 * Returns: whether it has the focus
 */
gboolean
rt_board_focus_card (RtBoard *self,
                     gint64   card_id)
{
  GtkWidget *card;

  g_return_val_if_fail (RT_IS_BOARD (self), FALSE);

  if (card_id == 0 || (card = find_card_widget (GTK_WIDGET (self), card_id)) == NULL)
    return FALSE;
  return gtk_widget_grab_focus (gtk_widget_get_parent (card));
}

static gboolean
focus_selection_idle (gpointer data)
{
  RtBoard *self = data;
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  GtkWidget *card;

  self->focus_source = 0;
  if (ids->len > 0 && (card = find_card_widget (GTK_WIDGET (self), g_array_index (ids, gint64, 0))) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (card));

  return G_SOURCE_REMOVE;
}

/* The keyboard focus follows the cards moved, onto the first of them, once
 * its new column has made its widget: otherwise it would stay where the
 * card was, on another card than the selection, and the next Alt+→ would
 * move that one. */
static gboolean
has_focus (RtBoard *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
focus_selection (RtBoard *self)
{
  if (self->focus_source == 0)
    self->focus_source = g_idle_add (focus_selection_idle, self);
}

static gboolean
move_selection (RtBoard *self,
                GArray  *ids,
                gint64   theme_id,
                int      position)
{
  g_autoptr(GError) error = NULL;
  gboolean focused = has_focus (self);

  if (!rt_committee_move_cards (self->committee, (const gint64 *)ids->data, ids->len, theme_id, position, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return FALSE;
    }

  rt_board_select_cards (self, ids);
  if (focused)
    focus_selection (self);

  return TRUE;
}

/* The column of the first selected card and its index in it. */
static guint
first_selected (RtBoard   *self,
                GPtrArray *columns,
                guint     *index)
{
  for (guint i = 0; i < columns->len; i++)
    {
      GtkSelectionModel *selection = rt_theme_column_get_selection (columns->pdata[i]);
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);

      if (!gtk_bitset_is_empty (selected))
        {
          g_autoptr(RtCard) card = g_list_model_get_item (G_LIST_MODEL (selection), gtk_bitset_get_minimum (selected));
          GListModel *cards = rt_theme_column_get_cards (columns->pdata[i]);
          guint n = g_list_model_get_n_items (cards);

          *index = 0;
          for (guint j = 0; j < n; j++)
            {
              g_autoptr(RtCard) other = g_list_model_get_item (cards, j);

              if (other == card)
                *index = j;
            }

          return i;
        }
    }

  return G_MAXUINT;
}

static gint64
column_theme_id (RtThemeColumn *column)
{
  RtTheme *theme = rt_theme_column_get_theme (column);

  return theme ? rt_theme_get_id (theme) : 0;
}

static void
move_sideways_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  int direction = g_str_equal (action_name, "board.move-left") ? -1 : 1;
  guint index, column;

  if (ids->len == 0 || (column = first_selected (self, columns, &index)) == G_MAXUINT)
    return;

  if ((int)column + direction < 0 || column + direction >= columns->len)
    return;

  move_selection (self, ids, column_theme_id (columns->pdata[column + direction]), index);
}

static void
move_vertically_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  g_autoptr(GHashTable) moving = g_hash_table_new (g_int64_hash, g_int64_equal);
  int direction = g_str_equal (action_name, "board.move-up") ? -1 : 1;
  GListModel *cards;
  guint index, column, n, staying = 0, before = 0;

  if (ids->len == 0 || (column = first_selected (self, columns, &index)) == G_MAXUINT)
    return;

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (moving, &g_array_index (ids, gint64, i));

  /* Positions count the cards that stay in the column. */
  cards = rt_theme_column_get_cards (columns->pdata[column]);
  n = g_list_model_get_n_items (cards);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      gint64 id = rt_card_get_id (card);

      if (!g_hash_table_contains (moving, &id))
        {
          staying++;
          if (i < index)
            before++;
        }
    }

  if ((direction < 0 && before == 0) || (direction > 0 && before >= staying))
    return;

  move_selection (self, ids, column_theme_id (columns->pdata[column]), before + direction);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (ids->len == 0)
    return;

  if (!rt_committee_delete_cards (self->committee, (const gint64 *)ids->data, ids->len, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (ngettext ("Deleted %u card", "Deleted %u cards", ids->len), ids->len);
  rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (ids->len < 2)
    return;

  if (!rt_committee_merge_cards (self->committee, (const gint64 *)ids->data, ids->len, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (ngettext ("Merged %u card", "Merged %u cards", ids->len), ids->len);
  rt_feedback_toast_undo (GTK_WIDGET (self), message);

  /* The merged card keeps the first card's id. */
  g_array_set_size (ids, 1);
  rt_board_select_cards (self, ids);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  RtCard *card;

  if (ids->len > 0 &&
      (card = rt_committee_lookup (self->committee, RT_KIND_CARD, g_array_index (ids, gint64, 0))) != NULL)
    g_signal_emit (self, signals[CARD_ACTIVATED], 0, card);
}

/* "Move to theme": a list of the columns, filtered as one types. The list
 * box is bound to a store of the columns, so a row's column is the item at
 * its index; the popover's state lives in one MovePopover, freed with it. */

typedef struct
{
  RtBoard    *board;     /* weak: the board owns the popover */
  GtkPopover *popover;
  GtkListBox *list;
  GtkEditable *entry;
  GtkFilter  *filter;
  GListModel *shown;     /* RtThemeColumn, filtered by the entry */
} MovePopover;

static void
move_popover_free (gpointer  data,
                   GClosure *closure)
{
  MovePopover *move = data;

  g_clear_object (&move->shown);
  g_free (move);
}

static const char *
column_name (RtThemeColumn *column)
{
  RtTheme *theme = rt_theme_column_get_theme (column);

  return theme ? rt_theme_get_name (theme) : _("New opinions");
}

static GtkWidget *
create_move_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *label = gtk_label_new (column_name (item));

  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

static gboolean
filter_column (gpointer item,
               gpointer user_data)
{
  MovePopover *move = user_data;
  g_autofree char *query = g_utf8_casefold (gtk_editable_get_text (move->entry), -1);
  g_autofree char *folded = g_utf8_casefold (column_name (item), -1);

  return strstr (folded, query) != NULL;
}

static void
move_to_row (MovePopover   *move,
             GtkListBoxRow *row)
{
  RtBoard *self = move->board;
  g_autoptr(GArray) ids = rt_board_get_selected_cards (self);
  g_autoptr(RtThemeColumn) column = g_list_model_get_item (move->shown, gtk_list_box_row_get_index (row));
  RtTheme *theme = rt_theme_column_get_theme (column);

  gtk_popover_popdown (move->popover);
  if (ids->len > 0)
    move_selection (self, ids, theme ? rt_theme_get_id (theme) : 0, -1);
}

static void
move_entry_changed (MovePopover *move)
{
  gtk_filter_changed (move->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Enter moves to the first theme shown, filtered by what is typed now: the
 * search entry tells of a change only after a pause. */
static void
move_entry_activate (MovePopover *move)
{
  GtkListBoxRow *first;

  move_entry_changed (move);
  first = gtk_list_box_get_row_at_index (move->list, 0);

  if (first != NULL)
    move_to_row (move, first);
}

static gboolean
unparent_idle (gpointer data)
{
  gtk_widget_unparent (data);
  g_object_unref (data);

  return G_SOURCE_REMOVE;
}

/* Not at once: the popover may be closing from one of its own rows. */
static void
popover_closed (GtkPopover *popover)
{
  g_idle_add (unparent_idle, g_object_ref (popover));
}

/**
 * rt_board_new_move_popover:
 *
 * Returns: (transfer none): a popover, parented to the board, that moves
 *   the selected cards to the theme chosen; the board drops it when closed
 */
GtkWidget *
rt_board_new_move_popover (RtBoard *self)
{
  g_autoptr(GPtrArray) columns = rt_board_get_columns (self);
  MovePopover *move = g_new0 (MovePopover, 1);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_search_entry_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  move->board = self;
  move->popover = GTK_POPOVER (popover);
  move->list = GTK_LIST_BOX (list);
  move->entry = GTK_EDITABLE (entry);
  {
    GListStore *store = g_list_store_new (RT_TYPE_THEME_COLUMN);

    g_list_store_splice (store, 0, 0, columns->pdata, columns->len);
    move->filter = GTK_FILTER (gtk_custom_filter_new (filter_column, move, NULL));
    move->shown = G_LIST_MODEL (gtk_filter_list_model_new (G_LIST_MODEL (store), move->filter));
  }

  g_object_set (entry, "placeholder-text", _("Move to theme…"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move to theme"), -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), move->shown, create_move_row, NULL, NULL);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "navigation-sidebar");

  g_signal_connect_data (list, "row-activated", G_CALLBACK (move_to_row), move, move_popover_free,
                         G_CONNECT_SWAPPED);
  g_signal_connect_swapped (entry, "search-changed", G_CALLBACK (move_entry_changed), move);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (move_entry_activate), move);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), entry);
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  g_signal_connect (popover, "closed", G_CALLBACK (popover_closed), NULL);

  return popover;
}

static void
move_to_theme_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RtBoard *self = RT_BOARD (widget);
  GtkWidget *popover = rt_board_new_move_popover (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  graphene_rect_t bounds;

  /* Point at the focused card, if the focus is on the board. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget) &&
      gtk_widget_compute_bounds (focus, widget, &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });

  gtk_popover_popup (GTK_POPOVER (popover));
}

/* Search */

/**
 * rt_board_set_search:
 * @search: (nullable): a search over the committee's cards
 *
 * Shows only the cards @search finds, their matches highlighted; %NULL
 * shows every card.
 */
void
rt_board_set_search (RtBoard       *self,
                     RtSearchModel *search)
{
  g_autoptr(GPtrArray) columns = NULL;

  g_return_if_fail (RT_IS_BOARD (self));
  g_return_if_fail (search == NULL || RT_IS_SEARCH_MODEL (search));

  if (!g_set_object (&self->search, search))
    return;

  columns = rt_board_get_columns (self);
  for (guint i = 0; i < columns->len; i++)
    rt_theme_column_set_search (columns->pdata[i], search);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

RtSearchModel *
rt_board_get_search (RtBoard *self)
{
  g_return_val_if_fail (RT_IS_BOARD (self), NULL);

  return self->search;
}

/* The committee */

static void
disconnect_committee (RtBoard *self)
{
  if (self->labels != NULL)
    g_signal_handlers_disconnect_by_func (self->labels, labels_changed, self);
  if (self->themes != NULL)
    g_signal_handlers_disconnect_by_func (self->themes, queue_rebuild, self);
  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_func (self->cards, cards_changed, self);
  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_func (self->committee, theme_changed, self);
  g_clear_object (&self->labels);
  g_clear_object (&self->themes);
  g_clear_object (&self->cards);
  g_clear_object (&self->committee);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->focus_source, g_source_remove);
  /* No column of one committee is kept for another. */
  clear_columns (self);
}

void
rt_board_set_committee (RtBoard     *self,
                        RtCommittee *committee)
{
  g_return_if_fail (RT_IS_BOARD (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  /* A search belongs to one committee. */
  if (self->search != NULL && rt_search_model_get_committee (self->search) != committee)
    rt_board_set_search (self, NULL);

  disconnect_committee (self);

  if (committee != NULL)
    {
      self->committee = g_object_ref (committee);
      self->labels = g_object_ref (rt_committee_get_labels (committee));
      self->themes = g_object_ref (rt_committee_get_themes (committee));
      g_signal_connect_swapped (self->labels, "items-changed", G_CALLBACK (labels_changed), self);
      g_signal_connect_swapped (self->themes, "items-changed", G_CALLBACK (queue_rebuild), self);
      self->cards = g_object_ref (rt_committee_get_cards (committee));
      g_signal_connect_swapped (self->cards, "items-changed", G_CALLBACK (cards_changed), self);
      g_signal_connect_swapped (committee, "item-changed::theme", G_CALLBACK (theme_changed), self);
    }

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTEE]);
}

RtCommittee *
rt_board_get_committee (RtBoard *self)
{
  g_return_val_if_fail (RT_IS_BOARD (self), NULL);

  return self->committee;
}

/**
 * rt_board_get_n_columns:
 *
 * Returns: the number of columns shown, the inbox included
 */
guint
rt_board_get_n_columns (RtBoard *self)
{
  g_autoptr(GPtrArray) columns = NULL;

  g_return_val_if_fail (RT_IS_BOARD (self), 0);

  columns = rt_board_get_columns (self);

  return columns->len;
}

/* Records the modifiers of the last click or key press anywhere on the board,
 * so that a column can tell a plain click from Ctrl+click. A card clicked
 * takes the keyboard focus too: the arrow keys go on from there. */
static void
record_click_state (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    RtBoard         *self)
{
  GtkWidget *card = card_widget_of (gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT), GTK_WIDGET (self));

  self->last_state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  if (card != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (card));
}

static void
collect_cards (GtkWidget *widget,
               GPtrArray *cards)
{
  if (RT_IS_CARD_WIDGET (widget))
    {
      if (gtk_widget_get_mapped (widget))
        g_ptr_array_add (cards, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_cards (child, cards);
}

/* ← and → take the focus from a card to the nearest card, at the same
 * height, of the next column that shows any; ↑ and ↓ stay the list's own. */
static gboolean
focus_next_column (RtBoard *self,
                   int      direction)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *card = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self))
                    ? card_widget_of (gtk_widget_get_first_child (focus), focus) : NULL;
  g_autoptr(GPtrArray) columns = NULL;
  graphene_rect_t from;
  int at = -1;

  if (card == NULL)
    card = focus != NULL ? card_widget_of (focus, GTK_WIDGET (self)) : NULL;
  if (card == NULL || !gtk_widget_compute_bounds (card, GTK_WIDGET (self), &from))
    return FALSE;

  columns = rt_board_get_columns (self);
  for (guint i = 0; i < columns->len && at < 0; i++)
    if (gtk_widget_is_ancestor (card, columns->pdata[i]))
      at = i;
  if (at < 0)
    return FALSE;

  for (int i = at + direction; i >= 0 && i < (int)columns->len; i += direction)
    {
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      GtkWidget *best = NULL;
      double best_distance = G_MAXDOUBLE;

      collect_cards (columns->pdata[i], cards);
      for (guint j = 0; j < cards->len; j++)
        {
          graphene_rect_t to;
          double distance;

          if (!gtk_widget_compute_bounds (cards->pdata[j], GTK_WIDGET (self), &to))
            continue;
          distance = fabs ((to.origin.y + to.size.height / 2) - (from.origin.y + from.size.height / 2));
          if (distance < best_distance)
            (best = cards->pdata[j], best_distance = distance);
        }
      if (best != NULL)
        return gtk_widget_grab_focus (gtk_widget_get_parent (best));
    }

  return FALSE;
}

static gboolean
record_key_state (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  RtBoard               *self)
{
  self->last_state = state;

  if ((state & gtk_accelerator_get_default_mod_mask ()) == 0 &&
      (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right))
    return focus_next_column (self, keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ? -1 : 1);

  return FALSE;
}

static void
rt_board_dispose (GObject *object)
{
  RtBoard *self = (RtBoard *)object;
  GtkWidget *child;

  disconnect_committee (self);
  g_clear_object (&self->search);
  g_clear_pointer (&self->placed, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_BOARD);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rt_board_parent_class)->dispose (object);
}

static void
rt_board_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RtBoard *self = RT_BOARD (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    case PROP_SEARCH:
      g_value_set_object (value, self->search);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_board_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RtBoard *self = RT_BOARD (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      rt_board_set_committee (self, g_value_get_object (value));
      break;

    case PROP_SEARCH:
      rt_board_set_search (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_board_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      {
        int child_min, child_nat;

        gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
        *minimum = MAX (*minimum, child_min);
        *natural = MAX (*natural, child_nat);
      }
}

/* Like GtkBinLayout, and the popovers parented to the board (the context
 * menu, "Move to theme") are placed too. */
static void
rt_board_size_allocate (GtkWidget *widget,
                        int        width,
                        int        height,
                        int        baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
    else if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
rt_board_class_init (RtBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_board_dispose;
  object_class->get_property = rt_board_get_property;
  object_class->set_property = rt_board_set_property;
  widget_class->measure = rt_board_measure;
  widget_class->size_allocate = rt_board_size_allocate;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCH] =
    g_param_spec_object ("search", NULL, NULL,
                         RT_TYPE_SEARCH_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RtBoard::card-activated:
   * @card: the card double-clicked, or activated with Enter
   */
  signals[CARD_ACTIVATED] =
    g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, RT_TYPE_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-board.ui");
  gtk_widget_class_bind_template_child (widget_class, RtBoard, columns_box);
  gtk_widget_class_set_css_name (widget_class, "board");

  gtk_widget_class_install_action (widget_class, "board.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "board.move-to-theme", NULL, move_to_theme_action);
  gtk_widget_class_install_action (widget_class, "board.move-left", NULL, move_sideways_action);
  gtk_widget_class_install_action (widget_class, "board.move-right", NULL, move_sideways_action);
  gtk_widget_class_install_action (widget_class, "board.move-up", NULL, move_vertically_action);
  gtk_widget_class_install_action (widget_class, "board.move-down", NULL, move_vertically_action);
  gtk_widget_class_install_action (widget_class, "board.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "board.merge", NULL, merge_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "board.move-to-theme", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "board.move-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "board.move-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "board.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "board.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "board.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "board.merge", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "board.edit", NULL);
}

static void
rt_board_init (RtBoard *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->placed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_menu_append (menu, _("_Edit"), "board.edit");
  g_menu_append (menu, _("_Move to Theme…"), "board.move-to-theme");
  g_menu_append (menu, _("M_erge"), "board.merge");
  g_menu_append (menu, _("_Delete"), "board.delete");
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (record_click_state), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (record_key_state), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_actions (self);
}
