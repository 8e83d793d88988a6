import DossierModel

/// The help overlay's text, generated from the key map: every key of every context.
enum HelpContent {
  /// The columns given to the keys of a line.
  private static let keyWidth = 22

  /// A section per context, the keys a list and the detail share listed once; lines of
  /// at most `width` columns, a long description wrapped under itself (or, when even the
  /// keys' column does not fit, under its keys).
  static func lines(_ keymap: Keymap, width: Int) -> [String] {
    var lines = wrapped("Keys  (↑↓ scroll this help, any other key closes it)", width)
    let inList = keymap.bindings[.lists] ?? []
    let inDetail = keymap.bindings[.detail] ?? []
    let shared = inList.filter { binding in
      inDetail.contains(binding)
        && binding.action.summary(in: .lists) == binding.action.summary(in: .detail)
    }
    lines += section("In a list and in the detail", shared, context: .lists, width: width)
    for context in KeyContext.allCases {
      let own = (keymap.bindings[context] ?? []).filter { binding in
        context != .lists && context != .detail || !shared.contains(binding)
      }
      lines += section(context.title, own, context: context, width: width)
      if context == .search {
        lines += line(keys: "any character", "search as you type", width: width)
      }
    }
    lines.append("")
    lines += wrapped("Results: E event, A actor, P project; a date with ~ is inferred.", width)
    return lines
  }

  /// How many lines the help has at a width.
  static func lineCount(_ keymap: Keymap, width: Int) -> Int {
    lines(keymap, width: width).count
  }

  private static func section(
    _ title: String, _ bindings: [KeyBinding], context: KeyContext, width: Int
  ) -> [String] {
    guard !bindings.isEmpty else { return [] }
    return ["", title]
      + bindings.flatMap { binding in
        line(
          keys: binding.keys.map(\.label).joined(separator: " "),
          binding.action.summary(in: context), width: width)
      }
  }

  /// The keys, then what they do, beside them when there is room for both.
  private static func line(keys: String, _ summary: String, width: Int) -> [String] {
    let summaryWidth = width - 2 - keyWidth
    guard summaryWidth >= 16 else {
      return ["  " + keys] + wrapped(summary, width - 4).map { "    " + $0 }
    }
    let summaryLines = wrapped(summary, summaryWidth)
    let first = "  " + DisplayWidth.padded(keys, toColumns: keyWidth - 2) + "  "
    let indent = String(repeating: " ", count: keyWidth + 2)
    return [first + summaryLines[0]] + summaryLines.dropFirst().map { indent + $0 }
  }

  private static func wrapped(_ text: String, _ width: Int) -> [String] {
    let lines = StyledText(text, style: .normal).wrapped(width: max(1, width))
    return lines.isEmpty ? [""] : lines.map(\.plainText)
  }
}
