/// Appends values to a snapshot's metadata or records, little-endian, lengths before
/// contents.
struct SnapshotWriter {
  private(set) var bytes: [UInt8] = []

  /// Marks an absent optional string or number.
  static let absent = UInt32.max

  mutating func write(_ value: UInt8) { bytes.append(value) }

  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func write(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

  mutating func write(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      write(UInt32(utf8.count))
      bytes.append(contentsOf: utf8)
    }
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
