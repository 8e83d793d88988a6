import Foundation
import Testing

@testable import DossierModel

/// The bytes of a fixture under `Tests/Fixtures/ftm`.
func ftmFixture(_ name: String) throws -> [UInt8] {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/ftm")
  return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
}

/// Loads FtM bytes the way the app loads any file (the format detected from the content).
func loadFtM(_ bytes: [UInt8], fileName: String, progress: LoadProgress? = nil) throws
  -> LoadedDossier
{
  try DossierLoader.load(.bytes(bytes, fileName: fileName), progress: progress)
}

/// Loads FtM lines joined by line feeds as `test.ftm.json`, or records an issue.
func loadFtM(lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> Dossier? {
  do {
    let loaded = try loadFtM(
      Array(lines.joined(separator: "\n").utf8), fileName: "test.ftm.json")
    #expect(loaded.format == .ftm, sourceLocation: sourceLocation)
    return loaded.dossier
  } catch {
    Issue.record("expected the file to load, got:\n\(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// The problems reported for `text` read as FtM, each as `test.ftm.json:LINE:COLUMN:
/// message`; records an issue when the file loads.
func ftmProblems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
  do {
    _ = try DossierLoader.load(.bytes(Array(text.utf8), fileName: "test.ftm.json"), format: .ftm)
    Issue.record("expected the file to be rejected", sourceLocation: sourceLocation)
    return []
  } catch {
    return error.problems.map(\.description)
  }
}

/// The problems reported for lines joined by line feeds; see `ftmProblems(_:)`.
func ftmProblems(lines: [String], sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
  ftmProblems(lines.joined(separator: "\n"), sourceLocation: sourceLocation)
}

/// The warnings of a dossier, each as `FILE:LINE:COLUMN: warning: message`.
func warningLines(_ dossier: Dossier) -> [String] {
  dossier.warnings.map(\.warningDescription)
}

extension Dossier {
  /// The entity's link groups as "direction label: count", in the dossier's order.
  func linkGroupSummary(of id: String) -> [String] {
    linkGroups(of: id).map { "\($0.direction == .outgoing ? "→" : "←") \($0.label): \($0.count)" }
  }

  /// The entity's property with this key, if any.
  func property(_ key: String, of id: String) -> Property? {
    entity(id: id)?.properties.first { $0.key == key }
  }
}
