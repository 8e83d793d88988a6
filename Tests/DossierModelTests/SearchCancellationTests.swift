import Testing

@testable import DossierModel

@Suite struct SearchCancellationTests {
  /// A dossier whose every entity is a candidate for "e", enough of them to pass the
  /// search's cancellation checks many times.
  private func dossier() throws -> Dossier {
    let entities = (0..<20_000).map { index in
      #"{"id": "e\#(index)", "name": "event number \#(index)", "type": "x"}"#
    }
    let json =
      #"{"format": "dossier", "version": 1, "title": "T", "events": ["#
      + entities.joined(separator: ",") + "]}"
    return try DossierLoader.load(.bytes(Array(json.utf8), fileName: "many.json")).dossier
  }

  @Test func aSearchNotCancelledGivesTheSameHitsAsWithout() throws {
    let dossier = try dossier()
    let query = SearchQuery("event 12")
    let plain = dossier.searchIndex.search(query, kinds: Set(EntityKind.allCases), limit: 50)
    let watched = dossier.searchIndex.search(
      query, kinds: Set(EntityKind.allCases), limit: 50, cancellation: SearchCancellation())
    #expect(watched == plain)
    #expect(!plain.isEmpty)
  }

  @Test func aCancelledSearchGivesUpWithNil() throws {
    let dossier = try dossier()
    let cancellation = SearchCancellation()
    cancellation.cancel()
    #expect(cancellation.isCancelled)
    let hits = dossier.searchIndex.search(
      SearchQuery("e"), kinds: Set(EntityKind.allCases), cancellation: cancellation)
    #expect(hits == nil)
  }

  @Test func aSearchLooksAgainWhileItRunsAndStopsWhenTold() throws {
    let dossier = try dossier()
    var asked = 0
    let hits = dossier.searchIndex.search(
      SearchQuery("e"), kinds: Set(EntityKind.allCases), limit: nil
    ) {
      asked += 1
      return asked > 2
    }
    #expect(hits == nil)
    #expect(asked == 3, "asked before starting and every few thousand candidates")
  }
}
