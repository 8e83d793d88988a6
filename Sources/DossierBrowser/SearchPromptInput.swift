import DossierModel

extension BrowserState {
  /// Keys while the search prompt is open: a character is typed unless the key map binds
  /// it here; typing edits the query and searches it (at once, or in the background);
  /// Tab/Shift-Tab choose a result; ↑/↓ recall earlier queries; Enter opens; Esc cancels
  /// and returns to where the search began.
  mutating func handlePromptKey(_ key: Key, action: Action?) {
    guard var prompt else { return }
    if let edited = editedPromptText(prompt.text, key: key, action: action) {
      prompt.text = edited
      prompt.recall = nil
      mode = .searching(prompt)
      searchAsTyped(prompt)
      return
    }
    switch action {
    case .nextMatch, .previousMatch:
      let count = prompt.hits.count
      if count > 0 {
        prompt.selected = (prompt.selected + (action == .nextMatch ? 1 : count - 1)) % count
      }
      mode = .searching(prompt)
      previewSelectedHit()
      return
    case .olderQuery, .newerQuery:
      recall(action == .olderQuery ? -1 : 1, in: &prompt)
    case .open:
      if prompt.resultsQuery != prompt.text {
        prompt.hits = searchHits(for: prompt.text)
        prompt.resultsQuery = prompt.text
        prompt.selected = 0
      }
      finishSearch(prompt)
      return
    case .close:
      navigation = prompt.origin
      mode = .browsing
      keepSelectionVisible()
      return
    default:
      return
    }
    mode = .searching(prompt)
    searchAsTyped(prompt)
  }

  /// Searches the prompt's text at once, unless searches run in the background (where
  /// `update` asks the session for them).
  mutating func searchAsTyped(_ prompt: SearchPrompt) {
    guard !searchesInBackground else { return }
    receiveResults(for: prompt.text, hits: searchHits(for: prompt.text))
  }

  /// How many results the prompt asks for.
  public static let resultLimit = 500

  /// The matches of `query` the filter keeps (a search combines with the filter), best
  /// first, searched at once.
  private func searchHits(for query: String) -> [SearchHit] {
    dossier.searchIndex.search(
      SearchQuery(query), kinds: Set(EntityKind.allCases), limit: Self.resultLimit,
      keeping: visibleLists.keeper)
  }

  /// Shows results for `query` if the prompt still shows that query; drops stale ones.
  mutating func receiveResults(for query: String, hits: [SearchHit]) {
    guard var prompt, prompt.text == query else { return }
    prompt.hits = hits
    prompt.resultsQuery = query
    prompt.selected = 0
    mode = .searching(prompt)
    previewSelectedHit()
  }

  private mutating func recall(_ step: Int, in prompt: inout SearchPrompt) {
    guard !queryHistory.isEmpty, prompt.recall != nil || step < 0 else { return }
    if prompt.recall == nil { prompt.draft = prompt.text }
    let position = (prompt.recall ?? queryHistory.count) + step
    guard position >= 0 else { return }
    if position >= queryHistory.count {
      prompt.recall = nil
      prompt.text = prompt.draft
    } else {
      prompt.recall = position
      prompt.text = queryHistory[position]
    }
  }

  /// Shows the highlighted result in the lists and the detail view, without history.
  mutating func previewSelectedHit() {
    guard let prompt else { return }
    guard prompt.hits.indices.contains(prompt.selected) else {
      navigation = prompt.origin
      keepSelectionVisible()
      return
    }
    let index = prompt.hits[prompt.selected].entityIndex
    let pane = ListPane(kind: dossier.entities.kind(at: index))
    navigation = prompt.origin
    navigation.source = nil
    navigation.activeList = pane
    if case .list = navigation.focus { navigation.focus = .list(pane) }
    navigation.selection[pane] = index
    navigation.showDetail(of: index)
    keepSelectionVisible()
  }

  private mutating func finishSearch(_ prompt: SearchPrompt) {
    mode = .browsing
    navigation = prompt.origin
    let query = SearchQuery(prompt.text)
    guard !query.isEmpty else { return }
    if queryHistory.last != prompt.text {
      queryHistory.removeAll { $0 == prompt.text }
      queryHistory.append(prompt.text)
    }
    guard !prompt.hits.isEmpty else {
      results = nil
      message = "No matches for \"\(SafeText.neutralized(prompt.text))\""
      return
    }
    results = SearchResults(query: query, hits: prompt.hits, current: prompt.selected)
    go(to: dossier.entities[prompt.hits[prompt.selected].entityIndex].id)
    keepSelectionVisible()
    message = "Result \(prompt.selected + 1) of \(prompt.hits.count) · n/N for next/previous"
  }
}
