/// An action and the keys that trigger it.
public struct KeyBinding: Sendable, Equatable {
  /// What the keys do.
  public let action: Action
  /// The keys, the first being the one shown in hints.
  public let keys: [Key]

  /// Binds `keys` to `action`.
  public init(_ action: Action, _ keys: [Key]) {
    self.action = action
    self.keys = keys
  }
}

/// Which keys trigger which actions, in each context. Every key the browser answers is
/// here: the handlers ask the map, and the help and the hints are generated from it.
public struct Keymap: Sendable {
  /// The bindings of each context, in the order the help lists them.
  public let bindings: [KeyContext: [KeyBinding]]

  /// A key map of these bindings.
  public init(bindings: [KeyContext: [KeyBinding]]) {
    self.bindings = bindings
  }

  /// Moving the selection or scrolling, in every context that moves.
  private static let moving = [
    KeyBinding(.moveUp, [.up, .character("k")]),
    KeyBinding(.moveDown, [.down, .character("j")]),
    KeyBinding(.pageUp, [.pageUp, .control("b")]),
    KeyBinding(.pageDown, [.pageDown, .control("f"), .character(" ")]),
    KeyBinding(.first, [.home, .character("g")]),
    KeyBinding(.last, [.end, .character("G")]),
  ]
  private static let lists = [
    KeyBinding(.showTimeline, [.character("1")]),
    KeyBinding(.showActors, [.character("2")]),
    KeyBinding(.showProjects, [.character("3")]),
  ]
  private static let panes =
    [KeyBinding(.nextPane, [.tab]), KeyBinding(.previousPane, [.backTab])] + lists
  private static let history = [
    KeyBinding(.back, [.left, .backspace, .character("h"), .character("[")]),
    KeyBinding(.forward, [.character("]"), .right, .character("l")]),
  ]
  private static let results = [
    KeyBinding(.nextResult, [.character("n")]),
    KeyBinding(.previousResult, [.character("N")]),
  ]
  /// In a list, `/` searches the entities; in a text, it finds in the text. `o` searches
  /// the entities from anywhere.
  private static let searchInList = [KeyBinding(.search, [.character("/"), .character("o")])]
  private static let findInText = [
    KeyBinding(.find, [.character("/")]), KeyBinding(.search, [.character("o")]),
  ]
  private static let general = [
    KeyBinding(.help, [.character("?"), .function(1)]),
    KeyBinding(.redraw, [.control("l")]),
  ]
  private static let quit = [
    KeyBinding(.quit, [.character("q")]), KeyBinding(.interrupt, [.control("c")]),
  ]
  /// Ctrl-Z suspends everywhere; the terminal sends it to us, not as a signal, since the
  /// browser reads keys raw (so that Ctrl-C can cancel a prompt and Ctrl-S does not freeze).
  private static let suspend = [KeyBinding(.suspend, [.control("z")])]
  private static let copy = [KeyBinding(.copy, [.character("y")])]
  private static let editing = [
    KeyBinding(.edit, [.character("e")]), KeyBinding(.reload, [.character("R")]),
  ]
  private static let marking = [
    KeyBinding(.mark, [.character("m")]), KeyBinding(.showMarks, [.character("'")]),
    KeyBinding(.showHistory, [.character("H")]),
  ]
  private static let filtering = [
    KeyBinding(.filter, [.character("f")]), KeyBinding(.clearFilter, [.character("F")]),
  ]
  /// Moving in the filter panel: Space chooses there, so it does not page.
  private static let movingInPanel = moving.map { binding in
    KeyBinding(binding.action, binding.keys.filter { $0 != .character(" ") })
  }
  private static let open = [KeyBinding(.open, [.enter])]
  private static let openSource = [KeyBinding(.openSource, [.character("s")])]

  /// The default keys: arrows and h/j/k/l, Tab, 1/2/3, Enter, history on Backspace/←/[ and
  /// ]/→; in a list / searches the entities, in a text it finds in the text, o searches
  /// from anywhere, n N walk the results; f filters, m marks, y copies; ? and F1 for help,
  /// q to quit (in the source view, q and Esc close it, as in less); Ctrl-C quits at once,
  /// or cancels a prompt or a panel; Ctrl-Z suspends.
  public static let standard = Keymap(bindings: [
    .lists: moving + panes + open + openSource + history + searchInList + results + filtering
      + copy + marking + editing + general + quit + suspend,
    .detail: moving + panes + open + openSource + history + findInText + results + filtering
      + copy + marking + editing + [KeyBinding(.close, [.escape])] + general + quit + suspend,
    .source: moving + [KeyBinding(.close, [.character("q"), .escape])] + history + lists
      + findInText + results + copy + marking + editing + general
      + [KeyBinding(.interrupt, [.control("c")])] + suspend,
    .search: [
      KeyBinding(.nextMatch, [.tab, .control("n")]),
      KeyBinding(.previousMatch, [.backTab, .control("p")]),
      KeyBinding(.olderQuery, [.up]),
      KeyBinding(.newerQuery, [.down]),
      KeyBinding(.deleteCharacter, [.backspace]),
      KeyBinding(.deleteWord, [.control("w")]),
      KeyBinding(.clearQuery, [.control("u")]),
      KeyBinding(.open, [.enter]),
      KeyBinding(.close, [.escape, .control("g"), .control("c")]),
    ] + suspend,
    .find: [
      KeyBinding(.deleteCharacter, [.backspace]),
      KeyBinding(.deleteWord, [.control("w")]),
      KeyBinding(.clearQuery, [.control("u")]),
      KeyBinding(.open, [.enter]),
      KeyBinding(.close, [.escape, .control("g"), .control("c")]),
    ] + suspend,
    .filter: movingInPanel + [
      KeyBinding(.toggle, [.character(" "), .character("x")]),
      KeyBinding(.decrease, [.left, .character("-"), .character("h")]),
      KeyBinding(.increase, [.right, .character("+"), .character("l")]),
      KeyBinding(.clearFilter, [.character("F"), .delete]),
      KeyBinding(.open, [.enter]),
      KeyBinding(.close, [.escape, .character("q"), .control("c")]),
      KeyBinding(.help, [.character("?"), .function(1)]),
    ] + suspend,
    .picker: movingInPanel + [
      KeyBinding(.open, [.enter]),
      KeyBinding(.unmark, [.character("d"), .delete]),
      KeyBinding(.close, [.escape, .character("q"), .control("c")]),
      KeyBinding(.help, [.character("?"), .function(1)]),
    ] + suspend,
    .problems: moving + [KeyBinding(.close, [.escape, .character("q"), .enter, .control("c")])]
      + suspend,
    .help: moving
      + [KeyBinding(.close, [.escape, .character("q"), .character("?"), .control("c")])]
      + suspend,
    .loading: [
      KeyBinding(.quit, [.character("q"), .escape]), KeyBinding(.interrupt, [.control("c")]),
    ] + suspend,
  ])

  /// The action bound to a key in a context, if any.
  public func action(for key: Key, in context: KeyContext) -> Action? {
    bindings[context]?.first { $0.keys.contains(key) }?.action
  }

  /// The keys bound to an action in a context.
  public func keys(for action: Action, in context: KeyContext) -> [Key] {
    bindings[context]?.first { $0.action == action }?.keys ?? []
  }
}
