/* rt-link-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-link-row"

#include "config.h"

#include <string.h>

#include "rt-link-row.h"

/* One row of a point's "Link Opinions" popover: a check for a card or a
 * theme (card_id or theme_id set), its text and detail, and what a search
 * looks in. */
struct _RtLinkRow
{
  GtkListBoxRow   parent_instance;

  GtkCheckButton *check;
  gint64          card_id;
  gint64          theme_id;
  char           *folded;   /* text and detail, case-folded, for the search */
};

G_DEFINE_FINAL_TYPE (RtLinkRow, rt_link_row, GTK_TYPE_LIST_BOX_ROW)

static void
rt_link_row_finalize (GObject *object)
{
  RtLinkRow *self = RT_LINK_ROW (object);

  g_clear_pointer (&self->folded, g_free);

  G_OBJECT_CLASS (rt_link_row_parent_class)->finalize (object);
}

static void
rt_link_row_class_init (RtLinkRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rt_link_row_finalize;
}

static void
rt_link_row_init (RtLinkRow *self)
{
}

static GtkWidget *
new_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  return label;
}

GtkWidget *
rt_link_row_new (const char *text,
                 const char *detail,
                 gboolean    active,
                 gint64      card_id,
                 gint64      theme_id)
{
  RtLinkRow *self = g_object_new (RT_TYPE_LINK_ROW, "activatable", FALSE, NULL);
  g_autofree char *joined = g_strconcat (text, "\n", detail ? detail : "", NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = new_label (text);

  self->card_id = card_id;
  self->theme_id = theme_id;
  self->folded = g_utf8_casefold (joined, -1);

  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_box_append (GTK_BOX (box), label);
  if (detail != NULL && detail[0] != '\0')
    {
      GtkWidget *caption = new_label (detail);

      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }

  self->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_child (self->check, box);
  gtk_check_button_set_active (self->check, active);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), GTK_WIDGET (self->check));

  return GTK_WIDGET (self);
}

gint64
rt_link_row_get_card_id (RtLinkRow *self)
{
  g_return_val_if_fail (RT_IS_LINK_ROW (self), 0);

  return self->card_id;
}

gint64
rt_link_row_get_theme_id (RtLinkRow *self)
{
  g_return_val_if_fail (RT_IS_LINK_ROW (self), 0);

  return self->theme_id;
}

GtkCheckButton *
rt_link_row_get_check (RtLinkRow *self)
{
  g_return_val_if_fail (RT_IS_LINK_ROW (self), NULL);

  return self->check;
}

/* Whether @needle (any case) is in the row's text or detail. */
gboolean
rt_link_row_matches (RtLinkRow  *self,
                     const char *needle)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (RT_IS_LINK_ROW (self), FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;

  folded = g_utf8_casefold (needle, -1);
  return strstr (self->folded, folded) != NULL;
}
