@testable import DossierBrowser

/// Traps when the state or its picture breaks what must hold after any event: selections
/// and cursors inside their lists, history inside its entries, a canvas of the size asked
/// with one character at most per cell and no control characters.
func checkInvariants(_ state: BrowserState, _ canvas: Canvas, after event: InputEvent) {
  func check(_ holds: Bool, _ what: @autoclosure () -> String) {
    if !holds { fatalError("after \(event): \(what())") }
  }
  for pane in ListPane.allCases {
    let rows = state.visibleLists.rows[pane] ?? []
    check((state.navigation.listScroll[pane] ?? 0) >= 0, "\(pane) scrolled above its top")
    guard !rows.isEmpty, let cursor = state.selectedRow(in: pane) else { continue }
    check(rows.indices.contains(cursor), "\(pane) cursor \(cursor) of \(rows.count) rows")
    check(rows[cursor].entityIndex != nil, "\(pane) cursor on a heading")
  }
  check(state.history.entries.indices.contains(state.history.index), "history index")
  if let content = state.detailContent, !content.items.isEmpty {
    check(content.items.indices.contains(state.navigation.detailCursor), "detail cursor")
  }
  if let entity = state.navigation.detailEntity {
    check(state.dossier.entities.indices.contains(entity), "detail entity \(entity)")
  }
  if let prompt = state.prompt, !prompt.hits.isEmpty {
    check(prompt.hits.indices.contains(prompt.selected), "prompt selection")
  }
  check(canvas.rows == state.rows && canvas.columns == state.columns, "canvas size")
  check(canvas.cells.count == canvas.rows * canvas.columns, "canvas cell count")
  for cell in canvas.cells where !isPrintableASCII(cell.text) {
    check(cell.text.count <= 1, "a cell holds \(cell.text.debugDescription)")
    check(
      !cell.text.unicodeScalars.contains { $0.properties.generalCategory == .control },
      "a cell holds the control character \(cell.text.debugDescription)")
  }
}

/// Whether the text is one printable ASCII character, as most cells hold (checked first:
/// the full check of every cell after every event took a fifth of the fuzzer's time).
private func isPrintableASCII(_ text: String) -> Bool {
  var bytes = text.utf8.makeIterator()
  guard let first = bytes.next(), bytes.next() == nil else { return false }
  return (0x20...0x7E).contains(first)
}
