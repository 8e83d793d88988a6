import FoundationEssentials
import Glibc

/// Walks an FtM file record by record: JSON lines (one entity per line, blank lines
/// allowed) or one JSON array of entities. A line that is not JSON is reported and the
/// next line read, so every broken line is reported; a broken array ends the read.
struct FtMStreamReader {
  /// The file and where to report.
  let input: ImportInput
  /// Streams smaller than this are read on one thread: a second costs more than it saves.
  var twoHalvesMinimumSize = 8 << 20

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
    let middle = Self.firstLine(after: bytes.count / 2, in: bytes)
    guard bytes.count >= twoHalvesMinimumSize, middle.number > 1, middle.start < bytes.count else {
      builder.reserveCapacity(middle.total)
      readLines(into: &builder, 0..<bytes.count, firstLineNumber: 1, problems: input.problems)
      return true
    }
    readInTwoHalves(into: &builder, splittingAt: middle)
    return true
  }

  /// Reads the lines before `middle` into `builder` and, at the same time on a second
  /// thread, the lines from `middle` into a second builder, then appends the second to the
  /// first. Lines are independent: both halves report exactly what one pass would.
  private func readInTwoHalves(
    into builder: inout FtMContentBuilder, splittingAt middle: LineSplit
  ) {
    let first = BuilderBox(builder)
    let problems = ProblemCollector(bytes: [])
    let later = BuilderBox(
      FtMContentBuilder(problems: problems, warnings: ProblemCollector(bytes: [])))
    first.builder.reserveCapacity(middle.total)
    later.builder.reserveCapacity(middle.total - middle.number + 1)
    let halves = UncheckedHalves(reader: self, laterProblems: problems)
    _ = ParallelPair(
      {
        halves.reader.readLines(
          into: &first.builder, 0..<middle.start, firstLineNumber: 1,
          problems: halves.reader.input.problems)
      },
      {
        halves.reader.readLines(
          into: &later.builder, middle.start..<halves.reader.input.bytes.count,
          firstLineNumber: middle.number, problems: halves.laterProblems, reportsProgress: false)
      })
    swap(&builder, &first.builder)
    builder.append(&later.builder)
  }

  /// Reads one record per non-blank line of the bytes in `range`, which begins a line
  /// numbered `firstLineNumber`.
  private func readLines(
    into builder: inout FtMContentBuilder, _ range: Range<Int>, firstLineNumber: Int,
    problems: ProblemCollector, reportsProgress: Bool = true
  ) {
    let bytes = UnsafeBufferPointer(rebasing: input.bytes[..<range.upperBound])
    var lineStart = range.lowerBound
    var lineNumber = firstLineNumber - 1
    var recordReader = FtMRecordReader(problems: problems)
    var releasedUpTo = range.lowerBound
    while lineStart < bytes.count {
      lineNumber += 1
      let lineEnd = Self.endOfLine(in: bytes, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      if lineNumber % 1000 == 0 {
        if reportsProgress { input.progress?.read(upTo: lineStart) }
        if let pages = input.passedPages { releasedUpTo = pages.release(releasedUpTo..<lineStart) }
      }
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
        problems.report(error.message, at: lineStart + error.offset)
      }
    }
    if reportsProgress { input.progress?.read(upTo: bytes.count) }
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
        reader.forgetUnescapedTexts()
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

  /// The start and number of the first line that begins after `offset`, and how many
  /// lines the bytes hold (at most one entity each).
  private static func firstLine(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> LineSplit
  {
    var split = LineSplit(start: bytes.count, number: 0, total: 0)
    var start = 0
    while start < bytes.count {
      split.total += 1
      if start > offset && split.number == 0 { (split.start, split.number) = (start, split.total) }
      start = endOfLine(in: bytes, from: start) + 1
    }
    return split
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}

/// Where a stream is split in two: the first line of the later half, and the count of all.
private struct LineSplit {
  var start: Int
  var number: Int
  var total: Int
}

/// A builder that one thread fills while the other fills its own.
private final class BuilderBox: @unchecked Sendable {
  var builder: FtMContentBuilder

  init(_ builder: FtMContentBuilder) {
    self.builder = builder
  }
}

/// The reader (its bytes are read by both halves, written by neither) and the later
/// half's collector, which only the later half's thread uses.
private struct UncheckedHalves: @unchecked Sendable {
  let reader: FtMStreamReader
  let laterProblems: ProblemCollector
}
