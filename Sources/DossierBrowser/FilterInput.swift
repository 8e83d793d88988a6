import DossierModel

extension BrowserState {
  /// Opens the filter panel on the current filter.
  mutating func openFilterPanel() {
    mode = .filtering(
      FilterPanel(
        filter: navigation.filter, facets: facets, dossier: dossier, lists: lists,
        selected: navigation.detailEntity))
  }

  /// Keys in the filter panel: move, choose values, change years; Enter applies the
  /// draft as a new place in history, Esc leaves the filter as it was.
  mutating func handleFilterAction(_ action: Action?) {
    guard var panel = filterPanel else { return }
    if let step = movingStep(action) {
      panel.move(by: step)
      mode = .filtering(panel)
      return
    }
    switch action {
    case .toggle: panel.toggle()
    case .decrease: panel.changeYear(by: -1)
    case .increase: panel.changeYear(by: 1)
    case .clearFilter: panel.draft = ListFilter()
    case .open:
      mode = .browsing
      applyFilter(panel.draft)
      return
    default:
      closeOrHelp(action)
      return
    }
    if panel.draft != filterPanel?.draft {
      panel.kept = VisibleLists.counts(full: lists, filter: panel.draft, dossier: dossier)
    }
    mode = .filtering(panel)
  }

  /// Narrows the lists to `filter` as a new place in history: each list keeps its
  /// selection when the filter keeps it, else selects its first entity left.
  mutating func applyFilter(_ filter: ListFilter) {
    guard filter != navigation.filter else { return }
    let visible = VisibleLists(full: lists, filter: filter, dossier: dossier)
    var next = navigation
    next.filter = filter
    for pane in ListPane.allCases {
      let rows = visible.rows[pane] ?? []
      if let selected = next.selection[pane], visible.row(of: selected) != nil { continue }
      next.selection[pane] = rows.lazy.compactMap(\.entityIndex).first
      next.listScroll[pane] = 0
    }
    if case .list(let pane) = next.focus, next.detailEntity != next.selection[pane] {
      next.showDetail(of: next.selection[pane])
    }
    history.visit(from: navigation, to: next)
    navigation = next
    visibleLists = visible
    if let results {
      // n and N walk the results within the filter: the search runs again inside it.
      let hits = dossier.searchIndex.search(
        results.query, kinds: Set(EntityKind.allCases), limit: Self.resultLimit,
        keeping: visible.keeper)
      self.results =
        hits.isEmpty ? nil : SearchResults(query: results.query, hits: hits, current: -1)
    }
    keepSelectionVisible()
    message = filter.isEmpty ? "Filter cleared" : "Filter: " + keptSummary(visible)
  }

  /// "3 events · 1 actor · 0 projects".
  private func keptSummary(_ visible: VisibleLists) -> String {
    ListPane.allCases.map { pane in
      counted(visible.rows[pane]?.entityCount ?? 0, pane.kind.rawValue)
    }.joined(separator: " · ")
  }

  /// Rebuilds the visible rows when the place's filter is not theirs (after back or
  /// forward, or a jump through the history list).
  mutating func refreshVisibleLists() {
    guard visibleLists.filter != navigation.filter else { return }
    visibleLists = VisibleLists(full: lists, filter: navigation.filter, dossier: dossier)
  }
}
