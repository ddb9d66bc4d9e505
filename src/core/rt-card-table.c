/* rt-card-table.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-card-table"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "rt-card-table.h"
#include "rt-speaker-policy.h"

/* See rt-card-table.h. The rows are read from the committee's models on
 * the main thread into plain strings; the files are written from those in
 * any thread, to a temporary file beside the target that replaces it in one
 * step, so a failed export never leaves half a file. */

struct _RtCardTable
{
  GPtrArray *rows;            /* char *[RT_CARD_N_COLUMNS] */
  GArray    *meetings;        /* int, the meeting number of each row, 0: none */
  char      *title;
  char      *author;
};

/* Column titles and widths, in characters. The titles are Japanese whatever
 * the language of the interface: the table is the committee's document. */
static const struct {
  const char *title;
  double      width;
} columns[RT_CARD_N_COLUMNS] = {
  [RT_CARD_COLUMN_NUMBER] = { NC_("table", "番号"), 6 },
  [RT_CARD_COLUMN_TEXT] = { NC_("table", "意見"), 60 },
  [RT_CARD_COLUMN_SPEAKER] = { NC_("table", "発言者"), 14 },
  [RT_CARD_COLUMN_MEETING] = { NC_("table", "会議"), 8 },
  [RT_CARD_COLUMN_MEETING_DATE] = { NC_("table", "会議日"), 11 },
  [RT_CARD_COLUMN_THEME] = { NC_("table", "テーマ"), 26 },
  [RT_CARD_COLUMN_LABEL] = { NC_("table", "資料ラベル"), 11 },
  [RT_CARD_COLUMN_POINTS] = { NC_("table", "論点"), 14 },
  [RT_CARD_COLUMN_VISIBILITY] = { NC_("table", "非公開"), 12 },
  [RT_CARD_COLUMN_STATUS] = { NC_("table", "状態"), 8 },
  [RT_CARD_COLUMN_RESPONSE_KIND] = { NC_("table", "対応"), 12 },
  [RT_CARD_COLUMN_RESPONSE] = { NC_("table", "事務局の考え方"), 50 },
  [RT_CARD_COLUMN_VERBATIM] = { NC_("table", "原文"), 40 },
  [RT_CARD_COLUMN_CREATED] = { NC_("table", "作成日時"), 20 },
  [RT_CARD_COLUMN_MODIFIED] = { NC_("table", "更新日時"), 20 },
  [RT_CARD_COLUMN_ID] = { NC_("table", "カードID"), 9 },
};

const char *
rt_card_column_get_title (RtCardColumn column)
{
  g_return_val_if_fail (column < RT_CARD_N_COLUMNS, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "table", columns[column].title);
}

/* .xlsx unless the name ends with .csv. */
RtCardTableFormat
rt_card_table_format_for_path (const char *path)
{
  g_autofree char *lower = path ? g_ascii_strdown (path, -1) : NULL;

  return lower != NULL && g_str_has_suffix (lower, ".csv") ? RT_CARD_TABLE_CSV : RT_CARD_TABLE_XLSX;
}

static void
row_free (char **row)
{
  for (guint i = 0; i < RT_CARD_N_COLUMNS; i++)
    g_free (row[i]);
  g_free (row);
}

static void
rt_card_table_clear (RtCardTable *table)
{
  g_ptr_array_unref (table->rows);
  g_array_unref (table->meetings);
  g_free (table->title);
  g_free (table->author);
}

typedef struct
{
  RtCard *card;
  guint   theme_index;  /* the theme's place on the board; inbox last */
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a, *pb = b;
  int qa = rt_card_get_position (pa->card), qb = rt_card_get_position (pb->card);
  gint64 ia = rt_card_get_id (pa->card), ib = rt_card_get_id (pb->card);

  if (pa->theme_index != pb->theme_index)
    return pa->theme_index < pb->theme_index ? -1 : 1;
  if (qa != qb)
    return qa < qb ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

static const char *
status_text (RtCardStatus status)
{
  switch (status)
    {
    case RT_CARD_STATUS_REVIEWED:
      return C_("table", "整理済");
    case RT_CARD_STATUS_HOLD:
      return C_("table", "保留");
    case RT_CARD_STATUS_NEW:
    default:
      return C_("table", "未整理");
    }
}

/* "1,3" → "論点1、論点3" */
static char *
points_text (const char *numbers)
{
  g_auto(GStrv) parts = g_strsplit (numbers ? numbers : "", ",", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (s->len > 0)
        g_string_append (s, "、");
      g_string_append_printf (s, C_("table", "論点%s"), parts[i]);
    }

  return g_string_free (s, FALSE);
}

/**
 * rt_card_table_new:
 * @public_only: leave out 非公開 cards and mask hidden speakers, as the
 *   handouts do
 *
 * Reads the cards of @committee into a table, speakers named as in the
 * .xlsx export. Call it on the thread that owns @committee; the table is
 * immutable and may go to any thread.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtCardTable *
rt_card_table_new (RtCommittee  *committee,
                   gboolean      public_only,
                   GError      **error)
{
  return rt_card_table_new_for_output (committee, public_only, RT_OUTPUT_XLSX, RT_SPEAKER_DISPLAY_DEFAULT, error);
}

/**
 * rt_card_table_new_for_output:
 * @output: %RT_OUTPUT_XLSX or %RT_OUTPUT_CSV: whose display policy names speakers
 * @display: a display for this export only, or %RT_SPEAKER_DISPLAY_DEFAULT
 *   for the committee's setting of @output
 *
 * As rt_card_table_new(), with speakers named by the committee's display
 * policy (rt_speaker_policy_name()). Unless the display is real names, the
 * names a text holds are replaced too, and the verbatim excerpt, which
 * quotes the minutes with their names, is left empty.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtCardTable *
rt_card_table_new_for_output (RtCommittee       *committee,
                              gboolean           public_only,
                              RtOutput           output,
                              RtSpeakerDisplay   display,
                              GError           **error)
{
  g_autoptr(RtSpeakerPolicy) policy = NULL;
  g_autoptr(GHashTable) theme_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) label_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) meeting_dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(GPtrArray) themes = g_ptr_array_new_with_free_func (g_object_unref);
  RtCardTable *table;
  GListModel *model;
  guint n;

  g_return_val_if_fail (RT_IS_COMMITTEE (committee), NULL);

  if (!(policy = rt_speaker_policy_new (committee, error)))
    return NULL;
  display = rt_speaker_policy_get_display (policy, output, display);

  model = rt_committee_get_labels (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtLabel) label = g_list_model_get_item (model, i);

      g_hash_table_insert (label_names, g_memdup2 (&(gint64){ rt_label_get_id (label) }, sizeof (gint64)),
                           g_strdup (rt_label_get_name (label)));
    }

  model = rt_committee_get_meetings (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RtMeeting) meeting = g_list_model_get_item (model, i);

      g_hash_table_insert (meeting_dates, g_memdup2 (&(gint64){ rt_meeting_get_id (meeting) }, sizeof (gint64)),
                           g_strdup (rt_meeting_get_date (meeting)));
    }

  model = rt_committee_get_themes (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      RtTheme *theme = g_list_model_get_item (model, i);

      g_ptr_array_add (themes, theme);
      g_hash_table_insert (theme_index, g_memdup2 (&(gint64){ rt_theme_get_id (theme) }, sizeof (gint64)),
                           GUINT_TO_POINTER (i + 1));
    }

  model = rt_committee_get_cards (committee);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      RtCard *card = g_list_model_get_item (model, i);
      gint64 theme_id = rt_card_get_theme_id (card);
      gpointer index = g_hash_table_lookup (theme_index, &theme_id);
      Placed p = { card, index ? GPOINTER_TO_UINT (index) - 1 : G_MAXUINT };

      if (public_only && rt_card_get_visibility (card) == RT_VISIBILITY_PRIVATE)
        {
          g_object_unref (card);
          continue;
        }
      g_array_append_val (placed, p);
    }
  g_array_sort (placed, compare_placed);

  table = g_atomic_rc_box_new0 (RtCardTable);
  table->rows = g_ptr_array_new_full (placed->len, (GDestroyNotify)row_free);
  table->meetings = g_array_sized_new (FALSE, FALSE, sizeof (int), placed->len);
  table->title = g_strdup_printf (C_("table", "%s 意見カード一覧"), rt_committee_get_name (committee));
  table->author = g_strdup (rt_committee_get_name (committee));

  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      RtCard *card = p->card;
      RtTheme *theme = p->theme_index < themes->len ? themes->pdata[p->theme_index] : NULL;
      gint64 label_id = theme ? rt_theme_get_label_id (theme) : 0;
      gint64 meeting_id = rt_card_get_meeting_id (card);
      int meeting = rt_card_get_meeting_number (card);
      RtVisibility visibility = rt_card_get_visibility (card);
      const char *label = g_hash_table_lookup (label_names, &label_id);
      const char *date = g_hash_table_lookup (meeting_dates, &meeting_id);
      char **row = g_new0 (char *, RT_CARD_N_COLUMNS);

      RtResponse *response = rt_committee_get_card_response (committee, rt_card_get_id (card));
      char *speaker;

      row[RT_CARD_COLUMN_NUMBER] = g_strdup_printf ("%u", i + 1);
      row[RT_CARD_COLUMN_TEXT] = rt_speaker_policy_mask (policy, output, display, rt_card_get_text (card));
      /* The secretariat's own copy names even the speakers it hides elsewhere. */
      speaker = rt_speaker_policy_name (policy, output, display, rt_card_get_speaker_id (card),
                                        public_only ? visibility : RT_VISIBILITY_PUBLIC);
      row[RT_CARD_COLUMN_SPEAKER] = speaker ? speaker : g_strdup ("");
      row[RT_CARD_COLUMN_MEETING] = meeting > 0 ? g_strdup_printf (C_("table", "第%d回"), meeting) : g_strdup ("");
      row[RT_CARD_COLUMN_MEETING_DATE] = g_strdup (date ? date : "");
      row[RT_CARD_COLUMN_THEME] = g_strdup (theme ? rt_theme_get_name (theme) : "");
      row[RT_CARD_COLUMN_LABEL] = g_strdup (label ? label : "");
      row[RT_CARD_COLUMN_POINTS] = points_text (rt_card_get_points (card));
      row[RT_CARD_COLUMN_VISIBILITY] = g_strdup (visibility == RT_VISIBILITY_PRIVATE ? C_("table", "非公開") :
                                                 visibility == RT_VISIBILITY_ANONYMOUS ? C_("table", "発言者非公開") : "");
      row[RT_CARD_COLUMN_STATUS] = g_strdup (status_text (rt_card_get_status (card)));
      row[RT_CARD_COLUMN_RESPONSE_KIND] = g_strdup (response ? rt_response_get_kind (response) : "");
      row[RT_CARD_COLUMN_RESPONSE] = response ? rt_speaker_policy_mask (policy, output, display,
                                                                         rt_response_get_text (response))
                                              : g_strdup ("");
      row[RT_CARD_COLUMN_VERBATIM] = g_strdup ((public_only && visibility == RT_VISIBILITY_ANONYMOUS) ||
                                               display != RT_SPEAKER_DISPLAY_REAL ? ""
                                                                                  : rt_card_get_verbatim (card));
      row[RT_CARD_COLUMN_CREATED] = g_strdup (rt_card_get_created (card));
      row[RT_CARD_COLUMN_MODIFIED] = g_strdup (rt_card_get_modified (card));
      row[RT_CARD_COLUMN_ID] = g_strdup_printf ("%" G_GINT64_FORMAT, rt_card_get_id (card));

      g_ptr_array_add (table->rows, row);
      g_array_append_val (table->meetings, meeting);
      g_object_unref (card);
    }

  return table;
}

RtCardTable *
rt_card_table_ref (RtCardTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return g_atomic_rc_box_acquire (table);
}

void
rt_card_table_unref (RtCardTable *table)
{
  g_return_if_fail (table != NULL);

  g_atomic_rc_box_release_full (table, (GDestroyNotify)rt_card_table_clear);
}

guint
rt_card_table_get_n_rows (RtCardTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

const char *
rt_card_table_get (RtCardTable  *table,
                   guint         row,
                   RtCardColumn  column)
{
  g_return_val_if_fail (table != NULL && row < table->rows->len && column < RT_CARD_N_COLUMNS, NULL);

  return ((char **)table->rows->pdata[row])[column];
}

/* CSV */

/* Characters that look the same in JIS and in CP932 but have other code
 * points: written as CP932 has them. */
static const struct {
  gunichar from;
  gunichar to;
} cp932_twins[] = {
  { 0x301C, 0xFF5E },  /* 〜 WAVE DASH → ～ */
  { 0x2016, 0x2225 },  /* ‖ → ∥ */
  { 0x2212, 0xFF0D },  /* − MINUS SIGN → － */
  { 0x2014, 0x2015 },  /* — EM DASH → ― */
  { 0x00A2, 0xFFE0 },  /* ¢ */
  { 0x00A3, 0xFFE1 },  /* £ */
  { 0x00AC, 0xFFE2 },  /* ¬ */
};

static void
append_cp932_twins (GString    *s,
                    const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      for (guint i = 0; i < G_N_ELEMENTS (cp932_twins); i++)
        if (c == cp932_twins[i].from)
          c = cp932_twins[i].to;
      g_string_append_unichar (s, c);
    }
}

static gboolean
needs_quotes (const char *field)
{
  return field[0] == ' ' || strpbrk (field, ",\"\r\n") != NULL ||
         (field[0] != '\0' && field[strlen (field) - 1] == ' ');
}

/* RFC 4180: a field with a comma, a quote or a line break is quoted, its
 * quotes doubled; a formula-like field gets an apostrophe in front. */
static void
append_field (GString    *s,
              const char *field)
{
  gboolean formula = strchr ("=+-@", field[0]) != NULL && field[0] != '\0';
  gboolean quote = needs_quotes (field);

  if (quote)
    g_string_append_c (s, '"');
  if (formula)
    g_string_append_c (s, '\'');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  if (quote)
    g_string_append_c (s, '"');
}

static void
append_row (GString            *s,
            const char * const *fields)
{
  for (guint i = 0; i < RT_CARD_N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      append_field (s, fields[i]);
    }
  g_string_append (s, "\r\n");
}

/* Converts @utf8 to CP932, or tells which character of which row and
 * column cannot be. */
static gboolean
check_cp932 (GIConv       conv,
             const char  *utf8,
             guint        row,
             RtCardColumn column,
             GError     **error)
{
  g_autofree char *out = NULL;
  gsize read = 0;

  if (utf8[0] == '\0')
    return TRUE;

  out = g_convert_with_iconv (utf8, -1, conv, &read, NULL, NULL);
  if (out != NULL)
    return TRUE;

  {
    gunichar c = g_utf8_get_char_validated (utf8 + read, -1);
    char buffer[8] = { 0, };

    g_unichar_to_utf8 (c, buffer);
    g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_UNREPRESENTABLE,
                 _("Row %u, column “%s”: the character “%s” (U+%04X) cannot be written in Shift_JIS. "
                   "Export as UTF-8, or change the text."),
                 row, rt_card_column_get_title (column), buffer, c);
    return FALSE;
  }
}

/**
 * rt_card_table_to_csv:
 *
 * Returns: (transfer full): the table as CSV, or %NULL with @error set
 */
GBytes *
rt_card_table_to_csv (RtCardTable    *table,
                      RtCsvEncoding   encoding,
                      GError        **error)
{
  g_autoptr(GString) s = g_string_sized_new (256 + table->rows->len * 400);
  const char *header[RT_CARD_N_COLUMNS];
  g_autofree char *bytes = NULL;
  gsize length;

  g_return_val_if_fail (table != NULL, NULL);

  if (encoding == RT_CSV_ENCODING_UTF8)
    g_string_append (s, "\xEF\xBB\xBF");

  for (guint i = 0; i < RT_CARD_N_COLUMNS; i++)
    header[i] = rt_card_column_get_title (i);
  append_row (s, header);
  for (guint i = 0; i < table->rows->len; i++)
    append_row (s, (const char * const *)table->rows->pdata[i]);

  if (encoding == RT_CSV_ENCODING_UTF8)
    return g_string_free_to_bytes (g_steal_pointer (&s));

  {
    g_autoptr(GString) twins = g_string_sized_new (s->len);
    GIConv conv = g_iconv_open ("CP932", "UTF-8");

    if (conv == (GIConv)-1)
      {
        g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_FAILED,
                             _("This system cannot convert text to Shift_JIS (CP932)."));
        return NULL;
      }

    append_cp932_twins (twins, s->str);
    bytes = g_convert_with_iconv (twins->str, twins->len, conv, NULL, &length, NULL);
    if (bytes == NULL)
      {
        /* Find the culprit, for a message that helps. */
        for (guint i = 0; i < table->rows->len; i++)
          for (guint c = 0; c < RT_CARD_N_COLUMNS; c++)
            {
              g_autoptr(GString) field = g_string_new (NULL);

              append_cp932_twins (field, ((char **)table->rows->pdata[i])[c]);
              if (!check_cp932 (conv, field->str, i + 1, c, error))
                {
                  g_iconv_close (conv);
                  return NULL;
                }
            }
        g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_UNREPRESENTABLE,
                             _("The table cannot be written in Shift_JIS. Export as UTF-8."));
        g_iconv_close (conv);
        return NULL;
      }
    g_iconv_close (conv);

    return g_bytes_new_take (g_steal_pointer (&bytes), length);
  }
}

/* .xlsx */

static gboolean
set_xlsx_error (GError    **error,
                lxw_error   status)
{
  g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_FAILED, _("Could not write the workbook: %s"),
               lxw_strerror (status));
  return FALSE;
}

typedef struct
{
  lxw_format *header;
  lxw_format *text;
  lxw_format *number;
  lxw_format *date;
} Formats;

static gboolean
parse_date (const char   *iso,
            lxw_datetime *datetime)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  *datetime = (lxw_datetime) { y, m, d, 0, 0, 0 };
  return TRUE;
}

static gboolean
add_sheet (lxw_workbook  *workbook,
           const Formats *formats,
           RtCardTable   *table,
           const char    *name,
           int            meeting,
           GCancellable  *cancellable,
           GError       **error)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, name);
  lxw_row_t r = 0;
  lxw_error status;

  if (sheet == NULL)
    return set_xlsx_error (error, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);

  for (guint c = 0; c < RT_CARD_N_COLUMNS; c++)
    {
      worksheet_set_column (sheet, c, c, columns[c].width, NULL);
      worksheet_write_string (sheet, 0, c, rt_card_column_get_title (c), formats->header);
    }
  worksheet_freeze_panes (sheet, 1, 0);

  for (guint i = 0; i < table->rows->len; i++)
    {
      char **row = table->rows->pdata[i];

      if (meeting >= 0 && g_array_index (table->meetings, int, i) != meeting)
        continue;
      if (i % 1000 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      r++;
      for (guint c = 0; c < RT_CARD_N_COLUMNS; c++)
        {
          lxw_datetime date;

          if (c == RT_CARD_COLUMN_NUMBER || c == RT_CARD_COLUMN_ID)
            status = worksheet_write_number (sheet, r, c, g_ascii_strtod (row[c], NULL), formats->number);
          else if (c == RT_CARD_COLUMN_MEETING_DATE && parse_date (row[c], &date))
            status = worksheet_write_datetime (sheet, r, c, &date, formats->date);
          else if (row[c][0] != '\0')
            status = worksheet_write_string (sheet, r, c, row[c], formats->text);
          else
            status = LXW_NO_ERROR;

          if (status == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            {
              g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                           _("Card %s is longer than an Excel cell can hold (32,767 characters)."),
                           row[RT_CARD_COLUMN_ID]);
              return FALSE;
            }
          if (status != LXW_NO_ERROR)
            return set_xlsx_error (error, status);
        }
    }

  worksheet_autofilter (sheet, 0, 0, r, RT_CARD_N_COLUMNS - 1);
  return TRUE;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

static gboolean
write_xlsx (RtCardTable                 *table,
            const RtCardTableOptions  *options,
            const char                  *path,
            GCancellable                *cancellable,
            GError                     **error)
{
  g_autofree char *tmpdir = g_path_get_dirname (path);
  lxw_workbook_options workbook_options = { .constant_memory = LXW_FALSE, .tmpdir = tmpdir, .use_zip64 = LXW_FALSE };
  lxw_doc_properties properties = { 0, };
  lxw_workbook *workbook;
  lxw_error status;
  Formats formats;
  gboolean ok = TRUE;

  if (!(workbook = workbook_new_opt (path, &workbook_options)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not create the workbook %s."), path);
      return FALSE;
    }

  properties.title = table->title;
  properties.author = table->author;
  properties.comments = (char *)"Ronten " PACKAGE_VERSION;
  workbook_set_properties (workbook, &properties);

  formats.header = workbook_add_format (workbook);
  format_set_bold (formats.header);
  format_set_text_wrap (formats.header);
  format_set_align (formats.header, LXW_ALIGN_CENTER);
  format_set_align (formats.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color (formats.header, 0xE0E0E0);
  format_set_border (formats.header, LXW_BORDER_THIN);
  formats.text = workbook_add_format (workbook);
  format_set_text_wrap (formats.text);
  format_set_align (formats.text, LXW_ALIGN_VERTICAL_TOP);
  formats.number = workbook_add_format (workbook);
  format_set_align (formats.number, LXW_ALIGN_VERTICAL_TOP);
  formats.date = workbook_add_format (workbook);
  format_set_num_format (formats.date, "yyyy/mm/dd");
  format_set_align (formats.date, LXW_ALIGN_VERTICAL_TOP);

  if (!options->sheet_per_meeting)
    ok = add_sheet (workbook, &formats, table, C_("table", "意見カード"), -1, cancellable, error);
  else
    {
      g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (int));

      for (guint i = 0; i < table->meetings->len; i++)
        {
          int number = g_array_index (table->meetings, int, i);
          gboolean seen = FALSE;

          for (guint k = 0; k < numbers->len && !seen; k++)
            seen = g_array_index (numbers, int, k) == number;
          if (!seen)
            g_array_append_val (numbers, number);
        }
      g_array_sort (numbers, compare_ints);

      /* An empty committee still gets its sheet. */
      if (numbers->len == 0)
        ok = add_sheet (workbook, &formats, table, C_("table", "意見カード"), -1, cancellable, error);

      for (guint k = 0; k < numbers->len && ok; k++)
        {
          int number = g_array_index (numbers, int, k);
          g_autofree char *name = number > 0 ? g_strdup_printf (C_("table", "第%d回"), number)
                                             : g_strdup (C_("table", "会議なし"));

          ok = add_sheet (workbook, &formats, table, name, number, cancellable, error);
        }
    }

  status = workbook_close (workbook);
  if (ok && status != LXW_NO_ERROR)
    return set_xlsx_error (error, status);

  return ok;
}

/**
 * rt_card_table_write:
 *
 * Writes @table to @path as @options say. Safe in any thread. @path is
 * replaced in one step: it is either the old file or the whole new one.
 */
gboolean
rt_card_table_write (RtCardTable                 *table,
                     const RtCardTableOptions  *options,
                     const char                  *path,
                     GCancellable                *cancellable,
                     GError                     **error)
{
  g_autofree char *tmp = NULL;
  int fd;

  g_return_val_if_fail (table != NULL && options != NULL && path != NULL, FALSE);

  if (options->format == RT_CARD_TABLE_CSV)
    {
      g_autoptr(GBytes) bytes = rt_card_table_to_csv (table, options->encoding, error);
      gconstpointer data;
      gsize length;

      if (bytes == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      data = g_bytes_get_data (bytes, &length);
      return g_file_set_contents (path, data, length, error);
    }

  tmp = g_strdup_printf ("%s.XXXXXX", path);
  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("Could not write %s: %s"),
                   path, g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);

  if (!write_xlsx (table, options, tmp, cancellable, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  /* libxlsxwriter wrote a private temporary file; the workbook takes the
   * place of @path in one step, with the permissions of a new file. */
  {
    g_autofree char *contents = NULL;
    gsize length;
    gboolean ok = g_file_get_contents (tmp, &contents, &length, error) &&
                  g_file_set_contents (path, contents, length, error);

    g_unlink (tmp);
    return ok;
  }
}

typedef struct
{
  RtCardTable          *table;
  RtCardTableOptions  options;
  char                 *path;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  rt_card_table_unref (job->table);
  g_free (job->path);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (rt_card_table_write (job->table, &job->options, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * rt_card_table_write_async:
 * @table: a table read on the main thread with rt_card_table_new()
 *
 * Writes the table in a worker thread.
 */
void
rt_card_table_write_async (RtCardTable                 *table,
                           const RtCardTableOptions  *options,
                           const char                  *path,
                           GCancellable                *cancellable,
                           GAsyncReadyCallback          callback,
                           gpointer                     user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (table != NULL && options != NULL && path != NULL);

  job = g_new0 (WriteJob, 1);
  job->table = rt_card_table_ref (table);
  job->options = *options;
  job->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_card_table_write_async);
  g_task_set_task_data (task, job, (GDestroyNotify)write_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
rt_card_table_write_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
