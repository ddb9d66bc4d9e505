/* rt-theme-popover.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-theme-popover"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-board.h"
#include "rt-color.h"
#include "rt-committee.h"
#include "rt-theme-popover.h"

/* The menus of the board's headers: a theme column's (rename, recolour,
 * move, delete) and a label group's (rename, move, delete, add a theme), and
 * the small "name it" popover that adds a theme or a label. They are built
 * when first opened, so that a board of many columns opens fast. Every
 * button is one committee edit, hence one undo step. */

typedef struct
{
  RtCommittee *committee;
  RtTheme     *theme;
  RtLabel     *label;
  gint64       label_id;
  GtkEntry    *entry;
  GtkWidget   *popover;     /* not owned: the menu lives as long as it */
} Menu;

static void
menu_free (gpointer data)
{
  Menu *menu = data;

  g_clear_object (&menu->committee);
  g_clear_object (&menu->theme);
  g_clear_object (&menu->label);
  g_free (menu);
}

static void
menu_finalized (gpointer  data,
                GObject  *where_the_popover_was)
{
  menu_free (data);
}

/* The window of the menu, taken before an edit: the column the menu belongs
 * to may be gone after it. */
static GtkWidget *
menu_window (Menu *menu)
{
  GtkRoot *root = gtk_widget_get_root (menu->popover);

  return root ? g_object_ref (GTK_WIDGET (root)) : NULL;
}

static void
finish (Menu         *menu,
        GtkWidget    *window,
        gboolean      ok,
        const GError *error,
        const char   *undo_message)
{
  if (window != NULL && !ok && error != NULL)
    rt_feedback_toast (window, error->message);
  else if (window != NULL && ok && undo_message != NULL)
    rt_feedback_toast_undo (window, undo_message);

  gtk_popover_popdown (GTK_POPOVER (menu->popover));
}

static GtkWidget *
new_button (const char *label,
            GCallback   callback,
            Menu       *data)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
  g_signal_connect (button, "clicked", callback, data);

  return button;
}

static GtkWidget *
new_popover (Menu       *menu,
             GtkWidget **box)
{
  GtkWidget *popover = gtk_popover_new ();

  menu->popover = popover;
  g_object_weak_ref (G_OBJECT (popover), menu_finalized, menu);
  *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (popover, "board-menu");
  gtk_popover_set_child (GTK_POPOVER (popover), *box);

  return popover;
}

static GtkWidget *
new_name_entry (Menu       *menu,
                const char *text,
                const char *placeholder,
                GCallback   activate)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_set_margin_bottom (entry, 4);
  g_signal_connect (entry, "activate", activate, menu);
  menu->entry = GTK_ENTRY (entry);

  return entry;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return copy[0] == '\0';
}

/* A theme column's menu */

static void
rename_theme (GtkWidget *widget,
              Menu      *menu)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (menu->entry));
  gboolean ok = TRUE;

  if (!is_blank (name) && g_strcmp0 (name, rt_theme_get_name (menu->theme)) != 0)
    ok = rt_committee_rename_theme (menu->committee, rt_theme_get_id (menu->theme), name, &error);

  finish (menu, window, ok, error, NULL);
}

/* One colour of the palette, given to its button's handler. */
typedef struct
{
  Menu *menu;
  char *color;
} Swatch;

static void
swatch_free (gpointer  data,
             GClosure *closure)
{
  Swatch *swatch = data;

  g_free (swatch->color);
  g_free (swatch);
}

static void
recolor_theme (Swatch *swatch)
{
  Menu *menu = swatch->menu;
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = rt_committee_set_theme_color (menu->committee, rt_theme_get_id (menu->theme), swatch->color, &error);
  finish (menu, window, ok, error, NULL);
}

/* Moves a theme one place left or right; past the end of its label group it
 * goes to the neighbouring group. */
gboolean
rt_theme_popover_move_theme (RtCommittee  *committee,
                             RtTheme      *theme,
                             int           direction,
                             GError      **error)
{
  g_autoptr(GListModel) siblings = NULL;
  GListModel *labels = rt_committee_get_labels (committee);
  gint64 label_id = rt_theme_get_label_id (theme);
  guint n, n_labels = g_list_model_get_n_items (labels);
  int index = -1, label_index = (int)n_labels;

  siblings = rt_committee_list_themes (committee, label_id);
  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) sibling = g_list_model_get_item (siblings, i);

      if (rt_theme_get_id (sibling) == rt_theme_get_id (theme))
        index = i;
    }

  if (index + direction >= 0 && index + direction < (int)n)
    return rt_committee_move_theme (committee, rt_theme_get_id (theme), label_id, index + direction, error);

  /* The themes without a label come after every label group. */
  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (labels, i);

      if (rt_label_get_id (label) == label_id)
        label_index = i;
    }

  label_index += direction;
  if (label_index < 0 || label_index > (int)n_labels)
    return TRUE;

  if (label_index == (int)n_labels)
    label_id = 0;
  else
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (labels, label_index);

      label_id = rt_label_get_id (label);
    }

  return rt_committee_move_theme (committee, rt_theme_get_id (theme), label_id,
                                  direction < 0 ? -1 : 0, error);
}

static void
move_theme (Menu *menu,
            int   direction)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = rt_theme_popover_move_theme (menu->committee, menu->theme, direction, &error);
  finish (menu, window, ok, error, NULL);
}

static void
move_theme_left (GtkWidget *button,
                 Menu      *menu)
{
  move_theme (menu, -1);
}

static void
move_theme_right (GtkWidget *button,
                  Menu      *menu)
{
  move_theme (menu, 1);
}

static void
delete_theme (GtkWidget *button,
              Menu      *menu)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  /* TRANSLATORS: a toast after deleting the theme %s; its cards go to the inbox */
  message = g_strdup_printf (_("Deleted theme “%s”"), rt_theme_get_name (menu->theme));
  ok = rt_committee_delete_theme (menu->committee, rt_theme_get_id (menu->theme), &error);
  finish (menu, window, ok, error, message);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  RtColor color;

  if (!rt_color_parse (data, &color))
    return;

  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, color.red, color.green, color.blue);
  cairo_fill (cr);
}

static GtkWidget *
new_palette (Menu *menu)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  for (guint i = 0; i < 8; i++)
    {
      RtColor color;
      g_autofree char *spec = NULL;
      GtkWidget *button = gtk_button_new ();
      GtkWidget *swatch = gtk_drawing_area_new ();
      g_autofree char *name = NULL;

      rt_color_for_index (i, &color);
      spec = rt_color_to_string (&color);
      /* TRANSLATORS: the accessible name of a colour button; %u is its number in the palette */
      name = g_strdup_printf (_("Colour %u"), i + 1);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 18);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 18);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, g_strdup (spec), g_free);

      gtk_button_set_child (GTK_BUTTON (button), swatch);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "color-swatch");
      if (g_ascii_strcasecmp (spec, rt_theme_get_color (menu->theme)) == 0)
        gtk_widget_add_css_class (button, "current");
      gtk_widget_set_tooltip_text (button, name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      {
        Swatch *data = g_new0 (Swatch, 1);

        data->menu = menu;
        data->color = g_steal_pointer (&spec);
        g_signal_connect_data (button, "clicked", G_CALLBACK (recolor_theme), data, swatch_free, G_CONNECT_SWAPPED);
      }
      gtk_box_append (GTK_BOX (box), button);
    }

  return box;
}

/**
 * rt_theme_popover_new:
 *
 * Returns: (transfer floating): the menu of @theme's column
 */
GtkWidget *
rt_theme_popover_new (RtCommittee *committee,
                      RtTheme     *theme)
{
  Menu *menu = g_new0 (Menu, 1);
  GtkWidget *popover, *box, *delete;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_THEME (theme), NULL);

  menu->committee = g_object_ref (committee);
  menu->theme = g_object_ref (theme);
  popover = new_popover (menu, &box);

  gtk_box_append (GTK_BOX (box), new_name_entry (menu, rt_theme_get_name (theme), _("Theme name"),
                                                 G_CALLBACK (rename_theme)));
  gtk_box_append (GTK_BOX (box), new_palette (menu));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), new_button (_("Move _Left"), G_CALLBACK (move_theme_left), menu));
  gtk_box_append (GTK_BOX (box), new_button (_("Move _Right"), G_CALLBACK (move_theme_right), menu));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  delete = new_button (_("_Delete Theme"), G_CALLBACK (delete_theme), menu);
  gtk_widget_add_css_class (delete, "error");
  gtk_box_append (GTK_BOX (box), delete);

  return popover;
}

/* A label group's menu */

static void
rename_label (GtkWidget *widget,
              Menu      *menu)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (menu->entry));
  gboolean ok = TRUE;

  if (!is_blank (name) && g_strcmp0 (name, rt_label_get_name (menu->label)) != 0)
    ok = rt_committee_rename_label (menu->committee, rt_label_get_id (menu->label), name, &error);

  finish (menu, window, ok, error, NULL);
}

static void
move_label (Menu *menu,
            int   direction)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  GListModel *labels = rt_committee_get_labels (menu->committee);
  guint n = g_list_model_get_n_items (labels);
  int index = 0, target;
  gboolean ok = TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (labels, i);

      if (rt_label_get_id (label) == rt_label_get_id (menu->label))
        index = i;
    }

  target = index + direction;
  if (target >= 0 && target < (int)n)
    ok = rt_committee_move_label (menu->committee, rt_label_get_id (menu->label), target, &error);

  finish (menu, window, ok, error, NULL);
}

static void
move_label_left (GtkWidget *button,
                 Menu      *menu)
{
  move_label (menu, -1);
}

static void
move_label_right (GtkWidget *button,
                  Menu      *menu)
{
  move_label (menu, 1);
}

static void
delete_label (GtkWidget *button,
              Menu      *menu)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  /* TRANSLATORS: a toast after deleting the handout label %s (資料1-1) */
  message = g_strdup_printf (_("Deleted label “%s”"), rt_label_get_name (menu->label));
  ok = rt_committee_delete_label (menu->committee, rt_label_get_id (menu->label), &error);
  finish (menu, window, ok, error, message);
}

/**
 * rt_label_popover_new:
 *
 * Returns: (transfer floating): the menu of @label's group
 */
GtkWidget *
rt_label_popover_new (RtCommittee *committee,
                      RtLabel     *label)
{
  Menu *menu = g_new0 (Menu, 1);
  GtkWidget *popover, *box, *delete;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_LABEL (label), NULL);

  menu->committee = g_object_ref (committee);
  menu->label = g_object_ref (label);
  popover = new_popover (menu, &box);

  gtk_box_append (GTK_BOX (box), new_name_entry (menu, rt_label_get_name (label), _("Handout label"),
                                                 G_CALLBACK (rename_label)));
  gtk_box_append (GTK_BOX (box), new_button (_("Move _Left"), G_CALLBACK (move_label_left), menu));
  gtk_box_append (GTK_BOX (box), new_button (_("Move _Right"), G_CALLBACK (move_label_right), menu));
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  delete = new_button (_("_Delete Label"), G_CALLBACK (delete_label), menu);
  gtk_widget_set_tooltip_text (delete, _("Its themes stay, without a handout label"));
  gtk_widget_add_css_class (delete, "error");
  gtk_box_append (GTK_BOX (box), delete);

  return popover;
}

/* Adding a theme or a label */

static void
add_named (GtkWidget *widget,
           Menu      *menu)
{
  g_autoptr(GtkWidget) window = menu_window (menu);
  g_autoptr(GError) error = NULL;
  const char *name = gtk_editable_get_text (GTK_EDITABLE (menu->entry));
  gboolean ok = TRUE;

  if (is_blank (name))
    return;

  if (menu->label_id >= 0)
    {
      GListModel *themes = rt_committee_get_themes (menu->committee);
      RtColor color;
      g_autofree char *spec = NULL;

      rt_color_for_index (g_list_model_get_n_items (themes), &color);
      spec = rt_color_to_string (&color);
      ok = rt_committee_add_theme (menu->committee, menu->label_id, name, spec, &error) > 0;
    }
  else
    ok = rt_committee_add_label (menu->committee, name, &error) > 0;

  gtk_editable_set_text (GTK_EDITABLE (menu->entry), "");
  finish (menu, window, ok, error, NULL);
}

/**
 * rt_add_popover_new:
 * @label_id: the label of a new theme (0: none), or -1 to add a label
 *
 * Returns: (transfer floating): a popover asking for the new name
 */
GtkWidget *
rt_add_popover_new (RtCommittee *committee,
                    gint64       label_id)
{
  Menu *menu = g_new0 (Menu, 1);
  GtkWidget *popover, *box, *row, *button;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  menu->committee = g_object_ref (committee);
  menu->label_id = label_id;
  popover = new_popover (menu, &box);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (row), new_name_entry (menu, "",
                                                 label_id >= 0 ? _("New theme name") : _("New handout label, e.g. 資料1-3"),
                                                 G_CALLBACK (add_named)));
  gtk_widget_set_margin_bottom (GTK_WIDGET (menu->entry), 0);
  gtk_editable_set_width_chars (GTK_EDITABLE (menu->entry), 22);
  button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (add_named), menu);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (box), row);

  return popover;
}
