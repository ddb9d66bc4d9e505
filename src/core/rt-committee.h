/* rt-committee.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rt-card.h"
#include "rt-framework.h"
#include "rt-label.h"
#include "rt-meeting.h"
#include "rt-person.h"
#include "rt-perspective.h"
#include "rt-point.h"
#include "rt-store.h"
#include "rt-theme.h"

G_BEGIN_DECLS

typedef enum
{
  RT_KIND_MEETING,
  RT_KIND_PERSON,
  RT_KIND_LABEL,
  RT_KIND_THEME,
  RT_KIND_CARD,
  RT_KIND_FRAMEWORK,
  RT_KIND_POINT,
  RT_KIND_PERSPECTIVE,
  RT_N_KINDS
} RtKind;

typedef struct
{
  guint meetings;
  guint speakers;
  guint sources;
  guint labels;
  guint themes;
  guint cards;
  guint inbox;
  guint frameworks;
  guint points;
  guint perspectives;
  guint card_point_links;
  guint theme_point_links;
} RtCommitteeStats;

/* What a new card is made of; ids of 0 mean none (a theme of 0 is the inbox). */
typedef struct
{
  const char *text;
  const char *verbatim;
  gint64      speaker_id;
  gint64      meeting_id;
  gint64      theme_id;
  gint64      source_id;
  gint64      source_offset;
  gint64      source_length;
  RtCardStatus status;
  RtVisibility visibility;
} RtCardDraft;

#define RT_TYPE_COMMITTEE (rt_committee_get_type ())

G_DECLARE_FINAL_TYPE (RtCommittee, rt_committee, RT, COMMITTEE, GObject)

GType        rt_kind_get_type               (RtKind             kind);

RtCommittee *rt_committee_open              (const char        *path,
                                             RtStoreOpenFlags   flags,
                                             GError           **error);
RtCommittee *rt_committee_new               (RtStore           *store,
                                             GError           **error);
RtStore     *rt_committee_get_store         (RtCommittee       *self);
const char  *rt_committee_get_name          (RtCommittee       *self);
const char  *rt_committee_get_description   (RtCommittee       *self);
gboolean     rt_committee_get_read_only     (RtCommittee       *self);
gpointer     rt_committee_lookup            (RtCommittee       *self,
                                             RtKind             kind,
                                             gint64             id);
gboolean     rt_committee_reload            (RtCommittee       *self,
                                             GError           **error);

GListModel  *rt_committee_get_meetings      (RtCommittee       *self);
GListModel  *rt_committee_get_people        (RtCommittee       *self);
GListModel  *rt_committee_get_labels        (RtCommittee       *self);
GListModel  *rt_committee_get_themes        (RtCommittee       *self);
GListModel  *rt_committee_get_cards         (RtCommittee       *self);
GListModel  *rt_committee_get_frameworks    (RtCommittee       *self);
GListModel  *rt_committee_get_perspectives  (RtCommittee       *self);
GListModel  *rt_committee_list_themes       (RtCommittee       *self,
                                             gint64             label_id);
GListModel  *rt_committee_list_cards        (RtCommittee       *self,
                                             gint64             theme_id);
GListModel  *rt_committee_list_points       (RtCommittee       *self,
                                             gint64             framework_id);

gboolean     rt_committee_get_stats         (RtCommittee       *self,
                                             RtCommitteeStats  *stats,
                                             GError           **error);

gboolean     rt_committee_set_name          (RtCommittee       *self,
                                             const char        *name,
                                             GError           **error);
gint64       rt_committee_add_meeting       (RtCommittee       *self,
                                             int                number,
                                             const char        *title,
                                             const char        *date,
                                             GError           **error);
gint64       rt_committee_add_person        (RtCommittee       *self,
                                             const char        *name,
                                             const char        *role,
                                             GError           **error);
gint64       rt_committee_add_label         (RtCommittee       *self,
                                             const char        *name,
                                             GError           **error);
gint64       rt_committee_add_theme         (RtCommittee       *self,
                                             gint64             label_id,
                                             const char        *name,
                                             const char        *color,
                                             GError           **error);
gint64       rt_committee_add_card          (RtCommittee       *self,
                                             const RtCardDraft *draft,
                                             GError           **error);
gboolean     rt_committee_set_card_text     (RtCommittee       *self,
                                             gint64             card_id,
                                             const char        *text,
                                             GError           **error);
gboolean     rt_committee_move_cards        (RtCommittee       *self,
                                             const gint64      *card_ids,
                                             guint              n_cards,
                                             gint64             theme_id,
                                             int                position,
                                             GError           **error);
gboolean     rt_committee_delete_card       (RtCommittee       *self,
                                             gint64             card_id,
                                             GError           **error);

char        *rt_now_iso8601                 (void);

G_END_DECLS
