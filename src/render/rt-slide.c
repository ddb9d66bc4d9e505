/* rt-slide.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-slide"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rt-slide.h"
#include "rt-committee.h"

static void
slide_card_free (RtSlideCard *card)
{
  g_free (card->text);
  g_free (card->speaker);
  g_free (card->response);
  g_free (card);
}

static void
slide_group_free (RtSlideGroup *group)
{
  g_free (group->title);
  g_free (group);
}

static void
slide_row_free (RtSlideRow *row)
{
  g_free (row->title);
  g_free (row->directions);
  g_free (row);
}

void
rt_slide_free (RtSlide *slide)
{
  if (slide == NULL)
    return;

  g_free (slide->kicker);
  g_free (slide->title);
  g_free (slide->subtitle);
  g_free (slide->text);
  g_free (slide->footer);
  g_free (slide->empty);
  g_clear_pointer (&slide->cards, g_ptr_array_unref);
  g_clear_pointer (&slide->groups, g_ptr_array_unref);
  g_clear_pointer (&slide->directions, g_ptr_array_unref);
  g_clear_pointer (&slide->proposals, g_ptr_array_unref);
  g_clear_pointer (&slide->rows, g_ptr_array_unref);
  g_clear_object (&slide->map);
  g_free (slide);
}

/**
 * rt_slide_find_card:
 *
 * Returns: the index of @card_id among the slide's cards, or -1
 */
int
rt_slide_find_card (RtSlide *slide,
                    gint64   card_id)
{
  g_return_val_if_fail (slide != NULL, -1);

  for (guint i = 0; i < slide->cards->len; i++)
    if (((RtSlideCard *)g_ptr_array_index (slide->cards, i))->card_id == card_id)
      return i;

  return -1;
}

/**
 * rt_slide_min_text_for_height:
 * @height: the height of the screen, in device units
 *
 * Returns: the smallest text that reads from the back of a room: 18 px on a
 *   1080-line projector, never under 14 px
 */
double
rt_slide_min_text_for_height (double height)
{
  return MAX (14.0, height * 18.0 / 1080.0);
}

/**
 * rt_slide_base_size_for_height:
 * @height: the height of the screen, in device units
 * @scale: the projector-scale setting
 *
 * Returns: the body text size that reads from the back of a room: a
 *   twenty-eighth of the screen's height, times @scale
 */
double
rt_slide_base_size_for_height (double height,
                               double scale)
{
  return MAX (8.0, height / 28.0 * CLAMP (scale, 0.5, 3.0));
}

static RtSpeakerDisplay
slide_display (const RtSlideOptions *options)
{
  if (options->hide_speakers)
    return RT_SPEAKER_DISPLAY_HIDDEN;

  return options->has_display ? options->display : RT_SPEAKER_DISPLAY_DEFAULT;
}

/* The answer as a card shows it: 【反映する】答申案に盛り込みます。 */
static char *
response_text (RtSpeakerPolicy      *speakers,
               const RtSlideOptions *options,
               RtResponse           *response)
{
  g_autofree char *text = rt_speaker_policy_mask (speakers, RT_OUTPUT_PROJECTOR, slide_display (options),
                                                  rt_response_get_text (response));
  const char *kind = rt_response_get_kind (response);

  if (kind[0] != '\0')
    /* Translators: an answer on a projected card: its kind %s, then its text %s. */
    return g_strdup_printf (_("【%s】%s"), kind, text);

  return g_steal_pointer (&text);
}

static void
add_card (RtSlide              *slide,
          RtCommittee          *committee,
          RtCard               *card,
          int                   group,
          const RtSlideOptions *options)
{
  RtSlideCard *item;
  RtTheme *theme;
  RtResponse *response;
  RtVisibility visibility = rt_card_get_visibility (card);

  if (visibility == RT_VISIBILITY_PRIVATE)
    return;

  item = g_new0 (RtSlideCard, 1);
  item->card_id = rt_card_get_id (card);
  item->text = rt_speaker_policy_mask (options->speakers, RT_OUTPUT_PROJECTOR, slide_display (options),
                                       rt_card_get_text (card));
  item->group = group;
  item->speaker = rt_speaker_policy_name (options->speakers, RT_OUTPUT_PROJECTOR, slide_display (options),
                                          rt_card_get_speaker_id (card), visibility);
  if ((response = rt_committee_get_card_response (committee, item->card_id)))
    item->response = response_text (options->speakers, options, response);
  if (rt_card_get_theme_id (card) != 0 &&
      (theme = rt_committee_lookup (committee, RT_KIND_THEME, rt_card_get_theme_id (card))))
    item->has_color = rt_color_parse (rt_theme_get_color (theme), &item->color);

  g_ptr_array_add (slide->cards, item);
}

static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  RtCard *ca = *(RtCard **)a, *cb = *(RtCard **)b;
  int pa = rt_card_get_position (ca), pb = rt_card_get_position (cb);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return rt_card_get_id (ca) < rt_card_get_id (cb) ? -1 : rt_card_get_id (ca) > rt_card_get_id (cb);
}

/* The cards of one theme (0: the inbox) in board order. */
static GPtrArray *
theme_cards (RtCommittee *committee,
             gint64       theme_id)
{
  GListModel *cards = rt_committee_get_cards (committee);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0, n = g_list_model_get_n_items (cards); i < n; i++)
    {
      RtCard *card = g_list_model_get_item (cards, i);

      if (rt_card_get_theme_id (card) == theme_id)
        g_ptr_array_add (result, card);
      else
        g_object_unref (card);
    }

  g_ptr_array_sort (result, compare_cards);
  return result;
}

static void
build_meeting (RtSlide              *slide,
               RtCommittee          *committee,
               const RtScene        *scene,
               const RtSlideOptions *options)
{
  GListModel *cards = rt_committee_get_cards (committee);
  RtMeeting *meeting = NULL;

  if (scene->target_id != 0 &&
      !(meeting = rt_committee_lookup (committee, RT_KIND_MEETING, scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  if (meeting != NULL)
    {
      const char *title = rt_meeting_get_title (meeting);

      /* Translators: the line above the title of the cards of meeting %d. */
      slide->kicker = (title && title[0]) ? g_strdup (title)
                                          : g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));
    }
  else
    slide->kicker = g_strdup (_("All meetings"));

  /* By id: the order in which they were said, so a card typed live comes last. */
  for (guint i = 0, n = g_list_model_get_n_items (cards); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      if (scene->target_id == 0 || rt_card_get_meeting_id (card) == scene->target_id)
        add_card (slide, committee, card, -1, options);
    }

  slide->empty = g_strdup (_("No opinions yet. Opinions typed on the laptop appear here."));
}

static void
build_theme (RtSlide              *slide,
             RtCommittee          *committee,
             const RtScene        *scene,
             const RtSlideOptions *options)
{
  g_autoptr(GPtrArray) cards = NULL;
  RtTheme *theme = NULL;

  if (scene->target_id != 0 &&
      !(theme = rt_committee_lookup (committee, RT_KIND_THEME, scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  if (theme != NULL && rt_theme_get_label_id (theme) != 0)
    {
      RtLabel *label = rt_committee_lookup (committee, RT_KIND_LABEL, rt_theme_get_label_id (theme));

      if (label != NULL)
        slide->kicker = g_strdup (rt_label_get_name (label));
    }
  if (slide->kicker == NULL)
    slide->kicker = g_strdup (_("Theme"));

  cards = theme_cards (committee, scene->target_id);
  for (guint i = 0; i < cards->len; i++)
    add_card (slide, committee, g_ptr_array_index (cards, i), -1, options);

  slide->empty = g_strdup (_("No opinions in this theme yet."));
}

static int
compare_themes (gconstpointer a,
                gconstpointer b)
{
  RtTheme *ta = *(RtTheme **)a, *tb = *(RtTheme **)b;

  return rt_theme_get_position (ta) - rt_theme_get_position (tb);
}

static void
build_label (RtSlide              *slide,
             RtCommittee          *committee,
             const RtScene        *scene,
             const RtSlideOptions *options)
{
  GListModel *themes = rt_committee_get_themes (committee);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);

  if (!rt_committee_lookup (committee, RT_KIND_LABEL, scene->target_id))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kind = RT_SLIDE_GROUPS;
  slide->kicker = g_strdup (_("Opinions by theme"));

  for (guint i = 0, n = g_list_model_get_n_items (themes); i < n; i++)
    {
      RtTheme *theme = g_list_model_get_item (themes, i);

      if (rt_theme_get_label_id (theme) == scene->target_id)
        g_ptr_array_add (list, theme);
      else
        g_object_unref (theme);
    }
  g_ptr_array_sort (list, compare_themes);

  for (guint i = 0; i < list->len; i++)
    {
      RtTheme *theme = g_ptr_array_index (list, i);
      g_autoptr(GPtrArray) cards = theme_cards (committee, rt_theme_get_id (theme));
      RtSlideGroup *group = g_new0 (RtSlideGroup, 1);

      group->title = g_strdup (rt_theme_get_name (theme));
      if (!rt_color_parse (rt_theme_get_color (theme), &group->color))
        rt_color_for_index (i, &group->color);
      g_ptr_array_add (slide->groups, group);

      for (guint j = 0; j < cards->len; j++)
        add_card (slide, committee, g_ptr_array_index (cards, j), i, options);
    }

  slide->empty = g_strdup (_("This handout label has no themes yet."));
}

static void
build_point (RtSlide              *slide,
             RtCommittee          *committee,
             const RtScene        *scene,
             const RtSlideOptions *options,
             GError              **error)
{
  g_autoptr(RtPointTableRow) row = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!rt_committee_lookup (committee, RT_KIND_POINT, scene->target_id) ||
      !(row = rt_committee_get_point_row (committee, scene->target_id, &local_error)))
    {
      if (local_error != NULL && !g_error_matches (local_error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  /* Translators: the line above a point's title: 論点%d. */
  slide->kicker = g_strdup_printf (_("Point %d"), row->number);
  g_free (slide->title);
  slide->title = g_strdup (row->title);
  slide->subtitle = g_strdup (row->question);
  slide->status = row->status;

  for (guint i = 0; i < row->directions->len; i++)
    g_ptr_array_add (slide->directions, g_strdup (((RtPointText *)g_ptr_array_index (row->directions, i))->text));
  for (guint i = 0; i < row->proposals->len; i++)
    g_ptr_array_add (slide->proposals, g_strdup (((RtPointText *)g_ptr_array_index (row->proposals, i))->text));

  for (guint i = 0; i < row->opinions->len; i++)
    {
      RtPointOpinion *opinion = g_ptr_array_index (row->opinions, i);
      RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, opinion->card_id);

      if (card != NULL)
        add_card (slide, committee, card, -1, options);
    }
}

static void
build_table (RtSlide              *slide,
             RtCommittee          *committee,
             const RtScene        *scene,
             GError              **error)
{
  g_autoptr(GPtrArray) table = NULL;
  gint64 framework_id = scene->target_id;
  RtFramework *framework;

  if (framework_id == 0)
    {
      g_autoptr(RtFramework) first = g_list_model_get_item (rt_committee_get_frameworks (committee), 0);

      framework_id = first ? rt_framework_get_id (first) : 0;
    }

  if (!(framework = rt_committee_lookup (committee, RT_KIND_FRAMEWORK, framework_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kicker = g_strdup (rt_framework_get_name (framework));
  if (!(table = rt_committee_get_point_table (committee, framework_id, error)))
    return;

  for (guint i = 0; i < table->len; i++)
    {
      RtPointTableRow *point = g_ptr_array_index (table, i);
      RtSlideRow *row = g_new0 (RtSlideRow, 1);
      GString *directions = g_string_new (NULL);

      row->number = point->number;
      row->title = g_strdup (point->title);
      row->status = point->status;
      for (guint j = 0; j < point->opinions->len; j++)
        {
          RtPointOpinion *opinion = g_ptr_array_index (point->opinions, j);
          RtCard *card = rt_committee_lookup (committee, RT_KIND_CARD, opinion->card_id);

          if (card == NULL || rt_card_get_visibility (card) != RT_VISIBILITY_PRIVATE)
            row->n_opinions++;
        }
      for (guint j = 0; j < point->directions->len; j++)
        {
          if (j > 0)
            g_string_append_c (directions, '\n');
          g_string_append (directions, ((RtPointText *)g_ptr_array_index (point->directions, j))->text);
        }
      row->directions = g_string_free (directions, FALSE);
      g_ptr_array_add (slide->rows, row);
    }
}

/* The map scene: the whole map as saved (or in columns), or the map of one
 * point or theme, always in columns. Its words are the committee's, like
 * those of the map itself. */
static gboolean
build_map (RtSlide              *slide,
           RtCommittee          *committee,
           const RtScene        *scene,
           const RtSlideOptions *options,
           GError              **error)
{
  RtSceneMapFlags flags = rt_scene_get_map_flags (scene);
  g_autoptr(RtSnapshot) snapshot = NULL;
  g_autoptr(RtMap) map = NULL;
  gpointer target = NULL;
  gboolean own_title = scene->title == NULL || scene->title[0] == '\0';

  if (scene->target_id != 0 &&
      !(target = rt_committee_lookup (committee, (flags & RT_SCENE_MAP_THEME) ? RT_KIND_THEME : RT_KIND_POINT,
                                      scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return TRUE;
    }

  /* The projector never shows 非公開 cards nor a hidden speaker. */
  if (!(snapshot = rt_snapshot_new (committee, error)))
    return FALSE;
  map = rt_map_new_for_output (snapshot,
                               RT_MAP_CONTENT_PUBLIC_ONLY |
                               (options->hide_speakers ? RT_MAP_CONTENT_HIDE_SPEAKERS : 0),
                               RT_OUTPUT_PROJECTOR, slide_display (options));

  slide->kicker = g_strdup (C_("handout", "論点マップ"));

  if (target == NULL)
    {
      slide->map_arranged = (flags & RT_SCENE_MAP_STRUCTURED) != 0;
      if (!slide->map_arranged)
        rt_map_tidy (map);
      slide->map = g_steal_pointer (&map);
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup (C_("handout", "論点マップ")));
      g_clear_pointer (&slide->kicker, g_free);
      return TRUE;
    }

  if (flags & RT_SCENE_MAP_THEME)
    {
      slide->map = rt_map_new_focused (map, rt_map_find_node (map, RT_MAP_NODE_THEME, scene->target_id));
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup_printf (C_("handout", "テーマ「%s」"), rt_theme_get_name (target)));
    }
  else
    {
      slide->map = rt_map_new_focused (map, rt_map_find_node (map, RT_MAP_NODE_POINT, scene->target_id));
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup_printf (C_("handout", "論点%d　%s"),
                                                                rt_point_get_number (target),
                                                                rt_point_get_title (target)));
    }
  slide->map_arranged = TRUE;

  return TRUE;
}

/* 意見と対応: the answered opinions of a meeting (or of all), each with its
 * answer, in board order, theme by theme. */
static void
build_responses (RtSlide              *slide,
                 RtCommittee          *committee,
                 const RtScene        *scene,
                 const RtSlideOptions *options)
{
  GListModel *themes = rt_committee_get_themes (committee);
  RtMeeting *meeting = NULL;

  if (scene->target_id != 0 &&
      !(meeting = rt_committee_lookup (committee, RT_KIND_MEETING, scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kicker = meeting != NULL
                  /* Translators: the line above the answers to the opinions of meeting %d. */
                  ? g_strdup_printf (_("Opinions of meeting %d and the responses"), rt_meeting_get_number (meeting))
                  : g_strdup (_("Opinions and responses"));

  for (guint i = 0, n = g_list_model_get_n_items (themes); i <= n; i++)
    {
      g_autoptr(RtTheme) theme = i < n ? g_list_model_get_item (themes, i) : NULL;
      g_autoptr(GPtrArray) cards = theme_cards (committee, theme ? rt_theme_get_id (theme) : 0);

      for (guint j = 0; j < cards->len; j++)
        {
          RtCard *card = g_ptr_array_index (cards, j);

          gint64 id = rt_card_get_id (card);

          if ((scene->target_id == 0 || rt_card_get_meeting_id (card) == scene->target_id) &&
              (rt_statement_kind_awaits_answer (rt_card_get_kind (card))
               ? rt_committee_get_card_response (committee, id) != NULL
               : rt_committee_get_card_own_response (committee, id) != NULL))
            add_card (slide, committee, card, -1, options);
        }
    }

  slide->empty = g_strdup (_("No opinion has a response yet. Answer opinions in the Responses view."));
}

/* The meeting a follow-up scene is for: its target, or the last meeting. */
static RtMeeting *
followups_meeting (RtCommittee   *committee,
                   const RtScene *scene)
{
  GListModel *meetings = rt_committee_get_meetings (committee);
  guint n = g_list_model_get_n_items (meetings);
  g_autoptr(RtMeeting) last = n > 0 ? g_list_model_get_item (meetings, n - 1) : NULL;

  if (scene->target_id != 0)
    return rt_committee_lookup (committee, RT_KIND_MEETING, scene->target_id);

  return last != NULL ? rt_committee_lookup (committee, RT_KIND_MEETING, rt_meeting_get_id (last)) : NULL;
}

/* The 宿題 answered for a meeting: each a card, the question with its answer
 * below, and who answered it in the speaker's place. An answer counts for
 * the meeting it was given at, or, given at none, for the meeting it was
 * due for. */
static void
build_followups (RtSlide              *slide,
                 RtCommittee          *committee,
                 const RtScene        *scene,
                 const RtSlideOptions *options)
{
  GListModel *followups = rt_committee_get_followups (committee);
  RtMeeting *meeting = followups_meeting (committee, scene);
  gint64 meeting_id;

  if (meeting == NULL)
    {
      slide->kind = scene->target_id != 0 ? RT_SLIDE_MISSING : RT_SLIDE_CARDS;
      slide->empty = g_strdup (_("No follow-up has been answered yet."));
      return;
    }

  meeting_id = rt_meeting_get_id (meeting);
  /* Translators: the line above the answers to follow-ups given at meeting %d. */
  slide->kicker = g_strdup_printf (_("Meeting %d"), rt_meeting_get_number (meeting));

  for (guint i = 0, n = g_list_model_get_n_items (followups); i < n; i++)
    {
      g_autoptr(RtFollowup) followup = g_list_model_get_item (followups, i);
      gint64 at = rt_followup_get_answered_meeting_id (followup);
      RtSlideCard *item;
      RtCard *card;

      if (rt_followup_get_status (followup) != RT_FOLLOWUP_ANSWERED ||
          (at != 0 ? at : rt_followup_get_due_meeting_id (followup)) != meeting_id)
        continue;

      /* A follow-up of a 非公開 card is not for the projector. */
      card = rt_followup_get_card_id (followup) != 0
             ? rt_committee_lookup (committee, RT_KIND_CARD, rt_followup_get_card_id (followup)) : NULL;
      if (card != NULL && rt_card_get_visibility (card) == RT_VISIBILITY_PRIVATE)
        continue;

      item = g_new0 (RtSlideCard, 1);
      item->card_id = rt_followup_get_card_id (followup);
      /* Translators: a follow-up on the projector: the question, then its answer. */
      item->text = g_strdup_printf (_("%s\n→ %s"), rt_followup_get_question (followup),
                                    rt_followup_get_answer (followup));
      item->group = -1;
      if (!options->hide_speakers && rt_followup_get_assignee (followup)[0] != '\0')
        item->speaker = g_strdup (rt_followup_get_assignee (followup));
      g_ptr_array_add (slide->cards, item);
    }

  slide->empty = g_strdup (_("No follow-up has been answered for this meeting yet."));
}

/**
 * rt_slide_new_for_scene:
 *
 * Reads what @scene shows from @committee. A scene whose target was
 * deleted gives a slide of kind %RT_SLIDE_MISSING, not an error.
 *
 * Returns: (transfer full): the slide, or %NULL with @error set
 */
RtSlide *
rt_slide_new_for_scene (RtCommittee          *committee,
                        const RtScene        *scene,
                        const RtSlideOptions *options,
                        GError              **error)
{
  g_autoptr(RtSlide) slide = g_new0 (RtSlide, 1);
  g_autoptr(RtSpeakerPolicy) speakers = NULL;
  RtSlideOptions copy = { 0 };
  const char *name;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (scene != NULL, NULL);

  if (options != NULL)
    copy = *options;
  if (copy.speakers == NULL)
    {
      if (!(speakers = rt_speaker_policy_new (committee, error)))
        return NULL;
      copy.speakers = speakers;
    }
  options = &copy;

  slide->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_card_free);
  slide->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_group_free);
  slide->directions = g_ptr_array_new_with_free_func (g_free);
  slide->proposals = g_ptr_array_new_with_free_func (g_free);
  slide->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_row_free);
  slide->title = rt_scene_dup_display_title (scene, committee);
  name = rt_committee_get_name (committee);
  slide->footer = g_strdup (name ? name : "");

  switch (scene->kind)
    {
    case RT_SCENE_MEETING:
      slide->kind = RT_SLIDE_CARDS;
      build_meeting (slide, committee, scene, options);
      break;

    case RT_SCENE_THEME:
      slide->kind = RT_SLIDE_CARDS;
      build_theme (slide, committee, scene, options);
      break;

    case RT_SCENE_LABEL:
      build_label (slide, committee, scene, options);
      break;

    case RT_SCENE_POINT:
      slide->kind = RT_SLIDE_POINT;
      build_point (slide, committee, scene, options, error);
      break;

    case RT_SCENE_POINT_TABLE:
      slide->kind = RT_SLIDE_TABLE;
      build_table (slide, committee, scene, error);
      break;

    case RT_SCENE_MAP:
      slide->kind = RT_SLIDE_MAP;
      if (!build_map (slide, committee, scene, options, error))
        return NULL;
      break;

    case RT_SCENE_FOLLOWUPS:
      slide->kind = RT_SLIDE_CARDS;
      build_followups (slide, committee, scene, options);
      break;

    case RT_SCENE_RESPONSES:
      slide->kind = RT_SLIDE_CARDS;
      build_responses (slide, committee, scene, options);
      break;

    case RT_SCENE_TEXT:
      slide->kind = RT_SLIDE_TEXT;
      slide->title = (g_free (slide->title), g_strdup (scene->title ? scene->title : ""));
      slide->text = g_strdup (scene->text ? scene->text : "");
      break;

    case RT_N_SCENE_KINDS:
    default:
      g_assert_not_reached ();
    }

  if (error != NULL && *error != NULL)
    return NULL;

  if (slide->kind == RT_SLIDE_MISSING)
    {
      g_clear_pointer (&slide->kicker, g_free);
      g_free (slide->empty);
      slide->empty = g_strdup (_("What this scene showed has been deleted."));
    }

  return g_steal_pointer (&slide);
}
