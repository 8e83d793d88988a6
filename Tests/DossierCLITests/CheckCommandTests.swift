import Foundation
import Testing

/// `dossier check [FILE…] [--timing]`, run as a built binary.
@Suite struct CheckCommandTests {
  let file: BundledFile

  init() throws {
    file = try BundledFile()
  }

  /// "11 events, 8 actors, 6 projects, 44 links, 1 source", counted from the file.
  private var bundledCounts: String {
    Self.counts(
      events: file.entities("events").count, actors: file.entities("actors").count,
      projects: file.entities("projects").count, links: file.links.count,
      sources: file.sources.count)
  }

  /// The summary `check` prints after "ok", with nouns in the singular for one, and the
  /// format the file was read as.
  private static func counts(events: Int, actors: Int, projects: Int, links: Int, sources: Int)
    -> String
  {
    [
      (events, "event"), (actors, "actor"), (projects, "project"), (links, "link"),
      (sources, "source"),
    ]
    .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
    .joined(separator: ", ") + " (native)"
  }

  /// The counts of `goodDossier`.
  private static let goodCounts = counts(
    events: 0, actors: 2, projects: 0, links: 1, sources: 0)

  /// A small dossier that loads without problems.
  private static let goodDossier = """
    {
      "format": "dossier",
      "version": 1,
      "title": "Good",
      "actors": [
        {"id": "xi-jinping", "name": "Xi Jinping", "type": "person"},
        {"id": "kazakhstan", "name": "Kazakhstan", "type": "country"}
      ],
      "links": [
        {"from": "xi-jinping", "to": "kazakhstan", "relation": "partner"}
      ]
    }
    """

  /// The 1-based line and column of the first non-blank character of the line that
  /// contains `marker` (the first such line at or after `after`).
  private func position(of marker: String, in text: String, after: String? = nil) throws -> (
    line: Int, column: Int
  ) {
    let lines = text.components(separatedBy: "\n")
    var start = 0
    if let after {
      start = try #require(lines.firstIndex { $0.contains(after) }) + 1
    }
    let index = try #require(
      lines.indices.first { $0 >= start && lines[$0].contains(marker) },
      "\(marker) not in the fixture")
    let line = lines[index]
    let column = line.distance(from: line.startIndex, to: line.range(of: marker)!.lowerBound) + 1
    return (index + 1, column)
  }

  @Test func bundledDossierIsOK() throws {
    let result = try runDossier("check")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout == "ok  \(bundledCounts)\n", "\(result.transcript)")
  }

  @Test func theBundledFileOnDiskIsOK() throws {
    // The shipped file loads from disk too (its textFile lies beside it).
    let result = try runDossier("check", BundledFile.path)
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stdout.contains("\(BundledFile.path): ok  \(bundledCounts)"))
  }

  @Test func missingClosingBraceIsReportedAtItsLine() throws {
    try withTemporaryDirectory { directory in
      // The first actor's object lacks its closing brace; the parser finds out at the
      // "]" on the next line.
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Broken",
          "actors": [
            {"id": "xi-jinping", "name": "Xi Jinping", "type": "person"
          ]
        }
        """
      let path = try writeFile(text, named: "missing-brace.json", in: directory)
      let (line, column) = try position(of: "]", in: text, after: "\"person\"")
      let result = try runDossier("check", path)
      #expect(result.status == 1, "\(result.transcript)")
      #expect(
        result.output.contains("\(path):\(line):\(column): "),
        "expected \(path):\(line):\(column) in \(result.transcript)")
      #expect(result.output.contains("1 problem"))
    }
  }

  @Test func missingClosingBracketIsReportedAtItsLine() throws {
    try withTemporaryDirectory { directory in
      // The actors array lacks its "]": the "}" that follows is where it shows.
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Broken",
          "actors": [
            {"id": "xi-jinping", "name": "Xi Jinping", "type": "person"}
        }
        """
      let path = try writeFile(text, named: "missing-bracket.json", in: directory)
      let lines = text.components(separatedBy: "\n")
      let line = lines.count  // the final "}"
      let result = try runDossier("check", path)
      #expect(result.status == 1, "\(result.transcript)")
      let problem = try #require(
        result.output.components(separatedBy: "\n").first { $0.hasPrefix(path + ":") },
        "no FILE:LINE:COLUMN message in \(result.transcript)")
      #expect(problem.hasPrefix("\(path):\(line):1: "), "\(problem)")
    }
  }

  @Test func duplicateIDAndDanglingLinkAreBothReported() throws {
    try withTemporaryDirectory { directory in
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Two problems",
          "actors": [
            {"id": "xi-jinping", "name": "Xi Jinping", "type": "person"},
            {"id": "kazakhstan", "name": "Kazakhstan", "type": "country"},
            {"id": "xi-jinping", "name": "Xi again", "type": "person"}
          ],
          "links": [
            {"from": "xi-jinping", "to": "kazakstan", "relation": "partner"}
          ]
        }
        """
      let path = try writeFile(text, named: "two-problems.json", in: directory)
      let duplicate = try position(of: "\"xi-jinping\"", in: text, after: "\"kazakhstan\"")
      let dangling = try position(of: "\"kazakstan\"", in: text)
      let first = try position(of: "\"xi-jinping\"", in: text)

      let result = try runDossier("check", path)
      #expect(result.status == 1, "\(result.transcript)")
      let lines = result.output.components(separatedBy: "\n")
      let duplicateLine = try #require(
        lines.first { $0.contains("duplicate") }, "no duplicate report: \(result.transcript)")
      #expect(duplicateLine.hasPrefix("\(path):\(duplicate.line):\(duplicate.column): "))
      #expect(duplicateLine.contains("\"xi-jinping\""))
      #expect(duplicateLine.contains("line \(first.line)"), "points at the first definition")

      let danglingLine = try #require(
        lines.first { $0.contains("kazakstan") }, "no dangling-link report: \(result.transcript)")
      #expect(danglingLine.hasPrefix("\(path):\(dangling.line):\(dangling.column): "))
      #expect(danglingLine.contains("unknown entity"))
      #expect(danglingLine.contains("did you mean \"kazakhstan\""), "\(danglingLine)")
      #expect(result.output.contains("\(path): 2 problems"), "\(result.transcript)")
    }
  }

  @Test func oneGoodOneBadFile() throws {
    try withTemporaryDirectory { directory in
      let good = try writeFile(Self.goodDossier, named: "good.json", in: directory)
      let bad = try writeFile(
        Self.goodDossier.replacingOccurrences(of: "\"to\": \"kazakhstan\"", with: "\"to\": \"kz\""),
        named: "bad.json", in: directory)
      for files in [[good, bad], [bad, good]] {
        let result = try runDossier(["check"] + files)
        #expect(result.status == 1, "\(result.transcript)")
        #expect(
          result.stdout.contains("\(good): ok  \(Self.goodCounts)"),
          "\(result.transcript)")
        #expect(result.output.contains("\(bad):"))
        #expect(result.output.contains("unknown entity \"kz\""), "\(result.transcript)")
        #expect(!result.output.contains("\(bad): ok"))
      }
      let bothGood = try runDossier("check", good, good)
      #expect(bothGood.status == 0)
      #expect(bothGood.lines.count == 2)
    }
  }

  @Test func timingGoesToStderr() throws {
    let result = try runDossier("check", "--timing")
    #expect(result.status == 0)
    #expect(result.stdout == "ok  \(bundledCounts)\n")
    let timing = result.stderr.trimmingCharacters(in: .newlines)
    #expect(
      timing.range(
        of: #"^load: [0-9.]+ ms \(parse [0-9.]+ ms, validate [0-9.]+ ms, index [0-9.]+ ms\)$"#,
        options: .regularExpression) != nil, "\(result.transcript)")

    try withTemporaryDirectory { directory in
      let good = try writeFile(Self.goodDossier, named: "good.json", in: directory)
      let files = try runDossier("check", "--timing", good, good)
      #expect(files.status == 0)
      #expect(files.stderr.components(separatedBy: "load: ").count - 1 == 2, "one line per file")
      #expect(!files.stdout.contains("load: "))
    }
  }

  @Test func nonexistentFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("no-such-dossier.json").path
      let result = try runDossier("check", path)
      #expect(result.status == 1, "\(result.transcript)")
      #expect(result.output.contains(path))
      #expect(result.output.contains("no such file"), "\(result.transcript)")
    }
  }

  @Test func directoryIsNotADossier() throws {
    try withTemporaryDirectory { directory in
      let result = try runDossier("check", directory.path)
      #expect(result.status == 1, "\(result.transcript)")
      #expect(result.output.contains("directory"), "\(result.transcript)")
    }
  }

  @Test func checksTheDataFileWithoutArguments() throws {
    try withTemporaryDirectory { directory in
      let good = try writeFile(Self.goodDossier, named: "good.json", in: directory)
      let result = try runDossier("check", "--data", good)
      #expect(result.status == 0)
      #expect(result.stdout == "ok  \(Self.goodCounts)\n")
    }
  }

  @Test func quoteNotInItsSourceIsAProblem() throws {
    try withTemporaryDirectory { directory in
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Quotes",
          "sources": [{"id": "s", "title": "S", "text": "The quick brown fox."}],
          "actors": [
            {
              "id": "fox", "name": "Fox", "type": "animal",
              "evidence": [{"source": "s", "quote": "The slow brown fox"}]
            }
          ]
        }
        """
      let path = try writeFile(text, named: "quote.json", in: directory)
      let at = try position(of: "\"The slow brown fox\"", in: text)
      let result = try runDossier("check", path)
      #expect(result.status == 1)
      #expect(result.output.contains("\(path):\(at.line):\(at.column): "), "\(result.transcript)")
      #expect(result.output.contains("quote not found"))
    }
  }

  @Test func hostileDossierChecksOK() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("check", path)
      #expect(result.status == 0, "\(result.transcript)")
    }
  }

  @Test func controlCharactersInProblemsAreNeutralized() throws {
    try withTemporaryDirectory { directory in
      let text = """
        {
          "format": "dossier",
          "version": 1,
          "title": "Bad link",
          "actors": [{"id": "a", "name": "A", "type": "t"}],
          "links": [{"from": "a", "to": "x\\u001b]0;pwned\\u0007", "relation": "r"}]
        }
        """
      let path = try writeFile(text, named: "escape.json", in: directory)
      let result = try runDossier("check", path)
      #expect(result.status == 1)
      #expect(rawControlScalars(in: result.output).isEmpty, "\(result.transcript)")
      #expect(result.output.contains(#"\u{1B}"#), "\(result.transcript)")
    }
  }
}
