import Testing

@testable import DossierModel

/// Which property values search finds an entity by, and how such hits rank.
@Suite struct PropertySearchTests {
  private func dossier() throws -> Dossier {
    var builder = DossierBuilder()
    builder.actor(
      "acme", name: "Acme Ltd",
      properties: [
        Property(
          key: "registrationNumber", label: "Registration number", type: .identifier,
          values: ["HRB-4711"]),
        Property(key: "address", label: "Address", type: .address, values: ["12 Quay Street"]),
        Property(key: "capital", label: "Capital", type: .amount, values: ["900000 EUR"]),
        Property(key: "website", label: "Website", type: .url, values: ["https://acme.example"]),
      ])
    builder.actor("quay", name: "Quay Holdings", summary: "Owns the quay street warehouses")
    builder.actor("other", name: "Other", summary: "Registered as HRB-4711 by mistake")
    return try #require(builder.load())
  }

  private func hits(_ text: String) throws -> [String] {
    let dossier = try dossier()
    return dossier.searchIndex.search(SearchQuery(text), kinds: Set(EntityKind.allCases)).map {
      "\(dossier.entities[$0.entityIndex].id) \($0.field)"
    }
  }

  @Test func identifiersAreFoundLikeNamesAndRankAboveSummaries() throws {
    #expect(try hits("hrb 4711") == ["acme property", "other summary"])
  }

  @Test func addressesAreFoundAndSaySo() throws {
    #expect(try hits("quay street") == ["acme property", "quay summary"])
  }

  @Test func amountsAndURLsAreNotSearched() throws {
    #expect(try hits("900000") == [])
    #expect(try hits("acme.example") == [])
  }
}
