import DossierModel

/// Draws the whole state into a canvas of the state's size. Pure: the same state always
/// gives the same canvas.
public func render(_ state: BrowserState) -> Canvas {
  var canvas = Canvas(rows: state.rows, columns: state.columns)
  let layout = state.layout
  guard layout.mode != .tooSmall else {
    drawTooSmall(on: &canvas)
    return canvas
  }
  drawTitleBar(state, layout: layout, on: &canvas)
  if let source = state.navigation.source, state.prompt == nil {
    drawSource(state, source, on: &canvas)
  } else {
    if let prompt = state.prompt {
      let frame = state.resultsFrame
      drawResults(state, prompt, frame: frame, on: &canvas)
    } else {
      for (pane, frame) in layout.listFrames {
        drawList(state, pane, frame: frame, layout: layout, on: &canvas)
      }
    }
    if let frame = layout.detailFrame {
      if frame.column > 0 { drawSeparator(column: frame.column - 1, frame: frame, on: &canvas) }
      drawDetail(state, frame: frame, on: &canvas)
    }
  }
  drawStatusBar(state, on: &canvas)
  if let scroll = state.helpScroll { drawHelp(state, scroll: scroll, on: &canvas) }
  if let panel = state.filterPanel { drawFilterPanel(state, panel, on: &canvas) }
  if let picker = state.picker { drawPicker(state, picker, on: &canvas) }
  if case .problems(let lines, let scroll) = state.mode {
    let width = BrowserState.helpTextWidth(columns: canvas.columns)
    let text =
      wrapped("The file no longer loads: the dossier shown is the one before.", width)
      + [""] + lines.flatMap { wrapped($0, width) }
    drawTextBox(text, scroll: scroll, on: &canvas)
  }
  return canvas
}

private func drawTooSmall(on canvas: inout Canvas) {
  let lines = [
    "Terminal too small",
    "need \(Layout.minimumColumns)×\(Layout.minimumRows), have \(canvas.columns)×\(canvas.rows)",
    "enlarge, or q",
  ]
  let top = max(0, (canvas.rows - lines.count) / 2)
  for (offset, line) in lines.enumerated() {
    let column = max(0, (canvas.columns - DisplayWidth.of(line)) / 2)
    canvas.write(line, row: top + offset, column: column, style: offset == 0 ? .bold : .dim)
  }
}

private func drawTitleBar(_ state: BrowserState, layout: Layout, on canvas: inout Canvas) {
  canvas.fill(row: 0, column: 0, width: canvas.columns, style: .titleBar)
  var column = 0
  let tabs = state.tabLabels
  for (pane, label) in tabs {
    let active = pane == state.navigation.activeList
    column += canvas.write(label, row: 0, column: column, style: active ? .activeTab : .titleBar)
  }
  if !tabs.isEmpty { column += 1 }
  let filter = state.navigation.filter
  guard filter.isEmpty else {
    let clear = state.keymap.keys(for: .clearFilter, in: .lists).first.map {
      "  (\($0.label) clears)"
    }
    let summary = " Filter: " + filter.summary(in: state.dossier)
    let room = max(0, canvas.columns - column)
    let text =
      DisplayWidth.of(summary + (clear ?? "")) <= room
      ? summary + (clear ?? "") : wordTruncated(summary, toColumns: room)
    canvas.write(text, row: 0, column: column, style: .key)
    return
  }
  let title = DisplayWidth.truncated(
    SafeText.neutralized(state.dossier.title), toColumns: max(0, canvas.columns - column - 1))
  canvas.write(" " + title, row: 0, column: column, style: .titleBar)
}

private func drawSeparator(column: Int, frame: Rect, on canvas: inout Canvas) {
  for row in frame.row..<(frame.row + frame.height) {
    canvas.write("│", row: row, column: column, style: .dim)
  }
}

private func drawList(
  _ state: BrowserState, _ pane: ListPane, frame: Rect, layout: Layout, on canvas: inout Canvas
) {
  let focused = state.navigation.focus == .list(pane)
  if layout.mode == .wide {
    let total = state.dossier.count(of: pane.kind)
    let shown = state.visibleLists.rows[pane]?.entityCount ?? 0
    let count = state.navigation.filter.isEmpty ? "\(total)" : "\(shown) of \(total)"
    let title = " \(pane.rawValue + 1) \(pane.title) (\(count))"
    canvas.fill(row: frame.row - 1, column: 0, width: frame.width, style: .titleBar)
    canvas.write(
      title, row: frame.row - 1, column: 0, style: focused ? .activeTab : .titleBar,
      limit: frame.width)
  }
  let rows = state.visibleLists.rows[pane] ?? []
  guard !rows.isEmpty else {
    if frame.height > 0 {
      let none = state.navigation.filter.isEmpty ? "  (none)" : "  (none in the filter)"
      canvas.write(none, row: frame.row, column: frame.column, style: .dim, limit: frame.width)
    }
    return
  }
  let scroll = state.navigation.listScroll[pane] ?? 0
  let cursor = state.selectedRow(in: pane)
  let dateWidth = pane == .timeline ? state.lists.timelineDateWidth : 0
  let marked = Set(state.markedEntities)
  for offset in 0..<frame.height {
    let index = scroll + offset
    guard rows.indices.contains(index) else { break }
    let row = frame.row + offset
    switch rows[index] {
    case .heading(let title):
      canvas.write(
        " " + SafeText.neutralized(title), row: row, column: frame.column, style: .heading,
        limit: frame.width)
    case .entity(let entityIndex):
      let entity = state.dossier.entities[entityIndex]
      var text = StyledText(marked.contains(entityIndex) ? " *" : "  ", style: .normal)
      if pane == .timeline {
        text.append(
          DisplayWidth.padded(entity.dateLabel ?? "", toColumns: dateWidth) + "  ",
          style: .dim)
      }
      var name = StyledText(
        DisplayWidth.truncated(
          SafeText.neutralized(entity.name), toColumns: max(1, frame.width - 2 - dateWidth - 2)),
        style: .normal)
      name.highlight(state.highlightQuery)
      text.append(name)
      text.draw(on: &canvas, row: row, column: frame.column, width: frame.width)
      if index == cursor {
        canvas.fill(
          row: row, column: frame.column, width: frame.width,
          style: focused ? .selection : .inactiveSelection, keeping: [.highlight])
      }
    }
  }
  drawScrollMarks(
    above: scroll > 0, below: scroll + frame.height < rows.count, frame: frame, on: &canvas)
}

private func drawResults(
  _ state: BrowserState, _ prompt: SearchPrompt, frame: Rect, on canvas: inout Canvas
) {
  /// The longest of the headers that fits, the first being the fullest.
  let headers: [String]
  if prompt.text.isEmpty {
    headers = ["Type to search names, aliases, summaries, quotes", "Type to search", "Type"]
  } else if state.pendingSearch != nil {
    headers = ["Searching…"]
  } else {
    let count =
      prompt.hits.count >= BrowserState.resultLimit
      ? "\(prompt.hits.count)+ results" : counted(prompt.hits.count, "result")
    let filtered = state.navigation.filter.isEmpty ? "" : " in the filter"
    headers = [
      count + filtered + "   E event · A actor · P project", count + filtered, count,
    ]
  }
  let header = headers.first { DisplayWidth.of($0) + 1 <= frame.width } ?? headers.last!
  canvas.fill(row: frame.row, column: frame.column, width: frame.width, style: .titleBar)
  canvas.write(
    " " + header, row: frame.row, column: frame.column, style: .titleBar, limit: frame.width)
  let visible = max(0, frame.height - 1)
  let scroll = BrowserState.resultsScroll(selected: prompt.selected, visible: visible)
  let query = SearchQuery(prompt.text)
  for offset in 0..<visible {
    let index = scroll + offset
    guard prompt.hits.indices.contains(index) else { break }
    let entity = state.dossier.entities[prompt.hits[index].entityIndex]
    let row = frame.row + 1 + offset
    let hit = prompt.hits[index]
    var text = StyledText(" " + kindTag(entity.kind) + " ", style: .dim)
    let field = hit.field == .name ? "" : " · \(hit.field)"
    let nameWidth = max(1, frame.width - 3 - DisplayWidth.of(field))
    var name = StyledText(
      DisplayWidth.truncated(SafeText.neutralized(entity.name), toColumns: nameWidth),
      style: .normal)
    name.highlight(query)
    text.append(name)
    text.append(field, style: .dim)
    text.draw(on: &canvas, row: row, column: frame.column, width: frame.width)
    if index == prompt.selected {
      canvas.fill(
        row: row, column: frame.column, width: frame.width, style: .selection,
        keeping: [.highlight])
    }
  }
}

func kindTag(_ kind: EntityKind) -> String {
  switch kind {
  case .event: "E"
  case .actor: "A"
  case .project: "P"
  }
}

private func drawDetail(_ state: BrowserState, frame: Rect, on canvas: inout Canvas) {
  if let prompt = state.prompt, !prompt.text.isEmpty, state.pendingSearch == nil,
    prompt.hits.isEmpty
  {
    canvas.write(
      " Nothing matches: no entity to show", row: frame.row, column: frame.column, style: .dim,
      limit: frame.width)
    return
  }
  guard let content = state.detailContent else {
    canvas.write(" Nothing selected", row: frame.row, column: frame.column, style: .dim)
    return
  }
  let focused = state.navigation.focus == .detail
  for offset in 0..<frame.height {
    let index = state.navigation.detailScroll + offset
    guard content.lines.indices.contains(index) else { break }
    let line = content.lines[index]
    let row = frame.row + offset
    let text = found(in: line.text, line: index, state: state)
    text.draw(on: &canvas, row: row, column: frame.column + 1, width: frame.width - 1)
    if focused, line.item == state.navigation.detailCursor, line.item != nil {
      canvas.fill(
        row: row, column: frame.column, width: frame.width, style: .selection,
        keeping: [.found, .currentFound])
    }
  }
  let scroll = state.navigation.detailScroll
  drawScrollMarks(
    above: scroll > 0, below: scroll + frame.height < content.lines.count, frame: frame,
    on: &canvas)
}

private func drawSource(_ state: BrowserState, _ reading: SourceReading, on canvas: inout Canvas) {
  let source = state.dossier.sources[reading.sourceIndex]
  let width = SourceContent.width(forColumns: state.columns)
  let content = SourceContent(source: source, quote: reading.quote, width: width)
  let height = state.rows - 2
  let scroll = min(reading.scroll, max(0, content.lines.count - height))
  for offset in 0..<height {
    let index = scroll + offset
    guard content.lines.indices.contains(index) else { break }
    found(in: content.lines[index], line: index, state: state)
      .draw(on: &canvas, row: 1 + offset, column: 1, width: width)
  }
  drawScrollMarks(
    above: scroll > 0, below: scroll + height < content.lines.count,
    frame: Rect(row: 1, column: 0, width: state.columns, height: height), on: &canvas)
}

/// A line of the page with the matches of its find styled, the current one apart.
private func found(in line: StyledText, line number: Int, state: BrowserState) -> StyledText {
  guard let find = state.navigation.find else { return line }
  var styled = line
  for range in PageMatcher(find.query).ranges(in: line) {
    let isCurrent = find.currentMatch == PageMatch(line: number, characters: range)
    styled.restyle(
      from: range.lowerBound, count: range.count, style: isCurrent ? .currentFound : .found)
  }
  return styled
}

private func drawStatusBar(_ state: BrowserState, on canvas: inout Canvas) {
  let row = state.rows - 1
  canvas.fill(row: row, column: 0, width: canvas.columns, style: .statusBar)
  if let prompt = state.prompt {
    drawPrompt(
      prompt.text,
      hint: state.hintLabels([.nextMatch, .open, .olderQuery, .close]).map(\.label)
        .joined(separator: " · "),
      row: row, on: &canvas)
    return
  }
  if let prompt = state.findPrompt {
    let count =
      state.navigation.find.map { "\($0.matchCount) match\($0.matchCount == 1 ? "" : "es") · " }
      ?? ""
    drawPrompt(
      prompt.text,
      hint: count + state.hintLabels([.open, .close]).map(\.label).joined(separator: " · "),
      row: row, on: &canvas)
    return
  }
  let hints = state.statusHints
  let hintsWidth = DisplayWidth.of(hints)
  let leftWidth = max(0, canvas.columns - hintsWidth - 2)
  if let message = state.message {
    guard DisplayWidth.of(message) + 1 <= leftWidth else {
      // A message longer than the room beside the hints takes the whole bar, cut at a
      // word when even that is too short.
      let text = wordTruncated(message, toColumns: canvas.columns - 2)
      canvas.write(" " + text, row: row, column: 0, style: .statusBar)
      return
    }
    canvas.write(" " + message, row: row, column: 0, style: .statusBar)
  } else {
    canvas.write(
      " " + breadcrumb(state, width: leftWidth - 1), row: row, column: 0, style: .statusBar)
  }
  if hintsWidth <= canvas.columns {
    canvas.write(hints, row: row, column: canvas.columns - hintsWidth, style: .statusBar)
  }
}

/// The end of `text`, neutralised, in at most `columns` columns: all of it when it fits,
/// else "…" and the end that fits (a query longer than the row shows where the typing
/// is). Only the end is read, so a long paste costs the row's width, not its length.
func tailTruncated(_ text: String, toColumns columns: Int) -> String {
  guard columns > 0 else { return "" }
  // Each character shown takes a column at least, after neutralising: the end of this
  // many characters, neutralised, covers the row.
  let reach = text.index(text.endIndex, offsetBy: -(columns + 1), limitedBy: text.startIndex)
  let end = SafeText.neutralized(String(text[(reach ?? text.startIndex)...]))
  var start = end.endIndex
  var width = 0
  while start > end.startIndex {
    let before = end.index(before: start)
    let characterWidth = DisplayWidth.of(end[before])
    guard width + characterWidth <= columns else { break }
    width += characterWidth
    start = before
  }
  if start == end.startIndex, reach == nil || reach == text.startIndex { return end }
  while width > columns - 1, start < end.endIndex {
    width -= DisplayWidth.of(end[start])
    start = end.index(after: start)
  }
  return "…" + end[start...]
}

/// `text` whole when it fits, else cut after the last word that fits, with "…".
func wordTruncated(_ text: String, toColumns columns: Int) -> String {
  guard DisplayWidth.of(text) > columns else { return text }
  let cut = DisplayWidth.truncated(text, toColumns: max(1, columns))
  guard let space = cut.dropLast().lastIndex(of: " ") else { return cut }
  return String(cut[..<space]) + "…"
}

/// "/query▏" on the left of the status bar, `hint` on the right when both fit; the query is
/// neutralised here.
private func drawPrompt(_ text: String, hint: String, row: Int, on canvas: inout Canvas) {
  let shown = tailTruncated(text, toColumns: canvas.columns - 2)
  let used = canvas.write("/" + shown, row: row, column: 0, style: .statusBar)
  canvas.write("▏", row: row, column: used, style: .statusBar)
  let column = canvas.columns - DisplayWidth.of(hint) - 1
  if column > used + 2 { canvas.write(hint, row: row, column: column, style: .statusBar) }
}

/// The places in history up to the current one, newest last: the current one whole when
/// it fits, the earlier ones cut short, and the oldest dropped first when even that is
/// too long.
private func breadcrumb(_ state: BrowserState, width: Int) -> String {
  let earlierWidth = 16
  let places = state.history.entries.prefix(state.history.index)
  var earlier = places.map { place in
    DisplayWidth.truncated(SafeText.neutralized(state.label(of: place)), toColumns: earlierWidth)
  }
  let current = SafeText.neutralized(state.label(of: state.navigation))
  func joined() -> String {
    let shown = earlier.count < places.count ? ["…"] + earlier : earlier
    let room = max(0, width - shown.reduce(0) { $0 + DisplayWidth.of($1) + 3 })
    return (shown + [DisplayWidth.truncated(current, toColumns: room)]).joined(separator: " › ")
  }
  // Earlier places give way while the current one would be cut below half the width.
  while !earlier.isEmpty,
    width - earlier.reduce(0, { $0 + DisplayWidth.of($1) + 3 }) - 4
      < min(DisplayWidth.of(current), width / 2)
  {
    earlier.removeFirst()
  }
  return DisplayWidth.truncated(joined(), toColumns: max(0, width))
}

/// The help fills the body in a box, so that nothing of the panes shows beside it.
private func drawHelp(_ state: BrowserState, scroll: Int, on canvas: inout Canvas) {
  let width = BrowserState.helpTextWidth(columns: canvas.columns)
  drawTextBox(HelpContent.lines(state.keymap, width: width), scroll: scroll, on: &canvas)
}

/// Lines in a box that fills the body, the first in bold, from line `scroll` on.
private func drawTextBox(_ lines: [String], scroll: Int, on canvas: inout Canvas) {
  guard let (width, height) = clearBody(of: &canvas) else { return }
  let top = 1
  canvas.write(
    "┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: 0, style: .dim)
  canvas.write(
    "└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: 0,
    style: .dim)
  let visible = height - 2
  let scroll = min(scroll, max(0, lines.count - visible))
  for offset in 0..<visible {
    let row = top + 1 + offset
    canvas.write("│", row: row, column: 0, style: .dim)
    canvas.write("│", row: row, column: width - 1, style: .dim)
    let index = scroll + offset
    guard lines.indices.contains(index) else { continue }
    canvas.write(
      lines[index], row: row, column: 2, style: index == 0 ? .bold : .normal, limit: width - 4)
  }
  drawScrollMarks(
    above: scroll > 0, below: scroll + visible < lines.count,
    frame: Rect(row: top + 1, column: 0, width: width, height: visible), on: &canvas)
}

/// Blanks the body (every row but the title and status bars) for an overlay, and gives
/// its width and height; nil when it is too small to hold one.
func clearBody(of canvas: inout Canvas) -> (width: Int, height: Int)? {
  let width = canvas.columns
  let height = canvas.rows - 2
  guard width > 4, height > 2 else { return nil }
  for row in 1...height {
    canvas.write(String(repeating: " ", count: width), row: row, column: 0, style: .normal)
  }
  return (width, height)
}

/// "▲" in the top-right corner of a frame when there is more above, "▼" in the
/// bottom-right corner when there is more below.
func drawScrollMarks(above: Bool, below: Bool, frame: Rect, on canvas: inout Canvas) {
  let column = frame.column + frame.width - 1
  if above { canvas.write("▲", row: frame.row, column: column, style: .dim) }
  if below { canvas.write("▼", row: frame.row + frame.height - 1, column: column, style: .dim) }
}
