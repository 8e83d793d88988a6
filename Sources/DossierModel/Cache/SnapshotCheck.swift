import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// The checksum of a snapshot already in use, verified on one thread of its own (the other
/// core is the browser's) so that a reopened dossier shows at once. Until it is done, everything read from the snapshot is
/// bounds-checked (a damaged snapshot shows wrong text at worst, never crashes); when the
/// checksum does not match, the snapshot is deleted so that the next open reads the file.
public final class SnapshotCheck: Sendable {
  private let outcome = Mutex<Bool?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts checking the snapshot open as `descriptor` (which the check closes), found at
  /// `path`, against `expected`.
  init(descriptor: Int32, path: String, expected: UInt64, bodyCount: Int) {
    DispatchQueue.global(qos: .utility).async { [self] in
      let damaged = Self.isDamaged(
        descriptor, path, expected: expected, bodyCount: bodyCount)
      outcome.withLock { $0 = damaged }
      finished.signal()
    }
  }

  /// Nil while the check runs; then whether the snapshot was damaged (and deleted).
  public var foundDamage: Bool? { outcome.withLock { $0 } }

  /// Waits for the check to finish; whether the snapshot was damaged.
  public func wait() -> Bool {
    finished.wait()
    finished.signal()
    return foundDamage ?? false
  }

  /// Whether the snapshot is damaged; a damaged one is deleted, unless another file has
  /// been put in its place meanwhile.
  private static func isDamaged(
    _ descriptor: Int32, _ path: String, expected: UInt64, bodyCount: Int
  ) -> Bool {
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let actual = SnapshotChecksum.of(
      descriptor: descriptor, offset: DossierSnapshot.headerSize, count: bodyCount, threads: 1)
    guard actual != expected else { return false }
    var checked = stat()
    var inPlace = stat()
    if fstat(descriptor, &checked) == 0, stat(path, &inPlace) == 0,
      checked.st_ino == inPlace.st_ino, checked.st_dev == inPlace.st_dev
    {
      unlink(path)
    }
    return true
  }
}
