import Testing

@testable import DossierModel

/// Properties on entities and links, link ids and the dossier's own relation labels in
/// the native format: read, checked with located messages, and written back.
@Suite struct PropertyLoadingTests {
  private static let dossierWithProperties = """
    {
      "format": "dossier",
      "version": 1,
      "title": "T",
      "events": [
        {"id": "payment", "name": "Payment", "type": "payment", "date": "2020-03",
         "properties": [
           {"key": "amount", "label": "Amount", "type": "amount", "values": ["1,200 EUR"]}
         ]}
      ],
      "actors": [
        {"id": "acme", "name": "Acme Ltd", "type": "company",
         "properties": [
           {"key": "registrationNumber", "label": "Registration number",
            "type": "identifier", "values": ["HRB 123", "DE-99"]},
           {"key": "note", "values": ["Founded in a garage"]}
         ]},
        {"id": "jane", "name": "Jane Roe", "type": "person"}
      ],
      "links": [
        {"id": "own-1", "from": "jane", "to": "acme", "relation": "owner-of",
         "properties": [{"key": "percentage", "label": "Share", "type": "number", "values": ["50"]}]},
        {"from": "payment", "to": "acme", "relation": "involves"}
      ],
      "relations": {
        "owner-of": {"outgoing": "owns", "incoming": "owned by"}
      }
    }
    """

  @Test func propertiesLinkIDsAndRelationsAreRead() throws {
    let dossier = try #require(loadDossier(Self.dossierWithProperties))
    let acme = try #require(dossier.entity(id: "acme"))
    #expect(
      acme.properties == [
        Property(
          key: "registrationNumber", label: "Registration number", type: .identifier,
          values: ["HRB 123", "DE-99"]),
        Property(key: "note", label: "note", type: .text, values: ["Founded in a garage"]),
      ])
    #expect(dossier.entity(id: "payment")?.properties.first?.type == .amount)
    #expect(dossier.entity(id: "jane")?.properties == [])
    let ownership = try #require(dossier.links.first)
    #expect(ownership.id == "own-1")
    #expect(ownership.properties.map(\.label) == ["Share"])
    #expect(dossier.links.last?.id == nil)
    #expect(
      dossier.content.relations == [
        "owner-of": RelationLabels(outgoing: "owns", incoming: "owned by")
      ])
    #expect(dossier.content.label(for: "owner-of", direction: .incoming) == "owned by")
  }

  @Test func anOpenTypeIsKept() throws {
    let json = Self.dossierWithProperties.replacingOccurrences(
      of: "\"type\": \"number\"", with: "\"type\": \"percentage\"")
    let dossier = try #require(loadDossier(json))
    #expect(dossier.links.first?.properties.first?.type == PropertyType(rawValue: "percentage"))
  }

  @Test func nativeExportRoundTrips() throws {
    let dossier = try #require(loadDossier(Self.dossierWithProperties))
    let written = dossier.content.nativeJSON().rendered()
    let reloaded = try #require(loadDossier(written))
    #expect(reloaded.content == dossier.content)
    #expect(written.contains("\"relations\""))
    #expect(written.contains("\"id\": \"own-1\""))
  }

  private func problems(properties: String, on kind: String = "actors") -> [String] {
    let entity = "{\"id\": \"a\", \"name\": \"A\", \"type\": \"x\", \"properties\": \(properties)}"
    return loadProblems(
      "{\"format\": \"dossier\", \"version\": 1, \"title\": \"T\",\n\"\(kind)\": [\n\(entity)\n]}")
  }

  @Test func valuesMustBeAnArrayOfStrings() {
    #expect(
      problems(properties: "[{\"key\": \"k\", \"values\": 3}]") == [
        "test.json:3:77: actors[0].properties[0].values: expected an array of strings, found a number"
      ])
    #expect(
      problems(properties: "[{\"key\": \"k\", \"values\": [\"x\", true]}]", on: "events") == [
        "test.json:3:83: events[0].properties[0].values[1]: expected a string, found a boolean"
      ])
    #expect(
      problems(properties: "[{\"key\": \"k\", \"values\": []}]") == [
        "test.json:3:77: actors[0].properties[0].values: must have at least one value"
      ])
  }

  @Test func keyAndValuesAreRequiredAndKeysUnique() {
    #expect(
      problems(properties: "[{\"values\": [\"x\"]}]") == [
        "test.json:3:54: actors[0].properties[0]: missing required field \"key\""
      ])
    #expect(
      problems(
        properties: "[{\"key\": \"k\", \"values\": [\"x\"]}, {\"key\": \"k\", \"values\": [\"y\"]}]"
      )
        == [
          "test.json:3:93: actors[0].properties[1].key: duplicate property key \"k\" "
            + "(first given in actors[0].properties[0])"
        ])
    #expect(
      problems(properties: "[{\"key\": \" \", \"values\": [\"x\"]}]") == [
        "test.json:3:62: actors[0].properties[0].key: must not be empty"
      ])
  }

  @Test func unknownFieldsAndBadTypesAreNamed() {
    #expect(
      problems(properties: "[{\"key\": \"k\", \"valeus\": [\"x\"]}]") == [
        "test.json:3:54: actors[0].properties[0]: missing required field \"values\"",
        "test.json:3:67: actors[0].properties[0]: unknown field \"valeus\"; did you mean \"values\"?",
      ])
    #expect(
      problems(properties: "[{\"key\": \"k\", \"type\": \"Identifer\", \"values\": [\"x\"]}]") == [
        "test.json:3:75: actors[0].properties[0].type: invalid type \"Identifer\": use a "
          + "lowercase word such as \"text\", \"identifier\" or \"amount\"; did you mean \"identifier\"?"
      ])
    #expect(
      problems(properties: "{\"key\": \"k\"}") == [
        "test.json:3:53: actors[0].properties: expected an array, found an object"
      ])
  }

  @Test func linkPropertiesAndRelationsAreChecked() {
    let json = """
      {"format": "dossier", "version": 1, "title": "T",
      "actors": [{"id": "a", "name": "A", "type": "x"}],
      "links": [{"id": 7, "from": "a", "to": "a", "relation": "r", "properties": [{"key": "k"}]}],
      "relations": {"r": {"outgoing": "r of"}, "s": "t", "r": {}, "u": {"outgoing": "u", "incomming": "v"}}}
      """
    #expect(
      loadProblems(json) == [
        "test.json:3:18: links[0].id: expected a string, found a number",
        "test.json:3:77: links[0].properties[0]: missing required field \"values\"",
        "test.json:4:20: relations.r: missing required field \"incoming\"",
        "test.json:4:47: relations.s: expected an object, found a string",
        "test.json:4:52: dossier.relations: duplicate field \"r\"",
        "test.json:4:66: relations.u: missing required field \"incoming\"",
        "test.json:4:84: relations.u: unknown field \"incomming\"; did you mean \"incoming\"?",
      ])
  }
}
