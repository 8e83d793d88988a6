import Foundation
import Testing

/// `dossier export --format ftm`, run as a built binary, checked against the bundled file
/// read with JSONSerialization.
@Suite struct ExportFtMCommandTests {
  let file: BundledFile
  let result: RunResult
  let entities: [[String: Any]]

  init() throws {
    file = try BundledFile()
    result = try runDossier("export", "--format", "ftm")
    entities = try result.lines.map { line in
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { throw HarnessError(description: "not an object: \(line)") }
      return object
    }
  }

  private func entity(_ id: String) -> [String: Any]? {
    entities.first { $0.id == id }
  }

  private func values(_ entity: [String: Any]?, _ property: String) -> [String] {
    (entity?["properties"] as? [String: [String]])?[property] ?? []
  }

  private func entities(of schema: String) -> [[String: Any]] {
    entities.filter { $0["schema"] as? String == schema }
  }

  @Test func writesOneEntityPerLine() {
    #expect(result.status == 0, "\(result.transcript)")
    #expect(result.stderr.isEmpty)
    #expect(result.stdout.hasSuffix("\n"))
    #expect(entities.count == result.lines.count)
    for object in entities {
      #expect(Set(object.keys) == ["id", "schema", "properties"])
    }
    #expect(Set(entities.map(\.id)).count == entities.count, "ids are unique")
  }

  @Test func everyEntityKeepsItsIDNameAndDate() throws {
    for original in file.allEntities {
      let exported = try #require(entity(original.id), "\(original.id) missing")
      #expect(values(exported, "name") == [original["name"] as? String].compactMap { $0 })
      #expect(values(exported, "alias") == original["aliases"] as? [String] ?? [])
      #expect(values(exported, "date") == [original["date"] as? String].compactMap { $0 })
    }
    for event in file.entities("events") {
      #expect(entity(event.id)?["schema"] as? String == "Event")
    }
    for project in file.entities("projects") {
      #expect(entity(project.id)?["schema"] as? String == "Project")
    }
  }

  @Test func everyLinkIsAnUnknownLinkWithItsRelation() {
    // The bundled dossier's relations (participant, partner, …) are none of FtM's.
    let links = entities(of: "UnknownLink")
    #expect(links.count == file.links.count)
    for link in file.links {
      let relation = link["relation"] as? String ?? ""
      let role = (link["role"] as? String).map { "\(relation) (\($0))" } ?? relation
      let matching = links.filter {
        values($0, "subject") == [link["from"] as? String ?? ""]
          && values($0, "object") == [link["to"] as? String ?? ""]
          && values($0, "role") == [role]
      }
      #expect(matching.count == 1, "\(link)")
    }
  }

  @Test func sourcesAreArticlesAndQuotesDocumentation() throws {
    let articles = entities(of: "Article")
    #expect(articles.count == file.sources.count)
    let source = try #require(file.sources.first)
    let article = try #require(articles.first)
    #expect(values(article, "title") == [source["title"] as? String ?? ""])
    #expect(values(article, "bodyText").first?.isEmpty == false, "the source's text")

    let documentation = entities(of: "Documentation")
    for original in file.allEntities {
      for evidence in original["evidence"] as? [[String: Any]] ?? [] {
        let quote = evidence["quote"] as? String ?? ""
        #expect(
          documentation.contains {
            values($0, "entity") == [original.id] && values($0, "summary") == [quote]
              && values($0, "document") == [article.id]
          }, "quote on \(original.id)")
      }
    }
  }

  @Test func outputFileHoldsTheSameLines() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("dossier.ftm.json").path
      let toFile = try runDossier("export", "--format", "ftm", "-o", path)
      #expect(toFile.status == 0, "\(toFile.transcript)")
      #expect(toFile.stdout.isEmpty)
      #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == result.stdoutData)
    }
  }

  @Test func hostileTextIsEscapedOnEveryLine() throws {
    try withTemporaryDirectory { directory in
      let path = try HostileDossier.write(in: directory)
      let hostile = try runDossier("export", "--format", "ftm", "--data", path)
      #expect(hostile.status == 0, "\(hostile.transcript)")
      #expect(rawControlScalars(in: hostile.stdout).isEmpty)
      #expect(!hostile.stdout.unicodeScalars.contains("\u{202E}"))
      #expect(hostile.stdout.contains(#"\u001b"#))
      for line in hostile.lines {
        #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
      }
    }
  }
}
