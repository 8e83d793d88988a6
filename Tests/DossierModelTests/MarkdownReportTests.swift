import Testing

@testable import DossierModel

/// Properties, per-entity links and relation labels in the Markdown report.
@Suite struct MarkdownReportTests {
  private static let json = """
    {
      "format": "dossier", "version": 1, "title": "Ownership",
      "actors": [
        {"id": "acme", "name": "Acme *Ltd*", "type": "company",
         "properties": [
           {"key": "registrationNumber", "label": "Registration number", "type": "identifier",
            "values": ["HRB_4711"]},
           {"key": "address", "label": "Address", "values": ["1 Quay St, Portsmouth", "PO Box 7"]}
         ]},
        {"id": "jane", "name": "Jane Roe", "type": "person"},
        {"id": "portsmouth", "name": "Portsmouth", "type": "city"}
      ],
      "links": [
        {"from": "jane", "to": "acme", "relation": "owner-of", "role": "shareholder",
         "date": "2019", "properties": [{"key": "percentage", "label": "Share", "values": ["50%"]}]},
        {"from": "acme", "to": "portsmouth", "relation": "located-in"}
      ],
      "relations": {"owner-of": {"outgoing": "owns", "incoming": "owned by"}}
    }
    """

  private func report() throws -> [String] {
    let dossier = try #require(loadDossier(Self.json))
    return MarkdownReport.render(dossier).components(separatedBy: "\n")
  }

  @Test func eachEntityListsItsPropertiesAndLinks() throws {
    let lines = try report()
    let acme = try #require(lines.firstIndex(of: "### Acme \\*Ltd\\*"))
    #expect(
      Array(lines[acme..<(acme + 8)]) == [
        "### Acme \\*Ltd\\*",
        "",
        "*company* · `acme`",
        "",
        "- **Registration number:** HRB\\_4711",
        "- **Address:** 1 Quay St, Portsmouth; PO Box 7",
        "- *located in:* Portsmouth",
        "- *owned by:* Jane Roe (shareholder) · 2019 · Share: 50%",
      ])
    let jane = try #require(lines.firstIndex(of: "### Jane Roe"))
    #expect(lines[jane + 4] == "- *owns:* Acme \\*Ltd\\* (shareholder) · 2019 · Share: 50%")
  }

  @Test func theLinksTableReadsRelationsByTheirLabels() throws {
    let lines = try report()
    #expect(lines.contains("| Jane Roe | owns | Acme \\*Ltd\\* | shareholder | 2019 |  |"))
    #expect(lines.contains("| Acme \\*Ltd\\* | located in | Portsmouth |  |  |  |"))
    #expect(!lines.contains { $0.contains("located-in") || $0.contains("owner-of") })
  }
}
