/* rt-committee-private.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once


#include "rt-committee.h"
#include "rt-list.h"
#include "rt-store-private.h"

G_BEGIN_DECLS

/* Shared by the files of the committee's aggregates (rt-committee-*.c). */

#define RT_T(x) RT_TABLE_BIT (RT_TABLE_##x)

/* How the committee keeps the model objects of one kind: the type, the
 * loader that reads one row of @select by column name, and which tables'
 * changes may change an object (@depends) or the list of all (@list_depends). */
typedef struct
{
  GType      (*get_type) (void);
  gboolean   (*load)     (gpointer  object,
                          RtStmt   *stmt);
  const char  *select;      /* every row */
  const char  *select_one;  /* the row ?1 */
  const char  *list_all;    /* every id, in the committee's order */
  guint        depends;
  guint        list_depends;
} RtKindInfo;

extern const RtKindInfo rt_meeting_kind_info;
extern const RtKindInfo rt_person_kind_info;
extern const RtKindInfo rt_label_kind_info;
extern const RtKindInfo rt_theme_kind_info;
extern const RtKindInfo rt_card_kind_info;
extern const RtKindInfo rt_framework_kind_info;
extern const RtKindInfo rt_point_kind_info;
extern const RtKindInfo rt_perspective_kind_info;
extern const RtKindInfo rt_agenda_item_kind_info;
extern const RtKindInfo rt_material_kind_info;
extern const RtKindInfo rt_followup_kind_info;
extern const RtKindInfo rt_summary_kind_info;
extern const RtKindInfo rt_correction_kind_info;
extern const RtKindInfo rt_outline_kind_info;
extern const RtKindInfo rt_response_kind_info;
extern const RtKindInfo rt_response_info;

RtStore  *rt_committee_get_store    (RtCommittee  *self);

/* One change: rt_committee_begin_change(), its SQL, then
 * rt_committee_end_change(). One transaction; one undo step named @label, or
 * none when @label is NULL (imports that replace what the history knows). */
gboolean  rt_committee_begin_change (RtCommittee  *self,
                                     const char   *label,
                                     GError      **error);
gboolean  rt_committee_end_change   (RtCommittee  *self,
                                     gboolean      ok,
                                     GError      **error);

gboolean  rt_committee_run_change   (RtCommittee  *self,
                                     const char   *label,
                                     RtStmt       *stmt,
                                     GError      **error);
gint64    rt_committee_insert_change (RtCommittee *self,
                                     const char   *label,
                                     RtStmt       *stmt,
                                     GError      **error);

void      rt_committee_mark_all_changed (RtCommittee *self);
GHashTable *rt_committee_get_response_index (RtCommittee *self);
void      rt_committee_set_response_index (RtCommittee *self,
                                           GHashTable  *index);
void      rt_committee_report_error (RtCommittee  *self,
                                     const GError *error);

GListModel *rt_committee_get_kind_list (RtCommittee *self,
                                     RtKind        kind);
RtList   *rt_committee_new_list     (RtCommittee  *self,
                                     RtKind        kind,
                                     const char   *sql,
                                     gint64        parent_id,
                                     guint         depends);

gboolean  rt_committee_check_row    (RtCommittee  *self,
                                     const char   *table,
                                     gint64        id,
                                     GError      **error,
                                     const char   *format,
                                     ...) G_GNUC_PRINTF (5, 6);
char     *rt_committee_strip        (const char   *text);
gboolean  rt_committee_invalid      (GError      **error,
                                     const char   *message);
gboolean  rt_committee_read_ids     (RtCommittee  *self,
                                     const char   *sql,
                                     gint64        param,
                                     GArray       *ids,
                                     GError      **error);
gboolean  rt_committee_run_id       (RtCommittee  *self,
                                     const char   *sql,
                                     gint64        id,
                                     GError      **error);
gboolean  rt_committee_run_id_int   (RtCommittee  *self,
                                     const char   *sql,
                                     gint64        id,
                                     gint64        value,
                                     GError      **error);
gboolean  rt_committee_run_id_text  (RtCommittee  *self,
                                     const char   *sql,
                                     gint64        id,
                                     const char   *text,
                                     GError      **error);
gboolean  rt_committee_write_order  (RtCommittee  *self,
                                     const char   *update_sql,
                                     GArray       *order,
                                     gint64        parent_id,
                                     GError      **error);

/* The writers of new rows, inside a change: the one path for the editing
 * functions, the minutes import and the table import. */
gint64    rt_committee_insert_meeting (RtCommittee  *self,
                                       int           number,
                                       const char   *title,
                                       const char   *date,
                                       GError      **error);
gint64    rt_committee_insert_person  (RtCommittee  *self,
                                       const char   *name,
                                       const char   *role,
                                       GError      **error);
gboolean  rt_committee_set_alias      (RtCommittee  *self,
                                       gint64        person_id,
                                       const char   *alias,
                                       gboolean      replace,
                                       gboolean     *added,
                                       GError      **error);
gint64    rt_committee_insert_label   (RtCommittee  *self,
                                       const char   *name,
                                       GError      **error);
gint64    rt_committee_insert_theme   (RtCommittee  *self,
                                       gint64        label_id,
                                       const char   *name,
                                       const char   *color,
                                       GError      **error);
GHashTable **_rt_committee_get_card_batch (RtCommittee *self);
gboolean  rt_committee_begin_card_batch (RtCommittee  *self,
                                         GError      **error);
gboolean  rt_committee_end_card_batch   (RtCommittee  *self,
                                         GError      **error);
gint64    rt_committee_insert_card    (RtCommittee       *self,
                                       const RtCardDraft *draft,
                                       gssize             verbatim_length,
                                       const char        *now,
                                       GError           **error);
gint64    rt_committee_insert_response (RtCommittee          *self,
                                        gint64                theme_id,
                                        const gint64         *card_ids,
                                        guint                 n_cards,
                                        const RtResponseEdit *edit,
                                        const char           *now,
                                        GError              **error);
gint64    rt_committee_insert_source  (RtCommittee  *self,
                                       gint64        meeting_id,
                                       const char   *title,
                                       const char   *text,
                                       gsize         length,
                                       GError      **error);

gboolean  rt_committee_guess_person_kinds (RtCommittee  *self,
                                         GError      **error);

/* Between aggregates: cards leave a theme that is deleted. */
gboolean  rt_committee_release_cards (RtCommittee  *self,
                                      gint64        theme_id,
                                      GError      **error);

#define check_card(self, id, error) \
  rt_committee_check_row ((self), "cards", (id), (error), _("The card %lld does not exist"), (long long)(id))
#define check_theme(self, id, error) \
  rt_committee_check_row ((self), "themes", (id), (error), _("The theme %lld does not exist"), (long long)(id))
#define check_label(self, id, error) \
  rt_committee_check_row ((self), "labels", (id), (error), _("The label %lld does not exist"), (long long)(id))

G_END_DECLS
