import Foundation
import Testing

@testable import DossierModel

/// The TimelineJS3 export: title slide, one slide per dated event, undated ones left out.
@Suite struct TimelineJSExportTests {
  @Test func bundledDossierHasEveryDatedEventAndNoUndatedOne() throws {
    let content = try bundledDossier().content
    let export = TimelineJSExport(content)
    let timeline = try TimelineJSON(export.json)
    let events = content.entities.filter { $0.kind == .event }
    let dated = events.filter { $0.date != nil }
    #expect(!dated.isEmpty)
    #expect(timeline.slides.count == dated.count)
    for event in dated {
      let slide = try #require(timeline.slide(event.id), "\(event.id) missing")
      #expect(slide.year == event.date?.year)
      #expect(slide.headline == event.name)
      #expect(slide.group == event.type)
    }
    let undated = events.filter { $0.date == nil }.map(\.id)
    #expect(!undated.isEmpty)
    #expect(export.undatedEventIDs == undated)
    for id in undated { #expect(timeline.slide(id) == nil) }
    #expect(timeline.title == content.title)
  }

  @Test func datesAreAsPreciseAsKnownAndInOrder() throws {
    let timeline = try TimelineJSON(TimelineJSExport(Self.content).json)
    #expect(timeline.slides.map(\.id) == ["year", "month", "day"])
    let day = try #require(timeline.slide("day"))
    #expect(day.start == ["year": 2021, "month": 2, "day": 28])
    #expect(day.end == ["year": 2021, "month": 3, "day": 2])
    let month = try #require(timeline.slide("month"))
    #expect(month.start == ["year": 2020, "month": 11])
    #expect(month.end == nil)
    #expect(month.group == "Meals")
    #expect(month.displayDate == nil)
    let year = try #require(timeline.slide("year"))
    #expect(year.start == ["year": 1999])
    #expect(year.displayDate == "~1999")
  }

  @Test func textIsEscapedHTMLInParagraphs() throws {
    let timeline = try TimelineJSON(TimelineJSExport(Self.content).json)
    let day = try #require(timeline.slide("day"))
    #expect(day.headlineHTML == "Fish &amp; &lt;chips&gt;")
    #expect(
      day.textHTML == "<p>First &quot;line&quot;<br>same paragraph</p><p>It&#39;s second.</p>")
    #expect(timeline.titleTextHTML == "<p>About &lt;b&gt;.</p>")
    #expect(timeline.titleHeadlineHTML == "Meals &amp; more")
    #expect(day.group == "lunch")
  }

  @Test func anEventWithoutSummaryHasNoText() throws {
    let timeline = try TimelineJSON(TimelineJSExport(Self.content).json)
    #expect(try #require(timeline.slide("month")).textHTML == nil)
  }

  static let content = DossierContent(
    title: "Meals & more", description: "About <b>.",
    entities: [
      Entity(
        id: "day", kind: .event, name: "Fish & <chips>", type: "lunch",
        summary: "First \"line\"\nsame paragraph\n\n\nIt's second.",
        date: try! PartialDate(parsing: "2021-02-28"),
        properties: [
          Property(key: "endDate", label: "End date", type: .date, values: ["2021-03-02T12:00"])
        ]),
      Entity(
        id: "month", kind: .event, name: "Dinner", type: "dinner",
        date: try! PartialDate(parsing: "2020-11"),
        properties: [
          Property(key: "end_date", label: "End date", values: ["later"]),
          Property(key: "group", label: "Group", values: ["Meals"]),
        ]),
      Entity(
        id: "year", kind: .event, name: "Breakfast", type: "breakfast",
        date: try! PartialDate(parsing: "1999"), dateInferred: true),
      Entity(id: "never", kind: .event, name: "Supper", type: "supper"),
      Entity(id: "cook", kind: .actor, name: "Cook", type: "person"),
    ])
}

/// A TimelineJS3 JSON timeline read back with JSONSerialization.
struct TimelineJSON {
  /// One slide of the timeline.
  struct Slide {
    let object: [String: Any]

    var id: String? { object["unique_id"] as? String }
    var start: [String: Int]? { object["start_date"] as? [String: Int] }
    var end: [String: Int]? { object["end_date"] as? [String: Int] }
    var year: Int? { start?["year"] }
    var displayDate: String? { object["display_date"] as? String }
    var group: String? { object["group"] as? String }
    var headlineHTML: String? { (object["text"] as? [String: Any])?["headline"] as? String }
    var textHTML: String? { (object["text"] as? [String: Any])?["text"] as? String }
    /// The headline as plain text.
    var headline: String? { headlineHTML.map(TimelineJSON.unescaped) }
  }

  let root: [String: Any]
  let slides: [Slide]

  init(_ json: JSONOutput) throws {
    root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.rendered().utf8)) as? [String: Any])
    slides = try #require(root["events"] as? [[String: Any]]).map(Slide.init)
  }

  func slide(_ id: String) -> Slide? { slides.first { $0.id == id } }

  private var titleText: [String: Any]? {
    (root["title"] as? [String: Any])?["text"] as? [String: Any]
  }
  var titleHeadlineHTML: String? { titleText?["headline"] as? String }
  var title: String? { titleHeadlineHTML.map(Self.unescaped) }
  var titleTextHTML: String? { titleText?["text"] as? String }

  /// HTML text with the five entities the exporter writes turned back into characters.
  static func unescaped(_ html: String) -> String {
    [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")]
      .reduce(html) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
  }
}
