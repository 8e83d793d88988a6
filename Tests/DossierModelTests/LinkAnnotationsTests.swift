import Testing

@testable import DossierModel

@Suite struct LinkAnnotationsTests {
  private let owner = Entity(id: "o", kind: .actor, name: "Owner", type: "person")
  private let company = Entity(id: "c", kind: .actor, name: "Company", type: "company")

  private func annotations(_ link: Link) -> [String] {
    LinkedEntity(link: link, entity: company, direction: .outgoing).annotations(seenFrom: owner)
  }

  @Test func aDatePropertyThatRepeatsTheLinksDateIsShownOnce() throws {
    let link = Link(
      from: "o", to: "c", relation: "Ownership", date: try PartialDate(parsing: "2004-06-30"),
      properties: [
        Property(key: "startDate", label: "Start date", type: .date, values: ["2004-06-30"]),
        Property(key: "endDate", label: "End date", type: .date, values: ["2010"]),
        Property(key: "percentage", label: "Percentage", type: .number, values: ["74.5"]),
      ])
    #expect(annotations(link) == ["30 Jun 2004", "End date: 2010", "Percentage: 74.5"])
  }

  @Test func aDatePropertyWithMoreThanTheDateStays() throws {
    let link = Link(
      from: "o", to: "c", relation: "Ownership", date: try PartialDate(parsing: "2004"),
      properties: [
        Property(
          key: "startDate", label: "Start date", type: .date, values: ["2004", "2006"])
      ])
    #expect(annotations(link) == ["2004", "Start date: 2004, 2006"])
  }

  @Test func countryCodesReadAsCountries() {
    let property = Property(
      key: "jurisdiction", label: "Jurisdiction", type: .country, values: ["kz", "CN", "xx-zz"])
    #expect(property.joinedValues == "Kazakhstan, China, xx-zz")
    let text = Property(key: "code", label: "Code", values: ["kz"])
    #expect(text.joinedValues == "kz", "only country-typed values are names")
  }

  @Test func amountsReadWithTheirThousandsGrouped() {
    let property = Property(
      key: "amountEur", label: "Amount in EUR", type: .amount, values: ["1450000", "12.5", "n/a"])
    #expect(property.joinedValues == "1,450,000; 12.5; n/a", "a comma in a value joins by ;")
  }
}
