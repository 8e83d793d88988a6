import Foundation
import Testing

@testable import DossierModel

/// A TimelineJS timeline read and written back keeps its groups and media credits.
@Suite struct TimelineJSRoundTripTests {
  private func slides() throws -> [[String: Any]] {
    let dossier = try DossierLoader.load(
      .bytes(try timelineFixture("silk-road.json"), fileName: "silk-road.json")
    ).dossier
    let text = TimelineJSExport(dossier.content).json.rendered()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return try #require(root["events"] as? [[String: Any]])
  }

  private func slide(_ headline: String, in slides: [[String: Any]]) -> [String: Any]? {
    slides.first { (($0["text"] as? [String: Any])?["headline"] as? String) == headline }
  }

  @Test func mediaCreditsComeBackAsCredits() throws {
    let media = slide("Zhang Qian sets out for the Western Regions", in: try slides())?["media"]
    #expect((media as? [String: Any])?["credit"] as? String == "Mogao Caves, mural 323")
  }

  @Test func slidesWithoutAGroupGetNone() throws {
    let all = try slides()
    #expect(slide("Khorgos dry port opens", in: all)?["group"] as? String == "Infrastructure")
    let ungrouped = all.filter { $0["group"] == nil }
    #expect(ungrouped.count == 1, "only the one slide the file leaves without a group")
    #expect(!all.contains { $0["group"] as? String == "Event" })
  }

  @Test func endDatesBeforeTheCommonEraAreKept() throws {
    let event = Entity(
      id: "caesar", kind: .event, name: "Caesar's last year", type: "Event",
      date: try PartialDate(parsing: "-0045"),
      properties: [
        Property(key: "end_date", label: "End date", type: .date, values: ["-0044-03-15"])
      ])
    let text = TimelineJSExport(DossierContent(title: "T", entities: [event])).json.rendered()
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let slide = try #require((root["events"] as? [[String: Any]])?.first)
    let end = try #require(slide["end_date"] as? [String: Any])
    #expect(end["year"] as? Int == -44)
    #expect(end["month"] as? Int == 3)
    #expect(end["day"] as? Int == 15)
  }
}
