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
