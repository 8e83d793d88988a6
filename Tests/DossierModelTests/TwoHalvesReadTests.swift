import Testing

@testable import DossierModel

/// A native file read in two halves on two threads gives what one pass gives, wherever the
/// second half starts: the same content, id table and link ends for a good file; for a
/// file with problems, nothing (the loader then reads it in one pass, whose messages are
/// the ones shown).
@Suite struct TwoHalvesReadTests {
  /// One outcome of a read: the content, each entity id's index, and the link ends.
  private struct Outcome: Equatable {
    let content: DossierContent
    let indexByID: [String: Int]
    let from: [Int32]
    let to: [Int32]
  }

  /// A dossier written one element per line, links between actors and projects (a
  /// project read after the links, so some ends are resolved only at the end), quotes
  /// checked against a source text, and one event whose evidence spans several lines
  /// (lines that look like elements but are not top-level ones).
  private func dossierLines(extra: (before: String, after: String) = ("", "")) -> [String] {
    var lines = [
      "{", "  \"format\": \"dossier\",", "  \"version\": 1,", "  \"title\": \"Halves\",",
      "  \"sources\": [",
      "    {\"id\":\"s0\",\"title\":\"Text\",\"text\":\"alpha beta gamma delta\"},",
      "    {\"id\":\"s1\",\"title\":\"No text\"}", "  ],", "  \"events\": [",
    ]
    for index in 0..<12 {
      lines.append(
        "    {\"id\":\"e\(index)\",\"name\":\"Event \(index)\",\"type\":\"meeting\","
          + "\"date\":\"20\(10 + index)\",\"evidence\":[{\"source\":\"s0\",\"quote\":\"beta\"}]},")
    }
    lines += [
      "    {\"id\":\"e-long\",\"name\":\"Long\",\"type\":\"meeting\",\"evidence\":[",
      "      {\"source\":\"s0\",\"quote\":\"gamma\"},",
      "      {\"source\":\"s1\",\"quote\":\"anything\"}", "    ]}", "  ],", "  \"actors\": [",
    ]
    lines += elements(12) { index in
      "    {\"id\":\"a\(index)\",\"name\":\"Actor \(index % 5)\",\"type\":\"person\","
        + "\"aliases\":[\"A\(index)\"]}"
    }
    lines += ["  ],", "  \"links\": ["]
    lines += elements(16) { index in
      "    {\"from\":\"a\(index % 12)\",\"to\":\"p\(index % 4)\",\"relation\":\"partner\","
        + "\"evidence\":[{\"source\":\"s0\",\"quote\":\"delta\"}]}"
    }
    lines += ["  ],", "  \"projects\": ["]
    lines += elements(4) { index in
      "    {\"id\":\"p\(index)\",\"name\":\"Project \(index)\",\"type\":\"plant\"}"
    }
    lines += ["  ]\(extra.after)", "}"]
    if !extra.before.isEmpty { lines.insert(extra.before, at: lines.count - 2) }
    return lines
  }

  /// `count` array elements, one per line, each but the last followed by a comma.
  private func elements(_ count: Int, _ element: (Int) -> String) -> [String] {
    (0..<count).map { element($0) + ($0 < count - 1 ? "," : "") }
  }

  /// Reads `text` in one pass, or in two halves split at `split`.
  private func read(_ text: String, splittingAt split: Int? = nil) -> (
    outcome: Outcome?, problems: [String]
  ) {
    let bytes = Array(text.utf8)
    let problems = ProblemCollector(bytes: bytes)
    let imported = bytes.withUnsafeBufferPointer { buffer in
      let input = ImportInput(
        bytes: buffer, problems: problems, warnings: ProblemCollector(bytes: bytes),
        progress: nil, readTextFile: { _ in .failure(TextFileError(message: "none")) })
      guard let split else { return NativeImporter.read(input, twoHalvesFrom: .max) }
      return NativeImporter.readInTwoHalves(input, splittingAt: split)
    }
    let outcome = imported.map { imported in
      let ids = imported.entityIDs!
      var content = imported.content
      content.entities = imported.tables!.entities.values
      content.links = imported.tables!.links.values
      return Outcome(
        content: content,
        indexByID: Dictionary(uniqueKeysWithValues: ids.ids.map { ($0, ids[$0]!) }),
        from: imported.linkEnds!.from, to: imported.linkEnds!.to)
    }
    return (outcome, problems.problems(file: "f").map(\.description))
  }

  /// The offset where each line starts, with whether it is an element of a top-level array
  /// of entities or links (a line of four spaces and `{`, after a line ending in `,`).
  private func lineStarts(_ lines: [String]) -> [(offset: Int, isElement: Bool)] {
    var offset = 0
    return lines.indices.map { index in
      defer { offset += lines[index].utf8.count + 1 }
      let isElement =
        index > 0 && lines[index].hasPrefix("    {") && lines[index - 1].hasSuffix(",")
        && !lines[index].hasPrefix("    {\"id\":\"s")
      return (offset + lines[index].prefix { $0 == " " }.count, isElement)
    }
  }

  @Test func everySplitGivesWhatOnePassGives() throws {
    let lines = dossierLines()
    let text = lines.joined(separator: "\n")
    let whole = try #require(read(text).outcome)
    #expect(whole.content.entities.count == 29)
    var joined = 0
    for (offset, isElement) in lineStarts(lines) {
      let halves = read(text, splittingAt: offset)
      #expect(halves.problems.isEmpty)
      if isElement {
        #expect(halves.outcome == whole, "split at \(offset)")
        joined += 1
      } else if let outcome = halves.outcome {
        #expect(outcome == whole, "split at \(offset)")
      }
    }
    #expect(joined > 30)
  }

  @Test func theMiddleOfALargeFileIsFoundAsAnElement() throws {
    let bytes = Array(dossierLines().joined(separator: "\n").utf8)
    let (split, key) = bytes.withUnsafeBufferPointer { buffer in
      let split = SplitPoint.find(in: buffer)
      return (split, split.flatMap { SplitPoint.arrayKey(before: $0, in: buffer) })
    }
    let offset = try #require(split)
    #expect(bytes[offset] == UInt8(ascii: "{"))
    #expect(key == "actors")
  }

  /// Files with one problem (a text replaced), placed so that most splits put it in the
  /// second half.
  @Test(arguments: [
    ("unknown end", "\"to\":\"p3\"", "\"to\":\"p9\""),
    ("duplicate id across the halves", "\"id\":\"p2\"", "\"id\":\"e3\""),
    ("quote not in the text", "\"quote\":\"delta\"", "\"quote\":\"omega\""),
    ("syntax error late", "\"Project 3\"", "\"Project 3\","),
    (
      "source named late", "{\"source\":\"s0\",\"quote\":\"delta\"}",
      "{\"source\":\"s7\",\"quote\":\"delta\"}"
    ),
  ])
  func aFileWithAProblemIsNeverJoined(name: String, original: String, replacement: String) {
    let lines = dossierLines()
    let text = lines.joined(separator: "\n").replacingOccurrences(of: original, with: replacement)
    #expect(read(text).outcome == nil)
    #expect(!read(text).problems.isEmpty)
    for (offset, _) in lineStarts(lines) where offset < text.utf8.count {
      let halves = read(text, splittingAt: offset)
      #expect(halves.outcome == nil, "\(name), split at \(offset)")
      #expect(halves.problems.isEmpty)
    }
  }

  /// The second half checks its quotes against the sources the first half published as
  /// it reads them, keeping none to check after the join; a quote its source lacks is a
  /// problem of the second half (which the join never accepts).
  @Test(arguments: [("delta", true), ("omega", false)])
  func theSecondHalfChecksQuotesAgainstThePublishedSources(quote: String, isFound: Bool) throws {
    let lines = dossierLines()
    let text = lines.joined(separator: "\n").replacingOccurrences(
      of: "\"quote\":\"delta\"", with: "\"quote\":\"\(quote)\"")
    let firstLink = try #require(lines.firstIndex { $0.contains("\"from\"") })
    let split = lineStarts(lines)[firstLink + 1].offset
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { buffer in
      func decoder() -> ContentDecoder {
        ContentDecoder(
          bytes: buffer, problems: ProblemCollector(bytes: []),
          readTextFile: { _ in .failure(TextFileError(message: "none")) })
      }
      let shared = SharedSources()
      var first = decoder()
      first.publishesSources = shared
      _ = try first.decodeFirstHalf()
      #expect(shared.sources?.ids.count == 2)
      var second = decoder()
      second.borrowsSources = shared
      second.leavesLinkEndsUnresolved = true
      _ = try second.decodeSecondHalf(from: split, inArray: "links")
      #expect(second.quotes.isEmpty)
      #expect(second.sourceReferences.isEmpty)
      #expect(second.problems.isEmpty == isFound)
    }
  }

  /// The first half tells how far the whole read has got (both halves advance at about
  /// one pace), so that a loading screen does not stop at one half.
  @Test func progressCountsTheFirstHalfForTheWholeFile() throws {
    let events = (0..<3000).map { #"    {"id": "e\#($0)", "name": "Event \#($0)", "type": "x"}"# }
    let text =
      "{\"format\": \"dossier\", \"version\": 1, \"title\": \"T\", \"events\": [\n"
      + events.joined(separator: ",\n") + "\n]}"
    let bytes = Array(text.utf8)
    let progress = LoadProgress()
    let imported = bytes.withUnsafeBufferPointer { buffer -> ImportedContent? in
      let input = ImportInput(
        bytes: buffer, problems: ProblemCollector(bytes: bytes),
        warnings: ProblemCollector(bytes: bytes), progress: progress,
        readTextFile: { _ in .failure(TextFileError(message: "none")) })
      guard let split = SplitPoint.find(in: buffer) else { return nil }
      return NativeImporter.readInTwoHalves(input, splittingAt: split)
    }
    #expect(imported?.tables?.entities.count == 3000)
    #expect(progress.fraction > 0.8)
    #expect(progress.fraction <= 1)
    #expect(progress.phase == .indexing)
  }

  /// A dossier large enough for its bodies' index to be built while it is checked finds
  /// words of summaries and quotes as a small one does.
  @Test func aLargeDossierSearchesItsBodies() throws {
    let count = NativeImporter.backgroundBodiesMinimumCount + 10
    let events = (0..<count).map { index in
      #"{"id": "e\#(index)", "name": "Event \#(index)", "type": "x", "#
        + #""summary": "about topic\#(index % 97) and w\#(index)"}"#
    }
    let text =
      #"{"format": "dossier", "version": 1, "title": "T", "events": ["#
      + events.joined(separator: ",\n") + "]}"
    let dossier = try DossierLoader.load(.bytes(Array(text.utf8), fileName: "big.json")).dossier
    let hits = dossier.searchIndex.search(SearchQuery("w10003"), kinds: [.event])
    #expect(hits.map { dossier.entities[$0.entityIndex].id } == ["e10003"])
    let topic = dossier.searchIndex.search(SearchQuery("topic5"), kinds: [.event])
    #expect(topic.count == (0..<count).filter { String($0 % 97).hasPrefix("5") }.count)
  }

  /// The bodies' index of a file read in two halves (begun by whichever half finishes
  /// first, over its own entities, and joined) is the index built at once, whichever half
  /// finishes first; the halves differ in size so that each finishes first sometimes.
  @Test(arguments: [0.3, 0.5, 0.7])
  func bodiesBegunByEitherHalfJoinAsTheIndexBuiltAtOnce(share: Double) throws {
    let count = 5 * NativeImporter.backgroundBodiesMinimumCount
    let events = (0..<count).map { index in
      #"    {"id": "e\#(index)", "name": "Event \#(index)", "type": "x", "#
        + #""summary": "about topic\#(index % 97) and w\#(index) Zürich"}"#
    }
    let text =
      "{\"format\": \"dossier\", \"version\": 1, \"title\": \"T\", \"events\": [\n"
      + events.joined(separator: ",\n") + "\n]}"
    let bytes = Array(text.utf8)
    let imported = try #require(
      bytes.withUnsafeBufferPointer { buffer -> ImportedContent? in
        let input = ImportInput(
          bytes: buffer, problems: ProblemCollector(bytes: bytes),
          warnings: ProblemCollector(bytes: bytes), progress: nil,
          readTextFile: { _ in .failure(TextFileError(message: "none")) })
        var split = Int(Double(buffer.count) * share)
        while buffer[split - 1] != UInt8(ascii: " ") || buffer[split] != UInt8(ascii: "{") {
          split += 1
        }
        return NativeImporter.readInTwoHalves(input, splittingAt: split)
      })
    let records = try #require(imported.tables?.entities.records)
    let joined = try #require(imported.bodies).value
    let whole = WordIndex.bodies(of: records)
    #expect(records.count == count)
    #expect(Array(joined.vocabulary.cased) == Array(whole.vocabulary.cased))
    #expect(Array(joined.postingStarts) == Array(whole.postingStarts))
    #expect(Array(joined.postingEntities) == Array(whole.postingEntities))
    #expect(Array(joined.postingFlags) == Array(whole.postingFlags))
  }

  @Test func aTopLevelFieldTwiceAcrossTheHalvesIsNeverJoined() {
    let lines = dossierLines(extra: (before: "", after: ",\n  \"title\": \"Again\""))
    let text = lines.joined(separator: "\n")
    #expect(read(text).outcome == nil)
    for (offset, isElement) in lineStarts(lines) where isElement {
      #expect(read(text, splittingAt: offset).outcome == nil, "split at \(offset)")
    }
  }

  @Test func theLoaderGivesOnePassMessagesForALargeBrokenFile() throws {
    let padding = String(repeating: "x", count: 1 << 20)
    var lines = dossierLines()
    let firstActor = try #require(lines.firstIndex { $0.contains("\"id\":\"a0\"") })
    for index in 0..<12 {
      lines.insert(
        "    {\"id\":\"pad\(index)\",\"name\":\"Pad\",\"type\":\"person\",\"summary\":\"\(padding)\"},",
        at: firstActor)
    }
    let good = lines.joined(separator: "\n")
    let bad = good.replacingOccurrences(of: "\"to\":\"p3\"", with: "\"to\":\"p9\"")
    #expect(good.utf8.count > NativeImporter.twoHalvesMinimumSize)
    let middle = try #require(
      Array(good.utf8).withUnsafeBufferPointer { SplitPoint.find(in: $0) })
    #expect(read(good, splittingAt: middle).outcome == read(good).outcome)
    let loaded = try DossierLoader.load(.bytes(Array(good.utf8), fileName: "big.json"))
    #expect(loaded.dossier.entities.count == 41)
    #expect(loaded.dossier.linkGroups(of: "p3").first?.count == 4)
    #expect(throws: DossierLoadError.self) {
      try DossierLoader.load(.bytes(Array(bad.utf8), fileName: "big.json"))
    }
    do {
      _ = try DossierLoader.load(.bytes(Array(bad.utf8), fileName: "big.json"))
    } catch {
      let oneLine = error.problems.map(\.description)
      #expect(oneLine.count == 4)
      #expect(oneLine.allSatisfy { $0.contains("unknown entity \"p9\"") && $0.contains("links[") })
    }
  }
}
