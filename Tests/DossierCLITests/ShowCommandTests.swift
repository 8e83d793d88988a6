import Foundation
import Testing

/// `dossier show ID [--json]`, run as a built binary.
@Suite struct ShowCommandTests {
  let file: BundledFile

  init() throws {
    file = try BundledFile()
  }

  /// The rows of the link group headed `heading` (e.g. "← took part in") in `show` output.
  private func linkGroupRows(_ result: RunResult, heading: String) -> [String]? {
    let lines = result.lines
    guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(heading) (") }) else {
      return nil
    }
    return Array(lines[(start + 1)...].prefix { $0.hasPrefix("    ") })
  }

  /// The count printed in a group heading such as "  ← took part in (6)".
  private func linkGroupCount(_ result: RunResult, heading: String) -> Int? {
    guard let line = result.lines.first(where: { $0.hasPrefix("  \(heading) (") }) else {
      return nil
    }
    return Int(line.dropFirst("  \(heading) (".count).prefix { $0.isNumber })
  }

  @Test func awardListsItsParticipantsAndQuotes() throws {
    let result = try runDossier("show", "golden-eagle-award-2022")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stderr.isEmpty)
    let award = try #require(file.entity("golden-eagle-award-2022"))
    #expect(result.lines.first == award["name"] as? String)
    #expect(result.stdout.contains("golden-eagle-award-2022"))

    let participants = try #require(
      linkGroupRows(result, heading: "→ participants"), "\(result.transcript)")
    for (id, name) in [
      ("xi-jinping", "Xi Jinping"), ("kassym-jomart-tokayev", "Kassym-Jomart Tokayev"),
    ] {
      let row = participants.first { lastColumn($0) == id }
      #expect(row?.contains(name) == true, "\(name) missing from \(result.transcript)")
    }
    // Roles come from the links.
    for link in file.links where link["from"] as? String == "golden-eagle-award-2022" {
      guard link["relation"] as? String == "participant", let role = link["role"] as? String
      else { continue }
      let row = participants.first { lastColumn($0) == link["to"] as? String }
      #expect(row?.contains(role) == true, "role \(role) missing")
    }

    // Every supporting quote, even when wrapped over lines.
    let text = collapsingWhitespace(result.stdout)
    let evidence = award["evidence"] as? [[String: Any]] ?? []
    try #require(!evidence.isEmpty)
    for item in evidence {
      let quote = try #require(item["quote"] as? String)
      #expect(text.contains("“" + quote + "”"), "quote missing: \(quote)\n\(result.transcript)")
    }
    let source = try #require(file.sources.first)
    #expect(text.contains(source["title"] as? String ?? "<missing>"))
  }

  @Test func kazakhstanShowsEveryEventItTookPartIn() throws {
    let result = try runDossier("show", "kazakhstan")
    #expect(result.status == 0, "\(result.transcript)")
    let expected = file.links.filter {
      $0["to"] as? String == "kazakhstan" && $0["relation"] as? String == "participant"
    }.compactMap { $0["from"] as? String }
    try #require(!expected.isEmpty)

    let rows = try #require(
      linkGroupRows(result, heading: "← took part in"), "no backlinks in \(result.transcript)")
    #expect(Set(rows.map(lastColumn)) == Set(expected))
    #expect(rows.count == expected.count)
    #expect(linkGroupCount(result, heading: "← took part in") == expected.count)
    // Backlinks are ordered like the timeline.
    let timeline = file.orderedIDs("events")
    #expect(rows.map(lastColumn) == timeline.filter(expected.contains))
    for row in rows {
      #expect(row.hasPrefix("    event "), "\(row)")
    }
  }

  @Test func everyLinkGroupMatchesTheFile() throws {
    for id in ["kazakhstan", "xi-jinping", "belt-and-road-initiative", "state-visit-2013"] {
      let result = try runDossier("show", id, "--json")
      #expect(result.status == 0, "\(result.transcript)")
      let groups = try result.jsonObject()["links"] as? [[String: Any]] ?? []
      var shown: [String] = []
      for group in groups {
        let relation = group["relation"] as? String ?? ""
        let outgoing = group["direction"] as? String == "outgoing"
        for entity in group["entities"] as? [[String: Any]] ?? [] {
          shown.append(
            outgoing ? "\(id)|\(relation)|\(entity.id)" : "\(entity.id)|\(relation)|\(id)")
        }
      }
      let expected = file.links.compactMap { link -> String? in
        let from = link["from"] as? String ?? ""
        let to = link["to"] as? String ?? ""
        guard from == id || to == id else { return nil }
        return "\(from)|\(link["relation"] as? String ?? "")|\(to)"
      }
      #expect(shown.sorted() == expected.sorted(), "\(id)")
    }
  }

  @Test func jsonHasLinksGroupedAndEvidenceWithSources() throws {
    let result = try runDossier("show", "golden-eagle-award-2022", "--json")
    #expect(result.status == 0, "\(result.transcript)")
    let object = try result.jsonObject()
    let award = try #require(file.entity("golden-eagle-award-2022"))
    #expect(object.id == "golden-eagle-award-2022")
    #expect(object["kind"] as? String == "event")
    #expect(object["name"] as? String == award["name"] as? String)
    #expect(object["date"] as? String == award["date"] as? String)
    #expect(object["summary"] as? String == award["summary"] as? String)
    #expect(object["aliases"] as? [String] == award["aliases"] as? [String] ?? [])

    let evidence = try #require(object["evidence"] as? [[String: Any]])
    let fileEvidence = award["evidence"] as? [[String: Any]] ?? []
    #expect(
      evidence.compactMap { $0["quote"] as? String }
        == fileEvidence.compactMap { $0["quote"] as? String })
    let fileSource = try #require(file.sources.first)
    for item in evidence {
      let source = try #require(item["source"] as? [String: Any], "evidence without source")
      #expect(source.id == fileSource.id)
      #expect(source["title"] as? String == fileSource["title"] as? String)
      #expect(source["publisher"] as? String == fileSource["publisher"] as? String)
    }

    let groups = try #require(object["links"] as? [[String: Any]])
    let participants = try #require(
      groups.first { $0["relation"] as? String == "participant" }, "\(result.transcript)")
    #expect(participants["direction"] as? String == "outgoing")
    #expect(participants["label"] as? String == "participants")
    let entities = try #require(participants["entities"] as? [[String: Any]])
    #expect(participants["count"] as? Int == entities.count)
    #expect(Set(entities.map(\.id)).isSuperset(of: ["xi-jinping", "kassym-jomart-tokayev"]))
    for entity in entities {
      let original = try #require(file.entity(entity.id))
      #expect(entity["kind"] as? String == "actor")
      #expect(entity["name"] as? String == original["name"] as? String)
      #expect(entity.keys.contains("role"))
      #expect(entity["evidence"] is [Any])
    }
    for group in groups {
      #expect(["outgoing", "incoming"].contains(group["direction"] as? String ?? ""))
      #expect(group["relation"] is String)
      #expect(group["entities"] is [[String: Any]])
    }
  }

  @Test func jsonBacklinksOfKazakhstan() throws {
    let object = try runDossier("show", "kazakhstan", "--json").jsonObject()
    let groups = object["links"] as? [[String: Any]] ?? []
    let tookPartIn = try #require(
      groups.first {
        $0["relation"] as? String == "participant" && $0["direction"] as? String == "incoming"
      })
    #expect(tookPartIn["label"] as? String == "took part in")
    let expected = file.links.filter {
      $0["to"] as? String == "kazakhstan" && $0["relation"] as? String == "participant"
    }.compactMap { $0["from"] as? String }
    let entities = tookPartIn["entities"] as? [[String: Any]] ?? []
    #expect(Set(entities.map(\.id)) == Set(expected))
    #expect(entities.allSatisfy { $0["kind"] as? String == "event" })
  }

  @Test func exactNameOrAliasAlsoWorks() throws {
    let byID = try runDossier("show", "golden-eagle-award-2022")
    let award = try #require(file.entity("golden-eagle-award-2022"))
    let alias = try #require((award["aliases"] as? [String])?.first)
    for key in [award["name"] as? String ?? "", alias, alias.uppercased()] {
      let result = try runDossier("show", key)
      #expect(result.status == 0, "\(result.transcript)")
      #expect(result.stdout == byID.stdout, "show \(key)")
    }
    let xi = try runDossier("show", "Xi", "--json")
    #expect(try xi.jsonObject().id == "xi-jinping")
  }

  @Test func unknownIDSuggestsTheNearestOne() throws {
    let result = try runDossier("show", "kazakstan")
    #expect(result.status == 1, "\(result.transcript)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("kazakstan"))
    #expect(result.stderr.contains("did you mean"), "\(result.transcript)")
    #expect(result.stderr.contains("\"kazakhstan\""), "\(result.transcript)")

    let json = try runDossier("show", "golden-eagle-award-2021", "--json")
    #expect(json.status == 1)
    #expect(json.stdout.isEmpty)
    #expect(json.stderr.contains("\"golden-eagle-award-2022\""), "\(json.transcript)")
  }

  @Test func unknownIDWithNothingCloseHasNoSuggestion() throws {
    let result = try runDossier("show", "qqqqqqqqqqqq")
    #expect(result.status == 1)
    #expect(result.stderr.contains("no entity"), "\(result.transcript)")
    #expect(!result.stderr.contains("did you mean"), "\(result.transcript)")
  }

  @Test func emptyIDIsAUsageError() throws {
    let result = try runDossier("show", "")
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stderr.contains("ID must not be empty"), "\(result.transcript)")
  }

  @Test func missingIDIsAUsageError() throws {
    let result = try runDossier("show")
    #expect(result.status == 2, "\(result.transcript)")
    #expect(result.stderr.contains("Usage: dossier show"))
  }

  @Test func everyEntityCanBeShown() throws {
    for entity in file.allEntities {
      let result = try runDossier("show", entity.id)
      #expect(result.status == 0, "\(result.transcript)")
      #expect(result.lines.first == entity["name"] as? String)
      #expect(!result.stdout.contains("\u{1B}"), "colour in piped output of \(entity.id)")
    }
  }

  @Test func controlCharactersInDataAreShownVisibly() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      for id in [HostileDossier.eventID, HostileDossier.actorID, HostileDossier.projectID] {
        let result = try runDossier("show", id, "--data", path)
        HostileDossier.expectNeutralized(result)
      }
      let event = try runDossier("show", HostileDossier.eventID, "--data", path)
      let text = collapsingWhitespace(event.stdout)
      for visible in [
        #"Crimson \u{1B}[31mRed\u{1B}[0m summit"#,  // name
        #"summit\u{9B}"#,  // type
        #"\u{1B}]0;title\u{7}"#,  // OSC in summary, note and source title
        #"C1 \u{9B}31m"#,  // C1 CSI in the summary
        #"\u{202E}evil\u{202C}"#,  // bidi override in the summary
        #"“said \u{1B}[31mRed\u{1B}[0m loudly \u{9B}”"#,  // quote
        #"Press \u{9B}2J"#,  // publisher
        #"host\u{1B}[0m"#,  // link role
        #"Alias \u{1B}[1mBold\u{1B}[0m"#,  // alias
        #"Label \u{1B}[2J"#,  // property label
        #"Value \u{9B}1m"#,  // property value
        #"Share \u{7}: 50\u{1B}[5m%"#,  // link property
      ] {
        #expect(text.contains(visible), "\(visible) not shown in \(event.transcript)")
      }
    }
  }

  @Test func controlCharactersAreEscapedInJSON() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier("show", HostileDossier.eventID, "--json", "--data", path)
      HostileDossier.expectEscapedJSON(result)
      for escaped in [
        #""Crimson \u001b[31mRed\u001b[0m summit""#, #"\u001b]0;title\u0007"#, #"\u009b31m"#,
        #"\u202eevil\u202c"#,
      ] {
        #expect(result.stdout.contains(escaped), "\(escaped) missing in \(result.transcript)")
      }
      // Parsing the JSON gives back the original text.
      let object = try result.jsonObject()
      #expect(object["name"] as? String == "Crimson \u{1B}[31mRed\u{1B}[0m summit")
      let evidence = object["evidence"] as? [[String: Any]] ?? []
      #expect(evidence.first?["quote"] as? String == "said \u{1B}[31mRed\u{1B}[0m loudly \u{9B}")
    }
  }

  @Test func terminalOutputOnlyHasColourCodes() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let result = try runDossier(
        ["show", HostileDossier.eventID, "--data", path], stdout: .terminal(columns: 100))
      #expect(result.status == 0, "\(result.transcript)")
      #expect(result.stdout.contains("\u{1B}[1m"), "no bold title on a terminal")
      let plain = removingColourCodes(result.stdout).replacingOccurrences(of: "\r", with: "")
      #expect(rawControlScalars(in: plain).isEmpty, "\(result.transcript)")
      #expect(!plain.unicodeScalars.contains("\u{202E}"))
    }
  }

  @Test func controlCharactersInTheUnknownIDAreNeutralized() throws {
    let result = try runDossier("show", "nope\u{1B}]0;pwned\u{07}")
    #expect(result.status == 1)
    #expect(rawControlScalars(in: result.stderr.replacingOccurrences(of: "\n", with: "")).isEmpty)
    #expect(result.stderr.contains(#"\u{1B}"#), "\(result.transcript)")
  }
}
