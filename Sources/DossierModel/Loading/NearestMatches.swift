/// "Did you mean" suggestions by edit distance.
public enum NearestMatches {
  /// Up to `limit` candidates closest to `word`, nearest first, leaving out those too far
  /// to be a plausible typo (more than a third of the word's length, at least 2).
  public static func nearest(to word: String, among candidates: [String], limit: Int = 3)
    -> [String]
  {
    var finder = NearestMatchFinder(among: candidates, workBudget: .max)
    return finder.nearest(to: word, limit: limit)
  }

  /// The Levenshtein distance between two scalar sequences, or `limit + 1` when it is
  /// more than `limit`: only the cells within `limit` of the diagonal are computed, and
  /// the work stops once a whole row is past the limit.
  static func editDistance(
    _ left: [Unicode.Scalar], _ right: [Unicode.Scalar], limit: Int = .max / 2
  ) -> Int {
    let beyond = limit + 1
    guard abs(left.count - right.count) <= limit else { return beyond }
    if left.isEmpty { return right.count }
    var previous = (0...right.count).map { min($0, beyond) }
    var current = previous
    for (leftIndex, leftScalar) in left.enumerated() {
      let first = max(1, leftIndex + 1 - limit)
      let last = min(right.count, leftIndex + 1 + limit)
      current[first - 1] = first == 1 ? min(leftIndex + 1, beyond) : beyond
      var rowMinimum = current[first - 1]
      if first <= last {
        for rightIndex in first...last {
          let substitution =
            previous[rightIndex - 1] + (leftScalar == right[rightIndex - 1] ? 0 : 1)
          let value = min(
            substitution, previous[rightIndex] + 1, current[rightIndex - 1] + 1, beyond)
          current[rightIndex] = value
          rowMinimum = min(rowMinimum, value)
        }
      }
      if last < right.count { current[last + 1] = beyond }
      guard rowMinimum <= limit else { return beyond }
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
