import Testing

@testable import DossierModel

/// A JSON array of entities, pretty-printed, as some tools export it.
@Suite struct FtMArrayTests {
  let loaded: LoadedDossier

  init() throws {
    loaded = try loadFtM(try ftmFixture("aleph-export.json"), fileName: "aleph-export.json")
  }

  var dossier: Dossier { loaded.dossier }

  @Test func isDetectedAndReadWhole() {
    #expect(loaded.format == .ftm)
    #expect(dossier.warnings.isEmpty)
    #expect(
      dossier.entities.map(\.id) == [
        "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00", "deadbeefdeadbeefdeadbeefdeadbeefdeadbeef",
        "proj-2019-roads", "award-77", "evt-1",
      ])
  }

  @Test func schemataBecomeTheirKinds() {
    #expect(dossier.entity(id: "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00")?.type == "Public body")
    #expect(dossier.entity(id: "proj-2019-roads")?.kind == .project)
    #expect(dossier.entity(id: "award-77")?.kind == .project)
    #expect(dossier.entity(id: "evt-1")?.kind == .event)
    #expect(dossier.entity(id: "evt-1")?.date == (try? PartialDate(year: 2019, month: 2, day: 20)))
  }

  @Test func aValueEdgeIsNamedAfterItsEnds() {
    #expect(
      dossier.entity(id: "award-77")?.name
        == "Contract award 4,200,000 GEL: Kutaisi bypass → Caucasus Asphalt LLC")
    #expect(
      dossier.linkGroupSummary(of: "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00") == [
        "← Organized events: 1"
      ])
  }

  @Test func aSingleStringCountsAsOneValue() {
    #expect(
      dossier.property("registrationNumber", of: "deadbeefdeadbeefdeadbeefdeadbeefdeadbeef")?
        .values == ["404123987"])
  }
}
