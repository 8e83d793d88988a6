import DossierBrowser
import DossierModel
import TOMLKit

/// Reads the colour and key tables of a configuration, noting each problem where it is.
struct SettingsReader {
  let text: String
  let path: String
  private(set) var problems: [ConfigProblem] = []

  init(text: String, path: String) {
    self.text = text
    self.path = path
  }

  /// Notes a problem at the line where `key` is set (in `[table]`, when given).
  mutating func problem(at key: String, in table: String?, _ message: String) {
    let (line, column) = position(of: key, in: table)
    problems.append(ConfigProblem(path: path, line: line, column: column, message: message))
  }

  /// The colours a `[colors]` table sets.
  mutating func colors(_ table: TOMLTable) -> [CellStyle: CellColors] {
    let styles = Dictionary(uniqueKeysWithValues: CellStyle.allCases.map { ($0.configName, $0) })
    var colors: [CellStyle: CellColors] = [:]
    for key in table.keys {
      guard let style = styles[key] else {
        let near = NearestMatches.didYouMean(
          NearestMatches.nearest(to: key, among: Array(styles.keys), limit: 1))
        problem(at: key, in: "colors", "unknown style \"\(key)\"\(near)")
        continue
      }
      guard let text = table[key]?.string else {
        problem(at: key, in: "colors", "\(key): expected a string, \"FOREGROUND on BACKGROUND\"")
        continue
      }
      guard let parsed = CellColors(description: text) else {
        let words = text.split(separator: " ").map { $0.lowercased() }
        let known = Set(
          CellColors.Color.allCases.map(\.rawValue) + CellColors.Attribute.allCases.map(\.rawValue)
            + ["on"])
        let wrong = words.first { !known.contains($0) }.map {
          "\"\($0)\" is not a colour or an attribute"
        }
        problem(
          at: key, in: "colors",
          "\(key): " + (wrong ?? "expected \"FOREGROUND on BACKGROUND\" then attributes"))
        continue
      }
      colors[style] = parsed
    }
    return colors
  }

  /// The standard key map with the `[keys.CONTEXT]` tables' bindings in place of the
  /// standard ones; a binding that would give one key two actions in a context is left out.
  mutating func keymap(_ table: TOMLTable) -> Keymap {
    var bindings = Keymap.standard.bindings
    for contextName in table.keys {
      let header = "keys." + contextName
      guard let context = KeyContext(rawValue: contextName) else {
        let names = KeyContext.allCases.map(\.rawValue)
        problem(
          at: header, in: nil,
          "unknown context \"\(contextName)\" (\(names.joined(separator: ", ")))")
        continue
      }
      guard let actions = table[contextName]?.table else {
        problem(at: header, in: nil, "[\(header)] must be a table of actions")
        continue
      }
      var contextBindings = bindings[context] ?? []
      var changed: [(index: Int, name: String)] = []
      for actionName in actions.keys {
        guard let index = contextBindings.firstIndex(where: { $0.action.rawValue == actionName })
        else {
          let known = contextBindings.map(\.action.rawValue)
          let near = NearestMatches.didYouMean(
            NearestMatches.nearest(to: actionName, among: known, limit: 1))
          problem(at: actionName, in: header, "no action \"\(actionName)\" in [\(header)]\(near)")
          continue
        }
        guard let keys = self.keys(actions[actionName], action: actionName, in: header) else {
          continue
        }
        contextBindings[index] = KeyBinding(contextBindings[index].action, keys)
        changed.append((index, actionName))
      }
      // With every change made, a changed action sharing a key with another action of the
      // context keeps its standard keys.
      let standard = bindings[context] ?? []
      for (index, actionName) in changed {
        let keys = Set(contextBindings[index].keys)
        let others = contextBindings.enumerated().filter { $0.offset != index }
        guard let clash = others.first(where: { !keys.isDisjoint(with: $0.element.keys) }) else {
          continue
        }
        problem(
          at: actionName, in: header,
          "a key of \(actionName) is also \(clash.element.action.rawValue)'s in [\(header)]; "
            + "\(actionName) keeps its standard keys")
        contextBindings[index] = standard[index]
      }
      bindings[context] = contextBindings
    }
    return Keymap(bindings: bindings)
  }

  /// The keys of an action's array, or nil (with a problem noted) when one is unknown.
  private mutating func keys(_ value: TOMLValueConvertible?, action: String, in header: String)
    -> [Key]?
  {
    guard let array = value?.array else {
      problem(at: action, in: header, "\(action): expected an array of keys, [\"k\", \"Up\"]")
      return nil
    }
    var keys: [Key] = []
    for element in array {
      guard let name = element.string, let key = Key(configName: name) else {
        let shown = element.string.map { "\"\($0)\"" } ?? "a value that is not a string"
        problem(at: action, in: header, "\(action): \(shown) is not a key name")
        return nil
      }
      if let taken = Self.terminalKeys[key] {
        problem(at: action, in: header, "\(action): \(name) cannot be chosen (\(taken))")
        return nil
      }
      keys.append(key)
    }
    return keys
  }

  /// Keys the terminal sends as other keys, and which. (Keys are read raw: Ctrl-C, Ctrl-Z,
  /// Ctrl-S and Ctrl-Q reach the browser like any other key.)
  private static let terminalKeys: [Key: String] = [
    .control("m"): "it is Enter", .control("i"): "it is Tab", .control("h"): "it is Backspace",
  ]

  /// The line and column where `key` is set: in the `[table]` section when given (or as a
  /// dotted key), else at the top level; the table's header, or line 1, when not found.
  private func position(of key: String, in table: String?) -> (line: Int, column: Int) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var current: String?
    var headerLine: Int?
    for (number, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("[") {
        current = String(trimmed.dropFirst().prefix { $0 != "]" }).filter { $0 != " " }
        if current == table { headerLine = number + 1 }
        if table == nil, current == key { return (number + 1, line.count - trimmed.count + 1) }
        continue
      }
      let name = trimmed.prefix { $0 != "=" && $0 != " " }.filter { $0 != "\"" }
      guard current == table, name == key else { continue }
      return (number + 1, line.count - trimmed.count + 1)
    }
    return (headerLine ?? 1, 1)
  }
}
