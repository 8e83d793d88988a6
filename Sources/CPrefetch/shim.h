// The compiler's cache prefetch hint, which Swift does not expose.
#ifndef DOSSIER_PREFETCH_SHIM_H
#define DOSSIER_PREFETCH_SHIM_H

/// Asks the processor to bring the cache line at `address` close, for reading and writing
/// soon; a hint only, never a fault, whatever the address.
static inline void dossier_prefetch(const void *address) {
  __builtin_prefetch(address, 1, 3);
}

#endif
