/* rt-feedback.c
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rt-feedback"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "rt-committee.h"
#include "rt-feedback.h"

/**
 * rt_feedback_toast:
 *
 * Shows @message in a toast of @widget's window.
 */
void
rt_feedback_toast (GtkWidget  *widget,
                   const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_debug ("%s", message);
  gtk_widget_activate_action (widget, "win.toast", "s", message);
}

/**
 * rt_feedback_toast_undo:
 *
 * Shows @message in a toast with an Undo button, which takes back the last
 * change of the committee ("win.undo").
 */
void
rt_feedback_toast_undo (GtkWidget  *widget,
                        const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_activate_action (widget, "win.toast-undo", "s", message);
}

/**
 * rt_feedback_error:
 * @heading: what could not be done, as a title: “Could Not Move the Cards”
 * @error: (nullable): why
 *
 * Tells the user that something failed, in a message dialog over the
 * window of @widget.
 */
void
rt_feedback_error (GtkWidget    *widget,
                   const char   *heading,
                   const GError *error)
{
  GtkRoot *root;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_debug ("%s: %s", heading, error ? error->message : "");
  root = gtk_widget_get_root (widget);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, error ? error->message : NULL));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static AdwToastOverlay *
overlay_of (GtkWidget *widget)
{
  gsize offset = GPOINTER_TO_SIZE (g_type_get_qdata (G_OBJECT_TYPE (widget),
                                                     g_quark_from_static_string ("rt-feedback-overlay")));

  return G_STRUCT_MEMBER (AdwToastOverlay *, widget, offset);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  adw_toast_overlay_add_toast (overlay_of (widget), adw_toast_new (g_variant_get_string (parameter, NULL)));
}

static void
toast_undo_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (overlay_of (widget), toast);
}

/**
 * rt_feedback_install:
 * @overlay_owner: the type whose instances have the toast overlay
 * @overlay_offset: G_STRUCT_OFFSET of the AdwToastOverlay pointer in it
 *
 * Gives a window class the "win.toast" and "win.toast-undo" actions, shown
 * in its toast overlay.
 */
void
rt_feedback_install (GtkWidgetClass *widget_class,
                     GType           overlay_owner,
                     gsize           overlay_offset)
{
  g_type_set_qdata (overlay_owner, g_quark_from_static_string ("rt-feedback-overlay"),
                    GSIZE_TO_POINTER (overlay_offset));
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.toast-undo", "s", toast_undo_action);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gsize offset = GPOINTER_TO_SIZE (g_type_get_qdata (G_OBJECT_TYPE (widget),
                                                     g_quark_from_static_string ("rt-feedback-committee")));
  RtCommittee *committee = G_STRUCT_MEMBER (RtCommittee *, widget, offset);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (committee == NULL)
    return;

  if (g_str_equal (action_name, "win.undo"))
    ok = rt_committee_undo (committee, &error);
  else
    ok = rt_committee_redo (committee, &error);
  if (!ok)
    rt_feedback_toast (widget, error->message);
}

/**
 * rt_feedback_install_undo:
 * @committee_owner: the type whose instances have the committee
 * @committee_offset: G_STRUCT_OFFSET of the RtCommittee pointer in it
 *
 * Gives a window of its own (the meetings, the people) the "win.undo" and
 * "win.redo" actions on its committee, with Ctrl+Z and Shift+Ctrl+Z, so
 * that its keys and its undo toasts work as the main window's do.
 */
void
rt_feedback_install_undo (GtkWidgetClass *widget_class,
                          GType           committee_owner,
                          gsize           committee_offset)
{
  g_type_set_qdata (committee_owner, g_quark_from_static_string ("rt-feedback-committee"),
                    GSIZE_TO_POINTER (committee_offset));
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
}
