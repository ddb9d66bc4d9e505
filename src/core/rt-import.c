/* rt-import.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-import.h"
#include "rt-import-private.h"
#include "rt-minutes.h"
#include "rt-similarity.h"
#include "rt-committee-private.h"

/* What the import needs to know of the committee, read on the main thread
 * before the parse and the duplicate scan run in a thread: the SQLite
 * connection is never used from the thread. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *role;
} PersonInfo;

typedef struct
{
  gint64  id;
  gint64  speaker_id;
  char   *text;
  char   *normalized;
} CardInfo;

struct _RtImport
{
  GObject            parent_instance;

  RtCommittee       *committee;
  GBytes            *source;
  char              *title;
  gint64             meeting_id;
  int                new_meeting_number;

  GListStore        *entries;
  GListStore        *speakers;
  GListStore        *headings;
  GHashTable        *speaker_map;
  GArray            *unused;

  GArray            *people;
  GHashTable        *aliases;
  GHashTable        *theme_names;
  GHashTable        *label_names;
  GArray            *cards;
  GHashTable        *card_texts;
  GHashTable        *card_exact;     /* normalized text → GArray of card indices */
  RtSimilarityIndex *card_index;

  RtMinutesConvention convention;
  gboolean           convention_found;
  gboolean           has_header;
  gsize              header_start;
  gsize              header_end;
  char             **attendees;

  RtImportSummary    result;
  guint              n_unused_chars;
  guint              n_included;
  gboolean           committed;
};

G_DEFINE_FINAL_TYPE (RtImport, rt_import, G_TYPE_OBJECT)
G_DEFINE_QUARK (rt-import-error-quark, rt_import_error)

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_TITLE,
  PROP_MEETING_ID,
  PROP_NEW_MEETING_NUMBER,
  PROP_COMMITTED,
  PROP_N_INCLUDED,
  PROP_CONVENTION,
  PROP_CONVENTION_FOUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void on_entry_text_changed   (RtImportEntry   *entry,
                                     GParamSpec      *pspec,
                                     RtImport        *self);
static void on_entry_label_changed  (RtImportEntry   *entry,
                                     GParamSpec      *pspec,
                                     RtImport        *self);
static void on_entry_included_changed (RtImportEntry *entry,
                                       GParamSpec    *pspec,
                                       RtImport      *self);
static void on_heading_text_changed (RtImportHeading *heading,
                                     GParamSpec      *pspec,
                                     RtImport        *self);
static void on_speaker_person_changed (RtImportSpeaker *speaker,
                                       GParamSpec      *pspec,
                                       RtImport        *self);

static void
person_info_clear (gpointer data)
{
  PersonInfo *info = data;

  g_free (info->name);
  g_free (info->role);
}

static void
card_info_clear (gpointer data)
{
  CardInfo *info = data;

  g_free (info->text);
  g_free (info->normalized);
}

static void
disconnect_entry (RtImportEntry *entry,
                  RtImport      *self)
{
  g_signal_handlers_disconnect_by_data (entry, self);
}

static void
rt_import_dispose (GObject *object)
{
  RtImport *self = (RtImport *)object;

  if (self->entries != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

          disconnect_entry (entry, self);
        }
    }

  if (self->headings != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->headings));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) heading = g_list_model_get_item (G_LIST_MODEL (self->headings), i);

          g_signal_handlers_disconnect_by_data (heading, self);
        }
    }

  if (self->speaker_map != NULL)
    {
      GHashTableIter iter;
      gpointer speaker;

      g_hash_table_iter_init (&iter, self->speaker_map);
      while (g_hash_table_iter_next (&iter, NULL, &speaker))
        g_signal_handlers_disconnect_by_data (speaker, self);
    }

  g_clear_object (&self->entries);
  g_clear_object (&self->speakers);
  g_clear_object (&self->headings);
  g_clear_pointer (&self->speaker_map, g_hash_table_unref);
  g_clear_object (&self->committee);

  G_OBJECT_CLASS (rt_import_parent_class)->dispose (object);
}

static void
rt_import_finalize (GObject *object)
{
  RtImport *self = (RtImport *)object;

  g_clear_pointer (&self->source, g_bytes_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unused, g_array_unref);
  g_clear_pointer (&self->people, g_array_unref);
  g_clear_pointer (&self->aliases, g_hash_table_unref);
  g_clear_pointer (&self->theme_names, g_hash_table_unref);
  g_clear_pointer (&self->label_names, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->card_texts, g_hash_table_unref);
  g_clear_pointer (&self->card_index, rt_similarity_index_free);
  g_clear_pointer (&self->card_exact, g_hash_table_unref);
  g_clear_pointer (&self->attendees, g_strfreev);

  G_OBJECT_CLASS (rt_import_parent_class)->finalize (object);
}

static void
rt_import_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RtImport *self = RT_IMPORT (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_NEW_MEETING_NUMBER:
      g_value_set_int (value, self->new_meeting_number);
      break;

    case PROP_COMMITTED:
      g_value_set_boolean (value, self->committed);
      break;

    case PROP_N_INCLUDED:
      g_value_set_uint (value, self->n_included);
      break;

    case PROP_CONVENTION:
      g_value_set_uint (value, self->convention);
      break;

    case PROP_CONVENTION_FOUND:
      g_value_set_boolean (value, self->convention_found);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  RtImport *self = RT_IMPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      rt_import_set_title (self, g_value_get_string (value));
      break;

    case PROP_MEETING_ID:
      rt_import_set_meeting_id (self, g_value_get_int64 (value));
      break;

    case PROP_NEW_MEETING_NUMBER:
      rt_import_set_new_meeting_number (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_import_class_init (RtImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_import_dispose;
  object_class->finalize = rt_import_finalize;
  object_class->get_property = rt_import_get_property;
  object_class->set_property = rt_import_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NEW_MEETING_NUMBER] =
    g_param_spec_int ("new-meeting-number", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_COMMITTED] =
    g_param_spec_boolean ("committed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_INCLUDED] =
    g_param_spec_uint ("n-included", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * RtImport:convention:
   *
   * The RtMinutesConvention the minutes were cut with; see
   * rt_import_recut_async() to cut them with another.
   */
  properties[PROP_CONVENTION] =
    g_param_spec_uint ("convention", NULL, NULL,
                       0, RT_MINUTES_N_CONVENTIONS - 1, RT_MINUTES_CONVENTION_SUMMARY,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CONVENTION_FOUND] =
    g_param_spec_boolean ("convention-found", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_import_init (RtImport *self)
{
  self->title = g_strdup ("");
  self->entries = g_list_store_new (RT_TYPE_IMPORT_ENTRY);
  self->speakers = g_list_store_new (RT_TYPE_IMPORT_SPEAKER);
  self->headings = g_list_store_new (RT_TYPE_IMPORT_HEADING);
  self->speaker_map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->unused = g_array_new (FALSE, FALSE, sizeof (RtSpan));
  self->people = g_array_new (FALSE, TRUE, sizeof (PersonInfo));
  g_array_set_clear_func (self->people, person_info_clear);
  self->aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->theme_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->label_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cards = g_array_new (FALSE, TRUE, sizeof (CardInfo));
  g_array_set_clear_func (self->cards, card_info_clear);
  self->card_texts = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->convention = RT_MINUTES_CONVENTION_SUMMARY;
  self->attendees = g_new0 (char *, 1);
}

/* Snapshot of the committee (main thread) */

static gint64 *
new_id (gint64 id)
{
  gint64 *p = g_new (gint64, 1);

  *p = id;
  return p;
}

/* Keeps the first id of each normalised name. */
static void
add_named (GHashTable *table,
           const char *name,
           gint64      id)
{
  char *key = rt_similarity_normalize (name, -1);

  if (key[0] != '\0' && !g_hash_table_contains (table, key))
    g_hash_table_insert (table, key, new_id (id));
  else
    g_free (key);
}

/* What the review compares the minutes with, read from the committee's
 * model objects on the main thread. */
static void
read_committee (RtImport *self)
{
  GListModel *people = rt_committee_get_people (self->committee);
  GListModel *themes = rt_committee_get_themes (self->committee);
  GListModel *labels = rt_committee_get_labels (self->committee);
  GListModel *cards = rt_committee_get_cards (self->committee);

  for (guint i = 0, n = g_list_model_get_n_items (people); i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      const char * const *aliases = rt_person_get_aliases (person);
      PersonInfo info;

      info.id = rt_person_get_id (person);
      info.name = rt_similarity_normalize (rt_person_get_name (person), -1);
      info.role = rt_similarity_normalize (rt_person_get_role (person), -1);
      g_array_append_val (self->people, info);

      for (guint j = 0; aliases != NULL && aliases[j] != NULL; j++)
        add_named (self->aliases, aliases[j], info.id);
    }

  for (guint i = 0, n = g_list_model_get_n_items (themes); i < n; i++)
    {
      g_autoptr(RtTheme) theme = g_list_model_get_item (themes, i);

      add_named (self->theme_names, rt_theme_get_name (theme), rt_theme_get_id (theme));
    }

  for (guint i = 0, n = g_list_model_get_n_items (labels); i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (labels, i);

      add_named (self->label_names, rt_label_get_name (label), rt_label_get_id (label));
    }

  for (guint i = 0, n = g_list_model_get_n_items (cards); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      CardInfo info = { 0 };

      info.id = rt_card_get_id (card);
      info.speaker_id = rt_card_get_speaker_id (card);
      info.text = g_strdup (rt_card_get_text (card));
      g_array_append_val (self->cards, info);
    }
}

static gboolean
is_blank (const char *text,
          gsize       length)
{
  for (const char *p = text, *e = text + length; p < e; p = g_utf8_next_char (p))
    if (!rt_minutes_is_space (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static RtImport *
rt_import_create (RtCommittee  *committee,
                  const char   *text,
                  gssize        length,
                  gint64        meeting_id,
                  GError      **error)
{
  g_autoptr(RtImport) self = NULL;

  if (length < 0)
    length = strlen (text);

  if ((gsize)length > RT_IMPORT_MAX_INPUT)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (RT_IMPORT_MAX_INPUT, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_TOO_LARGE,
                   _("The minutes are too large to import at once (%s; at most %s): import them one meeting at a time"),
                   size, max);
      return NULL;
    }

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_INVALID,
                           _("The minutes are not valid UTF-8 text"));
      return NULL;
    }

  if (is_blank (text, length))
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_EMPTY,
                           _("The minutes are empty: there is no text to import"));
      return NULL;
    }

  self = g_object_new (RT_TYPE_IMPORT, NULL);
  self->committee = g_object_ref (committee);
  {
    /* Pasted from a PDF: 今 日 は 素 晴 ら し い. */
    char *unspaced = rt_minutes_unspace (text, length);

    if (unspaced != NULL)
      self->source = g_bytes_new_take (unspaced, strlen (unspaced));
    else
      self->source = g_bytes_new_take (g_strndup (text, length), length);
  }
  self->meeting_id = MAX (meeting_id, 0);

  read_committee (self);

  return g_steal_pointer (&self);
}

/* Speakers */

static gint64
find_unique_person (RtImport   *self,
                    const char *name,
                    const char *role,
                    guint      *n_found)
{
  gint64 found = 0;

  *n_found = 0;
  for (guint i = 0; i < self->people->len; i++)
    {
      const PersonInfo *p = &g_array_index (self->people, PersonInfo, i);

      if ((name == NULL || g_str_equal (p->name, name)) &&
          (role == NULL || g_str_equal (p->role, role)))
        {
          if (*n_found == 0)
            found = p->id;
          (*n_found)++;
        }
    }

  return found;
}

/* Maps a label: by alias, by name and role, by name or role alone when only
 * one person has it; else a new person when the label looks like a speaker. */
static RtImportSpeaker *
new_speaker (RtImport   *self,
             const char *label)
{
  g_autofree char *key = rt_similarity_normalize (label, -1);
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *norm_name = NULL;
  g_autofree char *norm_role = NULL;
  RtImportSpeaker *speaker;
  gint64 *alias;
  gint64 id;
  guint n;

  if (!rt_minutes_split_speaker (label, &name, &role))
    {
      speaker = _rt_import_speaker_new (label, NULL, NULL);
      if ((alias = g_hash_table_lookup (self->aliases, key)))
        _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_ALIAS, *alias);
      return speaker;
    }

  speaker = _rt_import_speaker_new (label, name, role);

  if ((alias = g_hash_table_lookup (self->aliases, key)))
    {
      _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_ALIAS, *alias);
      return speaker;
    }

  norm_name = name ? rt_similarity_normalize (name, -1) : NULL;
  norm_role = role ? rt_similarity_normalize (role, -1) : NULL;

  if (norm_name != NULL && norm_role != NULL &&
      (id = find_unique_person (self, norm_name, norm_role, &n)) && n >= 1)
    _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_NAME_ROLE, id);
  else if (norm_name != NULL && (id = find_unique_person (self, norm_name, NULL, &n)) && n == 1)
    _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_NAME, id);
  else if (norm_name == NULL && norm_role != NULL &&
           (id = find_unique_person (self, NULL, norm_role, &n)) && n == 1)
    _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_ROLE, id);
  else
    _rt_import_speaker_set_mapping (speaker, RT_IMPORT_MATCH_NEW, 0);

  return speaker;
}

/* Makes the speaker list the distinct labels of the entries, in order of
 * first appearance. A label that comes back keeps the mapping it had. */
static void
update_speakers (RtImport *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));
  gboolean same;
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      const char *label = rt_import_entry_get_speaker_label (entry);
      RtImportSpeaker *speaker;

      if (label[0] == '\0')
        continue;

      if (!(speaker = g_hash_table_lookup (self->speaker_map, label)))
        {
          speaker = new_speaker (self, label);
          g_hash_table_insert (self->speaker_map, g_strdup (label), speaker);
          g_signal_connect (speaker, "notify::person-id", G_CALLBACK (on_speaker_person_changed), self);
          g_signal_connect (speaker, "notify::create", G_CALLBACK (on_speaker_person_changed), self);
        }

      if (!g_hash_table_contains (counts, speaker))
        g_ptr_array_add (order, speaker);
      g_hash_table_insert (counts, speaker,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, speaker)) + 1));
    }

  g_hash_table_iter_init (&iter, self->speaker_map);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    _rt_import_speaker_set_n_statements (value, GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)));

  same = n_old == order->len;
  for (guint i = 0; same && i < n_old; i++)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->speakers), i);

      same = old == g_ptr_array_index (order, i);
    }

  if (!same)
    g_list_store_splice (self->speakers, 0, n_old, order->pdata, order->len);
}

/* Headings */

static gint64
lookup_id (GHashTable *table,
           const char *text)
{
  g_autofree char *key = rt_similarity_normalize (text, -1);
  gint64 *id = g_hash_table_lookup (table, key);

  return id ? *id : 0;
}

static void
match_heading_theme (RtImport        *self,
                     RtImportHeading *heading)
{
  _rt_import_heading_set_theme_id (heading, lookup_id (self->theme_names,
                                                       rt_import_heading_get_text (heading)));
}

/* A heading such as 【資料 1—2】 names a handout, not a theme. */
static gboolean
is_handout_heading (const char *text)
{
  g_autofree char *key = rt_similarity_normalize (text, -1);
  const char *prefix = "資料";

  return g_str_has_prefix (key, prefix) && g_ascii_isdigit (key[strlen (prefix)]);
}

static void
update_heading_counts (RtImport *self)
{
  guint n_headings = g_list_model_get_n_items (G_LIST_MODEL (self->headings));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  g_autofree guint *counts = g_new0 (guint, n_headings + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      int h = rt_import_entry_get_heading (entry);

      if (h >= 0 && (guint)h < n_headings)
        counts[h]++;
    }

  for (guint i = 0; i < n_headings; i++)
    {
      g_autoptr(RtImportHeading) heading = g_list_model_get_item (G_LIST_MODEL (self->headings), i);

      _rt_import_heading_set_n_statements (heading, counts[i]);
    }
}

/* Duplicates
 *
 * A duplicate is the same statement by the same speaker: the same text,
 * numbers included (rt_similarity_normalize() only drops blanks,
 * punctuation and case), and the same person, or no speaker on both sides.
 * It starts excluded. Two members saying 賛成です。 is no duplicate, nor are
 * 補助金は1割… and 補助金は3割…: such entries are only flagged as similar
 * (rt_import_entry_get_similar()), for the user to decide, and stay in. */

static const char *
card_text (RtImport *self,
           gint64    id)
{
  const char *text = g_hash_table_lookup (self->card_texts, &id);

  return text ? text : "";
}

/* Who an entry's label is, as far as the committee knows: a person id, or
 * 0 for a new person or no label. @persons, when given, holds the mapping
 * the review has (the user's choices); else the label is mapped afresh. */
static gint64
label_person (RtImport   *self,
              const char *label,
              GHashTable *persons)
{
  g_autoptr(RtImportSpeaker) speaker = NULL;
  gpointer id;

  if (label == NULL || label[0] == '\0')
    return 0;
  if (persons != NULL && g_hash_table_lookup_extended (persons, label, NULL, &id))
    return *(gint64 *)id;

  speaker = new_speaker (self, label);
  return rt_import_speaker_get_person_id (speaker);
}

static gboolean
same_speaker (RtImport      *self,
              RtImportEntry *a,
              RtImportEntry *b,
              GHashTable    *persons)
{
  const char *la = rt_import_entry_get_speaker_label (a);
  const char *lb = rt_import_entry_get_speaker_label (b);
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;
  gint64 pa, pb;

  if (la[0] == '\0' || lb[0] == '\0')
    return la[0] == '\0' && lb[0] == '\0';

  na = rt_similarity_normalize (la, -1);
  nb = rt_similarity_normalize (lb, -1);
  if (g_str_equal (na, nb))
    return TRUE;

  pa = label_person (self, la, persons);
  pb = label_person (self, lb, persons);
  return pa > 0 && pa == pb;
}

/* An existing card with the entry's text and speaker, or 0. */
static gint64
find_exact_card (RtImport      *self,
                 RtImportEntry *entry,
                 GHashTable    *persons)
{
  GArray *same;
  const char *label = rt_import_entry_get_speaker_label (entry);
  gint64 person;

  if (self->card_exact == NULL ||
      !(same = g_hash_table_lookup (self->card_exact, _rt_import_entry_get_normalized (entry))))
    return 0;

  person = label_person (self, label, persons);
  for (guint i = 0; i < same->len; i++)
    {
      const CardInfo *card = &g_array_index (self->cards, CardInfo, g_array_index (same, guint, i));

      if (label[0] == '\0' ? card->speaker_id == 0 : (person > 0 && card->speaker_id == person))
        return card->id;
    }

  return 0;
}

/* Checks one entry against the committee's cards and the entries before it
 * in @entries. @index holds those entries, and @exact their positions by
 * normalized text, during the first scan; after an edit, the entries are
 * compared one by one. */
static void
check_entry (RtImport          *self,
             RtImportEntry     *entry,
             guint              position,
             GPtrArray         *entries,
             RtSimilarityIndex *index,
             GHashTable        *exact,
             GHashTable        *persons)
{
  const char *normalized = _rt_import_entry_get_normalized (entry);
  gint64 tag = 0;
  double score = 0;
  gint64 card_id;

  /* Exact duplicates first: the same text by the same speaker. */
  if ((card_id = find_exact_card (self, entry, persons)) > 0)
    {
      _rt_import_entry_set_duplicate (entry, card_id, FALSE, card_text (self, card_id), 1.0, TRUE);
      return;
    }

  if (exact != NULL)
    {
      GArray *same = g_hash_table_lookup (exact, normalized);

      for (guint i = 0; same != NULL && i < same->len; i++)
        {
          RtImportEntry *other = g_ptr_array_index (entries, g_array_index (same, guint, i));

          if (same_speaker (self, entry, other, persons))
            {
              _rt_import_entry_set_duplicate (entry, 0, TRUE, rt_import_entry_get_text (other), 1.0, TRUE);
              return;
            }
        }
    }
  else
    {
      for (guint i = 0; i < position; i++)
        {
          RtImportEntry *other = g_ptr_array_index (entries, i);

          if (g_str_equal (normalized, _rt_import_entry_get_normalized (other)) &&
              same_speaker (self, entry, other, persons))
            {
              _rt_import_entry_set_duplicate (entry, 0, TRUE, rt_import_entry_get_text (other), 1.0, TRUE);
              return;
            }
        }
    }

  /* Then what is only alike: flagged, kept. */
  if (self->card_index != NULL &&
      rt_similarity_index_find (self->card_index, normalized, &tag, &score))
    {
      _rt_import_entry_set_duplicate (entry, tag, FALSE, card_text (self, tag), score, FALSE);
      return;
    }

  if (index != NULL)
    {
      if (rt_similarity_index_find (index, normalized, &tag, &score))
        {
          RtImportEntry *other = g_ptr_array_index (entries, tag);

          _rt_import_entry_set_duplicate (entry, 0, TRUE, rt_import_entry_get_text (other), score, FALSE);
          return;
        }
    }
  else
    {
      RtImportEntry *best = NULL;
      double best_score = 0;

      for (guint i = 0; i < position; i++)
        {
          RtImportEntry *other = g_ptr_array_index (entries, i);
          double d = rt_similarity_dice (normalized, _rt_import_entry_get_normalized (other));

          if (d > best_score)
            {
              best_score = d;
              best = other;
            }
        }

      if (best != NULL && best_score + 1e-9 >= RT_IMPORT_DUPLICATE_THRESHOLD)
        {
          _rt_import_entry_set_duplicate (entry, 0, TRUE, rt_import_entry_get_text (best), best_score, FALSE);
          return;
        }
    }

  _rt_import_entry_set_duplicate (entry, 0, FALSE, NULL, 0, FALSE);
}

static guint
entry_position (RtImport      *self,
                RtImportEntry *entry)
{
  guint position;

  if (!g_list_store_find (self->entries, entry, &position))
    return G_MAXUINT;

  return position;
}

/* The entries as an array, for check_entry() after an edit. */
static GPtrArray *
entry_array (RtImport *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  GPtrArray *entries = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (entries, g_list_model_get_item (G_LIST_MODEL (self->entries), i));

  return entries;
}

/* The review's mapping of labels to people, the user's choices included. */
static GHashTable *
person_map (RtImport *self)
{
  GHashTable *persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->speaker_map);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (persons, g_strdup (key), new_id (rt_import_speaker_get_person_id (value)));

  return persons;
}

static void
recheck_entry (RtImport      *self,
               RtImportEntry *entry)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) persons = NULL;
  guint position = entry_position (self, entry);

  if (position == G_MAXUINT)
    return;

  entries = entry_array (self);
  persons = person_map (self);
  check_entry (self, entry, position, entries, NULL, NULL, persons);
}

/* After a speaker is mapped to another person, its entries may have become,
 * or stopped being, duplicates of existing cards. */
static void
on_speaker_person_changed (RtImportSpeaker *speaker,
                           GParamSpec      *pspec,
                           RtImport        *self)
{
  g_autoptr(GPtrArray) entries = entry_array (self);
  g_autoptr(GHashTable) persons = person_map (self);
  const char *label = rt_import_speaker_get_label (speaker);

  for (guint i = 0; i < entries->len; i++)
    {
      RtImportEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (rt_import_entry_get_speaker_label (entry), label))
        check_entry (self, entry, i, entries, NULL, NULL, persons);
    }
}

static void
on_entry_text_changed (RtImportEntry *entry,
                       GParamSpec    *pspec,
                       RtImport      *self)
{
  recheck_entry (self, entry);
}

static void
on_entry_label_changed (RtImportEntry *entry,
                        GParamSpec    *pspec,
                        RtImport      *self)
{
  update_speakers (self);
  recheck_entry (self, entry);
}

static void
on_heading_text_changed (RtImportHeading *heading,
                         GParamSpec      *pspec,
                         RtImport        *self)
{
  match_heading_theme (self, heading);
}

static void
set_n_included (RtImport *self,
                guint     n_included)
{
  if (self->n_included != n_included)
    {
      self->n_included = n_included;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_INCLUDED]);
    }
}

static void
count_included (RtImport *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  guint n_included = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      n_included += rt_import_entry_get_included (entry);
    }

  set_n_included (self, n_included);
}

/* Notified only on a real change, so one step up or down. */
static void
on_entry_included_changed (RtImportEntry *entry,
                           GParamSpec    *pspec,
                           RtImport      *self)
{
  if (rt_import_entry_get_included (entry))
    set_n_included (self, self->n_included + 1);
  else if (self->n_included > 0)
    set_n_included (self, self->n_included - 1);
}

static void
watch_entry (RtImport      *self,
             RtImportEntry *entry)
{
  g_signal_connect (entry, "notify::text", G_CALLBACK (on_entry_text_changed), self);
  g_signal_connect (entry, "notify::speaker-label", G_CALLBACK (on_entry_label_changed), self);
  g_signal_connect (entry, "notify::included", G_CALLBACK (on_entry_included_changed), self);
}

/* Cutting: the parse and the duplicate scan run where they may (a thread),
 * on objects no one else sees yet; what the review shows is replaced on the
 * thread that owns it. */

typedef struct
{
  RtMinutesConvention  convention;
  gboolean             found;
  gboolean             has_header;
  gsize                header_start;
  gsize                header_end;
  char               **attendees;
  GPtrArray           *entries;
  GPtrArray           *headings;
  GArray              *unused;
  guint                n_unused_chars;
} Cut;

static void
cut_free (Cut *cut)
{
  g_clear_pointer (&cut->attendees, g_strfreev);
  g_clear_pointer (&cut->entries, g_ptr_array_unref);
  g_clear_pointer (&cut->headings, g_ptr_array_unref);
  g_clear_pointer (&cut->unused, g_array_unref);
  g_free (cut);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Cut, cut_free)

/* The committee's cards, indexed once: by their bigrams for what is alike,
 * and by their exact text for duplicates. */
static gboolean
index_cards (RtImport      *self,
             GCancellable  *cancellable,
             GError       **error)
{
  if (self->card_index != NULL)
    return TRUE;

  self->card_index = rt_similarity_index_new (RT_IMPORT_DUPLICATE_THRESHOLD);
  self->card_exact = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);

  for (guint i = 0; i < self->cards->len; i++)
    {
      CardInfo *card = &g_array_index (self->cards, CardInfo, i);
      GArray *same;

      card->normalized = rt_similarity_normalize (card->text, -1);
      g_hash_table_insert (self->card_texts, (gpointer)&card->id, card->text);
      rt_similarity_index_learn (self->card_index, card->normalized);

      if (!(same = g_hash_table_lookup (self->card_exact, card->normalized)))
        {
          same = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->card_exact, card->normalized, same);
        }
      g_array_append_val (same, i);
    }

  for (guint i = 0; i < self->cards->len; i++)
    {
      const CardInfo *card = &g_array_index (self->cards, CardInfo, i);

      rt_similarity_index_add (self->card_index, card->normalized, card->id);
      if (i % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }

  return TRUE;
}

/* Parses the source with @convention and scans the new entries for
 * duplicates. Touches nothing the review shows: safe in a thread, as long
 * as the review is not edited meanwhile. */
static Cut *
compute_cut (RtImport             *self,
             RtMinutesConvention   convention,
             GHashTable           *persons,
             GCancellable         *cancellable,
             GError              **error)
{
  g_autoptr(Cut) cut = g_new0 (Cut, 1);
  g_autoptr(RtMinutes) minutes = NULL;
  g_autoptr(RtSimilarityIndex) index = NULL;
  g_autoptr(GHashTable) exact = NULL;
  gsize length;
  const char *text = g_bytes_get_data (self->source, &length);
  gint64 label_id = 0;

  minutes = rt_minutes_parse_full (text, length, convention);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  cut->convention = rt_minutes_get_convention (minutes);
  cut->found = rt_minutes_get_convention_found (minutes);
  cut->has_header = rt_minutes_get_header (minutes, &cut->header_start, &cut->header_end);
  cut->attendees = g_strdupv ((char **)rt_minutes_get_attendees (minutes));
  cut->entries = g_ptr_array_new_with_free_func (g_object_unref);
  cut->headings = g_ptr_array_new_with_free_func (g_object_unref);
  cut->unused = g_array_new (FALSE, FALSE, sizeof (RtSpan));

  for (guint i = 0; i < rt_minutes_get_n_headings (minutes); i++)
    {
      const RtHeading *h = rt_minutes_get_heading (minutes, i);
      RtImportHeading *heading = _rt_import_heading_new (h->text, h->start, h->end);

      if (is_handout_heading (h->text))
        label_id = lookup_id (self->label_names, h->text);
      else
        rt_import_heading_set_label_id (heading, label_id);

      match_heading_theme (self, heading);
      g_ptr_array_add (cut->headings, heading);
    }

  for (guint i = 0; i < rt_minutes_get_n_statements (minutes); i++)
    {
      const RtStatement *s = rt_minutes_get_statement (minutes, i);
      RtImportEntry *entry = _rt_import_entry_new (self->source, s->start, s->end, s->text,
                                                   s->label, s->heading, self->meeting_id,
                                                   s->kind, s->answer);

      g_ptr_array_add (cut->entries, entry);
    }

  for (guint i = 0; i < rt_minutes_get_n_unused (minutes); i++)
    {
      const RtSpan *span = rt_minutes_get_unused (minutes, i);

      g_array_append_val (cut->unused, *span);
      cut->n_unused_chars += g_utf8_strlen (text + span->start, span->end - span->start);
    }

  if (!index_cards (self, cancellable, error))
    return NULL;

  /* Each entry against the cards, then against the entries before it. The
   * index first learns which bigrams are rare among the texts it will hold. */
  index = rt_similarity_index_new (RT_IMPORT_DUPLICATE_THRESHOLD);
  exact = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  for (guint i = 0; i < cut->entries->len; i++)
    rt_similarity_index_learn (index, _rt_import_entry_get_normalized (g_ptr_array_index (cut->entries, i)));

  for (guint i = 0; i < cut->entries->len; i++)
    {
      RtImportEntry *entry = g_ptr_array_index (cut->entries, i);
      const char *normalized = _rt_import_entry_get_normalized (entry);
      GArray *same;

      check_entry (self, entry, i, cut->entries, index, exact, persons);
      /* Duplicates and the chair's procedure start unticked. */
      if (rt_import_entry_get_duplicate (entry) ||
          rt_import_entry_get_kind (entry) == RT_STATEMENT_KIND_PROCEDURE)
        rt_import_entry_set_included (entry, FALSE);

      rt_similarity_index_add (index, normalized, i);
      if (!(same = g_hash_table_lookup (exact, normalized)))
        {
          same = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (exact, (gpointer)normalized, same);
        }
      g_array_append_val (same, i);

      if (i % 1024 == 1023 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  return g_steal_pointer (&cut);
}

static void
unwatch_all (RtImport *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      disconnect_entry (entry, self);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->headings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) heading = g_list_model_get_item (G_LIST_MODEL (self->headings), i);

      g_signal_handlers_disconnect_by_data (heading, self);
    }
}

/* Shows @cut: replaces the entries, the headings and the unused spans. */
static void
apply_cut (RtImport *self,
           Cut      *cut)
{
  gboolean convention_changed = self->convention != cut->convention;
  gboolean found_changed = self->convention_found != cut->found;

  unwatch_all (self);

  self->convention = cut->convention;
  self->convention_found = cut->found;
  self->has_header = cut->has_header;
  self->header_start = cut->header_start;
  self->header_end = cut->header_end;
  g_strfreev (self->attendees);
  self->attendees = g_steal_pointer (&cut->attendees);
  g_array_set_size (self->unused, 0);
  g_array_append_vals (self->unused, cut->unused->data, cut->unused->len);
  self->n_unused_chars = cut->n_unused_chars;

  for (guint i = 0; i < cut->headings->len; i++)
    g_signal_connect (g_ptr_array_index (cut->headings, i), "notify::text",
                      G_CALLBACK (on_heading_text_changed), self);

  g_list_store_splice (self->headings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->headings)),
                       cut->headings->pdata, cut->headings->len);
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       cut->entries->pdata, cut->entries->len);

  update_speakers (self);
  update_heading_counts (self);

  for (guint i = 0; i < cut->headings->len; i++)
    {
      RtImportHeading *heading = g_ptr_array_index (cut->headings, i);

      /* 資料1-2 names a handout, 議事の経過 the minutes' body: no themes. */
      rt_import_heading_set_accepted (heading,
                                      rt_import_heading_get_n_statements (heading) > 0 &&
                                      !is_handout_heading (rt_import_heading_get_source_text (heading)) &&
                                      !rt_minutes_heading_is_structure (rt_import_heading_get_source_text (heading)));
    }

  /* Watched only now: the scan set what the handlers would. */
  for (guint i = 0; i < cut->entries->len; i++)
    watch_entry (self, g_ptr_array_index (cut->entries, i));
  count_included (self);

  if (convention_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION]);
  if (found_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVENTION_FOUND]);
}

static gboolean
rt_import_prepare (RtImport             *self,
                   RtMinutesConvention   convention,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autoptr(Cut) cut = compute_cut (self, convention, NULL, cancellable, error);

  if (cut == NULL)
    return FALSE;

  apply_cut (self, cut);
  return TRUE;
}

/**
 * rt_import_new:
 * @committee: the committee the minutes go into
 * @text: the minutes, UTF-8 (see rt_minutes_file_read()); kept verbatim
 * @length: its length in bytes, or -1 when NUL-terminated
 * @meeting_id: the meeting of the minutes, or 0
 *
 * Parses @text, with the convention it finds, and scans it for duplicates,
 * blocking; see rt_import_new_async() for the window.
 *
 * Returns: (transfer full): the import, ready for review, or %NULL with @error set
 */
RtImport *
rt_import_new (RtCommittee   *committee,
               const char    *text,
               gssize         length,
               gint64         meeting_id,
               GCancellable  *cancellable,
               GError       **error)
{
  return rt_import_new_full (committee, text, length, meeting_id, RT_MINUTES_CONVENTION_AUTO,
                             cancellable, error);
}

/**
 * rt_import_new_full:
 * @convention: the convention to cut with, or %RT_MINUTES_CONVENTION_AUTO
 *
 * Like rt_import_new(), with a convention the caller chose.
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
RtImport *
rt_import_new_full (RtCommittee          *committee,
                    const char           *text,
                    gssize                length,
                    gint64                meeting_id,
                    RtMinutesConvention   convention,
                    GCancellable         *cancellable,
                    GError              **error)
{
  g_autoptr(RtImport) self = NULL;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (convention < RT_MINUTES_N_CONVENTIONS, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  if (!(self = rt_import_create (committee, text ? text : "", length, meeting_id, error)) ||
      !rt_import_prepare (self, convention, cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RtImport *self = task_data;
  GError *error = NULL;

  if (rt_import_prepare (self, RT_MINUTES_CONVENTION_AUTO, cancellable, &error))
    g_task_return_pointer (task, g_object_ref (self), g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * rt_import_new_async:
 *
 * Like rt_import_new(), but the parse and the duplicate scan run in a
 * thread. What is needed of the committee is read before this returns, so
 * the committee may change meanwhile without harm.
 */
void
rt_import_new_async (RtCommittee         *committee,
                     const char          *text,
                     gssize               length,
                     gint64               meeting_id,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RtImport *self;

  g_return_if_fail (RT_IS_COMMITTEE (committee));
  g_return_if_fail (text != NULL || length == 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_import_new_async);
  g_task_set_name (task, "[ronten] import minutes");

  if (!(self = rt_import_create (committee, text ? text : "", length, meeting_id, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, self, g_object_unref);
  g_task_run_in_thread (task, prepare_thread);
}

/**
 * rt_import_new_finish:
 *
 * Returns: (transfer full): the import, or %NULL with @error set
 */
RtImport *
rt_import_new_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rt_import_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  RtMinutesConvention  convention;
  GHashTable          *persons;
} RecutData;

static void
recut_data_free (RecutData *data)
{
  g_clear_pointer (&data->persons, g_hash_table_unref);
  g_free (data);
}

static void
recut_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  RtImport *self = source_object;
  RecutData *data = task_data;
  GError *error = NULL;
  Cut *cut = compute_cut (self, data->convention, data->persons, cancellable, &error);

  if (cut == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, cut, (GDestroyNotify)cut_free);
}

/**
 * rt_import_recut_async:
 * @convention: the convention to cut with, or %RT_MINUTES_CONVENTION_AUTO
 *   to let the parser find it again
 *
 * Cuts the minutes again, in a thread, with another convention: when the
 * review shows that the parser misread who spoke. The entries, headings
 * and unused spans are replaced by rt_import_recut_finish(), on the
 * calling thread; edits of the entries are lost, the speakers' mappings
 * kept. The review must not be edited until then.
 */
void
rt_import_recut_async (RtImport            *self,
                       RtMinutesConvention  convention,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RecutData *data;

  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (convention < RT_MINUTES_N_CONVENTIONS);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_import_recut_async);
  g_task_set_name (task, "[ronten] cut minutes again");

  if (self->committed)
    {
      g_task_return_new_error (task, RT_IMPORT_ERROR, RT_IMPORT_ERROR_COMMITTED,
                               _("These minutes have already been imported"));
      return;
    }

  data = g_new0 (RecutData, 1);
  data->convention = convention;
  data->persons = person_map (self);
  g_task_set_task_data (task, data, (GDestroyNotify)recut_data_free);
  g_task_run_in_thread (task, recut_thread);
}

/**
 * rt_import_recut_finish:
 *
 * Replaces the review's entries with the new cut.
 *
 * Returns: %TRUE, or %FALSE with @error set (nothing changed then)
 */
gboolean
rt_import_recut_finish (RtImport      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_autoptr(Cut) cut = NULL;

  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rt_import_recut_async, FALSE);

  if (!(cut = g_task_propagate_pointer (G_TASK (result), error)))
    return FALSE;

  apply_cut (self, cut);
  return TRUE;
}

/**
 * rt_import_recut:
 *
 * rt_import_recut_async(), blocking.
 */
gboolean
rt_import_recut (RtImport             *self,
                 RtMinutesConvention   convention,
                 GCancellable         *cancellable,
                 GError              **error)
{
  g_autoptr(GHashTable) persons = NULL;
  g_autoptr(Cut) cut = NULL;

  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (convention < RT_MINUTES_N_CONVENTIONS, FALSE);

  if (self->committed)
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_COMMITTED,
                           _("These minutes have already been imported"));
      return FALSE;
    }

  persons = person_map (self);
  if (!(cut = compute_cut (self, convention, persons, cancellable, error)))
    return FALSE;

  apply_cut (self, cut);
  return TRUE;
}

/* Accessors */

RtCommittee *
rt_import_get_committee (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return self->committee;
}

/**
 * rt_import_get_text:
 * @length: (out) (optional): its length in bytes
 *
 * Returns: the minutes, exactly as given, NUL-terminated
 */
const char *
rt_import_get_text (RtImport *self,
                    gsize    *length)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return g_bytes_get_data (self->source, length);
}

/**
 * rt_import_dup_slice:
 *
 * Returns: (transfer full): the bytes [@start, @end) of the minutes
 */
char *
rt_import_dup_slice (RtImport *self,
                     gsize     start,
                     gsize     end)
{
  gsize length;
  const char *text;

  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  text = g_bytes_get_data (self->source, &length);
  end = MIN (end, length);
  start = MIN (start, end);

  return g_strndup (text + start, end - start);
}

/* The title of the stored source, such as the file name. */
const char *
rt_import_get_title (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return self->title;
}

void
rt_import_set_title (RtImport   *self,
                     const char *title)
{
  g_return_if_fail (RT_IS_IMPORT (self));

  if (title == NULL)
    title = "";

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

gint64
rt_import_get_meeting_id (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), 0);

  return self->meeting_id;
}

/**
 * rt_import_set_meeting_id:
 * @meeting_id: an existing meeting, or 0
 *
 * Sets the meeting of the source and of every entry.
 */
void
rt_import_set_meeting_id (RtImport *self,
                          gint64    meeting_id)
{
  guint n;

  g_return_if_fail (RT_IS_IMPORT (self));

  meeting_id = MAX (meeting_id, 0);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      rt_import_entry_set_meeting_id (entry, meeting_id);
    }

  if (self->meeting_id != meeting_id)
    {
      self->meeting_id = meeting_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING_ID]);
    }
}

/* The number of a meeting to create with the import, when the meeting id is 0. */
int
rt_import_get_new_meeting_number (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), 0);

  return self->new_meeting_number;
}

/**
 * rt_import_set_new_meeting_number:
 * @number: a meeting number, or 0
 *
 * With a meeting id of 0, rt_import_commit() uses the meeting of this number,
 * creating it (第n回) in the same transaction when there is none.
 */
void
rt_import_set_new_meeting_number (RtImport *self,
                                  int       number)
{
  g_return_if_fail (RT_IS_IMPORT (self));

  number = MAX (number, 0);
  if (self->new_meeting_number != number)
    {
      self->new_meeting_number = number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEW_MEETING_NUMBER]);
    }
}

gboolean
rt_import_get_committed (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);

  return self->committed;
}

/* How many entries will become cards. */
guint
rt_import_get_n_included (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), 0);

  return self->n_included;
}

/**
 * rt_import_get_entries:
 *
 * Returns: (transfer none): the entries, RtImportEntry, in the order of the minutes
 */
GListModel *
rt_import_get_entries (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * rt_import_get_speakers:
 *
 * Returns: (transfer none): the distinct speaker labels, RtImportSpeaker, in
 *   order of first appearance
 */
GListModel *
rt_import_get_speakers (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->speakers);
}

/**
 * rt_import_get_headings:
 *
 * Returns: (transfer none): the headings, RtImportHeading, in the order of
 *   the minutes; an entry's heading is an index into this list
 */
GListModel *
rt_import_get_headings (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return G_LIST_MODEL (self->headings);
}

/**
 * rt_import_find_speaker:
 *
 * Returns: (transfer none) (nullable): the speaker of @label, if an entry has it
 */
RtImportSpeaker *
rt_import_find_speaker (RtImport   *self,
                        const char *label)
{
  RtImportSpeaker *speaker;

  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  speaker = g_hash_table_lookup (self->speaker_map, label);
  if (speaker == NULL || rt_import_speaker_get_n_statements (speaker) == 0)
    return NULL;

  return speaker;
}

RtMinutesConvention
rt_import_get_convention (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), RT_MINUTES_CONVENTION_SUMMARY);

  return self->convention;
}

/* Whether the convention was found in the minutes rather than chosen. */
gboolean
rt_import_get_convention_found (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);

  return self->convention_found;
}

/**
 * rt_import_get_header:
 * @start: (out) (optional): the first byte of the header block
 * @end: (out) (optional): one past its last byte
 *
 * Returns: whether the minutes have a header block (title, date, place,
 *   attendance, agenda), which goes into no card
 */
gboolean
rt_import_get_header (RtImport *self,
                      gsize    *start,
                      gsize    *end)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);

  if (start != NULL)
    *start = self->has_header ? self->header_start : 0;
  if (end != NULL)
    *end = self->has_header ? self->header_end : 0;

  return self->has_header;
}

/**
 * rt_import_dup_header_text:
 *
 * Returns: (transfer full): the header block, or "" when there is none
 */
char *
rt_import_dup_header_text (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  if (!self->has_header)
    return g_strdup ("");

  return rt_import_dup_slice (self, self->header_start, self->header_end);
}

/**
 * rt_import_get_attendees:
 *
 * Returns: (transfer none): the names of the header's attendance list,
 *   %NULL-terminated
 */
const char * const *
rt_import_get_attendees (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  return (const char * const *)self->attendees;
}

/**
 * rt_import_set_speaker_included:
 * @label: a speaker label of the entries, or "" for the unattributed ones
 *
 * Ticks or unticks every entry of one speaker: the chair's procedure, a
 * guest's report.
 */
void
rt_import_set_speaker_included (RtImport   *self,
                                const char *label,
                                gboolean    included)
{
  guint n;

  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (label != NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (g_str_equal (rt_import_entry_get_speaker_label (entry), label))
        rt_import_entry_set_included (entry, included);
    }
}

/* The number of spans of the minutes that went into no statement and no heading. */
guint
rt_import_get_n_unused (RtImport *self)
{
  g_return_val_if_fail (RT_IS_IMPORT (self), 0);

  return self->unused->len;
}

void
rt_import_get_unused (RtImport *self,
                      guint     i,
                      gsize    *start,
                      gsize    *end)
{
  const RtSpan *span;

  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (i < self->unused->len);

  span = &g_array_index (self->unused, RtSpan, i);
  if (start)
    *start = span->start;
  if (end)
    *end = span->end;
}

/**
 * rt_import_dup_unused_text:
 *
 * Returns: (transfer full): the unused spans, one per line, so the user sees
 *   what no card holds; "" when there are none
 */
char *
rt_import_dup_unused_text (RtImport *self)
{
  GString *out;
  const char *text;

  g_return_val_if_fail (RT_IS_IMPORT (self), NULL);

  text = g_bytes_get_data (self->source, NULL);
  out = g_string_new (NULL);
  for (guint i = 0; i < self->unused->len; i++)
    {
      const RtSpan *span = &g_array_index (self->unused, RtSpan, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_len (out, text + span->start, span->end - span->start);
    }

  return g_string_free (out, FALSE);
}

/* Editing */

void
rt_import_set_entry_text (RtImport      *self,
                          RtImportEntry *entry,
                          const char    *text)
{
  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (RT_IS_IMPORT_ENTRY (entry));

  rt_import_entry_set_text (entry, text);
}

void
rt_import_set_entry_speaker_label (RtImport      *self,
                                   RtImportEntry *entry,
                                   const char    *label)
{
  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (RT_IS_IMPORT_ENTRY (entry));

  rt_import_entry_set_speaker_label (entry, label);
}

/* Where the text offset @offset of a statement falls in its source range:
 * the text is the source with speaker markers, bullets and line breaks
 * taken out, so its characters are found in order in the source. */
static gsize
align_offset (const char *text,
              gsize       offset,
              const char *source,
              gsize       start,
              gsize       end)
{
  const char *p = text;
  const char *stop = text + offset;
  gsize j = start;

  while (p < stop)
    {
      gunichar c = g_utf8_get_char (p);
      gsize k = j;

      p = g_utf8_next_char (p);
      if (rt_minutes_is_space (c))
        continue;

      for (guint steps = 0; k < end && steps < 64; steps++)
        {
          gsize next = g_utf8_next_char (source + k) - source;

          if (g_utf8_get_char (source + k) == c)
            {
              j = next;
              break;
            }
          k = next;
        }
    }

  /* Text the user deleted around the cut stays with the first part: the
   * second starts where its own first character is. */
  while (*p != '\0' && rt_minutes_is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  if (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gsize k = j;

      for (guint steps = 0; k < end && steps < 64; steps++)
        {
          if (g_utf8_get_char (source + k) == c)
            return k;
          k = g_utf8_next_char (source + k) - source;
        }
    }

  return j;
}

static gsize
skip_space_forward (const char *text,
                    gsize       i,
                    gsize       end)
{
  while (i < end && rt_minutes_is_space (g_utf8_get_char (text + i)))
    i = g_utf8_next_char (text + i) - text;

  return i;
}

static gsize
skip_space_backward (const char *text,
                     gsize       start,
                     gsize       i)
{
  while (i > start)
    {
      const char *prev = g_utf8_find_prev_char (text + start, text + i);

      if (prev == NULL || !rt_minutes_is_space (g_utf8_get_char (prev)))
        break;
      i = prev - text;
    }

  return i;
}

/**
 * rt_import_split_entry:
 * @text_offset: a byte offset in the entry's text, at a character boundary
 *
 * Cuts @entry in two at @text_offset: the text before stays, the text after
 * becomes a new entry right after it, with the same speaker and heading. The
 * source range is cut at the matching place.
 *
 * Returns: %FALSE with @error set when either part would be empty
 */
gboolean
rt_import_split_entry (RtImport       *self,
                       RtImportEntry  *entry,
                       gsize           text_offset,
                       GError        **error)
{
  g_autoptr(RtImportEntry) second = NULL;
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;
  const char *text, *source;
  gsize start, end, cut, first_end, second_start, length;
  guint position;

  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (entry), FALSE);

  position = entry_position (self, entry);
  g_return_val_if_fail (position != G_MAXUINT, FALSE);

  text = rt_import_entry_get_text (entry);
  length = strlen (text);

  if (text_offset > length || (text_offset < length && (text[text_offset] & 0xc0) == 0x80))
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_SPLIT,
                           _("The statement cannot be split inside a character"));
      return FALSE;
    }

  head = g_strstrip (g_strndup (text, text_offset));
  tail = g_strstrip (g_strdup (text + text_offset));
  if (head[0] == '\0' || tail[0] == '\0')
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_SPLIT,
                           _("Place the cursor inside the text to split the statement there"));
      return FALSE;
    }

  source = g_bytes_get_data (self->source, NULL);
  start = rt_import_entry_get_start (entry);
  end = rt_import_entry_get_end (entry);

  cut = align_offset (text, text_offset, source, start, end);
  if (cut <= start || cut >= end)
    {
      /* The text was edited past recognition: cut in proportion. */
      glong chars = g_utf8_strlen (source + start, end - start);
      glong at = (glong)((double)g_utf8_strlen (text, text_offset) / MAX (g_utf8_strlen (text, -1), 1) * chars);

      cut = g_utf8_offset_to_pointer (source + start, CLAMP (at, 1, MAX (chars - 1, 1))) - source;
    }

  first_end = skip_space_backward (source, start, cut);
  second_start = skip_space_forward (source, cut, end);
  if (first_end <= start)
    first_end = cut;
  if (second_start >= end)
    second_start = cut;

  second = _rt_import_entry_new (self->source, second_start, end, tail,
                                 rt_import_entry_get_speaker_label (entry),
                                 rt_import_entry_get_heading (entry),
                                 rt_import_entry_get_meeting_id (entry),
                                 rt_import_entry_get_kind (entry), NULL);
  rt_import_entry_set_included (second, rt_import_entry_get_included (entry));

  g_object_freeze_notify (G_OBJECT (entry));
  _rt_import_entry_set_range (entry, start, first_end);
  rt_import_entry_set_text (entry, head);
  g_object_thaw_notify (G_OBJECT (entry));

  g_list_store_insert (self->entries, position + 1, second);
  recheck_entry (self, second);
  recheck_entry (self, entry);
  watch_entry (self, second);
  count_included (self);

  update_speakers (self);
  update_heading_counts (self);

  return TRUE;
}

/**
 * rt_import_merge_entry:
 *
 * Joins @entry and the entry after it into @entry: texts joined by a line
 * break, source range from the start of the first to the end of the second.
 *
 * Returns: %FALSE with @error set when @entry is the last
 */
gboolean
rt_import_merge_entry (RtImport       *self,
                       RtImportEntry  *entry,
                       GError        **error)
{
  g_autoptr(RtImportEntry) next = NULL;
  g_autofree char *text = NULL;
  guint position;

  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (RT_IS_IMPORT_ENTRY (entry), FALSE);

  position = entry_position (self, entry);
  g_return_val_if_fail (position != G_MAXUINT, FALSE);

  if (position + 1 >= g_list_model_get_n_items (G_LIST_MODEL (self->entries)))
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_MERGE,
                           _("The last statement has no next statement to merge with"));
      return FALSE;
    }

  next = g_list_model_get_item (G_LIST_MODEL (self->entries), position + 1);
  disconnect_entry (next, self);
  g_list_store_remove (self->entries, position + 1);

  text = g_strconcat (rt_import_entry_get_text (entry), "\n", rt_import_entry_get_text (next), NULL);

  g_object_freeze_notify (G_OBJECT (entry));
  _rt_import_entry_set_range (entry, rt_import_entry_get_start (entry), rt_import_entry_get_end (next));
  if (rt_import_entry_get_speaker_label (entry)[0] == '\0')
    rt_import_entry_set_speaker_label (entry, rt_import_entry_get_speaker_label (next));
  if (rt_import_entry_get_heading (entry) < 0)
    rt_import_entry_set_heading (entry, rt_import_entry_get_heading (next));
  rt_import_entry_set_included (entry, rt_import_entry_get_included (entry) ||
                                       rt_import_entry_get_included (next));
  rt_import_entry_set_text (entry, text);
  g_object_thaw_notify (G_OBJECT (entry));

  update_speakers (self);
  update_heading_counts (self);
  count_included (self);

  return TRUE;
}

/**
 * rt_import_get_summary:
 *
 * Fills @summary with the counts of the review; after a successful
 * rt_import_commit(), also with what was stored.
 */
void
rt_import_get_summary (RtImport        *self,
                       RtImportSummary *summary)
{
  guint n;

  g_return_if_fail (RT_IS_IMPORT (self));
  g_return_if_fail (summary != NULL);

  *summary = self->result;
  summary->n_statements = 0;
  summary->n_unattributed = 0;
  summary->n_duplicates = 0;
  summary->n_internal_duplicates = 0;
  summary->n_similar = 0;
  summary->n_included = 0;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      summary->n_statements++;
      if (rt_import_entry_get_speaker_label (entry)[0] == '\0')
        summary->n_unattributed++;
      if (rt_import_entry_get_duplicate (entry) && rt_import_entry_get_duplicate_of (entry) > 0)
        summary->n_duplicates++;
      else if (rt_import_entry_get_duplicate (entry))
        summary->n_internal_duplicates++;
      if (rt_import_entry_get_similar (entry))
        summary->n_similar++;
      if (rt_import_entry_get_included (entry))
        summary->n_included++;
    }

  summary->n_speakers = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));
  summary->n_unused = self->unused->len;
  summary->n_unused_chars = self->n_unused_chars;
}

/* Commit */

static gboolean
ensure_meeting (RtImport        *self,
                RtImportSummary *result,
                GError         **error)
{
  g_autofree char *title = NULL;
  GListModel *meetings;

  result->meeting_id = self->meeting_id;
  if (self->meeting_id > 0 || self->new_meeting_number <= 0)
    return TRUE;

  meetings = rt_committee_get_meetings (self->committee);
  for (guint i = 0, n = g_list_model_get_n_items (meetings); i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);

      if (rt_meeting_get_number (meeting) == self->new_meeting_number)
        {
          result->meeting_id = rt_meeting_get_id (meeting);
          return TRUE;
        }
    }

  /* Translators: the title of a meeting created by an import; 第%d回 in Japanese. */
  title = g_strdup_printf (_("Meeting %d"), self->new_meeting_number);
  if (!(result->meeting_id = rt_committee_insert_meeting (self->committee, self->new_meeting_number,
                                                          title, NULL, error)))
    return FALSE;

  result->meeting_created = TRUE;
  return TRUE;
}

/* Resolves every used speaker to a person id, creating people as needed. */
static gboolean
store_people (RtImport         *self,
              GHashTable       *used,
              GHashTable       *person_ids,
              RtImportSummary  *result,
              GError          **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportSpeaker) speaker = g_list_model_get_item (G_LIST_MODEL (self->speakers), i);
      const char *label = rt_import_speaker_get_label (speaker);
      gint64 id = rt_import_speaker_get_person_id (speaker);
      gboolean added = FALSE;

      if (!g_hash_table_contains (used, label))
        continue;

      if (rt_import_speaker_get_create (speaker))
        {
          if (!(id = rt_committee_insert_person (self->committee, rt_import_speaker_get_name (speaker),
                                                 rt_import_speaker_get_role (speaker), error)) ||
              !rt_committee_set_alias (self->committee, id, label, TRUE, NULL, error))
            return FALSE;
          result->n_new_people++;
        }
      else if (id > 0 && rt_import_speaker_get_match (speaker) != RT_IMPORT_MATCH_ALIAS)
        {
          if (!rt_committee_set_alias (self->committee, id, label, TRUE, &added, error))
            return FALSE;
          result->n_new_aliases += added;
        }

      if (id > 0)
        g_hash_table_insert (person_ids, (gpointer)label, new_id (id));
    }

  return TRUE;
}

static gboolean
store_themes (RtImport         *self,
              gint64           *theme_ids,
              RtImportSummary  *result,
              GError          **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->headings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportHeading) heading = g_list_model_get_item (G_LIST_MODEL (self->headings), i);
      const char *name = rt_import_heading_get_text (heading);

      theme_ids[i] = 0;
      if (!rt_import_heading_get_accepted (heading))
        continue;

      if (rt_import_heading_get_theme_id (heading) > 0)
        {
          theme_ids[i] = rt_import_heading_get_theme_id (heading);
          continue;
        }

      if (name[0] == '\0')
        name = rt_import_heading_get_source_text (heading);

      if (!(theme_ids[i] = rt_committee_insert_theme (self->committee, rt_import_heading_get_label_id (heading),
                                                      name, "", error)))
        return FALSE;
      result->n_new_themes++;
    }

  return TRUE;
}

/* The cards of the included entries, in their order; the cards that carry an
 * answer (a public comment's) are noted with it. */
static gboolean
store_cards (RtImport          *self,
             GHashTable        *person_ids,
             const gint64      *theme_ids,
             const char        *now,
             GArray            *answered,
             GPtrArray         *answers,
             RtImportSummary   *result,
             GError           **error)
{
  guint n_headings = g_list_model_get_n_items (G_LIST_MODEL (self->headings));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  const char *text = g_bytes_get_data (self->source, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);
      gsize start = rt_import_entry_get_start (entry);
      gsize end = rt_import_entry_get_end (entry);
      int heading = rt_import_entry_get_heading (entry);
      gint64 meeting_id = rt_import_entry_get_meeting_id (entry);
      gint64 *speaker_id = g_hash_table_lookup (person_ids, rt_import_entry_get_speaker_label (entry));
      gint64 card_id;
      RtCardDraft draft = {
        .text = rt_import_entry_get_text (entry),
        .verbatim = text + start,
        .speaker_id = speaker_id ? *speaker_id : 0,
        .meeting_id = meeting_id > 0 ? meeting_id : result->meeting_id,
        .theme_id = heading >= 0 && (guint)heading < n_headings ? theme_ids[heading] : 0,
        .source_id = result->source_id,
        .source_offset = start,
        .source_length = end - start,
        .status = RT_CARD_STATUS_NEW,
        .visibility = RT_VISIBILITY_PUBLIC,
        .kind = rt_import_entry_get_kind (entry),
      };

      if (!rt_import_entry_get_included (entry) || draft.text[0] == '\0')
        {
          if (rt_import_entry_get_duplicate (entry))
            result->n_skipped_duplicates++;
          else
            result->n_excluded++;
          continue;
        }

      if (!(card_id = rt_committee_insert_card (self->committee, &draft, end - start, now, error)))
        return FALSE;

      result->n_cards++;
      if (rt_import_entry_get_answer (entry) != NULL)
        {
          g_array_append_val (answered, card_id);
          g_ptr_array_add (answers, (gpointer)rt_import_entry_get_answer (entry));
        }
    }

  return TRUE;
}

static gboolean
commit_locked (RtImport         *self,
               RtImportSummary  *result,
               GError          **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autofree char *now = rt_now_iso8601 ();
  g_autofree gint64 *theme_ids = NULL;
  guint n_headings = g_list_model_get_n_items (G_LIST_MODEL (self->headings));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  gsize length;
  const char *text = g_bytes_get_data (self->source, &length);
  g_autoptr(GArray) answered = g_array_new (FALSE, FALSE, sizeof (gint64));  /* card ids */
  g_autoptr(GPtrArray) answers = g_ptr_array_new ();                          /* their answers */

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtImportEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (rt_import_entry_get_included (entry) && rt_import_entry_get_text (entry)[0] != '\0')
        g_hash_table_add (used, (gpointer)rt_import_entry_get_speaker_label (entry));
      else if (rt_import_entry_get_duplicate (entry))
        result->n_skipped_duplicates++;
      else
        result->n_excluded++;
    }

  /* Nothing to store (every statement a duplicate of one stored, say): no
   * meeting, no source, no people are made for it. */
  if (g_hash_table_size (used) == 0)
    return TRUE;
  result->n_skipped_duplicates = result->n_excluded = 0;

  if (!ensure_meeting (self, result, error))
    return FALSE;

  if (!(result->source_id = rt_committee_insert_source (self->committee, result->meeting_id, self->title,
                                                        text, length, error)))
    return FALSE;

  if (!store_people (self, used, person_ids, result, error))
    return FALSE;

  theme_ids = g_new0 (gint64, n_headings + 1);
  if (!store_themes (self, theme_ids, result, error))
    return FALSE;

  if (!rt_committee_begin_card_batch (self->committee, error))
    return FALSE;
  if (!store_cards (self, person_ids, theme_ids, now, answered, answers, result, error))
    {
      rt_committee_end_card_batch (self->committee, NULL);
      return FALSE;
    }
  if (!rt_committee_end_card_batch (self->committee, error))
    return FALSE;

  /* A public comment's answers (市の考え方), each its card's own, in this
   * same change. The entries keep the texts. */
  if (answered->len > 0)
    {
      g_autofree RtAnswerDraft *drafts = g_new0 (RtAnswerDraft, answered->len);

      for (guint i = 0; i < answered->len; i++)
        {
          drafts[i].card_ids = &g_array_index (answered, gint64, i);
          drafts[i].n_cards = 1;
          drafts[i].text = answers->pdata[i];
        }
      if (!rt_committee_add_answers (self->committee, drafts, answered->len, error))
        return FALSE;
      result->n_answers = answered->len;
    }

  return TRUE;
}

/**
 * rt_import_commit:
 *
 * Stores the import in one transaction: the minutes as a source, verbatim;
 * the new people, each with its label as an alias; the labels mapped to
 * existing people as aliases, for next time; the accepted headings as
 * themes; one card per included entry, in the theme of its heading or
 * in the 未分類 inbox; and the answer a public comment's entry came with, as
 * its card's own (rt_committee_add_answers()). Entries flagged as duplicates start excluded, so they
 * are stored only when the user included them again. When no entry is
 * included, nothing at all is stored (no meeting is made). On failure
 * nothing is stored, and the import can be corrected and committed again.
 */
gboolean
rt_import_commit (RtImport  *self,
                  GError   **error)
{
  RtImportSummary result = { 0 };

  g_return_val_if_fail (RT_IS_IMPORT (self), FALSE);

  if (self->committed)
    {
      g_set_error_literal (error, RT_IMPORT_ERROR, RT_IMPORT_ERROR_COMMITTED,
                           _("These minutes have already been imported"));
      return FALSE;
    }

  if (!rt_committee_begin_change (self->committee, NULL, error) ||
      !rt_committee_end_change (self->committee, commit_locked (self, &result, error), error))
    return FALSE;

  self->result = result;
  self->committed = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTED]);

  return TRUE;
}
