/* rt-committee-edit.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rt-committee.h"
#include "rt-history.h"

G_BEGIN_DECLS

/* The edits of the card board. Each function is one transaction and one undo
 * step with a translated label (“Move 3 cards”, “Split card” …): it either
 * happens completely or not at all, and rt_committee_undo() takes it back in
 * the file. Views never update themselves after calling one: the change
 * reaches every RtCard, RtTheme and RtList through RtStore::changed.
 *
 * Ids of 0 mean “none”: a theme of 0 is the 未分類 inbox, a label of 0 puts a
 * theme among the themes without a handout label, a speaker or meeting of 0
 * leaves the card without one. A position is an index among the siblings
 * after the moved item is taken out; -1 means the end.
 *
 * Errors: RT_STORE_ERROR_NOT_FOUND for an id that does not exist,
 * RT_STORE_ERROR_INVALID for an argument the edit cannot use (an offset
 * inside a character, an empty text), RT_STORE_ERROR_READ_ONLY, and the
 * store's errors.
 *
 * What the board calls, action by action:
 *
 * | action                         | call                                       |
 * |--------------------------------|--------------------------------------------|
 * | undo / redo (Ctrl+Z, Ctrl+⇧Z)   | rt_committee_undo(), rt_committee_redo()   |
 * | their sensitivity and tooltip  | RtHistory:can-undo, :can-redo, :undo-label, :redo-label |
 * | drop cards in a column         | rt_committee_move_cards() (rt-committee.h) |
 * | edit a card's text             | rt_committee_set_card_text() (rt-committee.h) |
 * | speaker, meeting, status, visibility of selected cards | rt_committee_set_cards_speaker() … |
 * | split at the cursor            | rt_committee_split_card()                  |
 * | merge the selection            | rt_committee_merge_cards()                 |
 * | delete the selection           | rt_committee_delete_cards()                |
 * | quick capture during a meeting | rt_committee_capture_card()                |
 * | link / unlink a point          | rt_committee_link_card_point(), rt_committee_unlink_card_point() (rt-committee-links.h) |
 * | new theme / label              | rt_committee_add_theme(), rt_committee_add_label() (rt-committee.h) |
 * | rename, recolour               | rt_committee_rename_theme(), rt_committee_set_theme_color(), rt_committee_rename_label() |
 * | drag a column / a label group  | rt_committee_move_theme(), rt_committee_move_label() |
 * | delete a theme / a label       | rt_committee_delete_theme(), rt_committee_delete_label() |
 */

RtHistory *rt_committee_get_history         (RtCommittee   *self);
gboolean   rt_committee_undo                (RtCommittee   *self,
                                             GError       **error);
gboolean   rt_committee_redo                (RtCommittee   *self,
                                             GError       **error);

gboolean   rt_committee_rename_label        (RtCommittee   *self,
                                             gint64         label_id,
                                             const char    *name,
                                             GError       **error);
gboolean   rt_committee_move_label          (RtCommittee   *self,
                                             gint64         label_id,
                                             int            position,
                                             GError       **error);
gboolean   rt_committee_delete_label        (RtCommittee   *self,
                                             gint64         label_id,
                                             GError       **error);

gboolean   rt_committee_rename_theme        (RtCommittee   *self,
                                             gint64         theme_id,
                                             const char    *name,
                                             GError       **error);
gboolean   rt_committee_set_theme_color     (RtCommittee   *self,
                                             gint64         theme_id,
                                             const char    *color,
                                             GError       **error);
gboolean   rt_committee_move_theme          (RtCommittee   *self,
                                             gint64         theme_id,
                                             gint64         label_id,
                                             int            position,
                                             GError       **error);
gboolean   rt_committee_delete_theme        (RtCommittee   *self,
                                             gint64         theme_id,
                                             GError       **error);

gint64     rt_committee_capture_card        (RtCommittee   *self,
                                             gint64         meeting_id,
                                             gint64         speaker_id,
                                             const char    *text,
                                             GError       **error);
gboolean   rt_committee_set_cards_speaker   (RtCommittee   *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             gint64         speaker_id,
                                             GError       **error);
gboolean   rt_committee_set_cards_meeting   (RtCommittee   *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             gint64         meeting_id,
                                             GError       **error);
gboolean   rt_committee_set_cards_status    (RtCommittee   *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             RtCardStatus   status,
                                             GError       **error);
gboolean   rt_committee_set_cards_visibility (RtCommittee  *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             RtVisibility   visibility,
                                             GError       **error);
gint64     rt_committee_split_card          (RtCommittee   *self,
                                             gint64         card_id,
                                             gsize          offset,
                                             GError       **error);
gboolean   rt_committee_merge_cards         (RtCommittee   *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             GError       **error);
gboolean   rt_committee_delete_cards        (RtCommittee   *self,
                                             const gint64  *card_ids,
                                             guint          n_cards,
                                             GError       **error);

G_END_DECLS
