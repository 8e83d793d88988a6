import CPrefetch

/// Asking for memory before it is used: in loops that read arrays too large for the
/// caches at random places known a few steps ahead, so that the reads overlap.
enum CacheAhead {
  /// How many steps ahead a loop asks for what it will read.
  static let distance = 16

  /// Asks for the cache line holding `address`; a hint, never a fault.
  static func request(_ address: UnsafeRawPointer) {
    dossier_prefetch(address)
  }
}
