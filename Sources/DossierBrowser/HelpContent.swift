import DossierModel

/// The help overlay's text, generated from the key map and the action table.
enum HelpContent {
  /// One line per action with its keys, then the search prompt's keys.
  static func lines(_ keymap: Keymap) -> [String] {
    let keyWidth = 20
    var lines = ["Keys  (↑↓ scroll this help, any other key closes it)", ""]
    for (action, keys) in keymap.bindings {
      let names = DisplayWidth.truncated(
        keys.map(\.label).joined(separator: " "), toColumns: keyWidth)
      lines.append(DisplayWidth.padded(names, toColumns: keyWidth) + "  " + action.summary)
    }
    lines += [
      "", "In the source view: q or Esc closes it.",
      "At the search prompt: type to search; Tab/Shift-Tab choose a result;",
      "↑↓ recall earlier searches; Enter opens; Esc cancels; Ctrl-U clears.",
      "Results: E event, A actor, P project; a date with ~ is inferred.",
    ]
    return lines
  }

  /// How many lines the help has.
  static func lineCount(_ keymap: Keymap) -> Int { lines(keymap).count }
}
