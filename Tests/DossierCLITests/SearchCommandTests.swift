import Foundation
import Testing

/// `dossier search WORDS… [--kind K]… [--limit N] [--json] [--timing]`, run as a built binary.
@Suite struct SearchCommandTests {
  let file: BundledFile

  init() throws {
    file = try BundledFile()
  }

  /// The text of every searchable field of an entity: name, aliases, summary, quotes.
  private func searchableText(_ entity: [String: Any]) -> String {
    var parts = [entity["name"] as? String ?? ""]
    parts += entity["aliases"] as? [String] ?? []
    parts.append(entity["summary"] as? String ?? "")
    parts += (entity["evidence"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
    return parts.joined(separator: " ").lowercased()
  }

  private func resultIDs(_ result: RunResult) throws -> [String] {
    try result.jsonObjects().map(\.id)
  }

  @Test func goldenEagleFindsTheAwardFirstInTheTable() throws {
    let result = try runDossier("search", "golden", "eagle")
    #expect(result.status == 0, "\(result.transcript)")
    let header = try #require(result.lines.first)
    #expect(
      header.split(separator: " ").map(String.init) == [
        "KIND", "DATE", "NAME", "MATCHED", "IN", "ID",
      ])
    let first = try #require(result.lines.dropFirst().first, "no results: \(result.transcript)")
    #expect(lastColumn(first) == "golden-eagle-award-2022")
    #expect(first.hasPrefix("event "))
    let award = try #require(file.entity("golden-eagle-award-2022"))
    #expect(first.contains(award["name"] as? String ?? "<missing>"))
  }

  @Test func goldenEagleFindsTheAwardFirstInJSON() throws {
    let result = try runDossier("search", "golden", "eagle", "--json")
    #expect(result.status == 0, "\(result.transcript)")
    let items = try result.jsonObjects()
    let first = try #require(items.first)
    #expect(first.id == "golden-eagle-award-2022")
    #expect(first["kind"] as? String == "event")
    #expect(first["matchedIn"] as? String == "name")
    #expect(first["date"] as? String == file.entity(first.id)?["date"] as? String)
    // Every result really contains both words somewhere the search looks.
    for item in items {
      let entity = try #require(file.entity(item.id), "unknown id \(item.id)")
      let text = searchableText(entity)
      #expect(text.contains("golden") && text.contains("eagle"), "\(item.id) matched wrongly")
      #expect(item["name"] as? String == entity["name"] as? String)
    }
  }

  @Test func tableAndJSONListTheSameResults() throws {
    for words in [["golden", "eagle"], ["tokayev"], ["kazakhstan"], ["hydro"]] {
      let table = try runDossier(["search"] + words)
      let json = try runDossier(["search"] + words + ["--json"])
      #expect(table.lines.dropFirst().map(lastColumn) == (try resultIDs(json)), "\(words)")
    }
  }

  @Test func lastWordMatchesAsPrefix() throws {
    let ids = try resultIDs(try runDossier("search", "hydro", "--json"))
    #expect(ids.first == "turgusun-hydropower-plant")
  }

  @Test func kindFiltersResults() throws {
    let all = try resultIDs(try runDossier("search", "tokayev", "--json"))
    let actors = try runDossier("search", "tokayev", "--kind", "actors", "--json")
    #expect(actors.status == 0)
    let actorItems = try actors.jsonObjects()
    #expect(!actorItems.isEmpty)
    #expect(actorItems.allSatisfy { $0["kind"] as? String == "actor" })
    #expect(actorItems.map(\.id).contains("kassym-jomart-tokayev"))
    // Same results, same order, as the unfiltered search restricted to actors.
    let actorIDs = Set(file.entities("actors").map(\.id))
    #expect(actorItems.map(\.id) == all.filter(actorIDs.contains))

    let several = try runDossier(
      "search", "tokayev", "--kind", "actors", "--kind", "projects", "--json")
    let allowed = actorIDs.union(file.entities("projects").map(\.id))
    #expect(try resultIDs(several) == all.filter(allowed.contains))

    let events = try runDossier("search", "tokayev", "--kind", "events")
    let rows = events.lines.dropFirst()
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0.hasPrefix("event ") }, "\(events.transcript)")
  }

  @Test func limitCutsTheRankedList() throws {
    let all = try resultIDs(try runDossier("search", "tokayev", "--json"))
    try #require(all.count > 2, "need more than two results to test --limit")
    let limited = try runDossier("search", "tokayev", "--limit", "2", "--json")
    #expect(try resultIDs(limited) == Array(all.prefix(2)))

    let table = try runDossier("search", "tokayev", "--limit", "2")
    #expect(table.lines.count == 3, "header and two rows: \(table.transcript)")
    #expect(table.lines.dropFirst().map(lastColumn) == Array(all.prefix(2)))

    let large = try runDossier("search", "tokayev", "--limit", "1000", "--json")
    #expect(try resultIDs(large) == all)
  }

  @Test func pipedOutputHasNoColour() throws {
    let result = try runDossier("search", "golden", "eagle")
    #expect(!result.stdout.contains("\u{1B}"), "escape code in piped output: \(result.transcript)")
    #expect(!result.stderr.contains("\u{1B}"))
  }

  @Test func terminalGetsHighlightingUnlessNoColour() throws {
    let coloured = try runDossier(["search", "golden", "eagle"], stdout: .terminal(columns: 160))
    #expect(coloured.status == 0, "\(coloured.transcript)")
    #expect(coloured.stdout.contains("\u{1B}[1;33m"), "no highlight: \(coloured.transcript)")
    #expect(removingColourCodes(coloured.stdout).contains("golden-eagle-award-2022"))

    let plain = try runDossier(
      ["search", "golden", "eagle"], environment: ["NO_COLOR": "1"],
      stdout: .terminal(columns: 160))
    #expect(plain.status == 0)
    #expect(!plain.stdout.contains("\u{1B}"), "colour despite NO_COLOR: \(plain.transcript)")
    #expect(plain.stdout.contains("golden-eagle-award-2022"))
  }

  @Test(arguments: [
    ["search"],
    ["search", "golden", "--limit", "0"],
    ["search", "golden", "--limit", "-3"],
    ["search", "golden", "--limit", "many"],
    ["search", "!!!", "..."],
    ["search", "golden", "--kind", "widgets"],
    ["search", "golden", "--colour"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let result = try runDossier(arguments)
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stdout.isEmpty, "\(result.transcript)")
    #expect(result.stderr.contains("Usage: dossier search"), "\(result.transcript)")
  }

  @Test func noMatchesExitsOneAsGrepDoes() throws {
    let table = try runDossier("search", "zzyzx")
    #expect(table.status == 1, "\(table.transcript)")
    #expect(table.stdout.isEmpty)
    #expect(table.stderr.contains("no matches"), "\(table.transcript)")

    let json = try runDossier("search", "zzyzx", "--json")
    #expect(json.status == 1, "\(json.transcript)")
    #expect(try json.jsonObjects().isEmpty)
    #expect(try runDossier("search", "golden").status == 0)
  }

  @Test func timingGoesToStderr() throws {
    let timed = try runDossier("search", "golden", "eagle", "--timing", "--json")
    let untimed = try runDossier("search", "golden", "eagle", "--json")
    #expect(timed.status == 0)
    #expect(timed.stdout == untimed.stdout, "--timing must not change stdout")
    #expect(timed.stderr.contains("load: "), "\(timed.transcript)")
    #expect(timed.stderr.contains("search: "), "\(timed.transcript)")
    #expect(timed.stderr.contains(" ms"))
    #expect(untimed.stderr.isEmpty)
  }

  @Test func controlCharactersInDataAreShownVisibly() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      // "crimson" is in every entity's name; "summary" only in the event's summary.
      let table = try runDossier("search", "crimson", "--data", path)
      HostileDossier.expectNeutralized(table, visible: [#"\u{1B}"#, #"\u{9B}"#])
      #expect(table.lines.count == 4, "header and three rows: \(table.transcript)")

      let json = try runDossier("search", "crimson", "--json", "--data", path)
      HostileDossier.expectEscapedJSON(json)
      #expect(json.stdout.contains(#"\u009b2J"#))
      #expect(
        Set(try resultIDs(json)) == [
          HostileDossier.eventID, HostileDossier.actorID, HostileDossier.projectID,
        ])

      let terminal = try runDossier(
        ["search", "crimson", "--data", path], stdout: .terminal(columns: 200))
      #expect(terminal.status == 0)
      let visible = removingColourCodes(terminal.stdout).replacingOccurrences(of: "\r", with: "")
      #expect(rawControlScalars(in: visible).isEmpty, "\(terminal.transcript)")
    }
  }

  @Test func controlCharactersInTheQueryAreNeutralizedInMessages() throws {
    let result = try runDossier("search", "zzyzx\u{1B}]0;pwned\u{07}")
    #expect(result.status == 1, "no match: \(result.transcript)")
    #expect(rawControlScalars(in: result.stderr).isEmpty, "\(result.transcript)")
  }
}
