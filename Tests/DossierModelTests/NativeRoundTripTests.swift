import Foundation
import Testing

@testable import DossierModel

/// Whatever format a dossier came from, its native export loads again, detected as native,
/// with the same content: the entities of each kind in their order, as a native file holds
/// them (`DossierContent.inNativeOrder`).
@Suite struct NativeRoundTripTests {
  private func roundTrip(
    _ bytes: [UInt8], name: String, format: DossierFileFormat? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let original = try DossierLoader.load(.bytes(bytes, fileName: name), format: format).dossier
    let exported = Array(original.content.nativeJSON().rendered().utf8)
    let reloaded = try DossierLoader.load(.bytes(exported, fileName: "export.json"))
    #expect(reloaded.format == .native, sourceLocation: sourceLocation)
    #expect(
      reloaded.dossier.content == original.content.inNativeOrder, sourceLocation: sourceLocation)
  }

  @Test(arguments: ["silk-road.json", "sheet.csv"])
  func timelinesWithErasAndYearsBeforeTheCommonEra(_ fixture: String) throws {
    try roundTrip(try timelineFixture(fixture), name: fixture)
  }

  @Test func ftmStreamsWithTheirIDsAndLabels() throws {
    let lines = [
      #"{"id": "NK-2sT8", "schema": "Company", "properties": {"name": ["Acme"], "#
        + #""registrationNumber": ["HE 1"], "addressEntity": ["Q7"]}}"#,
      #"{"id": "Q7", "schema": "Address", "properties": {"full": ["1 Main St"]}}"#,
      #"{"id": "a1b2", "schema": "Ownership", "properties": {"owner": ["NK-2sT8"], "#
        + #""asset": ["Q7"], "percentage": ["50"], "startDate": ["2019-02"]}}"#,
    ]
    try roundTrip(Array(lines.joined(separator: "\n").utf8), name: "s.ftm")
  }

  /// The inputs the fuzzers found breaking the round trip, and every one they find later
  /// that loads: each is a committed regression input (Fuzz/regressions/FUZZER/).
  @Test(arguments: [("fuzz-ftm", DossierFileFormat.ftm), ("fuzz-timelinejs", .timelinejs)])
  func theFuzzersRegressionInputs(_ fuzzer: String, _ format: DossierFileFormat) throws {
    let folder = repositoryFile("Fuzz/regressions/\(fuzzer)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var loaded = 0
    for name in names.sorted() {
      let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
      guard (try? DossierLoader.load(.bytes(bytes, fileName: name), format: format)) != nil
      else { continue }
      try roundTrip(bytes, name: name, format: format)
      loaded += 1
    }
    #expect(loaded >= 2, "\(fuzzer): \(loaded) of \(names.count) inputs loaded")
  }

  /// An FtM stream with an actor before an event: its export lists the event first, and
  /// the dossier shows the same lists, in the same order, with the same links.
  @Test func entitiesOfMixedKindsShowTheSameAfterTheRoundTrip() throws {
    let lines = [
      #"{"id": "acme", "schema": "Company", "properties": {"name": ["Acme"]}}"#,
      #"{"id": "pay-1", "schema": "Payment", "properties": {"payer": ["acme"], "#
        + #""amount": ["100"], "date": ["2020-01-02"]}}"#,
      #"{"id": "beta", "schema": "Company", "properties": {"name": ["Beta"]}}"#,
      #"{"id": "pay-0", "schema": "Payment", "properties": {"payer": ["beta"], "#
        + #""amount": ["5"], "date": ["2020-01-02"]}}"#,
    ]
    let original = try DossierLoader.load(
      .bytes(Array(lines.joined(separator: "\n").utf8), fileName: "mixed.ftm")
    ).dossier
    #expect(original.content.entities.map(\.id) == ["acme", "pay-1", "beta", "pay-0"])
    let exported = Array(original.content.nativeJSON().rendered().utf8)
    let reloaded = try DossierLoader.load(.bytes(exported, fileName: "export.json")).dossier
    #expect(reloaded.content.entities.map(\.id) == ["pay-1", "pay-0", "acme", "beta"])
    for kind in EntityKind.allCases {
      #expect(shownIDs(original, kind) == shownIDs(reloaded, kind))
    }
    #expect(original.linkGroupSummary(of: "acme") == reloaded.linkGroupSummary(of: "acme"))
  }

  private func shownIDs(_ dossier: Dossier, _ kind: EntityKind) -> [String] {
    dossier.entities(of: kind).map(\.id)
  }
}
