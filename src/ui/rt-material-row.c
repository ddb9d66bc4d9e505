/* rt-material-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-material-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-cycle-private.h"
#include "rt-handout.h"
#include "rt-material-row.h"
#include "rt-ui-util.h"

/* One 配布資料 of a meeting: its number and title; opened, its title, kind,
 * agenda item, 委員限り and the handout Ronten makes for it. Its number is
 * not typed: it follows the place in the list, which a drag changes. */
struct _RtMaterialRow
{
  AdwExpanderRow  parent_instance;

  RtCommittee    *committee;
  RtMaterial     *material;
  GListModel     *agenda_items;
  GArray         *item_ids;      /* of the item drop-down: 0 for none */
  GPtrArray      *handouts;      /* nicks of the handout drop-down: "" for none */
  gboolean        syncing;

  GtkWidget      *handle;
  AdwEntryRow    *title_row;
  AdwComboRow    *kind_row;
  AdwComboRow    *item_row;
  GtkSwitch      *restricted_switch;
  AdwComboRow    *handout_row;
};

G_DEFINE_FINAL_TYPE (RtMaterialRow, rt_material_row, ADW_TYPE_EXPANDER_ROW)

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return 0;
}

static void
sync_row (RtMaterialRow *self)
{
  RtMaterial *m = self->material;
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (rt_material_kind_to_label (rt_material_get_kind (m)));
  guint handout = 0;

  self->syncing = TRUE;

  title = g_markup_printf_escaped ("<b>%s</b>　%s", rt_material_get_number (m), rt_material_get_title (m));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  for (guint i = 0; i < self->item_ids->len; i++)
    if (g_array_index (self->item_ids, gint64, i) == rt_material_get_agenda_item_id (m) && i > 0)
      {
        GtkStringObject *item = g_list_model_get_item (adw_combo_row_get_model (self->item_row), i);

        g_string_append_printf (subtitle, " · %s", gtk_string_object_get_string (item));
        g_object_unref (item);
      }
  if (rt_material_get_restricted (m))
    g_string_append_printf (subtitle, " · %s", _("For members only"));
  for (guint i = 1; i < self->handouts->len; i++)
    if (g_str_equal (self->handouts->pdata[i], rt_material_get_handout (m)))
      handout = i;
  if (handout > 0)
    {
      GtkStringObject *name = g_list_model_get_item (adw_combo_row_get_model (self->handout_row), handout);

      /* TRANSLATORS: a material that Ronten makes: the handout's title */
      g_string_append_printf (subtitle, " · %s", gtk_string_object_get_string (name));
      g_object_unref (name);
    }
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  }

  if (!gtk_widget_has_focus (GTK_WIDGET (self->title_row)))
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), rt_material_get_title (m));
  adw_combo_row_set_selected (self->kind_row, rt_material_get_kind (m));
  adw_combo_row_set_selected (self->item_row, index_of_id (self->item_ids, rt_material_get_agenda_item_id (m)));
  gtk_switch_set_active (self->restricted_switch, rt_material_get_restricted (m));
  adw_combo_row_set_selected (self->handout_row, handout);

  self->syncing = FALSE;
}

/* The items of the meeting's 次第, for the item drop-down. */
static void
fill_items (RtMaterialRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;

  g_array_set_size (self->item_ids, 0);
  gtk_string_list_append (names, _("No agenda item"));
  g_array_append_val (self->item_ids, none);

  for (guint i = 0, n = g_list_model_get_n_items (self->agenda_items); i < n; i++)
    {
      g_autoptr(RtAgendaItem) item = g_list_model_get_item (self->agenda_items, i);
      gint64 id = rt_agenda_item_get_id (item);

      gtk_string_list_append (names, rt_agenda_item_get_title (item));
      g_array_append_val (self->item_ids, id);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->item_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
  sync_row (self);
}

/* What Ronten can make for a material: each handout, the opinions of one
 * handout label among them. */
static void
fill_handouts (RtMaterialRow *self)
{
  static const RtHandoutKind kinds[] = {
    RT_HANDOUT_AGENDA, RT_HANDOUT_POINTS, RT_HANDOUT_MAP, RT_HANDOUT_SPEAKERS, RT_HANDOUT_CHANGES,
    RT_HANDOUT_FOLLOWUPS, RT_HANDOUT_SUMMARY, RT_HANDOUT_OUTLINE, RT_HANDOUT_OUTLINE_CHANGES,
  };
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *labels = rt_committee_get_labels (self->committee);

  g_ptr_array_set_size (self->handouts, 0);
  gtk_string_list_append (names, _("None: made elsewhere"));
  g_ptr_array_add (self->handouts, g_strdup (""));

  gtk_string_list_append (names, rt_handout_kind_get_title (RT_HANDOUT_OPINIONS));
  g_ptr_array_add (self->handouts, g_strdup ("opinions"));
  for (guint i = 0, n = g_list_model_get_n_items (labels); i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (labels, i);
      /* TRANSLATORS: the opinion list of one handout label: 委員意見一覧（テーマ別） — 資料1-1 */
      g_autofree char *name = g_strdup_printf (_("%s — %s"), rt_handout_kind_get_title (RT_HANDOUT_OPINIONS),
                                               rt_label_get_name (label));

      gtk_string_list_append (names, name);
      g_ptr_array_add (self->handouts, g_strdup_printf ("opinions:%" G_GINT64_FORMAT, rt_label_get_id (label)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (names, rt_handout_kind_get_title (kinds[i]));
      g_ptr_array_add (self->handouts, g_strdup (rt_handout_kind_get_nick (kinds[i])));
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->handout_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
}

/* Writes the material as the row shows it, @title for its title. */
static void
save (RtMaterialRow *self,
      const char    *title)
{
  g_autoptr(GError) error = NULL;
  guint item = adw_combo_row_get_selected (self->item_row);
  guint handout = adw_combo_row_get_selected (self->handout_row);
  RtMaterialEdit edit = {
    item < self->item_ids->len ? g_array_index (self->item_ids, gint64, item) : 0,
    title,
    adw_combo_row_get_selected (self->kind_row),
    gtk_switch_get_active (self->restricted_switch),
    handout < self->handouts->len ? self->handouts->pdata[handout] : "",
  };

  if (self->syncing)
    return;

  if (!rt_committee_edit_material (self->committee, rt_material_get_id (self->material), &edit, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Material"), error);
      sync_row (self);
    }
}

static void
field_changed (RtMaterialRow *self)
{
  save (self, rt_material_get_title (self->material));
}

static void
title_applied (RtMaterialRow *self)
{
  save (self, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static gint64
row_id (GtkListBoxRow *row)
{
  return rt_material_get_id (RT_MATERIAL_ROW (row)->material);
}

static gboolean
row_move (GtkListBoxRow  *row,
          gint64          id,
          int             index,
          GError        **error)
{
  return rt_committee_move_material (RT_MATERIAL_ROW (row)->committee, id, index, error);
}

/* A material dropped on a row takes its place; the numbers follow. */
static const RtRowReorder reorder = { row_id, row_move, N_("Could Not Change the Material") };

static void
move (RtMaterialRow *self,
      int            position)
{
  rt_list_row_move_to (GTK_LIST_BOX_ROW (self), &reorder, rt_material_get_id (self->material), position);
}

static void
row_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RtMaterialRow *self = RT_MATERIAL_ROW (widget);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (g_str_equal (action_name, "material-row.move-up"))
    move (self, index - 1);
  else if (g_str_equal (action_name, "material-row.move-down"))
    move (self, index + 1);
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = g_strdup_printf (_("Deleted %s “%s”"), rt_material_get_number (self->material),
                                                  rt_material_get_title (self->material));

      if (!rt_committee_delete_material (self->committee, rt_material_get_id (self->material), &error))
        rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Material"), error);
      else
        rt_feedback_toast_undo (GTK_WIDGET (self), message);
    }
}

static void
rt_material_row_dispose (GObject *object)
{
  RtMaterialRow *self = (RtMaterialRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_MATERIAL_ROW);
  g_clear_object (&self->material);
  g_clear_object (&self->agenda_items);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_material_row_parent_class)->dispose (object);
}

static void
rt_material_row_finalize (GObject *object)
{
  RtMaterialRow *self = (RtMaterialRow *)object;

  g_clear_pointer (&self->item_ids, g_array_unref);
  g_clear_pointer (&self->handouts, g_ptr_array_unref);

  G_OBJECT_CLASS (rt_material_row_parent_class)->finalize (object);
}

static void
rt_material_row_class_init (RtMaterialRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_material_row_dispose;
  object_class->finalize = rt_material_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-material-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, handle);
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, item_row);
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, restricted_switch);
  gtk_widget_class_bind_template_child (widget_class, RtMaterialRow, handout_row);
  gtk_widget_class_bind_template_callback (widget_class, title_applied);

  gtk_widget_class_install_action (widget_class, "material-row.move-up", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "material-row.move-down", NULL, row_action);
  gtk_widget_class_install_action (widget_class, "material-row.delete", NULL, row_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "material-row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "material-row.move-down", NULL);
}

static void
rt_material_row_init (RtMaterialRow *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->handouts = g_ptr_array_new_with_free_func (g_free);

  for (int k = RT_MATERIAL_KIND_MATERIAL; k <= RT_MATERIAL_KIND_DAY; k++)
    gtk_string_list_append (kinds, rt_material_kind_to_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  rt_list_row_make_reorderable (GTK_LIST_BOX_ROW (self), self->handle, &reorder);
}

/**
 * rt_material_row_new:
 * @agenda_items: the items of the material's meeting, for its drop-down
 */
GtkWidget *
rt_material_row_new (RtCommittee *committee,
                     RtMaterial  *material,
                     GListModel  *agenda_items)
{
  RtMaterialRow *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (RT_IS_MATERIAL (material), NULL);

  self = g_object_new (RT_TYPE_MATERIAL_ROW, NULL);
  self->committee = g_object_ref (committee);
  self->material = g_object_ref (material);
  self->agenda_items = g_object_ref (agenda_items);

  fill_handouts (self);
  fill_items (self);
  g_signal_connect_object (material, "notify", G_CALLBACK (sync_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (agenda_items, "items-changed", G_CALLBACK (fill_items), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (committee, "item-changed::agenda-item", G_CALLBACK (fill_items), self, G_CONNECT_SWAPPED);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (field_changed), self);
  g_signal_connect_swapped (self->item_row, "notify::selected", G_CALLBACK (field_changed), self);
  g_signal_connect_swapped (self->handout_row, "notify::selected", G_CALLBACK (field_changed), self);
  g_signal_connect_swapped (self->restricted_switch, "notify::active", G_CALLBACK (field_changed), self);

  if (rt_committee_get_read_only (committee))
    {
      static const char * const actions[] = { "material-row.move-up", "material-row.move-down", "material-row.delete" };

      for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
        gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->title_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->item_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->restricted_switch), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->handout_row), FALSE);
    }

  return GTK_WIDGET (self);
}

RtMaterial *
rt_material_row_get_material (RtMaterialRow *self)
{
  g_return_val_if_fail (RT_IS_MATERIAL_ROW (self), NULL);

  return self->material;
}
