/* rt-presentation-console.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-presentation-console"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-feedback.h"
#include "rt-application.h"
#include "rt-point.h"
#include "rt-presentation-console.h"
#include "rt-committee.h"
#include "rt-settings.h"

/* The console on the laptop: the scenes of the committee, in order, with a
 * preview of the selected one and what it shows; while presenting, the time
 * since the start, where the presentation is and what comes next, which
 * only the secretariat sees. */

struct _RtPresentationConsole
{
  AdwWindow             parent_instance;

  RtCommittee          *committee;
  GPtrArray            *scenes;        /* RtScene */
  GArray               *target_ids;    /* gint64, parallel to the drop-down */
  GArray               *target_themes; /* gboolean: a map scene's target is a theme */
  RtPresentationWindow *presentation;
  guint                 timer_id;
  guint                 preview_id;
  char                 *timer_text;
  gboolean              syncing;

  GtkListBox           *scene_list;
  GtkStack             *preview_stack;
  GtkRevealer          *single_screen_bar;
  RtSlideView          *preview;
  GtkWidget            *editor;
  GtkDropDown          *target_dropdown;
  GtkEntry             *title_entry;
  GtkCheckButton       *columns_check;
  GtkWidget            *text_scroller;
  GtkTextView          *text_view;
  GtkWidget            *live_bar;
  GtkLabel             *timer_label;
  GtkLabel             *position_label;
  GtkLabel             *next_label;
  GtkToggleButton      *dark_button;
  GtkToggleButton      *speakers_button;
  GtkToggleButton      *black_button;
};

G_DEFINE_FINAL_TYPE (RtPresentationConsole, rt_presentation_console, ADW_TYPE_WINDOW)


static RtScene *
selected_scene (RtPresentationConsole *self)
{
  guint i = rt_presentation_console_get_selected (self);

  return i < self->scenes->len ? g_ptr_array_index (self->scenes, i) : NULL;
}

guint
rt_presentation_console_get_selected (RtPresentationConsole *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (RT_IS_PRESENTATION_CONSOLE (self), 0);

  row = gtk_list_box_get_selected_row (self->scene_list);
  return row ? (guint)gtk_list_box_row_get_index (row) : 0;
}

void
rt_presentation_console_select (RtPresentationConsole *self,
                                guint                  scene)
{
  GtkListBoxRow *row;

  g_return_if_fail (RT_IS_PRESENTATION_CONSOLE (self));

  if ((row = gtk_list_box_get_row_at_index (self->scene_list, scene)))
    gtk_list_box_select_row (self->scene_list, row);
}

/**
 * rt_presentation_console_get_presentation:
 *
 * Returns: (transfer none) (nullable): the presentation window while presenting
 */
RtPresentationWindow *
rt_presentation_console_get_presentation (RtPresentationConsole *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_CONSOLE (self), NULL);

  return self->presentation;
}

const char *
rt_presentation_console_get_timer_text (RtPresentationConsole *self)
{
  g_return_val_if_fail (RT_IS_PRESENTATION_CONSOLE (self), NULL);

  return gtk_label_get_label (self->timer_label);
}

static void
update_preview (RtPresentationConsole *self)
{
  g_autoptr(GError) error = NULL;
  RtSlideOptions options = { .hide_speakers = gtk_toggle_button_get_active (self->speakers_button) };
  RtScene *scene = selected_scene (self);
  RtSlide *slide = NULL;

  if (scene != NULL && !(slide = rt_slide_new_for_scene (self->committee, scene, &options, &error)))
    g_warning ("Could not preview the scene: %s", error->message);

  rt_slide_view_set_slide (self->preview, slide, FALSE);
}

static gboolean
preview_idle (gpointer data)
{
  RtPresentationConsole *self = data;

  self->preview_id = 0;
  update_preview (self);

  return G_SOURCE_REMOVE;
}

static void
add_target (RtPresentationConsole *self,
            GtkStringList         *strings,
            gint64                 id,
            const char            *text)
{
  gboolean theme = FALSE;

  gtk_string_list_append (strings, text);
  g_array_append_val (self->target_ids, id);
  g_array_append_val (self->target_themes, theme);
}

/* Fills the drop-down with what a scene of @kind can show; a map scene
 * shows the whole map, or the map of a point or of a theme. */
static void
fill_targets (RtPresentationConsole *self,
              RtSceneKind            kind,
              gint64                 selected,
              gboolean               selected_theme)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GListModel *model;
  guint position = 0;

  g_array_set_size (self->target_ids, 0);
  g_array_set_size (self->target_themes, 0);

  switch (kind)
    {
    case RT_SCENE_MEETING:
    case RT_SCENE_FOLLOWUPS:
    case RT_SCENE_RESPONSES:
      add_target (self, strings, 0, kind == RT_SCENE_FOLLOWUPS ? _("The last meeting") : _("All meetings"));
      model = rt_committee_get_meetings (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RtMeeting) meeting = g_list_model_get_item (model, i);
          /* 第3回（令和8年2月20日）: the title is most often 第3回 again. */
          g_autofree char *text = rt_meeting_dup_label (meeting, TRUE, rt_settings_get_date_style ());

          add_target (self, strings, rt_meeting_get_id (meeting), text);
        }
      break;

    case RT_SCENE_THEME:
      add_target (self, strings, 0, _("Unsorted"));
      model = rt_committee_get_themes (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);

          add_target (self, strings, rt_theme_get_id (theme), rt_theme_get_name (theme));
        }
      break;

    case RT_SCENE_LABEL:
      model = rt_committee_get_labels (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RtLabel) label = g_list_model_get_item (model, i);

          add_target (self, strings, rt_label_get_id (label), rt_label_get_name (label));
        }
      break;

    case RT_SCENE_POINT:
    case RT_SCENE_MAP:
      if (kind == RT_SCENE_MAP)
        add_target (self, strings, 0, _("Whole map"));
      model = rt_committee_get_frameworks (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RtFramework) framework = g_list_model_get_item (model, i);
          g_autoptr(GListModel) points = rt_committee_list_points (self->committee, rt_framework_get_id (framework));

          for (guint j = 0; j < g_list_model_get_n_items (points); j++)
            {
              g_autoptr(RtPoint) point = g_list_model_get_item (points, j);
              g_autofree char *text = g_strdup_printf (_("Point %d %s"), rt_point_get_number (point),
                                                       rt_point_get_title (point));

              add_target (self, strings, rt_point_get_id (point), text);
            }
        }
      if (kind == RT_SCENE_MAP)
        {
          model = rt_committee_get_themes (self->committee);
          for (guint i = 0; i < g_list_model_get_n_items (model); i++)
            {
              g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);
              /* Translators: a theme in the list of what a map scene shows. */
              g_autofree char *text = g_strdup_printf (_("Theme: %s"), rt_theme_get_name (theme));

              add_target (self, strings, rt_theme_get_id (theme), text);
              g_array_index (self->target_themes, gboolean, self->target_themes->len - 1) = TRUE;
            }
        }
      break;

    case RT_SCENE_POINT_TABLE:
      model = rt_committee_get_frameworks (self->committee);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(RtFramework) framework = g_list_model_get_item (model, i);

          add_target (self, strings, rt_framework_get_id (framework), rt_framework_get_name (framework));
        }
      break;

    case RT_SCENE_TEXT:
    case RT_N_SCENE_KINDS:
    default:
      break;
    }

  for (guint i = 0; i < self->target_ids->len; i++)
    if (g_array_index (self->target_ids, gint64, i) == selected &&
        g_array_index (self->target_themes, gboolean, i) == selected_theme)
      position = i;

  gtk_drop_down_set_model (self->target_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->target_dropdown, position);
  gtk_widget_set_visible (GTK_WIDGET (self->target_dropdown), kind != RT_SCENE_TEXT);
  gtk_widget_set_visible (self->text_scroller, kind == RT_SCENE_TEXT);
  gtk_widget_set_visible (GTK_WIDGET (self->columns_check), kind == RT_SCENE_MAP);
}

static void
row_selected (RtPresentationConsole *self,
              GtkListBoxRow         *row,
              GtkListBox            *list)
{
  RtScene *scene = selected_scene (self);
  gboolean writable = !rt_committee_get_read_only (self->committee);

  /* A read-only committee presents its scenes, and changes none. */
  gtk_widget_set_sensitive (self->editor, scene != NULL && writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.add-scene", writable);
  if (scene != NULL)
    {
      RtSceneMapFlags flags = rt_scene_get_map_flags (scene);

      fill_targets (self, scene->kind, scene->target_id, (flags & RT_SCENE_MAP_THEME) != 0);
      gtk_check_button_set_active (self->columns_check, (flags & RT_SCENE_MAP_STRUCTURED) != 0);
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), scene->title);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), scene->text, -1);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.remove", writable && scene != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.move-up", writable && scene != NULL && scene->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.move-down",
                                 writable && scene != NULL && (guint)scene->position + 1 < self->scenes->len);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.apply", writable && scene != NULL);
  update_preview (self);

  /* Choosing a scene while presenting shows it on the projector. */
  if (self->presentation != NULL && !self->syncing && row != NULL)
    rt_presentation_window_set_current (self->presentation, gtk_list_box_row_get_index (row));
}

static void
load_scenes (RtPresentationConsole *self,
             gint64                 select_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scenes;
  guint select = 0;
  GtkWidget *child;

  if (!(scenes = rt_committee_list_scenes (self->committee, &error)))
    {
      g_warning ("Could not read the scenes: %s", error->message);
      return;
    }

  g_clear_pointer (&self->scenes, g_ptr_array_unref);
  self->scenes = scenes;

  self->syncing = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scene_list))))
    gtk_list_box_remove (self->scene_list, child);

  for (guint i = 0; i < scenes->len; i++)
    {
      RtScene *scene = g_ptr_array_index (scenes, i);
      g_autofree char *title = rt_scene_dup_display_title (scene, self->committee);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label;

      label = gtk_label_new (number);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_width_chars (GTK_LABEL (label), 2);
      gtk_box_append (GTK_BOX (box), label);

      label = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (texts), label);
      label = gtk_label_new (rt_scene_kind_to_label (scene->kind));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (texts), label);
      gtk_box_append (GTK_BOX (box), texts);
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);

      gtk_list_box_append (self->scene_list, box);
      if (scene->id == select_id)
        select = i;
    }
  self->syncing = FALSE;

  /* No scenes: what a scene is and how to add one, rather than a blank. */
  gtk_stack_set_visible_child_name (self->preview_stack, scenes->len > 0 ? "preview" : "empty");
  gtk_widget_set_visible (self->editor, scenes->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.start", scenes->len > 0);

  if (self->presentation != NULL)
    select = rt_presentation_window_get_current (self->presentation);
  self->syncing = TRUE;
  rt_presentation_console_select (self, select);
  self->syncing = FALSE;
  row_selected (self, NULL, self->scene_list);
}

static void
scenes_changed (RtPresentationConsole *self)
{
  RtScene *scene = selected_scene (self);

  load_scenes (self, scene ? scene->id : 0);
}

/* The preview shows a little of everything: redrawn after any change. */
static void
committee_changed (RtPresentationConsole *self)
{
  if (self->preview_id == 0)
    self->preview_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, preview_idle, self, NULL);
}


static void
add_scene_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RtPresentationConsole *self = RT_PRESENTATION_CONSOLE (widget);
  g_autoptr(GError) error = NULL;
  RtSceneKind kind;
  RtScene *scene = selected_scene (self);
  gint64 id;

  if (!rt_enum_from_nick (RT_TYPE_SCENE_KIND, g_variant_get_string (parameter, NULL), (int *)&kind))
    return;

  /* The first thing the kind can show; the editor below changes it. */
  fill_targets (self, kind, 0, FALSE);
  id = rt_committee_add_scene (self->committee, kind,
                               self->target_ids->len > 0 ? g_array_index (self->target_ids, gint64, 0) : 0,
                               NULL, kind == RT_SCENE_TEXT ? _("Agenda") : NULL,
                               scene ? scene->position + 1 : -1, &error);
  if (id == 0)
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Scenes"), error);
      return;
    }

  load_scenes (self, id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtPresentationConsole *self = RT_PRESENTATION_CONSOLE (widget);
  g_autoptr(GError) error = NULL;
  RtScene *scene = selected_scene (self);

  if (scene != NULL && !rt_committee_delete_scene (self->committee, scene->id, &error))
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Scenes"), error);
}

static void
move (RtPresentationConsole *self,
      int                    delta)
{
  g_autoptr(GError) error = NULL;
  RtScene *scene = selected_scene (self);

  if (scene == NULL || scene->position + delta < 0)
    return;
  if (!rt_committee_move_scene (self->committee, scene->id, scene->position + delta, &error))
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Scenes"), error);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (RT_PRESENTATION_CONSOLE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (RT_PRESENTATION_CONSOLE (widget), 1);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RtPresentationConsole *self = RT_PRESENTATION_CONSOLE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RtScene *scene = selected_scene (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;
  guint position = gtk_drop_down_get_selected (self->target_dropdown);
  gint64 target = 0;

  if (scene == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (position < self->target_ids->len)
    target = g_array_index (self->target_ids, gint64, position);

  /* A map scene keeps how it shows the map in its text. */
  if (scene->kind == RT_SCENE_MAP)
    {
      RtSceneMapFlags flags = 0;

      if (position < self->target_themes->len && g_array_index (self->target_themes, gboolean, position))
        flags |= RT_SCENE_MAP_THEME;
      if (gtk_check_button_get_active (self->columns_check))
        flags |= RT_SCENE_MAP_STRUCTURED;
      g_free (text);
      text = rt_scene_map_flags_to_text (flags);
    }

  if (!rt_committee_update_scene (self->committee, scene->id, target,
                                  gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                                  text, &error))
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Change the Scenes"), error);
}

static void
update_live (RtPresentationConsole *self)
{
  g_autofree char *position = NULL;
  g_autofree char *next = NULL;
  g_autofree char *next_title = NULL;
  RtSlideView *view;
  gint64 elapsed;
  guint current, n;

  if (self->presentation == NULL)
    return;

  elapsed = (g_get_monotonic_time () - rt_presentation_window_get_started (self->presentation)) / G_USEC_PER_SEC;
  g_free (self->timer_text);
  if (elapsed >= 3600)
    self->timer_text = g_strdup_printf ("%d:%02d:%02d", (int)(elapsed / 3600), (int)(elapsed / 60 % 60), (int)(elapsed % 60));
  else
    self->timer_text = g_strdup_printf ("%d:%02d", (int)(elapsed / 60), (int)(elapsed % 60));
  gtk_label_set_label (self->timer_label, self->timer_text);

  current = rt_presentation_window_get_current (self->presentation);
  n = rt_presentation_window_get_n_scenes (self->presentation);
  view = rt_presentation_window_get_slide_view (self->presentation);
  if (rt_slide_view_get_n_pages (view) > 1)
    /* Translators: where the presentation is: scene %u of %u, page %u of %u of that scene. */
    position = g_strdup_printf (_("Scene %u of %u, page %u of %u"), MIN (current + 1, n), n,
                                rt_slide_view_get_page (view) + 1, rt_slide_view_get_n_pages (view));
  else
    /* Translators: where the presentation is: scene %u of %u. */
    position = g_strdup_printf (_("Scene %u of %u"), MIN (current + 1, n), n);
  gtk_label_set_label (self->position_label, position);

  if ((next_title = rt_presentation_window_dup_scene_title (self->presentation, current + 1)))
    /* Translators: the title of the scene that comes next. */
    next = g_strdup_printf (_("Next: %s"), next_title);
  else
    next = g_strdup (_("Last scene"));
  gtk_label_set_label (self->next_label, next);

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->black_button, rt_presentation_window_get_black (self->presentation));
  if (rt_presentation_console_get_selected (self) != current)
    rt_presentation_console_select (self, current);
  self->syncing = FALSE;
}

static gboolean
timer_tick (gpointer data)
{
  update_live (data);

  return G_SOURCE_CONTINUE;
}

static void
update_single_screen (RtPresentationConsole *self)
{
  gtk_revealer_set_reveal_child (self->single_screen_bar,
                                 self->presentation != NULL && rt_presentation_window_get_windowed (self->presentation));
}

static void
presentation_destroyed (RtPresentationConsole *self,
                        GtkWidget             *presentation)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
  self->presentation = NULL;
  update_single_screen (self);
  gtk_widget_set_visible (self->live_bar, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.end", FALSE);
}

/**
 * rt_presentation_console_start:
 *
 * Presents from the selected scene on the projector, or moves an open
 * presentation there.
 *
 * Returns: (transfer none): the presentation window
 */
RtPresentationWindow *
rt_presentation_console_start (RtPresentationConsole *self)
{
  GSettings *settings = rt_settings_get ();
  g_autofree char *connector = NULL;
  GtkWindow *parent;
  GdkMonitor *monitor;
  guint n_monitors;

  g_return_val_if_fail (RT_IS_PRESENTATION_CONSOLE (self), NULL);

  if (self->presentation != NULL)
    {
      rt_presentation_window_set_current (self->presentation, rt_presentation_console_get_selected (self));
      return self->presentation;
    }

  connector = g_settings_get_string (settings, "projector-monitor");
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  monitor = rt_presentation_choose_monitor (parent ? parent : GTK_WINDOW (self), connector);
  n_monitors = g_list_model_get_n_items (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))));

  self->presentation = rt_presentation_window_new (self->committee);
  gtk_window_set_application (GTK_WINDOW (self->presentation), gtk_window_get_application (GTK_WINDOW (self)));
  rt_presentation_window_set_dark (self->presentation, gtk_toggle_button_get_active (self->dark_button));
  rt_presentation_window_set_hide_speakers (self->presentation, gtk_toggle_button_get_active (self->speakers_button));
  rt_presentation_window_set_scale (self->presentation, g_settings_get_double (settings, "projector-scale"));

  g_signal_connect_object (self->presentation, "destroy", G_CALLBACK (presentation_destroyed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::current", G_CALLBACK (update_live), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::black", G_CALLBACK (update_live), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::page", G_CALLBACK (update_live), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->presentation, "notify::windowed", G_CALLBACK (update_single_screen), self,
                           G_CONNECT_SWAPPED);

  /* With one screen, a full screen projector would cover the console and
   * leave the secretariat with nothing but the keys: it opens in a window,
   * and the console says why and offers full screen. */
  if (n_monitors <= 1)
    rt_presentation_window_start_windowed (self->presentation, rt_presentation_console_get_selected (self));
  else
    rt_presentation_window_start (self->presentation, monitor, rt_presentation_console_get_selected (self));
  update_single_screen (self);

  gtk_widget_set_visible (self->live_bar, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.end", TRUE);
  self->timer_id = g_timeout_add (500, timer_tick, self);
  update_live (self);

  return self->presentation;
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  rt_presentation_console_start (RT_PRESENTATION_CONSOLE (widget));
}

static void
forward (RtPresentationConsole *self,
         const char            *action)
{
  if (self->presentation != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->presentation), action, NULL);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  forward (RT_PRESENTATION_CONSOLE (widget), "presentation.next");
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  forward (RT_PRESENTATION_CONSOLE (widget), "presentation.previous");
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  forward (RT_PRESENTATION_CONSOLE (widget), "presentation.end");
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  forward (RT_PRESENTATION_CONSOLE (widget), "presentation.fullscreen");
}

static void
black_toggled (RtPresentationConsole *self)
{
  if (self->presentation != NULL && !self->syncing)
    rt_presentation_window_set_black (self->presentation, gtk_toggle_button_get_active (self->black_button));
}

static void
dark_toggled (RtPresentationConsole *self)
{
  gboolean dark = gtk_toggle_button_get_active (self->dark_button);

  rt_slide_view_set_dark (self->preview, dark);
  if (self->presentation != NULL)
    rt_presentation_window_set_dark (self->presentation, dark);
}

static void
speakers_toggled (RtPresentationConsole *self)
{
  gboolean hide = gtk_toggle_button_get_active (self->speakers_button);
  GSettings *settings = rt_settings_get ();

  if (g_settings_get_boolean (settings, "projector-hide-speakers") != hide)
    g_settings_set_boolean (settings, "projector-hide-speakers", hide);
  if (self->presentation != NULL)
    rt_presentation_window_set_hide_speakers (self->presentation, hide);
  update_preview (self);
}

/* While presenting, a clicker may send its keys to the console, when it has
 * the focus on the laptop: they drive the projector as they would there,
 * unless the focus is where typing or a menu needs them. */
static gboolean
console_key_pressed (RtPresentationConsole *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  const char *action = NULL;

  if (self->presentation == NULL ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
                         gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_space:
    case GDK_KEY_Page_Down:
      action = "presentation.next";
      break;

    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
      action = "presentation.previous";
      break;

    case GDK_KEY_b:
    case GDK_KEY_B:
    case GDK_KEY_period:
      action = "presentation.black";
      break;

    case GDK_KEY_Escape:
      action = "presentation.end";
      break;

    default:
      return FALSE;
    }

  return gtk_widget_activate_action (GTK_WIDGET (self->presentation), action, NULL);
}

static void
rt_presentation_console_dispose (GObject *object)
{
  RtPresentationConsole *self = (RtPresentationConsole *)object;

  /* The list tells of its rows going away as the template is disposed
   * below, when this console has already let its committee go: it must
   * not call back into a console being torn down. */
  if (self->scene_list != NULL)
    g_signal_handlers_disconnect_by_func (self->scene_list, row_selected, self);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  if (self->presentation != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->presentation, self);
      gtk_window_destroy (GTK_WINDOW (self->presentation));
      self->presentation = NULL;
    }
  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_data (self->committee, self);
  g_clear_object (&self->committee);

  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_PRESENTATION_CONSOLE);

  G_OBJECT_CLASS (rt_presentation_console_parent_class)->dispose (object);
}

static void
rt_presentation_console_finalize (GObject *object)
{
  RtPresentationConsole *self = (RtPresentationConsole *)object;

  g_clear_pointer (&self->scenes, g_ptr_array_unref);
  g_clear_pointer (&self->target_ids, g_array_unref);
  g_clear_pointer (&self->target_themes, g_array_unref);
  g_free (self->timer_text);

  G_OBJECT_CLASS (rt_presentation_console_parent_class)->finalize (object);
}

static void
rt_presentation_console_class_init (RtPresentationConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_presentation_console_dispose;
  object_class->finalize = rt_presentation_console_finalize;

  g_type_ensure (RT_TYPE_SLIDE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-presentation-console.ui");
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, scene_list);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, single_screen_bar);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, preview);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, editor);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, target_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, columns_check);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, text_scroller);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, text_view);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, live_bar);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, timer_label);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, position_label);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, next_label);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, dark_button);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, speakers_button);
  gtk_widget_class_bind_template_child (widget_class, RtPresentationConsole, black_button);
  gtk_widget_class_bind_template_callback (widget_class, row_selected);
  gtk_widget_class_bind_template_callback (widget_class, black_toggled);
  gtk_widget_class_bind_template_callback (widget_class, dark_toggled);
  gtk_widget_class_bind_template_callback (widget_class, speakers_toggled);

  gtk_widget_class_install_action (widget_class, "console.add-scene", "s", add_scene_action);
  gtk_widget_class_install_action (widget_class, "console.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "console.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "console.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "console.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "console.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "console.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "console.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "console.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "console.fullscreen", NULL, fullscreen_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "console.start", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "console.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "console.previous", NULL);
}

static void
rt_presentation_console_init (RtPresentationConsole *self)
{
  GSettings *settings = rt_settings_get ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkEventController *keys;

  self->target_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->target_themes = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->scenes = g_ptr_array_new_with_free_func ((GDestroyNotify)rt_scene_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The preview shows what a full-HD projector shows, scaled down. */
  rt_slide_view_set_reference_height (self->preview, 1080);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (console_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* Slides start light or dark as the desktop is; the button overrides it. */
  gtk_toggle_button_set_active (self->dark_button, adw_style_manager_get_dark (style));
  gtk_toggle_button_set_active (self->speakers_button, g_settings_get_boolean (settings, "projector-hide-speakers"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.end", FALSE);
}

/**
 * rt_presentation_console_new:
 *
 * Returns: (transfer none): the console of @committee's presentation, a
 *   window transient for @parent
 */
RtPresentationConsole *
rt_presentation_console_new (GtkWindow   *parent,
                             RtCommittee *committee)
{
  RtPresentationConsole *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_PRESENTATION_CONSOLE,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->committee = g_object_ref (committee);
  g_signal_connect_object (committee, "scenes-changed", G_CALLBACK (scenes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (committee, "changed", G_CALLBACK (committee_changed), self, G_CONNECT_SWAPPED);
  load_scenes (self, 0);

  return self;
}
