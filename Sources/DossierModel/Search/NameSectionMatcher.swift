/// Follows the words of one name or alias, in order, against the query's words: whether
/// the name is the query (every word whole, as many words) or begins with it (the last
/// query word may be a prefix).
struct NameSectionMatcher {
  private let queryWordCount: Int
  private var seen = 0
  private var holds = true
  private var lastIsExact = false

  /// A matcher at the start of a name.
  init(queryWordCount: Int) {
    self.queryWordCount = queryWordCount
  }

  /// The index of the query word the name's next word has to match, or nil when the
  /// name's further words no longer matter.
  var wanted: Int? { holds && seen < queryWordCount ? seen : nil }

  /// Takes the name's next word, given how it matched the wanted query word from its
  /// start (nil: it did not).
  mutating func next(_ quality: MatchQuality?) {
    defer { seen += 1 }
    guard let wanted else { return }
    guard let quality else {
      holds = false
      return
    }
    if wanted == queryWordCount - 1 { lastIsExact = quality == .exact }
  }

  /// How the name seen so far matches the query.
  var result: NameMatch {
    guard holds, seen >= queryWordCount, queryWordCount > 0 else { return .other }
    return seen == queryWordCount && lastIsExact ? .whole : .start
  }
}
