/* rt-agenda-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-agenda-row.h"
#include "rt-agenda-view.h"
#include "rt-cycle-private.h"
#include "rt-date.h"
#include "rt-handout.h"
#include "rt-material-row.h"
#include "rt-settings.h"

/* The 次第 of a meeting and its 配布資料: a meeting chosen at the top, when
 * and where it is (edited with the meeting itself), its items in order, and
 * its materials, numbered by their place in the list. */
struct _RtAgendaView
{
  GtkWidget      parent_instance;

  RtCommittee   *committee;
  RtMeeting     *meeting;
  GListModel    *items;
  GListModel    *materials;
  guint          numbers_id;

  GtkDropDown   *meeting_dropdown;
  GtkLabel      *when_label;
  GtkWidget     *edit_meeting_button;
  GtkListBox    *items_list;
  GtkListBox    *materials_list;
  GtkStack      *content_stack;
};

G_DEFINE_FINAL_TYPE (RtAgendaView, rt_agenda_view, GTK_TYPE_WIDGET)

static char *
fullwidth (int n)
{
  static const char * const digits[] = { "０", "１", "２", "３", "４", "５", "６", "７", "８", "９" };
  g_autofree char *ascii = g_strdup_printf ("%d", n);
  GString *s = g_string_new (NULL);

  for (const char *p = ascii; *p; p++)
    g_string_append (s, digits[*p - '0']);

  return g_string_free (s, FALSE);
}

/* Each row shows the number the 次第 prints: １, ２（１）, ２（２）, ３. */
static gboolean
update_numbers (gpointer data)
{
  RtAgendaView *self = data;
  guint n = self->items ? g_list_model_get_n_items (self->items) : 0;
  g_autofree RtAgendaKind *kinds = g_new (RtAgendaKind, MAX (n, 1));
  g_autofree RtAgendaNumber *numbers = g_new (RtAgendaNumber, MAX (n, 1));

  self->numbers_id = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtAgendaItem) item = g_list_model_get_item (self->items, i);

      kinds[i] = rt_agenda_item_get_kind (item);
    }
  rt_agenda_number_items (kinds, n, numbers);

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items_list, i);
      g_autofree char *top = fullwidth (numbers[i].top);
      g_autofree char *sub = numbers[i].sub > 0 ? fullwidth (numbers[i].sub) : NULL;
      g_autofree char *text = NULL;

      if (!RT_IS_AGENDA_ROW (row))
        continue;
      if (sub != NULL)
        /* TRANSLATORS: the number of a 議事 in the 次第: ２ 議事（１） */
        text = g_strdup_printf (_("%s Item (%s)"), top, sub);
      else
        text = g_strdup_printf ("%s　%s", top, rt_agenda_kind_to_label (kinds[i]));
      rt_agenda_row_set_number (RT_AGENDA_ROW (row), text);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_numbers (RtAgendaView *self)
{
  if (self->numbers_id == 0)
    self->numbers_id = g_idle_add (update_numbers, self);
}

static GtkWidget *
create_item_row (gpointer item,
                 gpointer data)
{
  RtAgendaView *self = data;

  queue_numbers (self);
  return rt_agenda_row_new (self->committee, RT_AGENDA_ITEM (item));
}

static GtkWidget *
create_material_row (gpointer item,
                     gpointer data)
{
  RtAgendaView *self = data;

  return rt_material_row_new (self->committee, RT_MATERIAL (item), self->items);
}

static void
update_when (RtAgendaView *self)
{
  g_autofree char *when = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_widget_set_sensitive (self->edit_meeting_button, self->meeting != NULL);
  if (self->meeting == NULL)
    {
      gtk_label_set_label (self->when_label, "");
      return;
    }

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_meeting_button), "x",
                                    rt_meeting_get_id (self->meeting));

  when = rt_date_format_meeting (rt_meeting_get_date (self->meeting), rt_meeting_get_start_time (self->meeting),
                                 rt_meeting_get_end_time (self->meeting), rt_settings_get_date_style ());
  g_string_append (text, when[0] != '\0' ? when : _("Date not set"));
  g_string_append (text, " · ");
  g_string_append (text, rt_meeting_get_place (self->meeting)[0] != '\0' ? rt_meeting_get_place (self->meeting)
                                                                         : _("Place not set"));
  if (rt_meeting_get_n_present (self->meeting) > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d present", "%d present",
                                                 rt_meeting_get_n_present (self->meeting)),
                              rt_meeting_get_n_present (self->meeting));
    }
  gtk_label_set_label (self->when_label, text->str);
}

static void
update_actions (RtAgendaView *self)
{
  gboolean writable = self->committee != NULL && !rt_committee_get_read_only (self->committee);
  gboolean empty = self->items == NULL || g_list_model_get_n_items (self->items) == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-item", writable && self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-usual", writable && self->meeting != NULL && empty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add-material", writable && self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.print", self->meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.handouts", self->meeting != NULL);
}

static void
items_changed (RtAgendaView *self)
{
  queue_numbers (self);
  update_actions (self);
}

static void
meeting_selected (RtAgendaView *self)
{
  RtMeeting *meeting = rt_cycle_get_meeting (self->meeting_dropdown);

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);
  if (meeting != NULL)
    g_signal_connect_swapped (meeting, "notify", G_CALLBACK (update_when), self);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  g_clear_object (&self->items);
  g_clear_object (&self->materials);

  if (meeting != NULL)
    {
      self->items = rt_committee_list_agenda_items (self->committee, rt_meeting_get_id (meeting));
      self->materials = rt_committee_list_materials (self->committee, rt_meeting_get_id (meeting));
      g_signal_connect_swapped (self->items, "items-changed", G_CALLBACK (items_changed), self);
    }

  gtk_list_box_bind_model (self->items_list, self->items, create_item_row, self, NULL);
  gtk_list_box_bind_model (self->materials_list, self->materials, create_material_row, self, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, meeting != NULL ? "meeting" : "empty");
  update_when (self);
  update_actions (self);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtAgendaView *self = RT_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  int kind = RT_AGENDA_KIND_ITEM;
  int position = -1;
  const char *title;

  if (self->meeting == NULL)
    return;

  rt_enum_from_nick (RT_TYPE_AGENDA_KIND, g_variant_get_string (parameter, NULL), &kind);

  /* The words of the 次第; a new 議事 goes before その他 and 閉会. */
  switch (kind)
    {
    case RT_AGENDA_KIND_OPENING:
      title = "開会";
      position = 0;
      break;
    case RT_AGENDA_KIND_OTHER:
      title = "その他";
      break;
    case RT_AGENDA_KIND_CLOSING:
      title = "閉会";
      break;
    case RT_AGENDA_KIND_ITEM:
    default:
      title = "（議題）";
      for (guint i = g_list_model_get_n_items (self->items); i-- > 0;)
        {
          g_autoptr(RtAgendaItem) item = g_list_model_get_item (self->items, i);

          if (rt_agenda_item_get_kind (item) == RT_AGENDA_KIND_OTHER ||
              rt_agenda_item_get_kind (item) == RT_AGENDA_KIND_CLOSING)
            position = i;
          else
            break;
        }
      break;
    }

  if (rt_committee_add_agenda_item (self->committee, rt_meeting_get_id (self->meeting), kind, title, position,
                                    &error) == 0)
    {
      rt_feedback_error (widget, _("Could Not Change the Agenda"), error);
      return;
    }

  /* The new item's title is typed at once. */
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items_list,
                                                        position >= 0 ? position
                                                                      : (int)g_list_model_get_n_items (self->items) - 1);

    if (row != NULL)
      gtk_widget_grab_focus (GTK_WIDGET (row));
  }
}

static void
add_usual_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtAgendaView *self = RT_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->meeting != NULL && !rt_committee_add_usual_agenda (self->committee, rt_meeting_get_id (self->meeting), &error))
    rt_feedback_error (widget, _("Could Not Change the Agenda"), error);
}

static void
add_material_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RtAgendaView *self = RT_AGENDA_VIEW (widget);
  g_autoptr(GError) error = NULL;
  RtMaterialEdit edit = { 0, "（資料名）", RT_MATERIAL_KIND_MATERIAL, FALSE, NULL };
  GtkListBoxRow *row;

  if (self->meeting == NULL)
    return;

  if (rt_committee_add_material (self->committee, rt_meeting_get_id (self->meeting), &edit, -1, &error) == 0)
    {
      rt_feedback_error (widget, _("Could Not Change the Material"), error);
      return;
    }

  row = gtk_list_box_get_row_at_index (self->materials_list, g_list_model_get_n_items (self->materials) - 1);
  if (ADW_IS_EXPANDER_ROW (row))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtAgendaView *self = RT_AGENDA_VIEW (widget);

  if (self->meeting == NULL)
    return;

  /* The 次第 alone, or the meeting's handouts (chosen in the window). */
  rt_cycle_open_document (widget, g_str_equal (action_name, "agenda.print") ? RT_HANDOUT_AGENDA : 0,
                          rt_meeting_get_number (self->meeting), 0);
}

void
rt_agenda_view_set_committee (RtAgendaView *self,
                              RtCommittee  *committee)
{
  g_return_if_fail (RT_IS_AGENDA_VIEW (self));

  if (self->committee == committee)
    return;

  g_set_object (&self->committee, committee);
  rt_cycle_bind_meetings (self->meeting_dropdown, committee);
  meeting_selected (self);
}

void
rt_agenda_view_select_meeting (RtAgendaView *self,
                               gint64        meeting_id)
{
  g_return_if_fail (RT_IS_AGENDA_VIEW (self));

  rt_cycle_select_meeting (self->meeting_dropdown, meeting_id);
}

static void
rt_agenda_view_dispose (GObject *object)
{
  RtAgendaView *self = (RtAgendaView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->numbers_id, g_source_remove);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  if (self->items != NULL)
    g_signal_handlers_disconnect_by_data (self->items, self);
  if (self->items_list != NULL)
    gtk_list_box_bind_model (self->items_list, NULL, NULL, NULL, NULL);
  if (self->materials_list != NULL)
    gtk_list_box_bind_model (self->materials_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_AGENDA_VIEW);
  /* Unnamed template children are not removed by dispose_template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);
  g_clear_object (&self->meeting);
  g_clear_object (&self->items);
  g_clear_object (&self->materials);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_agenda_view_parent_class)->dispose (object);
}

static void
rt_agenda_view_class_init (RtAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_agenda_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-agenda-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, when_label);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, edit_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, items_list);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, materials_list);
  gtk_widget_class_bind_template_child (widget_class, RtAgendaView, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, meeting_selected);

  gtk_widget_class_install_action (widget_class, "agenda.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-usual", NULL, add_usual_action);
  gtk_widget_class_install_action (widget_class, "agenda.add-material", NULL, add_material_action);
  gtk_widget_class_install_action (widget_class, "agenda.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "agenda.handouts", NULL, print_action);
}

static void
rt_agenda_view_init (RtAgendaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The date as the preferences write it, changed there while shown. */
  g_signal_connect_object (rt_settings_get (), "changed::date-style", G_CALLBACK (update_when), self,
                           G_CONNECT_SWAPPED);
  update_actions (self);
}
