import Foundation

/// Writes bytes to a file through a large buffer, so that many small writes cost little.
///
/// Writing never throws; the first failure is kept, later writes are dropped, and
/// `close()` reports it.
final class OutputBuffer {
  private let file: UnsafeMutablePointer<FILE>
  private let path: String
  private let storage: UnsafeMutableBufferPointer<UInt8>
  private var count = 0
  private var flushedCount = 0
  private var failure: GenerateError?

  /// Opens `path` for writing, replacing any file there; `-` writes to standard output.
  init(path: String, capacity: Int = 1 << 20) throws(GenerateError) {
    let opened = path == "-" ? fdopen(STDOUT_FILENO, "wb") : fopen(path, "wb")
    guard let opened else {
      throw GenerateError("cannot open \(path) for writing: \(Self.lastErrorDescription())")
    }
    file = opened
    self.path = path
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// How many bytes have been written so far, buffered or not.
  var byteCount: Int { flushedCount + count }

  /// Writes one byte.
  @inline(__always)
  func write(_ byte: UInt8) {
    if count == storage.count { flush() }
    storage[count] = byte
    count += 1
  }

  /// Writes bytes.
  func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > storage.count {
      flush()
      if bytes.count > storage.count {
        writeToFile(bytes)
        return
      }
    }
    (storage.baseAddress! + count).update(from: base, count: bytes.count)
    count += bytes.count
  }

  /// Writes the UTF-8 bytes of a literal as they are, unescaped.
  func write(_ text: StaticString) {
    write(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Writes a non-negative number in decimal.
  func write(decimal value: Int) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { buffer in
      var remaining = UInt(value)
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(remaining % 10)
        remaining /= 10
      } while remaining > 0
      write(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start...]))
    }
  }

  /// Writes a number with at least `width` digits, padded with zeros.
  func write(decimal value: Int, width: Int) {
    var power = 10
    for _ in 1..<width {
      if value < power { write(UInt8(ascii: "0")) }
      power *= 10
    }
    write(decimal: value)
  }

  /// Writes `text` as a JSON string literal, with quotes and escapes.
  func writeJSONString(_ text: String) {
    write(UInt8(ascii: "\""))
    JSONEscaping.escape(text) { write($0) }
    write(UInt8(ascii: "\""))
  }

  /// Writes the buffered bytes to the file and closes it, reporting any failure.
  func close() throws(GenerateError) {
    flush()
    if fclose(file) != 0, failure == nil {
      failure = GenerateError("cannot write \(path): \(Self.lastErrorDescription())")
    }
    if let failure { throw failure }
  }

  private func flush() {
    writeToFile(UnsafeBufferPointer(rebasing: storage[..<count]))
    count = 0
  }

  private func writeToFile(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard failure == nil, let base = bytes.baseAddress, !bytes.isEmpty else { return }
    if fwrite(base, 1, bytes.count, file) != bytes.count {
      failure = GenerateError("cannot write \(path): \(Self.lastErrorDescription())")
    }
    flushedCount += bytes.count
  }

  private static func lastErrorDescription() -> String {
    String(cString: strerror(errno))
  }
}
