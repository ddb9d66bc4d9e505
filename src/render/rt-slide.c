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
               RtSnapResponse       *response)
{
  g_autofree char *text = rt_speaker_policy_mask (speakers, RT_OUTPUT_PROJECTOR, slide_display (options),
                                                  response->text);

  if (response->kind[0] != '\0')
    /* Translators: an answer on a projected card: its kind %s, then its text %s. */
    return g_strdup_printf (_("【%s】%s"), response->kind, text);

  return g_steal_pointer (&text);
}

static void
add_card (RtSlide              *slide,
          RtSnapshot           *snapshot,
          RtSnapCard           *card,
          int                   group,
          const RtSlideOptions *options)
{
  RtSlideCard *item;
  RtSnapTheme *theme;

  if (card->visibility == RT_VISIBILITY_PRIVATE)
    return;

  item = g_new0 (RtSlideCard, 1);
  item->card_id = card->id;
  item->text = rt_speaker_policy_mask (options->speakers, RT_OUTPUT_PROJECTOR, slide_display (options), card->text);
  item->group = group;
  item->speaker = rt_speaker_policy_name (options->speakers, RT_OUTPUT_PROJECTOR, slide_display (options),
                                          card->speaker_id, card->visibility);
  if (card->response != NULL)
    item->response = response_text (options->speakers, options, card->response);
  if (card->theme_id != 0 && (theme = rt_snapshot_get_theme (snapshot, card->theme_id)))
    item->has_color = rt_color_parse (theme->color, &item->color);

  g_ptr_array_add (slide->cards, item);
}

/* The cards of one theme (0: the inbox) in board order. */
static GPtrArray *
theme_cards (RtSnapshot *snapshot,
             gint64      theme_id)
{
  RtSnapTheme *theme;

  if (theme_id == 0)
    return snapshot->inbox;

  theme = rt_snapshot_get_theme (snapshot, theme_id);
  return theme != NULL ? theme->cards : NULL;
}

static void
build_meeting (RtSlide              *slide,
               RtSnapshot           *snapshot,
               const RtScene        *scene,
               const RtSlideOptions *options)
{
  RtSnapMeeting *meeting = NULL;

  if (scene->target_id != 0 && !(meeting = rt_snapshot_get_meeting (snapshot, scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  if (meeting != NULL)
    /* Translators: the line above the title of the cards of meeting %d. */
    slide->kicker = meeting->title[0] != '\0' ? g_strdup (meeting->title)
                                              : g_strdup_printf (_("Meeting %d"), meeting->number);
  else
    slide->kicker = g_strdup (_("All meetings"));

  /* By id: the order in which they were said, so a card typed live comes last. */
  for (guint i = 0; i < snapshot->cards->len; i++)
    {
      RtSnapCard *card = snapshot->cards->pdata[i];

      if (scene->target_id == 0 || card->meeting_id == scene->target_id)
        add_card (slide, snapshot, card, -1, options);
    }

  slide->empty = g_strdup (_("No opinions yet. Opinions typed on the laptop appear here."));
}

static void
build_theme (RtSlide              *slide,
             RtSnapshot           *snapshot,
             const RtScene        *scene,
             const RtSlideOptions *options)
{
  GPtrArray *cards = theme_cards (snapshot, scene->target_id);
  RtSnapTheme *theme = NULL;
  RtSnapLabel *label;

  if (cards == NULL)
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  if (scene->target_id != 0)
    theme = rt_snapshot_get_theme (snapshot, scene->target_id);
  if (theme != NULL && theme->label_id != 0 && (label = rt_snapshot_get_label (snapshot, theme->label_id)))
    slide->kicker = g_strdup (label->name);
  else
    slide->kicker = g_strdup (_("Theme"));

  for (guint i = 0; i < cards->len; i++)
    add_card (slide, snapshot, cards->pdata[i], -1, options);

  slide->empty = g_strdup (_("No opinions in this theme yet."));
}

static void
build_label (RtSlide              *slide,
             RtSnapshot           *snapshot,
             const RtScene        *scene,
             const RtSlideOptions *options)
{
  RtSnapLabel *label = scene->target_id != 0 ? rt_snapshot_get_label (snapshot, scene->target_id) : NULL;

  if (label == NULL)
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kind = RT_SLIDE_GROUPS;
  slide->kicker = g_strdup (_("Opinions by theme"));

  for (guint i = 0; i < label->themes->len; i++)
    {
      RtSnapTheme *theme = label->themes->pdata[i];
      RtSlideGroup *group = g_new0 (RtSlideGroup, 1);

      group->title = g_strdup (theme->name);
      if (!rt_color_parse (theme->color, &group->color))
        rt_color_for_index (i, &group->color);
      g_ptr_array_add (slide->groups, group);

      for (guint j = 0; j < theme->cards->len; j++)
        add_card (slide, snapshot, theme->cards->pdata[j], i, options);
    }

  slide->empty = g_strdup (_("This handout label has no themes yet."));
}

static void
build_point (RtSlide              *slide,
             RtSnapshot           *snapshot,
             const RtScene        *scene,
             const RtSlideOptions *options)
{
  RtSnapPoint *point = rt_snapshot_get_point (snapshot, scene->target_id);
  g_autoptr(GPtrArray) opinions = NULL;

  if (point == NULL)
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  /* Translators: the line above a point's title: 論点%d. */
  slide->kicker = g_strdup_printf (_("Point %d"), point->number);
  g_free (slide->title);
  slide->title = g_strdup (point->title);
  slide->subtitle = g_strdup (point->question);
  slide->status = point->status;

  for (guint i = 0; point->directions[i] != NULL; i++)
    g_ptr_array_add (slide->directions, g_strdup (point->directions[i]));
  for (guint i = 0; point->proposals[i] != NULL; i++)
    g_ptr_array_add (slide->proposals, g_strdup (point->proposals[i]));

  opinions = rt_snapshot_get_point_opinions (snapshot, point);
  for (guint i = 0; i < opinions->len; i++)
    add_card (slide, snapshot, opinions->pdata[i], -1, options);
}

static void
build_table (RtSlide       *slide,
             RtSnapshot    *snapshot,
             const RtScene *scene)
{
  RtSnapFramework *framework = rt_snapshot_get_framework (snapshot, scene->target_id);

  if (framework == NULL)
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kicker = g_strdup (framework->name);

  for (guint i = 0; i < framework->points->len; i++)
    {
      RtSnapPoint *point = framework->points->pdata[i];
      g_autoptr(GPtrArray) opinions = rt_snapshot_get_point_opinions (snapshot, point);
      RtSlideRow *row = g_new0 (RtSlideRow, 1);

      row->number = point->number;
      row->title = g_strdup (point->title);
      row->status = point->status;
      for (guint j = 0; j < opinions->len; j++)
        row->n_opinions += ((RtSnapCard *)opinions->pdata[j])->visibility != RT_VISIBILITY_PRIVATE;
      row->directions = g_strjoinv ("\n", point->directions);
      g_ptr_array_add (slide->rows, row);
    }
}

/* The map scene: the whole map as saved (or in columns), or the map of one
 * point or theme, always in columns. Its words are the committee's, like
 * those of the map itself. */
static void
build_map (RtSlide              *slide,
           RtSnapshot           *snapshot,
           const RtScene        *scene,
           const RtSlideOptions *options)
{
  RtSceneMapFlags flags = rt_scene_get_map_flags (scene);
  g_autoptr(RtMap) map = NULL;
  RtSnapTheme *theme = NULL;
  RtSnapPoint *point = NULL;
  gboolean own_title = scene->title == NULL || scene->title[0] == '\0';

  if (scene->target_id != 0 &&
      ((flags & RT_SCENE_MAP_THEME) ? !(theme = rt_snapshot_get_theme (snapshot, scene->target_id))
                                    : !(point = rt_snapshot_get_point (snapshot, scene->target_id))))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  /* The projector never shows 非公開 cards nor a hidden speaker. */
  map = rt_map_new_for_output (snapshot,
                               RT_MAP_CONTENT_PUBLIC_ONLY |
                               (options->hide_speakers ? RT_MAP_CONTENT_HIDE_SPEAKERS : 0),
                               RT_OUTPUT_PROJECTOR, slide_display (options));

  slide->kicker = g_strdup (C_("handout", "論点マップ"));

  if (theme == NULL && point == NULL)
    {
      slide->map_arranged = (flags & RT_SCENE_MAP_STRUCTURED) != 0;
      if (!slide->map_arranged)
        rt_map_tidy (map);
      slide->map = g_steal_pointer (&map);
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup (C_("handout", "論点マップ")));
      g_clear_pointer (&slide->kicker, g_free);
      return;
    }

  if (theme != NULL)
    {
      slide->map = rt_map_new_focused (map, rt_map_find_node (map, RT_MAP_NODE_THEME, theme->id));
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup_printf (C_("handout", "テーマ「%s」"), theme->name));
    }
  else
    {
      slide->map = rt_map_new_focused (map, rt_map_find_node (map, RT_MAP_NODE_POINT, point->id));
      if (own_title)
        slide->title = (g_free (slide->title), g_strdup_printf (C_("handout", "論点%d　%s"),
                                                                point->number, point->title));
    }
  slide->map_arranged = TRUE;
}

/* 意見と対応: the answered opinions of a meeting (or of all), each with its
 * answer, in board order, theme by theme. */
static void
build_responses (RtSlide              *slide,
                 RtSnapshot           *snapshot,
                 const RtScene        *scene,
                 const RtSlideOptions *options)
{
  RtSnapMeeting *meeting = NULL;

  if (scene->target_id != 0 && !(meeting = rt_snapshot_get_meeting (snapshot, scene->target_id)))
    {
      slide->kind = RT_SLIDE_MISSING;
      return;
    }

  slide->kicker = meeting != NULL
                  /* Translators: the line above the answers to the opinions of meeting %d. */
                  ? g_strdup_printf (_("Opinions of meeting %d and the responses"), meeting->number)
                  : g_strdup (_("Opinions and responses"));

  for (guint i = 0; i <= snapshot->themes->len; i++)
    {
      GPtrArray *cards = i < snapshot->themes->len ? ((RtSnapTheme *)snapshot->themes->pdata[i])->cards
                                                    : snapshot->inbox;

      for (guint j = 0; j < cards->len; j++)
        {
          RtSnapCard *card = cards->pdata[j];

          if ((scene->target_id == 0 || card->meeting_id == scene->target_id) &&
              card->response != NULL &&
              (rt_statement_kind_awaits_answer (card->kind) || card->own_response))
            add_card (slide, snapshot, card, -1, options);
        }
    }

  slide->empty = g_strdup (_("No opinion has a response yet. Answer opinions in the Responses view."));
}

/* The 宿題 answered for a meeting: each a card, the question with its answer
 * below, and who answered it in the speaker's place. An answer counts for
 * the meeting it was given at, or, given at none, for the meeting it was
 * due for. The meeting is the scene's target, or the last one. */
static void
build_followups (RtSlide              *slide,
                 RtSnapshot           *snapshot,
                 const RtScene        *scene,
                 const RtSlideOptions *options)
{
  RtSnapMeeting *meeting = scene->target_id != 0 ? rt_snapshot_get_meeting (snapshot, scene->target_id)
                                                 : rt_snapshot_find_meeting (snapshot, 0);

  if (meeting == NULL)
    {
      slide->kind = scene->target_id != 0 ? RT_SLIDE_MISSING : RT_SLIDE_CARDS;
      slide->empty = g_strdup (_("No follow-up has been answered yet."));
      return;
    }

  /* Translators: the line above the answers to follow-ups given at meeting %d. */
  slide->kicker = g_strdup_printf (_("Meeting %d"), meeting->number);

  for (guint i = 0; i < snapshot->followups->len; i++)
    {
      RtSnapFollowup *followup = snapshot->followups->pdata[i];
      gint64 at = followup->answered_meeting_id;
      RtSnapCard *card;
      RtSlideCard *item;

      if (followup->status != RT_FOLLOWUP_ANSWERED ||
          (at != 0 ? at : followup->due_meeting_id) != meeting->id)
        continue;

      /* A follow-up of a 非公開 card is not for the projector. */
      card = followup->card_id != 0 ? rt_snapshot_get_card (snapshot, followup->card_id) : NULL;
      if (card != NULL && card->visibility == RT_VISIBILITY_PRIVATE)
        continue;

      item = g_new0 (RtSlideCard, 1);
      item->card_id = followup->card_id;
      /* Translators: a follow-up on the projector: the question, then its answer. */
      item->text = g_strdup_printf (_("%s\n→ %s"), followup->question, followup->answer);
      item->group = -1;
      if (!options->hide_speakers && followup->assignee[0] != '\0')
        item->speaker = g_strdup (followup->assignee);
      g_ptr_array_add (slide->cards, item);
    }

  slide->empty = g_strdup (_("No follow-up has been answered for this meeting yet."));
}

/**
 * rt_slide_new_for_snapshot:
 *
 * Makes the slide of @scene from @snapshot. A scene whose target was
 * deleted gives a slide of kind %RT_SLIDE_MISSING. Runs on any thread.
 *
 * Returns: (transfer full): the slide
 */
RtSlide *
rt_slide_new_for_snapshot (RtSnapshot           *snapshot,
                           const RtScene        *scene,
                           const RtSlideOptions *options)
{
  RtSlide *slide = g_new0 (RtSlide, 1);
  RtSlideOptions copy = { 0 };

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (scene != NULL, NULL);

  if (options != NULL)
    copy = *options;
  if (copy.speakers == NULL)
    copy.speakers = snapshot->speakers;
  options = &copy;

  slide->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_card_free);
  slide->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_group_free);
  slide->directions = g_ptr_array_new_with_free_func (g_free);
  slide->proposals = g_ptr_array_new_with_free_func (g_free);
  slide->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)slide_row_free);
  slide->title = rt_snapshot_dup_scene_title (snapshot, scene);
  slide->footer = g_strdup (snapshot->committee_name ? snapshot->committee_name : "");

  switch (scene->kind)
    {
    case RT_SCENE_MEETING:
      slide->kind = RT_SLIDE_CARDS;
      build_meeting (slide, snapshot, scene, options);
      break;

    case RT_SCENE_THEME:
      slide->kind = RT_SLIDE_CARDS;
      build_theme (slide, snapshot, scene, options);
      break;

    case RT_SCENE_LABEL:
      build_label (slide, snapshot, scene, options);
      break;

    case RT_SCENE_POINT:
      slide->kind = RT_SLIDE_POINT;
      build_point (slide, snapshot, scene, options);
      break;

    case RT_SCENE_POINT_TABLE:
      slide->kind = RT_SLIDE_TABLE;
      build_table (slide, snapshot, scene);
      break;

    case RT_SCENE_MAP:
      slide->kind = RT_SLIDE_MAP;
      build_map (slide, snapshot, scene, options);
      break;

    case RT_SCENE_FOLLOWUPS:
      slide->kind = RT_SLIDE_CARDS;
      build_followups (slide, snapshot, scene, options);
      break;

    case RT_SCENE_RESPONSES:
      slide->kind = RT_SLIDE_CARDS;
      build_responses (slide, snapshot, scene, options);
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

  if (slide->kind == RT_SLIDE_MISSING)
    {
      g_clear_pointer (&slide->kicker, g_free);
      g_free (slide->empty);
      slide->empty = g_strdup (_("What this scene showed has been deleted."));
    }

  return slide;
}

/**
 * rt_slide_new_for_scene:
 *
 * Makes the slide of @scene from the committee's snapshot
 * (rt_committee_get_snapshot()), shared by every slide until the next
 * change.
 *
 * Returns: (transfer full): the slide, or %NULL with @error set
 */
RtSlide *
rt_slide_new_for_scene (RtCommittee          *committee,
                        const RtScene        *scene,
                        const RtSlideOptions *options,
                        GError              **error)
{
  g_autoptr(RtSnapshot) snapshot = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (scene != NULL, NULL);

  if (!(snapshot = rt_committee_get_snapshot (committee, error)))
    return NULL;

  return rt_slide_new_for_snapshot (snapshot, scene, options);
}
