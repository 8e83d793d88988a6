import ArgumentParser
import Foundation

#if os(Linux)
  import CMalloc
#endif

/// Runs the command line, mapping usage errors to exit code 2 (ArgumentParser's default
/// is 64) so that scripts see 0 success, 1 problems found, 2 misuse.
@main
enum EntryPoint {
  static func main() {
    givesFreedMemoryBack()
    do {
      var command = try DossierCommand.parseAsRoot()
      try command.run()
    } catch {
      if DossierCommand.exitCode(for: error) == .validationFailure {
        let message = DossierCommand.fullMessage(for: error)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(2)
      }
      DossierCommand.exit(withError: error)
    }
  }

  /// Makes glibc serve every allocation of 128 KiB or more with a mapping of its own, given
  /// back to the system when freed. By default glibc raises that threshold each time such a
  /// block is freed, so that the large buffers a load frees (a file's bytes, the parts of
  /// an index being built) stay in the process's heap and count towards its memory.
  private static func givesFreedMemoryBack() {
    #if os(Linux)
      _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    #endif
  }
}
