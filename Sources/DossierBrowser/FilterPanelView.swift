import DossierModel

/// Draws the filter panel over the body: what the draft keeps, then each facet's values
/// with their counts, the cursor's line selected.
func drawFilterPanel(_ state: BrowserState, _ panel: FilterPanel, on canvas: inout Canvas) {
  guard let (width, height) = clearBody(of: &canvas) else { return }
  let kept = ListPane.allCases.map { counted(panel.kept[$0] ?? 0, $0.kind.rawValue) }
  let header = wordTruncated(
    "Filter · keeps " + kept.joined(separator: " · "), toColumns: width - 2)
  canvas.write(" " + header, row: 1, column: 0, style: .bold, limit: width)
  let lines = FilterPanelLines(panel, dossier: state.dossier, width: width)
  let top = FilterPanelLines.top
  let visible = height - 1
  let cursorLine = lines.lineOfItem[panel.cursor] ?? 0
  let scroll = lines.scroll(rows: canvas.rows, cursor: panel.cursor)
  for offset in 0..<visible {
    let index = scroll + offset
    guard lines.texts.indices.contains(index) else { break }
    let (text, style) = lines.texts[index]
    canvas.write(text, row: top + offset, column: 0, style: style, limit: width - 1)
    if index == cursorLine {
      canvas.fill(row: top + offset, column: 0, width: width, style: .selection)
    }
  }
  drawScrollMarks(
    above: scroll > 0, below: scroll + visible < lines.texts.count,
    frame: Rect(row: top, column: 0, width: width, height: visible), on: &canvas)
}

/// The panel's lines: a heading per facet, a line per value.
struct FilterPanelLines {
  /// The screen row of the first line.
  static let top = 2
  var texts: [(String, CellStyle)] = []
  var lineOfItem: [Int: Int] = [:]

  /// `head`, `name` and `tail` in a line of the panel `width` wide (after its indent and
  /// before the scroll mark's column), `name` cut with "…" to make room.
  private static func fitted(_ head: String, _ name: String, _ tail: String, _ width: Int)
    -> String
  {
    let room = width - 4 - DisplayWidth.of(head) - DisplayWidth.of(tail)
    return head + DisplayWidth.truncated(name, toColumns: max(1, room)) + tail
  }

  /// The first line shown in a terminal of `rows` rows: the cursor's kept in the middle.
  func scroll(rows: Int, cursor: Int) -> Int {
    let visible = rows - 3
    return max(0, min((lineOfItem[cursor] ?? 0) - visible / 2, texts.count - visible))
  }

  /// The lines for a panel `width` columns wide: a long name is cut with "…" before its
  /// count, which stays.
  init(_ panel: FilterPanel, dossier: Dossier, width: Int) {
    var heading: String?
    let yearsTitle =
      "Years of events" + (panel.years.map { " (\($0.lowerBound)–\($0.upperBound))" } ?? "")
    for (number, item) in panel.items.enumerated() {
      let title: String
      let label: String
      let box = panel.isChosen(item) ? "[x]" : "[ ]"
      switch item {
      case .type(let kind, let type, let count):
        title = "Type of \(kind.rawValue)"
        label = Self.fitted("\(box) ", SafeText.neutralized(type), "  \(count)", width)
      case .fromYear:
        title = yearsTitle
        label = "From  " + (panel.draft.fromYear.map(String.init) ?? "any") + "   ← → change"
      case .toYear:
        title = yearsTitle
        label = "To    " + (panel.draft.toYear.map(String.init) ?? "any") + "   ← → change"
      case .linked(let entity, let count):
        title = "Linked to"
        let name = SafeText.neutralized(dossier.entities.name(at: entity))
        let mark = panel.isChosen(item) ? "(•) " : "( ) "
        label = Self.fitted(mark, name, "  " + counted(count, "link"), width)
      }
      if title != heading {
        texts.append(("", .normal))
        texts.append((" " + title, .heading))
        heading = title
      }
      lineOfItem[number] = texts.count
      texts.append(("   " + label, .normal))
    }
  }
}
