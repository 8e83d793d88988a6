import DossierBrowser

/// The browser's settings: the mouse, the colours, the keys. What `config.toml` gives,
/// over the defaults.
public struct BrowserConfig: Sendable {
  /// Whether the browser takes the mouse.
  public var mouse = true
  /// Colours that replace the standard ones, per style.
  public var colors: [CellStyle: CellColors] = [:]
  /// The key bindings.
  public var keymap = Keymap.standard

  /// The defaults.
  public init() {}
}

/// A problem in the configuration file, where it is.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
  /// The file.
  public let path: String
  /// The line, from 1.
  public let line: Int
  /// The column, from 1.
  public let column: Int
  /// What is wrong, and what was done instead.
  public let message: String

  /// A problem at a line and column of a file.
  public init(path: String, line: Int, column: Int, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  /// "PATH:LINE:COLUMN: message".
  public var description: String { "\(path):\(line):\(column): \(message)" }
}
