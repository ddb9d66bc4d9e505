/* rt-speaker-policy.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-speaker-policy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-speaker-policy.h"
#include "rt-tokenizer.h"

/* What outputs print is Japanese whatever the language of the interface:
 * like the handouts' (rt-handout-private.h), these msgids are the Japanese
 * text itself, under the context "speaker". */

typedef struct
{
  RtPseudonymEntry  entry;
  char             *name;
  char             *role;
  char             *display;   /* name and role: 林委員 */
  char             *letter;
  char             *reading;   /* for 五十音 order, when asked for */
  char            **aliases;   /* how minutes write them: 林委員 */
  guint             order;     /* in the committee's list of people */
} Person;

struct _RtSpeakerPolicy
{
  RtCommitteeMode   mode;
  RtSpeakerDisplay  displays[RT_N_OUTPUTS];
  GPtrArray        *people;   /* Person: lettered ones by letter, then the others */
  GHashTable       *by_id;
  guint             n_unstored;
};

static void
person_free (Person *p)
{
  g_free (p->name);
  g_free (p->role);
  g_free (p->display);
  g_free (p->letter);
  g_free (p->reading);
  g_strfreev (p->aliases);
  g_free (p);
}

static void
policy_clear (RtSpeakerPolicy *self)
{
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
}

static gboolean
takes_letter (RtPersonKind kind)
{
  return kind == RT_PERSON_KIND_MEMBER || kind == RT_PERSON_KIND_OTHER;
}

/* The @index-th letter: A … Z, AA … ZZ, AAA …; 1, 2, 3 … for submitters. */
static char *
nth_letter (guint           index,
            RtCommitteeMode mode)
{
  GString *letter;

  if (mode == RT_COMMITTEE_MODE_PUBLIC_COMMENT)
    return g_strdup_printf ("%u", index + 1);

  letter = g_string_new (NULL);
  index++;
  while (index > 0)
    {
      index--;
      g_string_prepend_c (letter, 'A' + index % 26);
      index /= 26;
    }

  return g_string_free (letter, FALSE);
}

static int
compare_letters (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la != lb)
    return la < lb ? -1 : 1;
  return strcmp (a, b);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Person *pa = *(Person * const *)a, *pb = *(Person * const *)b;
  gboolean la = pa->letter[0] != '\0', lb = pb->letter[0] != '\0';

  if (la != lb)
    return la ? -1 : 1;
  if (la)
    return compare_letters (pa->letter, pb->letter);
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

static int
compare_readings (gconstpointer a,
                  gconstpointer b)
{
  const Person *pa = *(Person * const *)a, *pb = *(Person * const *)b;
  int c = strcmp (pa->reading, pb->reading);

  if (c != 0)
    return c;
  return pa->order < pb->order ? -1 : pa->order > pb->order;
}

/* The people still without a letter, in the order they get one. */
static GPtrArray *
order_unlettered (RtSpeakerPolicy  *self,
                  RtCommittee      *committee,
                  GError          **error)
{
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();

  if (rt_committee_get_pseudonym_order (committee) == RT_PSEUDONYM_ORDER_READING)
    {
      g_autoptr(RtTokenizer) tokenizer = rt_tokenizer_new (RT_TERMS_CONTENT_WORDS, NULL);

      for (guint i = 0; i < self->people->len; i++)
        {
          Person *p = self->people->pdata[i];

          if (p->letter[0] != '\0' || !takes_letter (p->entry.kind))
            continue;
          /* Without a dictionary, names sort as written: still stable. */
          p->reading = tokenizer ? rt_tokenizer_reading (tokenizer, p->name[0] ? p->name : p->display)
                                 : g_strdup (p->name[0] ? p->name : p->display);
          g_ptr_array_add (waiting, p);
        }
      g_ptr_array_sort (waiting, compare_readings);
    }
  else
    {
      g_autoptr(GArray) ids = rt_committee_list_speakers_by_appearance (committee, error);

      if (ids == NULL)
        return NULL;

      for (guint i = 0; i < ids->len; i++)
        {
          Person *p = g_hash_table_lookup (self->by_id, &g_array_index (ids, gint64, i));

          if (p != NULL && p->letter[0] == '\0' && takes_letter (p->entry.kind))
            g_ptr_array_add (waiting, p);
        }
    }

  return g_steal_pointer (&waiting);
}

/**
 * rt_speaker_policy_new:
 *
 * Reads how @committee names its speakers: its display settings, its
 * people and the letters they keep, with letters computed (not stored) for
 * members who have none yet. Call it on the committee's thread; the result
 * may go to any thread.
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
RtSpeakerPolicy *
rt_speaker_policy_new (RtCommittee  *committee,
                       GError      **error)
{
  g_autoptr(RtSpeakerPolicy) self = NULL;
  g_autoptr(GArray) stored = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  GListModel *people, *cards;
  guint next = 0;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(stored = rt_committee_get_pseudonyms (committee, error)))
    return NULL;

  self = g_atomic_rc_box_new0 (RtSpeakerPolicy);
  self->mode = rt_committee_get_mode (committee);
  self->people = g_ptr_array_new_with_free_func ((GDestroyNotify)person_free);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < RT_N_OUTPUTS; i++)
    self->displays[i] = rt_committee_get_speaker_display (committee, i);

  people = rt_committee_get_people (committee);
  for (guint i = 0, n = g_list_model_get_n_items (people); i < n; i++)
    {
      g_autoptr(RtPerson) person = g_list_model_get_item (people, i);
      Person *p = g_new0 (Person, 1);

      p->entry.person_id = rt_person_get_id (person);
      p->entry.kind = rt_person_get_kind (person);
      p->name = g_strdup (rt_person_get_name (person));
      p->role = g_strdup (rt_person_get_role (person));
      p->display = g_strdup (rt_person_get_display_name (person));
      p->aliases = g_strdupv ((char **)rt_person_get_aliases (person));
      p->letter = g_strdup ("");
      p->order = i;
      g_ptr_array_add (self->people, p);
      g_hash_table_insert (self->by_id, &p->entry.person_id, p);
    }

  /* The meeting of each person's first card, for the pseudonym table. */
  cards = rt_committee_get_cards (committee);
  for (guint i = 0, n = g_list_model_get_n_items (cards); i < n; i++)
    {
      g_autoptr(RtCard) card = g_list_model_get_item (cards, i);
      gint64 speaker_id = rt_card_get_speaker_id (card);
      int number = rt_card_get_meeting_number (card);
      Person *p;

      if (number > 0 && (p = g_hash_table_lookup (self->by_id, &speaker_id)) &&
          (p->entry.first_meeting == 0 || number < p->entry.first_meeting))
        p->entry.first_meeting = number;
    }

  used = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < stored->len; i++)
    {
      RtPseudonym *pseudonym = &g_array_index (stored, RtPseudonym, i);
      Person *p = g_hash_table_lookup (self->by_id, &pseudonym->person_id);

      if (p == NULL)
        continue;
      g_free (p->letter);
      p->letter = g_strdup (pseudonym->letter);
      p->entry.stored = TRUE;
      g_hash_table_add (used, p->letter);
    }

  if (!(waiting = order_unlettered (self, committee, error)))
    return NULL;

  for (guint i = 0; i < waiting->len; i++)
    {
      Person *p = waiting->pdata[i];
      char *letter;

      for (;;)
        {
          letter = nth_letter (next++, self->mode);
          if (!g_hash_table_contains (used, letter))
            break;
          g_free (letter);
        }

      g_free (p->letter);
      p->letter = letter;
      g_hash_table_add (used, p->letter);
      self->n_unstored++;
    }

  g_ptr_array_sort (self->people, compare_entries);
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *p = self->people->pdata[i];

      p->entry.name = p->name;
      p->entry.role = p->role;
      p->entry.letter = p->letter;
    }

  return g_steal_pointer (&self);
}

RtSpeakerPolicy *
rt_speaker_policy_ref (RtSpeakerPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
rt_speaker_policy_unref (RtSpeakerPolicy *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, (GDestroyNotify)policy_clear);
}

RtCommitteeMode
rt_speaker_policy_get_mode (RtSpeakerPolicy *self)
{
  g_return_val_if_fail (self != NULL, RT_COMMITTEE_MODE_COMMITTEE);

  return self->mode;
}

/**
 * rt_speaker_display_stricter:
 *
 * Returns: whichever of @a and @b tells less about the speaker (hidden
 *   over generic over pseudonym over real)
 */
RtSpeakerDisplay
rt_speaker_display_stricter (RtSpeakerDisplay a,
                             RtSpeakerDisplay b)
{
  return MAX (a, b);
}

/**
 * rt_speaker_policy_get_display:
 * @display: a display chosen for this output only (the command line's
 *   --speakers), or %RT_SPEAKER_DISPLAY_DEFAULT
 *
 * Returns: how @output names speakers: @display, or else the committee's
 *   setting for @output
 */
RtSpeakerDisplay
rt_speaker_policy_get_display (RtSpeakerPolicy  *self,
                               RtOutput          output,
                               RtSpeakerDisplay  display)
{
  g_return_val_if_fail (self != NULL, RT_SPEAKER_DISPLAY_HIDDEN);
  g_return_val_if_fail (output < RT_N_OUTPUTS, RT_SPEAKER_DISPLAY_HIDDEN);

  if (display > RT_SPEAKER_DISPLAY_DEFAULT && display < RT_N_SPEAKER_DISPLAYS)
    return display;

  return self->displays[output];
}

/* Where a line of its own shows the speaker (a slide's card, a map node),
 * a masked speaker is simply left out; in a document or a table, a blank
 * would read as a card without a speaker, so it says so. */
static gboolean
says_masked (RtOutput output)
{
  return output != RT_OUTPUT_PROJECTOR && output != RT_OUTPUT_MAP;
}

/**
 * rt_speaker_policy_name:
 * @output: where the name is shown
 * @display: a display chosen for this output only, or
 *   %RT_SPEAKER_DISPLAY_DEFAULT for the committee's setting of @output
 * @person_id: the card's speaker, or 0 for none
 * @visibility: the card's; %RT_VISIBILITY_ANONYMOUS masks the speaker
 *   (pass %RT_VISIBILITY_PUBLIC for the secretariat's own copy, which
 *   shows every speaker)
 *
 * Decides how a speaker is shown in @output: the one function every
 * painter and export calls (see the table at the top of rt-speaker-policy.h).
 * The result never holds a member's name unless the display is
 * %RT_SPEAKER_DISPLAY_REAL.
 *
 * Returns: (transfer full) (nullable): the speaker as @output shows it,
 *   without brackets (林委員, 委員A, 委員, 事務局, 発言者非公開), or %NULL
 *   when @output shows no speaker for this card
 */
char *
rt_speaker_policy_name (RtSpeakerPolicy  *self,
                        RtOutput          output,
                        RtSpeakerDisplay  display,
                        gint64            person_id,
                        RtVisibility      visibility)
{
  const Person *p;
  const char *role;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (output < RT_N_OUTPUTS, NULL);

  display = rt_speaker_policy_get_display (self, output, display);
  if (display == RT_SPEAKER_DISPLAY_HIDDEN)
    return NULL;

  if (visibility == RT_VISIBILITY_ANONYMOUS)
    return says_masked (output) ? g_strdup (C_("speaker", "発言者非公開")) : NULL;

  if (person_id == 0 || !(p = g_hash_table_lookup (self->by_id, &person_id)))
    return NULL;

  switch (p->entry.kind)
    {
    case RT_PERSON_KIND_SECRETARIAT:
    case RT_PERSON_KIND_OFFICIAL:
      if (display == RT_SPEAKER_DISPLAY_REAL)
        return p->display[0] != '\0' ? g_strdup (p->display) : NULL;
      /* The secretariat and officials speak for their office: the role stays. */
      if (p->role[0] != '\0')
        return g_strdup (p->role);
      return g_strdup (p->entry.kind == RT_PERSON_KIND_SECRETARIAT ? C_("speaker", "事務局")
                                                                   : C_("speaker", "行政"));

    case RT_PERSON_KIND_MEMBER:
    case RT_PERSON_KIND_OTHER:
    default:
      break;
    }

  if (self->mode == RT_COMMITTEE_MODE_PUBLIC_COMMENT)
    {
      /* Submitters are numbered, unless they gave a name to be shown. */
      if (display == RT_SPEAKER_DISPLAY_REAL && p->name[0] != '\0')
        return g_strdup (p->display);
      if (display == RT_SPEAKER_DISPLAY_GENERIC)
        return g_strdup (C_("speaker", "提出者"));
      return g_strdup_printf (C_("speaker", "提出者%s"), p->letter);
    }

  /* Members by the word 委員; others (参考人, 傍聴者 …) by their role. */
  role = p->entry.kind == RT_PERSON_KIND_MEMBER ? C_("speaker", "委員")
         : p->role[0] != '\0' ? p->role : C_("speaker", "発言者");

  switch (display)
    {
    case RT_SPEAKER_DISPLAY_REAL:
      return p->display[0] != '\0' ? g_strdup (p->display) : NULL;

    case RT_SPEAKER_DISPLAY_PSEUDONYM:
      return g_strconcat (role, p->letter, NULL);

    case RT_SPEAKER_DISPLAY_GENERIC:
      return g_strdup (role);

    case RT_SPEAKER_DISPLAY_DEFAULT:
    case RT_SPEAKER_DISPLAY_HIDDEN:
    case RT_N_SPEAKER_DISPLAYS:
    default:
      return NULL;
    }
}

/**
 * rt_speaker_policy_get_letter:
 *
 * Returns: (nullable): the letter @person_id keeps (A, B …; 1, 2 … for
 *   submitters), or %NULL for people who have none (the secretariat)
 */
const char *
rt_speaker_policy_get_letter (RtSpeakerPolicy *self,
                              gint64           person_id)
{
  const Person *p;

  g_return_val_if_fail (self != NULL, NULL);

  if (!(p = g_hash_table_lookup (self->by_id, &person_id)) || p->letter[0] == '\0')
    return NULL;

  return p->letter;
}

/**
 * rt_speaker_policy_get_n_entries:
 *
 * Returns: the number of entries of the pseudonym table: every person,
 *   those with a letter first, in the letters' order
 */
guint
rt_speaker_policy_get_n_entries (RtSpeakerPolicy *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->people->len;
}

const RtPseudonymEntry *
rt_speaker_policy_get_entry (RtSpeakerPolicy *self,
                             guint            index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->people->len, NULL);

  return &((Person *)self->people->pdata[index])->entry;
}

/**
 * rt_speaker_policy_get_n_unstored:
 *
 * Returns: how many letters were computed for people who had none stored
 */
guint
rt_speaker_policy_get_n_unstored (RtSpeakerPolicy *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_unstored;
}

/**
 * rt_speaker_policy_keep:
 * @committee: the committee the policy was read from
 *
 * Stores the letters computed for people who had none, so that they keep
 * them from now on, whatever members join later: call it when an output
 * that shows pseudonyms is written. A read-only committee is left as it
 * is (its outputs still get the same letters, computed again).
 */
gboolean
rt_speaker_policy_keep (RtSpeakerPolicy  *self,
                        RtCommittee      *committee,
                        GError          **error)
{
  g_autoptr(GArray) pseudonyms = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (RT_IS_COMMITTEE (committee), FALSE);

  if (self->n_unstored == 0 || rt_committee_get_read_only (committee))
    return TRUE;

  pseudonyms = g_array_new (FALSE, TRUE, sizeof (RtPseudonym));
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *p = self->people->pdata[i];
      RtPseudonym pseudonym = { p->entry.person_id, { 0 } };

      if (p->entry.stored || p->letter[0] == '\0')
        continue;
      g_strlcpy (pseudonym.letter, p->letter, sizeof pseudonym.letter);
      g_array_append_val (pseudonyms, pseudonym);
    }

  /* The policy itself stays as it is (other threads may read it): the
   * letters it shows are the ones now stored. */
  return rt_committee_keep_pseudonyms (committee, (RtPseudonym *)(gpointer)pseudonyms->data, pseudonyms->len,
                                       error);
}

typedef struct
{
  char *needle;
  char *replacement;
} Mask;

static int
compare_masks (gconstpointer a,
               gconstpointer b)
{
  gsize la = strlen (((const Mask *)a)->needle), lb = strlen (((const Mask *)b)->needle);

  return la > lb ? -1 : la < lb;
}

static void
add_mask (GArray     *masks,
          const char *needle,
          const char *replacement)
{
  Mask mask;

  /* A lone 林 would turn 森林 into 森委員A: only names with more. */
  if (needle == NULL || g_utf8_strlen (needle, -1) < 2 || g_strcmp0 (needle, replacement) == 0)
    return;

  mask.needle = g_strdup (needle);
  mask.replacement = g_strdup (replacement);
  g_array_append_val (masks, mask);
}

static void
clear_mask (gpointer data)
{
  g_free (((Mask *)data)->needle);
  g_free (((Mask *)data)->replacement);
}

/**
 * rt_speaker_policy_mask:
 * @text: what a card says
 *
 * Names that an opinion's text or a verbatim excerpt may hold (林委員の
 * 意見に賛成, or the (林委員) at the end of a line of minutes) written as
 * @output names speakers: 委員Aの意見に賛成. Names are matched as the
 * committee knows them (name with role, and each alias); a bare name of
 * one character is left alone, as it is too often part of a word.
 *
 * Returns: (transfer full): @text with every known name replaced, or a
 *   copy of it when @output shows real names
 */
char *
rt_speaker_policy_mask (RtSpeakerPolicy  *self,
                        RtOutput          output,
                        RtSpeakerDisplay  display,
                        const char       *text)
{
  g_autoptr(GArray) masks = NULL;
  g_autoptr(GString) result = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return NULL;

  display = rt_speaker_policy_get_display (self, output, display);
  if (display == RT_SPEAKER_DISPLAY_REAL)
    return g_strdup (text);

  masks = g_array_new (FALSE, FALSE, sizeof (Mask));
  g_array_set_clear_func (masks, clear_mask);
  for (guint i = 0; i < self->people->len; i++)
    {
      Person *p = self->people->pdata[i];
      g_autofree char *shown = NULL;

      if (p->name[0] == '\0')
        continue;
      /* Hidden speakers are still members in a text that names them. */
      shown = rt_speaker_policy_name (self, output,
                                      display == RT_SPEAKER_DISPLAY_HIDDEN ? RT_SPEAKER_DISPLAY_GENERIC : display,
                                      p->entry.person_id, RT_VISIBILITY_PUBLIC);
      if (shown == NULL)
        continue;
      add_mask (masks, p->display, shown);
      for (guint j = 0; p->aliases != NULL && p->aliases[j] != NULL; j++)
        add_mask (masks, p->aliases[j], shown);
      if (p->entry.kind == RT_PERSON_KIND_MEMBER)
        {
          g_autofree char *san = g_strconcat (p->name, C_("speaker", "さん"), NULL);
          g_autofree char *iin = g_strconcat (p->name, C_("speaker", "委員"), NULL);

          add_mask (masks, san, shown);
          add_mask (masks, iin, shown);
        }
    }
  g_array_sort (masks, compare_masks);

  result = g_string_new (text);
  for (guint i = 0; i < masks->len; i++)
    {
      const Mask *mask = &g_array_index (masks, Mask, i);

      if (strstr (result->str, mask->needle) != NULL)
        g_string_replace (result, mask->needle, mask->replacement, 0);
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}
