import DossierModel

/// The screen row of a picker's first line.
let pickerTop = 2

/// The first line a picker of `count` lines shows in a terminal of `rows` rows: the
/// cursor's kept in the middle.
func pickerScroll(_ picker: Picker, rows: Int, count: Int) -> Int {
  let visible = rows - 3
  return max(0, min(picker.cursor - visible / 2, count - visible))
}

/// Draws the marks or the history list over the body, the cursor's line selected.
func drawPicker(_ state: BrowserState, _ picker: Picker, on canvas: inout Canvas) {
  guard let (width, height) = clearBody(of: &canvas) else { return }
  let lines: [String]
  let title: String
  switch picker.kind {
  case .marks:
    let marked = state.markedEntities
    title = "Marks (\(marked.count)), oldest first"
    lines = marked.map { entity in
      let tag = kindTag(state.dossier.entities.kind(at: entity))
      let name = SafeText.neutralized(state.dossier.entities.name(at: entity))
      let id = "  · " + SafeText.neutralized(state.dossier.entities.id(at: entity))
      // The name gives way to the id, which is dropped only when the name would be tiny.
      let room = width - 1 - 4 - DisplayWidth.of(id)
      return room >= 12
        ? " \(tag)  " + DisplayWidth.truncated(name, toColumns: room) + id
        : " \(tag)  " + name
    }
  case .history:
    title = "History (\(counted(state.history.entries.count, "place"))), oldest first"
    lines = state.history.entries.enumerated().map { position, place in
      let shown = position == state.history.index ? state.navigation : place
      let current = position == state.history.index ? "▶" : " "
      var label = SafeText.neutralized(state.label(of: shown))
      if case .list(let pane) = shown.focus, shown.source == nil,
        let selected = shown.selection[pane]
      {
        label += ": " + SafeText.neutralized(state.dossier.entities.name(at: selected))
      }
      if !shown.filter.isEmpty { label += "  (filter: \(shown.filter.summary(in: state.dossier)))" }
      return " \(current) \(position + 1)  \(label)"
    }
  }
  canvas.write(" " + title, row: 1, column: 0, style: .bold, limit: width)
  let top = pickerTop
  let visible = height - 1
  let scroll = pickerScroll(picker, rows: canvas.rows, count: lines.count)
  for offset in 0..<visible {
    let index = scroll + offset
    guard lines.indices.contains(index) else { break }
    let line = DisplayWidth.truncated(lines[index], toColumns: width - 1)
    canvas.write(line, row: top + offset, column: 0, style: .normal)
    if index == picker.cursor {
      canvas.fill(row: top + offset, column: 0, width: width, style: .selection)
    }
  }
  drawScrollMarks(
    above: scroll > 0, below: scroll + visible < lines.count,
    frame: Rect(row: top, column: 0, width: width, height: visible), on: &canvas)
}
