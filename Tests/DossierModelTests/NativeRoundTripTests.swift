import Testing

@testable import DossierModel

/// Whatever format a dossier came from, its native export loads again, detected as native,
/// with the same content.
@Suite struct NativeRoundTripTests {
  private func roundTrip(_ bytes: [UInt8], name: String) throws {
    let original = try DossierLoader.load(.bytes(bytes, fileName: name)).dossier
    let exported = Array(original.content.nativeJSON().rendered().utf8)
    let reloaded = try DossierLoader.load(.bytes(exported, fileName: "export.json"))
    #expect(reloaded.format == .native)
    #expect(reloaded.dossier.content == original.content)
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
}
