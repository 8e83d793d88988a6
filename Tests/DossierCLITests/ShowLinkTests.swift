import Foundation
import Testing

/// `show` takes the id of a link that has one, as FtM's Ownership entities do.
@Suite struct ShowLinkTests {
  private let lines = [
    #"{"id": "NK-owner", "schema": "Person", "properties": {"name": ["Ann Owner"]}}"#,
    #"{"id": "c1", "schema": "Company", "properties": {"name": ["Acme Ltd"]}}"#,
    #"{"id": "own-1", "schema": "Ownership", "properties": {"owner": ["NK-owner"], "#
      + #""asset": ["c1"], "percentage": ["51.2"], "startDate": ["2016-08-01"], "#
      + #""role": ["beneficial owner"]}}"#,
  ]

  @Test func aLinksPageShowsItsEndsRoleDateAndFacts() throws {
    try withTemporaryDirectory { directory in
      let path = try writeFile(lines.joined(separator: "\n"), named: "o.ftm", in: directory)
      let result = try runDossier(["show", "own-1", "--data", path])
      #expect(result.status == 0, "\(result.transcript)")
      let shown = result.stdout.components(separatedBy: "\n")
      #expect(shown.first == "Ownership")
      #expect(shown.contains("link · own-1"))
      #expect(shown.contains("Ann Owner  NK-owner  →  Acme Ltd  c1"), "\(result.transcript)")
      #expect(shown.contains("Role: beneficial owner"))
      #expect(shown.contains("Date: 1 Aug 2016"))
      #expect(shown.contains { $0.hasPrefix("  Percentage held") && $0.hasSuffix("51.2") })
    }
  }

  @Test func aLinksJSONNamesItsEnds() throws {
    try withTemporaryDirectory { directory in
      let path = try writeFile(lines.joined(separator: "\n"), named: "o.ftm", in: directory)
      let result = try runDossier(["show", "own-1", "--json", "--data", path])
      #expect(result.status == 0, "\(result.transcript)")
      let links = try #require(try result.json() as? [[String: Any]])
      #expect(links.count == 1)
      #expect(links.first?["from"] as? String == "NK-owner")
      #expect(links.first?["to"] as? String == "c1")
      #expect(links.first?["relation"] as? String == "Ownership")
      #expect(links.first?["role"] as? String == "beneficial owner")
    }
  }
}
