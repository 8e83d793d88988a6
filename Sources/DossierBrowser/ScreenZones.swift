import DossierModel

/// The clickable parts of the title and status bars, worked out as `render` draws them.
extension BrowserState {
  /// The tab strip of the medium and narrow layouts: each list's label, in order.
  var tabLabels: [(pane: ListPane, label: String)] {
    guard layout.mode == .medium || layout.mode == .narrow else { return [] }
    // Narrow with a filter: the other tabs give their titles' room to the filter.
    let compact = layout.mode == .narrow && !navigation.filter.isEmpty
    return ListPane.allCases.map { pane in
      let short = compact && pane != navigation.activeList
      return (pane, short ? " \(pane.rawValue + 1) " : " \(pane.rawValue + 1) \(pane.title) ")
    }
  }

  /// Where the search results go while the prompt is open: the left column in the wide
  /// layout, else the list's place (or the whole body).
  var resultsFrame: Rect {
    let layout = self.layout
    if layout.mode == .wide {
      let width = layout.listFrames[.timeline]?.width ?? columns
      return Rect(row: 1, column: 0, width: width, height: rows - 2)
    }
    return layout.listFrames.values.first ?? layout.detailFrame
      ?? Rect(row: 1, column: 0, width: columns, height: rows - 2)
  }

  /// The first result shown when `visible` rows hold results: the selected one in view.
  static func resultsScroll(selected: Int, visible: Int) -> Int {
    max(0, selected - visible + 1)
  }

  /// The result drawn at a screen row, if any.
  func result(atRow row: Int, column: Int) -> Int? {
    guard let prompt else { return nil }
    let frame = resultsFrame
    guard (frame.column..<(frame.column + frame.width)).contains(column) else { return nil }
    let visible = max(0, frame.height - 1)
    let index =
      Self.resultsScroll(selected: prompt.selected, visible: visible) + row - frame.row - 1
    return row > frame.row && prompt.hits.indices.contains(index) ? index : nil
  }

  /// The columns of each tab.
  var tabSpans: [(pane: ListPane, columns: Range<Int>)] {
    var column = 0
    return tabLabels.map { pane, label in
      let width = DisplayWidth.of(label)
      defer { column += width }
      return (pane, column..<(column + width))
    }
  }

  /// The actions the status bar offers in the current context and width.
  var statusHintActions: [Action] {
    switch (keyContext, columns) {
    case (.source, _): [.back, .close, .moveDown]
    case (.help, _), (.problems, _): [.moveDown, .close]
    case (.filter, _): [.toggle, .open, .close]
    case (.picker, _): picker?.kind == .marks ? [.open, .unmark, .close] : [.open, .close]
    case (_, 120...): [.open, .back, .search, .help, .quit]
    case (_, 60..<120): [.back, .search, .help, .quit]
    default: [.back, .help, .quit]
    }
  }

  /// "Enter open", "← back", …: each action with the first key the context binds it to.
  func hintLabels(_ actions: [Action]) -> [(action: Action, label: String)] {
    actions.compactMap { action in
      keymap.keys(for: action, in: keyContext).first.map {
        (action, "\($0.label) \(action.hint(in: keyContext))")
      }
    }
  }

  /// The status bar's hints as drawn, right-aligned with one space after them.
  var statusHints: String {
    hintLabels(statusHintActions).map(\.label).joined(separator: " · ") + " "
  }

  /// The columns of each hint in the status bar (none when the hints are not drawn).
  var hintSpans: [(action: Action, columns: Range<Int>)] {
    let width = DisplayWidth.of(statusHints)
    guard prompt == nil, findPrompt == nil, width <= columns,
      message.map({ DisplayWidth.of($0) + 1 <= columns - width - 2 }) ?? true
    else { return [] }
    var column = columns - width
    return hintLabels(statusHintActions).map { action, label in
      let labelWidth = DisplayWidth.of(label)
      defer { column += labelWidth + 3 }
      return (action, column..<(column + labelWidth))
    }
  }
}
