/* rt-committee-links.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Links between cards or themes and points, and applying reviewed
 * suggestions: every call is one transaction, so that it can become one
 * undoable step.
 */

#pragma once

#include "rt-committee.h"

G_BEGIN_DECLS

/* One accepted theme suggestion: cards moved into an existing theme, or
 * into a new one. */
typedef struct
{
  gint64        theme_id;   /* an existing theme, or 0 to create one */
  const char   *name;       /* the new theme's name; for an existing theme a new name, or NULL */
  gint64        label_id;   /* the new theme's handout label, or 0 */
  const char   *color;      /* the new theme's colour, or NULL */
  const gint64 *card_ids;
  guint         n_cards;
} RtThemeChange;

/* One accepted point link: from a card (theme_id 0) or a theme (card_id 0). */
typedef struct
{
  gint64 card_id;
  gint64 theme_id;
  gint64 point_id;
} RtPointLink;

gboolean rt_committee_link_card_point        (RtCommittee          *self,
                                              gint64                card_id,
                                              gint64                point_id,
                                              GError              **error);
gboolean rt_committee_unlink_card_point      (RtCommittee          *self,
                                              gint64                card_id,
                                              gint64                point_id,
                                              GError              **error);
gboolean rt_committee_link_theme_point       (RtCommittee          *self,
                                              gint64                theme_id,
                                              gint64                point_id,
                                              GError              **error);
gboolean rt_committee_unlink_theme_point     (RtCommittee          *self,
                                              gint64                theme_id,
                                              gint64                point_id,
                                              GError              **error);
gint64   rt_committee_apply_theme_suggestion (RtCommittee          *self,
                                              const RtThemeChange  *change,
                                              GError              **error);
gboolean rt_committee_apply_suggestions      (RtCommittee          *self,
                                              const RtThemeChange  *changes,
                                              guint                 n_changes,
                                              const RtPointLink    *links,
                                              guint                 n_links,
                                              GArray               *theme_ids,
                                              GError              **error);

G_END_DECLS
