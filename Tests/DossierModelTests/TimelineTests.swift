import Testing

@testable import DossierModel

@Suite struct TimelineTests {
  private func timelineIDs(_ dossier: Dossier) -> [String] {
    dossier.timeline.map { dossier.entities[$0].id }
  }

  @Test func ordersByEarliestDayThenPrecisionThenNameUndatedLast() throws {
    var builder = DossierBuilder()
    // Added in scrambled order on purpose.
    builder.event("undated-b", name: "Zebra talks")
    builder.event("month", name: "Month", date: "2013-09")
    builder.event("year", name: "Year", date: "2013")
    builder.event("undated-a", name: "alpha talks")
    builder.event("day", name: "Day", date: "2013-09-07")
    builder.event("tie-beta", name: "beta", date: "2014-05-05")
    builder.event("first-day", name: "First day", date: "2013-01-01")
    builder.event("tie-alpha", name: "Alpha", date: "2014-05-05")
    builder.event("earlier-year", name: "Earlier", date: "2012")
    builder.event("january", name: "January", date: "2013-01")
    builder.event("tie-accent", name: "Émile", date: "2014-05-05")
    builder.event("tie-same-2", name: "Same", date: "2015")
    builder.event("tie-same-1", name: "Same", date: "2015")
    let dossier = try #require(builder.load())
    #expect(
      timelineIDs(dossier) == [
        "earlier-year",
        "first-day",  // 2013-01-01: the most precise date on 1 Jan 2013 comes first
        "january",  // 2013-01
        "year",  // 2013
        "month",  // 2013-09
        "day",  // 2013-09-07
        "tie-alpha",  // same day: by name, ignoring case and accents
        "tie-beta",
        "tie-accent",
        "tie-same-1",  // same date and name: by id
        "tie-same-2",
        "undated-a",  // undated last, by name
        "undated-b",
      ])
  }

  @Test func timelineHoldsOnlyEvents() throws {
    var builder = DossierBuilder()
    builder.actor("actor", name: "Actor")
    builder.event("event", name: "Event", date: "2020")
    builder.project("project", name: "Project")
    let dossier = try #require(builder.load())
    #expect(timelineIDs(dossier) == ["event"])
    #expect(dossier.entities(of: .event).map(\.id) == ["event"])
  }

  @Test func actorsAndProjectsAreOrderedByName() throws {
    var builder = DossierBuilder()
    builder.actor("z", name: "Zhanatas council")
    builder.actor("a2", name: "Ålesund port")
    builder.actor("b", name: "beijing")
    builder.actor("a1", name: "Astana")
    builder.project("q", name: "Quarry")
    builder.project("h", name: "hydropower")
    let dossier = try #require(builder.load())
    // "Ålesund" sorts as "alesund": before "Astana", and lowercase names are not pushed last.
    #expect(dossier.entities(of: .actor).map(\.id) == ["a2", "a1", "b", "z"])
    #expect(dossier.entities(of: .project).map(\.id) == ["h", "q"])
    #expect(dossier.count(of: .actor) == 4)
  }

  @Test func bundledTimelineStartsWithTheStateVisit() throws {
    let dossier = try bundledDossier()
    #expect(timelineIDs(dossier).first == "state-visit-2013")
  }

  @Test func bundledTimelineFollowsTheRules() throws {
    let dossier = try bundledDossier()
    let events = dossier.timeline.map { dossier.entities[$0] }
    #expect(Set(events.map(\.id)) == Set(dossier.entities.filter { $0.kind == .event }.map(\.id)))
    #expect(events.count == dossier.timeline.count)

    // Independently: dated events by (year, month, day, less precise last, folded name),
    // then undated ones.
    func key(_ entity: Entity) -> (Int, Int, Int, Int) {
      guard let date = entity.date else { return (Int.max, 0, 0, 0) }
      let missing = (date.month == nil ? 1 : 0) + (date.day == nil ? 1 : 0)
      return (date.year, date.month ?? 1, date.day ?? 1, missing)
    }
    for (earlier, later) in zip(events, events.dropFirst()) {
      let (left, right) = (key(earlier), key(later))
      #expect(left <= right, "\(earlier.id) before \(later.id)")
      if left == right {
        #expect(
          TextFolding.fold(earlier.name) <= TextFolding.fold(later.name),
          "\(earlier.id) before \(later.id)")
      }
    }
    let undated = events.drop { $0.date != nil }
    #expect(undated.allSatisfy { $0.date == nil })
    #expect(!undated.isEmpty)
  }
}
