/* rt-sheet-preview-item.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rt-table-import.h"

G_BEGIN_DECLS

#define RT_TYPE_SHEET_PREVIEW_ITEM (rt_sheet_preview_item_get_type ())

G_DECLARE_FINAL_TYPE (RtSheetPreviewItem, rt_sheet_preview_item, RT, SHEET_PREVIEW_ITEM, GObject)

RtSheetPreviewItem *rt_sheet_preview_item_new (const RtTableEntry *entry);

G_END_DECLS
