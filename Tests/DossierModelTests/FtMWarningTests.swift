import Testing

@testable import DossierModel

/// What FtM files may hold that the load tolerates: schemata and properties FtM does not
/// know, references to entities not in the file, edges missing an end.
@Suite struct FtMWarningTests {
  @Test func anUnknownSchemaIsAnActorWithTextProperties() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "y1", "schema": "Yacht", "properties": {"name": ["Amore"], "flag": ["ky"]}}"#
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:1:24: warning: line 1.schema: FollowTheMoney has no schema \"Yacht\"; "
          + "read as an actor with its properties as text"
      ])
    let yacht = try #require(dossier.entity(id: "y1"))
    #expect(yacht.kind == .actor)
    #expect(yacht.type == "Yacht")
    #expect(yacht.name == "Amore")
    #expect(yacht.properties == [Property(key: "flag", label: "flag", type: .text, values: ["ky"])])
  }

  @Test func anUnknownPropertyIsKeptAsText() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "p1", "schema": "Person", "properties": {"name": ["Ann"], "shoeSize": ["38"]}}"#
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:1:66: warning: line 1.properties.shoeSize: Person has no property "
          + "\"shoeSize\"; kept as text"
      ])
    #expect(
      dossier.property("shoeSize", of: "p1")
        == Property(key: "shoeSize", label: "shoeSize", type: .text, values: ["38"]))
  }

  @Test func referencesToEntitiesNotInTheFileAreLeftOut() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "p1", "schema": "Person", "properties": {"name": ["Ann"]}}"#,
        #"{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c9"]}}"#,
        #"{"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1", "p7"]}}"#,
        #"{"id": "o2", "schema": "Ownership", "properties": {"owner": ["c8"], "asset": ["p1"]}}"#,
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:2:79: warning: line 2.properties.asset[0]: entity \"c9\" is not in the "
          + "file; the link is left out",
        "test.ftm.json:3:68: warning: line 3.properties.entity[1]: entity \"p7\" is not in the "
          + "file; the link is left out",
        "test.ftm.json:4:62: warning: line 4.properties.owner[0]: entity \"c8\" is not in the "
          + "file; the link is left out",
      ])
    #expect(dossier.links.map { "\($0.from) \($0.relation) \($0.to)" } == ["s1 Sanction:entity p1"])
  }

  @Test func anEdgeWithoutAnEndIsLeftOut() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "p1", "schema": "Person", "properties": {"name": ["Ann"]}}"#,
        #"{"id": "f1", "schema": "Family", "properties": {"person": ["p1"], "relationship": ["aunt"]}}"#,
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:2:1: warning: line 2.properties: Family without \"relative\"; the link is "
          + "left out"
      ])
    #expect(dossier.links.isEmpty)
  }

  @Test func progressReachesTheEnd() throws {
    let lines = (0..<2500).map { index in
      #"{"id": "p\#(index)", "schema": "Person", "properties": {"name": ["P \#(index)"]}}"#
    }
    let progress = LoadProgress()
    let loaded = try loadFtM(
      Array(lines.joined(separator: "\n").utf8), fileName: "many.ftm.json", progress: progress)
    #expect(loaded.dossier.count(of: .actor) == 2500)
    #expect(progress.fraction == 1)
  }
}
