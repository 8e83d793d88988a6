import DossierModel

/// The help overlay's text, generated from the key map: every key of every context.
enum HelpContent {
  /// The columns given to the keys of a line.
  private static let keyWidth = 22

  /// A titled group of keys and what they do.
  struct Section {
    let title: String
    let rows: [(keys: [String], summary: String)]
  }

  /// A section per context, the keys a list and the detail share in one section first.
  static func sections(_ keymap: Keymap) -> [Section] {
    let inList = keymap.bindings[.lists] ?? []
    let inDetail = keymap.bindings[.detail] ?? []
    let shared = inList.filter { binding in
      inDetail.contains(binding)
        && binding.action.summary(in: .lists) == binding.action.summary(in: .detail)
    }
    func section(_ title: String, _ bindings: [KeyBinding], _ context: KeyContext) -> Section {
      Section(
        title: title,
        rows: bindings.map { ($0.keys.map(\.label), $0.action.summary(in: context)) })
    }
    var sections = [section("In a list and in the detail", shared, .lists)]
    for context in KeyContext.allCases {
      let own = (keymap.bindings[context] ?? []).filter { binding in
        context != .lists && context != .detail || !shared.contains(binding)
      }
      var contextSection = section(context.title, own, context)
      if context == .search || context == .find {
        contextSection = Section(
          title: contextSection.title,
          rows: contextSection.rows
            + [(["any character"], "\(context == .search ? "search" : "find") as you type")])
      }
      if !contextSection.rows.isEmpty { sections.append(contextSection) }
    }
    return sections
  }

  /// The help's lines, at most `width` columns each: a long description wrapped under
  /// itself (or, when even the keys' column does not fit, under its keys).
  static func lines(_ keymap: Keymap, width: Int) -> [String] {
    var lines = wrapped("Keys  (↑↓ scroll this help, any other key closes it)", width)
    for section in sections(keymap) {
      lines += ["", section.title]
      for row in section.rows {
        lines += line(keys: row.keys.joined(separator: " "), row.summary, width: width)
      }
    }
    lines.append("")
    lines += wrapped("Results: E event, A actor, P project; a date with ~ is inferred.", width)
    return lines
  }

  /// The key tables of the README, in Markdown: a bold title and a table per section.
  static func markdownTables(_ keymap: Keymap) -> String {
    sections(keymap).map { section in
      var table = "**\(section.title)**\n\n| keys | action |\n|---|---|\n"
      for row in section.rows {
        let keys = row.keys.map { $0.contains(" ") ? $0 : "`\($0)`" }.joined(separator: " ")
        table += "| \(keys) | \(row.summary) |\n"
      }
      return table
    }.joined(separator: "\n")
  }

  /// How many lines the help has at a width.
  static func lineCount(_ keymap: Keymap, width: Int) -> Int {
    lines(keymap, width: width).count
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

}

/// `text` in lines of at most `width` columns, broken at spaces (one empty line for an
/// empty text).
func wrapped(_ text: String, _ width: Int) -> [String] {
  let lines = StyledText(text, style: .normal).wrapped(width: max(1, width))
  return lines.isEmpty ? [""] : lines.map(\.plainText)
}
