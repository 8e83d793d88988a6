import Testing

@testable import DossierModel

/// A payments stream as journalists get it from Aleph: companies and people with
/// addresses, payments between them, one payer not in the file.
@Suite struct FtMPaymentsTests {
  static let harbourline = "0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d.f8e7d6c5"
  static let nordvik = "5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b"
  static let marco = "e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5"
  static let elena = "9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6"
  static let harbourAddress = "3f2a9c1e5b7d4f60a8e2c9b1d3f5a7c9e1b3d5f7"
  static let milanAddress = "b7e1d2c3a4f5061728394a5b6c7d8e9f0a1b2c3d"

  let loaded: LoadedDossier

  init() throws {
    loaded = try loadFtM(
      try ftmFixture("aleph-payments.ftm.json"), fileName: "aleph-payments.ftm.json")
  }

  var dossier: Dossier { loaded.dossier }

  @Test func isReadAsFtMWithTheDefaultTitle() {
    #expect(loaded.format == .ftm)
    #expect(dossier.title == "FollowTheMoney entities")
    #expect(dossier.sources.isEmpty)
  }

  @Test func paymentsAreEventsOnTheTimelineInDateOrder() {
    #expect(dossier.count(of: .event) == 8)
    #expect(dossier.count(of: .actor) == 6)
    #expect(dossier.count(of: .project) == 0)
    let timeline = dossier.timeline.map { dossier.entities[$0].id }
    #expect(
      timeline == [
        "pay-0007", "pay-0004", "pay-0006", "pay-0002", "pay-0003", "pay-0001", "pay-0005",
        "pay-0008",
      ])
    #expect(dossier.entities(of: .event).allSatisfy { $0.type == "Payment" && $0.date != nil })
  }

  @Test func paymentDatesAreTheEarliestStartCutToTheDay() throws {
    #expect(dossier.entity(id: "pay-0005")?.date == (try PartialDate(year: 2021, month: 3, day: 4)))
    #expect(dossier.entity(id: "pay-0006")?.date == (try PartialDate(year: 2020, month: 2)))
    #expect(dossier.entity(id: "pay-0007")?.date == (try PartialDate(year: 2018)))
    #expect(
      dossier.entity(id: "pay-0008")?.date == (try PartialDate(year: 2022, month: 9, day: 28)))
  }

  @Test func paymentsAreNamedAfterAmountAndParties() {
    #expect(
      dossier.entity(id: "pay-0001")?.name
        == "Payment 1,200 EUR: Harbourline Holdings Ltd → Marco Bellini")
    #expect(
      dossier.entity(id: "pay-0003")?.name
        == "Payment 48,500.50 CHF: Nordvik Trading AG → Elena Sokolova")
    #expect(
      dossier.entity(id: "pay-0008")?.name == "Payment 640 EUR: Elena Sokolova → Marco Bellini")
    #expect(
      dossier.entity(id: "pay-0004")?.name == "Payment 900,000 EUR to Harbourline Holdings Ltd")
  }

  @Test func aCompanyShowsItsAddressAndPaymentsBothWays() throws {
    #expect(
      dossier.linkGroupSummary(of: Self.harbourline) == [
        "→ Address: 1", "← Payments received: 3", "← Payments made: 3",
      ])
    let groups = dossier.linkGroups(of: Self.harbourline)
    let received = try #require(groups.first { $0.label == "Payments received" })
    #expect(received.relation == "Payment:beneficiary")
    #expect(Set(received.items.map(\.entity.id)) == ["pay-0004", "pay-0006", "pay-0007"])
    let made = try #require(groups.first { $0.label == "Payments made" })
    #expect(made.relation == "Payment:payer")
    #expect(Set(made.items.map(\.entity.id)) == ["pay-0001", "pay-0002", "pay-0005"])
    let address = try #require(groups.first { $0.label == "Address" })
    #expect(address.relation == "Thing:addressEntity")
    #expect(address.items.map(\.entity.name) == ["12 Harbour Road, Limassol 3035, Cyprus"])
  }

  @Test func addressesAreActorsReadableFromBothEnds() {
    let milan = dossier.entity(id: Self.milanAddress)
    #expect(milan?.kind == .actor)
    #expect(milan?.type == "Address")
    #expect(milan?.name == "Via Roma 8, Milano, it")
    #expect(dossier.linkGroupSummary(of: Self.milanAddress) == ["← Located there: 1"])
    #expect(dossier.linkGroups(of: Self.marco).first?.items.first?.entity.id == Self.milanAddress)
    let plain = dossier.property("address", of: Self.nordvik)
    #expect(
      plain
        == Property(
          key: "address", label: "Address", type: .address,
          values: ["Bahnhofstrasse 1, 8001 Zürich"]))
  }

  @Test func aPaymentLinksToItsPayerAndBeneficiary() {
    #expect(dossier.linkGroupSummary(of: "pay-0002") == ["→ Beneficiary: 1", "→ Payer: 1"])
    #expect(dossier.linkGroupSummary(of: "pay-0004") == ["→ Beneficiary: 1"])
  }

  @Test func propertiesKeepFtMLabelsAndTypes() {
    #expect(
      dossier.entity(id: "pay-0005")?.properties == [
        Property(key: "amount", label: "Amount", type: .amount, values: ["15000"]),
        Property(key: "currency", label: "Currency", type: .text, values: ["EUR"]),
        Property(key: "amountEur", label: "Amount in EUR", type: .amount, values: ["15000"]),
        Property(key: "date", label: "Date", type: .date, values: ["2021-03-04T10:15:00Z"]),
        Property(key: "purpose", label: "Payment purpose", type: .text, values: ["Advisory fee"]),
      ])
    #expect(
      dossier.entity(id: Self.harbourline)?.properties == [
        Property(key: "jurisdiction", label: "Jurisdiction", type: .country, values: ["cy"]),
        Property(
          key: "registrationNumber", label: "Registration number", type: .identifier,
          values: ["HE 123456"]),
        Property(
          key: "incorporationDate", label: "Incorporation date", type: .date,
          values: ["2014-05-12"]),
        Property(
          key: "sourceUrl", label: "Source link", type: .url,
          values: ["https://example.org/registry/HE123456"]),
        Property(
          key: "publisher", label: "Publishing source", type: .text,
          values: ["Cyprus Registrar of Companies"]),
      ])
    #expect(dossier.entity(id: Self.harbourline)?.aliases == ["Harbourline"])
  }

  @Test func idsAreKeptVerbatim() {
    #expect(dossier.entity(id: Self.harbourline)?.name == "Harbourline Holdings Ltd")
    #expect(Set(dossier.entities.map(\.id)).count == 14)
  }

  @Test func thePayerNotInTheFileIsAWarningAtItsReference() {
    #expect(
      warningLines(dossier) == [
        "aleph-payments.ftm.json:11:66: warning: line 11.properties.payer[0]: entity "
          + "\"f00dfeed00000000000000000000000000000000\" is not in the file; the link is left out"
      ])
    #expect(dossier.links.count == 17)
    #expect(
      !dossier.links.contains {
        $0.from == "f00dfeed00000000000000000000000000000000"
          || $0.to == "f00dfeed00000000000000000000000000000000"
      })
  }
}
