import Testing

@testable import DossierModel

/// An FtM record is read as FollowTheMoney's own library reads it: a key given twice counts
/// the last time (with a warning), blank values and nameless properties are left out, and
/// an id FtM could not refer to is refused. The fuzzers found the repeated property, the
/// property named "" and the id `a]b` (Fuzz/regressions/fuzz-ftm: before, their native
/// export did not load again); the other cases are their neighbours.
@Suite struct FtMRecordReadingTests {
  @Test func aPropertyGivenAgainKeepsItsPlaceWithTheLastValues() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "acme", "schema": "Company", "properties": {"name": ["Acme"], "#
          + #""jurisdiction": ["cy"], "country": ["kz"], "jurisdiction": ["vg"]}}"#
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:1:113: warning: line 1.properties.jurisdiction: given again; only the "
          + "last values are read, as FollowTheMoney reads them"
      ])
    let acme = try #require(dossier.entity(id: "acme"))
    #expect(acme.properties.map(\.key) == ["jurisdiction", "country"])
    #expect(acme.properties.first?.values == ["vg"])
  }

  /// Past the first few dozen properties, names given again are found through a table,
  /// made at the first name looked up past them (a name given again, with one more).
  @Test(arguments: [1, 8])
  func aPropertyGivenAgainAmongManyIsFound(_ beyond: Int) throws {
    let count = FtMRecordReader.propertiesCheckedOneByOne + beyond
    let properties = (0..<count).map { #""p\#($0)": ["\#($0)"]"# }
    let line =
      #"{"id": "y1", "schema": "Yacht", "properties": {"#
      + (properties + [#""p3": ["again"]"#, #""p\#(count - 1)": ["last"]"#])
      .joined(separator: ", ") + "}}"
    let dossier = try #require(loadFtM(lines: [line]))
    let yacht = try #require(dossier.entity(id: "y1"))
    #expect(yacht.properties.map(\.key) == (0..<count).map { "p\($0)" })
    #expect(yacht.properties[3].values == ["again"])
    #expect(yacht.properties[count - 1].values == ["last"])
    #expect(dossier.warnings.count { $0.message.contains("given again") } == 2)
  }

  @Test func propertiesIDAndSchemaGivenAgainCountTheLastTime() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "old", "schema": "Company", "id": "p1", "schema": "Person", "#
          + #""properties": {"name": ["Ann"]}, "properties": {"name": ["Bo"]}}"#
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:1:36: warning: line 1.id: given again; only the last is read, as "
          + "FollowTheMoney reads it",
        "test.ftm.json:1:48: warning: line 1.schema: given again; only the last is read, as "
          + "FollowTheMoney reads it",
        "test.ftm.json:1:101: warning: line 1.properties: given again; only the last is read, "
          + "as FollowTheMoney reads it",
      ])
    #expect(dossier.entities.map(\.id) == ["p1"])
    #expect(dossier.entity(id: "p1")?.name == "Bo")
    #expect(dossier.entity(id: "p1")?.type == "Person")
  }

  /// The name as JSON writes it, and as it reads.
  @Test(arguments: [("", ""), (" ", " "), ("\\t", "\t")])
  func aPropertyWithoutANameIsLeftOut(_ written: String, _ name: String) throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "acme", "schema": "Company", "properties": {"\#(written)": ["x"], "#
          + #""name": ["Acme"]}}"#
      ]))
    #expect(
      warningLines(dossier) == [
        "test.ftm.json:1:52: warning: line 1.properties: a property without a name "
          + "(\"\(name)\"); left out"
      ])
    #expect(dossier.entity(id: "acme")?.properties == [])
  }

  @Test func blankValuesAreLeftOutAsFtMCleaningLeavesThem() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "acme", "schema": "Company", "properties": {"name": ["", " ", "Acme"], "#
          + #""notes": ["  "], "alias": "\t", "country": ["", "kz"]}}"#
      ]))
    #expect(dossier.warnings.isEmpty)
    let acme = try #require(dossier.entity(id: "acme"))
    #expect(acme.name == "Acme")
    #expect(acme.aliases.isEmpty)
    #expect(acme.properties.map(\.key) == ["country"])
    #expect(acme.properties.first?.values == ["kz"])
  }

  @Test func idsFtMCannotReferToAreRefusedWhereTheyAre() {
    #expect(
      ftmProblems(lines: [
        #"{"id": "a]b", "schema": "Company", "properties": {"name": ["A"]}}"#,
        #"{"id": "ok-1", "schema": "Company", "properties": {"name": ["B"]}}"#,
        #"{"id": " ", "schema": "Company"}"#,
        #"{"id": "-x", "schema": "Ownership"}"#,
      ]) == [
        "test.ftm.json:1:8: line 1.id: invalid id \"a]b\": FollowTheMoney cannot refer to it; "
          + "use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. \"xi-jinping\")",
        "test.ftm.json:3:8: line 3.id: invalid id \" \": FollowTheMoney cannot refer to it; "
          + "use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. \"xi-jinping\")",
        "test.ftm.json:4:8: line 4.id: invalid id \"-x\": FollowTheMoney cannot refer to it; "
          + "use ASCII letters and digits joined by '-', '_', '.' or ':' (e.g. \"xi-jinping\")",
      ])
  }

  /// Every id FtM can refer to is kept, runs of separators included.
  @Test func idsFtMCanReferToAreKept() throws {
    let dossier = try #require(
      loadFtM(lines: [
        #"{"id": "gb--coh.1", "schema": "Company", "properties": {"name": ["A"]}}"#,
        #"{"id": "NK-2sT8", "schema": "Person", "properties": {"name": ["B"]}}"#,
        #"{"id": "o..1", "schema": "Ownership", "properties": {"owner": ["NK-2sT8"], "#
          + #""asset": ["gb--coh.1"]}}"#,
      ]))
    #expect(dossier.entities.map(\.id) == ["gb--coh.1", "NK-2sT8"])
    #expect(dossier.links.map(\.id) == ["o..1"])
  }
}
