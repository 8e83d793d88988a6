/// "Did you mean" for many words among the same candidates, in bounded time: the
/// candidates are prepared once, a word asked again is answered from memory, and once
/// `workBudget` cells of edit distance have been computed, further words get no
/// suggestion. (Each of 20,000 dangling references compared with each of 100,000 ids
/// took 103 s; a renamed id referred to 100,000 times, 35 s.)
public struct NearestMatchFinder {
  private let candidates: [(text: String, scalars: [Unicode.Scalar])]
  private var remainingWork: Int
  private var answered: [String: [String]] = [:]

  /// The standard budget: a few hundredths of a second of edit distance.
  public static let standardWorkBudget = 1 << 24

  /// A finder among `candidates`.
  public init(among candidates: [String], workBudget: Int = standardWorkBudget) {
    self.candidates = candidates.map { ($0, Array($0.unicodeScalars)) }
    remainingWork = workBudget
  }

  /// Answers the words most asked for first (a renamed id referred to from everywhere),
  /// while the budget lasts; `nearest` then gives their answers from memory.
  public mutating func prepare(forMostAsked words: [String]) {
    var asked: [String: Int] = [:]
    for word in words { asked[word, default: 0] += 1 }
    for (word, _) in asked.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      guard remainingWork > 0 else { return }
      _ = nearest(to: word)
    }
  }

  /// Up to `limit` candidates closest to `word`, nearest first, leaving out those too far
  /// to be a plausible typo (more than a third of the word's length, at least 2); none
  /// once the budget is spent.
  public mutating func nearest(to word: String, limit: Int = 3) -> [String] {
    if let known = answered[word] { return Array(known.prefix(limit)) }
    guard remainingWork > 0 else { return [] }
    let target = Array(word.unicodeScalars)
    let threshold = max(2, target.count / 3)
    var scored: [(Int, String)] = []
    for (candidate, scalars) in candidates {
      if !candidate.isEmpty, candidate.hasPrefix(word) || word.hasPrefix(candidate) {
        scored.append((min(threshold, abs(scalars.count - target.count)), candidate))
        continue
      }
      guard abs(scalars.count - target.count) <= threshold else { continue }
      remainingWork -= max(1, target.count * (2 * threshold + 1))
      let distance = NearestMatches.editDistance(target, scalars, limit: threshold)
      if distance <= threshold { scored.append((distance, candidate)) }
    }
    let nearest = scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    answered[word] = nearest
    return nearest
  }
}
