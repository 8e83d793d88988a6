/// Where a key is pressed. Each context has its own bindings in the key map, and the
/// help lists each one's keys.
public enum KeyContext: String, CaseIterable, Sendable {
  /// A list has the focus.
  case lists
  /// The detail view has the focus.
  case detail
  /// A source document fills the screen.
  case source
  /// The search prompt is open.
  case search
  /// The find prompt is open (a find in the text shown).
  case find
  /// The filter panel is open.
  case filter
  /// The marks or the history are listed to pick from.
  case picker
  /// The problems of a file that no longer loads are shown.
  case problems
  /// The help overlay is open.
  case help
  /// A large file is loading.
  case loading

  /// The heading of the context's keys in the help.
  public var title: String {
    switch self {
    case .lists: "In a list"
    case .detail: "In the detail"
    case .source: "Reading a source"
    case .search: "At the search prompt"
    case .find: "At the find prompt"
    case .filter: "Choosing a filter"
    case .picker: "In the marks and the history lists"
    case .problems: "Reading why the file no longer loads"
    case .help: "In this help"
    case .loading: "While a large file loads"
    }
  }
}

extension BrowserState {
  /// The context the next key is pressed in.
  public var keyContext: KeyContext {
    switch mode {
    case .searching: return .search
    case .help: return .help
    case .finding: return .find
    case .filtering: return .filter
    case .picking: return .picker
    case .problems: return .problems
    case .browsing:
      if navigation.source != nil { return .source }
      return navigation.focus == .detail ? .detail : .lists
    }
  }
}
