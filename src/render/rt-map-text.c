/* rt-map-text.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-map-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rt-map-private.h"

/* The words of the map and the size of its nodes. Every node is as large as
 * its text at RT_MAP_TEXT_SIZE, so that the layout leaves room for it: a card
 * as wide as twelve characters and as tall as up to three lines of its text,
 * cut after the last word that fits (Pango's line breaks, which in Japanese
 * fall between characters but not before 。or 」) and ended with "…". */

#define FONT_FAMILY "Noto Sans CJK JP"

/* Lines closer than the font's own spacing (1.45 em for Noto CJK): the map's
 * text is short and dense. */
#define LINE_SPACING 0.86

const char *
_rt_map_word (RtMapWord word)
{
  /* The same mechanism as the handouts: Japanese msgids under the context
   * "handout", so an English session still prints 論点. */
  switch (word)
    {
    case RT_MAP_WORD_POINT:
      return C_("handout", "論点");
    case RT_MAP_WORD_PROPOSAL:
      return C_("handout", "提言");
    case RT_MAP_WORD_PERSPECTIVE:
      return C_("handout", "視点");
    case RT_MAP_WORD_THEME:
      return C_("handout", "テーマ");
    case RT_MAP_WORD_CARD:
      return C_("handout", "意見カード");
    case RT_MAP_WORD_MAP:
      return C_("handout", "論点マップ");
    case RT_MAP_N_WORDS:
    default:
      g_assert_not_reached ();
    }
}

char *
_rt_map_point_title (int number)
{
  return g_strdup_printf (C_("handout", "論点%d"), number);
}

/* "5件", the number kept with its counter: a word joiner (U+2060) after the
 * digits, or the line may break between them, as CJK text allows. */
char *
_rt_map_count (guint n)
{
  g_autofree char *count = g_strdup_printf (C_("handout", "%u件"), n);
  GString *joined = g_string_new (NULL);
  gboolean joined_once = FALSE;

  for (const char *p = count; *p != '\0'; p++)
    {
      g_string_append_c (joined, *p);
      if (!joined_once && g_ascii_isdigit (*p) && !g_ascii_isdigit (p[1]) && p[1] != '\0')
        {
          g_string_append (joined, "\u2060");
          joined_once = TRUE;
        }
    }

  return g_string_free (joined, FALSE);
}

/* One Pango context for the map, at 72 dpi so that a 10 pt font is 10 map
 * units tall, without hinting so that text scales smoothly with the zoom and
 * measures the same on screen and on paper. */
PangoContext *
_rt_map_get_pango (RtMap *self)
{
  if (self->pango == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_cairo_context_set_resolution (self->pango, 72);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (self->pango, options);
      pango_context_set_language (self->pango, pango_language_from_string ("ja"));
      pango_context_set_round_glyph_positions (self->pango, FALSE);
      cairo_font_options_destroy (options);
    }

  return self->pango;
}

static PangoFontDescription *
get_font (gboolean bold)
{
  static PangoFontDescription *fonts[2];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      fonts[0] = pango_font_description_from_string (FONT_FAMILY);
      fonts[1] = pango_font_description_from_string (FONT_FAMILY " Bold");
      g_once_init_leave (&initialized, 1);
    }

  return fonts[bold ? 1 : 0];
}

static PangoLayout *
new_layout (RtMap    *self,
            double    size,
            gboolean  bold,
            double    width)
{
  PangoLayout *layout = pango_layout_new (_rt_map_get_pango (self));
  PangoFontDescription *font = pango_font_description_copy_static (get_font (bold));

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE + 0.5));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, LINE_SPACING);

  return layout;
}

double
_rt_map_line_height (RtMap  *self,
                     double  size)
{
  g_autoptr(PangoLayout) layout = new_layout (self, size, FALSE, -1);
  int h1, h2;

  /* Two lines minus one: the pitch, with the spacing. */
  pango_layout_set_text (layout, "論", -1);
  pango_layout_get_size (layout, NULL, &h1);
  pango_layout_set_text (layout, "論\n論", -1);
  pango_layout_get_size (layout, NULL, &h2);

  return (h2 - h1) / (double)PANGO_SCALE;
}

static char *
join_markup (const char *prefix_markup,
             const char *text,
             gsize       length,
             gboolean    ellipsis,
             const char *suffix_markup)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  return g_strconcat (prefix_markup ? prefix_markup : "", escaped, ellipsis ? "…" : "",
                      suffix_markup ? suffix_markup : "", NULL);
}

/**
 * _rt_map_make_fitted_layout:
 * @prefix_markup: (nullable): the bold or coloured beginning, in Pango markup
 * @text: the plain text after it
 * @suffix_markup: (nullable): markup after it, kept whole (a count)
 * @max_lines: at most this many lines; the text is cut after the last word
 *   that fits and "…" added; -1 for no limit
 *
 * Returns: (transfer full): the layout, @size map units (or device units, in
 *   a context at 72 dpi) high
 */
PangoLayout *
_rt_map_make_fitted_layout (RtMap      *self,
                            const char *prefix_markup,
                            const char *text,
                            const char *suffix_markup,
                            double      size,
                            gboolean    bold,
                            double      width,
                            int         max_lines)
{
  PangoLayout *layout = new_layout (self, size, bold, width);
  g_autofree char *markup = join_markup (prefix_markup, text ? text : "", -1, FALSE, suffix_markup);
  g_autofree char *plain = NULL;
  g_autofree PangoLogAttr *attrs = NULL;
  PangoLayoutLine *line;
  gsize prefix_bytes, text_bytes;
  int n_attrs, end;

  pango_layout_set_markup (layout, markup, -1);
  if (max_lines < 0 || width <= 0 || pango_layout_get_line_count (layout) <= max_lines)
    return layout;

  /* Where line max_lines ends, in the layout's plain text, then back to a
   * break opportunity from which the text and "…" fit. */
  plain = g_strdup (pango_layout_get_text (layout));
  {
    const PangoLogAttr *a = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

    attrs = g_memdup2 (a, sizeof (PangoLogAttr) * n_attrs);
  }
  text_bytes = text ? strlen (text) : 0;
  {
    /* The suffix's own plain length: its markup, parsed. */
    g_autofree char *suffix_plain = NULL;
    gsize suffix_bytes = 0;

    if (suffix_markup != NULL && pango_parse_markup (suffix_markup, -1, 0, NULL, &suffix_plain, NULL, NULL))
      suffix_bytes = strlen (suffix_plain);
    prefix_bytes = strlen (plain) - text_bytes - suffix_bytes;
  }
  line = pango_layout_get_line_readonly (layout, max_lines - 1);
  end = g_utf8_pointer_to_offset (plain, plain + line->start_index + line->length);

  for (int cut = MIN (end, n_attrs - 1) - 1; cut > 0; cut--)
    {
      const char *at;
      gsize length;

      if (!attrs[cut].is_line_break)
        continue;

      at = g_utf8_offset_to_pointer (plain, cut);
      if ((gsize)(at - plain) <= prefix_bytes)
        break;
      length = (at - plain) - prefix_bytes;
      /* Not in the suffix: that stays whole. */
      if (length > text_bytes)
        continue;
      /* No space before the "…". */
      while (length > 0 && g_ascii_isspace (text[length - 1]))
        length--;

      g_free (markup);
      markup = join_markup (prefix_markup, text, length, TRUE, suffix_markup);
      pango_layout_set_markup (layout, markup, -1);
      if (pango_layout_get_line_count (layout) <= max_lines)
        return layout;
    }

  /* Not even the first word fits: Pango's own ellipsis, at a character. */
  g_free (markup);
  markup = join_markup (prefix_markup, text ? text : "", -1, FALSE, suffix_markup);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

PangoLayout *
_rt_map_make_layout (RtMap      *self,
                     const char *markup,
                     double      size,
                     gboolean    bold,
                     double      width,
                     int         max_lines)
{
  PangoLayout *layout = new_layout (self, size, bold, width);

  pango_layout_set_markup (layout, markup, -1);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
}


double
_rt_map_layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return h / (double)PANGO_SCALE;
}

/* Points, proposals and perspectives are at least two lines high: room for
 * a label of readable size when the map is folded. */
static double
at_least_two_lines (RtMap       *self,
                    PangoLayout *layout)
{
  return MAX (_rt_map_layout_height (layout), 2 * _rt_map_line_height (self, RT_MAP_TEXT_SIZE));
}

/**
 * _rt_map_size_node:
 *
 * Makes the node's text layout and sets its box to fit it. A theme's header
 * is as wide as its block (n->bw when set).
 */
void
_rt_map_size_node (RtMap     *self,
                   RtMapNode *n)
{
  double text_w, h;

  g_clear_object (&n->text_layout);
  g_clear_object (&n->detail_layout);
  g_clear_object (&n->links_layout);
  g_clear_object (&n->fold_layout);
  g_clear_object (&n->fold_header);

  switch (n->kind)
    {
    case RT_MAP_NODE_CARD:
      text_w = RT_MAP_CARD_WIDTH - 2 * RT_MAP_PAD_X;
      n->text_layout = _rt_map_make_fitted_layout (self, NULL, n->text, NULL, RT_MAP_TEXT_SIZE, FALSE, text_w, RT_MAP_CARD_LINES);
      h = _rt_map_layout_height (n->text_layout);
      if (n->links != NULL)
        {
          g_autofree char *arrow = g_strdup_printf ("→ %s", n->links);

          n->links_layout = _rt_map_make_fitted_layout (self, NULL, arrow, NULL, RT_MAP_TEXT_SIZE, TRUE, text_w, 1);
          h += _rt_map_layout_height (n->links_layout);
        }
      if (self->bylines && n->detail[0] != '\0')
        {
          n->detail_layout = _rt_map_make_fitted_layout (self, NULL, n->detail, NULL, RT_MAP_TEXT_SIZE, FALSE, text_w, 1);
          pango_layout_set_alignment (n->detail_layout, PANGO_ALIGN_RIGHT);
          h += _rt_map_layout_height (n->detail_layout);
        }
      n->hw = RT_MAP_CARD_WIDTH / 2;
      n->hh = (RT_MAP_PAD_TOP + h + RT_MAP_PAD_BOTTOM) / 2;
      break;

    case RT_MAP_NODE_THEME:
      {
        double width = n->bw > 0 ? n->bw : RT_MAP_CARD_WIDTH;
        g_autofree char *count = _rt_map_count (n->n_cards);
        g_autofree char *suffix = g_markup_printf_escaped ("　<span weight=\"normal\">%s</span>", count);

        /* The name, cut if it must be, and always the count after it. */
        n->text_layout = _rt_map_make_fitted_layout (self, NULL, n->text, suffix, RT_MAP_TEXT_SIZE, TRUE,
                                             width - 2 * RT_MAP_PAD_X, 3);
        n->hw = width / 2;
        n->hh = (RT_MAP_PAD_TOP + _rt_map_layout_height (n->text_layout) + RT_MAP_PAD_BOTTOM) / 2;
      }
      break;

    case RT_MAP_NODE_POINT:
      {
        g_autofree char *prefix = g_markup_printf_escaped ("<b>%s</b>　", n->title);

        text_w = RT_MAP_CARD_WIDTH - 2 * RT_MAP_PAD_X;
        n->text_layout = _rt_map_make_fitted_layout (self, prefix, n->text, NULL, RT_MAP_TEXT_SIZE, TRUE, text_w, 3);
        n->hw = RT_MAP_CARD_WIDTH / 2;
        n->hh = (RT_MAP_PAD_TOP + at_least_two_lines (self, n->text_layout) + RT_MAP_PAD_BOTTOM) / 2;
      }
      break;

    case RT_MAP_NODE_PROPOSAL:
      {
        g_autofree char *prefix = g_markup_printf_escaped ("<b>%s</b>　", _rt_map_word (RT_MAP_WORD_PROPOSAL));

        text_w = RT_MAP_CARD_WIDTH - 2 * RT_MAP_PAD_X;
        n->text_layout = _rt_map_make_fitted_layout (self, prefix, n->text, NULL, RT_MAP_TEXT_SIZE, FALSE, text_w, 3);
        n->hw = RT_MAP_CARD_WIDTH / 2;
        n->hh = (RT_MAP_PAD_TOP + _rt_map_layout_height (n->text_layout) + RT_MAP_PAD_BOTTOM) / 2;
      }
      break;

    case RT_MAP_NODE_PERSPECTIVE:
      {
        g_autofree char *prefix = g_markup_printf_escaped ("<b>%s</b> ", n->title);

        /* The hexagon's tips take 9 units on each side. */
        text_w = RT_MAP_PERSPECTIVE_WIDTH - 2 * RT_MAP_PAD_X - 18;
        n->text_layout = _rt_map_make_fitted_layout (self, prefix, n->text, NULL, RT_MAP_TEXT_SIZE, FALSE, text_w, 2);
        n->hw = RT_MAP_PERSPECTIVE_WIDTH / 2;
        n->hh = (RT_MAP_PAD_TOP + at_least_two_lines (self, n->text_layout) + RT_MAP_PAD_BOTTOM) / 2;
      }
      break;

    case RT_MAP_N_NODE_KINDS:
    default:
      g_assert_not_reached ();
    }

  n->sized = TRUE;
}
