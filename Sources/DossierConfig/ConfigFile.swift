import DossierBrowser
import DossierModel
import TOMLKit

/// `config.toml`: where it is, what it says, and the file with every default.
public enum ConfigFile {
  /// `$XDG_CONFIG_HOME/dossier/config.toml`, or `~/.config/dossier/config.toml`; nil
  /// without a home.
  public static func standardPath(environment: [String: String]) -> String? {
    BaseDirectory.path("XDG_CONFIG_HOME", orHome: ".config", environment: environment)
      .map { $0 + "/dossier/config.toml" }
  }

  /// The settings `text` gives over the defaults, and its problems, each located. A file
  /// that is not TOML gives the defaults; a bad setting is left out and the rest kept.
  public static func read(_ text: String, path: String) -> (
    config: BrowserConfig, problems: [ConfigProblem]
  ) {
    var config = BrowserConfig()
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let problem = ConfigProblem(
        path: path, line: error.source.begin.line, column: error.source.begin.column,
        message: error.description + "; the defaults are used")
      return (config, [problem])
    } catch {
      return (config, [ConfigProblem(path: path, line: 1, column: 1, message: "\(error)")])
    }
    var reader = SettingsReader(text: text, path: path)
    for key in table.keys {
      switch key {
      case "mouse":
        if let mouse = table[key]?.bool {
          config.mouse = mouse
        } else {
          reader.problem(at: key, in: nil, "mouse must be true or false")
        }
      case "colors":
        guard let colors = table[key]?.table else {
          reader.problem(at: key, in: nil, "[colors] must be a table")
          continue
        }
        config.colors = reader.colors(colors)
      case "keys":
        guard let keys = table[key]?.table else {
          reader.problem(at: key, in: nil, "[keys] must be a table of contexts")
          continue
        }
        config.keymap = reader.keymap(keys)
      default:
        reader.problem(at: key, in: nil, "unknown setting \"\(key)\" (mouse, [colors], [keys.…])")
      }
    }
    return (config, reader.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
  }

  /// A configuration file with every setting at its default, each explained.
  public static var defaults: String {
    var lines = [
      "# dossier's settings: $XDG_CONFIG_HOME/dossier/config.toml (~/.config/dossier/).",
      "# Every setting is shown at its default; keep only those you change.",
      "",
      "# Whether the browser takes the mouse (--no-mouse turns it off for one run).",
      "mouse = true",
      "",
      "# \"FOREGROUND on BACKGROUND\" then attributes (bold, dim, reverse, underline).",
      "# Colours: " + CellColors.Color.allCases.map(\.rawValue).joined(separator: ", ") + ".",
      "# Without colour (NO_COLOR, --no-color) reverse, bold and underline are used instead.",
      "[colors]",
    ]
    for style in CellStyle.allCases {
      guard let colors = CellColors.standard[style] else { continue }
      lines.append("\(style.configName) = \"\(colors.description)\"")
    }
    lines += [
      "",
      "# Keys, per context: action = [keys]. A key is one character or one of Up, Down,",
      "# Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, Shift-Tab, Backspace, Del,",
      "# Space, F1 to F12, Ctrl-A to Ctrl-Z. An action listed replaces its keys there.",
    ]
    for context in KeyContext.allCases {
      lines += ["", "# " + context.title, "[keys.\(context.rawValue)]"]
      for binding in Keymap.standard.bindings[context] ?? [] {
        let keys = binding.keys.map { "\"" + escaped($0.configName) + "\"" }
        lines.append("\(binding.action.rawValue) = [\(keys.joined(separator: ", "))]")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func escaped(_ text: String) -> String {
    text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
  }
}
