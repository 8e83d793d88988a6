import Foundation
import Testing

@testable import DossierModel

/// FtM → dossier → FtM keeps every (id, schema, property, value); native → FtM → native
/// keeps what FtM can carry (docs/FORMATS.md lists what it cannot).
@Suite struct FtMExportRoundTripTests {
  /// FtM entities of many shapes: named and captioned entities, entity properties, an
  /// edge with two owners, a payment, an event, an unknown link, an article with its
  /// documentation.
  static let ftmLines =
    [
      #"{"id":"p1","schema":"Person","properties":{"name":["Jane Doe"],"alias":["J. Doe"],"nationality":["gb"],"birthDate":["1970-02-03"],"addressEntity":["addr1"]}}"#,
      #"{"id":"p2","schema":"Person","properties":{"name":["John Roe"],"summary":["A banker."]}}"#,
      #"{"id":"c1","schema":"Company","properties":{"name":["Acme Ltd"],"registrationNumber":["HE 1"],"incorporationDate":["2014-05-12"],"jurisdiction":["cy"]}}"#,
      #"{"id":"addr1","schema":"Address","properties":{"street":["Via Roma 8"],"city":["Milano"],"country":["it"]}}"#,
      #"{"id":"own1","schema":"Ownership","properties":{"owner":["p1","p2"],"asset":["c1"],"role":["shareholder"],"percentage":["50"],"startDate":["2015-01"]}}"#,
      #"{"id":"dir1","schema":"Directorship","properties":{"director":["p2"],"organization":["c1"],"role":["CEO"],"startDate":["2016"],"endDate":["2019-12-31"]}}"#,
      #"{"id":"pay1","schema":"Payment","properties":{"payer":["c1"],"beneficiary":["p1"],"amount":["1200"],"currency":["EUR"],"date":["2020-06-01"],"purpose":["Consulting"]}}"#,
      #"{"id":"ev1","schema":"Event","properties":{"name":["Board meeting"],"date":["2019-09-07"],"involved":["p1","c1"],"summary":["The board met."]}}"#,
      #"{"id":"ul1","schema":"UnknownLink","properties":{"subject":["p1"],"object":["p2"],"role":["friend"]}}"#,
      #"{"id":"art1","schema":"Article","properties":{"title":["Leak"],"bodyText":["Acme paid Jane Doe."],"publishedAt":["2021-03"]}}"#,
      #"{"id":"doc1","schema":"Documentation","properties":{"document":["art1"],"entity":["c1"],"role":["evidence"],"summary":["Acme paid Jane Doe."]}}"#,
    ].joined(separator: "\n") + "\n"

  @Test func ftmToDossierToFtMKeepsEveryFact() throws {
    let original = try FtMEntities(Self.ftmLines)
    let content = try loadFtM(Self.ftmLines)
    let lines = FtMExport.jsonLines(content)
    let again = try FtMEntities(lines)
    #expect(again.facts.subtracting(original.facts) == [], "added on the way")
    #expect(original.facts.subtracting(again.facts) == [], "lost on the way")
    #expect(Set(again.all.map(\.id)) == Set(original.all.map(\.id)))
    #expect(try FtMChecker.problems(in: lines) == [])
  }

  @Test func bundledDossierToFtMAndBackKeepsWhatFtMCarries() throws {
    let native = try bundledDossier().content
    let imported = try loadFtM(FtMExport.jsonLines(native))
    for entity in native.entities {
      let back = try #require(imported.entities.first { $0.id == entity.id }, "\(entity.id)")
      #expect(back.kind == entity.kind, "\(entity.id)")
      #expect(back.name == entity.name, "\(entity.id)")
      #expect(back.aliases == entity.aliases, "\(entity.id)")
      #expect(back.summary == entity.summary, "\(entity.id)")
      #expect(back.date == entity.date, "\(entity.id)")
      // Lost as such: the open type (kept as Keywords unless it names the schema), the
      // date's inference and note (kept as Notes), the quotes (see below).
      #expect(back.type == FtMSchemaChoice.schema(for: entity).label)
      #expect(back.evidence.isEmpty)
    }
    // Every link keeps its ends; relation and role travel together as the role.
    for link in native.links {
      let role = link.role.map { "\(link.relation) (\($0))" } ?? link.relation
      #expect(
        imported.links.contains {
          $0.from == link.from && $0.to == link.to && $0.relation == "UnknownLink"
            && $0.role == role
        }, "\(link.from) \(link.relation) \(link.to)")
    }
    // Sources come back as Article actors, quotes as Documentation links from them.
    #expect(imported.sources.isEmpty)
    for source in native.sources {
      let article = try #require(imported.entities.first { $0.id == source.id })
      #expect(article.type == "Article")
      #expect(article.name == source.title)
    }
    for entity in native.entities {
      for evidence in entity.evidence {
        #expect(
          imported.links.contains { link in
            link.relation == "Documentation" && link.from == evidence.sourceID
              && link.to == entity.id
              && link.properties.contains { $0.key == "summary" && $0.values == [evidence.quote] }
          }, "quote on \(entity.id)")
      }
    }
  }

  @Test func propertiesAndFtMLinksComeBackFromFtM() throws {
    let native = FtMExportFixture.content
    let imported = try loadFtM(FtMExport.jsonLines(native))
    let acme = try #require(imported.entities.first { $0.id == "acme" })
    let original = try #require(native.entities.first { $0.id == "acme" })
    for property in original.properties where property.key != "shoeSize" {
      #expect(acme.properties.contains { $0.key == property.key && $0.values == property.values })
    }
    // A property FtM's Company lacks comes back as a note.
    #expect(acme.properties.contains { $0.key == "notes" && $0.values == ["Shoe size: 44, 45"] })
    for link in native.links where link.relation.contains(":") && link.from != "jane-roe" {
      #expect(
        imported.links.contains {
          $0.from == link.from && $0.to == link.to && $0.relation == link.relation
        }, "\(link.relation)")
    }
    let ownership = try #require(
      imported.links.first { $0.relation == "Ownership" && $0.from == "jane-roe" })
    #expect(ownership.to == "acme")
    #expect(ownership.role == "shareholder, director")
    #expect(ownership.date == (try PartialDate(parsing: "2015")))
    #expect(ownership.properties.contains { $0.key == "percentage" && $0.values == ["50"] })
  }

  /// The content the FtM importer reads from `lines`, or a failure listing its problems.
  private func loadFtM(_ lines: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws -> DossierContent
  {
    do {
      let loaded = try DossierLoader.load(
        .bytes(Array(lines.utf8), fileName: "round-trip.ftm.json"), format: .ftm)
      #expect(loaded.dossier.warnings.isEmpty, sourceLocation: sourceLocation)
      return loaded.dossier.content
    } catch {
      Issue.record("FtM import failed:\n\(error)", sourceLocation: sourceLocation)
      throw error
    }
  }
}
