/// Appends values to a snapshot's metadata or records, little-endian, lengths before
/// contents.
///
/// The bytes live in an arena (a class): a copy of a writer writes into the same bytes, so
/// a writer is handed over, never copied and written on both sides.
struct SnapshotWriter {
  /// Where the bytes go.
  let arena: ByteArena

  /// A writer appending to `arena` (a new one unless given).
  init(arena: ByteArena = ByteArena()) {
    self.arena = arena
  }

  /// The bytes written so far (valid until the next write).
  var bytes: UnsafeRawBufferPointer { arena.bytes }

  /// The number of bytes written so far.
  var count: Int { arena.count }

  /// Marks an absent optional string or number.
  static let absent = UInt32.max

  mutating func write(_ value: UInt8) { arena.append(value) }

  mutating func write(_ value: Bool) { arena.append(value ? 1 : 0) }

  mutating func write(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { arena.append($0) }
  }

  mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { arena.append($0) }
  }

  mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(UInt32(utf8.count))
      arena.append(UnsafeRawBufferPointer(utf8))
    }
  }

  /// Writes a text given as its UTF-8 bytes, as `write(_: String)` does.
  mutating func write(utf8 text: UnsafeBufferPointer<UInt8>) {
    write(UInt32(text.count))
    arena.append(UnsafeRawBufferPointer(text))
  }

  /// Appends bytes another writer wrote, as they are.
  mutating func write(encoded bytes: UnsafeBufferPointer<UInt8>) {
    arena.append(UnsafeRawBufferPointer(bytes))
  }

  mutating func write(_ text: String?) {
    guard let text else { return write(Self.absent) }
    write(text)
  }

  mutating func write(_ texts: [String]) {
    write(texts) { writer, text in writer.write(text) }
  }

  /// Writes the count of `items`, then each item with `writeItem`.
  mutating func write<Item>(_ items: [Item], each writeItem: (inout Self, Item) -> Void) {
    write(UInt32(items.count))
    for item in items { writeItem(&self, item) }
  }

  mutating func write(_ number: Int?) {
    write(number != nil)
    if let number { write(number) }
  }
}
