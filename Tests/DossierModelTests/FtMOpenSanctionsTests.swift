import Testing

@testable import DossierModel

/// An OpenSanctions-style stream: a person with many properties, a company, an ownership,
/// a directorship and sanctions, ids of every shape, extra top-level keys.
@Suite struct FtMOpenSanctionsTests {
  static let morozov = "NK-2sT8fQ4kYvR9mLxZ3bWcDe"
  static let volkov = "Q7747"
  static let company = "a8f5f167f44f4964e6c998dee827110c"

  let dossier: Dossier

  init() throws {
    dossier = try loadFtM(try ftmFixture("opensanctions.ijson"), fileName: "opensanctions.ijson")
      .dossier
  }

  @Test func readsEveryEntityWithoutWarnings() {
    #expect(dossier.warnings.isEmpty)
    #expect(
      Set(dossier.entities.map(\.id)) == [
        Self.morozov, Self.volkov, Self.company, "ofac-sanction-9a7b6c5d4e3f",
        "gb-hmt-sanction-15234",
      ])
    #expect(dossier.entity(id: Self.morozov)?.kind == .actor)
    #expect(dossier.entity(id: Self.company)?.type == "Company")
  }

  @Test func aPersonKeepsNamesAliasesAndEveryProperty() throws {
    let person = try #require(dossier.entity(id: Self.morozov))
    #expect(person.name == "Viktor Aleksandrovich Morozov")
    #expect(person.aliases == ["Виктор Александрович Морозов", "Viktor Morozov", "Vitya"])
    #expect(person.date == nil)
    #expect(
      person.properties.map { "\($0.key)|\($0.label)|\($0.type.rawValue)|\($0.values)" } == [
        "firstName|First name|text|[\"Viktor\"]",
        "lastName|Last name|text|[\"Morozov\"]",
        "birthDate|Birth date|date|[\"1965-03-14\"]",
        "birthPlace|Place of birth|text|[\"Leningrad\"]",
        "nationality|Nationality|country|[\"ru\"]",
        "citizenship|Citizenship|country|[\"ru\", \"cy\"]",
        "passportNumber|Passport number|identifier|[\"721234567\"]",
        "innCode|INN|identifier|[\"780412345678\"]",
        "gender|Gender|text|[\"male\"]",
        "position|Position|text|[\"Chairman of the Board, Severny Metallurgical\"]",
        "topics|Topics|topic|[\"sanction\", \"role.oligarch\"]",
        "notes|Notes|text|[\"Listed for operating in the metals sector of the Russian economy.\"]",
        "sourceUrl|Source link|url|[\"https://sanctionssearch.ofac.treas.gov/Details.aspx?id=40123\"]",
      ])
  }

  @Test func theSummaryComesFirstAndTheDescriptionStays() {
    let person = dossier.entity(id: Self.volkov)
    #expect(person?.summary == "Russian businessman, director of Severny Metallurgical.")
    #expect(
      dossier.property("description", of: Self.volkov)?.values == [
        "Member of several supervisory boards."
      ])
    #expect(dossier.property("wikidataId", of: Self.volkov)?.type == .identifier)
  }

  @Test func edgesBecomeLinksWithTheirIDsRolesDatesAndProperties() throws {
    let ownership = try #require(dossier.links.first { $0.relation == "Ownership" })
    #expect(ownership.id == "ofac-own-5c1e2a90d7b34f18a6e0")
    #expect(ownership.from == Self.morozov)
    #expect(ownership.to == Self.company)
    #expect(ownership.role == nil)
    #expect(ownership.date == (try PartialDate(year: 2016, month: 8, day: 1)))
    #expect(
      ownership.properties == [
        Property(key: "percentage", label: "Percentage held", type: .text, values: ["51.2"]),
        Property(key: "startDate", label: "Start date", type: .date, values: ["2016-08-01"]),
        Property(key: "ownershipType", label: "Type of ownership", type: .text, values: ["direct"]),
      ])
    let directorship = try #require(dossier.links.first { $0.relation == "Directorship" })
    #expect(directorship.id == "wd-dir-Q7747-a8f5f167")
    #expect(directorship.from == Self.volkov)
    #expect(directorship.role == "General Director, Member of the Board")
    #expect(directorship.date == (try PartialDate(year: 2018, month: 3)))
    #expect(directorship.properties.map(\.key) == ["startDate", "endDate"])
    #expect(
      dossier.content.relations["Ownership"]
        == RelationLabels(outgoing: "Assets and shares", incoming: "Ownership and Control"))
  }

  @Test func theCompanyShowsOwnersDirectorsAndSanctions() {
    #expect(
      dossier.linkGroupSummary(of: Self.company) == [
        "← Directors: 1", "← Ownership and Control: 1", "← Sanctions: 1",
      ])
    #expect(
      dossier.linkGroupSummary(of: Self.morozov) == ["→ Assets and shares: 1", "← Sanctions: 2"])
    #expect(dossier.linkGroupSummary(of: Self.volkov) == ["→ Directorships: 1"])
  }

  @Test func sanctionsAreDatedEventsNamedAfterTheirEntities() throws {
    #expect(
      dossier.timeline.map { dossier.entities[$0].id } == [
        "gb-hmt-sanction-15234", "ofac-sanction-9a7b6c5d4e3f",
      ])
    let ofac = try #require(dossier.entity(id: "ofac-sanction-9a7b6c5d4e3f"))
    #expect(ofac.name == "Sanction: Viktor Aleksandrovich Morozov (RUSSIA-EO14024)")
    #expect(ofac.date == (try PartialDate(year: 2022, month: 4, day: 6)))
    #expect(
      ofac.properties.map(\.label) == [
        "Authority", "Program", "Start date", "Listing date", "Reason", "Source link",
      ])
    #expect(
      dossier.entity(id: "gb-hmt-sanction-15234")?.name
        == "Sanction: Viktor Aleksandrovich Morozov, PAO Severny Metallurgical (Russia)")
    #expect(dossier.linkGroupSummary(of: "gb-hmt-sanction-15234") == ["→ Entity: 2"])
  }
}
