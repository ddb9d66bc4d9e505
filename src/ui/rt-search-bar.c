/* rt-search-bar.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-search-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-search-bar.h"

/* The search bar below the header bar: a search entry and filters by
 * meeting, speaker, point, status and kind of statement (意見, 質問 …),
 * driving one RtSearchModel. While it
 * is closed, or open with nothing typed and nothing chosen, there is no
 * search (RtSearchBar:search is NULL) and the board shows every card.
 */
struct _RtSearchBar
{
  GtkWidget       parent_instance;

  RtCommittee    *committee;
  RtSearchModel  *model;
  RtSearchModel  *search;
  guint           rebuild_id;

  /* The filter id of each dropdown item; item 0 is “all” (0). */
  GArray         *meeting_ids;
  GArray         *speaker_ids;
  GArray         *point_ids;

  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
  GtkDropDown    *meeting_dropdown;
  GtkDropDown    *speaker_dropdown;
  GtkDropDown    *point_dropdown;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *kind_dropdown;
  GtkLabel       *count_label;
};

G_DEFINE_FINAL_TYPE (RtSearchBar, rt_search_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return 0;

  return g_array_index (ids, gint64, selected);
}

static void
read_filter (RtSearchBar    *self,
             RtSearchFilter *filter)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);

  rt_search_filter_init (filter);
  filter->meeting_id = selected_id (self->meeting_dropdown, self->meeting_ids);
  filter->speaker_id = selected_id (self->speaker_dropdown, self->speaker_ids);
  filter->point_id = selected_id (self->point_dropdown, self->point_ids);
  /* Item 0 is “all statuses”; then the statuses in the order of RtCardStatus. */
  filter->status = (status == GTK_INVALID_LIST_POSITION || status == 0) ? -1 : (int)status - 1;
  /* The same for kinds, in the order of RtStatementKind. */
  filter->kind = (kind == GTK_INVALID_LIST_POSITION || kind == 0) ? -1 : (int)kind - 1;
}

static void
update_count (RtSearchBar *self)
{
  g_autofree char *text = NULL;
  guint n;

  if (self->model == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  text = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
  gtk_label_set_label (self->count_label, text);
}

/* Decides whether there is a search at all, and tells the board. */
static void
update_search (RtSearchBar *self)
{
  RtSearchModel *search = NULL;

  if (self->model != NULL && gtk_search_bar_get_search_mode (self->search_bar))
    {
      RtSearchFilter filter;
      const char *query = rt_search_model_get_query (self->model);

      rt_search_model_get_filter (self->model, &filter);
      if ((query != NULL && query[0] != '\0') || !rt_search_filter_is_empty (&filter))
        search = self->model;
    }

  if (search == self->search)
    return;

  g_set_object (&self->search, search);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

static void
search_changed (RtSearchBar *self)
{
  if (self->model == NULL)
    return;

  rt_search_model_set_query (self->model, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  update_search (self);
}

static void
filter_changed (RtSearchBar *self)
{
  RtSearchFilter filter;

  if (self->model == NULL)
    return;

  read_filter (self, &filter);
  rt_search_model_set_filter (self->model, &filter);
  update_search (self);
}

static void
reset_dropdowns (RtSearchBar *self)
{
  gtk_drop_down_set_selected (self->meeting_dropdown, 0);
  gtk_drop_down_set_selected (self->speaker_dropdown, 0);
  gtk_drop_down_set_selected (self->point_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
}

static void
search_mode_changed (RtSearchBar *self)
{
  /* Closing the bar (Escape) clears the search: the board shows every card. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
      reset_dropdowns (self);
      if (self->model != NULL)
        rt_search_model_set_query (self->model, "");
    }

  update_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

/* Fills @dropdown with “all” and then @items, keeping the chosen id if it is
 * still there. */
static void
fill_dropdown (GtkDropDown  *dropdown,
               GArray       *ids,
               const char   *all,
               GPtrArray    *names,
               GArray       *new_ids)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 chosen = selected_id (dropdown, ids);
  guint selected = 0;

  gtk_string_list_append (strings, all);
  g_array_set_size (ids, 1);
  g_array_index (ids, gint64, 0) = 0;

  for (guint i = 0; i < names->len; i++)
    {
      gint64 id = g_array_index (new_ids, gint64, i);

      gtk_string_list_append (strings, g_ptr_array_index (names, i));
      g_array_append_val (ids, id);
      if (id == chosen)
        selected = i + 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected);
}

static void
rebuild_dropdowns (RtSearchBar *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GListModel) points = NULL;
  g_autoptr(RtFramework) framework = NULL;
  GListModel *list;

  if (self->committee == NULL)
    {
      fill_dropdown (self->meeting_dropdown, self->meeting_ids, _("All meetings"), names, ids);
      fill_dropdown (self->speaker_dropdown, self->speaker_ids, _("All speakers"), names, ids);
      fill_dropdown (self->point_dropdown, self->point_ids, _("All points"), names, ids);
      return;
    }

  list = rt_committee_get_meetings (self->committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (list, i);
      gint64 id = rt_meeting_get_id (meeting);
      const char *title = rt_meeting_get_title (meeting);

      g_ptr_array_add (names, title != NULL && title[0] != '\0'
                              ? g_strdup (title)
                              /* Translators: a meeting by its number, 第%d回 in Japanese. */
                              : g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting)));
      g_array_append_val (ids, id);
    }
  fill_dropdown (self->meeting_dropdown, self->meeting_ids, _("All meetings"), names, ids);

  g_ptr_array_set_size (names, 0);
  g_array_set_size (ids, 0);
  list = rt_committee_get_people (self->committee);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (list, i);
      gint64 id = rt_person_get_id (person);

      g_ptr_array_add (names, g_strdup (rt_person_get_display_name (person)));
      g_array_append_val (ids, id);
    }
  fill_dropdown (self->speaker_dropdown, self->speaker_ids, _("All speakers"), names, ids);

  /* The points of the first framework: the 9 national points by default. */
  g_ptr_array_set_size (names, 0);
  g_array_set_size (ids, 0);
  list = rt_committee_get_frameworks (self->committee);
  if (g_list_model_get_n_items (list) > 0)
    {
      framework = g_list_model_get_item (list, 0);
      points = rt_committee_list_points (self->committee, rt_framework_get_id (framework));
    }
  for (guint i = 0; points != NULL && i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(RtPoint) point = g_list_model_get_item (points, i);
      gint64 id = rt_point_get_id (point);

      /* Translators: a discussion point by its number, 論点%d in Japanese. */
      g_ptr_array_add (names, g_strdup_printf (_("Point %d"), rt_point_get_number (point)));
      g_array_append_val (ids, id);
    }
  fill_dropdown (self->point_dropdown, self->point_ids, _("All points"), names, ids);
}

static gboolean
rebuild_idle (gpointer data)
{
  RtSearchBar *self = data;

  self->rebuild_id = 0;
  rebuild_dropdowns (self);

  return G_SOURCE_REMOVE;
}

/* The filters name meetings, speakers and points. */
static void
choices_changed (RtSearchBar *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle, self);
}

void
rt_search_bar_set_committee (RtSearchBar *self,
                             RtCommittee *committee)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_count, self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_object (&self->model);
  g_set_object (&self->committee, committee);

  if (committee != NULL)
    {
      self->model = rt_search_model_new (committee);
      g_signal_connect_swapped (self->model, "notify::n-items", G_CALLBACK (update_count), self);
      rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (choices_changed), self);
      rt_committee_watch (committee, RT_KIND_PERSON, G_CALLBACK (choices_changed), self);
      rt_committee_watch (committee, RT_KIND_FRAMEWORK, G_CALLBACK (choices_changed), self);
      rt_committee_watch (committee, RT_KIND_POINT, G_CALLBACK (choices_changed), self);
    }

  /* A new committee starts with an empty search. */
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  rebuild_dropdowns (self);
  reset_dropdowns (self);
  filter_changed (self);
  search_changed (self);
  update_count (self);
  update_search (self);
}

/**
 * rt_search_bar_get_model:
 *
 * Returns: (transfer none) (nullable): the model of the cards found, also
 *   while there is no search (then every card)
 */
RtSearchModel *
rt_search_bar_get_model (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);

  return self->model;
}

/**
 * rt_search_bar_get_search:
 *
 * Returns: (transfer none) (nullable): the model of the cards found while
 *   the bar is open with a query or a filter; %NULL when nothing is searched
 */
RtSearchModel *
rt_search_bar_get_search (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);

  return self->search;
}

gboolean
rt_search_bar_get_search_mode (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

/* Opening the bar focuses its entry, with what was typed before selected. */
void
rt_search_bar_set_search_mode (RtSearchBar *self,
                               gboolean     search_mode)
{
  g_return_if_fail (RT_IS_SEARCH_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
    }
}

/**
 * rt_search_bar_get_entry:
 *
 * Returns: (transfer none): the search entry
 */
GtkWidget *
rt_search_bar_get_entry (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);

  return GTK_WIDGET (self->entry);
}

const char *
rt_search_bar_get_count_text (RtSearchBar *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_BAR (self), NULL);

  return gtk_label_get_label (self->count_label);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rt_search_bar_set_search_mode (RT_SEARCH_BAR (widget), FALSE);
}

static void
rt_search_bar_dispose (GObject *object)
{
  RtSearchBar *self = (RtSearchBar *)object;

  if (self->committee != NULL)
    rt_committee_unwatch (self->committee, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, update_count, self);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_SEARCH_BAR);
  g_clear_object (&self->search);
  g_clear_object (&self->model);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_search_bar_parent_class)->dispose (object);
}

static void
rt_search_bar_finalize (GObject *object)
{
  RtSearchBar *self = (RtSearchBar *)object;

  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->speaker_ids, g_array_unref);
  g_clear_pointer (&self->point_ids, g_array_unref);

  G_OBJECT_CLASS (rt_search_bar_parent_class)->finalize (object);
}

static void
rt_search_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_object (value, self->search);
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, rt_search_bar_get_search_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RtSearchBar *self = RT_SEARCH_BAR (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      rt_search_bar_set_search_mode (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_bar_class_init (RtSearchBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_search_bar_dispose;
  object_class->finalize = rt_search_bar_finalize;
  object_class->get_property = rt_search_bar_get_property;
  object_class->set_property = rt_search_bar_set_property;

  properties[PROP_SEARCH] =
    g_param_spec_object ("search", NULL, NULL,
                         RT_TYPE_SEARCH_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-search-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, entry);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, point_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtSearchBar, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed);

  /* Escape on a filter closes the bar, as it does in the entry. */
  gtk_widget_class_install_action (widget_class, "search.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "search.close", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rtsearchbar");
}

static void
rt_search_bar_init (RtSearchBar *self)
{
  g_autoptr(GtkStringList) statuses = NULL;
  g_autoptr(GtkStringList) kinds = NULL;

  self->meeting_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->speaker_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->point_ids = g_array_new (FALSE, TRUE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  statuses = gtk_string_list_new (NULL);
  gtk_string_list_append (statuses, _("All statuses"));
  gtk_string_list_append (statuses, rt_card_status_to_label (RT_CARD_STATUS_NEW));
  gtk_string_list_append (statuses, rt_card_status_to_label (RT_CARD_STATUS_REVIEWED));
  gtk_string_list_append (statuses, rt_card_status_to_label (RT_CARD_STATUS_HOLD));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  kinds = gtk_string_list_new (NULL);
  gtk_string_list_append (kinds, _("All kinds"));
  for (int kind = RT_STATEMENT_KIND_OPINION; kind <= RT_STATEMENT_KIND_LAST; kind++)
    gtk_string_list_append (kinds, rt_statement_kind_to_label (kind));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  rebuild_dropdowns (self);
  update_count (self);
}
