import Foundation

/// Walks an FtM file record by record: JSON lines (one entity per line, blank lines
/// allowed) or one JSON array of entities. A line that is not JSON is reported and the
/// next line read, so every broken line is reported; a broken array ends the read.
struct FtMStreamReader {
  /// The file and where to report.
  let input: ImportInput

  /// Feeds every well-formed record to `builder`; false when the file gives nothing to
  /// build on (empty, or an array that is not JSON).
  func read(into builder: inout FtMContentBuilder) -> Bool {
    let bytes = input.bytes
    input.progress?.start(totalBytes: bytes.count)
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, Self.isWhitespace(bytes[start]) { start += 1 }
    guard start < bytes.count else {
      input.problems.report("the file is empty", at: 0)
      return false
    }
    if bytes[start] == UInt8(ascii: "[") { return readArray(into: &builder) }
    builder.reserveCapacity(Self.lineCount(of: bytes))
    readLines(into: &builder)
    return true
  }

  /// Reads one record per non-blank line.
  private func readLines(into builder: inout FtMContentBuilder) {
    let bytes = input.bytes
    var lineStart = 0
    var lineNumber = 0
    var recordReader = FtMRecordReader(problems: input.problems)
    while lineStart < bytes.count {
      lineNumber += 1
      let lineEnd = Self.endOfLine(in: bytes, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      if lineNumber % 1000 == 0 { input.progress?.read(upTo: lineStart) }
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      guard line.contains(where: { !Self.isWhitespace($0) }) else { continue }
      var reader = JSONReader(bytes: line)
      do throws(JSONSyntaxError) {
        try reader.beginDocument()
        let record = try recordReader.read(
          &reader, base: lineStart, path: "line " + String(lineNumber))
        try reader.endDocument()
        if let record { builder.add(record) }
      } catch {
        input.problems.report(error.message, at: lineStart + error.offset)
      }
    }
    input.progress?.read(upTo: bytes.count)
  }

  /// Reads the elements of a JSON array; on a syntax error only that error is reported.
  private func readArray(into builder: inout FtMContentBuilder) -> Bool {
    var reader = JSONReader(bytes: input.bytes)
    var recordReader = FtMRecordReader(problems: input.problems)
    var count = 0
    do throws(JSONSyntaxError) {
      try reader.beginDocument()
      let open = reader.position
      var array = try reader.beginArray()
      while try reader.nextElement(of: &array) {
        if let record = try recordReader.read(&reader, base: 0, path: "[\(count)]") {
          builder.add(record)
        }
        count += 1
        if count % 1000 == 0 { input.progress?.read(upTo: reader.position) }
      }
      try reader.endDocument()
      input.progress?.read(upTo: input.bytes.count)
      if count == 0 {
        input.problems.report("the file is empty: the array holds no entities", at: open)
      }
      return count > 0
    } catch {
      input.problems.discardAll()
      input.warnings.discardAll()
      input.problems.report(error.message, at: error.offset)
      return false
    }
  }

  /// The offset of the line feed ending the line that starts at `start`, or the end of
  /// the bytes.
  private static func endOfLine(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let remaining = bytes.count - start
    guard let base = bytes.baseAddress, remaining > 0,
      let found = memchr(base + start, 0x0A, remaining)
    else { return bytes.count }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  /// How many lines the bytes hold: at most one entity each.
  private static func lineCount(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var start = 0
    while start < bytes.count {
      count += 1
      start = endOfLine(in: bytes, from: start) + 1
    }
    return count
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
