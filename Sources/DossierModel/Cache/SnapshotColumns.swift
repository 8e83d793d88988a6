/// Walks the columns of a mapped snapshot in the order they were written, checking each
/// against the end of the mapping. A column starts on an 8-byte boundary with its count
/// (8 bytes), then its values as they lie in memory (`SnapshotFile` writes them).
struct SnapshotColumns {
  private let memory: ColumnMemory
  private let bytes: UnsafeRawBufferPointer
  private var position: Int

  /// Columns in `bytes` from `start`, kept alive by `memory`.
  init(_ bytes: UnsafeRawBufferPointer, from start: Int, memory: ColumnMemory) {
    self.bytes = bytes
    self.memory = memory
    position = start
  }

  /// Whether every column was read.
  var isAtEnd: Bool { position == bytes.count }

  mutating func next<Element: FixedWidthInteger & Sendable>(_ type: Element.Type)
    throws(SnapshotError) -> Column<Element>
  {
    position = (position + 7) / 8 * 8
    guard position <= bytes.count - 8 else { throw SnapshotError("truncated at byte \(position)") }
    let count = bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self)
    let size = MemoryLayout<Element>.stride
    let start = position + 8
    guard count <= UInt64((bytes.count - start) / size) else {
      throw SnapshotError("a column of \(count) at byte \(position) exceeds the snapshot")
    }
    position = start + Int(count) * size
    return Column(base: bytes.baseAddress! + start, count: Int(count), owner: memory)
  }

  /// A column copied into an array of `Int`.
  mutating func nextInts() throws(SnapshotError) -> [Int] {
    let column = try next(UInt32.self)
    return [Int](unsafeUninitializedCapacity: column.count) { values, initialized in
      for position in 0..<column.count {
        values.initializeElement(at: position, to: Int(column.buffer[position]))
      }
      initialized = column.count
    }
  }

  /// A column copied into an array.
  mutating func nextArray<Element: FixedWidthInteger & Sendable>(_ type: Element.Type)
    throws(SnapshotError) -> [Element]
  {
    Array(try next(type).buffer)
  }
}
