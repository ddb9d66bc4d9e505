/* rt-import-entry.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import-entry"

#include "config.h"

#include "rt-enums.h"
#include "rt-import-private.h"
#include "rt-model-private.h"
#include "rt-similarity.h"

/* One statement of an import under review: what will become one card. The
 * text and the speaker label are the user's to edit; the byte range keeps
 * pointing into the source, which is stored verbatim. RtImport owns the
 * list and watches the edits to keep speakers and duplicates up to date.
 */
struct _RtImportEntry
{
  GObject  parent_instance;

  GBytes          *source;
  char            *text;
  char            *speaker_label;
  char            *answer;
  char            *normalized;
  char            *duplicate_text;
  gsize            start;
  gsize            end;
  gint64           meeting_id;
  gint64           duplicate_of;
  double           similarity;
  int              heading;
  RtStatementKind  kind;
  gboolean         included;
  gboolean         duplicate_in_import;
  gboolean         exact;
};

G_DEFINE_FINAL_TYPE (RtImportEntry, rt_import_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_SPEAKER_LABEL,
  PROP_START,
  PROP_END,
  PROP_VERBATIM,
  PROP_MEETING_ID,
  PROP_HEADING,
  PROP_INCLUDED,
  PROP_DUPLICATE,
  PROP_DUPLICATE_OF,
  PROP_DUPLICATE_IN_IMPORT,
  PROP_DUPLICATE_TEXT,
  PROP_SIMILARITY,
  PROP_SIMILAR,
  PROP_KIND,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rt_import_entry_finalize (GObject *object)
{
  RtImportEntry *self = (RtImportEntry *)object;

  g_clear_pointer (&self->source, g_bytes_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->speaker_label, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->normalized, g_free);
  g_clear_pointer (&self->duplicate_text, g_free);

  G_OBJECT_CLASS (rt_import_entry_parent_class)->finalize (object);
}

static void
rt_import_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtImportEntry *self = RT_IMPORT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_SPEAKER_LABEL:
      g_value_set_string (value, self->speaker_label);
      break;

    case PROP_START:
      g_value_set_uint64 (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint64 (value, self->end);
      break;

    case PROP_VERBATIM:
      g_value_take_string (value, rt_import_entry_dup_verbatim (self));
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_HEADING:
      g_value_set_int (value, self->heading);
      break;

    case PROP_INCLUDED:
      g_value_set_boolean (value, self->included);
      break;

    case PROP_DUPLICATE:
      g_value_set_boolean (value, rt_import_entry_get_duplicate (self));
      break;

    case PROP_DUPLICATE_OF:
      g_value_set_int64 (value, self->duplicate_of);
      break;

    case PROP_DUPLICATE_IN_IMPORT:
      g_value_set_boolean (value, self->duplicate_in_import);
      break;

    case PROP_DUPLICATE_TEXT:
      g_value_set_string (value, self->duplicate_text);
      break;

    case PROP_SIMILARITY:
      g_value_set_double (value, self->similarity);
      break;

    case PROP_SIMILAR:
      g_value_set_boolean (value, rt_import_entry_get_similar (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_entry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtImportEntry *self = RT_IMPORT_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      rt_import_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_SPEAKER_LABEL:
      rt_import_entry_set_speaker_label (self, g_value_get_string (value));
      break;

    case PROP_MEETING_ID:
      rt_import_entry_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_HEADING:
      rt_import_entry_set_heading (self, g_value_get_int (value));
      break;

    case PROP_INCLUDED:
      rt_import_entry_set_included (self, g_value_get_boolean (value));
      break;

    case PROP_KIND:
      rt_import_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ANSWER:
      rt_import_entry_set_answer (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_entry_class_init (RtImportEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rt_import_entry_finalize;
  object_class->get_property = rt_import_entry_get_property;
  object_class->set_property = rt_import_entry_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPEAKER_LABEL] =
    g_param_spec_string ("speaker-label", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_START] =
    g_param_spec_uint64 ("start", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_END] =
    g_param_spec_uint64 ("end", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_VERBATIM] =
    g_param_spec_string ("verbatim", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HEADING] =
    g_param_spec_int ("heading", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_INCLUDED] =
    g_param_spec_boolean ("included", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUPLICATE] =
    g_param_spec_boolean ("duplicate", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUPLICATE_OF] =
    g_param_spec_int64 ("duplicate-of", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUPLICATE_IN_IMPORT] =
    g_param_spec_boolean ("duplicate-in-import", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DUPLICATE_TEXT] =
    g_param_spec_string ("duplicate-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIMILARITY] =
    g_param_spec_double ("similarity", NULL, NULL,
                         0, 1, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIMILAR] =
    g_param_spec_boolean ("similar", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * RtImportEntry:kind:
   *
   * What the statement is: opinion, question, request, explanation or
   * answer, or procedure. Found by rt_minutes_classify(); the user may
   * change it. Not stored by rt_import_commit() yet: the cards table has
   * no column for it (issue 16 adds one).
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RT_TYPE_STATEMENT_KIND, RT_STATEMENT_KIND_OPINION,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * RtImportEntry:answer:
   *
   * For a public comment, the city's answer to it (市の考え方), or %NULL;
   * rt_import_commit() stores it as the answer of the entry's card.
   */
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_import_entry_init (RtImportEntry *self)
{
  self->text = g_strdup ("");
  self->speaker_label = g_strdup ("");
  self->heading = -1;
  self->included = TRUE;
}

RtImportEntry *
_rt_import_entry_new (GBytes          *source,
                      gsize            start,
                      gsize            end,
                      const char      *text,
                      const char      *speaker_label,
                      int              heading,
                      gint64           meeting_id,
                      RtStatementKind  kind,
                      const char      *answer)
{
  RtImportEntry *self = g_object_new (RT_TYPE_IMPORT_ENTRY, NULL);

  g_assert (start <= end && end <= g_bytes_get_size (source));

  self->source = g_bytes_ref (source);
  self->start = start;
  self->end = end;
  g_free (self->text);
  self->text = g_strdup (text ? text : "");
  g_free (self->speaker_label);
  self->speaker_label = g_strdup (speaker_label ? speaker_label : "");
  self->heading = heading;
  self->meeting_id = meeting_id;
  self->kind = kind;
  self->answer = answer != NULL && answer[0] != '\0' ? g_strdup (answer) : NULL;

  return self;
}

void
_rt_import_entry_set_range (RtImportEntry *self,
                            gsize          start,
                            gsize          end)
{
  g_assert (start <= end && end <= g_bytes_get_size (self->source));

  if (self->start == start && self->end == end)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERBATIM]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
_rt_import_entry_set_duplicate (RtImportEntry *self,
                                gint64         card_id,
                                gboolean       in_import,
                                const char    *text,
                                double         similarity,
                                gboolean       exact)
{
  gboolean was = rt_import_entry_get_duplicate (self);
  gboolean was_similar = rt_import_entry_get_similar (self);

  g_object_freeze_notify (G_OBJECT (self));
  rt_model_set_int64 (self, &self->duplicate_of, card_id, properties[PROP_DUPLICATE_OF]);
  if (self->duplicate_in_import != !!in_import)
    {
      self->duplicate_in_import = !!in_import;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE_IN_IMPORT]);
    }
  rt_model_set_string (self, &self->duplicate_text, text, properties[PROP_DUPLICATE_TEXT]);
  if (self->similarity != similarity)
    {
      self->similarity = similarity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIMILARITY]);
    }
  self->exact = exact && (card_id > 0 || in_import);
  if (was != rt_import_entry_get_duplicate (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUPLICATE]);
  if (was_similar != rt_import_entry_get_similar (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIMILAR]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The text as rt_similarity_normalize() makes it, kept until the text changes. */
const char *
_rt_import_entry_get_normalized (RtImportEntry *self)
{
  if (self->normalized == NULL)
    self->normalized = rt_similarity_normalize (self->text, -1);

  return self->normalized;
}

const char *
rt_import_entry_get_text (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), NULL);

  return self->text;
}

void
rt_import_entry_set_text (RtImportEntry *self,
                          const char    *text)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_clear_pointer (&self->normalized, g_free);
  rt_model_set_string (self, &self->text, text, properties[PROP_TEXT]);
}

/**
 * rt_import_entry_get_speaker_label:
 *
 * Returns: the speaker as written in the minutes, or "" when unknown
 */
const char *
rt_import_entry_get_speaker_label (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), NULL);

  return self->speaker_label;
}

void
rt_import_entry_set_speaker_label (RtImportEntry *self,
                                   const char    *label)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  stripped = g_strstrip (g_strdup (label ? label : ""));
  rt_model_set_string (self, &self->speaker_label, stripped, properties[PROP_SPEAKER_LABEL]);
}

/* The first byte of the statement in the source text. */
gsize
rt_import_entry_get_start (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), 0);

  return self->start;
}

/* One past the last byte of the statement in the source text. */
gsize
rt_import_entry_get_end (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), 0);

  return self->end;
}

/**
 * rt_import_entry_dup_verbatim:
 *
 * Returns: (transfer full): the bytes of the source from start to end, as
 *   they will be stored in the card
 */
char *
rt_import_entry_dup_verbatim (RtImportEntry *self)
{
  const char *data;

  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), NULL);

  if (self->source == NULL)
    return g_strdup ("");

  data = g_bytes_get_data (self->source, NULL);

  return g_strndup (data + self->start, self->end - self->start);
}

gint64
rt_import_entry_get_meeting_id (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), 0);

  return self->meeting_id;
}

void
rt_import_entry_set_meeting_id (RtImportEntry *self,
                                gint64         meeting_id)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  rt_model_set_int64 (self, &self->meeting_id, MAX (meeting_id, 0), properties[PROP_MEETING_ID]);
}

/**
 * rt_import_entry_get_heading:
 *
 * Returns: the index of the suggested theme among the import's headings, or -1
 */
int
rt_import_entry_get_heading (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), -1);

  return self->heading;
}

void
rt_import_entry_set_heading (RtImportEntry *self,
                             int            heading)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  rt_model_set_int (self, &self->heading, MAX (heading, -1), properties[PROP_HEADING]);
}

/* Whether the entry becomes a card. Entries flagged as duplicates start excluded. */
gboolean
rt_import_entry_get_included (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), FALSE);

  return self->included;
}

void
rt_import_entry_set_included (RtImportEntry *self,
                              gboolean       included)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  included = !!included;
  if (self->included == included)
    return;

  self->included = included;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDED]);
}

/**
 * rt_import_entry_get_duplicate:
 *
 * Whether the entry is a duplicate: an existing card, or an earlier entry,
 * has the same speaker (or both have none) and the same text, numbers
 * included, as rt_similarity_normalize() sees it. Duplicates start
 * excluded. Two members saying the same are no duplicates.
 */
gboolean
rt_import_entry_get_duplicate (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), FALSE);

  return self->exact && (self->duplicate_of > 0 || self->duplicate_in_import);
}

/**
 * rt_import_entry_get_similar:
 *
 * Whether the entry resembles an existing card or an earlier entry without
 * being its duplicate: another speaker, or other words or numbers. It stays
 * included; the review page flags it for the user to decide.
 */
gboolean
rt_import_entry_get_similar (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), FALSE);

  return !self->exact && (self->duplicate_of > 0 || self->duplicate_in_import);
}

RtStatementKind
rt_import_entry_get_kind (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), RT_STATEMENT_KIND_OPINION);

  return self->kind;
}

void
rt_import_entry_set_kind (RtImportEntry   *self,
                          RtStatementKind  kind)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));
  g_return_if_fail (kind <= RT_STATEMENT_KIND_LAST);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * rt_import_entry_get_answer:
 *
 * Returns: (nullable): the city's answer to a public comment
 */
const char *
rt_import_entry_get_answer (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), NULL);

  return self->answer;
}

void
rt_import_entry_set_answer (RtImportEntry *self,
                            const char    *answer)
{
  g_return_if_fail (RT_IS_IMPORT_ENTRY (self));

  if (answer != NULL && answer[0] == '\0')
    answer = NULL;
  rt_model_set_string (self, &self->answer, answer, properties[PROP_ANSWER]);
}

/* The existing card this entry resembles, or 0. */
gint64
rt_import_entry_get_duplicate_of (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), 0);

  return self->duplicate_of;
}

/* Whether an earlier entry of the same import says the same. */
gboolean
rt_import_entry_get_duplicate_in_import (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), FALSE);

  return self->duplicate_in_import;
}

/**
 * rt_import_entry_get_duplicate_text:
 *
 * Returns: (nullable): the text this entry resembles, for a tooltip
 */
const char *
rt_import_entry_get_duplicate_text (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), NULL);

  return self->duplicate_text;
}

/* How alike the entry is to its duplicate, from 0 to 1 (Dice of bigrams). */
double
rt_import_entry_get_similarity (RtImportEntry *self)
{
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (self), 0);

  return self->similarity;
}
