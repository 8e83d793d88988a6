/// Finds a needle in a sequence fed one element at a time, in time linear in both
/// (Knuth–Morris–Pratt): never worse, however the needle repeats itself.
public struct SequenceMatcher<Element: Equatable>: Sendable where Element: Sendable {
  private let needle: [Element]
  /// For each prefix of the needle, the length of its longest proper border.
  private let borders: [Int]
  /// How much of the needle the elements fed so far end with.
  private var matched = 0

  /// A matcher of `needle`.
  public init(_ needle: [Element]) {
    self.needle = needle
    var borders = [Int](repeating: 0, count: needle.count)
    var length = 0
    for position in needle.indices.dropFirst() {
      while length > 0, needle[position] != needle[length] { length = borders[length - 1] }
      if needle[position] == needle[length] { length += 1 }
      borders[position] = length
    }
    self.borders = borders
  }

  /// How many elements the needle has.
  public var count: Int { needle.count }

  /// Feeds the next element; true when a whole needle ends with it. Matches may overlap
  /// unless `reset` is called after each.
  public mutating func feed(_ element: Element) -> Bool {
    guard !needle.isEmpty else { return false }
    while matched > 0, element != needle[matched] { matched = borders[matched - 1] }
    guard element == needle[matched] else { return false }
    matched += 1
    guard matched == needle.count else { return false }
    matched = borders[matched - 1]
    return true
  }

  /// Forgets the elements fed: the next match starts after them.
  public mutating func reset() {
    matched = 0
  }
}
