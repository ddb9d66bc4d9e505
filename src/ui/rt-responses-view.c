/* rt-responses-view.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-responses-view"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-response-editor.h"
#include "rt-response-row.h"
#include "rt-responses-view.h"

/* The Responses page: every opinion with the answer that counts for it, in
 * a GtkColumnView (one RtResponseRow per card, cells from list-item
 * templates), filtered by response, theme, meeting and words, and sorted
 * unanswered first, by a clicked column, then in board order; below it the
 * answer editor for the selected opinions, which then share one answer.
 *
 * The order and the filter stay as they are while the secretariat answers
 * (an answered row does not jump away): they are applied again when a
 * filter or the order is changed. Ctrl+Enter saves and goes on to the next
 * opinion; Alt+↓ and Alt+↑ go to the next and previous one. A hidden page
 * follows the committee only when it is shown again. */
struct _RtResponsesView
{
  GtkWidget            parent_instance;

  RtCommittee         *committee;
  GListStore          *rows;
  GtkFilterListModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkMultiSelection   *selection;
  GtkCustomFilter     *filter;
  GtkCustomSorter     *unanswered_sorter;
  GtkMultiSorter      *sorter;
  GHashTable          *theme_order;
  GHashTable          *kind_order;
  GArray              *state_kinds;    /* state dropdown index → kind id (from 3 on) */
  GArray              *theme_ids;      /* theme dropdown index → theme id; -1 the inbox */
  GArray              *meeting_ids;
  char                *search;
  guint                refresh_id;
  gboolean             stale;
  gboolean             filling;

  GtkWidget           *box;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *theme_dropdown;
  GtkDropDown         *meeting_dropdown;
  GtkToggleButton     *unanswered_button;
  GtkLabel            *count_label;
  GtkPaned            *paned;
  GtkScrolledWindow   *scroller;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *text_column;
  GtkColumnViewColumn *speaker_column;
  GtkColumnViewColumn *meeting_column;
  GtkColumnViewColumn *theme_column;
  GtkColumnViewColumn *answer_column;
  GtkLabel            *opinion_label;
  RtResponseEditor    *editor;
};

G_DEFINE_FINAL_TYPE (RtResponsesView, rt_responses_view, GTK_TYPE_WIDGET)

enum {
  STATE_ALL,
  STATE_UNANSWERED,
  STATE_ANSWERED,
  N_FIXED_STATES
};

static GHashTable *
new_order (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
put_order (GHashTable *order,
           gint64      id,
           guint       index)
{
  gint64 *key = g_new (gint64, 1);

  *key = id;
  g_hash_table_insert (order, key, GUINT_TO_POINTER (index));
}

static RtResponseRow *
row_at (GListModel *model,
        guint       position)
{
  /* The stores hold the rows: a borrowed pointer is enough. */
  RtResponseRow *row = g_list_model_get_item (model, position);

  g_object_unref (row);
  return row;
}

/* Filtering and sorting */

static gboolean
filter_row (gpointer item,
            gpointer data)
{
  RtResponsesView *self = data;
  RtResponseRow *row = item;
  RtCard *card = rt_response_row_get_card (row);
  RtResponse *response = rt_response_row_get_response (row);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  guint theme = gtk_drop_down_get_selected (self->theme_dropdown);
  guint meeting = gtk_drop_down_get_selected (self->meeting_dropdown);

  if (!rt_response_row_get_listed (row))
    return FALSE;
  if (state == STATE_UNANSWERED && response != NULL)
    return FALSE;
  if (state == STATE_ANSWERED && response == NULL)
    return FALSE;
  if (state >= N_FIXED_STATES && state < self->state_kinds->len &&
      (response == NULL || rt_response_get_kind_id (response) != g_array_index (self->state_kinds, gint64, state)))
    return FALSE;

  if (theme > 0 && theme < self->theme_ids->len)
    {
      gint64 id = g_array_index (self->theme_ids, gint64, theme);

      if (rt_card_get_theme_id (card) != (id < 0 ? 0 : id))
        return FALSE;
    }

  if (meeting > 0 && meeting < self->meeting_ids->len &&
      rt_card_get_meeting_id (card) != g_array_index (self->meeting_ids, gint64, meeting))
    return FALSE;

  if (self->search != NULL &&
      !strstr (rt_card_get_text (card), self->search) &&
      (response == NULL || !strstr (rt_response_get_text (response), self->search)))
    return FALSE;

  return TRUE;
}

static int
compare_unanswered (gconstpointer a,
                    gconstpointer b,
                    gpointer      data)
{
  RtResponsesView *self = data;
  gboolean answered_a, answered_b;

  if (!gtk_toggle_button_get_active (self->unanswered_button))
    return GTK_ORDERING_EQUAL;

  answered_a = rt_response_row_get_answered ((RtResponseRow *)a);
  answered_b = rt_response_row_get_answered ((RtResponseRow *)b);

  return answered_a == answered_b ? GTK_ORDERING_EQUAL : answered_a ? GTK_ORDERING_LARGER : GTK_ORDERING_SMALLER;
}

static int
compare_uint (guint a,
              guint b)
{
  return a < b ? GTK_ORDERING_SMALLER : a > b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* As on the board and in the handouts: theme by theme, then the inbox. */
static int
compare_board (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  RtResponseRow *ra = (RtResponseRow *)a, *rb = (RtResponseRow *)b;
  RtCard *ca = rt_response_row_get_card (ra), *cb = rt_response_row_get_card (rb);
  int c;

  if ((c = compare_uint (rt_response_row_get_theme_order (ra), rt_response_row_get_theme_order (rb))) != 0)
    return c;
  if (rt_card_get_position (ca) != rt_card_get_position (cb))
    return rt_card_get_position (ca) < rt_card_get_position (cb) ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return rt_card_get_id (ca) < rt_card_get_id (cb) ? GTK_ORDERING_SMALLER
         : rt_card_get_id (ca) > rt_card_get_id (cb) ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static int
compare_kind (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  return compare_uint (rt_response_row_get_kind_order ((RtResponseRow *)a),
                       rt_response_row_get_kind_order ((RtResponseRow *)b));
}

static int
compare_theme (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return compare_uint (rt_response_row_get_theme_order ((RtResponseRow *)a),
                       rt_response_row_get_theme_order ((RtResponseRow *)b));
}

static int
compare_meeting (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  int ma = rt_card_get_meeting_number (rt_response_row_get_card ((RtResponseRow *)a));
  int mb = rt_card_get_meeting_number (rt_response_row_get_card ((RtResponseRow *)b));

  /* Cards of no meeting last. */
  return compare_uint (ma > 0 ? (guint)ma : G_MAXUINT, mb > 0 ? (guint)mb : G_MAXUINT);
}

static int
compare_speaker (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return g_strcmp0 (rt_card_get_speaker (rt_response_row_get_card ((RtResponseRow *)a)),
                    rt_card_get_speaker (rt_response_row_get_card ((RtResponseRow *)b)));
}

/* The rows' derived state, the filter choices and the count */

static void
set_strings (GtkDropDown *dropdown,
             GPtrArray   *labels,
             guint        selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (list, labels->pdata[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected < labels->len ? selected : 0);
}

static guint
find_id (GArray *ids,
         gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;

  return 0;
}

/* The filters' choices follow the committee's themes, meetings and kinds;
 * a filter whose choice is gone shows everything again. */
static void
fill_filters (RtResponsesView *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gint64 state = 0, theme = 0, meeting = 0;
  guint state_index;
  GListModel *model;
  gint64 none = 0, inbox = -1;

  state_index = gtk_drop_down_get_selected (self->state_dropdown);
  if (state_index < self->state_kinds->len)
    state = state_index < N_FIXED_STATES ? -(gint64)state_index : g_array_index (self->state_kinds, gint64, state_index);
  if (self->theme_ids->len > 0)
    theme = g_array_index (self->theme_ids, gint64, gtk_drop_down_get_selected (self->theme_dropdown));
  if (self->meeting_ids->len > 0)
    meeting = g_array_index (self->meeting_ids, gint64, gtk_drop_down_get_selected (self->meeting_dropdown));

  self->filling = TRUE;

  g_array_set_size (self->state_kinds, 0);
  for (gint64 i = 0; i < N_FIXED_STATES; i++)
    {
      gint64 fixed = -i;

      g_array_append_val (self->state_kinds, fixed);
    }
  g_ptr_array_add (labels, g_strdup (_("All responses")));
  g_ptr_array_add (labels, g_strdup (_("Unanswered")));
  g_ptr_array_add (labels, g_strdup (_("Answered")));
  model = rt_committee_get_response_kinds (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtResponseKind) kind = g_list_model_get_item (model, i);
      gint64 id = rt_response_kind_get_id (kind);

      g_array_append_val (self->state_kinds, id);
      g_ptr_array_add (labels, g_strdup (rt_response_kind_get_name (kind)));
    }
  set_strings (self->state_dropdown, labels,
               state <= 0 ? (guint)-state : find_id (self->state_kinds, state));

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->theme_ids, 0);
  g_array_append_val (self->theme_ids, none);
  g_ptr_array_add (labels, g_strdup (rt_committee_get_mode (self->committee) == RT_COMMITTEE_MODE_PUBLIC_COMMENT
                                     ? _("All items") : _("All themes")));
  model = rt_committee_get_themes (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtTheme) item = g_list_model_get_item (model, i);
      gint64 id = rt_theme_get_id (item);

      g_array_append_val (self->theme_ids, id);
      g_ptr_array_add (labels, g_strdup (rt_theme_get_name (item)));
    }
  g_array_append_val (self->theme_ids, inbox);
  g_ptr_array_add (labels, g_strdup (_("Unsorted")));
  set_strings (self->theme_dropdown, labels, find_id (self->theme_ids, theme));

  g_ptr_array_set_size (labels, 0);
  g_array_set_size (self->meeting_ids, 0);
  g_array_append_val (self->meeting_ids, none);
  g_ptr_array_add (labels, g_strdup (_("All meetings")));
  model = rt_committee_get_meetings (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtMeeting) item = g_list_model_get_item (model, i);
      gint64 id = rt_meeting_get_id (item);

      g_array_append_val (self->meeting_ids, id);
      /* Translators: a meeting in the Responses view's filter: 第%d回. */
      g_ptr_array_add (labels, g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (item)));
    }
  set_strings (self->meeting_dropdown, labels, find_id (self->meeting_ids, meeting));

  self->filling = FALSE;
}

static void
update_count (RtResponsesView *self)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint n = 0, unanswered = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n_rows; i++)
    {
      RtResponseRow *row = row_at (G_LIST_MODEL (self->rows), i);

      if (rt_response_row_get_listed (row))
        {
          n++;
          unanswered += !rt_response_row_get_answered (row);
        }
    }

  if (shown == n)
    /* Translators: "46 opinions · 3 unanswered" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion · %u unanswered",
                                         "%u opinions · %u unanswered", n), n, unanswered);
  else
    /* Translators: "10 of 46 opinions shown · 3 unanswered" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u opinion shown · %u unanswered",
                                         "%u of %u opinions shown · %u unanswered", n), shown, n, unanswered);
  gtk_label_set_label (self->count_label, text);
}

static void
refresh_now (RtResponsesView *self)
{
  GListModel *model;
  gboolean relist = FALSE;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;

  if (self->committee == NULL)
    return;

  g_hash_table_remove_all (self->theme_order);
  model = rt_committee_get_themes (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);

      put_order (self->theme_order, rt_theme_get_id (theme), i + 1);
    }

  g_hash_table_remove_all (self->kind_order);
  model = rt_committee_get_response_kinds (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtResponseKind) kind = g_list_model_get_item (model, i);

      put_order (self->kind_order, rt_response_kind_get_id (kind), i + 1);
    }

  /* Rows stay where they are while the secretariat answers; only a card
   * that became or stopped being an opinion (its kind changed) makes the
   * filter run again. */
  model = G_LIST_MODEL (self->rows);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      RtResponseRow *row = row_at (model, i);
      gboolean listed = rt_response_row_get_listed (row);

      rt_response_row_update (row, self->committee, self->theme_order, self->kind_order);
      relist |= listed != rt_response_row_get_listed (row);
    }
  if (relist)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* In a public comment, themes are the plan's items (項目). */
  gtk_column_view_column_set_title (self->theme_column,
                                    rt_committee_get_mode (self->committee) == RT_COMMITTEE_MODE_PUBLIC_COMMENT
                                    ? _("Item") : _("Theme"));

  fill_filters (self);
  update_count (self);
}

static gboolean
refresh_idle (gpointer data)
{
  RtResponsesView *self = data;

  self->refresh_id = 0;
  refresh_now (self);

  return G_SOURCE_REMOVE;
}

/* After a change: at once when shown (in an idle, once for a burst of
 * changes), else when next shown. */
static void
queue_refresh (RtResponsesView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 20, refresh_idle, self, NULL);
}

static void
cards_changed (RtResponsesView *self,
               guint            position,
               guint            removed,
               guint            added,
               GListModel      *cards)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, position + i);
      RtResponseRow *row = rt_response_row_new (card);

      rt_response_row_update (row, self->committee, self->theme_order, self->kind_order);
      g_ptr_array_add (rows, row);
    }

  g_list_store_splice (self->rows, position, removed, rows->pdata, rows->len);
  queue_refresh (self);
}

/* Selection and the editor */

static GArray *
selected_card_ids (RtResponsesView *self,
                   guint           *last)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  if (last != NULL)
    *last = G_MAXUINT;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      RtResponseRow *row = row_at (G_LIST_MODEL (self->selection), position);
      gint64 id = rt_card_get_id (rt_response_row_get_card (row));

      g_array_append_val (ids, id);
      if (last != NULL)
        *last = position;
    }

  return ids;
}

/* The opinion being answered, whole, above the answer: the table shows
 * only its first lines. */
static void
update_opinion (RtResponsesView *self,
                GArray          *ids)
{
  g_autofree char *text = NULL;
  RtCard *card;

  if (ids->len == 1 && self->committee != NULL &&
      (card = rt_committee_lookup (self->committee, RT_KIND_CARD, g_array_index (ids, gint64, 0))))
    {
      const char *speaker = rt_card_get_speaker (card);

      /* Translators: an opinion above its answer: its text, then its speaker. */
      text = speaker[0] != '\0' ? g_strdup_printf (_("%s（%s）"), rt_card_get_text (card), speaker)
                                : g_strdup (rt_card_get_text (card));
    }
  else if (ids->len > 1)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u opinion selected: they get one answer",
                                         "%u opinions selected: they get one answer", ids->len), ids->len);

  gtk_label_set_label (self->opinion_label, text ? text : "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->opinion_label), text);
  gtk_widget_set_visible (GTK_WIDGET (self->opinion_label), text != NULL);
}

static void
selection_changed (RtResponsesView *self)
{
  g_autoptr(GArray) ids = NULL;

  /* An answer being typed is not lost by clicking another opinion. */
  if (rt_response_editor_get_dirty (self->editor))
    rt_response_editor_save (self->editor);

  ids = selected_card_ids (self, NULL);
  rt_response_editor_set_cards (self->editor, (const gint64 *)(gpointer)ids->data, ids->len);
  update_opinion (self, ids);
}

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

/**
 * rt_responses_view_select:
 * @position: a row of the table, as shown
 *
 * Selects that row alone and scrolls to it.
 */
void
rt_responses_view_select (RtResponsesView *self,
                          guint            position)
{
  GtkWidget *list_view;

  g_return_if_fail (RT_IS_RESPONSES_VIEW (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  if ((list_view = find_list_view (GTK_WIDGET (self->column_view))))
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

static void
move_by (RtResponsesView *self,
         int              delta)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position;

  if (n == 0)
    return;

  if (gtk_bitset_is_empty (selected))
    position = 0;
  else if (delta > 0)
    position = MIN (gtk_bitset_get_maximum (selected) + 1, n - 1);
  else
    position = gtk_bitset_get_minimum (selected) > 0 ? gtk_bitset_get_minimum (selected) - 1 : 0;

  rt_responses_view_select (self, position);
}

/* Saved with Ctrl+Enter: on to the next opinion, ready to type. */
static void
editor_saved (RtResponsesView *self)
{
  move_by (self, 1);
  rt_response_editor_focus_text (self->editor);
}

static void
row_activated (RtResponsesView *self,
               guint            position)
{
  rt_response_editor_focus_text (self->editor);
}

/* A new filter or order starts from the top. */
static void
scroll_to_top (RtResponsesView *self)
{
  GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

  if (list_view != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", 0);
}

static void
filters_changed (RtResponsesView *self)
{
  const char *text;

  if (self->filling)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_free (self->search);
  self->search = text[0] != '\0' ? g_strdup (text) : NULL;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
  scroll_to_top (self);
}

static void
order_changed (RtResponsesView *self)
{
  gtk_sorter_changed (GTK_SORTER (self->unanswered_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  scroll_to_top (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RtResponsesView *self = RT_RESPONSES_VIEW (widget);

  if (rt_response_editor_get_dirty (self->editor) && !rt_response_editor_save (self->editor))
    return;

  move_by (self, g_str_equal (action_name, "responses.next") ? 1 : -1);
}

/* Ctrl+digit and Ctrl+Enter work from the table too, on the selected
 * opinions: the editor's own keys, handed on. */
static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtResponsesView *self = RT_RESPONSES_VIEW (widget);

  if (g_str_equal (action_name, "responses.kind"))
    gtk_widget_activate_action_variant (GTK_WIDGET (self->editor), "response.kind", parameter);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->editor), "response.save", NULL);
}

/* Public API */

void
rt_responses_view_set_committee (RtResponsesView *self,
                                 RtCommittee     *committee)
{
  GListModel *cards;

  g_return_if_fail (RT_IS_RESPONSES_VIEW (self));
  g_return_if_fail (committee == NULL || RT_IS_COMMITTEE (committee));

  if (self->committee == committee)
    return;

  if (self->committee != NULL)
    {
      rt_committee_unwatch (self->committee, self);
      g_signal_handlers_disconnect_by_data (rt_committee_get_cards (self->committee), self);
    }

  g_set_object (&self->committee, committee);
  rt_response_editor_set_committee (self->editor, committee);
  g_list_store_remove_all (self->rows);

  if (committee == NULL)
    return;

  cards = rt_committee_get_cards (committee);
  g_signal_connect_object (cards, "items-changed", G_CALLBACK (cards_changed), self, G_CONNECT_SWAPPED);
  rt_committee_watch (committee, RT_KIND_RESPONSE, G_CALLBACK (queue_refresh), self);
  rt_committee_watch (committee, RT_KIND_RESPONSE_KIND, G_CALLBACK (queue_refresh), self);
  rt_committee_watch (committee, RT_KIND_THEME, G_CALLBACK (queue_refresh), self);
  rt_committee_watch (committee, RT_KIND_MEETING, G_CALLBACK (queue_refresh), self);
  rt_committee_watch (committee, RT_KIND_CARD, G_CALLBACK (queue_refresh), self);

  refresh_now (self);
  cards_changed (self, 0, 0, g_list_model_get_n_items (cards), cards);
  refresh_now (self);
}

RtResponseEditor *
rt_responses_view_get_editor (RtResponsesView *self)
{
  g_return_val_if_fail (RT_IS_RESPONSES_VIEW (self), NULL);

  return self->editor;
}

/**
 * rt_responses_view_get_model:
 *
 * Returns: (transfer none): the rows as shown (RtResponseRow), with the
 *   selection
 */
GtkSelectionModel *
rt_responses_view_get_model (RtResponsesView *self)
{
  g_return_val_if_fail (RT_IS_RESPONSES_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

GtkAdjustment *
rt_responses_view_get_vadjustment (RtResponsesView *self)
{
  g_return_val_if_fail (RT_IS_RESPONSES_VIEW (self), NULL);

  return gtk_scrolled_window_get_vadjustment (self->scroller);
}

/**
 * rt_responses_view_set_state_filter:
 * @state: 0 every opinion, 1 the unanswered ones, 2 the answered ones
 */
void
rt_responses_view_set_state_filter (RtResponsesView *self,
                                    guint            state)
{
  g_return_if_fail (RT_IS_RESPONSES_VIEW (self));

  gtk_drop_down_set_selected (self->state_dropdown, state);
}

static void
rt_responses_view_map (GtkWidget *widget)
{
  RtResponsesView *self = RT_RESPONSES_VIEW (widget);

  GTK_WIDGET_CLASS (rt_responses_view_parent_class)->map (widget);

  if (self->stale)
    refresh_now (self);
}

static void
rt_responses_view_dispose (GObject *object)
{
  RtResponsesView *self = (RtResponsesView *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->committee != NULL)
    {
      rt_committee_unwatch (self->committee, self);
      g_signal_handlers_disconnect_by_data (rt_committee_get_cards (self->committee), self);
    }
  g_clear_object (&self->committee);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_RESPONSES_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (rt_responses_view_parent_class)->dispose (object);
}

static void
rt_responses_view_finalize (GObject *object)
{
  RtResponsesView *self = (RtResponsesView *)object;

  g_clear_pointer (&self->theme_order, g_hash_table_unref);
  g_clear_pointer (&self->kind_order, g_hash_table_unref);
  g_clear_pointer (&self->state_kinds, g_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (rt_responses_view_parent_class)->finalize (object);
}

static void
rt_responses_view_class_init (RtResponsesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_responses_view_dispose;
  object_class->finalize = rt_responses_view_finalize;
  widget_class->map = rt_responses_view_map;

  g_type_ensure (RT_TYPE_RESPONSE_EDITOR);
  g_type_ensure (RT_TYPE_RESPONSE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-responses-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, box);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, theme_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, unanswered_button);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, paned);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, scroller);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, kind_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, text_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, speaker_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, meeting_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, theme_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, answer_column);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, opinion_label);
  gtk_widget_class_bind_template_child (widget_class, RtResponsesView, editor);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, order_changed);
  gtk_widget_class_bind_template_callback (widget_class, editor_saved);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "responses.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "responses.previous", NULL, move_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "responses.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "responses.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "responses.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "responses.previous", NULL);
  gtk_widget_class_install_action (widget_class, "responses.kind", "i", editor_action);
  gtk_widget_class_install_action (widget_class, "responses.save", NULL, editor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "responses.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "responses.save", NULL);
  for (int i = 1; i <= 9; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_CONTROL_MASK, "responses.kind", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0 + i, GDK_CONTROL_MASK, "responses.kind", "i", i);
    }
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GCompareDataFunc     compare)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare, NULL, NULL));

  gtk_column_view_column_set_sorter (column, sorter);
}

static void
rt_responses_view_init (RtResponsesView *self)
{
  GtkSorter *board_sorter;

  self->theme_order = new_order ();
  self->kind_order = new_order ();
  self->state_kinds = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  rt_response_editor_set_theme_visible (self->editor, TRUE);

  set_column_sorter (self->kind_column, compare_kind);
  set_column_sorter (self->speaker_column, compare_speaker);
  set_column_sorter (self->meeting_column, compare_meeting);
  set_column_sorter (self->theme_column, compare_theme);

  /* Unanswered first (when asked), then the clicked column, then board order. */
  self->rows = g_list_store_new (RT_TYPE_RESPONSE_ROW);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                                  GTK_FILTER (self->filter));
  self->unanswered_sorter = gtk_custom_sorter_new (compare_unanswered, self, NULL);
  board_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_board, NULL, NULL));
  self->sorter = gtk_multi_sorter_new ();
  gtk_multi_sorter_append (self->sorter, GTK_SORTER (self->unanswered_sorter));
  gtk_multi_sorter_append (self->sorter, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_multi_sorter_append (self->sorter, board_sorter);
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                              GTK_SORTER (self->sorter));
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (selection_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sort_model, "items-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
}
