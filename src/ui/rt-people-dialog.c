/* rt-people-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-people-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-minutes.h"
#include "rt-people-dialog.h"
#include "rt-ui-util.h"

/* The people of the committee: members, the secretariat, the city's
 * officials and others who speak in minutes. The list on the left is
 * rt_committee_get_people() in the committee's order (名簿順), which
 * handouts and pseudonyms follow; the chosen person's name, role, kind and
 * other names (aliases, which imports recognise) on the right.
 *
 * A new speaker is typed as minutes write them, 山本委員, and split into
 * name and role as the minutes import does. Two people who are the same
 * person under two names are merged: pick both, confirm who stays. Each
 * action is one change, one undo step. */

struct _RtPeopleDialog
{
  AdwWindow           parent_instance;

  RtCommittee        *committee;
  GtkMultiSelection  *selection;
  RtPerson           *person;      /* shown, or NULL */
  GPtrArray          *alias_rows;  /* AdwActionRow, in aliases_group */
  guint               syncing;

  AdwToastOverlay    *toast_overlay;
  GtkEntry           *add_entry;
  GtkListView        *people_view;
  GtkStack           *editor_stack;
  AdwStatusPage      *none_page;
  AdwStatusPage      *two_page;
  GtkWidget          *person_box;
  AdwPreferencesGroup *person_group;
  AdwEntryRow        *name_row;
  AdwEntryRow        *role_row;
  AdwComboRow        *kind_row;
  AdwPreferencesGroup *aliases_group;
  AdwEntryRow        *alias_row;
  GtkLabel           *cards_label;
};

G_DEFINE_FINAL_TYPE (RtPeopleDialog, rt_people_dialog, ADW_TYPE_WINDOW)

/* The kinds, in the order of kind_row. */
static const RtPersonKind kinds[] = {
  RT_PERSON_KIND_MEMBER, RT_PERSON_KIND_SECRETARIAT, RT_PERSON_KIND_OFFICIAL, RT_PERSON_KIND_OTHER,
};

/* The closures of the rows (rt-person-row.ui). */

static char *
person_number (gpointer item,
               guint    position)
{
  return position != GTK_INVALID_LIST_POSITION ? g_strdup_printf ("%u", position + 1) : g_strdup ("");
}

static char *
person_title (gpointer    item,
              const char *display_name)
{
  return g_strdup (display_name != NULL && display_name[0] != '\0' ? display_name : _("(no name)"));
}

static char *
person_details (gpointer             item,
                RtPersonKind         kind,
                const char * const  *aliases,
                const char          *display_name)
{
  g_autoptr(GStrvBuilder) others = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;
  g_autofree char *joined = NULL;

  /* The alias that is the name itself says nothing. */
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if (g_strcmp0 (aliases[i], display_name) != 0)
      g_strv_builder_add (others, aliases[i]);
  names = g_strv_builder_end (others);

  if (names[0] == NULL)
    return g_strdup (rt_person_kind_to_label (kind));

  /* Translators: the separator of a list of names, 、 in Japanese. */
  joined = g_strjoinv (_(", "), names);
  /* Translators: a person's kind, then the other names minutes give them. */
  return g_strdup_printf (_("%s · also %s"), rt_person_kind_to_label (kind), joined);
}

/* The people chosen, in the list's order. */
static GArray *
selected_people (RtPeopleDialog *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      gint64 id;

      if (person == NULL)
        continue;
      id = rt_person_get_id (person);
      g_array_append_val (ids, id);
    }

  return ids;
}

static guint
find_person (RtPeopleDialog *self,
             gint64          person_id)
{
  GListModel *people = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);

      if (rt_person_get_id (person) == person_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static const char *
name_of (RtPerson *person)
{
  const char *name = rt_person_get_display_name (person);

  return name[0] != '\0' ? name : _("(no name)");
}

/* The person shown */

static void
load_aliases (RtPeopleDialog *self)
{
  const char * const *aliases = self->person ? rt_person_get_aliases (self->person) : NULL;

  for (guint i = 0; i < self->alias_rows->len; i++)
    adw_preferences_group_remove (self->aliases_group, g_ptr_array_index (self->alias_rows, i));
  g_ptr_array_set_size (self->alias_rows, 0);
  /* The names first, then the row that adds one. */
  g_object_ref (self->alias_row);
  adw_preferences_group_remove (self->aliases_group, GTK_WIDGET (self->alias_row));

  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *title = g_markup_escape_text (aliases[i], -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove this name"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "people.remove-alias");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", aliases[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->aliases_group, row);
      g_ptr_array_add (self->alias_rows, row);
    }
  adw_preferences_group_add (self->aliases_group, GTK_WIDGET (self->alias_row));
  g_object_unref (self->alias_row);
}

static void
load_person (RtPeopleDialog *self)
{
  RtPerson *person = self->person;
  g_autoptr(GError) error = NULL;
  g_autofree char *cards = NULL;
  guint n_cards;

  if (person == NULL)
    return;

  self->syncing++;
  rt_entry_row_set_text (self->name_row, rt_person_get_name (person));
  rt_entry_row_set_text (self->role_row, rt_person_get_role (person));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == rt_person_get_kind (person))
      adw_combo_row_set_selected (self->kind_row, i);
  self->syncing--;

  adw_preferences_group_set_title (self->person_group, name_of (person));
  load_aliases (self);

  n_cards = rt_committee_count_cards_of (self->committee, rt_person_get_id (person), &error);
  cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion of this speaker", "%u opinions of this speaker",
                                        n_cards), n_cards);
  gtk_label_set_label (self->cards_label, cards);
}

/* Saves the name, role and kind of the person shown, as one change. */
static void
save_person (RtPeopleDialog *self,
             RtPersonKind    kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  RtPerson *person = self->person;

  if (person == NULL || self->syncing || rt_committee_get_read_only (self->committee))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));

  if (g_str_equal (name, rt_person_get_name (person)) && g_str_equal (role, rt_person_get_role (person)) &&
      kind == rt_person_get_kind (person))
    return;

  /* A new role brings its kind (事務局, 市長), unless the kind was chosen
   * apart from the role. */
  if (kind == rt_person_get_kind (person) && kind == rt_person_kind_guess (rt_person_get_role (person)))
    kind = rt_person_kind_guess (role);

  if (!rt_committee_edit_person (self->committee, rt_person_get_id (person), name, role, kind, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      self->syncing++;
      load_person (self);
      self->syncing--;
    }
}

static RtPersonKind
chosen_kind (RtPeopleDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < G_N_ELEMENTS (kinds) ? kinds[selected] : RT_PERSON_KIND_OTHER;
}

static void
field_saved (RtPeopleDialog *self)
{
  if (self->person != NULL)
    save_person (self, rt_person_get_kind (self->person));
}

static void
kind_selected (RtPeopleDialog *self)
{
  if (self->person != NULL && !self->syncing)
    save_person (self, chosen_kind (self));
}

static void
alias_activated (RtPeopleDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *alias = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->alias_row))));

  if (self->person == NULL || alias[0] == '\0')
    return;

  if (!rt_committee_add_alias (self->committee, rt_person_get_id (self->person), alias, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* Ready for the next one: the row came back after the names. */
  gtk_editable_set_text (GTK_EDITABLE (self->alias_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->alias_row));
}

static void
person_notify (RtPeopleDialog *self)
{
  load_person (self);
}

static void
show_person (RtPeopleDialog *self,
             RtPerson       *person)
{
  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, person_notify, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    g_signal_connect_object (person, "notify", G_CALLBACK (person_notify), self, G_CONNECT_SWAPPED);

  load_person (self);
}

static void
update_actions (RtPeopleDialog *self,
                guint           n_selected)
{
  gboolean writable = !rt_committee_get_read_only (self->committee);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.move-up", writable && n_selected == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.move-down", writable && n_selected == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.delete", writable && n_selected == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "people.merge", writable && n_selected == 2);
  gtk_widget_set_sensitive (self->person_box, writable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_entry), writable);
}

static void
selection_changed (RtPeopleDialog *self)
{
  g_autoptr(GArray) ids = selected_people (self);
  RtPerson *person = NULL;

  if (ids->len == 1)
    person = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 0));
  show_person (self, person);

  if (ids->len == 1 && person != NULL)
    gtk_stack_set_visible_child_name (self->editor_stack, "person");
  else if (ids->len == 2)
    {
      RtPerson *a = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 0));
      RtPerson *b = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 1));
      g_autofree char *description = NULL;

      if (a != NULL && b != NULL)
        /* Translators: two speakers chosen in the list, by their names. */
        description = g_strdup_printf (_("If “%s” and “%s” are the same person under two names, merge them: "
                                         "the opinions, other names and attendance of one go to the other."),
                                       name_of (a), name_of (b));
      adw_status_page_set_description (self->two_page, description);
      gtk_stack_set_visible_child_name (self->editor_stack, "two");
    }
  else
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
        {
          adw_status_page_set_title (self->none_page, _("No Speakers Yet"));
          adw_status_page_set_description (self->none_page,
                                           _("Type a member as minutes write them, 山本委員, and press Enter. "
                                             "Imports add the speakers they find, too."));
        }
      else
        {
          adw_status_page_set_title (self->none_page, _("Choose a Speaker"));
          adw_status_page_set_description (self->none_page,
                                           _("Choose a speaker to edit their name, role, kind and other names; "
                                             "choose two (Ctrl+click) to merge them."));
        }
      gtk_stack_set_visible_child_name (self->editor_stack, "none");
    }

  update_actions (self, ids->len);
}

/* The person whose name, or another name, is @text; 0 for none. */
static gint64
find_named (RtPeopleDialog *self,
            const char     *text)
{
  GListModel *people = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      const char * const *aliases = rt_person_get_aliases (person);

      if (g_str_equal (rt_person_get_display_name (person), text) ||
          (aliases != NULL && g_strv_contains (aliases, text)))
        return rt_person_get_id (person);
    }

  return 0;
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_entry))));
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  if (text[0] == '\0')
    {
      rt_feedback_toast (GTK_WIDGET (self), _("Type the new speaker’s name and role, e.g. 山本委員"));
      gtk_widget_grab_focus (GTK_WIDGET (self->add_entry));
      return;
    }

  /* Someone already in the list is chosen, not added twice. */
  if ((id = find_named (self, text)) != 0)
    {
      /* Translators: %s is a speaker typed to be added, who is in the list already. */
      message = g_strdup_printf (_("“%s” is in the list already"), text);
      rt_people_dialog_select (self, &id, 1);
      rt_feedback_toast (GTK_WIDGET (self), message);
      return;
    }

  /* 山本委員 → 山本 + 委員, as the minutes import reads a speaker. */
  if (!rt_minutes_split_speaker (text, &name, &role))
    name = g_strdup (text);

  if (!(id = rt_committee_add_person (self->committee, name, role, &error)))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_entry), "");
  rt_people_dialog_select (self, &id, 1);
  /* Translators: %s is the speaker added, 山本委員. */
  message = g_strdup_printf (_("Added “%s”"), name_of (rt_committee_lookup (self->committee, RT_KIND_PERSON, id)));
  rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static void
add_entry_activated (RtPeopleDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "people.add", NULL);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);
  g_autoptr(GArray) ids = selected_people (self);
  g_autoptr(GError) error = NULL;
  gboolean up = g_str_equal (action_name, "people.move-up");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position;
  gint64 id;

  if (ids->len != 1)
    return;

  id = g_array_index (ids, gint64, 0);
  position = find_person (self, id);
  if (position == GTK_INVALID_LIST_POSITION || (up && position == 0) || (!up && position + 1 >= n))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  if (!rt_committee_move_person (self->committee, id, up ? position - 1 : position + 1, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  /* The move is a removal and an insertion: choose the person again. */
  rt_people_dialog_select (self, &id, 1);
}

typedef struct
{
  RtPeopleDialog *self;
  gint64          first;
  gint64          second;
} Request;

static void
request_free (gpointer  data,
              GClosure *closure)
{
  Request *request = data;

  g_object_unref (request->self);
  g_free (request);
}

static Request *
request_new (RtPeopleDialog *self,
             gint64          first,
             gint64          second)
{
  Request *request = g_new0 (Request, 1);

  request->self = g_object_ref (self);
  request->first = first;
  request->second = second;

  return request;
}

static void
merge_response (AdwMessageDialog *dialog,
                const char       *response,
                Request          *request)
{
  RtPeopleDialog *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *merged_name = NULL;
  RtPerson *kept, *merged;
  gint64 keep, merge;

  if (g_str_equal (response, "keep-first"))
    keep = request->first, merge = request->second;
  else if (g_str_equal (response, "keep-second"))
    keep = request->second, merge = request->first;
  else
    return;

  if (self->committee == NULL ||
      (kept = rt_committee_lookup (self->committee, RT_KIND_PERSON, keep)) == NULL ||
      (merged = rt_committee_lookup (self->committee, RT_KIND_PERSON, merge)) == NULL)
    return;

  kept_name = g_strdup (name_of (kept));
  merged_name = g_strdup (name_of (merged));
  if (!rt_committee_merge_people (self->committee, keep, merge, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_people_dialog_select (self, &keep, 1);
  /* Translators: the speaker merged into the one who stays. */
  message = g_strdup_printf (_("Merged “%s” into “%s”"), merged_name, kept_name);
  rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);
  g_autoptr(GArray) ids = selected_people (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *keep_first = NULL;
  g_autofree char *keep_second = NULL;
  AdwMessageDialog *dialog;
  RtPerson *first, *second;
  guint n_first, n_second;

  if (ids->len != 2 ||
      (first = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 0))) == NULL ||
      (second = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 1))) == NULL)
    {
      rt_feedback_toast (GTK_WIDGET (self), _("Choose the two speakers to merge: click one, then Ctrl+click the other"));
      return;
    }

  n_first = rt_committee_count_cards_of (self->committee, rt_person_get_id (first), &error);
  n_second = rt_committee_count_cards_of (self->committee, rt_person_get_id (second), &error);

  /* Translators: the question before two speakers are merged. */
  heading = g_strdup_printf (_("Merge “%s” and “%s”?"), name_of (first), name_of (second));
  body = g_strdup_printf (_("Choose whose name stays. The other name becomes one of their other names, so the next "
                            "import knows it; the opinions (%u and %u) and the attendance of both go to the one who "
                            "stays. Undo takes it back."), n_first, n_second);
  /* Translators: a button: keep this speaker's name when merging. */
  keep_first = g_strdup_printf (_("Keep “%s”"), name_of (first));
  keep_second = g_strdup_printf (_("Keep “%s”"), name_of (second));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "keep-second", keep_second,
                                    "keep-first", keep_first, NULL);
  adw_message_dialog_set_response_appearance (dialog, "keep-first", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "keep-first");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (merge_response),
                         request_new (self, rt_person_get_id (first), rt_person_get_id (second)), request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response (AdwMessageDialog *dialog,
                 const char       *response,
                 Request          *request)
{
  RtPeopleDialog *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  RtPerson *person;

  if (!g_str_equal (response, "delete") || self->committee == NULL ||
      (person = rt_committee_lookup (self->committee, RT_KIND_PERSON, request->first)) == NULL)
    return;

  /* Translators: %s is the speaker deleted. */
  message = g_strdup_printf (_("Deleted “%s”; their opinions stay"), name_of (person));
  if (!rt_committee_delete_person (self->committee, request->first, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  rt_feedback_toast_undo (GTK_WIDGET (self), message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);
  g_autoptr(GArray) ids = selected_people (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  RtPerson *person;
  guint n_cards;

  if (ids->len != 1 ||
      (person = rt_committee_lookup (self->committee, RT_KIND_PERSON, g_array_index (ids, gint64, 0))) == NULL)
    return;

  n_cards = rt_committee_count_cards_of (self->committee, rt_person_get_id (person), &error);
  /* Translators: %s is a speaker. */
  heading = g_strdup_printf (_("Delete “%s”?"), name_of (person));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Their %u opinion stays, without a speaker. If they are someone else under "
                                       "another name, merge them instead.",
                                       "Their %u opinions stay, without a speaker. If they are someone else under "
                                       "another name, merge them instead.", n_cards), n_cards);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response),
                         request_new (self, rt_person_get_id (person), 0), request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_alias_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (self->person != NULL &&
      !rt_committee_remove_alias (self->committee, rt_person_get_id (self->person),
                                  g_variant_get_string (parameter, NULL), &error))
    rt_feedback_toast (GTK_WIDGET (self), error->message);
}

static void
set_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RtPeopleDialog *self = RT_PEOPLE_DIALOG (widget);

  if (self->person == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->role_row), g_variant_get_string (parameter, NULL));
  save_person (self, rt_person_get_kind (self->person));
}

static gboolean
rt_people_dialog_close_request (GtkWindow *window)
{
  field_saved (RT_PEOPLE_DIALOG (window));

  return GTK_WINDOW_CLASS (rt_people_dialog_parent_class)->close_request (window);
}

static void
rt_people_dialog_dispose (GObject *object)
{
  RtPeopleDialog *self = (RtPeopleDialog *)object;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, person_notify, self);
  g_clear_object (&self->person);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PEOPLE_DIALOG);
  g_clear_pointer (&self->alias_rows, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_people_dialog_parent_class)->dispose (object);
}

static void
rt_people_dialog_class_init (RtPeopleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rt_people_dialog_dispose;
  window_class->close_request = rt_people_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-people-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, toast_overlay);
  rt_feedback_install (widget_class, RT_TYPE_PEOPLE_DIALOG, G_STRUCT_OFFSET (RtPeopleDialog, toast_overlay));
  rt_feedback_install_undo (widget_class, RT_TYPE_PEOPLE_DIALOG, G_STRUCT_OFFSET (RtPeopleDialog, committee));
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, add_entry);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, people_view);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, none_page);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, two_page);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, person_box);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, person_group);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, aliases_group);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, alias_row);
  gtk_widget_class_bind_template_child (widget_class, RtPeopleDialog, cards_label);
  gtk_widget_class_bind_template_callback (widget_class, add_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, alias_activated);

  gtk_widget_class_install_action (widget_class, "people.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "people.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "people.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "people.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "people.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "people.remove-alias", "s", remove_alias_action);
  gtk_widget_class_install_action (widget_class, "people.set-role", "s", set_role_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "people.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "people.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_people_dialog_init (RtPeopleDialog *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  GtkEventController *keys;

  self->alias_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "person_number", G_CALLBACK (person_number),
                                           "person_title", G_CALLBACK (person_title),
                                           "person_details", G_CALLBACK (person_details),
                                           NULL);
  factory = gtk_builder_list_item_factory_new_from_resource (scope, "/io/github/ronten/Ronten/rt-person-row.ui");
  gtk_list_view_set_factory (self->people_view, factory);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, rt_person_kind_to_label (kinds[i]));
  self->syncing++;
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  self->syncing--;

  /* Enter in a field, or the keyboard leaving it, saves it. */
  rt_entry_row_watch (self->name_row, G_CALLBACK (field_saved), self);
  rt_entry_row_watch (self->role_row, G_CALLBACK (field_saved), self);

  /* Delete in the list deletes the speaker chosen (after asking). */
  keys = GTK_EVENT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("people.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->people_view), keys);
}

RtPeopleDialog *
rt_people_dialog_new (GtkWindow   *parent,
                      RtCommittee *committee)
{
  RtPeopleDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_PEOPLE_DIALOG, "transient-for", parent, NULL);
  self->committee = g_object_ref (committee);
  self->selection = gtk_multi_selection_new (g_object_ref (rt_committee_get_people (committee)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (selection_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->people_view, GTK_SELECTION_MODEL (self->selection));
  selection_changed (self);

  return self;
}

/**
 * rt_people_dialog_get_selection:
 *
 * Returns: (transfer none): the people chosen in the list: one to edit,
 *   two to merge
 */
GtkSelectionModel *
rt_people_dialog_get_selection (RtPeopleDialog *self)
{
  g_return_val_if_fail (RT_IS_PEOPLE_DIALOG (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * rt_people_dialog_select:
 *
 * Chooses the people @person_ids in the list, and no one else.
 */
void
rt_people_dialog_select (RtPeopleDialog *self,
                         const gint64   *person_ids,
                         guint           n_people)
{
  g_autoptr(GtkBitset) selected = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) mask = NULL;

  g_return_if_fail (RT_IS_PEOPLE_DIALOG (self));

  for (guint i = 0; i < n_people; i++)
    {
      guint position = find_person (self, person_ids[i]);

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_bitset_add (selected, position);
    }

  mask = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->selection)));
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), selected, mask);
  if (!gtk_bitset_is_empty (selected))
    gtk_widget_activate_action (GTK_WIDGET (self->people_view), "list.scroll-to-item", "u",
                                gtk_bitset_get_minimum (selected));
}
