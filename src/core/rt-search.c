/* rt-search.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-search"
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "rt-committee-private.h"
#include "rt-search.h"

/* Why not FTS5: its trigram tokenizer cannot find words of one or two
 * characters, which Japanese is full of (案, 協働). The committee already holds
 * every card in memory; scanning their normalised texts with memmem() is exact
 * and, for 100,000 cards, takes a few milliseconds (bench/bench-search.c). */

/* Normalisation */

/* The normalised form of each BMP character, computed once: the first byte
 * says whether the character's decomposition starts with a combining mark
 * ('N') or not ('S'); the rest is its NFKC + case folded form, or nothing
 * when that is the character itself. */
static const char *char_table[0x10000];

static char *
normalize_piece (const char *text,
                 gssize      length)
{
  g_autofree char *nfkc = g_utf8_normalize (text, length, G_NORMALIZE_NFKC);

  if (nfkc == NULL)
    return g_strndup (text, length < 0 ? strlen (text) : (gsize)length);

  return g_utf8_casefold (nfkc, -1);
}

static char *
compute_char (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  char utf8[8];
  g_autofree char *folded = NULL;
  gboolean nonstarter;
  int n;

  n = g_unichar_to_utf8 (c, utf8);
  utf8[n] = '\0';

  nonstarter = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed)) > 0 &&
               g_unichar_combining_class (decomposed[0]) != 0;
  folded = normalize_piece (utf8, n);

  return g_strconcat (nonstarter ? "N" : "S", g_str_equal (folded, utf8) ? "" : folded, NULL);
}

static const char *
lookup_char (gunichar c)
{
  const char *entry;
  char *computed;

  g_assert (c < G_N_ELEMENTS (char_table));

  if G_LIKELY ((entry = g_atomic_pointer_get (&char_table[c])) != NULL)
    return entry;

  computed = compute_char (c);
  if (!g_atomic_pointer_compare_and_exchange (&char_table[c], NULL, computed))
    g_free (computed);

  return g_atomic_pointer_get (&char_table[c]);
}

static gboolean
is_nonstarter (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  if (c < 0x80)
    return FALSE;
  if (c < G_N_ELEMENTS (char_table))
    return lookup_char (c)[0] == 'N';

  return g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed)) > 0 &&
         g_unichar_combining_class (decomposed[0]) != 0;
}

typedef struct
{
  guint norm_start;
  guint start;
  guint end;
} Segment;

/* Appends the normalised form of @text to @out; with @segments, records for
 * each segment where its output starts and which bytes of @text it covers. */
static void
normalize_into (const char *text,
                gsize       length,
                GString    *out,
                GArray     *segments)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      const char *q = g_utf8_next_char (p);
      gunichar c = (guchar)*p < 0x80 ? (gunichar)*p : g_utf8_get_char (p);
      gsize before = out->len;

      while (q < end && (guchar)*q >= 0x80 && is_nonstarter (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);

      if (q > end)
        q = end;

      if (c < 0x80 && q == p + 1)
        g_string_append_c (out, g_ascii_tolower (c));
      else if (q == g_utf8_next_char (p) && c < G_N_ELEMENTS (char_table))
        {
          const char *entry = lookup_char (c);

          if (entry[1] == '\0')
            g_string_append_len (out, p, q - p);
          else
            g_string_append (out, entry + 1);
        }
      else
        {
          g_autofree char *piece = normalize_piece (p, q - p);

          g_string_append (out, piece);
        }

      if (segments != NULL)
        {
          Segment segment = { before, p - text, q - text };

          g_array_append_val (segments, segment);
        }

      p = q;
    }
}

/**
 * rt_search_normalize:
 * @length: the length of @text in bytes, or -1 when it ends with a nul
 *
 * Returns: (transfer full): @text in the form searches compare: NFKC, then
 *   case folded, segment by segment
 */
char *
rt_search_normalize (const char *text,
                     gssize      length)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  out = g_string_sized_new (length + 1);
  normalize_into (text, length, out, NULL);

  return g_string_free (out, FALSE);
}

/* Splits a query into its normalised words. */
static GPtrArray *
query_words (const char *query)
{
  g_autofree char *normalized = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p;

  if (query == NULL)
    return words;

  normalized = rt_search_normalize (query, -1);

  /* NFKC has made every width of space U+0020. */
  for (p = normalized; *p != '\0';)
    {
      const char *start;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      start = p;
      while (*p != '\0' && !g_ascii_isspace (*p))
        p++;
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }

  return words;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const RtSearchRange *ra = a, *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end;
}

static guint
segment_at (GArray *segments,
            guint   norm_offset)
{
  guint lo = 0, hi = segments->len;

  /* The last segment whose output starts at or before @norm_offset. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (segments, Segment, mid).norm_start <= norm_offset)
        lo = mid;
      else
        hi = mid;
    }

  return lo;
}

static GArray *
find_ranges (const char *text,
             GPtrArray  *words)
{
  g_autoptr(GString) normalized = g_string_new (NULL);
  g_autoptr(GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (RtSearchRange));
  guint n = 0;

  normalize_into (text, strlen (text), normalized, segments);

  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      gsize word_len = strlen (word);
      const char *hay = normalized->str;
      const char *found;

      while ((found = memmem (hay, normalized->str + normalized->len - hay, word, word_len)))
        {
          guint ns = found - normalized->str;
          guint ne = ns + word_len;
          RtSearchRange range;

          range.start = g_array_index (segments, Segment, segment_at (segments, ns)).start;
          range.end = g_array_index (segments, Segment, segment_at (segments, ne - 1)).end;
          g_array_append_val (ranges, range);
          hay = found + word_len;
        }
    }

  /* Words may overlap each other: one range per highlighted stretch. */
  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      RtSearchRange *r = &g_array_index (ranges, RtSearchRange, i);

      if (n > 0 && r->start <= g_array_index (ranges, RtSearchRange, n - 1).end)
        {
          RtSearchRange *last = &g_array_index (ranges, RtSearchRange, n - 1);

          last->end = MAX (last->end, r->end);
        }
      else
        g_array_index (ranges, RtSearchRange, n++) = *r;
    }
  g_array_set_size (ranges, n);

  return ranges;
}

/**
 * rt_search_find_ranges:
 * @text: a card's text
 * @query: what the user typed
 *
 * Finds where the words of @query are in @text, for highlighting.
 *
 * Returns: (transfer full): the ranges, of RtSearchRange, in order and not
 *   overlapping; empty when nothing matches or the query is empty
 */
GArray *
rt_search_find_ranges (const char *text,
                       const char *query)
{
  g_autoptr(GPtrArray) words = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  words = query_words (query);

  return find_ranges (text, words);
}

void
rt_search_filter_init (RtSearchFilter *filter)
{
  static const RtSearchFilter init = RT_SEARCH_FILTER_INIT;

  g_return_if_fail (filter != NULL);

  *filter = init;
}

gboolean
rt_search_filter_is_empty (const RtSearchFilter *filter)
{
  return filter == NULL ||
         (filter->meeting_id == 0 && filter->speaker_id == 0 && filter->theme_id == 0 &&
          filter->point_id == 0 && filter->status < 0 && filter->kind < 0);
}

void
rt_search_match_free (RtSearchMatch *match)
{
  if (match == NULL)
    return;

  g_clear_pointer (&match->ranges, g_array_unref);
  g_free (match);
}

/* The index: the normalised text of every card of a committee. */

/* The normalised texts live end to end, each followed by a nul, in one
 * arena that a search scans with one memmem() per word: contiguous memory is
 * what makes 100,000 cards fast. A changed card gets a new slot at the end
 * and its old slot becomes a hole; the arena is rewritten in id order when
 * holes make up half of it. */
typedef struct
{
  guint32  offset;
  gpointer entry;     /* Entry, or NULL for a hole */
} Slot;

typedef struct
{
  gint64  id;
  RtCard *card;
  guint   slot;
} Entry;

#define NO_SLOT G_MAXUINT

#define RT_TYPE_SEARCH_INDEX (rt_search_index_get_type ())

G_DECLARE_FINAL_TYPE (RtSearchIndex, rt_search_index, RT, SEARCH_INDEX, GObject)

struct _RtSearchIndex
{
  GObject      parent_instance;

  RtCommittee *committee;     /* weak: the committee owns the index */
  GListModel  *cards;
  GHashTable  *entries;       /* id → Entry */
  GByteArray  *arena;
  GArray      *slots;         /* Slot, by offset */
  gsize        garbage;       /* bytes of holes */
  gint64       last_id;       /* of the last slot appended */
  guint64      byte_counts[256];
  guint        in_id_order : 1;
};

G_DEFINE_FINAL_TYPE (RtSearchIndex, rt_search_index, G_TYPE_OBJECT)

enum {
  INDEX_CHANGED,
  N_INDEX_SIGNALS
};

static guint index_signals[N_INDEX_SIGNALS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->card);
  g_free (entry);
}

static gsize
slot_end (RtSearchIndex *self,
          guint          slot)
{
  if (slot + 1 < self->slots->len)
    return g_array_index (self->slots, Slot, slot + 1).offset;

  return self->arena->len;
}

static void
kill_slot (RtSearchIndex *self,
           Entry         *entry)
{
  Slot *slot;

  if (entry->slot == NO_SLOT)
    return;

  slot = &g_array_index (self->slots, Slot, entry->slot);
  slot->entry = NULL;
  self->garbage += slot_end (self, entry->slot) - slot->offset;
  entry->slot = NO_SLOT;
}

static void
append_slot (RtSearchIndex *self,
             Entry         *entry,
             const guint8  *norm,
             gsize          length)
{
  static const guint8 nul = 0;
  Slot slot = { self->arena->len, entry };

  g_assert (self->arena->len + length + 1 < G_MAXUINT32);

  g_byte_array_append (self->arena, norm, length);
  g_byte_array_append (self->arena, &nul, 1);
  for (gsize i = 0; i < length; i++)
    self->byte_counts[norm[i]]++;
  entry->slot = self->slots->len;
  g_array_append_val (self->slots, slot);

  if (entry->id < self->last_id)
    self->in_id_order = FALSE;
  self->last_id = entry->id;
}

static void
entry_update (RtSearchIndex *self,
              Entry         *entry,
              RtCard        *card)
{
  const char *text = rt_card_get_text (card);
  g_autoptr(GString) norm = g_string_sized_new (strlen (text) + 1);

  g_set_object (&entry->card, card);
  normalize_into (text, strlen (text), norm, NULL);
  kill_slot (self, entry);
  append_slot (self, entry, (const guint8 *)norm->str, norm->len);
}

static int
compare_slot_ids (gconstpointer a,
                  gconstpointer b)
{
  const Entry *ea = ((const Slot *)a)->entry;
  const Entry *eb = ((const Slot *)b)->entry;

  return (ea->id > eb->id) - (ea->id < eb->id);
}

/* Rewrites the arena without holes, in id order. */
static void
compact (RtSearchIndex *self)
{
  g_autoptr(GByteArray) old_arena = g_steal_pointer (&self->arena);
  g_autoptr(GArray) old_slots = g_steal_pointer (&self->slots);
  g_autoptr(GArray) alive = g_array_new (FALSE, FALSE, sizeof (Slot));

  self->arena = g_byte_array_sized_new (old_arena->len - self->garbage + 1);
  self->slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), g_hash_table_size (self->entries));
  self->garbage = 0;
  self->last_id = 0;
  self->in_id_order = TRUE;
  memset (self->byte_counts, 0, sizeof self->byte_counts);

  for (guint i = 0; i < old_slots->len; i++)
    {
      Slot slot = g_array_index (old_slots, Slot, i);

      if (slot.entry == NULL)
        continue;
      /* Lengths come from the old layout, read before it is gone. */
      slot.offset = i;
      g_array_append_val (alive, slot);
    }

  g_array_sort (alive, compare_slot_ids);

  for (guint i = 0; i < alive->len; i++)
    {
      Slot *slot = &g_array_index (alive, Slot, i);
      guint old = slot->offset;
      gsize start = g_array_index (old_slots, Slot, old).offset;
      gsize end = old + 1 < old_slots->len ? g_array_index (old_slots, Slot, old + 1).offset : old_arena->len;

      append_slot (self, slot->entry, old_arena->data + start, end - start - 1);
    }
}

static void
index_update_card (RtSearchIndex *self,
                   gint64         id)
{
  RtCard *card = rt_committee_lookup (self->committee, RT_KIND_CARD, id);
  Entry *entry = g_hash_table_lookup (self->entries, &id);

  if (card == NULL)
    {
      if (entry != NULL)
        {
          kill_slot (self, entry);
          g_hash_table_remove (self->entries, &id);
        }
      return;
    }

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->id = id;
      entry->slot = NO_SLOT;
      g_hash_table_insert (self->entries, &entry->id, entry);
    }

  entry_update (self, entry, card);
}

/* Indexes every card, and forgets the cards that are gone. */
static void
index_rebuild (RtSearchIndex *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0, n = g_list_model_get_n_items (self->cards); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (self->cards, i);
      gint64 id = rt_card_get_id (card);
      Entry *entry;

      index_update_card (self, id);
      if ((entry = g_hash_table_lookup (self->entries, &id)))
        g_hash_table_add (seen, &entry->id);
    }

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen, key))
      {
        kill_slot (self, value);
        g_hash_table_iter_remove (&iter);
      }

  compact (self);
}

static void
cards_changed (RtSearchIndex *self,
               guint          position,
               guint          removed,
               guint          added,
               GListModel    *cards)
{
  /* Removed cards are known only by their absence. */
  if (removed > 0 || added > 4096)
    {
      index_rebuild (self);
      return;
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);

      index_update_card (self, rt_card_get_id (card));
    }

  if (self->garbage > self->arena->len / 2)
    compact (self);
}

static void
card_changed (RtSearchIndex *self,
              RtCard        *card)
{
  index_update_card (self, rt_card_get_id (card));

  if (self->garbage > self->arena->len / 2)
    compact (self);
}

/* Cards show their speaker, meeting and points: the filters on them change
 * with any change of the committee. */
static void
committee_changed (RtSearchIndex *self)
{
  g_signal_emit (self, index_signals[INDEX_CHANGED], 0);
}

static void
rt_search_index_dispose (GObject *object)
{
  RtSearchIndex *self = (RtSearchIndex *)object;

  if (self->cards != NULL)
    g_signal_handlers_disconnect_by_data (self->cards, self);
  if (self->committee != NULL)
    g_signal_handlers_disconnect_by_data (self->committee, self);
  g_clear_weak_pointer (&self->committee);
  g_clear_object (&self->cards);

  G_OBJECT_CLASS (rt_search_index_parent_class)->dispose (object);
}

static void
rt_search_index_finalize (GObject *object)
{
  RtSearchIndex *self = (RtSearchIndex *)object;

  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->arena, g_byte_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (rt_search_index_parent_class)->finalize (object);
}

static void
rt_search_index_class_init (RtSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_search_index_dispose;
  object_class->finalize = rt_search_index_finalize;

  index_signals[INDEX_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
rt_search_index_init (RtSearchIndex *self)
{
  self->entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
  self->arena = g_byte_array_new ();
  self->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  self->in_id_order = TRUE;
}

/* The committee keeps one index, made on the first search; it follows the
 * committee's list of cards and its item-changed::card. */
static RtSearchIndex *
index_get (RtCommittee *committee)
{
  RtSearchIndex *self = g_object_get_data (G_OBJECT (committee), "rt-search-index");

  if (self != NULL)
    return self;

  self = g_object_new (RT_TYPE_SEARCH_INDEX, NULL);
  g_set_weak_pointer (&self->committee, committee);
  self->cards = g_object_ref (rt_committee_get_cards (committee));

  index_rebuild (self);

  g_signal_connect_swapped (self->cards, "items-changed", G_CALLBACK (cards_changed), self);
  g_signal_connect_swapped (committee, "item-changed::card", G_CALLBACK (card_changed), self);
  g_signal_connect_swapped (committee, "changed", G_CALLBACK (committee_changed), self);
  g_object_set_data_full (G_OBJECT (committee), "rt-search-index", self, g_object_unref);

  return self;
}

/* Search */

static gboolean
read_point_cards (RtSearchIndex  *index,
                  gint64          point_id,
                  GHashTable     *cards,
                  GError        **error)
{
  g_autoptr(GArray) links = NULL;

  if (!(links = rt_committee_get_point_links (index->committee, error)))
    return FALSE;

  for (guint i = 0; i < links->len; i++)
    {
      RtPointLink *link = &g_array_index (links, RtPointLink, i);

      if (link->card_id != 0 && (point_id <= 0 || link->point_id == point_id))
        g_hash_table_add (cards, g_memdup2 (&link->card_id, sizeof (gint64)));
    }

  return TRUE;
}

static gboolean
id_matches (gint64 filter,
            gint64 id)
{
  if (filter == 0)
    return TRUE;
  if (filter == RT_SEARCH_NONE)
    return id == 0;
  return filter == id;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = *(const Entry * const *)a;
  const Entry *eb = *(const Entry * const *)b;

  return (ea->id > eb->id) - (ea->id < eb->id);
}

/* Finds @needle in [@p, @end) by looking with memchr() for its byte that is
 * rarest in the arena, then comparing the whole needle there: much faster
 * than memmem() on Japanese text, where every character starts with one of a
 * few lead bytes. */
static const char *
find (const char *p,
      const char *end,
      const char *needle,
      gsize       length,
      gsize       rare)
{
  const guchar byte = needle[rare];

  while ((gsize)(end - p) >= length)
    {
      const char *h = memchr (p + rare, byte, (end - p) - (length - 1));
      const char *start;

      if (h == NULL)
        return NULL;

      start = h - rare;
      if (memcmp (start, needle, length) == 0)
        return start;
      p = start + 1;
    }

  return NULL;
}

/* Calls @found for each entry that matches, in id order. */
static gboolean
search (RtCommittee           *committee,
        const char            *query,
        const RtSearchFilter  *filter,
        void                 (*found) (Entry *entry, gpointer data),
        gpointer               data,
        GPtrArray            **out_words,
        GError               **error)
{
  g_autoptr(GPtrArray) words = query_words (query);
  g_autoptr(GHashTable) point_cards = NULL;
  static const RtSearchFilter no_filter = RT_SEARCH_FILTER_INIT;
  g_autoptr(GPtrArray) candidates = NULL;
  RtSearchIndex *index;
  const Slot *slots;
  const char *base, *end;
  guint n_slots;
  guint scan = 0;
  gsize rare = 0;
  gsize *lengths;
  gboolean check_cards;

  if (!(index = index_get (committee)))
    return FALSE;

  if (filter == NULL)
    filter = &no_filter;

  if (filter->point_id != 0)
    {
      point_cards = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      if (!read_point_cards (index, filter->point_id, point_cards, error))
        return FALSE;
    }

  check_cards = filter->meeting_id != 0 || filter->speaker_id != 0 ||
                filter->theme_id != 0 || filter->status >= 0 || filter->kind >= 0;

  lengths = g_newa (gsize, words->len + 1);
  for (guint w = 0; w < words->len; w++)
    {
      lengths[w] = strlen (g_ptr_array_index (words, w));
      if (lengths[w] > lengths[scan])
        scan = w;
    }

  if (words->len > 0)
    {
      const guchar *w = g_ptr_array_index (words, scan);

      for (gsize i = 1; i < lengths[scan]; i++)
        if (index->byte_counts[w[i]] < index->byte_counts[w[rare]])
          rare = i;
    }

  candidates = g_ptr_array_new ();
  base = (const char *)index->arena->data;
  end = base + index->arena->len;
  slots = (const Slot *)(gpointer)index->slots->data;
  n_slots = index->slots->len;

  /* Scan the arena for the longest word; a hit lies in one card's slot,
   * found by binary search among the slots after the previous hit. */
  for (guint si = 0; si < n_slots;)
    {
      const char *p = base + slots[si].offset;
      const char *hit;
      guint lo, hi;
      Entry *entry;
      gboolean match = TRUE;
      gsize slot_len;

      if (words->len == 0)
        hit = p;
      else if (!(hit = find (p, end, g_ptr_array_index (words, scan), lengths[scan], rare)))
        break;

      lo = si;
      hi = n_slots;
      while (hi - lo > 1)
        {
          guint mid = lo + (hi - lo) / 2;

          if (base + slots[mid].offset <= hit)
            lo = mid;
          else
            hi = mid;
        }
      si = lo + 1;

      if ((entry = slots[lo].entry) == NULL)
        continue;

      slot_len = slot_end (index, lo) - slots[lo].offset - 1;
      for (guint w = 0; match && w < words->len; w++)
        if (w != scan)
          match = memmem (base + slots[lo].offset, slot_len, g_ptr_array_index (words, w), lengths[w]) != NULL;
      if (!match)
        continue;

      if (check_cards &&
          (!id_matches (filter->meeting_id, rt_card_get_meeting_id (entry->card)) ||
           !id_matches (filter->speaker_id, rt_card_get_speaker_id (entry->card)) ||
           !id_matches (filter->theme_id, rt_card_get_theme_id (entry->card)) ||
           (filter->status >= 0 && (int)rt_card_get_status (entry->card) != filter->status) ||
           (filter->kind >= 0 && (int)rt_card_get_kind (entry->card) != filter->kind)))
        continue;

      if (point_cards != NULL &&
          g_hash_table_contains (point_cards, &entry->id) != (filter->point_id > 0))
        continue;

      g_ptr_array_add (candidates, entry);
    }

  if (!index->in_id_order)
    g_ptr_array_sort (candidates, compare_entries);

  for (guint i = 0; i < candidates->len; i++)
    found (g_ptr_array_index (candidates, i), data);

  if (out_words != NULL)
    *out_words = g_steal_pointer (&words);

  return TRUE;
}

static void
add_id (Entry    *entry,
        gpointer  data)
{
  g_array_append_val ((GArray *)data, entry->id);
}

/**
 * rt_committee_search:
 * @query: (nullable): what the user typed; empty or %NULL finds every card
 *   the filter lets through
 * @filter: (nullable): which cards to look at
 *
 * Returns: (transfer full): the ids (gint64) of the cards found, by id, or
 *   %NULL with @error set
 */
GArray *
rt_committee_search (RtCommittee           *self,
                     const char            *query,
                     const RtSearchFilter  *filter,
                     GError               **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!search (self, query, filter, add_id, ids, NULL, error))
    return NULL;

  return g_steal_pointer (&ids);
}

static void
add_entry (Entry    *entry,
           gpointer  data)
{
  g_ptr_array_add (data, entry);
}

/**
 * rt_committee_search_matches:
 *
 * Like rt_committee_search(), with where the words are in each card's text.
 *
 * Returns: (transfer full) (element-type RtSearchMatch): the matches, by
 *   card id, or %NULL with @error set
 */
GPtrArray *
rt_committee_search_matches (RtCommittee           *self,
                             const char            *query,
                             const RtSearchFilter  *filter,
                             GError               **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) words = NULL;
  GPtrArray *matches;

  g_return_val_if_fail (RT_IS_COMMITTEE (self), NULL);

  if (!search (self, query, filter, add_entry, entries, &words, error))
    return NULL;

  matches = g_ptr_array_new_full (entries->len, (GDestroyNotify)rt_search_match_free);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      RtSearchMatch *match = g_new0 (RtSearchMatch, 1);

      match->card_id = entry->id;
      match->ranges = find_ranges (rt_card_get_text (entry->card), words);
      g_ptr_array_add (matches, match);
    }

  return matches;
}

/* RtSearchModel */

struct _RtSearchModel
{
  GObject         parent_instance;

  RtCommittee    *committee;
  RtSearchIndex  *index;
  char           *query;
  RtSearchFilter  filter;
  GPtrArray      *items;       /* RtCard */
  GArray         *ids;         /* gint64, ascending: the items' ids */
  gulong          changed_id;
};

static GType
rt_search_model_get_item_type (GListModel *model)
{
  return RT_TYPE_CARD;
}

static guint
rt_search_model_get_n_items (GListModel *model)
{
  return RT_SEARCH_MODEL (model)->items->len;
}

static gpointer
rt_search_model_get_item (GListModel *model,
                          guint       position)
{
  RtSearchModel *self = RT_SEARCH_MODEL (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rt_search_model_get_item_type;
  iface->get_n_items = rt_search_model_get_n_items;
  iface->get_item = rt_search_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RtSearchModel, rt_search_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_COMMITTEE,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_card (Entry    *entry,
          gpointer  data)
{
  g_ptr_array_add (data, g_object_ref (entry->card));
}

static void
rt_search_model_refresh (RtSearchModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint old_len, prefix = 0, suffix = 0;

  if (self->committee == NULL)
    return;

  if (!search (self->committee, self->query, &self->filter, add_card, items, NULL, &error))
    {
      rt_committee_report_error (self->committee, error);
      return;
    }

  g_array_set_size (self->ids, items->len);
  for (guint i = 0; i < items->len; i++)
    g_array_index (self->ids, gint64, i) = rt_card_get_id (g_ptr_array_index (items, i));

  old_len = self->items->len;

  while (prefix < old_len && prefix < items->len &&
         g_ptr_array_index (self->items, prefix) == g_ptr_array_index (items, prefix))
    prefix++;

  while (suffix < old_len - prefix && suffix < items->len - prefix &&
         g_ptr_array_index (self->items, old_len - 1 - suffix) == g_ptr_array_index (items, items->len - 1 - suffix))
    suffix++;

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);

  if (prefix + suffix < MAX (old_len, self->items->len))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_len - prefix - suffix,
                                self->items->len - prefix - suffix);

  if (old_len != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
rt_search_model_dispose (GObject *object)
{
  RtSearchModel *self = (RtSearchModel *)object;

  if (self->index != NULL)
    g_clear_signal_handler (&self->changed_id, self->index);
  g_clear_object (&self->index);
  g_clear_object (&self->committee);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (rt_search_model_parent_class)->dispose (object);
}

static void
rt_search_model_finalize (GObject *object)
{
  RtSearchModel *self = (RtSearchModel *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (rt_search_model_parent_class)->finalize (object);
}

static void
rt_search_model_constructed (GObject *object)
{
  RtSearchModel *self = (RtSearchModel *)object;

  G_OBJECT_CLASS (rt_search_model_parent_class)->constructed (object);

  g_return_if_fail (RT_IS_COMMITTEE (self->committee));

  self->index = g_object_ref (index_get (self->committee));
  self->changed_id = g_signal_connect_swapped (self->index, "changed",
                                               G_CALLBACK (rt_search_model_refresh), self);
  rt_search_model_refresh (self);
}

static void
rt_search_model_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RtSearchModel *self = RT_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      g_value_set_object (value, self->committee);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_model_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RtSearchModel *self = RT_SEARCH_MODEL (object);

  switch (prop_id)
    {
    case PROP_COMMITTEE:
      self->committee = g_value_dup_object (value);
      break;

    case PROP_QUERY:
      rt_search_model_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rt_search_model_class_init (RtSearchModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rt_search_model_constructed;
  object_class->dispose = rt_search_model_dispose;
  object_class->finalize = rt_search_model_finalize;
  object_class->get_property = rt_search_model_get_property;
  object_class->set_property = rt_search_model_set_property;

  properties[PROP_COMMITTEE] =
    g_param_spec_object ("committee", NULL, NULL,
                         RT_TYPE_COMMITTEE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rt_search_model_init (RtSearchModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->query = g_strdup ("");
  rt_search_filter_init (&self->filter);
}

/**
 * rt_search_model_new:
 *
 * Returns: (transfer full): a model of every card of @committee, until a
 *   query or a filter is set
 */
RtSearchModel *
rt_search_model_new (RtCommittee *committee)
{
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  return g_object_new (RT_TYPE_SEARCH_MODEL, "committee", committee, NULL);
}

RtCommittee *
rt_search_model_get_committee (RtSearchModel *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_MODEL (self), NULL);

  return self->committee;
}

const char *
rt_search_model_get_query (RtSearchModel *self)
{
  g_return_val_if_fail (RT_IS_SEARCH_MODEL (self), NULL);

  return self->query;
}

void
rt_search_model_set_query (RtSearchModel *self,
                           const char    *query)
{
  g_return_if_fail (RT_IS_SEARCH_MODEL (self));

  if (query == NULL)
    query = "";

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  rt_search_model_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

void
rt_search_model_get_filter (RtSearchModel  *self,
                            RtSearchFilter *filter)
{
  g_return_if_fail (RT_IS_SEARCH_MODEL (self));
  g_return_if_fail (filter != NULL);

  *filter = self->filter;
}

/**
 * rt_search_model_set_filter:
 * @filter: (nullable): the new filter; %NULL for none
 */
void
rt_search_model_set_filter (RtSearchModel        *self,
                            const RtSearchFilter *filter)
{
  RtSearchFilter none = RT_SEARCH_FILTER_INIT;

  g_return_if_fail (RT_IS_SEARCH_MODEL (self));

  if (filter == NULL)
    filter = &none;

  if (self->filter.meeting_id == filter->meeting_id &&
      self->filter.speaker_id == filter->speaker_id &&
      self->filter.theme_id == filter->theme_id &&
      self->filter.point_id == filter->point_id &&
      self->filter.status == filter->status &&
      self->filter.kind == filter->kind)
    return;

  self->filter = *filter;
  rt_search_model_refresh (self);
}

/**
 * rt_search_model_contains:
 *
 * Returns: whether the card @card_id is among the cards found
 */
gboolean
rt_search_model_contains (RtSearchModel *self,
                          gint64         card_id)
{
  const gint64 *ids;
  guint lo = 0, hi;

  g_return_val_if_fail (RT_IS_SEARCH_MODEL (self), FALSE);

  ids = (const gint64 *)(gpointer)self->ids->data;
  hi = self->ids->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ids[mid] == card_id)
        return TRUE;
      if (ids[mid] < card_id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

/**
 * rt_search_model_get_ranges:
 *
 * Returns: (transfer full): where the query's words are in @card's text, as
 *   RtSearchRange byte ranges
 */
GArray *
rt_search_model_get_ranges (RtSearchModel *self,
                            RtCard        *card)
{
  g_return_val_if_fail (RT_IS_SEARCH_MODEL (self), NULL);
  g_return_val_if_fail (RT_IS_CARD (card), NULL);

  return rt_search_find_ranges (rt_card_get_text (card), self->query);
}
