/* rt-suggest-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reviewing theme, placement and point suggestions. The suggestions are
 * computed in threads on copies of the committee's texts; nothing changes
 * until the user presses Apply on a page, and each Apply is one call to
 * rt_committee_apply_suggestions(): one transaction and one undo step.
 */

#define G_LOG_DOMAIN "rt-suggest-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-color.h"
#include "rt-suggest.h"
#include "rt-suggest-dialog.h"
#include "rt-committee.h"

/* How long the number of themes must rest before the themes are suggested
 * again: a spin button changes in steps. */
#define RERUN_DELAY_MS 350
/* Below this many cards clustering says nothing useful. */
#define MIN_CARDS 4
#define MAX_TITLE_CHARS 80

typedef struct
{
  GtkWidget *group;
  GtkWidget *name_row;
  GtkWidget *accept;
  GtkWidget *reject;
  GtkWidget *new_switch;   /* nullable: for a suggestion that matches a theme */
  GArray    *card_ids;     /* gint64 */
  gint64     theme_id;     /* the existing theme it matches, or 0 */
  char      *theme_name;   /* its name */
  char      *name;         /* the suggested name of a new theme */
} ThemeRow;

typedef struct
{
  GtkWidget *check;
  GtkWidget *theme_drop;
  gint64     card_id;
  gint64     fitting_theme_id;
} PlaceRow;

typedef struct
{
  GtkWidget  *check;
  RtPointLink link;
} PointRow;

struct _RtSuggestDialog
{
  AdwWindow           parent_instance;

  RtCommittee        *committee;
  GCancellable       *themes_cancellable;
  GCancellable       *others_cancellable;
  guint               rerun_id;
  guint               k_user;
  gboolean            themes_busy;
  gboolean            others_busy;

  GArray             *meeting_ids;     /* gint64, scope rows from 2 on */
  GArray             *label_ids;       /* gint64, label rows; 0: none */
  GArray             *theme_ids;       /* gint64, the themes of the drop-downs */
  GtkStringList      *theme_names;

  RtThemeSuggestions *themes;
  GPtrArray          *theme_rows;      /* ThemeRow */
  GPtrArray          *place_rows;      /* PlaceRow */
  GPtrArray          *point_rows;      /* PointRow */
  GPtrArray          *other_widgets;   /* GtkWidget: rows to remove from the groups on a rerun */

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkSpinner         *spinner;
  AdwViewStack       *view_stack;
  AdwComboRow        *scope_row;
  AdwActionRow       *k_row;
  GtkSpinButton      *k_spin;
  AdwComboRow        *label_row;
  GtkStack           *themes_stack;
  GtkSpinner         *themes_spinner;
  AdwStatusPage      *themes_error;
  GtkBox             *themes_list;
  GtkLabel           *themes_status;
  GtkStack           *place_stack;
  AdwPreferencesGroup *place_group;
  GtkLabel           *place_status;
  GtkStack           *points_stack;
  AdwPreferencesGroup *theme_points_group;
  AdwPreferencesGroup *card_points_group;
  GtkLabel           *points_status;
};

G_DEFINE_FINAL_TYPE (RtSuggestDialog, rt_suggest_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void run_themes (RtSuggestDialog *self);
static void run_others (RtSuggestDialog *self);

static void
theme_row_free (ThemeRow *row)
{
  g_array_unref (row->card_ids);
  g_free (row->name);
  g_free (row->theme_name);
  g_free (row);
}

static void
set_busy (RtSuggestDialog *self,
          gboolean        *flag,
          gboolean         busy)
{
  gboolean was = rt_suggest_dialog_get_busy (self);

  *flag = busy;
  if (was == rt_suggest_dialog_get_busy (self))
    return;

  gtk_spinner_set_spinning (self->spinner, !was);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}


static const char *
theme_name (RtSuggestDialog *self,
            gint64           theme_id)
{
  RtTheme *theme = theme_id ? rt_committee_lookup (self->committee, RT_KIND_THEME, theme_id) : NULL;

  return theme ? rt_theme_get_name (theme) : "";
}

static const char *
card_text (RtSuggestDialog *self,
           gint64           card_id)
{
  RtCard *card = rt_committee_lookup (self->committee, RT_KIND_CARD, card_id);

  return card ? rt_card_get_text (card) : "";
}

/* A card's text as Pango markup, escaped, with the words it shares with
 * its theme highlighted like a marker pen. */
static char *
highlight_markup (const char         *text,
                  const char * const *surfaces)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gsize best = 0;

      for (guint i = 0; surfaces != NULL && surfaces[i] != NULL; i++)
        {
          gsize len = strlen (surfaces[i]);

          if (len > best && strncmp (p, surfaces[i], len) == 0)
            best = len;
        }

      if (best > 0)
        {
          g_autofree char *escaped = g_markup_escape_text (p, best);

          g_string_append_printf (out, "<span bgcolor=\"#f5c211\" bgalpha=\"38%%\">%s</span>", escaped);
          p += best;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_autofree char *escaped = g_markup_escape_text (p, next - p);

          g_string_append (out, escaped);
          p = next;
        }
    }

  return g_string_free (out, FALSE);
}

/* The start of a long text, for a title. */
static char *
shorten (const char *text)
{
  g_autofree char *flat = g_strdelimit (g_strdup (text), "\n\r\t", ' ');

  if (g_utf8_strlen (flat, -1) <= MAX_TITLE_CHARS)
    return g_steal_pointer (&flat);
  return g_strconcat (g_utf8_substring (flat, 0, MAX_TITLE_CHARS - 1), "…", NULL);
}

static char *
join_terms (const char * const *terms)
{
  /* Japanese words listed in Japanese: the separator is data. */
  return g_strjoinv ("、", (char **)terms);
}

static void
clear_group (AdwPreferencesGroup *group,
             GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) == GTK_WIDGET (group))
        adw_preferences_group_remove (group, row);
    }
}

/* Themes */

static void
update_themes_status (RtSuggestDialog *self)
{
  guint accepted = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->theme_rows->len; i++)
    {
      ThemeRow *row = g_ptr_array_index (self->theme_rows, i);

      accepted += gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (row->accept));
      gtk_widget_set_opacity (row->group,
                              gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (row->reject)) ? 0.5 : 1.0);
    }

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u theme accepted", "%u themes accepted", accepted),
                          accepted);
  gtk_label_set_label (self->themes_status, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggest.apply-themes", accepted > 0);
}

static void
verdict_toggled (RtSuggestDialog *self)
{
  update_themes_status (self);
}

static void
clear_themes (RtSuggestDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->themes_list))))
    gtk_box_remove (self->themes_list, child);
  g_ptr_array_set_size (self->theme_rows, 0);
  g_clear_pointer (&self->themes, rt_theme_suggestions_free);
}

/* Whether the row makes a new theme, not adding to the one it matches. */
static gboolean
makes_new_theme (ThemeRow *row)
{
  return row->theme_id == 0 || gtk_switch_get_active (GTK_SWITCH (row->new_switch));
}

/* The name row names the new theme, or shows the theme the cards go to. */
static void
new_instead_toggled (ThemeRow *row)
{
  gboolean fresh = makes_new_theme (row);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->name_row), fresh ? _("Name") : _("Add to theme"));
  gtk_editable_set_editable (GTK_EDITABLE (row->name_row), fresh);
  gtk_editable_set_text (GTK_EDITABLE (row->name_row), fresh ? row->name : row->theme_name);
}

static void
show_themes (RtSuggestDialog    *self,
             RtThemeSuggestions *themes)
{
  g_autofree char *subtitle = NULL;

  clear_themes (self);
  self->themes = themes;

  g_signal_handlers_block_matched (self->k_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_spin_button_set_range (self->k_spin, 2, MAX (2, MIN (12, themes->n_cards / 2)));
  gtk_spin_button_set_value (self->k_spin, themes->k);
  g_signal_handlers_unblock_matched (self->k_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  /* Translators: %u is the number of themes the cards fall into best. */
  subtitle = g_strdup_printf (_("Suggested: %u"), themes->k_suggested);
  adw_action_row_set_subtitle (self->k_row, subtitle);

  for (guint t = 0; t < themes->themes->len; t++)
    {
      RtThemeSuggestion *theme = g_ptr_array_index (themes->themes, t);
      ThemeRow *row = g_new0 (ThemeRow, 1);
      g_autofree char *title = NULL;
      g_autofree char *terms = join_terms ((const char * const *)theme->terms);
      g_autofree char *description = NULL;
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      row->card_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      row->group = adw_preferences_group_new ();
      /* Translators: the heading of the n-th suggested theme. */
      title = g_strdup_printf (_("Suggestion %u"), t + 1);
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card · %s", "%u cards · %s",
                                                  theme->members->len),
                                     theme->members->len, terms);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (row->group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (row->group), description);

      gtk_widget_add_css_class (buttons, "linked");
      gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
      row->accept = gtk_toggle_button_new_with_mnemonic (_("_Accept"));
      row->reject = gtk_toggle_button_new_with_mnemonic (_("_Reject"));
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (row->reject), GTK_TOGGLE_BUTTON (row->accept));
      gtk_widget_set_tooltip_text (row->accept, _("Create this theme with its cards when applying"));
      gtk_widget_set_tooltip_text (row->reject, _("Leave these cards where they are"));
      g_signal_connect_object (row->accept, "toggled", G_CALLBACK (verdict_toggled), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row->reject, "toggled", G_CALLBACK (verdict_toggled), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (buttons), row->accept);
      gtk_box_append (GTK_BOX (buttons), row->reject);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (row->group), buttons);

      row->name_row = adw_entry_row_new ();
      row->name = g_strdup (theme->name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->name_row), _("Name"));
      gtk_editable_set_text (GTK_EDITABLE (row->name_row), theme->name);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (row->group), row->name_row);

      /* Cards that belong with a theme of the committee go there, rather
       * than into a second theme beside it; the user may still want one. */
      if (theme->theme_id != 0)
        {
          g_autofree char *belongs = NULL;
          g_autofree char *tooltip = NULL;

          row->theme_id = theme->theme_id;
          row->theme_name = g_strdup (theme->theme_name);
          /* Translators: %s is the name of an existing theme. */
          belongs = g_strdup_printf (_("These cards belong with the theme “%s”"), theme->theme_name);
          g_free (description);
          description = g_strdup_printf ("%s\n%s", belongs, terms);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (row->group), description);
          /* Translators: %s is the name of an existing theme. */
          tooltip = g_strdup_printf (_("Add these cards to “%s” when applying"), theme->theme_name);
          gtk_widget_set_tooltip_text (row->accept, tooltip);

          {
            GtkWidget *instead = adw_action_row_new ();

            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (instead), _("Make a new theme instead"));
            row->new_switch = gtk_switch_new ();
            gtk_widget_set_valign (row->new_switch, GTK_ALIGN_CENTER);
            adw_action_row_add_suffix (ADW_ACTION_ROW (instead), row->new_switch);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (instead), row->new_switch);
            g_signal_connect_swapped (row->new_switch, "notify::active", G_CALLBACK (new_instead_toggled), row);
            adw_preferences_group_add (ADW_PREFERENCES_GROUP (row->group), instead);
          }
          new_instead_toggled (row);
        }

      for (guint m = 0; m < theme->members->len; m++)
        {
          RtSuggestMember *member = &g_array_index (theme->members, RtSuggestMember, m);
          g_autofree char *markup = highlight_markup (card_text (self, member->card_id),
                                                      (const char * const *)member->surfaces);
          GtkWidget *card = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (card), TRUE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (card), markup);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (card), 0);
          gtk_widget_add_css_class (card, "suggest-card");
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (row->group), card);
          g_array_append_val (row->card_ids, member->card_id);
        }

      g_ptr_array_add (self->theme_rows, row);
      gtk_box_append (self->themes_list, row->group);
    }

  gtk_stack_set_visible_child_name (self->themes_stack, "results");
  update_themes_status (self);
}

static void
show_themes_error (RtSuggestDialog *self,
                   const char      *title,
                   const char      *message)
{
  clear_themes (self);
  adw_status_page_set_title (self->themes_error, title);
  adw_status_page_set_description (self->themes_error, message);
  gtk_stack_set_visible_child_name (self->themes_stack, "error");
  update_themes_status (self);
}

static void
themes_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(RtSuggestDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  RtThemeSuggestions *themes = rt_suggest_themes_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, &self->themes_busy, FALSE);
  gtk_spinner_stop (self->themes_spinner);

  if (themes == NULL)
    show_themes_error (self, _("Themes Could Not Be Suggested"), error->message);
  else if (themes->themes->len == 0)
    {
      rt_theme_suggestions_free (themes);
      show_themes_error (self, _("No Themes to Suggest"), _("None of these cards has a word to group it by."));
    }
  else
    show_themes (self, themes);
}

static void
run_themes (RtSuggestDialog *self)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) all_cards = NULL;
  g_autoptr(GPtrArray) themes = NULL;
  RtSuggestOptions options;
  guint scope = adw_combo_row_get_selected (self->scope_row);
  gint64 meeting_id = 0;

  g_cancellable_cancel (self->themes_cancellable);
  g_clear_object (&self->themes_cancellable);

  if (scope >= 2 && scope - 2 < self->meeting_ids->len)
    meeting_id = g_array_index (self->meeting_ids, gint64, scope - 2);
  cards = rt_suggest_collect_cards (self->committee,
                                    scope == 1 ? RT_SUGGEST_SCOPE_INBOX :
                                    scope >= 2 ? RT_SUGGEST_SCOPE_MEETING : RT_SUGGEST_SCOPE_ALL,
                                    meeting_id);

  if (cards->len < MIN_CARDS)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "Themes need at least %u cards; there is %u.",
                                                               "Themes need at least %u cards; there are %u.",
                                                               cards->len),
                                                  MIN_CARDS, cards->len);

      set_busy (self, &self->themes_busy, FALSE);
      show_themes_error (self, _("Too Few Cards"), message);
      return;
    }

  rt_suggest_options_init (&options);
  options.k = self->k_user;

  clear_themes (self);
  gtk_stack_set_visible_child_name (self->themes_stack, "loading");
  gtk_spinner_start (self->themes_spinner);
  update_themes_status (self);
  set_busy (self, &self->themes_busy, TRUE);

  /* The committee's themes, and every card with its theme, to offer cards
   * that belong with an existing theme to it. */
  all_cards = rt_suggest_collect_cards (self->committee, RT_SUGGEST_SCOPE_ALL, 0);
  themes = rt_suggest_collect_themes (self->committee);

  self->themes_cancellable = g_cancellable_new ();
  rt_suggest_themes_matched_async (cards, all_cards, themes, &options, self->themes_cancellable, themes_done,
                                   g_object_ref (self));
}

static gboolean
rerun_themes (gpointer data)
{
  RtSuggestDialog *self = data;

  self->rerun_id = 0;
  run_themes (self);

  return G_SOURCE_REMOVE;
}

static void
k_changed (RtSuggestDialog *self)
{
  self->k_user = gtk_spin_button_get_value_as_int (self->k_spin);
  g_clear_handle_id (&self->rerun_id, g_source_remove);
  self->rerun_id = g_timeout_add (RERUN_DELAY_MS, rerun_themes, self);
}

static void
scope_changed (RtSuggestDialog *self)
{
  if (self->committee == NULL)
    return;
  self->k_user = 0;
  g_clear_handle_id (&self->rerun_id, g_source_remove);
  run_themes (self);
}

static void
set_theme_verdict (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);
  guint i = g_variant_get_uint32 (parameter);
  ThemeRow *row;

  if (i >= self->theme_rows->len)
    return;
  row = g_ptr_array_index (self->theme_rows, i);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (g_str_equal (action_name, "suggest.accept-theme") ?
                                                   row->accept : row->reject), TRUE);
}

static gint64
chosen_label (RtSuggestDialog *self)
{
  guint i = adw_combo_row_get_selected (self->label_row);

  return i < self->label_ids->len ? g_array_index (self->label_ids, gint64, i) : 0;
}

static void
apply_themes (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (RtThemeChange));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 label_id = chosen_label (self);
  guint n_themes = g_list_model_get_n_items (rt_committee_get_themes (self->committee));
  guint n_new = 0;

  for (guint i = 0; i < self->theme_rows->len; i++)
    {
      ThemeRow *row = g_ptr_array_index (self->theme_rows, i);
      RtThemeChange change = { 0, };
      char *name;

      if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (row->accept)))
        continue;

      change.card_ids = (const gint64 *)row->card_ids->data;
      change.n_cards = row->card_ids->len;

      /* Into the theme the cards belong with. */
      if (!makes_new_theme (row))
        {
          change.theme_id = row->theme_id;
          g_array_append_val (changes, change);
          continue;
        }

      name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->name_row))));
      g_ptr_array_add (names, name);
      if (name[0] == '\0')
        {
          gtk_widget_grab_focus (row->name_row);
          rt_feedback_toast (GTK_WIDGET (self), _("Every accepted theme needs a name"));
          return;
        }

      /* A new theme gets the next colour, as one made on the board does. */
      {
        RtColor color;

        rt_color_for_index (n_themes + n_new++, &color);
        g_ptr_array_add (names, rt_color_to_string (&color));
        change.color = g_ptr_array_index (names, names->len - 1);
      }
      change.name = name;
      change.label_id = label_id;
      g_array_append_val (changes, change);
    }

  if (changes->len == 0)
    return;

  if (!rt_committee_apply_suggestions (self->committee, (const RtThemeChange *)changes->data, changes->len,
                                       NULL, 0, NULL, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  if (n_new == changes->len)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u theme created", "%u themes created", changes->len),
                               changes->len);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Applied %u suggestion", "Applied %u suggestions",
                                            changes->len), changes->len);
  rt_feedback_toast (GTK_WIDGET (self), message);
  run_themes (self);
  run_others (self);
}

/* Placing cards and linking points */

static void
update_place_status (RtSuggestDialog *self)
{
  guint ticked = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->place_rows->len; i++)
    ticked += gtk_check_button_get_active (GTK_CHECK_BUTTON (((PlaceRow *)g_ptr_array_index (self->place_rows, i))->check));

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card to move", "%u cards to move", ticked), ticked);
  gtk_label_set_label (self->place_status, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggest.apply-placements", ticked > 0);
}

static void
update_points_status (RtSuggestDialog *self)
{
  guint ticked = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->point_rows->len; i++)
    ticked += gtk_check_button_get_active (GTK_CHECK_BUTTON (((PointRow *)g_ptr_array_index (self->point_rows, i))->check));

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u link to add", "%u links to add", ticked), ticked);
  gtk_label_set_label (self->points_status, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "suggest.apply-points", ticked > 0);
}

static guint
theme_index (RtSuggestDialog *self,
             gint64           theme_id)
{
  for (guint i = 0; i < self->theme_ids->len; i++)
    if (g_array_index (self->theme_ids, gint64, i) == theme_id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
clear_others (RtSuggestDialog *self)
{
  clear_group (self->place_group, self->other_widgets);
  clear_group (self->theme_points_group, self->other_widgets);
  clear_group (self->card_points_group, self->other_widgets);
  g_ptr_array_set_size (self->other_widgets, 0);
  g_ptr_array_set_size (self->place_rows, 0);
  g_ptr_array_set_size (self->point_rows, 0);
}

static void
show_placements (RtSuggestDialog *self,
                 GPtrArray       *placements)
{
  for (guint i = 0; i < placements->len; i++)
    {
      RtPlacement *p = g_ptr_array_index (placements, i);
      PlaceRow *row = g_new0 (PlaceRow, 1);
      GtkWidget *action_row = adw_action_row_new ();
      g_autofree char *markup = highlight_markup (card_text (self, p->card_id), (const char * const *)p->terms);
      g_autofree char *subtitle = NULL;
      g_autofree char *terms = join_terms ((const char * const *)p->terms);

      row->card_id = p->card_id;
      row->fitting_theme_id = p->theme_id;

      if (p->theme_id != 0)
        /* Translators: how well a card fits its suggested theme, and the
         * words it shares with it. */
        subtitle = g_strdup_printf (_("Score %.2f · %s"), p->score, terms);
      else if (p->best_theme_id != 0)
        /* Translators: %s is the nearest theme, which is not near enough. */
        subtitle = g_strdup_printf (_("No theme fits (nearest: %s, score %.2f)"),
                                    theme_name (self, p->best_theme_id), p->score);
      else
        subtitle = g_strdup (_("No theme fits"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (action_row), TRUE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), markup);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (action_row), 0);
      {
        g_autofree char *escaped = g_markup_escape_text (subtitle, -1);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), escaped);
      }
      if (p->theme_id == 0)
        gtk_widget_add_css_class (action_row, "no-fit");

      row->check = gtk_check_button_new ();
      gtk_widget_set_valign (row->check, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (row->check, _("Move this card when applying"));
      g_signal_connect_object (row->check, "toggled", G_CALLBACK (update_place_status), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row), row->check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), row->check);

      row->theme_drop = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->theme_names)), NULL);
      gtk_widget_set_valign (row->theme_drop, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (row->theme_drop, 220, -1);
      gtk_widget_set_tooltip_text (row->theme_drop, _("The theme to move the card to"));
      gtk_drop_down_set_selected (GTK_DROP_DOWN (row->theme_drop), theme_index (self, p->best_theme_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), row->theme_drop);

      adw_preferences_group_add (self->place_group, action_row);
      g_ptr_array_add (self->other_widgets, g_object_ref (action_row));
      g_ptr_array_add (self->place_rows, row);
    }

  gtk_stack_set_visible_child_name (self->place_stack, placements->len > 0 ? "results" : "empty");
  update_place_status (self);
}

static const RtSuggestPoint *
find_point (GPtrArray *points,
            gint64     id)
{
  for (guint i = 0; i < points->len; i++)
    if (((RtSuggestPoint *)g_ptr_array_index (points, i))->id == id)
      return g_ptr_array_index (points, i);
  return NULL;
}

static void
show_points (RtSuggestDialog *self,
             GPtrArray       *suggestions,
             GPtrArray       *points)
{
  guint n_rows = 0;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < suggestions->len; i++)
      {
        RtPointSuggestion *s = g_ptr_array_index (suggestions, i);
        GtkWidget *expander;
        g_autofree char *title = NULL;
        g_autofree char *escaped = NULL;
        g_autofree char *subtitle = NULL;

        /* Themes first: linking a theme says more than linking a card. */
        if ((pass == 0) != (s->theme_id != 0) || s->points->len == 0)
          continue;

        title = s->theme_id != 0 ? g_strdup (theme_name (self, s->theme_id)) : shorten (card_text (self, s->card_id));
        escaped = g_markup_escape_text (title, -1);
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggested point", "%u suggested points",
                                                 s->points->len),
                                    s->points->len);
        expander = adw_expander_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), escaped);
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

        for (guint j = 0; j < s->points->len; j++)
          {
            RtPointScore *score = &g_array_index (s->points, RtPointScore, j);
            const RtSuggestPoint *point = find_point (points, score->point_id);
            PointRow *row = g_new0 (PointRow, 1);
            GtkWidget *action_row = adw_action_row_new ();
            g_autofree char *terms = join_terms ((const char * const *)score->terms);
            g_autofree char *point_title = NULL;
            g_autofree char *point_subtitle = NULL;

            /* Translators: a point of the framework: its number and title. */
            point_title = g_markup_printf_escaped (_("%d. %s"), score->number, point ? point->title : "");
            point_subtitle = g_markup_printf_escaped (_("Score %.2f · %s"), score->score, terms);
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), point_title);
            adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), point_subtitle);

            row->check = gtk_check_button_new ();
            gtk_widget_set_valign (row->check, GTK_ALIGN_CENTER);
            g_signal_connect_object (row->check, "toggled", G_CALLBACK (update_points_status), self,
                                     G_CONNECT_SWAPPED);
            adw_action_row_add_prefix (ADW_ACTION_ROW (action_row), row->check);
            adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), row->check);
            row->link.card_id = s->card_id;
            row->link.theme_id = s->theme_id;
            row->link.point_id = score->point_id;

            adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), action_row);
            g_ptr_array_add (self->point_rows, row);
            n_rows++;
          }

        /* Open the first one, so that what a suggestion is shows at once. */
        if (n_rows == s->points->len)
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
        adw_preferences_group_add (pass == 0 ? self->theme_points_group : self->card_points_group, expander);
        g_ptr_array_add (self->other_widgets, g_object_ref (expander));
      }

  gtk_stack_set_visible_child_name (self->points_stack, n_rows > 0 ? "results" : "empty");
  update_points_status (self);
}

typedef struct
{
  GPtrArray        *cards;
  GPtrArray        *points;
  RtSuggestOptions  options;
  GPtrArray        *placements;
  GPtrArray        *point_suggestions;
} OthersData;

static void
others_data_free (OthersData *data)
{
  g_clear_pointer (&data->cards, g_ptr_array_unref);
  g_clear_pointer (&data->points, g_ptr_array_unref);
  g_clear_pointer (&data->placements, g_ptr_array_unref);
  g_clear_pointer (&data->point_suggestions, g_ptr_array_unref);
  g_free (data);
}

static void
others_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  OthersData *data = task_data;
  GError *error = NULL;

  if (!(data->placements = rt_suggest_place_cards (data->cards, &data->options, &error)) ||
      !(data->point_suggestions = rt_suggest_points (data->cards, data->points, &data->options, &error)))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
others_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (source);
  OthersData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, &self->others_busy, FALSE);
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      gtk_stack_set_visible_child_name (self->place_stack, "empty");
      gtk_stack_set_visible_child_name (self->points_stack, "empty");
      return;
    }

  set_busy (self, &self->others_busy, FALSE);
  clear_others (self);
  show_placements (self, data->placements);
  show_points (self, data->point_suggestions, data->points);
}

/* The themes of the drop-downs, in the committee's order. */
static void
collect_themes (RtSuggestDialog *self)
{
  GListModel *themes = rt_committee_get_themes (self->committee);
  guint n = g_list_model_get_n_items (themes);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->theme_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);
      gint64 id = rt_theme_get_id (theme);

      g_array_append_val (self->theme_ids, id);
      gtk_string_list_append (names, rt_theme_get_name (theme));
    }
  g_set_object (&self->theme_names, names);
}

static void
run_others (RtSuggestDialog *self)
{
  g_autoptr(GTask) task = NULL;
  OthersData *data = g_new0 (OthersData, 1);

  g_cancellable_cancel (self->others_cancellable);
  g_clear_object (&self->others_cancellable);
  self->others_cancellable = g_cancellable_new ();

  collect_themes (self);
  clear_others (self);
  gtk_stack_set_visible_child_name (self->place_stack, "loading");
  gtk_stack_set_visible_child_name (self->points_stack, "loading");
  update_place_status (self);
  update_points_status (self);

  data->cards = rt_suggest_collect_cards (self->committee, RT_SUGGEST_SCOPE_ALL, 0);
  data->points = rt_suggest_collect_points (self->committee);
  rt_suggest_options_init (&data->options);

  set_busy (self, &self->others_busy, TRUE);
  task = g_task_new (self, self->others_cancellable, others_done, NULL);
  g_task_set_source_tag (task, run_others);
  g_task_set_task_data (task, data, (GDestroyNotify)others_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, others_thread);
}

static void
accept_placement (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);
  guint i = g_variant_get_uint32 (parameter);

  if (i < self->place_rows->len)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (((PlaceRow *)g_ptr_array_index (self->place_rows, i))->check), TRUE);
}

static void
select_fitting (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);

  for (guint i = 0; i < self->place_rows->len; i++)
    {
      PlaceRow *row = g_ptr_array_index (self->place_rows, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->check), row->fitting_theme_id != 0);
    }
}

static void
apply_placements (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);
  g_autoptr(GArray) changes = g_array_new (FALSE, TRUE, sizeof (RtThemeChange));
  g_autoptr(GPtrArray) card_lists = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint moved = 0;

  /* One change per destination theme. */
  for (guint t = 0; t < self->theme_ids->len; t++)
    {
      GArray *cards = g_array_new (FALSE, FALSE, sizeof (gint64));

      for (guint i = 0; i < self->place_rows->len; i++)
        {
          PlaceRow *row = g_ptr_array_index (self->place_rows, i);

          if (gtk_check_button_get_active (GTK_CHECK_BUTTON (row->check)) &&
              gtk_drop_down_get_selected (GTK_DROP_DOWN (row->theme_drop)) == t)
            g_array_append_val (cards, row->card_id);
        }
      g_ptr_array_add (card_lists, cards);
    }

  for (guint t = 0; t < self->theme_ids->len; t++)
    {
      GArray *cards = g_ptr_array_index (card_lists, t);
      RtThemeChange change = { 0, };

      if (cards->len == 0)
        continue;
      change.theme_id = g_array_index (self->theme_ids, gint64, t);
      change.card_ids = (const gint64 *)cards->data;
      change.n_cards = cards->len;
      g_array_append_val (changes, change);
      moved += cards->len;
    }

  if (changes->len == 0)
    return;

  if (!rt_committee_apply_suggestions (self->committee, (const RtThemeChange *)changes->data, changes->len,
                                       NULL, 0, NULL, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u card moved", "%u cards moved", moved), moved);
  rt_feedback_toast (GTK_WIDGET (self), message);
  run_themes (self);
  run_others (self);
}

static void
apply_points (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (widget);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (RtPointLink));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i < self->point_rows->len; i++)
    {
      PointRow *row = g_ptr_array_index (self->point_rows, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (row->check)))
        g_array_append_val (links, row->link);
    }

  if (links->len == 0)
    return;

  if (!rt_committee_apply_suggestions (self->committee, NULL, 0, (const RtPointLink *)links->data, links->len,
                                       NULL, &error))
    {
      rt_feedback_toast (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u link added", "%u links added", links->len),
                             links->len);
  rt_feedback_toast (GTK_WIDGET (self), message);
  for (guint i = 0; i < self->point_rows->len; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (((PointRow *)g_ptr_array_index (self->point_rows, i))->check), FALSE);
}

/* The scope and label choices, from the committee. */
static void
fill_choices (RtSuggestDialog *self)
{
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) inbox = rt_suggest_collect_cards (self->committee, RT_SUGGEST_SCOPE_INBOX, 0);
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  GListModel *label_list = rt_committee_get_labels (self->committee);
  gint64 none = 0;

  gtk_string_list_append (scopes, _("All cards"));
  gtk_string_list_append (scopes, _("Cards in the inbox"));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 id = rt_meeting_get_id (meeting);
      const char *title = rt_meeting_get_title (meeting);
      /* Translators: a choice of cards: those of one meeting. */
      g_autofree char *text = title && *title ? g_strdup_printf (_("Cards of %s"), title)
                                              : g_strdup_printf (_("Cards of meeting %d"), rt_meeting_get_number (meeting));

      g_array_append_val (self->meeting_ids, id);
      gtk_string_list_append (scopes, text);
    }

  gtk_string_list_append (labels, _("No label"));
  g_array_append_val (self->label_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (label_list); i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (label_list, i);
      gint64 id = rt_label_get_id (label);

      g_array_append_val (self->label_ids, id);
      gtk_string_list_append (labels, rt_label_get_name (label));
    }

  adw_combo_row_set_model (self->label_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->label_row, self->label_ids->len > 1 ? 1 : 0);

  /* After a meeting the new cards wait in the inbox: suggest themes for
   * them when there are enough, else for the whole committee. */
  g_signal_handlers_block_matched (self->scope_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (scopes));
  adw_combo_row_set_selected (self->scope_row, inbox->len >= MIN_CARDS ? 1 : 0);
  g_signal_handlers_unblock_matched (self->scope_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
rt_suggest_dialog_dispose (GObject *object)
{
  RtSuggestDialog *self = (RtSuggestDialog *)object;

  g_cancellable_cancel (self->themes_cancellable);
  g_cancellable_cancel (self->others_cancellable);
  g_clear_handle_id (&self->rerun_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_SUGGEST_DIALOG);

  g_clear_object (&self->themes_cancellable);
  g_clear_object (&self->others_cancellable);
  g_clear_object (&self->committee);
  g_clear_object (&self->theme_names);

  G_OBJECT_CLASS (rt_suggest_dialog_parent_class)->dispose (object);
}

static void
rt_suggest_dialog_finalize (GObject *object)
{
  RtSuggestDialog *self = (RtSuggestDialog *)object;

  g_clear_pointer (&self->themes, rt_theme_suggestions_free);
  g_clear_pointer (&self->theme_rows, g_ptr_array_unref);
  g_clear_pointer (&self->place_rows, g_ptr_array_unref);
  g_clear_pointer (&self->point_rows, g_ptr_array_unref);
  g_clear_pointer (&self->other_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->label_ids, g_array_unref);
  g_clear_pointer (&self->theme_ids, g_array_unref);

  G_OBJECT_CLASS (rt_suggest_dialog_parent_class)->finalize (object);
}

static void
rt_suggest_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RtSuggestDialog *self = RT_SUGGEST_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, rt_suggest_dialog_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_suggest_dialog_class_init (RtSuggestDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_suggest_dialog_dispose;
  object_class->finalize = rt_suggest_dialog_finalize;
  object_class->get_property = rt_suggest_dialog_get_property;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-suggest-dialog.ui");
  rt_feedback_install (widget_class, RT_TYPE_SUGGEST_DIALOG, G_STRUCT_OFFSET (RtSuggestDialog, toast_overlay));
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, k_row);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, k_spin);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, label_row);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, themes_stack);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, themes_spinner);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, themes_error);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, themes_list);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, themes_status);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, place_stack);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, place_group);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, place_status);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, points_stack);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, theme_points_group);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, card_points_group);
  gtk_widget_class_bind_template_child (widget_class, RtSuggestDialog, points_status);
  gtk_widget_class_bind_template_callback (widget_class, k_changed);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed);

  gtk_widget_class_install_action (widget_class, "suggest.accept-theme", "u", set_theme_verdict);
  gtk_widget_class_install_action (widget_class, "suggest.reject-theme", "u", set_theme_verdict);
  gtk_widget_class_install_action (widget_class, "suggest.apply-themes", NULL, apply_themes);
  gtk_widget_class_install_action (widget_class, "suggest.accept-placement", "u", accept_placement);
  gtk_widget_class_install_action (widget_class, "suggest.select-fitting", NULL, select_fitting);
  gtk_widget_class_install_action (widget_class, "suggest.apply-placements", NULL, apply_placements);
  gtk_widget_class_install_action (widget_class, "suggest.apply-points", NULL, apply_points);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_suggest_dialog_init (RtSuggestDialog *self)
{
  self->theme_rows = g_ptr_array_new_with_free_func ((GDestroyNotify)theme_row_free);
  self->place_rows = g_ptr_array_new_with_free_func (g_free);
  self->point_rows = g_ptr_array_new_with_free_func (g_free);
  self->other_widgets = g_ptr_array_new_with_free_func (g_object_unref);
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->label_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->theme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rt_suggest_dialog_new:
 * @parent: (nullable): the window it is modal for
 *
 * Returns: (transfer none): a new dialog, already computing suggestions;
 *   the window list owns it
 */
RtSuggestDialog *
rt_suggest_dialog_new (GtkWindow   *parent,
                       RtCommittee *committee)
{
  RtSuggestDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_SUGGEST_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->committee = g_object_ref (committee);

  fill_choices (self);
  run_themes (self);
  run_others (self);

  return self;
}

/**
 * rt_suggest_dialog_get_busy:
 *
 * Returns: whether suggestions are being computed
 */
gboolean
rt_suggest_dialog_get_busy (RtSuggestDialog *self)
{
  g_return_val_if_fail (RT_IS_SUGGEST_DIALOG (self), FALSE);

  return self->themes_busy || self->others_busy;
}
