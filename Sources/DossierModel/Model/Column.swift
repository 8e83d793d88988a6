/// A fixed run of plain values (integers) in memory that never changes: copied from an
/// array when built at load, or lying in a memory-mapped snapshot. Either way the values
/// are read through one buffer, so indexes work the same over both.
struct Column<Element: FixedWidthInteger & Sendable>: RandomAccessCollection,
  @unchecked Sendable
{
  /// The values.
  let buffer: UnsafeBufferPointer<Element>
  /// Keeps the memory alive.
  private let owner: ColumnMemory

  /// A column holding a copy of `values`.
  init(_ values: [Element]) {
    let memory = ColumnMemory(copying: values)
    owner = memory
    buffer = UnsafeBufferPointer(
      start: memory.base?.assumingMemoryBound(to: Element.self), count: values.count)
  }

  /// A column of `count` values (zero at first) that `fill` writes in place, with no copy.
  init(count: Int, filling fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
    let memory = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
    memory.initialize(repeating: 0, count: count)
    let values = UnsafeMutableBufferPointer<Element>(start: memory, count: count)
    fill(values)
    owner = ColumnMemory(base: UnsafeRawPointer(memory)) {
      UnsafeMutableRawPointer(mutating: $0)?.deallocate()
    }
    buffer = UnsafeBufferPointer(values)
  }

  /// A column of `count` values that `fill` writes, each exactly once, with no copy. The
  /// memory is not cleared first, so its pages are touched only as `fill` writes them.
  init(
    uninitializedCount count: Int, filling fill: (UnsafeMutableBufferPointer<Element>) -> Void
  ) {
    let memory = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(count, 1))
    let values = UnsafeMutableBufferPointer<Element>(start: memory, count: count)
    fill(values)
    owner = ColumnMemory(base: UnsafeRawPointer(memory)) {
      UnsafeMutableRawPointer(mutating: $0)?.deallocate()
    }
    buffer = UnsafeBufferPointer(values)
  }

  /// A column over memory it does not own, which must stay as it is while the column is
  /// used: for reading values that are still being built.
  init(borrowing values: UnsafeBufferPointer<Element>) {
    owner = ColumnMemory(borrowed: values.baseAddress.map(UnsafeRawPointer.init))
    buffer = values
  }

  /// A column over `count` values at `base`, kept alive by `owner`.
  init(base: UnsafeRawPointer, count: Int, owner: ColumnMemory) {
    self.owner = owner
    buffer = UnsafeBufferPointer(start: base.assumingMemoryBound(to: Element.self), count: count)
  }

  var startIndex: Int { 0 }
  var endIndex: Int { buffer.count }

  /// The value at `position`.
  subscript(position: Int) -> Element {
    precondition(position >= 0 && position < buffer.count, "column index out of range")
    return buffer[position]
  }
}

/// Memory that columns point into: an allocation of their own, or a mapped file.
final class ColumnMemory: @unchecked Sendable {
  let base: UnsafeRawPointer?
  private let release: @Sendable (UnsafeRawPointer?) -> Void

  /// An allocation holding a copy of `values`.
  init<Element: FixedWidthInteger>(copying values: [Element]) {
    let byteCount = values.count * MemoryLayout<Element>.stride
    let memory = UnsafeMutableRawPointer.allocate(
      byteCount: max(byteCount, 1), alignment: MemoryLayout<Element>.alignment)
    values.withUnsafeBytes { bytes in
      if let source = bytes.baseAddress { memory.copyMemory(from: source, byteCount: byteCount) }
    }
    base = UnsafeRawPointer(memory)
    release = { UnsafeMutableRawPointer(mutating: $0)?.deallocate() }
  }

  /// Memory at `base` that `release` gives back when no column points into it.
  init(base: UnsafeRawPointer, release: @escaping @Sendable (UnsafeRawPointer?) -> Void) {
    self.base = base
    self.release = release
  }

  /// Memory owned by someone else, never given back through this.
  init(borrowed base: UnsafeRawPointer?) {
    self.base = base
    self.release = { _ in }
  }

  deinit { release(base) }
}
