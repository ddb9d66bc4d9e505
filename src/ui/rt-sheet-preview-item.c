/* rt-sheet-preview-item.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-sheet-preview-item"

#include "config.h"

#include <glib/gi18n.h>

#include "rt-sheet-preview-item.h"

/* One row of the table import's preview, as the list shows it: immutable
 * strings for the columns of the .ui. */

struct _RtSheetPreviewItem
{
  GObject  parent_instance;

  char    *line;
  char    *text;
  char    *speaker;
  char    *category;
  char    *date;
  gboolean included;
};

G_DEFINE_FINAL_TYPE (RtSheetPreviewItem, rt_sheet_preview_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_TEXT,
  PROP_SPEAKER,
  PROP_CATEGORY,
  PROP_DATE,
  PROP_INCLUDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_sheet_preview_item_finalize (GObject *object)
{
  RtSheetPreviewItem *self = (RtSheetPreviewItem *)object;

  g_free (self->line);
  g_free (self->text);
  g_free (self->speaker);
  g_free (self->category);
  g_free (self->date);

  G_OBJECT_CLASS (rt_sheet_preview_item_parent_class)->finalize (object);
}

static void
rt_sheet_preview_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RtSheetPreviewItem *self = RT_SHEET_PREVIEW_ITEM (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_string (value, self->line);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_INCLUDED:
      g_value_set_boolean (value, self->included);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_sheet_preview_item_class_init (RtSheetPreviewItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_sheet_preview_item_finalize;
  object_class->get_property = rt_sheet_preview_item_get_property;

  properties[PROP_LINE] = g_param_spec_string ("line", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDED] = g_param_spec_boolean ("included", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_sheet_preview_item_init (RtSheetPreviewItem *self)
{
}

/* What was read is shown as it will be stored: a new speaker or theme is
 * marked, a date as it is understood, a row without text as skipped. */
RtSheetPreviewItem *
rt_sheet_preview_item_new (const RtTableEntry *entry)
{
  RtSheetPreviewItem *self;

  g_return_val_if_fail (entry != NULL, NULL);

  self = g_object_new (RT_TYPE_SHEET_PREVIEW_ITEM, NULL);
  self->line = g_strdup_printf ("%u", entry->line);
  self->included = entry->text[0] != '\0';
  self->text = !self->included ? g_strdup (_("(no text: skipped)")) : g_strdup (entry->text);
  /* Translators: a speaker or theme the import will create. */
  self->speaker = entry->speaker_is_new ? g_strdup_printf (_("%s (new)"), entry->speaker) : g_strdup (entry->speaker);
  self->category = entry->category[0] == '\0' ? g_strdup (_("Inbox"))
                   : entry->category_is_new ? g_strdup_printf (_("%s (new)"), entry->category)
                                            : g_strdup (entry->category);
  if (entry->iso_date != NULL)
    self->date = g_strdup (entry->iso_date);
  else if (entry->date[0] != '\0')
    /* Translators: a date the import did not understand. */
    self->date = g_strdup_printf (_("%s (?)"), entry->date);
  else
    self->date = g_strdup ("");

  return self;
}
