/// "Did you mean" suggestions by edit distance.
public enum NearestMatches {
  /// Up to `limit` candidates closest to `word`, nearest first, leaving out those too far
  /// to be a plausible typo (more than a third of the word's length, at least 2).
  public static func nearest(to word: String, among candidates: [String], limit: Int = 3)
    -> [String]
  {
    let target = Array(word.unicodeScalars)
    let threshold = max(2, target.count / 3)
    let scored = candidates.compactMap { candidate -> (Int, String)? in
      let scalars = Array(candidate.unicodeScalars)
      if candidate.hasPrefix(word) || word.hasPrefix(candidate), !candidate.isEmpty {
        return (min(threshold, abs(scalars.count - target.count)), candidate)
      }
      guard abs(scalars.count - target.count) <= threshold else { return nil }
      let distance = editDistance(target, scalars)
      return distance <= threshold ? (distance, candidate) : nil
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }

  /// The Levenshtein distance between two scalar sequences.
  static func editDistance(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Int {
    if left.isEmpty { return right.count }
    var previous = Array(0...right.count)
    var current = previous
    for (leftIndex, leftScalar) in left.enumerated() {
      current[0] = leftIndex + 1
      for (rightIndex, rightScalar) in right.enumerated() {
        let substitution = previous[rightIndex] + (leftScalar == rightScalar ? 0 : 1)
        current[rightIndex + 1] = min(
          substitution, previous[rightIndex + 1] + 1, current[rightIndex] + 1)
      }
      swap(&previous, &current)
    }
    return previous[right.count]
  }

  /// "; did you mean "a" or "b"?" or an empty string when there is nothing close.
  public static func didYouMean(_ suggestions: [String]) -> String {
    guard !suggestions.isEmpty else { return "" }
    let quoted = suggestions.map { "\"\($0)\"" }
    let list =
      quoted.count == 1
      ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    return "; did you mean \(list)?"
  }
}
