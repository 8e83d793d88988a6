// glibc's memmem, which the Glibc module does not expose (it is a GNU extension).
#ifndef DOSSIER_SUBSTRING_SHIM_H
#define DOSSIER_SUBSTRING_SHIM_H

#define _GNU_SOURCE 1
#include <stddef.h>
#include <string.h>

/// The first occurrence of `needle` in `text`, or NULL: in time linear in both (glibc
/// uses the two-way algorithm).
static inline const void *dossier_find_bytes(const void *text, size_t text_count,
                                             const void *needle, size_t needle_count) {
  return memmem(text, text_count, needle, needle_count);
}

#endif
