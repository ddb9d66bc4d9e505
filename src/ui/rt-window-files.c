/* rt-window-files.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-window-files"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-application.h"
#include "rt-file-chooser.h"
#include "rt-import-dialog.h"
#include "rt-new-committee-dialog.h"
#include "rt-window-private.h"
#include "rt-committee.h"
#include "rt-settings.h"

/* The files of a window: a new committee (Ctrl+N), the recent committees in
 * the main menu, and files dropped on the window, a committee to open,
 * minutes or a table of opinions to import. */

#define MAX_RECENT_SHOWN 5


/* A table of opinions: CSV, TSV or an Excel workbook. */
static gboolean
is_table_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = basename ? g_utf8_casefold (basename, -1) : NULL;

  return folded != NULL &&
         (g_str_has_suffix (folded, ".csv") || g_str_has_suffix (folded, ".tsv") || g_str_has_suffix (folded, ".xlsx"));
}

static gboolean
is_committee_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = basename ? g_utf8_casefold (basename, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, ".ronten");
}

/* Opening a committee */

/**
 * rt_window_open_committee_file:
 * @path: a committee file
 *
 * Shows @path: in the window of this Ronten that has it open, as the file is
 * locked by that window, or else in @self. Failures are shown in a dialog.
 */
void
rt_window_open_committee_file (RtWindow   *self,
                               const char *path)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (RT_IS_WINDOW (l->data) && rt_window_shows_path (l->data, path))
      {
        gtk_window_present (l->data);
        g_list_free (l);
        return;
      }

  if (!rt_window_open_path (self, path, &error))
    rt_feedback_error (GTK_WIDGET (self), _("Could Not Open the Committee"), error);
}

/* Recent committees */

/* The recent committees, as labels: file names without “.ronten”, and the
 * folder too where two files have the same name. */
static void
update_recent (RtWindow *self)
{
  GMenu *section = G_MENU (gtk_widget_get_template_child (GTK_WIDGET (self), RT_TYPE_WINDOW, "recent_section"));
  GSettings *settings = rt_settings_get ();
  g_auto(GStrv) recent = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  g_menu_remove_all (section);

  recent = g_settings_get_strv (settings, "recent-files");
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; recent[i] != NULL && shown->len < MAX_RECENT_SHOWN; i++)
    {
      g_autofree char *basename = g_path_get_basename (recent[i]);

      if (rt_window_shows_path (self, recent[i]))
        continue;

      g_ptr_array_add (shown, recent[i]);
      g_hash_table_insert (names, g_strdup (basename),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (names, basename)) + 1));
    }

  for (guint i = 0; i < shown->len; i++)
    {
      const char *path = g_ptr_array_index (shown, i);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *label = NULL;
      g_auto(GStrv) escaped = NULL;
      g_autoptr(GMenuItem) item = NULL;

      gboolean twin = GPOINTER_TO_UINT (g_hash_table_lookup (names, basename)) > 1;

      if (g_str_has_suffix (basename, ".ronten"))
        basename[strlen (basename) - strlen (".ronten")] = '\0';

      if (twin)
        {
          g_autofree char *dir = g_path_get_dirname (path);
          g_autofree char *folder = g_path_get_basename (dir);

          /* Translators: a recent committee whose file name is not unique: the file name, then its folder. */
          label = g_strdup_printf (_("%s (%s)"), basename, folder);
        }
      else
        label = g_strdup (basename);

      /* Menu labels take “_” as a mnemonic: a file name keeps its own. */
      escaped = g_strsplit (label, "_", -1);
      g_free (label);
      label = g_strjoinv ("__", escaped);

      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (path));
      /* GTK 4.8 does not show it; later versions do. */
      g_menu_item_set_attribute (item, "tooltip", "s", path);
      g_menu_append_item (section, item);
    }
}

static void
forget_recent (RtWindow   *self,
               const char *path)
{
  GSettings *settings = rt_settings_get ();
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;

  recent = g_settings_get_strv (settings, "recent-files");
  for (guint i = 0; recent[i] != NULL; i++)
    if (!g_str_equal (recent[i], path))
      g_strv_builder_add (builder, recent[i]);

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-files", (const char * const *)updated);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  const char *path = g_variant_get_string (parameter, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *message = NULL;

      forget_recent (self, path);
      /* Translators: %s is the file name of a recent committee */
      message = g_strdup_printf (_("“%s” is no longer there: it was moved or deleted, and is removed from the recent committees"),
                                 basename);
      rt_feedback_toast (GTK_WIDGET (self), message);
      return;
    }

  rt_window_open_committee_file (self, path);
}

/* A new committee */

typedef struct
{
  RtWindow *window;
  char     *name;
  gboolean  from_sample;
} NewCommittee;

static void
new_committee_free (NewCommittee *data)
{
  g_clear_object (&data->window);
  g_free (data->name);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NewCommittee, new_committee_free)

/* The file chooser has asked whether to replace an existing file. The old
 * file goes to the trash rather than away, unless it is in use. */
static gboolean
make_room (RtWindow    *self,
           const char  *path,
           GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (RT_IS_WINDOW (l->data) && rt_window_shows_path (l->data, path))
      {
        g_list_free (l);
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                     _("“%s” is open in a window; choose another name"), basename);
        return FALSE;
      }

  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("“%s” is in use by another program; choose another name"), basename);
      return FALSE;
    }

  return g_file_trash (file, NULL, error);
}

/**
 * rt_window_create_committee:
 * @path: where to create the committee file
 * @name: (nullable): its name
 * @from_sample: whether it is a copy of the sample committee; otherwise it
 *   has the national discussion points and nothing else
 *
 * Creates a committee file and shows it: in @self if @self shows none, or
 * else in a new window.
 *
 * Returns: (transfer none) (nullable): the window that shows the new
 *   committee, or %NULL with @error set
 */
RtWindow *
rt_window_create_committee (RtWindow    *self,
                            const char  *path,
                            const char  *name,
                            gboolean     from_sample,
                            GError     **error)
{
  g_autoptr(RtCommittee) committee = NULL;
  RtWindow *window = self;

  g_return_val_if_fail (RT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (!make_room (self, path, error))
    return NULL;

  if (from_sample)
    committee = rt_committee_create_sample (path, name, error);
  else
    committee = rt_committee_create_empty (path, name, TRUE, error);

  if (committee == NULL)
    return NULL;

  /* Opened again by the window, which also notes it as recent. */
  g_clear_object (&committee);

  if (rt_window_get_committee (self) != NULL)
    {
      window = rt_window_new (gtk_window_get_application (GTK_WINDOW (self)));
      gtk_window_present (GTK_WINDOW (window));
    }

  if (!rt_window_open_path (window, path, error))
    {
      if (window != self)
        gtk_window_destroy (GTK_WINDOW (window));
      return NULL;
    }

  return window;
}

static void
new_committee_chosen (GFile    *file,
                      gpointer  user_data)
{
  g_autoptr(NewCommittee) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL)
    return;

  if ((path = g_file_get_path (file)) == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("A committee can only be saved as a local file"));
  else
    rt_window_create_committee (data->window, path, data->name, data->from_sample, &error);

  if (error != NULL)
    rt_feedback_error (GTK_WIDGET (data->window), _("Could Not Create the Committee"), error);
}

static void
new_committee_response (RtNewCommitteeDialog *dialog,
                        const char           *response,
                        RtWindow             *self)
{
  NewCommittee *data;
  g_autofree char *suggested = NULL;

  if (!g_str_equal (response, "create"))
    return;

  data = g_new0 (NewCommittee, 1);
  data->window = g_object_ref (self);
  data->name = g_strstrip (g_strdup (rt_new_committee_dialog_get_name (dialog)));
  data->from_sample = rt_new_committee_dialog_get_from_sample (dialog);

  if (data->name[0] != '\0')
    {
      g_autofree char *safe = g_strdup (data->name);

      /* A file name must not hold a folder separator. */
      g_strdelimit (safe, "/\\", '_');
      suggested = g_strconcat (safe, ".ronten", NULL);
    }
  else
    /* Translators: the suggested file name of a new committee */
    suggested = g_strdup (_("New committee.ronten"));

  rt_file_chooser_new_committee (GTK_WINDOW (self), suggested, new_committee_chosen, data);
}

static void
new_committee_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RtWindow *self = RT_WINDOW (widget);
  RtNewCommitteeDialog *dialog = rt_new_committee_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "response", G_CALLBACK (new_committee_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Dropped files */

/**
 * rt_window_open_file:
 * @file: a committee file (*.ronten), a table of opinions (.csv, .xlsx) or minutes as text
 *
 * Opens a committee, or the import dialog of the table or the minutes in @file.
 */
void
rt_window_open_file (RtWindow *self,
                     GFile    *file)
{
  g_return_if_fail (RT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (is_committee_file (file))
    {
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        rt_window_open_committee_file (self, path);
      else
        rt_feedback_toast (GTK_WIDGET (self), _("Only committee files on this computer can be opened"));
      return;
    }

  if (rt_window_get_committee (self) == NULL)
    {
      rt_feedback_toast (GTK_WIDGET (self), _("Open or create a committee first, then drop the minutes on it"));
      return;
    }

  if (is_table_file (file))
    rt_window_import_table (self, file);
  else
    rt_import_dialog_load_file (rt_window_import_minutes (self), file);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RtWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) ||
      !(files = gdk_file_list_get_files (g_value_get_boxed (value))))
    return FALSE;

  if (files->next != NULL)
    rt_feedback_toast (GTK_WIDGET (self), _("Only the first of the dropped files was opened"));

  rt_window_open_file (self, files->data);
  g_slist_free (files);

  return TRUE;
}

void
rt_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child_full (widget_class, "recent_section", FALSE, 0);

  gtk_widget_class_install_action (widget_class, "win.new-committee", NULL, new_committee_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-committee", NULL);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}

void
rt_window_files_init (RtWindow *self)
{
  GSettings *settings = rt_settings_get ();
  GtkDropTarget *target;

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (settings, "changed::recent-files", G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::committee", G_CALLBACK (update_recent), NULL);
  update_recent (self);
}
