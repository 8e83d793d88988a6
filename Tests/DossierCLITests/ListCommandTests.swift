import Foundation
import Testing

/// `dossier list events|actors|projects`, run as a built binary.
@Suite struct ListCommandTests {
  let file: BundledFile

  init() throws {
    file = try BundledFile()
  }

  /// The table rows of a `list` run (header dropped), as their ID column.
  private func listedIDs(_ result: RunResult) -> [String] {
    result.lines.dropFirst().map(lastColumn)
  }

  @Test func eventsAreListedInTimelineOrder() throws {
    let result = try runDossier("list", "events")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stderr.isEmpty)

    let header = try #require(result.lines.first)
    #expect(
      header.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        == ["DATE", "NAME", "TYPE", "ID"])
    #expect(listedIDs(result) == file.orderedIDs("events"), "\(result.transcript)")

    let firstRow = try #require(result.lines.dropFirst().first)
    #expect(lastColumn(firstRow) == "state-visit-2013")
    #expect(firstRow.hasPrefix("2013 "))
  }

  @Test func undatedEventsComeLastWithADash() throws {
    let result = try runDossier("list", "events")
    let rows = Array(result.lines.dropFirst())
    let undated = Set(file.entities("events").filter { $0["date"] == nil }.map(\.id))
    try #require(!undated.isEmpty, "the bundled dossier should have undated events")

    let tail = rows.suffix(undated.count)
    #expect(Set(tail.map(lastColumn)) == undated, "\(result.transcript)")
    for row in tail {
      #expect(row.hasPrefix("—"), "undated row without a dash: \(row)")
    }
    let lastRow = try #require(rows.last)
    #expect(undated.contains(lastColumn(lastRow)))
  }

  @Test func dateColumnShowsYearAndMarksInferredDates() throws {
    let result = try runDossier("list", "events")
    var rowByID: [String: String] = [:]
    for row in result.lines.dropFirst() { rowByID[lastColumn(row)] = row }
    for event in file.entities("events") {
      let row = try #require(rowByID[event.id], "\(event.id) not listed")
      let dateLabel = String(row.prefix { !$0.isWhitespace })
      guard let date = event["date"] as? String else {
        #expect(dateLabel == "—")
        continue
      }
      let inferred = event["dateInferred"] as? Bool ?? false
      #expect(dateLabel.hasPrefix("~") == inferred, "\(event.id): \(row)")
      #expect(dateLabel.contains(String(date.prefix(4))), "\(event.id): \(row)")
      #expect(row.contains(event["name"] as? String ?? "<missing>"))
    }
  }

  @Test(arguments: [
    (
      "actors",
      [
        "Xi Jinping", "Kassym-Jomart Tokayev", "China", "Kazakhstan", "Fatima Tuz Zehra",
        "The Gulf Observer",
      ]
    ),
    (
      "projects",
      [
        "Belt and Road Initiative", "Silk Road Economic Belt", "Zhanatas wind farm",
        "Turgusun hydropower plant",
      ]
    ),
  ])
  func actorsAndProjectsAreListedByName(kind: String, expectedNames: [String]) throws {
    let result = try runDossier("list", kind)
    #expect(result.status == 0, "\(result.transcript)")
    let header = try #require(result.lines.first)
    #expect(header.split(separator: " ").map(String.init) == ["NAME", "TYPE", "ID"])

    for name in expectedNames {
      #expect(
        result.lines.dropFirst().contains { $0.hasPrefix(name + " ") },
        "\(name) missing from \(result.transcript)")
    }
    // Every entity of the file, in name order, and nothing else.
    #expect(listedIDs(result) == file.orderedIDs(kind), "\(result.transcript)")
    for entity in file.entities(kind) {
      let row = try #require(result.lines.first { lastColumn($0) == entity.id })
      #expect(row.hasPrefix(entity["name"] as? String ?? "<missing>"))
      #expect(row.contains(entity["type"] as? String ?? "<missing>"))
    }
  }

  @Test(arguments: ["events", "actors", "projects"])
  func jsonMatchesTheFile(kind: String) throws {
    let result = try runDossier("list", kind, "--json")
    #expect(result.status == 0, "\(result.transcript)")
    let items = try result.jsonObjects()
    let fileEntities = file.entities(kind)
    #expect(items.count == fileEntities.count)
    #expect(items.map(\.id) == file.orderedIDs(kind))

    let singular = String(kind.dropLast())
    for item in items {
      let original = try #require(file.entity(item.id), "unknown id \(item.id)")
      #expect(item["kind"] as? String == singular)
      #expect(item["name"] as? String == original["name"] as? String)
      #expect(item["type"] as? String == original["type"] as? String)
      if kind == "events" {
        #expect(item.keys.contains("date"), "events carry a date key: \(item)")
        if let date = original["date"] as? String {
          #expect(item["date"] as? String == date)
        } else {
          #expect(item["date"] is NSNull, "undated event \(item.id) should have date null")
        }
        #expect(
          item["dateInferred"] as? Bool == (original["dateInferred"] as? Bool ?? false))
      } else {
        #expect(!item.keys.contains("date"), "\(kind) carry no date: \(item)")
      }
    }
  }

  @Test func jsonAndTableAgree() throws {
    for kind in ["events", "actors", "projects"] {
      let table = try runDossier("list", kind)
      let json = try runDossier("list", kind, "--json")
      #expect(listedIDs(table) == (try json.jsonObjects()).map(\.id), "\(kind)")
    }
  }

  @Test func singularKindIsAccepted() throws {
    let singular = try runDossier("list", "event")
    let plural = try runDossier("list", "events")
    #expect(singular.status == 0)
    #expect(singular.stdout == plural.stdout)
  }

  @Test func pipedOutputHasNoColour() throws {
    for kind in ["events", "actors", "projects"] {
      let result = try runDossier("list", kind)
      #expect(!result.stdout.contains("\u{1B}"), "escape code in piped \(result)")
    }
  }

  @Test func unknownKindIsAUsageError() throws {
    for arguments in [["list", "widgets"], ["list"], ["list", "events", "--bogus"]] {
      let result = try runDossier(arguments)
      #expect(result.status == 2, "\(result.transcript)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("Usage: dossier list"), "\(result.transcript)")
    }
  }

  @Test func otherDossierWithData() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("list", "actors", "--json", "--data", path)
      #expect(try result.jsonObjects().map(\.id) == [HostileDossier.actorID])
    }
  }

  @Test(arguments: ["events", "actors", "projects"])
  func controlCharactersInDataAreShownVisibly(kind: String) throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let table = try runDossier("list", kind, "--data", path)
      HostileDossier.expectNeutralized(
        table, visible: kind == "projects" ? [#"\u{9B}"#] : [#"\u{1B}"#])
      if kind == "events" {
        #expect(table.stdout.contains(#"Crimson \u{1B}[31mRed\u{1B}[0m summit"#))
        #expect(table.stdout.contains(#"summit\u{9B}"#))
      }
      if kind == "actors" {
        #expect(table.stdout.contains(#"Crimson \u{1B}]0;title\u{7} actor"#))
      }

      let json = try runDossier("list", kind, "--json", "--data", path)
      #expect(rawControlScalars(in: json.stdout).isEmpty, "\(json.transcript)")
      let names = try json.jsonObjects().compactMap { $0["name"] as? String }
      #expect(names.count == 1)
      #expect(names.allSatisfy { $0.hasPrefix("Crimson ") })
      switch kind {
      case "events":
        #expect(json.stdout.contains(#"\u001b[31mRed\u001b[0m"#))
        #expect(names == ["Crimson \u{1B}[31mRed\u{1B}[0m summit"])
      case "actors":
        #expect(json.stdout.contains(#"\u001b]0;title\u0007"#))
      default:
        #expect(json.stdout.contains(#"\u009b2J"#))
      }
    }
  }

  @Test func terminalOutputOnlyHasColourCodes() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier(
        ["list", "events", "--data", path], stdout: .terminal(columns: 200))
      #expect(result.status == 0, "\(result.transcript)")
      #expect(result.stdout.contains("\u{1B}["), "no colour on a terminal: \(result.transcript)")
      let plain = removingColourCodes(result.stdout).replacingOccurrences(of: "\r", with: "")
      #expect(rawControlScalars(in: plain).isEmpty, "\(result.transcript)")
      #expect(plain.contains(#"Crimson \u{1B}[31mRed\u{1B}[0m summit"#))
    }
  }
}
