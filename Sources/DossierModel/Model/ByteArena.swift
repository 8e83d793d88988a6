import FoundationEssentials
import Glibc

/// Bytes appended one run after another into memory of its own, which columns can then
/// take over without a copy: the records a load writes as it reads a file.
///
/// A class, so that the memory has one owner; it is used by one thread at a time.
final class ByteArena: @unchecked Sendable {
  private var base: UnsafeMutableRawPointer?
  private var capacity = 0
  /// The number of bytes appended.
  private(set) var count = 0

  /// An empty arena.
  init() {}

  /// An arena of `count` bytes, which `initialize` writes (every one of them).
  init(count: Int, initialize: (UnsafeMutableRawPointer) -> Void) {
    guard count > 0 else { return }
    guard let memory = malloc(count) else {
      fatalError("out of memory making a record arena of \(count) bytes")
    }
    initialize(memory)
    base = memory
    capacity = count
    self.count = count
  }

  deinit { free(base) }

  /// The bytes appended so far (valid until the next append).
  var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base, count: count)
  }

  /// Appends `raw`, which must not lie in this arena (growing it may move its bytes).
  func append(_ raw: UnsafeRawBufferPointer) {
    guard let source = raw.baseAddress, !raw.isEmpty else { return }
    precondition(
      base.map { source < $0 || source >= $0 + count } ?? true,
      "an arena cannot append its own bytes")
    reserve(raw.count)
    (base! + count).copyMemory(from: source, byteCount: raw.count)
    count += raw.count
  }

  /// Appends one byte.
  func append(_ byte: UInt8) {
    reserve(1)
    base!.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
    count += 1
  }

  /// Appends `other`'s bytes and empties it, giving back its memory as it is copied a few
  /// megabytes at a time: joining two large arenas never holds the second one twice.
  func appendEmptying(_ other: ByteArena) {
    precondition(other !== self, "an arena cannot append its own bytes")
    guard let source = other.base, other.count > 0 else { return other.clear() }
    reserve(other.count)
    let step = 4 << 20
    var copied = 0
    while copied < other.count {
      let length = min(step, other.count - copied)
      (base! + count).copyMemory(from: source + copied, byteCount: length)
      count += length
      _ = PassedPages.giveBack(source, copied..<(copied + length))
      copied += length
    }
    other.clear()
  }

  /// Frees the bytes; the arena is empty afterwards.
  private func clear() {
    free(base)
    forget()
  }

  /// Empties the arena without freeing its memory, which someone else now owns (or which
  /// was freed).
  private func forget() {
    base = nil
    capacity = 0
    count = 0
  }

  /// Makes room for `extra` more bytes, doubling the memory when it runs out.
  private func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    let newCapacity = max(count + extra, capacity * 2, 64)
    guard let grown = realloc(base, newCapacity) else {
      fatalError("out of memory growing a record arena to \(newCapacity) bytes")
    }
    base = grown
    capacity = newCapacity
  }

  /// Hands the bytes over to a column; the arena is empty afterwards.
  func takeColumn() -> Column<UInt8> {
    if count == 0 { clear() }
    guard let memory = count == 0 ? malloc(1) : realloc(base, count) else {
      fatalError("out of memory handing over a record arena")
    }
    let owner = ColumnMemory(base: UnsafeRawPointer(memory)) {
      free(UnsafeMutableRawPointer(mutating: $0))
    }
    let column = Column<UInt8>(base: UnsafeRawPointer(memory), count: count, owner: owner)
    forget()
    return column
  }
}
