/* rt-link-popover.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-link-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-link-popover.h"
#include "rt-link-row.h"

/* "Link Opinions…" of a point: every theme, then every card, each with a
 * check that links it to the point or unlinks it at once, and a search
 * over their words, speakers and themes. */
struct _RtLinkPopover
{
  GtkPopover      parent_instance;

  GtkSearchEntry *search;
  GtkListBox     *list;

  RtCommittee    *committee;
  RtPoint        *point;
};

G_DEFINE_FINAL_TYPE (RtLinkPopover, rt_link_popover, GTK_TYPE_POPOVER)

static void
link_toggled (RtLinkPopover  *self,
              GtkCheckButton *check)
{
  g_autoptr(GError) error = NULL;
  RtLinkRow *row = RT_LINK_ROW (gtk_widget_get_ancestor (GTK_WIDGET (check), RT_TYPE_LINK_ROW));
  gint64 card_id = rt_link_row_get_card_id (row);
  gint64 theme_id = rt_link_row_get_theme_id (row);
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
filter_row (GtkListBoxRow *row,
            gpointer       data)
{
  RtLinkPopover *self = data;

  /* Section headings always show. */
  if (!RT_IS_LINK_ROW (row))
    return TRUE;

  return rt_link_row_matches (RT_LINK_ROW (row), gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
search_changed (RtLinkPopover *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
append_row (RtLinkPopover *self,
            const char    *text,
            const char    *detail,
            gboolean       active,
            gint64         card_id,
            gint64         theme_id)
{
  GtkWidget *row = rt_link_row_new (text, detail, active, card_id, theme_id);

  g_signal_connect_object (rt_link_row_get_check (RT_LINK_ROW (row)), "toggled",
                           G_CALLBACK (link_toggled), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->list, row);
}

static void
append_section (RtLinkPopover *self,
                const char    *title)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (row, "link-section");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->list, row);
}

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
fill (RtLinkPopover *self)
{
  GListModel *themes = rt_committee_get_themes (self->committee);
  GListModel *cards = rt_committee_get_cards (self->committee);
  gint64 point_id = rt_point_get_id (self->point);
  g_autofree char *number = g_strdup_printf ("%d", rt_point_get_number (self->point));

  append_section (self, _("Themes"));
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      g_autoptr(GArray) linked = rt_committee_get_theme_point_ids (self->committee, rt_theme_get_id (theme), NULL);
      g_autofree char *detail = NULL;

      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d opinion", "%d opinions", rt_theme_get_n_cards (theme)),
                                rt_theme_get_n_cards (theme));
      append_row (self, rt_theme_get_name (theme), detail, contains (linked, point_id), 0, rt_theme_get_id (theme));
    }

  append_section (self, _("Opinions"));
  for (guint i = 0; i < g_list_model_get_n_items (cards); i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      g_auto(GStrv) points = g_strsplit (rt_card_get_points (card), ",", -1);
      RtTheme *theme = rt_committee_lookup (self->committee, RT_KIND_THEME, rt_card_get_theme_id (card));
      g_autofree char *detail = NULL;
      gboolean active;

      /* The card's point numbers span frameworks; ask only when they match. */
      active = g_strv_contains ((const char * const *)points, number);
      if (active)
        {
          g_autoptr(GArray) linked = rt_committee_get_card_point_ids (self->committee, rt_card_get_id (card), NULL);

          active = contains (linked, point_id);
        }

      detail = g_strdup_printf ("%s%s%s",
                                rt_card_get_speaker (card),
                                theme != NULL ? " · " : "",
                                theme != NULL ? rt_theme_get_name (theme) : "");
      append_row (self, rt_card_get_text (card), detail, active, rt_card_get_id (card), 0);
    }
}

static void
rt_link_popover_dispose (GObject *object)
{
  RtLinkPopover *self = RT_LINK_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_LINK_POPOVER);
  g_clear_object (&self->committee);
  g_clear_object (&self->point);

  G_OBJECT_CLASS (rt_link_popover_parent_class)->dispose (object);
}

static void
rt_link_popover_class_init (RtLinkPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_link_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-link-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, RtLinkPopover, search);
  gtk_widget_class_bind_template_child (widget_class, RtLinkPopover, list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
}

static void
rt_link_popover_init (RtLinkPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
}

/**
 * rt_link_popover_new:
 * @point: the point whose links the popover makes
 *
 * Returns: (transfer floating): the popover
 */
GtkWidget *
rt_link_popover_new (RtCommittee *committee,
                     RtPoint     *point)
{
  RtLinkPopover *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_POINT (point), NULL);

  self = g_object_new (RT_TYPE_LINK_POPOVER, NULL);
  self->committee = g_object_ref (committee);
  self->point = g_object_ref (point);
  fill (self);

  return GTK_WIDGET (self);
}
