import Foundation
import Testing

@testable import DossierModel

@Suite struct LoaderGoodInputTests {
  private let json = """
    {
      "$schema": "https://example.org/dossier.schema.json",
      "format": "dossier",
      "version": 1,
      "title": "Wind and water",
      "description": "Two projects.",
      "sources": [
        {
          "id": "report",
          "title": "Annual report",
          "publisher": "Ministry of Energy",
          "author": "A. Writer",
          "date": "2021-03",
          "url": "https://example.org/report",
          "text": "The Zhanatas wind farm opened in 2021.\\nIt is run\\n  by a partnership."
        }
      ],
      "events": [
        {
          "id": "opening",
          "name": "Opening of the wind farm",
          "type": "ceremony",
          "date": "2021-06-30",
          "dateInferred": true,
          "dateNote": "Guessed from the report.",
          "summary": null,
          "evidence": [
            {"source": "report", "quote": "opened in 2021. It is run by a", "note": "spans lines"}
          ]
        }
      ],
      "actors": [
        {"id": "kazakhstan", "name": "Kazakhstan", "type": "country", "aliases": ["Qazaqstan"]}
      ],
      "projects": [
        {"id": "wind-farm", "name": "Zhanatas wind farm", "type": "wind farm", "summary": "Wind."}
      ],
      "links": [
        {
          "from": "opening", "to": "wind-farm", "relation": "involves", "role": "subject",
          "date": "2021", "evidence": []
        },
        {"from": "wind-farm", "to": "kazakhstan", "relation": "located-in"}
      ]
    }
    """

  @Test func loadsEveryField() throws {
    let dossier = try #require(loadDossier(json))
    #expect(dossier.title == "Wind and water")
    #expect(dossier.content.description == "Two projects.")

    #expect(dossier.sources.count == 1)
    let source = try #require(dossier.source(id: "report"))
    #expect(source.title == "Annual report")
    #expect(source.publisher == "Ministry of Energy")
    #expect(source.author == "A. Writer")
    #expect(source.date == (try PartialDate(year: 2021, month: 3)))
    #expect(source.url == "https://example.org/report")
    #expect(source.text == "The Zhanatas wind farm opened in 2021.\nIt is run\n  by a partnership.")

    #expect(dossier.entities.map(\.id) == ["opening", "kazakhstan", "wind-farm"])
    #expect(dossier.entities.map(\.kind) == [.event, .actor, .project])
    let opening = try #require(dossier.entity(id: "opening"))
    #expect(opening.name == "Opening of the wind farm")
    #expect(opening.type == "ceremony")
    #expect(opening.date == (try PartialDate(year: 2021, month: 6, day: 30)))
    #expect(opening.dateInferred)
    #expect(opening.dateNote == "Guessed from the report.")
    #expect(opening.summary == nil, "null counts as absent")
    #expect(
      opening.evidence == [
        Evidence(sourceID: "report", quote: "opened in 2021. It is run by a", note: "spans lines")
      ])
    #expect(dossier.entity(id: "kazakhstan")?.aliases == ["Qazaqstan"])
    #expect(dossier.entity(id: "kazakhstan")?.dateInferred == false)
    #expect(dossier.entity(id: "wind-farm")?.summary == "Wind.")

    #expect(
      Array(dossier.links) == [
        Link(
          from: "opening", to: "wind-farm", relation: "involves", role: "subject",
          date: try PartialDate(year: 2021)),
        Link(from: "wind-farm", to: "kazakhstan", relation: "located-in"),
      ])
  }

  @Test func indexesByIDAndKind() throws {
    let dossier = try #require(loadDossier(json))
    #expect(dossier.entityIndex(id: "wind-farm") == 2)
    #expect(dossier.entityIndex(id: "nothing") == nil)
    #expect(dossier.entity(id: "nothing") == nil)
    #expect(dossier.source(id: "nothing") == nil)
    #expect(dossier.count(of: .event) == 1)
    #expect(dossier.count(of: .actor) == 1)
    #expect(dossier.count(of: .project) == 1)
    #expect(dossier.entities(of: .project).map(\.id) == ["wind-farm"])
    #expect(dossier.suggestions(for: "wind-fram") == ["wind-farm"])
  }

  @Test func minimalDossierHasNoEntities() throws {
    let dossier = try #require(
      loadDossier(#"{"format": "dossier", "version": 1, "title": "Empty"}"#))
    #expect(dossier.title == "Empty")
    #expect(dossier.entities.isEmpty)
    #expect(dossier.links.isEmpty)
    #expect(dossier.sources.isEmpty)
    #expect(dossier.timeline.isEmpty)
    #expect(dossier.content.description == nil)
  }

  @Test func acceptsByteOrderMarkAndNullArrays() throws {
    let text = #"{"format": "dossier", "version": 1, "title": "T", "events": null, "links": null}"#
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    let dossier = try DossierLoader.load(.bytes(bytes, fileName: testFileName)).dossier
    #expect(dossier.entities.isEmpty)
  }

  @Test func entityIDsMayRepeatSourceIDs() throws {
    var builder = DossierBuilder()
    builder.source("report")
    builder.actor("report", name: "The report as an actor")
    let dossier = try #require(builder.load())
    #expect(dossier.entity(id: "report")?.name == "The report as an actor")
    #expect(dossier.source(id: "report")?.title == "Source report")
  }

  @Test func entitiesAreInKindOrderWhateverTheFileOrder() throws {
    let text = """
      {
        "format": "dossier", "version": 1, "title": "T",
        "projects": [{"id": "p", "name": "P", "type": "x"}],
        "actors": [{"id": "a", "name": "A", "type": "x"}],
        "events": [{"id": "e", "name": "E", "type": "x"}]
      }
      """
    let dossier = try #require(loadDossier(text))
    #expect(dossier.entities.map(\.id) == ["e", "a", "p"])
  }
}

@Suite struct LoaderFileTests {

  @Test func missingFile() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/missing.json"
      #expect(
        problems(loading: path) == [
          LoadProblem(file: path, line: nil, column: nil, message: "no such file")
        ])
      #expect(problems(loading: path).map(\.description) == ["\(path): no such file"])
    }
  }

  @Test func directoryInsteadOfFile() throws {
    try withTemporaryFolder { folder in
      #expect(
        problems(loading: folder) == [
          LoadProblem(
            file: folder, line: nil, column: nil, message: "is a directory, not a dossier file")
        ])
    }
  }

  @Test func readsTextFilesBesideAndBelowTheDossier() throws {
    try withTemporaryFolder { folder in
      let article = "It is run\nby a partnership."
      try write(article, to: folder + "/article.txt")
      try FileManager.default.createDirectory(
        atPath: folder + "/texts", withIntermediateDirectories: true)
      try write("Below: " + article, to: folder + "/texts/article.txt")

      try write(dossierJSON(textFile: "article.txt"), to: folder + "/d.json")
      let beside = try DossierLoader.load(.file(path: folder + "/d.json")).dossier
      #expect(beside.source(id: "s")?.text == article)

      try write(
        dossierJSON(textFile: "texts/article.txt", quote: "Below: It"), to: folder + "/e.json")
      let below = try DossierLoader.load(.file(path: folder + "/e.json")).dossier
      #expect(below.source(id: "s")?.text == "Below: " + article)

      let measured = try DossierLoader.load(.file(path: folder + "/d.json"))
      #expect(measured.dossier.entities.map(\.id) == ["e"])
    }
  }

  @Test func quotesAreCheckedAgainstTheTextFile() throws {
    try withTemporaryFolder { folder in
      try write("It is run by a partnership.", to: folder + "/article.txt")
      let path = folder + "/d.json"
      try write(dossierJSON(textFile: "article.txt", quote: "a Partnership"), to: path)
      #expect(
        problems(loading: path).map(\.description) == [
          "\(path):9:81: events[0].evidence[0].quote: quote not found verbatim in the text of "
            + "source \"s\""
        ])
    }
  }

  @Test func rejectsTextFilesOutsideTheFolder() throws {
    try withTemporaryFolder { folder in
      try write("Secret", to: folder + "/outside.txt")
      try FileManager.default.createDirectory(
        atPath: folder + "/inner", withIntermediateDirectories: true)
      let path = folder + "/inner/d.json"
      for name in ["../outside.txt", "texts/../../outside.txt", folder + "/outside.txt", ""] {
        try write(dossierJSON(textFile: name), to: path)
        #expect(
          problems(loading: path).map(\.description) == [
            "\(path):6:43: sources[0].textFile: \(jsonString(name)) must be a relative path inside "
              + "the dossier's folder (no \"..\")"
          ], "text file \(name)")
      }
    }
  }

  @Test func reportsUnreadableAndInvalidTextFiles() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/d.json"
      try write(dossierJSON(textFile: "missing.txt"), to: path)
      #expect(
        problems(loading: path).map(\.description) == [
          "\(path):6:43: sources[0].textFile: cannot read text file \"\(folder)/missing.txt\""
        ])

      try Data([0x61, 0xFF, 0x62]).write(to: URL(fileURLWithPath: folder + "/latin1.txt"))
      try write(dossierJSON(textFile: "latin1.txt"), to: path)
      #expect(
        problems(loading: path).map(\.description) == [
          "\(path):6:43: sources[0].textFile: text file \"\(folder)/latin1.txt\" is not valid UTF-8"
        ])
    }
  }

  @Test func syntaxErrorsInAFileNameThePath() throws {
    try withTemporaryFolder { folder in
      let path = folder + "/broken.json"
      try write("{\n  \"format\": \"dossier\",\n", to: path)
      #expect(
        problems(loading: path) == [
          LoadProblem(
            file: path, line: 1, column: 1,
            message: "unclosed object: missing '}' for the '{' here")
        ])
    }
  }
}

@Suite struct LoadProblemTests {
  @Test func descriptionWithAndWithoutPosition() {
    #expect(
      LoadProblem(file: "a.json", line: 3, column: 7, message: "bad").description
        == "a.json:3:7: bad")
    #expect(
      LoadProblem(file: "a.json", line: nil, column: nil, message: "bad").description
        == "a.json: bad")
    let error = DossierLoadError(problems: [
      LoadProblem(file: "a.json", line: 1, column: 2, message: "one"),
      LoadProblem(file: "a.json", line: 5, column: 1, message: "two"),
    ])
    #expect(error.description == "a.json:1:2: one\na.json:5:1: two")
  }
}

@Suite struct LoadProgressTests {
  @Test func progressReachesTheEndAndTheIndexingPhase() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let events = (0..<3000).map { #"{"id": "e\#($0)", "name": "Event \#($0)", "type": "x"}"# }
    let json =
      #"{"format": "dossier", "version": 1, "title": "T", "events": ["#
      + events.joined(separator: ",\n") + "]}"
    let file = folder.appendingPathComponent("d.json")
    try Data(json.utf8).write(to: file)
    let progress = LoadProgress()
    #expect(progress.fraction == 0)
    #expect(progress.phase == .reading)
    _ = try DossierLoader.load(.file(path: file.path), progress: progress)
    #expect(progress.fraction > 0.5, "told about the elements read")
    #expect(progress.phase == .indexing)
  }
}

@Suite struct FileReadingTests {
  @Test(arguments: [0, 1, 2, 3, 4_097, 65_537])
  func twoReadersReadEveryByteOfTheFileInOrder(size: Int) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("read-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bytes.json")
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    try Data(bytes).write(to: file)
    #expect(try DossierLoader.readFile(file.path, twoReadersFrom: 0) == bytes)
    #expect(try DossierLoader.readFile(file.path, twoReadersFrom: .max) == bytes)
  }
}
