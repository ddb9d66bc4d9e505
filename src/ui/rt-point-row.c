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

#include "rt-feedback.h"
#include "rt-committee.h"
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

/* Directions */

typedef struct
{
  RtPointRow  *row;
  gint64       direction_id;  /* 0 for a new one */
  GtkTextView *text_view;
  GtkDropDown *meetings;
  GArray      *meeting_ids;
} DirectionForm;

static void
direction_form_free (DirectionForm *form)
{
  g_array_unref (form->meeting_ids);
  g_free (form);
}

static void
direction_save (GtkButton     *button,
                DirectionForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->text_view);
  GtkTextIter start, end;
  guint selected = gtk_drop_down_get_selected (form->meetings);
  gint64 meeting_id = selected < form->meeting_ids->len ? g_array_index (form->meeting_ids, gint64, selected) : 0;
  RtPointRow *self = form->row;
  gboolean ok;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return;

  if (form->direction_id == 0)
    ok = rt_committee_add_direction (self->committee, rt_point_get_id (self->point), meeting_id, text, &error) != 0;
  else
    ok = rt_committee_set_direction (self->committee, form->direction_id, meeting_id, text, &error);

  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER)));
  if (!ok)
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
direction_popover_new (RtPointRow        *self,
                       const RtPointText *direction)
{
  DirectionForm *form = g_new0 (DirectionForm, 1);
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *text_view = gtk_text_view_new ();
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dropdown;
  GtkWidget *button;
  GtkWidget *heading;
  guint n = g_list_model_get_n_items (meetings);

  form->row = self;
  form->direction_id = direction != NULL ? direction->id : 0;
  form->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  heading = new_label (direction != NULL ? _("Edit Direction") : _("New Direction"), "heading");
  gtk_box_append (GTK_BOX (box), heading);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_widget_add_css_class (text_view, "direction-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Direction of the committee"), -1);
  if (direction != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)), direction->text, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), text_view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 340);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_box_append (GTK_BOX (box), scrolled);
  form->text_view = GTK_TEXT_VIEW (text_view);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autofree char *name = NULL;
      gint64 id = rt_meeting_get_id (meeting);

      /* TRANSLATORS: a meeting by its number: 第3回 */
      name = g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
      gtk_string_list_append (names, name);
      g_array_append_val (form->meeting_ids, id);
    }
  gtk_string_list_append (names, _("No meeting"));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_widget_set_tooltip_text (dropdown, _("The meeting at which the committee came to this direction"));
  /* A new direction is most likely the one of the latest meeting. */
  if (direction != NULL)
    {
      guint selected = n;

      for (guint i = 0; i < n; i++)
        if (g_array_index (form->meeting_ids, gint64, i) == direction->meeting_id)
          selected = i;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
    }
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), n > 0 ? n - 1 : 0);
  form->meetings = GTK_DROP_DOWN (dropdown);
  gtk_box_append (GTK_BOX (bottom), dropdown);

  button = gtk_button_new_with_label (direction != NULL ? _("Save") : _("Add"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_data (button, "clicked", G_CALLBACK (direction_save), form,
                         (GClosureNotify)(void (*) (void))direction_form_free, 0);
  gtk_box_append (GTK_BOX (bottom), button);
  gtk_box_append (GTK_BOX (box), bottom);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), button);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (gtk_widget_grab_focus), text_view);

  return popover;
}

static void
direction_remove (GtkButton  *button,
                  RtPointRow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (button), "direction-id");

  if (!rt_committee_delete_direction (self->committee, id, &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
direction_widget (RtPointRow        *self,
                  const RtPointText *direction)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *edit = gtk_menu_button_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gint64 *id = g_new (gint64, 1);

  gtk_widget_add_css_class (box, "direction");
  gtk_box_append (GTK_BOX (box), new_label (direction->text, NULL));

  if (direction->meeting_number > 0)
    {
      /* TRANSLATORS: when a direction was recorded: 第3回 */
      g_autofree char *meeting = g_strdup_printf (_("Meeting %d"), direction->meeting_number);
      GtkWidget *label = new_label (meeting, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (footer), label);
    }
  else
    {
      GtkWidget *spacer = gtk_label_new (NULL);

      gtk_widget_set_hexpand (spacer, TRUE);
      gtk_box_append (GTK_BOX (footer), spacer);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (edit), "document-edit-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (edit), direction_popover_new (self, direction));
  gtk_widget_set_tooltip_text (edit, _("Edit Direction"));
  gtk_widget_add_css_class (edit, "flat");
  gtk_widget_add_css_class (edit, "small-button");
  gtk_box_append (GTK_BOX (footer), edit);

  *id = direction->id;
  g_object_set_data_full (G_OBJECT (remove), "direction-id", id, g_free);
  gtk_widget_set_tooltip_text (remove, _("Remove Direction"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_add_css_class (remove, "small-button");
  g_signal_connect (remove, "clicked", G_CALLBACK (direction_remove), self);
  gtk_box_append (GTK_BOX (footer), remove);

  gtk_box_append (GTK_BOX (box), footer);

  return box;
}

/* Linking opinions */

static void
link_toggled (GtkCheckButton *check,
              RtPointRow     *self)
{
  g_autoptr(GError) error = NULL;
  gint64 card_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "card-id"));
  gint64 theme_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "theme-id"));
  gint64 point_id = rt_point_get_id (self->point);
  gboolean active = gtk_check_button_get_active (check);
  gboolean ok;

  if (card_id != 0)
    ok = active ? rt_committee_link_card_point (self->committee, card_id, point_id, &error)
                : rt_committee_unlink_card_point (self->committee, card_id, point_id, &error);
  else
    ok = active ? rt_committee_link_theme_point (self->committee, theme_id, point_id, &error)
                : rt_committee_unlink_theme_point (self->committee, theme_id, point_id, &error);

  if (!ok)
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static gboolean
link_filter (GtkListBoxRow *row,
             gpointer       data)
{
  GtkEditable *search = data;
  const char *needle = gtk_editable_get_text (search);
  const char *haystack = g_object_get_data (G_OBJECT (row), "search-text");
  g_autofree char *folded_needle = NULL;
  g_autofree char *folded = NULL;

  if (needle == NULL || needle[0] == '\0' || haystack == NULL)
    return TRUE;

  folded_needle = g_utf8_casefold (needle, -1);
  folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, folded_needle) != NULL;
}

static GtkWidget *
link_row (RtPointRow *self,
          const char *text,
          const char *detail,
          gboolean    active,
          gint64      card_id,
          gint64      theme_id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = new_label (text, NULL);

  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), label);
  if (detail != NULL && detail[0] != '\0')
    {
      GtkWidget *caption = new_label (detail, "caption");

      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data (G_OBJECT (check), "card-id", GSIZE_TO_POINTER (card_id));
  g_object_set_data (G_OBJECT (check), "theme-id", GSIZE_TO_POINTER (theme_id));
  g_signal_connect (check, "toggled", G_CALLBACK (link_toggled), self);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "search-text",
                          g_strconcat (text, "\n", detail != NULL ? detail : "", NULL), g_free);

  return row;
}

static GtkWidget *
section_row (const char *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = new_label (title, "heading");

  gtk_widget_add_css_class (row, "link-section");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

static void
search_changed (GtkSearchEntry *entry,
                GtkListBox     *list)
{
  gtk_list_box_invalidate_filter (list);
}

static void link_popover_closed (RtPointRow *self);

static void
create_link_popover (GtkMenuButton *button,
                     gpointer       data)
{
  RtPointRow *self = data;
  g_autoptr(GArray) theme_links = NULL;
  GListModel *themes, *cards;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *search = gtk_search_entry_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  gint64 point_id = rt_point_get_id (self->point);

  if (self->committee == NULL)
    return;

  gtk_box_append (GTK_BOX (box), new_label (_("Link Opinions"), "heading"));
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (search), popover);
  g_object_set (search, "placeholder-text", _("Search opinions and themes"), NULL);
  gtk_box_append (GTK_BOX (box), search);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), link_filter, search, NULL);
  gtk_widget_add_css_class (list, "link-list");
  g_signal_connect (search, "search-changed", G_CALLBACK (search_changed), list);

  themes = rt_committee_get_themes (self->committee);
  cards = rt_committee_get_cards (self->committee);

  gtk_list_box_append (GTK_LIST_BOX (list), section_row (_("Themes")));
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      g_autoptr(GArray) linked = rt_committee_get_theme_point_ids (self->committee, rt_theme_get_id (theme), NULL);
      g_autofree char *detail = NULL;
      gboolean active = FALSE;

      for (guint j = 0; linked != NULL && j < linked->len && !active; j++)
        active = g_array_index (linked, gint64, j) == point_id;
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d opinion", "%d opinions", rt_theme_get_n_cards (theme)),
                                rt_theme_get_n_cards (theme));
      gtk_list_box_append (GTK_LIST_BOX (list),
                           link_row (self, rt_theme_get_name (theme), detail, active, 0, rt_theme_get_id (theme)));
    }

  gtk_list_box_append (GTK_LIST_BOX (list), section_row (_("Opinions")));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      g_autofree char *number = g_strdup_printf ("%d", rt_point_get_number (self->point));
      g_auto(GStrv) points = g_strsplit (rt_card_get_points (card), ",", -1);
      RtTheme *theme = rt_committee_lookup (self->committee, RT_KIND_THEME, rt_card_get_theme_id (card));
      g_autofree char *detail = NULL;
      gboolean active;

      /* The card's point numbers span frameworks; ask only when they match. */
      active = g_strv_contains ((const char * const *)points, number);
      if (active)
        {
          g_autoptr(GArray) linked = rt_committee_get_card_point_ids (self->committee, rt_card_get_id (card), NULL);

          active = FALSE;
          for (guint j = 0; linked != NULL && j < linked->len && !active; j++)
            active = g_array_index (linked, gint64, j) == point_id;
        }

      detail = g_strdup_printf ("%s%s%s",
                                rt_card_get_speaker (card),
                                theme != NULL ? " · " : "",
                                theme != NULL ? rt_theme_get_name (theme) : "");
      gtk_list_box_append (GTK_LIST_BOX (list),
                           link_row (self, rt_card_get_text (card), detail, active, rt_card_get_id (card), 0));
    }

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 440);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 400, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
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
    gtk_box_append (self->directions_box, direction_widget (self, g_ptr_array_index (row->directions, i)));
  if (row->directions->len == 0)
    gtk_box_append (self->directions_box, new_label (_("No direction yet"), "point-empty"));
  gtk_menu_button_set_popover (self->direction_button, direction_popover_new (self, NULL));

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
