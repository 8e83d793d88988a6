/// Where the user is: focus, list positions, the entity in the detail view, and an open
/// source document. A history entry is one of these, so going back restores all of it.
public struct Navigation: Sendable, Equatable {
  /// The focused pane.
  public var focus: Pane = .list(.timeline)
  /// The list shown when only one list fits.
  public var activeList: ListPane = .timeline
  /// The entity selected in each list (an index into `Dossier.entities`), none in a list
  /// without entities. An entity, not a row: what a row holds changes with the rows.
  public var selection: [ListPane: Int] = [:]
  /// First visible row of each list.
  public var listScroll: [ListPane: Int] = [:]
  /// The entity the detail view shows (index into `Dossier.entities`).
  public var detailEntity: Int?
  /// The selected item (link or quote) of the detail view.
  public var detailCursor = 0
  /// First visible line of the detail view.
  public var detailScroll = 0
  /// The source document being read, if any.
  public var source: SourceReading?
  /// The link groups of the detail's entity shown in full (see `DetailItem.moreLinks`).
  public var expandedGroups: Set<String> = []
  /// What the lists are narrowed to.
  public var filter = ListFilter()
  /// The find in the text shown, if any: its matches are highlighted, `n`/`N` walk them.
  public var find: PageFind?
}

extension Navigation {
  /// Shows `entity` in the detail from its top: nothing selected there, no group
  /// expanded, no find.
  mutating func showDetail(of entity: Int?) {
    detailEntity = entity
    detailCursor = 0
    detailScroll = 0
    expandedGroups = []
    find = nil
  }
}

/// A source document opened at a quote.
public struct SourceReading: Sendable, Equatable {
  /// The source's index in `Dossier.sources`.
  public var sourceIndex: Int
  /// The quote to highlight.
  public var quote: String
  /// First visible line.
  public var scroll: Int
}

/// Browser-like history: a list of places and the index of the current one.
public struct History: Sendable, Equatable {
  /// The places visited, oldest first.
  public private(set) var entries: [Navigation]
  /// The index of the current place.
  public private(set) var index = 0

  /// A history holding only the starting place.
  init(start: Navigation) {
    entries = [start]
  }

  /// Whether `back` has somewhere to go.
  public var canGoBack: Bool { index > 0 }
  /// Whether `forward` has somewhere to go.
  public var canGoForward: Bool { index < entries.count - 1 }

  /// Records `current` as the place being left and `next` as the new place, dropping
  /// any forward entries.
  mutating func visit(from current: Navigation, to next: Navigation) {
    entries[index] = current
    entries.removeSubrange((index + 1)...)
    entries.append(next)
    index += 1
  }

  /// Steps back, remembering `current` for a later forward; nil when at the start.
  mutating func back(from current: Navigation) -> Navigation? {
    guard canGoBack else { return nil }
    entries[index] = current
    index -= 1
    return entries[index]
  }

  /// Goes to the place at `position`, remembering `current`, keeping every entry (as a
  /// browser's history list does).
  mutating func jump(to position: Int, from current: Navigation) -> Navigation {
    entries[index] = current
    index = max(0, min(entries.count - 1, position))
    return entries[index]
  }

  /// Steps forward, remembering `current`; nil when at the newest place.
  mutating func forward(from current: Navigation) -> Navigation? {
    guard canGoForward else { return nil }
    entries[index] = current
    index += 1
    return entries[index]
  }
}
