/// How many terminal columns text occupies, by the table ncurses and the terminal use
/// (`DisplayWidthTable`: the C library's, Unicode 14.0.0): 2 for East Asian wide
/// characters and emoji, 0 for marks, joiners and format characters, 1 otherwise.
///
/// A character (grapheme cluster) is drawn as `drawn` gives it, which every terminal
/// places alike: an emoji sequence joined by ZWJ shows its first emoji, and variation
/// selectors and skin-tone modifiers are left out (terminals disagree on their widths).
public enum DisplayWidth {
  /// The width of a whole string, in columns.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The width of one character (grapheme cluster) as drawn, in columns.
  public static func of(_ character: Character) -> Int {
    if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
    return drawnScalars(of: character).reduce(0) { $0 + of($1) }
  }

  /// The width of one scalar on its own.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
    if contains(value, zeroWidthRanges) { return 0 }
    return contains(value, wideRanges) ? 2 : 1
  }

  /// The character as the browser draws it: the same, but for what terminals place
  /// differently. After an emoji, a zero-width joiner ends it (the joined emoji are left
  /// out); variation selectors, skin-tone modifiers and tags are left out; a cluster of
  /// more than two columns keeps its first scalar and the marks on it.
  public static func drawn(_ character: Character) -> String {
    drawnWithWidth(character).text
  }

  /// `drawn` and its width (`of`) at once, for drawing each character of a frame.
  public static func drawnWithWidth(_ character: Character) -> (text: String, width: Int) {
    if let ascii = character.asciiValue {
      return (String(character), ascii < 0x20 || ascii == 0x7F ? 0 : 1)
    }
    let scalars = drawnScalars(of: character)
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    return (String(text), scalars.reduce(0) { $0 + of($1) })
  }

  private static func drawnScalars(of character: Character) -> [Unicode.Scalar] {
    var kept: [Unicode.Scalar] = []
    for scalar in character.unicodeScalars {
      if scalar == "\u{200D}" {
        if let last = kept.last, last.properties.isEmoji, of(last) == 2 { break }
        continue
      }
      if isLeftOut(scalar, first: kept.isEmpty) { continue }
      kept.append(scalar)
    }
    guard kept.reduce(0, { $0 + of($1) }) > 2, let first = kept.first else { return kept }
    return [first] + kept.dropFirst().prefix { of($0) == 0 }
  }

  /// Variation selectors, emoji modifiers after the base, and tag characters.
  private static func isLeftOut(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
    switch scalar.value {
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0xE0020...0xE007F: true
    case 0x1F3FB...0x1F3FF: !first
    default: false
    }
  }

  /// Whether `value` lies in one of `ranges` (in order, not overlapping).
  private static func contains(_ value: UInt32, _ ranges: [ClosedRange<UInt32>]) -> Bool {
    let index = ranges.partitionPoint { $0.upperBound >= value }
    return index < ranges.count && ranges[index].lowerBound <= value
  }

  /// `text` cut to at most `columns` columns, ending in "…" when cut.
  public static func truncated(_ text: String, toColumns columns: Int) -> String {
    guard of(text) > columns else { return text }
    guard columns > 0 else { return "" }
    var output = ""
    var used = 0
    for character in text {
      let width = of(character)
      if used + width > columns - 1 { break }
      output.append(character)
      used += width
    }
    return output + "…"
  }

  /// `text` followed by spaces up to `columns` columns (unchanged when already wider).
  public static func padded(_ text: String, toColumns columns: Int) -> String {
    text + String(repeating: " ", count: max(0, columns - of(text)))
  }
}
