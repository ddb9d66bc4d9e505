/* rt-list.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-list"

#include "config.h"

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
  gulong       changed_id;
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

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
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

gboolean
rt_list_refresh (RtList  *self,
                 GError **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) items = NULL;
  guint old_len, prefix = 0, suffix = 0;
  gboolean has_row;

  g_return_val_if_fail (RT_IS_LIST (self), FALSE);

  if (self->committee == NULL)
    return TRUE;

  if (!(stmt = rt_store_prepare (self->store, self->sql, error)))
    return FALSE;

  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, self->parent_id);

  items = g_ptr_array_new_with_free_func (g_object_unref);

  for (;;)
    {
      gpointer item;

      if (!rt_store_step_row (self->store, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        break;

      item = rt_committee_lookup (self->committee, self->kind, sqlite3_column_int64 (stmt, 0));
      if (item != NULL)
        g_ptr_array_add (items, g_object_ref (item));
    }

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

  return TRUE;
}

static void
rt_list_store_changed (RtList  *self,
                       guint    tables,
                       RtStore *store)
{
  g_autoptr(GError) error = NULL;

  if ((tables & self->depends) == 0)
    return;

  if (!rt_list_refresh (self, &error))
    g_warning ("Could not refresh a list: %s", error->message);
}

RtList *
rt_list_new (RtCommittee *committee,
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
  self->changed_id = g_signal_connect_swapped (self->store, "changed",
                                               G_CALLBACK (rt_list_store_changed), self);

  if (!rt_list_refresh (self, &error))
    g_warning ("Could not read a list: %s", error->message);

  return self;
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
