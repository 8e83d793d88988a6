import Testing

@testable import DossierModel

@Suite struct TimelineJSSheetTests {
  let loaded: LoadedDossier

  init() throws {
    loaded = try loadTimeline(timelineFixture("sheet.csv"), fileName: "sheet.csv")
  }

  var dossier: Dossier { loaded.dossier }

  @Test func detectsTheFormat() {
    #expect(loaded.format == .timelinejsCSV)
  }

  @Test func titleRowTitlesTheDossier() {
    #expect(dossier.title == "Kazakhstan and the Belt and Road")
    #expect(dossier.content.description == "Key moments, 2013–2022")
  }

  @Test func eventRowsBecomeEvents() {
    let events = dossier.entities.filter { $0.kind == .event }
    #expect(
      events.map(\.id) == [
        "xi-visits-astana", "khorgos-dry-port-opens", "zhang-qian-sets-out",
        "xi-returns-to-astana",
      ])
    #expect(events.map { $0.date?.description } == ["2013-09-07", "2015", "-0138", "2022-09-14"])
  }

  @Test func quotedFieldsKeepTheirCommasAndLineBreaks() {
    let visit = dossier.entity(id: "xi-visits-astana")
    #expect(
      visit?.summary
        == "Xi proposes the \"Silk Road Economic Belt\", in a speech at Nazarbayev University.")
    #expect(propertyValue(visit, "display_date") == "7 September 2013, morning")
    #expect(propertyValue(visit, "media_caption") == "Speech, Astana")
    #expect(dossier.source(id: "media-xi-visits-astana")?.title == "Speech, Astana")
    #expect(dossier.source(id: "media-xi-visits-astana")?.author == "CCTV")
  }

  @Test func timesAndBackgrounds() {
    #expect(propertyValue(dossier.entity(id: "xi-visits-astana"), "time") == "10:30")
    #expect(propertyValue(dossier.entity(id: "xi-returns-to-astana"), "time") == "14:30")
    #expect(
      propertyValue(dossier.entity(id: "khorgos-dry-port-opens"), "background_color") == "#336699")
    #expect(
      propertyValue(dossier.entity(id: "zhang-qian-sets-out"), "background_url")
        == "https://example.org/steppe.jpg")
  }

  @Test func eraRowBecomesAnEraProject() {
    let era = dossier.entity(id: "era-first-phase")
    #expect(era?.type == "Era")
    #expect(era?.summary == "Agreements & loans.")
    #expect(
      dossier.links.filter { $0.relation == "timeline-era" }.map(\.from) == [
        "xi-visits-astana", "khorgos-dry-port-opens",
      ])
    #expect(
      dossier.entities.filter { $0.kind == .project }.map(\.id) == [
        "group-diplomacy", "group-infrastructure", "group-history", "era-first-phase",
      ])
  }

  @Test func theSheetAndItsJSONGiveTheSameTimeline() throws {
    let json = try loadTimeline(timelineFixture("sheet.json"), fileName: "sheet.json")
    #expect(json.format == .timelinejs)
    #expect(json.dossier.content == dossier.content)
    #expect(dossier.entities.count == 8)
  }

  @Test func columnsInAnyOrderAndExtraColumnsIgnored() throws {
    let csv = """
      Notes,Headline,Day,Month,Year,Group
      ignored,Launch,2,3,2001,Space
      """
    let dossier = try loadTimeline(Array(csv.utf8), fileName: "t.csv").dossier
    #expect(dossier.entity(id: "launch")?.date?.description == "2001-03-02")
    #expect(dossier.entity(id: "launch")?.properties.map(\.key) == ["group"])
    #expect(dossier.entity(id: "group-space")?.name == "Space")
  }

  @Test func blankRowsAreSkippedAndUnknownTypesWarned() throws {
    let csv = "Year,Headline,Type\n,,\n\n2001,Launch,milestone\n"
    let dossier = try loadTimeline(Array(csv.utf8), fileName: "t.csv").dossier
    #expect(dossier.entities.map(\.id) == ["launch"])
    #expect(
      dossier.warnings.map(\.warningDescription) == [
        "t.csv:4:13: warning: row 4, column Type: unknown type \"milestone\" (expected title, "
          + "era or nothing); read as an event"
      ])
  }
  @Test func timesOfDayAndCosmologicalYears() throws {
    let csv = "Year,Time,Headline\n2001,12:05 AM,A\n2001,2:30:05.25 pm,B\n-13800000000,,Big Bang\n"
    let dossier = try loadTimeline(Array(csv.utf8), fileName: "t.csv").dossier
    #expect(propertyValue(dossier.entity(id: "a"), "time") == "00:05")
    #expect(propertyValue(dossier.entity(id: "b"), "time") == "14:30:05.250")
    #expect(dossier.entity(id: "big-bang")?.date?.year == -13_800_000_000)
  }
}
