import DossierModel

/// What a cell's text means, which the terminal adapter turns into colours and attributes.
public enum CellStyle: UInt8, Sendable, CaseIterable {
  /// Ordinary text.
  case normal
  /// Secondary text: ids, types, hints.
  case dim
  /// Emphasised text: names, titles.
  case bold
  /// A group heading inside a list (a year, "People").
  case heading
  /// The title bar and tab strip.
  case titleBar
  /// The active tab or the focused pane's title.
  case activeTab
  /// The selected row of the focused pane.
  case selection
  /// The selected row of a pane without focus.
  case inactiveSelection
  /// A link to another entity.
  case link
  /// Words that matched the search.
  case highlight
  /// A source quote.
  case quote
  /// The status bar.
  case statusBar
  /// A key name in the status bar or help.
  case key
  /// An error or warning message.
  case error
  /// A match of the find in the text shown.
  case found
  /// The match of the find moved to last.
  case currentFound
}

/// One terminal cell: a character and its style. A wide character occupies its cell and
/// the next, which holds an empty continuation.
public struct Cell: Sendable, Equatable {
  /// The character shown, or "" for the right half of a wide character.
  public var text: String
  /// How it is shown.
  public var style: CellStyle

  /// A blank cell.
  public static let blank = Cell(text: " ", style: .normal)
}

/// A grid of cells that the browser draws into; the terminal adapter shows it.
public struct Canvas: Sendable, Equatable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank canvas.
  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    cells = Array(repeating: .blank, count: self.rows * self.columns)
  }

  /// The cell at a position.
  public subscript(row: Int, column: Int) -> Cell {
    cells[row * columns + column]
  }

  /// Writes `text` at a position, clipped to `limit` columns (default: to the row's end).
  /// Wide characters that would not fit are left out. Returns the columns used.
  @discardableResult
  public mutating func write(
    _ text: String, row: Int, column: Int, style: CellStyle, limit: Int? = nil
  ) -> Int {
    guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
    let end = min(columns, column + (limit ?? columns))
    var position = column
    for character in text {
      let (drawn, width) = DisplayWidth.drawnWithWidth(character)
      if width == 0 {
        if position > column {
          cells[row * columns + position - 1].text += drawn
        }
        continue
      }
      guard position + width <= end else { break }
      clearWideCharacters(row: row, from: position, width: width)
      cells[row * columns + position] = Cell(text: drawn, style: style)
      if width == 2 {
        cells[row * columns + position + 1] = Cell(text: "", style: style)
      }
      position += width
    }
    return position - column
  }

  /// Blanks the other half of any wide character that writing `width` cells at `start`
  /// would cut in two, so no half of a wide character is left behind.
  private mutating func clearWideCharacters(row: Int, from start: Int, width: Int) {
    let base = row * columns
    if start > 0, cells[base + start].text.isEmpty { cells[base + start - 1].text = " " }
    let last = start + width - 1
    if last + 1 < columns, DisplayWidth.of(cells[base + last].text) == 2 {
      cells[base + last + 1].text = " "
    }
  }

  /// Paints a rectangle's cells with a style, keeping their text and leaving cells in
  /// a `kept` style (such as search highlights) as they are.
  public mutating func fill(
    row: Int, column: Int, width: Int, height: Int = 1, style: CellStyle,
    keeping kept: Set<CellStyle> = []
  ) {
    for line in max(0, row)..<min(rows, row + height) {
      for position in max(0, column)..<min(columns, column + width)
      where !kept.contains(cells[line * columns + position].style) {
        cells[line * columns + position].style = style
      }
    }
  }

  /// The text of one row, as a terminal would show it.
  public func line(_ row: Int) -> String {
    (0..<columns).map { self[row, $0].text }.joined()
  }

  /// Every row's text, trailing spaces kept.
  public var lines: [String] { (0..<rows).map(line) }
}
