/* rt-list.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-list"

#include "config.h"

#include "rt-committee-private.h"
#include "rt-list-private.h"
#include "rt-store-private.h"

/* RtList is a GListModel over one query of a committee: the query selects the
 * ids of the items in order, and the items are the committee's shared model
 * objects. When the store commits a change to a table the list depends on,
 * the list queries the ids again and reports the smallest changed range, so
 * that views keep their widgets for the rows that did not move.
 */
struct _RtList
{
  GObject      parent_instance;

  RtCommittee *committee;       /* weak: the committee keeps lists of its own */
  RtStore     *store;
  char        *sql;
  GPtrArray   *items;
  gint64       parent_id;
  guint        depends;
  RtKind       kind;
};

static GType
rt_list_get_item_type (GListModel *model)
{
  RtList *self = RT_LIST (model);

  return rt_kind_get_type (self->kind);
}

static guint
rt_list_get_n_items (GListModel *model)
{
  return RT_LIST (model)->items->len;
}

static gpointer
rt_list_get_item (GListModel *model,
                  guint       position)
{
  RtList *self = RT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rt_list_get_item_type;
  iface->get_n_items = rt_list_get_n_items;
  iface->get_item = rt_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RtList, rt_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
rt_list_dispose (GObject *object)
{
  RtList *self = (RtList *)object;

  g_clear_object (&self->store);
  g_clear_weak_pointer (&self->committee);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (rt_list_parent_class)->dispose (object);
}

static void
rt_list_finalize (GObject *object)
{
  RtList *self = (RtList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->sql, g_free);

  G_OBJECT_CLASS (rt_list_parent_class)->finalize (object);
}

static void
rt_list_class_init (RtListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rt_list_dispose;
  object_class->finalize = rt_list_finalize;
}

static void
rt_list_init (RtList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The longest edit script looked for between the old and the new list;
 * beyond it the changed middle is replaced in one go. */
#define MAX_EDITS 64

typedef struct
{
  guint old_pos;   /* in the old list */
  guint removed;
  guint new_pos;   /* in the new list */
  guint added;
} Hunk;

/* The shortest edit script from @a to @b (Myers, "An O(ND) Difference
 * Algorithm"), as hunks in order; FALSE when it needs more than MAX_EDITS. */
static gboolean
diff (gpointer *a,
      guint     n,
      gpointer *b,
      guint     m,
      GArray   *hunks)
{
  int max = MIN ((int)(n + m), MAX_EDITS);
  int offset = max + 1;
  g_autofree int *v = g_new0 (int, 2 * offset + 1);
  g_autoptr(GPtrArray) trace = g_ptr_array_new_with_free_func (g_free);
  int found = -1;
  int x, y;

  for (int d = 0; d <= max && found < 0; d++)
    {
      for (int k = -d; k <= d; k += 2)
        {
          if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            x = v[offset + k + 1];
          else
            x = v[offset + k - 1] + 1;
          y = x - k;
          while (x < (int)n && y < (int)m && a[x] == b[y])
            x++, y++;
          v[offset + k] = x;
          if (x >= (int)n && y >= (int)m)
            {
              found = d;
              break;
            }
        }
      g_ptr_array_add (trace, g_memdup2 (v, sizeof (int) * (2 * offset + 1)));
    }

  if (found < 0)
    return FALSE;

  /* Walk back from (n, m), collecting single steps, then join them. */
  {
    g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (Hunk));

    x = n;
    y = m;
    for (int d = found; d > 0; d--)
      {
        int *vd = g_ptr_array_index (trace, d - 1);
        int k = x - y;
        int prev_k, prev_x, prev_y;
        Hunk step;

        if (k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]))
          prev_k = k + 1;
        else
          prev_k = k - 1;
        prev_x = vd[offset + prev_k];
        prev_y = prev_x - prev_k;

        if (prev_k == k + 1)
          step = (Hunk) { prev_x, 0, prev_y, 1 };   /* b[prev_y] inserted */
        else
          step = (Hunk) { prev_x, 1, prev_y, 0 };   /* a[prev_x] removed */
        g_array_prepend_val (steps, step);

        x = prev_x;
        y = prev_y;
      }

    for (guint i = 0; i < steps->len; i++)
      {
        Hunk *step = &g_array_index (steps, Hunk, i);
        Hunk *last = hunks->len > 0 ? &g_array_index (hunks, Hunk, hunks->len - 1) : NULL;

        if (last != NULL &&
            last->old_pos + last->removed == step->old_pos &&
            last->new_pos + last->added == step->new_pos)
          {
            last->removed += step->removed;
            last->added += step->added;
          }
        else
          g_array_append_val (hunks, *step);
      }
  }

  return TRUE;
}

/* Replaces self->items by @items, telling listeners each change as it is
 * made, so that the list they read during items-changed is always the list
 * the signal describes: a card moved within a column is one removal and one
 * insertion, not the whole column replaced. */
static void
apply_items (RtList    *self,
             GPtrArray *items)
{
  g_autoptr(GArray) hunks = g_array_new (FALSE, FALSE, sizeof (Hunk));
  guint old_len = self->items->len;
  guint prefix = 0, suffix = 0;
  guint n, m;

  while (prefix < old_len && prefix < items->len &&
         g_ptr_array_index (self->items, prefix) == g_ptr_array_index (items, prefix))
    prefix++;

  while (suffix < old_len - prefix && suffix < items->len - prefix &&
         g_ptr_array_index (self->items, old_len - 1 - suffix) == g_ptr_array_index (items, items->len - 1 - suffix))
    suffix++;

  n = old_len - prefix - suffix;
  m = items->len - prefix - suffix;
  if (n == 0 && m == 0)
    return;

  /* An empty GPtrArray has no storage (pdata is NULL): no offset from it. */
  if (!diff (self->items->pdata != NULL ? self->items->pdata + prefix : NULL, n,
             items->pdata != NULL ? items->pdata + prefix : NULL, m, hunks))
    {
      Hunk all = { 0, n, 0, m };

      g_array_set_size (hunks, 0);
      g_array_append_val (hunks, all);
    }

  /* From the last hunk back: positions before a hunk are the same in the
   * old list, the new list and every list in between. */
  for (guint i = hunks->len; i > 0; i--)
    {
      Hunk *h = &g_array_index (hunks, Hunk, i - 1);
      guint pos = prefix + h->old_pos;

      if (h->removed > 0)
        g_ptr_array_remove_range (self->items, pos, h->removed);
      for (guint j = 0; j < h->added; j++)
        g_ptr_array_insert (self->items, pos + j,
                            g_object_ref (g_ptr_array_index (items, prefix + h->new_pos + j)));

      g_list_model_items_changed (G_LIST_MODEL (self), pos, h->removed, h->added);
    }
}

gboolean
rt_list_refresh (RtList  *self,
                 GError **error)
{
  RtStmt *stmt;
  g_autoptr(GPtrArray) items = NULL;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_LIST (self), FALSE);

  if (self->committee == NULL)
    return TRUE;

  if (!(stmt = rt_store_prepare (self->store, self->sql, error)))
    return FALSE;

  if (rt_stmt_get_n_params (stmt) > 0)
    rt_stmt_bind_int64 (stmt, 1, self->parent_id);

  items = g_ptr_array_new_with_free_func (g_object_unref);

  for (;;)
    {
      gpointer item;

      if (!rt_stmt_step (stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      item = rt_committee_lookup (self->committee, self->kind, rt_stmt_get_int64 (stmt, 0));
      if (item != NULL)
        g_ptr_array_add (items, g_object_ref (item));
    }

  apply_items (self, items);

  return TRUE;
}

RtList *
_rt_list_new (RtCommittee *committee,
              RtKind       kind,
              const char  *sql,
              gint64       parent_id,
              guint        depends)
{
  g_autoptr(GError) error = NULL;
  RtList *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_LIST, NULL);
  g_set_weak_pointer (&self->committee, committee);
  self->store = g_object_ref (rt_committee_get_store (committee));
  self->kind = kind;
  self->sql = g_strdup (sql);
  self->parent_id = parent_id;
  self->depends = depends;

  if (!rt_list_refresh (self, &error))
    rt_committee_report_error (committee, error);

  return self;
}

guint
_rt_list_get_depends (RtList *self)
{
  return self->depends;
}

/**
 * rt_list_get_parent_id:
 *
 * Returns: the id the list is filtered on (a theme for cards, a label for
 *   themes, a framework for points), or 0
 */
gint64
rt_list_get_parent_id (RtList *self)
{
  g_return_val_if_fail (RT_IS_LIST (self), 0);

  return self->parent_id;
}
