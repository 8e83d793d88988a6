import DossierModel
import Foundation

/// The text the peer search tools read: each entity's name and summary on one line.
enum SearchCorpus {
  /// Writes the corpus of `dossier` next to `dossierFile` (reused when already there) and
  /// returns its path.
  static func write(_ dossier: Dossier, besides dossierFile: String) throws -> String {
    let path = dossierFile.replacingOccurrences(of: ".json", with: "") + ".names-summaries.txt"
    if FileManager.default.fileExists(atPath: path) { return path }
    var text = ""
    text.reserveCapacity(dossier.entities.count * 300)
    for entity in dossier.entities {
      text += oneLine(entity.name)
      if let summary = entity.summary { text += "\t" + oneLine(summary) }
      text += "\n"
    }
    let partial = path + ".partial"
    try text.write(toFile: partial, atomically: false, encoding: .utf8)
    try FileManager.default.moveItem(atPath: partial, toPath: path)
    return path
  }

  private static func oneLine(_ text: String) -> String {
    text.contains(where: \.isNewline) || text.contains("\t")
      ? String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }) : text
  }
}
