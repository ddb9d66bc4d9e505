/* rt-sheet.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <math.h>
#include <string.h>

#include "rt-minutes.h"
#include "rt-sheet.h"
#include "rt-zip.h"

/* See rt-sheet.h. Cells live in one string chunk; a row is an array of
 * pointers into it, as long as the table is wide. */

G_DEFINE_QUARK (rt-sheet-error-quark, rt_sheet_error)

struct _RtTable
{
  GStringChunk *chunk;
  GPtrArray    *rows;      /* const char ** of n_columns cells */
  GArray       *lines;     /* guint: the line (CSV) or sheet row of each row */
  guint         n_columns;
  char         *encoding;
  char        **sheets;
  char         *sheet;
};

static RtSheet *
table_new (void)
{
  RtSheet *table = g_atomic_rc_box_new0 (RtSheet);

  table->chunk = g_string_chunk_new (64 * 1024);
  table->rows = g_ptr_array_new_with_free_func (g_free);
  table->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  table->sheets = g_new0 (char *, 1);

  return table;
}

static void
table_clear (RtSheet *table)
{
  g_string_chunk_free (table->chunk);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_free (table->encoding);
  g_strfreev (table->sheets);
  g_free (table->sheet);
}

RtSheet *
rt_sheet_ref (RtSheet *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return g_atomic_rc_box_acquire (table);
}

void
rt_sheet_unref (RtSheet *table)
{
  g_return_if_fail (table != NULL);

  g_atomic_rc_box_release_full (table, (GDestroyNotify)table_clear);
}

/* Rows are built as GPtrArrays of cells, then made as wide as the table. */
static gboolean
add_row (RtSheet    *table,
         GPtrArray  *cells,
         guint       line,
         GError    **error)
{
  const char **row;
  gboolean empty = TRUE;

  for (guint i = 0; i < cells->len && empty; i++)
    empty = ((const char *)cells->pdata[i])[0] == '\0';
  if (empty)
    return TRUE;

  if (table->rows->len >= RT_SHEET_MAX_ROWS)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                   _("The table has more than %d rows; split it and import the parts."), RT_SHEET_MAX_ROWS);
      return FALSE;
    }
  if (cells->len > RT_SHEET_MAX_COLUMNS)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                   _("Line %u has more than %d columns."), line, RT_SHEET_MAX_COLUMNS);
      return FALSE;
    }

  row = g_new (const char *, MAX (cells->len, 1));
  for (guint i = 0; i < cells->len; i++)
    row[i] = cells->pdata[i];
  g_ptr_array_add (table->rows, row);
  g_array_append_val (table->lines, line);

  /* Widen the rows so far when this one is wider: rare, so done here. */
  if (cells->len > table->n_columns)
    {
      for (guint r = 0; r + 1 < table->rows->len; r++)
        {
          const char **old = table->rows->pdata[r];
          const char **wide = g_new (const char *, cells->len);

          memcpy (wide, old, table->n_columns * sizeof (char *));
          for (guint c = table->n_columns; c < cells->len; c++)
            wide[c] = "";
          g_free (old);
          table->rows->pdata[r] = wide;
        }
      table->n_columns = cells->len;
    }
  else if (cells->len < table->n_columns)
    {
      row = g_renew (const char *, row, table->n_columns);
      for (guint c = cells->len; c < table->n_columns; c++)
        row[c] = "";
      table->rows->pdata[table->rows->len - 1] = row;
    }

  return TRUE;
}

static gboolean
check_not_empty (RtSheet  *table,
                 GError  **error)
{
  if (table->rows->len > 0)
    return TRUE;

  g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_EMPTY, _("The table has no rows."));
  return FALSE;
}

/* CSV */

/* Excel's mark for text that looks like a formula: '=SUM… is the text =SUM… */
static const char *
strip_text_mark (const char *field)
{
  if (field[0] == '\'' && field[1] != '\0' && strchr ("=+-@", field[1]) != NULL)
    return field + 1;
  return field;
}

static char
guess_separator (const char *text,
                 gsize       length)
{
  const char *end = memchr (text, '\n', length);
  gsize n = end ? (gsize)(end - text) : length;

  if (memchr (text, '\t', n) != NULL && memchr (text, ',', n) == NULL)
    return '\t';
  return ',';
}

static RtSheet *
parse_csv (const char  *text,
           gsize        length,
           GError     **error)
{
  g_autoptr(RtSheet) table = table_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text, *end = text + length;
  char separator = guess_separator (text, length);
  guint line = 1, row_line = 1;

  while (p <= end)
    {
      gboolean row_ends = FALSE;

      g_string_truncate (field, 0);

      if (p < end && *p == '"')
        {
          guint open_line = line;

          p++;
          for (;;)
            {
              const char *q;

              if (p >= end)
                {
                  g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID,
                               _("Line %u: a quoted field opened here is never closed."), open_line);
                  return NULL;
                }
              q = memchr (p, '"', end - p);
              if (q == NULL)
                q = end;
              for (const char *c = p; c < q; c++)
                if (*c == '\n' || (*c == '\r' && (c + 1 >= q || c[1] != '\n')))
                  line++;
              g_string_append_len (field, p, q - p);
              p = q;
              if (p >= end)
                continue;
              if (p + 1 < end && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                  continue;
                }
              p++;
              break;
            }

          if (p < end && *p != separator && *p != '\r' && *p != '\n')
            {
              g_autofree char *what = g_strndup (p, g_utf8_next_char (p) - p);

              g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID,
                           _("Line %u: a quoted field is followed by “%s” instead of a separator or a line end."),
                           line, what);
              return NULL;
            }
        }
      else
        {
          const char *q = p;

          while (q < end && *q != separator && *q != '\r' && *q != '\n')
            q++;
          g_string_append_len (field, p, q - p);
          p = q;
        }

      g_ptr_array_add (cells, g_string_chunk_insert_len (table->chunk, strip_text_mark (field->str), -1));

      if (p >= end)
        {
          row_ends = TRUE;
          p = end + 1;
        }
      else if (*p == separator)
        p++;
      else
        {
          p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
          line++;
          row_ends = TRUE;
        }

      if (row_ends)
        {
          if (!add_row (table, cells, row_line, error))
            return NULL;
          g_ptr_array_set_size (cells, 0);
          row_line = line;
        }
    }

  if (!check_not_empty (table, error))
    return NULL;

  return g_steal_pointer (&table);
}

/**
 * rt_sheet_read_csv:
 *
 * Reads a CSV file's bytes, in whatever encoding rt_minutes_decode() finds.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtSheet *
rt_sheet_read_csv (const guint8  *data,
                   gsize          length,
                   GError       **error)
{
  g_autoptr(GError) decode_error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *encoding = NULL;
  RtSheet *table;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > RT_SHEET_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max = g_format_size (RT_SHEET_MAX_INPUT);

      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                   _("The file is too large (%s); tables of up to %s can be imported."), size, max);
      return NULL;
    }

  if (!(text = rt_minutes_decode (data, length, &encoding, &decode_error)))
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_ENCODING, "%s", decode_error->message);
      return NULL;
    }

  if (!(table = parse_csv (text, strlen (text), error)))
    return NULL;

  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    table->encoding = g_strdup ("UTF-8 (BOM)");
  else if (g_strcmp0 (encoding, "CP932") == 0 || g_strcmp0 (encoding, "SHIFT_JIS") == 0)
    table->encoding = g_strdup ("Shift_JIS (CP932)");
  else
    table->encoding = g_steal_pointer (&encoding);

  return table;
}

/* .xlsx: the parts are parsed with SAX, one small state machine each. */

typedef enum
{
  PART_RELS,
  PART_WORKBOOK,
  PART_STRINGS,
  PART_STYLES,
  PART_SHEET,
} PartKind;

typedef struct
{
  PartKind          kind;
  xmlParserCtxtPtr  ctxt;
  GError           *error;

  /* rels: Id → Target; Type → Target */
  GHashTable       *rels;
  GHashTable       *rel_types;

  /* workbook */
  GPtrArray        *sheet_names;
  GPtrArray        *sheet_rels;
  gboolean          date1904;

  /* shared strings */
  GPtrArray        *strings;
  int               phonetic_depth;

  /* styles */
  GHashTable       *formats;    /* numFmtId → formatCode */
  GArray           *xf_formats; /* cellXfs: numFmtId of each xf */
  gboolean          in_cell_xfs;

  /* sheet */
  RtSheet          *table;
  GPtrArray        *cells;
  GArray           *xf_dates;   /* gboolean per xf */
  guint             row_number;
  guint             next_column;
  guint             column;
  char             *cell_type;
  guint             cell_style;
  gboolean          in_inline;

  /* text being gathered, inside <t> or <v> */
  GString          *text;
  gboolean          gathering;
  int               depth;
} Part;

static char *
attribute (const xmlChar **attributes,
           int             n,
           const char     *name)
{
  for (int i = 0; i < n; i++)
    {
      const xmlChar **a = attributes + 5 * i;

      if (strcmp ((const char *)a[0], name) == 0)
        return g_strndup ((const char *)a[3], a[4] - a[3]);
    }
  return NULL;
}

static void
part_fail (Part       *part,
           GError     *error)
{
  if (part->error == NULL)
    part->error = error;
  else
    g_error_free (error);
  xmlStopParser (part->ctxt);
}

/* "BC12" → column 54 (0-based), row 12 */
static gboolean
parse_reference (const char *ref,
                 guint      *column,
                 guint      *row)
{
  guint64 c = 0, r = 0;
  const char *p = ref;

  while (g_ascii_isalpha (*p) && c < 100000)
    c = c * 26 + (g_ascii_toupper (*p++) - 'A' + 1);
  while (g_ascii_isdigit (*p) && r < 100000000)
    r = r * 10 + (*p++ - '0');
  if (c == 0 || *p != '\0')
    return FALSE;

  *column = c - 1;
  if (row != NULL)
    *row = r;
  return TRUE;
}

static gboolean
is_date_format (guint       id,
                const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
    return TRUE;
  if (code == NULL)
    return FALSE;

  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '[')
        bracket = TRUE;
      else if (*p == ']')
        bracket = FALSE;
      else if (bracket)
        continue;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (strchr ("ymdhsegYMDHSEG", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* An Excel serial date as an ISO date, with the time when it has one. */
static char *
format_serial_date (double   serial,
                    gboolean date1904)
{
  g_autoptr(GDateTime) base = NULL;
  g_autoptr(GDateTime) when = NULL;
  double days = floor (serial);
  int seconds = (int)lround ((serial - days) * 86400);

  if (serial < 0 || serial > 2958465)
    return NULL;

  if (date1904)
    base = g_date_time_new_utc (1904, 1, 1, 0, 0, 0);
  else if (days >= 61)
    base = g_date_time_new_utc (1899, 12, 30, 0, 0, 0);
  else
    base = g_date_time_new_utc (1899, 12, 31, 0, 0, 0);

  when = g_date_time_add_seconds (base, days * 86400.0 + seconds);
  if (when == NULL)
    return NULL;
  if (days == 0 && !date1904 && seconds > 0)
    return g_date_time_format (when, "%H:%M:%S");
  if (seconds > 0)
    return g_date_time_format (when, "%Y-%m-%d %H:%M:%S");
  return g_date_time_format (when, "%Y-%m-%d");
}

static char *
format_number (const char *text)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (end == text || *end != '\0' || !isfinite (value))
    return g_strdup (text);
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

static void
finish_cell (Part *part)
{
  g_autofree char *value = NULL;
  const char *text = part->text->str;
  const char *type = part->cell_type ? part->cell_type : "n";

  if (g_str_equal (type, "s"))
    {
      guint64 index;

      if (g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &index, NULL) && index < part->strings->len)
        value = g_strdup (part->strings->pdata[index]);
      else
        value = g_strdup ("");
    }
  else if (g_str_equal (type, "b"))
    value = g_strdup (g_str_equal (text, "1") ? "TRUE" : "FALSE");
  else if (g_str_equal (type, "n"))
    {
      gboolean is_date = part->cell_style < part->xf_dates->len &&
                         g_array_index (part->xf_dates, gboolean, part->cell_style);
      char *end = NULL;
      double serial = g_ascii_strtod (text, &end);

      if (is_date && end != text && *end == '\0')
        value = format_serial_date (serial, part->date1904);
      if (value == NULL)
        value = text[0] != '\0' ? format_number (text) : g_strdup ("");
    }
  else
    value = g_strdup (text);

  if (!g_utf8_validate (value, -1, NULL))
    {
      g_free (value);
      value = g_strdup ("");
    }

  if (value[0] != '\0')
    {
      if (part->column >= RT_SHEET_MAX_COLUMNS)
        {
          part_fail (part, g_error_new (RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                                        _("Row %u has a value beyond column %d."), part->row_number,
                                        RT_SHEET_MAX_COLUMNS));
          return;
        }
      while (part->cells->len <= part->column)
        g_ptr_array_add (part->cells, (gpointer)"");
      part->cells->pdata[part->column] = g_string_chunk_insert (part->table->chunk, value);
    }
}

static void
on_start (void           *user_data,
          const xmlChar  *localname,
          const xmlChar  *prefix,
          const xmlChar  *uri,
          int             n_namespaces,
          const xmlChar **namespaces,
          int             n_attributes,
          int             n_defaulted,
          const xmlChar **attributes)
{
  Part *part = user_data;
  const char *name = (const char *)localname;

  part->depth++;

  switch (part->kind)
    {
    case PART_RELS:
      if (g_str_equal (name, "Relationship"))
        {
          char *id = attribute (attributes, n_attributes, "Id");
          char *target = attribute (attributes, n_attributes, "Target");
          char *type = attribute (attributes, n_attributes, "Type");

          if (id != NULL && target != NULL)
            g_hash_table_insert (part->rels, id, g_strdup (target));
          else
            g_free (id);
          if (type != NULL && target != NULL)
            g_hash_table_insert (part->rel_types, type, target);
          else
            {
              g_free (type);
              g_free (target);
            }
        }
      break;

    case PART_WORKBOOK:
      if (g_str_equal (name, "sheet"))
        {
          char *sheet = attribute (attributes, n_attributes, "name");
          char *rel = attribute (attributes, n_attributes, "id");

          g_ptr_array_add (part->sheet_names, sheet ? sheet : g_strdup (""));
          g_ptr_array_add (part->sheet_rels, rel ? rel : g_strdup (""));
        }
      else if (g_str_equal (name, "workbookPr"))
        {
          g_autofree char *date1904 = attribute (attributes, n_attributes, "date1904");

          part->date1904 = date1904 != NULL && (g_str_equal (date1904, "1") || g_str_equal (date1904, "true"));
        }
      break;

    case PART_STRINGS:
      if (g_str_equal (name, "si"))
        g_string_truncate (part->text, 0);
      else if (g_str_equal (name, "rPh"))
        part->phonetic_depth++;
      else if (g_str_equal (name, "t") && part->phonetic_depth == 0)
        part->gathering = TRUE;
      break;

    case PART_STYLES:
      if (g_str_equal (name, "numFmt"))
        {
          g_autofree char *id = attribute (attributes, n_attributes, "numFmtId");
          char *code = attribute (attributes, n_attributes, "formatCode");
          guint64 n;

          if (id != NULL && g_ascii_string_to_unsigned (id, 10, 0, 100000, &n, NULL))
            g_hash_table_insert (part->formats, GUINT_TO_POINTER ((guint)n), code);
          else
            g_free (code);
        }
      else if (g_str_equal (name, "cellXfs"))
        part->in_cell_xfs = TRUE;
      else if (g_str_equal (name, "xf") && part->in_cell_xfs)
        {
          g_autofree char *id = attribute (attributes, n_attributes, "numFmtId");
          guint64 n = 0;

          if (id == NULL || !g_ascii_string_to_unsigned (id, 10, 0, 100000, &n, NULL))
            n = 0;
          g_array_append_val (part->xf_formats, (guint){ n });
        }
      break;

    case PART_SHEET:
      if (g_str_equal (name, "row"))
        {
          g_autofree char *r = attribute (attributes, n_attributes, "r");
          guint64 n;

          if (r != NULL && g_ascii_string_to_unsigned (r, 10, 1, G_MAXUINT, &n, NULL))
            part->row_number = n;
          else
            part->row_number++;
          g_ptr_array_set_size (part->cells, 0);
          part->next_column = 0;
        }
      else if (g_str_equal (name, "c"))
        {
          g_autofree char *r = attribute (attributes, n_attributes, "r");
          g_autofree char *s = attribute (attributes, n_attributes, "s");
          guint64 style = 0;

          g_free (part->cell_type);
          part->cell_type = attribute (attributes, n_attributes, "t");
          if (r == NULL || !parse_reference (r, &part->column, NULL))
            part->column = part->next_column;
          part->next_column = part->column + 1;
          part->cell_style = s != NULL && g_ascii_string_to_unsigned (s, 10, 0, G_MAXUINT, &style, NULL) ? style : 0;
          g_string_truncate (part->text, 0);
        }
      else if (g_str_equal (name, "is"))
        part->in_inline = TRUE;
      else if (g_str_equal (name, "rPh"))
        part->phonetic_depth++;
      else if ((g_str_equal (name, "v") || (g_str_equal (name, "t") && part->in_inline)) && part->phonetic_depth == 0)
        part->gathering = TRUE;
      break;

    default:
      break;
    }
}

static void
on_end (void          *user_data,
        const xmlChar *localname,
        const xmlChar *prefix,
        const xmlChar *uri)
{
  Part *part = user_data;
  const char *name = (const char *)localname;

  part->depth--;

  if (g_str_equal (name, "t") || g_str_equal (name, "v"))
    part->gathering = FALSE;
  if (g_str_equal (name, "rPh"))
    part->phonetic_depth--;

  switch (part->kind)
    {
    case PART_STRINGS:
      if (g_str_equal (name, "si"))
        {
          if (part->strings->len >= RT_SHEET_MAX_ROWS * 16)
            {
              part_fail (part, g_error_new (RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                                            _("The workbook has too many texts.")));
              return;
            }
          g_ptr_array_add (part->strings, g_strdup (part->text->str));
        }
      break;

    case PART_STYLES:
      if (g_str_equal (name, "cellXfs"))
        part->in_cell_xfs = FALSE;
      break;

    case PART_SHEET:
      if (g_str_equal (name, "c"))
        finish_cell (part);
      else if (g_str_equal (name, "is"))
        part->in_inline = FALSE;
      else if (g_str_equal (name, "row"))
        {
          GError *error = NULL;

          if (!add_row (part->table, part->cells, part->row_number, &error))
            part_fail (part, error);
          g_ptr_array_set_size (part->cells, 0);
        }
      break;

    case PART_RELS:
    case PART_WORKBOOK:
    default:
      break;
    }
}

static void
on_characters (void          *user_data,
               const xmlChar *text,
               int            length)
{
  Part *part = user_data;

  if (!part->gathering)
    return;

  if (part->text->len + length > 1024 * 1024)
    {
      part_fail (part, g_error_new (RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                                    _("A cell of the workbook holds more than 1 MB of text.")));
      return;
    }
  g_string_append_len (part->text, (const char *)text, length);
}

static void
on_subset (void          *user_data,
           const xmlChar *name,
           const xmlChar *external_id,
           const xmlChar *system_id)
{
  Part *part = user_data;

  /* Office never writes a DTD; one here can only be an attack (entity
   * expansion, external entities): stop before its declarations. */
  part_fail (part, g_error_new_literal (RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID,
                                        _("The workbook contains a document type declaration, "
                                          "which Office files never have; it is not read.")));
}

static void
on_entity (void          *user_data,
           const xmlChar *name,
           int            type,
           const xmlChar *public_id,
           const xmlChar *system_id,
           xmlChar       *content)
{
  on_subset (user_data, name, public_id, system_id);
}

static void
on_error (void       *user_data,
          xmlErrorPtr error)
{
  Part *part = user_data;
  g_autofree char *reason = NULL;

  if (error->level < XML_ERR_ERROR || part->error != NULL)
    return;

  /* libxml2 may quote bytes of the broken file in its message. */
  reason = g_utf8_make_valid (error->message ? error->message : "?", -1);
  part->error = g_error_new (RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID,
                             _("The workbook is damaged: %s (line %d)."),
                             g_strstrip (reason), error->line);
}

static gboolean
parse_part (Part       *part,
            GBytes     *bytes,
            GError    **error)
{
  xmlSAXHandler sax;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start;
  sax.endElementNs = on_end;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;
  sax.internalSubset = on_subset;
  sax.externalSubset = on_subset;
  sax.entityDecl = on_entity;
  sax.serror = on_error;

  part->ctxt = xmlCreatePushParserCtxt (&sax, part, NULL, 0, NULL);
  if (part->ctxt == NULL)
    {
      g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_FAILED, _("Could not read the workbook."));
      return FALSE;
    }
  /* No network, no entity substitution, no DTD loaded; libxml2's own limits
   * on text and depth stay on (no XML_PARSE_HUGE). */
  xmlCtxtUseOptions (part->ctxt, XML_PARSE_NONET);

  while (length > 0 && part->error == NULL)
    {
      int chunk = (int)MIN (length, 1024 * 1024);

      if (xmlParseChunk (part->ctxt, data, chunk, 0) != 0 && part->error == NULL)
        part->error = g_error_new_literal (RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID, _("The workbook is damaged."));
      data += chunk;
      length -= chunk;
    }
  if (part->error == NULL && xmlParseChunk (part->ctxt, NULL, 0, 1) != 0 && part->error == NULL)
    part->error = g_error_new_literal (RT_SHEET_ERROR, RT_SHEET_ERROR_INVALID, _("The workbook is damaged."));

  xmlFreeParserCtxt (part->ctxt);
  part->ctxt = NULL;

  if (part->error != NULL)
    {
      g_propagate_error (error, part->error);
      part->error = NULL;
      return FALSE;
    }

  return TRUE;
}

static void
part_init (Part     *part,
           PartKind  kind)
{
  memset (part, 0, sizeof *part);
  part->kind = kind;
  part->text = g_string_new (NULL);
}

static void
part_clear (Part *part)
{
  g_string_free (part->text, TRUE);
  g_clear_pointer (&part->rels, g_hash_table_unref);
  g_clear_pointer (&part->rel_types, g_hash_table_unref);
  g_clear_pointer (&part->sheet_names, g_ptr_array_unref);
  g_clear_pointer (&part->sheet_rels, g_ptr_array_unref);
  g_clear_pointer (&part->strings, g_ptr_array_unref);
  g_clear_pointer (&part->formats, g_hash_table_unref);
  g_clear_pointer (&part->xf_formats, g_array_unref);
  g_clear_pointer (&part->cells, g_ptr_array_unref);
  g_clear_pointer (&part->xf_dates, g_array_unref);
  g_free (part->cell_type);
}

/* Reads a .rels part: relationships by id, and targets by type. */
static gboolean
read_rels (RtZipReader  *zip,
           const char   *name,
           GHashTable  **by_id,
           GHashTable  **by_type,
           GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  Part part;
  gboolean ok;

  part_init (&part, PART_RELS);
  part.rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  part.rel_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!rt_zip_reader_has (zip, name))
    ok = TRUE;
  else
    ok = (bytes = rt_zip_reader_read (zip, name, error)) != NULL && parse_part (&part, bytes, error);

  if (ok)
    {
      *by_id = g_steal_pointer (&part.rels);
      *by_type = g_steal_pointer (&part.rel_types);
    }
  part_clear (&part);
  return ok;
}

static const char *
find_type (GHashTable *types,
           const char *suffix)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, types);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_suffix (key, suffix))
      return value;
  return NULL;
}

/* A relationship target, relative to the folder of the part that names it. */
static char *
resolve (const char *folder,
         const char *target)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else
    joined = g_strconcat (folder, target, NULL);

  parts = g_strsplit (joined, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] == '\0' || g_str_equal (parts[i], "."))
        continue;
      if (g_str_equal (parts[i], ".."))
        {
          if (path->len > 0)
            g_ptr_array_set_size (path, path->len - 1);
          continue;
        }
      g_ptr_array_add (path, parts[i]);
    }
  g_ptr_array_add (path, NULL);

  return g_strjoinv ("/", (char **)path->pdata);
}

static gboolean
read_optional_part (RtZipReader  *zip,
                    const char   *name,
                    Part         *part,
                    GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;

  if (name == NULL || !rt_zip_reader_has (zip, name))
    return TRUE;

  return (bytes = rt_zip_reader_read (zip, name, error)) != NULL && parse_part (part, bytes, error);
}

static void
set_zip_error (GError **error,
               GError  *zip_error)
{
  g_set_error (error, RT_SHEET_ERROR,
               g_error_matches (zip_error, RT_ZIP_ERROR, RT_ZIP_ERROR_TOO_LARGE) ? RT_SHEET_ERROR_TOO_LARGE
                                                                                : RT_SHEET_ERROR_INVALID,
               "%s", zip_error->message);
}

static RtSheet *
read_xlsx (const guint8  *data,
           gsize          length,
           const char    *sheet,
           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RtZipReader) zip = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) package_rels = NULL;
  g_autoptr(GHashTable) package_types = NULL;
  g_autoptr(GHashTable) book_rels = NULL;
  g_autoptr(GHashTable) book_types = NULL;
  g_autoptr(RtSheet) table = NULL;
  g_autofree char *book = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *book_rels_name = NULL;
  g_autofree char *strings_name = NULL;
  g_autofree char *styles_name = NULL;
  g_autofree char *sheet_name = NULL;
  g_autoptr(GBytes) sheet_bytes = NULL;
  const char *target;
  Part workbook, strings, styles, part;
  gboolean ok = FALSE;
  int index = -1;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > RT_SHEET_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *max = g_format_size (RT_SHEET_MAX_INPUT);

      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                   _("The file is too large (%s); tables of up to %s can be imported."), size, max);
      return NULL;
    }

  bytes = g_bytes_new (data, length);
  if (!(zip = rt_zip_reader_new (bytes, RT_SHEET_MAX_XML, &local_error)))
    {
      set_zip_error (error, local_error);
      return NULL;
    }

  if (!read_rels (zip, "_rels/.rels", &package_rels, &package_types, error))
    return NULL;
  target = find_type (package_types, "/officeDocument");
  book = resolve ("", target ? target : "xl/workbook.xml");
  folder = g_path_get_dirname (book);
  if (g_str_equal (folder, "."))
    g_clear_pointer (&folder, g_free);
  {
    char *with_slash = folder ? g_strconcat (folder, "/", NULL) : g_strdup ("");

    g_free (folder);
    folder = with_slash;
  }

  if (!rt_zip_reader_has (zip, book))
    {
      g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET,
                           _("The file is a zip archive but not an Excel workbook (.xlsx)."));
      return NULL;
    }

  {
    g_autofree char *base = g_path_get_basename (book);

    book_rels_name = g_strconcat (folder, "_rels/", base, ".rels", NULL);
  }
  if (!read_rels (zip, book_rels_name, &book_rels, &book_types, error))
    return NULL;

  part_init (&workbook, PART_WORKBOOK);
  part_init (&strings, PART_STRINGS);
  part_init (&styles, PART_STYLES);
  part_init (&part, PART_SHEET);
  workbook.sheet_names = g_ptr_array_new_with_free_func (g_free);
  workbook.sheet_rels = g_ptr_array_new_with_free_func (g_free);
  strings.strings = g_ptr_array_new_with_free_func (g_free);
  styles.formats = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  styles.xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));

  {
    g_autoptr(GBytes) book_bytes = rt_zip_reader_read (zip, book, &local_error);

    if (book_bytes == NULL)
      {
        set_zip_error (error, local_error);
        goto out;
      }
    if (!parse_part (&workbook, book_bytes, error))
      goto out;
  }

  if (workbook.sheet_names->len == 0)
    {
      g_set_error_literal (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET, _("The workbook has no sheet."));
      goto out;
    }

  for (guint i = 0; i < workbook.sheet_names->len && index < 0; i++)
    if (sheet == NULL || g_str_equal (workbook.sheet_names->pdata[i], sheet))
      index = i;
  if (index < 0)
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (workbook.sheet_names, NULL);
      names = g_strjoinv ("、", (char **)workbook.sheet_names->pdata);
      g_ptr_array_set_size (workbook.sheet_names, workbook.sheet_names->len - 1);
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET,
                   _("The workbook has no sheet “%s”. Its sheets are: %s."), sheet, names);
      goto out;
    }

  target = g_hash_table_lookup (book_rels, workbook.sheet_rels->pdata[index]);
  if (target == NULL)
    {
      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET,
                   _("The sheet “%s” of the workbook is missing."), (char *)workbook.sheet_names->pdata[index]);
      goto out;
    }
  sheet_name = resolve (folder, target);

  target = find_type (book_types, "/sharedStrings");
  strings_name = target ? resolve (folder, target) : g_strconcat (folder, "sharedStrings.xml", NULL);
  target = find_type (book_types, "/styles");
  styles_name = target ? resolve (folder, target) : g_strconcat (folder, "styles.xml", NULL);

  if (!read_optional_part (zip, strings_name, &strings, error) ||
      !read_optional_part (zip, styles_name, &styles, error))
    goto out;

  if (!(sheet_bytes = rt_zip_reader_read (zip, sheet_name, &local_error)))
    {
      if (g_error_matches (local_error, RT_ZIP_ERROR, RT_ZIP_ERROR_NOT_FOUND))
        g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_NO_SHEET,
                     _("The sheet “%s” of the workbook is missing."), (char *)workbook.sheet_names->pdata[index]);
      else
        set_zip_error (error, local_error);
      goto out;
    }

  table = table_new ();
  part.table = table;
  part.strings = g_steal_pointer (&strings.strings);
  part.date1904 = workbook.date1904;
  part.cells = g_ptr_array_new ();
  part.xf_dates = g_array_new (FALSE, FALSE, sizeof (gboolean));
  for (guint i = 0; i < styles.xf_formats->len; i++)
    {
      guint id = g_array_index (styles.xf_formats, guint, i);
      gboolean date = is_date_format (id, g_hash_table_lookup (styles.formats, GUINT_TO_POINTER (id)));

      g_array_append_val (part.xf_dates, date);
    }

  if (!parse_part (&part, sheet_bytes, error) || !check_not_empty (table, error))
    goto out;

  table->encoding = g_strdup ("Excel (.xlsx)");
  table->sheet = g_strdup (workbook.sheet_names->pdata[index]);
  g_ptr_array_add (workbook.sheet_names, NULL);
  g_strfreev (table->sheets);
  table->sheets = (char **)g_ptr_array_free (g_steal_pointer (&workbook.sheet_names), FALSE);
  ok = TRUE;

out:
  part.table = NULL;
  part_clear (&workbook);
  part_clear (&strings);
  part_clear (&styles);
  part_clear (&part);

  return ok ? g_steal_pointer (&table) : NULL;
}

/**
 * rt_sheet_read_xlsx:
 * @sheet: (nullable): the name of the sheet to read; %NULL for the first
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtSheet *
rt_sheet_read_xlsx (const guint8  *data,
                    gsize          length,
                    const char    *sheet,
                    GError       **error)
{
  GError *local_error = NULL;
  RtSheet *table;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if ((table = read_xlsx (data, length, sheet, &local_error)))
    return table;

  /* A damaged entry found while reading is the archive's error: the
   * table's domain for the caller. */
  if (local_error->domain == RT_ZIP_ERROR)
    {
      set_zip_error (error, local_error);
      g_error_free (local_error);
    }
  else
    g_propagate_error (error, local_error);

  return NULL;
}

/**
 * rt_sheet_read:
 * @sheet: (nullable): for a workbook, the sheet to read
 *
 * Reads a workbook (a zip archive) or a CSV file, by its first bytes.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtSheet *
rt_sheet_read (const guint8  *data,
               gsize          length,
               const char    *sheet,
               GError       **error)
{
  if (length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    return rt_sheet_read_xlsx (data, length, sheet, error);

  return rt_sheet_read_csv (data, length, error);
}

/**
 * rt_sheet_load:
 *
 * Reads @file; one larger than %RT_SHEET_MAX_INPUT is refused before it is
 * read.
 *
 * Returns: (transfer full): the table, or %NULL with @error set
 */
RtSheet *
rt_sheet_load (GFile         *file,
               const char    *sheet,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!(info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, error)))
    return NULL;

  if ((guint64)g_file_info_get_size (info) > RT_SHEET_MAX_INPUT)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *max = g_format_size (RT_SHEET_MAX_INPUT);

      g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_TOO_LARGE,
                   _("The file is too large (%s); tables of up to %s can be imported."), size, max);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return rt_sheet_read ((const guint8 *)contents, length, sheet, error);
}

typedef struct
{
  GFile *file;
  char  *sheet;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->file);
  g_free (job->sheet);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  RtSheet *table = rt_sheet_load (job->file, job->sheet, cancellable, &error);

  if (table != NULL)
    g_task_return_pointer (task, table, (GDestroyNotify)rt_sheet_unref);
  else
    g_task_return_error (task, error);
}

/**
 * rt_sheet_load_async:
 * @sheet: (nullable): for a workbook, the sheet to read
 *
 * Reads @file in a worker thread.
 */
void
rt_sheet_load_async (GFile               *file,
                     const char          *sheet,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->sheet = g_strdup (sheet);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rt_sheet_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify)load_job_free);
  g_task_run_in_thread (task, load_thread);
}

RtSheet *
rt_sheet_load_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Access */

guint
rt_sheet_get_n_rows (const RtSheet *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

guint
rt_sheet_get_n_columns (const RtSheet *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->n_columns;
}

/* The cell, or "" beyond the table. */
const char *
rt_sheet_get_cell (const RtSheet *table,
                   guint          row,
                   guint          column)
{
  g_return_val_if_fail (table != NULL, "");

  if (row >= table->rows->len || column >= table->n_columns)
    return "";

  return ((const char **)table->rows->pdata[row])[column];
}

/* How the file was read: "UTF-8", "UTF-8 (BOM)", "UTF-16LE",
 * "Shift_JIS (CP932)" or "Excel (.xlsx)". */
const char *
rt_sheet_get_encoding (const RtSheet *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return table->encoding ? table->encoding : "";
}

/* The sheets of a workbook; none for CSV. */
const char * const *
rt_sheet_get_sheet_names (const RtSheet *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return (const char * const *)table->sheets;
}

const char *
rt_sheet_get_sheet_name (const RtSheet *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  return table->sheet;
}

/* The line of the file (CSV) or the row of the sheet where @row starts. */
guint
rt_sheet_get_line (const RtSheet *table,
                   guint          row)
{
  g_return_val_if_fail (table != NULL && row < table->lines->len, 0);

  return g_array_index (table->lines, guint, row);
}

/**
 * rt_sheet_find_column:
 * @spec: a column's title in the first row, or its number from 1
 *
 * Returns: the 0-based index of the column, or -1 with @error set
 */
int
rt_sheet_find_column (const RtSheet  *table,
                      const char     *spec,
                      GError        **error)
{
  g_autofree char *wanted = NULL;
  g_autoptr(GString) names = NULL;
  guint64 number;

  g_return_val_if_fail (table != NULL && spec != NULL, -1);

  wanted = g_strstrip (g_strdup (spec));
  if (g_ascii_string_to_unsigned (wanted, 10, 1, G_MAXUINT, &number, NULL) && number <= table->n_columns)
    return number - 1;

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *title = g_strstrip (g_strdup (rt_sheet_get_cell (table, 0, c)));

      if (wanted[0] != '\0' && g_str_equal (title, wanted))
        return c;
    }

  names = g_string_new (NULL);
  for (guint c = 0; c < table->n_columns && c < 30; c++)
    {
      if (names->len > 0)
        g_string_append (names, "、");
      g_string_append_printf (names, "%u「%s」", c + 1, rt_sheet_get_cell (table, 0, c));
    }
  g_set_error (error, RT_SHEET_ERROR, RT_SHEET_ERROR_COLUMN,
               _("The table has no column “%s”. Its columns are: %s."), wanted, names->str);
  return -1;
}

/**
 * rt_sheet_to_text:
 * @row_offsets: (out) (optional): where each row starts in the text (gsize),
 *   and after the last, where the text ends
 *
 * The table as CSV text (RFC 4180, LF line ends): what an import keeps as
 * its source, so that each card can be traced back to its row.
 *
 * Returns: (transfer full): the text
 */
char *
rt_sheet_to_text (const RtSheet  *table,
                  GArray        **row_offsets)
{
  GString *s = g_string_new (NULL);
  GArray *offsets = g_array_sized_new (FALSE, FALSE, sizeof (gsize), table->rows->len + 1);

  for (guint r = 0; r < table->rows->len; r++)
    {
      g_array_append_val (offsets, s->len);
      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *cell = rt_sheet_get_cell (table, r, c);

          if (c > 0)
            g_string_append_c (s, ',');
          if (strpbrk (cell, ",\"\r\n") != NULL)
            {
              g_string_append_c (s, '"');
              for (const char *p = cell; *p != '\0'; p++)
                {
                  if (*p == '"')
                    g_string_append_c (s, '"');
                  g_string_append_c (s, *p);
                }
              g_string_append_c (s, '"');
            }
          else
            g_string_append (s, cell);
        }
      g_string_append_c (s, '\n');
    }
  g_array_append_val (offsets, s->len);

  if (row_offsets != NULL)
    *row_offsets = offsets;
  else
    g_array_unref (offsets);

  return g_string_free (s, FALSE);
}
