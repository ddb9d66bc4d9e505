/* rt-print-operation.h
 *
 * Copyright 2026 The Ronten authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rt-handout.h"

G_BEGIN_DECLS

#define RT_TYPE_PRINT_OPERATION (rt_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (RtPrintOperation, rt_print_operation, RT, PRINT_OPERATION, GtkPrintOperation)

RtPrintOperation *rt_print_operation_new (RtHandoutData          *data,
                                          const RtHandoutOptions *options);
void              rt_print_operation_set_output_file (RtPrintOperation *self,
                                                      GFile            *file);
GFile            *rt_print_operation_dup_output_file (RtPrintOperation *self);

G_END_DECLS
