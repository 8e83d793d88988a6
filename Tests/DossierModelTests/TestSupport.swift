import BundledDossier
import Foundation
import Testing

@testable import DossierModel

/// The file name every test dossier is loaded under, so problem descriptions read
/// `test.json:LINE:COLUMN: message`.
let testFileName = "test.json"

/// Loads `json` (and the named text files) or records an issue and returns nil.
func loadDossier(
  _ json: String, textFiles: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) -> Dossier? {
  do {
    return try DossierLoader.load(
      .bytes(Array(json.utf8), fileName: testFileName) { name in textFiles[name] }
    ).dossier
  } catch {
    Issue.record("expected the dossier to load, got:\n\(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// The problems reported for `bytes`, each as `test.json:LINE:COLUMN: message`; records an
/// issue when the dossier loads.
func loadProblems(
  bytes: [UInt8], textFiles: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
  do {
    _ = try DossierLoader.load(.bytes(bytes, fileName: testFileName) { name in textFiles[name] })
    Issue.record("expected the dossier to be rejected", sourceLocation: sourceLocation)
    return []
  } catch {
    #expect(!error.problems.isEmpty, sourceLocation: sourceLocation)
    return error.problems.map(\.description)
  }
}

/// The problems reported for `json`; see `loadProblems(bytes:)`.
func loadProblems(
  _ json: String, textFiles: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) -> [String] {
  loadProblems(bytes: Array(json.utf8), textFiles: textFiles, sourceLocation: sourceLocation)
}

/// The bundled dossier, loaded the way the app loads it.
func bundledDossier() throws -> Dossier {
  try BundledDossier.load()
}

/// The bundled dossier's text files as strings.
func bundledTextFiles() -> [String: String] {
  BundledDossier.textFiles.compactMapValues { String(validating: $0, as: UTF8.self) }
}

/// A JSON string literal for `text` (quotes, backslashes and control characters escaped).
func jsonString(_ text: String) -> String {
  JSONOutput.string(text).rendered()
}

/// Builds small, valid dossier files for tests that care about content, not positions.
struct DossierBuilder {
  struct Quote {
    var source: String
    var text: String
  }

  var title = "Test dossier"
  var sources: [String] = []
  var events: [String] = []
  var actors: [String] = []
  var projects: [String] = []
  var links: [String] = []

  mutating func source(_ id: String, text: String? = nil, textFile: String? = nil) {
    var fields = ["\"id\": \(jsonString(id))", "\"title\": \(jsonString("Source \(id)"))"]
    if let text { fields.append("\"text\": \(jsonString(text))") }
    if let textFile { fields.append("\"textFile\": \(jsonString(textFile))") }
    sources.append("{" + fields.joined(separator: ", ") + "}")
  }

  mutating func event(
    _ id: String, name: String, date: String? = nil, summary: String? = nil,
    aliases: [String] = [], quotes: [Quote] = [], properties: [Property] = []
  ) {
    var fields = entityFields(
      id, name: name, type: "event", summary: summary, aliases: aliases, quotes: quotes,
      properties: properties)
    if let date { fields.append("\"date\": \(jsonString(date))") }
    events.append("{" + fields.joined(separator: ", ") + "}")
  }

  mutating func actor(
    _ id: String, name: String, summary: String? = nil, aliases: [String] = [],
    quotes: [Quote] = [], properties: [Property] = []
  ) {
    let fields = entityFields(
      id, name: name, type: "person", summary: summary, aliases: aliases, quotes: quotes,
      properties: properties)
    actors.append("{" + fields.joined(separator: ", ") + "}")
  }

  mutating func project(
    _ id: String, name: String, summary: String? = nil, aliases: [String] = [],
    quotes: [Quote] = [], properties: [Property] = []
  ) {
    let fields = entityFields(
      id, name: name, type: "initiative", summary: summary, aliases: aliases, quotes: quotes,
      properties: properties)
    projects.append("{" + fields.joined(separator: ", ") + "}")
  }

  mutating func link(_ from: String, _ relation: String, _ to: String, role: String? = nil) {
    var fields = [
      "\"from\": \(jsonString(from))", "\"to\": \(jsonString(to))",
      "\"relation\": \(jsonString(relation))",
    ]
    if let role { fields.append("\"role\": \(jsonString(role))") }
    links.append("{" + fields.joined(separator: ", ") + "}")
  }

  private func entityFields(
    _ id: String, name: String, type: String, summary: String?, aliases: [String],
    quotes: [Quote], properties: [Property]
  ) -> [String] {
    var fields = [
      "\"id\": \(jsonString(id))", "\"name\": \(jsonString(name))",
      "\"type\": \(jsonString(type))",
    ]
    if let summary { fields.append("\"summary\": \(jsonString(summary))") }
    if !aliases.isEmpty {
      fields.append("\"aliases\": [" + aliases.map(jsonString).joined(separator: ", ") + "]")
    }
    if !quotes.isEmpty {
      let evidence = quotes.map { quote in
        "{\"source\": \(jsonString(quote.source)), \"quote\": \(jsonString(quote.text))}"
      }
      fields.append("\"evidence\": [" + evidence.joined(separator: ", ") + "]")
    }
    if !properties.isEmpty {
      let written = properties.map { DossierContent.propertyJSON($0).rendered() }
      fields.append("\"properties\": [" + written.joined(separator: ", ") + "]")
    }
    return fields
  }

  var json: String {
    func array(_ name: String, _ items: [String]) -> String {
      "  \"\(name)\": [\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }
    let parts = [
      "  \"format\": \"dossier\"", "  \"version\": 1", "  \"title\": \(jsonString(title))",
      array("sources", sources), array("events", events), array("actors", actors),
      array("projects", projects), array("links", links),
    ]
    return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
  }

  /// Loads the built dossier, recording an issue when it fails.
  func load(sourceLocation: SourceLocation = #_sourceLocation) -> Dossier? {
    loadDossier(json, sourceLocation: sourceLocation)
  }
}

/// A small deterministic random number generator (SplitMix64), so fuzz tests repeat.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

/// Whether a 1-based line and column lie within `bytes` (a column may point just past a
/// line's last character, where an unexpected end of line or file is noticed).
func isWithin(_ bytes: [UInt8], line: Int, column: Int) -> Bool {
  var lines: [[UInt8]] = [[]]
  for byte in bytes {
    if byte == 0x0A { lines.append([]) } else { lines[lines.count - 1].append(byte) }
  }
  guard line >= 1, line <= lines.count else { return false }
  let characters = lines[line - 1].filter { $0 & 0xC0 != 0x80 }.count
  return column >= 1 && column <= characters + 1
}

/// A fresh folder under the system's temporary directory, removed by `body`'s end.
func withTemporaryFolder(_ body: (String) throws -> Void) throws {
  let folder = NSTemporaryDirectory() + "dossier-model-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  try body(folder)
}

/// Writes `text` to the file at `path`.
func write(_ text: String, to path: String) throws {
  try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// A dossier with one source read from `textFile` and one event quoting `quote` from it.
func dossierJSON(textFile: String, quote: String = "a partnership") -> String {
  """
  {
    "format": "dossier",
    "version": 1,
    "title": "T",
    "sources": [
      {"id": "s", "title": "S", "textFile": \(jsonString(textFile))}
    ],
    "events": [
      {"id": "e", "name": "E", "type": "x", "evidence": [{"source": "s", "quote": \(jsonString(quote))}]}
    ]
  }
  """
}

/// The problems of loading the file at `path`, recording an issue when it loads.
func problems(loading path: String, sourceLocation: SourceLocation = #_sourceLocation)
  -> [LoadProblem]
{
  do {
    _ = try DossierLoader.load(.file(path: path))
    Issue.record("expected \(path) to be rejected", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.problems
  }
}

/// A file in the repository, located from this source file's path.
func repositoryFile(_ relativePath: String) -> URL {
  URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent(relativePath)
}
