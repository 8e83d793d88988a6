import DossierModel

/// Applies one event to the state and returns the new state with what the session must
/// do about it. Pure: no terminal, no I/O.
///
/// A background search is asked for whenever the query waiting for results changes
/// (`BrowserState.pendingSearch`), and stopped when the one waiting is no longer wanted
/// (the prompt closed, or its text went back to the query it has results for).
public func update(_ state: BrowserState, _ event: InputEvent) -> (
  state: BrowserState, effects: [Effect]
) {
  var next = state
  next.apply(event)
  var effects = next.emitted
  next.emitted = []
  if let waiting = next.pendingSearch, waiting != state.pendingSearch {
    effects.append(.search(waiting))
  } else if let waited = state.pendingSearch, next.pendingSearch == nil,
    next.prompt?.resultsQuery != waited
  {
    effects.append(.cancelSearch)
  }
  return (next, effects)
}

extension BrowserState {
  mutating func apply(_ event: InputEvent) {
    defer {
      refreshVisibleLists()
      refreshDetailCache()
    }
    switch event {
    case .searchCompleted(let query, let hits):
      receiveResults(for: query, hits: hits)
    case .notice(let text):
      message = text
    case .loadFailed(let problems):
      mode = .problems(lines: problems.map(SafeText.neutralized), scroll: 0)
    case .open(let id):
      guard dossier.entityIndex(id: id) != nil else {
        message = "No entity with id \"\(SafeText.neutralized(id))\""
        return
      }
      go(to: id)
      keepSelectionVisible()
    case .resize(let newRows, let newColumns):
      rows = max(0, newRows)
      columns = max(0, newColumns)
      refreshFindMatch()
      keepSelectionVisible()
    case .key(let key):
      message = nil
      let action = keymap.action(for: key, in: keyContext)
      if action == .suspend {
        emitted.append(.suspend)
        return
      }
      switch keyContext {
      case .search: handlePromptKey(key, action: action)
      case .find: handleFindKey(key, action: action)
      default: act(action)
      }
    case .mouse(let event):
      message = nil
      handleMouse(event)
    case .typed(let text):
      guard typeIntoPrompt(text) else {
        for character in text { apply(.key(.character(character))) }
        return
      }
      message = nil
    }
  }

  /// Whether `key` is typed as text in the current context: a character at a prompt
  /// that the key map binds to nothing there.
  public func takesAsText(_ key: Key) -> Bool {
    guard case .character = key, keyContext == .search || keyContext == .find else {
      return false
    }
    return keymap.action(for: key, in: keyContext) == nil
  }

  /// Adds `text` to the open prompt and searches, or finds, once; false when no prompt is
  /// open.
  private mutating func typeIntoPrompt(_ text: String) -> Bool {
    switch mode {
    case .searching(var prompt):
      prompt.text += text
      prompt.recall = nil
      mode = .searching(prompt)
      searchAsTyped(prompt)
    case .finding(var prompt):
      prompt.text += text
      mode = .finding(prompt)
      findAsTyped(prompt)
    default:
      return false
    }
    return true
  }

  /// Carries out an action (nil: a key bound to none) in the current context, except at
  /// the prompts, which take keys.
  mutating func act(_ action: Action?) {
    switch keyContext {
    case .help: handleHelpAction(action)
    case .filter: handleFilterAction(action)
    case .picker: handlePickerAction(action)
    case .problems: handleProblemsAction(action)
    case .search, .find: break
    case .lists, .detail, .source, .loading:
      if let action { perform(action) } else { message = Self.unknownKeyNotice }
    }
  }

  /// In the problems view, the moving keys scroll; Esc, q or Enter close it.
  mutating func handleProblemsAction(_ action: Action?) {
    guard case .problems(let lines, let scroll) = mode else { return }
    guard let step = movingStep(action) else {
      if action == .close { mode = .browsing } else { message = Self.unknownKeyNotice }
      return
    }
    let lastTop = max(0, lines.count - Self.helpVisibleLines(rows: rows))
    mode = .problems(lines: lines, scroll: max(0, min(lastTop, scroll.addingClamped(step))))
  }

  /// In a panel or a list over the body: Esc closes it, ? opens the help over it, and
  /// any other key not bound there says so.
  mutating func closeOrHelp(_ action: Action?) {
    switch action {
    case .close: mode = .browsing
    case .help: mode = .help(scroll: 0, over: mode)
    default: message = Self.unknownKeyNotice
    }
  }

  /// How far a moving action moves in an overlay: a line, a page (the screen less its
  /// bars and borders), or to an end; nil for any other action.
  func movingStep(_ action: Action?) -> Int? {
    switch action {
    case .moveUp: -1
    case .moveDown: 1
    case .pageUp: -max(1, rows - 4)
    case .pageDown: max(1, rows - 4)
    case .first: -Int.max / 2
    case .last: Int.max / 2
    default: nil
    }
  }

  /// The lines of help text a terminal of `rows` rows shows: all but the title bar, the
  /// status bar and the box's two borders.
  static func helpVisibleLines(rows: Int) -> Int { max(1, rows - 4) }

  /// The columns the help's text has in a terminal of `columns` columns.
  static func helpTextWidth(columns: Int) -> Int { max(1, columns - 4) }

  /// What the status bar says after a key that does nothing where it was pressed.
  static let unknownKeyNotice = "Nothing on that key · ? lists the keys"

  /// Carries out a user action.
  mutating func perform(_ action: Action) {
    switch action {
    case .moveUp: move(by: -1)
    case .moveDown: move(by: 1)
    case .pageUp: move(by: -pageSize)
    case .pageDown: move(by: pageSize)
    case .first: move(by: -Int.max / 2)
    case .last: move(by: Int.max / 2)
    case .nextPane: cycleFocus(by: 1)
    case .previousPane: cycleFocus(by: -1)
    case .showTimeline: show(.timeline)
    case .showActors: show(.actors)
    case .showProjects: show(.projects)
    case .open: open()
    case .openSource: openSelectedSource()
    case .back:
      if let place = history.back(from: navigation) {
        navigation = place
      } else {
        message = "Already at the start of history"
      }
    case .forward:
      if let place = history.forward(from: navigation) {
        navigation = place
      } else {
        message = "Already at the newest place in history"
      }
    case .search: mode = .searching(SearchPrompt(origin: navigation))
    case .find: mode = .finding(FindPrompt(origin: navigation))
    case .filter: openFilterPanel()
    case .copy: copySelection()
    case .mark: toggleMark()
    case .showMarks: showPicker(.marks)
    case .showHistory: showPicker(.history)
    case .edit: emitted.append(.edit(entityID: currentEntity.map(dossier.entities.id(at:))))
    case .reload: emitted.append(.reload(entityID: currentEntity.map(dossier.entities.id(at:))))
    case .clearFilter:
      if navigation.filter.isEmpty {
        message = "No filter to clear: f chooses one"
      } else {
        applyFilter(ListFilter())
      }
    case .nextResult, .previousResult:
      let step = action == .nextResult ? 1 : -1
      if navigation.find != nil, keyContext == .detail || keyContext == .source {
        stepMatch(by: step)
      } else {
        stepResult(by: step)
      }
    case .help: mode = .help(scroll: 0, over: mode)
    case .redraw: emitted.append(.redraw)
    case .close:
      if navigation.find != nil {
        navigation.find = nil
      } else if navigation.source != nil {
        perform(.back)
      }
    case .quit: emitted.append(.quit)
    case .interrupt: emitted.append(.interrupt)
    case .suspend: emitted.append(.suspend)
    case .nextMatch, .previousMatch, .olderQuery, .newerQuery, .deleteCharacter, .deleteWord,
      .clearQuery, .toggle, .decrease, .increase, .unmark:
      break
    }
    keepSelectionVisible()
  }

  /// In the help overlay, the moving keys scroll; any other key closes it.
  mutating func handleHelpAction(_ action: Action?) {
    guard case .help(let scroll, let underneath) = mode else { return }
    guard let step = movingStep(action) else {
      mode = underneath
      return
    }
    let lineCount = HelpContent.lineCount(keymap, width: Self.helpTextWidth(columns: columns))
    let lastTop = max(0, lineCount - Self.helpVisibleLines(rows: rows))
    mode = .help(scroll: max(0, min(lastTop, scroll.addingClamped(step))), over: underneath)
  }

  private var pageSize: Int {
    max(1, (navigation.source != nil ? rows - 3 : focusedHeight) - 1)
  }

  private var focusedHeight: Int {
    switch navigation.focus {
    case .list(let pane): layout.height(of: pane)
    case .detail: layout.detailFrame?.height ?? 1
    }
  }

  private mutating func move(by delta: Int) {
    if let source = navigation.source {
      let content = SourceContent(
        source: dossier.sources[source.sourceIndex], quote: source.quote, width: columns - 2)
      let maxScroll = max(0, content.lines.count - (rows - 2))
      navigation.source?.scroll = max(0, min(maxScroll, source.scroll.addingClamped(delta)))
      return
    }
    switch navigation.focus {
    case .list(let pane): moveListCursor(pane, by: delta)
    case .detail: moveDetailCursor(by: delta)
    }
  }

  private mutating func moveListCursor(_ pane: ListPane, by delta: Int) {
    guard let rows = visibleLists.rows[pane], rows.entityCount > 0 else { return }
    let target: Int
    if let row = selectedRow(in: pane) {
      let position = rows.entityNumber(ofRow: row).addingClamped(delta)
      target = rows.row(ofEntityNumber: max(0, min(rows.entityCount - 1, position)))
    } else {
      target = rows.row(ofEntityNumber: 0)
    }
    navigation.selection[pane] = rows[target].entityIndex
    navigation.showDetail(of: rows[target].entityIndex)
  }

  private mutating func moveDetailCursor(by delta: Int) {
    guard let content = detailContent else { return }
    let visible = layout.detailFrame?.height ?? 1
    let maxScroll = max(0, content.lines.count - visible)
    guard !content.items.isEmpty else {
      navigation.detailScroll = max(0, min(maxScroll, navigation.detailScroll.addingClamped(delta)))
      return
    }
    let target = max(
      0, min(content.items.count - 1, navigation.detailCursor.addingClamped(delta)))
    if target == navigation.detailCursor {
      navigation.detailScroll = max(0, min(maxScroll, navigation.detailScroll.addingClamped(delta)))
      return
    }
    navigation.detailCursor = target
    let first = content.itemLines[target]
    let last = content.lines.lastIndex { $0.item == target } ?? first
    if last >= navigation.detailScroll + visible {
      navigation.detailScroll = last - visible + 1
    }
    if first < navigation.detailScroll { navigation.detailScroll = first }
    if target == 0, delta < 0 { navigation.detailScroll = 0 }
  }

  private mutating func cycleFocus(by step: Int) {
    guard navigation.source == nil else { return }
    let order = layout.focusOrder
    guard !order.isEmpty else { return }
    let current = order.firstIndex(of: navigation.focus) ?? 0
    let next = order[(current + step + order.count) % order.count]
    navigation.focus = next
    if case .list(let pane) = next {
      navigation.activeList = pane
      navigation.showDetail(of: selectedEntity(in: pane))
    }
  }

  private mutating func show(_ pane: ListPane) {
    navigation.source = nil
    navigation.activeList = pane
    navigation.focus = .list(pane)
    navigation.showDetail(of: selectedEntity(in: pane))
  }

  private mutating func open() {
    if navigation.source != nil { return }
    switch navigation.focus {
    case .list:
      guard navigation.detailEntity != nil else { return }
      var next = navigation
      next.focus = .detail
      visit(next)
    case .detail:
      switch selectedDetailItem {
      case .link(let linked): go(to: linked.entity.id)
      case .evidence: openSelectedSource()
      case .moreLinks(let group, _):
        navigation.expandedGroups.insert(group)
        refreshDetailCache()
        refreshFindMatch()
      case nil: break
      }
    }
  }

  /// Moves to an entity as a new history entry: its list selects it (unless the filter
  /// hides it there, which the status bar then says), the detail shows it.
  mutating func go(to id: String, focus: Pane = .detail) {
    guard let index = dossier.entityIndex(id: id) else { return }
    let pane = ListPane(kind: dossier.entities.kind(at: index))
    var next = navigation
    next.source = nil
    next.activeList = pane
    next.focus = focus
    let hidden = !visibleLists.keeps(index)
    if !hidden { next.selection[pane] = index }
    next.showDetail(of: index)
    visit(next)
    if hidden {
      let clear = keymap.keys(for: .clearFilter, in: keyContext).first?.label ?? "F"
      message = "Outside the filter: not in the list (\(clear) clears the filter)"
    }
  }

  private mutating func visit(_ next: Navigation) {
    history.visit(from: navigation, to: next)
    navigation = next
  }

  private mutating func openSelectedSource() {
    guard navigation.source == nil else { return }
    guard navigation.focus == .detail, case .evidence(let evidence) = selectedDetailItem else {
      message = "Select a quote in the detail view (Enter, then ↓) to open its source"
      return
    }
    guard let sourceIndex = dossier.sources.firstIndex(where: { $0.id == evidence.sourceID }),
      dossier.sources[sourceIndex].text != nil
    else {
      message = "The dossier has no text for this source"
      return
    }
    let content = SourceContent(
      source: dossier.sources[sourceIndex], quote: evidence.quote,
      width: SourceContent.width(forColumns: columns))
    var next = navigation
    next.find = nil
    next.source = SourceReading(
      sourceIndex: sourceIndex, quote: evidence.quote,
      scroll: max(0, (content.quoteLine ?? 0) - 2))
    visit(next)
  }

  private mutating func stepResult(by step: Int) {
    guard var results, !results.hits.isEmpty else {
      let key = keymap.keys(for: .search, in: keyContext).first?.label ?? "/"
      message = "No search results: press \(key) to search"
      return
    }
    let unwrapped = results.current + step
    results.current = (unwrapped + results.hits.count) % results.hits.count
    self.results = results
    let entity = dossier.entities[results.hits[results.current].entityIndex]
    go(to: entity.id)
    message = "Result \(results.current + 1) of \(results.hits.count)"
    if unwrapped >= results.hits.count {
      message! += " (wrapped to the first)"
    } else if unwrapped < 0 {
      message! += " (wrapped to the last)"
    }
  }

  /// Scrolls lists and the detail view so their selections are on screen (the lists'
  /// rows first made those of the place's filter).
  mutating func keepSelectionVisible() {
    refreshVisibleLists()
    refreshDetailCache()
    let layout = self.layout
    for pane in ListPane.allCases {
      let height = max(1, layout.height(of: pane))
      let cursor = selectedRow(in: pane) ?? 0
      var scroll = navigation.listScroll[pane] ?? 0
      if cursor < scroll { scroll = cursor }
      if cursor >= scroll + height { scroll = cursor - height + 1 }
      if let rows = visibleLists.rows[pane], cursor > 0, rows.indices.contains(cursor - 1),
        rows[cursor - 1].entityIndex == nil, scroll == cursor
      {
        scroll = cursor - 1
      }
      let rowCount = visibleLists.rows[pane]?.count ?? 0
      navigation.listScroll[pane] = max(0, min(scroll, rowCount - height))
    }
    guard let content = detailContent, let frame = layout.detailFrame else { return }
    let maxScroll = max(0, content.lines.count - frame.height)
    navigation.detailScroll = max(0, min(maxScroll, navigation.detailScroll))
  }
}

extension Int {
  /// Addition that saturates instead of overflowing.
  func addingClamped(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other > 0 ? Int.max : Int.min) : sum
  }
}
