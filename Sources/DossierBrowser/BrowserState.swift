import DossierModel

/// Everything the browser knows: the dossier, the screen size, where the user is, the
/// history, and the search. `update` changes it; `render` draws it.
public struct BrowserState: Sendable {
  /// What the keyboard is doing, with what that needs: one state machine, so that no
  /// field can say the prompt is open while another says the help is.
  public indirect enum Mode: Sendable, Equatable {
    /// Moving around the panes, or reading a source (the place says which).
    case browsing
    /// Typing a search at the prompt.
    case searching(SearchPrompt)
    /// Reading the help overlay, scrolled down `scroll` lines, over the mode it closes
    /// back to.
    case help(scroll: Int, over: Mode)
    /// Typing a find in the text shown (the detail or a source).
    case finding(FindPrompt)
    /// Choosing a filter for the lists.
    case filtering(FilterPanel)
    /// Picking a mark or a place in history from a list.
    case picking(Picker)
    /// Reading why the file no longer loads (the dossier shown is the one before).
    case problems(lines: [String], scroll: Int)
  }

  /// The dossier being browsed.
  public let dossier: Dossier
  /// The rows of the three lists.
  public let lists: ListContent
  /// The rows the lists show under the current place's filter.
  public internal(set) var visibleLists: VisibleLists
  /// What the filter panel offers, counted once.
  public let facets: FilterFacets
  /// The key bindings.
  public let keymap: Keymap
  /// Terminal rows.
  public internal(set) var rows: Int
  /// Terminal columns.
  public internal(set) var columns: Int
  /// Where the user is now.
  public internal(set) var navigation = Navigation()
  /// Where the user has been.
  public internal(set) var history: History
  /// What the keyboard is doing.
  public internal(set) var mode = Mode.browsing
  /// The results of the last completed search, which `n` and `N` walk.
  public internal(set) var results: SearchResults?
  /// The ids of the marked entities, oldest first.
  public internal(set) var marks: [String]
  /// Queries entered before, oldest first.
  public internal(set) var queryHistory: [String] = []
  /// A one-line message for the status bar, cleared by the next key.
  public internal(set) var message: String?
  /// The effects of the event being applied, which `update` hands to the session.
  var emitted: [Effect] = []
  /// The detail content last built, with what it was built for.
  var detailCache: (key: DetailKey, content: DetailContent)?
  /// True when searches run in the background (large dossiers): typing only records the
  /// query, `update` asks the session to search it (`Effect.search`), and the results
  /// arrive as a `.searchCompleted` event. Otherwise each keystroke searches at once.
  public let searchesInBackground: Bool

  /// The dossier size from which searches run in the background.
  public static let backgroundSearchThreshold = 20_000

  /// A browser at the start of the timeline.
  /// `searchesInBackground` defaults to true from `backgroundSearchThreshold` entities.
  public init(
    dossier: Dossier, rows: Int, columns: Int, keymap: Keymap = .standard,
    searchesInBackground: Bool? = nil, marks: [String] = []
  ) {
    self.marks = marks
    self.dossier = dossier
    self.searchesInBackground =
      searchesInBackground ?? (dossier.entities.count >= Self.backgroundSearchThreshold)
    self.keymap = keymap
    self.rows = rows
    self.columns = columns
    lists = ListContent(dossier: dossier)
    visibleLists = VisibleLists(full: lists, filter: ListFilter(), dossier: dossier)
    facets = FilterFacets(dossier: dossier, lists: lists)
    var start = Navigation()
    for pane in ListPane.allCases {
      start.selection[pane] = lists.rows[pane]?.lazy.compactMap(\.entityIndex).first
      start.listScroll[pane] = 0
    }
    start.detailEntity = start.selection[.timeline]
    navigation = start
    history = History(start: start)
    refreshDetailCache()
    message = Self.warningNotice(dossier.warnings.count)
  }

  /// The first screen's note on what the load tolerated, or nil for a clean file.
  static func warningNotice(_ count: Int) -> String? {
    guard count > 0 else { return nil }
    return "\(count) load warning\(count == 1 ? "" : "s"): dossier check lists them"
  }

  /// The layout for the current size and focus.
  public var layout: Layout {
    Layout(
      rows: rows, columns: columns, activeList: navigation.activeList, focus: navigation.focus,
      listRowCounts: visibleLists.rows.mapValues(\.count))
  }

  /// The search being typed, while the prompt is open.
  public var prompt: SearchPrompt? {
    if case .searching(let prompt) = mode { return prompt }
    return nil
  }

  /// The first visible line of the help overlay, while it is open.
  public var helpScroll: Int? {
    if case .help(let scroll, _) = mode { return scroll }
    return nil
  }

  /// The find being typed, while its prompt is open.
  public var findPrompt: FindPrompt? {
    if case .finding(let prompt) = mode { return prompt }
    return nil
  }

  /// The list being picked from, while it is open.
  public var picker: Picker? {
    if case .picking(let picker) = mode { return picker }
    return nil
  }

  /// The filter being chosen, while its panel is open.
  public var filterPanel: FilterPanel? {
    if case .filtering(let panel) = mode { return panel }
    return nil
  }

  /// The query the prompt shows but has no results for yet (background searches only).
  public var pendingSearch: String? {
    guard let prompt, prompt.resultsQuery != prompt.text else { return nil }
    return prompt.text
  }

  /// The query whose matches are highlighted: the one being typed, else the last one.
  public var highlightQuery: SearchQuery? {
    prompt.map { SearchQuery($0.text) } ?? results?.query
  }

  /// The entity selected in a list, if any.
  public func selectedEntity(in pane: ListPane) -> Int? {
    navigation.selection[pane]
  }

  /// The row of the entity selected in a list, if any.
  public func selectedRow(in pane: ListPane) -> Int? {
    navigation.selection[pane].flatMap(visibleLists.row(of:))
  }

  /// The item selected in the detail view, if any.
  public var selectedDetailItem: DetailItem? {
    guard let content = detailContent, content.items.indices.contains(navigation.detailCursor)
    else { return nil }
    return content.items[navigation.detailCursor]
  }

  /// A short label of a place, for the breadcrumb.
  public func label(of place: Navigation) -> String {
    if let source = place.source { return "Source: " + dossier.sources[source.sourceIndex].title }
    if place.focus == .detail, let entity = place.detailEntity {
      return dossier.entities[entity].name
    }
    return place.activeList.title
  }

  /// The detail view's content, from the cache when it was built for the same entity,
  /// width, highlighted query and expanded groups.
  var detailContent: DetailContent? {
    guard let key = detailKey else { return nil }
    if let cached = detailCache, cached.key == key { return cached.content }
    return DetailContent(
      entityIndex: key.entity, dossier: dossier, width: key.width, query: highlightQuery,
      expandedGroups: key.expandedGroups)
  }

  /// Builds the detail content again if what it depends on has changed, so that keys
  /// and frames that change nothing there do not rebuild it.
  mutating func refreshDetailCache() {
    guard let key = detailKey else {
      detailCache = nil
      return
    }
    guard detailCache?.key != key, let content = detailContent else { return }
    detailCache = (key, content)
  }

  private var detailKey: DetailKey? {
    guard let entity = navigation.detailEntity else { return nil }
    return DetailKey(
      entity: entity, width: (layout.detailFrame?.width ?? columns) - 2,
      query: prompt?.text ?? results?.query.text, expandedGroups: navigation.expandedGroups)
  }
}

/// A search being typed at the prompt.
public struct SearchPrompt: Sendable, Equatable {
  /// The text typed so far.
  public var text = ""
  /// The matches for the text, best first.
  public var hits: [SearchHit] = []
  /// The highlighted match.
  public var selected = 0
  /// The text `hits` were found for.
  public var resultsQuery = ""
  /// Position in the query history while recalling with ↑/↓.
  var recall: Int?
  /// What was typed before recalling began, given back by ↓ past the newest query.
  var draft = ""
  /// Where the user was when the prompt opened (Esc returns there).
  let origin: Navigation
}

/// The results of a completed search.
public struct SearchResults: Sendable, Equatable {
  /// The query.
  public let query: SearchQuery
  /// The matches, best first.
  public let hits: [SearchHit]
  /// The match last opened.
  public var current: Int
}

/// What the detail view's content depends on.
struct DetailKey: Equatable {
  let entity: Int
  let width: Int
  let query: String?
  let expandedGroups: Set<String>
}
