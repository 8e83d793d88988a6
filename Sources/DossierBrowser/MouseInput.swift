import DossierModel

extension BrowserState {
  /// How many lines a turn of the wheel scrolls.
  static let wheelStep = 3

  /// A click selects what is under it and gives its pane the focus; a click on what is
  /// already selected, or on a link, opens it. The wheel scrolls the pane under the
  /// pointer. Tabs and the status bar's hints are buttons.
  mutating func handleMouse(_ event: MouseEvent) {
    switch mode {
    case .help, .problems:
      // A click closes, as any key does; the wheel scrolls.
      guard event.action != .click else {
        act(keyContext == .help ? nil : .close)
        return
      }
      act(event.action == .wheelUp ? .moveUp : .moveDown, times: Self.wheelStep)
      return
    case .filtering, .picking:
      clickInPanel(event)
      return
    case .searching(var prompt):
      // A click on a result highlights it; a click on the highlighted one opens it.
      guard event.action == .click, let index = result(atRow: event.row, column: event.column)
      else { return }
      if index == prompt.selected {
        handlePromptKey(.enter, action: .open)
      } else {
        prompt.selected = index
        mode = .searching(prompt)
        previewSelectedHit()
      }
      return
    case .finding:
      return
    case .browsing:
      break
    }
    if event.row == 0, event.action == .click,
      let tab = tabSpans.first(where: { $0.columns.contains(event.column) })
    {
      perform(
        tab.pane == .timeline ? .showTimeline : tab.pane == .actors ? .showActors : .showProjects)
      return
    }
    if event.row == rows - 1, event.action == .click {
      if let hint = hintSpans.first(where: { $0.columns.contains(event.column) }) {
        perform(hint.action)
      }
      return
    }
    if navigation.source != nil {
      if event.action != .click {
        act(event.action == .wheelUp ? .moveUp : .moveDown, times: Self.wheelStep)
      }
      return
    }
    let layout = self.layout
    if let (pane, frame) = layout.listFrames.first(where: {
      contains($0.value, event, titled: layout.mode == .wide)
    }) {
      mouseInList(pane, frame: frame, event)
    } else if let frame = layout.detailFrame, contains(frame, event, titled: false) {
      mouseInDetail(frame: frame, event)
    }
  }

  private func contains(_ frame: Rect, _ event: MouseEvent, titled: Bool) -> Bool {
    let top = frame.row - (titled ? 1 : 0)
    return (top..<(frame.row + frame.height)).contains(event.row)
      && (frame.column..<(frame.column + frame.width)).contains(event.column)
  }

  private mutating func mouseInList(_ pane: ListPane, frame: Rect, _ event: MouseEvent) {
    guard event.action == .click else {
      focusList(pane)
      act(event.action == .wheelUp ? .moveUp : .moveDown, times: Self.wheelStep)
      return
    }
    let row = (navigation.listScroll[pane] ?? 0) + event.row - frame.row
    let rows = visibleLists.rows[pane] ?? []
    guard event.row >= frame.row, rows.indices.contains(row), let entity = rows[row].entityIndex
    else {
      focusList(pane)
      return
    }
    if navigation.focus == .list(pane), navigation.selection[pane] == entity {
      perform(.open)
      return
    }
    navigation.selection[pane] = entity
    focusList(pane)
    keepSelectionVisible()
  }

  private mutating func focusList(_ pane: ListPane) {
    navigation.activeList = pane
    navigation.focus = .list(pane)
    if navigation.detailEntity != navigation.selection[pane] {
      navigation.showDetail(of: navigation.selection[pane])
    }
  }

  private mutating func mouseInDetail(frame: Rect, _ event: MouseEvent) {
    guard event.action == .click else {
      guard let content = detailContent else { return }
      let step = event.action == .wheelUp ? -Self.wheelStep : Self.wheelStep
      let maxScroll = max(0, content.lines.count - frame.height)
      navigation.detailScroll = max(0, min(maxScroll, navigation.detailScroll + step))
      return
    }
    let line = navigation.detailScroll + event.row - frame.row
    let wasFocused = navigation.focus == .detail
    navigation.focus = .detail
    guard let content = detailContent, content.lines.indices.contains(line),
      let item = content.lines[line].item
    else { return }
    let isLink = if case .link = content.items[item] { true } else { false }
    if (wasFocused && item == navigation.detailCursor) || isLink {
      navigation.detailCursor = item
      perform(.open)
    } else {
      navigation.detailCursor = item
    }
  }

  /// In the filter panel and the lists of marks and places: a click puts the cursor on
  /// a line, a click on the cursor's line chooses it; the wheel moves the cursor.
  private mutating func clickInPanel(_ event: MouseEvent) {
    guard event.action == .click else {
      act(event.action == .wheelUp ? .moveUp : .moveDown, times: Self.wheelStep)
      return
    }
    guard let line = panelItem(atRow: event.row) else { return }
    switch mode {
    case .filtering(var panel):
      if panel.cursor == line {
        handleFilterAction(.toggle)
      } else {
        panel.cursor = line
        mode = .filtering(panel)
      }
    case .picking(var picker):
      if picker.cursor == line {
        handlePickerAction(.open)
      } else {
        picker.cursor = line
        mode = .picking(picker)
      }
    default: break
    }
  }

  /// The item of the open panel or list drawn at a screen row, if any.
  private func panelItem(atRow row: Int) -> Int? {
    switch mode {
    case .filtering(let panel):
      let lines = FilterPanelLines(panel, dossier: dossier, width: columns)
      let line = lines.scroll(rows: rows, cursor: panel.cursor) + row - FilterPanelLines.top
      return lines.lineOfItem.first { $0.value == line }?.key
    case .picking(let picker):
      let count = pickerCount(picker.kind)
      let index = pickerScroll(picker, rows: rows, count: count) + row - pickerTop
      return (0..<count).contains(index) ? index : nil
    default: return nil
    }
  }

  /// Carries out `action` `times` times, in the current context.
  private mutating func act(_ action: Action, times: Int) {
    for _ in 0..<times { act(action) }
  }
}
