import Dispatch
import Foundation
import Synchronization

/// The checksum of a snapshot already in use, verified on one thread of its own (the other
/// core is the browser's) so that a reopened dossier shows at once. Until it is done, everything read from the snapshot is
/// bounds-checked (a damaged snapshot shows wrong text at worst, never crashes); when the
/// checksum does not match, the snapshot is deleted so that the next open reads the file.
public final class SnapshotCheck: Sendable {
  private let outcome = Mutex<Bool?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts checking the snapshot at `path` against `expected`.
  init(path: String, inode: UInt64, expected: UInt64, bodyCount: Int) {
    DispatchQueue.global(qos: .utility).async { [self] in
      let damaged = Self.isDamaged(path, inode: inode, expected: expected, bodyCount: bodyCount)
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

  private static func isDamaged(_ path: String, inode: UInt64, expected: UInt64, bodyCount: Int)
    -> Bool
  {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, UInt64(status.st_ino) == inode else { return false }
    let actual = SnapshotChecksum.of(
      descriptor: descriptor, offset: DossierSnapshot.headerSize, count: bodyCount, threads: 1)
    guard actual != expected else { return false }
    unlink(path)
    return true
  }
}
