#if os(Linux)
  import CMalloc
#endif

/// How the process's allocator treats memory once freed.
enum FreedMemory {
  /// Makes glibc serve every allocation of 128 KiB or more with a mapping of its own, given
  /// back to the system when freed. By default glibc raises that threshold each time such a
  /// block is freed, so that the large buffers a load frees (a file's bytes, the parts of
  /// an index being built) stay in the process's heap and count towards its memory. The
  /// loader calls it before it reads a large file (not for a snapshot's reopen, whose few
  /// large buffers live as long as the dossier).
  static func goesBackToTheSystem() {
    #if os(Linux)
      _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    #endif
  }
}
