import Foundation
import Testing

@testable import DossierModel

/// The bytes of a hand-written timeline in `Tests/Fixtures/timelinejs`.
func timelineFixture(_ name: String) throws -> [UInt8] {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/timelinejs")
  return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
}

/// Loads a timeline the way the app does, the format detected from the content.
func loadTimeline(_ bytes: [UInt8], fileName: String) throws -> LoadedDossier {
  try DossierLoader.load(.bytes(bytes, fileName: fileName))
}

/// The problems reported for `text` read as `format`, each as `FILE:LINE:COLUMN: message`;
/// records an issue when it loads.
func timelineProblems(
  _ text: String, format: DossierFileFormat, sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
  do {
    _ = try DossierLoader.load(.bytes(Array(text.utf8), fileName: "t"), format: format)
    Issue.record("expected the timeline to be rejected", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.problems.map(\.description)
  }
}

/// The values of the property `key` of `entity`, nil when it has none.
func propertyValue(_ entity: Entity?, _ key: String) -> String? {
  entity?.properties.first { $0.key == key }?.values.joined(separator: "; ")
}

@Suite struct TimelineJSImporterTests {
  let loaded: LoadedDossier

  init() throws {
    loaded = try loadTimeline(timelineFixture("silk-road.json"), fileName: "silk-road.json")
  }

  var dossier: Dossier { loaded.dossier }

  @Test func detectsTheFormat() {
    #expect(loaded.format == .timelinejs)
  }

  @Test func titleSlideTitlesTheDossier() {
    #expect(dossier.title == "China & Kazakhstan: the new Silk Road")
    #expect(
      dossier.content.description
        == "From Zhang Qian's mission to the dry port at Khorgos.\n\nCompiled from news reports.")
  }

  @Test func eventsInFileOrderWithIDsFromHeadlinesOrUniqueIDs() {
    let events = dossier.entities.filter { $0.kind == .event }
    #expect(
      events.map(\.id) == [
        "zhang-qian-sets-out-for-the-western-regions", "diplomatic-relations-established",
        "xi-visits-astana", "xi-visits-astana-2", "khorgos-dry-port",
        "xi-jinping-makes-his-first-trip-abroad-since",
      ])
    #expect(
      events.map(\.name) == [
        "Zhang Qian sets out for the Western Regions", "Diplomatic relations established",
        "Xi visits Astana", "Xi visits Astana", "Khorgos dry port opens",
        "Xi Jinping makes his first trip abroad since …",
      ])
    #expect(events.allSatisfy { $0.type == "Event" })
  }

  @Test func datesAsPreciseAsGivenIncludingYearsBeforeTheCommonEra() throws {
    let dates = dossier.entities.filter { $0.kind == .event }.map { $0.date?.description }
    #expect(
      dates == ["-0138", "1992-01-03", "2013-09-07", "2019-09", "2015", "2022-09-14"])
    #expect(dossier.entity(id: "zhang-qian-sets-out-for-the-western-regions")?.dateLabel == "-138")
    #expect(
      dossier.timeline.first
        == dossier.entityIndex(id: "zhang-qian-sets-out-for-the-western-regions"))
  }

  @Test func summariesArePlainText() {
    let visit = dossier.entity(id: "xi-visits-astana")
    #expect(
      visit?.summary
        == "At Nazarbayev University (https://www.nu.edu.kz/), Xi proposes the \"Silk Road "
        + "Economic Belt\" & new trade links.\n\nSource: https://www.fmprc.gov.cn/")
    #expect(visit?.summary?.contains("alert") == false)
    #expect(
      dossier.entity(id: "diplomatic-relations-established")?.summary
        == "China and Kazakhstan establish diplomatic relations.\nEmbassies open the same year.")
    #expect(
      dossier.entity(id: "zhang-qian-sets-out-for-the-western-regions")?.summary
        == "The Han envoy travels west through the steppe — a journey later seen as the opening "
        + "of the Silk Road.")
    #expect(dossier.entity(id: "khorgos-dry-port")?.summary == nil)
  }

  @Test func datesTimesAndLooksAsProperties() {
    let visit = dossier.entity(id: "xi-visits-astana")
    #expect(propertyValue(visit, "time") == "10:30")
    #expect(propertyValue(visit, "display_date") == "7 September 2013, morning")
    #expect(propertyValue(visit, "group") == "Diplomacy")
    let port = dossier.entity(id: "khorgos-dry-port")
    #expect(port?.properties.first { $0.key == "end_date" }?.type == .date)
    #expect(propertyValue(port, "end_date") == "2016-06")
    #expect(propertyValue(port, "background_color") == "#336699")
    #expect(port?.properties.first { $0.key == "end_date" }?.label == "End date")
    let zhang = dossier.entity(id: "zhang-qian-sets-out-for-the-western-regions")
    #expect(propertyValue(zhang, "end_date") == "-0126")
    let trip = dossier.entity(id: "xi-jinping-makes-his-first-trip-abroad-since")
    #expect(propertyValue(trip, "end_date") == "2022-09-15")
    #expect(propertyValue(trip, "end_display_date") == "15 Sep")
    #expect(propertyValue(trip, "display_date") == nil)
  }

  @Test func groupsAreProjectsLinkedToTheirEvents() {
    let groups = dossier.entities.filter { $0.kind == .project }.filter { $0.type == "Group" }
    #expect(groups.map(\.id) == ["group-history", "group-diplomacy", "group-infrastructure"])
    #expect(groups.map(\.name) == ["History", "Diplomacy", "Infrastructure"])
    let members = dossier.links.filter { $0.to == "group-diplomacy" }
    #expect(
      members.map(\.from) == [
        "diplomatic-relations-established", "xi-visits-astana", "xi-visits-astana-2",
      ])
    #expect(members.allSatisfy { $0.relation == "timeline-group" })
    #expect(dossier.content.label(for: "timeline-group", direction: .outgoing) == "Group")
    #expect(dossier.content.label(for: "timeline-group", direction: .incoming) == "Events")
  }

  @Test func erasAreProjectsLinkedToTheEventsTheyContain() {
    let era = dossier.entity(id: "era-belt-and-road-first-phase")
    #expect(era?.kind == .project)
    #expect(era?.type == "Era")
    #expect(era?.name == "Belt and Road, first phase")
    #expect(era?.summary == "Agreements & loans.")
    #expect(era?.date == nil, "only events carry a date; the range is in the properties")
    #expect(propertyValue(era, "start_date") == "2013-09")
    #expect(propertyValue(era, "end_date") == "2020")
    let inEra = dossier.links.filter { $0.relation == "timeline-era" }
    #expect(inEra.allSatisfy { $0.to == "era-belt-and-road-first-phase" })
    #expect(inEra.map(\.from) == ["xi-visits-astana", "xi-visits-astana-2", "khorgos-dry-port"])
    #expect(
      dossier.content.label(for: "timeline-era", direction: .incoming) == "Events in this era")
    #expect(dossier.content.label(for: "timeline-era", direction: .outgoing) == "Era")
  }

  @Test func mediaBecomeSourcesTheEventsCite() throws {
    let visit = try #require(dossier.entity(id: "xi-visits-astana"))
    let source = try #require(dossier.source(id: "media-xi-visits-astana"))
    #expect(source.title == "Xi’s speech at Nazarbayev University")
    #expect(source.author == "CCTV (https://www.cctv.com/)")
    #expect(source.url == "https://www.youtube.com/watch?v=abc123")
    #expect(source.text == nil)
    #expect(
      visit.evidence == [
        Evidence(sourceID: source.id, quote: "Xi’s speech at Nazarbayev University")
      ])
    #expect(propertyValue(visit, "media_url") == "https://www.youtube.com/watch?v=abc123")
    #expect(propertyValue(visit, "media_credit") == "CCTV (https://www.cctv.com/)")
    let zhang = dossier.source(id: "media-zhang-qian-sets-out-for-the-western-regions")
    #expect(zhang?.title == "Zhang Qian taking leave of Emperor Wu")
    #expect(zhang?.author == "Mogao Caves, mural 323")
    #expect(dossier.entity(id: "khorgos-dry-port")?.evidence == [])
    #expect(
      dossier.source(id: "media-title")?.title
        == "The Khorgos gateway on the China–Kazakhstan border")
  }

  @Test func everythingIsAccountedFor() {
    #expect(dossier.count(of: .event) == 6)
    #expect(dossier.count(of: .project) == 4)
    #expect(dossier.count(of: .actor) == 0)
    #expect(dossier.links.count == 5 + 3)
    #expect(dossier.sources.count == 3)
    #expect(dossier.warnings.isEmpty)
  }

  @Test func anEventWithoutMediaCaptionIsCitedByItsHeadline() throws {
    let json = """
      {"events": [{"start_date": {"year": 2001}, "text": {"headline": "Launch"},
        "media": {"url": "https://example.org/a.jpg"}}]}
      """
    let dossier = try loadTimeline(Array(json.utf8), fileName: "t").dossier
    #expect(dossier.title == "Untitled timeline")
    #expect(dossier.source(id: "media-launch")?.title == "https://example.org/a.jpg")
    #expect(
      dossier.entity(id: "launch")?.evidence == [
        Evidence(sourceID: "media-launch", quote: "Launch")
      ])
  }

  @Test func madeUpIDsNeverTakeAGivenOne() throws {
    let json = """
      {"events": [
        {"start_date": {"year": 2001}, "text": {"headline": "Launch"}},
        {"start_date": {"year": 2002}, "text": {"headline": "Launch"}, "unique_id": "launch"},
        {"start_date": {"year": 2003}, "group": "Launch", "unique_id": "group-launch"}
      ]}
      """
    let dossier = try loadTimeline(Array(json.utf8), fileName: "t").dossier
    #expect(dossier.entities.map(\.id) == ["launch-2", "launch", "group-launch", "group-launch-2"])
    #expect(dossier.entities.map(\.name) == ["Launch", "Launch", "Untitled event", "Launch"])
  }

  @Test func progressReachesTheEnd() throws {
    let progress = LoadProgress()
    _ = try DossierLoader.load(
      .bytes(try timelineFixture("silk-road.json"), fileName: "t"), progress: progress)
    #expect(progress.fraction == 1)
  }
}

/// A unique id dossier cannot keep (found by the fuzzers: the native export did not load
/// again) is replaced by one made from it, with a warning.
@Suite struct TimelineUniqueIDTests {
  @Test func aUniqueIDThatCannotBeAnIDIsReplacedByItsSlug() throws {
    let json = #"""
      {"events": [
        {"unique_id": "kho]gos dry port", "start_date": {"year": 2020}, "text": {"headline": "A"}},
        {"unique_id": "kho-gos-dry-port", "start_date": {"year": 2021}, "text": {"headline": "B"}},
        {"unique_id": "a..b", "start_date": {"year": 2022}, "text": {"headline": "C"}}]}
      """#
    let loaded = try DossierLoader.load(.bytes(Array(json.utf8), fileName: "t.json"))
    #expect(
      loaded.dossier.content.entities.map(\.id) == [
        "kho-gos-dry-port-2", "kho-gos-dry-port", "a..b",
      ])
    #expect(
      loaded.dossier.warnings.map(\.warningDescription) == [
        "t.json:2:17: warning: events[0].unique_id: \"kho]gos dry port\" cannot be an id, so "
          + "the event's id is \"kho-gos-dry-port-2\"; use ASCII letters and digits joined by "
          + "'-', '_', '.' or ':' (e.g. \"xi-jinping\")"
      ])
  }

  /// A replaced unique id given twice is a duplicate, as a valid one given twice is.
  @Test func aReplacedUniqueIDGivenTwiceIsADuplicate() {
    let json = #"""
      {"events": [
        {"unique_id": "a b", "start_date": {"year": 2001}},
        {"unique_id": "a b", "start_date": {"year": 2002}}
      ]}
      """#
    #expect(
      timelineProblems(json, format: .timelinejs) == [
        #"t:3:17: events[1].unique_id: duplicate unique id "a b" (first given at line 2, column 17)"#
      ])
  }

  /// An event with the id `title` has its media as the source `media-title`; the title
  /// slide's media, which takes that id otherwise, takes the next one free.
  @Test func theTitlesMediaNeverTakesAnEventsSourceID() throws {
    let json = #"""
      {"title": {"text": {"headline": "T"}, "media": {"url": "https://x.org/t.jpg"}},
       "events": [
        {"unique_id": "title", "start_date": {"year": 2020}, "media": {"url": "https://x.org/a.jpg"}},
        {"unique_id": "title-2", "start_date": {"year": 2021}, "media": {"url": "https://x.org/b.jpg"}}]}
      """#
    let dossier = try DossierLoader.load(.bytes(Array(json.utf8), fileName: "t.json")).dossier
    #expect(dossier.sources.map(\.id) == ["media-title-3", "media-title", "media-title-2"])
    #expect(dossier.source(id: "media-title-3")?.url == "https://x.org/t.jpg")
  }
}
