/* rt-import-speaker-row.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-speaker-row"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-import-speaker-row.h"

/* A speaker label of the minutes in the import review: the person it
 * stands for, chosen among the committee's people, a new person or none;
 * how it was matched; and a check that ticks or unticks every statement of
 * the speaker at once (half ticked when some are). */
struct _RtImportSpeakerRow
{
  AdwComboRow      parent_instance;

  GtkCheckButton  *check;

  RtImport        *import;
  RtImportSpeaker *speaker;
  guint            updating;   /* the row is showing the model: no edits back */
};

G_DEFINE_FINAL_TYPE (RtImportSpeakerRow, rt_import_speaker_row, ADW_TYPE_COMBO_ROW)

static char *
person_to_string (GObject  *item,
                  gpointer  user_data)
{
  if (RT_IS_PERSON (item))
    return g_strdup (rt_person_get_display_name (RT_PERSON (item)));

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return g_strdup ("");
}

static const char *
describe_match (RtImportMatch match)
{
  switch (match)
    {
    case RT_IMPORT_MATCH_ALIAS:
      return _("known speaker");
    case RT_IMPORT_MATCH_NAME_ROLE:
      return _("found by name and role");
    case RT_IMPORT_MATCH_NAME:
      return _("found by name");
    case RT_IMPORT_MATCH_ROLE:
      return _("found by role");
    case RT_IMPORT_MATCH_NEW:
      return _("new person, please check");
    case RT_IMPORT_MATCH_CHOSEN:
      return _("your choice");
    case RT_IMPORT_MATCH_UNKNOWN:
    default:
      return _("no speaker");
    }
}

static GListModel *
people_of (RtImportSpeakerRow *self)
{
  return rt_committee_get_people (rt_import_get_committee (self->import));
}

/* The place of the speaker's choice in the row's list: the people, then
 * "New person", then "No speaker". */
static guint
speaker_position (RtImportSpeakerRow *self)
{
  GListModel *people = people_of (self);
  guint n = g_list_model_get_n_items (people);
  gint64 id = rt_import_speaker_get_person_id (self->speaker);

  if (rt_import_speaker_get_create (self->speaker))
    return n;

  for (guint i = 0; id > 0 && i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (rt_person_get_id (person) == id)
        return i;
    }

  return n + 1;
}

/* The check: ticked when all the speaker's statements are, half when some. */
static void
update_check (RtImportSpeakerRow *self)
{
  GListModel *entries = rt_import_get_entries (self->import);
  guint n = g_list_model_get_n_items (entries);
  guint all = 0, ticked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (rt_import_entry_get_speaker_label (entry), rt_import_speaker_get_label (self->speaker)))
        {
          all++;
          ticked += rt_import_entry_get_included (entry);
        }
    }

  self->updating++;
  gtk_check_button_set_inconsistent (self->check, ticked > 0 && ticked < all);
  gtk_check_button_set_active (self->check, all > 0 && ticked == all);
  self->updating--;
}

static void
check_toggled (RtImportSpeakerRow *self)
{
  if (self->updating)
    return;

  /* From half ticked, a click ticks all. */
  rt_import_set_speaker_included (self->import, rt_import_speaker_get_label (self->speaker),
                                  gtk_check_button_get_active (self->check) ||
                                  gtk_check_button_get_inconsistent (self->check));
  update_check (self);
}

static void
update_row (RtImportSpeakerRow *self)
{
  guint n = rt_import_speaker_get_n_statements (self->speaker);
  g_autofree char *count = g_strdup_printf (ngettext ("%u statement", "%u statements", n), n);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", count,
                                               describe_match (rt_import_speaker_get_match (self->speaker)));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  self->updating++;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), speaker_position (self));
  self->updating--;

  if (rt_import_speaker_get_match (self->speaker) == RT_IMPORT_MATCH_NEW)
    gtk_widget_add_css_class (GTK_WIDGET (self), "new-speaker");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "new-speaker");
}

static void
selected_changed (RtImportSpeakerRow *self)
{
  GListModel *people;
  guint n, selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  if (self->updating || self->speaker == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  people = people_of (self);
  n = g_list_model_get_n_items (people);
  if (selected < n)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, selected);

      rt_import_speaker_set_person_id (self->speaker, rt_person_get_id (person));
    }
  else if (selected == n)
    rt_import_speaker_set_create (self->speaker, TRUE);
  else
    rt_import_speaker_set_person_id (self->speaker, 0);
}

static void
rt_import_speaker_row_dispose (GObject *object)
{
  RtImportSpeakerRow *self = RT_IMPORT_SPEAKER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_IMPORT_SPEAKER_ROW);
  g_clear_object (&self->import);
  g_clear_object (&self->speaker);

  G_OBJECT_CLASS (rt_import_speaker_row_parent_class)->dispose (object);
}

static void
rt_import_speaker_row_class_init (RtImportSpeakerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_import_speaker_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-import-speaker-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RtImportSpeakerRow, check);
  gtk_widget_class_bind_template_callback (widget_class, check_toggled);
  gtk_widget_class_bind_template_callback (widget_class, selected_changed);
}

static void
rt_import_speaker_row_init (RtImportSpeakerRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rt_import_speaker_row_new:
 *
 * Returns: (transfer floating): the row of @speaker of @import
 */
GtkWidget *
rt_import_speaker_row_new (RtImport        *import,
                           RtImportSpeaker *speaker)
{
  RtImportSpeakerRow *self;
  g_autoptr(GListStore) models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) extras = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) create = NULL;
  g_autoptr(GtkStringObject) none = NULL;
  g_autofree char *title = NULL;
  g_autofree char *new_label = NULL;
  g_autofree char *who = NULL;

  g_return_val_if_fail (RT_IS_IMPORT (import), NULL);
  g_return_val_if_fail (RT_IS_IMPORT_SPEAKER (speaker), NULL);

  self = g_object_new (RT_TYPE_IMPORT_SPEAKER_ROW, NULL);
  self->import = g_object_ref (import);
  self->speaker = g_object_ref (speaker);

  who = g_strconcat (rt_import_speaker_get_name (speaker), rt_import_speaker_get_role (speaker), NULL);
  /* Translators: the choice of making a new person from a speaker label. */
  new_label = g_strdup_printf (_("New person: %s"), who[0] != '\0' ? who : rt_import_speaker_get_label (speaker));
  create = gtk_string_object_new (new_label);
  none = gtk_string_object_new (_("No speaker"));
  g_list_store_append (extras, create);
  g_list_store_append (extras, none);
  g_list_store_append (models, people_of (self));
  g_list_store_append (models, extras);

  self->updating++;
  adw_combo_row_set_expression (ADW_COMBO_ROW (self),
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (person_to_string), NULL, NULL));
  adw_combo_row_set_model (ADW_COMBO_ROW (self),
                           G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)))));
  self->updating--;
  title = g_markup_escape_text (rt_import_speaker_get_label (speaker), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  update_row (self);
  update_check (self);

  g_signal_connect_object (import, "notify::n-included", G_CALLBACK (update_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::match", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::create", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::person-id", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (speaker, "notify::n-statements", G_CALLBACK (update_row), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
