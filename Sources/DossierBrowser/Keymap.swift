/// Which keys trigger which actions.
public struct Keymap: Sendable {
  /// The keys for each action, the first being the one shown in hints.
  public let bindings: [(action: Action, keys: [Key])]

  /// The default keys: arrows and h/j/k/l, Tab, 1/2/3, Enter, history on Backspace/←/[ and
  /// ]/→, / n N for search, ? and F1 for help, q to quit.
  public static let standard = Keymap(bindings: [
    (.moveUp, [.up, .character("k")]),
    (.moveDown, [.down, .character("j")]),
    (.pageUp, [.pageUp, .control("b")]),
    (.pageDown, [.pageDown, .control("f"), .character(" ")]),
    (.first, [.home, .character("g")]),
    (.last, [.end, .character("G")]),
    (.nextPane, [.tab]),
    (.previousPane, [.backTab]),
    (.showTimeline, [.character("1")]),
    (.showActors, [.character("2")]),
    (.showProjects, [.character("3")]),
    (.open, [.enter]),
    (.openSource, [.character("s")]),
    (.back, [.left, .backspace, .character("h"), .character("[")]),
    (.forward, [.character("]"), .right, .character("l")]),
    (.search, [.character("/")]),
    (.nextResult, [.character("n")]),
    (.previousResult, [.character("N")]),
    (.help, [.character("?"), .function(1)]),
    (.redraw, [.control("l")]),
    (.quit, [.character("q")]),
  ])

  /// The action bound to a key, if any.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The keys bound to an action.
  public func keys(for action: Action) -> [Key] {
    bindings.first { $0.action == action }?.keys ?? []
  }
}
