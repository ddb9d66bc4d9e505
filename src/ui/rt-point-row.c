/* rt-point-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-point-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-feedback.h"
#include "rt-direction-item.h"
#include "rt-direction-popover.h"
#include "rt-link-popover.h"
#include "rt-point-editor.h"
#include "rt-point-row.h"

/* One row of the point table, as in 資料2: the number, the national point
 * and its question, the local proposals, the themes and opinions linked to
 * it with their speakers, the committee's directions and the status. Cards
 * and themes dropped on it are linked to the point. */
struct _RtPointRow
{
  GtkWidget    parent_instance;

  RtCommittee *committee;
  RtPoint     *point;
  guint        refresh_id;
  gboolean     refresh_pending;  /* until the link popover closes */
  GHashTable  *shown_cards;    /* ids of the cards the row shows */
  GHashTable  *shown_themes;   /* ids of the themes it shows */
  gboolean     syncing;

  GtkLabel    *number_label;
  GtkLabel    *title_label;
  GtkLabel    *question_label;
  GtkLabel    *note_label;
  GtkBox      *proposals_box;
  GtkBox      *links_box;
  GtkLabel    *speakers_label;
  GtkMenuButton *link_button;
  GtkBox      *directions_box;
  GtkMenuButton *direction_button;
  GtkDropDown *status_dropdown;
};

G_DEFINE_FINAL_TYPE (RtPointRow, rt_point_row, GTK_TYPE_WIDGET)

/* How many opinions of one theme a row shows before "and N more". */
#define MAX_OPINIONS_PER_THEME 4


static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/* Linking opinions */

static void link_popover_closed (RtPointRow *self);

static void
create_link_popover (GtkMenuButton *button,
                     gpointer       data)
{
  RtPointRow *self = data;
  GtkWidget *popover;

  if (self->committee == NULL)
    return;

  popover = rt_link_popover_new (self->committee, self->point);
  g_signal_connect_object (popover, "closed", G_CALLBACK (link_popover_closed), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, popover);
}

/* Dropping cards and themes */

static gboolean
drop_value (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            RtPointRow    *self)
{
  g_autoptr(GError) error = NULL;
  GObject *object;
  gboolean ok;

  if (self->committee == NULL || rt_committee_get_read_only (self->committee) ||
      !G_VALUE_HOLDS_OBJECT (value) || !(object = g_value_get_object (value)))
    return FALSE;

  if (RT_IS_CARD (object))
    ok = rt_committee_link_card_point (self->committee, rt_card_get_id (RT_CARD (object)),
                                       rt_point_get_id (self->point), &error);
  else if (RT_IS_THEME (object))
    ok = rt_committee_link_theme_point (self->committee, rt_theme_get_id (RT_THEME (object)),
                                        rt_point_get_id (self->point), &error);
  else
    return FALSE;

  if (!ok)
    rt_feedback_toast (GTK_WIDGET (self), error->message);

  return ok;
}

/* Showing the row */

static void
add_opinions (RtPointRow             *self,
              const RtPointTableRow  *row)
{
  guint i = 0;

  if (row->opinions->len == 0 && row->themes->len == 0)
    {
      GtkWidget *empty = new_label (_("No opinions linked yet"), "dim-label");

      gtk_widget_add_css_class (empty, "point-empty");
      gtk_box_append (self->links_box, empty);
      return;
    }

  /* Linked themes with no cards still show. */
  for (guint t = 0; t < row->themes->len; t++)
    {
      RtPointTheme *theme = g_ptr_array_index (row->themes, t);
      gboolean has_cards = FALSE;

      for (guint j = 0; j < row->opinions->len && !has_cards; j++)
        has_cards = ((RtPointOpinion *)g_ptr_array_index (row->opinions, j))->theme_id == theme->theme_id;
      if (!has_cards)
        gtk_box_append (self->links_box, new_label (theme->name, "theme-tag"));
    }

  while (i < row->opinions->len)
    {
      RtPointOpinion *first = g_ptr_array_index (row->opinions, i);
      GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *header = new_label (first->theme_id != 0 ? first->theme_name : _("Unsorted"), "theme-tag");
      guint shown = 0, n = 0;

      gtk_widget_add_css_class (group, "opinion-group");
      if (first->via_theme)
        {
          gtk_widget_add_css_class (header, "linked-theme");
          gtk_widget_set_tooltip_text (header, _("The whole theme is linked to this point"));
        }
      gtk_widget_set_halign (header, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (group), header);

      for (; i < row->opinions->len; i++)
        {
          RtPointOpinion *opinion = g_ptr_array_index (row->opinions, i);
          g_autofree char *text = NULL;
          GtkWidget *label;

          if (opinion->theme_id != first->theme_id)
            break;
          n++;
          if (shown >= MAX_OPINIONS_PER_THEME)
            continue;

          if (opinion->speaker[0] != '\0')
            /* TRANSLATORS: an opinion and its speaker, as in 資料1: 〜と考えている。（降旗委員） */
            text = g_strdup_printf (_("%s (%s)"), opinion->text, opinion->speaker);
          else
            text = g_strdup (opinion->text);
          label = new_label (text, "opinion");
          gtk_label_set_lines (GTK_LABEL (label), 2);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_widget_set_tooltip_text (label, text);
          gtk_box_append (GTK_BOX (group), label);
          shown++;
        }

      if (n > shown)
        {
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more opinion",
                                                                "and %u more opinions", n - shown), n - shown);
          GtkWidget *label = new_label (more, "caption");

          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (group), label);
        }

      gtk_box_append (self->links_box, group);
    }
}

void
rt_point_row_refresh (RtPointRow *self)
{
  g_autoptr(RtPointTableRow) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;

  g_return_if_fail (RT_IS_POINT_ROW (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->committee == NULL || self->point == NULL)
    return;

  if (!(row = rt_committee_get_point_row (self->committee, rt_point_get_id (self->point), &error)))
    {
      /* The point was deleted: the list will drop this row. */
      g_debug ("%s", error->message);
      return;
    }

  /* TRANSLATORS: a discussion point by its number: 論点3 */
  number = g_strdup_printf (_("Point %d"), row->number);
  gtk_label_set_label (self->number_label, number);
  gtk_label_set_label (self->title_label, row->title);
  gtk_label_set_label (self->question_label, row->question);
  gtk_widget_set_visible (GTK_WIDGET (self->question_label), row->question[0] != '\0');
  gtk_label_set_label (self->note_label, row->note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), row->note[0] != '\0');

  clear_box (self->proposals_box);
  for (guint i = 0; i < row->proposals->len; i++)
    {
      RtPointText *proposal = g_ptr_array_index (row->proposals, i);
      g_autofree char *text = g_strdup_printf ("・%s", proposal->text);

      gtk_box_append (self->proposals_box, new_label (text, "proposal"));
    }
  if (row->proposals->len == 0)
    gtk_box_append (self->proposals_box, new_label (_("No proposals"), "point-empty"));

  clear_box (self->links_box);
  add_opinions (self, row);
  g_hash_table_remove_all (self->shown_cards);
  g_hash_table_remove_all (self->shown_themes);
  for (guint i = 0; i < row->opinions->len; i++)
    {
      RtPointOpinion *opinion = g_ptr_array_index (row->opinions, i);

      g_hash_table_add (self->shown_cards, g_memdup2 (&opinion->card_id, sizeof (gint64)));
    }
  for (guint i = 0; i < row->themes->len; i++)
    {
      RtPointTheme *theme = g_ptr_array_index (row->themes, i);

      g_hash_table_add (self->shown_themes, g_memdup2 (&theme->theme_id, sizeof (gint64)));
    }
  if (row->speakers->len > 0)
    {
      g_autofree char *names = NULL;
      g_autofree char *text = NULL;

      g_ptr_array_add (row->speakers, NULL);
      /* TRANSLATORS: the separator of the speakers of a point: 、 */
      names = g_strjoinv (_(", "), (char **)row->speakers->pdata);
      text = g_strdup_printf (_("Speakers: %s"), names);
      gtk_label_set_label (self->speakers_label, text);
      g_ptr_array_remove_index (row->speakers, row->speakers->len - 1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->speakers_label), row->speakers->len > 0);

  clear_box (self->directions_box);
  for (guint i = 0; i < row->directions->len; i++)
    gtk_box_append (self->directions_box,
                    rt_direction_item_new (self->committee, rt_point_get_id (self->point),
                                           g_ptr_array_index (row->directions, i)));
  if (row->directions->len == 0)
    gtk_box_append (self->directions_box, new_label (_("No direction yet"), "point-empty"));
  gtk_menu_button_set_popover (self->direction_button,
                               rt_direction_popover_new (self->committee, rt_point_get_id (self->point), NULL));

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, row->status);
  self->syncing = FALSE;

  gtk_widget_remove_css_class (GTK_WIDGET (self), "status-undiscussed");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "status-discussing");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "status-converged");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "status-parallel");
  {
    g_autofree char *css = g_strdup_printf ("status-%s", rt_enum_to_nick (RT_TYPE_POINT_STATUS, row->status));

    gtk_widget_add_css_class (GTK_WIDGET (self), css);
  }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, number,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, row->title,
                                  -1);
}

static gboolean
refresh_idle (gpointer data)
{
  RtPointRow *self = data;
  GtkPopover *links = gtk_menu_button_get_popover (self->link_button);

  self->refresh_id = 0;

  /* The row grows with each opinion linked, and would carry the open
   * popover down under the pointer: the next click would tick another
   * opinion than the one aimed at. The row catches up when it closes. */
  if (links != NULL && gtk_widget_get_visible (GTK_WIDGET (links)))
    {
      self->refresh_pending = TRUE;
      return G_SOURCE_REMOVE;
    }

  rt_point_row_refresh (self);

  return G_SOURCE_REMOVE;
}

static void
link_popover_closed (RtPointRow *self)
{
  if (self->refresh_pending)
    {
      self->refresh_pending = FALSE;
      rt_point_row_refresh (self);
    }
}

static void
queue_refresh (RtPointRow *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

/* A row follows its point, its links, and the cards and themes it shows:
 * an edit elsewhere leaves it alone. */
static void
card_changed (RtPointRow *self,
              RtCard     *card)
{
  gint64 id = rt_card_get_id (card);
  gint64 theme_id = rt_card_get_theme_id (card);

  if (g_hash_table_contains (self->shown_cards, &id) || g_hash_table_contains (self->shown_themes, &theme_id))
    queue_refresh (self);
}

static void
theme_changed (RtPointRow *self,
               RtTheme    *theme)
{
  gint64 id = rt_theme_get_id (theme);

  if (g_hash_table_contains (self->shown_themes, &id))
    queue_refresh (self);
}

static void
cards_changed (RtPointRow *self,
               guint       position,
               guint       removed,
               guint       added,
               GListModel *cards)
{
  GHashTableIter iter;
  gpointer id;

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      card_changed (self, card);
    }

  /* A removed card is known by its absence. */
  g_hash_table_iter_init (&iter, self->shown_cards);
  while (removed > 0 && g_hash_table_iter_next (&iter, &id, NULL))
    if (rt_committee_lookup (self->committee, RT_KIND_CARD, *(gint64 *)id) == NULL)
      {
        queue_refresh (self);
        break;
      }
}

static void
status_selected (RtPointRow *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  if (self->syncing || self->committee == NULL || selected == GTK_INVALID_LIST_POSITION ||
      (RtPointStatus)selected == rt_point_get_status (self->point))
    return;

  if (!rt_committee_set_point_status (self->committee, rt_point_get_id (self->point), selected, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

/* Actions */

static void
edit_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RtPointRow *self = RT_POINT_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_window_present (GTK_WINDOW (rt_point_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       self->committee, rt_point_get_id (self->point))));
}

static void
move_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  RtPointRow *self = RT_POINT_ROW (widget);
  g_autoptr(GListModel) points = rt_committee_list_points (self->committee, rt_point_get_framework_id (self->point));
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (points);
  int index = -1;

  for (guint i = 0; i < n && index < 0; i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);

      if (point == self->point)
        index = i;
    }
  if (index < 0)
    return;

  index += g_str_equal (name, "row.move-up") ? -1 : 1;
  if (index < 0 || index >= (int)n)
    return;

  if (!rt_committee_move_point (self->committee, rt_point_get_id (self->point), index, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}


static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  RtPointRow *self = RT_POINT_ROW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(RtCommittee) committee = g_object_ref (self->committee);
  g_autofree char *title = NULL;
  /* The row is gone once the point is: its window says so. */
  g_autoptr(GtkWidget) root = GTK_WIDGET (g_object_ref (gtk_widget_get_root (widget)));

  title = g_strdup_printf (_("“%s” deleted"), rt_point_get_title (self->point));
  if (!rt_committee_delete_point (committee, rt_point_get_id (self->point), &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_feedback_toast_undo (root, title);
}

static void
rt_point_row_dispose (GObject *object)
{
  RtPointRow *self = RT_POINT_ROW (object);
  GtkWidget *child;

  if (self->committee != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->committee, self);
      g_signal_handlers_disconnect_by_data (rt_committee_get_cards (self->committee), self);
    }
  if (self->point != NULL)
    g_signal_handlers_disconnect_by_data (self->point, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_POINT_ROW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->committee);
  g_clear_object (&self->point);
  g_clear_pointer (&self->shown_cards, g_hash_table_unref);
  g_clear_pointer (&self->shown_themes, g_hash_table_unref);

  G_OBJECT_CLASS (rt_point_row_parent_class)->dispose (object);
}

static void
rt_point_row_class_init (RtPointRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_point_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-point-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, question_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, proposals_box);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, links_box);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, speakers_label);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, link_button);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, directions_box);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, direction_button);
  gtk_widget_class_bind_template_child (widget_class, RtPointRow, status_dropdown);

  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pointrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rt_point_row_init (RtPointRow *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkDropTarget *target;
  GType types[] = { RT_TYPE_CARD, RT_TYPE_THEME, G_TYPE_OBJECT };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 18);
  self->shown_cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->shown_themes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (int s = RT_POINT_STATUS_UNDISCUSSED; s <= RT_POINT_STATUS_PARALLEL; s++)
    gtk_string_list_append (statuses, rt_point_status_to_label (s));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (status_selected), self);

  gtk_size_group_add_widget (rt_point_row_get_status_size_group (), GTK_WIDGET (self->status_dropdown));
  gtk_menu_button_set_create_popup_func (self->link_button, create_link_popover, self, NULL);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE | GDK_ACTION_LINK);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect (target, "drop", G_CALLBACK (drop_value), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * rt_point_row_get_status_size_group:
 *
 * Returns: (transfer none): the size group of the status column, so that a
 *   table header lines up with every row whatever the status says
 */
GtkSizeGroup *
rt_point_row_get_status_size_group (void)
{
  static GtkSizeGroup *group;

  if (group == NULL)
    group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  return group;
}

GtkWidget *
rt_point_row_new (RtCommittee *committee,
                  RtPoint     *point)
{
  RtPointRow *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_POINT (point), NULL);

  self = g_object_new (RT_TYPE_POINT_ROW, NULL);
  self->committee = g_object_ref (committee);
  self->point = g_object_ref (point);
  g_signal_connect_swapped (point, "notify", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (committee, "links-changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (committee, "item-changed::card", G_CALLBACK (card_changed), self);
  g_signal_connect_swapped (committee, "item-changed::theme", G_CALLBACK (theme_changed), self);
  g_signal_connect_swapped (committee, "item-changed::person", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (committee, "item-changed::meeting", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (rt_committee_get_cards (committee), "items-changed", G_CALLBACK (cards_changed), self);

  /* A read-only committee shows its points, and changes none. */
  if (rt_committee_get_read_only (committee))
    {
      static const char * const editing[] = { "row.edit", "row.move-up", "row.move-down", "row.delete" };

      for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->status_dropdown), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->link_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->direction_button), FALSE);
    }
  rt_point_row_refresh (self);

  return GTK_WIDGET (self);
}

RtPoint *
rt_point_row_get_point (RtPointRow *self)
{
  g_return_val_if_fail (RT_IS_POINT_ROW (self), NULL);

  return self->point;
}
