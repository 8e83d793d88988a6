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
  /// How many chunks the two threads share (see `ChunkClaims`): enough that the one
  /// that finishes first takes over little enough of the other's work for the two to
  /// end together, few enough that a chunk is much more work than claiming it.
  var chunkCount = 32

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
    guard bytes.count >= twoHalvesMinimumSize, let chunks = LineChunks(bytes, count: chunkCount)
    else {
      builder.reserveCapacity(LineChunks.lineCount(of: bytes))
      readLines(into: &builder, 0..<bytes.count, firstLineNumber: 1)
      return true
    }
    readInChunks(into: &builder, chunks)
    return true
  }

  /// Reads the lines on two threads, `chunks` shared as `ChunkClaims` shares them: the
  /// first thread reads the chunks before the middle into `builder`, the second those
  /// from the middle into a second builder, and each chunk one thread takes from the
  /// other's region goes into a builder of its own; then the builders are appended to
  /// `builder` in file order. Lines are independent: this reports exactly what one pass
  /// would.
  private func readInChunks(into builder: inout FtMContentBuilder, _ chunks: LineChunks) {
    let first = ChunkBuilder(first: 0, builder)
    let later = ChunkBuilder(first: chunks.middle, Self.detachedBuilder())
    first.builder.reserveCapacity(chunks.lineCount)
    later.builder.reserveCapacity(chunks.lineCount(from: chunks.middle))
    let work = SharedChunks(
      reader: self, chunks: chunks, claims: ChunkClaims(count: chunks.count, middle: chunks.middle))
    let taken = ParallelPair(
      { work.read(asThread: 0, own: first) }, { work.read(asThread: 1, own: later) })
    swap(&builder, &first.builder)
    let rest = ([later] + taken.first + taken.second).sorted { $0.first < $1.first }
    for piece in rest { builder.append(&piece.builder) }
    input.progress?.read(upTo: input.bytes.count)
  }

  /// A builder with problem collectors of its own, for lines read apart from the first.
  fileprivate static func detachedBuilder() -> FtMContentBuilder {
    FtMContentBuilder(problems: ProblemCollector(bytes: []), warnings: ProblemCollector(bytes: []))
  }

  /// Reads one record per non-blank line of the bytes in `range`, which begins a line
  /// numbered `firstLineNumber`.
  fileprivate func readLines(
    into builder: inout FtMContentBuilder, _ range: Range<Int>, firstLineNumber: Int,
    reportsProgress: Bool = true
  ) {
    let bytes = UnsafeBufferPointer(rebasing: input.bytes[..<range.upperBound])
    var lineStart = range.lowerBound
    var lineNumber = firstLineNumber - 1
    let problems = builder.problems
    var recordReader = FtMRecordReader(problems: problems, warnings: builder.warnings)
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
    var recordReader = FtMRecordReader(problems: input.problems, warnings: input.warnings)
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

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}

/// A builder one thread fills while the other fills its own, and the chunk its lines begin.
private final class ChunkBuilder: @unchecked Sendable {
  let first: Int
  var builder: FtMContentBuilder

  init(first: Int, _ builder: FtMContentBuilder) {
    self.first = first
    self.builder = builder
  }
}

/// What both threads read and neither writes: the reader, whose bytes they read, the
/// chunks, and the claims, which are shared by design.
private struct SharedChunks: @unchecked Sendable {
  let reader: FtMStreamReader
  let chunks: LineChunks
  let claims: ChunkClaims

  /// Reads the chunks `thread` claims: its own into `own`, each of the others into a
  /// builder of its own, which it returns.
  func read(asThread thread: Int, own: ChunkBuilder) -> [ChunkBuilder] {
    var taken: [ChunkBuilder] = []
    while let claim = claims.next(for: thread) {
      let range = chunks.range(of: claim.index)
      let firstLine = chunks.firstLine(of: claim.index)
      if claim.isOwn {
        reader.readLines(
          into: &own.builder, range, firstLineNumber: firstLine, reportsProgress: thread == 0)
        continue
      }
      let piece = ChunkBuilder(first: claim.index, FtMStreamReader.detachedBuilder())
      piece.builder.reserveCapacity(chunks.lineCount(of: claim.index))
      reader.readLines(
        into: &piece.builder, range, firstLineNumber: firstLine, reportsProgress: false)
      taken.append(piece)
    }
    return taken
  }
}
