/* rt-snapshot.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-snapshot"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-snapshot.h"

static void
meeting_free (RtSnapMeeting *m)
{
  g_free (m->title);
  g_free (m->date);
  g_free (m->place);
  g_free (m->start_time);
  g_free (m->end_time);
  g_clear_pointer (&m->attendance, g_array_unref);
  g_free (m);
}

static void
agenda_item_free (RtSnapAgendaItem *a)
{
  g_free (a->title);
  g_free (a);
}

static void
material_free (RtSnapMaterial *m)
{
  g_free (m->number);
  g_free (m->title);
  g_free (m->handout);
  g_free (m);
}

static void
followup_free (RtSnapFollowup *f)
{
  g_free (f->question);
  g_free (f->assignee);
  g_free (f->answer);
  g_free (f->created);
  g_free (f->modified);
  g_free (f);
}

static void
correction_free (RtSnapCorrection *c)
{
  g_free (c->person);
  g_free (c->text);
  g_free (c->created);
  g_free (c);
}

static void
summary_free (RtSnapSummary *s)
{
  g_free (s->text);
  g_free (s->generated);
  g_free (s->modified);
  g_ptr_array_unref (s->corrections);
  g_free (s);
}

static void
outline_free (RtSnapOutline *o)
{
  g_free (o->stage);
  g_free (o->date);
  g_free (o->text);
  g_free (o);
}

static void
person_free (RtSnapPerson *p)
{
  g_free (p->name);
  g_free (p->role);
  g_free (p->display);
  g_free (p);
}

static void
label_free (RtSnapLabel *l)
{
  g_free (l->name);
  g_ptr_array_unref (l->themes);
  g_free (l);
}

static void
theme_free (RtSnapTheme *t)
{
  g_free (t->name);
  g_free (t->color);
  g_ptr_array_unref (t->cards);
  g_free (t);
}

static void
card_free (RtSnapCard *c)
{
  g_free (c->text);
  g_free (c->speaker);
  g_free (c->created);
  g_free (c->modified);
  g_free (c);
}

static void
response_free (RtSnapResponse *r)
{
  g_free (r->kind);
  g_free (r->text);
  g_free (r->reflected);
  g_free (r->where);
  g_free (r->created);
  g_free (r->modified);
  g_ptr_array_unref (r->cards);
  g_free (r);
}

static void
point_free (RtSnapPoint *p)
{
  g_free (p->title);
  g_free (p->question);
  g_free (p->note);
  g_strfreev (p->proposals);
  g_strfreev (p->directions);
  g_ptr_array_unref (p->cards);
  g_ptr_array_unref (p->themes);
  g_free (p);
}

static void
proposal_free (RtSnapProposal *p)
{
  g_free (p->text);
  g_free (p);
}

static void
direction_free (RtSnapDirection *d)
{
  g_free (d->text);
  g_free (d->created);
  g_free (d);
}

static void
perspective_free (RtSnapPerspective *p)
{
  g_free (p->title);
  g_free (p->body);
  g_free (p);
}

static void
framework_free (RtSnapFramework *f)
{
  g_free (f->name);
  g_ptr_array_unref (f->points);
  g_free (f);
}

static void
snapshot_clear (RtSnapshot *self)
{
  g_free (self->committee_name);
  g_clear_pointer (&self->meetings_by_id, g_hash_table_unref);
  g_clear_pointer (&self->people_by_id, g_hash_table_unref);
  g_clear_pointer (&self->themes_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cards_by_id, g_hash_table_unref);
  g_clear_pointer (&self->points_by_id, g_hash_table_unref);
  g_clear_pointer (&self->inbox, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->directions, g_ptr_array_unref);
  g_clear_pointer (&self->proposals, g_ptr_array_unref);
  g_clear_pointer (&self->frameworks, g_ptr_array_unref);
  g_clear_pointer (&self->points, g_ptr_array_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->perspectives, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_pointer (&self->agenda_items, g_ptr_array_unref);
  g_clear_pointer (&self->materials, g_ptr_array_unref);
  g_clear_pointer (&self->followups, g_ptr_array_unref);
  g_clear_pointer (&self->summaries, g_ptr_array_unref);
  g_clear_pointer (&self->outlines, g_ptr_array_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->speakers, rt_speaker_policy_unref);
}

static int
compare_cards_by_position (gconstpointer a,
                           gconstpointer b)
{
  const RtSnapCard *ca = *(RtSnapCard * const *)a;
  const RtSnapCard *cb = *(RtSnapCard * const *)b;

  if (ca->position != cb->position)
    return ca->position < cb->position ? -1 : 1;
  return ca->id < cb->id ? -1 : ca->id > cb->id;
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new (g_int64_hash, g_int64_equal);
}

static gboolean
read_people (RtSnapshot   *self,
             RtCommittee  *committee,
             GError      **error)
{
  GListModel *model = rt_committee_get_meetings (committee);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (model, i);
      RtSnapMeeting *m = g_new0 (RtSnapMeeting, 1);

      m->id = rt_meeting_get_id (meeting);
      m->number = rt_meeting_get_number (meeting);
      m->title = g_strdup (rt_meeting_get_title (meeting));
      m->date = g_strdup (rt_meeting_get_date (meeting));
      m->place = g_strdup (rt_meeting_get_place (meeting));
      m->start_time = g_strdup (rt_meeting_get_start_time (meeting) ? rt_meeting_get_start_time (meeting) : "");
      m->end_time = g_strdup (rt_meeting_get_end_time (meeting) ? rt_meeting_get_end_time (meeting) : "");
      m->observers = rt_meeting_get_observers (meeting);
      m->is_public = rt_meeting_get_public (meeting);
      g_ptr_array_add (self->meetings, m);
      if (!(m->attendance = rt_committee_get_attendance (committee, m->id, error)))
        return FALSE;
      g_hash_table_insert (self->meetings_by_id, &m->id, m);
    }

  model = rt_committee_get_people (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (model, i);
      RtSnapPerson *p = g_new0 (RtSnapPerson, 1);

      p->id = rt_person_get_id (person);
      p->name = g_strdup (rt_person_get_name (person));
      p->role = g_strdup (rt_person_get_role (person));
      p->display = g_strdup (rt_person_get_display_name (person));
      p->kind = rt_person_get_kind (person);
      g_ptr_array_add (self->people, p);
      g_hash_table_insert (self->people_by_id, &p->id, p);
    }

  return TRUE;
}

static void
read_board (RtSnapshot  *self,
            RtCommittee *committee)
{
  g_autoptr(GHashTable) labels_by_id = new_index ();
  GListModel *model;
  RtSnapLabel *unlabeled = NULL;

  model = rt_committee_get_labels (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);
      RtSnapLabel *l = g_new0 (RtSnapLabel, 1);

      l->id = rt_label_get_id (label);
      l->name = g_strdup (rt_label_get_name (label));
      l->themes = g_ptr_array_new ();
      g_ptr_array_add (self->labels, l);
      g_hash_table_insert (labels_by_id, &l->id, l);
    }

  model = rt_committee_get_themes (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (model, i);
      RtSnapTheme *t = g_new0 (RtSnapTheme, 1);
      RtSnapLabel *l;

      t->id = rt_theme_get_id (theme);
      t->label_id = rt_theme_get_label_id (theme);
      t->name = g_strdup (rt_theme_get_name (theme));
      t->color = g_strdup (rt_theme_get_color (theme));
      t->cards = g_ptr_array_new ();
      g_ptr_array_add (self->themes, t);
      g_hash_table_insert (self->themes_by_id, &t->id, t);

      if (!(l = g_hash_table_lookup (labels_by_id, &t->label_id)))
        {
          if (unlabeled == NULL)
            {
              unlabeled = g_new0 (RtSnapLabel, 1);
              unlabeled->name = g_strdup ("");
              unlabeled->themes = g_ptr_array_new ();
            }
          l = unlabeled;
        }
      g_ptr_array_add (l->themes, t);
    }
  if (unlabeled != NULL)
    g_ptr_array_add (self->labels, unlabeled);

  model = rt_committee_get_cards (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (model, i);
      RtSnapCard *c = g_new0 (RtSnapCard, 1);
      RtSnapTheme *t;

      c->id = rt_card_get_id (card);
      c->text = g_strdup (rt_card_get_text (card));
      c->speaker_id = rt_card_get_speaker_id (card);
      c->speaker = g_strdup (rt_card_get_speaker (card));
      c->meeting_id = rt_card_get_meeting_id (card);
      c->meeting_number = rt_card_get_meeting_number (card);
      c->theme_id = rt_card_get_theme_id (card);
      c->position = rt_card_get_position (card);
      c->status = rt_card_get_status (card);
      c->visibility = rt_card_get_visibility (card);
      c->kind = rt_card_get_kind (card);
      c->source_id = rt_card_get_source_id (card);
      c->source_offset = c->source_id != 0 ? rt_card_get_source_offset (card) : -1;
      c->created = g_strdup (rt_card_get_created (card));
      c->modified = g_strdup (rt_card_get_modified (card));
      g_ptr_array_add (self->cards, c);
      g_hash_table_insert (self->cards_by_id, &c->id, c);

      if ((t = g_hash_table_lookup (self->themes_by_id, &c->theme_id)))
        g_ptr_array_add (t->cards, c);
      else
        g_ptr_array_add (self->inbox, c);
    }

  for (guint i = 0; i < self->themes->len; i++)
    g_ptr_array_sort (((RtSnapTheme *)self->themes->pdata[i])->cards, compare_cards_by_position);
  g_ptr_array_sort (self->inbox, compare_cards_by_position);
}

static void
read_points (RtSnapshot  *self,
             RtCommittee *committee)
{
  GListModel *frameworks = rt_committee_get_frameworks (committee);
  GListModel *model;

  for (guint i = 0, n = g_list_model_get_n_items (frameworks); i < n; i++)
    {
      g_autoptr(RtFramework) framework = g_list_model_get_item (frameworks, i);
      g_autoptr(GListModel) points = rt_committee_list_points (committee, rt_framework_get_id (framework));
      RtSnapFramework *f = g_new0 (RtSnapFramework, 1);

      f->id = rt_framework_get_id (framework);
      f->name = g_strdup (rt_framework_get_name (framework));
      f->points = g_ptr_array_new ();
      g_ptr_array_add (self->frameworks, f);

      for (guint j = 0, m = g_list_model_get_n_items (points); j < m; j++)
        {
          g_autoptr(RtPoint) point = g_list_model_get_item (points, j);
          RtSnapPoint *p = g_new0 (RtSnapPoint, 1);

          p->id = rt_point_get_id (point);
          p->framework_id = f->id;
          p->number = rt_point_get_number (point);
          p->title = g_strdup (rt_point_get_title (point));
          p->question = g_strdup (rt_point_get_question (point));
          p->note = g_strdup (rt_point_get_note (point));
          p->proposals = g_strdupv ((char **)rt_point_get_proposals (point));
          p->directions = g_strdupv ((char **)rt_point_get_directions (point));
          p->status = rt_point_get_status (point);
          p->cards = g_ptr_array_new ();
          p->themes = g_ptr_array_new ();
          g_ptr_array_add (self->points, p);
          g_ptr_array_add (f->points, p);
          g_hash_table_insert (self->points_by_id, &p->id, p);
        }
    }

  model = rt_committee_get_perspectives (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtPerspective) perspective = g_list_model_get_item (model, i);
      RtSnapPerspective *p = g_new0 (RtSnapPerspective, 1);

      p->id = rt_perspective_get_id (perspective);
      p->number = rt_perspective_get_number (perspective);
      p->title = g_strdup (rt_perspective_get_title (perspective));
      p->body = g_strdup (rt_perspective_get_body (perspective));
      g_ptr_array_add (self->perspectives, p);
    }
}

static gboolean
read_links (RtSnapshot   *self,
            RtCommittee  *committee,
            GError      **error)
{
  g_autoptr(GPtrArray) proposals = NULL;
  g_autoptr(GPtrArray) directions = NULL;

  if (!(self->links = rt_committee_get_point_links (committee, error)) ||
      !(self->positions = rt_committee_get_map_positions (committee, error)) ||
      !(proposals = rt_committee_get_proposals (committee, error)) ||
      !(directions = rt_committee_get_directions (committee, error)))
    return FALSE;

  for (guint i = 0; i < self->links->len; i++)
    {
      RtPointLink *link = &g_array_index (self->links, RtPointLink, i);
      RtSnapPoint *p = rt_snapshot_get_point (self, link->point_id);
      RtSnapCard *c;
      RtSnapTheme *t;

      if (p == NULL)
        continue;
      if (link->card_id != 0 && (c = rt_snapshot_get_card (self, link->card_id)) != NULL)
        g_ptr_array_add (p->cards, c);
      if (link->theme_id != 0 && (t = rt_snapshot_get_theme (self, link->theme_id)) != NULL)
        g_ptr_array_add (p->themes, t);
    }

  for (guint i = 0; i < proposals->len; i++)
    {
      RtPointText *text = proposals->pdata[i];
      RtSnapPoint *p = rt_snapshot_get_point (self, text->point_id);
      RtSnapProposal *proposal;

      if (p == NULL)
        continue;

      proposal = g_new0 (RtSnapProposal, 1);
      proposal->id = text->id;
      proposal->point = p;
      proposal->text = g_strdup (text->text);
      g_ptr_array_add (self->proposals, proposal);
    }

  for (guint i = 0; i < directions->len; i++)
    {
      RtPointText *text = directions->pdata[i];
      RtSnapPoint *p = rt_snapshot_get_point (self, text->point_id);
      RtSnapDirection *direction;

      if (p == NULL)
        continue;

      direction = g_new0 (RtSnapDirection, 1);
      direction->id = text->id;
      direction->point = p;
      direction->meeting_id = text->meeting_id;
      direction->meeting_number = text->meeting_number;
      direction->text = g_strdup (text->text);
      direction->created = g_strdup (text->created);
      g_ptr_array_add (self->directions, direction);
    }

  return TRUE;
}

/* The meeting cycle: 次第, 配布資料, 宿題, 議事要旨 and the 答申 outline. */
static void
read_cycle (RtSnapshot  *self,
            RtCommittee *committee)
{
  GListModel *model;

  for (guint i = 0; i < self->meetings->len; i++)
    {
      RtSnapMeeting *m = g_ptr_array_index (self->meetings, i);
      g_autoptr(GListModel) items = rt_committee_list_agenda_items (committee, m->id);
      g_autoptr(GListModel) materials = rt_committee_list_materials (committee, m->id);

      for (guint j = 0, n = g_list_model_get_n_items (items); j < n; j++)
        {
          g_autoptr(RtAgendaItem) item = g_list_model_get_item (items, j);
          RtSnapAgendaItem *a = g_new0 (RtSnapAgendaItem, 1);

          a->id = rt_agenda_item_get_id (item);
          a->meeting_id = m->id;
          a->title = g_strdup (rt_agenda_item_get_title (item));
          a->kind = rt_agenda_item_get_kind (item);
          g_ptr_array_add (self->agenda_items, a);
        }

      for (guint j = 0, n = g_list_model_get_n_items (materials); j < n; j++)
        {
          g_autoptr(RtMaterial) material = g_list_model_get_item (materials, j);
          RtSnapMaterial *x = g_new0 (RtSnapMaterial, 1);

          x->id = rt_material_get_id (material);
          x->meeting_id = m->id;
          x->agenda_item_id = rt_material_get_agenda_item_id (material);
          x->number = g_strdup (rt_material_get_number (material));
          x->title = g_strdup (rt_material_get_title (material));
          x->kind = rt_material_get_kind (material);
          x->restricted = rt_material_get_restricted (material);
          x->handout = g_strdup (rt_material_get_handout (material));
          g_ptr_array_add (self->materials, x);
        }
    }

  model = rt_committee_get_followups (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtFollowup) followup = g_list_model_get_item (model, i);
      RtSnapFollowup *f = g_new0 (RtSnapFollowup, 1);

      f->id = rt_followup_get_id (followup);
      f->card_id = rt_followup_get_card_id (followup);
      f->question = g_strdup (rt_followup_get_question (followup));
      f->assignee = g_strdup (rt_followup_get_assignee (followup));
      f->due_meeting_id = rt_followup_get_due_meeting_id (followup);
      f->due_meeting_number = rt_followup_get_due_meeting_number (followup);
      f->status = rt_followup_get_status (followup);
      f->answer = g_strdup (rt_followup_get_answer (followup));
      f->answered_meeting_id = rt_followup_get_answered_meeting_id (followup);
      f->answered_meeting_number = rt_followup_get_answered_meeting_number (followup);
      f->created = g_strdup (rt_followup_get_created (followup));
      f->modified = g_strdup (rt_followup_get_modified (followup));
      g_ptr_array_add (self->followups, f);
    }

  model = rt_committee_get_summaries (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtSummary) summary = g_list_model_get_item (model, i);
      g_autoptr(GListModel) corrections = rt_committee_list_corrections (committee, rt_summary_get_id (summary));
      RtSnapSummary *s = g_new0 (RtSnapSummary, 1);

      s->id = rt_summary_get_id (summary);
      s->meeting_id = rt_summary_get_meeting_id (summary);
      s->text = g_strdup (rt_summary_get_text (summary));
      s->final = rt_summary_get_final (summary);
      s->generated = g_strdup (rt_summary_get_generated (summary));
      s->modified = g_strdup (rt_summary_get_modified (summary));
      s->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify)correction_free);
      for (guint j = 0, m = g_list_model_get_n_items (corrections); j < m; j++)
        {
          g_autoptr(RtCorrection) correction = g_list_model_get_item (corrections, j);
          RtSnapCorrection *c = g_new0 (RtSnapCorrection, 1);

          c->person_id = rt_correction_get_person_id (correction);
          c->person = g_strdup (rt_correction_get_person (correction));
          c->text = g_strdup (rt_correction_get_text (correction));
          c->done = rt_correction_get_done (correction);
          c->created = g_strdup (rt_correction_get_created (correction));
          g_ptr_array_add (s->corrections, c);
        }
      g_ptr_array_add (self->summaries, s);
    }

  model = rt_committee_get_outlines (committee);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtOutline) outline = g_list_model_get_item (model, i);
      RtSnapOutline *o = g_new0 (RtSnapOutline, 1);

      o->id = rt_outline_get_id (outline);
      o->version = rt_outline_get_version (outline);
      o->stage = g_strdup (rt_outline_get_stage (outline));
      o->date = g_strdup (rt_outline_get_date (outline));
      o->text = g_strdup (rt_outline_get_text (outline));
      g_ptr_array_add (self->outlines, o);
    }
}

/* The answers, and for each card the one that counts. */
static void
read_responses (RtSnapshot  *self,
                RtCommittee *committee)
{
  g_autoptr(GHashTable) by_id = new_index ();
  GListModel *model = rt_committee_get_responses (committee);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(RtResponse) response = g_list_model_get_item (model, i);
      RtSnapResponse *r = g_new0 (RtSnapResponse, 1);
      const gint64 *card_ids;
      guint n_cards;
      RtSnapTheme *t;

      r->id = rt_response_get_id (response);
      r->theme_id = rt_response_get_theme_id (response);
      r->kind_id = rt_response_get_kind_id (response);
      r->kind = g_strdup (rt_response_get_kind (response));
      r->text = g_strdup (rt_response_get_text (response));
      r->reflected = g_strdup (rt_response_get_reflected (response));
      r->point_id = rt_response_get_point_id (response);
      r->point_number = rt_response_get_point_number (response);
      r->meeting_id = rt_response_get_meeting_id (response);
      r->meeting_number = rt_response_get_meeting_number (response);
      r->where = rt_response_dup_where (response);
      r->created = g_strdup (rt_response_get_created (response));
      r->modified = g_strdup (rt_response_get_modified (response));
      r->cards = g_ptr_array_new ();
      g_ptr_array_add (self->responses, r);
      g_hash_table_insert (by_id, &r->id, r);

      if (r->theme_id != 0 && (t = rt_snapshot_get_theme (self, r->theme_id)))
        t->response = r;

      card_ids = rt_response_get_card_ids (response, &n_cards);
      for (guint j = 0; j < n_cards; j++)
        {
          RtSnapCard *c = rt_snapshot_get_card (self, card_ids[j]);

          if (c == NULL)
            continue;
          c->response = r;
          c->own_response = TRUE;
          g_ptr_array_add (r->cards, c);
        }
    }

  for (guint i = 0; i < self->cards->len; i++)
    {
      RtSnapCard *c = self->cards->pdata[i];
      RtSnapTheme *t;

      if (c->response == NULL && (t = rt_snapshot_get_theme (self, c->theme_id)))
        c->response = t->response;
    }
}

/**
 * rt_snapshot_new:
 *
 * Copies what the painters show out of @committee. Call it on the thread
 * that owns @committee; the result is immutable and may go to any thread.
 *
 * Returns: (transfer full): the snapshot, or %NULL with @error set
 */
RtSnapshot *
rt_snapshot_new (RtCommittee  *committee,
                 GError      **error)
{
  RtSnapshot *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_atomic_rc_box_new0 (RtSnapshot);
  self->committee_name = g_strdup (rt_committee_get_name (committee));
  self->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify)meeting_free);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify)person_free);
  self->labels = g_ptr_array_new_with_free_func ((GDestroyNotify)label_free);
  self->themes = g_ptr_array_new_with_free_func ((GDestroyNotify)theme_free);
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify)card_free);
  self->inbox = g_ptr_array_new ();
  self->frameworks = g_ptr_array_new_with_free_func ((GDestroyNotify)framework_free);
  self->points = g_ptr_array_new_with_free_func ((GDestroyNotify)point_free);
  self->proposals = g_ptr_array_new_with_free_func ((GDestroyNotify)proposal_free);
  self->directions = g_ptr_array_new_with_free_func ((GDestroyNotify)direction_free);
  self->perspectives = g_ptr_array_new_with_free_func ((GDestroyNotify)perspective_free);
  self->meetings_by_id = new_index ();
  self->people_by_id = new_index ();
  self->themes_by_id = new_index ();
  self->cards_by_id = new_index ();
  self->points_by_id = new_index ();
  self->agenda_items = g_ptr_array_new_with_free_func ((GDestroyNotify)agenda_item_free);
  self->materials = g_ptr_array_new_with_free_func ((GDestroyNotify)material_free);
  self->followups = g_ptr_array_new_with_free_func ((GDestroyNotify)followup_free);
  self->summaries = g_ptr_array_new_with_free_func ((GDestroyNotify)summary_free);
  self->outlines = g_ptr_array_new_with_free_func ((GDestroyNotify)outline_free);

  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify)response_free);
  self->mode = rt_committee_get_mode (committee);

  if (!read_people (self, committee, error))
    {
      rt_snapshot_unref (self);
      return NULL;
    }
  read_board (self, committee);
  read_points (self, committee);
  read_cycle (self, committee);
  read_responses (self, committee);

  if (!read_links (self, committee, error) ||
      !(self->speakers = rt_speaker_policy_new (committee, error)))
    {
      rt_snapshot_unref (self);
      return NULL;
    }

  return self;
}

RtSnapshot *
rt_snapshot_ref (RtSnapshot *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rt_snapshot_unref (RtSnapshot *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify)snapshot_clear);
}

RtSnapMeeting *
rt_snapshot_get_meeting (RtSnapshot *self,
                         gint64      id)
{
  return g_hash_table_lookup (self->meetings_by_id, &id);
}

RtSnapPerson *
rt_snapshot_get_person (RtSnapshot *self,
                        gint64      id)
{
  return g_hash_table_lookup (self->people_by_id, &id);
}

RtSnapTheme *
rt_snapshot_get_theme (RtSnapshot *self,
                       gint64      id)
{
  return g_hash_table_lookup (self->themes_by_id, &id);
}

RtSnapCard *
rt_snapshot_get_card (RtSnapshot *self,
                      gint64      id)
{
  return g_hash_table_lookup (self->cards_by_id, &id);
}

RtSnapPoint *
rt_snapshot_get_point (RtSnapshot *self,
                       gint64      id)
{
  return g_hash_table_lookup (self->points_by_id, &id);
}

/**
 * rt_snapshot_get_label:
 * @id: a label, or 0 for the themes without one
 *
 * Returns: (transfer none) (nullable): the label
 */
RtSnapLabel *
rt_snapshot_get_label (RtSnapshot *self,
                       gint64      id)
{
  for (guint i = 0; i < self->labels->len; i++)
    if (((RtSnapLabel *)self->labels->pdata[i])->id == id)
      return self->labels->pdata[i];

  return NULL;
}

/**
 * rt_snapshot_get_framework:
 * @id: a framework, or 0 for the first one
 *
 * Returns: (transfer none) (nullable): the framework
 */
RtSnapFramework *
rt_snapshot_get_framework (RtSnapshot *self,
                           gint64      id)
{
  for (guint i = 0; i < self->frameworks->len; i++)
    if (id == 0 || ((RtSnapFramework *)self->frameworks->pdata[i])->id == id)
      return self->frameworks->pdata[i];

  return NULL;
}

/**
 * rt_snapshot_get_point_opinions:
 *
 * The cards that speak to @point: linked to it, or in a theme linked to it,
 * in board order (theme by theme, the 未分類 inbox last), 非公開 ones too.
 *
 * Returns: (transfer container) (element-type RtSnapCard): the cards
 */
GPtrArray *
rt_snapshot_get_point_opinions (RtSnapshot  *self,
                                RtSnapPoint *point)
{
  g_autoptr(GHashTable) linked = g_hash_table_new (NULL, NULL);
  GPtrArray *cards = g_ptr_array_new ();

  for (guint i = 0; i < point->cards->len; i++)
    g_hash_table_add (linked, point->cards->pdata[i]);

  for (guint i = 0; i <= self->themes->len; i++)
    {
      RtSnapTheme *theme = i < self->themes->len ? self->themes->pdata[i] : NULL;
      GPtrArray *column = theme != NULL ? theme->cards : self->inbox;
      gboolean whole = theme != NULL && g_ptr_array_find (point->themes, theme, NULL);

      for (guint j = 0; j < column->len; j++)
        if (whole || g_hash_table_contains (linked, column->pdata[j]))
          g_ptr_array_add (cards, column->pdata[j]);
    }

  return cards;
}

/**
 * rt_snapshot_dup_scene_title:
 *
 * The title of @scene as the console lists it and the projector shows it:
 * its own, or its target's name (第3回の意見, the theme's name, 論点4 …).
 *
 * Returns: (transfer full): the title
 */
char *
rt_snapshot_dup_scene_title (RtSnapshot    *self,
                             const RtScene *scene)
{
  RtSnapMeeting *meeting;
  RtSnapTheme *theme;
  RtSnapLabel *label;
  RtSnapPoint *point;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scene != NULL, NULL);

  if (scene->title != NULL && scene->title[0] != '\0')
    return g_strdup (scene->title);

  switch (scene->kind)
    {
    case RT_SCENE_MEETING:
      if (scene->target_id == 0)
        return g_strdup (_("All opinions"));
      if ((meeting = rt_snapshot_get_meeting (self, scene->target_id)))
        /* Translators: the title of a scene with the cards of meeting %d. */
        return g_strdup_printf (_("Opinions of meeting %d"), meeting->number);
      break;

    case RT_SCENE_THEME:
      if (scene->target_id == 0)
        return g_strdup (_("Unsorted"));
      if ((theme = rt_snapshot_get_theme (self, scene->target_id)))
        return g_strdup (theme->name);
      break;

    case RT_SCENE_LABEL:
      if (scene->target_id != 0 && (label = rt_snapshot_get_label (self, scene->target_id)))
        return g_strdup (label->name);
      break;

    case RT_SCENE_POINT:
      if ((point = rt_snapshot_get_point (self, scene->target_id)))
        /* Translators: point number %d and its title %s. */
        return g_strdup_printf (_("Point %d %s"), point->number, point->title);
      break;

    case RT_SCENE_POINT_TABLE:
      return g_strdup (_("Point Table"));

    case RT_SCENE_MAP:
      if (scene->target_id == 0)
        return g_strdup (_("Issue Map"));
      if (rt_scene_get_map_flags (scene) & RT_SCENE_MAP_THEME)
        {
          if ((theme = rt_snapshot_get_theme (self, scene->target_id)))
            /* Translators: the issue map of one theme, named %s. */
            return g_strdup_printf (_("Issue Map: %s"), theme->name);
          break;
        }
      if ((point = rt_snapshot_get_point (self, scene->target_id)))
        /* Translators: the issue map focused on point number %d. */
        return g_strdup_printf (_("Issue Map: Point %d"), point->number);
      break;

    case RT_SCENE_FOLLOWUPS:
      if (scene->target_id == 0)
        return g_strdup (_("Answers to follow-ups"));
      if ((meeting = rt_snapshot_get_meeting (self, scene->target_id)))
        /* Translators: the title of a scene with the follow-ups answered at meeting %d. */
        return g_strdup_printf (_("Answers to follow-ups, meeting %d"), meeting->number);
      break;

    case RT_SCENE_RESPONSES:
      if (scene->target_id == 0)
        return g_strdup (_("Opinions and responses"));
      if ((meeting = rt_snapshot_get_meeting (self, scene->target_id)))
        /* Translators: the title of a scene with the answers to the opinions of meeting %d. */
        return g_strdup_printf (_("Responses to meeting %d"), meeting->number);
      break;

    case RT_SCENE_TEXT:
      {
        const char *text = scene->text ? scene->text : "";
        const char *end = strchr (text, '\n');

        if (text[0] != '\0')
          return end ? g_strndup (text, end - text) : g_strdup (text);
        return g_strdup (_("Text Slide"));
      }

    case RT_N_SCENE_KINDS:
    default:
      g_assert_not_reached ();
    }

  return g_strdup (_("(deleted)"));
}

/**
 * rt_snapshot_find_meeting:
 * @number: a meeting's number, or 0 for the last meeting
 *
 * Returns: (transfer none) (nullable): the meeting
 */
RtSnapMeeting *
rt_snapshot_find_meeting (RtSnapshot *self,
                          int         number)
{
  RtSnapMeeting *found = NULL;

  for (guint i = 0; i < self->meetings->len; i++)
    {
      RtSnapMeeting *m = self->meetings->pdata[i];

      if (number == 0 || m->number == number)
        found = m;
    }

  return found;
}

/**
 * rt_snapshot_previous_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting numbered just before
 *   @meeting
 */
RtSnapMeeting *
rt_snapshot_previous_meeting (RtSnapshot    *self,
                              RtSnapMeeting *meeting)
{
  RtSnapMeeting *previous = NULL;

  for (guint i = 0; meeting != NULL && i < self->meetings->len; i++)
    {
      RtSnapMeeting *m = self->meetings->pdata[i];

      if (m->number < meeting->number)
        previous = m;
    }

  return previous;
}

/**
 * rt_snapshot_get_agenda:
 *
 * Returns: (transfer container) (element-type RtSnapAgendaItem): the items
 *   of a meeting's 次第, in order
 */
GPtrArray *
rt_snapshot_get_agenda (RtSnapshot *self,
                        gint64      meeting_id)
{
  GPtrArray *items = g_ptr_array_new ();

  for (guint i = 0; i < self->agenda_items->len; i++)
    if (((RtSnapAgendaItem *)self->agenda_items->pdata[i])->meeting_id == meeting_id)
      g_ptr_array_add (items, self->agenda_items->pdata[i]);

  return items;
}

/**
 * rt_snapshot_get_materials:
 *
 * Returns: (transfer container) (element-type RtSnapMaterial): the 配布資料
 *   of a meeting, in order
 */
GPtrArray *
rt_snapshot_get_materials (RtSnapshot *self,
                           gint64      meeting_id)
{
  GPtrArray *materials = g_ptr_array_new ();

  for (guint i = 0; i < self->materials->len; i++)
    if (((RtSnapMaterial *)self->materials->pdata[i])->meeting_id == meeting_id)
      g_ptr_array_add (materials, self->materials->pdata[i]);

  return materials;
}

/**
 * rt_snapshot_find_material:
 * @handout: a handout nick ("points", "opinions:3" …)
 *
 * Returns: (transfer none) (nullable): the first material of the meeting
 *   that Ronten makes as @handout
 */
RtSnapMaterial *
rt_snapshot_find_material (RtSnapshot *self,
                           gint64      meeting_id,
                           const char *handout)
{
  for (guint i = 0; i < self->materials->len; i++)
    {
      RtSnapMaterial *m = self->materials->pdata[i];

      if (m->meeting_id == meeting_id && g_strcmp0 (m->handout, handout) == 0)
        return m;
    }

  return NULL;
}

RtSnapSummary *
rt_snapshot_find_summary (RtSnapshot *self,
                          gint64      meeting_id)
{
  for (guint i = 0; i < self->summaries->len; i++)
    if (((RtSnapSummary *)self->summaries->pdata[i])->meeting_id == meeting_id)
      return self->summaries->pdata[i];

  return NULL;
}

/**
 * rt_snapshot_find_outline:
 * @version: a version's number, or 0 for the last one
 *
 * Returns: (transfer none) (nullable): the version of the 答申 outline
 */
RtSnapOutline *
rt_snapshot_find_outline (RtSnapshot *self,
                          int         version)
{
  RtSnapOutline *found = NULL;

  for (guint i = 0; i < self->outlines->len; i++)
    {
      RtSnapOutline *o = self->outlines->pdata[i];

      if (version == 0 || o->version == version)
        found = o;
    }

  return found;
}

/**
 * rt_snapshot_previous_outline:
 *
 * Returns: (transfer none) (nullable): the version before @outline
 */
RtSnapOutline *
rt_snapshot_previous_outline (RtSnapshot    *self,
                              RtSnapOutline *outline)
{
  RtSnapOutline *previous = NULL;

  for (guint i = 0; outline != NULL && i < self->outlines->len; i++)
    {
      RtSnapOutline *o = self->outlines->pdata[i];

      if (o->version < outline->version)
        previous = o;
    }

  return previous;
}

/**
 * rt_snapshot_name_speaker:
 * @display: a display chosen for this output only, or
 *   %RT_SPEAKER_DISPLAY_DEFAULT for the committee's setting of @output
 *
 * Returns: (transfer full) (nullable): the speaker of @card as @output
 *   shows it (see rt_speaker_policy_name()), or %NULL for none
 */
char *
rt_snapshot_name_speaker (RtSnapshot       *self,
                          const RtSnapCard *card,
                          RtOutput          output,
                          RtSpeakerDisplay  display)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (card != NULL, NULL);

  return rt_speaker_policy_name (self->speakers, output, display, card->speaker_id, card->visibility);
}
