/// The texts of the sources read so far that have one, ready for quotes to be checked
/// against, found by the source's id as a `String` or as UTF-8 bytes (so that evidence
/// citing a source without a text costs no `String`).
struct SourceTexts {
  private var numbers = IDTable()
  private var matchers: [QuoteMatcher] = []

  /// Keeps `matcher` for the source `id`, unless one is kept for it already.
  mutating func insert(_ matcher: QuoteMatcher, forSource id: String) {
    if numbers.insert(id, value: matchers.count).inserted { matchers.append(matcher) }
  }

  /// The text of the source whose id has these UTF-8 bytes, if it has one.
  func matcher(forSource id: UnsafeBufferPointer<UInt8>) -> QuoteMatcher? {
    numbers[utf8: id].map { matchers[$0] }
  }

  /// The text of the source `id`, if it has one.
  func matcher(forSource id: String) -> QuoteMatcher? {
    numbers[id].map { matchers[$0] }
  }

  /// Adds `later`'s texts of sources that have none here.
  mutating func merge(_ later: SourceTexts) {
    for (id, number) in zip(later.numbers.ids, later.matchers.indices) {
      insert(later.matchers[number], forSource: id)
    }
  }
}
