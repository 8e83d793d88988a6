/// A string value as checked UTF-8 bytes, without a `String`: where its bytes are, in the
/// file (a string with no escapes) or in the reader's `UnescapedBytes` (one with escapes).
struct JSONText {
  /// The first byte's offset in the file, or, for an unescaped copy, `-1 - offset` in the
  /// reader's `UnescapedBytes`.
  let start: Int
  /// The number of bytes.
  let count: Int

  /// Whether the bytes are a copy with the escapes decoded, not the file's own.
  var isUnescaped: Bool { start < 0 }
}

/// Where a reader decodes strings that have escapes, so that their bytes can be read like
/// the file's. A class: the reader is a value, and its copies share one buffer. A reader
/// makes one only at its first escape (an FtM stream has a reader per line).
final class UnescapedBytes {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The number of bytes held.
  private(set) var count = 0

  init() {
    capacity = 256
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// The bytes from `start`, `count` of them; valid until the next append.
  func bytes(from start: Int, count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: storage + start, count: count)
  }

  func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    storage[count] = byte
    count += 1
  }

  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (storage + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Forgets the bytes from `start` on (the texts pointing into them must no longer be
  /// read).
  func removeAll(from start: Int = 0) {
    count = min(count, start)
  }

  private func grow(toHold needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
