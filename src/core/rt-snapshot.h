/* rt-snapshot.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"
#include "rt-speaker-policy.h"

G_BEGIN_DECLS

/* RtSnapshot: everything a painter draws, copied out of a committee in one
 * pass on the committee's thread. It is plain, immutable data: the handout
 * pages, the issue map and the projected slides read it, on any thread,
 * instead of asking the committee one object at a time while they build.
 *
 * Orders are the committee's: meetings by number, people, labels and
 * themes as on the board (label by label, themes without a label last),
 * cards by id (each theme's and the inbox's cards in board order), points
 * framework by framework. Pointers between records (a label's themes, a
 * point's cards) are not owned.
 *
 * Speakers are named by the committee's display policy (@speakers, read in
 * the same pass): painters call rt_snapshot_name_speaker() for the output
 * they paint, never print RtSnapPerson's name themselves.
 */

typedef struct _RtSnapResponse RtSnapResponse;

typedef struct
{
  gint64    id;
  int       number;
  char     *title;
  char     *date;
  char     *place;
  char     *start_time;   /* HH:MM, or "" */
  char     *end_time;
  int       observers;    /* -1: not known */
  gboolean  is_public;
  GArray   *attendance;   /* RtAttendee, in the committee's order of people */
} RtSnapMeeting;

typedef struct
{
  gint64        id;
  char         *name;
  char         *role;
  char         *display;   /* name and role, as cards show them */
  RtPersonKind  kind;
} RtSnapPerson;

typedef struct
{
  gint64      id;        /* 0 for the themes without a label */
  char       *name;
  GPtrArray  *themes;    /* RtSnapTheme */
} RtSnapLabel;

typedef struct
{
  gint64      id;
  gint64      label_id;
  char       *name;
  char       *color;
  GPtrArray  *cards;     /* RtSnapCard, in board order */
  RtSnapResponse *response;  /* the answer given to the theme, or NULL */
} RtSnapTheme;

typedef struct
{
  gint64        id;
  char         *text;
  gint64        speaker_id;
  char         *speaker;         /* display name, or "" */
  gint64        meeting_id;
  int           meeting_number;
  gint64        theme_id;
  int           position;
  RtCardStatus  status;
  RtVisibility  visibility;
  RtStatementKind kind;          /* 意見, 質問 … (rt_statement_kind_awaits_answer()) */
  gint64        source_id;       /* 0: none */
  gint64        source_offset;   /* -1: none */
  char         *created;
  char         *modified;
  RtSnapResponse *response;      /* the answer that counts: its own, else its theme's; or NULL */
  gboolean      own_response;    /* @response is the card's own */
} RtSnapCard;

/* An answer (対応) to cards or to a theme. */
struct _RtSnapResponse
{
  gint64       id;
  gint64       theme_id;      /* 0: given to @cards */
  gint64       kind_id;
  char        *kind;          /* 反映する …, or "" */
  char        *text;
  char        *reflected;
  gint64       point_id;
  int          point_number;  /* or 0 */
  gint64       meeting_id;
  int          meeting_number;  /* or 0 */
  char        *where;         /* where it is reflected, as handouts say it, or NULL */
  char        *created;
  char        *modified;
  GPtrArray   *cards;         /* RtSnapCard given this answer as their own, by id */
};

typedef struct
{
  gint64          id;
  gint64          framework_id;
  int             number;
  char           *title;
  char           *question;
  char           *note;
  char          **proposals;
  char          **directions;
  RtPointStatus   status;
  GPtrArray      *cards;     /* RtSnapCard linked directly, in link order */
  GPtrArray      *themes;    /* RtSnapTheme linked, in link order */
} RtSnapPoint;

typedef struct
{
  gint64        id;
  RtSnapPoint  *point;
  char         *text;
} RtSnapProposal;

typedef struct
{
  gint64        id;
  RtSnapPoint  *point;
  gint64        meeting_id;
  int           meeting_number;
  char         *text;
  char         *created;
} RtSnapDirection;

typedef struct
{
  gint64  id;
  int     number;
  char   *title;
  char   *body;
} RtSnapPerspective;

typedef struct
{
  gint64      id;
  char       *name;
  GPtrArray  *points;    /* RtSnapPoint */
} RtSnapFramework;

/* A meeting's 次第 and 配布資料. */
typedef struct
{
  gint64        id;
  gint64        meeting_id;
  char         *title;
  RtAgendaKind  kind;
} RtSnapAgendaItem;

typedef struct
{
  gint64          id;
  gint64          meeting_id;
  gint64          agenda_item_id;  /* 0: none */
  char           *number;          /* 資料1-1 … */
  char           *title;
  RtMaterialKind  kind;
  gboolean        restricted;      /* 委員限り */
  char           *handout;         /* the handout Ronten makes for it, or "" */
} RtSnapMaterial;

typedef struct
{
  gint64            id;
  gint64            card_id;       /* 0: none */
  char             *question;
  char             *assignee;
  gint64            due_meeting_id;
  int               due_meeting_number;
  RtFollowupStatus  status;
  char             *answer;
  gint64            answered_meeting_id;
  int               answered_meeting_number;
  char             *created;
  char             *modified;
} RtSnapFollowup;

typedef struct
{
  gint64    person_id;
  char     *person;    /* display name, or "" */
  char     *text;
  gboolean  done;
  char     *created;
} RtSnapCorrection;

typedef struct
{
  gint64      id;
  gint64      meeting_id;
  char       *text;
  gboolean    final;
  char       *generated;   /* when last drafted, or "" */
  char       *modified;
  GPtrArray  *corrections; /* RtSnapCorrection, in the order they came */
} RtSnapSummary;

typedef struct
{
  gint64  id;
  int     version;
  char   *stage;   /* 骨子案, 素案, 案 … */
  char   *date;    /* YYYY-MM-DD, or "" */
  char   *text;
} RtSnapOutline;

typedef struct
{
  char        *committee_name;
  GPtrArray   *meetings;       /* RtSnapMeeting */
  GPtrArray   *people;         /* RtSnapPerson */
  GPtrArray   *labels;         /* RtSnapLabel, with one of id 0 last when themes have none */
  GPtrArray   *themes;         /* RtSnapTheme */
  GPtrArray   *cards;          /* RtSnapCard, by id */
  GPtrArray   *inbox;          /* RtSnapCard of the 未分類 inbox, in board order */
  GPtrArray   *frameworks;     /* RtSnapFramework */
  GPtrArray   *points;         /* RtSnapPoint of every framework, in order */
  GPtrArray   *proposals;      /* RtSnapProposal, point by point */
  GPtrArray   *directions;     /* RtSnapDirection, point by point */
  GPtrArray   *perspectives;   /* RtSnapPerspective */
  GArray      *links;          /* RtPointLink: cards', then themes' */
  GArray      *positions;      /* RtMapPosition */
  GPtrArray   *agenda_items;   /* RtSnapAgendaItem, meeting by meeting, in order */
  GPtrArray   *materials;      /* RtSnapMaterial, meeting by meeting, in order */
  GPtrArray   *followups;      /* RtSnapFollowup, open ones first */
  GPtrArray   *summaries;      /* RtSnapSummary, by meeting */
  GPtrArray   *outlines;       /* RtSnapOutline, oldest version first */
  GPtrArray   *responses;      /* RtSnapResponse, by id */
  RtSpeakerPolicy *speakers;   /* how each output names speakers */
  RtCommitteeMode  mode;
  GHashTable  *meetings_by_id;
  GHashTable  *people_by_id;
  GHashTable  *themes_by_id;
  GHashTable  *cards_by_id;
  GHashTable  *points_by_id;
} RtSnapshot;

RtSnapshot    *rt_snapshot_new            (RtCommittee   *committee,
                                           GError       **error);
RtSnapshot    *rt_committee_get_snapshot  (RtCommittee   *committee,
                                           GError       **error);
RtSnapshot    *rt_snapshot_ref            (RtSnapshot    *self);
void           rt_snapshot_unref          (RtSnapshot    *self);

RtSnapMeeting *rt_snapshot_get_meeting    (RtSnapshot    *self,
                                           gint64         id);
RtSnapPerson  *rt_snapshot_get_person     (RtSnapshot    *self,
                                           gint64         id);
RtSnapTheme   *rt_snapshot_get_theme      (RtSnapshot    *self,
                                           gint64         id);
RtSnapCard    *rt_snapshot_get_card       (RtSnapshot    *self,
                                           gint64         id);
RtSnapPoint   *rt_snapshot_get_point      (RtSnapshot    *self,
                                           gint64         id);
RtSnapLabel   *rt_snapshot_get_label      (RtSnapshot    *self,
                                           gint64         id);
RtSnapFramework *rt_snapshot_get_framework (RtSnapshot   *self,
                                           gint64         id);
GPtrArray     *rt_snapshot_get_point_opinions (RtSnapshot *self,
                                           RtSnapPoint   *point);
char          *rt_snapshot_dup_scene_title (RtSnapshot   *self,
                                           const RtScene *scene);
RtSnapMeeting *rt_snapshot_find_meeting   (RtSnapshot    *self,
                                           int            number);
RtSnapMeeting *rt_snapshot_previous_meeting (RtSnapshot  *self,
                                           RtSnapMeeting *meeting);
GPtrArray     *rt_snapshot_get_agenda     (RtSnapshot    *self,
                                           gint64         meeting_id);
GPtrArray     *rt_snapshot_get_materials  (RtSnapshot    *self,
                                           gint64         meeting_id);
RtSnapMaterial *rt_snapshot_find_material (RtSnapshot    *self,
                                           gint64         meeting_id,
                                           const char    *handout);
RtSnapSummary *rt_snapshot_find_summary   (RtSnapshot    *self,
                                           gint64         meeting_id);
RtSnapOutline *rt_snapshot_find_outline   (RtSnapshot    *self,
                                           int            version);
RtSnapOutline *rt_snapshot_previous_outline (RtSnapshot  *self,
                                           RtSnapOutline *outline);
char          *rt_snapshot_name_speaker   (RtSnapshot    *self,
                                           const RtSnapCard *card,
                                           RtOutput       output,
                                           RtSpeakerDisplay display);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RtSnapshot, rt_snapshot_unref)

G_END_DECLS
