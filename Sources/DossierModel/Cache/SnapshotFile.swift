import FoundationEssentials
import Glibc

/// Streams a snapshot to a file: the body's columns through a buffer, hashing each block
/// of the checksum as it is filled, then the header (magic, length, checksum) at the start.
struct SnapshotFile {
  private let descriptor: Int32
  private var block: [UInt8] = []
  private var blockHashes: [UInt64] = []
  private var written = 0
  private var failed = false

  /// Creates `path` (which must not exist) and leaves room for the header.
  init?(creating path: String) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return nil }
    block.reserveCapacity(SnapshotChecksum.blockSize)
  }

  /// Appends a column of `values`.
  mutating func writeColumn<Element: FixedWidthInteger>(_ values: [Element]) {
    values.withUnsafeBytes { writeColumn(count: values.count, $0) }
  }

  /// Appends a column of bytes.
  mutating func writeColumn(bytes raw: UnsafeRawBufferPointer) {
    writeColumn(count: raw.count, raw)
  }

  /// Appends a column of `values`.
  mutating func writeColumn<Element: FixedWidthInteger>(_ values: Column<Element>) {
    writeColumn(count: values.count, UnsafeRawBufferPointer(values.buffer))
  }

  private mutating func writeColumn(count: Int, _ raw: UnsafeRawBufferPointer) {
    let padding = (8 - written % 8) % 8
    [UInt8](repeating: 0, count: padding).withUnsafeBytes { append($0) }
    withUnsafeBytes(of: UInt64(count)) { append($0) }
    append(raw)
  }

  private mutating func append(_ raw: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < raw.count {
      let take = min(SnapshotChecksum.blockSize - block.count, raw.count - offset)
      block.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + take)]))
      offset += take
      written += take
      if block.count == SnapshotChecksum.blockSize { flush() }
    }
  }

  private mutating func flush() {
    guard !block.isEmpty else { return }
    block.withUnsafeBytes { raw in
      blockHashes.append(SnapshotChecksum.hash(raw))
      if !failed {
        failed = !Self.write(descriptor, raw, at: DossierSnapshot.headerSize + written - raw.count)
      }
    }
    block.removeAll(keepingCapacity: true)
  }

  /// Writes the last block and the header, and closes the file; false when any write
  /// failed.
  mutating func finish() -> Bool {
    flush()
    var header = SnapshotWriter()
    for byte in DossierSnapshot.magic { header.write(byte) }
    header.write(UInt64(written))
    header.write(SnapshotChecksum.fold(blockHashes, count: written))
    let headerWritten = withExtendedLifetime(header) { Self.write(descriptor, header.bytes, at: 0) }
    let closed = close(descriptor) == 0
    return !failed && headerWritten && closed
  }

  private static func write(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer, at offset: Int)
    -> Bool
  {
    var done = 0
    while done < raw.count {
      let result = pwrite(
        descriptor, raw.baseAddress! + done, raw.count - done, off_t(offset + done))
      guard result > 0 else { return false }
      done += result
    }
    return true
  }
}
