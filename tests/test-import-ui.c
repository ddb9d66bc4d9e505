/* test-import-ui.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review page of a minutes import, driven through its actions on a copy
 * of the sample committee: open it from the window, paste, read, look,
 * import; and cancel, which stores nothing. Needs a display (exits 77
 * without one); screenshots go to the build folder.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rt-import-dialog.h"
#include "rt-import-heading-row.h"
#include "rt-import-speaker-row.h"
#include "rt-minutes.h"
#include "rt-test-ui.h"
#include "rt-test-util.h"
#include "rt-window.h"

static const char minutes[] =
  "第3回 小金井市市民協働支援センター再検討委員会 議事要旨\n"
  "\n"
  "意見交換\n"
  "\n"
  "○金尾委員長　本日は論点1から3について、委員の皆さんから意見をいただきたい。\n"
  "林委員：協働相手として「市民」としているが、どうい範囲でステークホルダーを捉えているか。"
  "当時は市民・NPOと行政との協働でよかったかもしれないが、企業は市民に位置付けられるのか。\n"
  "○佐藤委員　若い世代が参加しやすい仕組みとして、オンラインでの団体登録を進めてはどうか。\n"
  "保険会社と提携して公民館の講座を設けることもあり、連携は大切であり、"
  "企業の考え方も変わってきていると思う。(倉本委員)\n"
  "\n"
  "センターの役割\n"
  "\n"
  "事務局：センターの開館時間について、利用者アンケートの結果を次回報告する。\n"
  "委員長：情報のハブとしての役割を、次回さらに議論したい。\n"
  "降旗委員：ステークホルダーは拡大している。広げた視点で垣根を低くしていくことが、"
  "これからのテーマになると考える。\n"
  "- 2 -\n";

/* Reading minutes is slow: a longer deadline and a longer settle than usual. */
static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  rt_test_iterate_until_full (done, data, 60, 100, TRUE);
}

static gboolean
is_read (gpointer dialog)
{
  return rt_import_dialog_get_import (dialog) != NULL && !rt_import_dialog_get_busy (dialog);
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gboolean
find_label (GtkWidget  *widget,
            const char *needle)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;

  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      g_autofree char *text = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (strstr (text, needle) != NULL)
        return TRUE;
    }

  if (GTK_IS_EDITABLE (widget) && strstr (gtk_editable_get_text (GTK_EDITABLE (widget)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, needle))
      return TRUE;

  return FALSE;
}

typedef struct
{
  GtkWidget  *root;
  const char *needle;
} Find;

/* The first widget of @type below @widget whose title is @title. */
static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkCheckButton *
find_check (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return GTK_CHECK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The @index-th widget of @type below @widget, in tree order. */
static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type,
                     guint      index)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type))
        g_ptr_array_add (found, w);
      for (GtkWidget *child = gtk_widget_get_first_child (w); child; child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (children, child);
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, children->pdata[i - 1]);
    }
  g_ptr_array_unref (stack);

  return index < found->len ? found->pdata[index] : NULL;
}

static gboolean
label_shown (gpointer data)
{
  Find *find = data;

  return find_label (find->root, find->needle);
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static RtImportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (RT_IS_IMPORT_DIALOG (window))
        return RT_IMPORT_DIALOG (window);
    }

  return NULL;
}

static RtImportDialog *
open_and_read (RtWindow   *window,
               const char *paste_screenshot)
{
  RtImportDialog *dialog;

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-minutes", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  iterate_until (rt_test_is_mapped, dialog);

  rt_import_dialog_set_text (dialog, minutes);
  if (paste_screenshot != NULL)
    {
      Find find = { GTK_WIDGET (dialog), "オンラインでの団体登録" };

      iterate_until (label_shown, &find);
      save_screenshot (GTK_WIDGET (dialog), paste_screenshot);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.read", NULL));
  iterate_until (is_read, dialog);

  return dialog;
}

static void
test_import_ui (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  RtWindow *window = rt_window_new (NULL);
  RtImportDialog *dialog;
  RtCommittee *committee;
  RtCommitteeStats before, after;
  RtImportSummary summary;
  RtImport *import;
  Find find;

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  g_assert_true (rt_window_open_path (window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (rt_test_is_mapped, window);
  committee = rt_window_get_committee (window);

  /* Cancel stores nothing. */
  g_assert_true (rt_committee_get_stats (committee, &before, &error));
  dialog = open_and_read (window, "test-import-paste.png");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
  iterate_until (is_gone, &dialog);
  g_assert_true (rt_committee_get_stats (committee, &after, &error));
  g_assert_cmpuint (after.cards, ==, before.cards);
  g_assert_cmpuint (after.sources, ==, before.sources);
  g_assert_cmpuint (after.speakers, ==, before.speakers);

  /* Read again; this time look at it and import. */
  dialog = open_and_read (window, NULL);
  import = rt_import_dialog_get_import (dialog);
  rt_import_get_summary (import, &summary);
  g_assert_cmpuint (summary.n_statements, ==, 7);
  g_assert_cmpuint (summary.n_duplicates, ==, 2);
  /* The chair inviting opinions (本日は…委員の皆さんから意見をいただきたい) is
   * procedure, left unticked; the two statements already on the board are
   * duplicates. */
  g_assert_cmpuint (summary.n_included, ==, 4);
  g_assert_cmpuint (summary.n_unused_chars, >=, 5);
  {
    RtImportEntry *entry = g_list_model_get_item (rt_import_get_entries (import), 0);

    g_assert_cmpint (rt_import_entry_get_kind (entry), ==, RT_STATEMENT_KIND_PROCEDURE);
    g_assert_false (rt_import_entry_get_included (entry));
    g_object_unref (entry);
  }

  find.root = GTK_WIDGET (dialog);
  find.needle = "若い世代が参加しやすい仕組み";
  iterate_until (label_shown, &find);
  find.needle = "Duplicate";
  iterate_until (label_shown, &find);
  /* The convention in words, the header block, the kinds. */
  find.needle = rt_minutes_convention_describe (rt_import_get_convention (import));
  iterate_until (label_shown, &find);
  find.needle = "Header, Not Imported";
  iterate_until (label_shown, &find);
  find.needle = "佐藤委員";
  iterate_until (label_shown, &find);
  find.needle = "センターの役割";
  iterate_until (label_shown, &find);
  find.needle = "_Import 4 Cards";
  iterate_until (label_shown, &find);

  save_screenshot (GTK_WIDGET (dialog), "test-import-dialog.png");

  /* Every statement of one speaker unticked at once with the check of its
   * row, and ticked again. */
  {
    GtkWidget *row = find_row (GTK_WIDGET (dialog), RT_TYPE_IMPORT_SPEAKER_ROW, "佐藤委員");
    GtkCheckButton *check;

    g_assert_nonnull (row);
    check = find_check (row);
    g_assert_true (gtk_check_button_get_active (check));
    gtk_check_button_set_active (check, FALSE);
    find.needle = "_Import 3 Cards";
    iterate_until (label_shown, &find);
    /* One of them ticked again: the check is half ticked. */
    {
      GListModel *entries = rt_import_get_entries (import);

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(RtImportEntry) entry = g_list_model_get_item (entries, i);

          if (g_str_equal (rt_import_entry_get_speaker_label (entry), "佐藤委員"))
            {
              rt_import_entry_set_included (entry, TRUE);
              break;
            }
        }
    }
    rt_test_iterate_for (20);
    g_assert_true (gtk_check_button_get_inconsistent (check) || gtk_check_button_get_active (check));
    gtk_check_button_set_active (check, TRUE);
    find.needle = "_Import 4 Cards";
    iterate_until (label_shown, &find);
    g_assert_true (gtk_check_button_get_active (check));
  }

  /* A heading renamed in its row is the theme's name to be. */
  {
    GListModel *headings = rt_import_get_headings (import);
    gboolean renamed = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (headings) && !renamed; i++)
      {
        g_autoptr(RtImportHeading) heading = g_list_model_get_item (headings, i);

        if (g_str_equal (rt_import_heading_get_text (heading), "センターの役割"))
          {
            gtk_editable_set_text (GTK_EDITABLE (find_widget_of_type (GTK_WIDGET (dialog), RT_TYPE_IMPORT_HEADING_ROW, i)),
                                   "センターの役割と機能");
            g_assert_cmpstr (rt_import_heading_get_text (heading), ==, "センターの役割と機能");
            renamed = TRUE;
          }
      }
    g_assert_true (renamed);
  }

  /* A kind changed in its row stays on the entry. */
  {
    RtImportEntry *entry = g_list_model_get_item (rt_import_get_entries (import), 0);

    rt_import_entry_set_kind (entry, RT_STATEMENT_KIND_REQUEST);
    g_assert_cmpint (rt_import_entry_get_kind (entry), ==, RT_STATEMENT_KIND_REQUEST);
    g_object_unref (entry);
  }

  /* A split at the cursor shows up as one more row and one more card. */
  {
    RtImportEntry *entry = g_list_model_get_item (rt_import_get_entries (import), 6);
    const char *text = rt_import_entry_get_text (entry);

    g_assert_true (rt_import_split_entry (import, entry, strstr (text, "広げた") - text, &error));
    g_assert_no_error (error);
    g_object_unref (entry);
  }
  find.needle = "_Import 5 Cards";
  iterate_until (label_shown, &find);

  g_assert_true (rt_committee_get_stats (committee, &before, &error));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.commit", NULL));

  /* The window says what was imported, in a toast that does not wait. */
  g_assert_null (dialog);
  g_assert_true (find_label (GTK_WIDGET (window), "Imported 5 cards from the minutes"));

  g_assert_true (rt_committee_get_stats (committee, &after, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (after.cards, ==, before.cards + 5);
  g_assert_cmpuint (after.sources, ==, before.sources + 1);
  g_assert_cmpuint (after.speakers, ==, before.speakers + 1);
  /* センターの役割; 意見交換 is an item of the agenda, no theme (issue 17). */
  g_assert_cmpuint (after.themes, ==, before.themes + 1);

  iterate_until (rt_test_is_mapped, window);
  save_screenshot (GTK_WIDGET (window), "test-import-window.png");

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
}

static gboolean
is_busy_done (gpointer dialog)
{
  return !rt_import_dialog_get_busy (dialog);
}

/* Minutes from a PDF, a Word file and a web page, as if dropped or pasted as
 * files; cut again with another convention; an empty file goes nowhere. */
static void
test_import_files_ui (void)
{
  static const char * const names[] = { "meeting.pdf", "meeting.docx", "meeting.html" };
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = rt_test_make_sample (&tmpdir);
  RtWindow *window = rt_window_new (NULL);
  RtCommittee *committee;
  RtCommitteeStats before, after;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (rt_window_open_path (window, path, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (rt_test_is_mapped, window);
  committee = rt_window_get_committee (window);
  g_assert_true (rt_committee_get_stats (committee, &before, &error));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file_path = g_build_filename (g_getenv ("RT_SOURCE_DIR"), "tests", "data", "minutes-files",
                                                     names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      RtImportDialog *dialog;
      RtImport *import;
      RtImportSummary summary;
      Find find;

      /* What the window does with a dropped file. */
      rt_window_open_file (window, file);
      dialog = find_dialog ();
      g_assert_nonnull (dialog);
      iterate_until (is_read, dialog);
      import = rt_import_dialog_get_import (dialog);
      rt_import_get_summary (import, &summary);
      g_test_message ("%s: %u statements", names[i], summary.n_statements);
      g_assert_cmpuint (summary.n_statements, ==, 12);
      /* The chair's opening and closing start unticked. */
      g_assert_cmpuint (summary.n_included, ==, 9);
      g_assert_cmpint (rt_import_get_convention (import), ==, RT_MINUTES_CONVENTION_MARK);

      find.root = GTK_WIDGET (dialog);
      find.needle = "大学やサークルとの連携";
      iterate_until (label_shown, &find);
      find.needle = "Header, Not Imported";
      iterate_until (label_shown, &find);
      if (i == 0)
        save_screenshot (GTK_WIDGET (dialog), "test-import-pdf.png");

      /* Cut again as a summary without speakers: at once, off the main loop. */
      if (i == 1)
        {
          g_object_set (rt_import_dialog_get_convention_dropdown (dialog), "selected",
                        RT_MINUTES_CONVENTION_SUMMARY, NULL);
          iterate_until (is_busy_done, dialog);
          g_assert_cmpint (rt_import_get_convention (import), ==, RT_MINUTES_CONVENTION_SUMMARY);
          g_assert_false (rt_import_get_convention_found (import));
          /* The ○ of the turns read as bullets: nobody's statements. */
          {
            GListModel *entries = rt_import_get_entries (import);

            g_assert_cmpuint (g_list_model_get_n_items (entries), >, 0);
            for (guint k = 0; k < g_list_model_get_n_items (entries); k++)
              {
                g_autoptr(RtImportEntry) entry = g_list_model_get_item (entries, k);
                const char *label = rt_import_entry_get_speaker_label (entry);

                g_assert_true (label == NULL || *label == '\0');
              }
          }
          find.needle = "your choice";
          iterate_until (label_shown, &find);
          save_screenshot (GTK_WIDGET (dialog), "test-import-recut.png");
        }

      g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
      iterate_until (is_gone, &dialog);
    }

  /* An empty file: a message, nothing read, nothing stored. */
  {
    g_autofree char *empty_path = g_build_filename (tmpdir, "empty.txt", NULL);
    g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
    RtImportDialog *dialog;
    Find find;

    g_assert_true (g_file_set_contents (empty_path, "  \n\u3000\n", -1, &error));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-minutes", NULL));
    dialog = find_dialog ();
    rt_import_dialog_load_file (dialog, empty);
    iterate_until (is_busy_done, dialog);
    find.root = GTK_WIDGET (dialog);
    find.needle = "no text to import";
    iterate_until (label_shown, &find);
    g_assert_null (rt_import_dialog_get_import (dialog));
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL));
    iterate_until (is_gone, &dialog);
  }

  g_assert_true (rt_committee_get_stats (committee, &after, &error));
  g_assert_cmpuint (after.cards, ==, before.cards);
  g_assert_cmpuint (after.sources, ==, before.sources);

  gtk_window_destroy (GTK_WINDOW (window));
  rt_test_remove_tree (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping\n");
      return 77;
    }
  adw_init ();

  /* The application loads its style sheet; the test has no application. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/ronten/Ronten/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_func ("/ronten/import-ui/review", test_import_ui);
  g_test_add_func ("/ronten/import-ui/files", test_import_files_ui);

  return g_test_run ();
}
