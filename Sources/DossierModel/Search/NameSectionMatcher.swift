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

  /// Takes the name's next word; `compare(index, isLast)` says how it matches the query
  /// word at `index`, or nil when it does not.
  mutating func next(_ compare: (_ index: Int, _ isLast: Bool) -> MatchQuality?) {
    defer { seen += 1 }
    guard holds, seen < queryWordCount else { return }
    let isLast = seen == queryWordCount - 1
    guard let quality = compare(seen, isLast) else {
      holds = false
      return
    }
    if isLast { lastIsExact = quality == .exact }
  }

  /// How the name seen so far matches the query.
  var result: NameMatch {
    guard holds, seen >= queryWordCount, queryWordCount > 0 else { return .other }
    return seen == queryWordCount && lastIsExact ? .whole : .start
  }
}
