/* rt-table-preview-item.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-table-import.h"

G_BEGIN_DECLS

#define RT_TYPE_TABLE_PREVIEW_ITEM (rt_table_preview_item_get_type ())

G_DECLARE_FINAL_TYPE (RtTablePreviewItem, rt_table_preview_item, RT, TABLE_PREVIEW_ITEM, GObject)

RtTablePreviewItem *rt_table_preview_item_new (const RtTableEntry *entry);

G_END_DECLS
