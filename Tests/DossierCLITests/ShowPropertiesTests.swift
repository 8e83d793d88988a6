import Foundation
import Testing

/// Properties and relation labels in `show`, `show --json` and `search`, run as a built
/// binary on a small dossier.
@Suite struct ShowPropertiesTests {
  static let json = """
    {
      "format": "dossier", "version": 1, "title": "Ownership",
      "actors": [
        {"id": "acme", "name": "Acme Ltd", "type": "company",
         "properties": [
           {"key": "registrationNumber", "label": "Registration number", "type": "identifier",
            "values": ["HRB-4711"]},
           {"key": "address", "label": "Address", "type": "address",
            "values": ["12 Quay Street, Portsmouth", "PO Box 7, Southsea"]},
           {"key": "note", "values": ["A company whose note is long enough to wrap past the end of a line of eighty columns."]}
         ]},
        {"id": "jane", "name": "Jane Roe", "type": "person"}
      ],
      "links": [
        {"id": "own-1", "from": "jane", "to": "acme", "relation": "owner-of", "role": "shareholder",
         "date": "2019", "properties": [{"key": "percentage", "label": "Share", "values": ["50%"]}]}
      ],
      "relations": {"owner-of": {"outgoing": "owns", "incoming": "owned by"}}
    }
    """

  private func run(_ arguments: String...) throws -> RunResult {
    try withTemporaryDirectory { directory in
      let path = try writeFile(Self.json, named: "ownership.json", in: directory)
      return try runDossier(arguments + ["--data", path])
    }
  }

  @Test func textListsFactsWithAlignedLabelsAndLinkProperties() throws {
    let result = try run("show", "acme")
    #expect(result.status == 0, "\(result.transcript)")
    #expect(
      result.lines == [
        "Acme Ltd",
        "actor · company · acme",
        "",
        "Facts",
        "  Registration number  HRB-4711",
        "  Address              12 Quay Street, Portsmouth; PO Box 7, Southsea",
        "  note                 A company whose note is long enough to wrap past the end",
        "                       of a line of eighty columns.",
        "",
        "Links",
        "  ← owned by (1)",
        "    actor  Jane Roe (shareholder) · 2019 · Share: 50%  jane",
      ], "\(result.transcript)")
  }

  @Test func jsonHasPropertiesOnTheEntityAndItsLinks() throws {
    let object = try run("show", "jane", "--json").jsonObject()
    #expect(object["properties"] as? [Any] != nil)
    #expect((object["properties"] as? [Any])?.isEmpty == true)
    let groups = object["links"] as? [[String: Any]] ?? []
    #expect(groups.map { $0["label"] as? String } == ["owns"])
    let linked = (groups.first?["entities"] as? [[String: Any]])?.first ?? [:]
    #expect(linked["id"] as? String == "acme")
    #expect(linked["linkID"] as? String == "own-1")
    #expect(
      jsonEqual(
        linked["properties"],
        [["key": "percentage", "label": "Share", "type": "text", "values": ["50%"]]]))

    let acme = try run("show", "acme", "--json").jsonObject()
    let properties = acme["properties"] as? [[String: Any]] ?? []
    #expect(properties.map { $0["key"] as? String } == ["registrationNumber", "address", "note"])
    #expect(properties.first?["type"] as? String == "identifier")
    #expect(jsonEqual(properties.first?["values"], ["HRB-4711"]))
    #expect(properties.last?["label"] as? String == "note", "the label defaults to the key")
  }

  @Test func jsonExportKeepsPropertiesLinkIDsAndRelations() throws {
    try withTemporaryDirectory { directory in
      let original = try writeFile(Self.json, named: "ownership.json", in: directory)
      let exported = directory.appendingPathComponent("exported.json").path
      let first = try runDossier(
        "export", "--format", "json", "--data", original, "--output", exported)
      #expect(first.status == 0, "\(first.transcript)")
      let again = try runDossier("export", "--format", "json", "--data", exported)
      #expect(again.stdoutData == (try Data(contentsOf: URL(fileURLWithPath: exported))))

      let written = try again.jsonObject()
      let parsedOriginal = try JSONSerialization.jsonObject(with: Data(Self.json.utf8))
      for key in ["actors", "links", "relations"] {
        #expect(
          jsonEqual(written[key], (parsedOriginal as? [String: Any])?[key]), "\(key) differs")
      }
    }
  }

  @Test func searchFindsAnIdentifierAndSaysWhere() throws {
    let result = try run("search", "hrb-4711", "--json")
    let hits = try result.jsonObjects()
    #expect(hits.map { $0["id"] as? String } == ["acme"])
    #expect(hits.first?["matchedIn"] as? String == "property")
  }
}
