/* rt-import-heading.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RT_TYPE_IMPORT_HEADING (rt_import_heading_get_type ())

G_DECLARE_FINAL_TYPE (RtImportHeading, rt_import_heading, RT, IMPORT_HEADING, GObject)

const char *rt_import_heading_get_source_text  (RtImportHeading *self);
const char *rt_import_heading_get_text         (RtImportHeading *self);
void        rt_import_heading_set_text         (RtImportHeading *self,
                                                const char      *text);
gsize       rt_import_heading_get_start        (RtImportHeading *self);
gsize       rt_import_heading_get_end          (RtImportHeading *self);
gboolean    rt_import_heading_get_accepted     (RtImportHeading *self);
void        rt_import_heading_set_accepted     (RtImportHeading *self,
                                                gboolean         accepted);
gint64      rt_import_heading_get_label_id     (RtImportHeading *self);
void        rt_import_heading_set_label_id     (RtImportHeading *self,
                                                gint64           label_id);
gint64      rt_import_heading_get_theme_id     (RtImportHeading *self);
guint       rt_import_heading_get_n_statements (RtImportHeading *self);

G_END_DECLS
