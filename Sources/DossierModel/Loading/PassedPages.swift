import FoundationEssentials
import Glibc
import Synchronization

/// A file's bytes in memory, whose pages a load gives back to the system once parsing has
/// passed them (a large file need not stay resident while the dossier is built from it),
/// and how to read the file again if they are needed after all — to read it once more in
/// one pass, or to locate problems.
///
/// Pages given back read as zeros: the loader owns the bytes, and only the readers that
/// pass them and the problem collectors (pointed at a new read before they locate
/// anything) look at them.
final class PassedPages: @unchecked Sendable {
  private let base: UnsafeMutableRawPointer?
  private let count: Int
  private let readFileAgain: @Sendable () -> [UInt8]?
  private let released = Atomic<Bool>(false)
  private let readOnce = Mutex<[UInt8]??>(nil)
  private static let pageSize = max(sysconf(Int32(_SC_PAGESIZE)), 1)

  /// The pages of `bytes`, which `readFileAgain` reads anew from the file.
  init(of bytes: UnsafeBufferPointer<UInt8>, readFileAgain: @escaping @Sendable () -> [UInt8]?) {
    base = bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0) }
    count = bytes.count
    self.readFileAgain = readFileAgain
  }

  /// Gives back the whole pages inside `range` (byte offsets); returns the offset up to
  /// which the bytes are now given back, for the next call to start from.
  @discardableResult
  func release(_ range: Range<Int>) -> Int {
    guard let base, range.lowerBound >= 0, range.upperBound <= count else {
      return range.lowerBound
    }
    let (releasedUpTo, releasedAny) = Self.giveBack(base, range)
    if releasedAny { released.store(true, ordering: .relaxed) }
    return releasedUpTo
  }

  /// Gives back the whole pages inside `range` of the memory at `base` (they read as zeros
  /// afterwards); returns the offset up to which the memory is given back, and whether any
  /// page was.
  static func giveBack(_ base: UnsafeMutableRawPointer, _ range: Range<Int>) -> (Int, Bool) {
    let address = Int(bitPattern: base)
    let start = (address + range.lowerBound + pageSize - 1) / pageSize * pageSize
    let end = (address + range.upperBound) / pageSize * pageSize
    guard end > start,
      madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_DONTNEED) == 0
    else { return (range.lowerBound, false) }
    return (end - address, true)
  }

  /// Whether any page was given back.
  var anyReleased: Bool { released.load(ordering: .relaxed) }

  /// The file's bytes read again, once: later calls give the same bytes; nil when it
  /// cannot be read.
  func readAgain() -> [UInt8]? {
    readOnce.withLock { read in
      if let read { return read }
      let bytes = readFileAgain()
      read = .some(bytes)
      return bytes
    }
  }
}
