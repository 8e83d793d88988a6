/// Gathers problems found while decoding, each at a byte offset (or none).
final class ProblemCollector {
  private(set) var entries: [(offset: Int?, message: String)] = []
  private var bytes: [UInt8]
  private var builtLocator: SourceLocator?
  private var rereadPages: PassedPages?

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Locates problems in `bytes` from now on (the file read again, its first read given
  /// back as it was parsed).
  func locate(in bytes: [UInt8]) {
    self.bytes = bytes
    rereadPages = nil
    builtLocator = nil
  }

  /// Locates problems, from the first that needs it, in the file read again (its first
  /// read given back as it was parsed); collectors given the same pages share one read.
  func locate(inRereadOf pages: PassedPages) {
    rereadPages = pages
    builtLocator = nil
  }

  private var locator: SourceLocator {
    if let builtLocator { return builtLocator }
    if let pages = rereadPages {
      bytes = pages.readAgain() ?? []
      rereadPages = nil
    }
    let built = SourceLocator(bytes: bytes)
    builtLocator = built
    return built
  }

  var isEmpty: Bool { entries.isEmpty }

  func report(_ message: String, at offset: Int?) {
    entries.append((offset, message))
  }

  /// Forgets every problem reported so far (a syntax error makes them moot).
  func discardAll() {
    entries.removeAll()
  }

  /// Takes over another collector's problems.
  func absorb(_ other: ProblemCollector) {
    entries += other.entries
  }

  /// "line L, column C" of a byte offset, for messages that point at a second place.
  func describeLocation(of offset: Int) -> String {
    let (line, column) = locator.location(of: offset)
    return "line \(line), column \(column)"
  }

  /// The problems as located reports, in file order.
  func problems(file: String) -> [LoadProblem] {
    let sorted = entries.enumerated()
      .sorted { left, right in
        (left.element.offset ?? -1, left.offset) < (right.element.offset ?? -1, right.offset)
      }
      .map(\.element)
    let unplaced = sorted.prefix { $0.offset == nil }
    let placed = sorted.dropFirst(unplaced.count)
    let locations = placed.isEmpty ? [] : locator.locations(ofAscending: placed.map { $0.offset! })
    return unplaced.map { LoadProblem(file: file, line: nil, column: nil, message: $0.message) }
      + zip(placed, locations).map { entry, location in
        LoadProblem(
          file: file, line: location.line, column: location.column, message: entry.message)
      }
  }
}
