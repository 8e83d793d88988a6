import BundledDossier
import Foundation
import Testing

@testable import DossierModel

@Suite struct BundledDossierTests {
  /// The bundled file as Foundation's JSON parser reads it: an independent view.
  private func foundationView() throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(BundledDossier.bytes))
    return try #require(object as? [String: Any])
  }

  private func objects(_ view: [String: Any], _ key: String) -> [[String: Any]] {
    view[key] as? [[String: Any]] ?? []
  }

  @Test func loadsWithoutProblems() throws {
    let dossier = try bundledDossier()
    #expect(dossier.title == "China–Kazakhstan relations and the Belt and Road Initiative")
    #expect(!dossier.entities.isEmpty)
    #expect(BundledDossier.fileName == "china-kazakhstan-bri.json")
  }

  @Test func holdsEverythingTheFileSays() throws {
    let dossier = try bundledDossier()
    let view = try foundationView()
    #expect(view["format"] as? String == "dossier")
    #expect(dossier.content.description == view["description"] as? String)

    for kind in EntityKind.allCases {
      let expected = objects(view, kind.plural)
      #expect(dossier.count(of: kind) == expected.count, "\(kind)")
      for object in expected {
        let id = try #require(object["id"] as? String)
        let entity = try #require(dossier.entity(id: id), "\(id)")
        #expect(entity.kind == kind)
        #expect(entity.name == object["name"] as? String)
        #expect(entity.type == object["type"] as? String)
        #expect(entity.summary == object["summary"] as? String)
        #expect(entity.aliases == (object["aliases"] as? [String] ?? []))
        #expect(entity.date?.description == object["date"] as? String)
        #expect(entity.dateInferred == (object["dateInferred"] as? Bool ?? false))
        #expect(
          entity.evidence.map(\.quote)
            == objects(object, "evidence").compactMap { $0["quote"] as? String })
      }
    }
    #expect(
      dossier.entities.count
        == EntityKind.allCases.map { objects(view, $0.plural).count }.reduce(0, +))

    let links = objects(view, "links")
    #expect(dossier.links.count == links.count)
    for (link, object) in zip(dossier.links, links) {
      #expect(link.from == object["from"] as? String)
      #expect(link.to == object["to"] as? String)
      #expect(link.relation == object["relation"] as? String)
      #expect(link.role == object["role"] as? String)
      #expect(dossier.entity(id: link.from) != nil && dossier.entity(id: link.to) != nil)
    }
    #expect(
      dossier.sources.map(\.id) == objects(view, "sources").compactMap { $0["id"] as? String })
  }

  @Test func sourceTextComesFromTheBundledTextFile() throws {
    let dossier = try bundledDossier()
    let view = try foundationView()
    for object in objects(view, "sources") {
      let id = try #require(object["id"] as? String)
      let source = try #require(dossier.source(id: id))
      if let name = object["textFile"] as? String {
        let bytes = try #require(BundledDossier.textFiles[name], "\(name) is bundled")
        #expect(source.text == String(decoding: bytes, as: UTF8.self))
      }
    }
  }

  @Test func everyQuoteIsInItsSource() throws {
    let dossier = try bundledDossier()
    func squeezed(_ text: String) -> String {
      text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    let evidence = dossier.entities.flatMap(\.evidence) + dossier.links.flatMap(\.evidence)
    #expect(!evidence.isEmpty)
    for item in evidence {
      let source = try #require(dossier.source(id: item.sourceID))
      let text = try #require(source.text)
      #expect(squeezed(text).contains(squeezed(item.quote)), "\(item.quote)")
    }
  }

  @Test func withoutItsTextFileTheBundledDossierIsRejected() throws {
    let bytes = BundledDossier.bytes
    let marker = Array(#""textFile": ""#.utf8)
    let start = try #require(
      (0...(bytes.count - marker.count)).first { Array(bytes[$0..<($0 + marker.count)]) == marker })
    let valueOffset = start + marker.count - 1
    let line = bytes[..<valueOffset].filter { $0 == 0x0A }.count + 1
    let lineStart = (bytes[..<valueOffset].lastIndex(of: 0x0A) ?? -1) + 1
    let column = bytes[lineStart..<valueOffset].filter { $0 & 0xC0 != 0x80 }.count + 1
    #expect(
      loadProblems(bytes: bytes) == [
        "test.json:\(line):\(column): sources[0].textFile: no text file named "
          + "\"gulf-observer-kazakhstan-bri.txt\""
      ])
  }

  @Test func bundledLoadMatchesLoadingTheBytes() throws {
    let bundled = try bundledDossier()
    let direct = try DossierLoader.load(
      .bytes(BundledDossier.bytes, fileName: "x.json") { name in bundledTextFiles()[name] }
    ).dossier
    #expect(bundled.content == direct.content)
    #expect(bundled.timeline == direct.timeline)
  }

  @Test func datedEventsAreFromTheYearsTheFileNames() throws {
    let dossier = try bundledDossier()
    let years = Set(dossier.entities(of: .event).compactMap { $0.date?.year })
    #expect(years.isSubset(of: 2013...2023))
    #expect(dossier.entity(id: "tokayev-praises-xi")?.dateInferred == true)
    #expect(dossier.entity(id: "tokayev-praises-xi")?.dateNote?.isEmpty == false)
  }
}
