/// Every user action, declared once with its description; the key map, the help screen and
/// the status-bar hints are all generated from this table, so they cannot disagree.
public enum Action: String, CaseIterable, Sendable {
  /// Move the selection up one item.
  case moveUp
  /// Move the selection down one item.
  case moveDown
  /// Move up one page.
  case pageUp
  /// Move down one page.
  case pageDown
  /// Go to the first item.
  case first
  /// Go to the last item.
  case last
  /// Focus the next pane.
  case nextPane
  /// Focus the previous pane.
  case previousPane
  /// Show the timeline.
  case showTimeline
  /// Show the actors.
  case showActors
  /// Show the projects.
  case showProjects
  /// Open the selected entity, follow the selected link, or open the selected quote's source.
  case open
  /// Open the source document of the selected quote.
  case openSource
  /// Go back in history.
  case back
  /// Go forward in history.
  case forward
  /// Start a search.
  case search
  /// Open the next search result.
  case nextResult
  /// Open the previous search result.
  case previousResult
  /// Show or hide the help.
  case help
  /// Redraw the screen.
  case redraw
  /// Quit.
  case quit

  /// What the action does, for the help screen.
  public var summary: String {
    switch self {
    case .moveUp: "move up"
    case .moveDown: "move down"
    case .pageUp: "page up"
    case .pageDown: "page down"
    case .first: "go to the top"
    case .last: "go to the bottom"
    case .nextPane: "next pane"
    case .previousPane: "previous pane"
    case .showTimeline: "timeline"
    case .showActors: "actors"
    case .showProjects: "projects"
    case .open: "open entity / follow link / open quote's source"
    case .openSource: "open the selected quote in its source"
    case .back: "back"
    case .forward: "forward"
    case .search: "search"
    case .nextResult: "next search result"
    case .previousResult: "previous search result"
    case .help: "help"
    case .redraw: "redraw the screen"
    case .quit: "quit"
    }
  }

  /// A one-word label for the status bar.
  public var hint: String {
    switch self {
    case .open: "open"
    case .back: "back"
    case .forward: "forward"
    case .search: "search"
    case .help: "help"
    case .quit: "quit"
    case .nextPane: "pane"
    case .openSource: "source"
    default: summary
    }
  }
}
