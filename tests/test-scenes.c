/* test-scenes.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <sqlite3.h>
#include <string.h>

#include "rt-committee.h"
#include "rt-committee-private.h"
#include "rt-map.h"
#include "rt-slide.h"
#include "rt-test-util.h"

typedef RtTestSample Fixture;

static GPtrArray *
list (RtCommittee *committee)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *scenes = rt_committee_list_scenes (committee, &error);

  g_assert_no_error (error);
  g_assert_nonnull (scenes);
  return scenes;
}

static RtScene *
scene_at (GPtrArray *scenes,
          guint      i)
{
  return g_ptr_array_index (scenes, i);
}

static void
test_sample (Fixture       *fixture,
             gconstpointer  data)
{
  static const RtSceneKind kinds[] = {
    RT_SCENE_TEXT, RT_SCENE_MEETING, RT_SCENE_LABEL, RT_SCENE_THEME,
    RT_SCENE_POINT, RT_SCENE_POINT_TABLE, RT_SCENE_MAP, RT_SCENE_TEXT, RT_SCENE_FOLLOWUPS,
  };
  g_autoptr(GPtrArray) scenes = list (fixture->committee);

  g_assert_cmpuint (scenes->len, ==, G_N_ELEMENTS (kinds));
  for (guint i = 0; i < scenes->len; i++)
    {
      g_autofree char *title = rt_scene_dup_display_title (scene_at (scenes, i), fixture->committee);

      g_assert_cmpint (scene_at (scenes, i)->kind, ==, kinds[i]);
      g_assert_cmpint (scene_at (scenes, i)->position, ==, i);
      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
    }
  g_assert_cmpstr (scene_at (scenes, 0)->title, ==, "本日の進め方");

  for (guint k = 0; k < RT_N_SCENE_KINDS; k++)
    {
      RtSceneKind back;

      g_assert_true (rt_enum_from_nick (RT_TYPE_SCENE_KIND, rt_enum_to_nick (RT_TYPE_SCENE_KIND, k), (int *)&back));
      g_assert_cmpint (back, ==, k);
      g_assert_nonnull (rt_scene_kind_to_label (k));
    }
}

/* Each change is one undo step, and undo puts the scenes back as they were. */
static void
test_edit_undo (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  RtCommittee *committee = fixture->committee;
  RtHistory *history = rt_committee_get_history (committee);
  g_autoptr(GPtrArray) before = list (committee);
  g_autoptr(GPtrArray) after = NULL;
  guint n_undo = rt_history_get_n_undo (history);
  gint64 id;

  id = rt_committee_add_scene (committee, RT_SCENE_TEXT, 0, "議論の流れ", "拡散\n収束", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 1);
  after = list (committee);
  g_assert_cmpuint (after->len, ==, before->len + 1);
  g_assert_cmpint (scene_at (after, 1)->id, ==, id);
  g_assert_cmpstr (scene_at (after, 1)->text, ==, "拡散\n収束");
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (rt_committee_move_scene (committee, id, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 2);
  after = list (committee);
  g_assert_cmpint (scene_at (after, after->len - 1)->id, ==, id);
  g_assert_cmpint (scene_at (after, 1)->id, ==, scene_at (before, 1)->id);
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (rt_committee_update_scene (committee, id, 0, "まとめ", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 3);
  after = list (committee);
  g_assert_cmpstr (scene_at (after, after->len - 1)->title, ==, "まとめ");
  g_assert_cmpstr (scene_at (after, after->len - 1)->text, ==, "拡散\n収束");
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (rt_committee_delete_scene (committee, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 4);
  g_assert_false (rt_committee_delete_scene (committee, id, &error));
  g_assert_error (error, RT_STORE_ERROR, RT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (rt_history_get_n_undo (history), ==, n_undo + 4);

  /* The history's triggers cover the new table: four undos, and the scenes are as before. */
  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (rt_committee_undo (committee, &error));
      g_assert_no_error (error);
    }
  after = list (committee);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      g_assert_cmpint (scene_at (after, i)->id, ==, scene_at (before, i)->id);
      g_assert_cmpstr (scene_at (after, i)->title, ==, scene_at (before, i)->title);
    }
  g_clear_pointer (&after, g_ptr_array_unref);

  /* Moving the first scene to the end and undoing it. */
  g_assert_true (rt_committee_move_scene (committee, scene_at (before, 0)->id, -1, &error));
  after = list (committee);
  g_assert_cmpint (scene_at (after, after->len - 1)->id, ==, scene_at (before, 0)->id);
  g_clear_pointer (&after, g_ptr_array_unref);
  g_assert_true (rt_committee_undo (committee, &error));
  after = list (committee);
  g_assert_cmpint (scene_at (after, 0)->id, ==, scene_at (before, 0)->id);
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;
  int value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* A file of schema 1 (before scenes) is migrated to the current schema: the
 * sample committee as Ronten 0.1 (schema 2) wrote it, without its scenes. */
static void
test_migrate (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenes = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  gboolean backup = FALSE;
  sqlite3 *db;

  g_clear_object (&fixture->committee);
  rt_test_copy_data_file ("committee-v2.ronten", fixture->path);

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE scenes; PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (query_int (fixture->path, "PRAGMA user_version"), ==, 1);

  fixture->committee = rt_committee_open (fixture->path, RT_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rt_store_get_schema_version (rt_committee_get_store (fixture->committee)),
                   ==, RT_STORE_SCHEMA_VERSION);
  scenes = list (fixture->committee);
  g_assert_cmpuint (scenes->len, ==, 0);
  g_assert_cmpint (rt_committee_add_scene (fixture->committee, RT_SCENE_POINT_TABLE, 0, NULL, NULL, -1, &error), >, 0);
  g_assert_no_error (error);

  dir = g_dir_open (fixture->tmpdir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, "sample.ronten.v1-") && g_str_has_suffix (name, ".bak"))
      backup = TRUE;
  g_assert_true (backup);
}

static void
test_json (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  g_autofree char *path = g_build_filename (fixture->tmpdir, "copy.ronten", NULL);
  g_autoptr(RtCommittee) copy = NULL;
  g_autoptr(GPtrArray) scenes = NULL;
  gsize length;

  g_assert_cmpint (rt_committee_add_scene (fixture->committee, RT_SCENE_MAP, 3, "論点3のまわり", NULL, 2, &error), >, 0);
  g_assert_no_error (error);

  json = rt_committee_export_json (fixture->committee, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"scenes\""));
  g_assert_nonnull (strstr (json, "論点3のまわり"));

  copy = rt_committee_create_from_json (path, json, length, &error);
  g_assert_no_error (error);
  scenes = list (copy);
  g_assert_cmpuint (scenes->len, ==, 10);
  g_assert_cmpint (scene_at (scenes, 2)->kind, ==, RT_SCENE_MAP);
  g_assert_cmpint (scene_at (scenes, 2)->target_id, ==, 3);

  again = rt_committee_export_json (copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, json);
}

static void
save_png (RtSlide    *slide,
          int         width,
          int         height,
          gboolean    dark,
          const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  RtSlideStyle style = { .base_size = rt_slide_base_size_for_height (height, 1.0), .dark = dark };
  g_autofree char *path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".",
                                            name, NULL);

  rt_slide_paint (slide, &style, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("slide: %s", path);
}

/* Every scene of the sample becomes a slide; 非公開 cards never show, and
 * speakers only when they may. */
static void
test_slides (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) scenes = list (fixture->committee);
  RtCommittee *committee = fixture->committee;
  g_autoptr(RtSlide) slide = NULL;
  RtSlideOptions hide = { .hide_speakers = TRUE };
  RtScene *meeting = scene_at (scenes, 1);
  RtSlideCard *first;
  gint64 hidden_id, anonymous_id;
  guint n;

  for (guint i = 0; i < scenes->len; i++)
    {
      g_autoptr(RtSlide) s = rt_slide_new_for_scene (committee, scene_at (scenes, i), NULL, &error);
      g_autofree char *big = g_strdup_printf ("slide-%u-%s-1920x1080.png", i + 1,
                                              rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene_at (scenes, i)->kind));
      g_autofree char *small = g_strdup_printf ("slide-%u-%s-1024x768.png", i + 1,
                                                rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene_at (scenes, i)->kind));
      g_autofree char *dark = g_strdup_printf ("slide-%u-%s-dark.png", i + 1,
                                               rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene_at (scenes, i)->kind));

      g_assert_no_error (error);
      g_assert_nonnull (s);
      g_assert_cmpint (s->kind, !=, RT_SLIDE_MISSING);
      save_png (s, 1920, 1080, FALSE, big);
      save_png (s, 1024, 768, FALSE, small);
      save_png (s, 1920, 1080, TRUE, dark);
    }

  /* The answers to follow-ups given at 第3回: the one answered, not the
   * one in progress; the question with its answer, and who answered. */
  slide = rt_slide_new_for_scene (committee, scene_at (scenes, 8), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slide->kind, ==, RT_SLIDE_CARDS);
  g_assert_cmpuint (slide->cards->len, ==, 1);
  first = g_ptr_array_index (slide->cards, 0);
  g_assert_nonnull (strstr (first->text, "企業が含まれるか"));
  g_assert_nonnull (strstr (first->text, "→ 資料2で"));
  g_assert_cmpstr (first->speaker, ==, "事務局");
  g_clear_pointer (&slide, rt_slide_free);

  /* The map scenes: the whole map as arranged and in columns, the map of
   * a point and of a theme, and a target that was deleted. */
  {
    static const struct {
      gint64      target;
      const char *text;
      const char *name;
    } maps[] = {
      { 0, "", "map-whole" },
      { 0, "structured", "map-columns" },
      { 1, "", "map-point1" },
      { 7, "", "map-point7" },
      { 2, "theme", "map-theme2" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (maps); i++)
      {
        RtScene scene = { .kind = RT_SCENE_MAP, .target_id = maps[i].target,
                          .title = (char *)"", .text = (char *)maps[i].text };
        g_autoptr(RtSlide) s = rt_slide_new_for_scene (committee, &scene, NULL, &error);
        g_autofree char *big = g_strdup_printf ("slide-%s-1920x1080.png", maps[i].name);
        g_autofree char *small = g_strdup_printf ("slide-%s-1024x768.png", maps[i].name);

        g_assert_no_error (error);
        g_assert_cmpint (s->kind, ==, RT_SLIDE_MAP);
        save_png (s, 1920, 1080, FALSE, big);
        save_png (s, 1024, 768, FALSE, small);
      }

    {
      RtScene gone = { .kind = RT_SCENE_MAP, .target_id = 999, .title = (char *)"", .text = (char *)"theme" };
      g_autoptr(RtSlide) s = rt_slide_new_for_scene (committee, &gone, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (s->kind, ==, RT_SLIDE_MISSING);
    }
  }

  slide = rt_slide_new_for_scene (committee, meeting, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (slide->kind, ==, RT_SLIDE_CARDS);
  n = slide->cards->len;
  g_assert_cmpuint (n, >, 0);
  first = g_ptr_array_index (slide->cards, 0);
  g_assert_nonnull (first->speaker);
  hidden_id = first->card_id;
  anonymous_id = ((RtSlideCard *)g_ptr_array_index (slide->cards, 1))->card_id;
  g_clear_pointer (&slide, rt_slide_free);

  slide = rt_slide_new_for_scene (committee, meeting, &hide, &error);
  for (guint i = 0; i < slide->cards->len; i++)
    g_assert_null (((RtSlideCard *)g_ptr_array_index (slide->cards, i))->speaker);
  g_clear_pointer (&slide, rt_slide_free);

  g_assert_true (rt_committee_set_cards_visibility (committee, &hidden_id, 1, RT_VISIBILITY_PRIVATE, &error));
  g_assert_true (rt_committee_set_cards_visibility (committee, &anonymous_id, 1, RT_VISIBILITY_ANONYMOUS, &error));
  g_assert_no_error (error);
  slide = rt_slide_new_for_scene (committee, meeting, NULL, &error);
  g_assert_cmpuint (slide->cards->len, ==, n - 1);
  g_assert_cmpint (rt_slide_find_card (slide, hidden_id), ==, -1);
  g_assert_cmpint (rt_slide_find_card (slide, anonymous_id), >=, 0);
  g_assert_null (((RtSlideCard *)g_ptr_array_index (slide->cards, rt_slide_find_card (slide, anonymous_id)))->speaker);
  g_clear_pointer (&slide, rt_slide_free);

  /* The map for the projector and the handouts leaves the 非公開 card out;
   * the secretariat's own map keeps it. */
  {
    g_autoptr(RtMap) audience = rt_map_new_for_audience (committee, RT_MAP_CONTENT_PUBLIC_ONLY, &error);
    g_autoptr(RtMap) all = rt_map_new_from_committee (committee, &error);

    g_assert_no_error (error);
    g_assert_cmpint (rt_map_find_node (audience, RT_MAP_NODE_CARD, hidden_id), ==, -1);
    g_assert_cmpint (rt_map_find_node (audience, RT_MAP_NODE_CARD, anonymous_id), >=, 0);
    g_assert_cmpint (rt_map_find_node (all, RT_MAP_NODE_CARD, hidden_id), >=, 0);
    g_assert_cmpuint (rt_map_get_n_nodes (all), ==, rt_map_get_n_nodes (audience) + 1);
  }

  /* A scene whose target is gone says so. */
  {
    RtScene gone = { .kind = RT_SCENE_THEME, .target_id = 999 };

    slide = rt_slide_new_for_scene (committee, &gone, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (slide->kind, ==, RT_SLIDE_MISSING);
    save_png (slide, 1024, 768, FALSE, "slide-missing-1024x768.png");
  }
}

/* Paints page @page of @slide at @width × @height; returns how many pages
 * it has at that size, and adds the cards painted to @seen. */
static guint
paint_page (RtSlide    *slide,
            guint       page,
            int         width,
            int         height,
            GHashTable *seen,
            const char *name)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  RtSlideStyle style = { .base_size = rt_slide_base_size_for_height (height, 1.0) };
  g_autoptr(GArray) painted = g_array_new (FALSE, FALSE, sizeof (gint64));
  RtSlidePaintInfo info = { .card_ids = painted };

  rt_slide_paint_page (slide, &style, page, cr, width, height, &info);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (name != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("RT_BUILD_DIR") ? g_getenv ("RT_BUILD_DIR") : ".",
                                                name, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("slide: %s", path);
    }
  cairo_surface_destroy (surface);

  for (guint i = 0; i < painted->len; i++)
    {
      gint64 id = g_array_index (painted, gint64, i);

      /* No card is on two pages. */
      g_assert_false (g_hash_table_contains (seen, &id));
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  return info.n_pages;
}

/* Scenes with more cards than the screen holds are paged: every card is on
 * exactly one page, and none is left behind a 「ほか6件」. */
static void
test_slide_pages (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct { RtSceneKind kind; gint64 target; } cases[] = {
    { RT_SCENE_MEETING, 0 },   /* every card of every meeting */
    { RT_SCENE_LABEL, 1 },     /* 資料1-1, its themes side by side */
    { RT_SCENE_POINT, 1 },
  };
  static const struct { int width, height; } sizes[] = { { 1024, 768 }, { 1280, 720 }, { 800, 450 } };
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        RtScene scene = { .kind = cases[k].kind, .target_id = cases[k].target };
        g_autoptr(RtSlide) slide = rt_slide_new_for_scene (fixture->committee, &scene, NULL, &error);
        g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
        guint n_pages;

        g_assert_no_error (error);
        n_pages = paint_page (slide, 0, sizes[s].width, sizes[s].height, seen, NULL);
        g_assert_cmpuint (n_pages, >=, 1);
        for (guint page = 1; page < n_pages; page++)
          {
            g_autofree char *name = g_strdup_printf ("slide-page-%s-%dx%d-%u.png", rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene.kind),
                                                     sizes[s].width, sizes[s].height, page + 1);

            g_assert_cmpuint (paint_page (slide, page, sizes[s].width, sizes[s].height, seen,
                                          s == 0 ? name : NULL), ==, n_pages);
          }
        g_test_message ("%s at %dx%d: %u cards on %u pages", rt_enum_to_nick (RT_TYPE_SCENE_KIND, scene.kind),
                        sizes[s].width, sizes[s].height, slide->cards->len, n_pages);
        g_assert_cmpuint (g_hash_table_size (seen), ==, slide->cards->len);

        /* All 46 cards do not fit on one 1024×768 screen. */
        if (k == 0)
          g_assert_cmpuint (n_pages, >, 1);

        /* Past the last page is the last page. */
        g_hash_table_remove_all (seen);
        paint_page (slide, G_MAXUINT, sizes[s].width, sizes[s].height, seen, NULL);
        g_assert_cmpuint (g_hash_table_size (seen), >, 0);
      }
}

/* How much of a slide is painted in about @rgb. */
static double
colour_share (cairo_surface_t *surface,
              const double     rgb[3])
{
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *)(data + y * stride + x * 4);
        double r = ((pixel >> 16) & 0xff) / 255.0, g = ((pixel >> 8) & 0xff) / 255.0, b = (pixel & 0xff) / 255.0;

        if (fabs (r - rgb[0]) < 0.06 && fabs (g - rgb[1]) < 0.06 && fabs (b - rgb[2]) < 0.06)
          n++;
      }

  return (double)n / (width * height);
}

/* A point's status reads from the back of the room: a filled, coloured
 * badge, on the point and in the point table, not a thin grey outline. */
static void
test_slide_status (Fixture       *fixture,
                   gconstpointer  data)
{
  static const double discussing[3] = { 0.90, 0.47, 0.0 };
  g_autoptr(GError) error = NULL;
  RtScene point = { .kind = RT_SCENE_POINT, .target_id = 1 };
  RtScene table = { .kind = RT_SCENE_POINT_TABLE, .target_id = 0 };
  RtScene *scenes[] = { &point, &table };

  g_assert_true (rt_committee_set_point_status (fixture->committee, 1, RT_POINT_STATUS_DISCUSSING, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    {
      g_autoptr(RtSlide) slide = rt_slide_new_for_scene (fixture->committee, scenes[i], NULL, &error);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
      cairo_t *cr = cairo_create (surface);
      RtSlideStyle style = { .base_size = rt_slide_base_size_for_height (720, 1.0) };
      double share;

      g_assert_no_error (error);
      rt_slide_paint (slide, &style, cr, 1280, 720);
      cairo_destroy (cr);
      share = colour_share (surface, discussing);
      g_test_message ("%s: %.4f of the slide in the status colour", rt_enum_to_nick (RT_TYPE_SCENE_KIND, scenes[i]->kind), share);
      /* At least a 90 × 30 badge on a 1280 × 720 slide (an outline and
       * coloured text come to a quarter of that). */
      g_assert_cmpfloat (share, >, 0.003);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, rt_test_sample_set_up, func, rt_test_sample_tear_down)

  ADD ("/ronten/scenes/sample", test_sample);
  ADD ("/ronten/scenes/edit-undo", test_edit_undo);
  ADD ("/ronten/scenes/migrate", test_migrate);
  ADD ("/ronten/scenes/json", test_json);
  ADD ("/ronten/scenes/slides", test_slides);
  ADD ("/ronten/scenes/slide-pages", test_slide_pages);
  ADD ("/ronten/scenes/slide-status", test_slide_status);

  return g_test_run ();
}
