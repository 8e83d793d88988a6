import ArgumentParser
import BundledDossier
import DossierModel

/// Completes entity ids in the shells (`show ID`, `browse ID`): the ids of the dossier the
/// command line opens with `--data` (the bundled one without it) that begin with the word
/// typed, through the cache, so that a large file answers at once once it has been opened.
enum EntityIDCompletion {
  /// The most ids offered at once.
  static let limit = 1000

  /// The completion for an ID argument.
  static let kind = CompletionKind.custom { words, _, prefix in
    candidates(words: words, prefix: prefix)
  }

  /// The ids beginning with `prefix` of the dossier `words` name, sorted, at most `limit`.
  static func candidates(words: [String], prefix: String) -> [String] {
    guard let dossier = dossier(named: words) else { return [] }
    var ids: [String] = []
    for index in dossier.entities.indices {
      let id = dossier.entities.id(at: index)
      if id.hasPrefix(prefix) { ids.append(id) }
    }
    return Array(ids.sorted().prefix(limit))
  }

  /// The dossier `--data FILE` (or `--data=FILE`) in `words` names, else the bundled one;
  /// nil when it does not load (a completion stays silent).
  private static func dossier(named words: [String]) -> Dossier? {
    var path: String?
    for (position, word) in words.enumerated() {
      if word == "--data", position + 1 < words.count { path = words[position + 1] }
      if word.hasPrefix("--data=") { path = String(word.dropFirst("--data=".count)) }
    }
    guard let path else { return try? BundledDossier.load() }
    if let cache = DossierCache.standard() {
      return try? cache.load(path: path).dossier
    }
    return try? DossierLoader.load(.file(path: path)).dossier
  }
}
