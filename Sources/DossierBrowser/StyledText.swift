import DossierModel

/// Text with a style per character, which can be wrapped into lines at word boundaries.
struct StyledText: Sendable, Equatable {
  private(set) var characters: [Character] = []
  private(set) var styles: [CellStyle] = []

  /// Data text, neutralised of control characters, in one style.
  init(_ text: String, style: CellStyle) {
    append(text, style: style)
  }

  init() {}

  var isEmpty: Bool { characters.isEmpty }

  var plainText: String { String(characters) }

  mutating func append(_ text: String, style: CellStyle) {
    for character in SafeText.neutralized(text) {
      characters.append(character)
      styles.append(style)
    }
  }

  mutating func append(_ other: StyledText) {
    characters += other.characters
    styles += other.styles
  }

  /// Gives `style` to the characters that the query matched.
  mutating func highlight(_ query: SearchQuery?, style: CellStyle = .highlight) {
    guard let query, !query.isEmpty else { return }
    let text = plainText
    for range in query.highlightRanges(in: text) {
      let start = text.distance(from: text.startIndex, to: range.lowerBound)
      let end = text.distance(from: text.startIndex, to: range.upperBound)
      for offset in start..<min(end, styles.count) { styles[offset] = style }
    }
  }

  /// Gives `style` to every character from `start` for `count` characters.
  mutating func restyle(from start: Int, count: Int, style: CellStyle) {
    for offset in max(0, start)..<min(styles.count, start + count) { styles[offset] = style }
  }

  /// Lines of at most `width` columns, broken at spaces; longer words are split.
  func wrapped(width: Int) -> [StyledText] {
    guard width > 0 else { return [] }
    var lines: [StyledText] = []
    var line = StyledText()
    var lineWidth = 0
    var index = 0
    while index < characters.count {
      var end = index
      while end < characters.count, characters[end] != " " { end += 1 }
      let wordWidth = characters[index..<end].reduce(0) { $0 + DisplayWidth.of($1) }
      if lineWidth > 0, lineWidth + 1 + wordWidth > width {
        lines.append(line)
        line = StyledText()
        lineWidth = 0
      }
      if lineWidth > 0 {
        line.characters.append(" ")
        line.styles.append(styles[index - 1])
        lineWidth += 1
      }
      for offset in index..<end {
        let characterWidth = DisplayWidth.of(characters[offset])
        if lineWidth + characterWidth > width {
          lines.append(line)
          line = StyledText()
          lineWidth = 0
        }
        line.characters.append(characters[offset])
        line.styles.append(styles[offset])
        lineWidth += characterWidth
      }
      index = end + 1
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Draws the text at a position, clipped to `width` columns; returns the columns used.
  @discardableResult
  func draw(on canvas: inout Canvas, row: Int, column: Int, width: Int) -> Int {
    var used = 0
    var start = 0
    while start < characters.count {
      var end = start
      while end < characters.count, styles[end] == styles[start] { end += 1 }
      let run = String(characters[start..<end])
      used += canvas.write(
        run, row: row, column: column + used, style: styles[start], limit: width - used)
      start = end
    }
    return used
  }
}
