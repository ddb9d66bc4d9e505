/* rt-sheet-import-dialog.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-sheet-import-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rt-feedback.h"
#include "rt-file-chooser.h"
#include "rt-sheet-import-dialog.h"
#include "rt-sheet-preview-item.h"

/* Importing opinions from a table: choose a file (read in a worker thread),
 * map its columns, see the first rows as they will be stored, and import
 * them in one step that can be undone. Nothing is stored before Import. */

#define PREVIEW_ROWS 200
/* Up to this many rows the summary counts every row; beyond, the preview's. */
#define SUMMARY_ROWS 5000

struct _RtSheetImportDialog
{
  AdwWindow        parent_instance;

  RtCommittee     *committee;
  RtSheet         *sheet;
  GFile           *file;
  GCancellable    *cancellable;
  GArray          *meeting_numbers;  /* int, the meeting of each choice after the first */
  gboolean         updating;

  AdwToastOverlay *toast_overlay;
  AdwActionRow    *file_row;
  AdwComboRow     *sheet_row;
  GtkSwitch       *header_switch;
  AdwComboRow     *text_row;
  AdwComboRow     *speaker_row;
  AdwComboRow     *category_row;
  AdwComboRow     *date_row;
  AdwComboRow     *meeting_row;
  GtkLabel        *summary_label;
  GListStore      *preview_store;
  GtkWidget       *import_button;
  GtkSpinner      *spinner;
};

G_DEFINE_FINAL_TYPE (RtSheetImportDialog, rt_sheet_import_dialog, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_file (RtSheetImportDialog *self,
                       const char          *sheet);


/* Column choices */

/* Titles that name a column's role, in Japanese documents and others. */
static const char * const text_titles[] = { "意見", "ご意見", "意見の内容", "内容", "コメント", "回答", "本文", "opinion", "comment", "text", NULL };
static const char * const speaker_titles[] = { "発言者", "提出者", "氏名", "名前", "お名前", "投稿者", "回答者", "属性", "name", NULL };
static const char * const category_titles[] = { "テーマ", "分類", "カテゴリ", "カテゴリー", "区分", "項目", "案件", "category", NULL };
static const char * const date_titles[] = { "日付", "受付日", "提出日", "日時", "回答日", "公表日", "年月日", "date", NULL };

static int
guess_column (const RtSheet      *sheet,
              const char * const *titles)
{
  for (guint t = 0; titles[t] != NULL; t++)
    for (guint c = 0; c < rt_sheet_get_n_columns (sheet); c++)
      {
        g_autofree char *title = g_utf8_casefold (rt_sheet_get_cell (sheet, 0, c), -1);
        g_autofree char *wanted = g_utf8_casefold (titles[t], -1);

        if (strstr (title, wanted) != NULL)
          return c;
      }
  return -1;
}

/* Without a title to go by, the opinions are the longest texts. */
static int
longest_column (const RtSheet *sheet)
{
  guint n_rows = MIN (rt_sheet_get_n_rows (sheet), 200);
  double best = 0;
  int column = 0;

  for (guint c = 0; c < rt_sheet_get_n_columns (sheet); c++)
    {
      double total = 0;

      for (guint r = 1; r < n_rows; r++)
        total += g_utf8_strlen (rt_sheet_get_cell (sheet, r, c), -1);
      if (total > best)
        {
          best = total;
          column = c;
        }
    }
  return column;
}

static void
set_choices (AdwComboRow  *row,
             GtkStringList *list,
             int           selected)
{
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

static void
fill_columns (RtSheetImportDialog *self)
{
  g_autoptr(GtkStringList) required = gtk_string_list_new (NULL);
  GtkStringList *lists[3];
  const char * const *titles[] = { speaker_titles, category_titles, date_titles };
  AdwComboRow *rows[] = { self->speaker_row, self->category_row, self->date_row };
  int text;

  for (guint c = 0; c < rt_sheet_get_n_columns (self->sheet); c++)
    {
      g_autofree char *label = NULL;
      const char *title = rt_sheet_get_cell (self->sheet, 0, c);

      /* Translators: a column of the table: its number and its title. */
      label = g_strdup_printf (_("%u: %.40s"), c + 1, title);
      gtk_string_list_append (required, label);
    }

  text = guess_column (self->sheet, text_titles);
  if (text < 0)
    text = longest_column (self->sheet);
  set_choices (self->text_row, required, text);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      int guess = guess_column (self->sheet, titles[i]);

      lists[i] = gtk_string_list_new (NULL);
      gtk_string_list_append (lists[i], _("None"));
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (required)); k++)
        gtk_string_list_append (lists[i], gtk_string_list_get_string (required, k));
      set_choices (rows[i], lists[i], guess >= 0 && guess != text ? guess + 1 : 0);
      g_object_unref (lists[i]);
    }
}

static void
fill_meetings (RtSheetImportDialog *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GListModel *meetings = rt_committee_get_meetings (self->committee);
  int last = 0;

  g_array_set_size (self->meeting_numbers, 0);
  gtk_string_list_append (list, _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (meetings, i);
      int number = rt_meeting_get_number (meeting);
      /* Translators: meeting %d; 第%d回 in Japanese. */
      g_autofree char *label = g_strdup_printf (_("Meeting %d"), number);

      gtk_string_list_append (list, label);
      g_array_append_val (self->meeting_numbers, number);
      last = MAX (last, number);
    }

  {
    /* Translators: a meeting the import will create; 第%d回（新規）in Japanese. */
    g_autofree char *label = g_strdup_printf (_("Meeting %d (new)"), last + 1);

    gtk_string_list_append (list, label);
    last++;
    g_array_append_val (self->meeting_numbers, last);
  }

  adw_combo_row_set_model (self->meeting_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->meeting_row, 0);
}

static int
optional_column (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int)selected - 1;
}

static void
read_mapping (RtSheetImportDialog *self,
              RtTableMapping      *mapping)
{
  guint text = adw_combo_row_get_selected (self->text_row);
  guint meeting = adw_combo_row_get_selected (self->meeting_row);

  rt_table_mapping_init (mapping);
  mapping->text = text == GTK_INVALID_LIST_POSITION ? -1 : (int)text;
  mapping->speaker = optional_column (self->speaker_row);
  mapping->category = optional_column (self->category_row);
  mapping->date = optional_column (self->date_row);
  mapping->header = gtk_switch_get_active (self->header_switch);
  if (meeting != GTK_INVALID_LIST_POSITION && meeting > 0 && meeting - 1 < self->meeting_numbers->len)
    mapping->meeting_number = g_array_index (self->meeting_numbers, int, meeting - 1);
}

/* The preview */

static void
update_preview (RtSheetImportDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) new_speakers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_themes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  RtTableMapping mapping;
  guint n_rows, n_counted, n_cards = 0, n_skipped = 0, n_duplicates = 0;

  if (self->sheet == NULL || self->updating)
    return;

  read_mapping (self, &mapping);
  n_rows = rt_sheet_get_n_rows (self->sheet) - (mapping.header ? 1 : 0);
  entries = rt_table_import_preview (self->committee, self->sheet, &mapping,
                                     n_rows <= SUMMARY_ROWS ? n_rows : PREVIEW_ROWS, &error);
  if (entries == NULL)
    {
      g_list_store_remove_all (self->preview_store);
      gtk_label_set_label (self->summary_label, error->message);
      gtk_widget_set_sensitive (self->import_button, FALSE);
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      RtTableEntry *entry = entries->pdata[i];

      if (entry->text[0] == '\0')
        n_skipped++;
      else
        {
          n_cards++;
          n_duplicates += entry->duplicate;
          if (entry->speaker_is_new)
            g_hash_table_add (new_speakers, entry->speaker);
          if (entry->category_is_new)
            g_hash_table_add (new_themes, entry->category);
        }
      if (i < PREVIEW_ROWS)
        g_ptr_array_add (items, rt_sheet_preview_item_new (entry));
    }
  n_counted = entries->len;

  g_list_store_splice (self->preview_store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->preview_store)),
                       items->pdata, items->len);

  {
    g_autoptr(GString) s = g_string_new (NULL);

    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
    if (n_counted < n_rows)
      g_string_append_printf (s, _(" (the first %u are counted below)"), n_counted);
    g_string_append (s, _(": "));
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u opinion card", "%u opinion cards", n_cards), n_cards);
    if (n_skipped > 0)
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, ", %u row without text is skipped",
                                              ", %u rows without text are skipped", n_skipped), n_skipped);
    if (g_hash_table_size (new_speakers) > 0)
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, ", %u new speaker", ", %u new speakers",
                                              g_hash_table_size (new_speakers)),
                              g_hash_table_size (new_speakers));
    if (g_hash_table_size (new_themes) > 0)
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, ", %u new theme", ", %u new themes",
                                              g_hash_table_size (new_themes)),
                              g_hash_table_size (new_themes));
    if (n_duplicates > 0)
      g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, ", %u already a card", ", %u already cards",
                                              n_duplicates), n_duplicates);
    g_string_append (s, _("."));
    summary = g_string_free (g_steal_pointer (&s), FALSE);
  }

  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_sensitive (self->import_button, n_cards > 0);
}

static void
mapping_changed (RtSheetImportDialog *self)
{
  update_preview (self);
}

/* Loading */

static void
set_sheet (RtSheetImportDialog *self,
           RtSheet             *sheet)
{
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autoptr(GString) subtitle = g_string_new (rt_sheet_get_encoding (sheet));
  const char * const *sheets = rt_sheet_get_sheet_names (sheet);
  guint n_sheets = g_strv_length ((char **)sheets);

  g_clear_pointer (&self->sheet, rt_sheet_unref);
  self->sheet = rt_sheet_ref (sheet);

  if (rt_sheet_get_sheet_name (sheet) != NULL)
    g_string_append_printf (subtitle, " · %s", rt_sheet_get_sheet_name (sheet));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), basename);
  adw_action_row_set_subtitle (self->file_row, subtitle->str);

  self->updating = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), n_sheets > 1);
  if (n_sheets > 1)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (sheets);

      adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (list));
      for (guint i = 0; i < n_sheets; i++)
        if (g_strcmp0 (sheets[i], rt_sheet_get_sheet_name (sheet)) == 0)
          adw_combo_row_set_selected (self->sheet_row, i);
    }
  fill_columns (self);
  self->updating = FALSE;

  update_preview (self);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(RtSheetImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RtSheet) sheet = rt_sheet_load_finish (result, &error);

  /* Closed while the file was read. */
  if (self->spinner == NULL)
    return;

  gtk_spinner_stop (self->spinner);
  if (sheet == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        rt_feedback_error (GTK_WIDGET (self), _("Could Not Read the Table"), error);
      return;
    }

  set_sheet (self, sheet);
}

static void
load_file (RtSheetImportDialog *self,
           const char          *sheet)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_spinner_start (self->spinner);
  gtk_widget_set_sensitive (self->import_button, FALSE);
  rt_sheet_load_async (self->file, sheet, self->cancellable, load_done, g_object_ref (self));
}

static void
sheet_changed (RtSheetImportDialog *self)
{
  GtkStringObject *item = adw_combo_row_get_selected_item (self->sheet_row);

  if (self->updating || item == NULL || self->sheet == NULL ||
      g_strcmp0 (gtk_string_object_get_string (item), rt_sheet_get_sheet_name (self->sheet)) == 0)
    return;

  load_file (self, gtk_string_object_get_string (item));
}

static void
file_chosen (GFile    *file,
             gpointer  user_data)
{
  g_autoptr(RtSheetImportDialog) self = user_data;

  if (file == NULL || self->spinner == NULL)
    return;

  rt_sheet_import_dialog_set_file (self, file);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  rt_file_chooser_open_table (GTK_WINDOW (widget), file_chosen, g_object_ref (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RtSheetImportDialog *self = RT_SHEET_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  RtTableImportResult result;
  RtTableMapping mapping;

  if (self->sheet == NULL)
    return;

  read_mapping (self, &mapping);
  title = g_file_get_basename (self->file);
  if (rt_sheet_get_sheet_name (self->sheet) != NULL)
    {
      g_autofree char *base = g_steal_pointer (&title);

      title = g_strdup_printf ("%s (%s)", base, rt_sheet_get_sheet_name (self->sheet));
    }

  if (!rt_committee_import_table (self->committee, self->sheet, &mapping, title, &result, &error))
    {
      rt_feedback_error (GTK_WIDGET (self), _("Could Not Import the Opinions"), error);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, result.n_cards);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rt_sheet_import_dialog_dispose (GObject *object)
{
  RtSheetImportDialog *self = (RtSheetImportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), RT_TYPE_SHEET_IMPORT_DIALOG);

  G_OBJECT_CLASS (rt_sheet_import_dialog_parent_class)->dispose (object);
}

static void
rt_sheet_import_dialog_finalize (GObject *object)
{
  RtSheetImportDialog *self = (RtSheetImportDialog *)object;

  g_clear_pointer (&self->sheet, rt_sheet_unref);
  g_clear_pointer (&self->meeting_numbers, g_array_unref);
  g_clear_object (&self->file);
  g_clear_object (&self->committee);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rt_sheet_import_dialog_parent_class)->finalize (object);
}

static void
rt_sheet_import_dialog_class_init (RtSheetImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rt_sheet_import_dialog_dispose;
  object_class->finalize = rt_sheet_import_dialog_finalize;

  /**
   * RtSheetImportDialog::imported:
   * @n_cards: the cards stored
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (RT_TYPE_SHEET_PREVIEW_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/ronten/Ronten/rt-sheet-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, header_switch);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, text_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, speaker_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, preview_store);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, RtSheetImportDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, mapping_changed);
  gtk_widget_class_bind_template_callback (widget_class, sheet_changed);

  gtk_widget_class_install_action (widget_class, "table-import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "table-import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rt_sheet_import_dialog_init (RtSheetImportDialog *self)
{
  self->meeting_numbers = g_array_new (FALSE, FALSE, sizeof (int));
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

RtSheetImportDialog *
rt_sheet_import_dialog_new (GtkWindow   *parent,
                            RtCommittee *committee)
{
  RtSheetImportDialog *self;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  self = g_object_new (RT_TYPE_SHEET_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->committee = g_object_ref (committee);
  self->updating = TRUE;
  fill_meetings (self);
  self->updating = FALSE;

  return self;
}

/**
 * rt_sheet_import_dialog_set_file:
 *
 * Reads @file in a worker thread and shows its columns and first rows.
 */
void
rt_sheet_import_dialog_set_file (RtSheetImportDialog *self,
                                 GFile               *file)
{
  g_return_if_fail (RT_IS_SHEET_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  load_file (self, NULL);
}

/* For tests: the sheet read, or %NULL while there is none. */
RtSheet *
rt_sheet_import_dialog_get_sheet (RtSheetImportDialog *self)
{
  g_return_val_if_fail (RT_IS_SHEET_IMPORT_DIALOG (self), NULL);

  return self->sheet;
}
