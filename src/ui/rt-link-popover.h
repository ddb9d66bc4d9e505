/* rt-link-popover.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-committee.h"

G_BEGIN_DECLS

#define RT_TYPE_LINK_POPOVER (rt_link_popover_get_type ())

G_DECLARE_FINAL_TYPE (RtLinkPopover, rt_link_popover, RT, LINK_POPOVER, GtkPopover)

GtkWidget *rt_link_popover_new (RtCommittee *committee,
                                RtPoint     *point);

G_END_DECLS
