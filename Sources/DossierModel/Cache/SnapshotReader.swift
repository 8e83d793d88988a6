/// Reads what `SnapshotWriter` wrote, checking every length against the bytes left, so
/// that a damaged snapshot is an error, never a crash.
struct SnapshotReader {
  private let bytes: UnsafeRawBufferPointer
  private var position = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  /// Whether every byte was read.
  var isAtEnd: Bool { position == bytes.count }

  /// The bytes not read yet.
  var rest: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: bytes[position...]) }

  private mutating func take(_ count: Int) throws(SnapshotError) -> UnsafeRawBufferPointer {
    guard count >= 0, count <= bytes.count - position else {
      throw SnapshotError("truncated at byte \(position)")
    }
    defer { position += count }
    return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)])
  }

  mutating func readByte() throws(SnapshotError) -> UInt8 { try take(1)[0] }

  mutating func readBool() throws(SnapshotError) -> Bool {
    switch try readByte() {
    case 0: false
    case 1: true
    default: throw SnapshotError("not a flag at byte \(position - 1)")
    }
  }

  mutating func readUInt32() throws(SnapshotError) -> UInt32 {
    UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
  }

  mutating func readUInt64() throws(SnapshotError) -> UInt64 {
    UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
  }

  mutating func readInt() throws(SnapshotError) -> Int {
    Int(Int64(bitPattern: try readUInt64()))
  }

  mutating func readString() throws(SnapshotError) -> String {
    let length = try readUInt32()
    guard length != SnapshotWriter.absent else {
      throw SnapshotError("a text is missing at byte \(position - 4)")
    }
    return String(decoding: try take(Int(length)), as: UTF8.self)
  }

  mutating func readOptionalString() throws(SnapshotError) -> String? {
    let length = try readUInt32()
    guard length != SnapshotWriter.absent else { return nil }
    return String(decoding: try take(Int(length)), as: UTF8.self)
  }

  /// A text's UTF-8 bytes, in place.
  mutating func readText() throws(SnapshotError) -> UnsafeBufferPointer<UInt8> {
    guard let text = try readOptionalText() else {
      throw SnapshotError("a text is missing at byte \(position - 4)")
    }
    return text
  }

  /// An optional text's UTF-8 bytes, in place; nil when absent.
  mutating func readOptionalText() throws(SnapshotError) -> UnsafeBufferPointer<UInt8>? {
    let length = try readUInt32()
    guard length != SnapshotWriter.absent else { return nil }
    return try take(Int(length)).assumingMemoryBound(to: UInt8.self)
  }

  mutating func readStrings() throws(SnapshotError) -> [String] {
    let count = try readCount(atLeast: 4)
    var texts: [String] = []
    texts.reserveCapacity(count)
    for _ in 0..<count { texts.append(try readString()) }
    return texts
  }

  mutating func readOptionalInt() throws(SnapshotError) -> Int? {
    try readBool() ? try readInt() : nil
  }

  /// A count of things each at least `size` bytes long, checked against the bytes left.
  mutating func readCount(atLeast size: Int) throws(SnapshotError) -> Int {
    let count = Int(try readUInt32())
    guard count <= (bytes.count - position) / max(size, 1) else {
      throw SnapshotError("a count of \(count) at byte \(position - 4) exceeds the snapshot")
    }
    return count
  }
}

/// Why a snapshot cannot be used.
struct SnapshotError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
